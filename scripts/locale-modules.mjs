// Writes the locale modules the runtime reads, from the XLIFF files in locales/ (the
// translators' source, which `lit-localize extract` writes from
// src/localization/messages.ts). The messages come in two packs, so that a page pays
// only for the texts of the elements it shows:
//   - `locales`: the banner's, the dialog's and the gates' texts;
//   - `declaration`: the texts only <consent-declaration> shows (`consent.declaration.*`
//     but its Type column, which the dialog shows too, and the legal bases).
// For each pack, under src/generated/<pack>/:
//   - en.ts: the English of its messages, by id, from the `<source>` texts (the same in
//     every file; a difference fails). The `locales` pack's banner messages
//     (`consent.action.*`, `consent.banner.*`) are in en-banner.ts instead: what every
//     element shares holds them, so that a first visit fetches no other English; what a
//     gate shows (its messages, the purposes' names, the privacy policy link) is in
//     en-gate.ts, which comes with the gate, so that a page with gates fetches no other
//     English either; en.ts comes with the dialog, the declaration, the receipts, a
//     locale module or the site's own texts;
//   - <lang>.ts: that language's texts from the `<target>`s, as a plain array in the
//     order of the pack's ids (en-banner.ts's, en-gate.ts's, then en.ts's; the ids are
//     not repeated in every module: each locale module a page fetches stays small). A
//     missing target is English;
//   - loaders.ts: `importLocale(locale)`, a static map of imports (the dev server, the
//     tests and lib/ see every module; the bundle replaces it, see rollup.config.mjs).
// src/generated/locales/en.ts also lists the declaration's ids with their placeholders
// (`later`), so that the site's own words for them are checked with the others.
// `npm run localize` runs it; scripts/check-locales.mjs fails on a missing translation.
//
// Why not @lit/localize's own runtime output: messages.ts wraps each text in `msg()`
// with a translator's note; bundling it would ship @lit/localize's runtime and every
// note, and its modules repeat every id. These are plain data; English is available
// synchronously, so it never flashes message ids.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const { sourceLocale, targetLocales } = JSON.parse(readFileSync('lit-localize.json', 'utf8'));

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescape = (text) =>
  text.replace(/&(#x[\da-f]+|#\d+|\w+);/gi, (entity, name) => {
    if (name[0] === '#') {
      const hex = name[1] === 'x' || name[1] === 'X';
      return String.fromCodePoint(parseInt(name.slice(hex ? 2 : 1), hex ? 16 : 10));
    }
    if (!Object.hasOwn(ENTITIES, name)) fail(`unknown XML entity ${entity}`);
    return ENTITIES[name];
  });

/** id → { source, target } of one XLIFF file. */
function read(locale) {
  const file = `locales/${locale}.xlf`;
  const units = new Map();
  const xml = readFileSync(file, 'utf8');
  for (const [, id, body] of xml.matchAll(
    /<trans-unit\s+id="([^"]+)"[^>]*>([\s\S]*?)<\/trans-unit>/g,
  )) {
    const source = /<source>([\s\S]*?)<\/source>/.exec(body)?.[1];
    const target = /<target>([\s\S]*?)<\/target>/.exec(body)?.[1];
    if (source === undefined) fail(`${file}: trans-unit "${id}" has no <source>`);
    // Every UI text is a plain string: a placeholder element would need lit-localize's templates.
    if (source.includes('<') || target?.includes('<')) fail(`${file}: "${id}" contains markup`);
    units.set(id, { source: unescape(source), target: target && unescape(target) });
  }
  return units;
}

const files = new Map(targetLocales.map((locale) => [locale, read(locale)]));
const english = new Map();
for (const [locale, units] of files) {
  for (const [id, { source }] of units) {
    const known = english.get(id);
    if (known !== undefined && known !== source) {
      fail(
        `locales/${locale}.xlf: the source of "${id}" differs; run \`npm run localize:extract\``,
      );
    }
    english.set(id, source);
  }
}
const ids = [...english.keys()].sort();

