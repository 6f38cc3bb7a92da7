// @custom-elements-manifest/analyzer configuration: `npm run analyze` writes
// custom-elements.json (committed); `node scripts/check-manifest.mjs` checks it is current.
//
// The manifest describes the package's public API as published: the entry modules, the
// store class and the three elements, with paths into lib/ (the package ships lib/, not
// src/). Everything else, and everything private or `@internal`, stays out.
import path from 'node:path';

/** Names exported only as types (`export type …`): no JavaScript export exists. */
const typeOnlyExports = new Map();
/** Per module, the events of `interface …EventMap` declarations: type, and whether `@internal`. */
const eventMaps = new Map();

const hasTag = (node, tag) =>
  node.jsDoc?.some((doc) => doc.tags?.some((t) => t.tagName.getText() === tag)) ?? false;

function typeOnlyExportsPlugin() {
  return {
    name: 'consent-elements: type-only exports',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isExportDeclaration(node)) return;
      const names = typeOnlyExports.get(moduleDoc.path) ?? new Set();
      if (node.isTypeOnly) {
        if (!node.exportClause) names.add('*');
        else if (ts.isNamedExports(node.exportClause)) {
          for (const element of node.exportClause.elements) names.add(element.name.text);
        }
      } else if (node.exportClause && ts.isNamedExports(node.exportClause)) {
        for (const element of node.exportClause.elements) {
          if (element.isTypeOnly) names.add(element.name.text);
        }
      }
      typeOnlyExports.set(moduleDoc.path, names);
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        const names = typeOnlyExports.get(module.path);
        if (names && module.exports) {
          module.exports = module.exports.filter((e) => e.kind !== 'js' || !names.has(e.name));
        }
      }
    },
  };
}

/**
 * Events a class dispatches are found in its code; their types and whether they are
 * `@internal` come from the module's `…EventMap` interface (e.g. the store's).
 */
function eventMapPlugin() {
  return {
    name: 'consent-elements: event maps',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isInterfaceDeclaration(node) || !node.name.text.endsWith('EventMap')) return;
      const events = eventMaps.get(moduleDoc.path) ?? new Map();
      for (const member of node.members) {
        if (!ts.isPropertySignature(member) || !member.type) continue;
        events.set(member.name.text, {
          type: member.type.getText(),
          internal: hasTag(member, 'internal'),
        });
      }
      eventMaps.set(moduleDoc.path, events);
    },
    moduleLinkPhase({ moduleDoc }) {
      const events = eventMaps.get(moduleDoc.path);
      if (!events) return;
      for (const declaration of moduleDoc.declarations ?? []) {
        if (!declaration.events) continue;
        declaration.events = declaration.events.filter((e) => !events.get(e.name)?.internal);
        for (const event of declaration.events) {
          const known = events.get(event.name);
          if (known) event.type = { text: known.type };
        }
      }
    },
  };
}

/**
 * Keeps the public API only: declarations the module exports (the analyzer also lists
 * some local variables of methods), no private members, no internal reactive state
 * (`_name`, `state: true`) as attributes, no defaults that read private state.
 */
function publicApiPlugin() {
  return {
    name: 'consent-elements: public API only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        const exported = new Set((module.exports ?? []).map((e) => e.declaration?.name));
        module.declarations = module.declarations?.filter((d) => exported.has(d.name));
        for (const declaration of module.declarations ?? []) {
          if (declaration.attributes) {
            declaration.attributes = declaration.attributes.filter(
              (attribute) => !attribute.fieldName?.startsWith('_'),
            );
          }
          if (!declaration.members) continue;
          const seen = new Set();
          declaration.members = declaration.members.filter((member) => {
            // No name: a member under a symbol key, such as the store's internal port.
            if (!member.name || member.privacy === 'private' || member.name.startsWith('#')) {
              return false;
            }
            // An overloaded method is listed once per signature: keep the first, the
            // public overload (the last one is the implementation).
            const key = `${member.kind} ${member.static ? 'static ' : ''}${member.name}`;
            if (seen.has(key)) return false;
            seen.add(key);
            if (member.default?.includes('#')) delete member.default;
            return true;
          });
        }
      }
    },
  };
}

/**
 * The analyzer's Lit support drops members named like Lit's lifecycle (`update`,
 * `render`, …) from every class, not only from elements: the store's public
 * `update()` went missing. Members of classes that are not Lit elements are noted at
 * the end of each module's analysis and put back, in their place.
 */
function keepNonLitMembersPlugin() {
  const noted = new Map();
  return {
    name: 'consent-elements: members of non-Lit classes',
    analyzePhase({ ts, node, moduleDoc }) {
      if (node.kind !== ts.SyntaxKind.EndOfFileToken) return;
      for (const declaration of moduleDoc.declarations ?? []) {
        if (declaration.kind !== 'class' || declaration.superclass?.name === 'LitElement') continue;
        noted.set(declaration, structuredClone(declaration.members ?? []));
      }
    },
    packageLinkPhase() {
      for (const [declaration, members] of noted) {
        const kept = new Set((declaration.members ?? []).map((m) => `${m.kind} ${m.name}`));
        declaration.members = members.filter(
          (m) => kept.has(`${m.kind} ${m.name}`) || m.kind === 'method',
        );
      }
    },
  };
}

