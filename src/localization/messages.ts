import { msg } from '@lit/localize';

/**
 * Every text of the UI, by id, in English: the translators' source (`npm run
 * localize:extract` writes them to locales/*.xlf). Keys are the message ids.
 * `{name}` marks a value filled in at run time; translations keep it as is.
 *
 * Extraction only: no library module imports this at run time (types aside), so
 * neither the notes for translators nor @lit/localize reach the bundle. The runtime
 * reads English from src/generated/locales/en.ts, generated from the XLIFF sources by
 * scripts/source-locale.mjs (`npm run localize`); after editing a text here, run
 * `npm run localize:extract` and then `npm run localize`.
 *
 * The library never calls `configureLocalization`: it looks translations up by id per
 * element (see locales.ts), so a host page that uses @lit/localize itself keeps full
 * control of its own copy.
 */
export const messages = () =>
  ({
    'consent.banner.title': msg('Cookies and your privacy', {
      id: 'consent.banner.title',
      desc: 'Default heading of the consent banner.',
    }),
    'consent.banner.message': msg(
      'We use cookies and similar technologies. Strictly necessary ones keep the site working; the others are used only if you agree. You can accept all, reject all, or choose by purpose, and change your mind at any time from the “Cookie preferences” link.',
      { id: 'consent.banner.message', desc: 'Default message of the consent banner.' },
    ),
    'consent.action.accept': msg('Accept all', {
      id: 'consent.action.accept',
      desc: 'Button: consent to every purpose. Must look exactly as prominent as "Reject all".',
    }),
    'consent.action.reject': msg('Reject all', {
      id: 'consent.action.reject',
      desc: 'Button: refuse every purpose that needs consent.',
    }),
    'consent.action.customize': msg('Customize', {
      id: 'consent.action.customize',
      desc: 'Button: open the preference dialog to choose purpose by purpose.',
    }),
    'consent.action.continue': msg('Continue without accepting', {
      id: 'consent.action.continue',
      desc: 'Close control of the banner; counts as refusing everything optional.',
    }),
    'consent.prefs.title': msg('Cookie preferences', {
      id: 'consent.prefs.title',
      desc: 'Heading of the preference dialog.',
    }),
    'consent.prefs.intro': msg(
      'Choose which purposes you allow. Nothing optional is on unless you switch it on. You can change your choices at any time.',
      { id: 'consent.prefs.intro', desc: 'Introduction of the preference dialog.' },
    ),
    'consent.prefs.save': msg('Save choices', {
      id: 'consent.prefs.save',
      desc: 'Button: store exactly the choices shown in the dialog.',
    }),
    'consent.prefs.close': msg('Close without saving', {
      id: 'consent.prefs.close',
      desc: 'Accessible name of the dialog close button.',
    }),
    'consent.prefs.saved': msg('Your choices have been saved.', {
      id: 'consent.prefs.saved',
      desc: 'Status message announced after saving.',
    }),
    'consent.prefs.alwaysOn': msg('Always on', {
      id: 'consent.prefs.alwaysOn',
      desc: 'Shown next to the disabled switch of a strictly necessary purpose.',
    }),
    'consent.prefs.alwaysOnReason': msg(
      'No consent is needed for these: the site cannot work without them.',
      {
        id: 'consent.prefs.alwaysOnReason',
        desc: 'Why a strictly necessary purpose cannot be switched off.',
      },
    ),
    'consent.prefs.servicesOn': msg('Services on: {count} of {total}', {
      id: 'consent.prefs.servicesOn',
      desc: 'Under a purpose whose services are not all switched like the purpose itself, e.g. the purpose is off but one of its two services is on.',
    }),
    'consent.prefs.gpc': msg(
      'Your Global Privacy Control signal was honoured: every purpose that needs consent is off. You can still allow a purpose here, one at a time.',
      {
        id: 'consent.prefs.gpc',
        desc: 'Shown when the browser sends a Global Privacy Control signal.',
      },
    ),
    'consent.prefs.services': msg('Services', {
      id: 'consent.prefs.services',
      desc: 'Heading of the list of third-party services within a purpose.',
    }),
    'consent.prefs.cookies': msg('Cookies used ({count})', {
      id: 'consent.prefs.cookies',
      desc: 'Summary of the cookie table of a purpose; {count} is the number of rows.',
    }),
    'consent.prefs.cookieName': msg('Name', {
      id: 'consent.prefs.cookieName',
      desc: 'Cookie table column.',
    }),
    'consent.prefs.cookieProvider': msg('Provider', {
      id: 'consent.prefs.cookieProvider',
      desc: 'Cookie table column: who sets the cookie.',
    }),
    'consent.prefs.cookiePurpose': msg('Purpose', {
      id: 'consent.prefs.cookiePurpose',
      desc: 'Cookie table column: what the cookie is for.',
    }),
    'consent.prefs.cookieExpiry': msg('Expiry', {
      id: 'consent.prefs.cookieExpiry',
      desc: 'Cookie table column: how long the cookie is kept.',
    }),
    'consent.prefs.privacyPolicy': msg('Privacy policy of {provider}', {
      id: 'consent.prefs.privacyPolicy',
      desc: 'Link to a third-party provider privacy policy.',
    }),
    'consent.prefs.labelled': msg('{label}:', {
      id: 'consent.prefs.labelled',
      desc: 'A label before its value, e.g. "Name:" in a cookie table card. Keep the punctuation of your language (French: a narrow no-break space before the colon).',
    }),
    'consent.gate.notice': msg(
      '{title} is provided by {provider}. Loading it lets {provider} set cookies and collect data about your visit ({purpose}).',
      {
        id: 'consent.gate.notice',
        desc: 'Placeholder text of a click-to-load embed. {purpose} is the purpose label, e.g. "Videos".',
      },
    ),
    'consent.gate.loadOnce': msg('Load once', {
      id: 'consent.gate.loadOnce',
      desc: 'Button: load this embed only, without storing a choice.',
    }),
    'consent.gate.loadOnceLabel': msg('Load once: {title} ({provider})', {
      id: 'consent.gate.loadOnceLabel',
      desc: 'Accessible name of the "Load once" button, with the content title and provider.',
    }),
    'consent.gate.allow': msg('Always allow', {
      id: 'consent.gate.allow',
      desc: 'Button: allow this purpose (or provider) everywhere on the site, and remember it.',
    }),
    'consent.gate.allowLabel': msg('Always allow {provider}: {title}', {
      id: 'consent.gate.allowLabel',
      desc: 'Accessible name of the "Always allow" button.',
    }),
    'consent.gate.defaultTitle': msg('Embedded content', {
      id: 'consent.gate.defaultTitle',
      desc: 'Title of an embed whose author gave none.',
    }),
    'consent.gate.thirdParty': msg('a third party', {
      id: 'consent.gate.thirdParty',
      desc: 'Provider name used when the provider is unknown.',
    }),
    'consent.gate.chat': msg('Chat with us', {
      id: 'consent.gate.chat',
      desc: 'Launcher button of a chat widget.',
    }),
    'consent.gate.chatLabel': msg('Chat with us ({provider})', {
      id: 'consent.gate.chatLabel',
      desc: 'Accessible name of the chat launcher button: its text, with the provider.',
    }),
    'consent.gate.chatLoaded': msg('{provider} chat loaded.', {
      id: 'consent.gate.chatLoaded',
      desc: 'Status line left where the chat launcher was, once the chat widget is loading.',
    }),
    'consent.gate.chatNotice': msg('Loads {provider}, which sets cookies.', {
      id: 'consent.gate.chatNotice',
      desc: 'Line under the chat launcher.',
    }),
    'consent.category.necessary.label': msg('Strictly necessary', {
      id: 'consent.category.necessary.label',
      desc: 'Built-in purpose label.',
    }),
    'consent.category.necessary.description': msg(
      'Needed for the site to work and to keep your choices, such as security, sign-in and language.',
      { id: 'consent.category.necessary.description', desc: 'Built-in purpose description.' },
    ),
    'consent.category.preferences.label': msg('Preferences', {
      id: 'consent.category.preferences.label',
      desc: 'Built-in purpose label.',
    }),
    'consent.category.preferences.description': msg(
      'Remember settings you choose, such as region or display options.',
      { id: 'consent.category.preferences.description', desc: 'Built-in purpose description.' },
    ),
    'consent.category.analytics.label': msg('Audience measurement', {
      id: 'consent.category.analytics.label',
      desc: 'Built-in purpose label.',
    }),
    'consent.category.analytics.description': msg(
      'Count visits and see how the site is used, so we can improve it.',
      { id: 'consent.category.analytics.description', desc: 'Built-in purpose description.' },
    ),
    'consent.category.marketing.label': msg('Advertising', {
      id: 'consent.category.marketing.label',
      desc: 'Built-in purpose label.',
    }),
    'consent.category.marketing.description': msg(
      'Show ads, measure campaigns and build a profile of your interests, here and on other sites.',
      { id: 'consent.category.marketing.description', desc: 'Built-in purpose description.' },
    ),
    'consent.category.video.label': msg('Videos', {
      id: 'consent.category.video.label',
      desc: 'Built-in purpose label.',
    }),
    'consent.category.video.description': msg(
      'Play videos hosted by other providers, who may set cookies and track your viewing.',
      { id: 'consent.category.video.description', desc: 'Built-in purpose description.' },
    ),
    'consent.category.maps.label': msg('Maps', {
      id: 'consent.category.maps.label',
      desc: 'Built-in purpose label.',
    }),
    'consent.category.maps.description': msg(
      'Show interactive maps from other providers, who may set cookies.',
      { id: 'consent.category.maps.description', desc: 'Built-in purpose description.' },
    ),
    'consent.category.chat.label': msg('Chat', {
      id: 'consent.category.chat.label',
      desc: 'Built-in purpose label.',
    }),
    'consent.category.chat.description': msg(
      'Load a support chat from another provider, who may set cookies.',
      { id: 'consent.category.chat.description', desc: 'Built-in purpose description.' },
    ),
    'consent.category.social.label': msg('Social media', {
      id: 'consent.category.social.label',
      desc: 'Built-in purpose label.',
    }),
    'consent.category.social.description': msg(
      'Show posts and share buttons from social networks, which may track you.',
      { id: 'consent.category.social.description', desc: 'Built-in purpose description.' },
    ),
  }) as const;

export type MessageId = keyof ReturnType<typeof messages>;
