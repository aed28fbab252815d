/**
 * One fixture site for the build tests (tests/build/*): a copy of the project with content the real
 * repository does not have, built once and shared, where each build test used to build its own.
 * - A second edition of the South East charter (no source gives one), built under a sub-path to
 *   prove SITE and BASE (editions.test.ts).
 * - An image in public/ shown in the new edition's body, published under the sub-path (images.test.ts).
 * - A new framework with its mapping and no code change (tests/fixtures/new-framework;
 *   new-framework.test.ts).
 * - Hostile MDX (content-cannot-run-code.test.ts): a body whose code would write a marker file, a
 *   redirect smuggled through <noscript>, and images whose addresses would import a module planted in
 *   sources/ that writes a marker of its own. The copy is checked first without them (the fixture content
 *   is valid); then `npm run build` must refuse them at the check, and a plain `astro build` must
 *   refuse them in Astro's own MDX pipeline (src/lib/content/remark-mdx-safety.ts). The control build
 *   (Astro without that plugin, the redirect taken out) shows the code really would run. That
 *   control build is the site the other tests read.
 *
 * As vitest's global setup for the build project, it starts the builds in the background and
 * returns at once, so the other projects' tests run meanwhile; a test awaits `fixtureSite()`.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { inject } from 'vitest';
import type { TestProject } from 'vitest/node';
import { ROOT } from '../helpers/content';
import { applyEdits, type Edit } from '../helpers/fixtures';
import { execInBackground, projectCopyWith, type Run } from '../helpers/site-copy';

export const OLD = 'south-east';
export const NEW = 'south-east-2017';
export const SITE = 'https://charters.example.gov.uk';
export const BASE = '/atlas/';
/** A site path as a link in the fixture site gives it, under BASE. */
export const at = (path: string) => `${BASE.replace(/\/$/, '')}${path}`;
export const NEW_FRAMEWORK = 'fixture-north';
export const PAYLOAD_FILE = 'src/content/frameworks/east-midlands.mdx';
export const REDIRECT = '<noscript><meta http-equiv="refresh" content="0;url=https://evil.example/pwned" /></noscript>';
/** A module planted in sources/ that writes the image marker when it runs, and the words it would carry into a page. */
export const PLANTED_FILE = 'sources/planted.js';
export const PLANTED_WORDS = 'planted-module-output';
/**
 * Image addresses Astro would turn into imports of PLANTED_FILE (neither a URL nor /…), each written
 * as a publisher could: behind a #, relative, and through a reference.
 */
export const HOSTILE_IMAGES = [
  '#/../../../../sources/planted.js',
  posix.relative(posix.dirname(PAYLOAD_FILE), PLANTED_FILE),
  `${posix.relative(posix.dirname(PAYLOAD_FILE), PLANTED_FILE)}?x`,
];
export const IMAGE_PAYLOAD = `![a](${HOSTILE_IMAGES[0]})\n\n![b](${HOSTILE_IMAGES[1]})\n\n![c][planted]\n\n[planted]: ${HOSTILE_IMAGES[2]}`;
const HEADING = '## What is it and why do we need it?';
const PLUGIN_LINE = 'markdown: { processor: unified({ remarkPlugins: [remarkMdxSafety] }) },';

