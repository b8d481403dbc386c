// Search and filters above the list. Native selects: every browser and screen reader knows them.
import { useState } from 'react';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import { AUTH_CONNECTION_STATUSES, RESPONSE_AUTH_TYPES } from '../../../../contract/enums.ts';
import { useMessages } from '../../../i18n/messages-context.tsx';
import { nameCollator } from '../../../i18n/intl-formats.ts';
import { authTypeInfo } from '../auth-types.ts';
import { FilterSelect, SearchField } from './filter-fields.tsx';
import { hasFilters, type ListQuery } from './list-query.ts';
import { statusLabel } from './statuses.ts';

export interface ListToolbarProps {
  query: ListQuery;
  /** Types and statuses present in the data, so values this build doesn't know can be picked. */
  presentTypes: readonly string[];
  presentStatuses: readonly string[];
  onChange: (patch: Partial<ListQuery>, options?: { replace?: boolean }) => void;
  onClear: () => void;
}

export function ListToolbar({
  query,
  presentTypes,
  presentStatuses,
  onChange,
  onClear,
}: ListToolbarProps) {
  // The box keeps its own text so typing never waits on the host's router; a new q from outside
  // (back button, a pasted link) replaces it.
  const m = useMessages();
  const [text, setText] = useState(query.q);
  const [syncedQ, setSyncedQ] = useState(query.q);
  if (query.q !== syncedQ) {
    setSyncedQ(query.q);
    setText(query.q);
  }

  const collator = nameCollator();
  const typeOptions = union(RESPONSE_AUTH_TYPES, presentTypes)
    .map((value) => ({ value, label: authTypeInfo(value, m).label }))
    .sort((a, b) => collator.compare(a.label, b.label));
  const statusOptions = union(AUTH_CONNECTION_STATUSES, presentStatuses);

  return (
    <Stack
      direction={{ xs: 'column', md: 'row' }}
      spacing={2}
      sx={{ mb: 2, alignItems: { md: 'flex-end' } }}
      role="search"
      aria-label={m.filters.label}
    >
      <SearchField
        label={m.filters.search}
        value={text}
        placeholder={m.filters.searchPlaceholder}
        onChange={(e) => {
          setText(e.target.value);
          setSyncedQ(e.target.value);
          // One history entry per search, not one per keystroke.
          onChange({ q: e.target.value, page: 1 }, { replace: query.q !== '' });
        }}
        sx={{ flex: 2, minWidth: 200 }}
      />
      <FilterSelect
        label={m.filters.type}
        value={query.type ?? ''}
        onChange={(value) => onChange({ type: value || null, page: 1 })}
        sx={{ flex: 1, minWidth: 180 }}
      >
        <option value="">{m.filters.allTypes}</option>
        {typeOptions.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </FilterSelect>
      <FilterSelect
        label={m.filters.status}
        value={query.status ?? ''}
        onChange={(value) => onChange({ status: value || null, page: 1 })}
        sx={{ flex: 1, minWidth: 150 }}
      >
        <option value="">{m.filters.allStatuses}</option>
        {statusOptions.map((s) => (
          <option key={s} value={s}>
            {statusLabel(s, m)}
          </option>
        ))}
      </FilterSelect>
      <FormControlLabel
        control={
          <Switch
            checked={query.unused}
            onChange={(e) => onChange({ unused: e.target.checked, page: 1 })}
          />
        }
        label={m.filters.unusedOnly}
        sx={{ whiteSpace: 'nowrap', mr: 0 }}
      />
      <Button
        onClick={onClear}
        disabled={!hasFilters(query)}
        sx={{ whiteSpace: 'nowrap', flexShrink: 0 }}
      >
        {m.filters.clear}
      </Button>
    </Stack>
  );
}

function union(known: readonly string[], present: readonly string[]): string[] {
  return [...new Set([...known, ...present])];
}
