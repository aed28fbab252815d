/** Every content schema, built with a given `reference()` (Astro's, or `plainReference` outside Astro). */
import type { z } from 'astro/zod';
import type { CollectionName } from './collections';
import type { ReferenceFn } from './common';
import { actionPlanSchema } from './action-plan';
import { benefitsSchema } from './benefit';
import { costsSchema } from './cost';
import { councilSchema } from './council';
import { frameworkSchema } from './framework';
import { mappingSchema } from './mapping';
import { organisationSchema } from './organisation';
import { regionSchema } from './region';
import { registerEventSchema } from './register';
import { strategySchema } from './strategy';
import { topicSchema } from './topic';

export function makeSchemas(reference: ReferenceFn) {
  return {
    regions: regionSchema(),
    organisations: organisationSchema(reference),
    frameworks: frameworkSchema(reference),
    costs: costsSchema(reference),
    benefits: benefitsSchema(reference),
    councils: councilSchema(reference),
    strategies: strategySchema(reference),
    actionPlans: actionPlanSchema(reference),
    topics: topicSchema(),
    mappings: mappingSchema(reference),
    register: registerEventSchema(reference),
  } satisfies Record<CollectionName, z.ZodType>;
}

export type Schemas = ReturnType<typeof makeSchemas>;
