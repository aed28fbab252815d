/** An action plan exported from the self-assessment passes the content check unchanged. */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { assessedStandards, createAssessment, withAnswer } from '../../src/lib/self-assessment/self-assessment';
import { actionPlanFrom } from '../../src/lib/self-assessment/action-plan-export';
import { actionPlanYaml } from '../../src/lib/self-assessment/yaml';
import { checkExportedPlan } from '../helpers/check-plan';
import { frozenCatalog } from '../helpers/content';

describe('exported action plan', () => {
  const catalog = frozenCatalog();
  for (const [frameworkId, entry] of [...catalog.frameworks].filter(([, fw]) => fw.data.themes.length > 0)) {
    it(`for ${frameworkId} passes the content check unchanged`, () => {
      const standards = assessedStandards(entry.data);
      let a = createAssessment(frameworkId, standards);
      // Every standard gets an action; awkward text (quotes, colons, a number-like action) and dates on some.
      standards.forEach((s, i) => {
        a = withAnswer(a, s.slug, {
          status: 'not-yet',
          action: i % 3 ? `Action for ${s.number}: "draft" it` : '2.10',
          due: i % 2 ? '' : '2027-02-28',
          owner: i % 2 ? 'Member Development Panel' : '',
        });
      });
      const council = [...catalog.councils.keys()].at(-1)!;
      a = {
        ...a,
        plan: { council, title: 'Member Development Charter – Action Plan', sourceFile: `sources/${council}-plan.txt` },
      };
      const result = actionPlanFrom(a, standards);
      if (!result.ok) throw new Error(result.problems.join('\n'));
      const yaml = actionPlanYaml(result.plan);
      expect(checkExportedPlan(result.fileName, yaml)).toEqual([]);
      // The file says exactly what was exported: every standard, strings kept as strings.
      expect(parse(yaml)).toEqual(result.plan);
    });
  }

  it('is caught by the check when it names a council the site does not have', () => {
    const fw = catalog.frameworks.get('east-midlands')!.data;
    const standards = assessedStandards(fw);
    let a = withAnswer(createAssessment('east-midlands', standards), standards[0]!.slug, { action: 'Agree a policy' });
    a = { ...a, plan: { council: 'nowhere-council', title: 'Plan', sourceFile: 'sources/nowhere.txt' } };
    const result = actionPlanFrom(a, standards);
    if (!result.ok) throw new Error(result.problems.join('\n'));
    expect(checkExportedPlan(result.fileName, actionPlanYaml(result.plan))).toEqual([
      expect.stringMatching(/council: "nowhere-council" is not a known council/),
    ]);
  });
});
