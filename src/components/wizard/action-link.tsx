import type { ReactNode } from "react";

type Props = {
  /** Where the link leads without script (and for "copy link"). */
  href: string;
  /** What a click does instead, in the page. */
  action: () => void;
  children: ReactNode;
};

/** A link that moves within the wizard itself: the step changes, the page doesn't reload. */
export function ActionLink({ href, action, children }: Props) {
  return (
    <a
      href={href}
      onClick={(event) => {
        event.preventDefault();
        action();
      }}
    >
      {children}
    </a>
  );
}

/** "Change", naming what for a screen reader: back to the step where an answer was given. */
export function ChangeLink({ href, action, what }: { href: string; action: () => void; what: string }) {
  return (
    <ActionLink href={href} action={action}>
      Change<span className="visually-hidden"> {what}</span>
    </ActionLink>
  );
}
