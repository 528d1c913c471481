/** Pagefind excerpts are HTML with <mark>; only the text and the marks are kept. */
export function excerptNodes(html: string): Node[] {
  const body = new DOMParser().parseFromString(html, 'text/html').body;
  return [...body.childNodes].map((node) =>
    node.nodeName === 'MARK'
      ? Object.assign(document.createElement('mark'), { textContent: node.textContent })
      : document.createTextNode(node.textContent ?? ''),
  );
}
