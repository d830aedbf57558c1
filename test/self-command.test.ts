/** The commands the CLI prints run the way the user launched it (issue 16): npx, global, local, checkout. */
import { describe, expect, it } from "vitest";
import { selfCommand } from "../src/cli/self-command.js";

const files = (real: Record<string, string>) => (p: string) => real[p];

describe("selfCommand", () => {
  it("npx (npm exec) → npx politique-retour", () => {
    const realpath = files({ "/home/a/.npm/_npx/1/node_modules/.bin/politique-retour": "/home/a/.npm/_npx/1/node_modules/politique-retour/bin/politique-retour.js" });
    expect(selfCommand({ script: "/home/a/.npm/_npx/1/node_modules/.bin/politique-retour", env: { npm_command: "exec", PATH: "/home/a/.npm/_npx/1/node_modules/.bin:/usr/bin" }, cwd: "/home/a", realpath })).toBe("npx politique-retour");
  });

  it("a global install (the name on PATH is this script) → politique-retour", () => {
    const script = "/usr/local/lib/node_modules/politique-retour/bin/politique-retour.js";
    const realpath = files({ [script]: script, "/usr/local/bin/politique-retour": script });
    expect(selfCommand({ script: "/usr/local/bin/politique-retour", env: { PATH: "/usr/local/bin:/usr/bin" }, cwd: "/tmp", realpath })).toBe("politique-retour");
  });

  it("a local install run by path or through npm run → npx politique-retour", () => {
    const script = "/shop/node_modules/politique-retour/bin/politique-retour.js";
    const realpath = files({ [script]: script, "/shop/node_modules/.bin/politique-retour": script });
    expect(selfCommand({ script: "/shop/node_modules/.bin/politique-retour", env: { PATH: "/usr/bin" }, cwd: "/shop", realpath })).toBe("npx politique-retour");
    expect(selfCommand({ script: "/shop/node_modules/.bin/politique-retour", env: { npm_lifecycle_event: "policy", PATH: "/shop/node_modules/.bin" }, cwd: "/shop", realpath })).toBe("npx politique-retour");
  });

  it("a checkout run with node → node and the path to the bin, from where the user is", () => {
    const script = "/src/politique-retour/bin/politique-retour.js";
    const realpath = files({ [script]: script });
    expect(selfCommand({ script, env: { PATH: "/usr/bin" }, cwd: "/src/politique-retour", realpath })).toBe("node bin/politique-retour.js");
    expect(selfCommand({ script, env: { PATH: "/usr/bin" }, cwd: "/home/a/shop", realpath })).toBe(`node ${script}`);
  });
});
