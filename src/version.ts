/** The version of this copy of Sitrep. */
export const VERSION = '0.1.0';
