import { expect, test } from './fixtures';
import { u } from './base';

test('the home page lists every area with its record count', async ({ page }) => {
  await page.goto(u('/'));
  const areas = page.getByRole('heading', { level: 3 });
  await expect(areas).toHaveText([
    /Calling SDK\s*102 codes/,
    /Call Automation SDK\s*163 codes/,
    /PSTN\s*19 codes/,
    /Chat SDK\s*4 codes/,
    /SMS\s*16 codes/,
  ]);
});

test('the home page jump box takes a number carried by one record to its page', async ({ page }) => {
  await page.goto(u('/'));
  const box = page.getByRole('main').getByRole('searchbox', { name: 'Code or subcode' });
  await box.fill('560486');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/calling\/486\/560486\/$/);
});

test('the jump box lists the records when a number is carried by several', async ({ page }) => {
  await page.goto(u('/'));
  await page.getByRole('main').getByRole('searchbox').fill('403');
  await page.getByRole('main').getByRole('button', { name: 'Go' }).click();
  await expect(page).toHaveURL(/\/lookup\/\?q=403$/);
  await expect(page.getByRole('heading', { name: /Matching records/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /403\/560403/ })).toBeVisible();
});

test('an area page shows its tables with a linked, anchored row per record', async ({ page }) => {
  await page.goto(u('/pstn/'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('PSTN codes');
  await expect(page.locator('tbody tr')).toHaveCount(19);
  const row = page.locator('tr[id="403-560403"]');
  await expect(row).toContainText('Call forbidden.');
  await row.getByRole('link', { name: 'Code 403 Subcode 560403' }).click();
  await expect(page).toHaveURL(/\/pstn\/403\/560403\/$/);
});

test('a code page opened by URL shows numbers, message, category and advice', async ({ page }) => {
  await page.goto(u('/calling/487/10003/'));
  await expect(page.getByRole('heading', { level: 1, name: 'Code 487 Subcode 10003' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText(
    'Call was canceled for this user endpoint as it was accepted elsewhere',
  );
  await expect(page.getByRole('main')).toContainText('Success');
  await expect(page.getByRole('heading', { name: 'Advice' })).toBeVisible();
});

test('a code page links back to its row in the area table', async ({ page }) => {
  await page.goto(u('/sms/4007/'));
  await page.getByRole('link', { name: /See this row in the/ }).click();
  await expect(page).toHaveURL(/\/sms\/#4007$/);
  await expect(page.locator('tr[id="4007"]')).toContainText('opted out');
});

test('a code flagged in the sources shows the source issue', async ({ page }) => {
  await page.goto(u('/pstn/486/60486/'));
  await expect(page.getByRole('note')).toContainText('560486');
});

test('records sharing their numbers get their own pages', async ({ page }) => {
  await page.goto(u('/call-automation/400/play-failed/'));
  await expect(page.getByRole('main')).toContainText('Play Failed');
  await expect(page.getByRole('main')).toContainText('Recognize Failed');
});

test('a number page lists every record carrying the number in any area', async ({ page }) => {
  await page.goto(u('/487/'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('487');
  const main = page.getByRole('main');
  for (const url of [
    '/calling/487/10003/',
    '/calling/487/0/',
    '/calling/487/',
    '/call-automation/status/487/',
    '/pstn/487/540487/',
  ]) {
    await expect(main.locator(`a[href="${u(url)}"]`)).toHaveCount(1);
  }
});

test('the 404 page helps with a jump box and the areas', async ({ page }) => {
  const response = await page.goto(u('/no/such/page/'));
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('main').getByRole('searchbox')).toBeVisible();
});

test('every record of /codes.json has a built page that shows its numbers', async ({ request }) => {
  const records: { url: string; code: number | null; subcode: number | null }[] = await (
    await request.get(u('/codes.json'))
  ).json();
  expect(records).toHaveLength(304);
  for (const record of records) {
    const response = await request.get(u(record.url));
    expect(response.status(), record.url).toBe(200);
    const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(await response.text())?.[1]?.replace(/<[^>]+>/g, ' ') ?? '';
    for (const n of [record.code, record.subcode])
      if (n !== null) expect(h1, record.url).toMatch(new RegExp(`\\b${n}\\b`));
  }
});

test('every published URL in tests/permalinks.txt still answers', async ({ request }) => {
  const { readFile } = await import('node:fs/promises');
  const urls = (await readFile('tests/permalinks.txt', 'utf8')).split('\n').filter((l) => l.startsWith('/'));
  for (const url of urls) expect((await request.get(u(url))).status(), url).toBe(200);
});
