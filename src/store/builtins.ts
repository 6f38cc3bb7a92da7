/**
 * Built-in category ids with their English texts. The UI elements translate them
 * (see src/localization); the store itself stays free of any UI library.
 */
export const BUILTIN_CATEGORIES: Record<string, { label: string; description: string }> =
  // No prototype: `"constructor" in BUILTIN_CATEGORIES` is false.
  /* @__PURE__ */ Object.assign(Object.create(null), {
    necessary: {
      label: 'Strictly necessary',
      description:
        'Needed for the site to work and to keep your choices, such as security, sign-in and language.',
    },
    preferences: {
      label: 'Preferences',
      description: 'Remember settings you choose, such as region or display options.',
    },
    analytics: {
      label: 'Audience measurement',
      description: 'Count visits and see how the site is used, so we can improve it.',
    },
    marketing: {
      label: 'Advertising',
      description:
        'Show ads, measure campaigns and build a profile of your interests, here and on other sites.',
    },
    video: {
      label: 'Videos',
      description:
        'Play videos hosted by other providers, who may set cookies and track your viewing.',
    },
    maps: {
      label: 'Maps',
      description: 'Show interactive maps from other providers, who may set cookies.',
    },
    chat: {
      label: 'Chat',
      description: 'Load a support chat from another provider, who may set cookies.',
    },
    social: {
      label: 'Social media',
      description: 'Show posts and share buttons from social networks, which may track you.',
    },
  });

/** The one category that is always required. */
export const NECESSARY = 'necessary';
