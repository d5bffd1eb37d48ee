/**
 * Captures a pointer on `element` so a drag continues outside it. Capturing throws when the
 * pointer is no longer active (released between dispatch and handling); the drag then simply
 * goes on without capture.
 */
export function capturePointer(element: Element | undefined, pointerId: number): void {
  try {
    element?.setPointerCapture(pointerId);
  } catch {
    // Not active any more: nothing to capture.
  }
}
