// Renders preview cards (SVG → PNG) off the main thread, with the fonts shipped in an npm package only:
// no system fonts, so every machine draws the same pixels.
import { parentPort, workerData } from 'node:worker_threads';
import { Resvg } from '@resvg/resvg-js';

const font = { fontFiles: workerData.fonts, loadSystemFonts: false, defaultFontFamily: 'IBM Plex Mono' };

parentPort.on('message', ({ id, svg }) => {
  try {
    parentPort.postMessage({ id, png: new Resvg(svg, { font, fitTo: workerData.fitTo }).render().asPng() });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error) });
  }
});
