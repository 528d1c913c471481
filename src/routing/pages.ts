import type { AreaEntry } from '../schemas/area';
import type { CodeRecord } from '../schemas/record';
import { areaPath, FIXED_PAGES, guidePath, numberPath, SHELL_PAGES } from './urls';

export interface GuideRef {
  id: string;
  lang: string;
  slug: string;
  translationKey: string;
}

export type PageProps =
  | { kind: 'code'; record: CodeRecord }
  | { kind: 'area'; area: AreaEntry }
  | { kind: 'number'; number: number; records: CodeRecord[] }
  | { kind: 'guide'; guide: GuideRef; translations: GuideRef[] }
  | { kind: 'redirect'; to: string };

export interface RouteInput {
  records: CodeRecord[];
  areas: AreaEntry[];
  byNumber: Map<number, CodeRecord[]>;
  guides: GuideRef[];
  /** Old paths and the new paths they redirect to, with where they are written. */
  redirects: { from: string; to: string; file: string; line: number }[];
}

/** Every page of the rest routes, as root-relative path and props: one per record, area, number, guide and redirect. */
export function routeTable(input: RouteInput): { path: string; props: PageProps }[] {
  const { records, areas, byNumber, guides } = input;
  const pages: { path: string; props: PageProps }[] = [
    ...records.map((record) => ({ path: record.url, props: { kind: 'code' as const, record } })),
    ...areas.map((area) => ({ path: areaPath(area.slug), props: { kind: 'area' as const, area } })),
    // A number one record carries sends the reader straight to it: the full answer, one hop sooner.
    ...[...byNumber].map(([number, carriers]) => ({
      path: numberPath(number),
      props:
        carriers.length === 1
          ? { kind: 'redirect' as const, to: carriers[0]!.url }
          : { kind: 'number' as const, number, records: carriers },
    })),
    ...guides.map((guide) => ({
      path: guidePath(guide.lang, guide.slug),
      props: {
        kind: 'guide' as const,
        guide,
        translations: guides.filter((g) => g.translationKey === guide.translationKey && g !== guide),
      },
    })),
  ];
  // A page of its own (`src/pages/`) would win over an area or a guide of the same path, silently.
  const fixed = new Set<string>([...FIXED_PAGES, ...SHELL_PAGES]);
  const shadowed = pages.find((p) => fixed.has(p.path));
  if (shadowed)
    throw new Error(`${shadowed.path} is a page of the site itself: rename the ${shadowed.props.kind} that wants it`);
  const live = new Set([...FIXED_PAGES, ...pages.map((p) => p.path)]);
  const redirects = input.redirects.map(({ from, to, file, line }) => {
    const problem = redirectProblem(from, to, live);
    if (problem) throw new Error(`${file}:${line}: redirect ${from} → ${to}: ${problem}`);
    return { path: from, props: { kind: 'redirect' as const, to } };
  });
  return [...pages, ...redirects];
}

/** A redirect may only point at a page of this site, and never shadow one. */
export function redirectProblem(from: string, to: string, live: Set<string>): string | null {
  const sitePath = /^\/([a-z0-9-]+\/)*$/;
  if (!sitePath.test(from)) return 'the old path must be a lowercase site path ending in "/"';
  if (live.has(from)) return 'a page still lives at the old path; remove the redirect';
  if (!sitePath.test(to)) return 'the target must be a path of this site ("/…/"), never another host';
  if (!live.has(to)) return 'no page lives at the target';
  return null;
}

/** Every page of the site as a root-relative path, for the sitemap and the permalink check. */
export const pagePaths = (table: { path: string; props: PageProps }[]) => [
  ...FIXED_PAGES,
  ...table.filter((p) => p.props.kind !== 'redirect').map((p) => p.path),
];

/**
 * The `getStaticPaths` of a rest route: code pages have a file of their own (`[...code].astro`) so that
 * they load only their own small stylesheet; `[...slug].astro` builds every other page of the table.
 */
export function staticPaths(table: { path: string; props: PageProps }[], param: string, codePages: boolean) {
  return table
    .filter((page) => (page.props.kind === 'code') === codePages)
    .map(({ path, props }) => ({ params: { [param]: path.slice(1, -1) }, props }));
}
