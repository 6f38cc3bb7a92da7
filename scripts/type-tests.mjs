// `node scripts/type-tests.mjs` (npm test, after the build): the typed tags that
// lib/frameworks/ ships (scripts/framework-types.mjs) checked by each framework's own
// checker, on apps in test/types/ that import them by the package's name:
//   - React 19: tsc on test/types/react/, whose wrong lines carry `@ts-expect-error`;
//   - Vue 3.5: vue-tsc on test/types/vue/, whose wrong elements carry `@vue-expect-error`;
//   - Svelte 5: svelte-check on test/types/svelte/: App.svelte has no error, and each
//     `<!-- expect-error: … (why) -->` in Wrong.svelte is followed by a line with an error
//     whose message holds the text before the parenthesis (svelte-check has no
//     expect-error in markup).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

if (!existsSync('lib/frameworks/react.d.ts')) {
  fail('lib/frameworks/ is missing: run `npm run build` first.');
}

const run = (command, args) => {
  const { status, stdout, stderr } = spawnSync('npx', [command, ...args], { encoding: 'utf8' });
  return { status, output: `${stdout}${stderr}` };
};
const failures = [];

for (const [name, command] of [
  ['react', 'tsc'],
  ['vue', 'vue-tsc'],
]) {
  const { status, output } = run(command, ['-p', `test/types/${name}`]);
  if (status === 0) console.log(`${name}: ${command} passes (every expect-error line fails)`);
  else failures.push(`${name}: ${command} -p test/types/${name}\n${output.trim()}`);
}

const dir = 'test/types/svelte';
const { output } = run('svelte-check', [
  '--workspace',
  dir,
  '--tsconfig',
  './tsconfig.json',
  '--output',
  'machine',
]);
// `<time> ERROR "<file>" <line>:<column> "<message>"`
const errors = [...output.matchAll(/^\d+ ERROR "([^"]+)" (\d+):\d+ (".*")$/gm)].map(
  ([, file, line, message]) => ({ file, line: Number(line), message: JSON.parse(message) }),
);
if (!/COMPLETED/.test(output)) failures.push(`svelte: svelte-check did not run\n${output}`);
const expected = readFileSync(`${dir}/Wrong.svelte`, 'utf8')
  .split('\n')
  .flatMap((text, index) => {
    const marker = text.match(/<!-- expect-error: (.+?) \(/);
    return marker ? [{ line: index + 2, fragment: marker[1] }] : [];
  });
if (expected.length === 0) failures.push(`svelte: ${dir}/Wrong.svelte expects no error`);
for (const { line, fragment } of expected) {
  const found = errors.some(
    (e) => e.file === 'Wrong.svelte' && e.line === line && e.message.includes(fragment),
  );
  if (!found) failures.push(`svelte: Wrong.svelte:${line} has no error naming ${fragment}`);
}
for (const e of errors) {
  if (e.file === 'Wrong.svelte' && expected.some(({ line }) => line === e.line)) continue;
  failures.push(`svelte: unexpected error, ${e.file}:${e.line}: ${e.message}`);
}
if (!failures.some((f) => f.startsWith('svelte:'))) {
  console.log(
    `svelte: svelte-check passes App.svelte, fails Wrong.svelte's ${expected.length} lines`,
  );
}

if (failures.length) fail(failures.join('\n\n'));

function fail(message) {
  console.error(`type-tests: ${message}`);
  process.exit(1);
}
