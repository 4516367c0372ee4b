import type { Block } from "../../domain/document/document-model";

/** The block of one kind, e.g. BlockOf<"table">. */
export type BlockOf<K extends Block["kind"]> = Extract<Block, { kind: K }>;
