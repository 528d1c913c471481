type Strings = Record<'copyCode' | 'copiedCode', string>;

/** Adds a copy button to a highlighted code block. */
export class AcsCode extends HTMLElement {
  connectedCallback() {
    const strings = JSON.parse(document.getElementById('guide-strings')?.textContent ?? '{}') as Strings;
    const code = this.querySelector('pre')?.textContent ?? '';
    const button = Object.assign(document.createElement('button'), {
      type: 'button',
      textContent: strings.copyCode,
      className: 'code-copy',
    });
    button.addEventListener('click', async () => {
      await navigator.clipboard.writeText(code);
      button.textContent = strings.copiedCode;
      setTimeout(() => (button.textContent = strings.copyCode), 2000);
    });
    this.prepend(button);
  }
}
