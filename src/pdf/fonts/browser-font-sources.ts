import regularUrl from "@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf?url";
import boldUrl from "@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf?url";
import italicUrl from "@expo-google-fonts/noto-sans/400Regular_Italic/NotoSans_400Regular_Italic.ttf?url";
import arabicUrl from "@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf?url";
import arabicBoldUrl from "@expo-google-fonts/noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf?url";
import hebrewUrl from "@expo-google-fonts/noto-sans-hebrew/400Regular/NotoSansHebrew_400Regular.ttf?url";
import hebrewBoldUrl from "@expo-google-fonts/noto-sans-hebrew/700Bold/NotoSansHebrew_700Bold.ttf?url";
import hanUrl from "@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf?url";
import hangulUrl from "@expo-google-fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf?url";
import type { FontSources } from "./font-sources";

// The build copies the TTF files next to the site's other assets (same origin, no CDN); a URL
// import only names a file, so nothing is downloaded until the engine loads that font.
// The engine only fetches sources that look like absolute URLs and treats anything else
// as a file path, so the root-relative asset paths are made absolute here.
const absolute = (url: string): string => new URL(url, import.meta.url).href;

/** Font sources for the browser (main thread or worker). */
export const browserFontSources: FontSources = {
  regular: absolute(regularUrl),
  bold: absolute(boldUrl),
  italic: absolute(italicUrl),
  scripts: {
    arabic: { regular: absolute(arabicUrl), bold: absolute(arabicBoldUrl) },
    hebrew: { regular: absolute(hebrewUrl), bold: absolute(hebrewBoldUrl) },
    // The CJK fonts are 6–10 MB a weight: bold text uses the regular file rather than a second download.
    han: { regular: absolute(hanUrl) },
    hangul: { regular: absolute(hangulUrl) },
  },
};
