import type { liveScript } from '../../integrations/live-script.js';

/**
 * A gate's live content, built when the gate loads: fetched with the first gate that
 * loads, so that a page whose gates stay placeholders pays nothing for it. The
 * template's clone with its scripts made live, or the `src` iframe at the provider's
 * privacy-friendlier embed URL; and for a chat widget, a way to open the chat.
 */

/** What a gate's content is made from. */
export interface ContentSource {
  template: HTMLTemplateElement | null;
  /** The `src` URL (needed without a template). */
  url: URL | undefined;
  /** The provider preset's id (src/components/consent-gate/providers.ts). */
  provider: string | undefined;
  /** What the content is: each frame without a title is named with it. */
  title: string;
  /**
   * The code that turns scripts live, fetched by the gate beside this module when the
   * template holds scripts (undefined when it could not be fetched, reported). Content
   * with scripts and without it builds nothing.
   */
  scripts?: Promise<{ liveScript: typeof liveScript } | undefined>;
}

/** The content, ready to insert, and what opens a chat widget once the visitor asked for it. */
export interface Content {
  nodes: DocumentFragment;
  open?: (live: ChildNode[]) => void;
}

/**
 * The content of a gate, from its template or else its `src` URL; undefined when its
 * scripts cannot be made live. Scripts run when inserted, however the template was made
 * (innerHTML marks its scripts as already run): they are rebuilt by the code that turns
 * scripts live.
 */
export async function content(source: ContentSource): Promise<Content | undefined> {
  const { template, url, provider, title } = source;
  const nodes = template ? document.importNode(template.content, true) : new DocumentFragment();
  if (!template) {
    if (!url) return undefined;
    // (Plain DOM, not the elements' `h`: this chunk then needs no other.)
    const frame = nodes.appendChild(document.createElement('iframe'));
    for (const [name, value] of Object.entries({
      part: 'content',
      src: (provider && Object.hasOwn(EMBEDS, provider) && EMBEDS[provider](url)) || url.href,
      allow: 'autoplay; encrypted-media; fullscreen; picture-in-picture',
      referrerpolicy: 'strict-origin-when-cross-origin',
    })) {
      frame.setAttribute(name, value);
    }
  }
  // Every frame is named for assistive technologies.
  for (const frame of nodes.querySelectorAll('iframe:not([title])')) {
    frame.setAttribute('title', title);
  }
  const scripts = nodes.querySelectorAll('script');
  if (scripts.length) {
    // The gate fetches that code when its template holds scripts: without it, nothing.
    const code = await source.scripts;
    if (!code) return undefined;
    for (const script of scripts) {
      const type = script.getAttribute('type');
      const live = code.liveScript(script, type && type !== 'text/javascript' ? type : undefined);
      if (live) script.replaceWith(live);
      else script.remove();
    }
  }
  const widget = provider && Object.hasOwn(WIDGETS, provider) ? WIDGETS[provider] : undefined;
  return { nodes, open: widget ? (live) => openOnLoad(live, widget) : undefined };
}

/** Opens a chat widget once its script (the first with a `src` in the content) has loaded. */
function openOnLoad(live: ChildNode[], open: () => void): void {
  const script = live.find(
    (node): node is HTMLScriptElement => node instanceof HTMLScriptElement && !!node.src,
  );
  if (script) script.addEventListener('load', () => open(), { once: true });
  else open();
}

type Win = Window & {
  $crisp?: unknown[][];
  Intercom?: (command: string) => void;
  Tawk_API?: { maximize?: () => void };
};
const win = () => window as Win;

/** How each chat widget opens its chat, by provider id. */
const WIDGETS: Record<string, () => void> = {
  crisp: () => void (win().$crisp ??= []).push(['do', 'chat:open']),
  intercom: () => win().Intercom?.('show'),
  tawk: () => win().Tawk_API?.maximize?.(),
};

/** YouTube's `t` (`90`, `90s`, `1m30s`, `1h2m3s`) in seconds, or undefined. */
function seconds(value: string): number | undefined {
  const parts = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s?)?$/.exec(value);
  if (!value || !parts) return undefined;
  const [, h = 0, m = 0, s = 0] = parts;
  return Number(h) * 3600 + Number(m) * 60 + Number(s);
}

/** `base` with the query parameters of `from` that `keep` maps to a [key, value] pair. */
function withParams(
  base: string,
  from: URL,
  keep: (key: string, value: string) => false | [string, string | number],
): string {
  const url = new URL(base);
  for (const [key, value] of from.searchParams) {
    const pair = keep(key, value);
    if (pair) url.searchParams.set(pair[0], String(pair[1]));
  }
  return url.href;
}

function youtubeId(url: URL): string | undefined {
  if (url.hostname.endsWith('youtu.be')) return url.pathname.slice(1) || undefined;
  const embed = /^\/(?:embed|shorts|live)\/([\w-]+)/.exec(url.pathname);
  return embed?.[1] ?? url.searchParams.get('v') ?? undefined;
}

/**
 * The privacy-friendlier embed URL for a page or embed URL of a provider, by provider
 * id; undefined keeps the URL as given.
 */
const EMBEDS: Record<string, (url: URL) => string | undefined> = {
  // youtube-nocookie sets no cookie until the visitor plays the video; it still
  // reaches Google, which is why it is gated too. The author's player parameters
  // (list, autoplay, …) are kept; a watch URL's `t` (`90`, `90s`, `1m30s`) becomes
  // `start`; the page URL's own `v` and the share tracker `si` are dropped.
  youtube(url) {
    const id = youtubeId(url);
    if (!id || !/^[\w-]+$/.test(id)) return undefined;
    return withParams(`https://www.youtube-nocookie.com/embed/${id}`, url, (key, value) => {
      if (key !== 't') return !['v', 'si', 'feature'].includes(key) && [key, value];
      const start = seconds(value);
      return start !== undefined && ['start', start];
    });
  },
  // dnt=1: the player sets no tracking cookie. The author's parameters are kept.
  vimeo(url) {
    const id = /(?:^|\/)(\d+)(?:$|[/?])/.exec(url.pathname)?.[1];
    if (!id) return undefined;
    return withParams(
      `https://player.vimeo.com/video/${id}?dnt=1`,
      url,
      (key, value) => key !== 'dnt' && [key, value],
    );
  },
};
