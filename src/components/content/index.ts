/**
 * What `<Content components={contentComponents} />` renders MDX with: the allow-listed publisher
 * components (src/lib/content/components.ts) plus the link and image overrides that apply the site's base.
 */
import type { ContentComponentName } from '../../lib/content/components';
import ContentImage from './ContentImage.astro';
import ContentLink from './ContentLink.astro';
import Note from './Note.astro';

const allowed: Record<ContentComponentName, unknown> = { Note };

// MDX's components prop takes components of any props; ours are checked by the allow-list, not by type.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const contentComponents = { ...allowed, a: ContentLink, img: ContentImage } as Record<string, any>;
