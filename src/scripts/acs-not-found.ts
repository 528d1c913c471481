import { numbersInPath } from '../matcher/path';
import { withBase } from '../routing/base';
import { numberPath } from '../routing/urls';
import { ExactIndex } from './exact-index';

type Strings = Record<'numbers' | 'lookup', string>;

/**
 * The 404 page reads the numbers in the address (`/calling/487/99999/`), puts them in the lookup
 * box and links the number pages that exist, also offline where the worker serves this page.
 */
export class AcsNotFound extends HTMLElement {
  async connectedCallback() {
    const strings = JSON.parse(this.dataset.strings ?? '{}') as Strings;
    const base = this.dataset.base ?? '/';
    const numbers = numbersInPath(location.pathname.slice(base.length - 1));
    if (numbers.length === 0) return;
    const box = this.querySelector<HTMLInputElement>('input[name="q"]');
    if (box && !box.value) box.value = numbers.join('/');
    const index = new ExactIndex(base);
    const found = await Promise.all(
      numbers.map((n) =>
        index.match(n).then(
          (r) => r.matches[0]?.whole.length ?? 0,
          () => 0,
        ),
      ),
    );
    const known = numbers.filter((_, i) => found[i]! > 0);
    const list = this.querySelector('[data-numbers]')!;
    for (const n of known) {
      const link = Object.assign(document.createElement('a'), {
        href: withBase(numberPath(Number(n)), base),
        textContent: strings.numbers.replace('{n}', n),
      });
      const item = document.createElement('li');
      item.append(link);
      list.append(item);
    }
  }
}
