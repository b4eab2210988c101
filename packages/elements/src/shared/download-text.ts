/**
 * Saves text (a CSV export) under a file name through a temporary object URL. CSV gets a byte-order mark so
 * spreadsheets read its accents as UTF-8.
 */
export function downloadText(text: string, filename: string, type = 'text/csv;charset=utf-8'): Blob {
  const blob = new Blob([type.startsWith('text/csv') ? '\uFEFF' : '', text], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return blob;
}
