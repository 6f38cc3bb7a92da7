import type { Category, Service } from './registry.js';
import type { CookieRow, LegalBasis, LocalizedText, StorageType } from './types.js';
import { isObject } from './config.js';
import { privacyPolicy, shownText, text } from './shown.js';
import { report, type Code } from '../diagnostics/report.js';

/**
 * What the visitor is shown of a purpose or a service (labels, descriptions, cookie and
 * storage tables, providers, legal bases), validated where it is shown: the dialog and
 * the declaration call `display()`, so that a page without them does not carry this
 * code (a gate validates only what it shows, src/store/shown.ts). A bad field is
 * reported once, naming it (`categories[2].cookies[0].type`), and left out, as the
 * store's own validation does (src/store/config.ts).
 */
export interface Display {
  label?: LocalizedText;
  description?: LocalizedText;
  cookies: CookieRow[];
  privacyPolicy?: string;
  provider?: LocalizedText;
  endpoint?: string[];
  country?: LocalizedText;
  legalBasis?: LegalBasis;
  retention?: LocalizedText;
}

const LEGAL_BASES = ['consent', 'legitimate-interest', 'contract', 'legal-obligation', 'exempt'];
const STORAGE_TYPES = ['cookie', 'localStorage', 'sessionStorage', 'indexedDB'];
const HOST = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9-]{1,63}$/i;

const cache = new WeakMap<object, Display>();

/** The validated display fields of a purpose or a service (once per item). */
export function display(item: Category | Service): Display {
  let shown = cache.get(item.shown);
  if (!shown) {
    try {
      shown = validate(item);
    } catch (error) {
      // A getter or a Proxy inside a field that throws: nothing of the item is shown but
      // its id, never an exception in a render.
      shown = { cookies: [] };
      report('error', 'E63', item.path || item.id, {}, error);
    }
    cache.set(item.shown, shown);
  }
  return shown;
}

function validate(item: Category | Service): Display {
  const { shown, path } = item;
  const at = (name: string) => `${path || item.id}.${name}`;
  const bad = (field: string, code: Code) => report('error', code, field);
  const out: Display = { cookies: [] };
  for (const name of ['label', 'description', 'provider', 'country', 'retention'] as const) {
    const value = shownText(item, name);
    if (value !== undefined) out[name] = value;
  }
  const policy = privacyPolicy(item);
  if (policy) out.privacyPolicy = policy;
  if (shown.endpoint !== undefined) {
    // One host, or the list of those the service contacts (a tag loaded from one host
    // that reports to another).
    const hosts = [shown.endpoint].flat();
    if (hosts.length && hosts.every((host) => typeof host === 'string' && HOST.test(host))) {
      out.endpoint = hosts.map((host) => (host as string).toLowerCase());
    } else bad(at('endpoint'), 'E54');
  }
  if (shown.legalBasis !== undefined) {
    const basis = shown.legalBasis;
    if (typeof basis === 'string' && LEGAL_BASES.includes(basis)) out.legalBasis = basis;
    else if (isObject(basis) || (typeof basis === 'string' && basis.trim())) {
      const own = text(basis, at('legalBasis'));
      if (own !== undefined) out.legalBasis = own;
    } else bad(at('legalBasis'), 'E52');
  }
  if (shown.cookies !== undefined) {
    if ('deviceAccess' in item && !item.deviceAccess) bad(at('cookies'), 'E55');
    else out.cookies = rows(shown.cookies, at('cookies'));
  }
  // Each purpose of the site's own needs a title and a description the visitor can read
  // (the built-in ones have translated texts).
  if ('builtin' in item && !item.builtin && !item.discovered) {
    for (const field of ['label', 'description'] as const) {
      if (out[field] === undefined) report('warn', 'W02', path, { id: item.id, field });
    }
  }
  return out;
}

function rows(value: unknown, field: string): CookieRow[] {
  if (!Array.isArray(value)) {
    report('error', 'E03', field);
    return [];
  }
  const out: CookieRow[] = [];
  value.forEach((row: unknown, i) => {
    const at = `${field}[${i}]`;
    if (!isObject(row) || typeof row.name !== 'string' || !row.name) {
      report('error', 'E12', at);
      return;
    }
    for (const key of Object.keys(row)) {
      if (!['name', 'provider', 'purpose', 'expiry', 'type'].includes(key)) {
        report('error', 'E01', `${at}.${key}`);
      }
    }
    const cookie: CookieRow = { name: row.name };
    for (const key of ['provider', 'purpose', 'expiry'] as const) {
      const t = text(row[key], `${at}.${key}`);
      if (t !== undefined) cookie[key] = t;
    }
    if (row.type !== undefined) {
      if (STORAGE_TYPES.includes(row.type as string)) cookie.type = row.type as StorageType;
      else report('error', 'E53', `${at}.type`);
    }
    out.push(cookie);
  });
  return out;
}
