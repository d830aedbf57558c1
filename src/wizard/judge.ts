/**
 * Judges one answer with the very checks `politique-retour check` runs: the zod schema (through
 * validateConfig, so messages and the SIRET key are the same) and the law rules that read the
 * question's path. No rule is copied here.
 */
import { checkLoaded } from "../law/check.js";
import type { Config } from "../config/schema.js";
import { validateConfig } from "../config/validate.js";
import type { Finding, Lang } from "../text/findings.js";
import { checkLaw } from "../law/engine.js";
import { frRuleset } from "../law/fr/index.js";
import { buildInput, pathString, resolvePath, type BuildOptions } from "./answers.js";
import { QUESTIONS, type Answers, type Question } from "./questions.js";

const under = (path: string, root: string) => path === root || path.startsWith(`${root}.`);

const asLoaded = (data: Record<string, unknown>) => ({ file: "", data, sources: [], findings: [] });

/** Findings about this answer, judged inside a whole config (unanswered questions take their defaults). */
export function judgeAnswer(q: Question, answers: Answers, lang: Lang, options: Omit<BuildOptions, "fill"> = {}): Finding[] {
  const path = resolvePath(q.path, answers);
  if (!path) return [];
  const at = pathString(path);
  const input = buildInput(answers, { ...options, fill: true });
  const { config, findings } = validateConfig(asLoaded(input), lang);
  const mine = findings.filter((f) => under(f.path, at));
  if (mine.length > 0 || !config) return mine;
  // "Yes, there is one" (a mediator…): its fields are still placeholders, judged by the questions
  // that follow; "no" is judged now (a missing mediator is an error at once).
  const answer = answers[q.id];
  if (q.present && typeof answer === "boolean" && q.present(answer)) return mine;
  // A finding about a field a later question asks (« Adhérez-vous à un médiateur ? » before its
  // name): the placeholder filled in is judged when that question is answered, not now.
  const laterQuestion = (path: string) =>
    path !== at &&
    QUESTIONS.some((o) => {
      if (o.id === q.id || answers[o.id] !== undefined || (o.when && !o.when(answers))) return false;
      const p = resolvePath(o.path, answers);
      return p !== undefined && pathString(p) === path;
    });
  return checkLaw(config, frRuleset, { lang, paths: [at] })
    .filter((f) => !laterQuestion(f.path))
    .map(({ atKey: _key, ...f }) => f);
}

/** The final check over the whole config, exactly as `check` does it. */
export function judgeAll(input: Record<string, unknown>, lang: Lang): { config: Config | undefined; findings: Finding[]; ok: boolean } {
  const { config, findings, ok } = checkLoaded(asLoaded(input), { lang });
  return { config, findings, ok };
}
