// Reference renderer for the bench: the site's document model drawn with jsPDF, a lower-level PDF
// library, to show what react-pdf's times compare with. Never shipped: only the bench bundles it.
//
// It aims to be a fair equivalent of src/pdf, not a toy: the same A4 page, margins and type sizes
// (src/pdf/styles.ts, page-geometry.ts), the same Noto Sans TTF files (embedded as subsets), the
// same text cleaning (sanitizeDocumentModel), wrapped paragraphs with widow/orphan control, tables
// with wrapping cells and a header row repeated on each page, blocks kept whole where the site
// keeps them whole, headings kept with what follows, links, metadata, and a running header and
// a "Page N of M" footer on every page. Latin text only: the other scripts' fonts are left out.
import { jsPDF } from "jspdf";
import type { Block, DocumentModel, Section } from "../../../src/domain/document/document-model";
import { TOTALS_VALUE_SHARE } from "../../../src/domain/document/document-model";
import { qrMatrix } from "../../../src/domain/payment/qr-matrix";
import { isSafeLink } from "../../../src/domain/text/safe-link";
import { FOOTER_TOP, HEADER_TOP, MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, PAGE_HEIGHT, PAGE_WIDTH } from "../../../src/pdf/page-geometry";
import { sanitizeDocumentModel } from "../../../src/pdf/text/sanitize-document-model";

/** The three Noto Sans files as binary strings (what jsPDF's virtual file system takes). */
export interface ReferenceFonts {
  regular: string;
  bold: string;
  italic: string;
}

export interface ReferenceOptions {
  creationDate?: Date;
}

// The same colours and sizes as src/pdf/styles.ts.
const INK = "#1b1b1b";
const MUTED = "#5c5c5c";
const RULE = "#c9c9c9";
const TINT = "#f3f3ef";
const FAMILY = "NotoSans";
const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X;
const CLAUSE_NUMBER_WIDTH = 30;
const BLOCK_GAP = 7;
const HEADING_PRESENCE_AHEAD = 30;
const CAPTION_PRESENCE_AHEAD = 48;
const QR_COLUMN = 126;
const QR_SYMBOL_PT = (30 * 72) / 25.4;
const QUIET_MODULES = 4;
// Noto Sans vertical metrics (hhea, per em): where the baseline sits in a line box.
const ASCENT = 1.069;
const DESCENT = 0.293;

type Weight = "normal" | "bold" | "italic";

interface TextStyle {
  size: number;
  /** Line height as a multiple of the size; the font's own (ascent + descent) when left out. */
  leading?: number;
  weight?: Weight;
  color?: string;
  align?: "left" | "right" | "center";
  upper?: boolean;
  charSpace?: number;
}

const BODY: TextStyle = { size: 10, leading: 1.45 };
const FACT: TextStyle = { size: 10, leading: 1.35 };
const CELL: TextStyle = { size: 9, leading: 1.35 };

/** Renders the model to PDF bytes. */
export function renderReferencePdf(raw: DocumentModel, fonts: ReferenceFonts, options: ReferenceOptions = {}): ArrayBuffer {
  const model = sanitizeDocumentModel(raw);
  const doc = new jsPDF({ unit: "pt", format: "a4", compress: true, putOnlyUsedFonts: true });
  doc.addFileToVFS("NotoSans-Regular.ttf", fonts.regular);
  doc.addFileToVFS("NotoSans-Bold.ttf", fonts.bold);
  doc.addFont("NotoSans-Regular.ttf", FAMILY, "normal");
  doc.addFont("NotoSans-Bold.ttf", FAMILY, "bold");
  // jsPDF parses a font when it is added, so the italic (only notices use it) is added only when
  // needed, as the site's engine loads a face only when text uses it.
  if (model.sections.some((section) => section.blocks.some((block) => block.kind === "notice"))) {
    doc.addFileToVFS("NotoSans-Italic.ttf", fonts.italic);
    doc.addFont("NotoSans-Italic.ttf", FAMILY, "italic");
  }

  const { metadata } = model;
  doc.setProperties({
    title: metadata.title,
    author: metadata.author,
    subject: metadata.subject,
    keywords: metadata.keywords ?? "",
    creator: metadata.creator,
  });
  doc.setLanguage(metadata.language as Parameters<jsPDF["setLanguage"]>[0]);
  if (options.creationDate) doc.setCreationDate(options.creationDate);

  const layout = new Layout(doc);
  titleBlock(layout, model.title, model.subtitle);
  for (const section of model.sections) sectionBlocks(layout, section);
  runningHeaderAndFooter(layout, model.runningHeader, model.runningFooter);
  return doc.output("arraybuffer");
}

