import { test as base, expect } from '@playwright/test';
import { BASE } from './base';

/**
 * Every browser test also checks that the page made no request to another host and logged no
 * error: the site must work offline and behind closed networks.
 */
export const test = base.extend<{ guard: undefined }>({
  guard: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL!).origin;
      const foreign: string[] = [];
      const outsideBase: string[] = [];
      const errors: string[] = [];
      page.on('request', (request) => {
        const url = request.url();
        if (url.startsWith('data:') || url.startsWith('blob:')) return;
        if (!url.startsWith(origin)) foreign.push(url);
        else if (!new URL(url).pathname.startsWith(BASE)) outsideBase.push(url);
      });
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await use(undefined);
      expect(foreign, 'requests to other hosts').toEqual([]);
      expect(outsideBase, `requests outside the base path ${BASE}`).toEqual([]);
      expect(
        errors.filter((e) => !/status of 404/.test(e)),
        'console errors',
      ).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
