// One connection, selected from the cached list: the API has no GET by id (GUIDE §5). `data` is
// null when the list holds no such id (deleted, or a link from another workspace).
import { useCallback } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { AuthConnection } from '../../../../contract/index.ts';
import { authConnectionsListOptions, useApiClient } from '../queries.ts';

export function useAuthConnection(id: string) {
  const client = useApiClient();
  const select = useCallback(
    (list: AuthConnection[]) => list.find((connection) => connection.id === id) ?? null,
    [id],
  );
  return useQuery({ ...authConnectionsListOptions(client), select });
}
