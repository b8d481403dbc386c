// Renders UI (features and i18n tests alike) against the real server in-process (tests/in-process-server.ts), with the same
// providers the app uses minus retries, so each test sees the first answer.
import type { ReactNode } from 'react';
import { render } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ThemeProvider } from '@mui/material/styles';
import { createApiClient, type ApiClient } from '../src/api/api-client.ts';
import { ApiClientProvider } from '../src/api/api-client-context.tsx';
import { createAppTheme } from '../src/app/theme.ts';

export function renderWithApi(
  ui: ReactNode,
  options: {
    baseUrl: string;
    fetch: typeof fetch;
    apiKey: string;
    onUnauthorized?: () => void;
  },
) {
  const client: ApiClient = createApiClient({
    baseUrl: options.baseUrl,
    fetch: options.fetch,
    getHeaders: () => ({ 'xi-api-key': options.apiKey }),
  });
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: 0 } },
  });
  const result = render(
    <ThemeProvider theme={createAppTheme('light')}>
      <QueryClientProvider client={queryClient}>
        <ApiClientProvider client={client} onUnauthorized={options.onUnauthorized}>
          {ui}
        </ApiClientProvider>
      </QueryClientProvider>
    </ThemeProvider>,
  );
  return { ...result, client, queryClient };
}
