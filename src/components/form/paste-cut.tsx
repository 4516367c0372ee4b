import { type ClipboardEvent, useState } from "react";

// The browser silently drops the part of a paste that does not fit a field's maxLength;
// these say so instead (bad-inputs #24).

export function usePasteCut(value: string, maxLength: number | undefined) {
  const [cut, setCut] = useState(false);
  return {
    cut,
    onPaste(event: ClipboardEvent<HTMLInputElement | HTMLTextAreaElement>) {
      if (maxLength === undefined) return;
      const field = event.currentTarget;
      const selected = (field.selectionEnd ?? 0) - (field.selectionStart ?? 0);
      const pasted = event.clipboardData.getData("text").length;
      if (value.length - selected + pasted > maxLength) setCut(true);
    },
    /** Call with each new value: the message goes once the text is under the limit again. */
    changed(next: string) {
      if (cut && maxLength !== undefined && next.length < maxLength) setCut(false);
    },
  };
}

export function PasteCutNotice({ maxLength }: { maxLength: number }) {
  return (
    <p className="char-count char-count--bad" role="status">
      The pasted text was longer than {maxLength.toLocaleString("en")} characters, so its end was cut off.
    </p>
  );
}
