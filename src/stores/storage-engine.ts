import { type PersistentEvents, setPersistentEngine, windowPersistentEvents } from "@nanostores/persistent";

// localStorage can be missing, disabled (private windows), full, or throw on any access.
// Everything persistent goes through this guard: writes are kept in memory first and written
// a moment later, so typing never waits on storage and a failed write never breaks the page.

/** The part of the Web Storage API the guard needs (a fake one in tests). */
export type KeyValueStorage = {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  key(index: number): string | null;
  readonly length: number;
};

export type WriteListener = (key: string, ok: boolean) => void;

export type GuardedStorage = {
  /** False when there is no storage at all or a test write failed: nothing will be kept. */
  readonly writable: boolean;
  /** The object handed to @nanostores/persistent (reads see unwritten changes). */
  readonly engine: Record<string, string>;
  read(key: string): string | undefined;
  /** Writes at once, skipping the delay (backups); true when it reached storage. */
  writeNow(key: string, value: string): boolean;
  removeNow(key: string): boolean;
  keys(): string[];
  /** A frozen key is never written or removed (a draft from a newer version of the app). */
  freeze(key: string): void;
  unfreeze(key: string): void;
  /** Writes every pending change now (page hidden or closing). */
  flush(): void;
  /** Forgets a pending change, e.g. when another tab has just written a newer value. */
  forget(key: string | null): void;
  onWrite(listener: WriteListener): () => void;
};

export type GuardOptions = {
  /** How long writes wait, so fast typing is written a few times a second at most. */
  delayMs?: number;
  schedule?: (run: () => void, ms: number) => unknown;
};

const PROBE_KEY = "upfront:storage-probe";

/** The browser's localStorage if it can be read at all, else null. */
export function browserStorage(): KeyValueStorage | null {
  try {
    const storage = globalThis.localStorage as KeyValueStorage | undefined;
    if (!storage) return null;
    storage.getItem(PROBE_KEY);
    return storage;
  } catch {
    return null;
  }
}

function canWrite(storage: KeyValueStorage | null): boolean {
  if (!storage) return false;
  try {
    storage.setItem(PROBE_KEY, "1");
    storage.removeItem(PROBE_KEY);
    return true;
  } catch {
    return false;
  }
}

export function createGuardedStorage(storage: KeyValueStorage | null, options: GuardOptions = {}): GuardedStorage {
  const { delayMs = 300, schedule = (run, ms) => setTimeout(run, ms) } = options;
  // Pending changes by key: a string to write, undefined to remove.
  const pending = new Map<string, string | undefined>();
  const frozen = new Set<string>();
  const listeners = new Set<WriteListener>();
  let scheduled = false;
  const writable = canWrite(storage);

  const report = (key: string, ok: boolean) => {
    for (const listener of listeners) listener(key, ok);
  };

  const read = (key: string): string | undefined => {
    if (pending.has(key)) return pending.get(key);
    try {
      return storage?.getItem(key) ?? undefined;
    } catch {
      return undefined;
    }
  };

  const store = (key: string, value: string | undefined): boolean => {
    if (!storage) return false;
    try {
      if (value === undefined) storage.removeItem(key);
      else storage.setItem(key, value);
      return true;
    } catch {
      return false;
    }
  };

  const flush = () => {
    scheduled = false;
    for (const [key, value] of [...pending]) {
      if (frozen.has(key)) continue;
      const ok = store(key, value);
      // A failed write stays pending: the page keeps reading it, and the next flush retries.
      if (ok) pending.delete(key);
      report(key, ok);
    }
  };

  const change = (key: string, value: string | undefined) => {
    pending.set(key, value);
    if (frozen.has(key)) return;
    if (!scheduled) {
      scheduled = true;
      schedule(flush, delayMs);
    }
  };

  const has = (key: string) => read(key) !== undefined;

  const engine = new Proxy({} as Record<string, string>, {
    get: (_target, key) => (typeof key === "string" ? read(key) : undefined),
    has: (_target, key) => typeof key === "string" && has(key),
    set: (_target, key, value) => {
      if (typeof key === "string") change(key, String(value));
      return true;
    },
    deleteProperty: (_target, key) => {
      if (typeof key === "string") change(key, undefined);
      return true;
    },
    ownKeys: () => keys(),
    getOwnPropertyDescriptor: (_target, key) =>
      typeof key === "string" && has(key)
        ? { value: read(key), writable: true, enumerable: true, configurable: true }
        : undefined,
  });

  const keys = (): string[] => {
    const found = new Set<string>();
    try {
      for (let i = 0; storage && i < storage.length; i += 1) {
        const key = storage.key(i);
        if (key !== null) found.add(key);
      }
    } catch {
      // unreadable storage lists nothing
    }
    for (const [key, value] of pending) {
      if (value === undefined) found.delete(key);
      else found.add(key);
    }
    return [...found];
  };

  return {
    writable,
    engine,
    read,
    writeNow: (key, value) => !frozen.has(key) && store(key, value),
    removeNow: (key) => {
      if (frozen.has(key)) return false;
      pending.delete(key);
      return store(key, undefined);
    },
    keys,
    freeze: (key) => void frozen.add(key),
    unfreeze: (key) => {
      frozen.delete(key);
      if (pending.has(key)) change(key, pending.get(key));
    },
    flush,
    forget: (key) => {
      if (key === null) pending.clear();
      else pending.delete(key);
    },
    onWrite: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

const quietEvents: PersistentEvents = { addEventListener() {}, removeEventListener() {} };

let shared: GuardedStorage | undefined;

/**
 * The page's guarded localStorage, installed as the engine of every persistent store.
 * Pending writes are flushed when the page is hidden or closed (the last chance on phones).
 */
export function sharedStorage(): GuardedStorage {
  if (shared) return shared;
  const guard = createGuardedStorage(browserStorage());
  const hasWindow = typeof window !== "undefined" && typeof window.addEventListener === "function";
  setPersistentEngine(guard.engine, hasWindow ? windowPersistentEvents : quietEvents);
  if (hasWindow) {
    window.addEventListener("pagehide", guard.flush);
    if (typeof document !== "undefined") {
      document.addEventListener("visibilitychange", () => {
        if (document.visibilityState === "hidden") guard.flush();
      });
    }
    // Another tab's writes are not applied here silently: each store decides (see contract-draft.ts).
  }
  shared = guard;
  return guard;
}
