// A local server of the built site: scripts/serve.mjs in a child process, on a free port.
import { spawn } from 'node:child_process';
import { connect, createServer } from 'node:net';
import { join } from 'node:path';

/**
 * A free TCP port on 127.0.0.1 (asks the OS for one, then releases it).
 * @returns {Promise<number>}
 */
export function freePort() {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

/**
 * Whether something accepts TCP connections on 127.0.0.1:port.
 * @param {number} port
 * @returns {Promise<boolean>}
 */
function listening(port) {
  return new Promise((resolveProbe) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => { socket.destroy(); resolveProbe(true); });
    socket.once('error', () => { socket.destroy(); resolveProbe(false); });
  });
}

/**
 * Starts `node scripts/serve.mjs --port P --dir DIST` and waits until it answers; P is
 * $BENCH_PORT when set (a machine that allows only some ports), else a free one.
 * @param {{ root: string, dist: string, timeoutMs?: number }} options
 * @returns {Promise<{ origin: string, stop: () => Promise<void> }>}
 */
export async function startServer({ root, dist, timeoutMs = 15_000 }) {
  const port = Number(process.env.BENCH_PORT) || await freePort();
  const child = spawn(process.execPath, [join(root, 'scripts/serve.mjs'), '--port', String(port), '--dir', dist], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => { output += chunk; });
  child.stderr.on('data', (chunk) => { output += chunk; });
  const origin = `http://127.0.0.1:${port}`;
  // Whatever ends the bench (error, Ctrl+C), the server goes with it.
  const killOnExit = () => { child.kill(); };
  process.once('exit', killOnExit);
  child.once('exit', () => process.off('exit', killOnExit));

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolveExit) => child.once('exit', resolveExit));
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((resolveWait) => setTimeout(resolveWait, 2000))]);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };

  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`scripts/serve.mjs exited with code ${child.exitCode}: ${output.trim()}`);
    if (await listening(port)) return { origin, stop };
    await new Promise((resolveWait) => setTimeout(resolveWait, 100));
  }
  await stop();
  throw new Error(`scripts/serve.mjs did not answer on ${origin} within ${timeoutMs / 1000} s: ${output.trim()}`);
}
