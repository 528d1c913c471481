/**
 * The link to the guide in another language, at the top of the guide: once the reader has gone to a
 * section (from the contents, or a link with its anchor), it opens the same section over there.
 */
export class AcsLangSwitch extends HTMLElement {
  connectedCallback() {
    const link = this.querySelector('a')!;
    const page = link.href.split('#')[0]!;
    const sections = JSON.parse(this.dataset.sections ?? '{}') as Record<string, string>;
    const follow = () => {
      const target = sections[decodeURIComponent(location.hash.slice(1))];
      link.href = target ? `${page}#${target}` : page;
    };
    follow();
    window.addEventListener('hashchange', follow);
  }
}
