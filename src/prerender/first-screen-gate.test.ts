// The gate script decides, before the body paints, whether the prerendered picture of a form may
// show: only in a tab that holds a key, in the light scheme it was made in; and it asks for the
// page's scripts once the picture has painted. Run here as the page would run it, against
// stand-ins for the few browser objects it reads.
import { runInNewContext } from 'node:vm';
import { API_KEY_STORAGE_KEY } from '../app/api-key.ts';
import {
  AFTER_PAINT_ATTRIBUTE,
  GATE_SCRIPT,
  GATE_STYLE,
  NO_FRAME_FALLBACK_MS,
  PRERENDER_ID,
  PRERENDER_OFF_ATTRIBUTE,
} from './first-screen-gate.ts';

interface Tab {
  hash?: string;
  stored?: string | null;
  dark?: boolean;
  storageThrows?: boolean;
  /** The paint entry types the browser reports (Chromium, Firefox and Safari: 'paint'). */
  entryTypes?: string[];
}

interface FakeLink {
  rel: string;
  href: string;
  getAttribute(name: string): string | null;
}

/**
 * Runs the gate in `tab`, against stand-ins for the few browser objects it reads, in a page whose
 * head holds an entry script and two preloads marked to load after paint.
 */
function runGate({
  hash = '',
  stored = null,
  dark = false,
  storageThrows = false,
  entryTypes = ['paint', 'largest-contentful-paint'],
}: Tab) {
  const attributes = new Map<string, string>();
  const listeners = new Map<string, () => void>();
  const observers: ((list: { getEntriesByName(name: string): unknown[] }) => void)[] = [];
  const timers: { id: number; run: () => void; after: number }[] = [];
  const frames: (() => void)[] = [];
  const appended: { type: string; src: string; crossOrigin: string }[] = [];
  const link = (kind: string, href: string): FakeLink => ({
    rel: '',
    href,
    getAttribute: (name) => (name === AFTER_PAINT_ATTRIBUTE ? kind : null),
  });
  const links = [
    link('module', '/assets/index.js'),
    link('modulepreload', '/assets/a.js'),
    link('modulepreload', '/assets/b.js'),
  ];
  const document = {
    documentElement: { setAttribute: (k: string, v: string) => attributes.set(k, v) },
    addEventListener: (type: string, listener: () => void) => listeners.set(type, listener),
    querySelectorAll: (selector: string) =>
      selector === `link[${AFTER_PAINT_ATTRIBUTE}]` ? links : [],
    createElement: () => ({ type: '', src: '', crossOrigin: '' }),
    head: { appendChild: (e: (typeof appended)[number]) => appended.push(e) },
  };
  runInNewContext(GATE_SCRIPT, {
    document,
    location: { hash },
    sessionStorage: {
      getItem(key: string) {
        if (storageThrows) throw new Error('SecurityError: storage is disabled');
        return key === API_KEY_STORAGE_KEY ? stored : null;
      },
    },
    matchMedia: (query: string) => ({ matches: dark && query === '(prefers-color-scheme: dark)' }),
    PerformanceObserver: class {
      static supportedEntryTypes = entryTypes;
      constructor(callback: (typeof observers)[number]) {
        observers.push(callback);
      }
      observe(options: { type: string; buffered: boolean }) {
        expect(options).toEqual({ type: 'paint', buffered: true });
      }
    },
    setTimeout: (run: () => void, after: number) =>
      timers.push({ id: timers.length + 1, run, after }),
    clearTimeout: (id: number) =>
      timers.splice(0, timers.length, ...timers.filter((t) => t.id !== id)),
    requestAnimationFrame: (f: () => void) => frames.push(f),
  });
  const asked = () => ({
    preloads: links.filter((l) => l.rel === 'modulepreload').map((l) => l.href),
    scripts: appended.map((e) => `${e.type} ${e.src} ${e.crossOrigin}`),
  });
  return {
    turnedOff: attributes.has(PRERENDER_OFF_ATTRIBUTE),
    asked,
    parsed: () => listeners.get('DOMContentLoaded')?.(),
    /** The browser reports a paint of that name (its entry comes once the frame is on screen). */
    painted: (name: 'first-paint' | 'first-contentful-paint') =>
      observers.forEach((o) => o({ getEntriesByName: (n) => (n === name ? [{ name }] : []) })),
    /** A frame begins (the callbacks asked for run). */
    frame: () => frames.splice(0).forEach((f) => f()),
    /** Runs the timers due within `ms`. */
    wait: (ms: number) => {
      const due = timers.filter((t) => t.after <= ms);
      timers.splice(0, timers.length, ...timers.filter((t) => t.after > ms));
      due.forEach((t) => t.run());
    },
  };
}

const gateTurnsOff = (tab: Tab) => runGate(tab).turnedOff;

const NOTHING = { preloads: [], scripts: [] };
const EVERYTHING = {
  preloads: ['/assets/a.js', '/assets/b.js'],
  scripts: ['module /assets/index.js anonymous'],
};

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

  it("asks for the page's scripts only once the picture is on screen", () => {
    const gate = runGate({ hash: '#key=abc123' });
    expect(gate.asked()).toEqual(NOTHING); // in <head>: the links are not parsed yet
    gate.parsed();
    expect(gate.asked()).toEqual(NOTHING);
    gate.painted('first-paint'); // a background, not the picture yet
    expect(gate.asked()).toEqual(NOTHING);
    gate.painted('first-contentful-paint');
    expect(gate.asked()).toEqual(EVERYTHING);
    gate.wait(NO_FRAME_FALLBACK_MS);
    expect(gate.asked().scripts).toHaveLength(1); // asked for once
  });

  it('asks for them as soon as the page is parsed when no picture shows', () => {
    for (const tab of [{}, { hash: '#key=abc123', dark: true }]) {
      const gate = runGate(tab);
      gate.parsed();
      expect(gate.asked()).toEqual(EVERYTHING);
    }
  });

  it('waits for the paint however long it takes once a frame has begun (a slow machine)', () => {
    const gate = runGate({ hash: '#key=abc123' });
    gate.parsed();
    gate.frame();
    gate.wait(10 * NO_FRAME_FALLBACK_MS);
    expect(gate.asked()).toEqual(NOTHING);
    gate.painted('first-contentful-paint');
    expect(gate.asked()).toEqual(EVERYTHING);
  });

  it('does not wait in a browser that reports no paint entries', () => {
    const gate = runGate({ hash: '#key=abc123', entryTypes: ['resource'] });
    gate.parsed();
    expect(gate.asked()).toEqual(EVERYTHING);
  });

  it('asks for them after a second in a tab that runs no frame (a background tab)', () => {
    const gate = runGate({ hash: '#key=abc123' });
    gate.parsed();
    gate.wait(NO_FRAME_FALLBACK_MS - 1);
    expect(gate.asked()).toEqual(NOTHING);
    gate.wait(NO_FRAME_FALLBACK_MS);
    expect(gate.asked()).toEqual(EVERYTHING);
    gate.painted('first-contentful-paint'); // shown at last
    expect(gate.asked().scripts).toHaveLength(1);
  });

  it('hides the picture by the attribute it sets', () => {
    expect(GATE_STYLE).toContain(`[${PRERENDER_OFF_ATTRIBUTE}] #${PRERENDER_ID}{display:none}`);
  });
});
