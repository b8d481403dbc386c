// The creatable types as radio cards: arrow keys move between them, Space picks one.
import Box from '@mui/material/Box';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Typography from '@mui/material/Typography';
import type { CreateAuthType } from '../../../../contract/index.ts';
import { useMessages } from '../../../i18n/lazy-messages.ts';
import { PICKER_ORDER, authTypeInfo, canCreate } from '../auth-types.ts';

type Props = {
  value: CreateAuthType | null;
  onChange: (authType: CreateAuthType) => void;
};

export function TypePicker({ value, onChange }: Props) {
  const m = useMessages();
  return (
    <FormControl component="fieldset" fullWidth>
      <FormLabel
        component="legend"
        sx={{ mb: 1.5, typography: 'subtitle1', color: 'text.primary' }}
      >
        {m.picker.label}
      </FormLabel>
      <RadioGroup
        name="auth_type"
        value={value ?? ''}
        onChange={(event) => {
          if (canCreate(event.target.value)) onChange(event.target.value);
        }}
        sx={{
          display: 'grid',
          gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))',
          gap: 1.5,
        }}
      >
        {PICKER_ORDER.map((authType) => {
          const { label, description, Icon } = authTypeInfo(authType, m);
          const selected = value === authType;
          return (
            <FormControlLabel
              key={authType}
              value={authType}
              control={<Radio size="small" />}
              slotProps={{ typography: { component: 'span' } }}
              label={
                <Box component="span" sx={{ display: 'block', py: 0.5 }}>
                  <Box
                    component="span"
                    sx={{ display: 'flex', alignItems: 'center', gap: 1, fontWeight: 600 }}
                  >
                    <Icon fontSize="small" color={selected ? 'primary' : 'action'} />
                    {label}
                  </Box>
                  <Typography component="span" variant="body2" color="text.secondary">
                    {description}
                  </Typography>
                </Box>
              }
              sx={{
                m: 0,
                pr: 1.5,
                alignItems: 'flex-start',
                border: 1,
                borderRadius: 2,
                borderColor: selected ? 'primary.main' : 'divider',
                bgcolor: selected ? 'action.selected' : 'background.paper',
                transition: 'border-color 120ms',
                '&:hover': { borderColor: selected ? 'primary.main' : 'text.secondary' },
                '& .MuiRadio-root': { mt: 0.25 },
              }}
            />
          );
        })}
      </RadioGroup>
    </FormControl>
  );
}
