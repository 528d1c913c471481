/** What the filter and the sort need of a row, read once so a keystroke touches no layout. */
export interface Row {
  element: HTMLTableRowElement;
  text: string;
  facets: Record<string, string>;
}

export type FilterState = Record<'q' | 'area' | 'class' | 'category', string>;

export const FILTER_KEYS = ['q', 'area', 'class', 'category'] as const;

export function readRows(root: HTMLElement): Row[] {
  return [...root.querySelectorAll<HTMLTableRowElement>('tbody tr')].map((element) => ({
    element,
    text: (element.textContent ?? '').toLowerCase().replace(/\s+/g, ' '),
    facets: {
      area: element.dataset.area ?? '',
      class: element.dataset.class ?? '',
      category: element.dataset.category ?? '',
    },
  }));
}

export function matches(row: Row, state: FilterState, terms: string[]): boolean {
  for (const key of ['area', 'class', 'category'] as const) {
    if (state[key] && row.facets[key] !== state[key]) return false;
  }
  return terms.every((term) => row.text.includes(term));
}

export const termsOf = (q: string) => q.toLowerCase().split(/\s+/).filter(Boolean);

/** Sort key of a cell: numbers compare as numbers, everything else as text. */
export function sortKey(row: HTMLTableRowElement, column: number, kind: string): (number | string)[] {
  if (kind === 'numbers') return [Number(row.dataset.code ?? -1), Number(row.dataset.subcode ?? -1)];
  return [(row.cells[column]?.textContent ?? '').trim().toLowerCase()];
}

export function compareKeys(a: (number | string)[], b: (number | string)[]): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x !== y) return typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
  }
  return 0;
}
