// The keys the saved things live under in this browser's storage. In a module of their own so a
// page can look for one (the invoice list, from /get-paid) without loading its store.

export const CONTRACT_DRAFT_KEY = "upfront:contract-draft";
export const INVOICE_BOOK_KEY = "upfront:invoice-book";
export const OVERDUE_CASE_KEY = "upfront:overdue-case";
