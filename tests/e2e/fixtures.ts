import { test as base, expect } from '@playwright/test';

import { BASE } from './base';

/**
 * Every browser test also checks that the page made no request to another host and logged no
 * error: the site must work offline and behind closed networks.
 */
export const test = base.extend<{ guard: undefined }>({
  guard: [
    async ({ page, baseURL }, use) => {
      // The site and the test's own second server: both on this machine, both the site.
      const local = (url: URL) =>
        url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.origin === new URL(baseURL!).origin;
      const foreign: string[] = [];
      const outsideBase: string[] = [];
      const errors: string[] = [];
      page.on('request', (request) => {
        const url = request.url();
        if (url.startsWith('data:') || url.startsWith('blob:')) return;
        if (!local(new URL(url))) foreign.push(url);
        else if (!new URL(url).pathname.startsWith(BASE)) outsideBase.push(url);
      });
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await use(undefined);
      expect(foreign, 'requests to other hosts').toEqual([]);
      expect(outsideBase, `requests outside the base path ${BASE}`).toEqual([]);
      // A test that provokes an error on purpose names it: test.info().annotations.push({ type: 'expected-error', description: 'text' }).
      const expected = test
        .info()
        .annotations.filter((a) => a.type === 'expected-error')
        .map((a) => a.description ?? '');
      expect(
        errors.filter((e) => !/status of 404/.test(e) && !expected.some((text) => e.includes(text))),
        'console errors',
      ).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
