import type { Result } from "../result";
import type { ContractStepId } from "./contract-steps";

export type FieldError = { step: ContractStepId; field: string; message: string };

/** Collects messages per field while a draft is read; the first message for a field wins. */
export class FieldErrors {
  readonly list: FieldError[] = [];
  constructor(private step: ContractStepId) {}

  at(step: ContractStepId): this {
    this.step = step;
    return this;
  }

  add(field: string, message: string): void {
    if (!this.list.some((e) => e.field === field)) this.list.push({ step: this.step, field, message });
  }

  /** The value of a parse result, or undefined after recording its message against the field. */
  take<T>(field: string, result: Result<T>): T | undefined {
    if (result.ok) return result.value;
    this.add(field, result.error);
    return undefined;
  }

  has(field: string): boolean {
    return this.list.some((e) => e.field === field);
  }
}
