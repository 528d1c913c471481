import { describe, expect, test } from 'vitest';
import { toIndexEntry } from '../../../src/matcher/entry';
import { observe } from '../../../src/matcher/observe';
import { matchesWhole, rank, recordToOpen } from '../../../src/matcher/rank';
import { buildVocabulary } from '../../../src/matcher/vocabulary';
import { loadContent } from '../../../src/pipeline/load';
import { loadCorpus, readLine } from './corpus';

// Every real paste of the corpus through the matcher, against the live content.
const catalogue = await loadContent('content');
const entries = catalogue.records.map(toIndexEntry);
const vocabulary = buildVocabulary({
  areas: catalogue.areas.map((a) => ({ slug: a.slug, appearsIn: a.frontmatter.appearsIn })),
  records: catalogue.records,
  areaWords: catalogue.areaWords,
});
const corpus = loadCorpus();
const lookUp = (text: string) => observe(text, vocabulary).observations.map((o) => rank(o, entries));

describe('the corpus of real pastes', () => {
  test('holds at least 60 pastes, each naming its public source', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(60);
    expect(corpus.filter((p) => !/^https:\/\/github\.com\//.test(p.source)).map((p) => p.name)).toEqual([]);
  });

  test('includes pastes that document nothing and pastes with several codes', () => {
    expect(corpus.filter((p) => p.reads.length === 0).length).toBeGreaterThan(0);
    expect(corpus.filter((p) => p.reads.length > 1).length).toBeGreaterThan(0);
  });
});

describe.each(corpus)('the paste $name', (paste) => {
  const matches = lookUp(paste.text);

  test('reads the codes it carries, and nothing else', () => {
    expect(matches.map(readLine)).toEqual(paste.reads);
  });

  test(paste.opens ? `opens ${paste.opens}` : 'opens nothing', () => {
    expect(recordToOpen(matches)?.url ?? null).toBe(paste.opens);
  });

  test('opens only a record that holds every number it reads', () => {
    const open = recordToOpen(matches);
    expect(open === null || (matches.length === 1 && matchesWhole(matches[0]!.observation, open))).toBe(true);
  });

  test('offers only numbers written in the paste', () => {
    const numbers = matches.flatMap(({ observation: o }) =>
      o.names.length > 0 && o.fields.length === 0 ? [] : [o.code, o.subcode, o.either],
    );
    const written = new Set(paste.text.match(/\d+/g)?.map(Number));
    expect(numbers.filter((n) => n !== null && !written.has(n))).toEqual([]);
  });
});
