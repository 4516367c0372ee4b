import { z } from "../zod";

// How a deposit or milestone is priced: a percent of the total, a fixed amount,
// or (for one milestone at most) "the rest" of the total.
export const PaymentShare = z.discriminatedUnion("mode", [
  z.object({ mode: z.literal("percent"), basisPoints: z.int().check(z.minimum(1), z.maximum(10_000)) }),
  z.object({ mode: z.literal("amount"), minor: z.int().check(z.minimum(1)) }),
  z.object({ mode: z.literal("rest") }),
]);
export type PaymentShare = z.infer<typeof PaymentShare>;
