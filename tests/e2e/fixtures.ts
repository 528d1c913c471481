import { test as base, expect } from '@playwright/test';

/**
 * Every browser test also checks that the page made no request to another host and logged no
 * error: the site must work offline and behind closed networks.
 */
export const test = base.extend<{ guard: undefined }>({
  guard: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL!).origin;
      const foreign: string[] = [];
      const errors: string[] = [];
      page.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
      });
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await use(undefined);
      expect(foreign, 'requests to other hosts').toEqual([]);
      expect(
        errors.filter((e) => !/status of 404/.test(e)),
        'console errors',
      ).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
