/* global CookieConsent */
// vanilla-cookieconsent 3 configured like bench/pages/ours.html: the same purposes,
// title, message and buttons, and a bar at the bottom of the page like our banner.
// `hideFromBots: false`: by default it shows nothing to automated browsers
// (navigator.webdriver), and the benchmark drives Chromium through Playwright.
CookieConsent.run({
  hideFromBots: false,
  categories: {
    necessary: { enabled: true, readOnly: true },
    analytics: {},
    marketing: {},
  },
  guiOptions: {
    consentModal: { layout: 'bar', position: 'bottom' },
  },
  language: {
    default: 'en',
    translations: {
      en: {
        consentModal: {
          title: 'We use cookies',
          description:
            'We use cookies to measure how this site is used and to show relevant ads. You can accept all of them, reject all of them, or choose per purpose.',
          acceptAllBtn: 'Accept all',
          acceptNecessaryBtn: 'Reject all',
          showPreferencesBtn: 'Customize',
        },
        preferencesModal: {
          title: 'Cookie preferences',
          acceptAllBtn: 'Accept all',
          acceptNecessaryBtn: 'Reject all',
          savePreferencesBtn: 'Save choices',
          closeIconLabel: 'Close',
          sections: [
            {
              title: 'Necessary',
              description: 'Needed for the site to work. Always on.',
              linkedCategory: 'necessary',
            },
            {
              title: 'Analytics',
              description: 'Measure how the site is used, to improve it.',
              linkedCategory: 'analytics',
            },
            {
              title: 'Marketing',
              description: 'Show relevant ads and measure their effect.',
              linkedCategory: 'marketing',
            },
          ],
        },
      },
    },
  },
});
