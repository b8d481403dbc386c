// A deep link's first screen comes prerendered in the page (scripts/prerender.ts), so it paints
// before the scripts have loaded. It is a picture of the screen, not the screen: it sits in an
// `inert` element outside React's #root (nothing in it can be focused, clicked or typed into, so
// nothing typed is lost, and assistive technology skips it), and React's first commit removes it
// (main.tsx). docs/decisions/0127-prerendered-first-screen.md.
//
// The server can't know two things the screen depends on, so a script in <head> checks them
// before the body paints, and hides the picture when either differs from how it was made:
// - whether this tab holds an API key (sessionStorage, or the #key= fragment): without one the
//   app shows its connect screen instead;
// - the colour scheme: the picture is the light theme.
import { API_KEY_STORAGE_KEY } from '../app/api-key.ts';

/** The id of the inert element that holds the picture. */
export const PRERENDER_ID = 'prerendered-first-screen';

/** Set on <html> by the gate script when the picture must not show. */
export const PRERENDER_OFF_ATTRIBUTE = 'data-prerender-off';

/**
 * The gate's source, inlined in <head>. The CSP allows it by its hash (server/routes/static-ui.ts
 * reads the hash the build wrote), so script-src stays 'self' plus this one script.
 */
export const GATE_SCRIPT =
  `(function(){var d=document.documentElement;try{` +
  `var k=/(?:^#|&)key=[^&\\s]/.test(location.hash)||!!sessionStorage.getItem(${JSON.stringify(API_KEY_STORAGE_KEY)});` +
  `if(k&&!matchMedia('(prefers-color-scheme: dark)').matches)return}catch(e){}` +
  `d.setAttribute(${JSON.stringify(PRERENDER_OFF_ATTRIBUTE)},'')})()`;

/** Hides the picture when the gate says so. */
export const GATE_STYLE = `[${PRERENDER_OFF_ATTRIBUTE}] #${PRERENDER_ID}{display:none}`;
