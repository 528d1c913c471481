import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';

interface Step {
  name?: string;
  run?: string;
  uses?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
}
interface Job {
  needs?: string | string[];
  if?: string;
  permissions?: Record<string, string>;
  container?: { image: string };
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

const read = async (file: string) => ({
  text: await readFile(file, 'utf8'),
  workflow: parse(await readFile(file, 'utf8')) as Workflow,
});
const ci = await read('.github/workflows/ci.yml');
const azure = await read('.github/workflows/azure-static-web-apps.yml');
const needs = (job: Job) => [job.needs ?? []].flat();
/** Every job a job waits for, directly or through others. */
const upstream = (workflow: Workflow, name: string): string[] =>
  needs(workflow.jobs[name]!).flatMap((n) => [n, ...upstream(workflow, n)]);
const publishes = (job: Job) => job.steps.some((s) => /deploy-pages|static-web-apps-deploy/.test(s.uses ?? ''));

describe('the CI workflow', () => {
  test('runs .ci/run on every pull request and push', () => {
    expect(Object.keys(ci.workflow.on)).toEqual(expect.arrayContaining(['pull_request', 'push']));
    const runners = Object.entries(ci.workflow.jobs).filter(([, job]) =>
      job.steps.some((s) => s.run === 'bash .ci/run'),
    );
    expect(runners.map(([name]) => name)).toEqual(['test']);
    expect(ci.workflow.jobs.test!.if).toBeUndefined();
  });

  test('publishes only after the job that runs .ci/run passed', () => {
    const publishing = Object.keys(ci.workflow.jobs).filter((name) => publishes(ci.workflow.jobs[name]!));
    expect(publishing).toEqual(['deploy']);
    expect(upstream(ci.workflow, 'deploy')).toContain('test');
  });

  test('checks the deploy build before the artifact is uploaded', () => {
    const steps = ci.workflow.jobs[needs(ci.workflow.jobs.deploy!)[0]!]!.steps;
    const at = (match: (s: Step) => boolean) => steps.findIndex(match);
    const build = at((s) => /npm run build|astro build/.test(s.run ?? ''));
    const site = at((s) => s.run?.includes('npm run test:site') ?? false);
    const upload = at((s) => s.uses?.startsWith('actions/upload-pages-artifact') ?? false);
    expect(build).toBeGreaterThanOrEqual(0);
    expect(site).toBeGreaterThan(build);
    expect(upload).toBeGreaterThan(site);
  });

  test.each([
    ['GitHub Pages', ci],
    ['Azure Static Web Apps', azure],
  ])('the %s deploy build must have a site URL and says it is deployed', (_, { workflow }) => {
    const build = Object.values(workflow.jobs)
      .flatMap((job) => job.steps)
      .find((s) => /npm run build|astro build/.test(s.run ?? ''));
    expect(build?.env).toMatchObject({ DEPLOY: 'true' });
    expect(build?.env?.SITE_URL).toBeTruthy();
  });
});

describe('every workflow', () => {
  test.each([
    ['ci.yml', ci],
    ['azure-static-web-apps.yml', azure],
  ])('%s gives pages: write and id-token: write to no job but the one that publishes to Pages', (_, { workflow }) => {
    expect(workflow.permissions).toEqual({ contents: 'read' });
    const writers = Object.entries(workflow.jobs).filter(
      ([, job]) => job.permissions?.pages === 'write' || job.permissions?.['id-token'] === 'write',
    );
    for (const [, job] of writers) {
      expect(job.steps.every((s) => s.uses && !s.run)).toBe(true);
      expect(job.steps.some((s) => s.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
    }
  });

  test.each([
    ['ci.yml', ci],
    ['azure-static-web-apps.yml', azure],
  ])('%s pins every action by commit, with its version in a comment', (_, { text }) => {
    const uses = [...text.matchAll(/uses:\s*(\S+)(.*)$/gm)];
    expect(uses.length).toBeGreaterThan(0);
    const loose = uses.filter(([, ref, rest]) => !/@[0-9a-f]{40}$/.test(ref!) || !/#\s*v\d+/.test(rest!));
    expect(loose.map(([line]) => line)).toEqual([]);
  });

  test('the same action is pinned to the same commit everywhere', () => {
    const pins = new Map<string, Set<string>>();
    for (const [, action, sha] of `${ci.text}\n${azure.text}`.matchAll(/uses:\s*([^@\s]+)@(\S+)/g))
      pins.set(action!, (pins.get(action!) ?? new Set()).add(sha!));
    expect([...pins].filter(([, shas]) => shas.size > 1).map(([action]) => action)).toEqual([]);
  });
});