/**
 * The banner and the gate are not Lit elements (src/components/element.ts): their
 * properties are accessors over their attributes. Each attribute is linked to its
 * property (`on-request` → `onRequest`), which reflects it; the custom element
 * callbacks and the protected `update()` are not API.
 */
const LIFECYCLE = new Set([
  'connectedCallback',
  'disconnectedCallback',
  'attributeChangedCallback',
]);
const DEFAULTS = { position: "'bottom'", modal: 'false', dismissible: 'false' };

function attributeAccessorsPlugin() {
  const camel = (name) => name.replace(/-(\w)/g, (_, c) => c.toUpperCase());
  return {
    name: 'consent-elements: attribute accessors',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.superclass?.name !== 'UiElement') continue;
          declaration.members = declaration.members?.filter(
            (m) => !LIFECYCLE.has(m.name) && !(m.name === 'update' && m.privacy === 'protected'),
          );
          for (const attribute of declaration.attributes ?? []) {
            const field = declaration.members?.find(
              (m) => m.kind === 'field' && m.name === camel(attribute.name),
            );
            if (!field) continue;
            field.privacy = 'public';
            field.attribute = attribute.name;
            field.reflects = true;
            if (DEFAULTS[field.name]) field.default = DEFAULTS[field.name];
            attribute.fieldName = field.name;
            attribute.type ??= field.type;
            attribute.description ??= field.description;
            if (field.default) attribute.default = field.default;
          }
        }
      }
    },
  };
}

/**
 * A property typed with a local alias of string literals (`BannerPosition`) is recorded
 * with the literals themselves (`'bottom' | 'top' | …`): the alias is not exported, so a
 * reader of the manifest (the typed tags, scripts/framework-types.mjs) could not name it.
 */
function literalUnionsPlugin() {
  const aliases = new Map();
  return {
    name: 'consent-elements: literal unions',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isTypeAliasDeclaration(node) || !ts.isUnionTypeNode(node.type)) return;
      const literals = node.type.types.every(
        (type) => ts.isLiteralTypeNode(type) && ts.isStringLiteral(type.literal),
      );
      if (!literals) return;
      const local = aliases.get(moduleDoc.path) ?? new Map();
      local.set(node.name.text, node.type.getText());
      aliases.set(moduleDoc.path, local);
    },
    // After the accessors' types are known, and before the paths are rewritten.
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        const local = aliases.get(module.path);
        for (const declaration of (local && module.declarations) || []) {
          for (const item of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) {
            const text = local.get(item.type?.text);
            if (text) item.type = { text };
          }
        }
      }
    },
  };
}

/** Paths as published: src/x.ts → lib/x.js, every module reference relative to the package. */
function publishedPathsPlugin() {
  const published = (file) => file.replace(/^src\//, 'lib/').replace(/\.ts$/, '.js');
  const resolve = (from, specifier) =>
    published(
      specifier.startsWith('.') ? path.posix.join(path.posix.dirname(from), specifier) : specifier,
    );
  const fix = (from, reference) => {
    if (reference?.module) reference.module = resolve(from, reference.module);
  };
  return {
    name: 'consent-elements: published paths',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        const from = module.path;
        for (const declaration of module.declarations ?? []) {
          fix(from, declaration.superclass);
          for (const item of [
            ...(declaration.members ?? []),
            ...(declaration.attributes ?? []),
            ...(declaration.events ?? []),
          ]) {
            fix(from, item.inheritedFrom);
          }
        }
        for (const entry of module.exports ?? []) fix(from, entry.declaration);
        module.path = published(from);
      }
    },
  };
}

/**
 * The elements are defined when the page needs them, by the loader the entry module
 * starts (src/loader.ts), or all at once by `consent-elements/elements`: the analyzer
 * cannot follow either. Each class names its tag with `@tagname`, and the entry module
 * gets the definitions. Modules are written in path order.
 */
function definitionsPlugin(entry = 'lib/index.js') {
  return {
    name: 'consent-elements: element definitions',
    packageLinkPhase({ customElementsManifest }) {
      // In path order: the order the globs match files in differs between file systems,
      // and the committed file must not.
      customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
      const index = customElementsManifest.modules.find((m) => m.path === entry);
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.tagName) continue;
          index.exports.push({
            kind: 'custom-element-definition',
            name: declaration.tagName,
            declaration: { name: declaration.name, module: module.path },
          });
        }
      }
    },
  };
}

export default {
  globs: [
    'src/index.ts',
    'src/store-entry.ts',
    'src/elements.ts',
    'src/store/index.ts',
    'src/store/consent-store.ts',
    'src/components/*/consent-*.ts',
  ],
  exclude: ['src/components/*/*.styles.ts'],
  litelement: true,
  packagejson: false,
  plugins: [
    keepNonLitMembersPlugin(),
    typeOnlyExportsPlugin(),
    eventMapPlugin(),
    publicApiPlugin(),
    attributeAccessorsPlugin(),
    literalUnionsPlugin(),
    publishedPathsPlugin(),
    definitionsPlugin(),
  ],
};