/**
 * A cursor down the page flow. In a dry run nothing is drawn and no page is added, so the same
 * code measures a piece that must stay whole before drawing it.
 */
class Layout {
  y = MARGIN_TOP;
  dry = false;
  private breakable = true;
  /** Called on every new page while a table is being drawn (it repeats its header row). */
  private pageStart: (() => void) | null = null;
  readonly bottom = PAGE_HEIGHT - MARGIN_BOTTOM;

  constructor(readonly doc: jsPDF) {}

  room(): number {
    return this.bottom - this.y;
  }

  /** Starts a new page unless `height` still fits here (or this is the top of a page already). */
  need(height: number): void {
    if (this.dry || !this.breakable) return;
    if (this.y + height > this.bottom + 0.01 && this.y > MARGIN_TOP + 0.01) this.newPage();
  }

  newPage(): void {
    this.doc.addPage();
    this.y = MARGIN_TOP;
    this.pageStart?.();
  }

  /** Draws `draw` on one page: measured in a dry run first, moved to the next page if it does not fit. */
  keep(draw: () => void): void {
    const start = this.y;
    const { dry, breakable } = this;
    this.dry = true;
    this.breakable = false;
    draw();
    const height = this.y - start;
    this.y = start;
    this.dry = dry;
    this.breakable = breakable;
    this.need(height);
    this.breakable = false;
    draw();
    this.breakable = breakable;
  }

  /** While `draw` runs, `onPage` is called at the top of each new page. */
  withPageStart(onPage: () => void, draw: () => void): void {
    const before = this.pageStart;
    this.pageStart = onPage;
    draw();
    this.pageStart = before;
  }

  font(style: TextStyle): void {
    this.doc.setFont(FAMILY, style.weight ?? "normal");
    this.doc.setFontSize(style.size);
    this.doc.setCharSpace(style.charSpace ?? 0);
  }

  lineHeight(style: TextStyle): number {
    return style.size * (style.leading ?? ASCENT + DESCENT);
  }

  /** The text broken into lines that fit `width` (explicit line breaks kept). */
  lines(text: string, style: TextStyle, width: number): string[] {
    this.font(style);
    const shown = style.upper ? text.toUpperCase() : text;
    return this.doc.splitTextToSize(shown, width) as string[];
  }

  /** Draws lines from the cursor down, without breaking the page; moves the cursor below them. */
  drawLines(lines: readonly string[], style: TextStyle, x: number, width: number): void {
    const lineHeight = this.lineHeight(style);
    if (!this.dry) {
      this.font(style);
      this.doc.setTextColor(style.color ?? INK);
      const baseline = (lineHeight - (ASCENT + DESCENT) * style.size) / 2 + ASCENT * style.size;
      const align = style.align ?? "left";
      const at = align === "right" ? x + width : align === "center" ? x + width / 2 : x;
      lines.forEach((line, i) => {
        this.doc.text(line, at, this.y + i * lineHeight + baseline, { align });
      });
    }
    this.y += lines.length * lineHeight;
  }

  /** Text that may break across pages, leaving at least two lines on each side of the break. */
  flowText(text: string, style: TextStyle, x: number, width: number, onFirstLine?: () => void): void {
    const lines = this.lines(text, style, width);
    const lineHeight = this.lineHeight(style);
    let from = 0;
    let first = true;
    while (from < lines.length) {
      const left = lines.length - from;
      let fit = this.dry || !this.breakable ? left : Math.floor((this.room() + 0.01) / lineHeight);
      if (fit < left) {
        // Widows and orphans: two lines at least on each side, as the site's engine does.
        fit = Math.min(fit, left - 2);
        if (fit < 2 && this.y > MARGIN_TOP + 0.01) {
          this.newPage();
          continue;
        }
        fit = Math.max(fit, 1);
      }
      if (first) onFirstLine?.();
      first = false;
      this.drawLines(lines.slice(from, from + fit), style, x, width);
      from += fit;
      if (from < lines.length) this.newPage();
    }
  }

  rule(x: number, y: number, width: number, thickness: number, color: string): void {
    if (this.dry) return;
    this.doc.setDrawColor(color);
    this.doc.setLineWidth(thickness);
    this.doc.line(x, y, x + width, y);
  }

