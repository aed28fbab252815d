/**
 * Which standard of one edition is which standard of another: the one pairing that the change report
 * (changes/changes.ts) and the self-assessment recorder both use, so they describe an edition change alike.
 * Apart from changes/changes.ts, which needs a word-diff library, because the recorder runs in the browser.
 */

/** What a standard is recognised by: its slug (its number made safe, or its own), its number as printed and its words. */
export interface StandardFingerprint {
  slug: string;
  number?: string | undefined;
  title: string;
}

/** Text as compared: spacing and capitals alone are no change. */
export const normaliseWords = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

export interface StandardPairing<B, A> {
  /** Every standard after, in order, with its earlier self; `before` is undefined for a new standard. */
  after: { standard: A; before: B | undefined }[];
  /** The standards before that have no later self, in order. */
  removed: B[];
}

/**
 * Pairs each standard with its earlier self: same slug and title first, then the same title
 * under a new slug (renumbered), then the same slug with new words (reworded).
 */
export function pairStandards<B extends StandardFingerprint, A extends StandardFingerprint>(
  before: B[],
  after: A[],
): StandardPairing<B, A> {
  const pairs = new Map<A, B>();
  const unpaired = new Set(before);
  const pair = (test: (b: B, a: A) => boolean) => {
    for (const a of after) {
      if (pairs.has(a)) continue;
      const b = [...unpaired].find((x) => test(x, a));
      if (b) {
        pairs.set(a, b);
        unpaired.delete(b);
      }
    }
  };
  pair((b, a) => b.slug === a.slug && normaliseWords(b.title) === normaliseWords(a.title));
  pair((b, a) => normaliseWords(b.title) === normaliseWords(a.title));
  pair((b, a) => b.slug === a.slug);
  return { after: after.map((standard) => ({ standard, before: pairs.get(standard) })), removed: [...unpaired] };
}
