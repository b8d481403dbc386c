// The copies of index.html with a form's first screen prerendered into them, written by the
// build (scripts/prerender.ts) under STATIC_DIR/.prerender/, listed in its pages.json. Read again
// whenever the build changes it (build-output-file.ts). docs/decisions/0127.
import path from 'node:path';
import { buildOutputFile } from './build-output-file.ts';

interface PrerenderIndex {
  scriptHash: string;
  newByType: Record<string, string>;
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

/** `(pathname, type) => the prerendered copy for that address`, if the build wrote one. */
export function prerenderedPages(
  staticDir: string,
): (pathname: string, type: string | undefined) => PrerenderedCopy | undefined {
  const index = buildOutputFile(path.join(staticDir, INDEX), (json) => json as PrerenderIndex);
  return (pathname, type) => {
    if (!/^\/new\/?$/.test(pathname) || !type) return undefined;
    const pages = index();
    const name = pages && Object.hasOwn(pages.newByType, type) ? pages.newByType[type] : undefined;
    if (!pages || !name || !SAFE_FILE.test(name)) return undefined;
    return {
      file: path.join(staticDir, '.prerender', name),
      scriptHash: pages.scriptHash,
      afterPaintAttribute: pages.afterPaintAttribute,
    };
  };
}
