import { rowMatches, type FilterQuery } from '../matcher/filter';
import { href } from '../routing/base';
import { numberPath } from '../routing/urls';
import type { FilterState, Row } from './table-rows';

/**
 * The address to share for what the filter shows. A static page cannot vary its preview by query
 * string, so `/codes/?q=487` previews as "All codes"; a number's own page previews with its count,
 * and a record's page with its message. Those are shared when they show the same records; anything
 * else keeps the filter's own address.
 */
export function shareTarget(state: FilterState, query: FilterQuery, rows: Row[]): string {
  const [only, ...more] = query.numbers;
  const filtersOnlyByText = !state.area && !state.class && !state.category && query.words.length === 0;
  if (only && more.length === 0 && filtersOnlyByText) {
    const shown = rows.filter((row) => rowMatches(query, row));
    if (shown.length === 1 && shown[0]!.element.dataset.url) return href(shown[0]!.element.dataset.url);
    if (shown.length > 1 && only.either !== null) return href(numberPath(only.either));
  }
  return `${location.pathname}${location.search}`;
}
