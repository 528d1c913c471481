import { excerptNodes } from './excerpt';
import { entryLink, groups, verdict, type MatchStrings } from './match-view';
import type { Exact, Hit } from './search-sources';

/** The search dialog's status line and its two result lists, exact matches and full text. */
export class SearchResults {
  readonly #exact: HTMLElement;
  readonly #full: HTMLElement;
  readonly #status: HTMLElement;

  constructor(
    dialog: HTMLDialogElement,
    private readonly base: string,
    private readonly s: MatchStrings,
  ) {
    this.#exact = dialog.querySelector<HTMLElement>('[data-exact]')!;
    this.#full = dialog.querySelector<HTMLElement>('[data-fulltext]')!;
    this.#status = dialog.querySelector<HTMLElement>('[data-status]')!;
  }

  show(text: string, { matches, open, titles }: Exact, hits: Hit[]) {
    this.say(text);
    const items = matches.flatMap((m) =>
      groups(m, this.s).flatMap((g) => [
        heading(g.title),
        ...g.entries.map((e) => item(entryLink(e, this.base, titles, this.s))),
      ]),
    );
    const said = matches.map((m) => verdict(m, this.s)).filter((v) => v !== null);
    this.#exact.querySelector('[data-verdict]')!.textContent = said.join(' ');
    this.#exact.querySelector('ul')!.replaceChildren(...items);
    this.#exact.hidden = items.length === 0 && said.length === 0;
    for (const link of this.#exact.querySelectorAll<HTMLAnchorElement>('a'))
      if (open && link.pathname.endsWith(open.url)) link.dataset.openRecord = '';
    this.#full.querySelector('ul')!.replaceChildren(...hits.map(hitItem));
    this.#full.hidden = hits.length === 0;
  }

  append(hit: Hit) {
    this.#full.hidden = false;
    this.#full.querySelector('ul')!.append(hitItem(hit));
  }

  say(text: string) {
    this.#status.textContent = text;
  }
}

const item = (node: Node) => {
  const li = document.createElement('li');
  li.append(node);
  return li;
};
const heading = (text: string) =>
  Object.assign(document.createElement('li'), {
    textContent: text,
    className: 'mt-2 text-xs font-semibold text-muted',
  });

function hitItem(hit: Hit): HTMLLIElement {
  const link = Object.assign(document.createElement('a'), { href: hit.url, className: 'search-result' });
  const title = Object.assign(document.createElement('span'), {
    textContent: hit.title,
    className: 'block font-mono font-semibold text-accent',
  });
  const text = Object.assign(document.createElement('span'), { className: 'block text-sm' });
  text.append(...excerptNodes(hit.excerpt));
  link.append(title, text);
  return item(link) as HTMLLIElement;
}
