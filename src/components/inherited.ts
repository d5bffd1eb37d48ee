/**
 * The value of `lang` or `dir` as the platform resolves it: from the element, else the nearest
 * ancestor that has the attribute, crossing shadow-root boundaries to the host.
 */
export function inheritedAttribute(element: Element, name: 'lang' | 'dir'): string | undefined {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const value = node.getAttribute(name);
      if (value && (name !== 'dir' || value.toLowerCase() !== 'auto')) return value;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return undefined;
}
