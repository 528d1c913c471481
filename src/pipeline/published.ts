import type { Catalogue } from './load';

// The content loader (content.config.ts) runs in Vite's module runner and the integrations in
// Node's own loader: one process, two module instances. The build's catalogue crosses over on
// globalThis, so an integration can start work on the records while Astro renders the pages.
const KEY = Symbol.for('acs-error-codes.catalogue');
type Holder = typeof globalThis & { [KEY]?: Promise<Catalogue> };

/** Makes the catalogue being read available to the integrations of this process. */
export function publishCatalogue(catalogue: Promise<Catalogue>): void {
  (globalThis as Holder)[KEY] = catalogue;
}

/** The catalogue the content loader read in this process; throws if none was read. */
export function publishedCatalogue(): Promise<Catalogue> {
  const catalogue = (globalThis as Holder)[KEY];
  if (!catalogue) throw new Error('The content loader has not read the content in this process.');
  return catalogue;
}
