import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { u } from './base';
import { carrying, records, titles } from './data';
import { loadCorpus } from '../unit/matcher/corpus';

async function search(page: Page, query: string) {
  await page.goto(u('/sms/'));
  await page.getByRole('button', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('searchbox', { name: 'Search codes and messages' }).fill(query);
  return dialog;
}

const firstResult = (dialog: ReturnType<Page['getByRole']>) => dialog.locator('section:not([hidden]) a').first();

const exactCases: [string, string][] = [
  ['10003', '/calling/487/10003/'],
  ['487/10003', '/calling/487/10003/'],
  ['487 10003', '/calling/487/10003/'],
  ['487-10003', '/calling/487/10003/'],
  ['41006', '/calling/400/41006/'],
  ['4007', '/sms/4007/'],
  ['3112', '/calling/410/3112/'],
];

for (const [query, url] of exactCases) {
  test(`the exact match for ${query} comes first`, async ({ page }) => {
    const dialog = await search(page, query);
    await expect(dialog.locator('[data-exact]')).toBeVisible();
    await expect(firstResult(dialog)).toHaveAttribute('href', u(url));
  });
}

test('Enter opens the one record that matches the whole pair', async ({ page }) => {
  const dialog = await search(page, '400/41006');
  await expect(firstResult(dialog)).toBeVisible();
  await dialog.getByRole('searchbox').press('Enter');
  await expect(page).toHaveURL(/\/calling\/400\/41006\/$/);
});

test('a number that several areas document lists each of its records', async ({ page }) => {
  const dialog = await search(page, '560403');
  for (const r of carrying(560403)) await expect(dialog.locator(`[data-exact] a[href="${u(r.url)}"]`)).toHaveCount(1);
});

test('487/99999 says 99999 is not documented and Enter opens nothing', async ({ page }) => {
  const dialog = await search(page, '487/99999');
  await expect(dialog.getByText('No record documents code 487 with subcode 99999.')).toBeVisible();
  await dialog.getByRole('searchbox').press('Enter');
  await expect(firstResult(dialog)).toBeFocused();
  await expect(page).toHaveURL(/\/sms\/$/);
});

test('a number several records carry: Enter moves to the results instead of opening one', async ({ page }) => {
  const dialog = await search(page, '403');
  await expect(firstResult(dialog)).toBeVisible();
  await dialog.getByRole('searchbox').press('Enter');
  await expect(firstResult(dialog)).toBeFocused();
  await expect(page).toHaveURL(/\/sms\/$/);
});

test('words find full-text results from Pagefind', async ({ page }) => {
  const dialog = await search(page, 'speaker enumeration');
  await expect(dialog.locator('[data-fulltext] a').first()).toHaveAttribute('href', u('/calling/405/40606/'));
  await expect(dialog.locator('[data-exact]')).toBeHidden();
});

/** Clicks "Show … more" in a section until every result is listed. */
/** Shows every result of a section, once the search has answered (the status counts its results). */
async function showAll(section: ReturnType<Page['locator']>) {
  await expect(section.page().getByRole('dialog').getByRole('status')).toHaveText(/\d+ exact/);
  const more = section.locator('[data-more]');
  while ((await more.count()) > 0) await more.first().click();
}

test('exact matches carry the number itself, not numbers it is a prefix of', async ({ page }) => {
  const dialog = await search(page, '400');
  await showAll(dialog.locator('[data-exact]'));
  await expect(dialog.locator(`[data-exact] a[href="${u('/call-automation/status/400/')}"]`)).toHaveCount(1);
  const labels = await dialog.locator('[data-exact] a > span:first-child').allTextContents();
  for (const label of labels) expect(label).toMatch(/\b400\b/);
});

test('the status counts every exact match, and all of them can be shown', async ({ page }) => {
  const dialog = await search(page, '400');
  await expect(dialog.getByRole('status')).toHaveText(
    new RegExp(`^${carrying(400).length} exact and \\d+ full-text results$`),
  );
  await showAll(dialog.locator('[data-exact]'));
  await expect(dialog.locator('[data-exact] a')).toHaveCount(carrying(400).length);
});

test('every full-text match can be shown, page by page, and the count says how many', async ({ page }) => {
  const dialog = await search(page, 'busy');
  await expect(dialog.getByRole('status')).toHaveText(/full-text results$/);
  const total = Number(/(\d+) full-text/.exec((await dialog.getByRole('status').textContent())!)![1]);
  expect(total).toBeGreaterThan(8);
  await expect(dialog.locator('[data-fulltext] a')).toHaveCount(8);
  await showAll(dialog.locator('[data-fulltext]'));
  await expect(dialog.locator('[data-fulltext] a')).toHaveCount(total);
});

test('a full-text result that is also an exact match says so instead of being left out', async ({ page }) => {
  const dialog = await search(page, '4007');
  await expect(dialog.locator(`[data-fulltext] a[href="${u('/sms/4007/')}"]`)).toContainText('also an exact match');
});

test('a Q.850 cause typed alone is listed, and never under "no record documents"', async ({ page }) => {
  const dialog = await search(page, '34');
  await expect(firstResult(dialog)).toHaveAttribute('href', u('/q850/34/'));
  await expect(dialog.getByText(/No record documents/)).toHaveCount(0);
});

test('SIP in the query lists the SIP response first', async ({ page }) => {
  const dialog = await search(page, 'SIP 486');
  await expect(firstResult(dialog)).toHaveAttribute('href', u('/sip/486/'));
});

test('an SDK name finds the record it names, and Enter opens it', async ({ page }) => {
  const dialog = await search(page, 'NoNgcEndpoint');
  await expect(firstResult(dialog)).toHaveAttribute('href', u('/calling/480/10037/'));
  await dialog.getByRole('searchbox').press('Enter');
  await expect(page).toHaveURL(/\/calling\/480\/10037\/$/);
});

/** Pastes text into the dialog's box as a reader would, with its line breaks and tabs. */
async function pasteInto(page: Page, text: string) {
  await page.goto(u('/sms/'));
  await page.getByRole('button', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog');
  // The browser inserts a one-line paste itself; a synthetic paste event would not, so that one is typed.
  if (!/[\n\t]/.test(text) && text.length <= 500) {
    await dialog.getByRole('searchbox').fill(text);
    return dialog;
  }
  await dialog.getByRole('searchbox').evaluate((box, pasted) => {
    const clipboardData = new DataTransfer();
    clipboardData.setData('text/plain', pasted);
    box.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
  }, text);
  return dialog;
}

test('pasted Log Analytics rows keep their tabs and lines: no year of a timestamp is read as a subcode', async ({
  page,
}) => {
  const dialog = await pasteInto(
    page,
    'TimeGenerated\tParticipantEndReason\tParticipantEndSubCode\n2024-05-01T10:00:00Z\t403\t560403',
  );
  await expect(firstResult(dialog)).toHaveAttribute('href', u('/pstn/403/560403/'));
  await expect(dialog.locator('[data-exact]').getByText(/2024/)).toHaveCount(0);
  await expect(dialog.getByText(/Pasted \d+ characters on 2 lines/)).toBeVisible();
});

test('a paste made while the search is still loading keeps its lines', async ({ page }) => {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  let requests = 0;
  await page.route(/\/search-reader\.[\w-]+\.js$/, async (route) => {
    requests++;
    await held;
    await route.continue();
  });
  const dialog = await pasteInto(page, 'ParticipantEndReason\tParticipantEndSubCode\n403\t560403');
  release();
  await expect(firstResult(dialog)).toHaveAttribute('href', u('/pstn/403/560403/'));
  await expect(dialog.getByText(/Pasted \d+ characters on 2 lines/)).toBeVisible();
  expect(requests).toBe(1);
});

// A sample of the corpus of real pastes (every eighth, from the fifth; PASTES=all for every one): the unit
// tests run all of them.
const sample = loadCorpus().filter((_, i) => process.env.PASTES === 'all' || i % 8 === 4);

test.describe('real pastes in the search dialog', () => {
  for (const paste of sample)
    test(`${paste.name} ${paste.opens ? `opens ${paste.opens} on Enter` : 'opens nothing on Enter'}`, async ({
      page,
    }) => {
      const dialog = await pasteInto(page, paste.text);
      await expect(dialog.getByRole('status')).not.toHaveText(/…$/);
      if (paste.reads.length === 0) await expect(dialog.locator('[data-exact] a')).toHaveCount(0);
      const open = dialog.locator('[data-open-record]');
      if (paste.opens) await expect(open).toHaveAttribute('href', u(paste.opens));
      else await expect(open).toHaveCount(0);
    });
});

test('the area filter lists every area and narrows the results', async ({ page }) => {
  const dialog = await search(page, 'busy');
  const area = dialog.getByRole('combobox', { name: 'Area' });
  await expect(area.locator('option')).toHaveText(['All areas', ...Object.values(titles).sort()]);
  await area.selectOption('PSTN');
  await expect(dialog.locator('[data-fulltext] a').first()).toHaveAttribute('href', new RegExp(`^${u('/pstn/')}`));
  await expect(dialog.locator(`[data-fulltext] a:not([href^="${u('/pstn/')}"])`)).toHaveCount(0);
});

test('the category filter lists every result category the records have', async ({ page }) => {
  const dialog = await search(page, 'busy');
  const categories = [...new Set(records.flatMap((r) => r.resultCategory ?? []))].sort();
  expect(categories.length).toBeGreaterThan(1);
  await expect(dialog.getByRole('combobox', { name: 'Result category' }).locator('option')).toHaveText([
    'All categories',
    ...categories,
  ]);
});

test('Ctrl+K opens the search from any page', async ({ page }) => {
  await page.goto(u('/calling/487/10003/'));
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('dialog')).toBeVisible();
  await expect(page.getByRole('dialog').getByRole('searchbox')).toBeFocused();
});

test.describe('while a deploy is uploading', () => {
  // The offline worker answers from its own copy of the index, out of reach of page.route: this is about the network.
  test.use({ serviceWorkers: 'block' });

  test('a search index chunk that cannot be loaded says the index is being updated', async ({ page }) => {
    test.info().annotations.push({ type: 'expected-error', description: 'Failed to load the index chunk' });
    await page.route('**/pagefind/index/**', (route) => route.fulfill({ status: 404, body: 'Not found' }));
    await page.route('**/pagefind/fragment/**', (route) => route.fulfill({ status: 404, body: 'Not found' }));
    const dialog = await search(page, 'carrier');
    await expect(dialog.getByRole('status')).toHaveText('The search index is being updated; reload in a minute.');
  });
});
