import { afterAll, describe, expect, test } from 'vitest';
import { contradictionErrors } from '../../../src/records/contradictions';
import type { Intent } from '../../../src/records/intents';
import type { AreaEntry } from '../../../src/schemas/area';
import type { CategoryGuidance } from '../../../src/schemas/guidance';
import { lineStarting, problems } from '../../build/fixture';
import { removeScratch } from '../../scratch';
import { record } from '../matcher/entries';

afterAll(removeScratch);

const general = (text: string, intents: Intent[]) => ({ text, html: `<p>${text}</p>`, intents });
const areaWith = (classes: Record<string, { text: string; intents: Intent[] }>) =>
  ({
    slug: 'demo',
    tableIntros: {},
    classesHtml: Object.fromEntries(Object.keys(classes).map((k) => [k, '<p>…</p>'])),
    frontmatter: { classes, sources: [] },
  }) as unknown as AreaEntry;
const categories = {
  ExpectedError: { meaning: general('Expected.', []), action: general('Fix it first.', ['do-not-resend']) },
  Success: { meaning: general('It worked.', ['nothing-wrong']), action: general('Nothing to fix.', ['nothing-wrong']) },
} as CategoryGuidance;

describe('the check that no page tells the reader two opposite things', () => {
  test('passes a page whose pieces agree', () => {
    const area = areaWith({ '487': { text: 'Canceled; nothing to fix.', intents: ['nothing-wrong'] } });
    const r = record('demo', 487, 0, 'x', { resultCategory: 'Success' });
    expect(contradictionErrors([area], [r], categories)).toEqual([]);
  });

  test('stops at the row whose page would say "retry" and "do not resend", naming where each is written', () => {
    const area = areaWith({ '408': { text: 'Try again.', intents: ['retry'] } });
    const r = record('demo', 408, 10057, 'x', { resultCategory: 'ExpectedError', line: 12 });
    const [error, ...more] = contradictionErrors([area], [r], categories);
    expect(more).toEqual([]);
    expect(error).toMatchObject({ file: 'content/demo.md', line: 12 });
    expect(error!.message).toContain('the page of 408/10057 would tell the reader opposite things');
    expect(error!.message).toContain(
      'content/shared/categories.md, categories.ExpectedError.action says "do-not-resend"',
    );
    expect(error!.message).toContain('the frontmatter of content/demo.md, classes.408 says "retry"');
  });

  test('stops where the meaning says nothing is wrong and the guidance says the request was', () => {
    const area = areaWith({ '487': { text: 'Fix what you sent.', intents: ['request-wrong'] } });
    const r = record('demo', 487, 0, 'x', { resultCategory: 'Success' });
    expect(contradictionErrors([area], [r], categories).map((e) => e.message)).toEqual([
      expect.stringContaining('categories.Success.meaning says "nothing-wrong"'),
      expect.stringContaining('categories.Success.action says "nothing-wrong"'),
    ]);
  });

  test('stops where one text declares two opposite intents', () => {
    const area = areaWith({ '4xx': { text: 'Retry, but never resend.', intents: ['retry', 'do-not-resend'] } });
    const [error] = contradictionErrors([area], [record('demo', 404, null, 'x')], categories);
    expect(error!.message).toContain('says "retry"');
    expect(error!.message).toContain('and the same text says "do-not-resend"');
  });

  test('leaves a row with its own advice alone: general guidance never joins it', () => {
    const area = areaWith({ '408': { text: 'Try again.', intents: ['retry'] } });
    const r = record('demo', 408, 4506, 'x', { resultCategory: 'ExpectedError', advice: 'Check the callee.' });
    expect(contradictionErrors([area], [r], categories)).toEqual([]);
  });
});

describe('loading content', () => {
  test('accepts the fixture content, whose pieces agree', async () => {
    expect(await problems({})).toEqual([]);
  });

  test('stops the build at the row of a page that would say "retry" next to "do not resend"', async () => {
    const row = await lineStarting('alpha.md', '| 8535 | 400 |');
    const said = await problems({
      'alpha.md': (t) =>
        t
          .replace(
            '| 8535 | 400 | Invalid file format. | ExpectedError | Use a WAV file. |',
            '| 8535 | 400 | Invalid file format. | ExpectedError | |',
          )
          .replace('classes:\n', 'classes:\n  "400":\n    text: Try again.\n    intents: [retry]\n'),
    });
    expect(said).toEqual([
      `content/alpha.md:${row + 3}: the page of 400/8535 would tell the reader opposite things: content/shared/categories.md, categories.ExpectedError.action says "do-not-resend" (do not send the same request again unchanged; it fails the same way), the frontmatter of content/alpha.md, classes.400 says "retry" (try the same request again: at once, once more, later or with backoff) — give this row its own Advice or Guidance, or reword one of the two texts and its intents so that they agree`,
    ]);
  });

  test('stops the build on an intent it does not know, at the line of the key', async () => {
    const said = await problems({ 'alpha.md': (t) => t.replace('intents: [retry]', 'intents: [retry-later]') });
    expect(said).toEqual([expect.stringMatching(/^content\/alpha\.md:\d+: frontmatter "classes\.5xx\.intents\.0": /)]);
  });

  test('stops the build on class guidance written without its intents', async () => {
    const said = await problems({
      'beta.md': (t) => t.replace(/ {2}4xx:\n {4}text: (.*)\n {4}intents: \[.*\]\n/, '  4xx: $1\n'),
    });
    expect(said).toEqual([expect.stringMatching(/^content\/beta\.md:\d+: frontmatter "classes\.4xx": /)]);
  });
});
