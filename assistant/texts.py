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
        "no_amount": "Montant : non précisé dans mes sources.",
        "replaced_by": "remplacé par **{name}**",
        "to_verify": "à vérifier",
        "verify_line": "À vérifier avant de déposer : {items}.",
        "ruled_out": "Écartés pour votre profil : {items}.",
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
        "fit": {"eligible": "admissible", "likely": "probablement admissible", "check": "à vérifier",
                "not_eligible": "non admissible"},
        "kinds": {"grant": "subvention", "repayable_contribution": "contribution remboursable", "loan": "prêt",
                  "tax_credit": "crédit d'impôt", "equity": "capital de risque", "accelerator": "accélérateur",
                  "incubator": "incubateur", "training": "formation", "internship_subsidy": "stages subventionnés",
                  "data_access": "accès aux données", "procurement_pilot": "projet pilote / approvisionnement",
                  "advisory": "accompagnement"},
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
        "no_amount": "Amount: not stated in my sources.",
        "replaced_by": "replaced by **{name}**",
        "to_verify": "to verify",
        "verify_line": "To verify before applying: {items}.",
        "ruled_out": "Ruled out for your profile: {items}.",
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
        "fit": {"eligible": "eligible", "likely": "likely eligible", "check": "to check", "not_eligible": "not eligible"},
        "kinds": {"grant": "grant", "repayable_contribution": "repayable contribution", "loan": "loan",
                  "tax_credit": "tax credit", "equity": "venture capital", "accelerator": "accelerator",
                  "incubator": "incubator", "training": "training", "internship_subsidy": "subsidized internships",
                  "data_access": "data access", "procurement_pilot": "pilot / procurement", "advisory": "advisory"},
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
