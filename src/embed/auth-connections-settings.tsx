// <AuthConnectionsSettings />: the whole settings page as one component a host app drops into its
// own settings. The host brings the API's address and auth, its MUI theme (through its own
// ThemeProvider: this adds no CssBaseline and no global CSS), optionally its QueryClient, and
// says how the component keeps its place (under a base path of the host's URLs, or in memory).
// The standalone app (src/app/app.tsx) is one such host. docs/decisions/0050.
import {
  useContext,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import createCache from '@emotion/cache';
import { CacheProvider, __unsafe_useEmotionCache as useEmotionCache } from '@emotion/react';
import { QueryClientContext, QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { AuthConnection } from '../../contract/index.ts';
import { createApiClient, type ApiClient, type HeadersSource } from '../api/api-client.ts';
import { ApiClientProvider } from '../api/api-client-context.tsx';
import { UnauthorizedError } from '../api/errors.ts';
import { authConnectionKeys } from '../features/auth-connections/queries.ts';
import { ConnectionTestSettingProvider } from '../features/auth-connections/test-connection/test-setting.tsx';
import { MessagesProvider } from '../i18n/messages-context.tsx';
import type { MessageOverrides } from '../i18n/messages.ts';
import { prefetchPages } from './lazy-pages.tsx';
import { createAppQueryClient, refuseRetriesOfRefusals } from './query-client.ts';
import { LinkInterceptor, RouterProvider, type RoutingOptions } from './router.tsx';
import { AppRoutes } from './routes.tsx';

export type { RoutingOptions } from './router.tsx';

export interface AuthConnectionsSettingsProps {
  /** Origin and path prefix of the API: `''` for the page's own origin, `https://api.example.com`. */
  apiBaseUrl: string;
  /**
   * Headers for every request, asked for per request, so a token refreshed on demand works:
   * `() => ({ 'xi-api-key': session.apiKey })` or `async () => ({ Authorization: … })`.
   */
  getHeaders?: HeadersSource;
  /** A fetch of the host's own (cookie sessions, a retrying wrapper); `globalThis.fetch` else. */
  fetch?: typeof fetch;
  /** Sent with every request; `include` for a cookie session on another origin. */
  credentials?: RequestCredentials;
  /**
   * The QueryClient to use. Without it, the host's <QueryClientProvider> above is used when there
   * is one, else the component's own.
   */
  queryClient?: QueryClient;
  /**
   * Where the component keeps its place (list and its filters, a connection, create with a type,
   * edit, replace). `url`: in the address below `basePath`, so reload, links and the back button
   * work; `memory` (the default): in memory only, the address is never touched.
   */
  routing?: RoutingOptions;
  /**
   * Words to replace, any subset of the messages object (src/i18n/messages.ts); the rest keep
   * their English defaults. Pass a stable object: it is merged once per identity.
   */
  messages?: MessageOverrides;
  /** After a connection was created (also the new one of a replace). */
  onCreated?: (connection: AuthConnection) => void;
  /** After a connection was deleted. */
  onDeleted?: (id: string) => void;
  /**
   * The server refused the credentials (401). The host can renew its session; requests made
   * afterwards ask `getHeaders` again. The page offers "Reconnect", which calls this too.
   */
  onUnauthorized?: () => void;
  /**
   * The CSP nonce for the <style> tags Emotion injects, when the page's CSP requires one and the
   * host has no Emotion cache of its own with that nonce.
   */
  nonce?: string;
  /**
   * Whether the API can test connections (POST …/auth-connections/test, our extension). Left out,
   * the page asks the API once (GET …/test) and shows Test only if it answers; `false` hides Test
   * without asking, `true` shows it without asking.
   */
  connectionTest?: boolean;
}

const DEFAULT_ROUTING: RoutingOptions = { mode: 'memory' };

/** The latest value of a prop, for callbacks that must stay stable while the host re-renders. */
function useLatest<T>(value: T) {
  const ref = useRef(value);
  useLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}

export function AuthConnectionsSettings(props: AuthConnectionsSettingsProps) {
  const { apiBaseUrl, credentials, routing = DEFAULT_ROUTING } = props;
  const latest = useLatest(props);

  const hostQueryClient = useContext(QueryClientContext);
  const [ownQueryClient] = useState(() =>
    props.queryClient || hostQueryClient ? null : createAppQueryClient(),
  );
  const queryClient = props.queryClient ?? hostQueryClient ?? ownQueryClient;
  // During render, before the first query is made, so that one already follows it. Idempotent.
  useMemo(() => queryClient && refuseRetriesOfRefusals(queryClient), [queryClient]);

  // One client per address: the host's headers, fetch and callback are read at request time, so
  // a host re-rendering with new arrow functions does not make a new client.
  const apiClient = useMemo<ApiClient>(() => {
    const inner = createApiClient({
      baseUrl: apiBaseUrl,
      getHeaders: () => latest.current.getHeaders?.() ?? {},
      fetch: (input, init) => (latest.current.fetch ?? globalThis.fetch)(input, init),
      ...(credentials ? { credentials } : {}),
    });
    return {
      baseUrl: inner.baseUrl,
      request: async (options) => {
        try {
          return await inner.request(options);
        } catch (error) {
          if (error instanceof UnauthorizedError) latest.current.onUnauthorized?.();
          throw error;
        }
      },
    };
  }, [apiBaseUrl, credentials, latest]);
  const hasOnUnauthorized = Boolean(props.onUnauthorized);
  const onUnauthorized = useMemo(
    () => (hasOnUnauthorized ? () => latest.current.onUnauthorized?.() : undefined),
    [hasOnUnauthorized, latest],
  );

  useEffect(prefetchPages, []);

  if (!queryClient) {
    // Unreachable: the own client exists whenever neither the prop nor a provider does, unless
    // the host took its QueryClient away after the first render.
    throw new Error('AuthConnectionsSettings lost its QueryClient: keep passing the same one.');
  }

  return (
    <StyleCache nonce={props.nonce}>
      <QueryClientProvider client={queryClient}>
        <MutationCallbacks queryClient={queryClient} latest={latest} />
        <ApiClientProvider client={apiClient} onUnauthorized={onUnauthorized}>
          <MessagesProvider messages={props.messages}>
            <ConnectionTestSettingProvider value={props.connectionTest}>
              <RouterProvider routing={routing} key={routing.mode}>
                <LinkInterceptor>
                  <AppRoutes />
                </LinkInterceptor>
              </RouterProvider>
            </ConnectionTestSettingProvider>
          </MessagesProvider>
        </ApiClientProvider>
      </QueryClientProvider>
    </StyleCache>
  );
}

/**
 * An Emotion cache carrying the nonce, unless the host's cache already does. Without a nonce the
 * host's cache (or Emotion's default) is used as it is.
 */
function StyleCache({ nonce, children }: { nonce?: string; children: ReactNode }) {
  const hostCache = useEmotionCache() as { nonce?: string } | null;
  const needsOwn = Boolean(nonce) && hostCache?.nonce !== nonce;
  const cache = useMemo(
    () => (needsOwn ? createCache({ key: 'acs', nonce, prepend: true }) : null),
    [needsOwn, nonce],
  );
  return cache ? <CacheProvider value={cache}>{children}</CacheProvider> : children;
}

const CREATE_KEY = JSON.stringify([...authConnectionKeys.mutations(), 'create']);
const DELETE_KEY = JSON.stringify([...authConnectionKeys.mutations(), 'delete']);

/**
 * Tells the host about creates and deletes wherever they happen (create page, replace, list row,
 * bulk delete, detail page), from the one place they all pass: the MutationCache.
 */
function MutationCallbacks({
  queryClient,
  latest,
}: {
  queryClient: QueryClient;
  latest: { current: AuthConnectionsSettingsProps };
}) {
  useEffect(
    () =>
      queryClient.getMutationCache().subscribe((event) => {
        if (event.type !== 'updated' || event.action.type !== 'success') return;
        const key = JSON.stringify(event.mutation.options.mutationKey ?? null);
        if (key === CREATE_KEY) {
          latest.current.onCreated?.(event.action.data as AuthConnection);
        } else if (key === DELETE_KEY) {
          latest.current.onDeleted?.((event.mutation.state.variables as { id: string }).id);
        }
      }),
    [queryClient, latest],
  );
  return null;
}
