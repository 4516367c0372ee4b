// Lists inside any draft (deliverables, invoice lines, payments, log entries): their ids and order.
// Apart from the contract draft's module, so the invoice and get-paid pages need not load its schema.

/** The next free id with a prefix: "d1", "d2"… (ids only need to be unique within the draft). */
export function nextId(prefix: string, taken: readonly { id: string }[]): string {
  let n = taken.length + 1;
  while (taken.some((t) => t.id === `${prefix}${n}`)) n += 1;
  return `${prefix}${n}`;
}

/** Moves the item with `id` one place up (-1) or down (+1); a no-op at either end. */
export function moveItem<T extends { id: string }>(items: readonly T[], id: string, by: -1 | 1): T[] {
  const from = items.findIndex((i) => i.id === id);
  const to = from + by;
  if (from < 0 || to < 0 || to >= items.length) return [...items];
  const copy = [...items];
  [copy[from], copy[to]] = [copy[to]!, copy[from]!];
  return copy;
}
