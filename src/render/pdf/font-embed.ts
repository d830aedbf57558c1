/**
 * A face's subset embedded with streams already compressed: the font file (FontFile2) of a
 * subset and a ToUnicode map are kept, deflated, for the rest of the process, and a later
 * document with the same subset writes the kept bytes instead of subsetting the face and
 * deflating again.
 *
 * This is pdfkit's EmbeddedFont#embed (0.20.2, pinned; MIT licence, © Devon Govett and
 * contributors) with two streams taken from the cache;
 * every object, key and number is written as pdfkit writes it, so a PDF has the same bytes
 * with or without the cache (test/pdf-glyph-runs.test.ts). The kept bytes are a function of
 * their key only: the subset file of the face and the glyph ids in subset order (fontkit's
 * TTFSubset output depends on nothing else), the deflated ToUnicode map of its text. A
 * document therefore never depends on which documents came before it.
 */
import { deflateSync } from "node:zlib";
import type * as fontkit from "fontkit";
import type { EmbeddedFont } from "./glyph-runs.js";

interface Ref {
  data: Record<string, unknown>;
  compress: boolean;
  write(chunk: Uint8Array | string): void;
  end(chunk?: Uint8Array | string): void;
}

/** The document fields of pdfkit 0.20.2 the embedding reads. */
interface DocInternals {
  compress: boolean;
  subset?: number;
  _security?: unknown;
  ref(data?: Record<string, unknown>): Ref;
}

interface Embeddable extends EmbeddedFont {
  document: DocInternals;
  dictionary: Ref;
  name: string;
  descender: number;
  bbox: { minX: number; minY: number; maxX: number; maxY: number };
  subset: EmbeddedFont["subset"] & TtfSubset;
  embed(): void;
  toUnicodeCmap(): Ref;
}

/** fontkit's TTFSubset (2.0.4), the fields the glyph cache below reads or fills. */
interface TtfSubset {
  glyphs: number[];
  includeGlyph(id: number): number;
  cff?: unknown;
  encode(): Uint8Array;
  _addGlyph(gid: number): number;
  glyf: Uint8Array[];
  loca: { offsets: number[] };
  hmtx: { metrics: { advance: number; bearing: number }[] };
  offset: number;
}

interface FontTables {
  getGlyph(id: number): { advanceWidth: number; _decode(): { numberOfContours: number; components?: { glyphID: number; pos: number }[] } | null; _getMetrics(): { leftBearing: number } };
  loca: { offsets: number[] };
  _getTableStream(tag: string): { pos: number; readBuffer(length: number): Uint8Array };
  _variationProcessor?: unknown;
}

/** A glyph as a subset copies it: its bytes in the glyf table, where its components' ids are
 * (a composite glyph) and its metrics. A function of the face and the glyph id. */
interface SubsetGlyph {
  bytes: Uint8Array;
  components: { glyphID: number; pos: number }[] | undefined;
  advance: number;
  bearing: number;
}
const subsetGlyphs = new WeakMap<fontkit.Font, Map<number, SubsetGlyph>>();

/**
 * fontkit's TTFSubset#_addGlyph with what it reads from the face kept per glyph: it decodes
 * the glyph's outline (to find a composite's components) and copies its bytes for every
 * subset, and a batch makes a subset of the same faces for every document. The bytes it adds
 * are the same: the glyph's bytes, the components renumbered in this subset.
 */
