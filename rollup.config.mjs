import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { defaultStrategy } from '@lit-labs/rollup-plugin-minify-html-literals/lib/strategy.js';
import esbuild from 'rollup-plugin-esbuild';

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

const minify = (options = {}) =>
  terser({
    ecma: 2022,
    module: true,
    compress: { passes: 2 },
    format: { comments: false },
    ...options,
  });

export default [
  // The self-contained bundle: Lit and everything else inside, minified. The locale
  // modules it loads on demand land next to it, as dist/locales/<locale>.js.
  {
    input: { 'consent-elements': 'src/index.ts' },
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: (chunk) =>
        chunk.moduleIds.length === 1 &&
        /\/src\/generated\/locales\/\w+\.ts$/.test(chunk.moduleIds[0])
          ? 'locales/[name].js'
          : 'chunks/[name]-[hash].js',
    },
    plugins: [nodeResolve(), minifyTemplates(), ts(), minify()],
  },
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
  // The package's own ES modules, one file per source module, Lit as a dependency.
  {
    input: ['src/index.ts', 'src/store/index.ts'],
    external,
    output: { dir: 'lib', format: 'es', preserveModules: true, preserveModulesRoot: 'src' },
    plugins: [ts()],
  },
];
