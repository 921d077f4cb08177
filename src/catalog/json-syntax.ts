/**
 * Finds where JSON text stops being JSON, for a message with line and column. JSON.parse
 * says too little, and differently in each engine (V8 often gives no position at all), so
 * after it fails we scan the text ourselves. Runs only on text that already failed to parse.
 */
export interface JsonSyntaxError {
  line: number;
  column: number;
  /** "Expected ',' or '}' after a property value, found '\"'." */
  message: string;
}

/** A catalog nests about 8 deep; stopping far below the call-stack limit keeps the scan from overflowing. */
const MAX_DEPTH = 1000;

class Stop {
  constructor(
    readonly offset: number,
    readonly expected: string,
  ) {}
}

export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  const stop = (expected: string): never => {
    throw new Stop(i, expected);
  };
  const literal = (word: string) => {
    if (text.startsWith(word, i)) i += word.length;
    else stop('a value (text in double quotes, a number, true, false, null, an object or a list)');
  };
  const string = () => {
    i++; // opening quote
    for (;;) {
      if (i >= text.length) stop('a closing double quote');
      const ch = text[i];
      if (ch === '"') return void i++;
      if (ch === '\\') {
        const esc = text[i + 1];
        if (esc === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
        else if (esc !== undefined && '"\\/bfnrt'.includes(esc)) i += 2;
        else stop('a valid escape such as \\" or \\n');
      } else if (ch < ' ') {
        stop('no line breaks or control characters inside text (write \\n)');
      } else i++;
    }
  };
  const number = () => {
    const m = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(text.slice(i, i + 400));
    if (!m || m[0] === '-') stop('a number');
    i += m![0].length;
  };
  const value = (depth: number): void => {
    if (depth > MAX_DEPTH) stop(`nesting no deeper than ${MAX_DEPTH} levels`);
    ws();
    const ch = text[i];
    if (ch === '{') return members('}', depth, true);
    if (ch === '[') return members(']', depth, false);
    if (ch === '"') return string();
    if (ch === '-' || (ch >= '0' && ch <= '9')) return number();
    if (ch === 't') return literal('true');
    if (ch === 'f') return literal('false');
    if (ch === 'n') return literal('null');
    stop('a value (text in double quotes, a number, true, false, null, an object or a list)');
  };
  const members = (close: string, depth: number, isObject: boolean) => {
    i++;
    ws();
    if (text[i] === close) return void i++;
    for (;;) {
      if (isObject) {
        ws();
        if (text[i] !== '"') stop('a property name in double quotes');
        string();
        ws();
        if (text[i] !== ':') stop("':' after the property name");
        i++;
      }
      value(depth + 1);
      ws();
      if (text[i] === ',') {
        i++;
        ws();
        if (text[i] === close)
          stop(
            isObject
              ? 'another property after the comma (remove the trailing comma)'
              : 'another item after the comma (remove the trailing comma)',
          );
        continue;
      }
      if (text[i] === close) return void i++;
      stop(isObject ? "',' or '}' after a property value" : "',' or ']' after a list item");
    }
  };
  try {
    if (text.charCodeAt(0) === 0xfeff) i = 1;
    value(0);
    ws();
    if (i < text.length) stop('nothing after the end of the catalog');
    return undefined;
  } catch (e) {
    // Anything but our own Stop (there should be none) just means no position to offer.
    return e instanceof Stop ? locate(text, e) : undefined;
  }
}

function locate(text: string, e: Stop): JsonSyntaxError {
  let line = 1;
  let lineStart = 0;
  for (let k = 0; k < e.offset; k++) {
    if (text[k] === '\n') {
      line++;
      lineStart = k + 1;
    }
  }
  const found = e.offset >= text.length ? 'the end of the file' : JSON.stringify(text.slice(e.offset, e.offset + 12));
  return { line, column: e.offset - lineStart + 1, message: `Expected ${e.expected}, found ${found}.` };
}
