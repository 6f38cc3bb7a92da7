// The one place that says how this project starts Chromium: the machine's own browser
// (CHROME_PATH, else Debian's /usr/bin/chromium), headless, as root, on a closed network.
export const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';

export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
