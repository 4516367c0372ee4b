import type { Font } from "@react-pdf/renderer";

// Shaping (fontkit's `layout`: glyph substitution and positioning) is a third of a contract's
// render, and a worker renders the same clauses again and again: the warm-up, each Download,
// each invoice of a contract. So each loaded font remembers the glyph runs of the strings it
// shaped. Only the font's answer to "shape this string" is kept, never a page or a file: line
// breaking, pagination and the PDF are made afresh on every render.

type FontSource = ReturnType<typeof Font.getFont>;
type FontData = NonNullable<FontSource["data"]>;
type Layout = FontData["layout"];
type GlyphRun = ReturnType<Layout>;

/**
 * Characters remembered per font before it starts again (~60 bytes each, so ~6 MB at most): a
 * 10-page contract shapes ~26,000 in ~350 strings, so a few documents fit.
 */
const MAX_CHARACTERS = 100_000;

interface Shaped {
  run: GlyphRun;
  /** fontkit writes the features it applied into the features object it was given; replayed on a hit. */
  features: Record<string, boolean> | undefined;
}

const cached = new WeakSet<FontData>();

/**
 * Makes the source's font remember its glyph runs once loaded. Each hit returns a copy (the
 * engine may write into the arrays it is given), with the same glyphs and positions as a fresh
 * call: the key is everything fontkit reads (string, features as given, script, language,
 * direction), so the output is byte for byte the same.
 */
export function cacheShaping(source: FontSource): void {
  const load = source.load.bind(source);
  source.load = async () => {
    await load();
    const data = source.data;
    if (data && !cached.has(data)) {
      cached.add(data);
      data.layout = memoLayout(data.layout.bind(data));
      // Read twice per character by the engine's font substitution; a getter through the font's
      // table lookup every time (~5% of a render). A constant of the file, so kept as a value.
      Object.defineProperty(data, "unitsPerEm", { value: data.unitsPerEm });
    }
  };
}

function memoLayout(layout: Layout): Layout {
  let shaped = new Map<string, Shaped>();
  let characters = 0;
  return (string, features, script, language, direction) => {
    // A glyph array (not a string) is shaped as it is, uncached.
    if (typeof string !== "string") return layout(string, features, script, language, direction);
    const key = `${featureKey(features)}|${script ?? ""}|${language ?? ""}|${direction ?? ""}|${string}`;
    const hit = shaped.get(key);
    if (hit) {
      if (hit.features && features && !Array.isArray(features)) Object.assign(features, hit.features);
      return copyRun(hit.run);
    }
    const run = layout(string, features, script, language, direction);
    if (characters + string.length > MAX_CHARACTERS) {
      shaped = new Map();
      characters = 0;
    }
    characters += string.length;
    shaped.set(key, { run: copyRun(run), features: features && !Array.isArray(features) ? { ...features } : undefined });
    return run;
  };
}

function featureKey(features: Parameters<Layout>[1]): string {
  if (!features) return "";
  if (Array.isArray(features)) return `[${features.join(",")}]`;
  let key = "";
  for (const tag in features) key += features[tag] ? `+${tag}` : `-${tag}`;
  return key;
}

/** A glyph run with its own arrays and position objects (the glyphs are the font's shared ones). */
function copyRun(run: GlyphRun): GlyphRun {
  return Object.assign(Object.create(Object.getPrototypeOf(run) as object) as GlyphRun, run, {
    glyphs: run.glyphs.slice(),
    positions: run.positions.map((position) => Object.assign(Object.create(Object.getPrototypeOf(position) as object) as object, position)),
    features: { ...run.features },
  });
}
