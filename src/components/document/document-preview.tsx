import { type ReactElement, useEffect, useState } from "react";
import type { Block, DocumentModel, Section } from "../../domain/document/document-model";
import { isSafeLink } from "../../domain/text/safe-link";

// The HTML twin of the PDF: renders the same document model, so the wording shown before
// download is exactly the wording printed. Text is rendered by React (escaped), never as HTML.

type QrBlock = Extract<Block, { kind: "qr" }>;

/** ISO/IEC 18004 quiet zone: 4 light modules on every side. */
const QUIET_MODULES = 4;

/**
 * The QR code as an inline SVG: one path, the same one the PDF draws (qr-matrix.ts). The QR
 * encoder is loaded on demand, so pages whose documents have no code (the contract) never
 * download it.
 */
function QrView({ block }: { block: QrBlock }) {
  const [code, setCode] = useState<{ payload: string; size: number; path: string } | null>(null);
  useEffect(() => {
    let current = true;
    void import("../../domain/payment/qr-matrix").then(({ qrMatrix, qrPath }) => {
      const matrix = qrMatrix(block.payload);
      if (current) setCode({ payload: block.payload, size: matrix.size, path: qrPath(matrix) });
    });
    return () => {
      current = false;
    };
  }, [block.payload]);
  const ready = code !== null && code.payload === block.payload;
  const span = ready ? code.size + 2 * QUIET_MODULES : 1;
  return (
    <div className="doc-qr">
      <svg
        className="doc-qr__code"
        role="img"
        aria-label="Payment QR code"
        viewBox={`${-QUIET_MODULES} ${-QUIET_MODULES} ${span} ${span}`}
        shapeRendering="crispEdges"
      >
        <title>Payment QR code</title>
        {ready ? <path d={code.path} fill="#000" /> : null}
      </svg>
      <p className="doc-qr__caption">{block.caption}</p>
    </div>
  );
}

