/**
 * Bidirectional isolation for text from the data inside interface sentences. An English actor
 * name in an Arabic sentence (or an Arabic place in an English one) must not reorder the words
 * around it: in markup it goes in `<bdi>`; in attributes and announcements, which cannot hold
 * markup, between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE, the same isolation as text.
 */
const FSI = '\u2068';
const PDI = '\u2069';

/** `text` isolated from the sentence around it (empty stays empty). */
export function isolate(text: string): string {
  return text ? `${FSI}${text}${PDI}` : text;
}
