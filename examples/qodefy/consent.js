// Qodefy's consent configuration, shared by every page of the site: the banner, the
// "Cookie settings" dialog, the click-to-load embeds and the tables of the cookie
// policy page (<consent-declaration>) all read this one object, so the policy and the
// consent interface can never disagree.
//
// The categories follow the sections of the cookie policy (cookie-policy.html):
//   §3 necessary    Strictly necessary and security cookies (exempt from consent)
//   §4 preferences  Functional, preference and personalization technologies (consent)
//   §5 analytics    Analytics, audience measurement and performance monitoring (consent)
//   §6 embeds       Embedded content and third-party services, one service per provider (consent)
//   §7 marketing    Marketing, social and campaign measurement (consent)
//
// POLICY REVISION (§10 "When material changes occur, the Last updated date and consent
// interface content are revised accordingly"):
//   revision 1 was the policy of 12 March 2026;
//   revision 2 is the update of 1 December 2026 (the "Last updated" date of the policy
//   page): documentation tools, calendars and scheduling added to §6, performance
//   monitoring added to §5. A decision stored under revision 1 is void: the banner asks
//   again.
import { consent } from '../../dist/consent-elements.js';

const GOOGLE_POLICY = 'https://policies.google.com/privacy';
const LINKEDIN_POLICY = 'https://www.linkedin.com/legal/privacy-policy';
const DPF = 'USA (EU–US Data Privacy Framework)';

