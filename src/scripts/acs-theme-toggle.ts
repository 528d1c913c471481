import { THEME_KEY as KEY } from './theme-key';

const ORDER = ['system', 'light', 'dark'] as const;
type Theme = (typeof ORDER)[number];
type Strings = Record<Theme | 'label', string>;

/** Cycles System → Light → Dark; the choice is stored and applied before the first paint by the inline script of every page's head (src/site/theme-script.ts). */
export class AcsThemeToggle extends HTMLElement {
  connectedCallback() {
    const strings = JSON.parse(this.dataset.strings ?? '{}') as Strings;
    const button = this.querySelector('button')!;
    const show = (theme: Theme) => {
      button.querySelector('[data-label]')!.textContent = `${strings.label}: `;
      button.querySelector('[data-value]')!.textContent = strings[theme];
    };
    show(current());
    this.hidden = false;
    button.addEventListener('click', () => {
      const next = ORDER[(ORDER.indexOf(current()) + 1) % ORDER.length]!;
      apply(next);
      show(next);
    });
  }
}

function current(): Theme {
  const theme = document.documentElement.dataset.theme;
  return theme === 'light' || theme === 'dark' ? theme : 'system';
}

function apply(theme: Theme) {
  if (theme === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
  try {
    if (theme === 'system') localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, theme);
  } catch {
    // Storage can be disabled: the choice lasts for this page.
  }
}
