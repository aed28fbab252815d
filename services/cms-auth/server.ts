/**
 * The content editor's sign-in: the OAuth token exchange Decap's GitHub backend needs (its
 * `base_url`), as a small Node server with no dependencies. Run it with `node server.ts` (Node 24
 * runs TypeScript without a build step), configured by environment variables (README, "Signing in
 * to the editor"):
 *
 *   GITHUB_CLIENT_ID, GITHUB_CLIENT_SECRET  the GitHub OAuth app's
 *   ALLOWED_ORIGINS  the site's origin(s), comma-separated: the only pages the token is given to
 *   PORT             default 8787; HOST default 0.0.0.0
 *   GITHUB_URL       default https://github.com (the tests point it at a stand-in on 127.0.0.1)
 *
 * Decap opens a window at /auth?provider=github&scope=…; this sends it to GitHub's authorisation
 * page with a random `state` kept in a cookie, GitHub sends it back to /callback with a code, this
 * exchanges the code (and the app's secret, which never leaves the server) for a token, and the
 * window hands the token to the editor with Decap's postMessage handshake
 * ("authorizing:github", then "authorization:github:success:{token}"), only to an allowed origin.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { pathToFileURL } from 'node:url';

export interface AuthOptions {
  clientId: string;
  clientSecret: string;
  /** Origins ("https://atlas.example") of the sites whose editor may receive a token. */
  allowedOrigins: string[];
  githubUrl?: string;
}

/** The scopes Decap asks for: `repo`, or `public_repo` with open authoring. */
const SCOPES = new Set(['repo', 'public_repo']);
const STATE_COOKIE = 'cms_auth_state';

