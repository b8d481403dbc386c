import { memo, useEffect, useRef } from 'react';
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TableSortLabel from '@mui/material/TableSortLabel';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useTheme } from '@mui/material/styles';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import VisibilityOffIcon from '@mui/icons-material/VisibilityOffOutlined';
import type { AuthConnection } from '../../../../contract/index.ts';
import { isGeneric } from '../../../../contract/is-generic.ts';
import { authTypeInfo, isKnownAuthType } from '../auth-types.ts';
import { useMessages } from '../../../i18n/messages-context.tsx';
import type { SortDirection, SortKey } from './list-query.ts';
import { StatusChip } from './status-chip.tsx';
import { hiddenCount, usedByCount, usedBySummary } from './used-by.ts';
import { LazyTooltip } from '../../../components/lazy-tooltip.tsx';
import { visuallyHidden } from '../../../components/visually-hidden.ts';

const wideOnly = { display: { xs: 'none', sm: 'table-cell' } } as const;

/** Below `sm` (phones, down to 360 px) only the name column stays: the rest stacks under it. */
const COLUMNS: ReadonlyArray<{ key: SortKey; wide?: boolean; numeric?: boolean }> = [
  { key: 'name' },
  { key: 'type', wide: true },
  { key: 'provider', wide: true },
  { key: 'status', wide: true },
  { key: 'used_by', wide: true, numeric: true },
];

export interface ConnectionsTableProps {
  /** The rows of the current page only. */
  connections: readonly AuthConnection[];
  highlightedId?: string | null;
  sort: SortKey;
  dir: SortDirection;
  onSort: (key: SortKey) => void;
  selectedIds: ReadonlySet<string>;
  onSelect: (ids: readonly string[], selected: boolean) => void;
  onDelete: (connection: AuthConnection) => void;
  detailHref: (id: string) => string;
}

