/**
 * Concepts a clause can express, each as the words or phrases that say it. Data only.
 *
 * A term is a phrase matched word by word on Snowball stems (so « refusons », « refusées »,
 * « refus » all meet « refuser »); in a term, `=mot` compares the plain word instead of its stem
 * (short words whose stem would meet others: « =porte » is worn, not « port »), `~` lets up to
 * three words in between (« emballage ~ origine » meets « emballage scellé d'origine »), and
 * `@only` is the word after « ne … que ». `prev` restricts a term to follow one of these words
 * (« avoir » the credit note, after « un », « en », « l' »…, never the verb); `notPrev` keeps a
 * term from following one of these words (« complet » of the item, never « remboursement complet »).
 *
 * Built-in concepts computed in analyse.ts: REFUSAL (REFUSE said, or ACCEPT denied, and REFUSE
 * not denied), RETURN_REFUSAL (same with ACCEPT_RETURN), DUR_SHORT (< 14 days), DUR_LONG
 * (> 14 days), DUR_UNDER_2Y (< 2 years).
 */
export type Term = string | { t: string; prev?: string[]; notPrev?: string[] };

/** Words after which « complet » is no longer about the item sent back. */
const WHOLE_OF = ["remboursement", "rembourse", "remboursee", "prix", "paiement", "montant", "contrat", "dossier", "formulaire"];

