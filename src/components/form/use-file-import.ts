import { type ChangeEvent, useState } from "react";
import { announce } from "../../stores/announcer";

export type FileImportState<R> = { kind: "idle" } | { kind: "busy" } | { kind: "done"; result: R } | { kind: "failed"; message: string };

type Failure = { ok: false; message: string };

/**
 * A file input's import: reads the chosen file with `importFile`, keeps how it went for the field
 * to show, and announces it (`done` and `failed` give the sentences a screen reader hears).
 */
export function useFileImport<R extends { ok: true }>(
  importFile: (file: File) => Promise<R | Failure>,
  sentences: { done(result: R): string; failed(message: string): string },
) {
  const [state, setState] = useState<FileImportState<R>>({ kind: "idle" });

  const chooseFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setState({ kind: "busy" });
    const result = await importFile(file);
    // Clearing the input lets the same file be chosen again after fixing it.
    input.value = "";
    if (result.ok) {
      setState({ kind: "done", result });
      announce(sentences.done(result));
    } else {
      setState({ kind: "failed", message: result.message });
      announce(sentences.failed(result.message));
    }
  };

  return { state, chooseFile, reset: () => setState({ kind: "idle" }) };
}
