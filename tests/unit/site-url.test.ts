import { describe, expect, test } from 'vitest';
import { siteUrl } from '../../src/site/site-url';

describe('siteUrl', () => {
  test('is SITE_URL when set', () => {
    expect(siteUrl({ SITE_URL: 'https://codes.example.org', DEPLOY: 'true' })).toBe('https://codes.example.org');
  });

  test('falls back to localhost for a local build', () => {
    expect(siteUrl({})).toBe('http://localhost:4321');
  });

  test.each(['DEPLOY', 'NETLIFY', 'CF_PAGES'])(
    'refuses a deploy build (%s) without SITE_URL, saying what to set',
    (signal) => {
      expect(() => siteUrl({ [signal]: 'true' })).toThrow(
        `SITE_URL is not set, but ${signal} says this build is deployed`,
      );
    },
  );
});
