import { Font } from "@react-pdf/renderer";
import type { FontScript } from "../../domain/document/printable-text";
import { breakLongWord } from "../text/break-long-word";
import { PDF_FONT_FAMILY, SCRIPT_FONT_FAMILY, type FontSources } from "./font-sources";
import { cacheShaping } from "./shaping-cache";

let baseRegistered = false;
const scriptsRegistered = new Set<FontScript>();

/**
 * Registers Noto Sans (regular, bold, italic), the line-breaking rule, and the fonts of the given
 * extra scripts with the engine. Registering fetches nothing; the engine loads a family's file
 * when a page names it (see pdfFontFamilies). The engine keeps fonts in one global store, so
 * each family is registered once, the first time it is needed.
 */
export function registerFonts(sources: FontSources, scripts: readonly FontScript[] = []): void {
  if (!baseRegistered) {
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
    cacheFamilyShaping(PDF_FONT_FAMILY);
    baseRegistered = true;
  }
  for (const script of scripts) {
    if (scriptsRegistered.has(script)) continue;
    const files = sources.scripts[script];
    const family = SCRIPT_FONT_FAMILY[script];
    Font.register({
      family,
      fonts: [
        { src: files.regular, fontWeight: 400, fontStyle: "normal" },
        ...(files.bold ? [{ src: files.bold, fontWeight: 700, fontStyle: "normal" as const }] : []),
        // These scripts have no italic; the engine needs a face for every style it is asked for.
        { src: files.regular, fontWeight: 400, fontStyle: "italic" },
      ],
    });
    shareUprightFace(family);
    cacheFamilyShaping(family);
    scriptsRegistered.add(script);
  }
}

/**
 * The italic stand-in is the upright file: make it reuse the upright face once loaded rather than
 * fetch and parse the same file again (10 MB for the CJK font; any notice is in italic).
 */
function shareUprightFace(family: string): void {
  const sources = Font.getRegisteredFonts()[family]?.sources ?? [];
  const upright = sources.find((source) => source.fontStyle === "normal" && source.fontWeight === 400);
  const italic = sources.find((source) => source.fontStyle === "italic");
  if (!upright || !italic) return;
  italic.load = async () => {
    await upright.load();
    italic.data = upright.data;
  };
}

/** Each face of the family remembers the strings it has shaped (see shaping-cache.ts). */
function cacheFamilyShaping(family: string): void {
  for (const source of Font.getRegisteredFonts()[family]?.sources ?? []) cacheShaping(source);
}
