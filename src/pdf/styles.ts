import { StyleSheet } from "@react-pdf/renderer";
import { PDF_FONT_FAMILY } from "./fonts/font-sources";
import { FOOTER_TOP, HEADER_TOP, MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X } from "./page-geometry";

const INK = "#1b1b1b";
const MUTED = "#5c5c5c";
const RULE = "#c9c9c9";
const TINT = "#f3f3ef";

const BODY_SIZE = 10;

/**
 * Font size and line height, always together: the engine resolves a unitless lineHeight
 * against the fontSize of the same style (18 by default), not the inherited one.
 * Only text styles get a lineHeight, never the page or a container: anywhere in the cascade
 * of the page-number text it can make the number disappear (see pdf-notes.md).
 */
const type = (fontSize: number, lineHeight: number) => ({ fontSize, lineHeight });
const CLAUSE_NUMBER_WIDTH = 30;
const body = type(BODY_SIZE, 1.45);

export const styles = StyleSheet.create({
  page: {
    fontFamily: PDF_FONT_FAMILY,
    // Noto's "ccmp" feature splits some precomposed letters (ị, ọ, ụ) into a base letter and a
    // separate dot glyph that carries no character, so copied or extracted text loses the
    // accent ("Thị" reads "Thi"). Text is NFC, and the font has every precomposed glyph.
    fontFeatureSettings: { ccmp: false },
    fontSize: BODY_SIZE,
    color: INK,
    paddingTop: MARGIN_TOP,
    paddingBottom: MARGIN_BOTTOM,
    paddingHorizontal: MARGIN_X,
  },

  header: {
    position: "absolute",
    top: HEADER_TOP,
    left: MARGIN_X,
    right: MARGIN_X,
    paddingBottom: 5,
    borderBottomWidth: 0.5,
    borderBottomColor: RULE,
    fontSize: 8,
    color: MUTED,
  },
  footer: {
    position: "absolute",
    top: FOOTER_TOP,
    left: MARGIN_X,
    right: MARGIN_X,
    flexDirection: "row",
    justifyContent: "space-between",
    paddingTop: 5,
    borderTopWidth: 0.5,
    borderTopColor: RULE,
    fontSize: 8,
    color: MUTED,
  },
  footerText: { flex: 1, paddingRight: 12 },
  pageNumber: { width: 80, textAlign: "right" },

  title: { ...type(20, 1.25), fontWeight: 700, marginBottom: 6 },
  subtitle: { ...type(11, 1.4), color: MUTED },
  titleBlock: { marginBottom: 18, paddingBottom: 12, borderBottomWidth: 1, borderBottomColor: INK },

  sectionHeading: { ...type(12, 1.3), fontWeight: 700, marginTop: 14, marginBottom: 6 },
  sectionNumber: { color: MUTED },

  block: { marginBottom: 7 },
  paragraph: body,

  // flex-start, not the default stretch: a stretched number would be as tall as its text, and
  // the paginator could not split the row (a one-line box "taller" than the space left).
  hanging: { flexDirection: "row", alignItems: "flex-start" },
  clauseNumber: { ...body, width: CLAUSE_NUMBER_WIDTH, color: MUTED },
  // Lists belong to the clause before them: indented to its text.
  list: { marginLeft: CLAUSE_NUMBER_WIDTH },
  bullet: { ...body, width: 14, color: MUTED },
  hangingText: { ...body, flex: 1 },
  listItem: { marginBottom: 2 },

  factRow: { flexDirection: "row", paddingVertical: 3, borderBottomWidth: 0.5, borderBottomColor: RULE },
  factTerm: { ...type(BODY_SIZE, 1.35), width: "34%", paddingRight: 10, fontWeight: 700 },
  factValue: { ...type(BODY_SIZE, 1.35), flex: 1 },
  factsGrid: { marginBottom: 16 },
  factPair: { width: "50%", flexDirection: "row", alignItems: "flex-start" },
  factPairLeft: { paddingRight: 12 },
  factPairTerm: { ...type(BODY_SIZE, 1.35), width: "42%", paddingRight: 8, fontWeight: 700 },

  table: { borderTopWidth: 1, borderTopColor: INK, borderBottomWidth: 1, borderBottomColor: INK },
  tableCaption: { ...type(9, 1.3), fontWeight: 700, color: MUTED, marginBottom: 4 },
  tableRow: { flexDirection: "row", borderBottomWidth: 0.5, borderBottomColor: RULE },
  tableHeaderRow: { flexDirection: "row", backgroundColor: TINT, borderBottomWidth: 0.75, borderBottomColor: INK },
  tableFooterRow: { flexDirection: "row", borderTopWidth: 0.75, borderTopColor: INK },
  tableCell: { ...type(9, 1.35), paddingVertical: 4, paddingHorizontal: 5 },
  tableHeaderCell: { fontWeight: 700 },
  tableFooterCell: { fontWeight: 700 },

  notice: {
    padding: 9,
    borderWidth: 0.75,
    borderColor: MUTED,
    borderRadius: 2,
    backgroundColor: TINT,
  },
  noticeText: { ...type(9, 1.4), fontStyle: "italic" },

  signatures: { flexDirection: "row", flexWrap: "wrap", marginTop: 6 },
  signatureParty: { width: "50%", paddingRight: 24, marginBottom: 18 },
  signatureRole: { ...type(8, 1.3), fontWeight: 700, color: MUTED, textTransform: "uppercase", letterSpacing: 0.4 },
  signatureName: { ...type(BODY_SIZE, 1.35), fontWeight: 700, marginTop: 2 },
  signatureBusiness: { ...type(BODY_SIZE, 1.35), color: MUTED },
  signatureLine: { marginTop: 26, borderTopWidth: 0.75, borderTopColor: INK, paddingTop: 2 },
  signatureSpace: { marginTop: 40 },
  signatureLabel: { fontSize: 8, color: MUTED },

  // Invoice blocks: address columns, totals under the amount column, the payment QR code.
  parties: { flexDirection: "row", marginTop: 4, marginBottom: 12 },
  partyColumn: { paddingRight: 18 },
  partyRole: { ...type(8, 1.3), fontWeight: 700, color: MUTED, textTransform: "uppercase", letterSpacing: 0.4, marginBottom: 3 },
  partyName: { ...type(BODY_SIZE, 1.4), fontWeight: 700 },
  partyLine: type(BODY_SIZE, 1.4),

  totals: { marginTop: -7, marginBottom: 10 },
  totalsRow: { flexDirection: "row" },
  // Cells share the table cells' padding, so the amounts line up with the amount column.
  totalsLabel: { ...type(9, 1.35), paddingVertical: 3, paddingHorizontal: 5, textAlign: "right" },
  totalsValue: { ...type(9, 1.35), paddingVertical: 3, paddingHorizontal: 5, textAlign: "right" },
  totalsStrong: { ...type(11, 1.35), fontWeight: 700, paddingVertical: 5, borderTopWidth: 1, borderTopColor: INK, borderBottomWidth: 1, borderBottomColor: INK },

  // A section with a QR code: its other blocks on the left, the code and caption on the right.
  qrSection: { flexDirection: "row", alignItems: "flex-start", marginBottom: 8 },
  qrSectionMain: { flex: 1, paddingRight: 16 },
  qr: { width: 126, alignItems: "center" },
  qrCaption: { ...type(8, 1.35), marginTop: 2, color: MUTED, textAlign: "center" },
});
