// The dependents as headings and list items: what screen readers (and tests) read. The picture
// above it shows the same facts.
import Box from '@mui/material/Box';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { ACCESS_LEVEL_LABELS, hiddenLabel, type UsedByModel } from './used-by-model.ts';

type Props = {
  model: UsedByModel;
  /** The level of each group's heading, so the list fits the page or dialog it sits in. */
  headingLevel?: 2 | 3 | 4;
  dense?: boolean;
};

export function UsedByList({ model, headingLevel = 3, dense = false }: Props) {
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
            {group.title} ({group.items.length})
          </Typography>
          <List dense disablePadding aria-label={group.title}>
            {group.items.map((item) => (
              <ListItem key={item.id} disableGutters>
                <ListItemText
                  primary={item.name}
                  secondary={
                    item.accessLevel
                      ? `${ACCESS_LEVEL_LABELS[item.accessLevel]} access`
                      : 'Integration connection'
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
            Not visible to you ({model.hiddenCount})
          </Typography>
          <List dense disablePadding aria-label="Not visible to you">
            <ListItem disableGutters>
              <ListItemText
                primary={hiddenLabel(model.hiddenCount)}
                secondary="Tools or MCP servers that are not shared with you. They still use this connection."
              />
            </ListItem>
          </List>
        </div>
      )}
    </Box>
  );
}
