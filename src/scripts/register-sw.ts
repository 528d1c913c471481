/** Registers the Workbox service worker that precaches the whole site for offline use (production builds only). */
export function registerServiceWorker() {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  void navigator.serviceWorker.register(`${base}sw.js`, { scope: base });
}
