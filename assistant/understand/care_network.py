"""How a message says the public care network as a buyer or a test site: selling to it, piloting or validating in it, getting into it."""

from __future__ import annotations

from assistant.understand.places import ABROAD

# The public care network, or its institutions, named after a verb of entry: "Québec's public health network", « le réseau
# public de la santé », "the health and social services network", the CIUSSSs, « les établissements du réseau »
_NOT_ABROAD = rf"(?!(?:{ABROAD}|us|u\.s\.|american|european|foreign|international|other)(?![a-z]))"  # "US hospitals": an export
# …or after it: « les hôpitaux américains », "hospitals in Germany", « des cliniques aux États-Unis »
ABROAD_AFTER = rf"(?![a-z])(?! (?:{ABROAD}|etrangers?|etrangeres?|(?:aux?|en|in|across) (?:the )?(?:{ABROAD}))(?![a-z]))"
_NETWORK = (rf"(?:(?:{_NOT_ABROAD}[a-z'-]+ ){{0,2}}(?:public |health |healthcare |sante )+(?:and social services? )?(?:network|system)s?|"
            r"(?:reseau|systeme)s? (?:public )?(?:de (?:la )?sante|sociosanitaire)|reseau public|public (?:health )?network|"
            r"rsss|ci?u?ssss?|chslds?|hopita(?:l|ux)|hospitals?|etablissements? (?:de sante|du reseau|publics?))" + ABROAD_AFTER)
# Getting in: "get our tool into the CIUSSSs", "integrated and scaled up within Québec's public health network", "we want
# into…", « rentrer dans le réseau public de la santé », « implanter dans les CIUSSS », « vendre sa solution au CIUSSS »
_ENTRY_EN = (r"(?:get|gets|getting|bring|bringing|introduc(?:e|ing)|roll(?:ing)? (?:it |them )?out|deploy(?:ed|ing)?|integrat(?:e|ed|ing)|"
             r"scal(?:e|ed|ing) up|sell|selling|implement(?:ed|ing)?|enter|entering|break(?:ing)?|want|wants|way|ways|mov(?:e|ing)) "
             r"(?:(?!funding|money|grants?|financing|investors?)[a-z'-]+ ){0,5}(?:into|in|within|across|throughout|to) (?:the |our |a |an )?")
_ENTRY_FR = (r"(?:entrer|rentrer|introduire|amener|implanter|implantee?s?|deployer|deployee?s?|integrer|integree?s?|vendre|percer|"
             r"acceder|adopter) (?:[a-z'-]+ ){0,5}(?:dans|au sein d(?:u|es|e la)|aux?|a travers|partout dans)(?: (?:le|la|les|l'|un|une|des|du))? ?")

