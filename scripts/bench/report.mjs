// Turns bench results into the Markdown tables the README shows.
import { shapeTable } from './measure-freeze.mjs';

/** A Markdown table from columns given as `[header, cell of a row]`, so a header sits next to its value. */
const table = (columns, rows) =>
  [
    `| ${columns.map(([head]) => head).join(' | ')} |`,
    `| ${columns.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${columns.map(([, cell]) => cell(r)).join(' | ')} |`),
  ].join('\n');
const n = (value, unit = '') =>
  value === undefined || value === null ? '—' : `${value.toLocaleString('en-US')}${unit}`;
const NOTES = { real: ' (real)', peer: ' (issue 18)', synthetic: '' };
const filterCell = (r, rate) => {
  const f = r.filterPaint?.[rate];
  return f ? `${f.medianMs} / ${f.worstMs} ms (${f.keystrokes})` : '—';
};
const passWorsts = (r, rate) => r.filterPaint?.[rate]?.passWorstMs?.join(', ') ?? '—';
const filterRows = (r, rate) => n(r.filterPaint?.[rate]?.allRowsWorstMs, ' ms');
const label = (r) => `${r.records.toLocaleString('en-US')}${NOTES[r.run]}`;

/** Milliseconds each record added since the next smaller synthetic run: flat when the build is linear. */
function marginal(results) {
  const synthetic = results.filter((r) => r.run === 'synthetic').sort((a, b) => a.records - b.records);
  return new Map(
    synthetic.slice(1).map((r, i) => {
      const before = synthetic[i];
      return [r, Math.round(((r.buildSeconds - before.buildSeconds) * 100000) / (r.records - before.records)) / 100];
    }),
  );
}

export function report({ date, builds, results }) {
  const perAdded = marginal(results);
  const browsed = results.filter((r) => r.firstVisitRequests !== undefined);
  const real = results.find((r) => r.run === 'real');
  const sections = [
    `Measured ${date} by \`npm run bench\`; builds are medians of ${builds} cold builds.`,
    table(
      [
        ['records', label],
        ['build', (r) => n(r.buildSeconds, ' s')],
        ['Starlight', (r) => n(r.starlightSeconds, ' s')],
        ['runs (s)', (r) => r.buildRuns.join(', ')],
        ['ms per record', (r) => n(r.msPerRecord)],
        ['ms per added record', (r) => n(perAdded.get(r))],
        ['peak RSS', (r) => n(r.peakRssMB, ' MB')],
        ['content sync', (r) => n(r.syncMs, ' ms')],
        ['pages', (r) => n(r.pagesMs, ' ms')],
        ['Pagefind', (r) => n(r.pagefindMs, ' ms')],
        ['service worker', (r) => n(r.serviceWorkerMs, ' ms')],
        ['HTML files', (r) => n(r.pages)],
      ],
      results,
    ),
  ];
  // The browser tables only when the run measured pages in a browser (not with --no-browser).
  if (browsed.length > 0)
    sections.push(
      table(
        [
          ['records', label],
          ['first visit to a code page (gzip, page + precache)', (r) => n(r.firstVisitGzipKB, ' KB')],
          ['requests', (r) => n(r.firstVisitRequests)],
          ['worker active', (r) => n(r.workerActiveMs, ' ms')],
        ],
        browsed,
      ),
      table(
        [
          ['records', label],
          ['code page (gzip)', (r) => n(r.codePageKB, ' KB')],
          ['requests', (r) => n(r.codePageRequests)],
          [
            'heaviest code page (gzip, requests)',
            (r) => `${n(r.heaviestCodePageKB, ' KB')}, ${n(r.heaviestCodePageRequests)}`,
          ],
          [
            'LCP, 4× CPU (median / worst)',
            (r) => (r.codePageLcp ? `${r.codePageLcp.medianMs} / ${r.codePageLcp.worstMs} ms` : '—'),
          ],
          ['+ search', (r) => n(r.codePageWithSearchKB, ' KB')],
          ['/codes/', (r) => n(r.codesPageKB, ' KB')],
          ['exact, cold', (r) => n(r.exactLookupColdMs, ' ms')],
          ['full text, cold', (r) => n(r.fullTextColdMs, ' ms')],
          ['full text, typed as it opens', (r) => n(r.fullTextColdAtOpenMs, ' ms')],
          ['full text, warm', (r) => n(r.fullTextWarmMs, ' ms')],
        ],
        browsed,
      ),
      table(
        [
          ['records', label],
          ['filter keystroke to paint, 1× CPU (median / worst, keystrokes)', (r) => filterCell(r, 1)],
          ['4× CPU', (r) => filterCell(r, 4)],
          ['worst of each pass (1× / 4×)', (r) => `${passWorsts(r, 1)} / ${passWorsts(r, 4)}`],
          ['every row shown, worst (1× / 4×)', (r) => `${filterRows(r, 1)} / ${filterRows(r, 4)}`],
        ],
        browsed,
      ),
    );
  if (real?.lookup1MBLongestTaskMs !== undefined)
    sections.push(
      table(
        [
          ['longest main-thread task', ([name]) => name],
          ['1 MB paste', ([, key]) => n(real[`${key}1MBLongestTaskMs`], ' ms')],
          ['10 MB paste', ([, key]) => n(real[`${key}10MBLongestTaskMs`], ' ms')],
        ],
        [
          ['lookup', 'lookup'],
          ['search dialog', 'search'],
          ['`/codes/` filter', 'codesFilter'],
        ],
      ),
    );
  if (real?.pasteShapes) sections.push(shapeTable(real));
  if (real?.rowEdit) {
    const e = real.rowEdit;
    sections.push(
      `One row of \`content/sms.md\` edited, then rebuilt on the cache of the cold build before it: ${n(e.rebuildSeconds, ' s')} (content sync ${n(e.rebuildSyncMs, ' ms')}), against ${n(e.coldSeconds, ' s')} cold (content sync ${n(e.coldSyncMs, ' ms')}); medians of ${e.runs.length} pairs.`,
    );
  }
  if (real?.cliLogMs !== undefined)
    sections.push(
      `\`acs-codes\` on a ${n(real.cliLogKB, ' KB')} log: ${n(real.cliLogMs, ' ms')} from start to exit (median of ${real.cliRunsMs.length} runs: ${real.cliRunsMs.join(', ')} ms), ${n(real.cliLines)} codes listed.`,
    );
  return sections.join('\n\n');
}
