import { createHash } from 'node:crypto';
import { THEME_KEY } from '../scripts/theme-key';

/**
 * Applies the theme chosen with the toggle before the first paint. Inline in every page's head, so no
 * request holds the first paint back; the Content-Security-Policy allows this one script by its hash.
 * Storage can be disabled: the system's theme then applies.
 */
export const THEME_SCRIPT = `try{var t=localStorage.getItem(${JSON.stringify(THEME_KEY)});if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}`;

/** The script's CSP source expression. */
export const THEME_SCRIPT_HASH = `'sha256-${createHash('sha256').update(THEME_SCRIPT).digest('base64')}'`;
