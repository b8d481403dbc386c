// Dialogs are not needed at first paint: their code loads when the browser is idle after it, or
// at the latest when one first opens. Once opened a dialog stays mounted, so its closing
// transition still plays. Keeps the initial JS within budget (docs/decisions/0030).
import { lazy, Suspense, useState, type ComponentType } from 'react';

function whenIdle(task: () => void): void {
  if (typeof window === 'undefined') return;
  if ('requestIdleCallback' in window) window.requestIdleCallback(task, { timeout: 3000 });
  else setTimeout(task, 1500);
}

export function lazyWhenOpen<P extends { open: boolean }>(
  load: () => Promise<ComponentType<P>>,
): ComponentType<P> {
  let pending: Promise<{ default: ComponentType<P> }> | null = null;
  const loadOnce = () => (pending ??= load().then((component) => ({ default: component })));
  // A failed prefetch is retried by React.lazy on open, which then reports the error.
  whenIdle(() => void loadOnce().catch(() => (pending = null)));
  const Lazy = lazy(loadOnce);

  function LazyWhenOpen(props: P) {
    const [opened, setOpened] = useState(props.open);
    if (props.open && !opened) setOpened(true);
    if (!opened) return null;
    return (
      <Suspense fallback={null}>
        <Lazy {...props} />
      </Suspense>
    );
  }
  return LazyWhenOpen;
}
