import type { Piece } from '../../records/guidance';
/** Who said a piece of text: every sentence on a page says whose words it is (`source`: the version's id). */
export type Author =
  { kind: 'microsoft'; source: string } | { kind: 'standard'; name: string; source: string } | { kind: 'site' };

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

export interface Authority {
  /** Id of the newest source version listing the record: whose text the source's cells are. */
  source: string;
  /** The standard that defines the number, for SIP responses and Q.850 causes. */
  standard: string;
}

/**
 * Whose words a piece is, as the guidance rules decide it (`Piece.author`): the source's cells are
 * Microsoft's, or the standard's in a standard's table; an observed record's table and everything
 * the guidance rules add are this site's own. Citations name the newest version listing the record.
 */
export function said(piece: Piece, authority: Authority): Said {
  return {
    reach: REACH[piece.scope],
    about: piece.about,
    html: piece.html,
    text: piece.text,
    by: authorOf(piece.author, authority),
  };
}

function authorOf(author: Piece['author'], authority: Authority): Author {
  if (author.kind === 'microsoft') return { kind: 'microsoft', source: authority.source };
  if (author.kind === 'standard') return { kind: 'standard', name: authority.standard, source: authority.source };
  // An observed record's cells and guidance summarise evidence in this site's words; the evidence
  // itself is quoted and linked under Sources.
  return { kind: 'site' };
}
