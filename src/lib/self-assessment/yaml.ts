/**
 * Writes a self-assessment's action plan (./action-plan-export.ts) as a content file for
 * src/content/action-plans/. Its own module so the browser loads the YAML library only when exporting.
 */
import { Document } from 'yaml';
import type { ActionPlanFile } from '../catalog/types';
import { collectionFolder } from '../../schemas/collections';

export function actionPlanYaml(plan: ActionPlanFile): string {
  const doc = new Document(plan);
  doc.commentBefore =
    ' Exported from the Charter Atlas self-assessment. Check every row, add a copy of the plan at\n' +
    ` ${plan.source.file}, then save this file in ${collectionFolder('actionPlans')}/ and run npm run check.`;
  // Quote every string so dates and numbers ("2.10") stay text, as the content guide asks.
  return doc.toString({ defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 });
}
