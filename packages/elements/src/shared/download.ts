/**
 * Saves a file the page built (a PDF, a CSV export) under a file name, through a temporary object URL: no data ever
 * goes elsewhere.
 */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Saves PDF bytes under a file name. */
export function downloadPdf(bytes: Uint8Array, filename: string): void {
  saveBlob(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }), filename);
}
