// The component's screens and their paths, relative to wherever the host puts it (router.tsx).
// Features get plain hrefs and callbacks, never the router itself.
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { isCreateAuthType } from '../../contract/enums.ts';
import { AuthConnectionsListPage } from '../features/auth-connections/list/auth-connections-list-page.tsx';
import {
  ConnectionDetailPage,
  EditConnectionPage,
  ReplaceConnectionPage,
} from './connection-pages.tsx';
import { CreateConnectionPage } from './lazy-pages.tsx';
import { useRouter, type Router } from './router.tsx';

export const LIST_PATH = '/';
export const NEW_PATH = '/new';

/** `/connections/<id>`, `/connections/<id>/edit`, `/connections/<id>/replace`. */
export function connectionPath(id: string, action?: 'edit' | 'replace'): string {
  return `/connections/${encodeURIComponent(id)}${action ? `/${action}` : ''}`;
}

const CONNECTION_PATH = /^\/connections\/([^/]+)(?:\/(edit|replace))?\/?$/;

/**
 * Starts loading the code of the page at `pathname` (below the base path) before the first
 * render, so a deep link renders its page in the first pass instead of a spinner first. The
 * standalone app awaits it before its first render; the server has already asked for the same
 * chunks with <link rel="modulepreload"> (server/routes/route-preloads.ts). Never rejects: a
 * chunk that fails to load shows Retry where the page would be.
 */
export function preloadRoute(pathname: string): Promise<void> {
  const match = CONNECTION_PATH.exec(pathname);
  const page =
    pathname === NEW_PATH
      ? CreateConnectionPage
      : match
        ? ({ edit: EditConnectionPage, replace: ReplaceConnectionPage }[match[2] ?? ''] ??
          ConnectionDetailPage)
        : undefined;
  return page ? page.preload().catch(() => {}) : Promise.resolve();
}

export function AppRoutes() {
  const router = useRouter();
  const { pathname, searchParams, navigate, href } = router;
  const match = CONNECTION_PATH.exec(pathname);
  if (match)
    return (
      <ConnectionRoutes
        router={router}
        id={safeDecode(match[1]!)}
        action={match[2]}
        saved={searchParams.has('saved')}
      />
    );
  switch (pathname) {
    case LIST_PATH:
    case '':
      return (
        <AuthConnectionsListPage
          createHref={href(NEW_PATH)}
          detailHref={(id) => href(connectionPath(id))}
          createdId={searchParams.get('created')}
          search={searchParams}
          onSearchChange={(next, options) => {
            const query = next.toString();
            navigate(`${LIST_PATH}${query ? `?${query}` : ''}`, options);
          }}
        />
      );
    case NEW_PATH: {
      // The chosen type lives in the URL (?type=mtls), so a form can be deep-linked.
      const type = searchParams.get('type');
      return (
        <CreateConnectionPage
          authType={type && isCreateAuthType(type) ? type : null}
          onAuthTypeChange={(next) => navigate(`${NEW_PATH}?type=${next}`, { replace: true })}
          onCreated={(connection) =>
            navigate(`${LIST_PATH}?created=${encodeURIComponent(connection.id)}`)
          }
          onCancel={() => navigate(LIST_PATH)}
        />
      );
    }
    default:
      return <NotFound listHref={href(LIST_PATH)} />;
  }
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function ConnectionRoutes(props: { router: Router; id: string; action?: string; saved: boolean }) {
  const { router, id, action, saved } = props;
  const { navigate, href } = router;
  const detail = connectionPath(id);
  const listHref = href(LIST_PATH);
  if (action === 'edit') {
    return (
      <EditConnectionPage
        id={id}
        listHref={listHref}
        detailHref={href(detail)}
        replaceHref={href(connectionPath(id, 'replace'))}
        onSaved={() => navigate(`${detail}?saved=1`)}
        onCancel={() => navigate(detail)}
      />
    );
  }
  if (action === 'replace') {
    return (
      <ReplaceConnectionPage
        id={id}
        listHref={listHref}
        detailHref={href(detail)}
        connectionHref={(other) => href(connectionPath(other))}
        onCancel={() => navigate(detail)}
        onDeletedOld={() => navigate(LIST_PATH)}
      />
    );
  }
  return (
    <ConnectionDetailPage
      id={id}
      listHref={listHref}
      editHref={href(connectionPath(id, 'edit'))}
      replaceHref={href(connectionPath(id, 'replace'))}
      saved={saved}
      onDeleted={() => navigate(LIST_PATH)}
    />
  );
}

function NotFound({ listHref }: { listHref: string }) {
  return (
    <Paper variant="outlined" sx={{ p: 4 }}>
      <Typography variant="h1" gutterBottom>
        Page not found
      </Typography>
      <Button href={listHref}>Go to auth connections</Button>
    </Paper>
  );
}
