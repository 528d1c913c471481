import { expect, test } from './fixtures';
import { u } from './base';
import { carrying } from './data';
import { loadCorpus } from '../unit/matcher/corpus';

const lookup = (q: string) => u(`/lookup/?q=${encodeURIComponent(q)}`);
const results = (page: import('@playwright/test').Page) => page.locator('[data-results]');

const opening: [string, string, string][] = [
  ['a code/subcode pair', '400/41006', '/calling/400/41006/'],
  [
    'a callEndReason object, in the area its field names',
    '"callEndReason": {"code":487,"subCode":10003,"message":"Call was canceled"}',
    '/calling/487/10003/',
  ],
  [
    'a pretty-printed CallingCommunicationError',
    '{\n  "code": 409,\n  "subCode": 40228,\n  "resultCategories": ["ExpectedError"]\n}',
    '/calling/409/40228/',
  ],
  ['a call-log row', 'ParticipantEndReason=403 ParticipantEndSubCode=560403', '/pstn/403/560403/'],
  [
    'a call-log row in snake case',
    'participant_end_reason: 603, participant_end_sub_code: 560603',
    '/pstn/603/560603/',
  ],
  ['an SMS delivery report', '{"deliveryStatus":"Failed","DeliveryStatusDetails":"4007"}', '/sms/4007/'],
  ['a number one record carries', '41006', '/calling/400/41006/'],
  ['an observed pair, with its evidence', '{"code":486,"subCode":10321}', '/observed/486/10321/'],
  ['a SIP status line', 'SIP/2.0 503 Service Unavailable', '/sip/503/'],
  ['a Q.850 Reason header', 'Reason: Q.850;cause=34;text="No circuit/channel available"', '/q850/34/'],
];

for (const [name, paste, url] of opening) {
  test(`${name} opens its record`, async ({ page }) => {
    await page.goto(lookup(paste));
    await expect(page).toHaveURL(new RegExp(`${url.replace(/[/.]/g, '\\$&')}$`));
  });
}

