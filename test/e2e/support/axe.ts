// Accessibility check with axe-core against WCAG 2.0/2.1/2.2 A and AA rules.
// Usage: await expectNoAxeViolations(session.page, "home, dark mode");
import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "playwright-core";

export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

export interface AxeOptions {
  /** CSS selectors to leave out (use sparingly, and say why at the call site). */
  exclude?: string[];
  /** Only check inside these selectors. */
  include?: string[];
}

export async function expectNoAxeViolations(
  page: Page,
  label: string,
  options: AxeOptions = {},
): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(AXE_TAGS);
  for (const selector of options.include ?? []) builder = builder.include(selector);
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
  const results = await builder.analyze();
  if (results.violations.length === 0) return;

  const report = results.violations.map((violation) => {
    const nodes = violation.nodes.map((node) => {
      const target = node.target.map((part) => (Array.isArray(part) ? part.join(" >> ") : part));
      const why = node.failureSummary ? `\n        ${node.failureSummary.replace(/\n/g, "\n        ")}` : "";
      return `      - ${target.join(" ")}${why}`;
    });
    return [
      `  ${violation.id} (${violation.impact ?? "unknown impact"}): ${violation.help}`,
      `    ${violation.helpUrl}`,
      ...nodes,
    ].join("\n");
  });
  throw new Error(
    `axe found ${results.violations.length} accessibility violation(s) on ${label}:\n${report.join("\n")}`,
  );
}
