// `npm start`: serves the demo page and the library's TypeScript sources (compiled on
// the fly by esbuild) on 127.0.0.1, and prints the URL.
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';

const port = Number(process.env.PORT ?? 8000);

const server = await startDevServer({
  config: {
    rootDir: '.',
    hostname: '127.0.0.1',
    port,
    // Lit's production build, as sites ship it (its development build warns on the console).
    nodeResolve: { exportConditions: ['production'] },
    appIndex: undefined,
    // The examples' measurement beacons (POST …/api/…) are received and dropped.
    middleware: [
      (context, next) => {
        if (context.method !== 'POST' || !/^\/examples\/[\w-]+\/api\//.test(context.path)) {
          return next();
        }
        context.status = 204;
      },
    ],
    plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});

const url = `http://127.0.0.1:${server.config.port}/demo/`;
console.log(`consent-elements demo: ${url}`);
console.log('Press Ctrl+C to stop.');
