/** Why a number cell cannot be read, and how to write it. */
export interface NumberProblem {
  problem: string;
  fix: string;
}

const DIGITS_ONLY = 'write digits only, commas between several';

/**
 * Reads a number cell: empty means none; a comma list means one record per number. A number is
 * plain digits as the source prints it: anything the site could only store by changing it (a
 * leading zero, a sign, a space, a range) is a problem, never silently read as something else.
 */
export function parseNumbers(cell: string): { numbers: number[] | null } | NumberProblem {
  const text = cell.trim();
  if (text === '') return { numbers: null };
  const parts = text.split(',').map((part) => part.trim());
  for (const part of parts) {
    const problem = partProblem(part, text);
    if (problem) return problem;
  }
  const huge = parts.find((part) => BigInt(part) > BigInt(Number.MAX_SAFE_INTEGER));
  if (huge !== undefined)
    return {
      problem: `${huge} is larger than ${Number.MAX_SAFE_INTEGER}, the largest number the site keeps exactly`,
      fix: DIGITS_ONLY,
    };
  return { numbers: parts.map(Number) };
}

function partProblem(part: string, text: string): NumberProblem | null {
  if (/^\d+$/.test(part) && !/^0\d/.test(part)) return null;
  if (/^0\d+$/.test(part))
    return {
      problem: `"${part}" has a leading zero, which a number cannot keep (it would read ${BigInt(part)})`,
      fix: 'write the number without the zero; if the source prints it, say so in the Note',
    };
  if (/^[+\-\u2212]\s*\d+$/.test(part))
    return {
      problem: `"${part}" has a sign, and codes are plain digits`,
      fix: 'write the digits only; if the source prints the sign, say so in the Note',
    };
  if (/^\d+(\s+\d+)+$/.test(part))
    return {
      problem: `"${part}" has a space inside a number`,
      fix: 'remove the space, or put a comma between two numbers',
    };
  if (/^\d+\s*(-|\u2013|\u2014|\.\.|to)\s*\d+$/i.test(part))
    return {
      problem: `"${part}" is a range, not a number`,
      fix: 'list every number of the range, commas between them',
    };
  if (part === '') return { problem: `"${text}" has an empty place in its list`, fix: DIGITS_ONLY };
  return { problem: `"${text}" is not a number (or a comma-separated list of numbers)`, fix: DIGITS_ONLY };
}
