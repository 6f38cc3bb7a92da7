import type { CategoryConfig, ServiceConfig } from './types.js';
import { CATEGORY_DISPLAY, SERVICE_DISPLAY, type Valid } from './config.js';
import { BUILTIN_IDS, NECESSARY } from './builtins.js';
import { isId } from './config.js';
import { report, type Code } from '../diagnostics/report.js';

/**
 * A purpose as configured or discovered. What it shows (label, description, cookie
 * table…) is `shown`, as the configuration gave it: src/store/display.ts validates it
 * where it is shown. Without a label or a description, the UI shows the built-in
 * category's translated texts, or the id.
 */
export interface Category {
  id: string;
  required: boolean;
  /** A built-in category id: translated texts exist for it. */
  builtin: boolean;
  /** `false`: stores and reads nothing on the device (no consent, no switch). */
  deviceAccess: boolean;
  services: Service[];
  clearCookies: string[];
  /** Registered because the page referenced it, not because it was configured. */
  discovered: boolean;
  /** The configuration field it comes from, e.g. `categories[2]` (empty: discovered). */
  path: string;
  /** Its fields shown to visitors, unvalidated. */
  shown: Record<string, unknown>;
}

export interface Service {
  id: string;
  category: string;
  clearCookies: string[];
  path: string;
  shown: Record<string, unknown>;
}

/** What a gate knows of a service nobody configured: its provider's name and policy. */
export interface ServiceInfo {
  label?: string;
  privacyPolicy?: string;
}

/**
 * The known categories and services, in display order: `necessary` first, then the
 * configured ones, then those discovered on the page (gates, blocked scripts, API).
 */
export class Registry {
  #configured: Valid<CategoryConfig>[] = [];
  /** Category id → services discovered for it (by gates), with what the gate knows of them. */
  #discovered = new Map<string, Map<string, ServiceInfo>>();
  #warned = new Set<string>();
  #shown = new WeakMap<object, Record<string, unknown>>();
  categories: Category[] = [];
  #byId = new Map<string, Category | Service>();

  setConfigured(categories: Valid<CategoryConfig>[]): void {
    this.#configured = categories;
    this.#rebuild();
  }

  category(id: string): Category | undefined {
    const found = this.#byId.get(id);
    return found && !('category' in found) ? found : undefined;
  }

  service(id: string): Service | undefined {
    const found = this.#byId.get(id);
    return found && 'category' in found ? found : undefined;
  }

  has(id: string): boolean {
    return this.#byId.has(id);
  }

  /**
   * Makes sure `id` is known (zero-configuration discovery). With `categoryId`, `id` is
   * a service of that category. Returns whether anything new was registered.
   */
  reference(id: string, categoryId?: string, info: ServiceInfo = {}): boolean {
    if (categoryId !== undefined) {
      const changed = this.reference(categoryId);
      const known = this.#discovered.get(categoryId)?.get(id);
      // What a gate knows of a service discovered before its code arrived (the loader
      // registers it from the markup): its provider's name and policy.
      if (known && !known.label && !known.privacyPolicy && (info.label || info.privacyPolicy)) {
        this.#discovered.get(categoryId)!.set(id, info);
        this.#rebuild();
        return true;
      }
      const parent = this.category(categoryId);
      const alone = this.category(id);
      // An id first seen alone (e.g. by a blocked script) and now named as a gate's
      // service becomes that service, unless configuration made it a category, or the
      // gate's purpose is required (it would be granted by markup alone). A built-in
      // category is never a service.
      if (
        !isId(id) ||
        BUILTIN_IDS.has(id) ||
        this.service(id) ||
        !parent ||
        (alone && (!alone.discovered || parent.required))
      )
        return changed;
      this.#discovered.delete(id);
      const services = this.#discovered.get(categoryId) ?? new Map();
      this.#discovered.set(categoryId, services.set(id, info));
      this.#rebuild();
      return true;
    }
    if (this.#byId.has(id)) return false;
    if (!isId(id)) {
      this.#warnOnce(id, 'W05');
      return false;
    }
    this.#discovered.set(id, this.#discovered.get(id) ?? new Map());
    this.#rebuild();
    if (!this.quiet) this.warnUnconfigured();
    return true;
  }

  /**
   * Until the store has read the page's configuration, an id referenced by an early
   * element may still be configured: warnings wait.
   */
  quiet = true;

  /** Warns once for each category the page uses that is neither configured nor built in. */
  warnUnconfigured(): void {
    for (const category of this.categories) {
      if (!category.discovered || category.builtin) continue;
      this.#warnOnce(category.id, 'W04');
    }
  }

  /** Every category and service id this category covers, itself first. */
  idsOf(category: Category): string[] {
    return [category.id, ...category.services.map((s) => s.id)];
  }

  #warnOnce(id: string, code: Code): void {
    if (this.#warned.has(id)) return;
    this.#warned.add(id);
    report('warn', code, id);
  }

  #rebuild(): void {
    const list: Category[] = [];
    const byId = new Map<string, Category | Service>();
    const configured = new Set(
      this.#configured.flatMap((c) => [c.id, ...(c.services ?? []).map((s) => s.id)]),
    );
    // The same object for the same configuration: its validation is done once.
    const shown = (config: object, names: readonly string[]) => {
      let fields = this.#shown.get(config);
      if (!fields) {
        fields = Object.fromEntries(
          Object.entries(config).filter(
            ([name, value]) => names.includes(name) && value !== undefined,
          ),
        );
        this.#shown.set(config, fields);
      }
      return fields;
    };
    const add = (config: Partial<Valid<CategoryConfig>> & { id: string }, discovered: boolean) => {
      if (byId.has(config.id)) return;
      const category: Category = {
        id: config.id,
        required: config.id === NECESSARY || !!config.required,
        builtin: BUILTIN_IDS.has(config.id),
        deviceAccess: config.deviceAccess !== false,
        services: [],
        clearCookies: config.clearCookies ?? [],
        discovered,
        path: config.path ?? '',
        shown: shown(config, CATEGORY_DISPLAY),
      };
      const services: (Partial<Valid<ServiceConfig>> & { id: string })[] = [
        ...(config.services ?? []),
      ];
      // A gate's service never takes the place of a configured purpose (a gate read
      // before the configuration may name one).
      for (const [id, info] of this.#discovered.get(config.id) ?? []) {
        if (!configured.has(id)) services.push({ id, ...info });
      }
      for (const svc of services) {
        if (byId.has(svc.id) || svc.id === config.id) continue;
        const service: Service = {
          id: svc.id,
          category: config.id,
          clearCookies: svc.clearCookies ?? [],
          path: svc.path ?? '',
          shown: shown(svc, SERVICE_DISPLAY),
        };
        category.services.push(service);
        byId.set(svc.id, service);
      }
      byId.set(config.id, category);
      list.push(category);
    };
    const necessary = this.#configured.find((c) => c.id === NECESSARY);
    add(necessary ?? { id: NECESSARY }, false);
    for (const config of this.#configured) add(config, false);
    // A discovered id that configuration names as a service stays that service.
    for (const id of this.#discovered.keys()) add({ id }, true);
    this.categories = list;
    this.#byId = byId;
  }
}
