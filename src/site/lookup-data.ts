import { SHARD_COUNT, shardEntries, toIndexEntry, type IndexEntry } from '../matcher/entry';
import { buildVocabulary, type Vocabulary } from '../matcher/vocabulary';
import type { AreaEntry } from '../schemas/area';
import type { AreaWord } from '../schemas/area-word';
import type { CodeRecord } from '../schemas/record';

/** What the exact lookup needs besides the index: area titles and the vocabulary it reads pastes with. */
export interface LookupMeta {
  titles: Record<string, string>;
  /** The search dialog's category filter: every result category a record has, sorted. */
  categories: string[];
  vocabulary: Vocabulary;
  shards: number;
}

/**
 * `/lookup/meta.json`, from the catalogue: the lookup page and the `acs-codes` package read pastes
 * with this one vocabulary (field names, area words, SDK names of codes); the search dialog takes
 * its filters' values from it.
 */
export function lookupMeta({
  areas,
  records,
  areaWords,
  resultCategories,
}: {
  areas: AreaEntry[];
  records: CodeRecord[];
  areaWords: AreaWord[];
  resultCategories: string[];
}): LookupMeta {
  const titles = Object.fromEntries(areas.map((a) => [a.slug, a.frontmatter.title]));
  const vocabulary = buildVocabulary({
    areas: areas.map((a) => ({ slug: a.slug, appearsIn: a.frontmatter.appearsIn })),
    records,
    areaWords,
  });
  return { titles, categories: resultCategories, vocabulary, shards: SHARD_COUNT };
}

/** Every record's index entry, in catalogue order: `/lookup/<shard>.json` holds them shard by shard. */
export const lookupEntries = (records: CodeRecord[]): IndexEntry[] => records.map(toIndexEntry);

/** The shards of `/lookup/<shard>.json`. */
export const lookupShards = (records: CodeRecord[]): IndexEntry[][] => shardEntries(lookupEntries(records));
