import { readFileSync } from 'node:fs';
import path from 'node:path';
import { absoluteUrl, siteUrlIsSet } from '../deploy';
import type { CodePageOptions } from './code';
import { repositoryUrl } from './issue';

const manifest = JSON.parse(readFileSync(path.resolve('package.json'), 'utf8')) as {
  repository?: string | { url?: string };
};

/**
 * What a code page takes from the build's settings: its public address (SITE_URL) and the repository
 * that "Report a mistake" opens an issue on (REPOSITORY_URL, package.json, or GitHub Actions').
 */
export const buildOptions: CodePageOptions = {
  // Without SITE_URL the build cannot know its public address: the page uses its own.
  link: (sitePath) => (siteUrlIsSet ? absoluteUrl(sitePath) : ''),
  repository: repositoryUrl(process.env, manifest.repository),
};
