"""A French/English glossary of the domain, used to expand lexical queries so a question finds passages in either language."""

from __future__ import annotations

import re
from functools import lru_cache

from common.lang import fold

# (French, English) — each side may list variants separated by "|".
PAIRS: list[tuple[str, str]] = [
    ("jeune pousse|jeunes pousses|startup|startups|entreprise en démarrage", "startup|startups|start-up"),
    ("entreprise|entreprises|société|sociétés|compagnie", "company|companies|firm|firms|business|businesses"),
    ("incorporé|incorporée|incorporés|constituée en société|constitué en société|constituée en personne morale",
     "incorporated|incorporation"),
    ("emploi|emplois", "job|jobs|employment"),
    ("employé|employés|salarié|salariés", "employee|employees|staff|headcount"),
    ("salaire|salaires|masse salariale", "salary|salaries|wages|payroll"),
    ("subvention|subventions|aide financière|contribution non remboursable", "grant|grants|non-repayable contribution"),
    ("prêt|prêts", "loan|loans"),
    ("crédit d'impôt|crédits d'impôt", "tax credit|tax credits"),
    ("financement|financer|fonds", "funding|fund|funds|financing|finance"),
    ("capital de risque|capital-risque|investisseur|investisseurs", "venture capital|investor|investors|vc"),
    ("firme de capital de risque|firmes de capital de risque", "venture capital firm|venture capital firms|vc firms"),
    ("programme|programmes", "program|programs|programme"),
    ("appel de projets|appels de projets", "call for projects|call for proposals|calls"),
    ("admissibilité|admissible|admissibles", "eligibility|eligible"),
    ("montant|montants", "amount|amounts"),
    ("taux", "rate|rates"),
    ("dépenses|coûts", "expenses|costs|expenditures"),
    ("remboursable", "repayable|refundable"),
    ("date limite|échéance", "deadline"),
    ("ouvert|ouverte", "open"),
    ("fermé|fermée|terminé", "closed|ended|terminated"),
    ("remplacé|remplacée", "replaced"),
    ("stagiaire|stagiaires|stage|stages", "intern|interns|internship|internships"),
    ("formation|formations|cours", "training|course|courses"),
    ("recherche et développement|r-d|r&d", "research and development|r&d"),
    ("recherche", "research"),
    ("données|donnée", "data"),
    ("santé", "health"),
    ("santé numérique", "digital health"),
    ("sciences de la vie", "life sciences"),
    ("technologies de la santé|technologies médicales", "health technologies|medical technologies|medtech"),
    ("dispositif médical|dispositifs médicaux", "medical device|medical devices"),
    ("médicament|médicaments", "drug|drugs|medicine"),
    ("découverte de médicaments", "drug discovery"),
    ("intelligence artificielle|ia", "artificial intelligence|ai"),
    ("apprentissage automatique", "machine learning"),
    ("apprentissage profond", "deep learning"),
    ("étude|rapport", "study|report"),
    ("sondage|enquête|répondants", "survey|respondents"),
    ("stratégie", "strategy"),
    ("budget", "budget"),
    ("loi", "law|act"),
    ("défis|défi|enjeux|freins|frein|obstacles|obstacle|barrières", "challenges|challenge|issues|barriers|barrier|hurdles"),
    ("forces|atouts", "strengths"),
    ("recommandations|mesures|recommande", "recommendations|measures|recommends"),
    ("croissance", "growth"),
    ("exportation|exporter|marchés étrangers", "export|exporting|foreign markets"),
    ("accélérateur|accélérateurs", "accelerator|accelerators"),
    ("incubateur|incubateurs", "incubator|incubators"),
    ("mentorat|accompagnement", "mentoring|coaching|support"),
    ("hôpital|hôpitaux|établissements de santé", "hospital|hospitals|health institutions"),
    ("projet pilote|vitrine", "pilot project|pilot|showcase"),
    ("approvisionnement|achats publics", "procurement|public purchasing"),
    ("partenaire|partenaires|partenariat", "partner|partners|partnership"),
    ("université|universités|universitaire", "university|universities|academic"),
    ("chercheur|chercheurs", "researcher|researchers"),
    ("talent|talents|main-d'œuvre", "talent|workforce|labour"),
    ("puissance de calcul|calcul", "computing power|compute|computing"),
    ("normes", "standards"),
    ("brevet|brevets|propriété intellectuelle", "patent|patents|intellectual property"),
    ("essai clinique|essais cliniques", "clinical trial|clinical trials"),
    ("conseil|comité", "council|committee|board"),
    ("groupe de travail", "task force"),
    ("membres", "members"),
    ("coprésidé|coprésidents|coprésidé par", "co-chaired|co-chairs|co-chaired by"),
    ("gouvernement|gouvernement du québec", "government|quebec government"),
    ("fédéral|fédérale", "federal"),
    ("millions|million", "million|millions"),
    ("milliard|milliards", "billion|billions"),
    ("part|proportion|pourcentage", "share|proportion|percentage"),
    ("combien", "how many|how much"),
    ("créé|créée|établi|fondé", "created|established|founded"),
    ("annoncé|annoncée|dévoilé|dévoilée", "announced|unveiled|launched"),
    ("renseignements de santé|informations de santé", "health information"),
    ("biofabrication", "biomanufacturing"),
    ("grappe", "cluster|supercluster"),
    ("interopérabilité", "interoperability"),
    ("commercialisation", "commercialization"),
    ("adoption", "adoption"),
]