  fill(x: number, y: number, width: number, height: number, color: string): void {
    if (this.dry) return;
    this.doc.setFillColor(color);
    this.doc.rect(x, y, width, height, "F");
  }
}

function titleBlock(layout: Layout, title: string, subtitle: string | undefined): void {
  layout.keep(() => {
    layout.drawLines(layout.lines(title, { size: 20, leading: 1.25, weight: "bold" }, CONTENT_WIDTH), { size: 20, leading: 1.25, weight: "bold" }, MARGIN_X, CONTENT_WIDTH);
    layout.y += 6;
    if (subtitle) {
      const style: TextStyle = { size: 11, leading: 1.4, color: MUTED };
      layout.drawLines(layout.lines(subtitle, style, CONTENT_WIDTH), style, MARGIN_X, CONTENT_WIDTH);
    }
    layout.y += 12;
    layout.rule(MARGIN_X, layout.y, CONTENT_WIDTH, 1, INK);
    layout.y += 18;
  });
}

const HEADING: TextStyle = { size: 12, leading: 1.3, weight: "bold" };

/** "4  Payment schedule": the number muted, the words in ink; returns nothing, moves the cursor. */
function heading(layout: Layout, section: Section, x: number, width: number): void {
  layout.y += 14;
  const prefix = section.number ? `${section.number}  ` : "";
  const lines = layout.lines(prefix + section.heading, HEADING, width);
  if (!layout.dry && prefix && lines[0]?.startsWith(prefix)) {
    const top = layout.y;
    layout.drawLines([prefix], { ...HEADING, color: MUTED }, x, width);
    layout.y = top;
    layout.font(HEADING);
    const indent = layout.doc.getTextWidth(prefix);
    layout.drawLines([lines[0].slice(prefix.length)], HEADING, x + indent, width - indent);
    layout.drawLines(lines.slice(1), HEADING, x, width);
  } else {
    layout.drawLines(lines, HEADING, x, width);
  }
  layout.y += 6;
}

function headingHeight(layout: Layout, section: Section, width: number): number {
  const prefix = section.number ? `${section.number}  ` : "";
  return 14 + layout.lines(prefix + section.heading, HEADING, width).length * layout.lineHeight(HEADING) + 6;
}

function sectionBlocks(layout: Layout, section: Section): void {
  const frame = { x: MARGIN_X, width: CONTENT_WIDTH };
  if (section.heading === "") {
    for (const block of section.blocks) drawBlock(layout, block, frame);
    return;
  }
  const qrAt = section.blocks.findIndex((block) => block.kind === "qr");
  if (qrAt >= 0) {
    qrSection(layout, section, qrAt);
    return;
  }
  const [first, ...rest] = section.blocks;
  if (first?.kind === "signatures") {
    // The heading goes along with a block that cannot break.
    layout.keep(() => {
      heading(layout, section, frame.x, frame.width);
      drawBlock(layout, first, frame);
    });
    for (const block of rest) drawBlock(layout, block, frame);
    return;
  }
  layout.need(headingHeight(layout, section, frame.width) + HEADING_PRESENCE_AHEAD);
  heading(layout, section, frame.x, frame.width);
  for (const block of section.blocks) drawBlock(layout, block, frame);
}

interface Frame {
  x: number;
  width: number;
}

function drawBlock(layout: Layout, block: Block, frame: Frame): void {
  switch (block.kind) {
    case "paragraph":
      layout.flowText(block.text, BODY, frame.x, frame.width);
      layout.y += BLOCK_GAP;
      return;
    case "clause":
      hanging(layout, block.number, block.text, frame.x, CLAUSE_NUMBER_WIDTH, frame.width);
      layout.y += BLOCK_GAP;
      return;
    case "list":
      for (const item of block.items) {
        hanging(layout, "•", item, frame.x + CLAUSE_NUMBER_WIDTH, 14, frame.width - CLAUSE_NUMBER_WIDTH);
        layout.y += 2;
      }
      layout.y += BLOCK_GAP;
      return;
    case "facts":
      facts(layout, block, frame);
      return;
    case "table":
      table(layout, block, frame);
      return;
    case "signatures":
      layout.keep(() => signatures(layout, block, frame));
      return;
    case "notice":
      layout.keep(() => notice(layout, block.text, frame));
      return;
    case "parties":
      layout.keep(() => parties(layout, block, frame));
      return;
    case "totals":
      layout.keep(() => totals(layout, block, frame));
      return;
    case "qr":
      layout.keep(() => qrCode(layout, block, frame));
      return;
  }
}

