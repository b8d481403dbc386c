// A tiny router: the component has five screens, which does not justify a routing dependency, and
// it must live inside any host's router without taking it over. Two modes:
// - url: the component's place is the part of the address below the host's base path
//   (`/settings/auth-connections/connections/abc`), moved with pushState, so reload, deep links
//   and the back button work; the host's router sees ordinary history entries.
// - memory: the place is kept in React state; the address bar and history are never touched.
// Features never import this: they render plain `href`s (made by `href()`, intercepted by
// <LinkInterceptor>) and receive callbacks.
import {
  createContext,
  useCallback,
  useContext,
  useMemo,
  useState,
  useSyncExternalStore,
  type MouseEvent,
  type ReactNode,
} from 'react';
import { activeLeaveGuard } from '../components/leave-guard.ts';

export type RoutingOptions =
  | {
      mode: 'url';
      /** Where the component lives in the host's URLs, e.g. `/settings/auth-connections`. */ basePath: string;
    }
  | {
      mode: 'memory';
      /** The first screen, e.g. `/new?type=mtls`; the list by default. */ initialPath?: string;
    };

export interface NavigateOptions {
  replace?: boolean;
}

export interface Router {
  /** The component's own path, `/` for the list, whatever the base path is. */
  pathname: string;
  searchParams: URLSearchParams;
  /** Goes to a path of the component (`/new?type=basic`). */
  navigate: (to: string, options?: NavigateOptions) => void;
  /** The `href` to render for a path of the component. */
  href: (to: string) => string;
  /** The component's path for a clicked link, or null when the link leads out of it. */
  claim: (url: URL) => string | null;
  /** In memory mode even modified clicks stay in place: a new tab could not open a memory path. */
  mode: RoutingOptions['mode'];
}

/** Fired after our own pushState, which (unlike back and forward) raises no popstate. */
export const NAVIGATE_EVENT = 'auth-connections:navigate';

function addressSnapshot(): string {
  return window.location.pathname + window.location.search;
}

// Back and Forward while a page has unsaved work (components/leave-guard.ts): the page's address
// is put back at once, so the page and what was typed stay; if the admin chooses to leave, the
// same step back is taken again, unguarded. The host's own router may still react to the
// popstate; only this component's navigation is held.
const routerListeners = new Set<() => void>();
let leaving = false;

function onPopState(): void {
  const guard = leaving ? undefined : activeLeaveGuard();
  leaving = false;
  if (guard && addressSnapshot() !== guard.address) {
    window.history.pushState(null, '', guard.address);
    guard.ask(() => {
      leaving = true;
      window.history.back();
    });
    return;
  }
  routerListeners.forEach((listener) => listener());
}

