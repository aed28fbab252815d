/** The benchmark's synthetic content is valid content, at the scale it says, so the figures are about real work. */
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check/check';
import { generateContent, scaleFor } from '../../scripts/bench/generate';
import { FROZEN } from '../helpers/content';

const root = mkdtempSync(join(tmpdir(), 'charter-bench-content-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('synthetic content for the benchmark', () => {
  it('passes the content check at 10×, beside the real content', () => {
    cpSync(join(FROZEN, 'src/content'), join(root, 'src/content'), { recursive: true });
    cpSync(join(FROZEN, 'sources'), join(root, 'sources'), { recursive: true });
    generateContent(root, 10);
    expect(checkContent(root).filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('writes the regions, editions and councils its scale promises', () => {
    const scale = scaleFor(10);
    const files = (folder: string) =>
      readdirSync(join(root, 'src/content', folder)).filter((f) => f.startsWith('synthetic-'));
    expect(files('regions')).toHaveLength(scale.regions);
    expect(files('frameworks')).toHaveLength(scale.regions * scale.editions);
    expect(files('mappings')).toHaveLength(scale.regions * scale.editions);
    expect(files('councils')).toHaveLength(scale.regions * scale.councilsPerRegion);
    expect(files('action-plans')).toHaveLength(scale.regions * scale.councilsPerRegion);
  });

  it('scales to about every English region and Wales, with ~350 councils, at 100×', () => {
    const scale = scaleFor(100);
    expect(scale.regions).toBe(12);
    expect(scale.regions * scale.councilsPerRegion).toBeGreaterThanOrEqual(340);
    expect(scaleFor(1).regions).toBe(0);
  });
});
