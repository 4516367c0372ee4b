import { Text, View } from "@react-pdf/renderer";
import { styles } from "../styles";
import type { BlockOf } from "./block-types";

/** A numbered clause; the number hangs in the left margin of the text. */
export function ClauseBlock({ block }: { block: BlockOf<"clause"> }) {
  return (
    <View style={[styles.block, styles.hanging]}>
      <Text style={styles.clauseNumber}>{block.number}</Text>
      <Text style={styles.hangingText}>{block.text}</Text>
    </View>
  );
}
