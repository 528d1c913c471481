import { execFileSync } from 'node:child_process';

/**
 * The date a build stands for, never the clock, so that two builds of one commit are byte-identical:
 * SOURCE_DATE_EPOCH when set (the reproducible-builds convention), else the commit's date, else (an
 * export without git history) `fallback`, e.g. the newest source's date.
 */
export function buildDate(env: Record<string, string | undefined>, fallback: string | null): string {
  const epoch = env.SOURCE_DATE_EPOCH ?? commitEpoch();
  if (epoch && /^\d+$/.test(epoch)) return isoSeconds(new Date(Number(epoch) * 1000));
  return isoSeconds(new Date(`${fallback ?? '1970-01-01'}T00:00:00Z`));
}

const isoSeconds = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

function commitEpoch(): string | undefined {
  try {
    return execFileSync('git', ['log', '-1', '--format=%ct'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return undefined;
  }
}

/** The day a file was last committed (`YYYY-MM-DD`), or null outside a git checkout or for a new file. */
export function fileCommitDay(file: string): string | null {
  try {
    const epoch = execFileSync('git', ['log', '-1', '--format=%ct', '--', file], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    return epoch ? new Date(Number(epoch) * 1000).toISOString().slice(0, 10) : null;
  } catch {
    return null;
  }
}
