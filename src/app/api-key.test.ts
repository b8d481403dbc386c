// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import {
  API_KEY_STORAGE_KEY,
  clearApiKey,
  readKeyFromFragment,
  storeApiKey,
  takeApiKey,
} from './api-key.ts';

afterEach(() => {
  sessionStorage.clear();
  localStorage.clear();
  window.history.replaceState(null, '', '/');
});

describe('readKeyFromFragment', () => {
  it.each([
    ['#key=abc', 'abc'],
    ['#foo=1&key=x%2By', 'x+y'],
    ['', null],
    ['#key=', null],
    ['#other=1', null],
  ])('%s -> %s', (hash, expected) => {
    expect(readKeyFromFragment(hash)).toBe(expected);
  });
});

describe('takeApiKey', () => {
  it('takes the key from the fragment, removes it from the URL and keeps it for the tab only', () => {
    window.history.replaceState(null, '', '/new?type=mtls#key=secret-key-1');
    expect(takeApiKey()).toBe('secret-key-1');
    expect(window.location.href).not.toContain('secret-key-1');
    expect(window.location.pathname + window.location.search).toBe('/new?type=mtls');
    expect(window.location.hash).toBe('');
    expect(sessionStorage.getItem(API_KEY_STORAGE_KEY)).toBe('secret-key-1');
    expect(localStorage.length).toBe(0);
  });

  it('keeps other fragment parameters', () => {
    window.history.replaceState(null, '', '/#tab=2&key=k');
    takeApiKey();
    expect(window.location.hash).toBe('#tab=2');
  });

  it('falls back to the key stored for this tab, so a reload keeps working', () => {
    storeApiKey('stored');
    expect(takeApiKey()).toBe('stored');
    clearApiKey();
    expect(takeApiKey()).toBeNull();
  });

  it('prefers a fresh key in the fragment over the stored one', () => {
    storeApiKey('old');
    window.history.replaceState(null, '', '/#key=new');
    expect(takeApiKey()).toBe('new');
    expect(sessionStorage.getItem(API_KEY_STORAGE_KEY)).toBe('new');
  });
});
