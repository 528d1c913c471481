import { readdir } from 'node:fs/promises';
import { guidePath } from '../../src/lib/routes';

/** The guide pages that content/guides/<lang>/<slug>.md produce. */
export async function guidePaths(): Promise<string[]> {
  const langs = await readdir('content/guides').catch(() => []);
  const perLang = await Promise.all(
    langs.map(async (lang) =>
      (await readdir(`content/guides/${lang}`))
        .filter((f) => f.endsWith('.md'))
        .map((f) => guidePath(lang, f.replace(/\.md$/, ''))),
    ),
  );
  return perLang.flat();
}
