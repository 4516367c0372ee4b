import { Text, View } from "@react-pdf/renderer";
import { styles } from "../styles";

/** The line at the top of every page. */
export function RunningHeader({ text }: { text: string }) {
  return (
    <View style={styles.header} fixed>
      <Text>{text}</Text>
    </View>
  );
}
