// The one script every page loads (Base.astro): the header's search and theme toggle, Copy link, and
// the offline worker. One module keeps a code page's requests few; the rest of search loads on use.
import { AcsCopy } from './acs-copy';
import { AcsSearch } from './acs-search';
import { AcsThemeToggle } from './acs-theme-toggle';
import { registerServiceWorker } from './register-sw';

customElements.define('acs-search', AcsSearch);
customElements.define('acs-theme-toggle', AcsThemeToggle);
customElements.define('acs-copy', AcsCopy);
registerServiceWorker();