consent.configure({
  revision: 2,
  // The consent cookie: qodefy_consent, 182 days (6 months).
  expiresAfterDays: 182,
  cookie: { name: 'qodefy_consent' },
  // Google Ads conversion tracking (§7) runs only once granted; Consent Mode v2 tells it
  // what was granted. Qodefy uses no Google Analytics.
  googleConsentMode: {
    ad_storage: ['google-ads'],
    ad_user_data: ['google-ads'],
    ad_personalization: ['google-ads'],
    analytics_storage: false,
    functionality_storage: ['preferences'],
    personalization_storage: ['preferences'],
  },
  texts: {
    en: {
      // §9: "the website consent interface", reached from "Cookie settings" on every page.
      'consent.prefs.title': 'Cookie settings',
    },
  },
  categories: [
    // §3 Strictly necessary and security cookies.
    {
      id: 'necessary',
      label: 'Strictly necessary and security',
      description:
        'Core service operation and security: session continuity, infrastructure routing and load balancing, form protection, bot mitigation, abuse prevention, remembering your cookie choices, and the services you explicitly request. Security technologies include anti-fraud tokens, request validation identifiers, suspicious traffic detection and defences against malicious automation. They are used without prior consent, as the law permits.',
      legalBasis: 'exempt',
      retention:
        'From the end of your browser session to 6 months (your cookie choices); the receipts of those choices until you clear your browser data',
      services: [
        {
          id: 'scaleway',
          label: 'Scaleway',
          provider: 'Scaleway SAS',
          description: 'Hosting of qodefy.com (servers in Paris).',
          endpoint: 'qodefy.com',
          country: 'France (EU)',
          privacyPolicy: 'https://www.scaleway.com/en/privacy-policy/',
        },
        {
          id: 'cloudflare',
          label: 'Cloudflare',
          provider: 'Cloudflare, Inc.',
          description:
            'Content delivery, suspicious traffic detection and bot mitigation in front of qodefy.com.',
          endpoint: 'qodefy.com',
          country: DPF,
          privacyPolicy: 'https://www.cloudflare.com/privacypolicy/',
        },
      ],
      cookies: [
        {
          name: 'qdf_session',
          provider: 'Qodefy',
          purpose:
            'Session continuity: keeps your visit together from page to page, and the service you asked for (such as a message you are sending us).',
          expiry: 'Session',
        },
        {
          name: 'qdf_lb',
          provider: 'Qodefy (load balancer)',
          purpose:
            'Infrastructure routing and load balancing: sends your requests to the same server.',
          expiry: 'Session',
        },
        {
          name: 'qdf_csrf',
          provider: 'Qodefy',
          purpose:
            'Form protection (anti-CSRF) and request validation: proves that a form sent to us comes from our own page.',
          expiry: 'Session',
        },
        {
          name: '__cf_bm',
          provider: 'Cloudflare',
          purpose: 'Bot mitigation: tells people from malicious automation.',
          expiry: '30 minutes',
        },
        {
          name: 'qdf_guard',
          provider: 'Qodefy',
          purpose:
            'Abuse prevention and anti-fraud token: limits repeated form submissions and sign-in attempts from one browser.',
          expiry: '1 hour',
        },
        {
          name: 'qodefy_consent',
          provider: 'Qodefy',
          purpose:
            'Consent-state memory: remembers your cookie choices, when you made them and the policy revision they answer.',
          expiry: '6 months (182 days)',
        },
        {
          name: 'consent-elements',
          provider: 'Qodefy',
          purpose:
            'A receipt of each of your cookie choices, kept in this browser as proof of consent.',
          expiry: 'Until you clear your browser data',
          type: 'indexedDB',
        },
      ],
    },

    // §4 Functional, preference and personalization technologies.
    {
      id: 'preferences',
      label: 'Functional, preference and personalization',
      description:
        'Remember your language, interface preferences, accessibility options, display choices and continuity settings across visits, and personalize the site from your previous visits: a remembered reading path, and the insights on the topics you read shown first.',
      legalBasis: 'consent',
      retention: 'Up to 12 months; the reading path keeps 6 months of history',
      clearCookies: ['qdf_lang', 'qdf_ui', 'qdf_a11y', 'qdf_display', 'qdf_continuity'],
      cookies: [
        {
          name: 'qdf_lang',
          provider: 'Qodefy',
          purpose: 'Language: your variant of English (UK or US spelling and dates).',
          expiry: '12 months',
        },
        {
          name: 'qdf_ui',
          provider: 'Qodefy',
          purpose: 'Interface preferences: a comfortable or compact layout.',
          expiry: '12 months',
        },
        {
          name: 'qdf_a11y',
          provider: 'Qodefy',
          purpose: 'Accessibility options: larger text, underlined links, reduced motion.',
          expiry: '12 months',
        },
        {
          name: 'qdf_display',
          provider: 'Qodefy',
          purpose: 'Display choices: the light, dark or system theme.',
          expiry: '12 months',
        },
        {
          name: 'qdf_continuity',
          provider: 'Qodefy',
          purpose:
            'Continuity settings: the case-study filter you last used, so “Work” opens where you left it.',
          expiry: '30 days',
        },
        {
          name: 'qdf_reading_path',
          provider: 'Qodefy',
          purpose:
            'Personalization: the insights you have read (your reading path), to suggest the next one and show your topics first.',
          expiry: 'Until you withdraw consent; entries older than 6 months are dropped',
          type: 'localStorage',
        },
      ],
    },

    // §5 Analytics, audience measurement and performance monitoring.
    {
      id: 'analytics',
      label: 'Analytics, audience measurement and performance monitoring',
      description:
        'Understand how visitors use the site, which pages are most useful, how navigation flows perform, and where technical issues or usability friction appear. None of our analytics runs before you allow it.',
      legalBasis: 'consent',
      retention: 'Up to 13 months',
      services: [
        {
          id: 'matomo',
          label: 'Matomo Cloud',
          provider: 'InnoCraft Ltd (Matomo)',
          description: 'Audience measurement: visits, pages viewed, navigation flows.',
          endpoint: 'qodefy.matomo.cloud',
          country: 'EU (Germany)',
          privacyPolicy: 'https://matomo.org/privacy-policy/',
          clearCookies: ['_pk_id.*', '_pk_ses.*', '_pk_ref.*'],
          cookies: [
            {
              name: '_pk_id.*',
              provider: 'Matomo (Qodefy)',
              purpose: 'Tells visits from the same browser apart, without identifying you.',
              expiry: '13 months',
            },
            {
              name: '_pk_ses.*',
              provider: 'Matomo (Qodefy)',
              purpose: 'Groups the pages of one visit.',
              expiry: '30 minutes',
            },
            {
              name: '_pk_ref.*',
              provider: 'Matomo (Qodefy)',
              purpose: 'Remembers which site or campaign brought you here.',
              expiry: '6 months',
            },
          ],
        },
        {
          id: 'speedcurve',
          label: 'SpeedCurve RUM',
          provider: 'SpeedCurve Ltd',
          description:
            'Performance monitoring: page load times, responsiveness and layout stability measured in real browsers.',
          endpoint: 'lux.speedcurve.com',
          country: 'New Zealand (EU adequacy decision)',
          privacyPolicy: 'https://www.speedcurve.com/terms/',
          clearCookies: ['lux_uid'],
          cookies: [
            {
              name: 'lux_uid',
              provider: 'SpeedCurve (Qodefy)',
              purpose: 'Groups the pages of one visit for performance monitoring.',
              expiry: '30 minutes',
            },
          ],
        },
      ],
    },

    // §6 Embedded content and third-party services: one category, a service per provider.
    {
      id: 'embeds',
      label: 'Embedded content and third-party services',
      description:
        'External media and integrations: video, maps, social widgets, hosted forms, documentation tools, calendars, chat and scheduling modules. Each may set third-party cookies when it is loaded or when you interact with it, and its provider collects data under its own policy: we encourage you to read it before loading the content.',
      legalBasis: 'consent',
      retention: 'Set by each provider, under its own policy (see the table)',
      services: [
        {
          id: 'youtube',
          label: 'YouTube',
          provider: 'Google Ireland Limited',
          description: 'Video: our showreel, played from youtube-nocookie.com.',
          endpoint: 'www.youtube-nocookie.com',
          country: DPF,
          privacyPolicy: GOOGLE_POLICY,
          cookies: [
            {
              name: 'YSC',
              provider: 'YouTube (youtube.com)',
              purpose: 'Set when you play the video: counts views and keeps the player working.',
              expiry: 'Session',
            },
            {
              name: 'VISITOR_INFO1_LIVE',
              provider: 'YouTube (youtube.com)',
              purpose: 'Set when you play the video: estimates your bandwidth.',
              expiry: '6 months',
            },
          ],
        },
        {
          id: 'google-maps',
          label: 'Google Maps',
          provider: 'Google Ireland Limited',
          description: 'Maps: the map of our studio in Lyon.',
          endpoint: 'www.google.com',
          country: DPF,
          privacyPolicy: GOOGLE_POLICY,
          cookies: [
            {
              name: 'NID',
              provider: 'Google (google.com)',
              purpose: 'Remembers your Google preferences and helps Google fight abuse.',
              expiry: '6 months',
            },
          ],
        },
        {
          id: 'linkedin-post',
          label: 'LinkedIn',
          provider: 'LinkedIn Ireland Unlimited Company',
          description: 'Social widgets: a post from our LinkedIn page.',
          endpoint: 'www.linkedin.com',
          country: DPF,
          privacyPolicy: LINKEDIN_POLICY,
          cookies: [
            {
              name: 'bcookie',
              provider: 'LinkedIn (linkedin.com)',
              purpose: 'Identifies your browser to LinkedIn.',
              expiry: '1 year',
            },
            {
              name: 'lidc',
              provider: 'LinkedIn (linkedin.com)',
              purpose: 'Chooses the LinkedIn data centre.',
              expiry: '24 hours',
            },
          ],
        },
        {
          id: 'typeform',
          label: 'Typeform',
          provider: 'TYPEFORM SL',
          description: 'Hosted forms: our project brief form.',
          endpoint: 'form.typeform.com',
          country: 'EU (Spain)',
          privacyPolicy: 'https://www.typeform.com/privacy-policy/',
          cookies: [
            {
              name: 'attribution_user_id',
              provider: 'Typeform (typeform.com)',
              purpose: 'Tells respondents apart for Typeform’s own statistics.',
              expiry: '1 year',
            },
          ],
        },
        {
          id: 'notion',
          label: 'Notion',
          provider: 'Notion Labs, Inc.',
          description: 'Documentation tools: our delivery playbook, published on Notion.',
          endpoint: 'qodefy.notion.site',
          country: DPF,
          privacyPolicy:
            'https://www.notion.so/notion/Privacy-Policy-3468d120cf614d4c9014c09f6adc9091',
          cookies: [
            {
              name: 'notion_browser_id',
              provider: 'Notion (notion.site)',
              purpose: 'Tells browsers apart for Notion’s statistics and experiments.',
              expiry: '1 year',
            },
            {
              name: 'notion_locale',
              provider: 'Notion (notion.site)',
              purpose: 'Remembers the language Notion shows.',
              expiry: '1 year',
            },
          ],
        },
        {
          id: 'google-calendar',
          label: 'Google Calendar',
          provider: 'Google Ireland Limited',
          description: 'Calendars: our meetups, open studio evenings and talks.',
          endpoint: 'calendar.google.com',
          country: DPF,
          privacyPolicy: GOOGLE_POLICY,
          cookies: [
            {
              name: 'NID',
              provider: 'Google (google.com)',
              purpose: 'Remembers your Google preferences and helps Google fight abuse.',
              expiry: '6 months',
            },
          ],
        },
        {
          id: 'crisp',
          label: 'Crisp',
          provider: 'Crisp IM SAS',
          description: 'Chat: talk to our team, weekdays 9:00–18:00 (Paris time).',
          endpoint: 'client.crisp.chat',
          country: 'EU (France)',
          privacyPolicy: 'https://crisp.chat/en/privacy/',
          clearCookies: ['crisp-client%2F*'],
          cookies: [
            {
              name: 'crisp-client%2Fsession%2F*',
              provider: 'Crisp (Qodefy)',
              purpose: 'Keeps your conversation when you come back.',
              expiry: '6 months',
            },
          ],
        },
        {
          id: 'calendly',
          label: 'Calendly',
          provider: 'Calendly LLC',
          description: 'Scheduling: book an introduction call with our team.',
          endpoint: 'calendly.com',
          country: DPF,
          privacyPolicy: 'https://calendly.com/privacy',
          cookies: [
            {
              name: '__cf_bm',
              provider: 'Cloudflare (calendly.com)',
              purpose: 'Tells people from bots on Calendly.',
              expiry: '30 minutes',
            },
            {
              name: '_calendly_session',
              provider: 'Calendly (calendly.com)',
              purpose: 'Keeps your booking session.',
              expiry: '21 days',
            },
          ],
        },
      ],
    },

    // §7 Marketing, social and campaign measurement.
    {
      id: 'marketing',
      label: 'Marketing, social and campaign measurement',
      description:
        'Campaign analytics, social advertising and conversion measurement: referral source, campaign path, conversion events and engagement metrics of the people who reach us from our campaigns. Never needed to use this site: refusing blocks nothing you can read or do here. We use no affiliate tracking or audience segmentation tool.',
      legalBasis: 'consent',
      retention: 'Up to 1 year',
      services: [
        {
          id: 'linkedin-insight',
          label: 'LinkedIn Insight Tag',
          provider: 'LinkedIn Ireland Unlimited Company',
          description:
            'Campaign analytics: which LinkedIn campaigns and posts bring visitors to us.',
          endpoint: ['snap.licdn.com', 'px.ads.linkedin.com'],
          country: DPF,
          privacyPolicy: LINKEDIN_POLICY,
          clearCookies: ['li_fat_id', 'li_sugr'],
          cookies: [
            {
              name: 'li_fat_id',
              provider: 'LinkedIn (Qodefy)',
              purpose: 'Attributes a visit to a LinkedIn ad click.',
              expiry: '30 days',
            },
            {
              name: 'li_sugr',
              provider: 'LinkedIn (linkedin.com)',
              purpose: 'Matches your browser to LinkedIn members for campaign reports.',
              expiry: '90 days',
            },
            {
              name: 'bcookie',
              provider: 'LinkedIn (linkedin.com)',
              purpose: 'Identifies your browser to LinkedIn.',
              expiry: '1 year',
            },
          ],
        },
        {
          id: 'meta-pixel',
          label: 'Meta Pixel',
          provider: 'Meta Platforms Ireland Limited',
          description: 'Social advertising: measures and retargets our Facebook and Instagram ads.',
          endpoint: 'connect.facebook.net',
          country: DPF,
          privacyPolicy: 'https://www.facebook.com/privacy/policy/',
          clearCookies: ['_fbp', '_fbc'],
          cookies: [
            {
              name: '_fbp',
              provider: 'Meta (Qodefy)',
              purpose: 'Tells browsers apart for ad measurement and retargeting.',
              expiry: '90 days',
            },
            {
              name: '_fbc',
              provider: 'Meta (Qodefy)',
              purpose: 'Stores the ad click that brought you here.',
              expiry: '90 days',
            },
          ],
        },
        {
          id: 'google-ads',
          label: 'Google Ads conversion tracking',
          provider: 'Google Ireland Limited',
          description:
            'Conversion measurement: counts booked intro calls that follow a click on our Google ads.',
          endpoint: ['www.googletagmanager.com', 'googleads.g.doubleclick.net'],
          country: DPF,
          privacyPolicy: GOOGLE_POLICY,
          clearCookies: ['_gcl_au', '_gcl_aw'],
          cookies: [
            {
              name: '_gcl_au',
              provider: 'Google (Qodefy)',
              purpose: 'Links conversions to the ad clicks that led to them.',
              expiry: '90 days',
            },
            {
              name: '_gcl_aw',
              provider: 'Google (Qodefy)',
              purpose: 'Stores the Google ad click that brought you here.',
              expiry: '90 days',
            },
          ],
        },
      ],
    },
  ],
});