function subscribe(onChange: () => void): () => void {
  if (routerListeners.size === 0) window.addEventListener('popstate', onPopState);
  routerListeners.add(onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    routerListeners.delete(onChange);
    if (routerListeners.size === 0) window.removeEventListener('popstate', onPopState);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

/** Pushes (or replaces) a same-origin address and tells every url-mode router about it. */
export function navigateAddress(to: string, options: NavigateOptions = {}): void {
  if (to === addressSnapshot() + window.location.hash) return;
  // The host's history state is not ours to keep or change: our entries carry none.
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

/** `/settings/x/` and `settings/x` -> `/settings/x`; `/` -> `` (the root). */
export function normalizeBasePath(basePath: string): string {
  const trimmed = basePath.trim().replace(/\/+$/, '');
  if (trimmed === '') return '';
  return trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
}

/** The component's path for an address path, or null when it is outside the base path. */
export function pathBelow(base: string, pathname: string): string | null {
  if (base === '') return pathname || '/';
  if (pathname === base) return '/';
  return pathname.startsWith(`${base}/`) ? pathname.slice(base.length) : null;
}

/** The address for a path of the component: `/` under `/settings/x` is `/settings/x`. */
export function joinBase(base: string, to: string): string {
  if (base === '') return to;
  if (to === '/' || /^\/[?#]/.test(to)) return base + to.slice(1);
  return base + to;
}

function parse(path: string): { pathname: string; searchParams: URLSearchParams } {
  const url = new URL(path, 'http://local.invalid');
  return { pathname: url.pathname, searchParams: url.searchParams };
}

function useUrlRouter(basePath: string): Router {
  const base = normalizeBasePath(basePath);
  const address = useSyncExternalStore(subscribe, addressSnapshot, addressSnapshot);
  return useMemo(() => {
    const url = new URL(address, 'http://local.invalid');
    // Rendered on an address outside its base path (a host mounting it elsewhere): the list.
    const own = pathBelow(base, url.pathname) ?? '/';
    return {
      mode: 'url',
      pathname: own,
      searchParams: url.searchParams,
      navigate: (to, options) => navigateAddress(joinBase(base, to), options),
      href: (to) => joinBase(base, to),
      claim: (target) => {
        if (target.origin !== window.location.origin) return null;
        const path = pathBelow(base, target.pathname);
        return path === null ? null : path + target.search + target.hash;
      },
    };
  }, [address, base]);
}

function useMemoryRouter(initialPath: string | undefined): Router {
  const [path, setPath] = useState(() => initialPath || '/');
  return useMemo(() => {
    const { pathname, searchParams } = parse(path);
    return {
      mode: 'memory',
      pathname,
      searchParams,
      navigate: (to) => setPath(to),
      href: (to) => to,
      claim: (target) => {
        if (target.origin !== window.location.origin) return null;
        return target.pathname + target.search;
      },
    };
  }, [path]);
}

const RouterContext = createContext<Router | null>(null);

export function useRouter(): Router {
  const router = useContext(RouterContext);
  if (!router) throw new Error('useRouter() needs a <RouterProvider> above it.');
  return router;
}

function UrlRouterProvider({ basePath, children }: { basePath: string; children: ReactNode }) {
  const router = useUrlRouter(basePath);
  return <RouterContext.Provider value={router}>{children}</RouterContext.Provider>;
}

function MemoryRouterProvider(props: { initialPath?: string; children: ReactNode }) {
  const router = useMemoryRouter(props.initialPath);
  return <RouterContext.Provider value={router}>{props.children}</RouterContext.Provider>;
}

/** Provides the router for `routing`; a change of mode remounts, a change of base path does not. */
export function RouterProvider({
  routing,
  children,
}: {
  routing: RoutingOptions;
  children: ReactNode;
}) {
  return routing.mode === 'url' ? (
    <UrlRouterProvider basePath={routing.basePath}>{children}</UrlRouterProvider>
  ) : (
    <MemoryRouterProvider initialPath={routing.initialPath}>{children}</MemoryRouterProvider>
  );
}

/** Whether a click asks the browser for something other than "follow this link here". */
function modifiedClick(event: MouseEvent, anchor: HTMLAnchorElement): boolean {
  return (
    event.button !== 0 ||
    event.metaKey ||
    event.ctrlKey ||
    event.shiftKey ||
    event.altKey ||
    (Boolean(anchor.target) && anchor.target !== '_self') ||
    anchor.hasAttribute('download')
  );
}

/**
 * Turns clicks on links to the component's own paths into router navigations. Links that lead
 * out of it (another origin, or outside the base path) are left to the browser and the host.
 */
export function LinkInterceptor({ children }: { children: ReactNode }) {
  const router = useRouter();
  const onClick = useCallback(
    (event: MouseEvent<HTMLDivElement>) => {
      if (event.defaultPrevented) return;
      const anchor = (event.target as Element).closest?.('a[href]');
      if (!(anchor instanceof HTMLAnchorElement)) return;
      if (router.mode === 'url' && modifiedClick(event, anchor)) return;
      const to = router.claim(new URL(anchor.href, window.location.href));
      if (to === null) return;
      event.preventDefault();
      router.navigate(to);
    },
    [router],
  );
  // The handler only refines clicks on the links inside; it adds no interaction of its own.
  return <div onClick={onClick}>{children}</div>;
}

/** For a shell around the component (the standalone app bar): same-origin links push history. */
export function AddressLinkInterceptor({ children }: { children: ReactNode }) {
  const onClick = useCallback((event: MouseEvent<HTMLDivElement>) => {
    if (event.defaultPrevented) return;
    const anchor = (event.target as Element).closest?.('a[href]');
    if (!(anchor instanceof HTMLAnchorElement) || modifiedClick(event, anchor)) return;
    const url = new URL(anchor.href, window.location.href);
    if (url.origin !== window.location.origin) return;
    event.preventDefault();
    navigateAddress(url.pathname + url.search + url.hash);
  }, []);
  return <div onClick={onClick}>{children}</div>;
}
