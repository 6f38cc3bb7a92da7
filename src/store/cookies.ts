/**
 * First-party cookie access: reading and writing the consent cookie, and deleting
 * the cookies of withdrawn purposes on the host, its parent domains and every path
 * they could have been set with.
 */

export interface CookieSettings {
  name: string;
  domain?: string;
  path: string;
  sameSite: 'Lax' | 'Strict' | 'None';
}

/**
 * The cookies this document can see, name → raw values. A name has more than one value
 * when cookies of that name were set with different domains or paths. Never throws.
 */
export function readCookieValues(): Map<string, string[]> {
  const jar = new Map<string, string[]>();
  const all = cookieString();
  if (all === null) return jar;
  for (const pair of all.split(';')) {
    const at = pair.indexOf('=');
    const name = (at < 0 ? '' : pair.slice(0, at)).trim();
    if (name) jar.set(name, [...(jar.get(name) ?? []), pair.slice(at + 1).trim()]);
  }
  return jar;
}

/**
 * `document.cookie`, or null when it cannot be read: a sandboxed document throws, and a
 * broken or hostile page may have replaced it with something that is not a string.
 */
export function cookieString(): string | null {
  try {
    const all: unknown = document.cookie;
    return typeof all === 'string' ? all : null;
  } catch {
    return null;
  }
}

/** The cookies this document can see, name → first raw value. Never throws. */
export function readCookies(): Map<string, string> {
  return new Map([...readCookieValues()].map(([name, values]) => [name, values[0]]));
}

function setCookie(text: string): boolean {
  try {
    document.cookie = text;
    return true;
  } catch {
    return false;
  }
}

/**
 * Writes the consent cookie; returns whether the browser kept it, as the only cookie of
 * its name. When another cookie of that name is left beside it (set by a configuration
 * with another domain or path), which read back later could bring back an older
 * decision, every cookie of the name is deleted and this one written again.
 */
export function writeConsentCookie(
  settings: CookieSettings,
  value: string,
  maxAgeSeconds: number,
): boolean {
  const write = () =>
    setCookie(
      `${settings.name}=${value}; Max-Age=${Math.floor(maxAgeSeconds)}; Path=${settings.path}` +
        (settings.domain ? `; Domain=${settings.domain}` : '') +
        `; SameSite=${settings.sameSite}` +
        (secure(settings.name, settings.sameSite) ? '; Secure' : ''),
    );
  const kept = () => readCookieValues().get(settings.name)?.join() === value;
  write();
  if (kept() || !readCookieValues().has(settings.name)) return kept();
  sweep(settings.name);
  write();
  return kept();
}

/** Deletes the consent cookie, and any other cookie of its name this page can see. */
export function deleteConsentCookie(settings: CookieSettings): void {
  expire(settings.name, settings.domain, settings.path);
  if (readCookieValues().has(settings.name)) sweep(settings.name);
}

/** Deletes a cookie name for the host, its parent domains and the paths of this page. */
function sweep(name: string): void {
  for (const domain of domainsOf(location.hostname)) {
    for (const path of pathsOf(location.pathname)) expire(name, domain, path);
  }
}

/** Whether a cookie must be written with `Secure`: always on https, and always for the `__Secure-` and `__Host-` names. */
function secure(name: string, sameSite?: string): boolean {
  return location.protocol === 'https:' || sameSite === 'None' || /^__(Secure|Host)-/.test(name);
}

function expire(name: string, domain: string | undefined, path: string): void {
  const where = `${name}=; Max-Age=0; Path=${path}` + (domain ? `; Domain=${domain}` : '');
  // A Secure cookie can only be deleted by a Secure write.
  setCookie(`${where}; SameSite=Lax${secure(name) ? '; Secure' : ''}`);
  // A partitioned cookie (CHIPS) only by a partitioned one (which must be Secure, and is
  // refused on a plain-http page other than localhost, where none can exist anyway).
  setCookie(`${where}; Secure; SameSite=None; Partitioned`);
}

/** The host and each of its parent domains, most specific first: a.b.example.com, b.example.com, example.com. */
function domainsOf(host: string): (string | undefined)[] {
  const labels = host.split('.');
  const domains: (string | undefined)[] = [undefined]; // host-only cookies
  // An IP address or single-label host has no parent domain.
  if (labels.length < 2 || /^[\d.]+$|:/.test(host)) return domains;
  for (let i = 0; i < labels.length - 1; i++) domains.push(labels.slice(i).join('.'));
  return domains;
}

/** "/" and every prefix of the current path: /, /shop, /shop/, /shop/cart … */
function pathsOf(pathname: string): string[] {
  const paths = new Set(['/']);
  const parts = pathname.split('/').filter(Boolean);
  let path = '';
  for (const part of parts) {
    path += `/${part}`;
    paths.add(path);
    paths.add(`${path}/`);
  }
  return [...paths];
}

/**
 * Deletes every visible cookie matching one of `patterns` (exact names, or a prefix
 * ending in `*`), for the host, its parent domains and the paths of this page, but
 * `keep` (the consent cookie, which a pattern such as `c*` would match). Returns the
 * names it deleted. HttpOnly cookies are out of reach of any script.
 */
export function clearCookies(patterns: readonly string[], keep?: string): string[] {
  if (!patterns.length) return [];
  const matches = (name: string) =>
    name !== keep &&
    patterns.some((p) => (p.endsWith('*') ? name.startsWith(p.slice(0, -1)) : name === p));
  const names = [...readCookieValues().keys()].filter(matches);
  names.forEach(sweep);
  return names;
}
