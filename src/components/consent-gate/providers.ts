/**
 * Provider presets for `<consent-gate>`: a name and privacy policy to show in the
 * placeholder, the privacy-friendlier embed URL where the provider has one, and for
 * chat widgets a way to open the chat once loaded. `category` is what the content is
 * (`chat` and `payment` look like a launcher and a payment button). A gate finds its preset by its
 * `service` id or by the host of the embed it guards.
 */
export interface Provider {
  id: string;
  label: string;
  category: string;
  privacyPolicy: string;
  hosts: string[];
  /** Rewrites a page or embed URL to the provider's privacy-friendlier embed, or undefined. */
  embed?(url: URL): string | undefined;
  /** Opens the widget once its script has loaded (chat). */
  open?(): void;
}

type Win = Window & {
  $crisp?: unknown[][];
  Intercom?: (command: string) => void;
  Tawk_API?: { maximize?: () => void };
};
const win = () => window as Win;

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

export const PROVIDERS: Provider[] = [
  {
    id: 'youtube',
    label: 'YouTube',
    category: 'video',
    privacyPolicy: 'https://policies.google.com/privacy',
    hosts: ['youtube.com', 'youtu.be', 'youtube-nocookie.com'],
    // youtube-nocookie sets no cookie until the visitor plays the video; it still
    // reaches Google, which is why it is gated too. The author's player parameters
    // (list, autoplay, …) are kept; a watch URL's `t` (`90`, `90s`, `1m30s`) becomes `start`; the page URL's
    // own `v` and the share tracker `si` are dropped.
    embed(url) {
      const id = youtubeId(url);
      if (!id || !/^[\w-]+$/.test(id)) return undefined;
      return withParams(`https://www.youtube-nocookie.com/embed/${id}`, url, (key, value) => {
        if (key !== 't') return !['v', 'si', 'feature'].includes(key) && [key, value];
        const start = seconds(value);
        return start !== undefined && ['start', start];
      });
    },
  },
  {
    id: 'vimeo',
    label: 'Vimeo',
    category: 'video',
    privacyPolicy: 'https://vimeo.com/privacy',
    hosts: ['vimeo.com'],
    // dnt=1: the player sets no tracking cookie. The author's parameters are kept.
    embed(url) {
      const id = /(?:^|\/)(\d+)(?:$|[/?])/.exec(url.pathname)?.[1];
      if (!id) return undefined;
      return withParams(
        `https://player.vimeo.com/video/${id}?dnt=1`,
        url,
        (key, value) => key !== 'dnt' && [key, value],
      );
    },
  },
  {
    id: 'google-maps',
    label: 'Google Maps',
    category: 'maps',
    privacyPolicy: 'https://policies.google.com/privacy',
    hosts: ['maps.google.com', 'google.com/maps', 'www.google.com/maps'],
  },
  {
    id: 'openstreetmap',
    label: 'OpenStreetMap',
    category: 'maps',
    privacyPolicy: 'https://osmfoundation.org/wiki/Privacy_Policy',
    hosts: ['openstreetmap.org'],
  },
  {
    id: 'crisp',
    label: 'Crisp',
    category: 'chat',
    privacyPolicy: 'https://crisp.chat/en/privacy/',
    hosts: ['crisp.chat'],
    open: () => void (win().$crisp ??= []).push(['do', 'chat:open']),
  },
  {
    id: 'intercom',
    label: 'Intercom',
    category: 'chat',
    privacyPolicy: 'https://www.intercom.com/legal/privacy',
    hosts: ['intercom.io', 'intercomcdn.com'],
    open: () => win().Intercom?.('show'),
  },
  {
    id: 'tawk',
    label: 'Tawk.to',
    category: 'chat',
    privacyPolicy: 'https://www.tawk.to/privacy-policy/',
    hosts: ['tawk.to'],
    open: () => win().Tawk_API?.maximize?.(),
  },
  {
    id: 'stripe',
    label: 'Stripe',
    category: 'payment',
    privacyPolicy: 'https://stripe.com/privacy',
    hosts: ['stripe.com', 'stripe.network'],
  },
  {
    id: 'paypal',
    label: 'PayPal',
    category: 'payment',
    privacyPolicy: 'https://www.paypal.com/webapps/mpp/ua/privacy-full',
    hosts: ['paypal.com', 'paypalobjects.com'],
  },
];

function matchesHost(url: URL, host: string): boolean {
  const [domain, ...path] = host.split('/');
  const onHost = url.hostname === domain || url.hostname.endsWith(`.${domain}`);
  return onHost && (!path.length || url.pathname.startsWith(`/${path.join('/')}`));
}

/** The preset for a service id, or for the URL of the embed. */
export function findProvider(service: string | null, url: URL | undefined): Provider | undefined {
  return (
    PROVIDERS.find((p) => p.id === service) ??
    (url ? PROVIDERS.find((p) => p.hosts.some((h) => matchesHost(url, h))) : undefined)
  );
}

/** A readable name for an unknown provider: the embed's site, without "www.". */
export function hostLabel(url: URL | undefined): string | undefined {
  return url?.hostname.replace(/^www\./, '') || undefined;
}
