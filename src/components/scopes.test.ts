import { addScopes, hasScopeSeparator, splitScopes } from './scopes.ts';

describe('splitScopes', () => {
  it.each([
    ['read', ['read']],
    ['a b,c', ['a', 'b', 'c']],
    ['  a,, b\n\tc , ', ['a', 'b', 'c']],
    [
      'https://www.googleapis.com/auth/drive openid',
      ['https://www.googleapis.com/auth/drive', 'openid'],
    ],
    ['', []],
    [' , ', []],
  ])('splits %j', (text, expected) => {
    expect(splitScopes(text)).toEqual(expected);
  });
});

describe('addScopes', () => {
  it('appends new scopes in order and ignores duplicates', () => {
    expect(addScopes(['a'], ['b', 'a', 'c', 'b'])).toEqual(['a', 'b', 'c']);
  });

  it('is case-sensitive, as scope tokens are', () => {
    expect(addScopes(['Read'], ['read'])).toEqual(['Read', 'read']);
  });

  it('does not change the array it was given', () => {
    const existing = ['a'];
    addScopes(existing, ['b']);
    expect(existing).toEqual(['a']);
  });
});

describe('hasScopeSeparator', () => {
  it('spots spaces, commas and line breaks', () => {
    expect(hasScopeSeparator('a b')).toBe(true);
    expect(hasScopeSeparator('a,b')).toBe(true);
    expect(hasScopeSeparator('a\nb')).toBe(true);
    expect(hasScopeSeparator('a:b')).toBe(false);
  });
});
