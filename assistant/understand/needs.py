"""What a message asks for: one whole-word pattern per need of the vocabulary, over folded text (profile.py reads them)."""

from __future__ import annotations

import re

from assistant.understand.asker import (
    BORROWING,
    EQUITY,
    NO_REPAY_MONEY,
    QUASI,
    RECOUP_BY_TAX,
    RECOUP_COSTS,
    ROUND_PREPARED,
)
from assistant.understand.care_network import CARE_NETWORK
from assistant.understand.need_guards import DATA_ROLE, FILE_OUT, HIRES, HIRING, NOT_HIRES, NOT_MONEY_RAISED, not_kit
from assistant.understand.places import ABROAD, PLACES, QUEBEC_REGIONS
from assistant.understand.text import INVESTORS, NOT_DONE
from assistant.understand.text import rx as _rx
from common.vocab import Need

# Where someone lives or comes from is not where the company sells: "an engineer who lives abroad" is a hire, not an export.
_NOT_HOME = r"(?<!lives )(?<!living )(?<!based )(?<!vit )(?<!vivent )(?<!habite )(?<!habitent )(?<!reside )(?<!demeure )(?<!from )(?<!de l')"
# Québec's places: settling in one is where the company will be, not a market (« s'implanter à Montréal »).
_HOME = "|".join(alts for code, alts in PLACES if code in QUEBEC_REGIONS or code == "QC")
# who buys care: hospitals, clinics, health systems and payers
_CARE_BUYER = (r"(?:hospitals?|clinics?|health ?(?:care )?(?:systems?|providers?|networks?)|payers?|hopita(?:l|ux)|cliniques?|"
               r"(?:systemes?|etablissements?|reseaux?) de sante|assureurs?)(?![a-z])")
