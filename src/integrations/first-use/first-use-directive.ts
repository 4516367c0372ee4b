import type { ClientDirective } from "astro";
import { FIRST_VIEW_READY, type FirstViewState, firstViewState } from "./first-view-state";

// `client:first-use`: a wizard whose first view is already in the page's HTML (drawn at build
// time, so it shows at once with no script), and whose code loads at the visitor's first key, tap,
// focus or pointer over the form. Until then the page runs no JavaScript but this file.
//
// The static first view is right after the island (the directive's value is its id). When the
// wizard has drawn its live first view (hidden until then) and its fields listen to their stores,
// it sends FIRST_VIEW_READY; the static one then hands over:
// what was typed into it is typed into the live fields, focus and caret move across, and a click
// or submit made before the code arrived is made again on the live form.
//
// A returning visitor (saved work, or an address naming a step or a preset) would see the wrong
// thing in the static view, so for them it stays hidden and the wizard loads at once, as before.
// The page names its saved keys in <meta name="first-view-saved" content="key key">, and the year
// the view was drawn in when it shows one (<meta name="first-view-year">).

const root = document.documentElement;

function freshVisit(): boolean {
  if (location.search.length > 1) return false;
  // A view that shows the year it was built in (the invoice list's next number) is right only in that year.
  const year = document.querySelector<HTMLMetaElement>('meta[name="first-view-year"]')?.content;
  if (year && year !== String(new Date().getFullYear())) return false;
  const meta = document.querySelector<HTMLMetaElement>('meta[name="first-view-saved"]');
  const keys = (meta?.content ?? "").split(" ").filter(Boolean);
  try {
    return keys.every((key) => localStorage.getItem(key) === null);
  } catch {
    // No storage (blocked or private): the wizard says so in its notices, so it shows at once.
    return false;
  }
}

// Runs before the island and the static view are parsed, so the right one is shown at first paint
// (styles: global.css, "first view").
function setState(state: FirstViewState): void {
  root.dataset.firstView = state;
}
setState(freshVisit() ? "fresh" : "stale");

const FIRST_USE = ["keydown", "pointerdown", "focusin", "pointerover"] as const;
// What a click does without the wizard's code (follow a link, submit, toggle) is held and redone.
const HELD = 'a[href], button, input[type="checkbox"], input[type="radio"], input[type="file"], input[type="submit"], input[type="reset"]';
const TOGGLES = 'input[type="checkbox"], input[type="radio"]';
const FIELDS = "input, select, textarea";
const CONTROLS = `${HELD}, ${FIELDS}`;

type Held = { kind: "click"; control: Element } | { kind: "submit"; form: Element };

/**
 * What names a control (or a form) the same way in both views: its id, else what it is and, for a
 * button or link, what it says. Not its place: the live view can have more above it (a notice
 * about work saved in another tab since the page was opened).
 */
function controlKey(control: Element): string {
  if (control.id) return `#${control.id}`;
  const attribute = (name: string) => control.getAttribute(name) ?? "";
  if (control instanceof HTMLFormElement) return `form|${attribute("aria-labelledby")}|${control.className}`;
  const text = control.matches("a, button") ? (control.textContent ?? "").trim() : "";
  return [control.tagName, attribute("type"), attribute("name"), attribute("value"), attribute("href"), text].join("|");
}

/** The controls and forms in `root` by key; a key met again gets its count, so each is named once. */
function keyedControls(root: Element): Map<string, Element> {
  const byKey = new Map<string, Element>();
  const seen = new Map<string, number>();
  for (const control of root.querySelectorAll(`${CONTROLS}, form`)) {
    const key = controlKey(control);
    const count = seen.get(key) ?? 0;
    seen.set(key, count + 1);
    byKey.set(`${key}#${count}`, control);
  }
  return byKey;
}

/** Types a value into a live field so that the wizard's own change handler takes it. */
function typeInto(field: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string): void {
  // Written past React's record of the value it last set, the new value reads as the user's input.
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), "value")?.set;
  if (setter) setter.call(field, value);
  else field.value = value;
  field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? "change" : "input", { bubbles: true }));
}

function changed(field: Element): field is HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement {
  if (field instanceof HTMLSelectElement) return [...field.options].some((option) => option.selected !== option.defaultSelected);
  if (field instanceof HTMLTextAreaElement) return field.value !== field.defaultValue;
  if (field instanceof HTMLInputElement) return !field.matches(HELD) && field.value !== field.defaultValue;
  return false;
}

