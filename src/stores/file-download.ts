import { fileName } from "../domain/text/file-name";
import { todayInZone } from "../domain/dates/calendar-date";

// Files are made in the browser and saved through a temporary blob: link; nothing is uploaded.

export function downloadTextFile(name: string, text: string, type = "application/json"): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute later is safe.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** "upfront-contract-draft-2027-05-12.json" */
export function draftFileName(now = new Date()): string {
  return fileName("upfront-contract-draft", [todayInZone(now)], "json");
}

/** "upfront-unreadable-draft-2027-05-12.txt": the raw text, which may not even be JSON. */
export function unreadableDraftFileName(now = new Date()): string {
  return fileName("upfront-unreadable-draft", [todayInZone(now)], "txt");
}
