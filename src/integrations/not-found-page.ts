import { copyFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';

/**
 * 404 is also an ACS code with a page at /404/, and Astro will not build both /404/ and the
 * 404 page; so the not-found page is built at /not-found/ and copied to where hosts look for it.
 */
export function notFoundPage(): AstroIntegration {
  return {
    name: 'acs-not-found-page',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        await copyFile(new URL('not-found/index.html', dir), new URL('404.html', dir));
      },
    },
  };
}