/** A number or bullet hanging left of its text (clauses, list items). */
function hanging(layout: Layout, mark: string, text: string, x: number, markWidth: number, width: number): void {
  layout.flowText(text, BODY, x + markWidth, width - markWidth, () => {
    const top = layout.y;
    layout.drawLines([mark], { ...BODY, color: MUTED }, x, markWidth);
    layout.y = top;
  });
}

function facts(layout: Layout, block: Extract<Block, { kind: "facts" }>, frame: Frame): void {
  const term: TextStyle = { ...FACT, weight: "bold" };
  const lineHeight = layout.lineHeight(FACT);
  type Item = (typeof block.items)[number];
  /** One term and value side by side in `width`; returns the cells' height. */
  const pair = (item: Item, x: number, width: number, termShare: number, padding: number, top: number): number => {
    const termWidth = width * termShare;
    const termLines = layout.lines(item.term, term, termWidth - padding);
    const valueLines = layout.lines(item.value, FACT, width - termWidth);
    layout.y = top;
    layout.drawLines(termLines, term, x, termWidth - padding);
    layout.y = top;
    layout.drawLines(valueLines, FACT, x + termWidth, width - termWidth);
    if (!layout.dry && item.href && isSafeLink(item.href)) {
      layout.doc.link(x + termWidth, top, width - termWidth, valueLines.length * lineHeight, { url: item.href });
    }
    return Math.max(termLines.length, valueLines.length) * lineHeight;
  };
  const rows: Item[][] = [];
  const perRow = block.columns === 2 ? 2 : 1;
  for (let i = 0; i < block.items.length; i += perRow) rows.push(block.items.slice(i, i + perRow));
  for (const row of rows) {
    // A row never splits: measured, then drawn.
    layout.keep(() => {
      const top = layout.y + 3;
      let height = 0;
      if (perRow === 1) {
        height = pair(row[0]!, frame.x, frame.width, 0.34, 10, top);
      } else {
        const half = frame.width / 2;
        row.forEach((item, i) => {
          height = Math.max(height, pair(item, frame.x + i * half, i === 0 ? half - 12 : half, 0.42, 8, top));
        });
      }
      layout.y = top + height + 3;
      layout.rule(frame.x, layout.y, frame.width, 0.5, RULE);
    });
  }
  layout.y += block.columns === 2 ? 16 : BLOCK_GAP;
}

function table(layout: Layout, block: Extract<Block, { kind: "table" }>, frame: Frame): void {
  const total = block.columns.reduce((sum, column) => sum + column.weight, 0);
  const widths = block.columns.map((column) => (column.weight / total) * frame.width);
  const lineHeight = layout.lineHeight(CELL);

  /** One row of cells, each padded 4 × 5 and wrapped in its column. */
  const measure = (values: readonly string[], style: TextStyle) => {
    const cells = values.map((value, i) => layout.lines(value, style, (widths[i] ?? 0) - 10));
    return { cells, style, height: Math.max(...cells.map((lines) => lines.length), 1) * lineHeight + 8 };
  };
  const drawRow = (row: ReturnType<typeof measure>) => {
    const top = layout.y;
    let x = frame.x;
    row.cells.forEach((lines, i) => {
      layout.y = top + 4;
      layout.drawLines(lines, { ...row.style, align: block.columns[i]?.align ?? "left" }, x + 5, (widths[i] ?? 0) - 10);
      x += widths[i] ?? 0;
    });
    layout.y = top + row.height;
  };
  const header = measure(
    block.columns.map((c) => c.header),
    { ...CELL, weight: "bold" },
  );
  const headerRow = () => {
    layout.rule(frame.x, layout.y, frame.width, 1, INK);
    layout.fill(frame.x, layout.y, frame.width, header.height, TINT);
    drawRow(header);
    layout.rule(frame.x, layout.y, frame.width, 0.75, INK);
  };

  const draw = () => {
    if (block.caption) {
      const style: TextStyle = { size: 9, leading: 1.3, weight: "bold", color: MUTED };
      const lines = layout.lines(block.caption, style, frame.width);
      layout.need(lines.length * layout.lineHeight(style) + 4 + CAPTION_PRESENCE_AHEAD);
      layout.drawLines(lines, style, frame.x, frame.width);
      layout.y += 4;
    }
    const rows = block.rows.map((values) => measure(values, CELL));
    layout.need(header.height + (rows[0]?.height ?? 0) + 1);
    headerRow();
    layout.withPageStart(headerRow, () => {
      for (const row of rows) {
        layout.need(row.height);
        drawRow(row);
        layout.rule(frame.x, layout.y, frame.width, 0.5, RULE);
      }
      if (block.footer) {
        const footer = measure(block.footer, { ...CELL, weight: "bold" });
        layout.need(footer.height);
        layout.rule(frame.x, layout.y, frame.width, 0.75, INK);
        drawRow(footer);
      }
    });
    layout.rule(frame.x, layout.y, frame.width, 1, INK);
    layout.y += BLOCK_GAP;
  };
  if (block.keepTogether) layout.keep(draw);
  else draw();
}

