/**
 * Offer a blob as a file download: a temporary link in `root` (a shadow root keeps it out of
 * the page's DOM), clicked and removed; the object URL is revoked a moment later. The one
 * download helper of the library.
 */
export function downloadBlob(root: ParentNode & Node, blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.hidden = true;
  (root as ParentNode).append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
