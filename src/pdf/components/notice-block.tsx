import { Text, View } from "@react-pdf/renderer";
import { styles } from "../styles";
import type { BlockOf } from "./block-types";

/** A boxed notice, kept in one piece. */
export function NoticeBlock({ block }: { block: BlockOf<"notice"> }) {
  return (
    <View style={[styles.block, styles.notice]} wrap={false}>
      <Text style={styles.noticeText}>{block.text}</Text>
    </View>
  );
}
