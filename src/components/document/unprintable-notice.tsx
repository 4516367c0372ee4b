import { UNPRINTABLE_MARK } from "../../domain/document/printable-text";

/** Names the characters the PDF's font can't print (nothing when there are none). */
export function UnprintableNotice({ characters }: { characters: readonly string[] }) {
  if (characters.length === 0) return null;
  return (
    <div className="notice" role="region" aria-labelledby="review-unprintable" data-testid="review-unprintable">
      <h2 id="review-unprintable" className="notice__title">
        Some characters can’t be printed in the PDF yet
      </h2>
      <p>
        The PDF’s font has Latin, Greek and Cyrillic letters only, so in the PDF each of these is printed as “{UNPRINTABLE_MARK}”:{" "}
        <span dir="auto">{characters.join(" ")}</span>. The preview below shows everything; to get a complete PDF, write those names or
        words in Latin letters.
      </p>
    </div>
  );
}
