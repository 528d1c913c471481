import type { APIRoute } from 'astro';
import { stringsFor } from '../i18n';
import { lookupPath } from '../routing/urls';
import { absoluteUrl } from '../site/deploy';

const t = stringsFor('en');

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** Lets a browser add the site as a search engine: "acs 487/10003" in the address bar opens the lookup. */
export const GET: APIRoute = () => {
  const body = `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/" xmlns:moz="http://www.mozilla.org/2006/browser/search/">
  <ShortName>${escape(t.siteName)}</ShortName>
  <Description>${escape(t.siteTagline)}</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Image width="16" height="16" type="image/svg+xml">${escape(absoluteUrl('/favicon.svg'))}</Image>
  <Url type="text/html" method="get" template="${escape(absoluteUrl(lookupPath()))}?q={searchTerms}"/>
  <moz:SearchForm>${escape(absoluteUrl(lookupPath()))}</moz:SearchForm>
</OpenSearchDescription>
`;
  return new Response(body, { headers: { 'content-type': 'application/opensearchdescription+xml' } });
};
