/**
 * Whether this is the development build: its console messages are full sentences. The
 * production builds (rollup.config.mjs) replace this module with `DEV = false`, which
 * leaves every sentence out of the bundle: messages are then a code and what they name.
 * Source modules (tests, the demo, Storybook) are the development build.
 */
export const DEV: boolean = true;
