import type { CodeRecord } from '../../schemas/record';
import { numbersLabel } from '../../records/label';
import { shorten } from '../../records/text';

/** Another record as a list shows it: its numbers, where it is listed and its message, shortened. */
export interface RecordLink {
  url: string;
  label: string;
  area: string;
  table: string;
  message: string;
  observed: boolean;
}

export const recordLink = (r: CodeRecord, titleOf: (slug: string) => string): RecordLink => ({
  url: r.url,
  label: numbersLabel(r),
  area: titleOf(r.area),
  table: r.table,
  message: shorten(r.message, 160),
  observed: r.status === 'observed',
});