/**
 * Pairs each static control and form with the live one of the same key (and tag). Done before
 * anything is carried over: a carried answer can show or hide other fields in the live view.
 */
function pairControls(view: Element, liveRoot: Element): Map<Element, Element> {
  const live = keyedControls(liveRoot);
  const pairs = new Map<Element, Element>();
  for (const [key, control] of keyedControls(view)) {
    const target = live.get(key);
    if (target && target.tagName === control.tagName && target.getAttribute("type") === control.getAttribute("type")) pairs.set(control, target);
  }
  return pairs;
}

type Caret = { control: Element; start: number | null; end: number | null; direction: "forward" | "backward" | "none" | null };

/** Where the focus and the caret are, read while the static view is still shown. */
function caretNow(): Caret | null {
  const control = document.activeElement;
  if (!control) return null;
  const field = control as HTMLInputElement;
  const text = control instanceof HTMLTextAreaElement || control instanceof HTMLInputElement;
  return text ? { control, start: field.selectionStart, end: field.selectionEnd, direction: field.selectionDirection } : { control, start: null, end: null, direction: null };
}

/** Types what was typed into the live fields, then moves the focus and the caret across. */
function carryOver(pairs: Map<Element, Element>, caret: Caret | null): void {
  for (const [control, target] of pairs) {
    const typed = control as HTMLInputElement;
    if (changed(control) && (target as HTMLInputElement).value !== typed.value) typeInto(target as HTMLInputElement, typed.value);
  }
  const target = caret && pairs.get(caret.control);
  if (!caret || !(target instanceof HTMLElement)) return;
  target.focus({ preventScroll: true });
  if (caret.start === null) return;
  try {
    (target as HTMLInputElement).setSelectionRange(caret.start, caret.end, caret.direction ?? undefined);
  } catch {
    // Some input types (email, number) have no caret to place.
  }
}

/** Says on the static view that its code did not come (shown once, however often it fails). */
function showLoadFailure(view: Element): void {
  if (view.querySelector(".first-view__failure")) return;
  const notice = document.createElement("p");
  notice.className = "notice first-view__failure";
  notice.setAttribute("role", "alert");
  notice.textContent =
    "This form could not be loaded, so what you type here is not saved yet and its buttons wait. " +
    "Check your connection: your next key or click here tries again.";
  view.prepend(notice);
}

const PRESS_STARTS = ["pointerdown", "keydown"] as const;
const PRESS_ENDS = ["pointerup", "pointercancel", "keyup"] as const;

/**
 * Ends on `target` a press that began on its static counterpart, now gone (the tap that started the
 * code, Space held on a button): the browser drops the click of a press whose control has gone.
 */
function finishPress(target: HTMLElement): void {
  let clicked = false;
  const click = () => (clicked = true);
  const end = (event: Event) => {
    if (event instanceof KeyboardEvent && event.key !== " ") return;
    for (const type of PRESS_ENDS) document.removeEventListener(type, end, true);
    const over = event.type !== "pointercancel" && event.target instanceof Node && target.contains(event.target);
    // A click the browser makes after all is the press's click: never two.
    setTimeout(() => {
      target.removeEventListener("click", click);
      if (over && !clicked && target.isConnected) target.click();
    });
  };
  target.addEventListener("click", click);
  for (const type of PRESS_ENDS) document.addEventListener(type, end, true);
}

