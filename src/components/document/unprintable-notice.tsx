import { UNPRINTABLE_MARK } from "../../domain/document/printable-text";

/** Names the characters the PDF's font can't print (nothing when there are none). */
export function UnprintableNotice({ characters }: { characters: readonly string[] }) {
  if (characters.length === 0) return null;
  return (
    <div className="notice" role="region" aria-labelledby="review-unprintable" data-testid="review-unprintable">
      <h2 id="review-unprintable" className="notice__title">
        Some characters can’t be printed in the PDF
      </h2>
      <p>
        The PDF prints Latin, Greek, Cyrillic, Arabic, Hebrew, Chinese, Japanese and Korean letters, but it has no font for emoji
        or for these characters, so in the PDF each of them is replaced by “{UNPRINTABLE_MARK}”:{" "}
        <span dir="auto">{characters.join(" ")}</span>. The preview below shows everything; to get a complete PDF, remove them or
        write those words in one of the scripts above.
      </p>
    </div>
  );
}
