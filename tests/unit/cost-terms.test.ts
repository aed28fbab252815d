import { describe, expect, it } from 'vitest';
import { addUp, feeParts, feesFor, priceWithTerms, termWords } from '../../src/lib/costs/terms';
import type { RecurringFee } from '../../src/lib/catalog/types';

const fee = (activity: string, amount: number, terms: Partial<RecurringFee> = {}): RecurringFee => ({
  activity,
  amount,
  period: 'year',
  asPublished: activity,
  ...terms,
});

describe('price terms', () => {
  it('prints a price with the terms its source states, and computes no VAT', () => {
    expect(priceWithTerms(3000, { vat: 'plus-vat' })).toBe('£3,000 plus VAT');
    expect(priceWithTerms(3000, { vat: 'including-vat' })).toBe('£3,000 including VAT');
    expect(priceWithTerms(3000, { vat: 'plus-vat', plusExpenses: true })).toBe('£3,000 plus VAT plus expenses');
    expect(priceWithTerms(3000, {})).toBe('£3,000');
  });

  it('always says where a price stands on VAT, including when the source does not say', () => {
    expect(termWords({ membership: 'members', frequency: 'annual', vat: 'plus-vat', plusExpenses: true })).toEqual([
      "Members' price",
      'Every year',
      'plus VAT',
      'plus expenses',
    ]);
    expect(termWords({ membership: 'non-members', frequency: 'one-off' })).toEqual([
      "Non-members' price",
      'One-off',
      'VAT not stated',
    ]);
  });

  it("gives a members' list only the fees for members or for everyone", () => {
    const fees = [
      fee('Portal', 750),
      fee("Members' subscription", 100, { membership: 'members' }),
      fee("Non-members' surcharge", 300, { membership: 'non-members' }),
    ];
    expect(feesFor({ membership: 'members' }, fees).map((f) => f.activity)).toEqual([
      'Portal',
      "Members' subscription",
    ]);
    expect(feesFor({ membership: 'non-members' }, fees).map((f) => f.activity)).toEqual([
      'Portal',
      "Non-members' surcharge",
    ]);
    expect(feesFor({}, fees)).toHaveLength(3);
  });

  it('adds prices on the same terms and keeps the terms on the sum', () => {
    const sum = addUp([
      { name: 'the list', amount: 3000, vat: 'plus-vat' },
      ...feeParts([fee('Portal', 750, { vat: 'plus-vat' })]),
    ]);
    expect(sum).toEqual({ kind: 'total', amount: 3750, text: '£3,750 plus VAT' });
    expect(addUp([])).toEqual({ kind: 'total', amount: 0, text: '£0' });
  });

  it('never adds a plus-VAT price to one that includes VAT or does not say', () => {
    expect(addUp([{ name: 'the list', amount: 3000, vat: 'plus-vat' }, ...feeParts([fee('Portal', 750)])])).toEqual({
      kind: 'not-added',
      reason: 'Not added up: the list is £3,000 plus VAT and the fee "Portal" is £750 (VAT not stated).',
    });
    expect(
      addUp([
        { name: 'the list', amount: 3000, vat: 'including-vat' },
        ...feeParts([fee('Portal', 750, { vat: 'plus-vat' })]),
      ]).kind,
    ).toBe('not-added');
  });

  it('keeps "plus expenses" on a sum when any part is plus expenses', () => {
    expect(
      addUp([
        { name: 'the list', amount: 3000, vat: 'plus-vat', plusExpenses: true },
        ...feeParts([fee('Portal', 400, { vat: 'plus-vat' })]),
      ]),
    ).toEqual({ kind: 'total', amount: 3400, text: '£3,400 plus VAT plus expenses' });
    expect(addUp([{ name: 'the list', amount: 3000 }, ...feeParts([fee('Portal', 400)])])).toEqual({
      kind: 'total',
      amount: 3400,
      text: '£3,400',
    });
  });
});
