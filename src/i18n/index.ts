import { en, type Strings } from './en';
import { ru } from './ru';

const LANGUAGES: Record<string, Strings> = { en, ru };

export type Lang = keyof typeof LANGUAGES;

/** The interface strings of a language; English for any language the site has no strings for. */
export function stringsFor(lang: string | undefined): Strings {
  return (lang && LANGUAGES[lang]) || en;
}
