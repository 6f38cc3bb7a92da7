// STRACKR's consent configuration, shared by every page of the site (the home page and
// the cookie policy), so that the banner, the preference dialog and the policy's tables
// can never disagree. The categories follow §4 and §5 of the Cookie Policy, in that
// order; labels, purposes, legal bases and retention periods are the policy's words.
import { consent } from '../../dist/consent-elements.js';

consent.configure({
  revision: 1,
  // §7: "Your choice is retained for 6 months, after which the consent request is
  // displayed again." The consent cookie lives as long.
  expiresAfterDays: 182,
  cookie: { name: 'strackr_consent' },
  categories: [
    {
      // §4.1 and §5, first row.
      id: 'necessary',
      label: 'Strictly necessary Cookies and Similar Technologies',
      description:
        'Ensure the proper functioning, security and performance of the Website, Application and Service, including: authentication, session management, secure access to accounts, fraud prevention, infrastructure protection, technical monitoring and generation of privacy-friendly usage statistics strictly limited to STRACKR’s internal needs.',
      legalBasis:
        'Legitimate interest (security, system integrity, fraud prevention, service improvement); performance of the contract or provision of a service expressly requested by the user.',
      retention:
        'Data retained for the duration of the user session or for a short period (7 days) strictly necessary to maintain session continuity when requested by the Client; automatically deleted upon logout or session expiration.',
      cookies: [
        {
          name: 'strackr_session',
          provider: 'STRACKR',
          purpose: 'Session identifier: keeps you signed in while you move between pages.',
          expiry: 'Session (deleted on logout or when the browser closes)',
          type: 'cookie',
        },
        {
          name: 'strackr_auth',
          provider: 'STRACKR',
          purpose:
            'Authentication status, set only when you tick “Keep me signed in on this device”.',
          expiry: '7 days (deleted on logout)',
          type: 'cookie',
        },
        {
          name: 'strackr_token',
          provider: 'STRACKR',
          purpose: 'Security token the Application sends with each request to the STRACKR API.',
          expiry: 'Session (deleted on logout or when the tab closes)',
          type: 'sessionStorage',
        },
        {
          name: 'strackr_consent',
          provider: 'STRACKR',
          purpose: 'Keeps your cookie choices, so that we do not ask again on every page.',
          expiry: '6 months (182 days), then we ask again',
          type: 'cookie',
        },
        {
          // The library's receipts (§4.1: "session or local storage mechanisms"): every
          // entry the site stores is declared.
          name: 'consent-elements',
          provider: 'STRACKR',
          purpose:
            'A receipt of each of your cookie choices, kept in this browser as proof of consent.',
          expiry: 'Until you clear your browser data',
          type: 'indexedDB',
        },
      ],
    },
    {
      // §4.2 and §5, second row.
      id: 'preferences',
      label: 'Functional cookies',
      description:
        'Remember non-essential preferences such as language or optional interface settings.',
      legalBasis: 'consent',
      retention:
        'Up to 13 months from their placement on the user’s terminal, unless a shorter retention period is technically feasible or required by applicable law.',
      clearCookies: ['strackr_prefs'],
      cookies: [
        {
          name: 'strackr_prefs',
          provider: 'STRACKR',
          purpose:
            'Interface settings: the currency and billing period you pick on the pricing page.',
          expiry: '13 months',
          type: 'cookie',
        },
      ],
    },
    {
      // §4.3 and §5, third row. No advertising analytics tool (§3, §4.6): OpenPanel only.
      id: 'analytics',
      label: 'Audience measurement, privacy-friendly analytics',
      description:
        'Measure usage of the Website and Service, improve performance, reliability and usability.',
      legalBasis: 'Legitimate interest where exemption conditions apply, otherwise consent',
      retention:
        'Data is retained for a duration strictly limited to what is necessary for the purposes pursued, in accordance with Article 5 of the GDPR; where possible, data is aggregated or anonymized.',
      services: [
        {
          id: 'openpanel',
          label: 'OpenPanel',
          provider: 'OpenPanel AB',
          description:
            'Website visit statistics and general usage analytics, loaded only with your consent. No cookie, no cross-site tracking, no advertising.',
          endpoint: 'api.openpanel.dev',
          country: 'EU (Sweden)',
          privacyPolicy: 'https://openpanel.dev/privacy',
        },
      ],
    },
    {
      // §4.4 and §5, fourth row: server-side only, nothing on the device, no consent.
      id: 'security',
      deviceAccess: false,
      label: 'Security and infrastructure monitoring technologies',
      description:
        'Ensure system security, detect unauthorized access, prevent fraud and maintain infrastructure integrity.',
      legalBasis: 'legitimate-interest',
      retention:
        'IP addresses retained for a maximum of three (3) days, unless extended where strictly necessary for the investigation of a security incident; other technical logs retained for a duration strictly limited to what is necessary for security and operational purposes.',
      services: [
        {
          id: 'ovhcloud',
          label: 'OVHcloud',
          provider: 'OVH SAS',
          description:
            'Hosting of the Website, the Application and the Service; server logs (IP addresses, timestamps, access and error logs), kept on the server.',
          country: 'EU (France)',
          privacyPolicy: 'https://www.ovhcloud.com/en/terms-and-conditions/privacy-policy/',
        },
        {
          id: 'datadog',
          label: 'Datadog',
          provider: 'Datadog, Inc.',
          description:
            'System monitoring and technical log analysis, fed by STRACKR’s servers (no script in your browser).',
          country:
            'EU (Datadog EU site); Datadog, Inc. is in the USA: Standard Contractual Clauses',
          privacyPolicy: 'https://www.datadoghq.com/legal/privacy/',
        },
      ],
    },
    {
      // §4.5 and §5, fifth row: loaded only when the user activates them.
      id: 'support-payment',
      required: true,
      label: 'Support-related cookies and payment related cookies',
      description: 'Enable support chat functionalities and secure payment processing.',
      legalBasis: 'Performance of the contract or provision of a requested service',
      retention:
        'Data retained for the duration of the interaction or transaction session and, where applicable, for a short period strictly necessary to ensure service continuity and security.',
      services: [
        {
          id: 'crisp',
          label: 'Crisp',
          provider: 'Crisp IM SAS',
          description:
            'Support chat, loaded only when you open it: keeps your conversation with our team while you browse.',
          endpoint: 'client.crisp.chat',
          country: 'EU (France)',
          privacyPolicy: 'https://crisp.chat/en/privacy/',
          cookies: [
            {
              // As the browser stores it: Crisp encodes the slashes of its cookie's name.
              name: 'crisp-client%2Fsession%2F*',
              provider: 'Crisp',
              purpose: 'Chat continuity: links this browser to your support conversation.',
              expiry: 'Set by Crisp when you open the chat (up to 6 months)',
              type: 'cookie',
            },
          ],
        },
        {
          id: 'stripe',
          label: 'Stripe',
          provider: 'Stripe Payments Europe, Ltd.',
          description:
            'Secure card payment of a STRACKR subscription, loaded only when you open the payment form; fraud prevention.',
          endpoint: 'js.stripe.com',
          country: 'EU (Ireland); Stripe, Inc. in the USA: Standard Contractual Clauses',
          privacyPolicy: 'https://stripe.com/privacy',
          cookies: [
            {
              name: '__stripe_mid',
              provider: 'Stripe',
              purpose: 'Fraud prevention during the payment.',
              expiry: 'Set by Stripe when you open the payment form (up to 1 year)',
              type: 'cookie',
            },
            {
              name: '__stripe_sid',
              provider: 'Stripe',
              purpose: 'Fraud prevention: groups the steps of one payment.',
              expiry: '30 minutes',
              type: 'cookie',
            },
          ],
        },
      ],
    },
  ],
  texts: {
    en: {
      'consent.banner.title': 'Cookies at STRACKR',
      'consent.prefs.title': 'Manage cookies',
    },
  },
});
