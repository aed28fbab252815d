/**
 * Puts Decap CMS's prebuilt editor where the site finds it (node_modules/decap-cms, read by
 * src/integrations/content-editor.ts), run by `npm install` as this package's postinstall.
 *
 * The site serves only that package's dist/ (one script build, React included). Installed as a
 * dependency, the package also brings its source dependencies, about 900 packages whose old React
 * peer ranges made every `npm install` print 16 peer-dependency overrides. So it is fetched alone,
 * as npm publishes it (`npm pack`, through the same registry and cache), pinned by version and
 * integrity (tests/unit/editor-install.test.ts checks the pin), and unpacked. To update it: change
 * both below to what `npm view decap-cms@<version> version dist.integrity` prints, then try /admin/.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DECAP_CMS = {
  version: '3.16.3',
  integrity: 'sha512-hf+dPlCh7TJmWl8+6VRzHYOWhri5xgUknrZbDewaWe4s9B7xJ8PQugp2QHeSldMUKzav6+z0oIpwUYhUJDYtYw==',
};

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const TARGET = join(ROOT, 'node_modules/decap-cms');
/** Written beside the unpacked package: the integrity it was checked against. */
const STAMP = join(TARGET, '.integrity');

export function installEditor() {
  if (existsSync(STAMP) && readFileSync(STAMP, 'utf8') === DECAP_CMS.integrity) return;
  // Unpacked next to its place (same file system), then moved in whole.
  const work = mkdtempSync(join(ROOT, 'node_modules/.decap-cms-'));
  try {
    const out = execFileSync(
      'npm',
      ['pack', `decap-cms@${DECAP_CMS.version}`, '--json', '--silent', '--pack-destination', work],
      {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
        shell: process.platform === 'win32',
      },
    );
    const [packed] = JSON.parse(out);
    if (packed.integrity !== DECAP_CMS.integrity) {
      throw new Error(
        `decap-cms@${DECAP_CMS.version} from the registry has integrity ${packed.integrity}, not the pinned ${DECAP_CMS.integrity}`,
      );
    }
    execFileSync('tar', ['-xzf', join(work, packed.filename), '-C', work]);
    writeFileSync(join(work, 'package/.integrity'), DECAP_CMS.integrity);
    rmSync(TARGET, { recursive: true, force: true });
    renameSync(join(work, 'package'), TARGET);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) installEditor();
