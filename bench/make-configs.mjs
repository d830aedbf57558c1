#!/usr/bin/env node
// Writes N varied configs (default 1,000) to bench/out/configs-N/, half of them extending a
// shared agency base, like an agency's repository. Deterministic: same N, same files.
//   node bench/make-configs.mjs [N]
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const count = Number(process.argv[2] ?? 1000);
const dir = join(import.meta.dirname, "out", `configs-${count}`);
rmSync(dir, { recursive: true, force: true });
mkdirSync(join(dir, "clients"), { recursive: true });

// A tiny seeded generator (mulberry32): varied but reproducible.
let seed = 42;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
  return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
};
const pick = (list) => list[Math.floor(random() * list.length)];

const SECTORS = ["fashion", "shoes", "electronics", "appliances", "furniture", "cosmetics", "books-media", "jewelry", "sports", "toys", "general", "food", "custom-made"];
const CITIES = [["69003", "Lyon"], ["13001", "Marseille"], ["31000", "Toulouse"], ["59000", "Lille"], ["35000", "Rennes"], ["44000", "Nantes"], ["67000", "Strasbourg"], ["33000", "Bordeaux"]];
const WORDS = ["Atelier", "Maison", "Comptoir", "Boutique", "Fabrique", "Épicerie", "Studio", "Galerie", "Bazar", "Cœur", "Lumière", "Chêne", "Provence", "Océan", "Forêt", "Étoile", "Jardin", "Quai"];

/** A valid SIRET: 14 digits passing Luhn. */
function siret(i) {
  const digits = String(100000000000 + i * 7919).padStart(13, "0").slice(0, 13).split("").map(Number);
  for (let check = 0; check < 10; check++) {
    const all = [...digits, check];
    const sum = all.reduce((s, d, k) => s + (k % 2 === 0 ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : d), 0);
    if (sum % 10 === 0) return all.join("");
  }
  throw new Error("no Luhn digit");
}

const base = `schemaVersion: 1
jurisdiction: FR
language: fr
effectiveDate: 2026-12-01
withdrawal:
  days: 14
mediator:
  name: Médiateur du e-commerce de la FEVAD
  website: https://www.mediateurfevad.fr
returns:
  shipBackDays: 14
  costs:
    payer: merchant
  methods:
    - type: post
      carrier: Colissimo
      label: prepaid
      price: 0
  authorizationNumber: false
  originalPackaging: preferred
refunds:
  days: 14
  method: original-payment
  waitForGoods: true
  restockingFee: 0
  initialShipping: refunded
support:
  chat: false
`;
writeFileSync(join(dir, "agence-base.yaml"), base);

for (let i = 0; i < count; i++) {
  const name = `${pick(WORDS)} ${pick(WORDS)} ${i}`;
  const host = `boutique-${i}.example.fr`;
  const [postalCode, city] = pick(CITIES);
  const sectors = [...new Set([pick(SECTORS), pick(SECTORS)])];
  const payer = pick(["merchant", "customer", "capped"]);
  const own = i % 2 === 1; // every other shop states everything itself instead of extending the base
  const lines = [
    ...(own ? ["schemaVersion: 1", "jurisdiction: FR", "language: fr", "effectiveDate: 2026-12-01"] : ["extends: ../agence-base.yaml"]),
    "shop:",
    `  name: ${JSON.stringify(name)}`,
    `  legalName: ${JSON.stringify(`${name} SAS`)}`,
    `  siret: "${siret(i)}"`,
    `  address: { street: ${1 + (i % 90)} rue de la République, postalCode: "${postalCode}", city: ${city}, country: FR }`,
    `  email: contact@${host}`,
    `  website: https://${host}`,
    `sectors: [${sectors.join(", ")}]`,
    "withdrawal:",
    `  days: ${pick([14, 14, 30, 60])}`,
    "  onlineFunction:",
    `    url: https://${host}/compte/retractation`,
    "    label: Renoncer au contrat ici",
    "    confirmLabel: Confirmer la rétractation",
    ...(random() < 0.5 ? [`  onlineForm: https://${host}/retractation`] : []),
    ...(own ? ["mediator:", "  name: Médiateur du e-commerce de la FEVAD", "  website: https://www.mediateurfevad.fr"] : []),
    "returns:",
    "  shipBackDays: 14",
    "  costs:",
    `    payer: ${payer}`,
    ...(payer === "capped" ? ["    cap: 5.95"] : []),
    ...(sectors.includes("furniture") || sectors.includes("appliances") ? ["    bulkyEstimate: 49"] : []),
    "  methods:",
    "    - type: post",
    `      carrier: ${pick(["Colissimo", "Chronopost", "DHL"])}`,
    `      label: ${payer === "merchant" ? "prepaid" : "printable"}`,
    `      price: ${payer === "merchant" ? 0 : 5.95}`,
    ...(random() < 0.4 ? ["    - type: relay", "      carrier: Mondial Relay", "      label: printable", `      price: ${payer === "merchant" ? 0 : 3.9}`] : []),
    ...(random() < 0.3 ? ["    - type: store", `      locations: ["${name}, 4 place du Marché, ${postalCode} ${city}"]`] : []),
    `  authorizationNumber: ${random() < 0.5}`,
    "  originalPackaging: preferred",
    "refunds:",
    `  days: ${pick([7, 10, 14])}`,
    `  method: ${pick(["original-payment", "original-payment-or-credit"])}`,
    "  waitForGoods: true",
    "  restockingFee: 0",
    "  initialShipping: refunded",
    ...(random() < 0.5 ? [`exchanges: { enabled: true, days: ${pick([30, 60])}, freeShipping: ${random() < 0.5} }`] : []),
    ...(random() < 0.4 ? ["guarantees:", `  commercial: { months: ${pick([12, 24, 36])}, text: "Réparation gratuite pendant la durée de la garantie." }`] : []),
    "support:",
    `  email: service@${host}`,
    ...(random() < 0.5 ? [`  phone: "04 78 00 ${String(i % 100).padStart(2, "0")} 00"`, "  hours: du lundi au vendredi, 9 h – 18 h"] : []),
    "  chat: false",
    ...(random() < 0.3
      ? ["customClauses:", "  - title: Retours des fêtes", "    text: Les achats faits entre le 15 novembre et le 24 décembre peuvent être retournés jusqu'au 31 janvier."]
      : []),
  ];
  writeFileSync(join(dir, "clients", `client-${String(i).padStart(5, "0")}.yaml`), `${lines.join("\n")}\n`);
}
console.log(dir);
