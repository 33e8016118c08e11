"""Every sentence the built-in composer writes, in French and English."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from assistant.understand.places import HAND_CODES
from assistant.understand.world import world
from common.labels import phrase

if TYPE_CHECKING:
    from assistant.models import Profile

T: dict[str, dict[str, Any]] = {
    "fr": {
        "lead_programs": "Voici les programmes {level}que je connais qui conviennent le mieux à {who}.",
        "level_federal": "fédéraux ", "level_quebec": "du gouvernement du Québec ", "level_municipal": "municipaux ",
        "lead_generic": "votre situation (précisez stade, secteur, taille et région pour un tri plus fin)",
        "who": "une entreprise",
        "none_fit": "Aucun programme que je connais ne correspond clairement à {who}. Les plus proches :",
        "amount": "Montant", "rate": "Taux",
        "status": "Statut",
        "why": "Pourquoi",
        "for_you": "Pour votre entreprise",
        "envelope": "Taille totale (contexte, pas ce qu'une entreprise obtient)",
        "no_amount": "Montant pour une entreprise : non publié dans mes sources.",
        "unstated": "Mes sources ne donnent pas {what}. Ce qu'elles disent, pour le contexte :",
        "for_year": "{what} pour {year}",
        "measures": {"approval": "le taux d'acceptation", "interest": "le taux d'intérêt", "processing": "le délai de "
                     "traitement", "equity": "la part du capital prise", "fee": "les frais ou la cotisation",
                     "average": "le montant moyen", "beneficiaries": "le nombre de bénéficiaires (entreprises, projets ou personnes)",
                     "figure": "ce chiffre", "period": "ce chiffre pour la période ou l'édition demandée",
                     "market": "le total levé ou investi pour la période demandée", "countries": "la liste des pays", "age": "la limite d'âge", "collateral": "les garanties exigées", "history": "l'ancienneté minimale de l'entreprise"},
        "next_step": "Prochaine étape",
        "replaced_by": "remplacé par **{name}**",
        "to_verify": "à vérifier",
        "verify_line": "À vérifier avant de déposer : {items}.",
        "ruled_out": "Écartés pour votre profil : {items}.",
        "closed_line": "Pertinents mais pas ouverts en ce moment (fermés, suspendus, remplacés ou entre deux appels) :",
        "need_unserved": "Pour ce besoin ({needs}), aucun programme ouvert de mes sources ne convient{ended}. "
                         "D'autres programmes qui peuvent aider votre entreprise :",
        "need_ended": " (terminés : {names}; voir plus bas)",
        "need_other_kind": "Pour ce besoin ({needs}), aucun programme ouvert du type demandé ({kinds}) de mes sources ne "
                           "convient{ended}; il en existe d'autres types (par exemple {names}). D'autres programmes du "
                           "type demandé qui peuvent aider votre entreprise :",
        "group_other_kind": "Aucun programme de mes sources réservé à ce public ({groups}) n'est de ce type ({kinds}); "
                            "voici ceux qui lui sont réservés, d'autres types d'aide :",
        "deadline_passed": "cette date limite est passée; aucun appel plus récent n'est connu de mes sources",
        "between_calls": "aucun appel ouvert en ce moment : le dernier a pris fin il y a moins d'un an et mes sources "
                         "n'annoncent pas encore le suivant (à surveiller)",
        "no_call_since": "mes sources ne montrent aucun appel depuis cette date ni aucun annoncé : demander à l'organisme s'il en prévoit un",
        "stacking": "Cumul des aides",
        "footer": "Les montants et statuts changent souvent : confirmez auprès de l'organisme avant de déposer.",
        "fact_lead": "**{name}**",
        "fact_missing": "Mes sources sur **{name}** ne précisent pas ce point; voici ce qu'elles disent :",
        "premise": "Je ne trouve {figs} dans aucune de mes sources sur **{name}**; voici ce qu'elles disent.", "not_loan": "**{name}** n'est pas un prêt (type d'aide : {kind}) : aucun intérêt à payer ni garantie à fournir.",
        "report_lead": "Selon *{title}* :",
        "other_lang": " (source en anglais)",
        "compare_lead": "Comparaison de {names} :",
        "abstain": ("Je n'ai pas d'information fiable pour répondre à cette question dans mes sources. Je couvre les "
                    "programmes de financement et de soutien destinés aux entreprises en IA appliquée à la santé, en sciences "
                    "de la vie et en technologies de la santé au Québec et au Canada (subventions, crédits d'impôt, prêts, capital de "
                    "risque, accélérateurs, stages, accès aux données), ainsi que des études et politiques du secteur."),
        "abstain_unknown": "Je n'ai aucune information sur « {terms} » dans mes sources.",
        "abstain_related": "Le plus proche dans mes sources, qui ne le couvre pas : {names}.",
        "abstain_place": "Les programmes propres à ce territoire ({terms}) ne sont pas dans mes sources.",
        "abstain_regulator": ("Les démarches, frais et règles de l'autorité réglementaire de ce territoire ({terms}) ne "
                              "sont pas dans mes sources."),
        "kind": "type",
        "fields": {"funding.max_amount": "montant maximal", "funding.min_amount": "montant minimal",
                   "funding.cost_share_pct": "part des coûts", "funding.stacking_cap_pct": "plafond de cumul",
                   "intake.status": "statut", "intake.deadline": "date limite", "name.en": "nom exact en anglais",
                   "name.fr": "nom exact du programme", "url": "page officielle", "operator": "organisme", "stages": "stades",
                   "sectors": "secteurs", "kind": "type", "region": "région", "eligibility": "admissibilité",
                   "facts": "certains faits", "rules.requires_partner": "partenaire requis",
                   "rules.canadian_controlled": "contrôle canadien", "rules.max_employees": "nombre maximal d'employés",
                   "rules.min_employees": "nombre minimal d'employés", "rules.min_revenue": "revenus minimaux",
                   "rules.max_revenue": "revenus maximaux", "rules.incorporated": "constitution en société",
                   "rules.for_profit": "but lucratif", "rules.requires_quebec_establishment": "établissement au Québec",
                   "rules.requires_canadian_establishment": "établissement au Canada",
                   "rules.requires_incubator": "incubateur requis", "rules.institutions": "établissements admis", "rules.software_business": "activité en logiciel", "funding.per_company": "montant par entreprise",
                   "regions": "régions admissibles", "applicant": "qui dépose la demande",
                   "instrument": "type d'aide", "audience": "public visé", "rules.max_founder_age": "âge maximal",
                   "intake.last_deadline": "dernière date limite", "intake.next_deadline": "prochaine date limite"},
        "sep": " : ",
        "quote": "« {text} »",
        "who_stage": "au stade {stage}",
        "who_sectors": "en {sectors}",
        "r_stage": "stade {stage} ✓",
        "r_serves": "vise {names} ✗",
        "r_serves_check": "vise {names} : à vérifier",
        "r_past_early": "vise {names} : une entreprise de {n} employés a passé ce stade ✗",
        "r_sector": "secteur {sector} ✓",
        "r_employees": " employés",
        "r_check": "à vérifier",
        "r_applicant": "demande déposée par : {who} ✗",
        "r_founder": "la demande est faite par la fondatrice ou le fondateur",
        "r_researcher_applies": "la demande est faite par la chercheuse ou le chercheur (vous)",
        "r_through_partner": "accès par un partenaire de recherche universitaire",
        "r_audience": "réservé à : {groups}",
        "r_founder_age": "fondateur de {age} ans au plus",
        "r_min_request": "contribution minimale de {amount} : projets de grande taille",
        "r_small_company": "trop grande pour une entreprise de {n} employés",
        "r_min_award": "montant minimal de {amount}",
        "r_countries": "pour des partenaires de : {theirs}",
        "r_you_named": "vous nommez : {named}",
        "r_institutions": "réservé à la communauté de : {names}",
        "countries": {"FR": "France", "DE": "Allemagne", "BE": "Belgique", "UK": "Royaume-Uni", "IL": "Israël", "JP": "Japon", "CN": "Chine", "KR": "Corée du Sud", "IN": "Inde", "US": "États-Unis", "CH": "Suisse", "IT": "Italie", "ES": "Espagne", "NL": "Pays-Bas", "SE": "Suède", "SG": "Singapour", "AU": "Australie", "BR": "Brésil", "MX": "Mexique", "MA": "Maroc", "EU": "Europe"},
        "r_revenue_implied": "chiffre d'affaires maximal de {amount} : à {n} employés, presque sûrement dépassé",
        "r_above_request": "plus que les {asked} recherchés",
        "r_early_stage": "trop grande pour une entreprise en démarrage",
        "r_program": "programme {status}",
        "r_not_open": "n'accepte pas de demandes en ce moment",
        "open_lead": "Ce programme ne prend pas de demandes; voici des programmes ouverts pour le même besoin, auxquels votre entreprise peut s'adresser :",
        "quiet_lead": "Mes sources ne montrent pas ce programme ouvert depuis des années; voici des programmes ouverts pour le même besoin, auxquels votre entreprise peut s'adresser :",
        "direct_lead": "Une entreprise ne s'adresse pas à un fonds de fonds; elle approche les fonds qui investissent directement dans des entreprises comme la vôtre :",
        "fit_lead": "Ce programme n'est pas offert là où est votre entreprise; voici ce qu'elle peut utiliser pour le même besoin :",
        "r_based_in": "entreprise située en {places}",
        "r_based_outside": "entreprise située au Québec hors de {places}",
        "r_site": "services offerts sur place en {place} : l'entreprise devrait s'y installer",
        "r_qc_establishment": "établissement au Québec",
        "r_region_unknown": "région inconnue → à vérifier",
        "r_city": "ville à confirmer",
        "bounds": {"emp_max": {"max": "au plus", "min": "au moins", "unknown": "nombre d'employés inconnu → à vérifier",
                               "you": "vous en avez"},
                   "rev_min": {"max": "revenus d'au plus", "min": "revenus d'au moins",
                               "unknown": "revenus inconnus → à vérifier",
                               "you_ok": "les vôtres y sont", "you_fail": "les vôtres n'y sont pas"}},
        "rules": {"incorporated": "entreprise constituée en société", "for_profit": "entreprise à but lucratif",
                  "canadian_controlled": "société privée sous contrôle canadien",
                  "requires_partner": "partenaire (université ou entreprise) requis",
                  "requires_incubator": "accompagnement par un incubateur ou accélérateur requis",
                  "software_business": "activités surtout en conception de systèmes informatiques ou en édition de "
                                       "logiciels"},
    },
    "en": {
        "lead_programs": "Here are the {level}programs I know of that best fit {who}.",
        "level_federal": "federal ", "level_quebec": "Québec government ", "level_municipal": "municipal ",
        "lead_generic": "your situation (give your stage, sector, size and region for a finer sort)",
        "who": "a company",
        "none_fit": "No program I know of clearly fits {who}. The closest:",
        "amount": "Amount", "rate": "Rate",
        "status": "Status",
        "why": "Why",
        "for_you": "For your company",
        "envelope": "Total size (context, not what one company gets)",
        "no_amount": "Amount for one company: not published in my sources.",
        "unstated": "My sources do not state {what}. What they do say, as context:",
        "for_year": "{what} for {year}",
        "measures": {"approval": "the approval rate", "interest": "the interest rate", "processing": "the processing "
                     "time", "equity": "the equity taken", "fee": "the fees or membership cost",
                     "average": "the average amount", "beneficiaries": "the number of beneficiaries (companies, projects or people)",
                     "figure": "this figure", "period": "this figure for the period or edition asked",
                     "market": "the total raised or invested for the period asked", "countries": "the list of countries", "age": "the age limit", "collateral": "the collateral required", "history": "the minimum years in business"},
        "next_step": "Next step",
        "replaced_by": "replaced by **{name}**",
        "to_verify": "to verify",
        "verify_line": "To verify before applying: {items}.",
        "ruled_out": "Ruled out for your profile: {items}.",
        "closed_line": "Relevant but not open now (closed, paused, replaced or between calls):",
        "need_unserved": "For this need ({needs}), no open program in my sources fits{ended}. Other programs that "
                         "may help your company:",
        "need_ended": " (ended: {names}; listed below)",
        "need_other_kind": "For this need ({needs}), no open program of the kind asked ({kinds}) in my sources "
                           "fits{ended}; there are other kinds (for example {names}). Other programs of the kind asked "
                           "that may help your company:",
        "group_other_kind": "No program in my sources reserved for this group ({groups}) is of this kind ({kinds}); "
                            "here are those reserved for it, other kinds of support:",
        "deadline_passed": "this deadline has passed; my sources know of no later call",
        "between_calls": "no call open now: the last one closed less than a year ago and my sources do not announce "
                         "the next one yet (watch for it)",
        "no_call_since": "my sources show no call since that date and none announced: ask the operator whether one is planned",
        "stacking": "Stacking",
        "footer": "Amounts and statuses change often: confirm with the operator before applying.",
        "fact_lead": "**{name}**",
        "fact_missing": "My sources on **{name}** do not state this; here is what they say:",
        "premise": "I find {figs} in none of my sources on **{name}**; here is what they say.", "not_loan": "**{name}** is not a loan (type of support: {kind}): no interest to pay and no security to give.",
        "report_lead": "According to *{title}*:",
        "other_lang": " (source in French)",
        "compare_lead": "Comparison of {names}:",
        "abstain": ("I have no reliable information in my sources to answer this question. I cover funding and support "
                    "programs for companies in AI for health, the life sciences and health technology in Québec and Canada (grants, tax "
                    "credits, loans, venture capital, accelerators, internships, data access), plus studies and "
                    "policies of the sector."),
        "abstain_unknown": "I have no information on \"{terms}\" in my sources.",
        "abstain_related": "Closest in my sources, which does not cover it: {names}.",
        "abstain_place": "The programs of that jurisdiction ({terms}) are not in my sources.",
        "abstain_regulator": "The procedures, fees and rules of that jurisdiction's regulator ({terms}) are not in my sources.",
        "kind": "kind",
        "fields": {"funding.max_amount": "maximum amount", "funding.min_amount": "minimum amount",
                   "funding.cost_share_pct": "cost share", "funding.stacking_cap_pct": "stacking cap",
                   "intake.status": "status", "intake.deadline": "deadline", "name.en": "exact program name",
                   "name.fr": "exact program name in French", "url": "official page", "operator": "operator", "stages": "stages",
                   "sectors": "sectors", "kind": "kind", "region": "region", "eligibility": "eligibility",
                   "facts": "some facts", "rules.requires_partner": "partner required",
                   "rules.canadian_controlled": "Canadian control", "rules.max_employees": "maximum headcount",
                   "rules.min_employees": "minimum headcount", "rules.min_revenue": "minimum revenue",
                   "rules.max_revenue": "maximum revenue", "rules.incorporated": "incorporation",
                   "rules.for_profit": "for-profit status", "rules.requires_quebec_establishment": "Québec establishment",
                   "rules.requires_canadian_establishment": "Canadian establishment",
                   "rules.requires_incubator": "incubator required", "rules.institutions": "institutions admitted", "rules.software_business": "software business", "funding.per_company": "amount per company",
                   "regions": "eligible regions", "applicant": "who applies", "instrument": "type of support",
                   "audience": "who it is for", "rules.max_founder_age": "age limit",
                   "intake.last_deadline": "last deadline", "intake.next_deadline": "next deadline"},
        "sep": ": ",
        "quote": "\"{text}\"",
        "who_stage": "at {stage}",
        "who_sectors": "in {sectors}",
        "r_stage": "stage {stage} ✓",
        "r_serves": "serves {names} ✗",
        "r_serves_check": "serves {names}: check",
        "r_past_early": "serves {names}: a company of {n} employees is past that stage ✗",
        "r_sector": "sector {sector} ✓",
        "r_employees": " employees",
        "r_check": "check",
        "r_applicant": "applicant: {who} ✗",
        "r_founder": "the founder applies",
        "r_researcher_applies": "the researcher (you) applies",
        "r_through_partner": "access through an academic research partner",
        "r_audience": "reserved for: {groups}",
        "r_founder_age": "founder aged {age} or under",
        "r_min_request": "minimum contribution of {amount}: large projects",
        "r_small_company": "too large for a company of {n} employees",
        "r_min_award": "minimum amount of {amount}",
        "r_countries": "for partners in: {theirs}",
        "r_you_named": "you named: {named}",
        "r_institutions": "for the community of: {names}",
        "countries": {"FR": "France", "DE": "Germany", "BE": "Belgium", "UK": "United Kingdom", "IL": "Israel", "JP": "Japan", "CN": "China", "KR": "South Korea", "IN": "India", "US": "United States", "CH": "Switzerland", "IT": "Italy", "ES": "Spain", "NL": "Netherlands", "SE": "Sweden", "SG": "Singapore", "AU": "Australia", "BR": "Brazil", "MX": "Mexico", "MA": "Morocco", "EU": "Europe"},
        "r_revenue_implied": "revenue at most {amount}: with {n} employees, almost surely above",
        "r_above_request": "more than the {asked} you seek",
        "r_early_stage": "too large for an early-stage company",
        "r_program": "program {status}",
        "r_not_open": "not taking applications now",
        "open_lead": "This program is taking no applications; these open programs serve the same need and your company can apply to them:",
        "quiet_lead": "My sources have not shown this program open for years; these open programs serve the same need and your company can apply to them:",
        "direct_lead": "A company does not approach a fund of funds; it goes to the funds that invest directly in companies like yours:",
        "fit_lead": "This program is not offered where your company is; here is what it can use for the same need:",
        "r_based_in": "company based in {places}",
        "r_based_outside": "company based in Québec outside {places}",
        "r_site": "services delivered on site in {place}: the company would have to locate there",
        "r_qc_establishment": "Québec establishment",
        "r_region_unknown": "region unknown → check",
        "r_city": "city to confirm",
        "bounds": {"emp_max": {"max": "at most", "min": "at least", "unknown": "headcount unknown → check",
                               "you": "you have"},
                   "rev_min": {"max": "revenue at most", "min": "revenue at least", "unknown": "revenue unknown → check",
                               "you_ok": "yours are within it", "you_fail": "yours are not"}},
        "rules": {"incorporated": "incorporated company", "for_profit": "for-profit company",
                  "canadian_controlled": "Canadian-controlled", "requires_partner": "partner required",
                  "requires_incubator": "incubator or accelerator support required",
                  "software_business": "main activity in computer systems design or software publishing"},
    },
}


def _with_world() -> None:
    """The countries table completed with every other country pycountry names, in each language."""
    for code, (fr, en, _) in world(HAND_CODES).items():
        T["fr"]["countries"].setdefault(code, fr)
        T["en"]["countries"].setdefault(code, en)


_with_world()


def _side(lang: str) -> dict[str, Any]:
    return T["fr"] if lang == "fr" else T["en"]


def describe(profile: Profile, lang: str) -> str:
    """'a company at Series A in medtech (3 employees)' — the asker's own facts, in words."""
    bits = []
    if profile.stage:
        bits.append(t(lang, "who_stage", stage=phrase("stage", profile.stage, lang)))
    if profile.sectors:
        bits.append(t(lang, "who_sectors", sectors=", ".join(phrase("sector", s, lang) for s in profile.sectors)))
    if profile.employees is not None:
        bits.append(f"({profile.employees}{t(lang, 'r_employees')})")
    return t(lang, "who") + " " + " ".join(bits) if bits else t(lang, "lead_generic")


def t(lang: str, key: str, **kw: object) -> str:
    """The composer's sentence `key` in `lang`, formatted with `kw`."""
    val = _side(lang)[key]
    assert isinstance(val, str)
    return val.format(**kw) if kw else val


def table(lang: str, group: str) -> dict[str, Any]:
    """A keyed table of the composer's texts (fields, bounds, rules) in `lang`."""
    val = _side(lang)[group]
    assert isinstance(val, dict)
    return val


def label(lang: str, group: str, key: str) -> str:
    """The composer's name for `key` in one of its own tables (fields to verify); enum values use common.labels."""
    table = _side(lang)[group]
    assert isinstance(table, dict)
    return str(table.get(key, key))
