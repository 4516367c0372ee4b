import { Text, View } from "@react-pdf/renderer";
import { styles } from "../styles";

/** Title and subtitle, once, at the top of page 1. */
export function TitleBlock({ title, subtitle }: { title: string; subtitle?: string | undefined }) {
  return (
    <View style={styles.titleBlock} wrap={false}>
      <Text style={styles.title}>{title}</Text>
      {subtitle ? <Text style={styles.subtitle}>{subtitle}</Text> : null}
    </View>
  );
}
