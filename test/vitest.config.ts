// One vitest config, six projects:
//   domain  pure logic (test/domain/**)                 npx vitest run --config test/vitest.config.ts --project domain
//   stores  nanostores actions and storage cases (test/stores/**)
//   content the guides in content/guides: frontmatter, links, presets, length (test/content/**)
//   pdf     PDF generation and text checks (test/pdf/**) --project pdf
//   e2e     real Chromium against the BUILT site         --project e2e   (run `npm run build` first)
//   budgets first-load JS of each BUILT page against test/budgets/first-load-js.json --project budgets (build first)
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// This file lives in test/, but paths and globs are relative to the repo root.
const root = fileURLToPath(new URL("..", import.meta.url));

export default defineConfig({
  root,
  test: {
    // A missing project folder (no tests yet) must not fail the whole run.
    passWithNoTests: true,
    // In CI also write a JSON report; .ci/run turns it into a plain "N passed, N failed" line.
    reporters: process.env.CI ? ["default", "json"] : ["default"],
    outputFile: { json: "test/.output/vitest-results.json" },
    projects: [
      {
        extends: true,
        test: {
          name: "domain",
          root,
          include: ["test/domain/**/*.test.ts"],
          environment: "node",
          // Property tests (hundreds of runs) take 2-4 s alone; on a busy 2-core machine 5 s is too tight.
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: "content",
          root,
          include: ["test/content/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        extends: true,
        test: {
          name: "stores",
          root,
          include: ["test/stores/**/*.test.ts"],
          environment: "node",
          // Property tests (hundreds of runs) take 2-4 s alone; on a busy 2-core machine 5 s is too tight.
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: "pdf",
          root,
          include: ["test/pdf/**/*.test.ts"],
          environment: "node",
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: "budgets",
          root,
          include: ["test/budgets/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          root,
          include: ["test/e2e/**/*.test.ts"],
          environment: "node",
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // One browser and one preview server: run the files one after another.
          fileParallelism: false,
          globalSetup: ["test/e2e/support/global-setup.ts"],
        },
      },
    ],
  },
});
