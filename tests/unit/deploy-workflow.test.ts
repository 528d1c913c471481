import { readFile } from 'node:fs/promises';
import { expect, test } from 'vitest';
import { parse } from 'yaml';

const workflow = parse(await readFile('.github/workflows/deploy.yml', 'utf8')) as {
  jobs: { build: { steps: { name?: string; run?: string; uses?: string; env?: Record<string, string> }[] } };
};
const steps = workflow.jobs.build.steps;
const index = (match: (step: (typeof steps)[number]) => boolean) => steps.findIndex(match);

test('the deploy workflow runs the unit tests and checks the built files before it publishes', () => {
  const publish = index((s) => s.uses?.startsWith('actions/upload-pages-artifact') ?? false);
  const unit = index((s) => s.run?.includes('npm run test:unit') ?? false);
  const site = index((s) => s.run?.includes('npm run test:site') ?? false);
  expect(unit).toBeGreaterThanOrEqual(0);
  expect(site).toBeGreaterThan(unit);
  expect(publish).toBeGreaterThan(site);
});

test('the deploy build must have a site URL', () => {
  const build = steps.find((s) => s.run?.includes('astro build'));
  expect(build?.env).toMatchObject({ DEPLOY: 'true' });
  expect(build?.env?.SITE_URL).toBeTruthy();
});
