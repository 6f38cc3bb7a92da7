// Checks the translators' sources, locales/*.xlf, against the English of
// src/localization/messages.ts (as `lit-localize extract` wrote it into each file):
//
//   node scripts/check-locales.mjs            every locale of lit-localize.json
//   node scripts/check-locales.mjs pl cs      only these
//
// Each locale must have one file, and each file a non-empty <target> for every message,
// with exactly the placeholders of the English ({provider}, {title}…), no markup, and no
// other XML entity than the five predefined ones. Run by `npm test` (the locales step).
import { existsSync, readFileSync } from 'node:fs';

const { targetLocales } = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
const only = process.argv.slice(2);
const locales = only.length ? only : targetLocales;
const problems = [];

const ENTITY = /&(?!(amp|lt|gt|quot|apos|#x[\da-f]+|#\d+);)/i;
const holes = (text) => (text.match(/\{\w+\}/g) ?? []).sort().join(' ');

/** The trans-units of an XLIFF file: id → { source, target }. */
function readXliff(path) {
  const xml = readFileSync(path, 'utf8');
  const units = new Map();
  for (const [, id, body] of xml.matchAll(
    /<trans-unit\s+id="([^"]+)"[^>]*>([\s\S]*?)<\/trans-unit>/g,
  )) {
    units.set(id, {
      source: /<source>([\s\S]*?)<\/source>/.exec(body)?.[1],
      target: /<target>([\s\S]*?)<\/target>/.exec(body)?.[1],
    });
  }
  return units;
}

for (const locale of locales) {
  if (!targetLocales.includes(locale)) problems.push(`${locale}: not in lit-localize.json`);
  const path = `locales/${locale}.xlf`;
  if (!existsSync(path)) {
    problems.push(`${path}: missing; run \`npm run localize:extract\``);
    continue;
  }
  const units = readXliff(path);
  if (!units.size) problems.push(`${path}: no trans-unit`);
  for (const [id, { source, target }] of units) {
    const at = `${path} ${id}`;
    if (target === undefined || !target.trim()) {
      problems.push(`${at}: no translation`);
      continue;
    }
    if (target.includes('<')) problems.push(`${at}: markup in the translation`);
    if (ENTITY.test(target)) problems.push(`${at}: a bare "&" (write &amp;)`);
    if (target !== target.trim()) problems.push(`${at}: space at the start or end`);
    if (holes(target) !== holes(source ?? '')) {
      problems.push(`${at}: placeholders "${holes(target)}", expected "${holes(source ?? '')}"`);
    }
  }
}

if (problems.length) {
  for (const problem of problems) console.error(`check-locales: ${problem}`);
  console.error(`check-locales: ${problems.length} problem(s)`);
  process.exit(1);
}
console.log(`check-locales: ${locales.length} locale(s) complete, placeholders intact`);
