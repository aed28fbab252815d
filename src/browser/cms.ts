/**
 * The content editor's own script, beside Decap's prebuilt program (decap-cms.js, which /admin/ loads
 * first and which starts itself). The configuration comes from ./config.yml (the <link
 * rel="cms-config-url"> on the page). The preview pane uses the site's own stylesheet, and shows a
 * framework's standards by theme in the markup of its page (src/components/StandardsByTheme.astro),
 * so a publisher sees them as readers will.
 */
import siteStyles from '../styles/site.css?url';
import { themeHeading } from '../lib/catalog/labels';
import type { Standard as StandardData, Theme as ThemeData } from '../lib/catalog/types';

/** A React element, made with `h`. */
type PreviewElement = object;

declare global {
  /** What Decap's script build puts on window (https://decapcms.org/docs/customization/), as far as used here. */
  interface Window {
    CMS: {
      registerPreviewStyle: (href: string) => void;
      registerPreviewTemplate: (collection: string, template: (props: PreviewProps) => PreviewElement) => void;
    };
    /** React.createElement of the React inside decap-cms.js. */
    h: (type: string, props: Record<string, unknown> | null, children?: unknown) => PreviewElement;
  }
}

/** A theme and its standards as the editor holds them while they are written: any field may still be missing. */
type Standard = Partial<Pick<StandardData, 'number' | 'title'>>;
type Theme = Partial<Pick<ThemeData, 'number' | 'title'>> & { standards?: Standard[] };
interface PreviewProps {
  entry: { getIn: (path: string[]) => { toJS: () => unknown } | string | undefined };
  widgetFor: (name: string) => unknown;
}

const plain = <T>(value: { toJS: () => unknown } | string | undefined, fallback: T): T =>
  value === undefined ? fallback : typeof value === 'string' ? (value as T) : (value.toJS() as T);

function FrameworkPreview({ entry, widgetFor }: PreviewProps): PreviewElement {
  const { h } = window;
  const title = plain(entry.getIn(['data', 'title']), '');
  const themes = plain<Theme[]>(entry.getIn(['data', 'themes']), []);
  return h('main', { className: 'container' }, [
    h('h1', { key: 'title' }, title),
    h('div', { key: 'body' }, widgetFor('body')),
    h('h2', { key: 'standards' }, 'Standards'),
    ...themes.map((theme, i) =>
      h('section', { key: `theme-${i}`, className: 'theme' }, [
        h('h3', { key: 'h' }, themeHeading({ number: theme.number || undefined, title: theme.title ?? '' })),
        h(
          'ol',
          { key: 'list', className: 'standard-list' },
          (theme.standards ?? []).map((standard, j) =>
            // An unnumbered standard or theme shows no number (an empty field counts as none), as on its page.
            h('li', { key: j }, !standard.number ? standard.title ?? '' : [h('span', { key: 'n', className: 'standard-number' }, standard.number), ` ${standard.title ?? ''}`]),
          ),
        ),
      ]),
    ),
  ]);
}

window.CMS.registerPreviewStyle(siteStyles);
window.CMS.registerPreviewTemplate('frameworks', FrameworkPreview);
