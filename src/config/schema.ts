/**
 * Config contract v1: the one definition behind the TypeScript types, the validation and the
 * JSON Schema printed by `politique-retour schema`. Fields may be added; names and meanings stay.
 *
 * Values a law rule judges (days, fees, packaging…) accept unlawful values on purpose: the
 * schema checks shape, the law check explains what is wrong with the article.
 */
import { z } from "zod";
import { isCalendarDate, isIsoShape } from "./dates.js";
import { EMAIL, webUrlProblem } from "./url.js";
import { GOODS_SECTORS, SECTORS, type Sector } from "./sectors.js";

export { SECTORS, type Sector };

export const PAYERS = ["merchant", "customer", "capped"] as const;
export const METHOD_TYPES = ["post", "relay", "store", "pickup", "warehouse"] as const;
export const LABEL_KINDS = ["prepaid", "printable", "customer"] as const;
export const PACKAGING = ["not-required", "preferred", "required"] as const;
export const REFUND_METHODS = ["original-payment", "original-payment-or-credit", "credit-only"] as const;
export const INITIAL_SHIPPING = ["refunded", "not-refunded"] as const;
export const WITHDRAWAL_UNITS = ["calendar-days", "working-days"] as const;
export const WITHDRAWAL_STARTS = ["receipt", "order", "shipment"] as const;
export const WITHDRAWAL_REQUIREMENTS = ["phone-call", "registered-letter", "prior-approval"] as const;
export const ITEM_CONDITIONS = ["examined", "unused", "tags-attached"] as const;
export const REFUND_HOLDS = ["goods-or-proof", "goods-received", "inspection"] as const;

// C0 controls but tab and line breaks, DEL and C1 controls: invisible, and no output should carry them.
const CONTROL_IN_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/u;
const text = (max = 20_000) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .superRefine((value, ctx) => {
      const c = CONTROL_IN_TEXT.exec(value)?.[0];
      if (c !== undefined) ctx.addIssue({ code: "custom", message: "control", params: { char: `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}` }, input: value });
    });
// Checked by webUrlProblem (WHATWG URL, http/https only, no control character, space or
// credentials); the pattern is the part of it an editor can check as you type.
const httpUrl = z
  .string()
  .max(2_000)
  .superRefine((value, ctx) => {
    const problem = webUrlProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: `url.${problem}`, input: value });
  })
  .meta({ pattern: "^https?://[^\\s<>\"'`\\\\]+$" })
  .describe("Adresse web complète, commençant par https:// (ou http://).");
const email = z.email({ message: "email", pattern: EMAIL }).max(320);
// Euros to the cent: 5.955 would print 5,96 € in the text and 5.955 in the JSON-LD.
const money = z
  .number()
  .finite()
  .min(0)
  .max(100_000)
  .refine((v) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-6, { message: "cents" });
const isoDate = z
  .string()
  .superRefine((value, ctx) => {
    if (!isIsoShape(value)) ctx.addIssue({ code: "custom", message: "format.date", input: value });
    else if (!isCalendarDate(value)) ctx.addIssue({ code: "custom", message: "calendarDate", input: value });
  })
  .meta({ format: "date", pattern: "^20[0-9]{2}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$" });

export const addressSchema = z
  .strictObject({
    street: text(500).describe("Numéro et voie."),
    postalCode: z.string().regex(/^\d{5}$/u, { message: "postalCode" }).describe("Code postal à 5 chiffres."),
    city: text(200),
    country: z.literal("FR").default("FR").describe("Pays (FR)."),
  })
  .describe("Adresse postale en France.");

