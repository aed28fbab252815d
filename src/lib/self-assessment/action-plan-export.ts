/** An assessment's recorded actions as an action-plan content file a council can publish. */
import { formatDate } from '../catalog/dates';
import { SLUG_PATTERN, SOURCE_FILE_PATTERN } from '../../schemas/patterns';
import type { ActionPlanFile } from '../catalog/types';
import { answerOf, applicableStandards, dueProblem, type AssessedStandard, type Assessment } from './self-assessment';

export type PlanResult = { ok: true; plan: ActionPlanFile; fileName: string } | { ok: false; problems: string[] };

/**
 * The action plan a council can publish on the site: one row per standard with an action, in
 * framework order, as a draft. Nothing is filled in that the officer did not give: a row's "need"
 * and its one action are both the action recorded (edit the file to split it into several actions);
 * a due date and an owner appear only when recorded. Refuses, listing every problem, when a
 * required detail is missing or a date is not real.
 */
export function actionPlanFrom(assessment: Assessment, standards: AssessedStandard[]): PlanResult {
  const problems: string[] = [];
  const { council, title, sourceFile } = {
    council: assessment.plan.council.trim(),
    title: assessment.plan.title.trim(),
    sourceFile: assessment.plan.sourceFile.trim(),
  };
  if (!council) problems.push('Choose your council.');
  else if (!SLUG_PATTERN.test(council))
    problems.push(
      `The council id "${council}" should be lower-case letters, digits and hyphens, like harrow or east-riding.`,
    );
  if (!title) problems.push('Give the plan a title.');
  if (!sourceFile)
    problems.push(
      'Give the file the plan’s copy will have under sources/ (for example sources/harrow-action-plan-2025.txt).',
    );
  else if (!SOURCE_FILE_PATTERN.test(sourceFile))
    problems.push(
      `The source file "${sourceFile}" should be a file name under sources/, like sources/harrow-action-plan-2025.txt.`,
    );

  const items: ActionPlanFile['items'] = [];
  for (const s of applicableStandards(standards, assessment.level)) {
    const a = answerOf(assessment, s.slug);
    const action = a?.action.trim();
    if (!a || !action) continue;
    const due = a.due.trim();
    const why = dueProblem(due);
    if (why) problems.push(`Standard ${s.number ?? `“${s.title}”`}, by when: ${why}.`);
    const owner = a.owner.trim();
    items.push({
      standard: s.slug,
      need: action,
      actions: [
        {
          action,
          ...(due && !why ? { due: { asPublished: formatDate(due), date: due } } : {}),
          ...(owner ? { owner: { asPublished: owner, roles: [owner] } } : {}),
        },
      ],
    });
  }
  if (!items.length)
    problems.push(
      'Record an action needed for at least one standard: the plan has one row per standard with an action.',
    );
  if (problems.length) return { ok: false, problems };
  return {
    ok: true,
    fileName: `${council}-${assessment.frameworkId}-action-plan.yaml`,
    plan: {
      council,
      framework: assessment.frameworkId,
      title,
      status: 'draft',
      source: { title, file: sourceFile },
      items,
    },
  };
}
