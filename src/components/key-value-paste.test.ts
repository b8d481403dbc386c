import { isStructuredPaste, parseKeyValuePaste } from './key-value-paste.ts';

describe('parseKeyValuePaste', () => {
  it('reads a .env block with comments, export, quotes and blank lines', () => {
    const text = [
      '# API settings',
      'A=1',
      'export B="two words"',
      '',
      "C='single # not a comment'",
      'D=plain # trailing comment',
      'E="line\\nbreak \\"quoted\\""',
      'EMPTY=',
      '  F = spaced  ',
    ].join('\n');
    expect(parseKeyValuePaste(text)).toEqual({
      rows: [
        { key: 'A', value: '1' },
        { key: 'B', value: 'two words' },
        { key: 'C', value: 'single # not a comment' },
        { key: 'D', value: 'plain' },
        { key: 'E', value: 'line\nbreak "quoted"' },
        { key: 'EMPTY', value: '' },
        { key: 'F', value: 'spaced' },
      ],
      unparsed: [],
    });
  });

  it('reads the -H and --header flags of a curl command and ignores the rest', () => {
    const text = [
      'curl -X POST https://api.example.com/token \\',
      "  -H 'Authorization: Bearer abc:def' \\",
      '  -H "X-Quoted: say \\"hi\\"" \\',
      "  --header 'X-Long: yes' \\",
      '  --header="X-Eq: 1" -H Accept:application/json',
      "  -d 'a=b'",
    ].join('\n');
    expect(parseKeyValuePaste(text).rows).toEqual([
      { key: 'Authorization', value: 'Bearer abc:def' },
      { key: 'X-Quoted', value: 'say "hi"' },
      { key: 'X-Long', value: 'yes' },
      { key: 'X-Eq', value: '1' },
      { key: 'Accept', value: 'application/json' },
    ]);
  });

  it('reads plain "Name: value" header lines, splitting at the first colon', () => {
    expect(parseKeyValuePaste('X-Api-Version: 2024-01-01\r\nX-Time: 12:30\n').rows).toEqual([
      { key: 'X-Api-Version', value: '2024-01-01' },
      { key: 'X-Time', value: '12:30' },
    ]);
  });

  it('reports lines it does not understand', () => {
    expect(parseKeyValuePaste('A=1\nnot a pair\n')).toEqual({
      rows: [{ key: 'A', value: '1' }],
      unparsed: ['not a pair'],
    });
  });

  it('does not read a header line with "=" in its value as .env', () => {
    expect(parseKeyValuePaste('X-Filter: a=b').rows).toEqual([{ key: 'X-Filter', value: 'a=b' }]);
  });
});

describe('isStructuredPaste', () => {
  it.each([
    ['A=1', true],
    ['A=1\nB=2', true],
    ["-H 'X: y'", true],
    ['X-Header: value', true],
    ['Authorization', false],
    ['urn:ietf:params', false],
    ['just some words', false],
    ['two\nwords', false],
  ])('%j -> %s', (text, expected) => {
    expect(isStructuredPaste(text)).toBe(expected);
  });
});
