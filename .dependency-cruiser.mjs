/**
 * The rooms of src/ and which way they may import (dependency-cruiser). The house reads top to
 * bottom: a room imports only itself and the rooms below it, never a room beside or above it.
 * Checked by test/layers.test.ts (in `npm test`) and `npm run lint:deps`.
 *
 *   entry      src/index.ts (library API), src/docs/ (reference tables for the README)
 *   cli        commands, main, the launcher (start-up snapshot), self-command
 *   wizard     `init`'s questions       batch    many configs: discover, plan, pool, workers
 *   io         reads configs, writes atomically, stdout/stderr, code hash
 *   report     display paths, human and JSON lines (the working folder comes in as `cwd`)
 *   audit      an existing policy page  render   Markdown, HTML, PDF, Word, JSON-LD
 *   policy     config → facts the text states
 *   law        the rules, the engine, the check pipeline (config + law)
 *   config     schema, YAML with positions, `extends`, sectors
 *   text       findings, i18n, French typography and words
 *   generated  templates and locales compiled in (scripts/gen-assets.mjs)
 *
 * The core (report and below) does no I/O: it imports no file system, process or network module.
 */

/** Top to bottom; rooms on one level may not import each other. */
export const levels = [
  ["entry"],
  ["cli"],
  ["wizard", "batch"],
  ["io", "report"],
  ["audit", "render"],
  ["policy"],
  ["law"],
  ["config"],
  ["text"],
  ["generated"],
];

/** Each room's files, as a path pattern. */
export const rooms = {
  entry: "^src/(index\\.ts$|docs/)",
  cli: "^src/cli/",
  wizard: "^src/wizard/",
  batch: "^src/batch/",
  io: "^src/io/",
  report: "^src/report/",
  audit: "^src/audit/",
  render: "^src/render/",
  policy: "^src/policy/",
  law: "^src/law/",
  config: "^src/config/",
  text: "^src/text/",
  generated: "^src/generated/",
};

/** Rooms that may not read or write anything: their output depends only on their input. */
export const pureRooms = ["report", "audit", "render", "policy", "law", "config", "text", "generated"];

/** Node modules that reach outside the process's memory (files, processes, network, terminal). */
const IO_MODULES = "^(node:)?(fs|fs/promises|child_process|cluster|dgram|dns|http|http2|https|inspector|module|net|os|readline|repl|tls|tty|worker_threads)$";

/** Files of a pure room allowed I/O: none (the font files are read in src/io/fonts.ts and passed in). */
const IO_EXCEPTIONS = [];

const below = (room) => {
  const at = levels.findIndex((level) => level.includes(room));
  return levels.slice(at + 1).flat();
};

const anyRoom = `(${Object.values(rooms).join("|")})`;

/** @type {import("dependency-cruiser").IConfiguration} */
export default {
  forbidden: [
    ...Object.keys(rooms).map((room) => ({
      name: `room-${room}`,
      comment: `${room} may import only ${[room, ...below(room)].join(", ")}`,
      severity: "error",
      from: { path: rooms[room] },
      to: { path: "^src/", pathNot: [rooms[room], ...below(room).map((r) => rooms[r])] },
    })),
    {
      name: "no-room",
      comment: "every file of src/ belongs to a room (add it to the table in .dependency-cruiser.mjs)",
      severity: "error",
      from: { path: "^src/", pathNot: anyRoom },
      to: {},
    },
    {
      name: "no-room-target",
      comment: "every file of src/ belongs to a room (add it to the table in .dependency-cruiser.mjs)",
      severity: "error",
      from: { path: "^src/" },
      to: { path: "^src/", pathNot: anyRoom },
    },
    {
      name: "pure-no-io",
      comment: `${pureRooms.join(", ")} do no I/O: no file system, process, network or terminal module`,
      severity: "error",
      from: { path: `^src/(${pureRooms.join("|")})/`, pathNot: IO_EXCEPTIONS },
      to: { path: IO_MODULES, dependencyTypes: ["core"] },
    },
    {
      name: "no-circular",
      comment: "no import cycle between files, type-only imports included",
      severity: "error",
      from: { path: "^src/" },
      to: { circular: true },
    },
    {
      name: "not-to-unresolvable",
      comment: "every import resolves to a file (else the rules above would check nothing)",
      severity: "error",
      from: { path: "^src/" },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    // Type-only imports are edges too: a type from a room above still ties the rooms together.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.build.json" },
    // Packages that only name their files in `exports` (@orama/stemmers/french), resolved as node does.
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "node", "default", "types"] },
  },
};
