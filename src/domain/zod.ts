import * as z from "zod/mini";

// Every domain schema imports zod from here, so this runs before any schema parses.
// jitless: zod otherwise probes for eval with new Function(), which the site's
// Content-Security-Policy (no 'unsafe-eval') blocks and reports as a violation.
// zod/mini rather than classic zod: ~30 KB gzip less in the wizard's first bundle.
z.config({ jitless: true });

export { z };
