type Strings = Record<'copiedLink' | 'copiedMarkdown' | 'failed', string>;

/** "Copy link" and "Copy as Markdown" for a ticket; the text comes rendered with the page. */
export class AcsCopy extends HTMLElement {
  connectedCallback() {
    const strings = JSON.parse(this.dataset.strings ?? '{}') as Strings;
    const status = this.querySelector('[role="status"]')!;
    // A build without SITE_URL does not know its public address; the page's own is right.
    const link = this.dataset.link || `${location.origin}${location.pathname}`;
    const texts = { link, markdown: (this.dataset.markdown ?? '').replace('{url}', link) };
    this.hidden = false;
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
      button.addEventListener('click', async () => {
        const kind = button.dataset.copy === 'link' ? 'link' : 'markdown';
        try {
          await navigator.clipboard.writeText(texts[kind]);
          status.textContent = kind === 'link' ? strings.copiedLink : strings.copiedMarkdown;
        } catch {
          status.textContent = strings.failed;
        }
      });
    }
  }
}
