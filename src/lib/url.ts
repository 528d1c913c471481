/** Prefixes a root-relative site path with the configured base, so the site also works under a sub-path. */
export function href(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return `${base}${path}`;
}

/** "487/10003", "487", "subcode 8523": the numbers as a log prints them. */
export function numbersLabel(record: { code: number | null; subcode: number | null }): string {
  if (record.code === null) return `subcode ${record.subcode}`;
  return record.subcode === null ? String(record.code) : `${record.code}/${record.subcode}`;
}
