// The host's own settings tabs, to give the embedded one neighbours.
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';

export function GeneralTab() {
  return (
    <Paper variant="outlined" sx={{ p: 3 }}>
      <Stack spacing={2} sx={{ maxWidth: 480 }}>
        <Typography variant="h2">General</Typography>
        <TextField label="Workspace name" defaultValue="Acme" />
        <TextField label="Billing email" defaultValue="billing@acme.example" />
      </Stack>
    </Paper>
  );
}

const MEMBERS = [
  { name: 'Ada Lovelace', role: 'Admin' },
  { name: 'Grace Hopper', role: 'Editor' },
  { name: 'Alan Turing', role: 'Viewer' },
];

export function MembersTab() {
  return (
    <Paper variant="outlined" sx={{ p: 3 }}>
      <Typography variant="h2" gutterBottom>
        Members
      </Typography>
      <Table size="small" aria-label="Members">
        <TableHead>
          <TableRow>
            <TableCell>Name</TableCell>
            <TableCell>Role</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {MEMBERS.map((m) => (
            <TableRow key={m.name}>
              <TableCell>{m.name}</TableCell>
              <TableCell>{m.role}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Paper>
  );
}
