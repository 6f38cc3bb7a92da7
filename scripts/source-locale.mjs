// Writes src/generated/locales/en.ts, the English texts the runtime reads, from the
// `<source>` texts of the XLIFF files in locales/ (which `lit-localize extract` writes
// from src/localization/messages.ts). Run it together with `lit-localize build`, which
// generates the other locales the same way: `lit-localize build && node scripts/source-locale.mjs`.
//
// Why: messages.ts wraps each text in `msg()` with a translator's note; bundling it
// would ship @lit/localize's runtime and every note. The generated module is plain
// data, available synchronously, so English never flashes message ids.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';

const xliffDir = 'locales';
const output = 'src/generated/locales/en.ts';

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescape = (text) =>
  text.replace(/&(#x[\da-f]+|#\d+|\w+);/gi, (entity, name) => {
    if (name[0] === '#') {
      const hex = name[1] === 'x' || name[1] === 'X';
      return String.fromCodePoint(parseInt(name.slice(hex ? 2 : 1), hex ? 16 : 10));
    }
    if (!Object.hasOwn(ENTITIES, name)) throw new Error(`unknown XML entity ${entity}`);
    return ENTITIES[name];
  });

const texts = new Map();
const files = readdirSync(xliffDir).filter((name) => name.endsWith('.xlf'));
if (!files.length) fail(`no .xlf files in ${xliffDir}/; run \`npm run localize:extract\``);

for (const file of files.sort()) {
  const xml = readFileSync(`${xliffDir}/${file}`, 'utf8');
  const units = xml.matchAll(/<trans-unit\s+id="([^"]+)"[^>]*>([\s\S]*?)<\/trans-unit>/g);
  for (const [, id, body] of units) {
    const source = /<source>([\s\S]*?)<\/source>/.exec(body);
    if (!source) fail(`${file}: trans-unit "${id}" has no <source>`);
    // Every UI text is a plain string: a placeholder element would need lit-localize's templates.
    if (source[1].includes('<')) fail(`${file}: the source of "${id}" contains markup`);
    const text = unescape(source[1]);
    const known = texts.get(id);
    if (known !== undefined && known !== text) {
      fail(
        `${file}: the source of "${id}" differs from another XLIFF file's; run \`npm run localize:extract\``,
      );
    }
    texts.set(id, text);
  }
}

const entries = [...texts.keys()]
  .sort()
  .map((id) => `  ${JSON.stringify(id)}: ${JSON.stringify(texts.get(id))},`);
mkdirSync('src/generated/locales', { recursive: true });
writeFileSync(
  output,
  [
    '// Do not modify this file by hand!',
    '// Re-generate it with `node scripts/source-locale.mjs` (from the <source> texts of locales/*.xlf).',
    '',
    'export const templates = {',
    ...entries,
    '} as const;',
    '',
  ].join('\n'),
);

function fail(message) {
  console.error(`source-locale: ${message}`);
  process.exit(1);
}
