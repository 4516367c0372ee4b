import regularUrl from "@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf?url";
import boldUrl from "@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf?url";
import italicUrl from "@expo-google-fonts/noto-sans/400Regular_Italic/NotoSans_400Regular_Italic.ttf?url";
import type { FontSources } from "./font-sources";

// The build copies the TTF files next to the site's other assets (same origin, no CDN).
// The engine only fetches sources that look like absolute URLs and treats anything else
// as a file path, so the root-relative asset paths are made absolute here.
const absolute = (url: string): string => new URL(url, import.meta.url).href;

/** Font sources for the browser (main thread or worker). */
export const browserFontSources: FontSources = {
  regular: absolute(regularUrl),
  bold: absolute(boldUrl),
  italic: absolute(italicUrl),
};