test('400/8535 opens nothing, says the pair is undocumented and lists subcode 8535 first', async ({ page }) => {
  await page.goto(lookup('"resultInformation": {"code": 400, "subCode": 8535, "message": "Invalid file"}'));
  await expect(results(page).getByText('No record documents code 400 with subcode 8535.')).toBeVisible();
  await expect(results(page).getByRole('link').first()).toHaveAttribute('href', u('/call-automation/subcode/8535/'));
  await expect(page).toHaveURL(/\/lookup\//);
});

test('487/99999 opens nothing and says 99999 is not documented with 487', async ({ page }) => {
  await page.goto(lookup('487/99999'));
  await expect(results(page).getByText('No record documents code 487 with subcode 99999.')).toBeVisible();
  await expect(results(page).getByRole('heading', { name: /^Code 487 alone/ })).toBeVisible();
  await expect(page).toHaveURL(/\/lookup\//);
});

test('a log with two call ends lists both, in order, with a Markdown copy', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(lookup('call 1 {"code":487,"subCode":10003}\ncall 2 {"code":480,"subCode":10037}'));
  const rows = results(page).locator('tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText('code 487 with subcode 10003');
  await expect(rows.nth(1)).toContainText('code 480 with subcode 10037');
  await results(page).getByRole('button', { name: 'Copy as Markdown' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
    /^\| Reported \| Best record \| Documented\? \|\n\| --- \| --- \| --- \|\n\| code 487 with subcode 10003 \| \[Calling SDK 487\/10003\]\(/,
  );
});

test('a callback event with SIP and Q.850 details lists all three codes and opens nothing', async ({ page }) => {
  const event =
    '{ "ResultInformation": { "Code": 500, "SubCode": 560503, "Message": "Unexpected server error", "SipDetails": { "Code": 486, "Message": "Busy Here" }, "Q850Details": { "Code": 17, "Message": "User busy" } } }';
  await page.goto(lookup(event));
  const rows = results(page).locator('tbody tr');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText('not documented; its subcode is, with another code');
  await expect(rows.nth(1)).toContainText('Busy Here');
  await expect(rows.nth(2)).toContainText('User busy');
});

test('a pair two areas document, pasted without a field name, lists both and opens neither', async ({ page }) => {
  await page.goto(lookup('487/10003'));
  await expect(page.getByRole('heading', { name: '2 records match code 487 with subcode 10003' })).toBeVisible();
  await expect(page).toHaveURL(/\/lookup\//);
});

test('0 lists every record that carries it as code or subcode', async ({ page }) => {
  await page.goto(lookup('0'));
  const acs = carrying(0).filter((r) => r.codeSpace === 'acs');
  await expect(
    page.getByRole('heading', { name: `${acs.length} records match 0 (as a code or a subcode)` }),
  ).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Number or pasted text' })).toHaveValue('0');
});

test('pasting into the box and pressing Look up looks it up', async ({ page }) => {
  await page.goto(u('/lookup/'));
  await page.getByRole('textbox', { name: 'Number or pasted text' }).fill('{"code": 400, "subCode": 41006}');
  await page.getByRole('main').getByRole('button', { name: 'Look up' }).click();
  await expect(page).toHaveURL(/\/calling\/400\/41006\/$/);
});

test('text without a number says so and offers full-text search', async ({ page }) => {
  await page.goto(lookup('the call dropped again'));
  await expect(page.getByText('This text contains no code to look up')).toBeVisible();
  await page.getByRole('button', { name: 'Search the messages and advice for this text' }).click();
  await expect(page.getByRole('dialog').getByRole('searchbox')).toHaveValue('the call dropped again');
});

test('a paste over a megabyte is read up to the limit, and the page says so', async ({ page }) => {
  await page.goto(u('/lookup/'));
  await page.evaluate(() => {
    const box = document.querySelector<HTMLTextAreaElement>('#lookup-q')!;
    box.value = `{"code":487,"subCode":10003} ${'log line without numbers '.repeat(60_000)}`;
    box.form!.requestSubmit();
  });
  await expect(page.getByText('Only the first 1000 KB of the text were read.')).toBeVisible();
  await expect(
    results(page)
      .getByRole('link', { name: /487\/10003/ })
      .first(),
  ).toBeVisible();
  expect(new URL(page.url()).search.length).toBeLessThan(4000);
});

test('a long paste shows its start in the box and is looked up whole', async ({ page }) => {
  await page.goto(u('/lookup/'));
  const pasted = await page.evaluate(() => {
    const box = document.querySelector<HTMLTextAreaElement>('#lookup-q')!;
    const text = `${'log line without numbers\n'.repeat(8_000)}{"code":400,"subCode":41006}\n`;
    const clipboardData = new DataTransfer();
    clipboardData.setData('text/plain', text);
    box.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
    return { length: text.length, shown: box.value.length };
  });
  expect(pasted.shown).toBeLessThan(pasted.length);
  await expect(page.getByText(`Pasted ${pasted.length.toLocaleString('en-US')} characters`)).toBeVisible();
  await page.getByRole('main').getByRole('button', { name: 'Look up' }).click();
  await expect(page).toHaveURL(/\/calling\/400\/41006\/$/);
});

test('each line of a multi-code log says whether it is documented', async ({ page }) => {
  await page.goto(lookup('ResponseCode=400, SubCode=8541, ResponseText=Callee unavailable. DiagCode: 480#10076'));
  const rows = results(page).locator('tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0).locator('td').last()).toHaveText('not documented; its subcode is, with another code');
  await expect(rows.nth(1).locator('td').last()).toHaveText('documented');
});

test('a code alone that is documented only as a subcode says so and opens nothing', async ({ page }) => {
  await page.goto(lookup('a PlayFailed event is received with status code: 8536'));
  await expect(results(page).getByText('No record documents code 8536.')).toBeVisible();
  await expect(results(page).getByRole('heading', { name: /^8536 documented as a subcode/ })).toBeVisible();
  await expect(page).toHaveURL(/\/lookup\//);
});

test('an SDK name alone opens the record it names', async ({ page }) => {
  await page.goto(lookup('Call end reason=NoNgcEndpoint'));
  await expect(page).toHaveURL(/\/calling\/480\/10037\/$/);
});

// A sample of the corpus of real pastes (every eighth; PASTES=all for every one): the unit tests run all of
// them through the matcher.
const sample = loadCorpus().filter((_, i) => process.env.PASTES === 'all' || i % 8 === 0);

test.describe('real pastes', () => {
  for (const paste of sample)
    test(`${paste.name} ${paste.opens ? `opens ${paste.opens}` : `lists ${paste.reads.length} code(s)`}`, async ({
      page,
    }) => {
      await page.goto(u('/lookup/'));
      await page.getByRole('textbox', { name: 'Number or pasted text' }).fill(paste.text);
      await page.getByRole('main').getByRole('button', { name: 'Look up' }).click();
      if (paste.opens) return expect(page).toHaveURL(new RegExp(`${paste.opens.replace(/[/.]/g, '\\$&')}$`));
      if (paste.reads.length === 0)
        return expect(page.getByText('This text contains no code to look up')).toBeVisible();
      if (paste.reads.length > 1) return expect(results(page).locator('tbody tr')).toHaveCount(paste.reads.length);
      const verdict = paste.reads[0]!.split(' ').at(-2);
      if (verdict === 'whole')
        await expect(results(page).getByRole('heading', { name: /records? match/ })).toBeVisible();
      else await expect(results(page).getByText(/^No record documents/)).toBeVisible();
      await expect(page).toHaveURL(/\/lookup\//);
    });
});
