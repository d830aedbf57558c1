/** Reads the PDF's font files: the renderer (src/render/pdf/) takes them through a FontLoader
 * and reads no file itself. */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { FontFace, FontLoader } from "../render/pdf/fonts.js";

/** Noto Sans, Noto Sans Hebrew and Noto Sans Arabic (SIL OFL 1.1), from @expo-google-fonts. */
const FILES: Record<FontFace, string> = {
  regular: "noto-sans/400Regular/NotoSans_400Regular.ttf",
  bold: "noto-sans/700Bold/NotoSans_700Bold.ttf",
  italic: "noto-sans/400Regular_Italic/NotoSans_400Regular_Italic.ttf",
  boldItalic: "noto-sans/700Bold_Italic/NotoSans_700Bold_Italic.ttf",
  semibold: "noto-sans/600SemiBold/NotoSans_600SemiBold.ttf",
  hebrew: "noto-sans-hebrew/400Regular/NotoSansHebrew_400Regular.ttf",
  hebrewBold: "noto-sans-hebrew/700Bold/NotoSansHebrew_700Bold.ttf",
  arabic: "noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf",
  arabicBold: "noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf",
};

/** One function for the whole process: the renderer parses the faces once per loader. */
export const notoSansFonts: FontLoader = (face) => {
  const require = createRequire(import.meta.url);
  return readFileSync(require.resolve(`@expo-google-fonts/${FILES[face]}`));
};
