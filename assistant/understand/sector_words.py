"""The sectors a question names: medtech, biotech, digital health… (patterns over folded text)."""

from __future__ import annotations

import re

from assistant.understand.text import hits, rx
from common.vocab import Sector

SECTORS: list[tuple[Sector, re.Pattern[str]]] = [
    (Sector.medtech, rx(r"med-?techs?", r"(?:dispositifs?|instruments?|capteurs?|equipements?) medica(?:l|ux)",
                         r"medical[- ](?:devices?|sensors?|equipment)", r"diagnosti(?:cs?|ques?)|(?:medical|eye|cancer|disease|patient|health)[- ]screening|depistage", r"technologies? medicales?",
                         r"medical technolog(?:y|ies)", r"imagerie(?: medicale)?", r"(?:medical[- ])?imaging", r"echographi\w*", r"ultrasound", r"radiolog\w*", r"chirurgi\w*", r"surg(?:ery|ical)",
                         # a device licensed as one: "device licence", « licence d'instrument médical »
                         r"(?:device|instrument) licen[cs]es?", r"licen[cs]es? (?:d'|de |for (?:a |an |our )?)?"
                         r"(?:medical )?(?:instruments?|dispositifs?|devices?)",
                         # a device by its kind or its class: "a wearable cardiac monitor (Class II)", « une prothèse »
                         r"(?:cardiac|heart|glucose|blood pressure|vital[- ]signs?|patient|ecg) monitors?",
                         r"moniteurs? (?:cardiaques?|de glycemie|de signes vitaux|de pression)", r"implants?",
                         r"prosthe(?:sis|ses|tics?)|protheses?", r"catheters?", r"pacemakers?|stimulateurs? cardiaques?",
                         r"(?:class|classe) (?:ii|iii|iv)")),
    (Sector.biotech, rx(r"biotechs?", r"biotechnologi(?:e|es|que|ques|cal)", r"biotechnology", r"enzymes?",
                         r"anticorps", r"antibod(?:y|ies)", r"biologics", r"(?:therapeutic|recombinant) proteins?",
                         r"proteines? (?:therapeutiques?|recombinantes?)", r"(?:cell|gene) therap(?:y|ies)",
                         r"therapies? (?:cellulaires?|geniques?)", r"wet[- ]labs?", r"genomi(?:que|ques|cs?)", r"microbiomes?",
                         r"medecine de precision", r"precision medicine", r"genotypes?", r"polygeni(?:que|ques|c)")),
    (Sector.pharma, rx(r"(?:bio)?pharma(?:s|ceutiques?|ceuticals?)?", r"medicaments?", r"drugs?", r"drug[- ](?:discovery|development)",
                        r"small[- ]molecules?", r"petites? molecules?")),
    (Sector.digital_health, rx(r"sante[- ]numerique", r"digital[- ]health", r"e-?sante", r"e-?health", r"m-?health",
                                r"tele(?:medecine|medicine|sante|health|monitoring|soins)", r"telesurveillance (?:medicale|des patients|a domicile|de sante)", r"remote patient monitoring", r"health apps?", r"applications? (?:mobiles? )?(?:de |en )?sante", r"(?:appli|application|app)s? (?:mobiles? )?(?:[a-z']+ ){0,3}(?:pour|for) (?:les |des |the )?patients?",
                                r"health[- ]?(?:ai|tech)", r"(?:ai|ia)[- ](?:health|sante)", r"techno(?:logie)?s? (?:de la |en )?sante", r"(?:ia|ai) (?:en|pour la|in|for) (?:sante|health(?:care)?)",
                                r"sante mentale", r"mental[- ]health", r"ecg", r"electrocardiogra\w*",
                                # software for care settings: "a triage platform for emergency rooms", « outil pour les urgences »
                                r"(?:platforms?|plateformes?|software|logiciels?|tools?|outils?|systems?|systemes?) (?:[a-z'-]+ ){0,4}"
                                r"(?:for|pour) (?:les |the |des )?(?:emergency (?:rooms?|departments?)|urgences|hospitals?|"
                                r"hopitaux|clinics?|cliniques|clinicians?|cliniciens?|nurses?|infirmier\w*|physicians?|medecins?)")),
    (Sector.ai, rx(r"(?<!partenar-)ia", r"(?<![a-z]')(?<! j )(?<!^j )ai(?!-je)", r"a\.i\.", r"i\.a\.",
                    r"intelligence artificielle", r"artificial intelligence", r"machine[- ]learning", r"deep[- ]learning",
                    r"apprentissage (?:automatique|machine|profond)", r"llms?", r"large language models?",
                    r"(?:grands? )?modeles? de langage", r"ia generative", r"generative ai")),
    (Sector.cro, rx(r"cros?", r"(?:organisations? de )?recherche contractuelle", r"contract research(?: organi[sz]ations?)?",
                     r"(?:services?|prestataires?|fournisseurs?) (?:d'|de |en )essais cliniques",
                     r"clinical (?:trials? )?services?")),
]


def sectors(f: str) -> list[Sector]:
    """The sectors folded text `f` names, in the table's order (not negated: « pas en pharma »)."""
    return [s for s, pat in SECTORS if hits(f, pat)]
