import { basePrefix } from '../routing/base';

/** Where a device that had no room for the offline copy remembers it, so the download is tried once. */
const UNAVAILABLE = 'acs-offline-unavailable';
/** A device may free storage: it tries again after this long (30 days). */
const RETRY_AFTER_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * Registers the service worker that keeps the site working offline (production builds only). When
 * the worker could not keep its offline copy (too little storage, or storage refused), the page says
 * offline use is unavailable on this device and never registers it again; online use is unaffected.
 */
export function registerServiceWorker() {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  if (remembered()) {
    showUnavailable();
    return;
  }
  const base = basePrefix(import.meta.env.BASE_URL);
  navigator.serviceWorker.addEventListener('message', (event: MessageEvent<{ type?: string }>) => {
    if (event.data?.type === UNAVAILABLE) giveUp();
  });
  navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).then(watchInstall, () => undefined);
}

/** A first install that fails leaves the worker redundant with none active: offline is unavailable here. */
function watchInstall(registration: ServiceWorkerRegistration | undefined) {
  // Undefined where the browser blocks service workers (a test that blocks them, some private modes).
  const worker = registration?.installing;
  worker?.addEventListener('statechange', () => {
    if (worker.state === 'redundant' && !registration?.active) giveUp();
  });
}

function giveUp() {
  try {
    localStorage.setItem(UNAVAILABLE, new Date().toISOString());
  } catch {
    // Storage refused altogether: the worker's own check stops the download on the next visit.
  }
  void navigator.serviceWorker.getRegistration().then((r) => r?.unregister());
  showUnavailable();
}

function remembered(): boolean {
  try {
    const since = Date.parse(localStorage.getItem(UNAVAILABLE) ?? '');
    return Date.now() - since < RETRY_AFTER_MS;
  } catch {
    return false;
  }
}

function showUnavailable() {
  const note = document.querySelector<HTMLElement>('[data-offline-unavailable]');
  if (note) note.hidden = false;
}