/** The page that ends the sign-in window: Decap's handshake, giving `message` only to an allowed origin. */
function handshakePage(status: 'success' | 'error', content: object, allowedOrigins: string[]): string {
  const message = `authorization:github:${status}:${JSON.stringify(content)}`;
  // JSON in a <script>: "<" escaped so no value can close the element.
  const json = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Signing in</title></head>
<body><p>Signing in to the content editor…</p>
<script>
  const allowed = ${json(allowedOrigins)};
  const message = ${json(message)};
  window.addEventListener('message', (event) => {
    if (!allowed.includes(event.origin) || event.data !== 'authorizing:github') return;
    window.opener.postMessage(message, event.origin);
  });
  for (const origin of allowed) window.opener && window.opener.postMessage('authorizing:github', origin);
</script></body></html>`;
}

function send(response: ServerResponse, status: number, body: string, headers: Record<string, string> = {}) {
  response.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    // The handshake is the page's one inline script; nothing else loads.
    'content-security-policy': "default-src 'none'; script-src 'unsafe-inline'",
    'referrer-policy': 'no-referrer',
    ...headers,
  });
  response.end(body);
}

const cookie = (request: IncomingMessage, name: string) =>
  (request.headers.cookie ?? '')
    .split(/;\s*/)
    .find((c) => c.startsWith(`${name}=`))
    ?.slice(name.length + 1);

const sameState = (a: string | undefined, b: string | null) =>
  !!a && !!b && a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** Exchanges the code GitHub gave the window for an access token. */
async function exchange(
  options: AuthOptions,
  code: string,
  redirectUri: string,
): Promise<{ token?: string; error?: string }> {
  const response = await fetch(`${options.githubUrl ?? 'https://github.com'}/login/oauth/access_token`, {
    method: 'POST',
    headers: { accept: 'application/json', 'content-type': 'application/json' },
    body: JSON.stringify({
      client_id: options.clientId,
      client_secret: options.clientSecret,
      code,
      redirect_uri: redirectUri,
    }),
  });
  const body = (await response.json().catch(() => ({}))) as {
    access_token?: string;
    error?: string;
    error_description?: string;
  };
  if (response.ok && body.access_token) return { token: body.access_token };
  return { error: body.error_description ?? body.error ?? `GitHub answered ${response.status}` };
}

export function createAuthServer(options: AuthOptions): Server {
  const github = options.githubUrl ?? 'https://github.com';
  return createServer(async (request, response) => {
    // The callback address GitHub returns to is this server's own, as the browser reached it.
    const proto = (request.headers['x-forwarded-proto'] as string | undefined)?.split(',')[0] ?? 'http';
    const self = `${proto}://${request.headers.host}`;
    const url = new URL(request.url ?? '/', self);
    const redirectUri = `${self}/callback`;
    try {
      if (url.pathname === '/auth' && request.method === 'GET') {
        const scope = url.searchParams.get('scope') ?? 'repo';
        if (url.searchParams.get('provider') !== 'github' || !SCOPES.has(scope))
          return send(response, 400, 'Only GitHub sign-in with the repo or public_repo scope is offered here.');
        const state = randomBytes(16).toString('hex');
        const authorize = new URL('/login/oauth/authorize', github);
        for (const [key, value] of Object.entries({
          client_id: options.clientId,
          redirect_uri: redirectUri,
          scope,
          state,
        }))
          authorize.searchParams.set(key, value);
        return send(response, 302, '', {
          location: authorize.href,
          'set-cookie': `${STATE_COOKIE}=${state}; Path=/callback; HttpOnly; SameSite=Lax; Max-Age=600${proto === 'https' ? '; Secure' : ''}`,
        });
      }
      if (url.pathname === '/callback' && request.method === 'GET') {
        const clear = { 'set-cookie': `${STATE_COOKIE}=; Path=/callback; HttpOnly; SameSite=Lax; Max-Age=0` };
        // A callback this server did not start (no or another state) is refused: it could carry an attacker's code.
        if (!sameState(cookie(request, STATE_COOKIE), url.searchParams.get('state'))) {
          return send(
            response,
            403,
            handshakePage(
              'error',
              { message: 'The sign-in could not be verified; try again.' },
              options.allowedOrigins,
            ),
            clear,
          );
        }
        const code = url.searchParams.get('code');
        const result = code
          ? await exchange(options, code, redirectUri)
          : { error: url.searchParams.get('error_description') ?? 'GitHub sent no code.' };
        return result.token
          ? send(
              response,
              200,
              handshakePage('success', { token: result.token, provider: 'github' }, options.allowedOrigins),
              clear,
            )
          : send(response, 401, handshakePage('error', { message: result.error }, options.allowedOrigins), clear);
      }
      if (url.pathname === '/' && request.method === 'GET')
        return send(response, 200, 'The content editor’s sign-in service.', {
          'content-type': 'text/plain; charset=utf-8',
        });
      return send(response, 404, 'Not found');
    } catch {
      return send(
        response,
        502,
        handshakePage('error', { message: 'GitHub could not be reached.' }, options.allowedOrigins),
      );
    }
  });
}

/** The options from the environment, refusing to start without what the exchange needs. */
export function optionsFromEnv(env: NodeJS.ProcessEnv): AuthOptions {
  const missing = ['GITHUB_CLIENT_ID', 'GITHUB_CLIENT_SECRET', 'ALLOWED_ORIGINS'].filter((name) => !env[name]);
  if (missing.length) throw new Error(`cms-auth: set ${missing.join(', ')}`);
  const allowedOrigins = env.ALLOWED_ORIGINS!.split(',').map((origin) => origin.trim().replace(/\/$/, ''));
  for (const origin of allowedOrigins)
    if (new URL(origin).origin !== origin)
      throw new Error(`cms-auth: ALLOWED_ORIGINS holds "${origin}", which is not an origin (scheme://host[:port])`);
  return {
    clientId: env.GITHUB_CLIENT_ID!,
    clientSecret: env.GITHUB_CLIENT_SECRET!,
    allowedOrigins,
    ...(env.GITHUB_URL ? { githubUrl: env.GITHUB_URL } : {}),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const server = createAuthServer(optionsFromEnv(process.env));
    const port = Number(process.env.PORT ?? 8787);
    server.listen(port, process.env.HOST ?? '0.0.0.0', () => console.log(`cms-auth listening on port ${port}`));
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 1;
  }
}
