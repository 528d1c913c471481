import { describe, expect, test } from 'vitest';
import { issueUrl, repositoryUrl } from '../../../src/site/page-data/issue';

describe('the repository that “Report a mistake” opens an issue on', () => {
  test('is REPOSITORY_URL when it is set', () => {
    expect(repositoryUrl({ REPOSITORY_URL: 'https://github.com/a/b' }, 'c/d')).toBe('https://github.com/a/b');
  });

  test('is read from package.json in each of its spellings', () => {
    for (const declared of [
      'https://github.com/a/b',
      'git+https://github.com/a/b.git',
      'github:a/b',
      'a/b',
      { url: 'git@github.com:a/b.git' },
    ])
      expect(repositoryUrl({}, declared)).toBe('https://github.com/a/b');
  });

  test('is the repository a GitHub Actions build runs in, when nothing else says', () => {
    expect(repositoryUrl({ GITHUB_SERVER_URL: 'https://git.example.org', GITHUB_REPOSITORY: 'a/b' }, undefined)).toBe(
      'https://git.example.org/a/b',
    );
  });

  test('is none when nothing is configured, and then there is no link', () => {
    expect(repositoryUrl({}, undefined)).toBeNull();
    expect(issueUrl(null, { title: 't', body: 'b' })).toBeNull();
  });

  test('must be a web address: a typo stops the build instead of making broken links', () => {
    expect(() => repositoryUrl({ REPOSITORY_URL: 'not a repository' }, undefined)).toThrow(/not a web address/);
  });
});

test('the issue is filled in with a title and a body, both escaped for the address', () => {
  const url = new URL(
    issueUrl('https://github.com/a/b/', { title: 'Mistake on 487/10003', body: 'Page: /x/?a=1&b=2' })!,
  );
  expect(url.pathname).toBe('/a/b/issues/new');
  expect(url.searchParams.get('title')).toBe('Mistake on 487/10003');
  expect(url.searchParams.get('body')).toBe('Page: /x/?a=1&b=2');
});
