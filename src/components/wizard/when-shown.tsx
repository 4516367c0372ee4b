import { useEffect } from "react";

/**
 * Calls onShown once it is on the page. Placed after a view inside a Suspense boundary, it runs
 * when that view's content is shown too (not while its code is still loading); a new key, a new call.
 */
export function WhenShown({ onShown }: { onShown: () => void }) {
  // Only on mount: a later render must not move focus again.
  useEffect(() => onShown(), []);
  return null;
}
