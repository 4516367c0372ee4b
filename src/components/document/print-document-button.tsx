// Prints one document shown on the page, and nothing else: the PDFs are not tagged for screen
// readers, so the HTML view of the same document model is the accessible copy, and this puts it
// on paper (or in a "Save as PDF" of the browser) without the site's navigation, forms or buttons.
// The print style sheet (global.css, "Print") hides everything but the marked document.

/** Marks the document with this id as the one to print, opens the print dialog, and unmarks it after. */
export function printDocument(id: string): void {
  const target = document.getElementById(id);
  if (!target) return;
  target.setAttribute("data-print-now", "");
  const done = () => {
    target.removeAttribute("data-print-now");
    window.removeEventListener("afterprint", done);
  };
  window.addEventListener("afterprint", done);
  window.print();
}

export function PrintDocumentButton({ target, label }: { target: string; label: string }) {
  return (
    <button type="button" className="button button--secondary button--small" onClick={() => printDocument(target)}>
      {label}
    </button>
  );
}
