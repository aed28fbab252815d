import { describe, expect, it } from 'vitest';
import { formatPounds, lineTotal, mismatchSentence, priceListTotals, sumPounds } from '../../src/lib/costs/totals';
import type { PriceList } from '../../src/lib/catalog/types';

const list = (lines: [number, number][], publishedTotal?: number): PriceList => ({
  id: 'test',
  title: 'Test',
  level: 'level-1',
  notes: [],
  lines: lines.map(([unitPrice, quantity], i) => ({
    activity: `line ${i}`,
    unitPrice,
    quantity,
    asPublished: `line ${i}`,
  })),
  ...(publishedTotal === undefined ? {} : { publishedTotal }),
});

describe('price list totals', () => {
  it('multiplies unit price by quantity on each line', () => {
    expect(lineTotal({ activity: 'visit', unitPrice: 750, quantity: 2, asPublished: '' })).toBe(1500);
  });

  it('sums the lines and agrees with a matching published total', () => {
    const totals = priceListTotals(
      list(
        [
          [700, 1],
          [1500, 1],
          [750, 2],
          [700, 1],
          [80, 1],
        ],
        4480,
      ),
    );
    expect(totals).toEqual({ computed: 4480, published: 4480, difference: 0, mismatch: false });
    expect(mismatchSentence(totals)).toBeUndefined();
  });

  it('reports a published total that is more than the lines add up to', () => {
    const totals = priceListTotals(
      list(
        [
          [700, 1],
          [1500, 1],
          [700, 2],
          [700, 2],
          [80, 1],
        ],
        5180,
      ),
    );
    expect(totals.computed).toBe(5080);
    expect(totals.difference).toBe(100);
    expect(totals.mismatch).toBe(true);
    expect(mismatchSentence(totals)).toBe(
      'The source states a total of £5,180, but its lines add up to £5,080: the stated total is £100 more than the sum of the lines.',
    );
  });

  it('reports a published total that is less than the lines', () => {
    const totals = priceListTotals(list([[100, 3]], 250));
    expect(totals.difference).toBe(-50);
    expect(mismatchSentence(totals)).toContain('£50 less');
  });

  it('sums pence exactly, without floating-point drift', () => {
    const totals = priceListTotals(
      list(
        [
          [0.1, 1],
          [0.2, 1],
        ],
        0.3,
      ),
    );
    expect(totals.computed).toBe(0.3);
    expect(totals.mismatch).toBe(false);
  });

  it('has no mismatch when the source publishes no total', () => {
    const totals = priceListTotals(list([[10, 1]]));
    expect(totals).toMatchObject({ computed: 10, published: undefined, mismatch: false });
  });

  it('adds amounts of money exactly, as the first-year cost does', () => {
    expect(sumPounds([0.1, 0.2])).toBe(0.3);
    expect(sumPounds([5080, 750])).toBe(5830);
    expect(sumPounds([])).toBe(0);
  });

  it('formats pounds the way UK readers expect', () => {
    expect(formatPounds(5180)).toBe('£5,180');
    expect(formatPounds(0.5)).toBe('£0.50');
  });
});
