/**
 * The components a publisher may use inside a framework's MDX body: the one allow-list, read by
 * the content check (which rejects any other component) and by the renderer
 * (src/components/content/index.ts must provide exactly these names).
 */
export interface ContentComponentSpec {
  /** What the component is for, shown in the check's message when a component is not allowed. */
  purpose: string;
  /** Attributes it accepts; each is a plain string (no `{expressions}`). */
  attributes: Record<string, { values?: readonly string[] }>;
}

export const CONTENT_COMPONENTS = {
  Note: {
    purpose: 'an inset note, e.g. <Note>Applications close in March.</Note> or <Note kind="inconsistency">…</Note>',
    attributes: { kind: { values: ['source', 'inconsistency'] } },
  },
} as const satisfies Record<string, ContentComponentSpec>;

export type ContentComponentName = keyof typeof CONTENT_COMPONENTS;

export const isContentComponent = (name: string): name is ContentComponentName =>
  Object.hasOwn(CONTENT_COMPONENTS, name);
