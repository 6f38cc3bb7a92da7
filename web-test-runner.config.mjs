import { esbuildPlugin } from '@web/dev-server-esbuild';
import { summaryReporter } from './scripts/summary-reporter.mjs';
import { defaultReporter } from '@web/test-runner';
import { engineCommands } from './scripts/engines/commands.mjs';
import { engineLaunchers } from './scripts/engines/launchers.mjs';

export default {
  files: 'test/**/*.test.ts',
  nodeResolve: true,
  // One file at a time: test files share the browser's cookies, IndexedDB and BroadcastChannel.
  concurrency: 1,
  // Chromium, Firefox and WebKit one after another (ENGINES=chromium npx wtr for one).
  concurrentBrowsers: 1,
  // axe scans are slow on a busy 2-core machine: a generous per-test limit.
  testFramework: { config: { timeout: 20000 } },
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    engineCommands(),
  ],
  browsers: engineLaunchers(),
  reporters: [defaultReporter(), summaryReporter()],
};
