import { MAX_PASTE } from '../matcher/observe';
import { withBase } from '../routing/base';
import { recordToOpen, type Match } from '../matcher/rank';
import { ExactIndex } from './exact-index';
import { reportTable, type ReportStrings } from './lookup-report';
import { entryLink, fill, groups, verdict } from './match-view';

type Strings = ReportStrings &
  Record<'noNumbers' | 'fullText' | 'loadFailed' | 'truncated' | 'looking' | 'held' | 'heldCut', string>;

// Only the start of a long paste goes into the address bar; the page looks up all of it.
const MAX_URL_QUERY = 2_000;
// A textarea lays out every line it holds: a 10 MB paste, or 100,000 empty lines, would freeze the tab
// for seconds. A paste longer than HOLD_OVER characters or HOLD_LINES lines is kept here, and the box
// shows its first PREVIEW characters.
const HOLD_OVER = 20_000;
const HOLD_LINES = 1_000;
const PREVIEW = 10_000;

/** Looks up pasted text: one code matched whole by one record opens it; anything else is explained. */
export class AcsLookup extends HTMLElement {
  #index!: ExactIndex;
  #strings!: Strings;
  #held: string | null = null;

  connectedCallback() {
    this.#strings = JSON.parse(this.dataset.strings ?? '{}') as Strings;
    this.#index = new ExactIndex(this.dataset.base ?? '/');
    const form = this.querySelector('form')!;
    const box = this.querySelector('textarea')!;
    const q = new URLSearchParams(location.search).get('q') ?? '';
    // An address can carry more than the box should lay out: it is held like a long paste.
    this.#fill(box, q);
    box.addEventListener('paste', (event) => this.#paste(event, box));
    // Typing in the box makes its text the query again.
    box.addEventListener('input', () => this.#hold(null));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const text = this.#held ?? box.value;
      history.pushState(null, '', `?q=${encodeURIComponent(text.slice(0, MAX_URL_QUERY))}`);
      void this.#run(text);
    });
    if (q.trim()) void this.#run(q);
  }

  #paste(event: ClipboardEvent, box: HTMLTextAreaElement) {
    const text = event.clipboardData?.getData('text/plain') ?? '';
    if (!tooLongToShow(text)) return;
    event.preventDefault();
    this.#fill(box, text);
  }

  /** Puts text in the box, or, when it is too long to lay out, its start, and holds the whole. */
  #fill(box: HTMLTextAreaElement, text: string) {
    if (!tooLongToShow(text)) {
      box.value = text;
      return;
    }
    const preview = text.slice(0, PREVIEW);
    const cut = nthLineEnd(preview, HOLD_LINES) ?? preview.lastIndexOf('\n');
    box.value = cut > 0 ? preview.slice(0, cut) : preview;
    this.#hold(text);
  }

  #hold(text: string | null) {
    this.#held = text;
    const note = this.querySelector<HTMLElement>('[data-held]')!;
    note.hidden = text === null;
    if (text === null) return;
    const n = text.length.toLocaleString('en-US');
    const message = text.length > MAX_PASTE ? this.#strings.heldCut : this.#strings.held;
    note.textContent = fill(message, { n, max: MAX_PASTE.toLocaleString('en-US') });
  }

  async #run(text: string) {
    const s = this.#strings;
    this.#show([paragraph(s.looking)], false);
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
    return withBase(url, this.dataset.base ?? '/');
  }

  #show(nodes: Node[], done = true) {
    const results = this.querySelector<HTMLElement>('[data-results]')!;
    results.replaceChildren(...nodes);
    // After a lookup the reader's next step is the result: one Tab from its first link.
    if (done) results.focus();
  }
}

/** More than a box lays out quickly: HOLD_OVER characters or HOLD_LINES lines (counting stops there). */
const tooLongToShow = (text: string) => text.length > HOLD_OVER || nthLineEnd(text, HOLD_LINES) !== null;

/** Where line n of the text ends, or null when it has no more than n lines. */
function nthLineEnd(text: string, n: number): number | null {
  let at = -1;
  for (let line = 0; line < n; line++) {
    at = text.indexOf('\n', at + 1);
    if (at < 0) return null;
  }
  return at;
}

const paragraph = (text: string, className = 'text-lg') =>
  Object.assign(document.createElement('p'), { textContent: text, className });
const heading = (text: string) =>
  Object.assign(document.createElement('h2'), { textContent: text, className: 'mb-3 text-xl font-semibold' });