const onlineFunctionSchema = z
  .strictObject({
    url: httpUrl.describe("Où se trouve la fonction de rétractation en ligne (page ou espace client)."),
    location: text(500)
      .optional()
      .describe("Chemin lisible pour y arriver, par exemple « Mon compte > Mes commandes »."),
    label: text(200).describe("Libellé du bouton ou du lien : « Renoncer au contrat ici » ou une formule aussi claire (D221-5)."),
    confirmLabel: text(200).describe("Libellé de l'étape de confirmation : « Confirmer la rétractation » ou équivalent (D221-5)."),
    guestAccess: z
      .boolean()
      .optional()
      .describe("La fonction est utilisable sans se connecter (numéro de commande et e-mail), y compris par un client qui a commandé sans compte (D221-5)."),
    formAction: httpUrl
      .optional()
      .describe("Adresse qui reçoit les demandes envoyées par la page du kit (--format withdrawal-kit) : votre gestionnaire de formulaire ou votre back-office."),
    acknowledgement: z
      .boolean()
      .default(true)
      .describe("Un accusé de réception (contenu, date et heure) est envoyé par e-mail sans délai (L221-21)."),
  })
  .describe("La fonction de rétractation en ligne, obligatoire pour les ventes en ligne depuis le 19 juin 2026 (L221-21).");

const methodSchema = z
  .strictObject({
    type: z.enum(METHOD_TYPES).describe("post (envoi postal), relay (point relais), store (dépôt en magasin), pickup (enlèvement à domicile), warehouse (dépôt à l'entrepôt)."),
    carrier: text(200).optional().describe("Transporteur ou réseau (Colissimo, Mondial Relay…)."),
    label: z.enum(LABEL_KINDS).optional().describe("prepaid (étiquette prépayée fournie), printable (à imprimer), customer (le client choisit et paie son envoi)."),
    price: money.optional().describe("Ce que le client paie pour ce mode, en euros."),
    locations: z.array(text(500)).max(1_000).optional().describe("Adresses des magasins ou points de dépôt (store, warehouse)."),
    notes: text(2_000).optional().describe("Précision affichée dans le tableau des modes de retour."),
  })
  .describe("Un mode de retour proposé.");

