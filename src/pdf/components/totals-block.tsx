import { Text, View } from "@react-pdf/renderer";
import { TOTALS_VALUE_SHARE } from "../../domain/document/document-model";
import { styles } from "../styles";
import type { BlockOf } from "./block-types";

const percent = (share: number) => `${share * 100}%`;
/** Room left of the labels, so the rules of the total row span the right part of the page only. */
const INDENT_SHARE = 0.4;

/**
 * Label and amount rows under a table: the amounts in a column TOTALS_VALUE_SHARE of the width,
 * the same as an invoice's amount column, so they line up with the line amounts. Kept whole.
 */
export function TotalsBlock({ block }: { block: BlockOf<"totals"> }) {
  const label = { width: percent(1 - INDENT_SHARE - TOTALS_VALUE_SHARE) };
  const value = { width: percent(TOTALS_VALUE_SHARE) };
  return (
    <View style={[styles.block, styles.totals]} wrap={false}>
      {block.rows.map((row, index) => (
        <View key={index} style={styles.totalsRow}>
          <View style={{ width: percent(INDENT_SHARE) }} />
          <Text style={[styles.totalsLabel, label, row.strong ? styles.totalsStrong : {}]}>{row.label}</Text>
          <Text style={[styles.totalsValue, value, row.strong ? styles.totalsStrong : {}]}>{row.value}</Text>
        </View>
      ))}
    </View>
  );
}
