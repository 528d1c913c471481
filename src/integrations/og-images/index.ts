import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { en } from '../../i18n/en';
import { ogImagePath } from '../../routing/og-image';
import type { CodesFile } from '../../schemas/public-record';
import { cardSvg, PNG_SCALE } from './card';

const require = createRequire(import.meta.url);
const FONTS = ['400Regular/IBMPlexMono_400Regular.ttf', '700Bold/IBMPlexMono_700Bold.ttf'].map((file) =>
  require.resolve(`@expo-google-fonts/ibm-plex-mono/${file}`),
);
/** What else decides the pixels: a new renderer or font makes new cards, not stale cached ones. */
const RENDERER = ['@resvg/resvg-js', '@expo-google-fonts/ibm-plex-mono']
  .map((name) => `${name}@${(require(`${name}/package.json`) as { version: string }).version}`)
  .join(' ');

/**
 * Writes a preview card (`/og/<record id>.png`) for every record of the build's `/codes.json`: its
 * numbers and message, drawn at build time from an npm font with no network. Cards are cached by the
 * hash of what they show, so a rebuild (the sub-path build, the reproducibility check) renders none again.
 */
export function ogImages(): AstroIntegration {
  let cache = '';
  return {
    name: 'acs-og-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        cache = path.join(fileURLToPath(config.cacheDir), 'og-images');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const started = performance.now();
        const { records } = JSON.parse(await readFile(path.join(out, 'codes.json'), 'utf8')) as CodesFile;
        const { titles } = JSON.parse(await readFile(path.join(out, 'lookup', 'meta.json'), 'utf8')) as {
          titles: Record<string, string>;
        };
        await mkdir(cache, { recursive: true });
        const cards = records.map((r) => {
          const svg = cardSvg(r, titles[r.area] ?? r.area, en.siteName);
          const key = createHash('sha256').update(`${RENDERER} ${PNG_SCALE}\n${svg}`).digest('hex');
          return { file: path.join(out, ogImagePath(r.url)), cached: path.join(cache, `${key}.png`), svg };
        });
        const missing = cards.filter((c) => !existsSync(c.cached));
        await renderAll(missing, async (card, png) => writeFile(card.cached, png));
        await Promise.all(
          cards.map(async (c) => {
            await mkdir(path.dirname(c.file), { recursive: true });
            await copyFile(c.cached, c.file);
          }),
        );
        logger.info(
          `${cards.length} preview cards (${missing.length} drawn, ${cards.length - missing.length} from the cache) in ${Math.round(performance.now() - started)} ms.`,
        );
      },
    },
  };
}

/** Draws the cards on a few worker threads; any failure fails the build. */
async function renderAll<T extends { svg: string }>(cards: T[], done: (card: T, png: Uint8Array) => Promise<void>) {
  if (cards.length === 0) return;
  // Nothing else runs at this point of the build: one worker per core.
  const size = Math.min(cards.length, availableParallelism(), 4);
  const workers = Array.from(
    { length: size },
    () =>
      new Worker(new URL('./render-worker.mjs', import.meta.url), {
        workerData: { fonts: FONTS, fitTo: { mode: 'zoom', value: PNG_SCALE } },
      }),
  );
  let next = 0;
  try {
    await Promise.all(
      workers.map(async (worker) => {
        while (next < cards.length) {
          const id = next++;
          const card = cards[id]!;
          const reply = await new Promise<{ png?: Uint8Array; error?: string }>((resolve, reject) => {
            worker.once('message', resolve);
            worker.once('error', reject);
            worker.postMessage({ id, svg: card.svg });
          });
          worker.removeAllListeners('error');
          if (reply.error) throw new Error(`Preview card ${card.svg.slice(0, 80)}…: ${reply.error}`);
          await done(card, reply.png!);
        }
      }),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
