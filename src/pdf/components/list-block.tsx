import { Text, View } from "@react-pdf/renderer";
import { styles } from "../styles";
import type { BlockOf } from "./block-types";

/** A bulleted list with hanging bullets. */
export function ListBlock({ block }: { block: BlockOf<"list"> }) {
  return (
    <View style={[styles.block, styles.list]}>
      {block.items.map((item, index) => (
        <View key={index} style={[styles.hanging, styles.listItem]}>
          <Text style={styles.bullet}>•</Text>
          <Text style={styles.hangingText}>{item}</Text>
        </View>
      ))}
    </View>
  );
}
