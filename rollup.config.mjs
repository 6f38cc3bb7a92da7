import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

const ts = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' });
const external = (id) => /^(lit|@lit\/|idb-keyval)/.test(id);

export default [
  // The self-contained bundle: Lit and everything else inside, minified.
  {
    input: { 'consent-elements': 'src/index.ts' },
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
    },
    plugins: [
      nodeResolve(),
      ts(),
      terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
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
