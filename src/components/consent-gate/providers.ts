/**
 * Provider presets for `<consent-gate>`: a name and privacy policy to show in the
 * placeholder (the privacy-friendlier embed URLs and the way to open a chat are in
 * ./content.ts, fetched when a gate loads). `category` is what the content is
 * (`chat` and `payment` look like a launcher and a payment button). A gate finds its preset by its
 * `service` id or by the host of the embed it guards.
 */
export interface Provider {
  id: string;
  label: string;
  category: string;
  privacyPolicy: string;
  hosts: string[];
}

export const PROVIDERS: Provider[] = [
  {
    id: 'youtube',
    label: 'YouTube',
    category: 'video',
    privacyPolicy: 'https://policies.google.com/privacy',
    hosts: ['youtube.com', 'youtu.be', 'youtube-nocookie.com'],
  },
  {
    id: 'vimeo',
    label: 'Vimeo',
    category: 'video',
    privacyPolicy: 'https://vimeo.com/privacy',
    hosts: ['vimeo.com'],
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
  },
  {
    id: 'intercom',
    label: 'Intercom',
    category: 'chat',
    privacyPolicy: 'https://www.intercom.com/legal/privacy',
    hosts: ['intercom.io', 'intercomcdn.com'],
  },
  {
    id: 'tawk',
    label: 'Tawk.to',
    category: 'chat',
    privacyPolicy: 'https://www.tawk.to/privacy-policy/',
    hosts: ['tawk.to'],
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
