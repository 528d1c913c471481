import { THEME_SCRIPT_HASH } from './theme-script';

/**
 * The Content-Security-Policy of every page. The build inlines no style and one script, the theme's
 * (allowed by its hash), so the policy can be sent as a header too.
 * Pagefind compiles its WebAssembly, which needs 'wasm-unsafe-eval' (not 'unsafe-eval').
 */
export const CSP_DIRECTIVES: Record<string, string> = {
  'default-src': "'self'",
  'script-src': `'self' 'wasm-unsafe-eval' ${THEME_SCRIPT_HASH}`,
  'style-src': "'self'",
  'img-src': "'self' data:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'worker-src': "'self'",
  'manifest-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
  'frame-src': "'none'",
};

/** Directives a `<meta>` policy ignores; they only work as an HTTP header. */
const HEADER_ONLY: Record<string, string> = { 'frame-ancestors': "'none'" };

const serialise = (directives: Record<string, string>) =>
  Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');

export const CSP_META = serialise(CSP_DIRECTIVES);
export const CSP_HEADER = serialise({ ...CSP_DIRECTIVES, ...HEADER_ONLY });

/** Security headers for static hosts that let a site set them (_headers, staticwebapp.config.json). */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CSP_HEADER,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};
