import type { AstroIntegration } from "astro";
import { fileURLToPath } from "node:url";

// Adds `client:first-use` (first-use-directive.ts): a wizard's first view ships as HTML, and its
// code loads when the visitor starts using the page.

declare module "astro" {
  interface AstroClientDirectives {
    /** The id of the static first view the island takes over from. */
    "client:first-use"?: string;
  }
}

export function firstUse(): AstroIntegration {
  return {
    name: "upfront:first-use",
    hooks: {
      "astro:config:setup": ({ addClientDirective }) => {
        addClientDirective({ name: "first-use", entrypoint: fileURLToPath(new URL("./first-use-directive.ts", import.meta.url)) });
      },
    },
  };
}
