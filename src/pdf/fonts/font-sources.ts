/**
 * Where the three Noto Sans faces are loaded from: absolute http(s) URLs in the browser,
 * file paths in Node. Always TTF: the engine's subsetter crashes on WOFF2.
 */
export interface FontSources {
  regular: string;
  bold: string;
  italic: string;
}

/** The one family every PDF style uses. */
export const PDF_FONT_FAMILY = "Noto Sans";
