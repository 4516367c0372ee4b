import { useEffect, useState } from "react";

/** The value once it has stopped changing for `ms`: what a live region reads, not every keystroke. */
export function useSettled<T>(value: T, ms = 800): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}
