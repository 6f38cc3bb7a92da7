import type { StorybookConfig } from '@storybook/web-components-vite';
import { mergeConfig } from 'vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // Local stand-ins for third-party content (the "loaded" gate, a poster image):
  // stories never reach a third party unless the viewer clicks a gate.
  staticDirs: ['./public'],
  core: { disableTelemetry: true },
  async viteFinal(config) {
    return mergeConfig(config, {
      // The elements use TypeScript's legacy decorators with `useDefineForClassFields:
      // false` (tsconfig.json). Vite 8 transforms TypeScript with Oxc; said explicitly
      // here, so that files outside tsconfig's `include` get the same semantics and so
      // that a standard-decorator pass-through (which leaves every element unrendered)
      // cannot happen. setPublicClassFields + removeClassFieldsWithoutInitializer is
      // Oxc's equivalent of useDefineForClassFields: false: `position = 'bottom'` is
      // assigned through Lit's reactive accessor instead of shadowing it.
      oxc: {
        decorator: { legacy: true },
        assumptions: { setPublicClassFields: true },
        typescript: { removeClassFieldsWithoutInitializer: true },
      },
    });
  },
};

export default config;
