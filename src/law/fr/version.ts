/**
 * The version of the French ruleset (see ./index.ts): a change of the rules bumps it. Its own
 * module so that `status` can name it without loading the rules.
 */
export const RULESET_VERSION = "fr-2026.12";
