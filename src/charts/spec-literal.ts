/**
 * Reads the spec of a free chart as planners write it in MDX (`spec={{ mark: "bar", encoding: { … } }}`) without
 * running any code: object literals with bare or quoted keys, strings in "…", '…' or `…` (without ${…}), numbers,
 * true, false, null, arrays and trailing commas. Anything else (a variable, a function call) gives `undefined`:
 * such a spec is checked when its page is built.
 */
class NotLiteral extends Error {}

export function readLiteralAt(src: string, start: number): unknown {
  let i = start;
  const fail = (): never => {
    throw new NotLiteral();
  };
  const space = () => {
    while (i < src.length && /\s/.test(src[i]!)) i++;
  };
  const string = (): string => {
    const quote = src[i]!;
    let out = '';
    for (i++; i < src.length; i++) {
      const c = src[i]!;
      if (c === quote) {
        i++;
        return out;
      }
      if (quote === '`' && c === '$' && src[i + 1] === '{') fail();
      if (c === '\\') {
        const n = src[++i];
        const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', '0': '\0' };
        if (n === 'u' && /^[0-9a-fA-F]{4}$/.test(src.slice(i + 1, i + 5))) {
          out += String.fromCharCode(parseInt(src.slice(i + 1, i + 5), 16));
          i += 4;
        } else out += n === undefined ? fail() : (simple[n] ?? n);
      } else out += c;
    }
    return fail();
  };
  const value = (): unknown => {
    space();
    const c = src[i];
    if (c === '{') {
      i++;
      const obj: Record<string, unknown> = {};
      for (;;) {
        space();
        if (src[i] === '}') {
          i++;
          return obj;
        }
        let key: string;
        if (src[i] === '"' || src[i] === "'") key = string();
        else {
          const m = /^[A-Za-z_$][\w$]*|^\d+/.exec(src.slice(i, i + 200));
          if (!m) return fail();
          key = m[0];
          i += key.length;
        }
        space();
        if (src[i++] !== ':') fail();
        obj[key] = value();
        space();
        if (src[i] === ',') i++;
        else if (src[i] !== '}') fail();
      }
    }
    if (c === '[') {
      i++;
      const arr: unknown[] = [];
      for (;;) {
        space();
        if (src[i] === ']') {
          i++;
          return arr;
        }
        arr.push(value());
        space();
        if (src[i] === ',') i++;
        else if (src[i] !== ']') fail();
      }
    }
    if (c === '"' || c === "'" || c === '`') return string();
    const num = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/.exec(src.slice(i, i + 50));
    if (num) {
      i += num[0].length;
      return Number(num[0]);
    }
    for (const [word, v] of [['true', true], ['false', false], ['null', null]] as const) {
      if (src.startsWith(word, i) && !/[\w$]/.test(src[i + word.length] ?? '')) {
        i += word.length;
        return v;
      }
    }
    return fail();
  };
  try {
    return value();
  } catch (e) {
    if (e instanceof NotLiteral) return undefined;
    throw e;
  }
}
