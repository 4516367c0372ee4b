import { Path, Svg, Text, View } from "@react-pdf/renderer";
import { qrMatrix, qrPath } from "../../domain/payment/qr-matrix";
import { styles } from "../styles";
import type { BlockOf } from "./block-types";

const POINTS_PER_MM = 72 / 25.4;
/** The symbol's width without its quiet zone; banks' scanning guidance asks for about 30 mm or more. */
export const QR_SYMBOL_MM = 30;
/** ISO/IEC 18004 quiet zone: 4 light modules on every side. */
const QUIET_MODULES = 4;

/** Width of the code with its quiet zone, in points, for a symbol of `size` modules. */
export function qrWidth(size: number): number {
  return (QR_SYMBOL_MM * POINTS_PER_MM * (size + 2 * QUIET_MODULES)) / size;
}

/**
 * A QR code drawn as vectors (one path: the dark modules in runs), crisp at any zoom or print
 * resolution, inside its light quiet zone, with the caption under it. Kept whole on one page.
 */
export function QrBlock({ block }: { block: BlockOf<"qr"> }) {
  const matrix = qrMatrix(block.payload);
  const span = matrix.size + 2 * QUIET_MODULES;
  const width = qrWidth(matrix.size);
  return (
    <View style={styles.qr} wrap={false}>
      <Svg width={width} height={width} viewBox={`${-QUIET_MODULES} ${-QUIET_MODULES} ${span} ${span}`}>
        <Path d={qrPath(matrix)} fill="#000000" />
      </Svg>
      <Text style={styles.qrCaption}>{block.caption}</Text>
    </View>
  );
}
