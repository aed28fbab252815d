/** What changed from one edition to the next, in one short line per kind of change, for an edition history. */
import { plural } from '../catalog/wording';
import { priceAt, type FrameworkChanges } from './changes';

/** One line per kind of change ("2 standards added"), for an edition history. */
export function summarise(c: FrameworkChanges): string[] {
  const count = (list: { kind: string }[], kind: string) => list.filter((x) => x.kind === kind).length;
  const lines: string[] = [];
  const say = (n: number, what: string, verb: string) => n > 0 && lines.push(`${plural(n, what)} ${verb}`);
  // Each list's kinds of change, in the words an edition history uses for them.
  const kinds = (list: { kind: string }[], what: string, verbs: Record<string, string>) => {
    for (const [kind, verb] of Object.entries(verbs)) say(count(list, kind), what, verb);
  };
  kinds(c.standards, 'standard', { added: 'added', removed: 'removed' });
  say(c.standards.filter((s) => s.renumbered).length, 'standard', 'renumbered');
  say(c.standards.filter((s) => s.fields.length).length, 'standard', 'reworded');
  kinds(c.themes, 'theme', { added: 'added', removed: 'removed', changed: 'renamed' });
  kinds(c.stages, 'stage', { added: 'added', removed: 'removed', changed: 'reworded', moved: 'moved' });
  kinds(c.levels, 'level', { added: 'added', removed: 'removed', changed: 'changed' });
  kinds(c.timing, 'timing rule', { added: 'added', removed: 'removed', changed: 'changed' });
  for (const p of c.costs) {
    if (p.kind === 'added') lines.push(`price list "${p.title}" added (total ${priceAt(p.newTerms, p.newTotal)})`);
    else if (p.kind === 'removed') lines.push(`price list "${p.title}" removed`);
    else
      lines.push(
        `price list "${p.title}": total ${priceAt(p.oldTerms, p.oldTotal)} → ${priceAt(p.newTerms, p.newTotal)}`,
      );
  }
  say(c.recurringFees.length, 'recurring fee', 'changed');
  return lines;
}
