/** The numbers in an address that led nowhere (`/calling/487/99999/`), at most four, first ones first. */
export function numbersInPath(path: string): string[] {
  return [...new Set(path.match(/\d{1,16}/g) ?? [])].slice(0, 4);
}