const OLD_FILE = `src/content/frameworks/${OLD}.mdx`;
/** An image in public/ that the new edition's body shows (images.test.ts), and its description. */
export const IMAGE_PATH = '/uploads/fixture-badge.png';
export const IMAGE_ALT = 'The fixture edition badge';
export const IMAGE_BYTES = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
const EDITION_EDITS: Edit[] = [
  {
    file: `src/content/frameworks/${NEW}.mdx`,
    copy: OLD_FILE,
    replace: 'status: superseded',
    with: `charter: ${OLD}\nsupersedes: ${OLD}\nstatus: current`,
  },
  {
    file: `src/content/frameworks/${NEW}.mdx`,
    replace: 'label: "Pre-2017 edition (five criteria)"',
    with: 'label: "2017 edition (test fixture)"\n  published:\n    asPublished: "1 April 2017"\n    date: "2017-04-01"',
  },
  { file: `src/content/frameworks/${NEW}.mdx`, replace: 'title: "Budget"', with: 'title: "Dedicated budget"' },
  {
    file: `src/content/frameworks/${NEW}.mdx`,
    replace: '        title: "Dissemination of learning"',
    with: '        title: "Dissemination of learning"\n      - number: "1.7"\n        title: "Member development champion"',
  },
  // Every standard needs its topics: the new edition's mapping is the old one's, plus the added standard.
  {
    file: `src/content/mappings/${NEW}.yaml`,
    copy: 'src/content/mappings/south-east.yaml',
    replace: 'framework: south-east\nmappings:',
    with: `framework: ${NEW}\nmappings:\n  - standard: "1.7"\n    topics:\n      - { topic: member-led-development, relationship: intersects-with }`,
  },
  {
    file: `src/content/frameworks/${NEW}.mdx`,
    replace: 'This framework is reconstructed',
    with: `<Note>This edition is a test fixture.</Note>\n\nSee [the earlier edition](/frameworks/south-east/).\n\n![${IMAGE_ALT}](${IMAGE_PATH})\n\nThis framework is reconstructed`,
  },
];

export interface FixtureSite {
  root: string;
  dist: string;
  marker: string;
  /** `npm run check` on the fixture content, before the payload is added. */
  check: Run;
  /** The line of PAYLOAD_FILE the redirect stands on in the hostile builds. */
  redirectLine: number;
  /** Where PLANTED_FILE writes when it runs. */
  imageMarker: string;
  /** `npm run build` with the payload: must fail at the check. */
  guardedBuild: Run & { imageLines: number[]; distAfter: boolean; markerAfter: boolean; imageMarkerAfter: boolean };
  /** `astro build` alone with the payload: must fail in Astro's MDX pipeline; `distText` is every file it left in dist/. */
  plainBuild: Run & { distText: string; markerAfter: boolean };
  /** `astro build` alone with only the hostile images in the body (on `imageLines`): must fail in Astro's MDX pipeline. */
  imageBuild: Run & { imageLines: number[]; distText: string; imageMarkerAfter: boolean };
  /** `astro build` alone with the payload (SITE and BASE set): the control, and the shared site. */
  controlBuild: Run & { markerAfter: boolean };
}

declare module 'vitest' {
  export interface ProvidedContext {
    fixtureSite: { root: string; results: string };
  }
}

/** Every file under `dir`, read as text (empty when there is no such folder). */
const everything = (dir: string): string =>
  existsSync(dir)
    ? readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((d) => d.isFile())
        .map((d) => readFileSync(join(d.parentPath, d.name), 'latin1'))
        .join('\n')
    : '';

/** The line of the payload file each of HOSTILE_IMAGES stands on. */
const lineNumbers = (lines: string[]) =>
  HOSTILE_IMAGES.map((url) => lines.findIndex((l) => l.endsWith(`(${url})`) || l.endsWith(`: ${url}`)) + 1);

