/**
 * The report as a PDF, drawn on the server with pdfkit (no browser): A4 or US Letter, one or two
 * pages for two weeks. Text is set in DejaVu Sans Condensed, shipped in assets/fonts (Bitstream
 * Vera licence), so any name or note prints, whatever its script, on any server.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Block, ReportDocument } from '../domain/report/document.js';

export type Paper = 'a4' | 'letter';

// src/services or dist/services: the fonts are two levels up, in assets/fonts.
const FONT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'assets', 'fonts');
let fonts: { regular: Buffer; bold: Buffer } | null = null;
function loadFonts(): { regular: Buffer; bold: Buffer } {
  fonts ??= { regular: readFileSync(join(FONT_DIR, 'DejaVuSansCondensed.ttf')), bold: readFileSync(join(FONT_DIR, 'DejaVuSansCondensed-Bold.ttf')) };
  return fonts;
}

const MARGIN = 36;
const FOOTER = 30;
const INK = '#1f2a2e';
const MUTED = '#55605f';
const RULE = '#cfc6ba';
const BELOW = '#8a3b00';
const SHADE = '#f1ede6';

export async function reportPdf(doc: ReportDocument, paper: Paper = 'a4'): Promise<Buffer> {
  // Loaded on the first PDF, not at start: pdfkit and its font machinery take ~0.3 s to load (bench:start).
  const { default: PDFDocument } = await import('pdfkit');
  const f = loadFonts();
  const pdf = new PDFDocument({
    size: paper === 'letter' ? 'LETTER' : 'A4',
    margins: { top: MARGIN, left: MARGIN, right: MARGIN, bottom: MARGIN + FOOTER },
    bufferPages: true,
    info: { Title: doc.title, Creator: 'Lactea', Producer: 'Lactea' },
    lang: doc.lang,
    displayTitle: true,
  });
  pdf.registerFont('R', f.regular);
  pdf.registerFont('B', f.bold);
  const chunks: Buffer[] = [];
  pdf.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });

  const left = MARGIN;
  const width = pdf.page.width - 2 * MARGIN;
  const bottom = (): number => pdf.page.height - MARGIN - FOOTER;
  const room = (h: number): void => {
    if (pdf.y + h > bottom()) pdf.addPage();
  };

  pdf.font('B').fontSize(15).fillColor(INK).text(doc.title, left, MARGIN, { width });
  pdf.font('R').fontSize(8.5).fillColor(MUTED).text(doc.subtitle, { width });
  pdf.moveDown(0.6);

  for (const b of doc.blocks) drawBlock(b);

  // The footer and page numbers on every page, drawn last (the count is known then).
  const pages = pdf.bufferedPageRange();
  for (let i = 0; i < pages.count; i++) {
    pdf.switchToPage(pages.start + i);
    const y = pdf.page.height - MARGIN - FOOTER + 6;
    pdf.page.margins.bottom = 0;
    pdf.moveTo(left, y - 3).lineTo(left + width, y - 3).lineWidth(0.5).strokeColor(RULE).stroke();
    pdf.font('R').fontSize(6.5).fillColor(MUTED);
    pdf.text(`${doc.footer}  ${i + 1} / ${pages.count}`, left, y, { width, lineBreak: false });
  }
  pdf.end();
  return done;

  function drawBlock(b: Block): void {
    switch (b.kind) {
      case 'heading': {
        pdf.font('B').fontSize(11);
        room(pdf.heightOfString(b.text, { width }) + 40);
        pdf.moveDown(0.3);
        pdf.fillColor(INK).text(b.text, left, pdf.y, { width });
        pdf.moveDown(0.15);
        return;
      }
      case 'paragraph': {
        pdf.font('R').fontSize(b.tone === 'muted' ? 7.5 : 8.5);
        const h = pdf.heightOfString(b.text, { width });
        room(Math.min(h, 40));
        pdf.fillColor(b.tone === 'muted' ? MUTED : INK).text(b.text, left, pdf.y, { width });
        pdf.moveDown(0.25);
        return;
      }
      case 'list': {
        pdf.font('R').fontSize(8.5);
        for (const item of b.items) {
          room(Math.min(pdf.heightOfString(item, { width: width - 10 }), 40));
          const y = pdf.y;
          pdf.fillColor(INK).text('•', left, y, { width: 10 });
          pdf.text(item, left + 10, y, { width: width - 10 });
          pdf.moveDown(0.15);
        }
        pdf.moveDown(0.15);
        return;
      }
      case 'table': {
        const labelW = 118;
        const n = b.head.length;
        const colW = (width - labelW) / Math.max(n, 7);
        const rowH = 11;
        room(rowH * (b.rows.length + 1) + 4);
        let y = pdf.y;
        pdf.font('B').fontSize(7).fillColor(MUTED);
        b.head.forEach((h, i) => pdf.text(h, left + labelW + i * colW, y + 2, { width: colW - 2, align: 'right', lineBreak: false }));
        y += rowH;
        pdf.moveTo(left, y).lineTo(left + labelW + n * colW, y).lineWidth(0.5).strokeColor(RULE).stroke();
        b.rows.forEach((r, ri) => {
          if (ri % 2 === 1) pdf.rect(left, y, labelW + n * colW, rowH).fill(SHADE);
          pdf.font('R').fontSize(7.5).fillColor(INK).text(r.label, left + 2, y + 2, { width: labelW - 4, lineBreak: false, ellipsis: true });
          r.cells.forEach((c, i) => {
            pdf.font(c.below ? 'B' : 'R').fillColor(c.below ? BELOW : INK).text(c.text, left + labelW + i * colW, y + 2, { width: colW - 2, align: 'right', lineBreak: false });
          });
          y += rowH;
        });
        pdf.moveTo(left, y).lineTo(left + labelW + n * colW, y).lineWidth(0.5).strokeColor(RULE).stroke();
        pdf.x = left;
        pdf.y = y + 4;
        return;
      }
    }
  }
}