@lru_cache(maxsize=1)
def _index() -> list[tuple[re.Pattern[str], str]]:
    out = []
    for fr, en in PAIRS:
        fr_terms, en_terms = fr.split("|"), en.split("|")
        for terms, other in ((fr_terms, en_terms), (en_terms, fr_terms)):
            pat = re.compile(r"\b(" + "|".join(re.escape(fold(t)) for t in sorted(terms, key=len, reverse=True)) + r")\b")
            out.append((pat, " ".join(other)))
    return out


def expand(query: str) -> str:
    """The query followed by the other language's words for the domain terms it uses."""
    folded = fold(query)
    extra = [words for pat, words in _index() if pat.search(folded)]
    return query if not extra else query + " " + " ".join(dict.fromkeys(extra))


def variants(text: str) -> list[str]:
    """Every term, in both languages, of the glossary entries `text` uses (« jeunes pousses » → "startup", « entreprise
    en démarrage »…): the other names a passage may give the same thing."""
    folded = fold(text)
    out: list[str] = []
    for fr, en in PAIRS:
        terms = fr.split("|") + en.split("|")
        if any(re.search(rf"\b{re.escape(fold(t))}\b", folded) for t in terms):
            out += terms
    return list(dict.fromkeys(out))


@lru_cache(maxsize=1)
def _acronyms() -> list[tuple[re.Pattern[str], str]]:
    """Each short form of the glossary written in capitals ("IA", "VC", "R&D"), with its side's first long form."""
    out: dict[str, str] = {}
    for side in (t for pair in PAIRS for t in pair):
        terms = side.split("|")
        long = next((t for t in terms if " " in t), None)
        for t in terms:
            if long and len(t) <= 3 and t.replace("&", "").replace("-", "").isalpha():
                out.setdefault(t.upper(), long)  # the first side that has it (« R&D »: one long form)
    return [(re.compile(rf"(?<![\w&-]){re.escape(a)}(?![\w&-])"), long) for a, long in out.items()]


def spelled_out(text: str) -> str:
    """`text` with the glossary's acronyms written in capitals followed by their long form (« pour l'IA » → « pour
    l'IA (intelligence artificielle) »): a sentence that spells the term out is as close as one using the acronym."""
    for pat, long in _acronyms():
        text = pat.sub(lambda m: f"{m.group()} ({long})", text)  # noqa: B023 (used at once)
    return text
