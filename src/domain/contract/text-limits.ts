// Limits on what a field holds, so a 1 MB paste can't freeze the page or fill storage.
export const SHORT_TEXT_MAX = 200;
export const ADDRESS_MAX = 500;
export const LONG_TEXT_MAX = 10_000;
export const MAX_DELIVERABLES = 30;
export const MAX_MILESTONES = 20;
export const TIER_COUNT = 3;
