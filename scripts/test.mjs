// `npm test`: every check, in order. A failing step fails the command, and the last
// line is the plain count "N passed, N failed" over the unit, component and
// browser-level tests (a failing step that is not a test run counts as one failure).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const steps = [
  ['locales', 'npm', ['run', '--silent', 'localize']],
  ['translations complete', 'node', ['scripts/check-locales.mjs']],
  ['README tables', 'node', ['scripts/readme-tables.mjs', '--check']],
  ['README snippets', 'node', ['scripts/readme-snippets.mjs', '--check']],
  ['type check', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']],
  ['lint', 'npx', ['eslint', '.']],
  ['format', 'npx', ['prettier', '--check', '.', '--log-level', 'warn']],
  ['build', 'node', ['scripts/build.mjs']],
  ['typed tags for React, Vue and Svelte; the Angular recipe', 'node', ['scripts/type-tests.mjs']],
  ['size budget', 'node', ['scripts/size.mjs']],
  ['custom elements manifest', 'node', ['scripts/check-manifest.mjs']],
  ['storybook build', 'npx', ['storybook', 'build', '--quiet', '-o', 'storybook-static']],
  ['unit and component tests', 'npx', ['wtr'], '.cache/unit-summary.json'],
  [
    'browser-level tests',
    'node',
    [
      '--test',
      '--test-concurrency=1',
      // A page that never becomes ready fails instead of hanging the run (each file, and
      // each test in it, gets at most 5 minutes; the slowest file takes about 20 s).
      '--test-timeout=300000',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=./scripts/node-test-summary.mjs',
      '--test-reporter-destination=stdout',
      'e2e/',
    ],
    '.cache/e2e-summary.json',
  ],
];

rmSync('.cache', { recursive: true, force: true });
const totals = { passed: 0, failed: 0, skipped: 0 };
const failedSteps = [];

for (const [name, command, args, summary] of steps) {
  console.log(`\n=== ${name} ===`);
  const started = Date.now();
  const { status } = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  let counted = false;
  if (summary && existsSync(summary)) {
    const counts = JSON.parse(readFileSync(summary, 'utf8'));
    totals.passed += counts.passed;
    totals.failed += counts.failed;
    totals.skipped += counts.skipped;
    counted = counts.failed > 0 || status === 0;
  }
  console.log(`=== ${name}: ${status === 0 ? 'ok' : 'FAILED'} (${seconds} s) ===`);
  if (status !== 0) {
    failedSteps.push(name);
    if (!counted) totals.failed += 1;
  }
}

console.log('');
if (failedSteps.length) console.log(`Failed steps: ${failedSteps.join(', ')}`);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failedSteps.length ? 1 : 0);
