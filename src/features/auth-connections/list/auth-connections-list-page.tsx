import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import Alert from '@mui/material/Alert';
import { useQuery } from '@tanstack/react-query';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import CloseIcon from '@mui/icons-material/Close';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import type { AuthConnection } from '../../../../contract/index.ts';
import { useApiClient, useOnUnauthorized } from '../../../api/api-client-context.tsx';
import { RateLimitedError, UnauthorizedError } from '../../../api/errors.ts';
import { useMessages } from '../../../i18n/messages-context.tsx';
import {
  BulkDeleteDialog,
  DeleteConflictNotice,
  DeleteConnectionDialog,
} from '../delete/lazy-delete-dialogs.tsx';
import { RetryButton } from '../../../components/retry-button.tsx';
import { inIdleSlices } from '../../../components/when-idle.ts';
import { errorText } from '../error-text.ts';
import { useDeleteAuthConnection, useDeleteFailures } from '../mutations/use-delete-connection.ts';
import { authConnectionsListOptions } from '../queries.ts';
import { ConnectionsTable } from './connections-table.tsx';
import {
  PAGE_SIZES,
  clearFilters,
  filterConnections,
  paginate,
  parseListQuery,
  prepareSearchTexts,
  sortConnections,
  toSearchParams,
  type ListQuery,
  type PageSize,
  type SortKey,
} from './list-query.ts';
import { ListPager } from './list-pager.tsx';
import { ListToolbar } from './list-toolbar.tsx';
import {
  EmptyState,
  ListSkeleton,
  LoadErrorAlert,
  NoMatches,
  UnauthorizedAlert,
} from './list-states.tsx';
import { statusOf } from './statuses.ts';
import { usedByCount } from './used-by.ts';

export interface AuthConnectionsListPageProps {
  /** Where "New connection" leads; a plain href, so any router (or none) can handle it. */
  createHref?: string;
  /** The connection just created: highlighted in the table, with a confirmation above it. */
  createdId?: string | null;
  /**
   * The page's query string. Search, filters, sort and page live in it (keys q, type, status,
   * unused, sort, dir, page, per_page), so a view can be shared and survives reload. Keys the list
   * does not own are passed through untouched. Without it the state is kept in memory.
   */
  search?: URLSearchParams;
  /**
   * Called with the next query string. `replace` is true for changes that should not add a
   * history entry (each keystroke after the first of a search); hosts may ignore it.
   */
  onSearchChange?: (next: URLSearchParams, options?: { replace?: boolean }) => void;
  /** The detail page of a connection; `/connections/<id>` by default. */
  detailHref?: (id: string) => string;
}

const defaultDetailHref = (id: string) => `/connections/${encodeURIComponent(id)}`;

