import type { CodeRecord } from './schema';

/** The class of a code as people say it: 487 → "4xx", SMS 4007 → "4xxx", 0 → "0"; null without a code. */
export function codeClass(code: number | null): string | null {
  if (code === null) return null;
  const digits = String(code);
  return digits.length === 1 ? digits : `${digits[0]}${'x'.repeat(digits.length - 1)}`;
}

/** The values each table filter offers, in a stable order, from the records shown. */
export function facetsOf(records: CodeRecord[], areaTitles: Record<string, string>) {
  const distinct = (values: (string | null)[]) => [...new Set(values.filter((v) => v !== null))];
  return {
    area: distinct(records.map((r) => r.area)).map((slug) => ({ value: slug, label: areaTitles[slug] ?? slug })),
    class: distinct(records.map((r) => codeClass(r.code)))
      .sort()
      .map((c) => ({ value: c, label: c })),
    category: distinct(records.map((r) => r.resultCategory))
      .sort()
      .map((c) => ({ value: c, label: c })),
  };
}