export const configSchema = z
  .strictObject({
    $schema: z.string().optional().describe("Adresse du schéma JSON, pour les éditeurs."),
    schemaVersion: z.literal(1).describe("Version du contrat de configuration (1)."),
    jurisdiction: z.literal("FR").default("FR").describe("Droit applicable (FR)."),
    language: z.literal("fr").default("fr").describe("Langue de la politique (fr)."),
    effectiveDate: isoDate.describe("Date d'entrée en vigueur de la politique (AAAA-MM-JJ)."),
    extends: z.string().min(1).optional().describe("Fichier de base (chemin relatif) fusionné sous celui-ci ; les listes sont remplacées."),

    shop: z
      .strictObject({
        name: text(10_000).describe("Nom commercial de la boutique."),
        legalName: text(10_000).describe("Raison sociale."),
        siret: z
          .string()
          .regex(/^[\d ]+$/u, { message: "siret" })
          .optional()
          .describe("Numéro SIRET (14 chiffres), espaces permis."),
        rcs: text(200).optional().describe("Immatriculation RCS, si vous n'indiquez pas de SIRET."),
        address: addressSchema,
        email,
        phone: text(40).optional(),
        website: httpUrl.optional(),
        policyUrl: httpUrl.optional().describe("Adresse où cette politique est publiée (pour le lien schema.org)."),
        online: z.boolean().default(true).describe("La boutique vend par un site ou une application (interface en ligne)."),
        b2b: z.boolean().default(false).describe("La boutique vend aussi à des professionnels."),
        secondHand: z.boolean().default(false).describe("La boutique vend des produits d'occasion ou reconditionnés."),
      })
      .describe("Identité de la boutique (L221-5)."),

    sectors: z.array(z.enum(SECTORS)).min(1).describe("Familles de produits ou services vendus."),

    withdrawal: z
      .strictObject({
        days: z.number().int().min(0).max(365).default(14).describe("Délai de rétractation en jours calendaires, à partir de la réception : 14 au moins (L221-18)."),
        unit: z.enum(WITHDRAWAL_UNITS).default("calendar-days").describe("Unité du délai : calendar-days (jours calendaires). working-days est contraire à L221-19."),
        startsFrom: z.enum(WITHDRAWAL_STARTS).default("receipt").describe("Point de départ pour les biens : receipt (réception). order et shipment sont contraires à L221-18."),
        reasonRequired: z.boolean().default(false).describe("Exiger un motif de retour (contraire à L221-18 ; un motif facultatif reste possible)."),
        requires: z
          .array(z.enum(WITHDRAWAL_REQUIREMENTS))
          .default([])
          .describe("Conditions imposées pour se rétracter : phone-call, registered-letter, prior-approval. Toutes contraires à L221-21 : laissez vide."),
        expressWaiver: z
          .boolean()
          .default(false)
          .describe("Contenus numériques ou services commencés pendant le délai : vous recueillez l'accord exprès du client et sa renonciation expresse, confirmés par e-mail (L221-28 1° et 13°)."),
        exceptions: z
          .array(z.number().int().min(1).max(13))
          .max(13)
          .optional()
          .describe("Cas de l'article L221-28 (numéros 1 à 13) qui concernent vraiment des articles que vous vendez ; par défaut, ceux qui découlent de vos familles de produits."),
        exceptionsOnProductPage: z
          .boolean()
          .default(false)
          .describe("Les achats sans droit de rétractation sont aussi signalés sur la fiche de chaque produit concerné et avant la validation de la commande (L221-5)."),
        onlineFunction: onlineFunctionSchema.optional(),
        onlineForm: httpUrl.optional().describe("Formulaire de rétractation en ligne classique, s'il existe."),
        regularDeliveries: z
          .boolean()
          .default(false)
          .describe("Vous vendez aussi des abonnements livrés régulièrement pendant une période définie (box, café ou vin du mois…) : pour eux, le délai part de la réception de la première livraison (L221-18)."),
      })
      .describe("Le droit de rétractation."),

    mediator: z
      .strictObject({
        name: text(500),
        website: httpUrl,
        address: text(1_000).optional(),
      })
      .optional()
      .describe("Médiateur de la consommation auquel la boutique adhère (L612-1, L616-1)."),

    returns: z
      .strictObject({
        shipBackDays: z.number().int().min(0).max(365).default(14).describe("Délai pour renvoyer l'article après la rétractation : 14 jours au moins (L221-23)."),
        costs: z
          .strictObject({
            payer: z.enum(PAYERS).describe("Qui paie le retour : merchant (la boutique), customer (le client), capped (le client, dans la limite de cap)."),
            cap: money.optional().describe("Avec capped : le client paie au plus ce montant, en euros."),
            freeFor: z.array(z.enum(SECTORS)).optional().describe("Familles dont le retour est gratuit dans tous les cas."),
            bulkyEstimate: money.optional().describe("Coût estimé du retour des articles qui ne passent pas par la poste (meubles, électroménager), en euros (L221-5 8°)."),
          })
          .describe("Frais de retour (L221-23)."),
        methods: z.array(methodSchema).min(1).max(50).describe("Modes de retour proposés."),
        address: addressSchema.optional().describe("Adresse où renvoyer les colis (par défaut : l'adresse de la boutique)."),
        addressName: text(500).optional().describe("Nom du destinataire des retours (par défaut : la raison sociale)."),
        authorizationNumber: z.boolean().default(false).describe("Un numéro de retour est proposé pour simplifier le suivi (jamais une condition)."),
        authorizationRequired: z.boolean().default(false).describe("Le numéro de retour est exigé avant tout retour (contraire à L221-21 : laissez false)."),
        bulky: z.boolean().optional().describe("Des articles ne passent pas par la poste (par défaut : oui pour furniture et appliances)."),
        condition: z
          .enum(ITEM_CONDITIONS)
          .default("examined")
          .describe("État demandé : examined (examiné comme en magasin). unused et tags-attached comme condition sont contraires à L221-23."),
        originalPackaging: z.enum(PACKAGING).default("preferred").describe("not-required, preferred (emballage protecteur, de préférence d'origine) ; required est contraire à L221-23."),
      })
      .describe("Le renvoi des articles. Requis dès qu'un secteur livre des biens ; à omettre pour une boutique qui ne vend que des services ou des contenus numériques."),

    refunds: z
      .strictObject({
        days: z.number().int().min(0).max(365).default(14).describe("Délai de remboursement à partir de la rétractation : 14 jours au plus (L221-24)."),
        method: z.enum(REFUND_METHODS).default("original-payment").describe("original-payment, ou original-payment-or-credit (avoir seulement si le client le choisit) ; credit-only est contraire à L221-24."),
        waitForGoods: z.boolean().default(true).describe("Le remboursement peut attendre la récupération des articles ou la preuve d'expédition, selon ce qui arrive en premier."),
        holdUntil: z
          .enum(REFUND_HOLDS)
          .default("goods-or-proof")
          .describe("Jusqu'à quand le remboursement peut attendre : goods-or-proof (l'article ou la preuve d'envoi, le premier des deux). goods-received et inspection sont contraires à L221-24."),
        restockingFee: money.default(0).describe("Frais de remise en stock : toujours 0 (L221-23)."),
        initialShipping: z.enum(INITIAL_SHIPPING).default("refunded").describe("Frais de livraison initiaux (livraison standard) : refunded (L221-24)."),
      })
      .prefault({})
      .describe("Le remboursement."),

    exchanges: z
      .strictObject({
        enabled: z.boolean(),
        days: z.number().int().min(1).max(365).optional().describe("Délai pour demander un échange, en jours."),
        freeShipping: z.boolean().default(false).describe("Le renvoi de l'article échangé est gratuit."),
      })
      .optional()
      .describe("Échanges proposés en plus du droit de rétractation."),

    guarantees: z
      .strictObject({
        commercial: z
          .strictObject({
            months: z.number().int().min(1).max(600),
            text: text(20_000),
            guarantor: text(500).optional().describe("Nom du garant (par défaut : la raison sociale de la boutique) (L217-22)."),
            price: money.optional().describe("Prix de la garantie commerciale en euros ; 0 ou absent : gratuite (L217-22)."),
            territory: text(500).optional().describe("Étendue territoriale de la garantie, par exemple « France métropolitaine » (L217-22)."),
          })
          .optional()
          .describe("Garantie commerciale facultative, en plus des garanties légales."),
      })
      .optional()
      .describe("Garanties. Les garanties légales sont toujours décrites."),

    support: z
      .strictObject({
        email: email.optional(),
        phone: text(40).optional(),
        hours: text(500).optional(),
        chat: z.boolean().default(false),
        contactForm: httpUrl.optional(),
      })
      .describe("Service client."),

    customClauses: z
      .array(
        z.strictObject({
          title: text(500),
          text: text(20_000),
        }),
      )
      .max(100)
      .optional()
      .describe("Vos propres clauses, vérifiées contre les formulations hostiles ou contraires à la loi."),

    output: z
      .strictObject({
        slug: z
          .string()
          .regex(/^[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?$/u, { message: "slug" })
          .optional()
          .describe("Nom du dossier de la boutique sous --out : minuscules sans accent, chiffres et tirets, 80 caractères au plus. Par défaut, tiré du nom de la boutique ; utile quand deux boutiques portent le même nom."),
      })
      .optional()
      .describe("Où écrire les fichiers de la boutique (n'apparaît pas dans la politique)."),
  })
  .describe("Configuration de politique-retour, version 1.");

/** A config after validation, defaults applied. */
export type Config = z.output<typeof configSchema>;
/** A config as written in YAML, before defaults. */
export type ConfigInput = z.input<typeof configSchema>;
export type ReturnMethod = Config["returns"]["methods"][number];
export type Address = z.output<typeof addressSchema>;

/** The JSON Schema editors read (draft 2020-12), generated from the same definition. */
export function jsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(configSchema, { target: "draft-2020-12", io: "input" }) as Record<string, unknown>;
  // `returns` may be left out by a shop that sells only services or digital content (validateConfig
  // fills a neutral block): editors ask for it only when a sector delivers goods.
  const required = (schema.required as string[]).filter((key) => key !== "returns");
  return {
    title: "politique-retour config v1",
    ...schema,
    required,
    allOf: [{ if: { required: ["sectors"], properties: { sectors: { contains: { enum: [...GOODS_SECTORS] } } } }, then: { required: ["returns"] } }],
  };
}
