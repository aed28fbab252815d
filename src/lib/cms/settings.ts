/**
 * Where the content editor sends publishers' changes, from the build's environment, so a fork or a
 * regional copy of the site needs no code change: `CMS_REPO` the GitHub repository ("owner/name"),
 * `CMS_BRANCH` its default branch, `CMS_AUTH_URL` the sign-in service (services/cms-auth/).
 */
export interface CmsSettings {
  repo: string;
  branch: string;
  authUrl: string | undefined;
}

export const cmsSettings = (env: Record<string, string | undefined> = process.env): CmsSettings => ({
  repo: env.CMS_REPO || 'charter-atlas/charter-atlas',
  branch: env.CMS_BRANCH || 'main',
  authUrl: env.CMS_AUTH_URL || undefined,
});
