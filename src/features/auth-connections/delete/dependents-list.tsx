// What breaks if a connection goes: its dependents grouped by kind, the ones the admin cannot
// see counted as one line. Headings and list items, so screen readers (and tests) can read it.
import Box from '@mui/material/Box';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import type { Dependent, UsedBy } from '../../../../contract/index.ts';
import { hiddenCount } from '../list/used-by.ts';
import { useMessages } from '../../../i18n/lazy-messages.ts';

type Visible = Extract<Dependent, { type: 'available' }>;

const visible = (items: readonly Dependent[]) =>
  items.filter((d): d is Visible => d.type !== 'unknown');

export function DependentsList({ usedBy, headingId }: { usedBy: UsedBy; headingId: string }) {
  const m = useMessages();
  const words = m.deleteDialog;
  const groups = [
    {
      title: words.groups.tools,
      items: visible(usedBy.tools).map((d) => ({ id: d.id, name: d.name, access: d.access_level })),
    },
    {
      title: words.groups.mcp_servers,
      items: visible(usedBy.mcp_servers).map((d) => ({
        id: d.id,
        name: d.name,
        access: d.access_level,
      })),
    },
    {
      title: words.groups.integrations,
      items: usedBy.integration_connections.map((d) => ({
        id: d.id,
        name: d.name,
        access: undefined,
      })),
    },
  ].filter((g) => g.items.length > 0);
  const hidden = hiddenCount(usedBy);

  return (
    <Box
      sx={{
        border: 1,
        borderColor: 'divider',
        borderRadius: 1,
        px: 2,
        py: 1,
        maxHeight: 320,
        overflow: 'auto',
      }}
      role="region"
      aria-labelledby={headingId}
      tabIndex={0}
    >
      {groups.map((group) => (
        <Box key={group.title} component="section">
          <Typography variant="subtitle2" component="h3" sx={{ mt: 1 }}>
            {m.dependents.groupTitle(group.title, group.items.length)}
          </Typography>
          <List dense disablePadding>
            {group.items.map((item) => (
              <ListItem key={item.id} disableGutters sx={{ py: 0 }}>
                <ListItemText
                  primary={item.name}
                  secondary={
                    item.access
                      ? m.dependents.access(m.dependents.accessLevels[item.access])
                      : undefined
                  }
                />
              </ListItem>
            ))}
          </List>
        </Box>
      ))}
      {hidden > 0 && (
        <Box component="section">
          <Typography variant="subtitle2" component="h3" sx={{ mt: 1 }}>
            {m.dependents.hiddenTitle}
          </Typography>
          <List dense disablePadding>
            <ListItem disableGutters sx={{ py: 0 }}>
              <ListItemText primary={m.dependents.hidden(hidden)} secondary={words.hiddenText} />
            </ListItem>
          </List>
        </Box>
      )}
    </Box>
  );
}
