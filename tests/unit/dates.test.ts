import { describe, expect, it } from 'vitest';
import { isoDate, whyNotADate, sourceDate } from '../../src/schemas/common';
import { formatDate, sortKey } from '../../src/lib/dates';

describe('calendar dates', () => {
  it('accepts real dates, including 29 February in a leap year', () => {
    expect(whyNotADate('2009-06-30')).toBeUndefined();
    expect(whyNotADate('2008-02-29')).toBeUndefined();
  });

  it('rejects days that do not exist, saying why', () => {
    expect(whyNotADate('2009-06-31')).toBe('June 2009 has 30 days, so day 31 does not exist');
    expect(whyNotADate('2009-02-29')).toBe('February 2009 has 28 days, so day 29 does not exist');
    expect(whyNotADate('2009-13-01')).toBe('there is no month 13');
    expect(whyNotADate('31 June 2009')).toMatch(/YYYY-MM-DD/);
  });

  it('brings a YAML Date back to text before checking it', () => {
    expect(isoDate.parse(new Date('2008-11-06T00:00:00Z'))).toBe('2008-11-06');
  });

  it('keeps an impossible date as the source words it, flagged, and refuses a corrected date beside it', () => {
    expect(sourceDate.safeParse({ asPublished: '31 June 2009', flag: 'impossible-date' }).success).toBe(true);
    const corrected = sourceDate.safeParse({ asPublished: '31 June 2009', date: '2009-06-30', flag: 'impossible-date' });
    expect(corrected.success).toBe(false);
    expect(corrected.error?.issues[0]?.path).toEqual(['flag']);
  });

  it('refuses an impossible date written as a date', () => {
    const result = sourceDate.safeParse({ asPublished: '31 June 2009', date: '2009-06-31' });
    expect(result.error?.issues[0]?.message).toBe('"2009-06-31" is not a real date: June 2009 has 30 days, so day 31 does not exist');
  });

  it('sorts a month at its end and leaves wordy dates unsorted', () => {
    expect(sortKey({ asPublished: 'November 2008', month: '2008-11' })).toBe('2008-11-31');
    expect(sortKey({ asPublished: 'Already in place and ongoing' })).toBeUndefined();
    expect(formatDate('2009-06-30')).toBe('30 June 2009');
    expect(formatDate('2008-11')).toBe('November 2008');
  });
});
