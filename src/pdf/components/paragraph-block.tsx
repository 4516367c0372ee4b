import { Text } from "@react-pdf/renderer";
import { styles } from "../styles";
import type { BlockOf } from "./block-types";

export function ParagraphBlock({ block }: { block: BlockOf<"paragraph"> }) {
  return <Text style={[styles.block, styles.paragraph]}>{block.text}</Text>;
}
