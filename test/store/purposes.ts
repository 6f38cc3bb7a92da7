import type { Category } from '../../src/store/registry.js';

/** A purpose as the registry holds it: built in, consented to, no services unless given. */
export function category(id: string, options: Partial<Category> = {}): Category {
  return {
    id,
    required: id === 'necessary',
    builtin: true,
    deviceAccess: true,
    services: [],
    clearCookies: [],
    discovered: false,
    path: '',
    shown: {},
    ...options,
  };
}
