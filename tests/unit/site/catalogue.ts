import { readdir } from 'node:fs/promises';
import { loadContent } from '../../../src/pipeline/load';
import { makeSite } from '../../../src/site/site';

/** The site as the build makes it, from the live content: tests take their examples from it. */
export async function liveSite() {
  const catalogue = await loadContent('content');
  const langs = await readdir('content/guides');
  const guides = (
    await Promise.all(
      langs.map(async (lang) =>
        (await readdir(`content/guides/${lang}`)).map((file) => {
          const slug = file.replace(/\.mdx?$/, '');
          return { id: `${lang}/${slug}`, lang, slug, translationKey: slug };
        }),
      ),
    )
  ).flat();
  return makeSite({ ...catalogue, guides });
}
