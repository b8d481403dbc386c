// How a rendered first screen is put into the page (the rendering itself runs in every build,
// and the e2e suite checks its result in the browser: e2e/prerendered-first-screen.spec.ts).
import {
  AFTER_PAINT_ATTRIBUTE,
  GATE_SCRIPT,
  PRERENDER_ID,
} from '../src/prerender/first-screen-gate.ts';
import { pageWith, scriptsAfterPaint, styleAttributesToRules } from './prerender.ts';

// As Vite writes it: the entry script and its static imports' preloads in <head>.
const template =
  '<!doctype html><html><head><meta name="csp-nonce" content="__CSP_NONCE__" />' +
  '<script type="module" crossorigin src="/assets/index.js"></script>' +
  '<link rel="modulepreload" crossorigin href="/assets/a.js">' +
  '<link rel="modulepreload" crossorigin href="/assets/b.js">' +
  '</head><body><div id="root"></div></body></html>';

describe('the prerendered page', () => {
  it('puts the screen in an inert element before #root, its styles and the gate in <head>', () => {
    const page = pageWith(template, {
      html: '<main><input name="name" value=""/></main>',
      styleTags: '<style data-emotion="ac x1" nonce="__CSP_NONCE__">.ac-x1{color:red}</style>',
    });
    const head = page.slice(0, page.indexOf('</head>'));
    expect(head).toContain(`<script>${GATE_SCRIPT}</script>`);
    expect(head).toContain('<style data-emotion="ac x1" nonce="__CSP_NONCE__">');
    expect(head).toMatch(/<style nonce="__CSP_NONCE__">[^<]*display:none/);
    expect(page).toContain(
      `<div id="${PRERENDER_ID}" inert><main><input name="name" value=""/></main></div><div id="root"></div>`,
    );
  });

  it('carries its scripts as links that fetch nothing until the gate turns them back', () => {
    const page = pageWith(template, { html: '<main></main>', styleTags: '' });
    expect(page).not.toMatch(/<script type="module"|rel="modulepreload"/);
    expect(page).toContain(
      `<link ${AFTER_PAINT_ATTRIBUTE}="module" crossorigin href="/assets/index.js">` +
        `<link ${AFTER_PAINT_ATTRIBUTE}="modulepreload" crossorigin href="/assets/a.js">` +
        `<link ${AFTER_PAINT_ATTRIBUTE}="modulepreload" crossorigin href="/assets/b.js">`,
    );
    // The gate comes after them in <head>, and runs their loading from DOMContentLoaded.
    expect(page.indexOf(GATE_SCRIPT)).toBeGreaterThan(page.indexOf('/assets/b.js'));
  });

  it('refuses a template whose entry script it does not find', () => {
    expect(() => scriptsAfterPaint('<html><head></head><body></body></html>')).toThrow(
      /no module entry script/,
    );
  });

  it('refuses a template it cannot place the screen in', () => {
    expect(() => pageWith('<html><body></body></html>', { html: '', styleTags: '' })).toThrow(
      /no <div id="root"><\/div>/,
    );
  });

  it('turns style attributes, which the CSP refuses, into rules as strong as they were', () => {
    const { html, rules } = styleAttributesToRules(
      '<header style="--Paper-shadow:none"></header><p style="font-family:&quot;A B&quot;;min-height:4lh"></p><i style="--Paper-shadow:none"></i>',
    );
    expect(html).toBe(
      '<header data-prerender-style="0"></header><p data-prerender-style="1"></p><i data-prerender-style="0"></i>',
    );
    expect(rules).toBe(
      `#${PRERENDER_ID} [data-prerender-style="0"]{--Paper-shadow:none !important}` +
        `#${PRERENDER_ID} [data-prerender-style="1"]{font-family:"A B" !important;min-height:4lh !important}`,
    );
  });
});
