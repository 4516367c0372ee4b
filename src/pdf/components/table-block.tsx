import { Text, View } from "@react-pdf/renderer";
import type { Style } from "@react-pdf/types";
import type { TableColumn } from "../../domain/document/document-model";
import { styles } from "../styles";
import type { BlockOf } from "./block-types";

/** Room the caption wants below it: the header row and a first row. */
const CAPTION_PRESENCE_AHEAD = 48;

/**
 * A table: column widths in proportion to their weights, numeric columns right-aligned,
 * a bold totals row. Rows never split, and the header row repeats on every page the table
 * reaches (a `fixed` child of a view repeats on each page that view spans). A table marked
 * keepTogether moves to the next page whole rather than split.
 */
export function TableBlock({ block }: { block: BlockOf<"table"> }) {
  const cellStyles = columnStyles(block.columns);
  const cells = (values: string[], extra?: Style) =>
    values.map((value, index) => (
      <Text key={index} style={[styles.tableCell, cellStyles[index] ?? {}, extra ?? {}]}>
        {value}
      </Text>
    ));

  // Caption and table are siblings (a fragment), so the caption's minPresenceAhead works:
  // the engine ignores it on an element with no earlier sibling.
  const table = (
    <>
      {block.caption ? (
        <Text style={styles.tableCaption} minPresenceAhead={CAPTION_PRESENCE_AHEAD}>
          {block.caption}
        </Text>
      ) : null}
      <View style={[styles.block, styles.table]}>
        <View style={styles.tableHeaderRow} fixed>
          {cells(
            block.columns.map((column) => column.header),
            styles.tableHeaderCell,
          )}
        </View>
        {block.rows.map((row, index) => (
          <View key={index} style={styles.tableRow} wrap={false}>
            {cells(row)}
          </View>
        ))}
        {block.footer ? (
          <View style={styles.tableFooterRow} wrap={false}>
            {cells(block.footer, styles.tableFooterCell)}
          </View>
        ) : null}
      </View>
    </>
  );
  return block.keepTogether ? <View wrap={false}>{table}</View> : table;
}

function columnStyles(columns: TableColumn[]): Style[] {
  const total = columns.reduce((sum, column) => sum + column.weight, 0);
  return columns.map((column) => ({
    width: `${(column.weight / total) * 100}%`,
    textAlign: column.align,
  }));
}
