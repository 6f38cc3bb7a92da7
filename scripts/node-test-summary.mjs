// A node:test reporter that writes totals to .cache/e2e-summary.json.
// Used beside the spec reporter: node --test --test-reporter=spec --test-reporter=./scripts/node-test-summary.mjs
import { mkdirSync, writeFileSync } from 'node:fs';

export default async function* summary(source) {
  const totals = { passed: 0, failed: 0, skipped: 0 };
  for await (const event of source) {
    // Count leaf tests only: suites report their own pass/fail too.
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    if (event.data.details?.type === 'suite') continue;
    if (event.data.skip || event.data.todo) totals.skipped += 1;
    else if (event.type === 'test:pass') totals.passed += 1;
    else totals.failed += 1;
  }
  mkdirSync('.cache', { recursive: true });
  writeFileSync('.cache/e2e-summary.json', JSON.stringify(totals));
  yield '';
}
