import { basePrefix } from '../routing/base';

/** Registers the service worker that keeps the site working offline (production builds only). */
export function registerServiceWorker() {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const base = basePrefix(import.meta.env.BASE_URL);
  void navigator.serviceWorker.register(`${base}sw.js`, { scope: base });
}
