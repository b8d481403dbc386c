// A lazily loaded part of the page. While its chunk loads, the fallback shows; when the chunk
// can't be fetched (offline, or a deploy replaced it) a message with Retry stands in its place
// instead of an uncaught error that takes the page down. React.lazy remembers a failed import
// forever, so Retry makes a fresh lazy component. Chromium remembers it too (its module map keeps
// a failed module, and every module that imports it, for the life of the page), so when Retry
// fails again while the browser is online, the message says so and offers a reload instead of a
// Retry that cannot work.
// A part whose code is already loaded when it mounts (`preload()`, as for a deep link) renders
// at once, without the Suspense round of fallback first and content later (docs/decisions/0111).
import { Component, lazy, Suspense, useState, type ComponentType, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { useMessages } from '../i18n/messages-context.tsx';

type Module<P> = { default: ComponentType<P> };

type BoundaryProps = {
  messages: { loadFailed: string; loadFailedReload: string; retry: string; reloadPage: string };
  onRetry: () => void;
  children: ReactNode;
};

class ChunkErrorBoundary extends Component<BoundaryProps, { failures: number; failed: boolean }> {
  override state = { failures: 0, failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  // Counted after the fallback rendered: getDerivedStateFromError can't see the previous count.
  override componentDidCatch() {
    this.setState(({ failures }) => ({ failures: failures + 1 }));
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    const m = this.props.messages;
    // Online and failed twice: the browser will not fetch this chunk again in this page.
    const stuck = this.state.failures > 1 && navigator.onLine;
    const retry = () => {
      this.props.onRetry();
      this.setState({ failed: false });
    };
    return (
      <Alert
        severity="error"
        action={
          <Button
            color="inherit"
            size="small"
            onClick={stuck ? () => window.location.reload() : retry}
          >
            {stuck ? m.reloadPage : m.retry}
          </Button>
        }
      >
        {stuck ? m.loadFailedReload : m.loadFailed}
      </Alert>
    );
  }
}

export type LazyPart<P> = ComponentType<P> & {
  /** Starts loading the code; a part that mounts after it arrived renders without Suspense. */
  preload: () => Promise<void>;
};

export function lazyWithRetry<P extends object>(
  load: () => Promise<Module<P>>,
  fallback: ReactNode = null,
): LazyPart<P> {
  let loaded: ComponentType<P> | undefined;
  const loadAndKeep = () =>
    load().then((module) => {
      loaded = module.default;
      return module;
    });
  // Shared by every instance, so a prefetch of `load` serves them all.
  const first = lazy(loadAndKeep);
  function LazyWithRetry(props: P) {
    const m = useMessages();
    // Decided once per mount: switching between the two later would remount the part.
    const [Ready] = useState(() => loaded);
    const [Part, setPart] = useState(() => first);
    if (Ready) return <Ready {...props} />;
    return (
      <ChunkErrorBoundary messages={m.common} onRetry={() => setPart(() => lazy(load))}>
        <Suspense fallback={fallback}>
          <Part {...props} />
        </Suspense>
      </ChunkErrorBoundary>
    );
  }
  return Object.assign(LazyWithRetry, {
    preload: () => loadAndKeep().then(() => undefined),
  });
}