function notice(layout: Layout, text: string, frame: Frame): void {
  const style: TextStyle = { size: 9, leading: 1.4, weight: "italic" };
  const lines = layout.lines(text, style, frame.width - 18);
  const height = lines.length * layout.lineHeight(style) + 18;
  if (!layout.dry) {
    layout.doc.setFillColor(TINT);
    layout.doc.setDrawColor(MUTED);
    layout.doc.setLineWidth(0.75);
    layout.doc.roundedRect(frame.x, layout.y, frame.width, height, 2, 2, "FD");
  }
  const top = layout.y;
  layout.y += 9;
  layout.drawLines(lines, style, frame.x + 9, frame.width - 18);
  layout.y = top + height + BLOCK_GAP;
}

function signatures(layout: Layout, block: Extract<Block, { kind: "signatures" }>, frame: Frame): void {
  layout.y += 6;
  const column = frame.width / 2;
  const width = column - 24;
  const label: TextStyle = { size: 8, color: MUTED };
  for (let i = 0; i < block.parties.length; i += 2) {
    const top = layout.y;
    let bottom = top;
    block.parties.slice(i, i + 2).forEach((party, j) => {
      const x = frame.x + j * column;
      layout.y = top;
      const role: TextStyle = { size: 8, leading: 1.3, weight: "bold", color: MUTED, upper: true, charSpace: 0.4 };
      layout.drawLines(layout.lines(party.role, role, width), role, x, width);
      layout.y += 2;
      const name: TextStyle = { size: 10, leading: 1.35, weight: "bold" };
      layout.drawLines(layout.lines(party.name, name, width), name, x, width);
      if (party.business) {
        const business: TextStyle = { size: 10, leading: 1.35, color: MUTED };
        layout.drawLines(layout.lines(party.business, business, width), business, x, width);
      }
      for (const line of ["Signature", "Name", "Date"]) {
        layout.y += line === "Signature" ? 40 : 26;
        layout.rule(x, layout.y, width, 0.75, INK);
        layout.y += 2;
        layout.drawLines([line], label, x, width);
      }
      bottom = Math.max(bottom, layout.y + 18);
    });
    layout.y = bottom;
  }
  layout.y += BLOCK_GAP;
}

function parties(layout: Layout, block: Extract<Block, { kind: "parties" }>, frame: Frame): void {
  layout.y += 4;
  const column = frame.width / Math.max(block.columns.length, 1);
  const top = layout.y;
  let bottom = top;
  block.columns.forEach((party, i) => {
    const x = frame.x + i * column;
    const width = column - 18;
    layout.y = top;
    const role: TextStyle = { size: 8, leading: 1.3, weight: "bold", color: MUTED, upper: true, charSpace: 0.4 };
    layout.drawLines(layout.lines(party.role, role, width), role, x, width);
    layout.y += 3;
    party.lines.forEach((line, j) => {
      const style: TextStyle = { size: 10, leading: 1.4, weight: j === 0 ? "bold" : "normal" };
      layout.drawLines(layout.lines(line, style, width), style, x, width);
    });
    bottom = Math.max(bottom, layout.y);
  });
  layout.y = bottom + 12;
}

