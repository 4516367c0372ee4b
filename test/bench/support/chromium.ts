// The machine's Chromium and the flags every part of the bench starts it with: the machine's
// network is closed, so Chromium's own background requests (updates, sync) are turned off.
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