const header = (what) => [
  '// Do not modify this file by hand!',
  `// Re-generate it with \`node scripts/locale-modules.mjs\` (${what}).`,
  '',
];
const placeholders = (text) => (text.match(/\{\w+\}/g) ?? []).sort().join(' ');

/** Messages only <consent-declaration> shows. */
const isDeclaration = (id) =>
  (id.startsWith('consent.declaration.') && id !== 'consent.declaration.type') ||
  id.startsWith('consent.basis.');
/** The banner's messages: built into what every element shares (see above). */
const isBanner = (id) => /^consent\.(action|banner)\./.test(id);
/**
 * What a gate shows besides: its own messages, the purposes' names and the privacy
 * policy link. In en-gate.ts, so that a page with gates fetches no other English.
 */
const isGate = (id) =>
  id.startsWith('consent.gate.') ||
  /^consent\.category\.[\w-]+\.label$/.test(id) ||
  id === 'consent.prefs.privacyPolicy';
const packs = {
  locales: [
    ...ids.filter((id) => isBanner(id)),
    ...ids.filter((id) => isGate(id)),
    ...ids.filter((id) => !isDeclaration(id) && !isBanner(id) && !isGate(id)),
  ],
  declaration: ids.filter(isDeclaration),
};

for (const [pack, packIds] of Object.entries(packs)) {
  const out = `src/generated/${pack}`;
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const later =
    pack === 'locales'
      ? [
          '',
          '/** The ids of the declaration pack, with their placeholders (site texts are checked against them). */',
          'export const later = {',
          ...packs.declaration.map(
            (id) => `  ${JSON.stringify(id)}: ${JSON.stringify(placeholders(english.get(id)))},`,
          ),
          '} as const;',
        ]
      : [];
  const englishModule = (file, moduleIds, extra = []) =>
    writeFileSync(
      file,
      [
        ...header('from the <source> texts of locales/*.xlf'),
        'export const templates = {',
        ...moduleIds.map((id) => `  ${JSON.stringify(id)}: ${JSON.stringify(english.get(id))},`),
        '} as const;',
        ...extra,
        '',
      ].join('\n'),
    );
  const banner = packIds.filter(isBanner);
  const gate = packIds.filter(isGate);
  englishModule(
    `${out}/${sourceLocale}.ts`,
    packIds.filter((id) => !isBanner(id) && !isGate(id)),
    later,
  );
  if (banner.length) englishModule(`${out}/${sourceLocale}-banner.ts`, banner);
  if (gate.length) englishModule(`${out}/${sourceLocale}-gate.ts`, gate);
  for (const [locale, units] of files) {
    const texts = packIds.map((id) => units.get(id)?.target ?? english.get(id));
    writeFileSync(
      `${out}/${locale}.ts`,
      [
        ...header(`from locales/${locale}.xlf`),
        `/** The texts in "${locale}", in the order of the pack's ids (see scripts/locale-modules.mjs). */`,
        'export const texts: readonly string[] = [',
        ...texts.map((text) => `  ${JSON.stringify(text)},`),
        '];',
        '',
      ].join('\n'),
    );
  }
  writeFileSync(
    `${out}/loaders.ts`,
    [
      ...header('from lit-localize.json'),
      "/** Imports a shipped locale's texts of this pack (the bundle replaces this module). */",
      'const loaders: Record<string, () => Promise<{ texts: readonly string[] }>> = {',
      ...targetLocales.map((locale) => `  ${locale}: () => import('./${locale}.js'),`),
      '};',
      'export const importLocale = (locale: string) => loaders[locale]();',
      '',
    ].join('\n'),
  );
}
console.log(
  `locale-modules: ${files.size + 1} locales, ${ids.length} messages ` +
    `(${packs.locales.length} + ${packs.declaration.length} for the declaration)`,
);

function fail(message) {
  console.error(`locale-modules: ${message}`);
  process.exit(1);
}
