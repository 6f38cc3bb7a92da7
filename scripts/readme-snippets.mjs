// The README's framework recipes are the tested apps' own files (e2e/frameworks/), so
// that a recipe cannot drift from code that runs. Between the markers
//
//   <!-- snippet: e2e/frameworks/react/src/consent.js -->
//
//   ```js
//   …the file, whole…
//   ```
//
//   <!-- snippet:end -->
//
// stands a copy of the named file, in a fenced block of its language (with the blank
// lines Prettier puts around it).
//
//   node scripts/readme-snippets.mjs           rewrites every snippet in README.md
//   node scripts/readme-snippets.mjs --check   fails when a snippet is not its file (npm test)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { extname } from 'node:path';

const README = 'README.md';
const LANGUAGES = {
  '.js': 'js',
  '.mjs': 'js',
  '.jsx': 'jsx',
  '.ts': 'ts',
  '.tsx': 'tsx',
  '.vue': 'vue',
  '.svelte': 'svelte',
  '.html': 'html',
};
const SNIPPET = /(<!-- snippet: (\S+) -->\n)([\s\S]*?)(<!-- snippet:end -->)/g;

const check = process.argv.includes('--check');
const readme = readFileSync(README, 'utf8');
const problems = [];
let count = 0;

const updated = readme.replace(SNIPPET, (whole, start, file, current, end) => {
  count += 1;
  const language = LANGUAGES[extname(file)];
  if (!existsSync(file)) {
    problems.push(`${file}: no such file (named by a snippet in ${README})`);
    return whole;
  }
  if (!language) {
    problems.push(`${file}: no code-block language for "${extname(file)}" files`);
    return whole;
  }
  const wanted = `\n\`\`\`${language}\n${readFileSync(file, 'utf8').trimEnd()}\n\`\`\`\n\n`;
  if (current !== wanted) problems.push(`${file}: the README's copy differs from the file`);
  return `${start}${wanted}${end}`;
});

// A start marker without its end, or an end without a start, is a broken snippet.
const starts = readme.match(/<!-- snippet: /g)?.length ?? 0;
const ends = readme.match(/<!-- snippet:end -->/g)?.length ?? 0;
if (starts !== count || ends !== count) {
  problems.push(
    `${README}: ${starts} snippet start(s), ${ends} end(s), ${count} whole pair(s): ` +
      'each `<!-- snippet: <file> -->` needs its own line and a `<!-- snippet:end -->` after it',
  );
}

const broken = problems.filter((p) => !p.endsWith('differs from the file'));
if (check || broken.length) {
  if (problems.length) {
    console.error(`${README}: ${problems.length} snippet problem(s):`);
    for (const problem of problems) console.error(`  - ${problem}`);
    if (problems.length > broken.length) {
      console.error('Run `node scripts/readme-snippets.mjs` to copy the files into README.md.');
    }
    process.exit(1);
  }
  console.log(`${README}: ${count} snippet(s) match their files.`);
} else {
  writeFileSync(README, updated);
  console.log(`${README}: ${count} snippet(s) written (${problems.length} changed).`);
}
