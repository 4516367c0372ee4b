import { z } from "../zod";

// What every saved or exported Upfront file shares: an envelope naming the app, the kind of data
// and its version, so a later version of the app can migrate old data, and an old version can
// refuse to overwrite newer data. Opening is defensive: size-checked before parsing, JSON parsed
// without keys that could reach a prototype, envelope-checked, migrated, then validated by the
// kind's schema (unknown keys stripped) and repaired.

export type EnvelopeKind<S extends z.ZodMiniType> = {
  kind: string;
  /** The version this app writes. */
  version: number;
  /** Validates (and fills defaults of) the data inside the envelope. */
  schema: S;
  /** Steps from version n to n+1, keyed by n. */
  migrations: Record<number, (data: unknown) => unknown>;
  /** Longer texts are refused before they are parsed. */
  maxChars: number;
  /** Fixes what the schema can't express (e.g. duplicate ids); runs on data that opens normally. */
  repair?: (value: z.output<S>) => z.output<S>;
  /** How messages name the data: "draft" / "contract draft", "invoice list" / "invoice list". */
  words: { short: string; full: string };
};

export type Envelope = {
  app: "upfront";
  kind: string;
  version: number;
  savedAt?: string | undefined;
  data: unknown;
};

export type Opened<T> =
  | { status: "ok"; value: T; migratedFrom: number | null }
  | { status: "newer"; version: number; value: T | null }
  | { status: "damaged"; message: string };

export const envelopeSchema = <K extends string>(kind: K) =>
  z.object({
    app: z.literal("upfront"),
    kind: z.literal(kind),
    version: z.int().check(z.minimum(1)),
    savedAt: z.optional(z.string().check(z.maxLength(40))),
    data: z.unknown(),
  });

export function wrapEnvelope(kind: Pick<EnvelopeKind<z.ZodMiniType>, "kind" | "version">, data: unknown, savedAt?: string): Envelope {
  return { app: "upfront", kind: kind.kind, version: kind.version, savedAt, data };
}

/** JSON.parse reviver: keys that could reach an object's prototype are dropped before anything reads the data. */
export function withoutPrototypeKeys(_key: string, value: unknown): unknown {
  if (value && typeof value === "object" && !Array.isArray(value)) {
    const clean: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (k !== "__proto__" && k !== "constructor" && k !== "prototype") clean[k] = v;
    }
    return clean;
  }
  return value;
}

/**
 * Ids name list items (remove, move, link), so a hand-edited or damaged file with two items of
 * one id gets fresh ids (prefix + number) for the later copies.
 */
export function withUniqueIds<T extends { id: string }>(items: T[], prefix: string): T[] {
  const seen = new Set<string>();
  return items.map((item) => {
    let id = item.id;
    for (let n = items.length + 1; seen.has(id); n += 1) id = `${prefix}${n}`;
    seen.add(id);
    return id === item.id ? item : { ...item, id };
  });
}

/** Opens a saved or imported file's text. Never throws. */
export function openEnvelope<S extends z.ZodMiniType>(text: string, spec: EnvelopeKind<S>): Opened<z.output<S>> {
  const { short, full } = spec.words;
  if (text.length > spec.maxChars) return { status: "damaged", message: `This file is too large to be an Upfront ${short}.` };
  let raw: unknown;
  try {
    raw = JSON.parse(text, withoutPrototypeKeys);
  } catch {
    return { status: "damaged", message: `This isn't an Upfront ${short}: the file is not valid JSON.` };
  }
  const envelope = envelopeSchema(spec.kind).safeParse(raw);
  if (!envelope.success) return { status: "damaged", message: `This isn't an Upfront ${full}.` };
  const { version } = envelope.data;
  if (version > spec.version) {
    const parsed = spec.schema.safeParse(envelope.data.data);
    return { status: "newer", version, value: parsed.success ? parsed.data : null };
  }
  let data = envelope.data.data;
  for (let v = version; v < spec.version; v += 1) {
    const step = spec.migrations[v];
    if (!step) return { status: "damaged", message: `This ${short}'s version (${version}) can't be upgraded.` };
    try {
      data = step(data);
    } catch {
      return { status: "damaged", message: `This ${short}'s version (${version}) can't be upgraded.` };
    }
  }
  const parsed = spec.schema.safeParse(data);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first ? first.path.join(".") : "";
    return { status: "damaged", message: `This ${full} is damaged${where ? ` (at ${where})` : ""} and can't be opened.` };
  }
  const value = spec.repair ? spec.repair(parsed.data) : parsed.data;
  return { status: "ok", value, migratedFrom: version < spec.version ? version : null };
}
