/**
 * What `<Content components={contentComponents} />` renders MDX with: the allow-listed publisher
 * components (src/lib/content/components.ts) plus the link override that applies the site's base.
 */
import type { ContentComponentName } from '../../lib/content/components';
import ContentLink from './ContentLink.astro';
import Note from './Note.astro';

const allowed: Record<ContentComponentName, unknown> = { Note };

export const contentComponents = { ...allowed, a: ContentLink } as Record<string, any>;
