import { Font } from "@react-pdf/renderer";
import { breakLongWord } from "../text/break-long-word";
import { PDF_FONT_FAMILY, type FontSources } from "./font-sources";

let registered = false;

/**
 * Registers Noto Sans (regular, bold, italic) and the line-breaking rule with the engine.
 * The engine keeps fonts in one global store, so only the first call counts.
 */
export function registerFonts(sources: FontSources): void {
  if (registered) return;
  Font.register({
    family: PDF_FONT_FAMILY,
    fonts: [
      { src: sources.regular, fontWeight: 400, fontStyle: "normal" },
      { src: sources.bold, fontWeight: 700, fontStyle: "normal" },
      { src: sources.italic, fontWeight: 400, fontStyle: "italic" },
    ],
  });
  // Replaces the built-in English hyphenation: no hyphen is ever inserted.
  Font.registerHyphenationCallback(breakLongWord);
  registered = true;
}
