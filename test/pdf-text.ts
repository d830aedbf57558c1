/**
 * Reads the text layer of the PDFs we make, character for character. pdftotext and pdf.js both
 * turn every no-break space into a plain one, so checking `5,95 €` needs the PDF's own text:
 * the page content streams decoded through each font's ToUnicode map.
 */
import { inflateSync } from "node:zlib";

interface PdfObject {
  dict: string;
  stream?: Buffer;
}

function objects(pdf: Uint8Array): Map<number, PdfObject> {
  const buf = Buffer.from(pdf);
  const text = buf.toString("latin1");
  const out = new Map<number, PdfObject>();
  const re = /(\d+) 0 obj\s*/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index + m[0].length;
    const end = text.indexOf("endobj", start);
    const body = text.slice(start, end);
    const s = body.indexOf("stream");
    if (s < 0) {
      out.set(Number(m[1]), { dict: body });
      continue;
    }
    const dict = body.slice(0, s);
    const dataStart = start + s + "stream".length + (text[start + s + 6] === "\r" ? 2 : 1);
    const length = Number(/\/Length (\d+)/u.exec(dict)?.[1]);
    const raw = buf.subarray(dataStart, dataStart + length);
    out.set(Number(m[1]), { dict, stream: dict.includes("/FlateDecode") ? inflateSync(raw) : raw });
  }
  return out;
}

const ref = (dict: string, key: string) => Number(new RegExp(`/${key} (\\d+) 0 R`, "u").exec(dict)?.[1]);

/** ToUnicode CMap → glyph code → text. */
function cmap(stream: Buffer): Map<number, string> {
  const map = new Map<number, string>();
  const hex = (h: string) =>
    h
      .replace(/\s+/gu, "")
      .match(/.{4}/gu)!
      .map((u) => String.fromCharCode(parseInt(u, 16)))
      .join("");
  const text = stream.toString("latin1");
  for (const block of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/gu)) {
    for (const line of block[1]!.matchAll(/<([0-9a-f]+)> <([0-9a-f]+)> (\[[^\]]*\]|<[0-9a-f]+>)/giu)) {
      const lo = parseInt(line[1]!, 16);
      const hi = parseInt(line[2]!, 16);
      if (line[3]!.startsWith("[")) {
        [...line[3]!.matchAll(/<([0-9a-f\s]*)>/giu)].forEach((v, i) => map.set(lo + i, v[1]!.trim() === "" ? "" : hex(v[1]!)));
      } else {
        const base = parseInt(line[3]!.slice(1, -1), 16);
        for (let c = lo; c <= hi; c++) map.set(c, String.fromCharCode(base + c - lo));
      }
    }
  }
  for (const block of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/gu)) {
    for (const line of block[1]!.matchAll(/<([0-9a-f]+)> <([0-9a-f]+)>/giu)) map.set(parseInt(line[1]!, 16), hex(line[2]!));
  }
  return map;
}

/** The text of each page, in drawing order, one line of text per line. */
export function pdfPages(pdf: Uint8Array): string[] {
  const objs = objects(pdf);
  const fontMaps = new Map<number, Map<number, string>>();
  const pages: string[] = [];
  const pageIds = [...objs.entries()].filter(([, o]) => /\/Type \/Page\b/u.test(o.dict)).map(([id]) => id);
  // Pages in the order of the page tree's Kids.
  const kids = [...objs.values()].find((o) => /\/Type \/Pages\b/u.test(o.dict))?.dict;
  const order = kids ? [...(/\/Kids \[([^\]]*)\]/u.exec(kids)?.[1] ?? "").matchAll(/(\d+) 0 R/gu)].map((k) => Number(k[1])) : pageIds;
  for (const pageId of order) {
    const page = objs.get(pageId)!;
    const resources = objs.get(ref(page.dict, "Resources"))!.dict;
    const fontsDict = /\/Font <<([\s\S]*?)>>/u.exec(resources)?.[1] ?? "";
    const fonts = new Map<string, Map<number, string>>();
    for (const f of fontsDict.matchAll(/\/(\w+) (\d+) 0 R/gu)) {
      const fontId = Number(f[2]);
      if (!fontMaps.has(fontId)) fontMaps.set(fontId, cmap(objs.get(ref(objs.get(fontId)!.dict, "ToUnicode"))!.stream!));
      fonts.set(f[1]!, fontMaps.get(fontId)!);
    }
    const content = objs.get(ref(page.dict, "Contents"))!.stream!.toString("latin1");
    let font: Map<number, string> | undefined;
    let text = "";
    let lastY: number | undefined;
    for (const op of content.matchAll(/\/(\w+) [\d.]+ Tf|1 0 0 -?1 [\d.-]+ ([\d.-]+) Tm|\[((?:<[0-9a-f]*>|[-\d.\s])*)\] TJ/giu)) {
      if (op[1]) font = fonts.get(op[1]);
      else if (op[2]) {
        const y = Number(op[2]);
        if (lastY !== undefined && Math.abs(y - lastY) > 1) text += "\n";
        lastY = y;
      } else if (op[3] !== undefined && font) {
        for (const h of op[3].matchAll(/<([0-9a-f]*)>/giu)) {
          for (const code of h[1]!.match(/.{4}/gu) ?? []) text += font.get(parseInt(code, 16)) ?? "\uFFFD";
        }
      }
    }
    pages.push(text);
  }
  return pages;
}
