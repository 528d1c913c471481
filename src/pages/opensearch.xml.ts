import type { APIRoute } from 'astro';
import { en as t } from '../i18n/en';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** Lets a browser add the site as a search engine: "acs 487/10003" in the address bar opens the lookup. */
export const GET: APIRoute = ({ site }) => {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  const absolute = (path: string) => new URL(`${base}${path}`, site).href;
  const body = `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/" xmlns:moz="http://www.mozilla.org/2006/browser/search/">
  <ShortName>${escape(t.siteName)}</ShortName>
  <Description>${escape(t.siteTagline)}</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Image width="16" height="16" type="image/svg+xml">${escape(absolute('favicon.svg'))}</Image>
  <Url type="text/html" method="get" template="${escape(absolute('lookup/'))}?q={searchTerms}"/>
  <moz:SearchForm>${escape(absolute('lookup/'))}</moz:SearchForm>
</OpenSearchDescription>
`;
  return new Response(body, { headers: { 'content-type': 'application/opensearchdescription+xml' } });
};
