// The list's pager: rows per page (a native select), "1–25 of 60" and previous/next buttons.
// Our own rather than MUI's TablePagination, which imports Select (with Menu, Popover and Modal)
// and Tooltip (with Popper) into the first screen's JS (docs/decisions/0115). Its look and names
// are TablePagination's; on a phone the controls wrap instead of scrolling sideways.
import { useId, useLayoutEffect, useRef, type FocusEvent } from 'react';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import InputBase from '@mui/material/InputBase';
import NativeSelect from '@mui/material/NativeSelect';
import Typography from '@mui/material/Typography';
import KeyboardArrowLeft from '@mui/icons-material/KeyboardArrowLeft';
import KeyboardArrowRight from '@mui/icons-material/KeyboardArrowRight';
import { useMessages } from '../../../i18n/messages-context.tsx';
import { LazyTooltip } from '../../../components/lazy-tooltip.tsx';

export interface ListPagerProps {
  /** Rows after filtering. */
  count: number;
  /** 1-based. */
  page: number;
  pageSize: number;
  pageSizes: readonly number[];
  onPageChange: (page: number) => void;
  onPageSizeChange: (pageSize: number) => void;
}

export function ListPager({
  count,
  page,
  pageSize,
  pageSizes,
  onPageChange,
  onPageSizeChange,
}: ListPagerProps) {
  const m = useMessages();
  const selectId = useId();
  const from = count === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(count, page * pageSize);
  const atStart = page <= 1;
  const atEnd = page * pageSize >= count;

  // A button that disables itself under the keyboard (Next on reaching the last page) would drop
  // focus to the page; hand it to the other button, as TablePagination did.
  const previousRef = useRef<HTMLButtonElement>(null);
  const nextRef = useRef<HTMLButtonElement>(null);
  const focused = useRef<HTMLButtonElement | null>(null);
  useLayoutEffect(() => {
    const button = focused.current;
    if (!button?.disabled) return;
    focused.current = null;
    const active = document.activeElement;
    if (active && active !== button && active !== document.body) return;
    const other = button === nextRef.current ? previousRef.current : nextRef.current;
    if (other && !other.disabled) other.focus();
  });
  const track = {
    onFocus: (e: FocusEvent<HTMLButtonElement>) => (focused.current = e.currentTarget),
    onBlur: (e: FocusEvent<HTMLButtonElement>) => {
      // Disabling a focused button blurs it with no new target: keep it for the effect above.
      if (!e.currentTarget.disabled || e.relatedTarget) focused.current = null;
    },
  };

  return (
    <Box
      sx={{
        display: 'flex',
        flexWrap: 'wrap',
        alignItems: 'center',
        justifyContent: 'flex-end',
        minHeight: 52,
        pl: { xs: 1, sm: 2 },
        pr: '2px',
        typography: 'body2',
      }}
    >
      <Typography
        component="label"
        variant="body2"
        htmlFor={selectId}
        sx={{ flexShrink: 0, my: '1em' }}
      >
        {m.list.rowsPerPage}
      </Typography>
      <NativeSelect
        id={selectId}
        value={pageSize}
        onChange={(e) => onPageSizeChange(Number(e.target.value))}
        input={<InputBase />}
        sx={{
          color: 'inherit',
          fontSize: 'inherit',
          flexShrink: 0,
          ml: 1,
          mr: 4,
          '& .MuiNativeSelect-select': {
            pl: 1,
            pr: 3,
            textAlign: 'right',
            textAlignLast: 'right',
          },
          '& .MuiNativeSelect-select:focus': { bgcolor: 'action.focus' },
        }}
      >
        {pageSizes.map((size) => (
          <option key={size} value={size}>
            {size}
          </option>
        ))}
      </NativeSelect>
      <Typography variant="body2" sx={{ flexShrink: 0, my: '1em' }}>
        {m.list.displayedRows(from, to, count)}
      </Typography>
      <Box sx={{ flexShrink: 0, ml: 2.5 }}>
        <LazyTooltip title={m.list.pageButton('previous')}>
          <IconButton
            ref={previousRef}
            color="inherit"
            disabled={atStart}
            onClick={() => onPageChange(page - 1)}
            {...track}
          >
            <KeyboardArrowLeft />
          </IconButton>
        </LazyTooltip>
        <LazyTooltip title={m.list.pageButton('next')}>
          <IconButton
            ref={nextRef}
            color="inherit"
            disabled={atEnd}
            onClick={() => onPageChange(page + 1)}
            {...track}
          >
            <KeyboardArrowRight />
          </IconButton>
        </LazyTooltip>
      </Box>
    </Box>
  );
}
