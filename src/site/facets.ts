import type { CodeRecord } from '../schemas/record';
import { codeClass } from '../records/label';

export type Facets = ReturnType<typeof facetsOf>;

/** The values each table filter offers, in a stable order, from the records shown. */
export function facetsOf(records: CodeRecord[], titleOf: (area: string) => string) {
  const distinct = (values: (string | null)[]) => [...new Set(values.filter((v) => v !== null))];
  const options = (values: string[]) => values.map((v) => ({ value: v, label: v }));
  return {
    area: distinct(records.map((r) => r.area)).map((slug) => ({ value: slug, label: titleOf(slug) })),
    class: options(distinct(records.map((r) => codeClass(r.code))).sort()),
    category: options(distinct(records.map((r) => r.resultCategory)).sort()),
  };
}
