/**
 * The site's own words for what a source leaves out, one phrase each, so pages, downloads and the
 * editor's preview all say it the same way. Publishers and tests rely on these exact words. No
 * dependency: the content editor's preview (src/browser/cms.ts) uses them in the browser.
 */

/** A fact the source does not give, shown where the fact would be (`NotStated.astro`). */
export const NOT_STATED_IN_SOURCE = 'Not stated in the source';
/** The same, short, in a cell or beside a label that already names the fact ("Total as published"). */
export const NOT_STATED = 'Not stated';
/** A list the source gives none of (recurring fees). */
export const NONE_STATED = 'None stated';
/** The group for actions whose owner the source does not name (an action plan "by owner"). */
export const OWNER_NOT_STATED = 'Owner not stated';

/** The label before a notice in a page's text: a publisher's note, or an inconsistency the source contains. */
export const NOTICE_LABELS = { source: 'Note:', inconsistency: 'Inconsistency in the source:' } as const;
/** A charter's edition history where this site has recorded only one edition. */
export const FIRST_EDITION = 'First edition recorded on this site.';
/** A standard the officer has not yet answered, in the self-assessment's tallies and report. */
export const NOT_ANSWERED = 'Not answered';

/** The register table's column headings, on the register pages and in the editor's preview of an entry. */
export const REGISTER_HEADINGS = {
  council: 'Council',
  charter: 'Charter',
  event: 'Event',
  date: 'Date as published',
  target: 'Target',
  reassessment: 'Re-assessment',
  words: "In the source's words",
} as const;

/** The headings of an action's cells in an action plan's tables and in the editor's preview. */
export const ACTION_HEADINGS = { action: 'Action and resources', due: 'By when', owner: 'By whom' } as const;

/** "1 framework", "2 frameworks": a count in words, never "framework(s)". */
export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
