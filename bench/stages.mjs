#!/usr/bin/env node
// Warm, in-process cost of each stage for one config (tinybench), to see what a worker pays per
// document once its modules are loaded.   node bench/stages.mjs [config.yaml]
import { Bench } from "tinybench";
import { checkLoaded } from "../dist/law/check.js";
import { readConfigFile } from "../dist/io/read-config.js";
import { loadConfig } from "../dist/config/load.js";
import { frRuleset } from "../dist/law/fr/index.js";
import { buildPolicy } from "../dist/policy/model.js";
import { renderHtmlFragment, renderHtmlPage } from "../dist/render/html.js";
import { renderMarkdown } from "../dist/render/markdown.js";
import { FORMATS, renderFiles } from "../dist/render/policy-files.js";
import { notoSansFonts } from "../dist/io/fonts.js";

const file = new URL(process.argv[2] ?? "../examples/atelier-lumiere.yaml", import.meta.url).pathname;
const { config } = checkLoaded(loadConfig(file, readConfigFile));
const policy = buildPolicy(config, frRuleset.version);
const markdown = renderMarkdown(policy);
const meta = { title: "t", shopName: policy.shop.name };
const formats = (process.env.FORMATS ?? "md,html,fragment").split(",").filter((f) => FORMATS.includes(f));

const bench = new Bench({ time: 1000 });
bench
  .add("load YAML (with positions)", () => loadConfig(file, readConfigFile))
  .add("load + check (schema, law)", () => checkLoaded(loadConfig(file, readConfigFile)))
  .add("buildPolicy", () => buildPolicy(config, frRuleset.version))
  .add("renderMarkdown", () => renderMarkdown(policy))
  .add("renderHtmlPage (from Markdown)", () => renderHtmlPage(markdown, meta))
  .add("renderHtmlFragment (from Markdown)", () => renderHtmlFragment(markdown))
  .add(`renderFiles ${formats.join("+")}`, () => renderFiles(policy, formats, { fontLoader: notoSansFonts }));
await bench.run();
console.table(bench.table());
