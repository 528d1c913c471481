import { expect, test } from './fixtures';
import { u } from './base';
import { carrying, records, titles } from './data';

test('the home page lists every area with its record count', async ({ page }) => {
  await page.goto(u('/'));
  const expected = Object.entries(titles).map(
    ([slug, title]) =>
      new RegExp(
        `${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*${records.filter((r) => r.area === slug).length} codes?`,
      ),
  );
  await expect(page.getByRole('heading', { level: 3 })).toHaveText(expected);
});

test('the home box opens a number that exactly one record carries', async ({ page }) => {
  const only = records.find((r) => r.subcode !== null && carrying(r.subcode).length === 1 && r.codeSpace === 'acs')!;
  await page.goto(u('/'));
  await page.getByRole('main').getByRole('searchbox').fill(String(only.subcode));
  await page.getByRole('main').getByRole('searchbox').press('Enter');
  await expect(page).toHaveURL(new RegExp(`${only.url}$`));
});

test('the home box lists the records when several carry the number', async ({ page }) => {
  await page.goto(u('/'));
  await page.getByRole('main').getByRole('searchbox').fill('403');
  await page.getByRole('main').getByRole('button', { name: 'Look up' }).click();
  await expect(page).toHaveURL(/\/lookup\/\?q=403$/);
  await expect(page.getByRole('heading', { name: /records match 403/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /403\/560403/ }).first()).toBeVisible();
});

