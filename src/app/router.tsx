// A tiny router over the History API: the standalone shell has two routes, which does not
// justify a routing dependency. Features never import it: they render plain `href`s (intercepted
// by <LinkInterceptor>) and receive callbacks, so an embedding host can route them its own way.
import { useCallback, useMemo, useSyncExternalStore, type MouseEvent, type ReactNode } from 'react';

const NAVIGATE_EVENT = 'ac:navigate';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

function snapshot(): string {
  return window.location.pathname + window.location.search;
}

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (to === snapshot() + window.location.hash) return;
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

export interface RouterLocation {
  pathname: string;
  searchParams: URLSearchParams;
}

export function useLocation(): RouterLocation {
  const current = useSyncExternalStore(subscribe, snapshot, snapshot);
  return useMemo(() => {
    const url = new URL(current, 'http://local.invalid');
    return { pathname: url.pathname, searchParams: url.searchParams };
  }, [current]);
}

/** Replaces the query string, e.g. to keep `?type=mtls` in the URL as the user picks a type. */
export function useSetSearchParams(): (
  params: URLSearchParams,
  options?: { replace?: boolean },
) => void {
  return useCallback((params, options = { replace: true }) => {
    const query = params.toString();
    navigate(window.location.pathname + (query ? `?${query}` : ''), options);
  }, []);
}

/** Whether a click on this anchor should become an in-app navigation instead of a page load. */
function routableHref(event: MouseEvent, anchor: HTMLAnchorElement): string | null {
  if (event.defaultPrevented || event.button !== 0) return null;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return null;
  if ((anchor.target && anchor.target !== '_self') || anchor.hasAttribute('download')) return null;
  const url = new URL(anchor.href, window.location.href);
  if (url.origin !== window.location.origin) return null;
  return url.pathname + url.search + url.hash;
}

/** Turns clicks on same-origin links inside it into pushState navigations. */
export function LinkInterceptor({ children }: { children: ReactNode }) {
  const onClick = useCallback((event: MouseEvent<HTMLDivElement>) => {
    const anchor = (event.target as Element).closest?.('a[href]');
    if (!(anchor instanceof HTMLAnchorElement)) return;
    const href = routableHref(event, anchor);
    if (href === null) return;
    event.preventDefault();
    navigate(href);
  }, []);
  // The handler only refines clicks on the links inside; it adds no interaction of its own.
  return <div onClick={onClick}>{children}</div>;
}
