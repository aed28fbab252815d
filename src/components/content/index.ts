/**
 * What `<Content components={contentComponents} />` renders MDX with: the allow-listed publisher
 * components (src/lib/content/components.ts) plus the link and image overrides that apply the site's base.
 */
import type { ContentComponentName } from '../../lib/content/components';
import ContentImage from './ContentImage.astro';
import ContentLink from './ContentLink.astro';
import Note from './Note.astro';

const allowed: Record<ContentComponentName, unknown> = { Note };

export const contentComponents = { ...allowed, a: ContentLink, img: ContentImage } as Record<string, any>;
