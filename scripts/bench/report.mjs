// Turns bench results into the Markdown tables the README shows.

const table = (head, rows) =>
  [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
const n = (value, unit = '') =>
  value === undefined || value === null ? '—' : `${value.toLocaleString('en-US')}${unit}`;
const NOTES = { real: ' (real)', peer: ' (issue 18)', synthetic: '' };
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
        'records',
        'build',
        'Starlight',
        'runs (s)',
        'ms per record',
        'ms per added record',
        'peak RSS',
        'content sync',
        'pages',
        'Pagefind',
        'service worker',
        'HTML files',
      ],
      results.map((r) => [
        label(r),
        n(r.buildSeconds, ' s'),
        n(r.starlightSeconds, ' s'),
        r.buildRuns.join(', '),
        n(r.msPerRecord),
        n(perAdded.get(r)),
        n(r.peakRssMB, ' MB'),
        n(r.syncMs, ' ms'),
        n(r.pagesMs, ' ms'),
        n(r.pagefindMs, ' ms'),
        n(r.serviceWorkerMs, ' ms'),
        n(r.pages),
      ]),
    ),
    table(
      ['records', 'first visit to a code page (gzip, page + precache)', 'requests', 'worker active'],
      browsed.map((r) => [label(r), n(r.firstVisitGzipKB, ' KB'), n(r.firstVisitRequests), n(r.workerActiveMs, ' ms')]),
    ),
    table(
      [
        'records',
        'code page',
        '+ search',
        '/codes/',
        'exact, cold',
        'full text, cold',
        'full text, typed as it opens',
        'full text, warm',
        'filter keystroke (median / max)',
      ],
      browsed.map((r) => [
        label(r),
        n(r.codePageKB, ' KB'),
        n(r.codePageWithSearchKB, ' KB'),
        n(r.codesPageKB, ' KB'),
        n(r.exactLookupColdMs, ' ms'),
        n(r.fullTextColdMs, ' ms'),
        n(r.fullTextColdAtOpenMs, ' ms'),
        n(r.fullTextWarmMs, ' ms'),
        `${n(r.filterKeystrokeMs)} / ${n(r.filterKeystrokeMaxMs, ' ms')}`,
      ]),
    ),
  ];
  if (real?.lookup1MBLongestTaskMs !== undefined)
    sections.push(
      table(
        ['longest main-thread task', '1 MB paste', '10 MB paste'],
        [
          ['lookup', 'lookup'],
          ['search dialog', 'search'],
          ['`/codes/` filter', 'codesFilter'],
        ].map(([name, key]) => [
          name,
          n(real[`${key}1MBLongestTaskMs`], ' ms'),
          n(real[`${key}10MBLongestTaskMs`], ' ms'),
        ]),
      ),
    );
  return sections.join('\n\n');
}
