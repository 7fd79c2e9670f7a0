// Serves dist/ with Debian's nginx and the shipped server block, deploy/nginx.conf, changing
// only where it listens and where the site is; everything nginx writes (pid, logs, temp files)
// goes to a temporary folder, so it runs without root. Playwright starts it for test/host/
// (playwright.host.config.ts) and stops it with SIGTERM; by hand, it shows the build as
// published (Ctrl+C stops it).
// Usage: node scripts/serve-nginx.mjs [--port 4331]
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { port: { type: 'string', default: '4331' } } });
const repo = resolve(import.meta.dirname, '..');
const dist = join(repo, 'dist');
const deployedRoot = '/var/www/business-center-help';
const brotliModule = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
const install = '`.ci/run` installs it: apt-get install nginx libnginx-mod-http-brotli-static';

/** @param {string} message */
function fail(message) {
  console.error(`serve-nginx: ${message}`);
  process.exit(1);
}

// Outside root's PATH, Debian's nginx is still in /usr/sbin.
const nginx = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((path) => existsSync(path));
if (!nginx) fail(`nginx is not installed (${install}).`);
if (!existsSync(brotliModule)) fail(`nginx's brotli_static module is not installed (${install}).`);
if (!existsSync(join(dist, '_nginx', 'csp.conf'))) fail('dist/ has no _nginx/csp.conf: run `npm run build` first.');

/**
 * deploy/nginx.conf with only the port and the root changed. A line that is not there any
 * more fails, so the test never serves a server block other than the shipped one.
 * @param {string} text
 */
function forTest(text) {
  /** @type {[string, string][]} */
  const changes = [
    ['    listen 80;\n', `    listen 127.0.0.1:${values.port};\n`],
    ['    listen [::]:80;\n', ''],
  ];
  for (const [from, to] of changes) {
    if (!text.includes(from)) fail(`deploy/nginx.conf has no line "${from.trim()}" to change for the test`);
    text = text.replace(from, to);
  }
  if (!text.includes(deployedRoot)) fail(`deploy/nginx.conf does not serve ${deployedRoot}`);
  return text.replaceAll(deployedRoot, dist);
}

const prefix = await mkdtemp(join(tmpdir(), 'bch-nginx-'));
const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `    ${kind}_temp_path ${join(prefix, kind)};`);
// What Debian's /etc/nginx/nginx.conf gives every site (mime types, dynamic gzip for HTML, which
// the precompressed files must win over), with nginx's own files in the temporary folder.
const main = `
daemon off;
worker_processes 1;
pid ${join(prefix, 'nginx.pid')};
error_log stderr warn;
load_module ${brotliModule};
${process.getuid?.() === 0 ? '# Run as root (as in CI): workers keep root to read the checkout, wherever it is.\nuser root;' : ''}
events { worker_connections 64; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    sendfile on;
    access_log off;
    # The test asks for missing pages on purpose.
    log_not_found off;
    gzip on;
${temp.join('\n')}
    include ${join(prefix, 'site.conf')};
}
`;
await writeFile(join(prefix, 'site.conf'), forTest(await readFile(join(repo, 'deploy', 'nginx.conf'), 'utf8')));
await writeFile(join(prefix, 'nginx.conf'), main);

const server = spawn(nginx, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-e', 'stderr'], { stdio: ['ignore', 'inherit', 'inherit'] });
console.error(`serve-nginx: ${nginx} serving ${dist} on http://127.0.0.1:${values.port}/ (config in ${prefix})`);
const stop = () => server.kill('SIGQUIT');
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
server.on('exit', async (code, signal) => {
  await rm(prefix, { recursive: true, force: true });
  process.exit(signal === 'SIGQUIT' ? 0 : (code ?? 1));
});
