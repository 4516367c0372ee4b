import { useStore } from "@nanostores/react";
import { type SubmitEvent, useState } from "react";
import { parseWholeNumber } from "../../domain/contract/parse-whole-number";
import { MAX_SEQUENCE } from "../../domain/invoice/book-number";
import { announce } from "../../stores/announcer";
import { $bookReadOnly, setNumbering } from "../../stores/invoice-book";
import { $numbering } from "../../stores/invoice-list";
import { TextField } from "../form/text-field";
import { WholeNumberField } from "../form/whole-number-field";

const PREFIX_ID = "numbering-prefix";
const START_ID = "numbering-start";

/** The prefix of the next invoice ("2026-"), and the first number of a new series. */
export function NumberingSettings() {
  const numbering = useStore($numbering);
  const readOnly = useStore($bookReadOnly);
  const [prefix, setPrefixText] = useState(numbering.prefix);
  const [start, setStart] = useState("");
  const [errors, setErrors] = useState<{ prefix?: string; start?: string }>({});
  const [saved, setSaved] = useState("");

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    let startAt: number | undefined;
    if (start.trim() !== "") {
      const read = parseWholeNumber(start, 1, MAX_SEQUENCE, "the first number");
      if (!read.ok) {
        setErrors({ start: read.error });
        document.getElementById(START_ID)?.focus();
        return;
      }
      startAt = read.value;
    }
    const result = setNumbering(prefix, startAt);
    if (!result.ok) {
      // Messages about the first number name it; anything else is about the prefix.
      const aboutStart = startAt !== undefined && /first number|start at|series already/i.test(result.message);
      setErrors(aboutStart ? { start: result.message } : { prefix: result.message });
      document.getElementById(aboutStart ? START_ID : PREFIX_ID)?.focus();
      setSaved("");
      return;
    }
    setErrors({});
    setStart("");
    setSaved("Numbering saved.");
    announce("Numbering saved.");
  };

  return (
    <section className="stack stack--small" aria-labelledby="numbering-title">
      <h2 id="numbering-title" className="heading-m">
        Invoice numbers
      </h2>
      <p>
        Your next invoice will be number <strong data-testid="next-number">{numbering.next}</strong>. Numbers run in order without
        gaps, as tax authorities expect, and each prefix is a series of its own.
      </p>
      {numbering.gaps.length > 0 ? (
        <div className="warning-text">
          <span className="visually-hidden">Warning: </span>
          {numbering.gaps.map((g) => (g.count === 1 ? g.first : `${g.first} to ${g.last}`)).join(", ")}{" "}
          {numbering.gaps.reduce((n, g) => n + g.count, 0) === 1 ? "is" : "are"} missing from this list. If they came from another
          browser, import its file of invoices; if they were never sent, keep a note of why.
        </div>
      ) : null}
      {readOnly ? null : (
        <form className="numbering" noValidate onSubmit={submit} aria-labelledby="numbering-title">
          <TextField
            id={PREFIX_ID}
            label="Prefix"
            hint="Letters, digits and - / _ . only, like “2026-” or “INV/”. A new prefix starts a new series; an old one continues where it stopped."
            value={prefix}
            error={errors.prefix}
            maxLength={20}
            width="medium"
            spellCheck={false}
            onChange={(value) => {
              setPrefixText(value);
              setSaved("");
            }}
          />
          <WholeNumberField
            id={START_ID}
            label="Start the new series at (optional)"
            hint={
              numbering.canChooseStart
                ? "For example 42, to carry on numbering you began elsewhere. Only for a series with no invoices yet."
                : "Only for a series with no invoices yet: choose a new prefix first."
            }
            value={start}
            error={errors.start}
            maxLength={9}
            onChange={(value) => {
              setStart(value);
              setSaved("");
            }}
          />
          <div className="button-group">
            <button type="submit" className="button button--secondary">
              Save numbering
            </button>
          </div>
          <p role="status" className={saved ? "status" : undefined}>
            {saved}
          </p>
        </form>
      )}
    </section>
  );
}
