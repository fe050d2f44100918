/**
 * After every change of view (tab, symptom guide ↔ list, a tray "Settings…"), the new view starts
 * at its top and the keyboard focus moves to its heading, so VoiceOver reads where the person now
 * is and Tab continues from there. Without this the focus stays on a control that the change just
 * unmounted, and the browser drops it to <body> (WAI-ARIA APG, "Developing a Keyboard Interface":
 * https://www.w3.org/WAI/ARIA/apg/practices/keyboard-interface/ — and WCAG 2.2 SC 2.4.3 Focus Order).
 *
 * Views are lazy chunks, so the heading may appear a moment after the change: the hook waits for it
 * (a MutationObserver on the panel, at most `WAIT_MS`). The heading gets tabIndex=-1 so it can take
 * focus without becoming a Tab stop. The first render is not a navigation: opening the popover
 * leaves the focus where the system put it.
 *
 * Moving between tabs with the arrow keys keeps the focus on the tab (the WAI-ARIA tabs pattern,
 * https://www.w3.org/WAI/ARIA/apg/patterns/tabs/): the tab bar calls `keepFocusForNextView()`
 * first, and the focus is then not lost, it is on the newly selected tab.
 */
import { type RefObject, useEffect, useRef } from 'react';

/** How long to wait for a lazy view's heading before giving up (the view failed or is empty). */
const WAIT_MS = 3000;

let keepNext = false;

/** The next view change keeps the focus where it is (it has been placed deliberately, e.g. on a tab). */
export function keepFocusForNextView(): void {
  keepNext = true;
}

/** The element the view's heading is: the first visible h1/h2 that `find` returns. */
export type HeadingFinder = () => HTMLElement | null;

/** Focus `el` as a heading (reachable by script, not a Tab stop, without scrolling the view); true when it took the focus. */
export function focusHeading(el: HTMLElement): boolean {
  if (!el.hasAttribute('tabindex')) el.tabIndex = -1;
  el.focus({ preventScroll: true });
  return el.ownerDocument.activeElement === el;
}

/**
 * Run on each change of `viewKey` after the first render: scroll `scroller` to the top and move the
 * focus to the heading `find` locates (waiting, inside `scroller`, for it to be rendered).
 */
export function useFocusHeading(viewKey: string, scroller: RefObject<HTMLElement | null>, find: HeadingFinder): void {
  const first = useRef(true);
  const finder = useRef(find);
  finder.current = find;
  // biome-ignore lint/correctness/useExhaustiveDependencies: viewKey is the trigger; the refs are stable
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (scroller.current) scroller.current.scrollTop = 0;
    if (keepNext) {
      keepNext = false;
      return;
    }
    // The heading may not be there yet (a lazy view), or not shown yet: Suspense keeps the old
    // view in the DOM under display:none until the new one is ready, and such an element cannot
    // take the focus. So: try now, and on every change of the panel until it worked.
    const attempt = () => {
      const el = finder.current();
      return !!el && focusHeading(el);
    };
    if (attempt()) return;
    const root = scroller.current;
    if (!root) return;
    const obs = new MutationObserver(() => {
      if (attempt()) stop();
    });
    const timer = setTimeout(() => stop(), WAIT_MS);
    const stop = () => {
      obs.disconnect();
      clearTimeout(timer);
    };
    obs.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['style', 'hidden'] });
    return stop;
  }, [viewKey]);
}

/**
 * The first h1 or h2 inside `root` that is shown: not the visually-hidden kind, and laid out (a
 * view Suspense is keeping under display:none has no boxes).
 */
export function firstVisibleHeading(root: ParentNode | null): HTMLElement | null {
  if (!root) return null;
  for (const h of root.querySelectorAll<HTMLElement>('h1, h2')) {
    if (h.classList.contains('visually-hidden') || h.getClientRects().length === 0) continue;
    return h;
  }
  return null;
}
