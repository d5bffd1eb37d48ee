/** Path of a Chrome or Chromium executable, if one is found. */
export function findChrome(env?: Record<string, string | undefined>): string | undefined;
/** Finds Chrome, installing Debian's chromium when root with apt-get; exits with one line otherwise. */
export function ensureChrome(): string;
