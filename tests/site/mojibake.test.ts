import { expect, test } from 'vitest';
import { distFiles, readDist, records } from './helpers';

// UTF-8 read as Windows-1252 (â€¦, ðŸ‘‹), as Latin-1 (Ã©), or as Mac Roman (–£—, вЂ, Р° pairs).
const MOJIBAKE = /â€|ðŸ|Ã[\u0080-\u00BF©¨]|–£—|вЂ|Ð[\u0080-\u00BF]|Ñ[\u0080-\u00BF]|(?:Р[°µ±ѕ]){2}|\uFFFD/;

test('no page, script or data file of the build contains mojibake', async () => {
  const files = await distFiles('.html', '.json', '.xml', '.csv', '.txt', '.js');
  expect(files.length).toBeGreaterThan(records.length);
  const damaged: string[] = [];
  for (const file of files) {
    const match = MOJIBAKE.exec(await readDist(file));
    if (match) damaged.push(`${file}: “${match[0]}”`);
  }
  expect(damaged).toEqual([]);
});

test('the mojibake pattern recognises each kind of damage', () => {
  for (const sample of ['callAgent.call(â€¦)', 'Hello ðŸ‘‹', 'cafÃ©', '–£—Å—Ç—Ä–∞–Ω–µ–Ω–∏–µ'])
    expect(sample).toMatch(MOJIBAKE);
  for (const sample of ['Устранение неполадок', 'callAgent.call(…)', 'Hello 👋🏻', '“quoted”'])
    expect(sample).not.toMatch(MOJIBAKE);
});
