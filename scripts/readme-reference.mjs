#!/usr/bin/env node
/**
 * Writes the element reference (attributes, properties, events, CSS properties, parts) into
 * README.md between `<!-- reference:start -->` and `<!-- reference:end -->`, from
 * custom-elements.json (which the analyzer builds from the JSDoc). `--check` only compares and
 * exits 1 when the README is out of date; a test runs that.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { cssPropsDocumentedIn } from '../custom-elements-manifest.config.mjs';

/** The global tokens (documented once on `baseStyles`), listed by name only under each element. */
const GLOBAL_TOKENS = cssPropsDocumentedIn(new URL('../components/shared/base.styles.ts', import.meta.url));

const START = '<!-- reference:start -->';
const END = '<!-- reference:end -->';

const cell = (text) =>
  String(text ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\n+/g, ' ')
    .trim();

export function reference(manifest) {
  const elements = manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.tagName)
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
  const out = [
    '### Global tokens',
    '',
    'CSS custom properties that several elements read (documented on `baseStyles` in `components/shared/base.styles.ts`); each element below names the ones it reads.',
    '',
    '| CSS custom property | description |',
    '| --- | --- |',
    ...[...GLOBAL_TOKENS].map(([name, description]) => `| \`${name}\` | ${cell(description)} |`),
    '',
  ];
  for (const el of elements) {
    out.push(`### \`<${el.tagName}>\``, '', cell(el.description || el.summary), '');
    const attributes = el.attributes ?? [];
    if (attributes.length) {
      out.push('| attribute | type | default | description |', '| --- | --- | --- | --- |');
      for (const a of attributes)
        out.push(`| \`${a.name}\` | \`${cell(a.type?.text)}\` | ${a.default ? `\`${cell(a.default)}\`` : ''} | ${cell(a.description)} |`);
      out.push('');
    }
    const properties = (el.members ?? []).filter(
      (m) => m.kind === 'field' && m.privacy === undefined && !m.static && !attributes.some((a) => a.fieldName === m.name) && m.description,
    );
    if (properties.length) {
      out.push('| JS property | type | description |', '| --- | --- | --- |');
      for (const p of properties) out.push(`| \`${p.name}\`${p.readonly ? ' (read-only)' : ''} | \`${cell(p.type?.text)}\` | ${cell(p.description)} |`);
      out.push('');
    }
    if (el.events?.length) {
      out.push('| event | type | description |', '| --- | --- | --- |');
      for (const e of el.events) out.push(`| \`${e.name}\` | \`${cell(e.type?.text)}\` | ${cell(e.description)} |`);
      out.push('');
    }
    const own = (el.cssProperties ?? []).filter((p) => !GLOBAL_TOKENS.has(p.name));
    const global = (el.cssProperties ?? []).filter((p) => GLOBAL_TOKENS.has(p.name));
    const lists = [
      ['CSS custom property', own],
      ['part', el.cssParts],
      ['slot', el.slots],
    ];
    for (const [kind, items] of lists) {
      if (!items?.length) continue;
      out.push(`| ${kind} | description |`, '| --- | --- |');
      for (const i of items) out.push(`| \`${i.name || '(default)'}\` | ${cell(i.description)} |`);
      out.push('');
    }
    if (global.length) out.push(`Global tokens it reads: ${global.map((p) => `\`${p.name}\``).join(', ')}.`, '');
  }
  return out.join('\n').trim();
}

export function updateReadme(readme, manifest) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md lacks ${START} … ${END}`);
  return `${readme.slice(0, start + START.length)}\n\n${reference(manifest)}\n\n${readme.slice(end)}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const readme = readFileSync('README.md', 'utf8');
  const next = updateReadme(readme, manifest);
  if (process.argv.includes('--check')) {
    if (next !== readme) {
      console.error('README.md element reference is out of date: run npm run docs');
      process.exit(1);
    }
  } else if (next !== readme) writeFileSync('README.md', next);
}
