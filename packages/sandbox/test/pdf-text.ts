// Reads back the text lines pdf-lib drew: inflates each content stream and decodes the `<hex> Tj` strings
// (standard fonts, WinAnsi encoding). Small on purpose: it reads our documents, not any PDF.
import { inflateSync } from 'node:zlib';

// WinAnsi differs from Latin-1 only in 0x80–0x9F; these are the characters French documents use there.
const WIN_ANSI_HIGH: Record<number, string> = { 0x80: '€', 0x85: '…', 0x8c: 'Œ', 0x91: '‘', 0x92: '’', 0x93: '“', 0x94: '”', 0x96: '–', 0x97: '—', 0x9c: 'œ' };

/** Every line of text drawn in the PDF, in drawing order. */
export function pdfTextLines(pdf: Uint8Array): string[] {
  const raw = Buffer.from(pdf).toString('latin1');
  const lines: string[] = [];
  for (const match of raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    let content: string;
    try {
      content = inflateSync(Buffer.from(match[1]!, 'latin1')).toString('latin1');
    } catch {
      continue; // not a Flate stream (fonts, metadata): no drawn text there
    }
    for (const [, hex] of content.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)) {
      let line = '';
      for (let index = 0; index < hex!.length; index += 2) {
        const code = Number.parseInt(hex!.slice(index, index + 2), 16);
        line += WIN_ANSI_HIGH[code] ?? String.fromCharCode(code);
      }
      lines.push(line);
    }
  }
  return lines;
}

/** All the drawn text as one string (wrapped lines joined by a space). */
export function pdfText(pdf: Uint8Array): string {
  return pdfTextLines(pdf).join(' ');
}
