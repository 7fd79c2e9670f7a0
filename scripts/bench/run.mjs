// Runs a command with the npm and node of the bench itself, capturing its output.
import { spawn } from 'node:child_process';
import { delimiter, dirname } from 'node:path';

/**
 * Runs a command, capturing its output together.
 * @param {string} command
 * @param {string[]} args
 * @param {string} cwd
 * @returns {Promise<{ code: number | null, output: string }>}
 */
export function run(command, args, cwd) {
  return new Promise((resolveRun, reject) => {
    // The npm next to this node, so the build uses the same Node as the bench.
    const env = { ...process.env, PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ''}` };
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => { output += chunk; });
    child.stderr.on('data', (chunk) => { output += chunk; });
    child.on('error', reject);
    child.on('close', (code) => resolveRun({ code, output }));
  });
}

