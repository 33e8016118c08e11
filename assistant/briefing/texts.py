"""Every sentence and label of the advisor briefing (Markdown and PDF), in French and English."""

from __future__ import annotations

from assistant.answer.texts import T

BT: dict[str, dict[str, str]] = {
    "fr": {
        "title": "Note d'information",
        "s_summary": "En bref",
        "summary_lead": ("Les programmes à examiner en premier pour {company}, avec le montant pour l'entreprise, le "
                         "statut et la prochaine étape. Le détail, les conditions et les sources suivent."),
        "col_company_amount": "Montant pour l'entreprise", "col_next": "Prochaine étape",
        "amount_none": "montant non publié dans les sources",
        "paid_elsewhere": "versé au partenaire de recherche, pas à l'entreprise",
        "example_elsewhere": ("**{name}** : non compté, car l'aide est versée au partenaire (université, chercheurs "
                              "ou stagiaire), pas à l'entreprise."),
        "checked": "Faits vérifiés au",
        "eco_conflict": "(d'autres sources du corpus donnent d'autres montants pour {subject} : à vérifier)",
        "brand": "Boussole · Note d'information pour conseillers",
        "date": "Date",
        "corpus": "Version du corpus",
        "as_of": "Faits vérifiés le",
        "as_of_none": "sans objet (aucun programme retenu)",
        "header_note": "Note préparée avec Boussole à partir des sources citées; à valider avant la rencontre.",
        "s_profile": "Profil tel que compris",
        "s_shortlist": "Programmes retenus",
        "s_combining": "Combiner les programmes",
        "s_ecosystem": "Contexte de l'écosystème",
        "s_verify": "À vérifier avant la rencontre",
        "s_sources": "Sources",
        "company": "Entreprise", "stage": "Stade", "sectors": "Secteurs", "needs": "Besoins", "employees": "Effectif",
        "revenue": "Revenus annuels", "region": "Région", "incorporated": "Constituée en société",
        "for_profit": "À but lucratif", "budget": "Budget du projet", "project": "Projet",
        "government": "Programmes d'un gouvernement seulement",
        "unknown": "non précisé", "yes": "oui", "no": "non", "out_of_scope": "hors du champ du corpus",
        "employees_unit": "employés",
        "col_name": "Programme (FR / EN)", "col_kind": "Type", "col_amount": "Montant ou taux",
        "col_cap": "Plafond de cumul", "col_status": "Statut ou échéance", "col_fit": "Adéquation", "col_source": "Source",
        "col_share": "Part des coûts", "col_max": "Montant maximal", "col_program": "Programme",
        "not_stated": "non précisé", "max": "max.", "of_costs": "des coûts", "link": "fiche", "deadline": "échéance", "passed": "passée",
        "to_verify": "à vérifier",
        "shortlist_lead": ("Programmes du corpus qui correspondent aux secteurs et aux besoins du profil, classés selon "
                           "leur pertinence, leur adéquation et leur valeur. Chaque montant, taux ou date est tiré d'un "
                           "passage cité [n]."),
        "none_fit": ("Aucun programme du corpus ne correspond à ce profil : cette note ne propose donc aucune liste de "
                     "programmes."),
        "none_why_scope": "Secteurs ou besoins hors du champ du corpus : {items}.",
        "none_why_empty": "Le profil ne précise aucun secteur ni besoin couvert par le corpus.",
        "none_why_rules": "Les programmes les plus proches sont écartés par leurs règles : {items}.",
        "scope": ("Boussole couvre les programmes de financement et de soutien destinés aux entreprises en IA, sciences "
                  "de la vie et technologies de la santé au Québec et au Canada (subventions, crédits d'impôt, prêts, "
                  "capital de risque, accélérateurs, stages, accès aux données)."),
        "set_aside": "Aussi examinés, non retenus :",
        "call_over": "appel terminé, aucun nouvel appel annoncé",
        "example_over": ("Additionnées, ces aides dépasseraient le budget de {budget} : elles ne peuvent pas toutes "
                         "s'appliquer en entier aux mêmes dépenses; le cumul réel est à confirmer auprès de chaque "
                         "organisme."),
        "paid_to_intern": "versé au stagiaire, pas à l'entreprise",
        "official_page": "Page officielle",
        "operator": "Organisme",
        "other_name": "En anglais",
        "key_facts": "Faits clés",
        "comb_lead": ("Chiffres de cumul tirés des fiches retenues (part des coûts, montant maximal, plafond de cumul), "
                      "chacun cité."),
        "comb_none": "Aucune fiche retenue ne donne de part des coûts, de montant maximal ni de plafond de cumul.",
        "stack_said": "Ce que disent les sources sur le cumul :",
        "no_cap": ("Aucun plafond de cumul n'est indiqué dans les sources des programmes retenus : chaque organisme "
                   "applique ses propres règles, à confirmer."),
        "lowest_cap": "Plafond de cumul le plus bas parmi les programmes retenus — **{name}** : {pct}.",
        "example_lead": "Exemple chiffré sur le budget déclaré de {budget} :",
        "example_line": "**{name}** : {budget} × {pct} = {aid}",
        "example_capped": ", plafonné au montant maximal de {max}",
        "example_under": " (sous le montant maximal de {max})",
        "example_sum": "Somme des aides calculées : {sum}.",
        "example_total_cap": "Aide publique totale plafonnée à {budget} × {pct} = {total}.",
        "example_no_cap": ("Chaque montant est calculé sur le budget entier; faute de plafond de cumul indiqué, leur "
                           "somme n'est pas garantie."),
        "example_rest": "Part restant à la charge de l'entreprise : au moins {rest}.",
        "example_none": "Aucune fiche retenue n'indique de part des coûts : pas d'exemple chiffré.",
        "no_budget": "Aucun budget de projet n'est indiqué dans le profil : pas d'exemple chiffré.",
        "order_lead": ("Ordre suggéré : non dilutif avant dilutif (capital de risque en dernier), accueil continu avant "
                       "appels de projets."),
        "eco_lead": "Chiffres tirés des études et politiques du corpus, liés au profil :",
        "eco_none": "Aucun chiffre des études et politiques du corpus ne se rapporte clairement à ce profil.",
        "uncertain_fields": "champs incertains dans la fiche : {fields}",
        "stale": "fiche de plus d'un an",
        "status_unknown": "statut d'accueil non confirmé",
        "deadline_past": "la dernière échéance connue est passée; vérifier si un nouvel appel est ouvert",
        "verify_none": "Aucun champ incertain ni fiche de plus d'un an parmi les programmes retenus.",
        "verify_footer": "Les montants et statuts changent souvent : confirmez auprès de l'organisme avant de déposer.",
        "footer": "Boussole · {company}",
        "page": "Page {n}/{nb}",
        "page_short": "p.",
        "fit": "Adéquation",
        "sep": " : ",
        "quote": "« {text} »",
        "header_line": "- **{label}** : {value}",
        "eco_base": "IA sciences de la vie financement",
    },
    "en": {
        "title": "Advisor briefing",
        "s_summary": "At a glance",
        "summary_lead": ("The programs to look at first for {company}, with the company's amount, the status and the "
                         "next step. Details, conditions and sources follow."),
        "col_company_amount": "Amount for the company", "col_next": "Next step",
        "amount_none": "amount not published in the sources",
        "paid_elsewhere": "paid to the research partner, not to the company",
        "example_elsewhere": ("**{name}**: not counted, because the aid is paid to the partner (university, "
                              "researchers or intern), not to the company."),
        "checked": "Facts checked as of",
        "eco_conflict": "(other sources in the corpus give other amounts for {subject}: to verify)",
        "brand": "Boussole · Advisor briefing",
        "date": "Date",
        "corpus": "Corpus version",
        "as_of": "Facts as of",
        "as_of_none": "not applicable (no program shortlisted)",
        "header_note": "Prepared with Boussole from the cited sources; to be checked before the meeting.",
        "s_profile": "Profile as understood",
        "s_shortlist": "Shortlist",
        "s_combining": "Combining programs",
        "s_ecosystem": "Ecosystem context",
        "s_verify": "To verify before the meeting",
        "s_sources": "Sources",
        "company": "Company", "stage": "Stage", "sectors": "Sectors", "needs": "Needs", "employees": "Headcount",
        "revenue": "Annual revenue", "region": "Region", "incorporated": "Incorporated", "for_profit": "For-profit",
        "budget": "Project budget", "project": "Project", "government": "One government's programs only",
        "unknown": "not stated", "yes": "yes", "no": "no", "out_of_scope": "outside the corpus scope",
        "employees_unit": "employees",
        "col_name": "Program (FR / EN)", "col_kind": "Kind", "col_amount": "Amount or rate", "col_cap": "Stacking cap",
        "col_status": "Status or deadline", "col_fit": "Fit", "col_source": "Source",
        "col_share": "Cost share", "col_max": "Maximum amount", "col_program": "Program",
        "not_stated": "not stated", "max": "up to", "of_costs": "of costs", "link": "page", "deadline": "deadline", "passed": "passed",
        "to_verify": "to verify",
        "shortlist_lead": ("Programs of the corpus that match the profile's sectors and needs, ranked by relevance, fit "
                           "and value. Every amount, rate or date comes from a cited passage [n]."),
        "none_fit": "No program in the corpus fits this profile, so this briefing proposes no shortlist.",
        "none_why_scope": "Sectors or needs outside the corpus scope: {items}.",
        "none_why_empty": "The profile states no sector or need that the corpus covers.",
        "none_why_rules": "The closest programs are ruled out by their rules: {items}.",
        "scope": ("Boussole covers funding and support programs for AI, life-sciences and health-technology companies in "
                  "Québec and Canada (grants, tax credits, loans, venture capital, accelerators, internships, data "
                  "access)."),
        "set_aside": "Also considered, not shortlisted:",
        "call_over": "call over, no new call announced",
        "example_over": ("Added up, this aid would exceed the budget of {budget}: it cannot all apply in full to the "
                         "same expenses; the actual stacking is to be confirmed with each operator."),
        "paid_to_intern": "paid to the intern, not to the company",
        "official_page": "Official page",
        "operator": "Operator",
        "other_name": "In French",
        "key_facts": "Key facts",
        "comb_lead": "Stacking figures from the shortlisted records (cost share, maximum amount, stacking cap), each cited.",
        "comb_none": "No shortlisted record gives a cost share, a maximum amount or a stacking cap.",
        "stack_said": "What the sources say about stacking:",
        "no_cap": ("No stacking cap is stated in the sources of the shortlisted programs: each operator applies its own "
                   "rules, to be confirmed."),
        "lowest_cap": "Lowest stacking cap among the shortlisted programs — **{name}**: {pct}.",
        "example_lead": "Worked example on the stated budget of {budget}:",
        "example_line": "**{name}**: {budget} × {pct} = {aid}",
        "example_capped": ", capped at the maximum amount of {max}",
        "example_under": " (below the maximum amount of {max})",
        "example_sum": "Sum of the computed aid: {sum}.",
        "example_total_cap": "Total public aid capped at {budget} × {pct} = {total}.",
        "example_no_cap": ("Each amount is computed on the whole budget; with no stacking cap stated, their sum is not "
                           "guaranteed."),
        "example_rest": "Left for the company to fund: at least {rest}.",
        "example_none": "No shortlisted record states a cost share: no worked example.",
        "no_budget": "The profile states no project budget: no worked example.",
        "order_lead": ("Suggested order: non-dilutive before dilutive (venture capital last), continuous intake before "
                       "calls for proposals."),
        "eco_lead": "Figures from the corpus's studies and policies that relate to the profile:",
        "eco_none": "No figure from the corpus's studies and policies clearly relates to this profile.",
        "uncertain_fields": "uncertain fields in the record: {fields}",
        "stale": "record more than a year old",
        "status_unknown": "intake status not confirmed",
        "deadline_past": "the last known deadline has passed; check whether a new call is open",
        "verify_none": "No uncertain field and no record more than a year old among the shortlisted programs.",
        "verify_footer": "Amounts and statuses change often: confirm with the operator before applying.",
        "footer": "Boussole · {company}",
        "page": "Page {n}/{nb}",
        "page_short": "p.",
        "fit": "Fit",
        "sep": ": ",
        "quote": "“{text}”",
        "header_line": "- **{label}:** {value}",
        "eco_base": "AI life sciences funding",
    },
}