NEEDS: list[tuple[Need, re.Pattern[str]]] = [
    (Need.non_dilutive, _rx(r"subventions?", r"grants?", r"subsid(?:y|ies)", r"non[- ]?diluti(?:f|fs|ve|on)",
                            r"contributions?", *NO_REPAY_MONEY,
                            # money for R&D asked: "help pay for AI R&D", « financer notre R-D »
                            r"(?:help(?: us)? (?:to )?pay|to pay|pour payer|a payer|fund|funding|finance|financing|financer|financement)"
                            r"(?: for| de| pour)? "
                            r"(?:our |notre |nos |la |le |the |its )?(?:[a-z]+ ){0,3}(?:r&d|r-d|research and development|recherche et developpement)",
                            r"(?:r&d|r-d) (?:funding|financing|money)")),
    (Need.tax_credit, _rx(r"credits? d'impots?", r"tax credits?", r"credits? remboursables?", r"refundable credits?", r"sr&ed", r"rs&de", r"cric", r"tax (?:breaks?|incentives?|relief|holidays?|exemptions?)", r"(?:avantages?|allegements?|incitatifs?|conges?) fisca(?:l|ux|les?)", r"exempt\w* (?:[a-z'-]+ ){0,8}(?:from |d')(?:[a-z]+ )?(?:income tax|impots?)",
                          r"credits? (?:de |en )?(?:r-d|r&d|recherche)", r"(?:r&d|r-d) credits?",  # « nos crédits R-D », "our R&D credits"
                          r"(?<!marge de )(?<!line of )credits? (?:[a-z'-]+ ){0,2}?(?:sur|on|for|pour) (?:(?:les|the|our|nos|ses|son|sa|leurs?|their|its|la) )?(?:[a-z'-]+ ){0,2}?(?:salaires?|salar(?:y|ies)|wages|payroll|masse salariale|r-d|r&d|recherche|research)\b",  # « les crédits sur les salaires de ses devs », « le crédit fédéral pour sa R-D »
                          # claiming for the company's R&D or salaries ("never claimed anything for our R&D": still to claim)
                          r"(?:never |not yet |jamais |pas encore )?(?:claim|claimed|claiming) (?:[a-z'-]+ ){0,6}(?:r&d|research|(?:our|its|their) (?:[a-z'-]+ ){0,2}(?:salar(?:y|ies)|wages|payroll|expen\w+|spending))",
                          r"(?:jamais |pas encore )?reclam\w* (?:[a-z'-]+ ){0,6}(?:r-d|r&d|recherche|(?:nos|notre|ses|leurs?) (?:[a-z'-]+ ){0,2}(?:salaires?|masse salariale|depenses)"
                          r"|(?:salaires?|masse salariale|depenses) (?:de |des |d')(?:nos|notre|ses|leurs?))", RECOUP_BY_TAX, RECOUP_COSTS)),
    (Need.equity, _rx(r"capital[- ](?:de )?risque", r"vcs?", r"venture (?:capital|funds?)", *INVESTORS,
                      EQUITY, r"lev(?:er|ee|ons) (?:des |de |du )?(?:fonds|capital|capitaux)",
                      rf"{NOT_DONE}lev(?:er|ons|ez|ent) (?:une |notre |la )?(?:ronde|serie)", r"rais(?:e|ing)" + NOT_MONEY_RAISED,
                      # « on lève une série A », « elle lève des fonds » (present); « on a levé » is done
                      rf"(?<!a ){NOT_DONE}leve (?:une |notre |la |des |de |du )?(?:ronde|serie|fonds|capital|capitaux)",
                      ROUND_PREPARED,  # « nous préparons une série B », "we're preparing our Series A"
                      r"fundraising", r"anges? investisseurs?", r"angels?", r"(?:des|nos|les|d'|deux|trois|quelques) anges", r"who invests?", r"(?:first|early) (?:cheques?|checks?)", r"premiers? cheques?", r"writes? (?:cheques?|checks?)",
                      r"qui investi(?:t|ssent)", r"tour de table",
                      # a round of equity: "our first seed round", « notre première ronde », « ronde d'amorçage »
                      # a round already closed is the company's stage, not a need ("seed round closed", "we closed
                      # our seed round", « ronde bouclée »)
                      r"(?<!closed )(?<!closed our )(?<!closed a )(?<!raised our )(?<!raised a )(?<!after our )"
                      r"(?<!after the )(?:pre-?seed|seed|first|next|priced|equity|series [a-d]) (?:funding |investment )?"
                      r"round(?!s? of)(?! (?:closed|completed|done|raised|finished|behind))",
                      r"(?:premiere|prochaine) ronde", r"(?<!boucle notre )(?<!complete notre )(?<!ferme notre )"
                      r"(?<!apres notre )ronde (?:de financement|d'amorcage|de pre-?amorcage|de demarrage|de capital|en capital|"
                      r"de serie)(?: (?:serie )?[a-d])?(?! (?:bouclee|completee|terminee|fermee|conclue|derriere))")),
    (Need.loan, _rx(r"loans?", r"emprunts?", r"financement par emprunt", r"debt(?: financing)?", r"marge de credit", *BORROWING,
                    r"line of credit", r"fonds de roulement", r"working capital", *QUASI)),
    (Need.talent, _rx(r"stagiaires?", r"interns?", r"internships?",
                      # « nous avons embauché depuis »: done, not a need (« on s'apprête à embaucher » is one)
                      r"(?<!avons )(?<!avez )(?<!ont )(?<! a )(?<!deja )embauch(?:e|es)", r"embauch(?:er|ons)", r"hire", r"hiring",
                      # « engager un chercheur » (to hire), not « engager des dépenses »
                      r"engag(?:er|eons|ez) (?:un|une|des|deux|trois|[0-9]+|nos|notre|du) (?:[a-z'-]+ ){0,2}(?:employe|"
                      r"chercheu|stagiaire|developpeu|ingenieu|scientifique|personne|etudiant|professionnel|technicien|"
                      r"analyste|programmeu|infirmi|medecin)\w*",
                      r"recrut(?:er|ement)", r"recruit(?:ing|ment)?", r"talents?", r"pour engager(?=\s*[?.!]|$)",
                      r"(?<!former )(?<!former notre )(?<!former la )(?<!former nos )(?<!former leur )main[- ]d'?\s?oeuvre",
                      r"post-?docs?", r"postdoctora(?:l|ux|ts?|nte|ntes)", r"(?:etudi|doctor)ant(?:e|es|s)?", r"students?",
                      # « un stage d'été », « des stages coop » (an English "stage" is a company's, never a placement)
                      r"(?:un|des|nos|notre|son|leur|ce|cette) stages?", r"stages? (?:d'ete|coop|remunere\w*|en entreprise)",
                      r"(?:salaire|salaires|salary|salaries|wages?) (?:de |des |d'|of |for )",
                      r"wage subsid(?:y|ies)", r"subventions? salariales?")),
    (Need.data_access, _rx(r"donnees (?:de sante|cliniques|medicales|hospitalieres|(?:de l'|des |d'|de )(?:hopita\w*|patients?))",
                           r"acces a (?:des |nos |de )donnees",
                           r"health data" + DATA_ROLE, r"clinical data" + DATA_ROLE, r"(?:the )?(?:hospital|patient)(?:'s|s|s')? data",
                           r"acces aux donnees", r"data[- ]access", r"access to (?:health )?data", r"biobanques?",
                           r"biobanks?", r"(?:donnees|data) (?:de la |from (?:the )?|of the )?ramq", r"ramq (?:[a-z-]+ ){0,2}data",
                           # a payer's or a record system's data: "claims data", « données médico-administratives »
                           r"(?:claims|billing|medico-administrative|administrative health) data",
                           r"donnees (?:medico-administratives|administratives de sante|de facturation|de reclamations?)",
                           # a cohort's data or samples (« des données d'une cohorte québécoise », "biological samples")
                           r"(?:donnees|data) (?:d'une |de la |des |from (?:a |an |the )?|of (?:a |an |the )?)?(?:[a-z-]+ )?cohort\w*",
                           r"cohort data", r"(?:donnees|data) (?:genomiques|genetiques|genomic|genetic)",
                           r"(?:genomic|genetic) data", r"echantillons biologiques", r"biological samples",
                           r"biospecimens?")),
    (Need.export, _rx(r"(?<!bank )(?<!data )(?<!csv )(?<!excel )(?<!file )export(?:er|ation|ations|s|ing)?" + FILE_OUT, r"marches? (?:etrangers?|internationaux|americains?)",
                      r"foreign markets?", r"(?<!chercheurs )(?<!chercheuses )(?<!talents )(?<!experts )(?<!travailleurs )(?<!ingenieurs )(?<!scientifiques )internationa(?:l|le|les|ux|lly)" + NOT_HIRES, r"(?:foreign|overseas) (?:partners?|collaborators?)", r"(?:partenaires?|collaborat\w+) (?:a l')?etrang\w*",
                      r"(?<!from )(?<!viennent d')(?<!venant d')europe", r"etats-unis", r"united states", r"usa",
                      r"u\.s\.", r"(?<!help )(?<!let )(?<!helps )(?<!helping )us market", r"american market", _NOT_HOME + r"(?:abroad|overseas|a l'etranger)",
                      r"(?:expan(?:d|ds|ding|sion)|sell(?:ing)?|launch(?:ing)?|grow(?:ing)?)\s+(?:[a-z']+\s+){0,3}"
                      r"(?:to|into|in|across)\s+the\s+(?:us|states)", r"us expansion",
                      r"(?:enter(?:ing)?|break(?:ing)? into|penetrate)\s+(?:the\s+)?(?!canadian|quebec)(?:us|u\.s\.|"
                      r"foreign|international|global|[a-z]+(?:ian|ese|an|ish|ch))\s+markets?",
                      rf"(?:enter(?:ing)?|break(?:ing)? into|penetrate|go(?:ing)? after|target(?:ing)?|crack(?:ing)?|vis(?:e|ons|ent|er)|"  # "break into
                      rf"cibl(?:e|ons|ent|er))\s+(?:the\s+|le |la |les |l')?(?:{ABROAD})(?![a-z])",  # the US", « on vise Boston »
                      r"(?:s'implanter|percer|prendre pied)\s+(?:aux|en|au|a|sur les? marches?|(?:le|les) marches?)"
                      rf"(?!\s+(?:la (?:ville|region) de )?(?:{_HOME})(?![a-z]))",
                      # buyers abroad: "hospital systems in Boston", « des cliniques aux États-Unis », « des hôpitaux de Boston »
                      rf"(?:hospitals?|hospital systems?|health systems?|clinics?|buyers?|customers?|clients?|distributors?|hopitaux|systemes hospitaliers|"
                      rf"cliniques|acheteurs|distributeurs)\s+(?:[a-z'-]+\s+){{0,2}}?(?:in|at|across|de|du|des|en|aux?|a)\s+(?:the\s+|l')?(?:[a-z'-]+\s+(?:and|or|et|ou)\s+(?:the\s+|les?\s+|l')?)?(?:{ABROAD})(?![a-z])",
                      # going to a foreign country: "we're expanding into Japan", « on s'en va au Japon »
                      rf"(?:expan\w*|launch\w*|sell\w*|mov(?:e|ing) into)\s+(?:[a-z']+\s+){{0,3}}?(?:to|into|in)\s+(?:the\s+)?"
                      rf"(?:{ABROAD})(?![a-z])",
                      rf"(?:s'en va|s'en vont|s'en aller|s'etendre|s'etend|vendre|lancer|se lancer)\s+(?:[a-z']+\s+){{0,3}}?"
                      rf"(?:au|aux|en|a|dans|sur)\s+(?:le |la |les |l')?(?:{ABROAD})(?![a-z])",
                      # a stay there to meet buyers or partners: "spend several weeks in Germany", « passer un mois au Japon »
                      rf"(?:spend|spending|travel|travelling|traveling|trip|visit|visiting|going|heading|headed)\s+(?:[a-z']+\s+){{0,3}}?"
                      rf"(?:to|in)\s+(?:the\s+)?(?:{ABROAD})(?![a-z])",
                      rf"(?:soft[- ]landing|atterrissage (?:en douceur|progressif))\s+(?:[a-z']+\s+){{0,2}}?(?:to|in|at|au|aux|en|a)\s+(?:the\s+|le |la |les |l')?(?:{ABROAD})(?![a-z])",
                      rf"(?:passer|voyager|sejourner|sejour|mission|visiter|va|vais|allons|allez|vont)\s+(?:[a-z']+\s+){{0,3}}?"
                      rf"(?:au|aux|en|a)\s+(?:le |la |les |l')?(?:{ABROAD})(?![a-z])",
                      # care buyers abroad: "get it into US hospitals", « vendre aux hôpitaux américains », "customers are clinics in Germany" (not data from them)
                      rf"(?<![a-z])(?<!from )(?<!from the )(?<!of )(?:{ABROAD}|us|u\.s\.) (?:[a-z-]+ )?{_CARE_BUYER}",
                      rf"(?:vendre|vente|ventes|clients?|acheteurs?|entrer|rentrer|percer|implanter|deployer|integrer|introduire|amener|acceder|"
                      rf"adopte\w*|get|gets|getting|bring\w*|sell\w*|deploy\w*|enter\w*|want|wants|customers?|buyers?) (?:[a-z'-]+ ){{0,8}}{_CARE_BUYER} (?:(?:aux?|en|in) (?:the )?)?(?:{ABROAD})(?![a-z])")),
    (Need.accelerator, _rx(not_kit(r"accelerat(?:eur|eurs|or|ors)"), not_kit(r"incubat(?:eur|eurs|or|ors)"), r"mentorat", r"mentoring",
                           # « un programme d'accélération », "an incubation program"
                           r"(?:programmes?|parcours|cohortes?) d'(?:acceleration|incubation)",
                           # a research result made into a company: "spin it out", "tech transfer", « transfert
                           # technologique » (not a college transfer centre, « centre collégial de transfert »)
                           r"spin (?:it|them|this|that|the [a-z-]+) (?:out|off)", r"(?:tech|technology) transfer(?! cent(?:re|er))",
                           r"(?<!collegial de )(?<!collegiaux de )transfert (?:technologique|de (?:la )?technologies?)",
                           r"(?:acceleration|incubation) (?:programs?|programmes?|cohorts?)",
                           r"spin[- ]?(?:off|out)s?", r"essaimage", r"(?<=entreprise )derivee", r"(?<=compagnie )derivee", r"(?:derivee?s?|essaimee?s?|issue?s?) (?:de |d'|du )(?:l'|la |une? )?(?:universit\w+|laboratoire|labo)", r"(?:creer|lancer|demarrer|fonder) (?:une|mon|ma|notre) "
                           r"(?:entreprise|startup|start-up|jeune pousse|compagnie|societe)",
                           r"(?:start|launch|found|create) (?:a|my|our) (?:company|startup|start-up|business)",
                           # an idea not yet a company: « passer de l'idée au plan d'affaires », "no company yet"
                           r"plans? d'affaires", r"business plans?", r"(?:no|pas encore d'|pas d') ?(?:company|entreprise) yet",
                           r"pas encore d'entreprise", r"from (?:an |the |my )?idea to", r"de l'idee (?:a|au|jusqu)",
                           r"(?:don't|do not) have a (?:company|business) yet", r"(?:get|be|getting|being) incubated",
                           r"(?:se faire|nous faire|me faire) incuber", r"pre-?incubat\w*", r"pre-?accelerat\w*",
                           r"idees? d'(?:entreprise|startup|start-up)", r"idees? de (?:startup|start-up|jeune pousse|compagnie)",
                           r"(?:startup|start-up|business|company) ideas?",
                           r"(?:former|formation) (?:a|en) (?:l')?entrepreneuriat", r"entrepreneurship training",
                           # a project to make a company of: "turn it into a startup", « en faire une startup »
                           r"(?:turn|make) (?:it|this|that|them|our [a-z-]+|my [a-z-]+) into an? (?:company|startup|start-up|business)",
                           r"en faire une? (?:entreprise|startup|start-up|compagnie|jeune pousse)",
                           r"not (?:yet )?incorporated yet", r"pas encore (?:incorpore|constitue)e?s?", r"mentors?")),
    (Need.collaborative_research, _rx(r"recherche (?:collaborative|en collaboration|universitaire)", r"partenariats? de recherche",
                                      r"centres? de recherche (?:universitaires?|academiques?|publics?)",
                                      r"(?:collaborer|travailler) avec (?:un |une |des |l'|le |la |les )?(?:universit\w+|chercheu\w+|laboratoires?|labos?|equipes? de recherche)",
                                      r"universites?", r"universitaires?", r"universit(?:y|ies)", r"academic partners?",
                                      r"partenaires? academiques?", r"collaborative research", r"research partnerships?",
                                      r"academic (?:[a-z]+ )?(?:research|researchers?|labs?)", r"chercheu(?:r|rs|se|ses) universitaires?",
                                      r"(?:partner|collaborate|work) with (?:an? |the |our |[a-z0-9-]+'s )?(?:applied )?(?:researchers?|(?:university |academic )?labs?\b|laborator(?:y|ies)|research (?:team|lab|"
                                      r"group|cent(?:re|er)))",
                                      r"consortiums?", r"centres? collegia(?:l|ux) de transfert", r"cctts?",
                                      # "a joint project with the vet school", « un projet conjoint avec la faculté »
                                      r"(?:joint|collaborative) (?:r&d |research )?projects? with",
                                      r"projets? (?:conjoints?|collaboratifs?|en collaboration) avec",
                                      # « un projet de R-D collaboratif avec des chercheurs », "collaborative R&D"
                                      r"projets? de (?:r-d|r&d|recherche) (?:collaboratifs?|conjoints?|en collaboration)",
                                      r"(?:r-d|r&d) collaborative", r"collaborative r&d",
                                      # a project with a partner ("run an R&D project with UQAC"), not with a budget
                                      r"(?:r&d|r-d|research) projects? with(?! (?:an? |the |our )?(?:budget|cost|total|value))",
                                      r"projets? de (?:r-d|r&d|recherche) avec(?! (?:un |une |le |la )?(?:budget|cout|total|valeur))",
                                      r"(?:avec|with) (?:des |les |nos |some |our )?(?:chercheu(?:r|rs|se|ses)|researchers) "
                                      r"(?:du|de la|de l'|des|of|at|from) (?:the )?(?:chu|ciusss|cisss|centre|hopital|hospital|institut)",
                                      r"(?:facult(?:y|e|ies|es)|schools?|ecoles?) (?:of |de |d')(?:medecine|medicine|veterinary|"
                                      r"pharmac\w*|engineering|genie)",
                                      r"college (?:technology )?(?:access|transfer) cent(?:re|er)s?",
                                      r"(?:projets?|travaux) de (?:r-?d|r&d|recherche) (?:avec|en partenariat|aupres)",
                                      r"(?:r&d|r-d|research) (?:projects?|work) (?:with|alongside|between) (?:a|an|the|our)",
                                 r"(?:projets?|travaux) de (?:r-?d|r&d|recherche) entre (?:notre|nos|une|un|la|le|l')",
                                      r"(?:international |joint )?(?:r&d|r-d) partnerships?",
                                      r"partenariats? (?:internationa(?:l|ux) )?(?:de|en) (?:r-?d|r&d)",
                                      r"co-?develop\w*", r"co-?developp\w*", r"joint (?:r&d|development|research)",
                                      # an R&D deal with a partner abroad: "an R&D collaboration agreement", « une entente de R-D »
                                      r"(?:r&d|r-d|research) collaborations?", r"ententes? de (?:r-?d|r&d|recherche)")),
    (Need.procurement_pilot, _rx(*CARE_NETWORK)),
    (Need.advisory, _rx(r"conseils?(?!\s+(?:d'administration|national|nationale|de recherches?|des))", r"(?<!scientific )advice",  # a regulator's « avis scientifique »
                        # guidance sought: "who can guide us?", "to be guided", « qui peut nous guider », « être accompagnés »
                        r"guidance(?! (?:documents?|on|for (?:industry|manufacturers)))", r"(?:guide|guiding|orient) (?:us|me)", r"(?:be|get|getting|being) guided",
                        r"(?:nous|me) (?:guider|orienter|accompagner)", r"(?:se|nous|me) faire (?:guider|orienter|accompagner|conseiller)", r"etre (?:guide|accompagne|oriente)(?:e|s|es)?",
                        r"advisory(?! (?:board|committee|council|panel))", r"accompagnement", r"coaching", r"(?:une |un |a |an |the |la |le )(?:vitrines?|showcases?|forums?)", r"transferts? (?:de )?technolog\w*|technology transfer|(?:patented|brevetee?s?) (?:[a-z-]+ )?inventions?|inventions? (?:[a-z-]+ )?(?:brevetee?s?|patented)|(?:transf[ea]r\w*|commerciali[sz]\w*|valoris\w*) (?:ma |mon |notre |nos |my |our |the |la |le |cette |this )?(?:[a-z-]+ ){0,2}(?:technolog\w*|inventions?|decouvertes?|discover\w*|research|recherches?)",
                        # support beside money, as « financement ou accompagnement »: "funding or support"
                        # (an article and "program" between: "a loan and a support program", « un prêt et du soutien »)
                        r"(?:funding|financing|money|grants?|loans?) (?:and|or|&) (?:an? |some )?(?:support|guidance)"
                        r"(?! for (?:the |our )?(?:loan|grant|funding))",
                        r"(?:support|guidance) (?:and|or|&) (?:an? |some )?(?:funding|financing|money|grants?|loans?)",
                        r"(?:financement|pret|subvention)s? (?:et|ou) (?:du |un |de |d'un )?(?:programme de )?soutien"
                        r"(?! (?:au|a la|pour le) (?:financement|pret))",
                        r"soutien (?:et|ou) (?:du |un |une |des )?(?:financement|pret|subvention)s?",
                        r"(?:business|startup|start-up) (?:support|guidance)",
                        # meeting buyers and partners: « du maillage », "networking", « faire connaître notre solution »
                        # ("trips to meet partners abroad" is an export need, not this)
                        r"maillage", r"reseautage", r"networking", r"matchmaking",
                        r"faire connaitre (?:notre|nos) (?:solutions?|produits?|technologies?)",  # below: guidance to begin
                        r"(?:(?:not sure|don't know|no idea) (?:where|how) to (?:start|begin)|(?:sai[st]|savons) (?:pas |plus )?"
                        r"(?:trop |vraiment )?(?:par )?ou commencer)(?![^.?!]*(?:financ|fund|subvention|grant|money|argent|pret|loan))")),
    (Need.training, _rx(r"formations?",
                        # staff training, not a model's ("training foundation models", "GPU training runs")
                        r"(?<!model )(?<!models )(?<!gpu )(?<!ai )(?<!ml )training(?! (?:[a-z-]+ ){0,2}(?:models?|"
                        r"networks?|data(?:sets?)?|runs?|jobs?|pipelines?|algorithms?|llms?|clusters?))", r"(?<!au )(?<!en )cours", r"ateliers?", r"workshops?",
                        r"former (?:son|sa|ses|notre|nos|leur|leurs|le|la|les) (?:personnel|equipes?|employes?|staff|"
                        r"main[- ]d'?\s?oeuvre|monde|gens)",  # « notre monde »: our people
                        r"train (?:its|our|their|the) (?:staff|team|employees|people|workforce)", r"upskill\w*",
                        r"(?:staff|team|employees|people|workforce) trained")),  # "get our team trained on it"
    (Need.regulatory, _rx(r"reglementa(?:ire|ires|tion)", r"regulat(?:ory|ion|ions)", r"homologu\w*", r"homologation",  # public coverage too: "listed for RAMQ coverage"
                          r"formulary", r"formulaire (?:des medicaments|de la ramq)", r"(?:listed|listing) (?:[a-z]+ ){0,2}(?:for|on|with) (?:the )?(?:ramq|public (?:drug )?(?:plans?|coverage)|drug plans?)", r"(?:inscri\w*|inscription) (?:[a-z']+ ){0,2}(?:a|sur) la liste (?:des medicaments|de la ramq)", r"rembours\w* (?:[a-z']+ ){0,2}par la ramq", r"sante canada", r"health canada", r"fda", r"marquage ce", r"ce mark(?:ing)?", r"(?:fee|fees) (?:reductions?|discounts?|waivers?)|(?:reductions?|rabais) de frais",
                          r"(?:licence|license|licensing) (?:de |d'|of |for )?(?:instrument|dispositif|medical device)s?",
                          # "help us get licensed", « obtenir notre licence »
                          r"(?:get|getting|become|obtain) (?:it |our (?:device |product |app )?|the product )?licen[cs]ed",
                          r"(?:get|obtain|obtenir|avoir) (?:our |a |the |notre |une |la |sa )licen[cs]e",
                          r"(?:approbation|autorisation) (?:de mise en marche|reglementaire)", r"market authori[sz]ation",
                          r"inesss", r"remboursement public", r"public reimbursement", r"(?:ethics|ethique|contract|contractuel\w*|contrats?)\b[a-z ]{0,20}(?:approvals?|approbations?)|approbation (?:ethique|contractuelle)",
                          # paid for by the public plan: "get our test reimbursed by the public system", « remboursé par la RAMQ »
                          r"(?:reimburs\w*|covered|paid for|rembours\w*|couvert\w*|pris en charge) (?:[a-z']+ ){0,2}(?:by|par) "
                          r"(?:the |le |la |l')?(?:public (?:system|plan|insurer|health (?:system|plan))|ramq|regime public|"
                          r"systeme public|assurance maladie|medicare)",
                          r"(?:listed|inscri\w*) (?:[a-z']+ ){0,3}(?:on|sur|a|aux?) (?:the |la |le |les )?(?:public )?(?:formular\w*|listes?)",
                          # starting a clinical trial is an approval path: ethics boards, sites, Health Canada
                          r"(?:start|starting|launch|launching|begin|beginning|open|opening|run|running|conduct|"
                          r"conducting|set up|setting up|plan|planning|prepare|preparing)\s+(?:[a-z0-9-]+\s+){0,4}(?:(?:clinical\s+)?trials?|clinical stud(?:y|ies))",
                          r"\b(?:get|getting)\s+(?:[a-z0-9'-]+\s+){0,2}phase (?:1|i|one|2|ii|two)\s+(?:[a-z]+\s+)?(?:going|started|underway)",  # "get their phase 1 going"
                          r"(?:demarr\w*|lan[cç]\w*|commen[cç]\w*|mener|menons|realiser|conduire|ouvrir|prevo\w*|planifi\w*|prepar\w*)"
                          r"\s+(?:[a-z']+\s+){0,3}(?:essais?(?:\s+cliniques?)?|etudes?\s+cliniques?)", r"(?:clinical )?trial (?:start-?up|approvals?|sites?)",
                          r"(?:demarrage|approbation|autorisation)s? (?:d'|des |de l'|de notre |du |de nos )essais?(?: cliniques?)?",
                          # the sites of a trial to approve and start: "get the sites approved", « faire approuver
                          # les sites »
                          r"(?:get|have|getting) (?:the |our |trial )*sites? (?:approved|activated|started|opened)",
                          r"(?:hospital |clinical |trial |study )?sites? (?:start-?up|activation)",  # "site start-up is slow"
                          r"(?:demarrage|activation) (?:des |de |du )?sites?", r"(?:faire|mener|lancer|realiser|commencer|demarrer|prepar\w*|do|doing|run|running|start|starting|launch|begin|conduct)\s+(?:[a-z']+\s+){0,2}phase\s+(?:1|i|2|ii|un|one)\b", r"first[- ]in[- ]human|premi(?:ere|er) (?:etude|essai|administration) chez l'(?:humain|homme)", r"(?:accelerer|speed up|speeding up)\s+(?:[a-z']+\s+){0,2}(?:l')?(?:approbations?|approvals?|autorisations?)",
                          r"(?:faire )?(?:approuver|activer|demarrer|ouvrir) (?:les |nos )?sites?",
                          # a trial still to get going, said after it (« notre essai … tarde à démarrer », "our trial
                          # is slow to start"), or its sites to activate; being in a trial is a stage, not a need
                          r"essais? (?:[a-z0-9']+ ){0,8}(?:a |de )?(?:demarrer|demarrage|lancer|commencer)",
                          r"trials? (?:[a-z0-9']+ ){0,6}(?:to (?:start|launch|begin)|start-?up)",
                          r"activation (?:rapide )?(?:du |des |de )?sites?", r"site activations?",
                          r"licen[cs](?:e|ed|ing) (?:[a-z']+ ){0,2}as an? (?:class [iv1-4]+ )?medical devices?")),
    (Need.immigration, _rx(r"immigration", r"visas?", r"permis de travail", r"work permits?", r"startup visa",
                           r"(?:talents?|travailleu(?:r|se)s?|experte?s?|chercheu(?:r|se)s?) (?:de l')?etrangere?s?",
                           r"(?:foreign|international) (?:" + HIRES + r")", r"(?:" + HIRES + r") (?:internationa(?:l|le|les|ux)|etrangere?s?)", r"(?:recruit\w*|hir(?:e|es|ed|ing)|"
                           r"recrut\w*|embauch\w*) (?:[a-z'-]+ ){0,8}(?:from abroad|from europe|(?:a|de) l'etranger|en europe|"
                           r"d'europe|from (?:the )?(?:us|united states|france|germany|asia|overseas))",
                           # any country: "bring over a researcher from France", « faire venir un chercheur d'Allemagne »
                           HIRING + rf"(?:[a-z'-]+ ){{0,8}}(?:from |de |d'|du |des )(?:the )?(?:{ABROAD})",
                           # a hire who lives abroad: "hire a PhD who lives in Paris", « embaucher une chercheuse qui
                           # habite en France », "recruit an engineer based in Boston"
                           HIRING + r"(?:\(?[a-z'-]+[),]? ){0,12}(?:who (?:currently |now )?(?:lives?|is based|resides?|works?)|living|"
                           r"currently|based|residing|qui (?:habite|vit|reside|demeure|travaille|est)(?: actuellement| presentement| en ce moment)?|"
                           rf"residant|installee?|basee?) (?:in|en|a|au|aux) (?:the )?(?:{ABROAD})",
                           # …or who comes from abroad: "a researcher arriving from France", « qui arrive de France »
                           HIRING + r"(?:[a-z'-]+ ){0,8}(?:(?:who is |qui )?(?:arriv\w*|coming|moving|relocating|vient|viendra|"
                           rf"demenage)) (?:from|de|d'|du|des) (?:the )?(?:{ABROAD})",
                           r"(?:lives?|living|based|resides?|vit|habite|reside|demeure) (?:abroad|overseas|a l'etranger|"
                           r"outside (?:of )?canada|hors du (?:canada|quebec))",  # or not here: "neither lives in Canada"
                           r"(?:neither|none of (?:them|the \w+)|(?:does|do)(?:n't| not)) (?:currently )?(?:lives?|resides?) "
                           r"in canada|(?:aucune? (?:des deux|d'(?:entre )?(?:eux|elles)) |(?:il|elle|ils|elles) )?(?:ne|n') (?:vit|vivent|habitent?|"
                           r"residen?t?) (?:pas |plus )?(?:au|en) (?:canada|quebec)",
                           r"bring (?:them|him|her|it) (?:in|over|here)", r"(?:le|la|les) faire venir")),
    (Need.equipment, _rx(r"equipements?", r"equipment", r"machinerie", r"machinery", r"immobilisations", r"(?:agrandir|agrandissement d[e']|construire|expand(?:ing)?|build(?:ing)?|invest\w* (?:[\w$.,]+ ){0,4}?(?:in|into|dans)) (?:(?:la|l'|notre|une|nos|our|the|a|an|new|nouvelle) )?(?:nouvelle |new |automated |automatisee )?(?:usines?|plants?|factory|factories|production (?:line|facility)|ligne de production|manufacturing (?:plant|facility))",
                         r"hardware purchases?", r"(?:achat|acquisition) (?:de |du )?materiel", r"capital (?:assets|expenditures?|investments?)", r"capex",
                         r"(?:achet(?:er|e|es|ons|ez|ent)|acquerir|achat d'|acquisition d')\s*(?:un |une |des |de |d'|l'|le |la |nos |notre |deux |trois |[0-9]+ )?"
                         r"(?:nouvel(?:le)?s? |nouveaux? |propres? )?(?:appareils?|instruments?|machines?|robots?|serveurs?|"
                         r"microscopes?|spectrometres?|sequenceurs?|imprimantes?|outillage|[a-z]+metres?|[a-z]+scopes?)",
                         r"(?:buy|buying|purchase|purchasing|acquire|acquiring)\s+(?:of\s+)?(?:a |an |new |some |our |the )?"
                         r"(?:own |new |two |three |several |[0-9]+ )?"
                         r"(?:[a-z-]+ )?(?:instruments?|machines?|devices? for (?:the|our) lab|robots?|servers?|"
                         r"microscopes?|spectrometers?|sequencers?|printers?|[a-z]+meters?|[a-z]+scopes?)")),
    (Need.compute, _rx(r"gpus?", r"puissance de calcul", r"calcul (?:haute performance|intensif|de pointe)", r"hpc",
                       r"supercalcul\w*", r"compute (?:resources|capacity|power|credits)", r"computing (?:power|resources)",
                       r"cloud credits?", r"credits? (?:infonuagiques?|cloud)", r"calcul infonuagique|couts? (?:de |du )?calcul|(?:cloud )?compute (?:costs?|bills?|spend\w*|budgets?)|cloud comput\w*")),
    (Need.rd, _rx(r"r&d", r"r-d", r"research and (?:experimental )?development", r"recherche-developpement",  # what money is for
                  r"recherche (?:scientifique )?et (?:de )?developpement(?: experimental)?", r"our development work", r"(?:nos|leurs?) travaux de developpement")),
]
