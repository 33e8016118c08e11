"""The one bilingual label table: French and English names for every value of the corpus's vocabulary and of the
answer's fit, used by the composer, the matcher, the briefings, the loader and the UI."""

from __future__ import annotations

import datetime as dt
import re
from enum import Enum

LABELS: dict[str, dict[str, tuple[str, str]]] = {
    "kind": {
        "grant": ("Subvention", "Grant"),
        "repayable_contribution": ("Contribution remboursable", "Repayable contribution"),
        "loan": ("Prêt", "Loan"),
        "tax_credit": ("Crédit d'impôt", "Tax credit"),
        "equity": ("Capital de risque", "Venture capital"),
        "accelerator": ("Accélérateur", "Accelerator"),
        "incubator": ("Incubateur", "Incubator"),
        "training": ("Formation", "Training"),
        "internship_subsidy": ("Stage subventionné", "Subsidized internship"),
        "data_access": ("Accès aux données", "Data access"),
        "procurement_pilot": ("Projet pilote d'acquisition", "Procurement pilot"),
        "advisory": ("Accompagnement", "Advisory"),
        "regulatory": ("Accompagnement réglementaire", "Regulatory support"),
        "export_support": ("Soutien à l'exportation", "Export support"),
        "fund_of_funds": ("Fonds de fonds", "Fund of funds"),
    },
    "instrument": {
        "grant": ("Subvention", "Grant"),
        "repayable_contribution": ("Contribution remboursable", "Repayable contribution"),
        "loan": ("Prêt", "Loan"),
        "loan_guarantee": ("Garantie de prêt", "Loan guarantee"),
        "tax_credit": ("Crédit d'impôt", "Tax credit"),
        "equity": ("Capital de risque", "Venture capital"),
        "fund_of_funds": ("Fonds de fonds", "Fund of funds"),
        "services": ("Services", "Services"),
        "in_kind": ("Contribution en nature", "In-kind support"),
        "procurement": ("Achat public", "Public procurement"),
        "fast_track": ("Voie accélérée", "Fast track"),
    },
    "applicant": {
        "company": ("L'entreprise", "The company"),
        "company_with_academic_partner": ("L'entreprise avec un partenaire universitaire",
                                          "The company with an academic partner"),
        "academic_researcher": ("Un chercheur universitaire", "An academic researcher"),
        "student_or_postdoc": ("Un étudiant ou un postdoctorant", "A student or postdoc"),
        "fund_manager": ("Un gestionnaire de fonds", "A fund manager"),
        "public_body": ("Un organisme public ou sans but lucratif", "A public or non-profit body"),
        "individual_founder": ("Le fondateur ou la fondatrice", "The founder"),
    },
    "stage": {
        "pre_seed": ("Préamorçage", "Pre-seed"),
        "seed": ("Amorçage", "Seed"),
        "series_a": ("Série A", "Series A"),
        "series_b_plus": ("Série B et plus", "Series B and later"),
        "growth": ("Croissance", "Growth"),
        "established": ("Entreprise établie", "Established company"),
    },
    "sector": {
        "medtech": ("Technologies médicales", "Medtech"),
        "biotech": ("Biotechnologies", "Biotech"),
        "pharma": ("Pharmaceutique", "Pharma"),
        "digital_health": ("Santé numérique", "Digital health"),
        "ai": ("Intelligence artificielle", "Artificial intelligence"),
        "cro": ("Recherche contractuelle (CRO)", "Contract research (CRO)"),
        "all": ("Tous les secteurs", "All sectors"),
    },
    "need": {
        "non_dilutive": ("Financement non dilutif", "Non-dilutive funding"),
        "tax_credit": ("Crédits d'impôt", "Tax credits"),
        "equity": ("Capital de risque", "Venture capital"),
        "loan": ("Prêt", "Loan"),
        "talent": ("Talents", "Talent"),
        "data_access": ("Accès aux données", "Data access"),
        "export": ("Exportation", "Export"),
        "accelerator": ("Accélération", "Acceleration"),
        "collaborative_research": ("Recherche collaborative", "Collaborative research"),
        "procurement_pilot": ("Projet pilote d'acquisition", "Procurement pilot"),
        "advisory": ("Accompagnement", "Advisory"),
        "training": ("Formation", "Training"),
        "regulatory": ("Réglementation", "Regulatory"),
        "immigration": ("Immigration", "Immigration"),
        "compute": ("Puissance de calcul", "Computing power"),
        "equipment": ("Équipement", "Equipment"),
        "rd": ("Recherche et développement (R-D)", "Research and development (R&D)"),
    },
    "government": {
        "federal": ("Fédéral", "Federal"),
        "quebec": ("Québec", "Québec"),
        "municipal": ("Municipal", "Municipal"),
    },
    "intake": {
        "open": ("Ouvert", "Open"),
        "continuous": ("Accueil continu", "Continuous intake"),
        "calls": ("Par appels", "By calls"),
        "closed": ("Fermé", "Closed"),
        "paused": ("Suspendu", "Paused"),
        "replaced": ("Remplacé", "Replaced"),
        "unknown": ("Statut inconnu", "Status unknown"),
    },
    "fit": {
        "eligible": ("Admissible", "Eligible"),
        "likely": ("Probablement admissible", "Likely eligible"),
        "check": ("Admissibilité à confirmer", "Eligibility to confirm"),
        "not_eligible": ("Non admissible", "Not eligible"),
    },
    "unit": {
        "per_project": ("par projet", "per project"),
        "per_year": ("par année", "per year"),
        "per_intern": ("par stagiaire", "per intern"),
        "per_employee": ("par employé", "per employee"),
        "per_claim": ("par demande", "per claim"),
        "per_company": ("par entreprise", "per company"),
        "per_investment": ("par investissement", "per investment"),
        "per_loan": ("par prêt", "per loan"),
        "one_time": ("une fois", "one time"),
    },
    "audience": {
        "women": ("Femmes entrepreneures", "Women entrepreneurs"),
        "black_entrepreneurs": ("Entrepreneurs noirs", "Black entrepreneurs"),
        "indigenous": ("Entrepreneurs autochtones", "Indigenous entrepreneurs"),
        "youth": ("Jeunes entrepreneurs", "Young entrepreneurs"),
        "newcomers": ("Personnes nouvellement arrivées", "Newcomers"),
    },
    "institution": {
        "mcgill": ("Université McGill", "McGill University"),
        "concordia": ("Université Concordia", "Concordia University"),
        "udem": ("Université de Montréal", "Université de Montréal"),
        "polytechnique": ("Polytechnique Montréal", "Polytechnique Montréal"),
        "hec": ("HEC Montréal", "HEC Montréal"),
        "ets": ("École de technologie supérieure (ÉTS)", "École de technologie supérieure (ÉTS)"),
        "uqam": ("Université du Québec à Montréal (UQAM)", "Université du Québec à Montréal (UQAM)"),
        "laval": ("Université Laval", "Université Laval"),
        "sherbrooke": ("Université de Sherbrooke", "Université de Sherbrooke"),
        "inrs": ("Institut national de la recherche scientifique (INRS)", "Institut national de la recherche "
                 "scientifique (INRS)"),
        "uqtr": ("Université du Québec à Trois-Rivières (UQTR)", "Université du Québec à Trois-Rivières (UQTR)"),
        "uqac": ("Université du Québec à Chicoutimi (UQAC)", "Université du Québec à Chicoutimi (UQAC)"),
        "uqar": ("Université du Québec à Rimouski (UQAR)", "Université du Québec à Rimouski (UQAR)"),
        "uqo": ("Université du Québec en Outaouais (UQO)", "Université du Québec en Outaouais (UQO)"),
        "uqat": ("Université du Québec en Abitibi-Témiscamingue (UQAT)",
                 "Université du Québec en Abitibi-Témiscamingue (UQAT)"),
        "bishops": ("Université Bishop's", "Bishop's University"),
    },
    "region": {
        "CA": ("Canada", "Canada"),
        "QC": ("Québec (province)", "Québec (province)"),
        "bas-saint-laurent": ("Bas-Saint-Laurent", "Bas-Saint-Laurent"),
        "saguenay-lac-saint-jean": ("Saguenay–Lac-Saint-Jean", "Saguenay–Lac-Saint-Jean"),
        "capitale-nationale": ("Capitale-Nationale (Québec)", "Capitale-Nationale (Québec City)"),
        "mauricie": ("Mauricie", "Mauricie"),
        "estrie": ("Estrie", "Estrie"),
        "montreal": ("Montréal", "Montréal"),
        "outaouais": ("Outaouais", "Outaouais"),
        "abitibi-temiscamingue": ("Abitibi-Témiscamingue", "Abitibi-Témiscamingue"),
        "cote-nord": ("Côte-Nord", "Côte-Nord"),
        "nord-du-quebec": ("Nord-du-Québec", "Nord-du-Québec"),
        "gaspesie-iles-de-la-madeleine": ("Gaspésie–Îles-de-la-Madeleine", "Gaspésie–Îles-de-la-Madeleine"),
        "chaudiere-appalaches": ("Chaudière-Appalaches", "Chaudière-Appalaches"),
        "laval": ("Laval", "Laval"),
        "lanaudiere": ("Lanaudière", "Lanaudière"),
        "laurentides": ("Laurentides", "Laurentides"),
        "monteregie": ("Montérégie", "Montérégie"),
        "centre-du-quebec": ("Centre-du-Québec", "Centre-du-Québec"),
        # values an asker's profile may hold before it knows the administrative region
        "MTL": ("Montréal", "Montréal"),
        "ON": ("Ontario", "Ontario"),
        "BC": ("Colombie-Britannique", "British Columbia"),
        "AB": ("Alberta", "Alberta"),
    },
    # the headings and words of a rendered program record (ingest.loaders), which answers quote and cite as written
    "record": {
        "operator": ("Organisme :", "Operator:"), "status": ("Statut :", "Status:"), "seen": ("constaté le", "seen"),
        "apply": ("Comment postuler", "How to apply"), "checked": ("faits vérifiés le", "facts checked"),
        "deadline": ("date limite", "deadline"), "overview": ("Aperçu", "Overview"),
        "eligibility": ("Admissibilité", "Eligibility"), "facts": ("Faits et montants", "Key facts and amounts"),
        "intake": ("Statut", "Status"),
    },
}


