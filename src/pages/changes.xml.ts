import type { APIRoute } from 'astro';
import { stringsFor } from '../i18n';
import { getSite } from '../site/catalogue';
import { changesBySource, type VersionChanges } from '../site/changes';
import { absoluteUrl } from '../site/deploy';
import { recordName } from '../site/meta';
import { xmlText } from '../site/xml';

const t = stringsFor('en');

const escape = xmlText;

/** An Atom feed with one entry per dated source version: subscribe to hear about new codes. */
export const GET: APIRoute = async () => {
  const { records, sources, titleOf } = await getSite();
  const versions = changesBySource(records, [...sources.values()])
    .filter((v) => v.source.date !== null)
    .reverse();
  const item = (url: string, text: string) => `<li><a href="${escape(absoluteUrl(url))}">${escape(text)}</a></li>`;
  const entry = (v: VersionChanges) => {
    const list = (title: string, items: string[]) =>
      items.length ? `<h3>${escape(title)}</h3><ul>${items.join('')}</ul>` : '';
    const html = [
      list(
        t.changes.added(v.added.length),
        v.added.map((r) => item(r.url, `${recordName(r, titleOf(r.area))}: ${r.message}`)),
      ),
      list(
        t.changes.reworded(v.reworded.length),
        v.reworded.map((w) =>
          item(w.record.url, `${recordName(w.record, titleOf(w.record.area))}: “${w.before}” → “${w.after}”`),
        ),
      ),
      list(
        t.changes.removed(v.removed.length),
        v.removed.map((r) => item(r.url, `${recordName(r, titleOf(r.area))}: ${r.message}`)),
      ),
    ].join('');
    return `  <entry>
    <id>${escape(absoluteUrl(`/changes/#${v.source.id}`))}</id>
    <title>${escape(t.changes.entryTitle(v.source.date!, v.added.length, v.reworded.length, v.removed.length))}</title>
    <updated>${v.source.date}T00:00:00Z</updated>
    <link href="${escape(absoluteUrl(`/changes/#${v.source.id}`))}"/>
    <content type="html">${escape(html || t.changes.nothing)}</content>
  </entry>`;
  };
  const body = `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${escape(absoluteUrl('/changes/'))}</id>
  <title>${escape(`${t.siteName}: ${t.changes.title}`)}</title>
  <updated>${versions[0]?.source.date ?? '1970-01-01'}T00:00:00Z</updated>
  <link rel="self" href="${escape(absoluteUrl('/changes.xml'))}"/>
  <link href="${escape(absoluteUrl('/changes/'))}"/>
  <author><name>${escape(t.siteName)}</name></author>
${versions.map(entry).join('\n')}
</feed>
`;
  return new Response(body, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
