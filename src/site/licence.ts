import type { License, PublicSource } from '../schemas/public-record';
import type { Source } from '../schemas/source';

export const MIT: License = { id: 'MIT', name: 'MIT License', url: 'https://opensource.org/license/mit' };

export const CC_BY_4: License = {
  id: 'CC-BY-4.0',
  name: 'Creative Commons Attribution 4.0 International',
  url: 'https://creativecommons.org/licenses/by/4.0/',
};

/**
 * Microsoft Learn and its support articles (Teams included) publish their text under CC BY 4.0, except
 * Microsoft Graph's reference (CC BY-NC-ND), of which the site cites only numbers and links.
 */
const isMicrosoftLearn = (url: URL) =>
  url.hostname === 'learn.microsoft.com' && !/^\/[a-z-]+\/graph\//.test(url.pathname);
const isMicrosoft = (url: URL) =>
  /(^|\.)microsoft\.com$/.test(url.hostname) || /^\/package\/@azure\//.test(url.pathname);
const isStandard = (url: URL) => /(^|\.)(iana\.org|itu\.int|ietf\.org|rfc-editor\.org)$/.test(url.hostname);

/** A source as `/codes.json` publishes it: who published it and the licence of its text. */
export function publicSource(source: Source): PublicSource {
  const url = new URL(source.url);
  const publisher = isMicrosoft(url) ? 'microsoft' : isStandard(url) ? 'standard' : 'community';
  return {
    id: source.id,
    title: source.title,
    url: source.url,
    date: source.date,
    publisher,
    license: isMicrosoftLearn(url) ? CC_BY_4 : null,
  };
}

export const CONTENT_ATTRIBUTION =
  "Code tables, messages and advice from Microsoft Learn articles on Azure Communication Services and from Microsoft's Teams support articles, © Microsoft, licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/); split into one record per code, with links and line breaks kept. Each record names the article versions it comes from.";

export const LICENSE_NOTICE =
  "The site's code is MIT-licensed. Numbers, messages and advice marked as a source's are that source's words; text from Microsoft Learn and Microsoft's support articles is CC BY 4.0. SIP and Q.850 numbers and names are cited from the IANA registry and ITU-T Q.850. Everything else (meanings in ACS calls, what to check, general and observed guidance) is this site's own words, under the code's licence.";