function addGlyph(this: TtfSubset & { font: FontTables }, gid: number): number {
  const font = this.font;
  let known = subsetGlyphs.get(font as unknown as fontkit.Font);
  if (!known) subsetGlyphs.set(font as unknown as fontkit.Font, (known = new Map()));
  let glyph = known.get(gid);
  if (!glyph) {
    const g = font.getGlyph(gid);
    const glyf = g._decode();
    const start = font.loca.offsets[gid]!;
    const stream = font._getTableStream("glyf");
    stream.pos += start;
    const bytes = Uint8Array.from(stream.readBuffer(font.loca.offsets[gid + 1]! - start));
    const components = glyf && glyf.numberOfContours < 0 ? glyf.components!.map(({ glyphID, pos }) => ({ glyphID, pos })) : undefined;
    glyph = { bytes, components, advance: g.advanceWidth, bearing: g._getMetrics().leftBearing };
    known.set(gid, glyph);
  }
  let buffer = glyph.bytes;
  if (glyph.components) {
    buffer = new Uint8Array(glyph.bytes);
    const view = new DataView(buffer.buffer);
    for (const component of glyph.components) view.setUint16(component.pos, this.includeGlyph(component.glyphID));
  }
  this.glyf.push(buffer);
  this.loca.offsets.push(this.offset);
  this.hmtx.metrics.push({ advance: glyph.advance, bearing: glyph.bearing });
  this.offset += buffer.length;
  return this.glyf.length - 1;
}

/** Kept streams per face, each bounded: a batch of very different shops starts over. */
const LIMIT = 16;
const fontFiles = new WeakMap<fontkit.Font, Map<string, Uint8Array>>();
const toUnicodes = new WeakMap<fontkit.Font, Map<string, Uint8Array>>();

function kept(store: WeakMap<fontkit.Font, Map<string, Uint8Array>>, font: fontkit.Font, key: string, make: () => Uint8Array): Uint8Array {
  let known = store.get(font);
  if (!known || known.size >= LIMIT) store.set(font, (known = new Map()));
  let bytes = known.get(key);
  if (!bytes) known.set(key, (bytes = make()));
  return bytes;
}

/** A stream written with bytes already deflated, with the same dictionary (Length, Filter,
 * in that order) as pdfkit's compressed streams. */
function endDeflated(ref: Ref, deflated: Uint8Array): void {
  ref.compress = false;
  ref.data.Length = 0;
  ref.data.Filter = "FlateDecode";
  ref.end(deflated);
}

const toHex = (n: number): string => `0000${n.toString(16)}`.slice(-4);

/** Makes `font` (a pdfkit EmbeddedFont of a compressed, unencrypted document) embed from the
 * cache. Other documents keep pdfkit's own embedding. */
export function embedFromCache(embedded: unknown): void {
  const font = embedded as Embeddable;
  const doc = font.document;
  if (!doc.compress || doc._security || typeof font.embed !== "function" || !Array.isArray(font.subset?.glyphs)) return;
  font.embed = () => embed(font);
}