test('an area page shows a linked, anchored row for each of its records', async ({ page }) => {
  await page.goto(u('/pstn/'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('PSTN codes');
  await expect(page.locator('tbody tr')).toHaveCount(records.filter((r) => r.area === 'pstn').length);
  const row = page.locator('tr[id="403-560403"]');
  await expect(row).toContainText('Call forbidden.');
  await row.getByRole('link', { name: 'Code 403 Subcode 560403' }).click();
  await expect(page).toHaveURL(/\/pstn\/403\/560403\/$/);
});

test('a code page shows the numbers, the message, what it means and what to do', async ({ page }) => {
  await page.goto(u('/calling/487/10003/'));
  await expect(page.getByRole('heading', { level: 1, name: 'Code 487 Subcode 10003' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText(
    'Call was canceled for this user endpoint as it was accepted elsewhere',
  );
  for (const name of ['What it means', 'What to do', 'Where it appears', 'Sources'])
    await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
});

test('a code page without advice shows labelled general guidance', async ({ page }) => {
  await page.goto(u('/call-automation/subcode/8535/'));
  const todo = page.locator('[data-what-to-do]');
  await expect(todo).toContainText('General, for Call Automation SDK subcodes, in this site’s words');
  await expect(todo.locator('.md').first()).not.toBeEmpty();
});

test('a reworded code shows when it was first documented and its earlier wording', async ({ page }) => {
  await page.goto(u('/calling/0/5003/'));
  await expect(page.locator('[data-certainty="documented"]')).toContainText(
    /Documented by Microsoft · (since|first listed)/,
  );
  await expect(page.getByRole('heading', { name: 'Earlier wording' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText(
    'Call ended successfully, as all callee endpoints declined the call.',
  );
});

test('a code page links back to its row in the area table', async ({ page }) => {
  await page.goto(u('/sms/4007/'));
  await page.getByRole('link', { name: /See this row in the/ }).click();
  await expect(page).toHaveURL(/\/sms\/#4007$/);
  await expect(page.locator('tr[id="4007"]')).toContainText('opted out');
});

test('the code dropped upstream says the typo was fixed and links the new codes', async ({ page }) => {
  await page.goto(u('/pstn/486/60486/'));
  await expect(page.getByRole('note')).toContainText('fixes the typo');
  await page.getByRole('note').getByRole('link', { name: '560486' }).click();
  await expect(page).toHaveURL(/\/pstn\/486\/560486\/$/);
});

test('an observed code is labelled and shows where it was seen', async ({ page }) => {
  await page.goto(u('/observed/486/10321/'));
  await expect(page.getByRole('main').getByText('Observed, not documented').first()).toBeVisible();
  await expect(page.getByRole('main')).toContainText('@azure/communication-react');
});

test('a number page lists every record carrying the number, SIP and Q.850 codes apart', async ({ page }) => {
  await page.goto(u('/486/'));
  const main = page.getByRole('main');
  for (const r of carrying(486)) await expect(main.locator(`a[href="${u(r.url)}"]`)).toHaveCount(1);
  await expect(main.getByRole('heading', { name: 'SIP responses' })).toBeVisible();
});

/** The list of records in other code spaces on a code page. */
const otherSpaces = (page: import('@playwright/test').Page) =>
  page.locator('section').filter({ has: page.getByRole('heading', { name: 'The same outcome in other code spaces' }) });

test('a SIP page links the ACS subcodes that carry it and its Q.850 cause', async ({ page }) => {
  await page.goto(u('/sip/486/'));
  await expect(page.getByRole('heading', { level: 1 })).toContainText('486');
  await expect(page.getByRole('main')).toContainText('Busy Here');
  await expect(
    otherSpaces(page)
      .getByRole('link', { name: /486\/560486/ })
      .first(),
  ).toBeVisible();
  await expect(otherSpaces(page).getByRole('link', { name: /^17\b/ })).toBeVisible();
});

// The examples: a cause reaches the ACS records through the SIP response that carries both.
for (const [cause, acs] of <[string, string][]>[
  ['/q850/17/', '/pstn/486/560486/'],
  ['/q850/34/', '/pstn/503/560503/'],
]) {
  test(`Q.850 page ${cause} links ${acs}, and ${acs} links it back`, async ({ page }) => {
    await page.goto(u(cause));
    await expect(otherSpaces(page).locator(`a[href="${u(acs)}"]`)).toHaveCount(1);
    await page.goto(u(acs));
    await expect(otherSpaces(page).locator(`a[href="${u(cause)}"]`)).toHaveCount(1);
  });
}

test('a Call Automation page shows its table’s other columns, such as the callback event', async ({ page }) => {
  const record = records.find((r) => r.area === 'call-automation' && r.code === 404 && r.subcode === 8522)!;
  await page.goto(u(record.url));
  const columns = page
    .locator('section')
    .filter({ has: page.getByRole('heading', { name: 'Other columns of its table' }) });
  await expect(columns).toContainText('Callback Event');
  await expect(columns).toContainText('CreateCallFailed');
});

test('the 404 page reads the numbers in the address and links their number pages', async ({ page }) => {
  const response = await page.goto(u('/calling/487/99999/'));
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('main').getByRole('searchbox')).toHaveValue('487/99999');
  await expect(page.getByRole('link', { name: 'Every record with 487 →' })).toHaveAttribute('href', u('/487/'));
  await expect(page.getByRole('link', { name: 'Every record with 99999 →' })).toHaveCount(0);
});

test('every published URL in tests/permalinks.txt still answers', async ({ request }) => {
  const { readFile } = await import('node:fs/promises');
  const urls = (await readFile('tests/permalinks.txt', 'utf8')).split('\n').filter((l) => l.startsWith('/'));
  // Eight requests at a time: a thousand one after the other took two thirds of the test's time on a busy machine.
  const answers: { url: string; status: number }[] = [];
  for (let at = 0; at < urls.length; at += 8)
    answers.push(
      ...(await Promise.all(
        urls.slice(at, at + 8).map(async (url) => ({ url, status: (await request.get(u(url))).status() })),
      )),
    );
  expect(answers).toHaveLength(urls.length);
  expect(answers.filter((a) => a.status !== 200).map((a) => a.url)).toEqual([]);
});

test('the changes page lists what the 2025-07-14 version added, and links the feed', async ({ page }) => {
  await page.goto(u('/changes/'));
  const version = page
    .getByRole('main')
    .locator('section')
    .filter({ has: page.getByRole('heading', { name: '2025-07-14' }) });
  for (const name of [/Calling SDK 401\/71005/, /SMS 4020/, /PSTN 486\/540486/])
    await expect(version.getByRole('link', { name }).first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'Subscribe to the Atom feed' })).toHaveAttribute(
    'href',
    u('/changes.xml'),
  );
});

test('the filter links a number’s own page, which previews with its count, and names the filter in the title', async ({
  page,
}) => {
  await page.goto(u('/codes/?q=487'));
  const link = page.getByRole('link', { name: 'Link to these results' });
  await expect(link).toHaveAttribute('href', u('/487/'));
  await expect(page).toHaveTitle(new RegExp(`^487: ${carrying(487).length} of ${records.length} records · All codes`));
  await page.goto(u('/487/'));
  await expect(page.locator('meta[property="og:description"]')).toHaveAttribute(
    'content',
    new RegExp(`^${carrying(487).length} records carry 487`),
  );
});

test('the filter links the one record a number finds', async ({ page }) => {
  const only = records.find((r) => r.subcode !== null && carrying(r.subcode).length === 1)!;
  await page.goto(u(`/codes/?q=${only.subcode}`));
  await expect(page.getByRole('link', { name: 'Link to these results' })).toHaveAttribute('href', u(only.url));
});
