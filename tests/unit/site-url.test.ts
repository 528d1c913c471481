import { describe, expect, test } from 'vitest';
import { basePath, siteUrl } from '../../src/site/site-url';

describe('siteUrl', () => {
  test('is SITE_URL when set', () => {
    expect(siteUrl({ SITE_URL: 'https://codes.example.org', DEPLOY: 'true' })).toBe('https://codes.example.org');
  });

  test('falls back to localhost for a local build', () => {
    expect(siteUrl({})).toBe('http://localhost:4321');
  });

  test.each([
    ['Netlify', { NETLIFY: 'true', URL: 'https://codes.netlify.app' }, 'https://codes.netlify.app'],
    ['Vercel', { VERCEL: '1', VERCEL_PROJECT_PRODUCTION_URL: 'codes.vercel.app' }, 'https://codes.vercel.app'],
    ['GitLab Pages', { GITLAB_CI: 'true', CI_PAGES_URL: 'https://team.gitlab.io/acs-codes' }, 'https://team.gitlab.io'],
    ['Render', { RENDER: 'true', RENDER_EXTERNAL_URL: 'https://codes.onrender.com' }, 'https://codes.onrender.com'],
  ])('takes the public address %s gives its builds', (_, env, expected) => {
    expect(siteUrl(env)).toBe(expected);
  });

  test('prefers SITE_URL to the address the host gives', () => {
    expect(siteUrl({ NETLIFY: 'true', URL: 'https://codes.netlify.app', SITE_URL: 'https://codes.example.org' })).toBe(
      'https://codes.example.org',
    );
  });

  test.each(['DEPLOY', 'NETLIFY', 'VERCEL', 'CF_PAGES', 'INPUT_AZURE_STATIC_WEB_APPS_API_TOKEN', 'RENDER'])(
    'refuses a deploy build (%s) without SITE_URL, saying what to set',
    (signal) => {
      expect(() => siteUrl({ [signal]: 'true' })).toThrow(`SITE_URL is not set, but ${signal} says`);
    },
  );

  test.each(['http://localhost:4321', 'http://127.0.0.1:8080', 'http://[::1]/', 'http://0.0.0.0'])(
    'refuses %s in a deploy build',
    (url) => {
      expect(() => siteUrl({ SITE_URL: url, DEPLOY: 'true' })).toThrow('cannot point at this machine');
    },
  );

  test('accepts localhost in a local build', () => {
    expect(siteUrl({ SITE_URL: 'http://localhost:8080' })).toBe('http://localhost:8080');
  });

  test('refuses a SITE_URL that is not an http(s) address', () => {
    expect(() => siteUrl({ SITE_URL: 'codes.example.org' })).toThrow('is not an address');
    expect(() => siteUrl({ SITE_URL: 'ftp://codes.example.org' })).toThrow('is not an http(s) address');
  });
});

describe('basePath', () => {
  test('is BASE_PATH when set, else the root', () => {
    expect(basePath({ BASE_PATH: '/acs-codes/' })).toBe('/acs-codes/');
    expect(basePath({})).toBe('/');
  });

  test("is the path of GitLab's Pages address for a project site", () => {
    expect(basePath({ GITLAB_CI: 'true', CI_PAGES_URL: 'https://team.gitlab.io/acs-codes' })).toBe('/acs-codes/');
  });
});
