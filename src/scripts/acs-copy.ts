type Strings = Record<'copiedLink' | 'copiedMarkdown' | 'failed', string>;

/**
 * "Copy link" and "Copy as Markdown" for a ticket; the text comes rendered with the page. A key
 * (`data-shortcut`) copies the link from anywhere on the page except a field being typed in.
 */
export class AcsCopy extends HTMLElement {
  #texts = { link: '', markdown: '' };
  #strings!: Strings;

  connectedCallback() {
    this.#strings = JSON.parse(this.dataset.strings ?? '{}') as Strings;
    // A build without SITE_URL does not know its public address; the page's own is right.
    const link = this.dataset.link || `${location.origin}${location.pathname}`;
    const markdown = (this.dataset.markdown ?? '').replaceAll('{url}', link).replaceAll('{origin}', location.origin);
    this.#texts = { link, markdown };
    this.hidden = false;
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-copy]'))
      button.addEventListener('click', () => void this.#copy(button.dataset.copy === 'link' ? 'link' : 'markdown'));
    document.addEventListener('keydown', this.#onKey);
  }

  disconnectedCallback() {
    document.removeEventListener('keydown', this.#onKey);
  }

  #onKey = (event: KeyboardEvent) => {
    if (event.key.toLowerCase() !== this.dataset.shortcut || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.defaultPrevented || isTyping(event.target)) return;
    event.preventDefault();
    void this.#copy('link');
  };

  async #copy(kind: 'link' | 'markdown') {
    const status = this.querySelector('[role="status"]')!;
    try {
      await navigator.clipboard.writeText(this.#texts[kind]);
      status.textContent = kind === 'link' ? this.#strings.copiedLink : this.#strings.copiedMarkdown;
    } catch {
      status.textContent = this.#strings.failed;
    }
  }
}

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
