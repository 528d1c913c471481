import { fieldOfHeader, nearestColumn, normalHeader } from './columns';

/** The columns the frontmatter declares for one table, and the key that declares them. */
export interface Declaration {
  names: readonly string[];
  /** `columns`, or `tables.<id>.columns` for a table with its own. */
  key: string;
}

export interface Problem {
  message: string;
  fix: string;
}

const sameColumn = (a: string, b: string) => {
  const field = fieldOfHeader(a);
  return field ? field === fieldOfHeader(b) : normalHeader(a) === normalHeader(b);
};

const list = (names: readonly string[]) => names.map((n) => `\`${n}\``).join(', ');

/**
 * What keeps a table's header from meaning what its frontmatter says: an unknown column (a typo
 * would otherwise drop a field), a column the frontmatter does not declare, or a declared one the
 * table lacks. An empty list means the header is exactly the declared columns, in any order.
 */
export function headerProblems(labels: string[], declaration: Declaration | null, tableId: string): Problem[] {
  if (!declaration)
    return [
      {
        message: "the frontmatter does not declare this table's columns",
        fix: `add \`columns: [${labels.join(', ')}]\` to the frontmatter (or \`tables.${tableId}.columns\` for this table alone)`,
      },
    ];
  const { names, key } = declaration;
  const problems: Problem[] = [];
  const meant = new Set<string>();
  labels.forEach((label, i) => {
    if (!fieldOfHeader(label) && labels.findIndex((other) => sameColumn(other, label)) < i)
      problems.push({ message: `the column \`${label}\` appears twice`, fix: 'rename or remove one of them' });
  });
  for (const label of labels) {
    if (names.some((name) => sameColumn(name, label))) continue;
    if (fieldOfHeader(label)) {
      problems.push({
        message: `the column \`${label}\` is not declared in the frontmatter's \`${key}\``,
        fix: `add \`${label}\` to \`${key}\`, or remove the column`,
      });
      continue;
    }
    const near = nearestColumn(label, names);
    if (near) meant.add(normalHeader(near));
    problems.push({
      message: `\`${label}\` is not a known column`,
      fix: `${near ? `did you mean \`${near}\`? ` : ''}Extra columns are declared in the frontmatter's \`${key}\``,
    });
  }
  for (const name of names) {
    if (labels.some((label) => sameColumn(name, label))) continue;
    // A typo already reported as an unknown column is not reported again as a missing one.
    if ([...meant].some((m) => sameColumn(m, name))) continue;
    problems.push({
      message: `the table has no \`${name}\` column, which the frontmatter's \`${key}\` declares`,
      fix: `add the column, or remove \`${name}\` from \`${key}\` if this table has none`,
    });
  }
  return problems;
}

/**
 * Problems of a declaration itself, by the index of the name: a name declared twice, and an extra
 * column one typo away from a known one (`Advise`), which would turn the typo into a column.
 */
export function declarationProblems(names: readonly string[]): { index: number; problem: Problem }[] {
  const problems: { index: number; problem: Problem }[] = [];
  names.forEach((name, index) => {
    const first = names.findIndex((other) => sameColumn(other, name));
    if (first < index) {
      problems.push({
        index,
        problem: {
          message: `\`${name}\` is declared twice (as \`${names[first]}\` too)`,
          fix: `declare each column once: ${list(names)}`,
        },
      });
      return;
    }
    const near = fieldOfHeader(name) ? null : nearestColumn(name, [], true);
    if (near)
      problems.push({
        index,
        problem: {
          message: `\`${name}\` is not a known column, but one typo away from \`${near}\``,
          fix: `write \`${near}\`, or give the extra column a name that cannot be mistaken for it`,
        },
      });
  });
  return problems;
}
