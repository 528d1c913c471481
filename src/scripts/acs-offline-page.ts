import { codePageHtml } from '../components/code/page';
import { stringsFor } from '../i18n';
import { basePrefix, href } from '../routing/base';
import { codePageMeta } from '../site/page-data/code';
import { offlineShard, unpackPages, type OfflineShard } from '../site/page-data/offline';

/**
 * The offline code page. The worker answers a code page not visited yet with this page, at the
 * record's own address; this element finds the record's data in the offline files and renders it
 * with the code page's own template, so the reader gets the page, its address and Copy link.
 */
export class AcsOfflinePage extends HTMLElement {
  async connectedCallback() {
    const path = `/${location.pathname.slice(basePrefix(import.meta.env.BASE_URL).length)}`;
    const shard = offlineShard(path);
    const page = shard ? await find(shard, path) : null;
    const t = stringsFor(page?.lang);
    if (!page) {
      if (shard) this.querySelector('p')!.textContent = t.offline.notFound;
      return;
    }
    this.innerHTML = codePageHtml(t, page);
    document.title = codePageMeta(page).title;
  }
}

async function find(shard: string, path: string) {
  const response = await fetch(href(`/offline/${shard}.json`)).catch(() => null);
  if (!response?.ok) return null;
  return unpackPages((await response.json()) as OfflineShard).find((p) => p.url === path) ?? null;
}
