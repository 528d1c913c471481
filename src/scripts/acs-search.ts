import { keepsAsPasted } from './paste';
import type { SearchReader } from './search-reader';

/**
 * The search button, its shortcuts (/ and Ctrl+K) and the dialog's opening and closing. The dialog is
 * in the page's HTML and opens at once, so keys typed right after the shortcut land in its box; what
 * searches them (`search-reader.ts`, with Pagefind) loads on first use, or when a pointer or the
 * focus reaches the button.
 */
export class AcsSearch extends HTMLElement {
  #dialog!: HTMLDialogElement;
  #input!: HTMLInputElement;
  #opener: HTMLElement | null = null;
  #reader: Promise<SearchReader> | undefined;

  connectedCallback() {
    this.#dialog = this.querySelector('dialog')!;
    this.#input = this.#dialog.querySelector('input')!;
    const button = this.querySelector<HTMLButtonElement>('[data-open]')!;
    this.querySelector<HTMLElement>('[data-fallback]')!.hidden = true;
    button.hidden = false;
    button.addEventListener('click', () => this.open());
    for (const event of ['focus', 'pointerenter'] as const)
      button.addEventListener(event, () => this.#withReader((reader) => reader.warm(true)), { once: true });
    document.addEventListener('keydown', (event) => this.#shortcut(event));
    // Caught here, not in the reader: a paste that lands while the reader loads would lose its lines.
    this.#input.addEventListener('paste', (event) => this.#paste(event));
    // Esc closes at once, even with text in the box (a search box would first clear itself).
    this.#dialog.addEventListener(
      'keydown',
      (event) => event.key === 'Escape' && (event.preventDefault(), this.close()),
    );
    this.#dialog.addEventListener('cancel', (event) => (event.preventDefault(), this.close()));
    this.#dialog.addEventListener('click', (event) => event.target === this.#dialog && this.close());
    this.querySelector('[data-close]')!.addEventListener('click', () => this.close());
  }

  /** Opens the dialog; `query` (from the lookup page's "Search for it") replaces the box's text. */
  open(query = '') {
    this.#opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!this.#dialog.open) this.#dialog.showModal();
    this.#input.focus();
    this.#withReader((reader) => reader.opened(query));
  }

  close() {
    this.#dialog.close();
    this.#opener?.focus();
  }

  #shortcut(event: KeyboardEvent) {
    const typing =
      event.target instanceof HTMLElement && event.target.closest('input, textarea, select, [contenteditable]');
    if ((event.key === '/' && !typing) || (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey))) {
      event.preventDefault();
      this.open();
    }
  }

  #paste(event: ClipboardEvent) {
    const text = event.clipboardData?.getData('text/plain') ?? '';
    if (!keepsAsPasted(text)) return;
    event.preventDefault();
    this.#withReader((reader) => reader.pasted(text));
  }

  /** Runs `use` once the reader has loaded (once per page); a failed load says so and is tried again on the next use. */
  #withReader(use: (reader: SearchReader) => void) {
    this.#reader ??= import('./search-reader').then(({ searchReader }) => searchReader(this));
    this.#reader.then(use, () => {
      this.#reader = undefined;
      this.#dialog.querySelector('[data-status]')!.textContent = this.dataset.failed ?? '';
    });
  }
}
