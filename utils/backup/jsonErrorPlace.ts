/**
 * Where a text stops being JSON, as line and column (1-based). JSON.parse's own messages
 * differ between browsers and often leave the place out, so a patient told "not JSON" could
 * not find the spot; this small scanner follows RFC 8259 and stops at the first wrong
 * character. Only called once JSON.parse has failed.
 */
export function jsonErrorPlace(text: string): { line: number; column: number } {
  const offset = jsonErrorOffset(text);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}

const LITERAL = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;
// eslint-disable-next-line no-control-regex
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;

function jsonErrorOffset(text: string): number {
  let i = 0;
  const fail = (): never => {
    throw i;
  };
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const match = (pattern: RegExp) => {
    pattern.lastIndex = i;
    const found = pattern.exec(text);
    if (!found) fail();
    i += found![0].length;
  };
  const list = (close: string, item: () => void) => {
    i++;
    space();
    if (text[i] === close) return void i++;
    for (;;) {
      item();
      space();
      if (text[i] === close) return void i++;
      if (text[i] !== ',') fail();
      i++;
    }
  };
  const value = (): void => {
    space();
    if (text[i] === '{') {
      list('}', () => {
        space();
        if (text[i] !== '"') fail();
        match(STRING);
        space();
        if (text[i] !== ':') fail();
        i++;
        value();
      });
    } else if (text[i] === '[') list(']', value);
    else if (text[i] === '"') match(STRING);
    else match(LITERAL);
  };
  try {
    value();
    space();
    if (i < text.length) fail();
    // JSON.parse refused what this scanner accepts (it should not happen): point at the end.
    return text.length;
  } catch (place) {
    // A RangeError is nesting too deep for the stack: point where the scan had got to.
    return typeof place === 'number' ? place : i;
  }
}
