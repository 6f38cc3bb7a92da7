// A @web/test-runner reporter that counts tests and writes the totals to
// .cache/unit-summary.json, and prints "N passed, N failed, N skipped" last.
// A test file that failed to load (no tests ran, errors reported) counts as failed.
import { mkdirSync, writeFileSync } from 'node:fs';

function count(suite, totals) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites ?? []) count(child, totals);
}

export function summaryReporter() {
  let totals;
  return {
    onTestRunFinished({ sessions }) {
      totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        const failedBefore = totals.failed;
        if (session.testResults) count(session.testResults, totals);
        // A file that failed with no failing test (it did not load, or errored outside
        // its tests) counts once as a failure, so a broken file is never silent.
        if (!session.passed && totals.failed === failedBefore) totals.failed += 1;
      }
    },
    stop() {
      if (!totals) return;
      mkdirSync('.cache', { recursive: true });
      writeFileSync('.cache/unit-summary.json', JSON.stringify(totals));
      process.stdout.write(
        `\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`,
      );
    },
  };
}
