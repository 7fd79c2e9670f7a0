// `npm run test:pseudo`'s build: the site in a temporary copy (tracked sources only, with
// node_modules linked), the pseudo-locale added to it by addLocale.mjs as the README's recipe adds
// a locale, then built into dist-pseudo/ (OUT_DIR). The working tree is never touched.
// Run with the TypeScript hook: node --import ./scripts/lib/registerTs.mjs scripts/pseudo-locale/build.mjs
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const outDir = resolve(repo, process.env.OUT_DIR ?? 'dist-pseudo');
/** What `astro build` reads. */
const sources = ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

/** @param {string} command @param {string[]} args @param {string} cwd @param {NodeJS.ProcessEnv} [env] */
function run(command, args, cwd, env = {}) {
  const result = spawnSync(command, args, { cwd, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status ?? result.signal})`);
}

const copy = await mkdtemp(join(tmpdir(), 'pseudo-locale-'));
try {
  for (const source of sources) await cp(join(repo, source), join(copy, source), { recursive: true });
  await symlink(join(repo, 'node_modules'), join(copy, 'node_modules'), 'dir');
  run(process.execPath, ['--import', './scripts/lib/registerTs.mjs', 'scripts/pseudo-locale/addLocale.mjs', copy], copy);
  run(process.execPath, [join(repo, 'node_modules/astro/bin/astro.mjs'), 'build'], copy, { OUT_DIR: outDir });
} finally {
  await rm(copy, { recursive: true, force: true });
}
