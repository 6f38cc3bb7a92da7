import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { defaultStrategy } from '@lit-labs/rollup-plugin-minify-html-literals/lib/strategy.js';
import esbuild from 'rollup-plugin-esbuild';
import { readFileSync } from 'node:fs';

const ts = (target = 'es2022') => esbuild({ target, tsconfig: 'tsconfig.json' });
const external = (id) => /^(lit|@lit\/|idb-keyval)/.test(id);

/**
 * Minifies the markup of Lit's `html` and the rules of its `css` templates (Lightning
 * CSS). Lightning CSS keeps numbers as 32-bit floats printed with 6 significant digits,
 * so `2147483000` would come out as `2147480000` (parcel-bundler/lightningcss#170):
 * longer numbers are set aside before and put back after.
 */
function minifyTemplates() {
  const minifyCSS = (css) => {
    const kept = [];
    const safe = css.replace(/(?<![\w#.-])\d[\d.]*/g, (number) =>
      number.replace('.', '').length > 6 ? `__ce_number_${kept.push(number) - 1}__` : number,
    );
    return defaultStrategy
      .minifyCSS(safe)
      .replace(/__ce_number_(\d+)__/g, (_, index) => kept[Number(index)]);
  };
  return minifyLiterals({
    include: ['src/**/*.ts'],
    failOnError: true,
    options: { minifyOptions: { minifyCSS } },
  });
}

const { targetLocales } = JSON.parse(readFileSync('lit-localize.json', 'utf8'));

/**
 * In the self-contained bundle, a locale's texts are imported from `./locales/<locale>.js`
 * (the declaration's from `./locales/declaration/<locale>.js`) next to the bundle, by one
 * `import()` with the locale in its path, in place of the static map of each pack's
 * generated `loaders.ts` (scripts/locale-modules.mjs); each locale module is an entry of
 * its own.
 */
function importLocaleFromDist() {
  return {
    name: 'import-locale-from-dist',
    load(id) {
      const pack = /\/src\/generated\/(locales|declaration)\/loaders\.ts$/.exec(id)?.[1];
      if (!pack) return null;
      // The module may land in a chunk of dist/chunks/: parallelChunks() writes the path
      // from wherever it is.
      const dir = pack === 'locales' ? '__LOCALES__' : '__LOCALES__/declaration';
      return (
        'export const importLocale = (locale: string): Promise<{ texts: readonly string[] }> =>\n' +
        `  import(/* @vite-ignore */ \`${dir}/\${locale}.js\`);\n`
      );
    },
  };
}

/**
 * Production builds: console messages are codes (src/diagnostics/mode.ts reads false), so
 * the sentences of src/diagnostics/sentences.ts are left out. The development builds
 * (dist/dev/, lib/dev/) keep them.
 */
function production() {
  return {
    name: 'production-diagnostics',
    load: (id) => (id.endsWith('/src/diagnostics/mode.ts') ? 'export const DEV = false;' : null),
  };
}

const minify = (options = {}) =>
  terser({
    ecma: 2022,
    module: true,
    compress: { passes: 2 },
    format: { comments: false },
    ...options,
  });

/**
 * A chunk the loader imports needs the chunks it imports in turn (`ui`, `en`…), which
 * the browser would only discover once the first arrives: one round trip each. This
 * rewrites each `import()` of a chunk, in the entry or in another chunk, to fetch it and
 * everything it needs at once, in parallel. It also writes the path to `locales/` from the chunk that
 * imports the locale modules.
 */
function parallelChunks() {
  return {
    name: 'parallel-chunks',
    generateBundle(options, bundle) {
      const closure = (file, seen = new Set()) => {
        for (const dependency of bundle[file]?.imports ?? []) {
          if (!seen.has(dependency) && !bundle[dependency].isEntry) {
            seen.add(dependency);
            closure(dependency, seen);
          }
        }
        return seen;
      };
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const depth = chunk.fileName.split('/').length - 1;
        chunk.code = chunk.code.replaceAll(
          '__LOCALES__',
          depth ? `${'../'.repeat(depth)}locales` : './locales',
        );
      }
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        // The entry imports `./chunks/x.js`; a chunk imports its siblings as `./x.js`.
        const dir = chunk.isEntry ? '' : 'chunks/';
        chunk.code = chunk.code.replace(/import\("\.\/([\w./-]+\.js)"\)/g, (call, path) => {
          const file = dir + path;
          if (!file.startsWith('chunks/') || !bundle[file]) return call;
          const needs = [...closure(file)].map((need) => need.slice(dir.length));
          if (!needs.length) return call;
          const all = [...needs, path].map((p) => `import("./${p}")`).join(',');
          return `Promise.all([${all}]).then(m=>m[${needs.length}])`;
        });
      }
    },
  };
}

/**
 * Chunks are named after what they hold: `ui` is what every element shares (the
 * controllers, the theme tokens, translation), fetched once by a page that shows any
 * element; `lit` is Lit, which only the dialog and the declaration are built on; the
 * others are named after their first module (`consent-banner`, `receipts`…).
 */
const chunkFileNames = (chunk) => {
  if (chunk.moduleIds.some((id) => id.includes('/node_modules/lit-html/'))) return 'chunks/lit.js';
  if (chunk.moduleIds.some((id) => id.endsWith('/src/components/element.ts')))
    return 'chunks/ui.js';
  return 'chunks/[name].js';
};

/**
 * The self-contained bundle: Lit and everything else inside, minified. The locale
 * modules it loads on demand land next to it, as `locales/<locale>.js`. `dist/` holds
 * the production build; `dist/dev/` the same with full console sentences.
 */
const bundle = (dev) => ({
  // The entry holds the core, and the chunks loaded on need import from it (no extra
  // request for a facade module).
  preserveEntrySignatures: 'allow-extension',
  input: {
    'consent-elements': 'src/index.ts',
    ...Object.fromEntries(
      targetLocales.flatMap((locale) => [
        [`locales/${locale}`, `src/generated/locales/${locale}.ts`],
        [`locales/declaration/${locale}`, `src/generated/declaration/${locale}.ts`],
      ]),
    ),
  },
  output: {
    dir: dev ? 'dist/dev' : 'dist',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames,
  },
  plugins: [
    ...(dev ? [] : [production()]),
    importLocaleFromDist(),
    nodeResolve(),
    minifyTemplates(),
    ts(),
    minify(),
    parallelChunks(),
  ],
});

/**
 * The package's own ES modules, one file per source module, Lit as a dependency: `lib/`
 * (production), `lib/dev/` (the `development` export condition: full console sentences).
 */
const modules = (dev) => ({
  input: ['src/index.ts', 'src/store-entry.ts', 'src/elements.ts'],
  external,
  output: {
    dir: dev ? 'lib/dev' : 'lib',
    format: 'es',
    preserveModules: true,
    preserveModulesRoot: 'src',
  },
  plugins: [...(dev ? [] : [production()]), ts()],
});

export default [
  bundle(false),
  bundle(true),
  // The head script (src/head/consent-head.ts): a classic script, run before any tag,
  // under 1 KB brotli. ES2020 syntax; no "use strict" prologue, which it does not need.
  {
    input: 'src/head/consent-head.ts',
    output: { file: 'dist/consent-head.js', format: 'iife', strict: false },
    plugins: [
      ts('es2020'),
      minify({ ecma: 2020, module: false, toplevel: true, compress: { passes: 3 } }),
    ],
  },
  modules(false),
  modules(true),
];
