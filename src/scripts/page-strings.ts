import type { Strings } from '../i18n/en';

// One chunk per language, loaded by the code that needs it on first use: strings written into
// every page's HTML would cost each page view what only a search uses.
const languages = import.meta.glob<Record<string, Strings>>(['../i18n/*.ts', '!../i18n/index.ts']);

/** The interface strings of the page's language (`<html lang>`); English for any other. */
export async function pageStrings(lang = document.documentElement.lang): Promise<Strings> {
  const known = `../i18n/${lang}.ts` in languages ? lang : 'en';
  const module = await languages[`../i18n/${known}.ts`]!();
  return module[known]!;
}
