/**
 * Prepares custom-elements.json for Storybook's controls and API table.
 *
 * - `tagName`: the elements are defined in one loop in src/define.ts, which the
 *   analyzer cannot follow, so the manifest may lack their tag names; Storybook finds
 *   a component by tag name only. A custom element without one gets its class name in
 *   kebab case (ConsentBanner → consent-banner), which is how src/define.ts names them.
 * - Private members (`#field`, `_field`, `privacy: private|protected`) and static ones
 *   are not API: without this they show up as controls.
 * - CSS parts are listed as `::part(name)`: Storybook keys every entry by name, and a
 *   part named like a slot (`title`, `placeholder`) would hide the slot's control.
 */
interface Member {
  name: string;
  kind?: string;
  privacy?: string;
  static?: boolean;
}

interface Declaration {
  name: string;
  customElement?: boolean;
  tagName?: string;
  members?: Member[];
  cssParts?: { name: string }[];
}

export interface Manifest {
  modules?: { declarations?: Declaration[] }[];
}

export function forStorybook(source: Manifest): Manifest {
  const manifest = structuredClone(source);
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.customElement) continue;
      declaration.tagName ??= declaration.name
        .replace(/(?<!^)[A-Z]/g, (c) => `-${c}`)
        .toLowerCase();
      declaration.members = declaration.members?.filter(
        (m) => !m.static && !m.privacy?.match(/private|protected/) && !/^[#_]/.test(m.name),
      );
      declaration.cssParts = declaration.cssParts?.map((part) => ({
        ...part,
        name: `::part(${part.name})`,
      }));
    }
  }
  return manifest;
}
