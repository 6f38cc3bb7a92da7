// Every test skipped in an engine, from the `skipIn(this, '<engine>', '<reason>')` calls
// in test/ (test/engine.ts), as a Markdown table for the README:
//
//   node scripts/engines/skips.mjs
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** A quoted string literal; its quote is capture group `n`, its text group `n + 1`. */
const string = (n) => `(['"])((?:(?!\\${n})[^\\\\]|\\\\.)*)\\${n}`;
const SKIP = new RegExp(
  String.raw`\bskipIn\(\s*this\s*,\s*${string(1)}\s*,\s*${string(3)}\s*,?\s*\)`,
  'g',
);
const TEST = new RegExp(String.raw`\bit\(\s*${string(1)}`, 'g');

const unescape = (text) => text.replace(/\\(.)/g, '$1');

function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? files(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  );
}

/** `{ file, test, engine, reason }` for each skip, in file order. */
export function skips(dir = 'test') {
  return files(dir)
    .sort()
    .flatMap((file) => {
      const source = readFileSync(file, 'utf8');
      const found = [...source.matchAll(SKIP)];
      const calls = source.match(/(?<!function )\bskipIn\(/g)?.length ?? 0;
      if (calls !== found.length) {
        throw new Error(
          `${file}: write each skipIn(this, 'engine', 'reason') with literal strings`,
        );
      }
      return found.map((skip) => {
        const tests = [...source.slice(0, skip.index).matchAll(TEST)];
        return {
          file,
          test: tests.length ? unescape(tests.at(-1)[2]) : '',
          engine: unescape(skip[2]),
          reason: unescape(skip[4]),
        };
      });
    });
}

/** `| engine | test | reason |`, one row per skip. */
export function skipTable(dir) {
  const cell = (text) => text.replace(/\|/g, '\\|');
  return [
    '| engine | test | why it cannot run there |',
    '| --- | --- | --- |',
    ...skips(dir).map(
      ({ file, test, engine, reason }) =>
        `| ${engine} | ${cell(test)} (\`${file}\`) | ${cell(reason)} |`,
    ),
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(skipTable().join('\n'));
}
