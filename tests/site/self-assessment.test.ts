/**
 * The built self-assessment pages: one per framework whose source lists standards, linked from the
 * framework page, every standard a labelled group, and the one script an external file.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { paths } from '../../src/lib/common/urls';
import { realCatalog } from '../helpers/content';
import { DIST, page, text } from '../helpers/dist';

const catalog = realCatalog();
const frameworks = [...catalog.frameworks.values()];

/** Every HTML file in dist/, as site paths. */
function htmlFiles(dir = DIST): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? htmlFiles(join(dir, e.name))
      : e.name.endsWith('.html')
        ? [join(dir, e.name).slice(DIST.length)]
        : [],
  );
}

describe('self-assessment pages', () => {
  for (const { id, data: fw } of frameworks) {
    const hasStandards = fw.themes.length > 0;
    it(`${id}: ${hasStandards ? 'is linked from the framework page' : 'has no self-assessment, since its source lists no standards'}`, () => {
      const links = page(paths.framework(id))
        .querySelectorAll('a')
        .filter((a) => a.getAttribute('href') === paths.selfAssessment(id));
      expect(links.map((a) => text(a))).toEqual(hasStandards ? ['Start a self-assessment'] : []);
      expect(existsSync(join(DIST, paths.selfAssessment(id), 'index.html'))).toBe(hasStandards);
    });
    if (!hasStandards) continue;

    it(`${id}: every standard is a fieldset with a legend, status radios and labelled fields`, () => {
      const doc = page(paths.selfAssessment(id));
      const groups = doc.querySelectorAll('fieldset.sa-standard');
      expect(groups.map((g) => text(g.querySelector('legend')))).toEqual(
        fw.themes.flatMap((t) =>
          t.standards.map((s) =>
            [s.number, s.title, s.level && fw.levels.find((l) => l.id === s.level)!.name].filter(Boolean).join(' '),
          ),
        ),
      );
      for (const group of groups) {
        // The statuses a saved assessment records, written out: a renamed one would break saved files.
        expect(group.querySelectorAll('input[type="radio"]').map((r) => r.getAttribute('value'))).toEqual([
          'met',
          'partly-met',
          'not-yet',
          'not-applicable',
        ]);
        const fields = group.querySelectorAll('textarea, input:not([type="radio"])');
        expect(fields.length, 'each standard has fields besides its status').toBeGreaterThan(0);
        for (const control of fields) {
          const label = doc.querySelector(`label[for="${control.id}"]`);
          expect(text(label), `label for #${control.id}`).not.toBe('');
        }
      }
      // Every id is unique, so each label points at one control.
      const ids = doc.querySelectorAll('[id]').map((e) => e.id);
      expect(new Set(ids).size).toBe(ids.length);
    });

    it(`${id}: works as a printable form without JavaScript and promises nothing is sent`, () => {
      const doc = page(paths.selfAssessment(id));
      expect(text(doc.querySelector('.sa-nojs'))).toMatch(/needs JavaScript/);
      expect(doc.querySelector('fieldset.sa-all')?.hasAttribute('disabled')).toBe(true);
      expect(text(doc.querySelector('main'))).toContain('Nothing you record here is sent anywhere');
    });
  }

  it('explain publishing an action plan in plain words, with the technical route one click away', () => {
    const tools = page(paths.selfAssessment(frameworks.find((f) => f.data.themes.length > 0)!.id)).querySelector(
      '.sa-tools',
    )!;
    const technical = tools.querySelector('details')!;
    expect(text(technical.querySelector('summary'))).not.toBe('');
    expect(text(technical)).toMatch(/pull request/);
    technical.remove();
    const plain = text(tools);
    expect(plain).toContain('Publish your action plan');
    for (const word of [/\bids?\b/i, /YAML/, /pull request/i, /src\/content/, /content file/i])
      expect(plain).not.toMatch(word);
    // The council is chosen by name from the councils in the content.
    const choices = tools.querySelectorAll('select[data-plan="council"] option').map((o) => text(o));
    for (const council of catalog.councils.values()) expect(choices).toContain(council.data.name);
  });

  it('ship exactly one script, as an external file, and no inline script or style', () => {
    const withStandards = frameworks.filter((f) => f.data.themes.length > 0);
    for (const { id } of withStandards) {
      const doc = page(paths.selfAssessment(id));
      const scripts = doc.querySelectorAll('script');
      expect(scripts).toHaveLength(1);
      expect(scripts[0]!.getAttribute('src')).toMatch(/^\/_astro\/.+\.js$/);
      expect(text(scripts[0])).toBe('');
      expect(doc.querySelectorAll('style, [style]')).toHaveLength(0);
      expect(doc.querySelectorAll('[onclick], [onchange], [oninput], [onload]')).toHaveLength(0);
    }
  });

  it('load their script on no other page', () => {
    const src = page(paths.selfAssessment(frameworks.find((f) => f.data.themes.length > 0)!.id))
      .querySelector('script')!
      .getAttribute('src')!;
    const elsewhere = htmlFiles().filter(
      (f) => !f.includes('/self-assessment/') && readFileSync(join(DIST, f), 'utf8').includes(src),
    );
    expect(elsewhere).toEqual([]);
  });
});
