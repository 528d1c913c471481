// npm run bench [-- --records N ...]: builds the real content (without --records) and synthetic
// content of N records, then measures build, page weight and browser latency. Prints a table and
// writes bench/results.json. Never touches content/.
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { measureBrowser } from './bench/measure-browser.mjs';
import { measureBuild } from './bench/measure-build.mjs';
import { writeSyntheticContent } from './bench/synthetic-content.mjs';

const { values } = parseArgs({ options: { records: { type: 'string', multiple: true } } });
const runs = values.records?.map(Number) ?? ['real', 2000, 20000];
const port = 4477;
const origin = `http://localhost:${port}`;
const work = await mkdtemp(path.join(tmpdir(), 'acs-bench-'));
delete process.env.BASE_PATH;

async function measure(run) {
  const contentDir = run === 'real' ? path.resolve('content') : path.join(work, `content-${run}`);
  if (run !== 'real') await writeSyntheticContent(contentDir, run);
  const outDir = path.join(work, `dist-${run}`);
  const build = await measureBuild({ contentDir, outDir });
  const records = JSON.parse(await readFile(path.join(outDir, 'codes.json'), 'utf8'));
  const sample = records[Math.floor(records.length / 2)];
  const server = spawn('node', ['scripts/serve.mjs', outDir, String(port)], { stdio: 'ignore' });
  await new Promise((r) => setTimeout(r, 500));
  try {
    const browser = await measureBrowser({
      origin,
      outDir,
      codePage: sample.url,
      areaPage: `/${sample.area}/`,
      number: String(sample.subcode ?? sample.code),
      words: run === 'real' ? ['speaker', 'network'] : ['delivery', 'camera'],
    });
    return { records: records.length, ...build, ...browser };
  } finally {
    server.kill();
    await rm(outDir, { recursive: true, force: true });
  }
}

const results = [];
for (const run of runs) {
  console.error(`Measuring ${run === 'real' ? 'the real content' : `${run} synthetic records`}…`);
  results.push(await measure(run));
}
await rm(work, { recursive: true, force: true });
await mkdir('bench', { recursive: true });
await writeFile('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
console.table(results);
console.log('Written to bench/results.json');
