/**
 * The French ruleset. Adding a rule: one file in rules/ (id = file name) and one line below;
 * a test fails when a file in rules/ is not registered. Any rule added, removed or changed bumps
 * RULESET_VERSION and gets a line in CHANGELOG.md.
 */
import type { Rule, Ruleset } from "../types.js";
import { cappedCost } from "./rules/capped-cost.js";
import { initialShipping } from "./rules/initial-shipping.js";
import { onlineWithdrawalFunction } from "./rules/online-withdrawal-function.js";
import { onlineWithdrawalFunctionSoon } from "./rules/online-withdrawal-function-soon.js";
import { originalPackaging } from "./rules/original-packaging.js";
import { refundDays } from "./rules/refund-days.js";
import { refundMethod } from "./rules/refund-method.js";
import { restockingFee } from "./rules/restocking-fee.js";
import { shipBackDays } from "./rules/ship-back-days.js";
import { withdrawalDays } from "./rules/withdrawal-days.js";

export const RULESET_VERSION = "fr-2026.11";

const rules: Rule[] = [
  cappedCost,
  initialShipping,
  onlineWithdrawalFunction,
  onlineWithdrawalFunctionSoon,
  originalPackaging,
  refundDays,
  refundMethod,
  restockingFee,
  shipBackDays,
  withdrawalDays,
].sort((a, b) => a.id.localeCompare(b.id));

export const frRuleset: Ruleset = { jurisdiction: "FR", version: RULESET_VERSION, rules };
