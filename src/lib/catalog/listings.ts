/** Frameworks as pages list them: their order, one-line summaries, status labels, each level's requirements and each stage's steps. */
import type { Catalog } from './catalog';
import type { Entry, Framework, Level, Region, Stage, StageStep, Standard } from './types';
import { plural } from './wording';

export const regionsInOrder = (catalog: Catalog): Entry<Region>[] =>
  [...catalog.regions.values()].sort((a, b) => a.data.order - b.data.order);

/** Every framework by short title: the one order of the crosswalk's columns and the cost comparison. */
export const frameworksInOrder = (catalog: Catalog): Entry<Framework>[] =>
  [...catalog.frameworks.values()].sort((a, b) => a.data.shortTitle.localeCompare(b.data.shortTitle, 'en-GB'));

/**
 * "23 standards in 4 themes · 6 stages". Without standards it says only what is true of this
 * site's data, never why the source has none (that is the framework's own standardsNote).
 */
export function frameworkSummary(framework: Framework): string {
  const standards = framework.themes.reduce((n, t) => n + t.standards.length, 0);
  const parts = [
    standards > 0
      ? `${plural(standards, 'standard')}${framework.themes.some((t) => t.title !== undefined) ? ` in ${plural(framework.themes.length, 'theme')}` : ''}`
      : 'no standards recorded here',
  ];
  if (framework.stages.length > 0) parts.push(plural(framework.stages.length, 'stage'));
  if (framework.levels.length > 0) parts.push(`levels: ${framework.levels.map((l) => l.name).join(', ')}`);
  if (framework.status !== 'current') parts.push(framework.status);
  return `(${parts.join(' · ')})`;
}

/** A framework's level by id; undefined for no id or an id the framework does not have. */
export const levelOf = (framework: Framework, id: string | undefined): Level | undefined =>
  framework.levels.find((l) => l.id === id);

/** A framework's status as pages say it (the self-assessment's answers have their own). */
export const FRAMEWORK_STATUS_LABELS = { current: 'Current', superseded: 'Superseded', draft: 'Draft' } as const;

/** A level's requirements for one standard, with the level's name. */
export interface LevelRequirement {
  levelId: string;
  level: string;
  requirements: string[];
}

/**
 * What each level requires for a standard, one entry per level in the order the framework first names
 * it: several requirements the source gives at one level are one list under that level, not the level
 * repeated.
 */
export function levelRequirements(framework: Framework, standard: Standard): LevelRequirement[] {
  const byLevel = new Map<string, LevelRequirement>();
  for (const r of standard.requirementsByLevel ?? []) {
    const group = byLevel.get(r.level);
    if (group) group.requirements.push(r.requirement);
    else
      byLevel.set(r.level, {
        levelId: r.level,
        level: levelOf(framework, r.level)?.name ?? r.level,
        requirements: [r.requirement],
      });
  }
  return [...byLevel.values()];
}

/** A stage's common steps: one (`step`), several (`steps`) or none. */
export const stepsOf = (stage: Stage): StageStep[] => stage.steps ?? (stage.step ? [stage.step] : []);
