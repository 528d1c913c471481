import type { CodeRecord } from '../../schemas/record';
import type { Source } from '../../schemas/source';
import { CODE_SPACES } from '../../schemas/code-space';
import { documentedSpan, recordSources, type SourceVersion } from './sources';

/** How sure the page is of a code, in one line next to the answer. */
export type Certainty =
  | { kind: 'documented'; since: SourceVersion | null; droppedBy: SourceVersion | null }
  | { kind: 'observed'; where: string[] }
  | { kind: 'standard'; name: string };

type Sourced = Pick<CodeRecord, 'status' | 'codeSpace' | 'listedIn' | 'extra'>;

export function certaintyOf(record: Sourced, sources: Map<string, Source>): Certainty {
  if (record.status === 'observed')
    return { kind: 'observed', where: recordSources(record, sources).map((s) => s.title) };
  if (CODE_SPACES[record.codeSpace].authority === 'standard')
    return { kind: 'standard', name: standardOf(record, sources) };
  return { kind: 'documented', ...documentedSpan(record, sources) };
}

/**
 * The standard that defines a SIP response or a Q.850 cause: the row's own reference when its table
 * gives one (`RFC 3261`), else the registry or recommendation the table comes from, without its subtitle.
 */
export function standardOf(record: Pick<CodeRecord, 'listedIn' | 'extra'>, sources: Map<string, Source>): string {
  const reference = record.extra.find((e) => /^references?$/i.test(e.label))?.text.trim();
  if (reference) return reference;
  const title = recordSources(record, sources)[0]?.title ?? '';
  return title.split(':')[0]!.trim();
}
