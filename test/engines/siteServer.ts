/** The built site (`dist/`) served by `scripts/serve.mjs` on the smoke's own port, as a static host serves it. */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

export interface SiteServer {
  readonly origin: string;
  stop(): void;
}

export async function serveBuild(port: number): Promise<SiteServer> {
  if (!existsSync('dist/_headers')) throw new Error('dist/ holds no build: run `npm run build` before `npm run test:engines`');
  const server = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
  const origin = `http://localhost:${port}`;
  await new Promise<void>((resolve, reject) => {
    server.once('exit', (code) => reject(new Error(`scripts/serve.mjs exited with ${code} (is port ${port} taken? set ENGINES_PORT)`)));
    server.stdout.once('data', () => resolve());
  });
  return { origin, stop: () => server.kill() };
}
