/** The shapes of validated content, inferred from the schemas so they never drift apart. */
import type { z } from 'astro/zod';
import type { Schemas } from '../../schemas';
import type { CollectionName } from '../../schemas/collections';

export type Region = z.output<Schemas['regions']>;
export type Organisation = z.output<Schemas['organisations']>;
export type Framework = z.output<Schemas['frameworks']>;
export type Costs = z.output<Schemas['costs']>;
export type Benefits = z.output<Schemas['benefits']>;
export type Council = z.output<Schemas['councils']>;
export type Strategy = z.output<Schemas['strategies']>;
export type ActionPlan = z.output<Schemas['actionPlans']>;
export type Topic = z.output<Schemas['topics']>;
export type Mapping = z.output<Schemas['mappings']>;
export type RegisterEvent = z.output<Schemas['register']>;

/** An action-plan file as written (references as ids, defaults not yet filled in), e.g. the recorder's export. */
export type ActionPlanFile = z.input<Schemas['actionPlans']>;

export type { Theme } from '../../schemas/framework';
import type { Theme } from '../../schemas/framework';
export type Standard = Theme['standards'][number];
export type Stage = Framework['stages'][number];
export type Level = Framework['levels'][number];
export type PriceList = Costs['priceLists'][number];
export type CostLine = PriceList['lines'][number];
export type RecurringFee = Costs['recurringFees'][number];
export type ActionItem = ActionPlan['items'][number];
export type Action = ActionItem['actions'][number];
export type SourceDate = NonNullable<Action['due']>;
export type TopicLink = Mapping['mappings'][number]['topics'][number];
export type Relationship = TopicLink['relationship'];
export type StageStep = NonNullable<Stage['step']>;

/** One validated entry as either loader (Astro's or ours) hands it over. */
export interface Entry<T> {
  id: string;
  data: T;
  /** Path of the file relative to the repository root, for error messages. */
  filePath?: string | undefined;
}

/** Every collection's entries, by collection name (src/schemas/collections.ts). */
export type EntriesByCollection = { [C in CollectionName]: Entry<z.output<Schemas[C]>>[] };
