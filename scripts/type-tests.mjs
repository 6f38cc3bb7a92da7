// `node scripts/type-tests.mjs` (npm test, after the build): the typed tags that
// lib/frameworks/ ships (scripts/framework-types.mjs) checked by each framework's own
// checker, on apps in test/types/ that import them by the package's name:
//   - React 19: tsc on test/types/react/, whose wrong lines carry `@ts-expect-error`;
//   - Vue 3.5: vue-tsc on test/types/vue/, whose wrong elements carry `@vue-expect-error`;
//   - Svelte 5: svelte-check on test/types/svelte/: App.svelte has no error, and each
//     `<!-- expect-error: … (why) -->` in Wrong.svelte is followed by a line with an error
//     whose message holds the text before the parenthesis (svelte-check has no
//     expect-error in markup).
//   - Angular: ngc (AOT, strictTemplates, no emit) on test/types/angular/: the README's
//     component, with CUSTOM_ELEMENTS_SCHEMA, compiles (tsconfig.json); the same tags in
//     wrong.component.ts, without the schema, do not (tsconfig.wrong.json), each marked
//     line with "is not a known element", as Wrong.svelte is checked. Angular needs no
//     typings of ours: the `$event` of `(consent-gate-load)` is typed from the package's
//     HTMLElementEventMap.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { stripVTControlCharacters } from 'node:util';

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
const expected = expectedErrors(`${dir}/Wrong.svelte`);
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

const angular = 'test/types/angular';
// ngc prints `<file>:<line>:<column> - error NG8001: <message>` in colour, whatever `pretty` says.
const ngc = (tsconfig) => {
  const { status, output } = run('ngc', ['-p', `${angular}/${tsconfig}`]);
  return { status, output: stripVTControlCharacters(output) };
};
const good = ngc('tsconfig.json');
if (good.status !== 0) failures.push(`angular: ngc -p ${angular}/tsconfig.json\n${good.output}`);
const { status: wrongStatus, output: plain } = ngc('tsconfig.wrong.json');
const ngErrors = [...plain.matchAll(/^(\S+):(\d+):\d+ - error (\w+): (.*)$/gm)].map(
  ([, file, line, code, message]) => ({ file, line: Number(line), code, message }),
);
const ngExpected = expectedErrors(`${angular}/wrong.component.ts`);
if (wrongStatus === 0) failures.push('angular: wrong.component.ts compiles without the schema');
if (ngErrors.length !== (plain.match(/ - error /g) ?? []).length) {
  failures.push(`angular: ngc's errors did not parse\n${plain}`);
}
for (const { line, fragment } of ngExpected) {
  const found = ngErrors.some(
    (e) => e.file.endsWith('wrong.component.ts') && e.line === line && e.message.includes(fragment),
  );
  if (!found) failures.push(`angular: wrong.component.ts:${line} has no error naming ${fragment}`);
}
for (const e of ngErrors) {
  if (e.file.endsWith('wrong.component.ts') && ngExpected.some(({ line }) => line === e.line)) {
    continue;
  }
  failures.push(`angular: unexpected error, ${e.file}:${e.line}: ${e.code} ${e.message}`);
}
if (!failures.some((f) => f.startsWith('angular:'))) {
  console.log(
    `angular: ngc compiles consent.component.ts, fails wrong.component.ts's ${ngExpected.length} lines`,
  );
}

if (failures.length) fail(failures.join('\n\n'));

/** The line after each `<!-- expect-error: <fragment> (why) -->`, and its fragment. */
function expectedErrors(file) {
  const lines = readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((text, index) => {
      const marker = text.match(/<!-- expect-error: (.+?) \(/);
      return marker ? [{ line: index + 2, fragment: marker[1] }] : [];
    });
  if (lines.length === 0) failures.push(`${file} expects no error`);
  return lines;
}

function fail(message) {
  console.error(`type-tests: ${message}`);
  process.exit(1);
}