# Alternatives in folded form (needs.py compiles them as the procurement_pilot need)
CARE_NETWORK: tuple[str, ...] = (
    r"(?:bought|purchased|adopted|evaluated|assessed)(?: and (?:bought|purchased|adopted|evaluated|assessed))? by (?:the |our )?(?:[a-z']+ ){0,2}(?:public |health |healthcare )+(?:network|system)", r"(?:achete|adopte|evalue)(?:e?s?|r) (?:et (?:achete|adopte|evalue)(?:e?s?|r) )?par le reseau",
    r"(?:sell|selling|vendre|vente) (?:[a-z']+ ){0,3}(?:(?:public|health|healthcare|sante) )+"
    r"(?:network|system|reseau)", r"(?:vendre|vente) (?:[a-z']+ ){0,3}(?:au|dans le) reseau",
    r"(?<!revenus de )(?<!revenus des )(?<!ventes de )projets? pilotes?",
    r"(?<!revenus )(?<!revenue from )(?<!revenus de projets )(?<!revenus des projets )(?<!ventes )(?<!clients )(?<!client )(?<!clientes )pilot(?:e|es|s|ing)?(?! (?:revenues?|revenus?|sales|ventes|customers?|clients?)\b)",
    # a site to try it in: "a partner hospital to test", « un hôpital partenaire »
    r"(?:partner|pilot|test) (?:hospitals?|clinics?)", r"pilot sites?", r"sites? pilotes?",
    r"(?:hopita(?:l|ux)|cliniques?|etablissements?) (?:partenaires?|pilotes?)", r"approvisionnement", r"procurement",
    r"hopita(?:l|ux) vitrines?", r"valid(?:er|ation) (?:en )?(?:milieu )?clinique",
    r"(?:en|dans un|dans des) (?:contexte|conditions?|milieu|situation)s? (?:reel(?:le)?s?|de soins reel(?:le)?s?)", r"(?:tester|essayer|valider|test|try) (?:[a-z'-]+ ){0,2}(?:pour de vrai|en vrai|for real)",  # as "in a real-world setting"
    r"clinical(?:ly)? validat(?:e|ion|ing)",  # then validated with the clinicians who would use it
    r"valid\w* (?:[a-z']+ ){0,3}(?:with|avec) (?:des |les |nos |some |our )?(?:clinicians|cliniciens|"
    r"cliniciennes|medecins|physicians|doctors|nurses|infirmieres)", r"real[- ]world (?:test\w*|validation|setting)", r"(?:in|under) (?:a )?real(?:[- ]world|[- ]life)? (?:conditions|settings?|environments?|clinical settings?)",
    r"valid\w* (?:[a-z']+ ){0,2}(?:en|dans|in) (?:un |le |a |the )?(?:milieux? (?:de soins|"
    r"clinique|hospitaliers?)|contexte clinique|clinical settings?|care settings?|hospital settings?)",
    r"(?:tester|essayer|test|testing|trial(?:l?ing)?|valider|validate|validating|validation) (?:[a-z'-]+ ){0,6}(?:(?:dans|en|in|au|aux|at) "
    # one word may qualify the place: "in Québec hospitals", "in a real clinic", « au CHU »
    r"(?:le |un |les |des |the |a |l')?|a l')(?:[a-z'-]+ )?(?:reseau|chu(?:s|m|q|l)?\b|cliniques?|milieux? (?:de soins|clinique|hospitaliers?)|hopita\w*|"
    r"hospital settings?|etablissements? de sante|hospitals?|clinics?|care settings?|health(?:care)? (?:system|network)|emergency (?:departments?|rooms?)|urgences?|"
    r"c[i]?u?sss|chsld|long-term care (?:homes?|facilit\w*|centres?|centers?)|residences? pour aines|"
    r"nursing homes?)", r"(?:vendre|vente|ventes) (?:[a-z']+ ){0,2}au reseau\b",
    # the place first, then the trial: « un établissement du réseau pour tester notre solution », "a hospital to pilot it in"
    r"(?:hopita(?:l|ux)|cliniques?|chslds?|c[i]?u?sss|chu[smql]?|etablissements? (?:du reseau|de (?:la )?sante|publics?)|milieux? de soins|"
    rf"hospitals?|clinics?|care settings?|long-term care homes?) (?:{_NOT_ABROAD}[a-z'-]+ ){{0,5}}(?:pour (?:y |l'|les |la |le )?|to |where (?:we|i) (?:can|could) |ou (?:on|nous) (?:pourr\w+|peu\w+) )"
    r"(?:tester|essayer|valider|piloter|test|trial|try|validate|pilot)\b" + ABROAD_AFTER,
    # showing its value where care is given, to win a contract: « démontrer la valeur … dans
    # un CIUSSS », "a contract with the public network"
    r"(?:demontrer|prouver|demonstrate|demonstrating|demonstrations?|demo|demoing|prove|proving|show|showing) (?:[a-z'-]+ ){0,6}(?:dans|en|in|at) (?:le |un |les |des |the |a )?"
    r"(?:c[i]?u?sss|chu\w*|hopita\w*|hospitals?|reseau|etablissements? de sante|clinics?|cliniques?|care settings?|milieux? de soins|emergency (?:departments?|rooms?)|urgences?)",
    r"(?:contrats?|contracts?) (?:[a-z'-]+ ){0,2}(?:avec|with) (?:le |the )?(?:reseau|public (?:health )?(?:system|network))",
    # getting the tool into care settings: "get our tool into CHSLDs", « faire entrer… » (selling to clinics is
    # no entry: "already selling to physio clinics")
    r"(?:get|bring|introduce|roll|rolling|deploy) (?:(?!funding|money|grants?|financing)[a-z']+ ){0,4}(?:into|in|across) "
    rf"(?:the |our |a |an )?(?:{_NOT_ABROAD}[a-z']+ )?(?:clinics?|long-term care(?: homes?| facilit\w*| centres?| centers?)?|(?:care|nursing) homes?)" + ABROAD_AFTER,
    r"(?:faire entrer|introduire|amener) (?:[a-z']+ ){0,4}(?:dans|aux?) (?:les |des |un |une |le |la |l')?"
    r"(?:hopita\w*|cliniques?|chsld|c[i]?u?sss|reseau|etablissements?|residences?)" + ABROAD_AFTER,
    r"(?:vendre|vente|ventes|acheteurs?|clients?|adoption|deployer|implanter) (?:[a-z']+ ){0,3}"
    r"(?:dans |a des |aux |a )?(?:le |au |les )?(?:reseau de la sante|etablissements (?:de sante|"
    r"du reseau)|hopitaux|c[i]?u?sss)" + ABROAD_AFTER,
    rf"sell(?:ing)? (?:[a-z']+ ){{0,2}}to (?!(?:{ABROAD}|us|american|european|foreign|international)(?![a-z]))(?:[a-z']+ )?(?:hospitals|health[- ](?:systems|institutions|"
    r"network)|the health ?care (?:system|network)|c[i]?u?sss)",
    # health organisations as buyers: "hospitals in other provinces to buy our tool"
    r"(?:hospitals?|health(?:care)? (?:systems?|organi[sz]ations?|institutions?)|hopitaux|"
    r"etablissements? de sante) (?:[a-z']+ ){0,4}(?:buy|purchase|achet\w*)\b",
    # health organisations to adopt it: "we want health-network institutions to adopt it"
    r"(?:hospitals?|clinics?|chslds?|c[i]?u?sss|health(?:care)?[- ](?:network|system)s?"
    r"(?:[- ]institutions?)?|health(?:care)? (?:institutions?|organi[sz]ations?)) "
    r"(?:[a-z']+ ){0,2}(?:to )?adopt(?!ed)\w*",
    r"(?:reseau|hopitaux|etablissements?|cliniques?|chsld|c[i]?u?sss) (?:[a-z']+ ){0,3}"
    r"(?:l'adopte(?:nt)?|adopte(?:nt)? (?:notre|nos|le|la|les|cet|cette))\b",
    # adopted by the public network: « adopté par le réseau », "adopted in Québec's health network"
    r"adopt(?:ed|ion|er|e|ee|es)? (?:[a-z']+ ){0,3}(?:in|by|par|dans|across|throughout) "
    r"(?:the |le |les |tout le )?"
    r"(?:[a-z']+ ){0,2}(?:public )?(?:health ?care|health|reseau|hospitals?|hopitaux|network|c[i]?u?sss|chsld)"
    r"(?: (?:network|system|de la sante|public))?",
    r"(?:porte d'entree|porte|entree|acces|way in|door|foot in the door|entry point|access) (?:[a-z'-]+ ){0,2}(?:dans|au|aux|into|to|in) (?:le |la |les |the |our |a )?" + _NETWORK,
    _ENTRY_EN + rf"(?:{_NOT_ABROAD}[a-z'-]+ )?" + _NETWORK, _ENTRY_FR + rf"(?:{_NOT_ABROAD}[a-z'-]+ )?" + _NETWORK, _ENTRY_FR + r"reseau(?! (?:de |d'|des |du |social|sociaux|professionnel|d'affaires)(?!la sante|sante))(?![a-z-])",  # « entrer dans le réseau »
    r"(?:public|health(?:care)?) network (?:[a-z']+ ){0,2}adopt\w*",  # "so the public network can adopt it"
    rf"(?:utilisee?s?|employee?s?|used|in use) (?:[a-z']+ ){{0,2}}(?:dans|in|by|par) (?:les |des |the |nos |our )?(?:{_NOT_ABROAD}[a-z'-]+ ){{0,2}}(?:hopitaux|hospitals|etablissements|c[i]?u?sss|chslds?|cliniques publiques)" + ABROAD_AFTER,  # « utilisé dans les hôpitaux publics », "used in Québec's public hospitals"
)
