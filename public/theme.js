// Applies the theme chosen with the toggle before the first paint (a file, not inline, for the CSP).
try {
  var theme = localStorage.getItem('acs-codes:theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
} catch {
  // Storage can be disabled: the system's theme applies.
}
