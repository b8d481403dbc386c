// The copies of index.html with a first screen prerendered into them (each form's, and the
// list's while it loads), written by the build (scripts/prerender.ts) under
// STATIC_DIR/.prerender/, listed in its pages.json. Read again whenever the build changes it
// (build-output-file.ts). docs/decisions/0127, 0135.
import path from 'node:path';
import { buildOutputFile } from './build-output-file.ts';

interface PrerenderIndex {
  scriptHash: string;
  newByType: Record<string, string>;
  list?: string;
  afterPaintAttribute?: string;
}

export interface PrerenderedCopy {
  /** The page to send instead of index.html. */
  file: string;
  /** Its gate script's hash, for the page's CSP. */
  scriptHash: string;
  /**
   * The attribute its preload links carry instead of rel: its gate script asks for the page's
   * scripts once the picture has painted (src/prerender/first-screen-gate.ts, 0134).
   */
  afterPaintAttribute?: string;
}

const INDEX = path.join('.prerender', 'pages.json');
const SAFE_FILE = /^[\w.-]+\.html$/;

/** The page written for an address, if any: `/new?type=<type>`, or `/` with no query. */
function pageFor(pages: PrerenderIndex, pathname: string, query: URLSearchParams) {
  const type = query.get('type');
  if (/^\/new\/?$/.test(pathname) && type && Object.hasOwn(pages.newByType, type))
    return pages.newByType[type];
  // The list's picture was made at its plain address; one with a query (a search, filters, a
  // sort, a page) is not checked against it, so it gets the plain page.
  if ((pathname === '/' || pathname === '/index.html') && query.size === 0) return pages.list;
  return undefined;
}

/** `(pathname, query) => the prerendered copy for that address`, if the build wrote one. */
export function prerenderedPages(
  staticDir: string,
): (pathname: string, query: URLSearchParams) => PrerenderedCopy | undefined {
  const index = buildOutputFile(path.join(staticDir, INDEX), (json) => json as PrerenderIndex);
  return (pathname, query) => {
    const pages = index();
    const name = pages && pageFor(pages, pathname, query);
    if (!pages || !name || !SAFE_FILE.test(name)) return undefined;
    return {
      file: path.join(staticDir, '.prerender', name),
      scriptHash: pages.scriptHash,
      afterPaintAttribute: pages.afterPaintAttribute,
    };
  };
}
