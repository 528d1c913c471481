import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { BASE, distFiles, readDist, records } from './helpers';

const pages = await distFiles('.html');
const html = new Map(await Promise.all(pages.map(async (p) => [p, await readDist(p)] as const)));
const each = (check: (page: string, text: string) => string[]) => [...html].flatMap(([p, text]) => check(p, text));

/** Attribute values that load or link a URL. */
const urlsIn = (text: string) =>
  [...text.matchAll(/\s(?:href|src|action|content|poster)="([^"]*)"/g)].map((m) => m[1]!);
const csp = (text: string) => /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(text)?.[1] ?? null;

describe('every built page', () => {
  test('there is a page for every record, and more', () => {
    expect(pages.length).toBeGreaterThan(records.length);
  });

  test('carries a Content-Security-Policy without unsafe-inline or unsafe-eval for scripts', () => {
    const bad = each((page, text) => {
      const policy = csp(text);
      const scripts = /script-src ([^;]+)/.exec(policy ?? '')?.[1] ?? '';
      return !policy || /'unsafe-(inline|eval)'/.test(scripts) || !scripts ? [page] : [];
    });
    expect(bad).toEqual([]);
  });

  test('has no inline style element or style attribute, and no inline script its policy does not allow by hash', () => {
    const bad = each((page, text) => {
      const allowed = new Set([...(csp(text) ?? '').matchAll(/'sha256-([^']+)'/g)].map((m) => m[1]!));
      const inlineScripts = [
        ...text.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g),
      ].map((m) => m[1]!);
      const unhashed = inlineScripts.filter((code) => !allowed.has(createHash('sha256').update(code).digest('base64')));
      return unhashed.length > 0 || /<style[\s>]/.test(text) || /\sstyle="/.test(text) ? [page] : [];
    });
    expect(bad).toEqual([]);
  });

  test('loads no script, style, image or frame from another host', () => {
    const bad = each((page, text) => {
      const loads = [
        ...text.matchAll(
          /<(?:script|img|iframe|source|audio|video)\b[^>]*\ssrc="([^"]+)"|<link\b[^>]*rel="(?:stylesheet|icon|preload|modulepreload|manifest)"[^>]*href="([^"]+)"/g,
        ),
      ];
      return loads
        .map((m) => m[1] ?? m[2]!)
        .filter((url) => /^(https?:)?\/\//.test(url))
        .map((url) => `${page}: ${url}`);
    });
    expect(bad).toEqual([]);
  });

  test(`links only to paths under the base path ${BASE}`, () => {
    const outside = each((page, text) =>
      urlsIn(text)
        .filter((url) => url.startsWith('/') && !url.startsWith('//') && !url.startsWith(BASE))
        .map((url) => `${page}: ${url}`),
    );
    expect(outside).toEqual([]);
  });
});
