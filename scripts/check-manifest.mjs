// `node scripts/check-manifest.mjs`: regenerates custom-elements.json in a temporary
// directory with the analyzer (custom-elements-manifest.config.mjs) and fails when the
// committed file differs, showing where. Fix: `npm run analyze`, then commit the file.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const committedFile = 'custom-elements.json';
const dir = mkdtempSync(path.join(tmpdir(), 'consent-elements-cem-'));
let fresh;
try {
  // The analyzer joins --outdir to the working directory, so it must be relative.
  const outdir = path.relative(process.cwd(), dir);
  execFileSync(
    'npx',
    [
      'cem',
      'analyze',
      '--config',
      'custom-elements-manifest.config.mjs',
      '--outdir',
      outdir,
      '--quiet',
    ],
    { stdio: 'inherit' },
  );
  fresh = readFileSync(path.join(dir, 'custom-elements.json'), 'utf8');
} finally {
  rmSync(dir, { recursive: true, force: true });
}

// The contract's public API (CONTRACT §2, §5) must be in the manifest, and nothing
// internal: a fresh generation can be complete nonsense and still match the file.
const CONTRACT_API = {
  ConsentStore: {
    members: [
      'ready',
      'state',
      'granted',
      'acceptAll',
      'rejectAll',
      'update',
      'withdraw',
      'on',
      'openPreferences',
      'history',
      'configure',
    ],
    events: ['ready', 'change'],
  },
  ConsentBanner: {
    attributes: ['position', 'modal', 'lang'],
    slots: ['', 'title'],
    cssParts: [
      'banner',
      'title',
      'message',
      'actions',
      'button',
      'accept-button',
      'reject-button',
      'customize-button',
    ],
  },
  ConsentPreferences: { members: ['show', 'close'], attributes: ['open', 'lang'] },
  ConsentGate: {
    attributes: ['category', 'service', 'src', 'title', 'on-request', 'loaded'],
    slots: ['placeholder'],
    cssParts: ['placeholder', 'message', 'load-button', 'allow-button'],
    events: ['consent-gate-load'],
  },
  ConsentDeclaration: {
    attributes: ['categories', 'show', 'heading-level', 'lang'],
    cssParts: [
      'declaration',
      'summary-table',
      'purpose',
      'services-table',
      'storage-table',
      'record',
      'change-button',
    ],
  },
};
const problems = [];
const declarations = new Map(
  JSON.parse(fresh)
    .modules.flatMap((module) => module.declarations ?? [])
    .map((declaration) => [declaration.name, declaration]),
);
for (const [name, kinds] of Object.entries(CONTRACT_API)) {
  const declaration = declarations.get(name);
  if (!declaration) {
    problems.push(`${name} is not declared`);
    continue;
  }
  for (const [kind, expected] of Object.entries(kinds)) {
    const listed = new Set((declaration[kind] ?? []).map((item) => item.name));
    for (const item of expected) {
      if (!listed.has(item)) problems.push(`${name} lacks ${kind} "${item}"`);
    }
  }
  for (const kind of ['members', 'attributes']) {
    for (const item of declaration[kind] ?? []) {
      if (/^[_#]/.test(item.name)) problems.push(`${name} lists the internal ${item.name}`);
    }
  }
}
if (problems.length) {
  for (const problem of problems) console.error(`check-manifest: ${problem}`);
  process.exit(1);
}

const committed = existsSync(committedFile) ? readFileSync(committedFile, 'utf8') : null;
if (committed === fresh) {
  console.log(`${committedFile} is up to date.`);
} else {
  console.error(
    committed === null
      ? `check-manifest: ${committedFile} is missing.`
      : `check-manifest: ${committedFile} is out of date with the sources:\n\n${hunk(committed, fresh)}\n`,
  );
  console.error(`Run \`npm run analyze\` and commit ${committedFile}.`);
  process.exit(1);
}

/** A unified diff of the two texts (3 lines of context), at most 80 lines of it. */
function hunk(before, after) {
  const a = before.split('\n');
  const b = after.split('\n');
  // Longest common subsequence, from the end: lcs[i][j] for a[i..] and b[j..].
  const lcs = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const ops = []; // [sign, line, line number in the committed file]
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      ops.push([' ', a[i++], i]);
      j++;
    } else if (i < a.length && (j === b.length || lcs[i + 1][j] >= lcs[i][j + 1])) {
      ops.push(['-', a[i++], i]);
    } else ops.push(['+', b[j++], i]);
  }
  const near = ops.map((_, k) =>
    ops.slice(Math.max(0, k - 3), k + 4).some(([sign]) => sign !== ' '),
  );
  const lines = [`--- ${committedFile} (committed)`, `+++ ${committedFile} (from the sources)`];
  ops.forEach(([sign, line, at], k) => {
    if (!near[k]) return;
    if (k === 0 || !near[k - 1]) lines.push(`@@ near line ${at} of the committed file @@`);
    lines.push(`${sign} ${line}`);
  });
  return lines.length > 82
    ? [...lines.slice(0, 82), `… ${lines.length - 82} more lines`].join('\n')
    : lines.join('\n');
}
