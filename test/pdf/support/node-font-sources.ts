import { createRequire } from "node:module";
import type { FontSources } from "../../../src/pdf/fonts/font-sources";

const require = createRequire(import.meta.url);
const font = (file: string) => require.resolve(`@expo-google-fonts/${file}`);

/** The same TTF files the site ships (src/pdf/fonts/browser-font-sources.ts), as file paths for Node. */
export const nodeFontSources: FontSources = {
  regular: font("noto-sans/400Regular/NotoSans_400Regular.ttf"),
  bold: font("noto-sans/700Bold/NotoSans_700Bold.ttf"),
  italic: font("noto-sans/400Regular_Italic/NotoSans_400Regular_Italic.ttf"),
  scripts: {
    arabic: {
      regular: font("noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf"),
      bold: font("noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf"),
    },
    hebrew: {
      regular: font("noto-sans-hebrew/400Regular/NotoSansHebrew_400Regular.ttf"),
      bold: font("noto-sans-hebrew/700Bold/NotoSansHebrew_700Bold.ttf"),
    },
    han: { regular: font("noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf") },
    hangul: { regular: font("noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf") },
  },
};
