/**
 * The content editor: Decap CMS from its npm package, bundled by Vite into this site's own files.
 * The configuration comes from ./config.yml (the <link rel="cms-config-url"> on the page).
 */
import CMS from 'decap-cms-app';

CMS.init();
