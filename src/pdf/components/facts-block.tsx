import { Link, Text, View } from "@react-pdf/renderer";
import { isSafeLink } from "../../domain/text/safe-link";
import { styles } from "../styles";
import type { BlockOf } from "./block-types";

/**
 * Term and value rows, e.g. "Payment terms" · "Net 14 days". With `columns: 2` two facts share
 * a row (left, then right), which keeps an invoice's number and dates short.
 */
export function FactsBlock({ block }: { block: BlockOf<"facts"> }) {
  if (block.columns === 2) {
    const rows: (typeof block.items)[] = [];
    for (let i = 0; i < block.items.length; i += 2) rows.push(block.items.slice(i, i + 2));
    return (
      <View style={[styles.block, styles.factsGrid]}>
        {rows.map((pair, index) => (
          <View key={index} style={styles.factRow} wrap={false}>
            {pair.map((item, i) => (
              <View key={i} style={[styles.factPair, i === 0 ? styles.factPairLeft : {}]}>
                <Text style={styles.factPairTerm}>{item.term}</Text>
                <FactValue item={item} />
              </View>
            ))}
          </View>
        ))}
      </View>
    );
  }
  return (
    <View style={styles.block}>
      {block.items.map((item, index) => (
        <View key={index} style={styles.factRow} wrap={false}>
          <Text style={styles.factTerm}>{item.term}</Text>
          <FactValue item={item} />
        </View>
      ))}
    </View>
  );
}

/** The value, as a link a reader can click when it is one (web or e-mail only). */
function FactValue({ item }: { item: BlockOf<"facts">["items"][number] }) {
  if (item.href && isSafeLink(item.href)) {
    return (
      <Link src={item.href} style={styles.factValue}>
        {item.value}
      </Link>
    );
  }
  return <Text style={styles.factValue}>{item.value}</Text>;
}
