/**
 * Which gates are on or near the screen, from one IntersectionObserver shared by every
 * gate. Creating an iframe costs the browser milliseconds, so when consent arrives
 * for a thousand gates at once, those within a screen of the viewport go live at once
 * and the others as they come near (as `loading="lazy"` does for fetching).
 */
const near = new WeakMap<Element, boolean>();
const waiting = new Map<Element, () => void>();
let observer: IntersectionObserver | undefined;

export function watch(gate: Element): void {
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const { target, isIntersecting } of entries) {
        near.set(target, isIntersecting);
        const run = isIntersecting && waiting.get(target);
        if (run) {
          waiting.delete(target);
          run();
        }
      }
    },
    { rootMargin: '100% 0px' },
  );
  observer.observe(gate);
}

export function unwatch(gate: Element): void {
  observer?.unobserve(gate);
  near.delete(gate);
  waiting.delete(gate);
}

/**
 * Runs `load` now if the gate is near the screen, else when it comes near. A gate not
 * measured yet loads now, unless `atStart` asks to wait for its first measure and for
 * the page to settle: a consent found stored, not one given now, opens every gate at once.
 *
 * Settled means no task is queued (an idle period, at most 1 s away): after a framework's
 * hydration, which is a chain of tasks. So a gate that a stored consent opens at page load
 * does not change markup that a framework rendered on a server while the framework is
 * still matching it (#16). Browsers without `requestIdleCallback` (Safari) wait for the
 * next timer instead.
 */
export function whenNear(gate: Element, load: () => void, atStart = false): void {
  const run = atStart
    ? () =>
        (self.requestIdleCallback as typeof requestIdleCallback | undefined)?.(load, {
          timeout: 1000,
        }) ?? setTimeout(load)
    : load;
  const isNear = near.get(gate);
  if (isNear === false || (isNear === undefined && atStart)) waiting.set(gate, run);
  else run();
}

export function cancel(gate: Element): void {
  waiting.delete(gate);
}
