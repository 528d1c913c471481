import { MAX_PASTE } from '../matcher/observe';
import { recordToOpen, type Match } from '../matcher/rank';
import { ExactIndex } from './exact-index';
import { reportTable, type ReportStrings } from './lookup-report';
import { entryLink, fill, groups, verdict } from './match-view';

type Strings = ReportStrings & Record<'noNumbers' | 'fullText' | 'loadFailed' | 'truncated' | 'looking', string>;

// Only the start of a long paste goes into the address bar; the page looks up all of it.
const MAX_URL_QUERY = 2_000;

/** Looks up pasted text: one code matched whole by one record opens it; anything else is explained. */
export class AcsLookup extends HTMLElement {
  #index!: ExactIndex;
  #strings!: Strings;

  connectedCallback() {
    this.#strings = JSON.parse(this.dataset.strings ?? '{}') as Strings;
    this.#index = new ExactIndex(this.dataset.base ?? '/');
    const form = this.querySelector('form')!;
    const box = this.querySelector('textarea')!;
    const q = new URLSearchParams(location.search).get('q') ?? '';
    box.value = q;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      history.pushState(null, '', `?q=${encodeURIComponent(box.value.slice(0, MAX_URL_QUERY))}`);
      void this.#run(box.value);
    });
    if (q.trim()) void this.#run(q);
  }

  async #run(text: string) {
    const s = this.#strings;
    this.#show([paragraph(s.looking)]);
    // Let the browser paint "Looking up…" before the work on a long paste starts.
    await new Promise((resolve) => setTimeout(resolve));
    let found: Awaited<ReturnType<ExactIndex['match']>>;
    let titles: Record<string, string>;
    try {
      [found, titles] = await Promise.all([this.#index.match(text), this.#index.meta().then((m) => m.titles)]);
    } catch {
      return this.#show([paragraph(s.loadFailed)]);
    }
    const { matches, truncated } = found;
    const note = truncated
      ? [paragraph(fill(s.truncated, { kb: Math.round(MAX_PASTE / 1000) }), 'text-sm text-muted')]
      : [];
    if (matches.length === 0) return this.#show([...note, paragraph(s.noNumbers), this.#fullTextButton(text)]);
    const open = recordToOpen(matches);
    if (open && !truncated) return location.replace(this.#href(open.url));
    const base = this.dataset.base ?? '/';
    if (matches.length > 1) return this.#show([...note, reportTable(matches, base, titles, s)]);
    this.#show([...note, ...this.#single(matches[0]!, titles), this.#fullTextButton(text)]);
  }

  #single(match: Match, titles: Record<string, string>): Node[] {
    const s = this.#strings;
    const said = verdict(match, s);
    const nodes: Node[] = said ? [paragraph(said)] : [];
    for (const group of groups(match, s)) {
      const list = Object.assign(document.createElement('ul'), { className: 'record-list mb-6' });
      for (const entry of group.entries) {
        const item = document.createElement('li');
        item.append(entryLink(entry, this.dataset.base ?? '/', titles, s));
        list.append(item);
      }
      nodes.push(heading(group.title), list);
    }
    return nodes;
  }

  /** Hands the text to the site search, whose Pagefind index also knows messages and advice. */
  #fullTextButton(text: string) {
    const button = Object.assign(document.createElement('button'), {
      type: 'button',
      textContent: this.#strings.fullText,
    });
    button.className = 'mt-3 rounded border border-line px-3 py-1.5 font-semibold';
    const search = document.querySelector<HTMLElement & { open(query: string): void }>('acs-search');
    button.addEventListener('click', () => search?.open(text.slice(0, 200)));
    return button;
  }

  #href(url: string) {
    return (this.dataset.base ?? '/').replace(/\/$/, '') + url;
  }

  #show(nodes: Node[]) {
    this.querySelector('[data-results]')!.replaceChildren(...nodes);
  }
}

const paragraph = (text: string, className = 'text-lg') =>
  Object.assign(document.createElement('p'), { textContent: text, className });
const heading = (text: string) =>
  Object.assign(document.createElement('h2'), { textContent: text, className: 'mb-3 text-xl font-semibold' });
