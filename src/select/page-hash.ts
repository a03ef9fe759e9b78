/**
 * The open page of a dashboard in the URL hash, beside its source's filters:
 * `#mbc-dashboard-source:gemeente=Delft&page=business-case`. The overview (the default page) is
 * not written. Pure functions; `writeSourceHash` keeps the page when the filters change.
 */

const KEY = 'page';

function ownPart(hash: string, sourceId: string): { parts: string[]; own: string[] } {
  const parts = hash.replace(/^#/, '').split(';').filter(Boolean);
  const prefix = `${sourceId}:`;
  const own =
    parts
      .find((p) => p.startsWith(prefix))
      ?.slice(prefix.length)
      .split('&')
      .filter(Boolean) ?? [];
  return { parts: parts.filter((p) => !p.startsWith(prefix)), own };
}

/** The page the hash names for this source, or `''`. */
export function readHashPage(hash: string, sourceId: string): string {
  const entry = ownPart(hash, sourceId).own.find((p) => p.startsWith(`${KEY}=`));
  if (!entry) return '';
  try {
    return decodeURIComponent(entry.slice(KEY.length + 1));
  } catch {
    return '';
  }
}

/** The hash with this source's page set (or removed for `''` and `defaultPage`), all else kept. */
export function writeHashPage(hash: string, sourceId: string, page: string, defaultPage = 'overview'): string {
  const { parts, own } = ownPart(hash, sourceId);
  const rest = own.filter((p) => !p.startsWith(`${KEY}=`));
  if (page && page !== defaultPage) rest.push(`${KEY}=${encodeURIComponent(page)}`);
  if (rest.length) parts.push(`${sourceId}:${rest.join('&')}`);
  return parts.join(';');
}
