// Dot paths into the draft ("client.name", "payment.milestones.0.shareValue"): the same paths
// the domain uses in its error messages, so a field, its error and its DOM id share one name.

export type DraftValue = string | boolean | string[];

function step(node: unknown, key: string): unknown {
  if (Array.isArray(node)) {
    const index = Number(key);
    return Number.isInteger(index) ? node[index] : undefined;
  }
  if (node !== null && typeof node === "object" && Object.hasOwn(node, key)) {
    return (node as Record<string, unknown>)[key];
  }
  return undefined;
}

/** The value at a path, or undefined when the path leads nowhere. */
export function valueAt(root: unknown, path: string): unknown {
  return path.split(".").reduce<unknown>(step, root);
}

function kindOf(value: unknown): string {
  return Array.isArray(value) ? "array" : typeof value;
}

function put(node: unknown, keys: readonly string[], value: unknown, path: string): unknown {
  const [head, ...rest] = keys;
  if (head === undefined) {
    // Only replace like with like, so a typo in a path can't turn a list into a string.
    if (kindOf(node) !== kindOf(value)) throw new TypeError(`${path} holds a ${kindOf(node)}, not a ${kindOf(value)}`);
    return value;
  }
  if (Array.isArray(node)) {
    const index = Number(head);
    if (!Number.isInteger(index) || index < 0 || index >= node.length) throw new RangeError(`No item ${head} in ${path}`);
    const copy = [...node];
    copy[index] = put(node[index], rest, value, path);
    return copy;
  }
  if (node !== null && typeof node === "object" && Object.hasOwn(node, head)) {
    const record = node as Record<string, unknown>;
    return { ...record, [head]: put(record[head], rest, value, path) };
  }
  throw new RangeError(`The draft has no field ${path}`);
}

/** A copy of the root with the value at the path replaced; untouched branches are shared. */
export function withValueAt<T>(root: T, path: string, value: DraftValue): T {
  return put(root, path.split("."), value, path) as T;
}

type SchemaNode = { _zod: { def: Record<string, unknown> } };
type CheckNode = { _zod: { def: { check?: string; maximum?: number } } };

function unwrap(schema: SchemaNode): SchemaNode {
  let node = schema;
  while (["default", "prefault", "optional", "nullable", "readonly"].includes(String(node._zod.def.type))) {
    node = node._zod.def.innerType as SchemaNode;
  }
  return node;
}

const limitsBySchema = new WeakMap<object, Map<string, number | undefined>>();

/**
 * The longest text a draft schema accepts at a path (array indexes may be any number), read
 * from the schema itself so an input's maxLength can never drift from what a saved draft allows.
 */
export function maxLengthIn(schema: object, path: string): number | undefined {
  let limits = limitsBySchema.get(schema);
  if (!limits) limitsBySchema.set(schema, (limits = new Map()));
  const general = path.replace(/\.\d+(?=\.|$)/g, ".0");
  if (limits.has(general)) return limits.get(general);
  let node: SchemaNode | undefined = schema as unknown as SchemaNode;
  for (const key of general.split(".")) {
    if (!node) break;
    const inner = unwrap(node);
    const def = inner._zod.def;
    if (def.type === "object") node = (def.shape as Record<string, SchemaNode>)[key];
    else if (def.type === "array") node = def.element as SchemaNode;
    else node = undefined;
  }
  const leaf = node ? unwrap(node) : undefined;
  // The string's max_length check, as declared in the schema.
  const checks = (leaf && leaf._zod.def.type === "string" ? (leaf._zod.def.checks as CheckNode[] | undefined) : undefined) ?? [];
  const max = checks.find((c) => c._zod.def.check === "max_length")?._zod.def.maximum;
  limits.set(general, max);
  return max;
}
