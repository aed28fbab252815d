/**
 * `npm run check`: validates all content without building the site (src/lib/check/check.ts),
 * prints every problem as `file:line:column field: message` and exits 1 when there is an error.
 */
import { fileURLToPath } from 'node:url';
import { checkReport } from '../src/lib/check/check';

const root = fileURLToPath(new URL('..', import.meta.url));
const { lines, exitCode } = checkReport(root);
for (const line of lines) console.log(line);
process.exit(exitCode);