export function AuthConnectionsListPage(props: AuthConnectionsListPageProps) {
  const { createHref = '/new', createdId, detailHref = defaultDetailHref } = props;
  const [dismissedId, setDismissedId] = useState<string | null>(null);
  const client = useApiClient();
  const onUnauthorized = useOnUnauthorized();
  const list = useQuery(authConnectionsListOptions(client));
  const m = useMessages();
  const headingRef = useRef<HTMLHeadingElement>(null);

  // URL state, from the host or (standalone in a test, or a host without routing) from memory.
  const [localSearch, setLocalSearch] = useState(() => new URLSearchParams());
  const search = props.search ?? localSearch;
  const { onSearchChange } = props;
  const query = useMemo(() => parseListQuery(search), [search]);
  const setQuery = useCallback(
    (next: ListQuery, options?: { replace?: boolean }) => {
      const params = toSearchParams(next, search);
      if (onSearchChange) onSearchChange(params, options);
      else setLocalSearch(params);
    },
    [search, onSearchChange],
  );
  const patchQuery = useCallback(
    (patch: Partial<ListQuery>, options?: { replace?: boolean }) =>
      setQuery({ ...query, ...patch }, options),
    [query, setQuery],
  );

  // A new answer renders as a transition (time-sliced, so a big first render is not one long
  // task that blocks input); until then the previous answer, or the skeleton, stays.
  const data = useDeferredValue(list.data);
  // Filtering and sorting 5,000 rows takes a few ms; deferring keeps typing responsive anyway,
  // and sorting is memoized apart from filtering so a page change redoes neither.
  const deferred = useDeferredValue(query);
  // Sorting and search read only these words. `m` itself is a new object whenever a lazy screen
  // registers its words (the idle prefetch of the create page does), which re-sorted 5,000 rows
  // and re-made their search text on the next keystroke; these parts keep their identity.
  const { authTypes, unknownType, statuses } = m;
  const words = useMemo(
    () => ({ authTypes, unknownType, statuses }),
    [authTypes, unknownType, statuses],
  );
  const sorted = useMemo(
    () => (data ? sortConnections(data, deferred.sort, deferred.dir, words) : undefined),
    [data, deferred.sort, deferred.dir, words],
  );
  const { q, type, status, unused } = deferred;
  const filtered = useMemo(
    () => (sorted ? filterConnections(sorted, { q, type, status, unused }, words) : undefined),
    [sorted, q, type, status, unused, words],
  );
  const page = useMemo(
    () => (filtered ? paginate(filtered, deferred.page, deferred.pageSize) : undefined),
    [filtered, deferred.page, deferred.pageSize],
  );
  // The shown order's search texts are made in idle time, so the first keystroke only compares.
  useEffect(() => {
    if (!sorted) return;
    return inIdleSlices((timeLeft) => !prepareSearchTexts(sorted, words, timeLeft));
  }, [sorted, words]);
  const presentTypes = useMemo(() => distinct(data, (c) => c.auth_type), [data]);
  const presentStatuses = useMemo(() => distinct(data, statusOf), [data]);

  // Selection (ephemeral, not in the URL): only unused connections that still exist count.
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set());
  const selectedConnections = useMemo(
    () => (data ?? []).filter((c) => selected.has(c.id) && usedByCount(c.used_by) === 0),
    [data, selected],
  );
  const onSelect = useCallback((ids: readonly string[], on: boolean) => {
    setSelected((prev) => {
      const next = new Set(prev);
      for (const id of ids) {
        if (on) next.add(id);
        else next.delete(id);
      }
      return next;
    });
  }, []);

  const [toDelete, setToDelete] = useState<AuthConnection | null>(null);
  const [bulkOpen, setBulkOpen] = useState(false);
  const { failures, dismiss } = useDeleteFailures();
  // A failed delete offers Retry where it is reported (found by the e2e fault matrix: without it
  // the admin had to find the row and go through the dialog again).
  const retryDelete = useDeleteAuthConnection();
  const afterDelete = useCallback(() => {
    // The focused row is gone; put focus somewhere stable once the dialog has closed.
    requestAnimationFrame(() => headingRef.current?.focus());
  }, []);

  const onSort = useCallback(
    (key: SortKey) =>
      patchQuery({
        sort: key,
        dir: query.sort === key && query.dir === 'asc' ? 'desc' : 'asc',
        page: 1,
      }),
    [patchQuery, query.sort, query.dir],
  );
  const onClear = useCallback(() => setQuery(clearFilters(query)), [query, setQuery]);

  const created = createdId ? data?.find((c) => c.id === createdId) : undefined;

  let content;
  if (data && data.length === 0) {
    content = <EmptyState createHref={createHref} />;
  } else if (data && page && filtered) {
    content = (
      <>
        <ListToolbar
          query={query}
          presentTypes={presentTypes}
          presentStatuses={presentStatuses}
          onChange={patchQuery}
          onClear={onClear}
        />
        {selectedConnections.length > 0 && (
          <Paper
            variant="outlined"
            sx={{ mb: 2, px: 2, py: 1, display: 'flex', alignItems: 'center', gap: 2 }}
          >
            <Typography sx={{ flex: 1 }}>{m.list.selected(selectedConnections.length)}</Typography>
            <Button onClick={() => setSelected(new Set())}>{m.list.clearSelection}</Button>
            <Button
              color="error"
              variant="outlined"
              startIcon={<DeleteIcon />}
              onClick={() => setBulkOpen(true)}
            >
              {m.list.deleteSelected}
            </Button>
          </Paper>
        )}
        {filtered.length === 0 ? (
          <NoMatches onClear={onClear} />
        ) : (
          <>
            <ConnectionsTable
              connections={page.items}
              highlightedId={createdId}
              sort={query.sort}
              dir={query.dir}
              onSort={onSort}
              selectedIds={selected}
              onSelect={onSelect}
              onDelete={setToDelete}
              detailHref={detailHref}
            />
            <ListPager
              count={page.total}
              page={page.page}
              pageSize={query.pageSize}
              pageSizes={PAGE_SIZES}
              onPageChange={(next) => patchQuery({ page: next })}
              onPageSizeChange={(size) => patchQuery({ pageSize: size as PageSize, page: 1 })}
            />
          </>
        )}
      </>
    );
  } else if (list.error instanceof UnauthorizedError) {
    content = <UnauthorizedAlert onReconnect={onUnauthorized} />;
  } else if (list.error) {
    content = (
      <LoadErrorAlert
        key={list.errorUpdatedAt}
        message={errorText(list.error, m)}
        waitSeconds={
          list.error instanceof RateLimitedError ? list.error.retryAfterSeconds : undefined
        }
        onRetry={() => void list.refetch()}
        retrying={list.isFetching}
      />
    );
  } else {
    content = <ListSkeleton />;
  }

  return (
    <Box component="section" aria-labelledby="auth-connections-title">
      <Stack
        direction={{ xs: 'column', sm: 'row' }}
        spacing={2}
        sx={{ mb: 3, justifyContent: 'space-between', alignItems: { sm: 'flex-end' } }}
      >
        <Box>
          <Typography
            variant="h1"
            id="auth-connections-title"
            gutterBottom
            ref={headingRef}
            tabIndex={-1}
            sx={{ '&:focus': { outline: 'none' } }}
          >
            {m.list.title}
          </Typography>
          <Typography sx={{ color: 'text.secondary' }}>{m.list.intro}</Typography>
        </Box>
        <Button
          variant="contained"
          href={createHref}
          startIcon={<AddIcon />}
          sx={{ flexShrink: 0, alignSelf: { xs: 'flex-start', sm: 'auto' } }}
        >
          {m.list.newConnection}
        </Button>
      </Stack>
      {created && dismissedId !== created.id && (
        <Alert severity="success" sx={{ mb: 2 }} onClose={() => setDismissedId(created.id)}>
          {m.list.created(created.name)}
        </Alert>
      )}
      {failures.map((f) =>
        f.conflict ? (
          <Box key={f.mutationId} sx={{ mb: 2 }}>
            <DeleteConflictNotice
              open
              name={f.name}
              loaded={f.conflict.loaded}
              theirs={list.isFetching ? undefined : list.data?.find((c) => c.id === f.id)}
              loading={list.isFetching}
              onReview={(theirs) => {
                dismiss(f.mutationId);
                setToDelete(theirs);
              }}
              onDismiss={() => dismiss(f.mutationId)}
            />
          </Box>
        ) : (
          <Alert
            key={f.mutationId}
            severity="error"
            sx={{ mb: 2 }}
            action={
              <>
                <RetryButton
                  waitSeconds={f.retryAfterSeconds}
                  onClick={() => {
                    dismiss(f.mutationId);
                    retryDelete.mutate({ id: f.id, name: f.name, ifMatch: f.ifMatch });
                  }}
                >
                  {m.common.retry}
                </RetryButton>
                <IconButton
                  aria-label={m.common.close}
                  color="inherit"
                  size="small"
                  onClick={() => dismiss(f.mutationId)}
                >
                  <CloseIcon fontSize="small" />
                </IconButton>
              </>
            }
          >
            {m.list.deleteFailed(f.name, f.error ? errorText(f.error, m) : m.errors.invalid)}
          </Alert>
        ),
      )}
      {content}
      <DeleteConnectionDialog
        connection={toDelete}
        open={toDelete !== null}
        onClose={() => setToDelete(null)}
        onDeleted={(c) => {
          setToDelete(null);
          onSelect([c.id], false);
          afterDelete();
        }}
      />
      <BulkDeleteDialog
        connections={selectedConnections}
        open={bulkOpen}
        onClose={() => setBulkOpen(false)}
        onDeleted={(ids) => {
          setBulkOpen(false);
          onSelect(ids, false);
          afterDelete();
        }}
      />
    </Box>
  );
}

function distinct(
  list: readonly AuthConnection[] | undefined,
  pick: (c: AuthConnection) => string,
): string[] {
  return list ? [...new Set(list.map(pick))] : [];
}
