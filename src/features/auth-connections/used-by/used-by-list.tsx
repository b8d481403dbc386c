// The dependents as headings and list items: what screen readers (and tests) read. The picture
// above it shows the same facts.
import Box from '@mui/material/Box';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { useMessages } from '../../../i18n/lazy-messages.ts';
import type { UsedByModel } from './used-by-model.ts';

type Props = {
  model: UsedByModel;
  /** The level of each group's heading, so the list fits the page or dialog it sits in. */
  headingLevel?: 2 | 3 | 4;
  dense?: boolean;
};

export function UsedByList({ model, headingLevel = 3, dense = false }: Props) {
  const words = useMessages().dependents;
  const heading = `h${headingLevel}` as const;
  const groups = model.groups.filter((group) => group.items.length > 0);
  return (
    <Box
      sx={{
        display: 'grid',
        gap: dense ? 1 : 2,
        gridTemplateColumns: dense ? '1fr' : 'repeat(auto-fill, minmax(220px, 1fr))',
      }}
    >
      {groups.map((group) => (
        <div key={group.key}>
          <Typography variant="subtitle2" component={heading} sx={{ fontWeight: 600 }}>
            {words.groupTitle(group.title, group.items.length)}
          </Typography>
          <List dense disablePadding aria-label={group.title}>
            {group.items.map((item) => (
              <ListItem key={item.id} disableGutters>
                <ListItemText
                  primary={item.name}
                  secondary={
                    item.accessLevel
                      ? words.access(words.accessLevels[item.accessLevel])
                      : words.nouns.integration_connections
                  }
                />
              </ListItem>
            ))}
          </List>
        </div>
      ))}
      {model.hiddenCount > 0 && (
        <div>
          <Typography variant="subtitle2" component={heading} sx={{ fontWeight: 600 }}>
            {words.groupTitle(words.hiddenTitle, model.hiddenCount)}
          </Typography>
          <List dense disablePadding aria-label={words.hiddenTitle}>
            <ListItem disableGutters>
              <ListItemText
                primary={words.hidden(model.hiddenCount)}
                secondary={words.hiddenText}
              />
            </ListItem>
          </List>
        </div>
      )}
    </Box>
  );
}
