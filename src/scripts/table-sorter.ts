import type { TableView } from './table-view';

/**
 * Sortable column headers: a button in each header cell, `aria-sort` and a visible arrow on the
 * sorted one. The state is `<column>` ascending or `-<column>` descending, for the query string.
 */
export class TableSorter {
  #headers: HTMLTableCellElement[];

  constructor(
    table: HTMLTableElement,
    private readonly view: TableView,
    label: string,
    private readonly changed: () => void,
  ) {
    this.#headers = [...table.tHead!.rows[0]!.cells];
    this.#headers.forEach((th, column) => {
      const button = Object.assign(document.createElement('button'), { type: 'button', className: 'sort-button' });
      button.setAttribute('aria-label', label.replace('{column}', th.textContent?.trim() ?? ''));
      button.append(
        ...th.childNodes,
        Object.assign(document.createElement('span'), { className: 'sort-arrow', ariaHidden: 'true' }),
      );
      th.append(button);
      button.addEventListener('click', () => {
        this.#sort(column, th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending');
        this.changed();
      });
    });
  }

  state(): string {
    const column = this.#headers.findIndex((th) => th.hasAttribute('aria-sort'));
    if (column < 0) return '';
    return `${this.#headers[column]!.getAttribute('aria-sort') === 'descending' ? '-' : ''}${column}`;
  }

  restore(value: string) {
    const match = /^(-?)(\d+)$/.exec(value);
    const column = match ? Number(match[2]) : -1;
    if (!match || !this.#headers[column]) {
      for (const th of this.#headers) th.removeAttribute('aria-sort');
      return this.view.unsort();
    }
    this.#sort(column, match[1] ? 'descending' : 'ascending');
  }

  #sort(column: number, direction: 'ascending' | 'descending') {
    for (const th of this.#headers) th.removeAttribute('aria-sort');
    const th = this.#headers[column]!;
    th.setAttribute('aria-sort', direction);
    this.view.sort(column, th.dataset.sort ?? 'text', direction === 'ascending' ? 1 : -1);
  }
}
