import type { ReactElement } from "react";
import type { Block } from "../../domain/document/document-model";
import { ClauseBlock } from "./clause-block";
import { FactsBlock } from "./facts-block";
import { ListBlock } from "./list-block";
import { NoticeBlock } from "./notice-block";
import { ParagraphBlock } from "./paragraph-block";
import { PartiesBlock } from "./parties-block";
import { QrBlock } from "./qr-block";
import { SignaturesBlock } from "./signatures-block";
import { TableBlock } from "./table-block";
import { TotalsBlock } from "./totals-block";

/** Picks the component for one block of a section. */
export function BlockPdf({ block }: { block: Block }): ReactElement {
  // The return type makes a new block kind without a case here a type error.
  switch (block.kind) {
    case "paragraph":
      return <ParagraphBlock block={block} />;
    case "clause":
      return <ClauseBlock block={block} />;
    case "list":
      return <ListBlock block={block} />;
    case "facts":
      return <FactsBlock block={block} />;
    case "table":
      return <TableBlock block={block} />;
    case "signatures":
      return <SignaturesBlock block={block} />;
    case "notice":
      return <NoticeBlock block={block} />;
    case "parties":
      return <PartiesBlock block={block} />;
    case "totals":
      return <TotalsBlock block={block} />;
    case "qr":
      return <QrBlock block={block} />;
  }
}
