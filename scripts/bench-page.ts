// In-page helpers of `npm run bench`, installed before any page script runs. Times are taken
// inside the page (performance.now()), so Playwright's round trips are not in them. "Painted"
// is the first animation frame after the DOM change, plus a task: the frame has been drawn.
export const BENCH_INIT_SCRIPT = `(() => {
  const afterPaint = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)),
    );
  // Resolves with the paint time once pred() holds; pred is checked at most once per frame
  // after DOM mutations, so checking costs little even with thousands of rows.
  const until = (pred, timeoutMs = 20000) =>
    new Promise((resolve, reject) => {
      let scheduled = false;
      let done = false;
      const finish = () => {
        done = true;
        observer.disconnect();
        clearTimeout(timer);
        afterPaint().then(resolve);
      };
      const check = () => {
        scheduled = false;
        if (!done && pred()) finish();
      };
      const observer = new MutationObserver(() => {
        if (scheduled || done) return;
        scheduled = true;
        queueMicrotask(check);
      });
      const timer = setTimeout(() => {
        if (done) return;
        observer.disconnect();
        reject(new Error('bench: condition not met within ' + timeoutMs + ' ms'));
      }, timeoutMs);
      const start = () => {
        observer.observe(document.documentElement, {
          subtree: true,
          childList: true,
          attributes: true,
          characterData: true,
        });
        if (pred()) finish();
      };
      if (document.documentElement) start();
      else document.addEventListener('readystatechange', start, { once: true });
    });
  // Keystroke to paint: from the key event's own time stamp to the frame after its input event.
  const keys = [];
  let keyAt = null;
  const watchKeys = () => {
    document.addEventListener('keydown', (e) => { keyAt = e.timeStamp; }, true);
    document.addEventListener('input', () => {
      const t = keyAt;
      keyAt = null;
      if (t !== null) afterPaint().then((now) => keys.push(now - t));
    }, true);
  };
  const setInputValue = (input, value) => {
    const proto = input instanceof HTMLTextAreaElement ? HTMLTextAreaElement : HTMLInputElement;
    Object.getOwnPropertyDescriptor(proto.prototype, 'value').set.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  };
  // Resolves after two idle periods in a row with time to spare (at most 5 s): the page's
  // time-sliced renders and idle prefetches are done.
  const settled = () =>
    new Promise((resolve) => {
      let quiet = 0;
      setTimeout(resolve, 5000);
      const tick = () =>
        requestIdleCallback((deadline) => {
          quiet = deadline.timeRemaining() > 10 ? quiet + 1 : 0;
          if (quiet >= 2) resolve();
          else setTimeout(tick, 100);
        });
      tick();
    });
  window.__bench = { afterPaint, until, keys, watchKeys, setInputValue, settled };
})();`;

declare global {
  interface Window {
    __bench: {
      afterPaint(): Promise<number>;
      until(pred: () => boolean, timeoutMs?: number): Promise<number>;
      keys: number[];
      watchKeys(): void;
      setInputValue(input: HTMLInputElement | HTMLTextAreaElement, value: string): void;
      settled(): Promise<void>;
    };
    __benchRenders?: Record<string, number>;
  }
}
