// A deep link's first screen comes prerendered in the page (scripts/prerender.ts), so it paints
// before the scripts have loaded: each form's, and the list's loading screen (0135). It is a
// picture of the screen, not the screen: it sits in an `inert` element outside React's #root
// (nothing in it can be focused, clicked or typed into, so nothing typed is lost, and assistive
// technology skips it), and React's first commit removes it (main.tsx).
// docs/decisions/0127-prerendered-first-screen.md.
//
// The server can't know two things the screen depends on, so a script in <head> checks them
// before the body paints, and hides the picture when either differs from how it was made:
// - whether this tab holds an API key (sessionStorage, or the #key= fragment): without one the
//   app shows its connect screen instead;
// - the colour scheme: the picture is the light theme.
//
// The same script asks for the page's scripts, once the picture has painted. The page carries
// them as inert links (AFTER_PAINT_ATTRIBUTE, no rel): were they in <head> as usual, the browser
// would fetch them at once and compile them on its worker threads while the main thread lays
// out the picture, and on a two-core machine that first layout then took 80-350 ms instead of
// 30 (its synchronous font lookups wait while those threads compile). Asked for once the picture
// is on screen, it paints in 0.40-0.49x the time and the form takes input as soon as before
// (0.97-1.02x; docs/decisions/0134).
import { API_KEY_STORAGE_KEY } from '../app/api-key.ts';

/** The id of the inert element that holds the picture. */
export const PRERENDER_ID = 'prerendered-first-screen';

/** Set on <html> by the gate script when the picture must not show. */
export const PRERENDER_OFF_ATTRIBUTE = 'data-prerender-off';

/**
 * Marks the prerendered page's script links in place of their kind ("module" for the entry,
 * "modulepreload" for the chunks it needs): the browser ignores a link without rel, and the
 * gate script gives each its kind back once the picture is on screen.
 */
export const AFTER_PAINT_ATTRIBUTE = 'data-after-paint';

/**
 * How long after parsing the scripts are asked for if no frame has begun by then (a background
 * tab). Once a frame has begun, only the paint's entry loads them, however slow the machine.
 */
export const NO_FRAME_FALLBACK_MS = 1000;

/**
 * The gate's source, inlined in <head>. The CSP allows it by its hash (server/routes/static-ui.ts
 * reads the hash the build wrote), so script-src stays 'self' plus this one script; the scripts
 * it adds are the page's own, allowed by 'self'.
 * "Painted" is the first contentful paint's entry, which comes once the frame is on screen: the
 * main thread's paint is not enough, because rasterising the frame happens on the worker threads
 * the scripts' compiling would take (seen: painted at 193 ms, on screen at 1,266 ms).
 * Without the picture, or in a browser that reports no paint entries, nothing is worth waiting
 * for: the scripts are asked for once the page is parsed. A tab that is not shown runs no frame;
 * there they are asked for after a second. (Not on visibilityState: Lighthouse's tab reports
 * "hidden" and still paints every frame.)
 */
export const GATE_SCRIPT =
  `(function(){var d=document,s=!1;try{` +
  `var k=/(?:^#|&)key=[^&\\s]/.test(location.hash)||!!sessionStorage.getItem(${JSON.stringify(API_KEY_STORAGE_KEY)});` +
  `s=k&&!matchMedia('(prefers-color-scheme: dark)').matches}catch(e){}` +
  `if(!s)d.documentElement.setAttribute(${JSON.stringify(PRERENDER_OFF_ATTRIBUTE)},'');` +
  `var a=${JSON.stringify(AFTER_PAINT_ATTRIBUTE)},l=0;` +
  `function load(){if(l)return;l=1;var q=d.querySelectorAll('link['+a+']'),i,e;` +
  `for(i=0;i<q.length;i++)if(q[i].getAttribute(a)==='modulepreload')q[i].rel='modulepreload';` +
  `for(i=0;i<q.length;i++)if(q[i].getAttribute(a)==='module'){e=d.createElement('script');` +
  `e.type='module';e.crossOrigin='anonymous';e.src=q[i].href;d.head.appendChild(e)}}` +
  `d.addEventListener('DOMContentLoaded',function(){if(!s)return load();try{` +
  `if(PerformanceObserver.supportedEntryTypes.indexOf('paint')<0)return load();` +
  `var t=setTimeout(load,${NO_FRAME_FALLBACK_MS});requestAnimationFrame(function(){clearTimeout(t)});` +
  `new PerformanceObserver(function(r){` +
  `if(r.getEntriesByName('first-contentful-paint').length)load()}).observe({type:'paint',buffered:!0})` +
  `}catch(e){load()}})})()`;

/** Hides the picture when the gate says so. */
export const GATE_STYLE = `[${PRERENDER_OFF_ATTRIBUTE}] #${PRERENDER_ID}{display:none}`;
