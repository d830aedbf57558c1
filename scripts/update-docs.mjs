// Regenerates schema.json and the README's config reference and rule table from the code.
import { readFileSync, writeFileSync } from "node:fs";
import { configReferenceMarkdown, replaceBlock, rulesTableMarkdown } from "../dist/docs/reference.js";
import { jsonSchema } from "../dist/config/schema.js";

const root = new URL("..", import.meta.url).pathname;
writeFileSync(`${root}schema.json`, `${JSON.stringify(jsonSchema(), null, 2)}\n`);
let readme = readFileSync(`${root}README.md`, "utf8");
readme = replaceBlock(readme, "config-reference", configReferenceMarkdown());
readme = replaceBlock(readme, "rules", rulesTableMarkdown());
writeFileSync(`${root}README.md`, readme);
