import { Text, View } from "@react-pdf/renderer";
import { styles } from "../styles";

/** The line at the bottom of every page: the document's footer text and "Page X of Y". */
export function RunningFooter({ text }: { text: string }) {
  return (
    <View style={styles.footer} fixed>
      <Text style={styles.footerText}>{text}</Text>
      <Text
        style={styles.pageNumber}
        render={({ pageNumber, totalPages }) => `Page ${pageNumber} of ${totalPages}`}
      />
    </View>
  );
}
