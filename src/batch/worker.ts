/**
 * Worker thread entry (piscina). Modules load once per worker and keep their caches (compiled
 * Handlebars template, parsed fonts), so each document pays only for its own rendering.
 */
import { inspect, render, type Inspected, type Rendered, type Task } from "./tasks.js";

export default function run(task: Task): Inspected | Promise<Rendered> {
  return task.kind === "inspect" ? inspect(task) : render(task);
}
