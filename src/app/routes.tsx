// The standalone app's pages. Features get plain hrefs and callbacks, never the router itself.
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { isCreateAuthType } from '../../contract/enums.ts';
import { CreateConnectionPage } from './lazy-pages.tsx';
import { AuthConnectionsListPage } from '../features/auth-connections/list/auth-connections-list-page.tsx';
import { navigate, useLocation } from './router.tsx';
import {
  ConnectionDetailPage,
  EditConnectionPage,
  ReplaceConnectionPage,
} from './connection-pages.tsx';

export const LIST_HREF = '/';
export const NEW_HREF = '/new';

/** `/connections/<id>`, `/connections/<id>/edit`, `/connections/<id>/replace`. */
export function connectionHref(id: string, action?: 'edit' | 'replace'): string {
  return `/connections/${encodeURIComponent(id)}${action ? `/${action}` : ''}`;
}

const CONNECTION_PATH = /^\/connections\/([^/]+)(?:\/(edit|replace))?\/?$/;

export function AppRoutes() {
  const { pathname, searchParams } = useLocation();
  const match = CONNECTION_PATH.exec(pathname);
  if (match)
    return (
      <ConnectionRoutes
        id={safeDecode(match[1]!)}
        action={match[2]}
        saved={searchParams.has('saved')}
      />
    );
  switch (pathname) {
    case LIST_HREF:
      return (
        <AuthConnectionsListPage
          createHref={NEW_HREF}
          createdId={searchParams.get('created')}
          search={searchParams}
          onSearchChange={(next, options) => {
            const query = next.toString();
            navigate(`${LIST_HREF}${query ? `?${query}` : ''}`, options);
          }}
        />
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

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function ConnectionRoutes({ id, action, saved }: { id: string; action?: string; saved: boolean }) {
  const detail = connectionHref(id);
  if (action === 'edit') {
    return (
      <EditConnectionPage
        id={id}
        listHref={LIST_HREF}
        detailHref={detail}
        replaceHref={connectionHref(id, 'replace')}
        onSaved={() => navigate(`${detail}?saved=1`)}
        onCancel={() => navigate(detail)}
      />
    );
  }
  if (action === 'replace') {
    return (
      <ReplaceConnectionPage
        id={id}
        listHref={LIST_HREF}
        detailHref={detail}
        connectionHref={(other) => connectionHref(other)}
        onCancel={() => navigate(detail)}
        onDeletedOld={() => navigate(LIST_HREF)}
      />
    );
  }
  return (
    <ConnectionDetailPage
      id={id}
      listHref={LIST_HREF}
      editHref={connectionHref(id, 'edit')}
      replaceHref={connectionHref(id, 'replace')}
      saved={saved}
      onDeleted={() => navigate(LIST_HREF)}
    />
  );
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
