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
