import { describe, expect, test } from 'vitest';
import type { Source } from '../../../src/schemas/source';
import { changesBySource } from '../../../src/site/changes';
import { record } from '../matcher/entries';

const source = (id: string, date: string, url: string, follows?: string): Source => ({
  id,
  title: id,
  url,
  date,
  ...(follows ? { follows } : {}),
});
const LEARN = 'https://learn.microsoft.com/en-us/azure/communication-services/troubleshooting-codes';
const TEAMS = 'https://learn.microsoft.com/en-us/microsoftteams/troubleshoot/sip-408';
const sources = [
  source('learn-1', '2023-11-24', LEARN),
  source('learn-2', '2025-07-14', LEARN, 'learn-1'),
  source('teams-1', '2024-11-22', TEAMS),
];

describe('changesBySource with a record listed by two articles', () => {
  const joined = record('pstn', 408, 560408, 'Second wording.', {
    listedIn: ['learn-1', 'teams-1', 'learn-2'],
    history: [{ source: 'learn-1', message: 'First wording.' }],
  });
  const versions = new Map(changesBySource([joined], sources).map((v) => [v.source.id, v]));

  test('the first version of each article adds it', () => {
    expect(versions.get('learn-1')!.added).toEqual([joined]);
    expect(versions.get('teams-1')!.added).toEqual([joined]);
  });

  test('a rewording belongs to the next version of the same article', () => {
    expect(versions.get('learn-2')!.reworded.map((r) => [r.before, r.after])).toEqual([
      ['First wording.', 'Second wording.'],
    ]);
    expect(versions.get('learn-1')!.reworded).toEqual([]);
    expect(versions.get('teams-1')!.reworded).toEqual([]);
  });
});
