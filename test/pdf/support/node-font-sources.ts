import { createRequire } from "node:module";
import type { FontSources } from "../../../src/pdf/fonts/font-sources";

const require = createRequire(import.meta.url);
const font = (file: string) => require.resolve(`@expo-google-fonts/noto-sans/${file}`);

/** The same Noto Sans TTF files the site ships, as file paths for Node. */
export const nodeFontSources: FontSources = {
  regular: font("400Regular/NotoSans_400Regular.ttf"),
  bold: font("700Bold/NotoSans_700Bold.ttf"),
  italic: font("400Regular_Italic/NotoSans_400Regular_Italic.ttf"),
};
