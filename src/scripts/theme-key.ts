/** Where the theme chosen with the toggle is kept: read by the inline script in every page's head (src/site/theme-script.ts). */
export const THEME_KEY = 'acs-codes:theme';
