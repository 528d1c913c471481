import path from 'node:path';

const LEARN = 'https://learn.microsoft.com/en-us/azure/';
const BLOB = /^https:\/\/github\.com\/MicrosoftDocs\/azure-docs\/blob\/[^/]+\/(articles\/[^?#]+\.md)([?#].*)?$/;

/** The published address of a file of MicrosoftDocs/azure-docs (`articles/x/y.md` → learn.microsoft.com/…/x/y). */
export function learnUrl(repoPath: string, rest = ''): string | null {
  const match = /^articles\/(.+)\.md$/.exec(repoPath);
  return match ? `${LEARN}${match[1]}${rest}` : null;
}

/**
 * Makes a link of an upstream file absolute: relative paths resolve against the file's place in the
 * repository and become the published Learn address; links to the repository's own Markdown too.
 */
export function resolveLink(url: string, fileRepoPath: string, articleUrl: string): string {
  const blob = BLOB.exec(url);
  if (blob) return learnUrl(blob[1]!, blob[2] ?? '') ?? url;
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return url;
  if (url.startsWith('#')) return `${articleUrl}${url}`;
  const [, target = '', rest = ''] = /^([^?#]*)(.*)$/.exec(url) ?? [];
  const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(fileRepoPath), target));
  return learnUrl(resolved, rest) ?? `https://github.com/MicrosoftDocs/azure-docs/blob/main/${resolved}${rest}`;
}
