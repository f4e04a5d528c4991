/** Reading JSON text with errors a person can act on: where (line, column) and what. */
import type { Problem } from '@/lib/model';

/** JSON.parse that reports a syntax error as a problem with its line and column instead of throwing. */
export function readJson(text: string): { ok: true; data: unknown } | { ok: false; problems: Problem[] } {
  try {
    return { ok: true, data: JSON.parse(text) };
  } catch (error) {
    return { ok: false, problems: [{ path: '(file)', message: describeJsonError(text, error) }] };
  }
}

function describeJsonError(text: string, error: unknown): string {
  // Engines word this differently and do not always give a position, so the position is found here.
  const detail = (error instanceof Error ? error.message : String(error))
    .replace(/, \S*".*is not valid JSON$/s, '') // V8 quotes a snippet of the text; the line and column say more
    .replace(/ in JSON at position \d+.*$/s, '')
    .replace(/^JSON\.parse: /, '')
    .replace(/ at line \d+ column \d+ of the JSON data$/, '');
  const offset = syntaxErrorOffset(text);
  if (offset === undefined) return `Not valid JSON: ${detail}`;
  if (offset >= text.length) return `Not valid JSON: the file ends too early (is it cut off?): ${detail}`;
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `Not valid JSON at line ${line}, column ${column}: ${detail}`;
}

/** Offset of the first character that breaks the JSON grammar (RFC 8259), or undefined if none is found. */
export function syntaxErrorOffset(text: string): number | undefined {
  let i = 0;
  const fail = (): never => {
    throw new SyntaxAt(i);
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  const literal = (word: string) => {
    for (const ch of word) if (text[i++] !== ch) (i--, fail());
  };
  const string = () => {
    i++; // opening quote
    for (;;) {
      if (i >= text.length) fail();
      const ch = text[i];
      if (ch === '"') return void i++;
      if (ch < ' ') fail();
      if (ch === '\\') {
        i++;
        if (text[i] === 'u') {
          for (let k = 1; k <= 4; k++) if (!/[0-9a-fA-F]/.test(text[i + k] ?? '')) (i += k, fail());
          i += 5;
        } else if (text[i] !== undefined && '"\\/bfnrt'.includes(text[i])) i++;
        else fail();
      } else i++;
    }
  };
  const number = () => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m || m[0] === '-' || m[0] === '') fail();
    i += m![0].length;
  };
  const stack: ('{' | '[')[] = [];
  const value = () => {
    ws();
    const ch = text[i];
    if (ch === '{' || ch === '[') {
      stack.push(ch);
      i++;
      ws();
      if (text[i] === (ch === '{' ? '}' : ']')) {
        stack.pop();
        i++;
        return;
      }
      if (ch === '{') key();
      else value();
      return;
    }
    if (ch === '"') string();
    else if (ch === 't') literal('true');
    else if (ch === 'f') literal('false');
    else if (ch === 'n') literal('null');
    else if (ch === '-' || (ch >= '0' && ch <= '9')) number();
    else fail();
  };
  const key = () => {
    ws();
    if (text[i] !== '"') fail();
    string();
    ws();
    if (text[i] !== ':') fail();
    i++;
    value();
  };
  try {
    value();
    for (;;) {
      ws();
      const open = stack[stack.length - 1];
      if (!open) break;
      const close = open === '{' ? '}' : ']';
      if (text[i] === close) {
        stack.pop();
        i++;
      } else if (text[i] === ',') {
        i++;
        if (open === '{') key();
        else value();
      } else fail();
    }
    ws();
    if (i < text.length) fail();
    return undefined;
  } catch (error) {
    if (error instanceof SyntaxAt) return error.offset;
    if (error instanceof RangeError) return undefined; // nesting deeper than the call stack: no position, still an error message
    throw error;
  }
}

class SyntaxAt {
  constructor(readonly offset: number) {}
}
