import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  plugins: [
    vue({
      template: {
        // Vue's compiler option (in the plugin, not app.config): the tags are custom elements.
        compilerOptions: { isCustomElement: (tag) => tag.startsWith('consent-') },
      },
    }),
  ],
});
