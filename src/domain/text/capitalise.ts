/** "the fixed fee" → "The fixed fee": for messages that start with a field's label. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
