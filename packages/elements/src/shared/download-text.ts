import { saveBlob } from './download.js';

/**
 * Saves text (a CSV export) under a file name. CSV gets a byte-order mark so spreadsheets read its accents as UTF-8.
 */
export function downloadText(text: string, filename: string, type = 'text/csv;charset=utf-8'): Blob {
  const blob = new Blob([type.startsWith('text/csv') ? '\uFEFF' : '', text], { type });
  saveBlob(blob, filename);
  return blob;
}
