// Which lazy chunks a page address needs, so the page can ask for them from the start
// (<link rel="modulepreload">) instead of after its first script has run and the route has
// rendered: a deep link to /new?type=mtls used to wait for the entry to run, then fetch the
// create page's chunks (docs/decisions/0111). The map from address to module is the one in
// src/embed/routes.tsx; the files come from the build's manifest (vite.config.ts `manifest`).
import path from 'node:path';
import { buildOutputFile } from './build-output-file.ts';

interface ManifestEntry {
  file: string;
  isEntry?: boolean;
  imports?: string[];
}
type Manifest = Record<string, ManifestEntry>;

/** Every page asks the API first thing; answers are parsed with the contract's schemas. */
const ALWAYS = ['src/api/wire-module.ts'];

const ROUTES: { test: RegExp; modules: string[] }[] = [
  {
    test: /^\/new\/?$/,
    modules: ['src/features/auth-connections/create/create-connection-page.tsx'],
  },
  {
    test: /^\/connections\/[^/]+\/edit\/?$/,
    modules: ['src/features/auth-connections/edit/edit-connection-page.tsx'],
  },
  {
    test: /^\/connections\/[^/]+\/replace\/?$/,
    modules: ['src/features/auth-connections/replace/replace-connection-page.tsx'],
  },
  {
    test: /^\/connections\/[^/]+\/?$/,
    modules: ['src/features/auth-connections/detail/connection-detail-page.tsx'],
  },
];

function closure(manifest: Manifest, keys: string[]): Set<string> {
  const seen = new Set<string>();
  const stack = [...keys];
  while (stack.length > 0) {
    const key = stack.pop()!;
    if (seen.has(key) || !manifest[key]) continue;
    seen.add(key);
    stack.push(...(manifest[key].imports ?? []));
  }
  return seen;
}

/** `(pathname) => asset paths to preload`, or nothing when the build has no manifest. */
export function routePreloads(staticDir: string): (pathname: string) => string[] {
  const built = buildOutputFile(path.join(staticDir, '.vite', 'manifest.json'), (json) => {
    const manifest = json as Manifest;
    const entries = Object.keys(manifest).filter((k) => manifest[k]!.isEntry);
    return { manifest, initial: closure(manifest, entries) };
  });
  return (pathname) => {
    const loaded = built();
    if (!loaded) return [];
    const m = loaded.manifest;
    const route = ROUTES.find((r) => r.test.test(pathname));
    const wanted = closure(m, [...ALWAYS, ...(route?.modules ?? [])]);
    // What the entry imports statically is already in index.html.
    return [...wanted]
      .filter((key) => !loaded.initial.has(key) && m[key]!.file.endsWith('.js'))
      .map((key) => `/${m[key]!.file}`);
  };
}

/**
 * The <link> tags for `files`, put before </head>. On a prerendered page they carry
 * `afterPaintAttribute` instead of rel, as its own script links do: its gate script asks for them
 * once the picture has painted (docs/decisions/0134).
 */
export function withPreloads(
  html: string,
  files: readonly string[],
  afterPaintAttribute?: string,
): string {
  if (files.length === 0) return html;
  const kind = afterPaintAttribute
    ? `${afterPaintAttribute}="modulepreload"`
    : 'rel="modulepreload"';
  const links = files
    .map((f) => `<link ${kind} crossorigin href="${encodeURI(f)}">`)
    .join('\n    ');
  return html.replace('</head>', `    ${links}\n  </head>`);
}