export const CONCEPTS: Record<string, Term[]> = {
  // ── refusing and accepting ─────────────────────────────────────────────
  REFUSE: [
    "refuser", "refusons", "refusent", "refus", "exclure", "exclu", "exclus", "exclue", "exclues", "exclusion",
    "interdit", "interdite", "interdits", "irrecevable", "irrecevables", "impossible",
    "vente ferme", "ventes fermes", "ferme et definitive", "fermes et definitives", "ferme et definitif", "fermes et definitifs",
  ],
  ACCEPT: [
    "accepter", "acceptons", "acceptent", "accepte", "reprendre", "reprenons", "reprennent", "reprend", "repris", "reprise",
    "rembourser", "remboursement", "remboursable", "remboursons", "remboursent", "echanger", "echange", "echangeable", "echangeons",
    "retourner", "retour", "retournable", "retournables", "renvoyer", "renvoi", "admettre", "admis", "admise", "admises",
    "beneficier", "beneficient", "beneficie", "appliquer", "applique", "exercer", "possible", "possibilite",
    "droit", "traiter", "traites", "pris en compte", "prises en compte", "pris en charge",
    "droit de retractation", "recours", "garantir",
  ],
  ACCEPT_RETURN: [
    "accepter", "acceptons", "acceptent", "accepte", "reprendre", "reprenons", "reprennent", "reprend", "repris",
    "rembourser", "remboursable", "remboursables", "remboursons", "echanger", "echangeable", "echangeables",
    "retourner", "retournable", "retournables", "renvoyer", "admettre", "admis", "retour", "remboursement", "echange",
  ],
  WE: ["=nous"],
  /** The customer as the subject (« vous n'êtes pas responsable… » is no liability exclusion). */
  CUSTOMER_SUBJECT: ["vous n'etes pas", "vous ne serez pas", "vous ne pouvez pas etre", "le client n'est pas", "le client ne sera pas", "les clients ne sont pas", "l'acheteur n'est pas"],
  NONE_WORD: ["=aucun", "=aucune", "=aucuns", "=aucunes"],
  ONLY: ["uniquement", "seulement", "=exclusivement", "=seul", "=seule", "=seuls", "=seules", "=exclusif", "=exclusive", "=exclusifs", "=exclusives", "@only"],
  OBLIGATION: [
    "obligatoire", "obligatoires", "obligatoirement", "obliger", "oblige", "obligation", "exiger", "exige", "exigee", "exigence",
    "imperatif", "imperative", "imperativement", "indispensable", "requis", "requise", "requises", "necessaire", "necessaires",
    "=doit", "=doivent", "=devra", "=devront", "=devez", "=devons", "=devrez", "=devrait", "=devraient", "=faut",
    "imposer", "impose", "imposee", "a condition", "sous condition", "conditionne", "conditionnee", "condition",
    "faute de quoi", "a defaut", "=sinon", "sous peine", "soumis a", "soumise a", "soumis au", "soumise au", "subordonne", "subordonnee",
    "besoin", "tenu de", "tenus de", "tenue de",
  ],
  OPTIONAL: [
    "facultatif", "facultative", "facultativement", "si vous le souhaitez", "si vous le voulez", "si vous preferez", "si vous le preferez",
    "si possible", "de preference", "idealement", "conseiller", "=conseille", "=conseillons", "=recommandons", "il est recommande", "nous recommandons", "est recommande",
    "a votre choix", "au choix", "a votre demande", "sur demande", "si vous l'acceptez", "si vous acceptez", "expressement",
    "choisir", "choisissez", "choix", "opter", "optez", "libre", "librement", "nous aide", "si vous l'avez",
  ],
  EXCLUDING: ["=hors", "a l'exception", "=excepte", "=exceptes", "non compris", "a l'exclusion", "deduction", "=sauf"],
  DEDUCT: ["deduire", "deduisons", "deduit", "deduits", "deduite", "retenir", "retenons", "retenu", "retenus", "retenue", "conserver", "conservons", "conserve", "conserves", "restent acquis", "reste acquis", "acquis", "garder", "gardons"],
  ON_CUSTOMER: ["a votre charge", "a vos frais", "a la charge du client", "a la charge de l'acheteur", "a la charge du consommateur", "a la charge de l'acquereur", "restent a votre charge", "incombent au client", "vous incombent", "supportes par le client", "a vos risques", "aux frais du client", "aux frais de l'acheteur", "a la charge du destinataire"],
  ON_MERCHANT: ["a notre charge", "a nos frais", "a la charge du vendeur", "a la charge de la boutique", "nous prenons en charge", "nous nous chargeons", "jusqu'a la remise"],

  // ── what the sentence is about ─────────────────────────────────────────
  WITHDRAW: ["retracter", "retractez", "retractation", "renoncer au contrat", "changer d'avis", "droit de retractation", "delai de retractation"],
  RETURN: ["retour", "retourner", "retournez", "renvoyer", "renvoyez", "renvoi", "reexpedier", "reexpedie", "rendre", "restituer", "restitution", "rapporter", "retournable"],
  REFUND: ["rembourser", "remboursement", "remboursable", "remboursons", "rembourserons", "recrediter", "recredite", "=recredite", "recredites"],
  PERIOD: ["delai", "disposez", "disposer", "avez", "sous", "dans les", "jusqu'a"],
  SALE: [
    "soldes", "solde", "soldee", "soldees", "promotion", "promotions", "promo", "promos", "destockage", "destocke", "destockes", "outlet",
    "prix barre", "prix barres", "fin de serie", "fins de serie", "vente privee", "ventes privees", "demarque", "demarques", "=remises",
    "=remises", "black friday", "cyber monday", "liquidation", "braderie", "prix casse", "prix casses", "prix reduit", "prix reduits",
    "offre speciale", "offres speciales", "bonnes affaires", "ventes flash", "vente flash", "articles remises", "remise",
  ],
  CREDIT: [
    { t: "avoir", prev: ["un", "en", "votre", "cet", "par", "seul", "chaque"] }, "forme de avoir", "bon de achat", "bons de achat", "bon d'achat", "bons d'achat",
    "bon de reduction", "bons de reduction", "code de reduction", "code promo", "code promotionnel", "carte cadeau", "cartes cadeaux", "carte-cadeau",
    "e-carte cadeau", "cheque cadeau", "cheques cadeaux", "bon cadeau", "credit boutique", "credit d'achat", "credit sur votre compte", "porte-monnaie",
    "cagnotte", "points de fidelite", "note de credit", "avoir client", "bon de valeur", "credit magasin", "bon d'echange",
  ],
  /** The refund said to be paid as a credit note; denied (« ne sont pas remboursés en avoir »), the credit note is what is ruled out. */
  REFUND_IN_CREDIT: [
    "rembourser en avoir", "rembourser par avoir", "rembourser par un avoir", "rembourser sous forme de avoir", "rembourser sous forme d'avoir",
    "rembourser en bon d'achat", "rembourser en bons d'achat", "rembourser par bon d'achat", "rembourser en carte cadeau", "rembourser en bon cadeau",
    "remboursons pas en avoir", "remboursons pas par avoir", "remboursons pas sous forme d'avoir", "remboursons pas en bon d'achat",
    // « Le remboursement ne se fait pas en avoir », « ne s'effectue jamais en bon d'achat »: the verb is denied, the credit note meant.
    "fait pas en avoir", "fait pas par avoir", "fait pas sous forme d'avoir", "fait pas en bon d'achat", "fait jamais en avoir", "fait jamais en bon d'achat",
    "effectuer pas en avoir", "effectuer pas par avoir", "effectuer pas sous forme d'avoir", "effectuer pas en bon d'achat", "effectuer jamais en avoir", "effectuer jamais en bon d'achat",
  ],
  /**
   * A means of refund named as the one refunds are made by (L221-24: the means the customer paid
   * with, another only if the customer expressly agrees). « chèque cadeau » is a credit note (CREDIT).
   */
  REFUND_MEANS: ["virement", "virements", "virement bancaire", "cheque", "cheques", "mandat", "mandat cash", "especes", "rib"],
  GIFT_CHEQUE: ["cheque cadeau", "cheques cadeaux", "cheque-cadeau", "cheques-cadeaux", "cheque kdo"],
  /** The refund tied to the means the customer paid with: « si vous avez payé par virement », « le même moyen de paiement ». */
  PAID_BY: [
    "paye par", "payee par", "payees par", "payer par", "regle par", "reglee par", "reglees par", "regler par", "paiement par", "reglement par",
    "meme moyen", "meme mode", "moyen de paiement utilise", "moyen de paiement initial", "moyen de paiement de la commande", "moyen de paiement d'origine",
    "mode de paiement utilise", "mode de paiement initial", "mode de paiement de la commande",
  ],
  INSPECT: [
    "controle", "controler", "controles", "controlee", "verification", "verifier", "verifie", "verifiee", "inspection", "inspecter", "inspecte",
    "examen", "examiner", "examine", "expertise", "expertiser", "validation", "valider", "valide", "validee", "test", "tester", "teste",
    "diagnostic", "controle qualite", "acceptation", "approbation", "conformite du retour",
  ],
  AFTER: ["apres", "une fois", "des que", "suite a", "a l'issue", "sous reserve", "=qu'apres", "lorsque", "quand"],
  PROOF: ["preuve de expedition", "preuve d'expedition", "preuve de envoi", "preuve d'envoi", "preuve de depot", "preuve du depot", "justificatif de depot", "justificatif d'envoi", "justificatif d'expedition", "recepisse", "preuve ~ envoi", "preuve ~ expedition", "preuve ~ depot"],
  VALIDITY: ["valable", "valables", "validite", "=valide pendant", "garantie", "garanti", "expire"],
  PACKAGING: [
    "emballage ~ origine", "emballage original", "emballage initial", "emballages ~ origine", "boite ~ origine", "boites ~ origine", "carton ~ origine",
    "cartons ~ origine", "conditionnement ~ origine", "packaging ~ origine", "emballage d'usine", "emballage intact", "boite intacte", "blister intact",
    "emballage scelle", "notice", "notices", "accessoires", { t: "=complet", notPrev: WHOLE_OF }, { t: "=complets", notPrev: WHOLE_OF },
    { t: "=complete", notPrev: WHOLE_OF }, { t: "=completes", notPrev: WHOLE_OF }, "incomplet", "incomplets", "incomplete",
    "scelle", "scelles", "sous blister", "mode d'emploi", "intact", "intacte", "intacts",
  ],
  DISPATCH_DELAY: ["delai de livraison", "delais de livraison", "delai d'expedition", "delai de fabrication", "delai de preparation", "expedie sous", "expediee sous", "expediees sous", "expedies sous", "livre sous", "livree sous", "livraison sous", "preparee sous", "preparees sous"],
  DELAY: ["delai", "court", "commence", "debute", "part"],
  UNSEALED: ["descelle", "descelles", "descellee", "descellees", "une fois ouvert", "une fois ouverts", "une fois ouverte", "une fois ouvertes", "une fois le film", "une fois l'opercule"],
  INCOMPLETE: ["incomplet", "incomplets", "incomplete", "incompletes", "manquant", "manquants", "manquante", "manquantes"],
  OPENED: ["=ouvert", "=ouverts", "=ouverte", "=ouvertes", "deballe", "deballes", "deballee", "deballees", "descelle", "descelles"],
  WORN: [
    "=porte", "=portes", "=portee", "=portees", "utilise", "utilises", "utilisee", "utilisees", "lave", "laves", "lavee", "lavees",
    "=essaye", "=essayes", "=essayee", "=essayees", "abime", "abimes", "abimee", "abimees", "sali", "salis", "mis en service", "installe", "installes",
    "monte", "montes", "assemble", "assembles", "=ouvert", "=ouverts", "=ouverte", "=ouvertes", "deballe", "deballes", "etat neuf", "etat d'origine",
    "etiquette", "etiquettes", "etiquetage", "neuf", "neufs", "neuve", "neuves",
  ],
  DEPRECIATION: ["depreciation", "deprecie", "perte de valeur", "decote liee", "manipulation excessive", "comme en magasin", "en magasin", "au-dela de l'essai", "au-dela de ce qui est necessaire"],
  NOT_CONDITION: ["ne est pas une condition", "ce n'est pas une condition", "pas une condition", "n'est pas une condition"],
  FEE_KIND: [
    "frais de traitement", "frais de gestion", "frais de dossier", "frais de remise en stock", "frais de restockage", "frais de reconditionnement",
    "frais administratifs", "frais administratif", "frais de manutention", "frais de reapprovisionnement", "retenue forfaitaire", "participation forfaitaire",
    "forfait de reconditionnement", "forfait de traitement", "forfait de gestion", "decote", "restocking", "remise en stock", "frais de verification",
    "frais de controle", "penalite", "penalites", "malus", "frais de retour forfaitaires",
  ],
  REASON: [
    "motif", "motifs", "motiver", "motive", "motivee", "motivees", { t: "raison", prev: ["la", "une", "votre", "sa", "leur", "sans", "aucune", "quelle"] }, { t: "raisons", prev: ["les", "vos", "sans"] },
    "justifier", "justifiee", "justifie", "justification", "pourquoi", "cause du retour", "expliquer",
  ],
  APPROVAL: [
    "accord prealable", "accord", "autorisation", "autoriser", "autorise", "autorises", "autorisee", "validation", "valider", "valide", "validee",
    "approbation", "approuver", "approuve", "=acceptation", "rma", "numero de retour", "numero d'autorisation", "numero rma", "numero de rma",
    "autorisation prealable", "accepte par nos services", "accord de notre service",
  ],
  CHANNEL_STRICT: ["telephone", "appel", "appeler", "appelez", "appelant", "lettre recommandee", "recommande", "recommandee", "courrier recommande", "accuse de reception", "en magasin", "fax"],
  CHANNEL: [
    "telephone", "appel", "appeler", "appelez", "lettre recommandee", "recommande", "recommandee", "courrier recommande", "accuse de reception",
    "e-mail", "email", "mail", "courriel", "formulaire", "espace client", "compte client", "votre compte", "courrier", "chat", "bouton", "en magasin", "fax",
  ],
  /**
   * The channels named are examples of a free choice (the R221-3 model text: « au moyen d'une
   * déclaration dénuée d'ambiguïté (par exemple, lettre… ou courrier électronique) »).
   */
  ANY_STATEMENT: ["declaration denuee d'ambiguite", "declaration sans ambiguite", "toute declaration", "toute autre declaration", "tout moyen"],
  /** A channel named as the exception to what the sentence says (« frais de renvoi…, sauf pour un retour en magasin »). */
  CHANNEL_EXCEPTED: ["sauf ~ en magasin", "excepte ~ en magasin", "hors ~ en magasin", "a l'exception ~ en magasin", "sauf ~ telephone", "sauf ~ recommande"],
  CHANNEL_MEANS: ["moyen", "canal", "voie", "passer par", "par", "via", "pris en compte", "prises en compte", "se faire", "notifie", "notifiee", "adressee"],
  WORKING_DAYS: ["jour ouvres", "jours ouvres", "jour ouvrables", "jours ouvrables", "=ouvres", "=ouvrables", "=ouvre", "=ouvrable"],
  NEXT_WORKING_DAY: ["jour ouvrable suivant", "premier jour ouvrable", "jour ouvre suivant"],
  HOURS_UNIT: ["heures ouvrees", "heures ouvrables", "heure ouvree"],
  DISPATCH: [
    "expedier", "expedie", "expediee", "expedies", "expediees", "expedition", "preparer", "preparee", "preparees", "preparation", "repondre", "repond",
    "reponse", "service client", "traitement de votre commande", "fabrication", "delai de fabrication", "delai de livraison", "delais de livraison",
    "delai d'expedition", "livres sous", "livree sous", "livraison prend", "livraison sous",
  ],
  START_ORDER: [
    "date ~ commande", "date ~ achat", "date ~ expedition", "date ~ facture", "date ~ facturation", "date ~ paiement", "date ~ envoi",
    "jour ~ commande", "a compter ~ commande", "a partir ~ commande", "a compter ~ achat", "a partir ~ achat", "a compter ~ expedition", "a partir ~ expedition",
    "passation ~ commande", "des la commande", "des l'expedition", "commence ~ expedition", "commence ~ commande", "court ~ commande", "court ~ expedition",
    "suivant la commande", "suivant l'achat", "suivant l'expedition", "suivant votre commande", "suivant votre achat",
  ],
  RECEIPT: ["reception", "recevez", "recu", "recus", "recue", "receptionne", "remise du colis", "livraison", "livre", "livree", "dernier article", "conclusion du contrat", "conclusion"],
  NOTIFY: [
    "votre demande", "la demande", "votre retractation", "votre decision", "votre declaration", "la declaration", "declaration de retractation",
    "notification", "nous avoir informes", "nous avoir informe", "nous avoir prevenus", "demande de retour", "demande de retractation", "votre notification",
    "informe de votre", "informes de votre",
  ],
  AFTER_REL: ["apres", "suivant", "suivent", "a compter", "a partir", "des", "qui suivent", "qui suit"],
  MADE_TO_ORDER: [
    "fabrique a la commande", "fabriques a la commande", "fabriquee a la commande", "fabriquees a la commande", "a la commande", "a la demande",
    "sur commande", "confectionne", "confectionnes", "confectionnee", "confectionnees", "fabrique apres", "fabriques apres", "personnalise",
    "personnalises", "personnalisee", "personnalisees", "fait main", "faits main", "fabrication artisanale", "produit a la commande", "faits sur commande",
    "fait sur commande",
  ],
  SPECIFIC: [
    "grave", "graves", "gravee", "gravees", "gravure", "brode", "brodes", "brodee", "brodees", "broderie", "sur mesure", "sur-mesure", "a vos mesures",
    "vos dimensions", "selon vos", "vos specifications", "votre nom", "votre prenom", "a votre nom", "initiales", "vos indications", "pour vous",
    "votre photo", "de votre choix", "vos mesures", "coupe a vos", "coupes a vos", "specifications", "monogramme", "inscription",
  ],
  LAWFUL_EXC: [
    "perissable", "perissables", "frais", "fraiche", "fraiches", "fleurs", "bouquet", "bouquets", "alimentaire", "alimentaires", "journal", "journaux",
    "magazine", "magazines", "periodique", "periodiques", "primeur", "enchere", "encheres", "date fixe", "date determinee", "dates fixes", "billet",
    "billets", "spectacle", "concert", "hebergement", "location de voiture", "restauration", "contenu numerique", "contenus numeriques", "telechargement",
    "telecharge", "numerique", "scelle", "scelles", "descelle", "descelles", "opercule", "film", "blister", "cours de l'or", "marches financiers",
    "urgence", "service pleinement execute", "pleinement execute", "melange", "melanges", "denree", "denrees", "date de peremption", "dlc",
    "sur mesure", "grave", "graves", "gravee", "gravure", "brode", "broderie", "personnalise a votre", "selon vos", "vos specifications", "a votre nom",
  ],
  HYGIENE_ITEM: [
    "sous-vetement", "sous-vetements", "lingerie", "maillot de bain", "maillots de bain", "culotte", "culottes", "calecon", "calecons", "slip", "slips",
    "boxer", "boxers", "chaussette", "chaussettes", "cosmetique", "cosmetiques", "maquillage", "parfum", "parfums", "cd", "dvd", "blu-ray", "jeu video",
    "jeux video", "logiciel", "logiciels", "produit d'hygiene", "produits d'hygiene", "brosse a dents", "ecouteurs", "rouge a levres",
  ],
  SEAL: ["scelle", "scelles", "scellee", "scellees", "descelle", "descelles", "descellee", "descellees", "opercule", "film protecteur", "film plastique", "film d'hygiene", "blister", "emballage d'hygiene", "protection hygienique", "une fois ouvert", "une fois ouverts", "une fois ouverte", "une fois ouvertes", "sceau"],
  CARRIAGE_FORWARD: ["port du", "en port du", "contre remboursement", "port a la charge du destinataire"],
  ONLY_IF: ["uniquement si", "seulement si", "uniquement en cas", "seulement en cas", "uniquement lorsque", "seulement lorsque", "uniquement pour", "seulement pour"],
  LEGAL_EXC_REF: ["l221-28", "exception", "exceptions", "la loi prevoit", "cas prevus", "quelques cas", "articles qui ne peuvent", "produits qui ne peuvent", "biens qui ne peuvent", "ce qui ne peut pas"],
  POSTAL: ["par la poste", "par voie postale", "par colis", "par la poste", "par transporteur", "en colis"],
  REMEDY: ["reparer", "reparation", "remplacer", "remplacement", "reduction du prix", "annulation"],
  DEADLINE_PASSED: ["apres le delai", "apres ce delai", "passe ce delai", "passe le delai", "hors delai", "au-dela du delai", "au-dela de ce delai", "apres expiration", "apres l'expiration", "delai expire", "delai depasse", "apres ce terme"],
  GUARANTEE: ["garantie", "garanties", "garanti", "garantis", "garantir", "garantit"],
  COMMERCIAL: ["commerciale", "commercial", "en plus", "supplementaire", "supplementaires", "s'ajoute", "prolonge", "prolongation", "extension", "au-dela de la garantie legale", "en complement"],
  PRESUMPTION: ["presume", "presumes", "presumee", "presomption"],
  HIDDEN_DEFECT: ["vices caches", "vice cache"],
  LIMIT: ["limitee a", "limite a", "reduite a", "reduit a", "ramenee a", "ramene a", "limitee aux", "ne couvre", "ne couvrent"],
  DEFECT: ["defectueux", "defectueuse", "defectueuses", "defaut", "defauts", "non conforme", "non conformes", "panne", "casse", "vice"],
  COSTS: ["frais", "cout", "couts"],
  DELIVERY_COST: [
    "frais de port", "frais de livraison", "frais d'expedition", "frais de expedition", "frais d'envoi", "frais de envoi", "frais de transport",
    "port initial", "livraison initiale", "frais d'expedition initiaux", "frais de port initiaux", "frais de livraison initiaux", "frais d'envoi initiaux",
    "cout de la livraison", "cout de livraison", "participation aux frais de port",
  ],
  /** The refund includes the delivery costs (« nous vous rembourserons tous les paiements reçus de vous, y compris les frais de livraison »). */
  DELIVERY_INCLUDED: ["y compris ~ frais de livraison", "y compris ~ frais de port", "y compris ~ frais d'expedition", "y compris ~ frais d'envoi", "frais de livraison compris", "frais de port compris", "frais de livraison inclus", "frais de port inclus", "frais de livraison standard compris"],
  RETURN_COST: ["frais ~ retour", "frais ~ renvoi", "frais ~ retourner", "frais ~ renvoyer", "frais ~ reexpedition", "cout du retour", "port du retour", "expedition du retour", "envoi du retour", "frais de retour"],
  EXPRESS: ["express", "supplement", "supplements", "frais supplementaires", "=supplementaire", "=supplementaires", "moins couteux", "mode de livraison autre", "premium", "livraison rapide", "chronopost", "en 24 h", "en 24h", "livraison le lendemain", "creneau", "plus cher", "plus couteux"],
  RISK_PERIL: ["risques et perils", "risque et peril", "risques et peril", "risque et perils"],
  RESPONSIBLE: ["responsable", "responsables", "responsabilite"],
  DISCLAIM: ["decline toute responsabilite", "declinons ~ responsabilite", "declinons toute responsabilite", "degage ~ responsabilite", "degageons ~ responsabilite", "exclut toute responsabilite", "excluons ~ responsabilite", "aucune responsabilite", "aucunement responsable"],
  TRANSPORT: ["colis", "livraison", "transport", "transporteur", "perte", "perdu", "perdus", "vol", "casse", "la poste", "acheminement", "transit", "avarie", "avaries", "endommage", "endommages", "livreur"],
  RISK: ["=risques", "=risque"],
  TRANSFER: ["transfere", "transferes", "transferee", "transfert", "passe au client", "passent au client", "a la charge du client", "a vos risques", "incombent", "supporte", "supportes", "assume", "assumes"],
  CARRIER_HANDOVER: ["remise au transporteur", "remise ~ transporteur", "des l'expedition", "expedition", "depart", "sortie de nos entrepots", "sortie ~ entrepot", "prise en charge par le transporteur", "confie au transporteur"],
  RESERVATION: [{ t: "reserve", prev: ["toute", "des", "vos", "les", "de", "aucune", "une", "sans", "vos"] }, { t: "reserves", prev: ["toute", "des", "vos", "les", "de", "aucune", "une", "sans", "vos"] }],
  RESERVATION_STRICT: ["aucun recours", "faute de quoi", "=sinon", "obligatoire", "obligatoires", "obligatoirement", "=doit", "=doivent", "=devra", "=devez", "sous peine", "a defaut", "imperativement"],
  LOSS: ["perte", "perdu", "perdus", "perd", "egare", "egares", "disparu", "vol", "vole"],
  MEDIATION: ["mediation", "mediateur", "conciliation", "conciliateur"],
  ARBITRATION: ["arbitrage", "arbitre", "arbitral", "arbitrale"],
  COURT: ["tribunal", "tribunaux", "juge", "justice", "judiciaire", "juridiction", "action en justice", "saisir le tribunal", "saisine du juge", "instance"],
  BEFORE: ["avant", "prealable", "prealablement", "au prealable", "d'abord"],
  FEE: ["frais", "payant", "payante", "cout", "facture", "factures"],
  /** « Renoncer au contrat » is withdrawing (the label of the online function, D221-5), no waiver of a right. */
  WITHDRAW_BY_RENOUNCING: ["renoncer au contrat", "renoncez au contrat", "renonciation au contrat", "formulaire de renonciation"],
  WAIVE: ["renoncer", "renonce", "renoncez", "renoncent", "renonciation", "priver", "prive", "abandonner", "abandonne", "abandonnent"],
  RIGHT: ["droit de retractation", "droit", "droits", "recours", "garantie", "garanties", "reclamation", "reclamations", "delai de retractation"],
  RIGHT_WITHDRAWAL: ["droit de retractation", "delai de retractation", "faculte de retractation", "droit de retour"],
  APPLY: ["appliquer", "applique", "appliquent", "exercer", "exerce", "exister", "existe", "ouvert"],
  REDUCE: ["reduire", "reduit", "reduite", "ramener", "ramene", "ramenee", "limiter", "limite", "limitee", "raccourci", "raccourcir", "diminuer", "diminue"],
  DIGITAL: ["contenu numerique", "contenus numeriques", "numerique", "numeriques", "telechargement", "acces immediat", "pleinement execute", "service ~ execute", "prestation ~ executee"],
  COURT_CLAUSE: ["tribunal", "tribunaux", "juridiction", "juridictions", "=competent", "=competents", "=competente", "=competence", "attribution de juridiction"],
  SELLER_SEAT: ["siege", "siege social", "du vendeur", "de la societe", "de notre societe", "de la boutique", "notre ville", "ressort de", "lieu de notre"],
  COMMERCIAL_COURT: ["tribunal de commerce", "tribunaux de commerce", "tribunal de commerce de", "attribution de juridiction", "attribution de competence"],
  ATTRIBUTION: ["porte devant", "portes devant", "soumis aux tribunaux", "soumis au tribunal", "releve de", "relevent de", "releve des", "relevent des", "de la competence", "competence de", "competence des", "seul competent", "seuls competents"],
  CONSUMER_HOME: ["votre domicile", "lieu de residence", "votre lieu", "de votre choix", "domicile du consommateur", "domicile du client", "votre residence", "ou vous habitez"],
  ODR: ["consumers ~ odr", "plateforme rll", "plateforme odr", "plateforme europeenne de reglement en ligne", "plateforme europeenne de resolution en ligne", "reglement en ligne des litiges", "plateforme de reglement en ligne"],
  HOSTILE_WORD: [
    "strictement interdit", "strictement interdits", "en aucun cas", "sanction", "sanctions", "sanctionne", "sanctionnes", "sanctionnee", "poursuite", "poursuites",
    "poursuivi", "poursuivis", "poursuivre", "fraudeur", "fraudeurs", "fraude", "abus", "abusif", "abusifs", "abusive", "=tolerons", "tolerer", "tolere",
    "reservons le droit de refuser", "reserve le droit de refuser", "decline toute responsabilite", "declinons ~ responsabilite", "degageons ~ responsabilite",
    "degage ~ responsabilite", "aucune reclamation", "ne sera tolere", "inacceptable",
  ],
  HOSTILE_REFUSE: ["refuser", "refusons", "refuse", "refus"],
  HOSTILE_DENY: ["accepter", "acceptons", "admettre", "admettons", "tolerer", "tolerons", "autoriser", "autorisons", "reprendre", "reprenons"],
};
