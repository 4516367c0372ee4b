import type { Result } from "../result";
import type { ContractStepId } from "./contract-steps";

/** A message for one field; `Step` is the wizard's step ids (the contract's by default, the invoice's too). */
export type FieldError<Step extends string = ContractStepId> = { step: Step; field: string; message: string };

/** Collects messages per field while a draft is read; the first message for a field wins. */
export class FieldErrors<Step extends string = ContractStepId> {
  readonly list: FieldError<Step>[] = [];
  // A 500-line invoice can hold thousands of messages: look fields up in a set, not the list.
  private readonly fields = new Set<string>();
  constructor(private step: Step) {}

  at(step: Step): this {
    this.step = step;
    return this;
  }

  add(field: string, message: string): void {
    if (this.fields.has(field)) return;
    this.fields.add(field);
    this.list.push({ step: this.step, field, message });
  }

  /** The value of a parse result, or undefined after recording its message against the field. */
  take<T>(field: string, result: Result<T>): T | undefined {
    if (result.ok) return result.value;
    this.add(field, result.error);
    return undefined;
  }

  has(field: string): boolean {
    return this.fields.has(field);
  }
}
