// Whether this API can test connections. Our server can; the real upstream today cannot, and there
// the page hides Test instead of failing. Detected once per client with GET …/test (cached for the
// session), unless the host says so with the `connectionTest` prop (docs/decisions/0092).
import { useQuery } from '@tanstack/react-query';
import { useContext } from 'react';
import { useApiClient } from '../../../api/api-client-context.tsx';
import { hasConnectionTestEndpoint } from '../../../api/connection-test-endpoints.ts';
import { authConnectionKeys } from '../queries.ts';
import { ConnectionTestSettingContext } from './test-setting.tsx';

export function useConnectionTestAvailable(): boolean {
  const setting = useContext(ConnectionTestSettingContext);
  const client = useApiClient();
  const detected = useQuery({
    queryKey: [...authConnectionKeys.all, 'test-endpoint'],
    queryFn: ({ signal }) => hasConnectionTestEndpoint(client, signal),
    enabled: setting === 'detect',
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  });
  return setting === 'detect' ? detected.data === true : setting;
}
