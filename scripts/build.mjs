// `npm run build`: bundles with rollup and emits .d.ts types with tsc, then checks the
// layout a release ships (CONTRACT §7). Run scripts/locale-modules.mjs first (the npm
// script does), for src/generated/.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });

rmSync('dist', { recursive: true, force: true });
rmSync('lib', { recursive: true, force: true });
run('npx', ['rollup', '-c', '--silent']);
run('npx', ['tsc', '-p', 'tsconfig.build.json']);

// dist/ holds the two entry files and one module per locale loaded on demand, and the
// same bundle's development build in dist/dev/, nothing
// else: a shared chunk would mean the bundle is no longer self-contained.
const { targetLocales } = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
const files = (dir) => [
  `${dir}consent-elements.js`,
  ...targetLocales.map((locale) => `${dir}locales/${locale}.js`),
];
const expected = ['consent-head.js', ...files(''), ...files('dev/')].sort();
const shipped = readdirSync('dist', { recursive: true })
  .filter((path) => statSync(`dist/${path}`).isFile())
  .sort();
const bundle = readFileSync('dist/consent-elements.js', 'utf8');
const staticImports = bundle.match(/\bimport\s*[^(\s][^;]*?from\s*["'][^"']+["']/g) ?? [];
const problems = [];
if (shipped.join() !== expected.join()) {
  problems.push(`dist/ holds ${shipped.join(', ')}; expected ${expected.join(', ')}`);
}
if (staticImports.length) {
  problems.push(`dist/consent-elements.js imports other modules: ${staticImports.join('; ')}`);
}
if (problems.length) {
  for (const problem of problems) console.error(`build: ${problem}`);
  process.exit(1);
}
console.log('built dist/ and lib/');
