import { msg } from '@lit/localize';
import type { MessageId } from '../store/types.js';

/**
 * Every text of the UI, by id, in English: the translators' source (`npm run
 * localize:extract` writes them to locales/*.xlf). Keys are the message ids.
 * `{name}` marks a value filled in at run time; translations keep it as is.
 *
 * Extraction only: no library module imports this at run time (types aside), so
 * neither the notes for translators nor @lit/localize reach the bundle. The runtime
 * reads English from src/generated/locales/en.ts, en-banner.ts and en-gate.ts,
 * generated from the XLIFF sources by scripts/locale-modules.mjs (`npm run localize`);
 * after editing a text here, run `npm run localize:extract` and then `npm run localize`.
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
    'consent.gate.pay': msg('Pay with {provider}', {
      id: 'consent.gate.pay',
      desc: "Button that stands in for a payment form (e.g. Stripe's) until the visitor asks for it: clicking it loads the payment form of {provider} (the payment provider's name). Short, like a checkout button.",
    }),
    'consent.gate.payNotice': msg(
      'Opens the secure payment form of {provider}, which sets the cookies the payment needs.',
      {
        id: 'consent.gate.payNotice',
        desc: "Small line under the payment button: clicking it loads the payment form of {provider} (the payment provider's name), which sets the cookies that the payment itself needs.",
      },
    ),
    'consent.gate.payLoaded': msg('Payment form of {provider} loaded.', {
      id: 'consent.gate.payLoaded',
      desc: 'Status line, read by screen readers, left where the payment button was once the payment form of {provider} is loading. A short sentence.',
    }),
    'consent.gate.load': msg('Load', {
      id: 'consent.gate.load',
      desc: 'Single button of an embedded content (a video, a map) that loads only when the visitor asks for it, shown once the purpose is allowed: loads this content now. One word if possible.',
    }),
    'consent.gate.loadLabel': msg('Load: {title} ({provider})', {
      id: 'consent.gate.loadLabel',
      desc: 'Accessible name of the "Load" button (consent.gate.load), read by screen readers: the button\'s text, then {title} (what the content is) and {provider} (the company). Begin with exactly your translation of "Load".',
    }),
    'consent.prefs.noDeviceAccess': msg(
      'Nothing is stored on or read from your device for these: no consent is needed.',
      {
        id: 'consent.prefs.noDeviceAccess',
        desc: 'Sentence after the description of a purpose that stores and reads nothing on the visitor\'s device (for example server logs or infrastructure monitoring), explaining why it has no switch. "these" refers to the technologies of that purpose. One complete sentence.',
      },
    ),
    'consent.declaration.legalBasis': msg('Legal basis', {
      id: 'consent.declaration.legalBasis',
      desc: 'Label in the site\'s cookie policy, before the legal basis of a purpose (e.g. "Consent", "Legitimate interest"): the GDPR term.',
    }),
    'consent.declaration.retention': msg('Retention', {
      id: 'consent.declaration.retention',
      desc: 'Label in the site\'s cookie policy, before how long the data of a purpose is kept (e.g. "Up to 13 months"). Also a column heading.',
    }),
    'consent.declaration.choice': msg('Your choice', {
      id: 'consent.declaration.choice',
      desc: 'Label in the site\'s cookie policy, before the visitor\'s current choice for a purpose (e.g. "Allowed"). Also a column heading.',
    }),
    'consent.declaration.allowed': msg('Allowed', {
      id: 'consent.declaration.allowed',
      desc: "The visitor's current choice for a purpose, in the site's cookie policy: they allowed it. One word if possible.",
    }),
    'consent.declaration.refused': msg('Refused', {
      id: 'consent.declaration.refused',
      desc: 'The visitor\'s current choice for a purpose, in the site\'s cookie policy: they refused it. One word if possible, parallel to "Allowed".',
    }),
    'consent.declaration.notChosen': msg('Not chosen yet', {
      id: 'consent.declaration.notChosen',
      desc: "The visitor's current choice for a purpose, in the site's cookie policy, before they made any choice on the site. Short.",
    }),
    'consent.declaration.noConsentNeeded': msg('No consent needed', {
      id: 'consent.declaration.noConsentNeeded',
      desc: "The visitor's current choice for a purpose that stores nothing on their device (server logs, monitoring), in the site's cookie policy: there is nothing to choose. Short.",
    }),
    'consent.basis.consent': msg('Consent', {
      id: 'consent.basis.consent',
      desc: "Legal basis of a purpose (GDPR Art. 6(1)(a)): the visitor's consent. Use the official GDPR term of your language.",
    }),
    'consent.basis.legitimateInterest': msg('Legitimate interest', {
      id: 'consent.basis.legitimateInterest',
      desc: "Legal basis of a purpose (GDPR Art. 6(1)(f)): the site's legitimate interest. Use the official GDPR term of your language.",
    }),
    'consent.basis.contract': msg('Performance of a contract, or a service you requested', {
      id: 'consent.basis.contract',
      desc: 'Legal basis of a purpose (GDPR Art. 6(1)(b), ePrivacy Art. 5(3)): needed to provide a contract or a service the visitor expressly requested. Formal address.',
    }),
    'consent.basis.legalObligation': msg('Legal obligation', {
      id: 'consent.basis.legalObligation',
      desc: 'Legal basis of a purpose (GDPR Art. 6(1)(c)): a legal obligation of the site. Use the official GDPR term of your language.',
    }),
    'consent.basis.exempt': msg('Strictly necessary: exempt from consent', {
      id: 'consent.basis.exempt',
      desc: 'Legal basis of a strictly necessary purpose (ePrivacy Art. 5(3)): the law exempts it from consent because the site cannot work without it.',
    }),
    'consent.declaration.servicesCaption': msg('Services used for {purpose}', {
      id: 'consent.declaration.servicesCaption',
      desc: 'Caption of a table in the site\'s cookie policy listing the third-party services (providers) of a purpose; {purpose} is the purpose\'s name (e.g. "Audience measurement").',
    }),
    'consent.declaration.storageCaption': msg('Cookies and storage used for {purpose}', {
      id: 'consent.declaration.storageCaption',
      desc: 'Caption of a table in the site\'s cookie policy listing the cookies and other storage (local storage…) of a purpose; {purpose} is the purpose\'s name (e.g. "Strictly necessary").',
    }),
    'consent.declaration.service': msg('Service', {
      id: 'consent.declaration.service',
      desc: 'Column heading in the site\'s cookie policy: the name of a third-party service (e.g. "YouTube").',
    }),
    'consent.declaration.endpoint': msg('Endpoint', {
      id: 'consent.declaration.endpoint',
      desc: 'Column heading in the site\'s cookie policy: the internet host a service sends data to (e.g. "static.cloudflareinsights.com"). A technical term; keep it short.',
    }),
    'consent.declaration.country': msg('Country or safeguard', {
      id: 'consent.declaration.country',
      desc: 'Column heading in the site\'s cookie policy: where a service processes data, or the safeguard for a transfer outside the EU (e.g. "EU", "USA (Standard Contractual Clauses)").',
    }),
    'consent.declaration.policy': msg('Privacy policy', {
      id: 'consent.declaration.policy',
      desc: "Column heading in the site's cookie policy: the link to a provider's privacy policy.",
    }),
    'consent.declaration.type': msg('Type', {
      id: 'consent.declaration.type',
      desc: "Column heading in the site's cookie policy: the kind of storage (cookie, local storage…).",
    }),
    'consent.declaration.noStorage': msg('Nothing is stored on your device for this purpose.', {
      id: 'consent.declaration.noStorage',
      desc: "Shown in the site's cookie policy in place of a cookie table, for a purpose that stores nothing on the visitor's device. One complete sentence.",
    }),
    'consent.storage.cookie': msg('Cookie', {
      id: 'consent.storage.cookie',
      desc: "Kind of storage in the cookie policy's table: an HTTP cookie. Use your language's usual word for a cookie (singular).",
    }),
    'consent.storage.localStorage': msg('Local storage', {
      id: 'consent.storage.localStorage',
      desc: "Kind of storage in the cookie policy's table: the browser's local storage (data kept until deleted).",
    }),
    'consent.storage.sessionStorage': msg('Session storage', {
      id: 'consent.storage.sessionStorage',
      desc: "Kind of storage in the cookie policy's table: the browser's session storage (data kept until the tab is closed).",
    }),
    'consent.storage.indexedDB': msg('IndexedDB database', {
      id: 'consent.storage.indexedDB',
      desc: "Kind of storage in the cookie policy's table: a database in the browser (IndexedDB, a technical name kept as is).",
    }),
    'consent.declaration.summaryCaption': msg('Purposes, legal bases and retention', {
      id: 'consent.declaration.summaryCaption',
      desc: "Caption of the summary table in the site's cookie policy: one row per purpose, with its description, legal basis, retention and the visitor's choice.",
    }),
    'consent.declaration.category': msg('Category', {
      id: 'consent.declaration.category',
      desc: "Column heading of the summary table in the site's cookie policy: the name of a purpose (a category of cookies).",
    }),
    'consent.declaration.record': msg('Your consent record', {
      id: 'consent.declaration.record',
      desc: "Heading, in the site's cookie policy, of the block that shows the visitor their consent id, the date of their last choice and a button to change it.",
    }),
    'consent.declaration.consentId': msg('Consent ID', {
      id: 'consent.declaration.consentId',
      desc: "Label before the random identifier of the visitor's consent (the proof kept of their choice).",
    }),
    'consent.declaration.decidedAt': msg('Date of your last choice', {
      id: 'consent.declaration.decidedAt',
      desc: "Label before the date and time of the visitor's last consent decision.",
    }),
    'consent.declaration.noRecord': msg('You have not made a choice on this site yet.', {
      id: 'consent.declaration.noRecord',
      desc: 'Shown in the consent record block when the visitor has made no choice yet. One complete sentence.',
    }),
    'consent.declaration.change': msg('Change your choices', {
      id: 'consent.declaration.change',
      desc: "Button in the site's cookie policy that opens the preference dialog, where the visitor can change or withdraw their consent.",
    }),
  }) as const;

export type { MessageId } from '../store/types.js';

// The runtime's ids come from the generated English modules (src/generated/locales/):
// an id added here and not yet extracted and built is a type error here.
type Missing = Exclude<keyof ReturnType<typeof messages>, MessageId>;
export const upToDate: [Missing] extends [never] ? true : Missing = true;
