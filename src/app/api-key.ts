// The standalone app's API key. `npm start` prints http://127.0.0.1:PORT/#key=...: a fragment is
// never sent to a server, not even in a Referer. The key moves from the fragment to
// sessionStorage (this tab only, gone when it closes) and the fragment is wiped from the address
// bar and history. Never localStorage, never a query string. See docs/decisions/0002.

export const API_KEY_STORAGE_KEY = 'auth-connections.api-key';

/** Reads `key` from a fragment like `#key=abc` or `#foo=1&key=abc`. */
export function readKeyFromFragment(hash: string): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const key = params.get('key')?.trim();
  return key ? key : null;
}

function fragmentWithoutKey(hash: string): string {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  params.delete('key');
  const rest = params.toString();
  return rest ? `#${rest}` : '';
}

function session(win: Window): Storage | null {
  try {
    return win.sessionStorage;
  } catch {
    return null; // storage disabled: the key then lives in memory for this page only
  }
}

export function storeApiKey(key: string, win: Window = window): void {
  try {
    session(win)?.setItem(API_KEY_STORAGE_KEY, key);
  } catch {
    // quota or privacy mode: keep working with the in-memory key
  }
}

export function clearApiKey(win: Window = window): void {
  try {
    session(win)?.removeItem(API_KEY_STORAGE_KEY);
  } catch {
    // nothing stored
  }
}

/**
 * The key for this tab: taken from the fragment if present (which is then removed from the URL
 * with replaceState, so it is not left in history), else the one stored for this tab earlier.
 */
export function takeApiKey(win: Window = window): string | null {
  const { hash, pathname, search } = win.location;
  const fromFragment = readKeyFromFragment(hash);
  if (fromFragment) {
    storeApiKey(fromFragment, win);
    win.history.replaceState(win.history.state, '', pathname + search + fragmentWithoutKey(hash));
    return fromFragment;
  }
  try {
    return session(win)?.getItem(API_KEY_STORAGE_KEY) || null;
  } catch {
    return null;
  }
}
