import { describe, expect, it } from 'vitest';
import { isoDate, whyNotADate, sourceDate } from '../../src/schemas/common';
import { compareDates, formatDate, knownDate, sortKey } from '../../src/lib/catalog/dates';
import { namedDay } from '../../src/lib/check/rules';

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

  it('refuses a YAML Date, which may already have moved an impossible day on a month', () => {
    // js-yaml (Astro's reader) turns an unquoted 2009-06-31 into 1 July 2009.
    expect(isoDate.safeParse(new Date('2009-07-01T00:00:00Z')).success).toBe(false);
    expect(isoDate.parse('2008-11-06')).toBe('2008-11-06');
  });

  it('keeps an impossible date as the source words it, flagged, and refuses a corrected date beside it', () => {
    expect(sourceDate.safeParse({ asPublished: '31 June 2009', flag: 'impossible-date' }).success).toBe(true);
    const corrected = sourceDate.safeParse({
      asPublished: '31 June 2009',
      date: '2009-06-30',
      flag: 'impossible-date',
    });
    expect(corrected.success).toBe(false);
    expect(corrected.error?.issues[0]?.path).toEqual(['flag']);
  });

  it('refuses an impossible date written as a date', () => {
    const result = sourceDate.safeParse({ asPublished: '31 June 2009', date: '2009-06-31' });
    expect(result.error?.issues[0]?.message).toBe(
      '"2009-06-31" is not a real date: June 2009 has 30 days, so day 31 does not exist',
    );
  });

  it('sorts a month at its end and leaves wordy dates unsorted', () => {
    expect(sortKey({ asPublished: 'November 2008', month: '2008-11' })).toBe('2008-11-31');
    expect(sortKey({ asPublished: 'Already in place and ongoing' })).toBeUndefined();
    expect(formatDate('2009-06-30')).toBe('30 June 2009');
    expect(formatDate('2008-11')).toBe('November 2008');
  });
});

describe('the day a source names', () => {
  it('reads four- and two-digit years, ordinals and any case', () => {
    expect(namedDay('31 December 2008')).toBe('2008-12-31');
    expect(namedDay('31 December 08')).toBe('2008-12-31');
    expect(namedDay('by 1st march 09 Panel')).toBe('2009-03-01');
    expect(namedDay('30 June 2009')).toBe('2009-06-30');
  });

  it('names no day when the words give none, or a year of another length', () => {
    expect(namedDay('By January 09 Panel')).toBeUndefined();
    expect(namedDay('31 December 200')).toBeUndefined();
    expect(namedDay('31 December 20081')).toBeUndefined();
  });

  it('keeps a year alone and an approximate year, and refuses a year with a month or approximate without a date', () => {
    expect(sourceDate.safeParse({ asPublished: 'in 2019', year: 2019 }).success).toBe(true);
    expect(sourceDate.safeParse({ asPublished: 'c. 2016', year: 2016, approximate: true }).success).toBe(true);
    const both = sourceDate.safeParse({ asPublished: 'June 2019', year: 2019, month: '2019-06' });
    expect(both.error?.issues.map((i) => [i.path, i.message])).toEqual([
      [['year'], 'give one of date, month or year, not month and year'],
    ]);
    expect(sourceDate.safeParse({ asPublished: 'c. 2016', approximate: true }).error?.issues[0]?.path).toEqual([
      'approximate',
    ]);
    expect(sourceDate.safeParse({ asPublished: '1989', year: 1989 }).success).toBe(false);
  });

  it('says a bare year where a date belongs is written with its words and its year', () => {
    expect(sourceDate.safeParse(2019).error?.issues[0]?.message).toBe(
      'a date keeps the source\'s words in asPublished; write { asPublished: "2019", year: 2019 }',
    );
  });

  it('sorts by what is known, a year before a month before a day within it, words last', () => {
    const dates = [
      { asPublished: '2021', year: 2021 },
      { asPublished: '2020 / 21' },
      { asPublished: 'June 2019', month: '2019-06' },
      { asPublished: '2019', year: 2019 },
      { asPublished: '12 May 2018', date: '2018-05-12' },
      { asPublished: '3 June 2019', date: '2019-06-03' },
    ];
    expect(dates.sort(compareDates).map(knownDate)).toEqual([
      '2018-05-12',
      '2019',
      '2019-06',
      '2019-06-03',
      '2021',
      undefined,
    ]);
    expect(formatDate('2019')).toBe('2019');
    expect(
      sortKey({ asPublished: 'by 2008', year: 2008 })! >
        sortKey({ asPublished: '31 December 2008', date: '2008-12-31' })!,
    ).toBe(true);
  });
});