async function build(root: string, marker: string): Promise<Omit<FixtureSite, 'root' | 'dist' | 'marker'>> {
  const check = await execInBackground(root, 'npm', ['run', 'check']);
  const payload = `export const pwned = process.getBuiltinModule('node:fs').writeFileSync(${JSON.stringify(marker)}, 'ran')`;
  const imageMarker = `${marker}.image`;
  applyEdits(root, [
    {
      file: PLANTED_FILE,
      write: `process.getBuiltinModule('node:fs').writeFileSync(${JSON.stringify(imageMarker)}, 'ran');\nexport default '${PLANTED_WORDS}';\n`,
    },
    { file: PAYLOAD_FILE, replace: HEADING, with: `${payload}\n\n${REDIRECT}\n\n${IMAGE_PAYLOAD}\n\n${HEADING}` },
  ]);
  const lines = readFileSync(join(root, PAYLOAD_FILE), 'utf8').split('\n');
  const redirectLine = lines.indexOf(REDIRECT) + 1;
  const guarded = await execInBackground(root, 'npm', ['run', 'build'], { SITE, BASE });
  const guardedBuild = {
    ...guarded,
    imageLines: lineNumbers(lines),
    distAfter: existsSync(join(root, 'dist')),
    markerAfter: existsSync(marker),
    imageMarkerAfter: existsSync(imageMarker),
  };
  const plain = await execInBackground(root, 'astro', ['build'], { SITE, BASE });
  const plainBuild = {
    ...plain,
    distText: everything(join(root, 'dist')) + everything(join(root, 'dist.partial')),
    markerAfter: existsSync(marker),
  };
  // The images alone, so nothing else in the body stops the build before they would be imported.
  applyEdits(root, [{ file: PAYLOAD_FILE, replace: `${payload}\n\n${REDIRECT}\n\n`, with: '' }]);
  const imageLines = lineNumbers(readFileSync(join(root, PAYLOAD_FILE), 'utf8').split('\n'));
  const images = await execInBackground(root, 'astro', ['build'], { SITE, BASE });
  const imageBuild = {
    ...images,
    imageLines,
    distText: everything(join(root, 'dist')) + everything(join(root, 'dist.partial')),
    imageMarkerAfter: existsSync(imageMarker),
  };
  // The control: Astro without the plugin, the export payload back in; the redirect and the images stay
  // out so the shared site never carries them (an imported module is no image: the build would stop
  // there). That the images would be imported is shown with Astro's own image collector instead
  // (content-cannot-run-code.test.ts).
  applyEdits(root, [
    { file: PAYLOAD_FILE, replace: `${IMAGE_PAYLOAD}\n\n`, with: `${payload}\n\n` },
    { file: PLANTED_FILE, delete: true },
    { file: 'astro.config.mjs', replace: PLUGIN_LINE, with: '' },
  ]);
  const control = await execInBackground(root, 'astro', ['build'], { SITE, BASE });
  return {
    check,
    redirectLine,
    imageMarker,
    guardedBuild,
    plainBuild,
    imageBuild,
    controlBuild: { ...control, markerAfter: existsSync(marker) },
  };
}

export default function setup(project: TestProject): () => Promise<void> {
  const root = projectCopyWith(EDITION_EDITS);
  mkdirSync(join(root, 'public/uploads'), { recursive: true });
  writeFileSync(join(root, `public${IMAGE_PATH}`), IMAGE_BYTES);
  cpSync(join(ROOT, 'tests/fixtures/new-framework'), root, { recursive: true });
  const markerDir = mkdtempSync(join(tmpdir(), 'charter-marker-'));
  const marker = join(markerDir, 'pwned.txt');
  const results = join(markerDir, 'results.json');
  const done = build(root, marker)
    .catch((e: unknown) => ({ error: String(e) }))
    .then((r) => {
      // Written whole, then renamed, so a test never reads half a file.
      writeFileSync(`${results}.part`, JSON.stringify({ ...r, marker }));
      renameSync(`${results}.part`, results);
    });
  project.provide('fixtureSite', { root, results });
  return async () => {
    await done;
    rmSync(root, { recursive: true, force: true });
    rmSync(markerDir, { recursive: true, force: true });
  };
}

/** The shared fixture site, once its builds have finished (a test file calls it in beforeAll). */
export async function fixtureSite(): Promise<FixtureSite> {
  const { root, results } = inject('fixtureSite');
  for (let waited = 0; !existsSync(results); waited += 250) {
    if (waited > 300_000) throw new Error('the fixture site did not finish building in 5 minutes');
    await new Promise((r) => setTimeout(r, 250));
  }
  const r = JSON.parse(readFileSync(results, 'utf8'));
  if (r.error) throw new Error(`building the fixture site failed: ${r.error}`);
  return { root, dist: join(root, 'dist'), ...r };
}
