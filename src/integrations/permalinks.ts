import { readFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';

/** The pages of a build as site paths (`/calling/487/10003/`): HTML pages, not data files. */
export function builtPages(pages: { pathname: string }[]): string[] {
  return pages
    .map((p) => `/${p.pathname.replace(/^\/+/, '')}`.replace(/\/?$/, '/'))
    .filter((p) => !/\.[a-z0-9]+\/$/i.test(p))
    .sort();
}

/**
 * A published URL must keep working: a build that would drop a URL listed in the permalinks file
 * fails, unless a redirect page now stands there. A built page the file does not list yet is
 * named, since nothing would notice if it disappeared later.
 */
export function permalinks(options: { file: string }): AstroIntegration {
  return {
    name: 'acs-permalinks',
    hooks: {
      'astro:build:done': async ({ pages, logger }) => {
        const built = new Set(builtPages(pages));
        const listed = (await readFile(options.file, 'utf8')).split('\n').filter((l) => l.startsWith('/'));
        const known = new Set(listed);
        const unlisted = [...built].filter((url) => !known.has(url));
        if (unlisted.length > 0)
          logger.warn(
            `${unlisted.length} built page(s) are not in ${options.file}, so nothing would notice if they disappeared: ${unlisted.slice(0, 20).join(', ')}${unlisted.length > 20 ? ', …' : ''} — record them with \`npm run permalinks\` after this build`,
          );
        const missing = listed.filter((url) => !built.has(url));
        if (missing.length === 0) return logger.info(`All ${listed.length} published URLs still answer.`);
        const hint = (url: string) => {
          const prefix = url.split('/').slice(0, -2).join('/') + '/';
          const near = [...built].filter((p) => p.startsWith(prefix) && p !== prefix && !known.has(p)).slice(0, 3);
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
