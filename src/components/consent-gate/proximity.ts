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
 * measured yet loads now, unless `measured` asks to wait for its first measure (at
 * page load, when a stored consent opens every gate at once).
 */
export function whenNear(gate: Element, load: () => void, measured = false): void {
  const isNear = near.get(gate);
  if (isNear === false || (isNear === undefined && measured)) waiting.set(gate, load);
  else load();
}

export function cancel(gate: Element): void {
  waiting.delete(gate);
}
