import { readFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';

/**
 * A published URL must keep working: a build that would drop a URL listed in the permalinks file
 * fails, unless a redirect page now stands there.
 */
export function permalinks(options: { file: string }): AstroIntegration {
  return {
    name: 'acs-permalinks',
    hooks: {
      'astro:build:done': async ({ pages, logger }) => {
        const built = new Set(pages.map((p) => `/${p.pathname.replace(/^\/+/, '')}`.replace(/\/?$/, '/')));
        const listed = (await readFile(options.file, 'utf8')).split('\n').filter((l) => l.startsWith('/'));
        const missing = listed.filter((url) => !built.has(url));
        if (missing.length === 0) return logger.info(`All ${listed.length} published URLs still answer.`);
        const hint = (url: string) => {
          const prefix = url.split('/').slice(0, -2).join('/') + '/';
          const near = [...built]
            .filter((p) => p.startsWith(prefix) && p !== prefix && !listed.includes(p))
            .slice(0, 3);
          return near.length ? ` (perhaps it became ${near.join(' or ')})` : '';
        };
        for (const url of missing)
          logger.error(`${options.file}: ${url} is published but the build no longer has it${hint(url)}`);
        throw new Error(
          `${missing.length} published URL(s) would break. Restore the record, or give each old path a row in content/shared/redirects.md: | ${missing[0]} | /its/new/path/ |`,
        );
      },
    },
  };
}
