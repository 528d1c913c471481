type Strings = Record<'copiedLink' | 'copiedMarkdown' | 'failed', string>;

/** "Copy link" and "Copy as Markdown" for a ticket; the text comes rendered with the page. */
export class AcsCopy extends HTMLElement {
  connectedCallback() {
    const strings = JSON.parse(this.dataset.strings ?? '{}') as Strings;
    const status = this.querySelector('[role="status"]')!;
    this.hidden = false;
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
      button.addEventListener('click', async () => {
        const kind = button.dataset.copy === 'link' ? 'link' : 'markdown';
        try {
          await navigator.clipboard.writeText(this.dataset[kind] ?? '');
          status.textContent = kind === 'link' ? strings.copiedLink : strings.copiedMarkdown;
        } catch {
          status.textContent = strings.failed;
        }
      });
    }
  }
}
