import type { Rule } from "../../types.js";
import { normalize } from "../wording.js";
import { ONLINE_FUNCTION_DATE } from "./online-withdrawal-function.js";

/** Words of a URL or a path that put the function behind a login. */
const BEHIND_LOGIN = /\b(mon[ -]compte|mon[ -]espace|espace[ -]client|compte|account|login|se connecter|my-account|customer)\b/u;
/** …unless the shop says it works without one. */
const OPEN = /\bsans (connexion|compte|vous connecter|identifiant)\b/u;

// D221-5: the function is easy to reach during the whole period, for every buyer; a customer who
// ordered as a guest has no account to log into.
export const onlineFunctionAccess: Rule = {
  id: "online-function-access",
  article: "D221-5, L221-21",
  severity: "warning",
  paths: ["withdrawal.onlineFunction.url", "withdrawal.onlineFunction.location", "withdrawal.onlineFunction.guestAccess"],
  since: ONLINE_FUNCTION_DATE,
  summary: {
    fr: "La fonction de rétractation en ligne est accessible sans compte client.",
    en: "The online withdrawal function can be reached without a customer account.",
  },
  messages: {
    login: {
      fr: "La fonction de rétractation semble réservée aux clients connectés (« {where} ») : un client qui a commandé sans compte, ou qui a oublié son mot de passe, doit pouvoir l'utiliser aussi facilement. Proposez une page ouverte à tous qui demande le numéro de commande et l'e-mail (par exemple /retractation), puis indiquez withdrawal.onlineFunction.guestAccess: true.",
      en: "The withdrawal function seems to need a login (\"{where}\"): a customer who ordered as a guest, or forgot the password, must be able to use it as easily. Offer a page open to all that asks for the order number and e-mail (e.g. /retractation), then set withdrawal.onlineFunction.guestAccess: true.",
    },
    accountPlace: {
      fr: "Vous indiquez que la fonction de rétractation s'utilise sans se connecter, mais l'emplacement donné (« {where} ») est dans l'espace client : un client qui a commandé sans compte ne la trouvera pas là, et la politique dirait les deux. Indiquez un emplacement visible sans connexion (par exemple « lien Rétractation en bas de chaque page »).",
      en: "You say the withdrawal function works without logging in, but the location given (\"{where}\") is in the customer account: a customer who ordered as a guest will not find it there, and the policy would say both. Give a location visible without a login (e.g. a « Rétractation » link at the bottom of every page).",
    },
    guests: {
      fr: "Vous indiquez que la fonction de rétractation n'est pas utilisable sans se connecter : un client qui a commandé sans compte, ou qui a oublié son mot de passe, doit pouvoir l'utiliser aussi facilement. Proposez une page ouverte à tous qui demande le numéro de commande et l'e-mail (par exemple /retractation), puis indiquez withdrawal.onlineFunction.guestAccess: true.",
      en: "You say the withdrawal function cannot be used without logging in: a customer who ordered as a guest, or forgot the password, must be able to use it as easily. Offer a page open to all that asks for the order number and e-mail (e.g. /retractation), then set withdrawal.onlineFunction.guestAccess: true.",
    },
  },
  check: ({ config }) => {
    const f = config.withdrawal.onlineFunction;
    if (!f) return [];
    if (f.guestAccess) {
      // Open to guests, yet placed in the account area: the policy would say « Pas besoin de vous
      // connecter » next to « (Mon compte > …) ».
      const place = f.location ? normalize(f.location).text : "";
      return BEHIND_LOGIN.test(place) && !OPEN.test(place) ? [{ messageId: "accountPlace", path: "withdrawal.onlineFunction.location", data: { where: f.location ?? "" } }] : [];
    }
    if (f.guestAccess === false) return [{ messageId: "guests", path: "withdrawal.onlineFunction.guestAccess" }];
    let path = "";
    try {
      path = decodeURIComponent(new URL(f.url).pathname).replace(/[/_]+/gu, " ");
    } catch {
      path = f.url;
    }
    for (const [where, field] of [
      [f.location, "withdrawal.onlineFunction.location"],
      [path, "withdrawal.onlineFunction.url"],
    ] as const) {
      const text = where ? normalize(where).text : "";
      if (BEHIND_LOGIN.test(text) && !OPEN.test(text)) {
        return [{ messageId: "login", path: field, data: { where: field.endsWith("url") ? f.url : (where ?? "") } }];
      }
    }
    return [];
  },
};
