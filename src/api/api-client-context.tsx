// The API client travels by context, so the standalone app and an embedding host each provide
// their own (base URL, headers) and every query and mutation hook below picks it up.
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { ApiClient } from './api-client.ts';

interface ApiClientContextValue {
  client: ApiClient;
  /** Called when the user asks to reconnect after a 401; absent when the host handles auth. */
  onUnauthorized?: () => void;
}

const ApiClientContext = createContext<ApiClientContextValue | null>(null);

export function ApiClientProvider(props: {
  client: ApiClient;
  onUnauthorized?: () => void;
  children: ReactNode;
}) {
  const { client, onUnauthorized, children } = props;
  const value = useMemo(() => ({ client, onUnauthorized }), [client, onUnauthorized]);
  return <ApiClientContext.Provider value={value}>{children}</ApiClientContext.Provider>;
}

function useApiClientContext(): ApiClientContextValue {
  const value = useContext(ApiClientContext);
  if (!value) throw new Error('useApiClient() needs an <ApiClientProvider> above it.');
  return value;
}

export function useApiClient(): ApiClient {
  return useApiClientContext().client;
}

/** The host's "reconnect" action for a 401, if it has one. */
export function useOnUnauthorized(): (() => void) | undefined {
  return useApiClientContext().onUnauthorized;
}
