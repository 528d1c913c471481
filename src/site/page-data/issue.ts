/**
 * The address that opens a new issue on the project's repository, filled in with the page and the
 * content line it was built from. GitHub's form (`/issues/new?title=&body=`), which Gitea and Forgejo
 * read too. Without a repository there is nothing to open: null, and pages show no link.
 */
export function issueUrl(repository: string | null, issue: { title: string; body: string }): string | null {
  if (!repository) return null;
  const query = new URLSearchParams({ title: issue.title, body: issue.body });
  return `${repository.replace(/\/+$/, '')}/issues/new?${query}`;
}

/**
 * The repository's web address from the build's settings: `REPOSITORY_URL`, else package.json's
 * `repository` (`https://…`, `git+https://….git`, `github:owner/name` or `owner/name`), else the
 * repository a GitHub Actions build runs in. Null when none is set.
 */
export function repositoryUrl(
  env: Record<string, string | undefined>,
  repository: string | { url?: string } | undefined,
): string | null {
  const declared = typeof repository === 'string' ? repository : repository?.url;
  const raw =
    env.REPOSITORY_URL ||
    declared ||
    (env.GITHUB_REPOSITORY ? `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY}` : '');
  if (!raw) return null;
  const url = raw
    .trim()
    .replace(/^git\+/, '')
    .replace(/^git@([^:]+):/, 'https://$1/')
    .replace(/^github:/, 'https://github.com/')
    .replace(/^([\w.-]+\/[\w.-]+)$/, 'https://github.com/$1')
    .replace(/\.git$/, '');
  if (!/^https?:\/\/[^/]+\/.+/.test(url))
    throw new Error(`The repository "${raw}" is not a web address of a repository.`);
  return url;
}
