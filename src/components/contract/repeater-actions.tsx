/** Move up, Move down and Remove for one item of a list the user builds (deliverables, milestones). */
export type RepeaterActionsProps = {
  /** "deliverable" or "milestone": buttons are named "Move deliverable 2 up". */
  noun: string;
  itemId: string;
  position: number;
  count: number;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
  /** When given, a "Duplicate" button too (an invoice's lines). */
  onDuplicate?: (() => void) | undefined;
};

/** Ids of an item's buttons, so focus can follow the item after it moves. */
export function repeaterButtonId(noun: string, itemId: string, action: "up" | "down" | "remove" | "duplicate"): string {
  return `${noun}-${itemId}-${action}`;
}

export function RepeaterActions({ noun, itemId, position, count, onMove, onRemove, onDuplicate }: RepeaterActionsProps) {
  // One span around the words: in a flex button, loose text pieces would be spaced apart.
  const name = (
    <span className="visually-hidden">
      {" "}
      {noun} {position}
    </span>
  );
  return (
    <div className="repeater__actions">
      {position > 1 ? (
        <button type="button" className="button button--secondary button--small" id={repeaterButtonId(noun, itemId, "up")} onClick={() => onMove(-1)}>
          <span>Move{name} up</span>
        </button>
      ) : null}
      {position < count ? (
        <button type="button" className="button button--secondary button--small" id={repeaterButtonId(noun, itemId, "down")} onClick={() => onMove(1)}>
          <span>Move{name} down</span>
        </button>
      ) : null}
      {onDuplicate ? (
        <button type="button" className="button button--secondary button--small" id={repeaterButtonId(noun, itemId, "duplicate")} onClick={onDuplicate}>
          <span>Duplicate{name}</span>
        </button>
      ) : null}
      <button type="button" className="button button--warning button--small" id={repeaterButtonId(noun, itemId, "remove")} onClick={onRemove}>
        <span>Remove{name}</span>
      </button>
    </div>
  );
}

/** Focuses an element once React has drawn the change that created or moved it. */
export function focusAfterRender(id: string): void {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}

/** After a move, focus stays on the moved item: the same button if it still exists, else the other. */
export function focusMovedItem(noun: string, itemId: string, by: -1 | 1, newPosition: number, count: number): void {
  const same = by === -1 ? "up" : "down";
  const stillThere = by === -1 ? newPosition > 1 : newPosition < count;
  focusAfterRender(repeaterButtonId(noun, itemId, stillThere ? same : same === "up" ? "down" : "up"));
}
