import type {
  CategoryConfig,
  ConsentConfig,
  CookieOptions,
  ServiceConfig,
  SiteTexts,
} from './types.js';
import { BUILTIN_IDS, NECESSARY } from './builtins.js';
import { report, type Code } from '../diagnostics/report.js';

/**
 * Validation of configuration (CONTRACT §1). Every function here takes `unknown`,
 * never throws, and returns only the parts that are valid: a bad field is reported
 * with a console error naming it and is dropped. Nothing here can grant a purpose:
 * the schema has no way to say "on", and `required` is refused for tracking purposes.
 */

/** Category and service ids: short, cookie-safe, and never `__proto__`-like. */
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

/**
 * A valid category or service id. Names every object has (`constructor`, `toString`,
 * `valueOf`…) are refused: looked up in a plain object, they would read as present.
 */
export const isId = (value: unknown): value is string =>
  typeof value === 'string' && ID_PATTERN.test(value) && !(value in Object.prototype);

const COOKIE_NAME = /^[!#$%&'*+\-.^`|~\w]{1,64}$/;
const CLEAR_PATTERN = /^[!#$%&'*+\-.^`|~\w]{1,128}\*?$/;

/** A bad field, reported and ignored. */
export function configError(field: string, code: Code, values?: Record<string, string>): void {
  report('error', code, field, values);
}

/** A valid setting that is applied but falls short of what the rules ask (COMPLIANCE.md). */
function configWarning(field: string, code: Code, values?: Record<string, string>): void {
  report('warn', code, field, values);
}

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Copies `from[name]` into `out` if `ok` accepts it; a value it refuses is reported as `code`. */
function take(
  from: Record<string, unknown>,
  name: string,
  ok: (value: unknown) => unknown,
  out: object,
  code: Code,
  field = name,
): void {
  const value = from[name];
  if (value === undefined) return;
  if (ok(value)) (out as Record<string, unknown>)[name] = value;
  else configError(field, code);
}

const isBoolean = (value: unknown) => typeof value === 'boolean';

/**
 * Reports fields that are not in `known` (space-separated): a misspelt field, such as
 * `clearCokies`, would otherwise be dropped without a word.
 */
function checkFields(value: Record<string, unknown>, known: string, field?: string): void {
  const names = known.split(' ');
  for (const key of Object.keys(value)) {
    if (!names.includes(key)) configError(field ? `${field}.${key}` : key, 'E01');
  }
}

function clearList(value: unknown, field: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    configError(field, 'E03');
    return [];
  }
  return value.filter((name: unknown, i): name is string => {
    const ok = typeof name === 'string' && CLEAR_PATTERN.test(name);
    if (!ok) configError(`${field}[${i}]`, 'E13');
    return ok;
  });
}

function validId(value: unknown, field: string): value is string {
  if (isId(value)) return true;
  configError(field, 'E06');
  return false;
}

/** The fields shown to visitors: validated where they are shown (src/store/display.ts). */
export const SERVICE_DISPLAY = [
  'label',
  'description',
  'privacyPolicy',
  'provider',
  'endpoint',
  'country',
  'cookies',
];
export const CATEGORY_DISPLAY = ['label', 'description', 'legalBasis', 'retention', 'cookies'];

/**
 * A category or service as validated here: what decides (id, required, services, the
 * cookies to clear) checked; what is shown kept as given, with its field path, for the
 * elements to validate when they show it.
 */
export type Valid<T> = T & { path: string };

function keepDisplay(value: Record<string, unknown>, names: string[], out: object): void {
  for (const name of names) {
    if (value[name] !== undefined) (out as Record<string, unknown>)[name] = value[name];
  }
}

function service(value: unknown, field: string): Valid<ServiceConfig> | undefined {
  if (!isObject(value)) {
    configError(field, 'E02');
    return undefined;
  }
  if (!validId(value.id, `${field}.id`)) return undefined;
  checkFields(value, `id clearCookies ${SERVICE_DISPLAY.join(' ')}`, field);
  const out: Valid<ServiceConfig> = { id: value.id as string, path: field };
  keepDisplay(value, SERVICE_DISPLAY, out);
  out.clearCookies = clearList(value.clearCookies, `${field}.clearCookies`);
  return out;
}

function category(value: unknown, field: string): Valid<CategoryConfig> | undefined {
  if (!isObject(value)) {
    configError(field, 'E02');
    return undefined;
  }
  if (!validId(value.id, `${field}.id`)) return undefined;
  checkFields(
    value,
    `id required deviceAccess services clearCookies ${CATEGORY_DISPLAY.join(' ')}`,
    field,
  );
  const id = value.id as string;
  const out: Valid<CategoryConfig> = { id, required: id === NECESSARY, path: field };
  if (value.required !== undefined) {
    if (typeof value.required !== 'boolean') configError(`${field}.required`, 'E08');
    else if (id === NECESSARY && !value.required) configError(`${field}.required`, 'E09');
    else if (id !== NECESSARY && value.required && BUILTIN_IDS.has(id))
      configError(`${field}.required`, 'E10', { id });
    else out.required = value.required;
  }
  // A purpose that stores and reads nothing on the device needs no consent: in force
  // always, like a required one. Never so for a purpose that needs consent by nature.
  if (value.deviceAccess !== undefined) {
    if (typeof value.deviceAccess !== 'boolean') configError(`${field}.deviceAccess`, 'E08');
    else if (!value.deviceAccess && BUILTIN_IDS.has(id))
      configError(`${field}.deviceAccess`, 'E51', { id });
    else if (!value.deviceAccess) {
      out.required = true;
      out.deviceAccess = false;
    }
  }
  keepDisplay(value, CATEGORY_DISPLAY, out);
  out.services = [];
  if (value.services !== undefined) {
    if (!Array.isArray(value.services)) configError(`${field}.services`, 'E03');
    else
      value.services.forEach((s: unknown, i) => {
        const svc = service(s, `${field}.services[${i}]`);
        if (svc) out.services!.push(svc);
      });
  }
  out.clearCookies = clearList(value.clearCookies, `${field}.clearCookies`);
  return out;
}

/** An absolute http(s) URL, resolved against the page, or undefined. */
export function safeUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const url = new URL(value, location.href);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function cookieOptions(value: unknown): CookieOptions | undefined {
  if (!isObject(value)) {
    configError('cookie', 'E02');
    return undefined;
  }
  checkFields(value, 'name domain path sameSite', 'cookie');
  const out: CookieOptions = {};
  take(
    value,
    'name',
    (v) => typeof v === 'string' && COOKIE_NAME.test(v),
    out,
    'E14',
    'cookie.name',
  );
  if (value.domain !== undefined) {
    const host = location.hostname.toLowerCase();
    const domain = typeof value.domain === 'string' ? value.domain.toLowerCase() : '';
    const bare = domain.replace(/^\./, '');
    if (bare && (host === bare || host.endsWith(`.${bare}`))) out.domain = bare;
    else configError('cookie.domain', 'E15', { host });
  }
  take(
    value,
    'path',
    (v) => typeof v === 'string' && /^\/[^;\s]*$/.test(v),
    out,
    'E16',
    'cookie.path',
  );
  if (value.sameSite !== undefined) {
    const v = typeof value.sameSite === 'string' ? value.sameSite.toLowerCase() : '';
    const map = { lax: 'Lax', strict: 'Strict', none: 'None' } as const;
    if (Object.hasOwn(map, v)) out.sameSite = map[v as keyof typeof map];
    else configError('cookie.sameSite', 'E17');
  }
  // The browser refuses a __Host- cookie with a domain or another path than "/".
  if (out.name?.startsWith('__Host-')) {
    if (out.domain) configError('cookie.domain', 'E18');
    if (out.path && out.path !== '/') configError('cookie.path', 'E19');
    delete out.domain;
    delete out.path;
  }
  return out;
}

/**
 * Validates configuration from a page or from `configure()`. Returns the valid part
 * only; reports every problem on the console. Never throws.
 */
export function validateConfig(input: unknown): ConsentConfig {
  const out: ConsentConfig = {};
  if (!isObject(input)) {
    configError('(configuration)', 'E02');
    return out;
  }
  checkFields(
    input,
    'revision expiresAfterDays cookie gpc googleConsentMode receiptEndpoint keepReceipts categories texts',
  );
  // Below 10^15: the consent cookie writes a revision in at most 15 digits.
  take(
    input,
    'revision',
    (v) => Number.isInteger(v) && (v as number) >= 1 && (v as number) < 1e15,
    out,
    'E20',
  );
  take(input, 'expiresAfterDays', (v) => typeof v === 'number' && v > 0 && v <= 3650, out, 'E21');
  if (out.expiresAfterDays! > 182) configWarning('expiresAfterDays', 'W01');
  if (input.cookie !== undefined) {
    const cookie = cookieOptions(input.cookie);
    if (cookie) out.cookie = cookie;
  }
  take(input, 'gpc', (v) => v === 'deny' || v === 'ignore', out, 'E22');
  // A mapping's keys and ids are checked by the Consent Mode code, which only a page
  // that sets this field fetches (src/integrations/consent-mode.ts).
  take(input, 'googleConsentMode', (v) => isBoolean(v) || isObject(v), out, 'E23');
  if (input.receiptEndpoint !== undefined) {
    const url = safeUrl(input.receiptEndpoint);
    if (url) out.receiptEndpoint = url;
    else configError('receiptEndpoint', 'E11');
  }
  take(input, 'keepReceipts', isBoolean, out, 'E08');
  if (input.categories !== undefined) {
    if (!Array.isArray(input.categories)) configError('categories', 'E03');
    else {
      const seen = new Set<string>();
      out.categories = [];
      input.categories.forEach((value: unknown, i) => {
        const cat = category(value, `categories[${i}]`);
        if (!cat) return;
        const ids = [cat.id, ...(cat.services ?? []).map((s) => s.id)];
        const clash = ids.find((id, at) => seen.has(id) || ids.indexOf(id) !== at);
        if (clash) {
          configError(`categories[${i}]`, 'E07', { id: clash });
          return;
        }
        ids.forEach((id) => seen.add(id));
        out.categories!.push(cat);
      });
    }
  }
  // The site's own words are validated where they are used, by the elements (they
  // need the messages' English, which a page without elements does not fetch).
  if (input.texts !== undefined) out.texts = input.texts as SiteTexts;
  return out;
}

/**
 * The configuration in force once `input` is applied over `config` (CONTRACT §1): its
 * valid parts replace those of `config`, categories merge by id, and its cookie settings
 * complete `cookie`. Undefined when nothing of it can be read (reported).
 */
export function applyConfig(
  config: ConsentConfig,
  input: unknown,
  cookie: CookieOptions,
): ConsentConfig | undefined {
  let valid: ConsentConfig;
  try {
    valid = validateConfig(input);
  } catch (error) {
    // A getter that throws, a revoked Proxy: nothing of it is applied.
    report('error', 'E31', '', {}, error);
    return undefined;
  }
  const next = valid.categories;
  const categories = next
    ? [...(config.categories ?? []).filter((c) => !next.some((n) => n.id === c.id)), ...next]
    : config.categories;
  return { ...config, ...valid, categories, cookie: { ...cookie, ...valid.cookie } };
}

/** Where a page gives its configuration as JSON. */
export const CONFIG_SCRIPT = 'script[type="application/json"][data-consent-config]';

/** The configurations the page gives in `CONFIG_SCRIPT` elements, parsed (a parse error reported). */
export function pageConfigs(): unknown[] {
  return [...document.querySelectorAll(CONFIG_SCRIPT)].flatMap((script) => {
    try {
      return [JSON.parse(script.textContent ?? '')];
    } catch {
      configError('data-consent-config', 'E30');
      return [];
    }
  });
}
