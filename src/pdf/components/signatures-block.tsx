import { Text, View } from "@react-pdf/renderer";
import { styles } from "../styles";
import type { BlockOf } from "./block-types";

const LINES = ["Signature", "Name", "Date"] as const;

/** One column per party with lines to sign on; the whole block stays on one page. */
export function SignaturesBlock({ block }: { block: BlockOf<"signatures"> }) {
  return (
    <View style={[styles.block, styles.signatures]} wrap={false}>
      {block.parties.map((party, index) => (
        <View key={index} style={styles.signatureParty}>
          <Text style={styles.signatureRole}>{party.role}</Text>
          <Text style={styles.signatureName}>{party.name}</Text>
          {party.business ? <Text style={styles.signatureBusiness}>{party.business}</Text> : null}
          {LINES.map((label) => (
            <View key={label} style={[styles.signatureLine, label === "Signature" ? styles.signatureSpace : {}]}>
              <Text style={styles.signatureLabel}>{label}</Text>
            </View>
          ))}
        </View>
      ))}
    </View>
  );
}
