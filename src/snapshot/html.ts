import { sha256Base64 } from './sha256.js';

/** The stamp every snapshot shows: when it was made, from which files, with which version. */
export interface SnapshotStamp {
  /** When the snapshot was made, as shown (e.g. "3 december 2026, 14:05"). */
  made: string;
  /** The files it was made from, with their SHA-256 (hex). */
  files: ReadonlyArray<{ name: string; sha256: string }>;
  /** The version of mbc-dashboard. */
  version: string;
}

export interface SnapshotParts {
  /** The single-file build of the dashboard (`dist/cdn/snapshot/mbc-dashboard.snapshot.js`). */
  script: string;
  /** The packed data (see `packSnapshotData`). */
  data: string;
  title: string;
  lang: 'nl' | 'en';
  stamp: SnapshotStamp;
}

const TEXT = {
  nl: {
    made: 'Momentopname gemaakt op {made} met mbc-dashboard {version}, uit:',
    note: 'Dit bestand bevat alleen geaggregeerde en afgeschermde cijfers. Het werkt zonder netwerk.',
    noscript: 'Zet JavaScript aan om het dashboard te zien.',
  },
  en: {
    made: 'Snapshot made on {made} with mbc-dashboard {version}, from:',
    note: 'This file holds aggregated and suppressed figures only. It works without a network.',
    noscript: 'Turn on JavaScript to see the dashboard.',
  },
} as const;

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Code inside an inline `<script>`: `</script` and `<!--` cannot end or confuse the element.
 * Both only occur inside strings, regular expressions or comments of minified code, where the
 * escaped forms mean the same.
 */
export function inlineScript(code: string): string {
  return code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

/**
 * One self-contained HTML file: the dashboard's code inline (allowed by its hash in the page's
 * own Content-Security-Policy, with no `unsafe-eval`, `unsafe-inline` or network source), the data
 * as a packed JSON block, and a visible stamp. It makes no request at all.
 */
export function snapshotHtml(parts: SnapshotParts): string {
  const code = inlineScript(parts.script);
  const hash = sha256Base64(code);
  const text = TEXT[parts.lang];
  const csp = [
    "default-src 'none'",
    `script-src 'sha256-${hash}'`,
    // Lit's styles are constructable stylesheets, which style-src does not govern; nothing sets a
    // style attribute (the strict-CSP test of the drop-in checks that).
    "style-src 'none'",
    'img-src data: blob:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const files = parts.stamp.files.map((f) => `<li><bdi>${escapeHtml(f.name)}</bdi> <code>sha256:${f.sha256}</code></li>`).join('');
  return `<!doctype html>
<html lang="${parts.lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="mbc-dashboard ${escapeHtml(parts.stamp.version)}">
<title>${escapeHtml(parts.title)}</title>
</head>
<body>
<mbc-dashboard lang="${parts.lang}" data-snapshot></mbc-dashboard>
<noscript>${text.noscript}</noscript>
<footer id="mbc-snapshot-stamp" role="contentinfo">
<p>${escapeHtml(text.made.replace('{made}', parts.stamp.made).replace('{version}', parts.stamp.version))}</p>
<ul>${files}</ul>
<p>${text.note}</p>
</footer>
<script type="application/json" id="mbc-snapshot-data">${parts.data}</script>
<script type="module">${code}</script>
</body>
</html>
`;
}
