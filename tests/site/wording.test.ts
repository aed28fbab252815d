/**
 * Wording from data, never from one region: a framework page (and the frameworks index) says
 * "minimum of" or "not listed in the source" only where that framework's own content says so.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { paths } from '../../src/lib/site/urls';
import { normalise, realCatalog, ROOT } from '../helpers/content';
import { page, text } from '../helpers/dist';

const PHRASES = ['minimum of', 'not listed in the source'];
const catalog = realCatalog();
const contentOf = (id: string) => normalise(readFileSync(join(ROOT, catalog.frameworks.get(id)!.filePath!), 'utf8'));

describe('one region\'s words on another\'s framework', () => {
  for (const id of catalog.frameworks.keys()) {
    it(`the ${id} page uses these phrases only where its content does`, () => {
      const main = normalise(text(page(paths.framework(id)).querySelector('main')));
      for (const phrase of PHRASES) {
        if (main.includes(phrase)) expect(contentOf(id), `${id} page says "${phrase}"`).toContain(phrase);
      }
    });
  }

  it('the frameworks index says them of no framework whose content does not', () => {
    for (const li of page(paths.frameworks()).querySelectorAll('main li')) {
      const href = li.querySelector('a')?.getAttribute('href') ?? '';
      const id = [...catalog.frameworks.keys()].find((f) => href.endsWith(paths.framework(f)));
      if (!id) continue;
      for (const phrase of PHRASES) if (normalise(text(li)).includes(phrase)) expect(contentOf(id)).toContain(phrase);
    }
  });

  it('still finds the phrase where the content says it (East Midlands)', () => {
    expect(normalise(text(page(paths.framework('east-midlands')).querySelector('main')))).toContain('minimum of');
  });
});
