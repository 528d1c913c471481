import type { Candidate } from '../lib/lookup';
import { ExactIndex } from './exact-index';

type Strings = Record<'candidates' | 'noMatch' | 'noNumbers' | 'fullText' | 'loadFailed', string>;

// Long pastes are looked up in the page but only their start goes into the address bar.
const MAX_URL_QUERY = 2_000;

/** Looks up pasted text: one match opens its page, several are listed with the reason each matched. */
export class AcsLookup extends HTMLElement {
  #index!: ExactIndex;

  connectedCallback() {
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
    const strings = JSON.parse(this.dataset.strings ?? '{}') as Strings;
    let found: Awaited<ReturnType<ExactIndex['candidates']>>;
    let titles: Record<string, string>;
    try {
      [found, titles] = await Promise.all([this.#index.candidates(text), this.#index.titles()]);
    } catch {
      return this.#show([paragraph(strings.loadFailed)]);
    }
    const { candidates, numbers } = found;
    if (numbers === 0) return this.#show([paragraph(strings.noNumbers), this.#fullTextButton(text, strings.fullText)]);
    if (candidates.length === 1) return location.replace(this.#href(candidates[0]!.entry.url));
    if (candidates.length === 0)
      return this.#show([paragraph(strings.noMatch), this.#fullTextButton(text, strings.fullText)]);
    this.#show([heading(`${strings.candidates} (${candidates.length})`), this.#list(candidates, titles)]);
  }

  /** Hands the text to the site search, whose Pagefind index also knows messages and advice. */
  #fullTextButton(text: string, label: string) {
    const button = Object.assign(document.createElement('button'), { type: 'button', textContent: label });
    button.className = 'mt-3 rounded border border-line px-3 py-1.5 font-semibold';
    const search = document.querySelector<HTMLElement & { open(query: string): void }>('acs-search');
    button.addEventListener('click', () => search?.open(text.slice(0, 200)));
    return button;
  }

  #href(url: string) {
    return (this.dataset.base ?? '/').replace(/\/$/, '') + url;
  }

  #list(candidates: Candidate[], titles: Record<string, string>) {
    const list = document.createElement('ul');
    list.className = 'divide-y divide-line rounded border border-line';
    for (const { entry, reason } of candidates) {
      const link = Object.assign(document.createElement('a'), { href: this.#href(entry.url) });
      link.className =
        'grid gap-x-4 gap-y-1 px-3 py-2 text-ink no-underline hover:bg-card sm:grid-cols-[9rem_9rem_1fr]';
      link.append(
        span(entry.label, 'font-mono font-semibold text-accent'),
        span(titles[entry.area] ?? entry.area, 'text-sm text-muted'),
      );
      const text = span(entry.message, '');
      text.append(span(` — ${reason}`, 'text-sm text-muted'));
      link.append(text);
      const item = document.createElement('li');
      item.append(link);
      list.append(item);
    }
    return list;
  }

  #show(nodes: Node[]) {
    this.querySelector('[data-results]')!.replaceChildren(...nodes);
  }
}

const span = (text: string, className: string) =>
  Object.assign(document.createElement('span'), { textContent: text, className });
const paragraph = (text: string) =>
  Object.assign(document.createElement('p'), { textContent: text, className: 'text-lg' });
const heading = (text: string) =>
  Object.assign(document.createElement('h2'), { textContent: text, className: 'mb-3 text-xl font-semibold' });
