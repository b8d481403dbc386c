/** Runs a task once the browser is idle (prefetching code that the first paint doesn't need). */
export function whenIdle(task: () => void): void {
  if (typeof window === 'undefined') return;
  if ('requestIdleCallback' in window) window.requestIdleCallback(task, { timeout: 3000 });
  else setTimeout(task, 1500);
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
