/**
 * `npm run cms`: try the content editor on this machine. Starts the site's dev server and Decap's
 * local backend (decap-server, on 127.0.0.1:8081, reading and writing this folder's files), so
 * /admin/ edits the files here directly; nothing is sent anywhere. Ctrl+C stops both.
 */
import { spawn, type ChildProcess } from 'node:child_process';

const children: ChildProcess[] = [
  spawn('npx', ['decap-server'], { stdio: 'inherit', env: { ...process.env, BIND_HOST: '127.0.0.1', MODE: 'fs' } }),
  spawn('npx', ['astro', 'dev', '--host', '127.0.0.1'], { stdio: 'inherit' }),
];
console.log(
  '\nThe editor will be at http://127.0.0.1:4321/admin/ (choose "Login"; it saves into src/content/ here).\n',
);

const stop = () => children.forEach((child) => child.kill());
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
// When either stops, stop the other: half an editor is no use.
for (const child of children) child.on('exit', (code) => (stop(), (process.exitCode ||= code ?? 0)));
