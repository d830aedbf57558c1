/**
 * The withdrawal-function kit (`--format withdrawal-kit`, L221-21 and D221-5 since 19 June 2026):
 * what a shop needs without a third-party app. A page (and the same block as a fragment) whose
 * entry is « Renoncer au contrat ici » and whose form asks what the décret lists (name, the
 * contract, the e-mail for the acknowledgement), sent by a separate « Confirmer la rétractation »
 * button to the address the shop configures; plain HTML, no script, so it works with JavaScript
 * off. Then the acknowledgement to send on a durable medium (text and HTML e-mail templates whose
 * {{…}} placeholders the shop's system fills: content, date and time of receipt), and a checklist.
 * Pure: everything typed by the shop is escaped.
 */
import type { PolicyModel } from "../policy/model.js";
import { htmlEscape, mdInline, mdUrl } from "./escape.js";
import { days, frenchTypography } from "../text/typography.js";

export const KIT_FILES = {
  page: "retractation-page.html",
  fragment: "retractation-formulaire.fragment.html",
  entry: "retractation-lien.fragment.html",
  ackText: "retractation-accuse-reception.txt",
  ackHtml: "retractation-accuse-reception.html",
  checklist: "retractation-a-faire.md",
} as const;

/** Where the form goes when the shop has not said yet: an address that can never be reached, named to be replaced. */
export const KIT_ACTION_PLACEHOLDER = "https://adresse-a-configurer.invalid/retractation";

/** The placeholders the shop's system replaces in the acknowledgement templates. */
export const KIT_PLACEHOLDERS = ["nom", "commande", "articles", "email", "date_reception", "heure_reception"] as const;

const DEFAULT_LABEL = "Renoncer au contrat ici";
const DEFAULT_CONFIRM = "Confirmer la rétractation";
export const KIT_DECLARATION = "Je notifie par la présente ma rétractation du contrat portant sur la commande indiquée ci-dessus.";

/** Tagged templates: our words get French typography, the shop's values come out literally (escaped for HTML or Markdown). */
const tag =
  (value: (v: string) => string, literal: (s: string) => string) =>
  (strings: TemplateStringsArray, ...values: (string | number)[]) =>
    strings.reduce((out, part, i) => out + literal(frenchTypography(part)) + (i < values.length ? value(String(values[i])) : ""), "");
/** HTML: our text typeset and escaped, values escaped. */
const h = tag(htmlEscape, htmlEscape);
/** Plain text (the e-mail template): values literal. */
const fr = tag((v) => v, (s) => s);
/** Markdown (the checklist): values escaped so they stay text. */
const md = tag(mdInline, (s) => s);

interface KitFacts {
  shop: string;
  legalName: string;
  label: string;
  confirm: string;
  action: string;
  pageUrl?: string;
  email: string;
  days: string;
  shipBack: string;
  refund: string;
  address: string;
  /** The refund may wait for the goods or the proof they were sent (L221-24). */
  waitForGoods: boolean;
  /** The shop offers to collect the goods (home pick-up). */
  collects: boolean;
}

function facts(policy: PolicyModel): KitFacts {
  const f = policy.withdrawal.onlineFunction;
  const a = policy.returns.address;
  return {
    shop: policy.shop.name,
    legalName: policy.shop.legalName,
    label: f?.label ?? DEFAULT_LABEL,
    confirm: f?.confirmLabel ?? DEFAULT_CONFIRM,
    action: f?.formAction ?? KIT_ACTION_PLACEHOLDER,
    ...(f?.url ? { pageUrl: f.url } : {}),
    email: policy.withdrawal.email,
    days: days(policy.withdrawal.days),
    shipBack: days(policy.returns.shipBackDays),
    refund: days(policy.refunds.days),
    address: `${policy.returns.addressName}, ${a.street}, ${a.postalCode} ${a.city}`,
    waitForGoods: policy.refunds.wait.kind === "goods-or-proof",
    collects: policy.returns.shopCollects,
  };
}

