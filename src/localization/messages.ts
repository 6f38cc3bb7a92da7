import { msg } from '@lit/localize';
import type { MessageId } from '../store/types.js';

/**
 * Every text of the UI, by id, in English: the translators' source (`npm run
 * localize:extract` writes them to locales/*.xlf). Keys are the message ids.
 * `{name}` marks a value filled in at run time; translations keep it as is.
 *
 * Extraction only: no library module imports this at run time (types aside), so
 * neither the notes for translators nor @lit/localize reach the bundle. The runtime
 * reads English from src/generated/locales/en.ts, generated from the XLIFF sources by
 * scripts/locale-modules.mjs (`npm run localize`); after editing a text here, run
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
      desc: 'Heading of the cookie banner, the first thing a visitor reads on their first visit. Short (at most about 6 words), neutral, no exclamation mark.',
    }),
    'consent.banner.message': msg(
      'We use cookies and similar technologies. Strictly necessary ones keep the site working; the others are used only if you agree. You can accept all, reject all, or choose by purpose, and change your mind at any time from the “Cookie preferences” link.',
      {
        id: 'consent.banner.message',
        desc: "Default body text of the cookie banner, shown when the site writes none of its own. Addressed to the visitor in the formal register of a company's legal notice to the public. It must keep every idea: cookies and similar technologies; strictly necessary ones keep the site working; the others only with the visitor's agreement; the visitor can accept all, reject all or choose purpose by purpose; and can change their mind at any time. The quoted link name must be exactly the translation of the message consent.prefs.title (\"Cookie preferences\"), in the language's own quotation marks.",
      },
    ),
    'consent.action.accept': msg('Accept all', {
      id: 'consent.action.accept',
      desc: 'Button of the banner and of the preference dialog: gives consent to every purpose at once. Imperative or infinitive as buttons usually are in your language; short (it must fit a phone-width button), and parallel in form and length to "Reject all" (consent.action.reject): the two must look equally prominent.',
    }),
    'consent.action.reject': msg('Reject all', {
      id: 'consent.action.reject',
      desc: 'Button of the banner and of the preference dialog: refuses every purpose that needs consent, in one click. Same grammatical form and about the same length as "Accept all" (consent.action.accept); never softer or longer.',
    }),
    'consent.action.customize': msg('Customize', {
      id: 'consent.action.customize',
      desc: 'Third button of the banner, beside "Accept all" and "Reject all": opens the preference dialog where the visitor chooses purpose by purpose. Short; the same form as the other two buttons.',
    }),
    'consent.action.continue': msg('Continue without accepting', {
      id: 'consent.action.continue',
      desc: 'Optional small close control at the top of the banner. Closing the banner this way refuses every optional purpose, so the text must say that the visitor continues without accepting (not "close" or "later").',
    }),
    'consent.prefs.title': msg('Cookie preferences', {
      id: 'consent.prefs.title',
      desc: 'Heading of the preference dialog (the second layer), and the usual name of the footer link that reopens it. The banner message quotes it.',
    }),
    'consent.prefs.intro': msg(
      'Choose which purposes you allow. Nothing optional is on unless you switch it on. You can change your choices at any time.',
      {
        id: 'consent.prefs.intro',
        desc: 'First paragraph of the preference dialog, under its heading. Formal register, addressed to the visitor. Says: choose the purposes you allow; nothing optional is on unless you switch it on yourself; you can change your choices at any time.',
      },
    ),
    'consent.prefs.save': msg('Save choices', {
      id: 'consent.prefs.save',
      desc: 'Button of the preference dialog: stores exactly the switches as the visitor set them. "Choices" means the visitor\'s selections of purposes.',
    }),
    'consent.prefs.close': msg('Close without saving', {
      id: 'consent.prefs.close',
      desc: 'Accessible name (read by screen readers, not shown) of the dialog\'s × close button. Closing discards the changes made in the dialog: "close without saving".',
    }),
    'consent.prefs.saved': msg('Your choices have been saved.', {
      id: 'consent.prefs.saved',
      desc: 'Status message read out by screen readers after the visitor saved the dialog. A short complete sentence with a full stop.',
    }),
    'consent.prefs.alwaysOn': msg('Always on', {
      id: 'consent.prefs.alwaysOn',
      desc: 'Small label under the name of a strictly necessary purpose, whose switch is on and disabled: it cannot be turned off. Two or three words, like a state ("always active").',
    }),
    'consent.prefs.alwaysOnReason': msg(
      'No consent is needed for these: the site cannot work without them.',
      {
        id: 'consent.prefs.alwaysOnReason',
        desc: 'Sentence after the description of a strictly necessary purpose (whatever the site calls it), explaining why it has no choice: the law needs no consent for them, because the site cannot work without them. "these" refers to the cookies and technologies of that purpose. One complete sentence.',
      },
    ),
    'consent.prefs.servicesOn': msg('Services on: {count} of {total}', {
      id: 'consent.prefs.servicesOn',
      desc: 'Note under a purpose when its services are not all switched the same way as the purpose itself, e.g. the purpose is off but one of its two services is on. {count} services are on, out of {total} (numbers, at least 1 and 2). Keep it short and neutral about plural forms, e.g. in the shape "Services on: 1 of 2" or "Services enabled: 1/2", so that it reads correctly for any numbers.',
    }),
    'consent.prefs.gpc': msg(
      'Your Global Privacy Control signal was honoured: every purpose that needs consent is off. You can still allow a purpose here, one at a time.',
      {
        id: 'consent.prefs.gpc',
        desc: 'Notice in the preference dialog when the visitor\'s browser sends the Global Privacy Control signal (a legally recognised opt-out signal; keep the name "Global Privacy Control" in English). Says: the signal was honoured (respected), so every purpose that needs consent is off; the visitor may still allow a purpose here, one purpose at a time.',
      },
    ),
    'consent.prefs.services': msg('Services', {
      id: 'consent.prefs.services',
      desc: 'Heading (read by screen readers) of the list of third-party services (providers such as YouTube or Google Maps) within one purpose.',
    }),
    'consent.prefs.cookies': msg('Cookies used ({count})', {
      id: 'consent.prefs.cookies',
      desc: 'Summary line of a collapsible table listing the cookies of a purpose; {count} is the number of rows (cookies or similar storage). Keep it neutral about plural forms, e.g. "Cookies used ({count})" with the number in parentheses.',
    }),
    'consent.prefs.cookieName': msg('Name', {
      id: 'consent.prefs.cookieName',
      desc: "Column heading of the cookie table: the cookie's technical name (e.g. _ga).",
    }),
    'consent.prefs.cookieProvider': msg('Provider', {
      id: 'consent.prefs.cookieProvider',
      desc: 'Column heading of the cookie table: the company that sets the cookie.',
    }),
    'consent.prefs.cookiePurpose': msg('Purpose', {
      id: 'consent.prefs.cookiePurpose',
      desc: 'Column heading of the cookie table: what the cookie is used for.',
    }),
    'consent.prefs.cookieExpiry': msg('Expiry', {
      id: 'consent.prefs.cookieExpiry',
      desc: 'Column heading of the cookie table: how long the cookie is kept (its duration or lifetime, e.g. "13 months").',
    }),
    'consent.prefs.privacyPolicy': msg('Privacy policy of {provider}', {
      id: 'consent.prefs.privacyPolicy',
      desc: 'Link text to the privacy policy of a third-party provider; {provider} is the provider\'s name, e.g. "Privacy policy of YouTube". Use the usual name of a privacy policy in your language.',
    }),
    'consent.prefs.labelled': msg('{label}:', {
      id: 'consent.prefs.labelled',
      desc: 'A label before its value, e.g. "Name:" before a cookie\'s name when the cookie table is shown as cards on a phone. {label} is a column heading. Only the punctuation of your language around it (French uses a narrow no-break space U+202F before the colon; most languages: "{label}:").',
    }),
    'consent.gate.notice': msg(
      '{title} is provided by {provider}. Loading it lets {provider} set cookies and collect data about your visit ({purpose}).',
      {
        id: 'consent.gate.notice',
        desc: 'Text of a click-to-load placeholder that stands in for embedded third-party content (a video, a map, a social post) until the visitor agrees. {title} is what the content is (e.g. "Our launch video"), {provider} the company (e.g. YouTube), {purpose} the purpose\'s label (e.g. "Videos"). Says: this content is provided by the provider; loading it lets the provider set cookies and collect data about your visit. Formal address.',
      },
    ),
    'consent.gate.loadOnce': msg('Load once', {
      id: 'consent.gate.loadOnce',
      desc: 'Button of a click-to-load placeholder: loads this one embed now, without remembering any choice. Short (it sits beside "Always allow").',
    }),
    'consent.gate.loadOnceLabel': msg('Load once: {title} ({provider})', {
      id: 'consent.gate.loadOnceLabel',
      desc: 'Accessible name of the "Load once" button (consent.gate.loadOnce), read by screen readers: the button\'s text, then {title} (what the content is) and {provider} (the company). Begin with exactly your translation of "Load once".',
    }),
    'consent.gate.allow': msg('Always allow', {
      id: 'consent.gate.allow',
      desc: 'Button of a click-to-load placeholder: allows this purpose or provider everywhere on the site from now on, and remembers it. Short (it sits beside "Load once").',
    }),
    'consent.gate.allowLabel': msg('Always allow {provider}: {title}', {
      id: 'consent.gate.allowLabel',
      desc: 'Accessible name of the "Always allow" button (consent.gate.allow), read by screen readers: allow {provider} (the company) always, then {title} (what the content is). Keep your translation of "Always allow" at its start.',
    }),
    'consent.gate.defaultTitle': msg('Embedded content', {
      id: 'consent.gate.defaultTitle',
      desc: 'What an embed is called when the site gave it no title, e.g. inside "Embedded content is provided by YouTube…". A noun phrase.',
    }),
    'consent.gate.thirdParty': msg('a third party', {
      id: 'consent.gate.thirdParty',
      desc: 'Name used in sentences in place of a provider whose name is unknown, e.g. "Embedded content is provided by a third party". A noun phrase that fits where {provider} stands in the other messages.',
    }),
    'consent.gate.chat': msg('Chat with us', {
      id: 'consent.gate.chat',
      desc: 'Button that stands in for a support chat widget until the visitor opens it (like a chat launcher in the corner of a site). Short and inviting, 2 to 4 words.',
    }),
    'consent.gate.chatLabel': msg('Chat with us ({provider})', {
      id: 'consent.gate.chatLabel',
      desc: 'Accessible name of the chat launcher button: its visible text (your translation of consent.gate.chat, "Chat with us"), then {provider}, the chat provider\'s name, in parentheses.',
    }),
    'consent.gate.chatLoaded': msg('{provider} chat loaded.', {
      id: 'consent.gate.chatLoaded',
      desc: "Status line, read by screen readers, left where the chat launcher was once the chat widget of {provider} (the provider's name) is loading. A short sentence.",
    }),
    'consent.gate.chatNotice': msg('Loads {provider}, which sets cookies.', {
      id: 'consent.gate.chatNotice',
      desc: "Small line under the chat launcher button: opening the chat loads the widget of {provider} (the provider's name), which sets cookies.",
    }),
    'consent.category.necessary.label': msg('Strictly necessary', {
      id: 'consent.category.necessary.label',
      desc: 'Name of the built-in purpose for cookies the site cannot work without (session, security, language, the consent choice itself). The usual legal term in your language, e.g. French "Strictement nécessaires".',
    }),
    'consent.category.necessary.description': msg(
      'Needed for the site to work and to keep your choices, such as security, sign-in and language.',
      {
        id: 'consent.category.necessary.description',
        desc: "Description of the strictly necessary purpose: needed for the site to work and to remember the visitor's choices, for example security, sign-in and language.",
      },
    ),
    'consent.category.preferences.label': msg('Preferences', {
      id: 'consent.category.preferences.label',
      desc: "Name of the built-in purpose for cookies that remember the visitor's settings (functional or preference cookies).",
    }),
    'consent.category.preferences.description': msg(
      'Remember settings you choose, such as region or display options.',
      {
        id: 'consent.category.preferences.description',
        desc: 'Description of the preferences purpose: remember settings the visitor chooses, such as the region or display options.',
      },
    ),
    'consent.category.analytics.label': msg('Audience measurement', {
      id: 'consent.category.analytics.label',
      desc: "Name of the built-in purpose for audience measurement (web analytics, statistics about visits). The usual term in your language's privacy notices.",
    }),
    'consent.category.analytics.description': msg(
      'Count visits and see how the site is used, so we can improve it.',
      {
        id: 'consent.category.analytics.description',
        desc: 'Description of the audience measurement purpose: count visits and see how the site is used, so that the site can be improved.',
      },
    ),
    'consent.category.marketing.label': msg('Advertising', {
      id: 'consent.category.marketing.label',
      desc: 'Name of the built-in purpose for advertising (marketing cookies, targeted ads).',
    }),
    'consent.category.marketing.description': msg(
      'Show ads, measure campaigns and build a profile of your interests, here and on other sites.',
      {
        id: 'consent.category.marketing.description',
        desc: "Description of the advertising purpose: show ads, measure campaigns and build a profile of the visitor's interests, on this site and on other sites.",
      },
    ),
    'consent.category.video.label': msg('Videos', {
      id: 'consent.category.video.label',
      desc: 'Name of the built-in purpose for videos embedded from other providers (e.g. YouTube, Vimeo). One word if possible.',
    }),
    'consent.category.video.description': msg(
      'Play videos hosted by other providers, who may set cookies and track your viewing.',
      {
        id: 'consent.category.video.description',
        desc: 'Description of the videos purpose: play videos hosted by other providers, who may set cookies and track what the visitor watches.',
      },
    ),
    'consent.category.maps.label': msg('Maps', {
      id: 'consent.category.maps.label',
      desc: 'Name of the built-in purpose for interactive maps embedded from other providers (e.g. Google Maps). One word if possible.',
    }),
    'consent.category.maps.description': msg(
      'Show interactive maps from other providers, who may set cookies.',
      {
        id: 'consent.category.maps.description',
        desc: 'Description of the maps purpose: show interactive maps from other providers, who may set cookies.',
      },
    ),
    'consent.category.chat.label': msg('Chat', {
      id: 'consent.category.chat.label',
      desc: "Name of the built-in purpose for a support chat (live chat with the site's staff) provided by another company. Short.",
    }),
    'consent.category.chat.description': msg(
      'Load a support chat from another provider, who may set cookies.',
      {
        id: 'consent.category.chat.description',
        desc: 'Description of the chat purpose: load a support chat from another provider, who may set cookies.',
      },
    ),
    'consent.category.social.label': msg('Social media', {
      id: 'consent.category.social.label',
      desc: 'Name of the built-in purpose for social media content (embedded posts, share buttons from social networks).',
    }),
    'consent.category.social.description': msg(
      'Show posts and share buttons from social networks, which may track you.',
      {
        id: 'consent.category.social.description',
        desc: 'Description of the social media purpose: show posts and share buttons from social networks, which may track the visitor.',
      },
    ),
  }) as const;

export type { MessageId } from '../store/types.js';

// The runtime's ids come from the generated English module (src/generated/locales/en.ts):
// an id added here and not yet extracted and built is a type error here.
type Missing = Exclude<keyof ReturnType<typeof messages>, MessageId>;
export const upToDate: [Missing] extends [never] ? true : Missing = true;