# one label table for fields to verify, shared with the chat answers, plus the record fields only briefings name
MORE_FIELDS = {
    "fr": {"funding.per_company": "montants par entreprise", "regions": "régions", "applicant": "qui dépose",
           "instrument": "type d'aide", "rules.max_founder_age": "âge maximal du fondateur", "audience": "public visé",
           "intake.last_deadline": "dernière date limite", "funding.program_budget": "enveloppe du programme",
           "funding.currency": "devise", "other": "un autre champ de la fiche"},
    "en": {"funding.per_company": "amounts per company", "regions": "regions", "applicant": "who applies",
           "instrument": "type of aid", "rules.max_founder_age": "maximum founder age", "audience": "audience",
           "intake.last_deadline": "last deadline", "funding.program_budget": "program envelope",
           "funding.currency": "currency", "other": "another field of the record"},
}
FIELD_NAMES = {lg: {**MORE_FIELDS[lg], **T[lg]["fields"]} for lg in ("fr", "en")}


def bt(lang: str, key: str, **kw: object) -> str:
    """The briefing string `key` in `lang` (French unless 'en'), formatted with `kw`."""
    val = BT["en" if lang == "en" else "fr"][key]
    return val.format(**kw) if kw else val


def names(table: dict[str, dict[str, str]], lang: str, key: str) -> str:
    """`key`'s name in one of the briefing's own tables (fields to verify); enum values use common.labels."""
    names = table["en" if lang == "en" else "fr"]
    return names.get(key) or names.get("other", key)
