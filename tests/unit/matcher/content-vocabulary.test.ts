import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildVocabulary, normaliseWord } from '../../../src/matcher/vocabulary';
import { formatError } from '../../../src/pipeline/errors';
import { loadContent } from '../../../src/pipeline/load';
import { areaWordErrors } from '../../../src/pipeline/sdk-names';
import { readShared } from '../../../src/pipeline/shared';
import { removeScratch, scratchDir } from '../../scratch';

afterAll(removeScratch);

const catalogue = await loadContent('content');
const vocabulary = buildVocabulary({
  areas: catalogue.areas.map((a) => ({ slug: a.slug, appearsIn: a.frontmatter.appearsIn })),
  records: catalogue.records,
  areaWords: catalogue.areaWords,
});

describe('the vocabulary the content gives the reader', () => {
  test('has every SDK name of content/shared/sdk-names.md, pointing at the record that shows it', () => {
    const shown = catalogue.records.flatMap((r) => r.names.map((n) => `${n.name} ${r.url}`));
    const read = Object.values(vocabulary.names)
      .flat()
      .map((n) => `${n.name} ${n.url}`);
    expect(read.sort()).toEqual(shown.sort());
  });

  test('has every area word, normalised so that one row matches a package in every language', () => {
    expect(Object.keys(vocabulary.words).sort()).toEqual(catalogue.areaWords.map((w) => normaliseWord(w.word)).sort());
  });

  test('reads one namespace row as the package name of every SDK language', () => {
    expect(normaliseWord('@azure/communication-chat')).toBe(normaliseWord('Azure.Communication.Chat'));
  });
});

async function shared(name: string, table: string) {
  const dir = await scratchDir('shared');
  const file = path.join(dir, 'content', 'shared', name);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `# Test\n\n${table}\n`);
  return readShared(file);
}

describe('content/shared/sdk-names.md and area-words.md', () => {
  test('an SDK name row without where it was seen stops the build at its line', async () => {
    const { errors } = await shared(
      'sdk-names.md',
      '| Area | Code | Subcode | Name | Seen in |\n| --- | --- | --- | --- | --- |\n| calling | 480 | 10037 | `NoNgcEndpoint` | somewhere |',
    );
    expect(errors.map(formatError)).toEqual([
      'content/shared/sdk-names.md:5: an SDK name row needs: area | code | subcode | `Name` (one word) | [where it was seen](https://…)',
    ]);
  });

  test('an area word of an unknown kind stops the build at its line', async () => {
    const { errors } = await shared(
      'area-words.md',
      '| Word | Area | Kind | Seen in |\n| --- | --- | --- | --- |\n| `PlayFailed` | call-automation | thing | [x](https://example.org/) |',
    );
    expect(errors.map((e) => `${e.file}:${e.line}`)).toEqual(['content/shared/area-words.md:5']);
  });

  test('an area word for an area that does not exist is reported with the areas that do', () => {
    const errors = areaWordErrors(
      [{ word: 'PlayFailed', areas: ['call-automaton'], kind: 'event', seen: 'https://example.org/', line: 9 }],
      ['calling', 'call-automation'],
    );
    expect(errors.map(formatError)).toEqual([
      'content/shared/area-words.md:9: the area "call-automaton" of PlayFailed does not exist — use one of calling, call-automation',
    ]);
  });
});
