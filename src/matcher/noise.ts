import { segments } from './fields';

/**
 * Words that say a number next to them is not a code: identifiers, positions, counters, sizes and
 * times (`cbID 25851`, `pid:23658`, `line 107`, `ResponseTime: 15`). Matched on the name's last
 * segment, so `requestId` and `callID` count as ids.
 */
const NOISE_LABELS = new Set([
  'id',
  'ids',
  'pid',
  'tid',
  'uid',
  'port',
  'line',
  'lines',
  'ln',
  'col',
  'column',
  'char',
  'version',
  'ver',
  'v',
  'build',
  'seq',
  'cseq',
  'sequence',
  'count',
  'counter',
  'number',
  'duration',
  'time',
  'timeout',
  'elapsed',
  'latency',
  'size',
  'length',
  'len',
  'bytes',
  'index',
  'idx',
  'offset',
  'step',
  'attempt',
  'attempts',
  'retry',
  'retries',
  'try',
  'tries',
  'page',
  'level',
  'turn',
  'forwards',
]);

/** Words after a number that make it a measure (`15 ms`, `1426 bytes`, `30 seconds`). */
const UNITS = new Set([
  'ms',
  'msec',
  'millis',
  'milliseconds',
  's',
  'sec',
  'secs',
  'second',
  'seconds',
  'min',
  'mins',
  'minute',
  'minutes',
  'h',
  'hr',
  'hrs',
  'hour',
  'hours',
  'day',
  'days',
  'week',
  'weeks',
  'kb',
  'mb',
  'gb',
  'kib',
  'mib',
  'byte',
  'bytes',
  'bit',
  'bits',
  'px',
  'fps',
  'kbps',
  'mbps',
  'hz',
  'khz',
  'percent',
  'elements',
  'items',
  'times',
]);

/** Month and weekday names: a number next to one is part of a date (`21 dec 2024`, `Mon Nov 9`). */
const CALENDAR = new Set(
  [
    'jan january feb february mar march apr april may jun june jul july aug august',
    'sep sept september oct october nov november dec december',
    'mon monday tue tues tuesday wed wednesday thu thur thurs thursday fri friday sat saturday sun sunday',
    'utc gmt pst pdt est edt cst cdt mst mdt cet cest bst ist jst',
  ]
    .join(' ')
    .split(' '),
);

// Longer names are not labels; looking them up would only cost time on a pasted megabyte.
const LONGEST_LABEL = 64;

// Logs repeat their labels: each word is worked out once, up to a bound on memory.
const labels = new Map<string, boolean>();
const REMEMBERED = 10_000;

export function isNoiseLabel(word: string): boolean {
  if (word.length > LONGEST_LABEL) return false;
  let noise = labels.get(word);
  if (noise === undefined) {
    if (labels.size >= REMEMBERED) labels.clear();
    const last = segments(word).at(-1);
    noise = last !== undefined && NOISE_LABELS.has(last);
    labels.set(word, noise);
  }
  return noise;
}

export const isUnit = (word: string) => word.length <= 12 && UNITS.has(word.toLowerCase());
export const isCalendarWord = (word: string) => word.length <= 9 && CALENDAR.has(word.toLowerCase());

/** The smallest number read as a code when nothing names it: smaller ones are counts and list items. */
export const SMALLEST_BARE = 100;
/** The longest number read as a code when nothing names it: longer ones are ids, phone numbers, timestamps. */
export const LONGEST_BARE = 7;
/** The longest number read as a code at all: longer ones cannot be exact in JavaScript anyway. */
export const LONGEST_NAMED = 16;
