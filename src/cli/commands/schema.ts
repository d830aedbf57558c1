import { jsonSchema } from "../../config/schema.js";
import type { Io } from "../context.js";

export function schemaCommand(io: Io): void {
  io.out(`${JSON.stringify(jsonSchema(), null, 2)}\n`);
}
