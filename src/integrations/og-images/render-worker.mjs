// Renders preview cards (SVG → PNG) off the main thread, with the fonts shipped in an npm package only:
// no system fonts, so every machine draws the same pixels.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parentPort, workerData } from 'node:worker_threads';
import { Resvg } from '@resvg/resvg-js';

const font = { fontFiles: workerData.fonts, loadSystemFonts: false, defaultFontFamily: 'IBM Plex Mono' };

// Each Resvg holds its own font database and pixmap in native memory that V8 does not count, so nothing prompts a
// collection: drawing 2,000 cards took a cold build's peak RSS to 2.8 GB, and 0.95 GB with a collection every 25
// cards (README, Benchmark). A worker cannot be started with --expose-gc; a context made after the flag is set gets
// the function.
const COLLECT_EVERY = 25;
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc');
let rendered = 0;

parentPort.on('message', ({ id, svg }) => {
  try {
    parentPort.postMessage({ id, png: new Resvg(svg, { font, fitTo: workerData.fitTo }).render().asPng() });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error) });
  }
  if (++rendered % COLLECT_EVERY === 0) collect();
});
