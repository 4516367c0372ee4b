import type { Block } from "../../domain/document/document-model";
import { ClauseBlock } from "./clause-block";
import { FactsBlock } from "./facts-block";
import { ListBlock } from "./list-block";
import { NoticeBlock } from "./notice-block";
import { ParagraphBlock } from "./paragraph-block";
import { SignaturesBlock } from "./signatures-block";
import { TableBlock } from "./table-block";

/** Picks the component for one block of a section. */
export function BlockPdf({ block }: { block: Block }) {
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
  }
}
