/**
 * Text as CSS: a quoted string for `content`, safe for any input. Only letters, digits, space and
 * a few harmless marks stay as they are; every other character (quotes, backslashes, line
 * breaks, `}` and `<`, control and non-ASCII characters) becomes a hex escape, so a title from a
 * data file can never end the string or the rule it sits in.
 */
export function cssString(text: string): string {
  let out = '"';
  for (const char of text) {
    out +=
      /^[\p{L}\p{N} .,:;!?()'&%+=@#/_–—-]$/u.test(char) && char.charCodeAt(0) >= 0x20 && !/[\p{Cc}\p{Cf}]/u.test(char)
        ? char
        : `\\${char.codePointAt(0)!.toString(16)} `;
  }
  return `${out}"`;
}

/**
 * A message template with `{page}` and `{pages}` ("Pagina {page} van {pages}") as the value of
 * `content` in a page-margin box: the text in quotes, the placeholders as the page counters.
 * Other placeholders are filled from `values`.
 */
export function cssPageContent(template: string, values: Readonly<Record<string, string>> = {}): string {
  const parts: string[] = [];
  let text = '';
  for (const piece of template.split(/(\{\w+\})/)) {
    const name = /^\{(\w+)\}$/.exec(piece)?.[1];
    if (name === 'page' || name === 'pages') {
      if (text) parts.push(cssString(text));
      parts.push(`counter(${name})`);
      text = '';
    } else text += name && name in values ? values[name] : piece;
  }
  if (text) parts.push(cssString(text));
  return parts.length ? parts.join(' ') : '""';
}