def label(group: str, value: object, lang: str) -> str:
    """The French or English label of `value` in `group`; the raw value when the table has none."""
    key = value.value if isinstance(value, Enum) else str(value)
    pair = LABELS.get(group, {}).get(key)
    return key if pair is None else pair[0 if lang == "fr" else 1]


_PROPER = ("region", "audience", "institution")


def phrase(group: str, value: object, lang: str) -> str:
    """The label as written inside a sentence: 'série A', 'capital de risque', 'eligibility to confirm' (proper nouns,
    regions and 'Series A' keep their capitals)."""
    text = label(group, value, lang)
    if group in _PROPER or text.startswith("Series ") or text[1:2].isupper():
        return text
    return text[:1].lower() + text[1:]


_MONTHS_FR = ("janvier février mars avril mai juin juillet août septembre octobre novembre décembre").split()
_MONTHS_EN = ("January February March April May June July August September October November December").split()


def long_date(d: dt.date, lang: str) -> str:
    """'22 novembre 2026' / 'November 22, 2026': a date as the asker reads it."""
    if lang == "en":
        return f"{_MONTHS_EN[d.month - 1]} {d.day}, {d.year}"
    return f"{'1er' if d.day == 1 else d.day} {_MONTHS_FR[d.month - 1]} {d.year}"


# An ISO date standing alone in prose (not inside a link, a file name or an identifier)
_ISO_DATE = re.compile(r"(?<![\w/.-])((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?![\w/-])")


def reader_dates(text: str, lang: str) -> str:
    """`text` with its ISO dates written as the asker reads them ('2026-05-29' → 'May 29, 2026' / '29 mai 2026')."""
    def one(m: re.Match[str]) -> str:
        try:
            return long_date(dt.date(int(m[1]), int(m[2]), int(m[3])), lang)
        except ValueError:  # February 30th: not a date, left as written
            return m[0]
    return _ISO_DATE.sub(one, text)
