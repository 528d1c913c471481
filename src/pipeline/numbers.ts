/** Reads a number cell: empty means none; a comma list means one record per number. */
export function parseNumbers(cell: string): { numbers: number[] | null } | { problem: string } {
  const text = cell.trim();
  if (text === '') return { numbers: null };
  const parts = text.split(',').map((part) => part.trim());
  const bad = parts.find((part) => !/^\d+$/.test(part));
  if (bad !== undefined) return { problem: `"${text}" is not a number (or a comma-separated list of numbers)` };
  const huge = parts.find((part) => BigInt(part) > BigInt(Number.MAX_SAFE_INTEGER));
  if (huge !== undefined)
    return { problem: `${huge} is larger than ${Number.MAX_SAFE_INTEGER}, the largest number the site keeps exactly` };
  return { numbers: parts.map(Number) };
}
