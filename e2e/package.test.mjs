// The package a user installs (CONTRACT §7): `npm pack` builds it (prepack), the tarball
// holds what a site needs, installs into an empty project, imports in Node, and its
// dist/ bundle works in a page served from node_modules. Runs `npm pack`, which rebuilds
// dist/ and lib/ as a release would.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { launchBrowser } from './server.mjs';

const run = promisify(execFile);

describe('the package, packed and installed', () => {
  let dir;
  let tarball;
  before(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'consent-elements-package-'));
    const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', dir], {
      maxBuffer: 64 * 1024 * 1024,
    });
    const [packed] = JSON.parse(stdout.slice(stdout.indexOf('[')));
    tarball = { file: path.join(dir, packed.filename), files: packed.files.map((f) => f.path) };
    const project = path.join(dir, 'site');
    await run('mkdir', ['-p', project]);
    await writeFile(path.join(project, 'package.json'), '{ "name": "site", "private": true }');
    // Lit and idb-keyval come from npm's cache (npm ci filled it) or the registry.
    await run(
      'npm',
      ['install', tarball.file, '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'],
      { cwd: project },
    );
  });
  after(() => dir && rm(dir, { recursive: true, force: true }));

  it('ships the built bundle, its chunks and locales, the modules, types and manifest', () => {
    const files = tarball.files;
    for (const file of [
      'dist/consent-elements.js',
      'dist/consent-head.js',
      'dist/chunks/consent-banner.js',
      'dist/locales/fr.js',
      'dist/dev/consent-elements.js',
      'lib/index.js',
      'lib/index.d.ts',
      'lib/elements.js',
      'lib/store-entry.js',
      'lib/dev/index.js',
      'custom-elements.json',
      'README.md',
      'package.json',
    ]) {
      assert.ok(files.includes(file), `the tarball lacks ${file}`);
    }
    assert.equal(files.filter((f) => f.startsWith('src/') || f.startsWith('test/')).length, 0);
  });

  it('imports in Node (server-side rendering) from the installed package', async () => {
    const { stdout, stderr } = await run(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const { consent } = await import('consent-elements');
         const store = await import('consent-elements/store');
         console.log(JSON.stringify({ decided: (await consent.ready).decided, same: store.consent === consent }));`,
      ],
      { cwd: path.join(dir, 'site') },
    );
    assert.deepEqual(JSON.parse(stdout), { decided: false, same: true });
    assert.equal(stderr, '');
  });

  it('serves a page that loads the installed dist/ bundle: the banner works', async (t) => {
    const { createServer } = await import('node:http');
    const { readFile } = await import('node:fs/promises');
    const root = path.join(dir, 'site');
    const page = `<!doctype html><html lang="en"><head><meta charset="utf-8">
      <script type="module" src="/node_modules/consent-elements/dist/consent-elements.js"></script>
      </head><body><consent-banner></consent-banner><p><a href="#" data-consent-open>Cookie preferences</a></p></body></html>`;
    const server = createServer(async (request, response) => {
      const url = new URL(request.url, 'http://x').pathname;
      if (url === '/') return response.writeHead(200, { 'content-type': 'text/html' }).end(page);
      try {
        const body = await readFile(path.join(root, path.normalize(url)));
        response.writeHead(200, { 'content-type': 'text/javascript' }).end(body);
      } catch {
        response.writeHead(404).end();
      }
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    t.after(() => server.close());
    const browser = await launchBrowser();
    t.after(() => browser.close());
    const context = await browser.newContext();
    const tab = await context.newPage();
    const errors = [];
    tab.on('pageerror', (error) => errors.push(error));
    await tab.goto(`http://127.0.0.1:${server.address().port}/`);
    const reject = tab.locator('consent-banner [part~="reject-button"]');
    await reject.click();
    await tab.locator('consent-banner .banner').waitFor({ state: 'detached' });
    const cookies = await context.cookies();
    assert.ok(
      cookies.some((c) => c.name === 'consent' && /m=r/.test(c.value)),
      'refusal stored',
    );
    assert.deepEqual(errors, []);
  });
});
