/** Chromium flags for headless runs on this kind of machine. */
export const CHROMIUM_ARGS: string[];
