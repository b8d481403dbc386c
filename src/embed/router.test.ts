import { describe, expect, it } from 'vitest';
import { joinBase, normalizeBasePath, pathBelow } from './router.tsx';

describe('base paths', () => {
  it.each([
    ['/', ''],
    ['', ''],
    ['/settings/auth-connections/', '/settings/auth-connections'],
    ['settings/x', '/settings/x'],
  ])('normalizes %j to %j', (input, expected) => {
    expect(normalizeBasePath(input)).toBe(expected);
  });

  it.each([
    ['', '/', '/'],
    ['', '/new', '/new'],
    ['/settings/ac', '/settings/ac', '/'],
    ['/settings/ac', '/settings/ac/new', '/new'],
    ['/settings/ac', '/settings/ac/connections/a%2Fb', '/connections/a%2Fb'],
    ['/settings/ac', '/settings/acme', null],
    ['/settings/ac', '/settings/general', null],
  ])('under %j, %j is the component path %j', (base, pathname, expected) => {
    expect(pathBelow(base, pathname)).toBe(expected);
  });

  it.each([
    ['', '/', '/'],
    ['', '/?q=x', '/?q=x'],
    ['/settings/ac', '/', '/settings/ac'],
    ['/settings/ac', '/?q=x', '/settings/ac?q=x'],
    ['/settings/ac', '/new?type=mtls', '/settings/ac/new?type=mtls'],
  ])('under %j, the component path %j is the address %j', (base, to, expected) => {
    expect(joinBase(base, to)).toBe(expected);
  });
});
