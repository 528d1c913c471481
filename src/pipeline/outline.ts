import GithubSlugger from 'github-slugger';

/**
 * Names tables after their nearest heading, as the build and the import both must: heading ids
 * are unique slugs, the first table under a heading takes the heading's id, a later one a new slug.
 */
export class Outline {
  #slugger = new GithubSlugger();
  #heading: { title: string; id: string; tables: number } | null = null;

  /** Registers a heading; returns its id. */
  heading(title: string): string {
    this.#heading = { title, id: this.#slugger.slug(title), tables: 0 };
    return this.#heading.id;
  }

  /** Names the next table, or null when no heading precedes it. */
  table(): { title: string; slug: string; ownAnchor: boolean } | null {
    const heading = this.#heading;
    if (!heading) return null;
    const ownAnchor = heading.tables++ > 0;
    return { title: heading.title, slug: ownAnchor ? this.#slugger.slug(heading.title) : heading.id, ownAnchor };
  }
}
