// Pagefind's excerpts are HTML: the page's text with the matched words in <mark>. The page never
// sets them as HTML; it splits them here into plain pieces and builds text nodes and <mark>
// elements itself, so nothing from the index can become markup or script.

export type ExcerptPart = { text: string; marked: boolean };

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
      // Only characters a text node can hold; anything else (a lone surrogate, NUL) is dropped.
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : "";
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** The excerpt as plain text pieces; <mark> … </mark> become marked pieces, every other tag is dropped. */
export function excerptParts(html: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const piece of html.split(/(<\/?mark\b[^>]*>)/i)) {
    if (/^<mark\b/i.test(piece)) marked = true;
    else if (/^<\/mark/i.test(piece)) marked = false;
    else {
      const text = decodeEntities(piece.replace(/<[^>]*>?/g, ""));
      if (text) parts.push({ text, marked });
    }
  }
  return parts;
}
