import path from 'node:path';

/** Where the Teams Direct Routing articles live in MicrosoftDocs/SupportArticles-docs. */
export const TEAMS_FOLDER = 'Teams/phone-system/direct-routing/';
const LEARN = 'https://learn.microsoft.com/en-us/';

/** The published address of a file of SupportArticles-docs (`Teams/x/y.md` → learn.microsoft.com/…/microsoftteams/troubleshoot/x/y). */
export function teamsUrl(repoPath: string, rest = ''): string | null {
  const match = /^Teams\/(.+)\.md$/.exec(repoPath);
  return match ? `${LEARN}microsoftteams/troubleshoot/${match[1]}${rest}` : null;
}

/**
 * Makes a link of a Teams article absolute: a site-relative path (`/microsoftteams/…`) is a path of
 * Microsoft Learn; a relative one resolves against the article's place in the repository.
 */
export function resolveTeamsLink(url: string, fileRepoPath: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return url;
  if (url.startsWith('/')) return `${LEARN}${url.slice(1)}`;
  const [, target = '', rest = ''] = /^([^?#]*)(.*)$/.exec(url) ?? [];
  if (!target) return `${teamsUrl(fileRepoPath)}${rest}`;
  const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(fileRepoPath), target));
  return (
    teamsUrl(resolved, rest) ?? `https://github.com/MicrosoftDocs/SupportArticles-docs/blob/main/${resolved}${rest}`
  );
}
