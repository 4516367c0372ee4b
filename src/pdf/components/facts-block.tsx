import { Text, View } from "@react-pdf/renderer";
import { styles } from "../styles";
import type { BlockOf } from "./block-types";

/** Term and value rows, e.g. "Payment terms" · "Net 14 days". */
export function FactsBlock({ block }: { block: BlockOf<"facts"> }) {
  return (
    <View style={styles.block}>
      {block.items.map((item, index) => (
        <View key={index} style={styles.factRow} wrap={false}>
          <Text style={styles.factTerm}>{item.term}</Text>
          <Text style={styles.factValue}>{item.value}</Text>
        </View>
      ))}
    </View>
  );
}
