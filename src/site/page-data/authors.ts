import type { Piece } from '../../records/guidance';
import type { CodeSpace } from '../../schemas/code-space';
import { CODE_SPACES } from '../../schemas/code-space';
/** Who said a piece of text: every sentence on a page says whose words it is (`source`: the version's id). */
export type Author =
  | { kind: 'microsoft'; source: string }
  | { kind: 'standard'; name: string; source: string }
  | { kind: 'evidence' }
  | { kind: 'site' };

/** How far a piece reaches: this code, what it means in ACS calls, or a whole table, category or class. */
export type Reach = 'code' | 'usage' | 'table' | 'category' | 'class';

/** A piece of what a page says, with its author. */
export interface Said {
  reach: Reach;
  /** The table, category or class a general piece is about. */
  about: string;
  html: string;
  /** The same text for a ticket or the search index. */
  text: string;
  by: Author;
}

const REACH: Record<Piece['scope'], Reach> = {
  source: 'code',
  site: 'code',
  usage: 'usage',
  table: 'table',
  category: 'category',
  class: 'class',
};

/** Authors a piece may name itself (the guidance rules may say so); otherwise its scope decides. */
const NAMED = new Set(['microsoft', 'standard', 'evidence', 'site']);

export interface Authority {
  space: CodeSpace;
  /** An observed record's table is this site's: no Microsoft table lists it. */
  observed: boolean;
  /** Id of the newest source version listing the record: whose text the source's cells are. */
  source: string;
  /** The standard that defines the number, for SIP responses and Q.850 causes. */
  standard: string;
}

/**
 * Whose words a piece is. The source's cells (advice, a table's introduction) are Microsoft's, or the
 * standard's in a standard's table; an observed record's table and everything the guidance rules add
 * are this site's own.
 */
export function said(piece: Piece & { author?: string }, authority: Authority): Said {
  const named = piece.author && NAMED.has(piece.author) ? piece.author : null;
  const fromSource = (piece.scope === 'source' || piece.scope === 'table') && !authority.observed;
  const kind = named ?? (fromSource ? CODE_SPACES[authority.space].authority : 'site');
  return {
    reach: REACH[piece.scope],
    about: piece.about,
    html: piece.html,
    text: piece.text,
    by: authorOf(kind, authority),
  };
}

function authorOf(kind: string, authority: Authority): Author {
  if (kind === 'microsoft') return { kind, source: authority.source };
  if (kind === 'standard') return { kind, name: authority.standard, source: authority.source };
  return kind === 'evidence' ? { kind } : { kind: 'site' };
}
