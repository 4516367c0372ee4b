import { atom } from "nanostores";

// One polite live region for the wizard: "Deliverable 2 removed", "Draft imported".

export const $announcement = atom<string>("");

export function announce(message: string): void {
  // The same words twice in a row would not be read again, so the second gets an invisible change.
  $announcement.set($announcement.get() === message ? `${message}\u00a0` : message);
}
