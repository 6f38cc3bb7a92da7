/// <reference types="vite/client" />
import type { Decorator, Preview } from '@storybook/web-components-vite';
// The same function as '@storybook/web-components' exports: the -vite framework
// re-exports that package, and it is the one the project depends on directly.
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { render } from 'lit';
import { isTemplateResult } from 'lit/directive-helpers.js';
import { MINIMAL_VIEWPORTS } from 'storybook/viewport';
import { defineElements } from '../src/elements.js';
import { LOCALES as SHIPPED } from '../src/localization/languages.js';
import { freshStoryStore, type ConsentParameters } from './fresh-store.js';
import { forStorybook, type Manifest } from './manifest.js';
import { applyTheme, type Theme } from './theme.js';
import './preview.css';

// custom-elements.json is generated (`npm run analyze`), not committed: without it
// the stories still work, with only the controls they declare themselves.
const manifests = import.meta.glob<Manifest>('../custom-elements.json', {
  eager: true,
  import: 'default',
});
const manifest = manifests['../custom-elements.json'];
if (manifest) setCustomElementsManifest(forStorybook(manifest));
else console.warn('storybook: custom-elements.json is missing; run `npm run analyze`.');

defineElements();

/** Every shipped language, named in itself (the example page around the elements speaks five). */
const LOCALES = Object.fromEntries(
  SHIPPED.map((tag) => [tag, new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag]),
);

/**
 * Every story starts from a clean page: a fresh consent store (configured from
 * `parameters.consent`), no consent cookie, and brand-new elements in a new root that
 * carries the `locale` and `theme` globals. Returning a new node (rather than the
 * story's template) makes Storybook replace the DOM on every render, so that an args
 * change never leaves elements bound to the previous, disconnected store.
 */
const withFreshPage: Decorator = (story, context) => {
  freshStoryStore(context.parameters.consent as ConsentParameters | undefined);
  const root = document.createElement('div');
  root.className = 'story-root';
  root.lang = String(context.globals.locale ?? 'en');
  applyTheme(root, (context.globals.theme ?? 'light') as Theme);
  const result = story();
  if (isTemplateResult(result)) render(result, root);
  else if (result instanceof Node) root.append(result);
  else if (typeof result === 'string') root.innerHTML = result;
  return root;
};

/**
 * The manifest's custom properties and parts have no type, which Storybook would edit
 * as JSON objects: custom properties get a text field (stories may give colours a
 * picker), parts are documentation only.
 */
const cssControls: NonNullable<Preview['argTypesEnhancers']>[number] = ({ argTypes }) =>
  Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]) => {
      const category = argType.table?.category;
      if (argType.control !== undefined) return [name, argType];
      if (category === 'css custom properties') return [name, { ...argType, control: 'text' }];
      if (category === 'css shadow parts') return [name, { ...argType, control: false }];
      return [name, argType];
    }),
  );

const preview: Preview = {
  decorators: [withFreshPage],
  argTypesEnhancers: [cssControls],
  globalTypes: {
    locale: {
      description:
        'Language: sets `lang` on the story root; the elements follow it (the example page around them is in English, French, German, Italian or Spanish).',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: Object.entries(LOCALES).map(([value, title]) => ({ value, title, right: value })),
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour scheme (see .storybook/theme.ts).',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', icon: 'sun', title: 'Light' },
          { value: 'dark', icon: 'moon', title: 'Dark' },
          { value: 'system', icon: 'browser', title: 'System (prefers-color-scheme)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', theme: 'light' },
  parameters: {
    layout: 'fullscreen',
    viewport: { options: MINIMAL_VIEWPORTS },
    // The theme global paints the page; Storybook's own backgrounds would fight it.
    backgrounds: { disable: true },
    controls: { expanded: true, sort: 'requiredFirst' },
    a11y: { test: 'error' },
  },
};

export default preview;
