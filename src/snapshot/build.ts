import { packSnapshotData, type SnapshotData } from './pack.js';
import { snapshotHtml } from './html.js';

export interface SnapshotInput extends SnapshotData {
  /** The single-file build of the dashboard's code. */
  script: string;
  /** The version of mbc-dashboard. */
  version: string;
  /** When it is made (the stamp shows it in Dutch or English, Amsterdam time). */
  now: Date;
}

/**
 * A portable one-file snapshot of a dashboard: the same HTML whether the command line makes it
 * (`mbc-dashboard snapshot`) or the dashboard's "Download als HTML-bestand" button does.
 */
export async function buildSnapshot(input: SnapshotInput): Promise<string> {
  const { script, version, now, ...data } = input;
  const made = new Intl.DateTimeFormat(input.lang === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' }).format(
    now,
  );
  return snapshotHtml({
    script,
    data: await packSnapshotData(data),
    title: input.title,
    lang: input.lang,
    stamp: { made, files: input.files ?? [], version },
  });
}

/** A file name from the title and the date: `beter-samenspel-2026-12-03.html`. */
export function snapshotFileName(title: string, now: Date): string {
  const slug =
    title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .slice(0, 60)
      .replace(/^-+|-+$/g, '') || 'mbc-dashboard';
  const date = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  return `${slug}-${date}.html`;
}
