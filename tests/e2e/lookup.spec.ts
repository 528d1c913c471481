import { expect, test } from './fixtures';
import { u } from './base';

const lookup = (q: string) => u(`/lookup/?q=${encodeURIComponent(q)}`);

const pastes: [string, string, string][] = [
  ['a code/subcode pair', '487/10003', '/calling/487/10003/'],
  ['a callEndReason object', '{"code":487,"subCode":10003,"message":"Call was canceled"}', '/calling/487/10003/'],
  [
    'a pretty-printed CallingCommunicationError',
    '{\n  "code": 409,\n  "subCode": 40228,\n  "resultCategories": ["ExpectedError"]\n}',
    '/calling/409/40228/',
  ],
  [
    'a Call Automation resultInformation fragment',
    '"resultInformation": {"code": 400, "subCode": 8523, "message": "Invalid request"}',
    '/call-automation/400/8523/',
  ],
  ['a call-log row', 'ParticipantEndReason=403 ParticipantEndSubCode=560403', '/pstn/403/560403/'],
  [
    'a call-log row in snake case',
    'participant_end_reason: 603, participant_end_sub_code: 560603',
    '/pstn/603/560603/',
  ],
  ['an SMS delivery report', '{"deliveryStatus":"Failed","DeliveryStatusDetails":"4007"}', '/sms/4007/'],
  ['a single number carried by one record', '41006', '/calling/400/41006/'],
];

for (const [name, paste, url] of pastes) {
  test(`${name} lands on its record`, async ({ page }) => {
    await page.goto(lookup(paste));
    await expect(page).toHaveURL(new RegExp(`${url.replace(/\//g, '\\/')}$`));
  });
}

test('0 lists every record that carries 0, each with the reason', async ({ page, request }) => {
  const records: { code: number | null; subcode: number | null }[] = await (await request.get(u('/codes.json'))).json();
  const carriers = records.filter((r) => r.code === 0 || r.subcode === 0).length;
  await page.goto(lookup('0'));
  await expect(page.getByRole('heading', { name: `Matching records (${carriers})` })).toBeVisible();
  await expect(page.locator('[data-results] li')).toHaveCount(carriers);
  await expect(page.locator('[data-results] li').first()).toContainText('carries');
  await expect(page.getByRole('textbox', { name: 'Number or pasted text' })).toHaveValue('0');
});

test('pasting into the box and pressing Go looks it up', async ({ page }) => {
  await page.goto(u('/lookup/'));
  await page.getByRole('textbox', { name: 'Number or pasted text' }).fill('{"code": 487, "subCode": 10003}');
  await page.getByRole('button', { name: 'Go' }).last().click();
  await expect(page).toHaveURL(/\/calling\/487\/10003\/$/);
});

test('text matching nothing says so and offers full-text search', async ({ page }) => {
  await page.goto(lookup('error 99999 happened'));
  await expect(page.getByText('No documented code matches this text.')).toBeVisible();
  await page.getByRole('button', { name: 'Search the messages and advice for this text' }).click();
  await expect(page.getByRole('dialog').getByRole('searchbox')).toHaveValue('error 99999 happened');
});

test('pasted HTML is shown as text and never runs', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs++;
    void dialog.dismiss();
  });
  const hostile = '<img src=x onerror=alert(1)><script>alert(2)</script>';
  await page.goto(lookup(hostile));
  await expect(page.getByText('No documented code matches this text.')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Number or pasted text' })).toHaveValue(hostile);
  expect(await page.locator('[data-results] img, [data-results] script').count()).toBe(0);
  expect(dialogs).toBe(0);
});

test('a megabyte paste is looked up without freezing the page', async ({ page }) => {
  await page.goto(u('/lookup/'));
  // Timed inside the page, from submitting to the answer, so the test measures the lookup and not the test runner.
  const elapsed = await page.evaluate(async () => {
    const box = document.querySelector<HTMLTextAreaElement>('#lookup-q')!;
    box.value = 'log line without numbers '.repeat(40_000);
    const results = document.querySelector('[data-results]')!;
    const answered = new Promise<void>((resolve) =>
      new MutationObserver(() => resolve()).observe(results, { childList: true }),
    );
    const start = performance.now();
    box.form!.requestSubmit();
    await answered;
    return performance.now() - start;
  });
  await expect(page.getByText('This text contains no number to look up.')).toBeVisible();
  expect(elapsed).toBeLessThan(1000);
  expect(new URL(page.url()).search.length).toBeLessThan(4000);
});
