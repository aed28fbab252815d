import { describe, expect, it } from 'vitest';
import { duplicateParagraphNumbers, paragraphIds, paragraphsOf } from '../../src/lib/strategies/strategies';
import { frozenCatalog } from '../helpers/content';

const strategies = frozenCatalog().entries.strategies.map((s) => s.data);

describe('paragraphIds', () => {
  it.each(strategies.map((s) => [s.title, s] as const))(
    'gives every numbered paragraph of %s its own id',
    (_title, strategy) => {
      const ids = paragraphIds(strategy);
      const numbered = paragraphsOf(strategy).filter((p) => p.number);
      expect(ids.size).toBe(numbered.length);
      expect(new Set(ids.values()).size).toBe(numbered.length);
      // The first paragraph with a number keeps the plain address; only repeats get a suffix.
      for (const p of numbered) {
        const first = numbered.find((q) => q.number === p.number)!;
        if (p === first) expect(ids.get(p)).toBe(`para-${p.number}`);
        else expect(ids.get(p)).toMatch(new RegExp(`^para-${p.number!.replace('.', '\\.')}-\\d+$`));
      }
    },
  );

  it('suffixes the paragraphs a source numbers twice', () => {
    const withDuplicates = strategies.find((s) => duplicateParagraphNumbers(s).length > 0)!;
    const number = duplicateParagraphNumbers(withDuplicates)[0]!;
    const twins = paragraphsOf(withDuplicates).filter((p) => p.number === number);
    expect(twins.map((p) => paragraphIds(withDuplicates).get(p))).toEqual([`para-${number}`, `para-${number}-2`]);
  });
});
