"""Every sentence the built-in composer writes, in French and English."""

from __future__ import annotations

from typing import Any

T: dict[str, dict[str, Any]] = {
    "fr": {
        "lead_programs": "Voici les programmes de mon corpus qui conviennent le mieux à {who}.",
        "lead_generic": "votre situation (précisez stade, secteur, taille et région pour un tri plus fin)",
        "who": "une entreprise",
        "none_fit": "Aucun programme de mon corpus ne correspond clairement à {who}. Les plus proches :",
        "amount": "Montant",
        "rate": "Taux",
        "status": "Statut",
        "why": "Pourquoi",
        "no_amount": "Montant pour une entreprise : non publié dans mes sources.",
        "next_step": "Prochaine étape",
        "replaced_by": "remplacé par **{name}**",
        "to_verify": "à vérifier",
        "verify_line": "À vérifier avant de déposer : {items}.",
        "ruled_out": "Écartés pour votre profil : {items}.",
        "closed_line": "Pertinents mais fermés, suspendus ou remplacés :",
        "deadline_passed": "cette date limite est passée; aucun appel plus récent n'est connu de mes sources",
        "stacking": "Cumul des aides",
        "footer": "Les montants et statuts changent souvent : confirmez auprès de l'organisme avant de déposer.",
        "fact_lead": "**{name}**",
        "fact_missing": "Mes sources sur **{name}** ne précisent pas ce point; voici ce qu'elles disent :",
        "premise": "Je ne trouve {figs} dans aucune de mes sources sur **{name}**; voici ce qu'elles disent.",
        "report_lead": "Selon *{title}* :",
        "other_lang": " (source en anglais)",
        "compare_lead": "Comparaison de {names} :",
        "abstain": ("Je n'ai pas d'information fiable pour répondre à cette question dans mon corpus. Je couvre les "
                    "programmes de financement et de soutien destinés aux entreprises en IA, sciences de la vie et "
                    "technologies de la santé au Québec et au Canada (subventions, crédits d'impôt, prêts, capital de "
                    "risque, accélérateurs, stages, accès aux données), ainsi que des études et politiques du secteur."),
        "abstain_unknown": "Je n'ai aucune information sur « {terms} » dans mon corpus.",
        "kind": "type",
        "fields": {"funding.max_amount": "montant maximal", "funding.min_amount": "montant minimal",
                   "funding.cost_share_pct": "part des coûts", "funding.stacking_cap_pct": "plafond de cumul",
                   "intake.status": "statut", "intake.deadline": "date limite", "name.en": "nom anglais",
                   "name.fr": "nom français", "url": "page officielle", "operator": "organisme", "stages": "stades",
                   "sectors": "secteurs", "kind": "type", "region": "région", "eligibility": "admissibilité",
                   "facts": "certains faits", "rules.requires_partner": "partenaire requis",
                   "rules.canadian_controlled": "contrôle canadien", "rules.max_employees": "nombre maximal d'employés",
                   "rules.min_employees": "nombre minimal d'employés", "rules.min_revenue": "revenus minimaux",
                   "rules.max_revenue": "revenus maximaux", "rules.incorporated": "constitution en société",
                   "rules.for_profit": "but lucratif", "rules.requires_quebec_establishment": "établissement au Québec",
                   "rules.requires_canadian_establishment": "établissement au Canada",
                   "rules.requires_incubator": "incubateur requis"},
        "fit": {"eligible": "admissible", "likely": "probablement admissible", "check": "à vérifier",
                "not_eligible": "non admissible"},
        "kinds": {"grant": "subvention", "repayable_contribution": "contribution remboursable", "loan": "prêt",
                  "tax_credit": "crédit d'impôt", "equity": "capital de risque", "accelerator": "accélérateur",
                  "incubator": "incubateur", "training": "formation", "internship_subsidy": "stages subventionnés",
                  "data_access": "accès aux données", "procurement_pilot": "projet pilote / approvisionnement",
                  "advisory": "accompagnement", "regulatory": "accompagnement réglementaire",
                  "export_support": "soutien à l'exportation", "fund_of_funds": "fonds de fonds"},
    },
    "en": {
        "lead_programs": "Here are the programs in my corpus that best fit {who}.",
        "lead_generic": "your situation (give your stage, sector, size and region for a finer sort)",
        "who": "a company",
        "none_fit": "No program in my corpus clearly fits {who}. The closest:",
        "amount": "Amount",
        "rate": "Rate",
        "status": "Status",
        "why": "Why",
        "no_amount": "Amount for one company: not published in my sources.",
        "next_step": "Next step",
        "replaced_by": "replaced by **{name}**",
        "to_verify": "to verify",
        "verify_line": "To verify before applying: {items}.",
        "ruled_out": "Ruled out for your profile: {items}.",
        "closed_line": "Relevant but closed, paused or replaced:",
        "deadline_passed": "this deadline has passed; my sources know of no later call",
        "stacking": "Stacking",
        "footer": "Amounts and statuses change often: confirm with the operator before applying.",
        "fact_lead": "**{name}**",
        "fact_missing": "My sources on **{name}** do not state this; here is what they say:",
        "premise": "I find {figs} in none of my sources on **{name}**; here is what they say.",
        "report_lead": "According to *{title}*:",
        "other_lang": " (source in French)",
        "compare_lead": "Comparison of {names}:",
        "abstain": ("I have no reliable information in my corpus to answer this question. I cover funding and support "
                    "programs for AI, life-sciences and health-technology companies in Québec and Canada (grants, tax "
                    "credits, loans, venture capital, accelerators, internships, data access), plus studies and "
                    "policies of the sector."),
        "abstain_unknown": "I have no information on \"{terms}\" in my corpus.",
        "kind": "kind",
        "fields": {"funding.max_amount": "maximum amount", "funding.min_amount": "minimum amount",
                   "funding.cost_share_pct": "cost share", "funding.stacking_cap_pct": "stacking cap",
                   "intake.status": "status", "intake.deadline": "deadline", "name.en": "English name",
                   "name.fr": "French name", "url": "official page", "operator": "operator", "stages": "stages",
                   "sectors": "sectors", "kind": "kind", "region": "region", "eligibility": "eligibility",
                   "facts": "some facts", "rules.requires_partner": "partner required",
                   "rules.canadian_controlled": "Canadian control", "rules.max_employees": "maximum headcount",
                   "rules.min_employees": "minimum headcount", "rules.min_revenue": "minimum revenue",
                   "rules.max_revenue": "maximum revenue", "rules.incorporated": "incorporation",
                   "rules.for_profit": "for-profit status", "rules.requires_quebec_establishment": "Québec establishment",
                   "rules.requires_canadian_establishment": "Canadian establishment",
                   "rules.requires_incubator": "incubator required"},
        "fit": {"eligible": "eligible", "likely": "likely eligible", "check": "to check", "not_eligible": "not eligible"},
        "kinds": {"grant": "grant", "repayable_contribution": "repayable contribution", "loan": "loan",
                  "tax_credit": "tax credit", "equity": "venture capital", "accelerator": "accelerator",
                  "incubator": "incubator", "training": "training", "internship_subsidy": "subsidized internships",
                  "data_access": "data access", "procurement_pilot": "pilot / procurement", "advisory": "advisory", "regulatory": "regulatory support",
                  "export_support": "export support", "fund_of_funds": "fund of funds"},
    },
}


def t(lang: str, key: str, **kw: object) -> str:
    val = T["fr" if lang == "fr" else "en"][key]
    assert isinstance(val, str)
    return val.format(**kw) if kw else val


def label(lang: str, group: str, key: str) -> str:
    table = T["fr" if lang == "fr" else "en"][group]
    assert isinstance(table, dict)
    return str(table.get(key, key))
