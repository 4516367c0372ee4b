import { z } from "../zod";
import { LONG_TEXT_MAX, SHORT_TEXT_MAX } from "../contract/text-limits";

// Building blocks for draft schemas. A draft keeps what the user typed, as typed (strings), with a
// default for every field, so an older or partial draft still parses and nothing is coerced.

export const capped = (max: number) => z.string().check(z.maxLength(max));
export const line = (max = SHORT_TEXT_MAX, initial = "") => z._default(capped(max), initial);
export const text = (max = LONG_TEXT_MAX) => z._default(capped(max), "");
export const id = z.string().check(z.minLength(1), z.maxLength(40));
export const list = <T extends z.ZodMiniType>(item: T, max: number, initial: z.output<T>[] = []) =>
  z._default(z.array(item).check(z.maxLength(max)), initial);
export const choice = <const T extends readonly [string, ...string[]]>(values: T, initial: T[number]) =>
  z._default(z.enum(values), initial);
export const flag = (initial: boolean) => z._default(z.boolean(), initial);
/** Every field inside has a default, so an empty object is a valid input for any group. */
export const group = <T extends z.ZodMiniObject>(schema: T) => z.prefault(schema, {} as z.input<T>);
