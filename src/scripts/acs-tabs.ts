const STORAGE_KEY = 'acs-codes:tab';
const CHANGE = 'acs-tab-change';

/**
 * Turns the `<section data-tab>` panels rendered by remarkTabs into an ARIA tablist. Choosing a
 * tab selects the same language in every tab group of the page and is remembered across pages.
 */
export class AcsTabs extends HTMLElement {
  #tabs: HTMLButtonElement[] = [];
  #panels: HTMLElement[] = [];

  connectedCallback() {
    this.#panels = [...this.querySelectorAll<HTMLElement>(':scope > section[data-tab]')];
    const list = Object.assign(document.createElement('div'), { className: 'tab-list' });
    list.setAttribute('role', 'tablist');
    this.#tabs = this.#panels.map((panel, i) => {
      const id = `${this.#uid()}-${i}`;
      panel.id = `${id}-panel`;
      panel.setAttribute('role', 'tabpanel');
      panel.setAttribute('aria-labelledby', `${id}-tab`);
      panel.tabIndex = 0;
      panel.querySelector(':scope > .tab-title')?.setAttribute('hidden', '');
      const tab = Object.assign(document.createElement('button'), {
        type: 'button',
        id: `${id}-tab`,
        textContent: panel.dataset.label ?? '',
      });
      tab.setAttribute('role', 'tab');
      tab.setAttribute('aria-controls', panel.id);
      tab.dataset.tab = panel.dataset.tab;
      tab.addEventListener('click', () => AcsTabs.choose(panel.dataset.tab!));
      tab.addEventListener('keydown', (event) => this.#keys(event, i));
      return tab;
    });
    list.append(...this.#tabs);
    this.prepend(list);
    document.addEventListener(CHANGE, (event) => this.#select((event as CustomEvent<string>).detail));
    this.#select(readStoredTab() ?? '');
  }

  /** Selects a language in every group that has it, and remembers it. */
  static choose(tabId: string) {
    try {
      localStorage.setItem(STORAGE_KEY, tabId);
    } catch {
      // Storage can be disabled; the choice then lasts for this page only.
    }
    document.dispatchEvent(new CustomEvent(CHANGE, { detail: tabId }));
  }

  #select(tabId: string) {
    let index = this.#panels.findIndex((p) => p.dataset.tab === tabId);
    if (index < 0) {
      // A group without that language keeps its choice, or starts on its first tab.
      if (this.#tabs.some((t) => t.getAttribute('aria-selected') === 'true')) return;
      index = 0;
    }
    this.#tabs.forEach((tab, i) => {
      tab.setAttribute('aria-selected', String(i === index));
      tab.tabIndex = i === index ? 0 : -1;
      this.#panels[i]!.hidden = i !== index;
    });
  }

  #keys(event: KeyboardEvent, index: number) {
    const last = this.#tabs.length - 1;
    const target = {
      ArrowRight: index === last ? 0 : index + 1,
      ArrowLeft: index === 0 ? last : index - 1,
      Home: 0,
      End: last,
    }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const tab = this.#tabs[target]!;
    tab.focus();
    AcsTabs.choose(tab.dataset.tab!);
  }

  #uid() {
    return `tabs-${[...document.querySelectorAll('acs-tabs')].indexOf(this)}`;
  }
}

function readStoredTab(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}
