import { oneLine } from '../../records/text';
import { numbersLabel } from '../../records/label';
import type { PublicRecord } from '../../schemas/public-record';

/** The preview card's layout size (1.91:1, what link previews show large). */
export const CARD = { width: 1200, height: 630 };
/**
 * The size of the PNG: two thirds of the layout, 800 × 420, above the 600 × 315 that large previews need;
 * at full size each card cost three times the time to draw and encode.
 */
export const PNG_SCALE = 2 / 3;
export const PNG_SIZE = { width: Math.round(CARD.width * PNG_SCALE), height: Math.round(CARD.height * PNG_SCALE) };
const MARGIN = 80;
/** IBM Plex Mono advances every glyph by 0.6 em: text width is exact, so wrapping needs no measuring. */
const ADVANCE = 0.6;
const MESSAGE_SIZE = 38;
const MESSAGE_LINES = 4;

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const columns = (size: number) => Math.floor((CARD.width - 2 * MARGIN) / (size * ADVANCE));

/** Words into lines of at most `width` characters; the last line ends in "…" when text is left over. */
export function wrap(text: string, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (next.length <= width) line = next;
    else {
      if (line) lines.push(line);
      line = word.length > width ? `${word.slice(0, width - 1)}…` : word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const last = lines[maxLines - 1]!;
  return [
    ...lines.slice(0, maxLines - 1),
    `${last.slice(0, width - 1).replace(/\s*\S*$/, '') || last.slice(0, width - 1)}…`,
  ];
}

/** The card of one record as SVG: where it comes from, its numbers as large as fit, and its message. */
export function cardSvg(
  record: Pick<PublicRecord, 'code' | 'subcode' | 'message' | 'table'>,
  areaTitle: string,
  siteName: string,
): string {
  const numbers = numbersLabel(record);
  const numberSize = Math.min(150, Math.floor((CARD.width - 2 * MARGIN) / (numbers.length * ADVANCE)));
  const heading = wrap(`${areaTitle} · ${record.table}`, columns(30), 1)[0]!;
  const message = wrap(oneLine(record.message), columns(MESSAGE_SIZE), MESSAGE_LINES);
  const text = (y: number, size: number, fill: string, content: string, weight = 400) =>
    `<text x="${MARGIN}" y="${y}" font-size="${size}" font-weight="${weight}" fill="${fill}">${escapeXml(content)}</text>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD.width}" height="${CARD.height}" font-family="IBM Plex Mono">`,
    `<rect width="${CARD.width}" height="${CARD.height}" fill="#0b1220"/>`,
    `<rect width="${CARD.width}" height="10" fill="#3b82f6"/>`,
    text(100, 30, '#9fb0cc', heading),
    text(130 + numberSize, numberSize, '#ffffff', numbers, 700),
    ...message.map((line, i) => text(215 + numberSize + i * MESSAGE_SIZE * 1.3, MESSAGE_SIZE, '#e2e8f0', line)),
    text(CARD.height - 50, 26, '#9fb0cc', siteName),
    '</svg>',
  ].join('');
}