const firstUse: ClientDirective = (load, options, island) => {
  const viewId = String(options.value);
  const staticView = () => document.getElementById(viewId);
  let started = false;
  const held: Held[] = [];

  const start = async () => {
    if (started) return;
    started = true;
    for (const type of FIRST_USE) document.removeEventListener(type, onFirstUse, true);
    if (firstViewState() === "fresh") setState("used");
    const hydrate = await load();
    await hydrate();
  };
  const onFirstUse = (event: Event) => {
    // Hovering the header or footer is not a start; anything else on the page is.
    if (event.type === "pointerover" && !staticView()?.contains(event.target as Node)) return;
    void start();
  };

  // A button pressed again while nothing seemed to happen is one press: two would make two numbered
  // invoices, or skip a step. A checkbox or radio clicked twice is two changes, so both are kept.
  const holdAction = (action: Held) => {
    const element = action.kind === "click" ? action.control : action.form;
    const again = held.some((other) => (other.kind === "click" ? other.control : other.form) === element);
    if (!again || element.matches(TOGGLES)) held.push(action);
    void start();
  };

  const hold = (event: Event) => {
    const view = staticView();
    if (!view || !(event.target instanceof Element) || !view.contains(event.target)) return;
    if (event.type === "submit") {
      event.preventDefault();
      const submitter = (event as SubmitEvent).submitter;
      holdAction(submitter && view.contains(submitter) ? { kind: "click", control: submitter } : { kind: "submit", form: event.target });
      return;
    }
    const mouse = event as MouseEvent;
    if (mouse.ctrlKey || mouse.metaKey || mouse.shiftKey || mouse.altKey || mouse.button !== 0) return;
    const control = event.target.closest(HELD);
    if (!control) return;
    event.preventDefault();
    holdAction({ kind: "click", control });
  };

  // Leaving before the code has taken what was typed would lose it: the browser asks first.
  const askBeforeLeaving = (event: BeforeUnloadEvent) => event.preventDefault();
  // The control under a press not yet released (a pointer or Space down on it).
  let pressed: Element | null = null;
  const press = (event: Event) => {
    const input = event as PointerEvent | KeyboardEvent;
    const plain = !input.ctrlKey && !input.metaKey && !input.shiftKey && !input.altKey;
    const key = event instanceof KeyboardEvent;
    if (key && event.key !== " ") return;
    const view = staticView();
    const target = view && event.target instanceof Element && view.contains(event.target) ? event.target : null;
    const control = target?.closest(HELD) ?? target?.closest("label")?.control ?? null;
    pressed = plain && (key || (event as PointerEvent).button === 0) && control?.matches(HELD) ? control : null;
  };
  const pressEnded = (event: Event) => {
    if (!(event instanceof KeyboardEvent) || event.key === " ") pressed = null;
  };

  const typed = (event: Event) => {
    if (staticView()?.contains(event.target as Node)) window.addEventListener("beforeunload", askBeforeLeaving);
  };

  const handOver = () => {
    const view = staticView();
    const liveRoot = island;
    document.removeEventListener("click", hold, true);
    document.removeEventListener("submit", hold, true);
    document.removeEventListener("input", typed, true);
    window.removeEventListener("beforeunload", askBeforeLeaving);
    for (const type of PRESS_STARTS) document.removeEventListener(type, press, true);
    for (const type of PRESS_ENDS) document.removeEventListener(type, pressEnded, true);
    const used = firstViewState() === "used";
    const pairs = view && used ? pairControls(view, liveRoot) : null;
    const targets = held.map((action) => pairs?.get(action.kind === "click" ? action.control : action.form));
    const pressedTarget = pressed && pairs?.get(pressed);
    const caret = caretNow();
    // The live view shows from here (it was drawn hidden); all of this happens before the next paint.
    // "taken-over" (the visitor started here) or "live" (a returning visitor, who never saw it).
    setState(used ? "taken-over" : "live");
    if (pairs) carryOver(pairs, caret);
    view?.remove();
    if (pressedTarget instanceof HTMLElement) finishPress(pressedTarget);
    // Made again once the live form has taken the carried-over values.
    setTimeout(() => {
      for (const target of targets) {
        if (!target?.isConnected) continue;
        if (target instanceof HTMLFormElement) target.requestSubmit();
        else if (target instanceof HTMLElement) target.click();
      }
    });
  };
  // The code could not be fetched (offline, or the site was updated and its old files are gone):
  // say so, forget the held presses (they seemed to do nothing, and may be made again), and try
  // again at the next use. Astro's island logs the error itself.
  island.addEventListener("astro:hydration-error", () => {
    const view = staticView();
    if (!view || firstViewState() !== "used") return;
    started = false;
    held.length = 0;
    showLoadFailure(view);
    for (const type of FIRST_USE) document.addEventListener(type, onFirstUse, true);
  });
  // The event comes from inside React's effects, where a change would be applied only after React
  // has put the old value back (moving the caret to the end): hand over right after, before paint.
  island.addEventListener(FIRST_VIEW_READY, () => queueMicrotask(handOver), { once: true });

  if (firstViewState() !== "fresh") {
    // The static view is hidden and never used here: gone once parsed, so no id is on the page twice.
    const drop = () => staticView()?.remove();
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", drop, { once: true });
    else drop();
    void start();
    return;
  }
  document.addEventListener("click", hold, true);
  document.addEventListener("submit", hold, true);
  document.addEventListener("input", typed, true);
  for (const type of PRESS_STARTS) document.addEventListener(type, press, true);
  for (const type of PRESS_ENDS) document.addEventListener(type, pressEnded, true);
  for (const type of FIRST_USE) document.addEventListener(type, onFirstUse, true);
};

export default firstUse;
