import type { FontScript } from "../../domain/document/printable-text";

/** The files of one extra script's font. Without `bold`, bold text uses the regular file. */
export interface ScriptFontFiles {
  regular: string;
  bold?: string;
}

/**
 * Where the fonts are loaded from: absolute http(s) URLs in the browser, file paths in Node.
 * Always TTF: the engine's subsetter crashes on WOFF2. The base font (Noto Sans) is always loaded;
 * each script's font only for a document that has a letter of that script.
 */
export interface FontSources {
  regular: string;
  bold: string;
  italic: string;
  scripts: Readonly<Record<FontScript, ScriptFontFiles>>;
}

/** The family every PDF style names first. */
export const PDF_FONT_FAMILY = "Noto Sans";

/** The family of each extra script's font, as registered with the engine. */
export const SCRIPT_FONT_FAMILY: Readonly<Record<FontScript, string>> = {
  arabic: "Noto Sans Arabic",
  hebrew: "Noto Sans Hebrew",
  han: "Noto Sans SC",
  hangul: "Noto Sans KR",
};

/**
 * The page's font stack: the engine prints each character from the first family that has a glyph
 * for it, and loads every family named, so only the scripts the document needs are named.
 */
export function pdfFontFamilies(scripts: readonly FontScript[]): string[] {
  return [PDF_FONT_FAMILY, ...scripts.map((script) => SCRIPT_FONT_FAMILY[script])];
}
