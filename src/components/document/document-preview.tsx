import type { Block, DocumentModel } from "../../domain/document/document-model";

// The HTML twin of the PDF: renders the same document model, so the wording shown before
// download is exactly the wording printed. Text is rendered by React (escaped), never as HTML.

function BlockView({ block }: { block: Block }) {
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
        <dl className="doc-facts">
          {block.items.map((item, i) => (
            <div key={i} className="doc-facts__row">
              <dt>{item.term}</dt>
              <dd className="doc-text">{item.value}</dd>
            </div>
          ))}
        </dl>
      );
    case "table":
      return (
        <div className="doc-table-wrap">
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
  }
}

export function DocumentPreview({ model, headingLevel = 2 }: { model: DocumentModel; headingLevel?: 2 | 3 }) {
  const Title = headingLevel === 2 ? "h2" : "h3";
  const Heading = headingLevel === 2 ? "h3" : "h4";
  return (
    <article className="doc-preview" lang={model.metadata.language} aria-label={`Preview: ${model.title}`}>
      <Title className="doc-title">{model.title}</Title>
      {model.subtitle ? <p className="doc-subtitle">{model.subtitle}</p> : null}
      {model.sections.map((section) => (
        <section key={section.id} className="doc-section" aria-labelledby={`doc-${section.id}`}>
          <Heading id={`doc-${section.id}`}>
            {section.number ? `${section.number}. ` : ""}
            {section.heading}
          </Heading>
          {section.blocks.map((block, i) => (
            <BlockView key={i} block={block} />
          ))}
        </section>
      ))}
    </article>
  );
}
