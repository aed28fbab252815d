/**
 * /admin/config.yml: the CMS configuration, derived from the schemas (src/lib/cms/config.ts), for
 * the repository, branch and sign-in service the build names (src/lib/cms/settings.ts).
 */
import type { APIRoute } from 'astro';
import { stringify } from 'yaml';
import { cmsConfig } from '../../lib/cms/config';
import { cmsSettings } from '../../lib/cms/settings';

export const GET: APIRoute = () =>
  new Response(stringify(cmsConfig(cmsSettings())), {
    headers: { 'content-type': 'text/yaml; charset=utf-8' },
  });
