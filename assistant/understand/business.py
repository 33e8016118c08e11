"""What the company's own business is: software (design, publishing) or care, manufacturing and research services."""

from __future__ import annotations

from assistant.understand.text import hits, rx

# Choices (the tests pin them):
# - Software: the company makes, sells or publishes software ("we develop software for clinics", "a SaaS company",
#   « éditeur de logiciels », « notre logiciel »). It wins over any other description: a company selling
#   clinic-management software is a software company even though it names clinics.
# - Not software: the company runs clinics, pharmacies or residences (« réseau de 12 cliniques », "our clinics"),
#   manufactures (« fabricant », "manufacturer", "our production lines", « nous fabriquons »), or sells research
#   services (a CRO). Adopting AI tools does not make such a company a software publisher.
# - Otherwise unknown: an "AI startup" or a biotech may or may not publish software.

_DEV = r"(?:develop|build|design|sell|publish|licens|concev|vend|commercialis|edit)\w*"
_SOFTWARE = rx(rf"{_DEV}\s+(?:[a-z'-]+\s+){{0,4}}(?:logiciels?|software|saas|applications? (?:web|mobiles?))",
               r"(?:software|saas)[- ](?:company|companies|startup|start-up|firm|business|vendor|publisher|editor)",
               r"(?:entreprise|societe|jeune pousse|startup|start-up|editeur)s? (?:de |du |en )?logiciels?",
               r"(?:notre|nos|our) (?:[a-z-]+ )?(?:logiciels?|software|saas)", r"saas")
_OTHER = rx(r"(?:reseau|chaine|groupe|network|chain|group) (?:de |d'|of )(?:[0-9]+ )?(?:cliniques?|clinics?|pharmacies?|"
            r"residences?|laboratoires?|labs?|centres? de soins)",
            r"(?:nos|our) (?:[0-9]+ )?(?:[a-z-]+ )?(?:cliniques|clinics|pharmacies|residences)",
            r"(?:exploit|operat|run|gere|geron|possed|own)\w* (?:[0-9]+ )?(?:[a-z-]+ )?(?:cliniques|clinics|pharmacies|residences)",
            r"(?:fabricant|manufacturier|manufacturiere|manufacturer|manufacturing company|usine)s?",
            r"(?:nous|we|qui|that|which) (?:[a-z]+ (?:et|and) )?(?:fabriqu|manufactur)\w*",
            r"(?:pharmacy|clinic|physiotherapy|dental|medical) (?:chain|network|group)s?",
            r"(?:nos|our) (?:usines?|plants?|lignes? de production|production lines?)",
            r"cros?", r"contract research organi[sz]ations?", r"(?:organisations? de )?recherche contractuelle")


def software(f: str) -> bool | None:
    """Whether the company's own business is software, from folded text; None when the question does not say."""
    if hits(f, _SOFTWARE):
        return True
    return False if hits(f, _OTHER) else None
