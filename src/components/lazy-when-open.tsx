// Dialogs are not needed at first paint: their code loads when the browser is idle after it, or
// at the latest when one first opens. Once opened a dialog stays mounted, so its closing
// transition still plays. Keeps the initial JS within budget (docs/decisions/0030).
import { useState, type ComponentType } from 'react';
import { lazyWithRetry } from './lazy-with-retry.tsx';
import { whenIdle } from './when-idle.ts';

export function lazyWhenOpen<P extends { open: boolean }>(
  load: () => Promise<ComponentType<P>>,
): ComponentType<P> {
  let pending: Promise<{ default: ComponentType<P> }> | null = null;
  const loadOnce = () => (pending ??= load().then((component) => ({ default: component })));
  // A failed prefetch is forgotten and tried again on open; a failure then shows with Retry.
  whenIdle(() => void loadOnce().catch(() => (pending = null)));
  const Lazy = lazyWithRetry(() =>
    loadOnce().catch((error: unknown) => {
      pending = null;
      throw error;
    }),
  );

  function LazyWhenOpen(props: P) {
    const [opened, setOpened] = useState(props.open);
    if (props.open && !opened) setOpened(true);
    if (!opened) return null;
    return <Lazy {...props} />;
  }
  return LazyWhenOpen;
}
