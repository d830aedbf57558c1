import type { Rule } from "../../types.js";
import { ONLINE_FUNCTION_DATE } from "./online-withdrawal-function.js";

// L221-21, D221-5: after an online withdrawal, an acknowledgement on a durable medium, without delay,
// with the statement's content and the date and time it was sent.
export const onlineFunctionAck: Rule = {
  id: "online-function-ack",
  article: "L221-21, D221-5",
  severity: "error",
  table: ["WD-009"],
  paths: ["withdrawal.onlineFunction.acknowledgement"],
  since: ONLINE_FUNCTION_DATE,
  summary: {
    fr: "Une rétractation en ligne reçoit sans délai un accusé de réception par e-mail.",
    en: "An online withdrawal gets an e-mail acknowledgement without delay.",
  },
  messages: {
    missing: {
      fr: "Après une rétractation en ligne, envoyez sans délai un accusé de réception par e-mail reprenant son contenu, la date et l'heure : mettez acknowledgement à true.",
      en: "After an online withdrawal, send without delay an e-mail acknowledgement with its content, date and time: set acknowledgement to true.",
    },
  },
  check: ({ config }) =>
    config.withdrawal.onlineFunction && !config.withdrawal.onlineFunction.acknowledgement
      ? [{ messageId: "missing", path: "withdrawal.onlineFunction.acknowledgement" }]
      : [],
};
