/**
 * Runs a task once the browser is idle and online (prefetching code that the first paint doesn't
 * need). Never while offline: Chromium keeps a module whose fetch failed in its module map for the
 * life of the page, so a speculative import() that fails offline would break every later import of
 * that chunk, even once the network is back (seen as the detail page failing to load after an
 * offline save was retried, e2e/faults.spec.ts). Offline, the task waits for the `online` event.
 */
export function whenIdle(task: () => void): void {
  if (typeof window === 'undefined') return;
  // Asked when the task is due, not when it is scheduled: the network may have gone meanwhile.
  const run = () => {
    if (globalThis.navigator?.onLine === false)
      window.addEventListener('online', () => whenIdle(task), { once: true });
    else task();
  };
  if ('requestIdleCallback' in window) window.requestIdleCallback(run, { timeout: 3000 });
  else setTimeout(run, 1500);
}

/**
 * Runs `step` in idle periods until it returns false, each call told how long it may take;
 * the returned function stops it. Without requestIdleCallback (Safari) it runs in 5 ms slices.
 */
export function inIdleSlices(step: (timeLeft: () => number) => boolean): () => void {
  if (typeof window === 'undefined') return () => {};
  let handle: number | undefined;
  let stopped = false;
  const hasIdle = 'requestIdleCallback' in window;
  const next = () => {
    handle = hasIdle
      ? window.requestIdleCallback((deadline) => run(() => deadline.timeRemaining()))
      : window.setTimeout(() => {
          const end = performance.now() + 5;
          run(() => end - performance.now());
        }, 50);
  };
  const run = (timeLeft: () => number) => {
    if (!stopped && step(timeLeft)) next();
  };
  next();
  return () => {
    stopped = true;
    if (handle === undefined) return;
    if (hasIdle) window.cancelIdleCallback(handle);
    else window.clearTimeout(handle);
  };
}
