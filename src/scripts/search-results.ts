import { listed } from '../matcher/rank';
import { excerptNodes } from './excerpt';
import { entryLink, fill, groups, verdict, type MatchStrings } from './match-view';
import type { Exact, Hit } from './search-sources';

export type ResultStrings = MatchStrings & Record<'showMore' | 'alsoExact', string>;

// A long log can match hundreds of records: the first ones show at once, the rest behind a button that says how many.
const EXACT_PAGE = 24;

/** The search dialog's status line and its two result lists, exact matches and full text. */
export class SearchResults {
  readonly #exact: HTMLElement;
  readonly #full: HTMLElement;
  readonly #status: HTMLElement;
  readonly #held: HTMLElement;
  #exactPaths = new Set<string>();

  constructor(
    dialog: HTMLDialogElement,
    private readonly base: string,
    private readonly s: ResultStrings,
  ) {
    this.#exact = dialog.querySelector<HTMLElement>('[data-exact]')!;
    this.#full = dialog.querySelector<HTMLElement>('[data-fulltext]')!;
    this.#status = dialog.querySelector<HTMLElement>('[data-status]')!;
    this.#held = dialog.querySelector<HTMLElement>('[data-held]')!;
  }

  /** Says that the box shows a flattened paste, or nothing once the reader types. */
  held(note: string | null) {
    this.#held.hidden = note === null;
    this.#held.textContent = note ?? '';
  }

  /** Every exact match, headed by what it matches; how many there are is `exactCount`. */
  showExact({ matches, open, titles }: Exact) {
    const items = matches.flatMap((m) =>
      groups(m, this.s).flatMap((g) => [
        heading(g.title),
        ...g.entries.map((e) => item(entryLink(e, this.base, titles, this.s))),
      ]),
    );
    const said = matches.map((m) => verdict(m, this.s)).filter((v) => v !== null);
    this.#exact.querySelector('[data-verdict]')!.textContent = said.join(' ');
    const list = this.#exact.querySelector('ul')!;
    list.replaceChildren(...firstPage(items));
    const rest = items.slice(list.children.length);
    if (rest.length > 0)
      list.append(
        this.#moreButton(countLinks(rest), () => {
          list.append(...rest);
          return rest.find((li) => li.querySelector('a'))?.querySelector('a') ?? null;
        }),
      );
    this.#exact.hidden = items.length === 0 && said.length === 0;
    for (const link of this.#exact.querySelectorAll<HTMLAnchorElement>('a'))
      if (open && link.pathname.endsWith(open.url)) link.dataset.openRecord = '';
    this.#exactPaths = new Set(
      matches.flatMap((m) => [...m.whole, ...m.partial.flatMap((p) => p.entries)]).map((e) => e.url),
    );
    this.clearFullText();
  }

  clearFullText() {
    this.#full.querySelector('ul')!.replaceChildren();
    this.#full.hidden = true;
  }

  /** Adds a page of full-text results; a record also listed as an exact match says so instead of being left out. */
  appendHit(hit: Hit) {
    this.#full.hidden = false;
    const path = new URL(hit.url, location.href).pathname.slice(this.base.length - 1);
    this.#full.querySelector('ul')!.append(hitItem(hit, this.#exactPaths.has(path) ? this.s.alsoExact : null));
  }

  /** The button under the full-text list that loads the next page, or none when all are shown. */
  offerMore(remaining: number, next: number, load: () => void) {
    const list = this.#full.querySelector('ul')!;
    list.querySelector('[data-more]')?.closest('li')?.remove();
    if (remaining > 0) list.append(this.#moreButton(Math.min(next, remaining), () => (load(), null)));
  }

  say(text: string) {
    this.#status.textContent = text;
  }

  /** A "Show n more" button; `reveal` shows them and may return the first one, which then takes the focus. */
  #moreButton(n: number, reveal: () => HTMLElement | null): HTMLLIElement {
    const button = Object.assign(document.createElement('button'), {
      type: 'button',
      textContent: fill(this.s.showMore, { n }),
      className: 'mt-2 ml-2 rounded border border-line px-3 py-1 text-sm font-semibold',
    });
    button.dataset.more = '';
    const li = item(button);
    button.addEventListener('click', () => {
      li.remove();
      reveal()?.focus();
    });
    return li;
  }
}

/** Every exact match, whole and partial: the count the status line gives. */
export const exactCount = ({ matches }: Exact) => matches.reduce((n, m) => n + listed(m), 0);

function firstPage(items: HTMLLIElement[]): HTMLLIElement[] {
  let links = 0;
  const page: HTMLLIElement[] = [];
  for (const li of items) {
    if (li.querySelector('a') && links === EXACT_PAGE) break;
    if (li.querySelector('a')) links++;
    page.push(li);
  }
  return page;
}

const countLinks = (items: HTMLLIElement[]) => items.filter((li) => li.querySelector('a')).length;

const item = (node: Node): HTMLLIElement => {
  const li = document.createElement('li');
  li.append(node);
  return li;
};
const heading = (text: string) =>
  Object.assign(document.createElement('li'), {
    textContent: text,
    className: 'mt-2 text-xs font-semibold text-muted',
  });

function hitItem(hit: Hit, note: string | null): HTMLLIElement {
  const link = Object.assign(document.createElement('a'), { href: hit.url, className: 'search-result' });
  const title = Object.assign(document.createElement('span'), {
    textContent: hit.title,
    className: 'block font-mono font-semibold text-accent',
  });
  const text = Object.assign(document.createElement('span'), { className: 'block text-sm' });
  text.append(...excerptNodes(hit.excerpt));
  link.append(title, text);
  if (note)
    link.append(
      Object.assign(document.createElement('span'), { textContent: note, className: 'block text-xs text-muted' }),
    );
  return item(link);
}
