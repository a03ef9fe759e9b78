/**
 * Where a JSON path (`$.items[3].quantity[1]`, `$.scenarios[0].values['uren-2a']`) points in a
 * JSON text: the 1-based line and column of the value (or, for a missing key, of the object
 * that lacks it). Lets errors in a model file name the line and column a policy advisor sees in
 * an editor. Returns undefined when the text is not valid JSON or the path cannot be followed.
 */
export function locateJsonPath(text: string, path: string): { line: number; column: number } | undefined {
  const steps = parsePath(path);
  if (!steps) return undefined;
  let i = 0;
  const n = text.length;
  const ws = () => {
    while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r' || text[i] === '\uFEFF')) i++;
  };
  const skipString = (): string | undefined => {
    if (text[i] !== '"') return undefined;
    let out = '';
    i++;
    while (i < n && text[i] !== '"') {
      if (text[i] === '\\') {
        const next = text[i + 1];
        if (next === 'u') {
          out += String.fromCharCode(Number.parseInt(text.slice(i + 2, i + 6), 16));
          i += 6;
          continue;
        }
        out += next === 'n' ? '\n' : next === 't' ? '\t' : next === 'r' ? '\r' : next === 'b' ? '\b' : next === 'f' ? '\f' : (next ?? '');
        i += 2;
        continue;
      }
      out += text[i++];
    }
    i++;
    return out;
  };
  const skipValue = (): boolean => {
    ws();
    const c = text[i];
    if (c === '"') return skipString() !== undefined;
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i++;
      ws();
      if (text[i] === close) {
        i++;
        return true;
      }
      for (;;) {
        ws();
        if (c === '{') {
          if (skipString() === undefined) return false;
          ws();
          if (text[i++] !== ':') return false;
        }
        if (!skipValue()) return false;
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === close) {
          i++;
          return true;
        } else return false;
      }
    }
    const start = i;
    while (i < n && !/[\s,\]}]/.test(text[i]!)) i++;
    return i > start;
  };
  const position = (offset: number) => {
    let line = 1;
    let last = -1;
    for (let k = 0; k < offset; k++) if (text[k] === '\n') {
      line++;
      last = k;
    }
    return { line, column: offset - last };
  };

  ws();
  for (const step of steps) {
    ws();
    const container = i;
    if (typeof step === 'number') {
      if (text[i] !== '[') return undefined;
      i++;
      for (let k = 0; ; k++) {
        ws();
        if (text[i] === ']') return position(container);
        if (k === step) break;
        if (!skipValue()) return undefined;
        ws();
        if (text[i] === ',') i++;
      }
    } else {
      if (text[i] !== '{') return undefined;
      i++;
      let found = false;
      for (;;) {
        ws();
        if (text[i] === '}') break;
        const key = skipString();
        if (key === undefined) return undefined;
        ws();
        if (text[i++] !== ':') return undefined;
        ws();
        if (key === step) {
          found = true;
          break;
        }
        if (!skipValue()) return undefined;
        ws();
        if (text[i] === ',') i++;
      }
      if (!found) return position(container);
    }
  }
  ws();
  return position(i);
}

/** `$.a[2]['b-c'].d` → ['a', 2, 'b-c', 'd']; undefined for anything else. */
function parsePath(path: string): (string | number)[] | undefined {
  if (!path.startsWith('$')) return undefined;
  const steps: (string | number)[] = [];
  const re = /\.([A-Za-z_$][\w$]*)|\[(\d+)\]|\['((?:[^'\\]|\\.)*)'\]|\["((?:[^"\\]|\\.)*)"\]/y;
  let k = 1;
  while (k < path.length) {
    re.lastIndex = k;
    const m = re.exec(path);
    if (!m) return undefined;
    steps.push(m[1] ?? (m[2] !== undefined ? Number(m[2]) : (m[3] ?? m[4])!.replace(/\\(.)/g, '$1')));
    k = re.lastIndex;
  }
  return steps;
}
