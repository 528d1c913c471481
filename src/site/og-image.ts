import { PNG_SIZE } from '../integrations/og-images/card';
import { href } from '../routing/base';
import { ogImagePath } from '../routing/og-image';
import { getSite } from './catalogue';

let recordPaths: Promise<Set<string>> | undefined;

/**
 * The `og:image` tags of the page at `pathname` (as served, base path included): the record's preview
 * card on a record page, none elsewhere.
 */
export async function previewImageTags(pathname: string, site: URL | undefined): Promise<[string, string][]> {
  recordPaths ??= getSite().then(({ records }) => new Set(records.map((r) => r.url)));
  const sitePath = `/${pathname.slice(href('/').length)}`;
  if (!(await recordPaths).has(sitePath)) return [];
  return [
    ['og:image', new URL(href(ogImagePath(sitePath)), site).href],
    ['og:image:type', 'image/png'],
    ['og:image:width', String(PNG_SIZE.width)],
    ['og:image:height', String(PNG_SIZE.height)],
  ];
}
