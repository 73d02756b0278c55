/**
 * Debian's Chromium (apt-get install chromium), as the e2e suite and the benchmark launch it: no
 * browser is downloaded. Root in a closed network: no sandbox, and no background fetches that would
 * fail noisily.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
