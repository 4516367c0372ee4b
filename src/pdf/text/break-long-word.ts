// react-pdf hands every word (text between spaces) to the hyphenation callback and lays out
// the parts it returns. Two facts of its line breaker (textkit 4.x) are used here:
//  - two adjacent non-empty parts make a hyphenation point, and breaking there prints a "-";
//  - an empty part "" becomes a zero-width glue: a break opportunity that prints nothing.
// So a word is returned whole (no automatic hyphenation at all), or cut into pieces joined
// by "" where a line may break without any character being added to the text.

/** Words up to this many UTF-16 units are returned whole: the cheap path for prose. */
const SHORT_WORD = 12;
/** Prose words longer than this many characters may break anywhere rather than overflow. */
const LONG_PROSE_WORD = 24;
/** A piece of a technical string longer than this may break between any two characters. */
const LONG_PIECE = 12;
/** Marks a string that is not prose: a URL, an e-mail, an IBAN, a reference number… */
const TECHNICAL = /[\d/\\@_=?&#%+~|]|[.:,;](?=[\p{L}\p{N}])/u;
/** Where URLs and the like break best: after a slash or colon (not before "/"), before other punctuation. */
const TECHNICAL_BREAK = /(?<=[/:])(?![/:])|(?<=.)(?=[.,\-_?#%~@&=+])/u;
/** Where prose breaks without help: after its own hyphens and dashes. */
const PROSE_BREAK = /(?<=[-‐–—])(?=.)/u;

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });
const characters = (text: string) => Array.from(graphemes.segment(text), (part) => part.segment);

/**
 * Splits a word into parts for react-pdf's hyphenation callback. The parts always join back
 * to the word and never sit side by side without an empty part between them, so no hyphen
 * is ever inserted.
 *  - short words and prose words of normal length stay whole, apart from after their own hyphens;
 *  - technical strings (URLs, e-mails, IBANs) break at punctuation, and long runs without
 *    punctuation between any two characters;
 *  - overlong prose words break between any two characters rather than overflow.
 */
export function breakLongWord(word: string): string[] {
  if (word.length <= SHORT_WORD) return [word];
  return TECHNICAL.test(word)
    ? breakAt(word, TECHNICAL_BREAK, LONG_PIECE)
    : breakAt(word, PROSE_BREAK, LONG_PROSE_WORD);
}

/** Splits at the pattern, then splits pieces longer than maxPiece into characters. */
function breakAt(word: string, pattern: RegExp, maxPiece: number): string[] {
  const pieces = word
    .split(pattern)
    .flatMap((piece) => (piece.length > maxPiece ? characters(piece) : [piece]));
  return pieces.flatMap((piece, index) => (index === 0 ? [piece] : ["", piece]));
}
