import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;

/**
 * A small flowing-text writer over pdf-lib: paragraphs wrap to the page width and continue on new pages.
 * The standard Helvetica font covers French (WinAnsi); anything it cannot encode is printed as "?"
 * rather than failing, so a hostile or exotic string never breaks a document.
 */
export class PdfWriter {
  private page!: PDFPage;
  private y = 0;
  private readonly encodable = new Map<string, boolean>();

  private constructor(
    private readonly doc: PDFDocument,
    private readonly font: PDFFont,
    private readonly bold: PDFFont,
  ) {
    this.newPage();
  }

  /** A new A4 document whose metadata dates are `at` (so the same content always gives the same bytes). */
  static async create(title: string, at: Date): Promise<PdfWriter> {
    const doc = await PDFDocument.create();
    doc.setTitle(title);
    doc.setProducer('JRMC sandbox');
    doc.setCreator('@jrmc/sandbox');
    doc.setCreationDate(at);
    doc.setModificationDate(at);
    const [font, bold] = await Promise.all([doc.embedFont(StandardFonts.Helvetica), doc.embedFont(StandardFonts.HelveticaBold)]);
    return new PdfWriter(doc, font, bold);
  }

  /** One paragraph, wrapped. */
  text(content: string, options: { size?: number; bold?: boolean; align?: 'left' | 'right'; gapAfter?: number } = {}): this {
    const size = options.size ?? 10.5;
    const font = options.bold ? this.bold : this.font;
    const width = A4[0] - 2 * MARGIN;
    for (const line of this.wrap(this.printable(content, font), font, size, width)) {
      if (this.y < MARGIN + size) this.newPage();
      const x = options.align === 'right' ? A4[0] - MARGIN - font.widthOfTextAtSize(line, size) : MARGIN;
      this.page.drawText(line, { x, y: this.y, size, font, color: rgb(0.1, 0.1, 0.12) });
      this.y -= size * 1.4;
    }
    this.y -= options.gapAfter ?? size * 0.6;
    return this;
  }

  /** Several lines as one block (addresses). */
  lines(lines: readonly string[], options: { align?: 'left' | 'right'; bold?: boolean; size?: number } = {}): this {
    for (const line of lines) this.text(line, { ...options, gapAfter: 0 });
    this.y -= 8;
    return this;
  }

  /** Vertical space. */
  gap(points: number): this {
    this.y -= points;
    return this;
  }

  async bytes(): Promise<Uint8Array> {
    return this.doc.save({ useObjectStreams: false });
  }

  private newPage(): void {
    this.page = this.doc.addPage(A4);
    this.y = A4[1] - MARGIN;
  }

  private printable(content: string, font: PDFFont): string {
    let result = '';
    for (const char of content.replace(/[\u00a0\u202f\t]/g, ' ').replace(/[\r\n]+/g, ' ')) {
      let ok = this.encodable.get(char);
      if (ok === undefined) {
        try {
          font.encodeText(char);
          ok = true;
        } catch {
          ok = false;
        }
        this.encodable.set(char, ok);
      }
      result += ok ? char : '?';
    }
    return result;
  }

  private wrap(content: string, font: PDFFont, size: number, width: number): string[] {
    const lines: string[] = [];
    let line = '';
    for (const word of content.split(' ')) {
      const candidate = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(candidate, size) <= width || !line) {
        line = candidate;
      } else {
        lines.push(line);
        line = word;
      }
    }
    lines.push(line);
    return lines;
  }
}
