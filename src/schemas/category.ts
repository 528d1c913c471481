import { z } from 'astro/zod';

/** Values of `resultCategories` / `ResultCategory` in the ACS SDKs. What each means lives in `content/shared/`. */
export const CATEGORY_NAMES = ['Success', 'ExpectedError', 'UnexpectedClientError', 'UnexpectedServerError'] as const;

export const categorySchema = z.enum(CATEGORY_NAMES);

export type ResultCategory = z.infer<typeof categorySchema>;

/** Spellings the sources publish that mean a known category; the record keeps the published one too. */
export const CATEGORY_SPELLINGS: Readonly<Record<string, ResultCategory>> = {
  UnxpectedClientError: 'UnexpectedClientError',
};
