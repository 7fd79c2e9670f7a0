// The simulator store in a DOM environment (jsdom's localStorage): time for 1,000 commands,
// and the size of the stored document with 500 users. Measured by scripts/bench/store/.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { run } from '../run.mjs';

/** @typedef {import('../types.mjs').BenchModule} BenchModule */

/** @type {BenchModule} */
export default {
  id: 'store',
  title: 'Simulator store (browser store on jsdom localStorage)',
  columns: [
    { key: 'measure', label: 'Measure' },
    { key: 'value', label: 'Value' },
  ],
  async run(ctx) {
    ctx.log('store timings…');
    const { code, output } = await run('npx', ['vitest', 'run', '--config', 'vitest.bench.config.ts'], ctx.root);
    if (code !== 0) return { rows: [], errors: [`store measurement failed:\n${output.trim().split('\n').slice(-15).join('\n')}`] };
    const result = JSON.parse(await readFile(join(ctx.root, 'bench-results', 'store.json'), 'utf8'));
    return {
      rows: [
        { measure: `${result.commands} commands (invite, change roles, list users, read agreement; each saved)`, value: `${Math.round(result.commandsMs)} ms (${(result.commandsMs / result.commands).toFixed(2)} ms each)` },
        { measure: `stored document with ${result.users} users`, value: `${result.documentBytes.toLocaleString('en')} bytes` },
      ],
      notes: ['Every command rewrites the whole document: the time grows with the number of users.'],
      details: result,
    };
  },
};
