// The gate script decides, before the body paints, whether the prerendered picture of a form may
// show: only in a tab that holds a key, in the light scheme it was made in. Run here as the page
// would run it, against stand-ins for the few browser objects it reads.
import { runInNewContext } from 'node:vm';
import { API_KEY_STORAGE_KEY } from '../app/api-key.ts';
import {
  GATE_SCRIPT,
  GATE_STYLE,
  PRERENDER_ID,
  PRERENDER_OFF_ATTRIBUTE,
} from './first-screen-gate.ts';

interface Tab {
  hash?: string;
  stored?: string | null;
  dark?: boolean;
  storageThrows?: boolean;
}

/** Runs the gate in `tab`; true when it turned the picture off. */
function gateTurnsOff({ hash = '', stored = null, dark = false, storageThrows = false }: Tab) {
  const attributes = new Map<string, string>();
  runInNewContext(GATE_SCRIPT, {
    document: { documentElement: { setAttribute: (k: string, v: string) => attributes.set(k, v) } },
    location: { hash },
    sessionStorage: {
      getItem(key: string) {
        if (storageThrows) throw new Error('SecurityError: storage is disabled');
        return key === API_KEY_STORAGE_KEY ? stored : null;
      },
    },
    matchMedia: (query: string) => ({ matches: dark && query === '(prefers-color-scheme: dark)' }),
  });
  return attributes.has(PRERENDER_OFF_ATTRIBUTE);
}

describe('the gate of the prerendered first screen', () => {
  it('lets the picture show in a light tab that holds a key, in the fragment or stored', () => {
    expect(gateTurnsOff({ hash: '#key=abc123' })).toBe(false);
    expect(gateTurnsOff({ hash: '#theme=1&key=abc123' })).toBe(false);
    expect(gateTurnsOff({ stored: 'abc123' })).toBe(false);
  });

  it('turns it off in a tab without a key, where the app shows its connect screen', () => {
    expect(gateTurnsOff({})).toBe(true);
    expect(gateTurnsOff({ hash: '#key=' })).toBe(true);
    expect(gateTurnsOff({ hash: '#monkey=abc123' })).toBe(true);
    expect(gateTurnsOff({ stored: '' })).toBe(true);
    expect(gateTurnsOff({ storageThrows: true })).toBe(true);
  });

  it('turns it off in the dark scheme: the picture is the light theme', () => {
    expect(gateTurnsOff({ hash: '#key=abc123', dark: true })).toBe(true);
    expect(gateTurnsOff({ stored: 'abc123', dark: true })).toBe(true);
  });

  it('hides the picture by the attribute it sets', () => {
    expect(GATE_STYLE).toContain(`[${PRERENDER_OFF_ATTRIBUTE}] #${PRERENDER_ID}{display:none}`);
  });
});
