// The standalone app's pages. Features get plain hrefs and callbacks, never the router itself.
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { isCreateAuthType } from '../../contract/index.ts';
import { CreateConnectionPage } from '../features/auth-connections/create/create-connection-page.tsx';
import { AuthConnectionsListPage } from '../features/auth-connections/list/auth-connections-list-page.tsx';
import { navigate, useLocation } from './router.tsx';

export const LIST_HREF = '/';
export const NEW_HREF = '/new';

export function AppRoutes() {
  const { pathname, searchParams } = useLocation();
  switch (pathname) {
    case LIST_HREF:
      return (
        <AuthConnectionsListPage createHref={NEW_HREF} createdId={searchParams.get('created')} />
      );
    case NEW_HREF: {
      // The chosen type lives in the URL (?type=mtls), so a form can be deep-linked.
      const type = searchParams.get('type');
      return (
        <CreateConnectionPage
          authType={type && isCreateAuthType(type) ? type : null}
          onAuthTypeChange={(next) => navigate(`${NEW_HREF}?type=${next}`, { replace: true })}
          onCreated={(connection) =>
            navigate(`${LIST_HREF}?created=${encodeURIComponent(connection.id)}`)
          }
          onCancel={() => navigate(LIST_HREF)}
        />
      );
    }
    default:
      return <NotFound />;
  }
}

function NotFound() {
  return (
    <Paper variant="outlined" sx={{ p: 4 }}>
      <Typography variant="h1" gutterBottom>
        Page not found
      </Typography>
      <Button href={LIST_HREF}>Go to auth connections</Button>
    </Paper>
  );
}
