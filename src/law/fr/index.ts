/**
 * The French ruleset. Adding a rule: one file in rules/ (id = file name) and one line below;
 * a test fails when a file in rules/ is not registered. Any rule added, removed or changed bumps
 * RULESET_VERSION (./version.ts) and gets a line in CHANGELOG.md.
 */
import type { Rule, Ruleset } from "../types.js";
import { RULESET_VERSION } from "./version.js";
import { b2bBuyers } from "./rules/b2b-buyers.js";
import { bulkyReturnCost } from "./rules/bulky-return-cost.js";
import { capAmount } from "./rules/cap-amount.js";
import { cappedCost } from "./rules/capped-cost.js";
import { clauseChannels } from "./rules/clause-channels.js";
import { clauseCreditOnly } from "./rules/clause-credit-only.js";
import { clauseDeliveryCosts } from "./rules/clause-delivery-costs.js";
import { clauseFees } from "./rules/clause-fees.js";
import { clauseGuarantee } from "./rules/clause-guarantee.js";
import { clauseInventedException } from "./rules/clause-invented-exception.js";
import { clauseItemCondition } from "./rules/clause-item-condition.js";
import { clauseJurisdiction } from "./rules/clause-jurisdiction.js";
import { clauseMediation } from "./rules/clause-mediation.js";
import { clauseOdrLink } from "./rules/clause-odr-link.js";
import { clausePackaging } from "./rules/clause-packaging.js";
import { clausePersonalised } from "./rules/clause-personalised.js";
import { clausePriorApproval } from "./rules/clause-prior-approval.js";
import { clauseReason } from "./rules/clause-reason.js";
import { clauseReducesRights } from "./rules/clause-reduces-rights.js";
import { clauseRefundDelay } from "./rules/clause-refund-delay.js";
import { clauseRefundMethod } from "./rules/clause-refund-method.js";
import { clauseSaleItems } from "./rules/clause-sale-items.js";
import { clauseShipBack } from "./rules/clause-ship-back.js";
import { clauseTransportRisk } from "./rules/clause-transport-risk.js";
import { clauseUnsealedHygiene } from "./rules/clause-unsealed-hygiene.js";
import { clauseWithdrawalPeriod } from "./rules/clause-withdrawal-period.js";
import { clauseWorkingDays } from "./rules/clause-working-days.js";
import { customMadeScope } from "./rules/custom-made-scope.js";
import { digitalContentWaiver } from "./rules/digital-content-waiver.js";
import { dropOffLocations } from "./rules/drop-off-locations.js";
import { exceptionsDisplay } from "./rules/exceptions-display.js";
import { freeForSectors } from "./rules/free-for-sectors.js";
import { hostileWording } from "./rules/hostile-wording.js";
import { initialShipping } from "./rules/initial-shipping.js";
import { itemCondition } from "./rules/item-condition.js";
import { mediator } from "./rules/mediator.js";
import { onlineFunctionAck } from "./rules/online-function-ack.js";
import { onlineFunctionConfirm } from "./rules/online-function-confirm.js";
import { onlineFunctionLabel } from "./rules/online-function-label.js";
import { onlineWithdrawalFunction } from "./rules/online-withdrawal-function.js";
import { onlineWithdrawalFunctionSoon } from "./rules/online-withdrawal-function-soon.js";
import { originalPackaging } from "./rules/original-packaging.js";
import { prepaidLabelPrice } from "./rules/prepaid-label-price.js";
import { refundDays } from "./rules/refund-days.js";
import { refundHold } from "./rules/refund-hold.js";
import { refundMethod } from "./rules/refund-method.js";
import { restockingFee } from "./rules/restocking-fee.js";
import { returnAuthorization } from "./rules/return-authorization.js";
import { returnCostConsistency } from "./rules/return-cost-consistency.js";
import { secondHandPresumption } from "./rules/second-hand-presumption.js";
import { shipBackDays } from "./rules/ship-back-days.js";
import { shopIdentification } from "./rules/shop-identification.js";
import { withdrawalChannels } from "./rules/withdrawal-channels.js";
import { withdrawalDays } from "./rules/withdrawal-days.js";
import { withdrawalReason } from "./rules/withdrawal-reason.js";
import { withdrawalStart } from "./rules/withdrawal-start.js";
import { clauseAbusive } from "./rules/clause-abusive.js";
import { commercialGuarantee } from "./rules/commercial-guarantee.js";
import { onlineFunctionAccess } from "./rules/online-function-access.js";
import { shopPhone } from "./rules/shop-phone.js";
import { withdrawalUnit } from "./rules/withdrawal-unit.js";

export { RULESET_VERSION };

const rules: Rule[] = [
  b2bBuyers,
  bulkyReturnCost,
  capAmount,
  cappedCost,
  clauseChannels,
  clauseCreditOnly,
  clauseDeliveryCosts,
  clauseFees,
  clauseGuarantee,
  clauseInventedException,
  clauseItemCondition,
  clauseJurisdiction,
  clauseMediation,
  clauseOdrLink,
  clausePackaging,
  clausePersonalised,
  clausePriorApproval,
  clauseReason,
  clauseReducesRights,
  clauseRefundDelay,
  clauseRefundMethod,
  clauseSaleItems,
  clauseShipBack,
  clauseTransportRisk,
  clauseUnsealedHygiene,
  clauseWithdrawalPeriod,
  clauseWorkingDays,
  customMadeScope,
  digitalContentWaiver,
  dropOffLocations,
  exceptionsDisplay,
  freeForSectors,
  hostileWording,
  initialShipping,
  itemCondition,
  mediator,
  onlineFunctionAck,
  onlineFunctionConfirm,
  onlineFunctionLabel,
  onlineWithdrawalFunction,
  onlineWithdrawalFunctionSoon,
  originalPackaging,
  prepaidLabelPrice,
  refundDays,
  refundHold,
  refundMethod,
  restockingFee,
  returnAuthorization,
  returnCostConsistency,
  secondHandPresumption,
  shipBackDays,
  shopIdentification,
  withdrawalChannels,
  withdrawalDays,
  withdrawalReason,
  withdrawalStart,
  withdrawalUnit,
  clauseAbusive,
  commercialGuarantee,
  onlineFunctionAccess,
  shopPhone,
].sort((a, b) => a.id.localeCompare(b.id));

export const frRuleset: Ruleset = { jurisdiction: "FR", version: RULESET_VERSION, rules };
