/** Reads the PDF's font files: the renderer (src/render/pdf/) takes them through a FontLoader
 * and reads no file itself. */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { FontFace, FontLoader } from "../render/pdf/fonts.js";

/** Noto Sans (SIL OFL 1.1), from the @expo-google-fonts/noto-sans package. */
const FILES: Record<FontFace, string> = {
  regular: "400Regular/NotoSans_400Regular.ttf",
  bold: "700Bold/NotoSans_700Bold.ttf",
  italic: "400Regular_Italic/NotoSans_400Regular_Italic.ttf",
  boldItalic: "700Bold_Italic/NotoSans_700Bold_Italic.ttf",
  semibold: "600SemiBold/NotoSans_600SemiBold.ttf",
};

/** One function for the whole process: the renderer parses the faces once per loader. */
export const notoSansFonts: FontLoader = (face) => {
  const require = createRequire(import.meta.url);
  return readFileSync(require.resolve(`@expo-google-fonts/noto-sans/${FILES[face]}`));
};
