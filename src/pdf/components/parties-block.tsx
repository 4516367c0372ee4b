import { Text, View } from "@react-pdf/renderer";
import { styles } from "../styles";
import type { BlockOf } from "./block-types";

/** Address columns side by side ("From", "Bill to"); the first line of each in bold. Kept on one page. */
export function PartiesBlock({ block }: { block: BlockOf<"parties"> }) {
  const width = `${100 / Math.max(block.columns.length, 1)}%`;
  return (
    <View style={[styles.block, styles.parties]} wrap={false}>
      {block.columns.map((column, index) => (
        <View key={index} style={[styles.partyColumn, { width }]}>
          <Text style={styles.partyRole}>{column.role}</Text>
          {column.lines.map((line, i) => (
            <Text key={i} style={i === 0 ? styles.partyName : styles.partyLine}>
              {line}
            </Text>
          ))}
        </View>
      ))}
    </View>
  );
}
