// Two fixes to the HTML Markdown gives guides, as a Sätteri hast plugin (Astro 7's Markdown):
// - Task lists ("- [ ] Signed contract") become disabled checkboxes with no name, which screen
//   readers announce as unnamed controls (axe "label"; WCAG 1.3.1, 4.1.2). In a guide they are a
//   list of things to gather, not a form: the box stays as a picture, hidden from assistive
//   technology, and the item's text is what is read.
// - A wide table scrolls sideways on a 320 px screen (WCAG 1.4.10): it goes in a box that keyboard
//   users can focus to scroll it (WCAG 2.1.1), named after the table's column headers.
import type { Element, ElementContent } from "hast";

/** The part of Sätteri's visitor context used here. */
type Context = {
  setProperty(node: Readonly<Element>, key: string, value: unknown): void;
  wrapNode(node: Readonly<Element>, parent: Element): void;
  textContent(node: Readonly<Element>): string;
};

/** The header cells of a table, in order. */
function headers(node: Readonly<ElementContent>): Element[] {
  if (node.type !== "element") return [];
  if (node.tagName === "th") return [node];
  if (node.tagName === "tbody") return [];
  return node.children.flatMap(headers);
}

export const guideMarkup = {
  name: "upfront-guide-markup",
  element: [
    {
      filter: ["input"],
      visit(node: Readonly<Element>, ctx: Context) {
        if (node.properties?.type === "checkbox") ctx.setProperty(node, "ariaHidden", "true");
      },
    },
    {
      filter: ["table"],
      visit(node: Readonly<Element>, ctx: Context) {
        const names = headers(node).map((th) => ctx.textContent(th).trim()).filter((t) => t !== "");
        const label = names.length > 0 ? `Table: ${names.join(", ")}` : "Table";
        ctx.wrapNode(node, {
          type: "element",
          tagName: "div",
          properties: { className: ["table-scroll"], tabIndex: 0, role: "region", ariaLabel: label },
          children: [],
        });
      },
    },
  ],
};