export function ConnectionsTable(props: ConnectionsTableProps) {
  const { connections, highlightedId, sort, dir, onSort, selectedIds, onSelect } = props;
  const m = useMessages();
  // Same breakpoint as `wideOnly`: below it the status and use columns stack under the name.
  // The theme from @mui/material (its default when the host has no ThemeProvider).
  const theme = useTheme();
  const narrow = useMediaQuery(theme.breakpoints.down('sm'));
  // Only unused connections can be bulk-deleted; the header box selects those of this page.
  const selectable = connections.filter((c) => usedByCount(c.used_by) === 0).map((c) => c.id);
  const selectedOnPage = selectable.filter((id) => selectedIds.has(id)).length;

  return (
    <TableContainer component={Paper} variant="outlined">
      <Table aria-label={m.list.tableLabel} size="small">
        <TableHead>
          <TableRow>
            <TableCell padding="checkbox">
              <Checkbox
                checked={selectable.length > 0 && selectedOnPage === selectable.length}
                indeterminate={selectedOnPage > 0 && selectedOnPage < selectable.length}
                disabled={selectable.length === 0}
                onChange={(e) => onSelect(selectable, e.target.checked)}
                slotProps={{
                  input: { 'aria-label': m.list.selectAllUnused },
                }}
              />
            </TableCell>
            {COLUMNS.map((col) => (
              <TableCell
                key={col.key}
                align={col.numeric ? 'right' : 'left'}
                sortDirection={sort === col.key ? dir : false}
                sx={{ whiteSpace: 'nowrap', ...(col.wide ? wideOnly : {}) }}
              >
                <TableSortLabel
                  active={sort === col.key}
                  direction={sort === col.key ? dir : 'asc'}
                  onClick={() => onSort(col.key)}
                >
                  {m.list.columns[col.key]}
                </TableSortLabel>
              </TableCell>
            ))}
            <TableCell align="right" sx={{ px: { xs: 1, sm: 2 } }}>
              <Box component="span" sx={visuallyHidden}>
                {m.list.columns.actions}
              </Box>
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {connections.map((connection) => {
            const highlighted = connection.id === highlightedId;
            return (
              <ConnectionRow
                key={connection.id}
                connection={connection}
                highlighted={highlighted}
                selected={selectedIds.has(connection.id)}
                onSelect={onSelect}
                onDelete={props.onDelete}
                href={props.detailHref(connection.id)}
                narrow={narrow}
              />
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

// Memoized: toggling one checkbox re-renders one row, not the page. Its link arrives as a
// string, so a host that passes a new detailHref function on every render (a URL change does)
// does not re-render every row.
const ConnectionRow = memo(function ConnectionRow(props: {
  connection: AuthConnection;
  highlighted: boolean;
  selected: boolean;
  onSelect: ConnectionsTableProps['onSelect'];
  onDelete: ConnectionsTableProps['onDelete'];
  href: string;
  narrow: boolean;
}) {
  const { connection, highlighted, selected, narrow } = props;
  const m = useMessages();
  const rowRef = useRef<HTMLTableRowElement>(null);
  useEffect(() => {
    // scrollIntoView is missing in jsdom; the highlight itself does not depend on it.
    if (highlighted) rowRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [highlighted]);
  const count = usedByCount(connection.used_by);
  const info = authTypeInfo(connection.auth_type, m);
  const unknownType = isGeneric(connection) && !isKnownAuthType(connection.auth_type);
  return (
    <TableRow
      hover
      selected={highlighted || selected}
      ref={rowRef}
      aria-current={highlighted ? 'true' : undefined}
    >
      <TableCell padding="checkbox">
        <Checkbox
          checked={selected}
          disabled={count > 0}
          onChange={(e) => props.onSelect([connection.id], e.target.checked)}
          slotProps={{
            input: {
              'aria-label':
                count > 0
                  ? m.list.selectRowInUse(connection.name)
                  : m.list.selectRow(connection.name),
            },
          }}
        />
      </TableCell>
      <TableCell component="th" scope="row">
        <Link href={props.href} variant="body2" sx={{ fontWeight: 600 }}>
          {connection.name}
        </Link>
        {/* On narrow screens type and provider move under the name. */}
        <Typography
          variant="caption"
          component="div"
          sx={{ color: 'text.secondary', display: { sm: 'none' } }}
        >
          {info.label}
          {connection.provider ? ` · ${connection.provider}` : ''}
        </Typography>
        {/* And status and use too: rendered once (the chip can be focused), where it shows. */}
        {narrow && (
          <Box
            sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: 1, mt: 0.5 }}
          >
            <StatusChip status={connection.status} detail={connection.status_detail} />
            <Typography variant="caption" sx={{ color: 'text.secondary' }}>
              {count === 0 ? m.usedBy.notUsed : usedBySummary(connection.used_by, m)}
            </Typography>
          </Box>
        )}
      </TableCell>
      <TableCell sx={wideOnly}>
        <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 1 }}>
          <info.Icon fontSize="small" color="action" aria-hidden />
          {info.label}
          {info.readOnly && (
            <LazyTooltip title={info.managedElsewhere ?? ''} describeChild>
              <Chip label={m.list.readOnly} size="small" variant="outlined" tabIndex={0} />
            </LazyTooltip>
          )}
        </Box>
        {unknownType && (
          <Typography
            variant="caption"
            component="div"
            sx={{ color: 'text.secondary', fontFamily: 'monospace' }}
          >
            {connection.auth_type}
          </Typography>
        )}
      </TableCell>
      <TableCell sx={wideOnly}>{connection.provider || m.list.noProvider}</TableCell>
      {!narrow && (
        <>
          <TableCell>
            <StatusChip status={connection.status} detail={connection.status_detail} />
          </TableCell>
          <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
            <UsedByCell connection={connection} count={count} />
          </TableCell>
        </>
      )}
      <TableCell align="right" sx={{ py: 0, px: { xs: 1, sm: 2 } }}>
        <LazyTooltip title={m.common.delete}>
          <IconButton
            size="small"
            aria-label={m.list.deleteRow(connection.name)}
            onClick={() => props.onDelete(connection)}
          >
            <DeleteIcon fontSize="small" />
          </IconButton>
        </LazyTooltip>
      </TableCell>
    </TableRow>
  );
});

function UsedByCell({ connection, count }: { connection: AuthConnection; count: number }) {
  const m = useMessages();
  if (count === 0) {
    return (
      <Box component="span" sx={{ color: 'text.secondary' }}>
        {m.usedBy.notUsed}
      </Box>
    );
  }
  const hidden = hiddenCount(connection.used_by);
  return (
    <LazyTooltip title={usedBySummary(connection.used_by, m)} describeChild>
      <Box
        component="span"
        tabIndex={0}
        sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, borderRadius: 1 }}
      >
        {hidden > 0 && <VisibilityOffIcon fontSize="inherit" color="action" aria-hidden />}
        {count}
      </Box>
    </LazyTooltip>
  );
}
