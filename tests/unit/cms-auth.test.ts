/**
 * The editor's sign-in service (services/cms-auth/server.ts) against a stand-in for GitHub's OAuth
 * endpoints on 127.0.0.1, never the network: the window is sent to GitHub with the app's id, the
 * scope Decap asked for and a state it must bring back; the code is exchanged with the secret on
 * the server; the token goes, by Decap's handshake, only to an allowed origin; a callback the
 * service did not start is refused without asking GitHub anything.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuthServer, optionsFromEnv } from '../../services/cms-auth/server';

const SITE = 'https://atlas.example';
const CODE = 'code-from-github';
const TOKEN = 'gho_token_for_the_editor';

let github: Server;
let auth: Server;
let authUrl: string;
/** What the stand-in GitHub was sent to /login/oauth/access_token. */
const exchanges: Record<string, string>[] = [];

const listen = (server: Server) =>
  new Promise<string>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)),
  );

beforeAll(async () => {
  github = createServer(async (request, response) => {
    let body = '';
    for await (const chunk of request) body += chunk;
    if (request.method === 'POST' && request.url === '/login/oauth/access_token') {
      const sent = JSON.parse(body) as Record<string, string>;
      exchanges.push(sent);
      const ok = sent.client_secret === 'the-secret' && sent.code === CODE;
      response.writeHead(200, { 'content-type': 'application/json' });
      return response.end(
        JSON.stringify(
          ok
            ? { access_token: TOKEN, token_type: 'bearer' }
            : { error: 'bad_verification_code', error_description: 'The code passed is incorrect or expired.' },
        ),
      );
    }
    return response.writeHead(404).end();
  });
  const githubUrl = await listen(github);
  auth = createAuthServer(
    optionsFromEnv({
      GITHUB_CLIENT_ID: 'the-app',
      GITHUB_CLIENT_SECRET: 'the-secret',
      ALLOWED_ORIGINS: `${SITE}/`,
      GITHUB_URL: githubUrl,
    }),
  );
  authUrl = await listen(auth);
});

afterAll(() => {
  auth?.close();
  github?.close();
});

/** Decap's first request, as its sign-in window makes it; the redirect it gets and the state cookie. */
async function start(scope = 'public_repo') {
  const response = await fetch(`${authUrl}/auth?provider=github&site_id=atlas.example&scope=${scope}`, {
    redirect: 'manual',
  });
  const location = new URL(response.headers.get('location') ?? 'about:blank');
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0]!;
  return { response, location, cookie, state: location.searchParams.get('state') ?? '' };
}

describe('the sign-in service for the editor', () => {
  it("sends the window to GitHub's authorisation page with the app, Decap's scope and a fresh state kept in a cookie", async () => {
    const { response, location, cookie, state } = await start();
    expect(response.status).toBe(302);
    expect(location.pathname).toBe('/login/oauth/authorize');
    expect(location.searchParams.get('client_id')).toBe('the-app');
    expect(location.searchParams.get('scope')).toBe('public_repo');
    expect(location.searchParams.get('redirect_uri')).toBe(`${authUrl}/callback`);
    expect(state).toMatch(/^[0-9a-f]{32}$/);
    expect(cookie).toBe(`cms_auth_state=${state}`);
    expect((await start()).state).not.toBe(state);
    // A scope Decap never asks for is not passed on.
    expect((await start('admin:org')).response.status).toBe(400);
  });

  it('exchanges the code with the secret on the server and hands the token only to the allowed origin', async () => {
    const { cookie, state } = await start();
    const response = await fetch(`${authUrl}/callback?code=${CODE}&state=${state}`, { headers: { cookie } });
    expect(response.status).toBe(200);
    expect(exchanges.at(-1)).toEqual({
      client_id: 'the-app',
      client_secret: 'the-secret',
      code: CODE,
      redirect_uri: `${authUrl}/callback`,
    });
    const page = await response.text();
    expect(page).toContain(
      JSON.stringify(`authorization:github:success:${JSON.stringify({ token: TOKEN, provider: 'github' })}`),
    );
    expect(page).toContain(`const allowed = ${JSON.stringify([SITE])};`);
    expect(page).not.toContain('the-secret');
  });

  it('runs the handshake as Decap expects: the token is posted back only to an allowed origin that asked', async () => {
    const { cookie, state } = await start();
    const page = await (await fetch(`${authUrl}/callback?code=${CODE}&state=${state}`, { headers: { cookie } })).text();
    const script = /<script>([\s\S]*)<\/script>/.exec(page)![1]!;
    // The window's script, run with an opener and a message listener of its own.
    const posted: [unknown, string][] = [];
    let listener: (event: { origin: string; data: unknown }) => void = () => {};
    const window = {
      opener: { postMessage: (data: unknown, origin: string) => posted.push([data, origin]) },
      addEventListener: (_: string, f: typeof listener) => (listener = f),
    };
    new Function('window', script)(window);
    expect(posted).toEqual([['authorizing:github', SITE]]);
    listener({ origin: 'https://elsewhere.example', data: 'authorizing:github' });
    expect(posted).toHaveLength(1);
    listener({ origin: SITE, data: 'authorizing:github' });
    expect(posted[1]).toEqual([
      `authorization:github:success:${JSON.stringify({ token: TOKEN, provider: 'github' })}`,
      SITE,
    ]);
  });

  it('refuses a callback it did not start, without asking GitHub, and reports a refused code as an error', async () => {
    const asked = exchanges.length;
    const { cookie, state } = await start();
    const forged = await fetch(`${authUrl}/callback?code=${CODE}&state=${'0'.repeat(32)}`, { headers: { cookie } });
    expect(forged.status).toBe(403);
    expect(await forged.text()).not.toContain(TOKEN);
    const noCookie = await fetch(`${authUrl}/callback?code=${CODE}&state=${state}`);
    expect(noCookie.status).toBe(403);
    expect(exchanges.length).toBe(asked);

    const refused = await fetch(`${authUrl}/callback?code=stale&state=${state}`, { headers: { cookie } });
    expect(refused.status).toBe(401);
    expect(await refused.text()).toContain(
      'authorization:github:error:{\\"message\\":\\"The code passed is incorrect or expired.\\"}',
    );
  });

  it('will not start without the app, its secret and the allowed origins, or with a path for an origin', () => {
    expect(() => optionsFromEnv({ GITHUB_CLIENT_ID: 'x' })).toThrow(
      'cms-auth: set GITHUB_CLIENT_SECRET, ALLOWED_ORIGINS',
    );
    expect(() =>
      optionsFromEnv({
        GITHUB_CLIENT_ID: 'x',
        GITHUB_CLIENT_SECRET: 'y',
        ALLOWED_ORIGINS: 'https://atlas.example/admin/',
      }),
    ).toThrow('not an origin');
  });
});