/** The form block: the entry (a disclosure that opens the form), the fields, the separate confirmation button. */
function formBlock(k: KitFacts): string {
  return `<section class="pr-kit" aria-labelledby="pr-kit-titre">
<h2 id="pr-kit-titre">${h`Se rétracter en ligne`}</h2>
<p>${h`Pendant le délai de rétractation de ${k.days}, vous pouvez changer d'avis sans donner de motif, et vous rétracter ici gratuitement. Ouvrez le formulaire, remplissez-le, puis confirmez : vous recevrez aussitôt par e-mail un accusé de réception avec le contenu de votre demande, la date et l'heure de sa réception.`}</p>
<details class="pr-kit-etape">
<summary class="pr-kit-entree">${h`${k.label}`}</summary>
<form class="pr-kit-formulaire" method="post" action="${htmlEscape(k.action)}" accept-charset="utf-8">
<fieldset>
<legend>${h`Votre demande de rétractation`}</legend>
<p class="pr-kit-champ"><label for="pr-kit-nom">${h`Votre nom et prénom (obligatoire)`}</label>
<input id="pr-kit-nom" name="nom" type="text" autocomplete="name" required></p>
<p class="pr-kit-champ"><label for="pr-kit-commande">${h`Numéro de commande (obligatoire)`}</label>
<input id="pr-kit-commande" name="commande" type="text" required aria-describedby="pr-kit-commande-aide">
<span id="pr-kit-commande-aide" class="pr-kit-aide">${h`Il figure dans l'e-mail de confirmation de votre commande.`}</span></p>
<p class="pr-kit-champ"><label for="pr-kit-articles">${h`Articles concernés (facultatif : laissez vide pour toute la commande)`}</label>
<textarea id="pr-kit-articles" name="articles" rows="3"></textarea></p>
<p class="pr-kit-champ"><label for="pr-kit-email">${h`Votre adresse e-mail, pour recevoir l'accusé de réception (obligatoire)`}</label>
<input id="pr-kit-email" name="email" type="email" autocomplete="email" required></p>
</fieldset>
<input type="hidden" name="declaration" value="${htmlEscape(KIT_DECLARATION)}">
<p>${h`En cliquant sur « ${k.confirm} », vous envoyez cette déclaration : « ${KIT_DECLARATION} »`}</p>
<p><button class="pr-kit-confirmer" type="submit">${h`${k.confirm}`}</button></p>
</form>
</details>
<p>${h`Vous pouvez aussi vous rétracter par e-mail à ${k.email} ou par courrier à ${k.address}, avec ou sans le formulaire type.`}</p>
</section>
`;
}

const STYLE = `body { font-family: system-ui, sans-serif; line-height: 1.5; color: #1a1a1a; background: #fff; margin: 0; }
main { max-width: 40rem; margin: 0 auto; padding: 1rem; }
.pr-kit-entree { display: inline-block; cursor: pointer; padding: 0.6rem 1rem; border: 2px solid #1d4e89; border-radius: 0.3rem; color: #1d4e89; font-weight: bold; }
.pr-kit-entree:focus-visible, .pr-kit-confirmer:focus-visible, input:focus-visible, textarea:focus-visible { outline: 3px solid #b35c00; outline-offset: 2px; }
.pr-kit-champ label { display: block; font-weight: bold; }
.pr-kit-champ input, .pr-kit-champ textarea { width: 100%; box-sizing: border-box; padding: 0.4rem; border: 1px solid #555; font: inherit; }
.pr-kit-aide { display: block; color: #444; font-size: 0.9em; }
fieldset { border: 1px solid #767676; padding: 0.5rem 1rem; margin: 1rem 0; }
.pr-kit-confirmer { padding: 0.6rem 1rem; border: 0; border-radius: 0.3rem; background: #1d4e89; color: #fff; font: inherit; font-weight: bold; cursor: pointer; }`;

function page(k: KitFacts): string {
  return `<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${h`${k.label} — ${k.shop}`}</title>
<style>
${STYLE}
</style>
</head>
<body>
<main>
<h1>${h`${k.shop} : renoncer au contrat`}</h1>
${formBlock(k)}</main>
</body>
</html>
`;
}

/** The entry to paste where customers look (order e-mails, customer account, footer): a plain link to the page. */
function entry(k: KitFacts): string {
  const href = k.pageUrl ?? "#";
  return `<a class="pr-kit-lien" href="${htmlEscape(href)}">${h`${k.label}`}</a>\n`;
}

function ackText(k: KitFacts): string {
  return `${fr`Objet : accusé de réception de votre rétractation, commande {{commande}}`}

${fr`Bonjour {{nom}},`}

${fr`Nous avons bien reçu votre demande de rétractation le {{date_reception}} à {{heure_reception}}. Voici son contenu :`}

- ${fr`Nom : {{nom}}`}
- ${fr`Commande : {{commande}}`}
- ${fr`Articles concernés : {{articles}}`}
- ${fr`E-mail pour cet accusé de réception : {{email}}`}
- ${fr`Déclaration : « ${KIT_DECLARATION} »`}

${k.collects ? fr`Convenez avec nous de l'enlèvement des articles, ou renvoyez-les` : fr`Renvoyez les articles`}${fr` au plus tard ${k.shipBack} après votre demande, à l'adresse : ${k.address}. Nous vous remboursons au plus tard ${k.refund} après la réception de votre demande`}${k.waitForGoods ? fr` ; nous pouvons attendre pour cela d'avoir reçu les articles ou la preuve de leur envoi` : ""}${fr`. Le détail est dans notre politique de retour.`}

${fr`Gardez ce message : il prouve la date et l'heure de votre rétractation.`}

${k.shop} (${k.legalName})
${k.email}
`;
}

function ackHtml(k: KitFacts): string {
  return `<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>${h`Accusé de réception de votre rétractation, commande {{commande}}`}</title>
</head>
<body style="font-family: system-ui, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>${h`Bonjour {{nom}},`}</p>
<p>${h`Nous avons bien reçu votre demande de rétractation le {{date_reception}} à {{heure_reception}}. Voici son contenu :`}</p>
<ul>
<li>${h`Nom : {{nom}}`}</li>
<li>${h`Commande : {{commande}}`}</li>
<li>${h`Articles concernés : {{articles}}`}</li>
<li>${h`E-mail pour cet accusé de réception : {{email}}`}</li>
<li>${h`Déclaration : « ${KIT_DECLARATION} »`}</li>
</ul>
<p>${k.collects ? h`Convenez avec nous de l'enlèvement des articles, ou renvoyez-les` : h`Renvoyez les articles`}${h` au plus tard ${k.shipBack} après votre demande, à l'adresse : ${k.address}. Nous vous remboursons au plus tard ${k.refund} après la réception de votre demande`}${k.waitForGoods ? h` ; nous pouvons attendre pour cela d'avoir reçu les articles ou la preuve de leur envoi` : ""}${h`. Le détail est dans notre politique de retour.`}</p>
<p>${h`Gardez ce message : il prouve la date et l'heure de votre rétractation.`}</p>
<p>${h`${k.shop}`} (${h`${k.legalName}`})<br>${h`${k.email}`}</p>
</body>
</html>
`;
}

function checklist(k: KitFacts): string {
  const action =
    k.action === KIT_ACTION_PLACEHOLDER
      ? `${md`Indiquez l'adresse qui recevra les demandes (votre gestionnaire de formulaire ou votre back-office) : pour l'instant, le formulaire est envoyé à`} \`${KIT_ACTION_PLACEHOLDER}\`${md`, une adresse qui n'existe pas. Ajoutez-la dans la configuration (\`withdrawal.onlineFunction.formAction\`) puis régénérez le kit.`}`
      : `${md`Vérifiez que`} ${mdUrl(k.action)} ${md`reçoit bien les champs nom, commande, articles, email et declaration (envoyés en POST).`}`;
  // Addresses as links (built from the parsed address), not escaped text: `https\://` is no address to copy.
  const put = k.pageUrl
    ? `${md`Mettez la page ${KIT_FILES.page} en ligne à l'adresse`} ${mdUrl(k.pageUrl)}${md`, ou collez le bloc ${KIT_FILES.fragment} dans une page de votre boutique à cette adresse.`}`
    : md`Mettez la page ${KIT_FILES.page} en ligne, ou collez le bloc ${KIT_FILES.fragment} dans une page de votre boutique.`;
  const placeholders = KIT_PLACEHOLDERS.map((p) => `\`{{${p}}}\``).join(", ");
  return `${md`# Kit de rétractation en ligne : ce qu'il reste à faire`}

${md`Depuis le 19 juin 2026, une boutique en ligne propose une fonction « ${k.label} » pendant tout le délai de rétractation (L221-21, D221-5). Ce kit en fournit les pièces ; voici comment les brancher.`}

1. ${put}
2. ${action}
3. ${md`Placez le lien « ${k.label} » (${KIT_FILES.entry}) bien en vue pendant tout le délai de ${k.days} : espace client, e-mail de confirmation de commande, pied de page.`}
4. ${md`Dès qu'une demande arrive, envoyez l'accusé de réception par e-mail (${KIT_FILES.ackText} ou ${KIT_FILES.ackHtml}) en remplaçant`} ${placeholders} ${md`par les valeurs reçues et par la date et l'heure de réception.`}
5. ${md`Gardez chaque demande et son accusé de réception.`}
6. ${md`La fonction reste gratuite, sans motif à donner, sans appel ni accord préalable ; l'e-mail, le courrier et le formulaire type restent possibles.`}
7. ${md`Faites un essai : envoyez une demande de test, vérifiez qu'elle arrive et que l'accusé de réception part.`}
`;
}

export function renderWithdrawalKit(policy: PolicyModel): { name: string; content: string }[] {
  const k = facts(policy);
  return [
    { name: KIT_FILES.page, content: page(k) },
    { name: KIT_FILES.fragment, content: formBlock(k) },
    { name: KIT_FILES.entry, content: entry(k) },
    { name: KIT_FILES.ackText, content: ackText(k) },
    { name: KIT_FILES.ackHtml, content: ackHtml(k) },
    { name: KIT_FILES.checklist, content: checklist(k) },
  ];
}