function embed(font: Embeddable): void {
  const doc = font.document;
  const isCFF = font.subset.cff != null;
  const fontFile = doc.ref();
  if (isCFF) fontFile.data.Subtype = "CIDFontType0C";
  // The key is taken before encode(), which adds the parts of composite glyphs to the subset.
  const key = `${isCFF ? "cff" : "ttf"} ${font.subset.glyphs.join(",")}`;
  endDeflated(fontFile, kept(fontFiles, font.font, key, () => {
    const subset = font.subset as unknown as TtfSubset & { font: FontTables };
    // A variable face re-encodes outlines in _addGlyph: left to fontkit.
    if (!isCFF && !subset.font._variationProcessor && typeof subset._addGlyph === "function") subset._addGlyph = addGlyph;
    return deflateSync(subset.encode());
  }));

  const tables = font.font as unknown as { "OS/2"?: { sFamilyClass?: number }; post: { isFixedPitch: boolean }; head: { macStyle: { italic: boolean } } };
  const os2 = tables["OS/2"];
  const familyClass = ((os2 != null ? os2.sFamilyClass : undefined) || 0) >> 8;
  let flags = 0;
  if (tables.post.isFixedPitch) flags |= 1 << 0;
  if (1 <= familyClass && familyClass <= 7) flags |= 1 << 1;
  flags |= 1 << 2;
  if (familyClass === 10) flags |= 1 << 3;
  if (tables.head.macStyle.italic) flags |= 1 << 6;
  const tag = [1, 2, 3, 4, 5, 6].map((i) => String.fromCharCode((font.id.charCodeAt(i) || 73) + 17)).join("");
  const name = `${tag}+${font.font.postscriptName?.replaceAll(" ", "_")}`;
  const { bbox } = font.font;
  const scale = font.scale;
  const descriptor = doc.ref({
    Type: "FontDescriptor",
    FontName: name,
    Flags: flags,
    FontBBox: [bbox.minX * scale, bbox.minY * scale, bbox.maxX * scale, bbox.maxY * scale],
    ItalicAngle: font.font.italicAngle,
    Ascent: font.ascender,
    Descent: font.descender,
    CapHeight: (font.font.capHeight || font.font.ascent) * scale,
    XHeight: (font.font.xHeight || 0) * scale,
    StemV: 0,
  });
  if (isCFF) descriptor.data.FontFile3 = fontFile;
  else descriptor.data.FontFile2 = fontFile;
  if (doc.subset && doc.subset === 1) {
    const maxCID = font.widths.length - 1;
    const cidSetBuffer = new Uint8Array(Math.ceil((maxCID + 1) / 8));
    for (let cid = 0; cid <= maxCID; cid++) if (font.widths[cid] != null) cidSetBuffer[Math.floor(cid / 8)]! |= 0x80 >> cid % 8;
    const cidSet = doc.ref();
    cidSet.write(cidSetBuffer);
    cidSet.end();
    descriptor.data.CIDSet = cidSet;
  }
  descriptor.end();
  const descendantFontData: Record<string, unknown> = {
    Type: "Font",
    Subtype: "CIDFontType0",
    BaseFont: name,
    CIDSystemInfo: { Registry: new String("Adobe"), Ordering: new String("Identity"), Supplement: 0 },
    FontDescriptor: descriptor,
    W: [0, font.widths],
  };
  if (!isCFF) {
    descendantFontData.Subtype = "CIDFontType2";
    descendantFontData.CIDToGIDMap = "Identity";
  }
  const descendantFont = doc.ref(descendantFontData);
  descendantFont.end();
  font.dictionary.data = {
    Type: "Font",
    Subtype: "Type0",
    BaseFont: name,
    Encoding: "Identity-H",
    DescendantFonts: [descendantFont],
    ToUnicode: toUnicodeCmap(font),
  };
  font.dictionary.end();
}

/** pdfkit's ToUnicode map (its text, chunks of 256 codes), its deflated bytes kept by text. */
function toUnicodeCmap(font: Embeddable): Ref {
  const cmap = font.document.ref();
  const entries: string[] = [];
  for (const codePoints of font.unicode) {
    const encoded: string[] = [];
    for (let value of codePoints!) {
      if (value > 0xffff) {
        value -= 0x10000;
        encoded.push(toHex(((value >>> 10) & 0x3ff) | 0xd800));
        value = 0xdc00 | (value & 0x3ff);
      }
      encoded.push(toHex(value));
    }
    entries.push(`<${encoded.join(" ")}>`);
  }
  const chunkSize = 256;
  const chunks = Math.ceil(entries.length / chunkSize);
  const ranges: string[] = [];
  for (let i = 0; i < chunks; i++) {
    const start = i * chunkSize;
    const end = Math.min((i + 1) * chunkSize, entries.length);
    ranges.push(`<${toHex(start)}> <${toHex(end - 1)}> [${entries.slice(start, end).join(" ")}]`);
  }
  const text = `\
/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CIDSystemInfo <<
  /Registry (Adobe)
  /Ordering (UCS)
  /Supplement 0
>> def
/CMapName /Adobe-Identity-UCS def
/CMapType 2 def
1 begincodespacerange
<0000><ffff>
endcodespacerange
${ranges.length} beginbfrange
${ranges.join("\n")}
endbfrange
endcmap
CMapName currentdict /CMap defineresource pop
end
end`;
  // pdfkit writes the text as Latin-1 bytes followed by a newline.
  endDeflated(cmap, kept(toUnicodes, font.font, text, () => deflateSync(Buffer.from(`${text}\n`, "latin1"))));
  return cmap;
}
