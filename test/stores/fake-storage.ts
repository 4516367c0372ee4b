import type { KeyValueStorage } from "../../src/stores/storage-engine";

/** An in-memory localStorage whose writes can be made to fail like a full or disabled one. */
export class FakeStorage implements KeyValueStorage {
  readonly data = new Map<string, string>();
  failWrites = false;
  writes = 0;

  constructor(initial: Record<string, string> = {}) {
    for (const [k, v] of Object.entries(initial)) this.data.set(k, v);
  }

  get length(): number {
    return this.data.size;
  }

  key(index: number): string | null {
    return [...this.data.keys()][index] ?? null;
  }

  getItem(key: string): string | null {
    return this.data.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    if (this.failWrites) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    this.writes += 1;
    this.data.set(key, String(value));
  }

  removeItem(key: string): void {
    this.data.delete(key);
  }
}
