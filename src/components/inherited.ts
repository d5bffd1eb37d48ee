import { isServer } from 'lit';

/**
 * The value of `lang` or `dir` as the platform resolves it: from the element, else the nearest
 * ancestor that has the attribute, crossing shadow-root boundaries to the host.
 */
export function inheritedAttribute(element: Element, name: 'lang' | 'dir'): string | undefined {
  // Server rendering has no document tree: only the element's own attribute counts there.
  if (isServer) return validInherited(name, element.getAttribute(name));
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const value = validInherited(name, node.getAttribute(name));
      if (value) return value;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return undefined;
}

/** An attribute value that decides `lang` or `dir` (`dir="auto"` does not: the search goes on). */
function validInherited(name: 'lang' | 'dir', value: string | null): string | undefined {
  return value && (name !== 'dir' || value.toLowerCase() !== 'auto') ? value : undefined;
}

/** Elements that follow `lang` and `dir`, and the observer that tells them of a change. */
const followers = new Set<{ requestUpdate(): void; getRootNode(): Node }>();
let observer: MutationObserver | undefined;
let observed = new WeakSet<Node>();

function observe(root: Node): void {
  if (observed.has(root)) return;
  observed.add(root);
  observer!.observe(root, { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true });
}

/**
 * Re-renders `element` whenever `lang` or `dir` changes on it or on an ancestor, in its document
 * or its shadow root, as the platform's own text direction and language follow such changes.
 * One observer serves every element on the page; it is removed with the last of them.
 */
export function followLanguage(element: { requestUpdate(): void; getRootNode(): Node }): void {
  if (!observer) {
    observer = new MutationObserver(() => followers.forEach((follower) => follower.requestUpdate()));
  }
  followers.add(element);
  const root = element.getRootNode();
  observe(root);
  if (root instanceof ShadowRoot) observe(root.host.ownerDocument);
}

/** Stops following for `element`; the observer goes with the last element. */
export function unfollowLanguage(element: { requestUpdate(): void; getRootNode(): Node }): void {
  followers.delete(element);
  if (followers.size === 0 && observer) {
    observer.disconnect();
    observer = undefined;
    observed = new WeakSet<Node>();
  }
}