function totals(layout: Layout, block: Extract<Block, { kind: "totals" }>, frame: Frame): void {
  layout.y -= 7;
  const indent = frame.width * 0.4;
  const labelWidth = frame.width * (1 - 0.4 - TOTALS_VALUE_SHARE);
  const valueWidth = frame.width * TOTALS_VALUE_SHARE;
  for (const row of block.rows) {
    const style: TextStyle = row.strong ? { size: 11, leading: 1.35, weight: "bold", align: "right" } : { ...CELL, align: "right" };
    const padding = row.strong ? 5 : 3;
    const labelLines = layout.lines(row.label, style, labelWidth - 10);
    const valueLines = layout.lines(row.value, style, valueWidth - 10);
    const top = layout.y;
    const height = Math.max(labelLines.length, valueLines.length) * layout.lineHeight(style) + 2 * padding;
    if (row.strong) layout.rule(frame.x + indent, top, labelWidth + valueWidth, 1, INK);
    layout.y = top + padding;
    layout.drawLines(labelLines, style, frame.x + indent + 5, labelWidth - 10);
    layout.y = top + padding;
    layout.drawLines(valueLines, style, frame.x + indent + labelWidth + 5, valueWidth - 10);
    layout.y = top + height;
    if (row.strong) layout.rule(frame.x + indent, layout.y, labelWidth + valueWidth, 1, INK);
  }
  layout.y += 10;
}

/** The code as dark squares inside its quiet zone, centred in the column, its caption under it. */
function qrCode(layout: Layout, block: Extract<Block, { kind: "qr" }>, frame: Frame): void {
  const matrix = qrMatrix(block.payload);
  const module = QR_SYMBOL_PT / matrix.size;
  const side = module * (matrix.size + 2 * QUIET_MODULES);
  const left = frame.x + (frame.width - side) / 2;
  if (!layout.dry) {
    layout.doc.setFillColor("#000000");
    for (let row = 0; row < matrix.size; row += 1) {
      // Runs of dark modules as one rectangle each, as the site's path does.
      let col = 0;
      while (col < matrix.size) {
        if (!matrix.dark[row * matrix.size + col]) {
          col += 1;
          continue;
        }
        const start = col;
        while (col < matrix.size && matrix.dark[row * matrix.size + col]) col += 1;
        const x = left + (QUIET_MODULES + start) * module;
        const y = layout.y + (QUIET_MODULES + row) * module;
        layout.doc.rect(x, y, (col - start) * module, module, "F");
      }
    }
  }
  layout.y += side + 2;
  const caption: TextStyle = { size: 8, leading: 1.35, color: MUTED, align: "center" };
  layout.drawLines(layout.lines(block.caption, caption, frame.width), caption, frame.x, frame.width);
}

/** The payment section: heading and details on the left, the code on the right, kept on one page. */
function qrSection(layout: Layout, section: Section, at: number): void {
  const code = section.blocks[at]!;
  const mainWidth = CONTENT_WIDTH - QR_COLUMN - 16;
  layout.keep(() => {
    heading(layout, section, MARGIN_X, CONTENT_WIDTH);
    const top = layout.y;
    for (const block of section.blocks.slice(0, at)) drawBlock(layout, block, { x: MARGIN_X, width: mainWidth });
    const left = layout.y;
    layout.y = top;
    drawBlock(layout, code, { x: MARGIN_X + CONTENT_WIDTH - QR_COLUMN, width: QR_COLUMN });
    layout.y = Math.max(left, layout.y) + 8;
  });
  for (const block of section.blocks.slice(at + 1)) drawBlock(layout, block, { x: MARGIN_X, width: CONTENT_WIDTH });
}

/** On every page once the flow is done, when the page count is known. */
function runningHeaderAndFooter(layout: Layout, header: string, footer: string): void {
  const { doc } = layout;
  const pages = doc.getNumberOfPages();
  const small: TextStyle = { size: 8, color: MUTED };
  const footerWidth = CONTENT_WIDTH - 80 - 12;
  for (let page = 1; page <= pages; page += 1) {
    doc.setPage(page);
    layout.y = HEADER_TOP;
    layout.drawLines(layout.lines(header, small, CONTENT_WIDTH), small, MARGIN_X, CONTENT_WIDTH);
    layout.y += 5;
    layout.rule(MARGIN_X, layout.y, CONTENT_WIDTH, 0.5, RULE);
    layout.rule(MARGIN_X, FOOTER_TOP, CONTENT_WIDTH, 0.5, RULE);
    layout.y = FOOTER_TOP + 5;
    layout.drawLines(layout.lines(footer, small, footerWidth), small, MARGIN_X, footerWidth);
    layout.y = FOOTER_TOP + 5;
    layout.drawLines([`Page ${page} of ${pages}`], { ...small, align: "right" }, MARGIN_X + CONTENT_WIDTH - 80, 80);
  }
}
