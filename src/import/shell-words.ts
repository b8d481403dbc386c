// Splits a command line into words the way a POSIX shell would for the forms curl examples use:
// 'single', "double" (with \" \\ \$ \` escapes), $'ANSI-C' (browsers' "Copy as cURL"), bare
// words with backslash escapes, and backslash-newline continuations. No expansion happens.

export type ShellWords = { ok: true; words: string[] } | { ok: false };

const ANSI_ESCAPES: Record<string, string> = {
  n: '\n',
  r: '\r',
  t: '\t',
  '\\': '\\',
  "'": "'",
  '"': '"',
  '0': '\0',
};

export function shellWords(input: string): ShellWords {
  const text = input.replace(/\\\r?\n/g, ' ');
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (/\s/.test(c)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
      i++;
    } else if (c === "'") {
      const end = text.indexOf("'", i + 1);
      if (end < 0) return { ok: false };
      word += text.slice(i + 1, end);
      inWord = true;
      i = end + 1;
    } else if (c === '$' && text[i + 1] === "'") {
      i += 2;
      inWord = true;
      for (;;) {
        if (i >= text.length) return { ok: false };
        const d = text[i]!;
        if (d === "'") break;
        if (d === '\\' && i + 1 < text.length) {
          const e = text[i + 1]!;
          if (e === 'x' || e === 'u') {
            const hex = /^[0-9a-fA-F]+/.exec(text.slice(i + 2, i + (e === 'x' ? 4 : 6)));
            if (hex) {
              word += String.fromCharCode(parseInt(hex[0], 16));
              i += 2 + hex[0].length;
              continue;
            }
          }
          word += ANSI_ESCAPES[e] ?? e;
          i += 2;
        } else {
          word += d;
          i++;
        }
      }
      i++;
    } else if (c === '"') {
      i++;
      inWord = true;
      for (;;) {
        if (i >= text.length) return { ok: false };
        const d = text[i]!;
        if (d === '"') break;
        if (d === '\\' && /["\\$`]/.test(text[i + 1] ?? '')) {
          word += text[i + 1];
          i += 2;
        } else {
          word += d;
          i++;
        }
      }
      i++;
    } else if (c === '\\' && i + 1 < text.length) {
      word += text[i + 1];
      inWord = true;
      i += 2;
    } else {
      word += c;
      inWord = true;
      i++;
    }
  }
  if (inWord) words.push(word);
  return { ok: true, words };
}
