// A4 in points, and the margins every page shares. The running header and footer are
// placed absolutely inside the top and bottom margins.
export const PAGE_WIDTH = 595.28;
export const PAGE_HEIGHT = 841.89;
export const MARGIN_X = 60;
export const MARGIN_TOP = 72;
export const MARGIN_BOTTOM = 72;
export const HEADER_TOP = 30;
/** Top of the footer line; placed with `top` because a bottom-anchored page number can vanish. */
export const FOOTER_TOP = PAGE_HEIGHT - 50;
