import { tokens } from '../src/components/element.js';

export type Theme = 'light' | 'dark' | 'system';

/**
 * The `theme` toolbar global.
 *
 * The elements choose light or dark from `prefers-color-scheme`. A story cannot
 * emulate that media query from inside the page (Storybook offers no such switch;
 * only the browser, e.g. DevTools or Playwright's `colorScheme`, can), so the dark
 * theme renders the story in a container with `color-scheme: dark` and sets every
 * public `--consent-color-*` property to the element's own dark default. Those values
 * are read from the elements' stylesheet (src/components/element.ts), so the
 * story always shows what the media query would. `light` pins the light defaults the
 * same way, so that a viewer whose system is dark still sees light; `system` sets
 * nothing and leaves the media query in charge.
 */
export function applyTheme(root: HTMLElement, theme: Theme): void {
  root.dataset.theme = theme;
  if (theme === 'system') {
    root.style.colorScheme = 'light dark';
    return;
  }
  root.style.colorScheme = theme;
  for (const [name, value] of Object.entries(schemes()[theme])) root.style.setProperty(name, value);
}

let parsed: Record<'light' | 'dark', Record<string, string>> | undefined;

/** `--consent-color-*` → default, for each scheme, from the shared tokens' CSS. */
function schemes(): Record<'light' | 'dark', Record<string, string>> {
  if (parsed) return parsed;
  const [light, dark = ''] = tokens.split(/@media\s*\(prefers-color-scheme:\s*dark\)/);
  parsed = { light: defaults(light), dark: defaults(dark.slice(0, dark.indexOf('}'))) };
  if (!Object.keys(parsed.dark).length) {
    console.warn('storybook: no dark defaults found in element.ts; the dark theme shows light.');
  }
  return parsed;
}

function defaults(block: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const [, name, value] of block.matchAll(
    /var\((--consent-color-[\w-]+),\s*([^;]+?)\)\s*;/g,
  )) {
    found[name] = value.trim();
  }
  return found;
}