function BlockView({ block }: { block: Block }): ReactElement {
  // The return type makes a new block kind without a case here a type error.
  switch (block.kind) {
    case "paragraph":
      return <p className="doc-text">{block.text}</p>;
    case "clause":
      return (
        <div className="doc-clause">
          <span className="doc-clause__number">{block.number}</span>
          <div className="doc-clause__body">
            <p className="doc-text">{block.text}</p>
          </div>
        </div>
      );
    case "list":
      return (
        <ul className="doc-list">
          {block.items.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ul>
      );
    case "facts":
      return (
        <dl className={block.columns === 2 ? "doc-facts doc-facts--2" : "doc-facts"}>
          {block.items.map((item, i) => (
            <div key={i} className="doc-facts__row">
              <dt>{item.term}</dt>
              <dd className="doc-text">
                {item.href && isSafeLink(item.href) ? (
                  <a href={item.href} rel="noopener noreferrer">
                    {item.value}
                  </a>
                ) : (
                  item.value
                )}
              </dd>
            </div>
          ))}
        </dl>
      );
    case "table":
      return (
        // A table wider than a narrow screen scrolls inside this box: focusable and named, so
        // keyboard users can scroll it too (WCAG 2.1.1; axe "scrollable-region-focusable").
        <div className="doc-table-wrap" tabIndex={0} role="region" aria-label={block.caption ?? `Table: ${block.columns.map((c) => c.header).join(", ")}`}>
          <table className="doc-table">
            {block.caption ? <caption>{block.caption}</caption> : null}
            <thead>
              <tr>
                {block.columns.map((c, i) => (
                  <th key={i} scope="col" className={c.align === "right" ? "num" : undefined}>
                    {c.header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, i) => (
                    <td key={i} className={block.columns[i]?.align === "right" ? "num" : undefined}>
                      {cell}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
            {block.footer ? (
              <tfoot>
                <tr>
                  {block.footer.map((cell, i) =>
                    i === 0 ? (
                      <th key={i} scope="row">
                        {cell}
                      </th>
                    ) : (
                      <td key={i} className={block.columns[i]?.align === "right" ? "num" : undefined}>
                        {cell}
                      </td>
                    ),
                  )}
                </tr>
              </tfoot>
            ) : null}
          </table>
        </div>
      );
    case "signatures":
      return (
        <div className="doc-signatures">
          {block.parties.map((p, i) => (
            <div key={i} className="doc-signature">
              <p className="doc-signature__party">
                <strong>{p.role}</strong>: {p.name}
                {p.business ? `, ${p.business}` : ""}
              </p>
              {["Signature", "Name", "Date"].map((label) => (
                <p key={label} className="doc-signature__line">
                  <span className="doc-signature__label">{label}</span>
                </p>
              ))}
            </div>
          ))}
        </div>
      );
    case "notice":
      return (
        <div className="doc-notice">
          <p>{block.text}</p>
        </div>
      );
    case "parties":
      return (
        <div className="doc-parties">
          {block.columns.map((column, i) => (
            <div key={i} className="doc-party">
              <p className="doc-party__role">{column.role}</p>
              <p className="doc-party__lines">
                {column.lines.map((line, l) => (
                  <span key={l} className={l === 0 ? "doc-party__name" : undefined}>
                    {line}
                    {l < column.lines.length - 1 ? <br /> : null}
                  </span>
                ))}
              </p>
            </div>
          ))}
        </div>
      );
    case "totals":
      return (
        <table className="doc-totals">
          <tbody>
            {block.rows.map((row, i) => (
              <tr key={i} className={row.strong ? "doc-totals__strong" : undefined}>
                <th scope="row">{row.label}</th>
                <td className="num">{row.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      );
    case "qr":
      return <QrView block={block} />;
  }
}

/** The blocks of a section; a QR code stands to the right of the blocks before it, as in the PDF. */
function SectionBlocks({ blocks }: { blocks: Section["blocks"] }) {
  const at = blocks.findIndex((block) => block.kind === "qr");
  const views = (list: Block[], offset: number) => list.map((block, i) => <BlockView key={offset + i} block={block} />);
  if (at < 0) return <>{views(blocks, 0)}</>;
  return (
    <>
      <div className="doc-with-qr">
        <div className="doc-with-qr__main">{views(blocks.slice(0, at), 0)}</div>
        <BlockView block={blocks[at]!} />
      </div>
      {views(blocks.slice(at + 1), at + 1)}
    </>
  );
}

type PreviewProps = {
  model: DocumentModel;
  headingLevel?: 2 | 3;
  /** For a print button to name it (PrintDocumentButton). */
  id?: string;
  /** Printing the page (Ctrl+P) prints only this document, unless a print button chose another. */
  printDefault?: boolean;
};

export function DocumentPreview({ model, headingLevel = 2, id, printDefault = false }: PreviewProps) {
  const Title = headingLevel === 2 ? "h2" : "h3";
  const Heading = headingLevel === 2 ? "h3" : "h4";
  return (
    <article
      className="doc-preview"
      id={id}
      lang={model.metadata.language}
      aria-label={`Preview: ${model.title}`}
      data-print-default={printDefault ? "" : undefined}
    >
      <Title className="doc-title">{model.title}</Title>
      {model.subtitle ? <p className="doc-subtitle">{model.subtitle}</p> : null}
      {model.sections.map((section) =>
        // A section without a heading (an invoice's parties and facts) has nothing to name it by.
        section.heading === "" ? (
          <div key={section.id} className="doc-section">
            <SectionBlocks blocks={section.blocks} />
          </div>
        ) : (
          <section key={section.id} className="doc-section" aria-labelledby={`doc-${section.id}`}>
            <Heading id={`doc-${section.id}`}>
              {section.number ? `${section.number}. ` : ""}
              {section.heading}
            </Heading>
            <SectionBlocks blocks={section.blocks} />
          </section>
        ),
      )}
    </article>
  );
}
