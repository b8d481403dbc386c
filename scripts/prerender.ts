// Vite plugin: once the build is written, renders the first screen of each form's deep link
// (/new?type=<type>) and of the list (`/`, while its data loads) to HTML and writes it, with its
// styles, into a copy of index.html under .prerender/ (a dot folder: the server never serves it
// as a file). The server sends that copy for the address, so the screen paints from the HTML
// alone instead of after the scripts have loaded and run. docs/decisions/0127, 0135.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createServer, type Plugin } from 'vite';
import { CREATE_AUTH_TYPES } from '../contract/enums.ts';
import {
  AFTER_PAINT_ATTRIBUTE,
  GATE_SCRIPT,
  GATE_STYLE,
  PRERENDER_ID,
} from '../src/prerender/first-screen-gate.ts';
import type { RenderedScreen } from './prerender-entry.tsx';

export const PRERENDER_DIR = '.prerender';
export const PRERENDER_INDEX = 'pages.json';

/**
 * What the server reads: the gate script's CSP hash, the page written for each type, and the
 * attribute its preload links carry instead of rel (the gate gives them their rel back).
 */
export interface PrerenderIndex {
  scriptHash: string;
  newByType: Record<string, string>;
  /** The list's address (`/` with no query): its header, title and loading rows. */
  list: string;
  afterPaintAttribute: string;
}

/** A placeholder key: the app renders its connected screens only when it holds one. */
const PLACEHOLDER_KEY = 'prerender-placeholder-key';

/**
 * The `window` the app reads while it renders: an address, and a tab that holds a key. No
 * `document`, so Emotion and React DOM still take their server paths; no `matchMedia`, so the
 * colour scheme is light (the gate hides the picture for dark).
 */
function standInWindow(address: URL) {
  return {
    location: address,
    history: { state: null, replaceState() {}, pushState() {} },
    sessionStorage: {
      getItem: () => PLACEHOLDER_KEY,
      setItem() {},
      removeItem() {},
    },
    addEventListener() {},
    removeEventListener() {},
    dispatchEvent: () => true,
  };
}

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', '#x27': "'", lt: '<', gt: '>' };

/**
 * The CSP allows no style attributes, so each one React wrote (`style={...}` props) becomes a
 * data attribute matched by a rule in the page's nonce'd <style>, important as an inline style
 * would be.
 */
export function styleAttributesToRules(html: string): { html: string; rules: string } {
  const ids = new Map<string, number>();
  const out = html.replace(/ style="([^"]*)"/g, (_, value: string) => {
    const css = value.replace(/&(amp|quot|#x27|lt|gt);/g, (__, e: string) => ENTITIES[e]!);
    if (!ids.has(css)) ids.set(css, ids.size);
    return ` data-prerender-style="${ids.get(css)}"`;
  });
  const rules = [...ids]
    .map(([css, id]) => {
      const declarations = css
        .split(';')
        .filter((d) => d.trim())
        .map((d) => `${d} !important`)
        .join(';');
      return `#${PRERENDER_ID} [data-prerender-style="${id}"]{${declarations}}`;
    })
    .join('');
  return { html: out, rules };
}

/**
 * The template's entry script and module preloads, as links that fetch nothing until the gate
 * script turns them back, once the picture is on screen (first-screen-gate.ts, 0134).
 */
export function scriptsAfterPaint(template: string): string {
  const entry = /<script type="module" crossorigin src="([^"]+)"><\/script>/;
  if (!entry.test(template)) throw new Error('prerender: index.html has no module entry script');
  return template
    .replace(entry, `<link ${AFTER_PAINT_ATTRIBUTE}="module" crossorigin href="$1">`)
    .replaceAll(
      '<link rel="modulepreload" crossorigin',
      `<link ${AFTER_PAINT_ATTRIBUTE}="modulepreload" crossorigin`,
    );
}

export function pageWith(template: string, screen: RenderedScreen): string {
  const { html, rules } = styleAttributesToRules(screen.html);
  const head =
    `<style nonce="__CSP_NONCE__">${GATE_STYLE}${rules}</style>` +
    `<script>${GATE_SCRIPT}</script>${screen.styleTags}`;
  const body = `<div id="${PRERENDER_ID}" inert>${html}</div><div id="root"></div>`;
  if (!template.includes('<div id="root"></div>') || !template.includes('</head>'))
    throw new Error('prerender: index.html has no <div id="root"></div> or </head>');
  return scriptsAfterPaint(template)
    .replace('</head>', `${head}</head>`)
    .replace('<div id="root"></div>', body);
}

export async function prerenderPages(root: string, outDir: string): Promise<PrerenderIndex> {
  const template = await readFile(path.join(outDir, 'index.html'), 'utf8');
  const dir = path.join(outDir, PRERENDER_DIR);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const previous = { window: globalThis.window, env: process.env.NODE_ENV };
  process.env.NODE_ENV = 'production';
  const vite = await createServer({
    root,
    mode: 'production',
    logLevel: 'warn',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
  });
  const index: PrerenderIndex = {
    scriptHash: `sha256-${createHash('sha256').update(GATE_SCRIPT).digest('base64')}`,
    newByType: Object.fromEntries(CREATE_AUTH_TYPES.map((type) => [type, `new.${type}.html`])),
    // The list shows stored data the build cannot know, so its picture is what the app shows
    // while that data loads: the header, the title and the loading rows.
    list: 'list.html',
    afterPaintAttribute: AFTER_PAINT_ATTRIBUTE,
  };
  const pages: [string, string][] = [
    ['/', index.list],
    ...CREATE_AUTH_TYPES.map((type): [string, string] => [
      `/new?type=${type}`,
      index.newByType[type]!,
    ]),
  ];
  try {
    for (const [at, file] of pages) {
      const address = new URL(at, 'http://prerender.invalid');
      (globalThis as { window?: unknown }).window = standInWindow(address);
      const { renderFirstScreen } = (await vite.ssrLoadModule(
        '/scripts/prerender-entry.tsx',
      )) as typeof import('./prerender-entry.tsx');
      const screen = await renderFirstScreen(address.pathname);
      if (screen.html.includes(PLACEHOLDER_KEY))
        throw new Error('prerender: the placeholder key was rendered into the page');
      await writeFile(path.join(dir, file), pageWith(template, screen));
    }
  } finally {
    await vite.close();
    (globalThis as { window?: unknown }).window = previous.window;
    process.env.NODE_ENV = previous.env;
  }
  await writeFile(path.join(dir, PRERENDER_INDEX), JSON.stringify(index, null, 2));
  return index;
}

export function prerender(): Plugin {
  let root = '';
  let outDir = '';
  return {
    name: 'prerender-first-screens',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      await prerenderPages(root, outDir);
    },
  };
}
