// Deterministic synthetic content in the format of content/: N records spread over five areas,
// four tables each, for the benchmark. Same N, same files, byte for byte.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

const AREAS = ['calling', 'call-automation', 'pstn', 'chat', 'sms'];
const CODES = [0, 400, 401, 403, 404, 405, 408, 409, 410, 412, 480, 481, 486, 487, 490, 500, 503, 504, 603];
const CATEGORIES = ['Success', 'ExpectedError', 'UnexpectedClientError', 'UnexpectedServerError', ''];
const WORDS = (
  'call failed ended because the remote participant endpoint network token media device camera microphone ' +
  'speaker stream video audio timeout request response server client service resource identity permission ' +
  'denied declined canceled busy unavailable invalid missing configuration route trunk number phone message ' +
  'delivery carrier opted blocked fraud limit exceeded retry later check ensure support logs browser console ' +
  'application state connected ringing transfer recording transcription recognize play prompt dialout meeting'
).split(' ');

/** mulberry32: a small seeded generator, so every run writes the same content. */
function random(seed) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sentence(next, min, max) {
  const length = min + Math.floor(next() * (max - min + 1));
  const words = Array.from({ length }, () => WORDS[Math.floor(next() * WORDS.length)]);
  return `${words.join(' ').replace(/^./, (c) => c.toUpperCase())}.`;
}

function areaFile(area, index, count, next) {
  const tables = 4;
  const lines = [
    '---',
    `title: Synthetic ${area}`,
    `description: Generated ${area} codes for the benchmark.`,
    `order: ${index + 1}`,
    'appearsIn:',
    `  - field: ${area}.error`,
    '    description: Where the synthetic codes appear.',
    'sources:',
    '  - id: s1',
    '    title: Synthetic source',
    '    url: https://learn.microsoft.com/en-us/azure/communication-services/',
    '    date: "2024-01-01"',
    // Every record must say what to do: rows without advice fall back on the class guidance.
    'classes:',
    ...['"0"', '4xx', '5xx', '6xx'].flatMap((c) => [
      `  ${c}:`,
      '    text: Synthetic guidance for this class of codes.',
      '    intents: []',
    ]),
    'columns: [Subcode, Code, Message, Result category, Advice]',
    '---',
    '',
    `Synthetic ${area} codes.`,
  ];
  for (let t = 0; t < tables; t++) {
    lines.push('', `## Table ${t + 1}`, '', 'Rows of the benchmark.', '');
    lines.push('| Subcode | Code | Message | Result category | Advice |', '| --- | --- | --- | --- | --- |');
    const rows = Math.floor(count / tables) + (t < count % tables ? 1 : 0);
    for (let r = 0; r < rows; r++) {
      const subcode = 100000 * (index + 1) + t * 20000 + r;
      const code = CODES[Math.floor(next() * CODES.length)];
      const category = CATEGORIES[Math.floor(next() * CATEGORIES.length)];
      const advice = next() < 0.2 ? '' : sentence(next, 6, 24);
      lines.push(`| ${subcode} | ${code} | ${sentence(next, 5, 18)} | ${category} | ${advice} |`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Writes N synthetic records into dir as five area files. */
export async function writeSyntheticContent(dir, records) {
  await mkdir(dir, { recursive: true });
  const next = random(records);
  await Promise.all(
    AREAS.map((area, i) => {
      const count = Math.floor(records / AREAS.length) + (i < records % AREAS.length ? 1 : 0);
      return writeFile(path.join(dir, `${area}.md`), areaFile(area, i, count, next));
    }),
  );
}
