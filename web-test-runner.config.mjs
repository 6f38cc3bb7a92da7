import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { summaryReporter } from './scripts/summary-reporter.mjs';
import { defaultReporter } from '@web/test-runner';
import { CHROME_ARGS, CHROME_PATH } from './scripts/chromium.mjs';

export default {
  files: 'test/**/*.test.ts',
  nodeResolve: true,
  // One file at a time: test files share the browser's cookies, IndexedDB and BroadcastChannel.
  concurrency: 1,
  // axe scans are slow on a busy 2-core machine: a generous per-test limit.
  testFramework: { config: { timeout: 20000 } },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: CHROME_PATH, headless: true, args: CHROME_ARGS },
    }),
  ],
  reporters: [defaultReporter(), summaryReporter()],
};
