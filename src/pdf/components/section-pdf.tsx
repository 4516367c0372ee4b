import { Text, View } from "@react-pdf/renderer";
import type { Section } from "../../domain/document/document-model";
import { styles } from "../styles";
import { BlockPdf } from "./block-pdf";

/**
 * Room a heading wants below it on the same page, or it moves to the next page. With the
 * paginator in use (experimentalPagination) no page break may fall within this distance after
 * the heading, so it also chains a short section to the next heading: kept to about two lines
 * (a split paragraph leaves at least two lines anyway). 60 left a third of a page blank.
 */
const HEADING_PRESENCE_AHEAD = 30;

/**
 * A section: its heading never ends a page alone. The heading and blocks are returned as a
 * fragment, not wrapped in a view: the engine honours minPresenceAhead only for an element
 * that has earlier siblings, and a heading first in its own view has none.
 */
export function SectionPdf({ section }: { section: Section }) {
  // A section without a heading (the invoice's parties and facts) is just its blocks.
  if (section.heading === "") {
    return (
      <>
        {section.blocks.map((block, index) => (
          <BlockPdf key={index} block={block} />
        ))}
      </>
    );
  }
  if (section.blocks.some((block) => block.kind === "qr")) return <QrSection section={section} />;
  const [first, ...rest] = section.blocks;
  const heading = (
    <Text style={styles.sectionHeading} minPresenceAhead={HEADING_PRESENCE_AHEAD}>
      {section.number ? <Text style={styles.sectionNumber}>{section.number}  </Text> : null}
      {section.heading}
    </Text>
  );

  // A block that cannot break (the signatures) moves to the next page whole; the heading
  // is bound to it so it goes along.
  if (first?.kind === "signatures") {
    return (
      <>
        <View wrap={false}>
          {heading}
          <BlockPdf block={first} />
        </View>
        {rest.map((block, index) => (
          <BlockPdf key={index} block={block} />
        ))}
      </>
    );
  }

  return (
    <>
      {heading}
      {section.blocks.map((block, index) => (
        <BlockPdf key={index} block={block} />
      ))}
    </>
  );
}

/**
 * A section with a QR code (an invoice's payment details): the code stands to the right of the
 * blocks before it, using the height of the details instead of a band of its own; that part is
 * kept whole on one page, so the code is never parted from the account it pays. Blocks after
 * the code follow full width and may break across pages.
 */
function QrSection({ section }: { section: Section }) {
  const at = section.blocks.findIndex((block) => block.kind === "qr");
  const code = section.blocks[at]!;
  const before = section.blocks.slice(0, at);
  const after = section.blocks.slice(at + 1);
  return (
    <>
      <View wrap={false}>
        <Text style={styles.sectionHeading}>
          {section.number ? <Text style={styles.sectionNumber}>{section.number}  </Text> : null}
          {section.heading}
        </Text>
        <View style={styles.qrSection}>
          <View style={styles.qrSectionMain}>
            {before.map((block, index) => (
              <BlockPdf key={index} block={block} />
            ))}
          </View>
          <BlockPdf block={code} />
        </View>
      </View>
      {after.map((block, index) => (
        <BlockPdf key={index} block={block} />
      ))}
    </>
  );
}
