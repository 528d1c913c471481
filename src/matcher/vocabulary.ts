import { fieldAreas } from './field-areas';

/** A record an SDK names in its error objects (`NoNgcEndpoint` is calling 480/10037). */
export interface NamedRecord {
  /** The name as the SDK writes it. */
  name: string;
  area: string;
  code: number | null;
  subcode: number | null;
  /** The record's page, so that search can index the name with it. */
  url: string;
}

/** A word that points a paste at areas: a package, namespace, class, event or operation name. */
export interface ContextWord {
  areas: string[];
  /** A plain word (`chat`, `SMS`) names an area only in a short query, not somewhere in a long paste. */
  queryOnly: boolean;
}

/** What the content says about the words a paste may carry; the build writes it into the lookup's meta. */
export interface Vocabulary {
  /** API field names → the areas that use them, from the areas' `appearsIn`. */
  fields: Record<string, string[]>;
  /** Normalised context words → areas. */
  words: Record<string, ContextWord>;
  /** Normalised SDK names of codes → the records they name. */
  names: Record<string, NamedRecord[]>;
}

/**
 * A table's own entry for a key, never one inherited from Object: a paste may say `constructor` or
 * `__proto__`, and those must read as plain words.
 */
export const own = <T>(table: Record<string, T>, key: string): T | undefined =>
  Object.hasOwn(table, key) ? table[key] : undefined;

export const EMPTY_VOCABULARY: Vocabulary = { fields: {}, words: {}, names: {} };

/**
 * `Azure.Communication.CallAutomation`, `@azure/communication-call-automation` and
 * `com.azure.communication.callautomation` all become `azurecommunicationcallautomation`, so one
 * content row matches the package in every language.
 */
export function normaliseWord(word: string): string {
  const lower = word.toLowerCase();
  // Most words are plain ASCII letters and digits: no need for the Unicode-aware replace.
  return /^[a-z0-9]*$/.test(lower) ? lower : lower.replace(/[^\p{L}\p{N}]/gu, '');
}

interface Sources {
  areas: { slug: string; appearsIn: { field: string }[] }[];
  records: { area: string; code: number | null; subcode: number | null; url: string; names: { name: string }[] }[];
  areaWords: { word: string; areas: string[]; kind: string }[];
}

/** The vocabulary of the content: field names from `appearsIn`, area words and SDK names from `content/shared/`. */
export function buildVocabulary({ areas, records, areaWords }: Sources): Vocabulary {
  const words: Record<string, ContextWord> = {};
  for (const { word, areas: slugs, kind } of areaWords)
    words[normaliseWord(word)] = { areas: slugs, queryOnly: kind === 'word' };
  const names: Record<string, NamedRecord[]> = {};
  for (const { area, code, subcode, url, names: given } of records)
    for (const { name } of given) (names[normaliseWord(name)] ??= []).push({ name, area, code, subcode, url });
  const fields = Object.fromEntries(
    Object.entries(fieldAreas(areas)).map(([field, slugs]) => [normaliseWord(field), slugs]),
  );
  return { fields, words, names };
}
