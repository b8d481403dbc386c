import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMessages } from '../../../i18n/lazy-messages.ts';
import type { DetailValue } from './detail-fields.ts';

const mono = { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace' };

/** One read-only value of the detail view. */
export function DetailValueView({ value }: { value: DetailValue }) {
  const m = useMessages();
  switch (value.kind) {
    case 'unset':
      return <Typography sx={{ color: 'text.secondary' }}>{m.common.notSet}</Typography>;
    case 'text':
      return <Typography sx={{ overflowWrap: 'anywhere' }}>{value.text}</Typography>;
    case 'list':
      return value.items.length === 0 ? (
        <Typography sx={{ color: 'text.secondary' }}>{m.common.none}</Typography>
      ) : (
        <Stack
          component="ul"
          direction="row"
          useFlexGap
          sx={{ flexWrap: 'wrap', gap: 0.5, m: 0, p: 0, listStyle: 'none' }}
        >
          {value.items.map((item) => (
            <li key={item}>
              <Chip
                size="small"
                label={item}
                // A long scope wraps rather than being cut short on a narrow screen.
                sx={{
                  ...mono,
                  maxWidth: '100%',
                  height: 'auto',
                  '& .MuiChip-label': { whiteSpace: 'normal', overflowWrap: 'anywhere' },
                }}
              />
            </li>
          ))}
        </Stack>
      );
    case 'map':
      return value.entries.length === 0 ? (
        <Typography sx={{ color: 'text.secondary' }}>{m.common.none}</Typography>
      ) : (
        <Box component="ul" sx={{ m: 0, p: 0, listStyle: 'none' }}>
          {value.entries.map(([key, text]) => (
            <Typography
              component="li"
              key={key}
              sx={{ ...mono, fontSize: '0.875rem', overflowWrap: 'anywhere' }}
            >
              <Box component="span" sx={{ fontWeight: 600 }}>
                {key}
              </Box>
              : {text}
            </Typography>
          ))}
        </Box>
      );
  }
}
