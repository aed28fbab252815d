/**
 * /admin/config.yml: the CMS configuration, derived from the schemas (src/lib/cms/config.ts).
 * `CMS_REPO` names the GitHub repository ("owner/name") publishers' pull requests go to, so a
 * fork or a regional copy of the site needs no code change; `CMS_BRANCH` its default branch.
 */
import type { APIRoute } from 'astro';
import { stringify } from 'yaml';
import { cmsConfig } from '../../lib/cms/config';

export const GET: APIRoute = () =>
  new Response(stringify(cmsConfig({ repo: process.env.CMS_REPO ?? 'charter-atlas/charter-atlas', branch: process.env.CMS_BRANCH ?? 'main' })), {
    headers: { 'content-type': 'text/yaml; charset=utf-8' },
  });
