/** Something the import cannot do without guessing: where it is in the input, and what it held. */
export interface ImportProblem {
  /** The upstream or content file, as given. */
  file: string;
  line?: number;
  message: string;
  /** The line or cells as the input holds them, so the reader sees what was refused. */
  held?: string;
  fix?: string;
}

/** Stops an import before it writes anything; every problem found so far comes with it. */
export class ImportError extends Error {
  constructor(readonly problems: ImportProblem[]) {
    super(formatProblems(problems));
    this.name = 'ImportError';
  }
}

export function formatProblems(problems: ImportProblem[]): string {
  return problems
    .map((p) =>
      [
        `${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`,
        ...(p.held !== undefined ? [`  it holds: ${p.held}`] : []),
        ...(p.fix ? [`  fix: ${p.fix}`] : []),
      ].join('\n'),
    )
    .join('\n');
}

/** Collects problems and throws them together, so one run names every one of them. */
export class Problems {
  readonly list: ImportProblem[] = [];

  add(problem: ImportProblem): void {
    this.list.push(problem);
  }

  throwIfAny(): void {
    if (this.list.length > 0) throw new ImportError(this.list);
  }
}
