// `npm run build`: bundles with rollup, emits .d.ts types with tsc and the frameworks'
// typed tags (scripts/framework-types.mjs), then checks the layout a release ships
// (CONTRACT §7). Run scripts/locale-modules.mjs first (the npm script does), for
// src/generated/.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });

rmSync('dist', { recursive: true, force: true });
rmSync('lib', { recursive: true, force: true });
run('npx', ['rollup', '-c', '--silent']);
run('npx', ['tsc', '-p', 'tsconfig.build.json']);
// The typed tags for React, Vue and Svelte (lib/frameworks/), from custom-elements.json.
run('node', ['scripts/framework-types.mjs']);

// dist/ holds the entry (the store and the loader), the head script, one module per
// locale (and one per locale for the declaration's texts, in locales/declaration/) and
// the chunks the entry loads on need; dist/dev/ the same, but the head
// script, as the development build. Nothing else: authors copy the folder.
const { targetLocales } = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
const problems = [];
const shipped = readdirSync('dist', { recursive: true })
  .filter((path) => statSync(`dist/${path}`).isFile())
  .sort();
for (const dir of ['', 'dev/']) {
  const expected = [
    `${dir}consent-elements.js`,
    ...targetLocales.flatMap((locale) => [
      `${dir}locales/${locale}.js`,
      `${dir}locales/declaration/${locale}.js`,
    ]),
  ];
  for (const file of expected) {
    if (!shipped.includes(file)) problems.push(`dist/${file} is missing`);
  }
  const entry = readFileSync(`dist/${dir}consent-elements.js`, 'utf8');
  const staticImports = entry.match(/\bimport\s*[^(\s][^;]*?from\s*["'][^"']+["']/g) ?? [];
  if (staticImports.length) {
    problems.push(`dist/${dir}consent-elements.js imports modules up front: ${staticImports}`);
  }
}
const unexpected = shipped.filter(
  (file) =>
    !/^(dev\/)?(consent-elements\.js|locales\/(declaration\/)?[\w-]+\.js|chunks\/[\w.-]+\.js)$/.test(
      file,
    ) && file !== 'consent-head.js',
);
if (unexpected.length) problems.push(`dist/ holds unexpected files: ${unexpected.join(', ')}`);
if (problems.length) {
  for (const problem of problems) console.error(`build: ${problem}`);
  process.exit(1);
}
console.log(`built dist/ (${shipped.length} files) and lib/`);
