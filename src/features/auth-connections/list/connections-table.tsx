import { useEffect, useRef } from 'react';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { isGeneric, type AuthConnection } from '../../../../contract/index.ts';
import { authTypeInfo, isKnownAuthType } from '../auth-types.ts';
import { StatusChip } from './status-chip.tsx';
import { usedByCount, usedBySummary } from './used-by.ts';

const wideOnly = { display: { xs: 'none', sm: 'table-cell' } } as const;

export function ConnectionsTable(props: {
  connections: readonly AuthConnection[];
  highlightedId?: string | null;
}) {
  const { connections, highlightedId } = props;
  const highlightedRow = useRef<HTMLTableRowElement>(null);

  useEffect(() => {
    // scrollIntoView is missing in jsdom; the highlight itself does not depend on it.
    highlightedRow.current?.scrollIntoView?.({ block: 'nearest' });
  }, [highlightedId]);

  return (
    <TableContainer component={Paper} variant="outlined">
      <Table aria-label="Auth connections">
        <TableHead>
          <TableRow>
            <TableCell>Name</TableCell>
            <TableCell sx={wideOnly}>Type</TableCell>
            <TableCell sx={wideOnly}>Provider</TableCell>
            <TableCell>Status</TableCell>
            <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
              Used by
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {connections.map((connection) => {
            const highlighted = connection.id === highlightedId;
            const count = usedByCount(connection.used_by);
            const unknownType = isGeneric(connection) && !isKnownAuthType(connection.auth_type);
            return (
              <TableRow
                key={connection.id}
                hover
                selected={highlighted}
                ref={highlighted ? highlightedRow : undefined}
                aria-current={highlighted ? 'true' : undefined}
              >
                <TableCell component="th" scope="row">
                  <Typography variant="body2" sx={{ fontWeight: 600 }}>
                    {connection.name}
                  </Typography>
                  {/* On narrow screens type and provider move under the name. */}
                  <Typography
                    variant="caption"
                    component="div"
                    sx={{ color: 'text.secondary', display: { sm: 'none' } }}
                  >
                    {authTypeInfo(connection.auth_type).label}
                    {connection.provider ? ` · ${connection.provider}` : ''}
                  </Typography>
                </TableCell>
                <TableCell sx={wideOnly}>
                  <AuthTypeName authType={connection.auth_type} />
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
                <TableCell sx={wideOnly}>{connection.provider ?? '—'}</TableCell>
                <TableCell>
                  <StatusChip status={connection.status} />
                  {connection.status_detail && (
                    <Typography
                      variant="caption"
                      component="div"
                      sx={{ color: 'text.secondary', mt: 0.5 }}
                    >
                      {connection.status_detail}
                    </Typography>
                  )}
                </TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  <Box component="span" title={usedBySummary(connection.used_by)}>
                    {count === 0 ? (
                      <Box component="span" sx={{ color: 'text.secondary' }}>
                        Not used
                      </Box>
                    ) : (
                      count
                    )}
                  </Box>
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

function AuthTypeName({ authType }: { authType: string }) {
  const { label, Icon } = authTypeInfo(authType);
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 1 }}>
      <Icon fontSize="small" color="action" aria-hidden />
      {label}
    </Box>
  );
}
