"""Matters no program answers (a tax to collect, a dose, the books, a text to write): read by advice.outside."""

from __future__ import annotations

import re

# Contact details: a few records hold an application phone number, asked with the program named
CONTACT = re.compile(r"\b(?:numeros? de telephone|phone numbers?|adresse (?:postale|exacte|civique|courriel|du bureau|"
                     r"des bureaux|du siege)|(?:street|office|mailing|email) address|heures d'ouverture|opening hours)\b")
# The books: how a grant or a credit is recorded ("book our IRAP contribution in the financial statements under ASPE")
BOOKS = re.compile(r"\b(?:financial statements?|etats financiers|aspe|ifrs|ncecf|gaap|pcgr|comptabilis\w*|journal entr\w*|"
                    r"ecritures? comptables?|(?:book|record|account for) (?:our |the |an? |this |that |it )?(?:[\w-]+ ){0,3}"
                    r"(?:in|on|under) (?:the |our )?(?:books|financial statements|aspe|ifrs))\b")
# A text to write, fix or translate (a press release, an email, a post): what follows its object is its content, not
# what is asked ("Draft a press release announcing that Scale AI co-funded our project", « Corrige ce courriel : … »).
# Where a request starts: the message's or a sentence's start, or after "please", "can you"
_START = (r"(?:^|(?<=[.,:;!?] )|(?<=please )|(?<=can you )|(?<=could you )|(?<=would you )|(?<=help me )|(?<=peux-tu )|"
          r"(?<=pouvez-vous )|(?<=pourrais-tu )|(?<=pourriez-vous )|(?<=aide-moi a )|(?<=aidez-moi a )|(?<=svp ))")
TASK = re.compile(
    _START + r"(?:write|draft|proofread|translate|rewrite|polish|edit|fix|correct|ecris|redige|corrige|corriger|relis|relire|"
    r"reformule|reformuler|traduis|traduire|ameliore|ameliorer)(?:-moi|-nous| me| us)? (?:[\w'-]+ ){0,4}?"
    r"(?:press releases?|communiques?(?: de presse)?|e-?mails?|courriels?|posts?|publications?|letters?|lettres?|memos?|"
    r"messages?|texts?|textes?|paragraphs?|paragraphes?|announcements?|annonces?|speech(?:es)?|discours|bios?|tweets?|"
    r"newsletters?|infolettres?|typos?|fautes|grammar|grammaire|spelling|orthographe|code|scripts?|quer(?:y|ies)|"
    r"requetes?|functions?|fonctions?|regex|(?:investor )?updates?|mises? a jour|postings?|affichages?|"
    r"offres? de stage|pitch(?:es)?|slides?|diapos?|captions?)\b|"
    # a text to make better (« rends ce paragraphe plus percutant », "make this paragraph punchier")
    + _START + r"(?:make|rends|rendre)(?:-moi|-nous| me| us)? (?:this|that|it|our|my|the|ce|cet|cette|ces|notre|mon|ma|le|la) "
    r"(?:[\w'+&-]+ ){0,6}(?:punchier|shorter|clearer|crisper|tighter|stronger|snappier|more (?:persuasive|compelling|"
    r"concise|convincing|professional|engaging)|plus (?:percutante?|courte?|claire?|concise?|convaincante?|"
    r"professionnel(?:le)?|accrocheuse?|punch))\b|"
    # the company's own figures to compute (« calcule notre piste financière : … »): what follows is their content
    + _START + r"(?:compute|calculate|calcule|calculer|calculez|estimate|estime|estimer)(?:-moi|-nous| me| us)? (?:our|my|the|"
    r"notre|ma|mon|la|le) (?:[\w'-]+ ){0,2}(?:runway|burn(?: rate)?|piste financiere|break-?even|seuil de rentabilite|"
    r"valuation|valorisation|dilution|marge brute|gross margin)\b|"
    # a pitch to write or give (« fais-moi un pitch de 30 secondes pour un investisseur »)
    + _START + r"(?:fais|faire|ecris|redige|prepare|write|draft|make|give)(?:-moi|-nous| me| us)? (?:un |une |a |an |our |notre |"
    r"mon |my )?(?:[\w-]+ ){0,3}pitch\b|"
    # a joke or a poem, with or without its verb (« une petite blague sur les demandes de subvention »)
    r"\b(?:(?:tell|raconte|fais|ecris|write)(?:-moi|-nous| me| us)? )?(?:a |an |un |une )?(?:short |little |small |petite? |courte? )?"
    r"(?:jokes?|blagues?|poems?|poemes?|haikus?|limericks?)\b|"
    # a pitch to rehearse, a role to play (« aide-moi à pratiquer mon pitch : joue le rôle d'un juge »)
    r"\b(?:practi[cs]e|rehearse|pratiquer|repeter|peaufiner) (?:my|our|mon|notre|the|le) (?:[\w-]+ ){0,2}pitch\b|"
    r"\b(?:play|joue|jouer) (?:the )?(?:role|le role) (?:of|d'un|d'une|de)\b|\brole-?play\b")
OUTSIDE = re.compile(
    r"\b(?:gst|qst|hst|tps|tvq|tvh|sales tax(?:es)?|taxes? de vente|taxe sur les produits et services|"
    r"taxe de vente du quebec|source deductions?|retenues? a la source|payroll (?:taxes?|deductions?)|"
    r"permanent residen(?:ce|cy|t)|residen(?:ce|t) permanente?|express entry|entree express|crs (?:score|points)|h-?1b|green cards?|cartes? vertes?|"
    r"(?:score|pointage|points) crs|citizenship|citoyennete|programme de l'experience quebecoise|"
    r"quebec experience (?:program|class)|open work permit|permis de travail ouvert|"
    # one's own work permit, a trial's statistics, the weather (2026-12-06, thirty-second session, on our own sets)
    r"post-?graduation work permit|pgwp|permis de travail post-?diplome|(?:extend|renew|prolonger|renouveler) (?:my |mon |our )?"
    r"(?:work )?permit|(?:work permit|permis de travail) (?:expires?|extension|renewal|expire)|"
    r"sample sizes?|tailles? d'echantillon|power (?:analysis|calculation)|puissance statistique|non-?inferiori\w*|"
    r"p-?values?|valeurs? p\b|weather|meteo|forecast for|previsions? meteo|"
    # parental leave and its benefits (RQAP / QPIP), whether one's own or an employee's; a lay-off and employment
    # insurance; which job offer to take
    r"laid off|lost my job|(?:apply|applying) for ei|ei benefits|mise? a pied|perdu mon (?:emploi|job)|"
    # a loan's payments to compute, a logo to design, a licence to practise, a family doctor: no program answers them
    r"monthly payments?|paiements? mensuels?|versements? mensuels?|mensualites?|"
    r"(?:fais|faire|design|create|make)(?:-moi|-nous| me| us)? (?:un |une |a |an |our |notre )?logos?|"
    r"licensed to practi[cs]e|permis d'exercice|exercer la medecine|practi[cs]e medicine|"
    r"medecins? de famille|family (?:doctor|physician)s?|(?:mon|my) (?:entrevue|interview)|"
    r"(?:which|what) (?:job )?offer should (?:i|we)|laquelle (?:je devrais|devrais-je) (?:prendre|accepter)|"
    r"rqap|qpip|conges? (?:parenta(?:l|ux)|de maternite|de paternite)|(?:parental|maternity|paternity) leave|"
    # a quality system's or a product licence's own steps (an audit, a standard, a product number)
    r"mdsap|mdel|iso ?13485|iec ?62304|iso ?27001|soc ?2|npn|natural product numbers?|numeros? de produits? naturels?|"
    r"medical device establishment licen[cs]es?|licences? d'etablissement(?: pour les instruments medicaux)?|"
    # a device's class itself ("class II or III?", « règles de classification »)
    r"classification (?:rules?|criteria)|regles? de classification|criteres? de classification|"
    r"(?:class|classe) (?:i{1,3}|iv|[1-4]) (?:or|ou) (?:class |classe )?(?:i{1,3}|iv|[1-4])|"
    # studies for oneself, the general privacy law (the corpus holds the health-information act, Loi 5), a market's
    # size, one's own capital gains
    # (not the asker's own situation: "I'm doing a master's and have a startup idea")
    r"tuition|droits de scolarite|frais de scolarite|"
    r"(?<!i'm )(?<!i am )(?<!en train de )(?:do|doing|faire) (?:a|an|my|un|une|mon|ma) (?:phd|doctorat|"
    r"master'?s|maitrise)|admission deadlines?|dates? limites? d'admission|cote r|\bgpa\b|(?:get into|be admitted to|"
    r"entrer en|etre admise? (?:en|a|au))\s+(?:[\w'-]+\s+){0,3}(?:msc|phd|master'?s|maitrise|doctorat|medecine|"
    r"medical school|dess)|law 25|loi 25|bill 64|projet de loi 64|gdpr|rgpd|"
    r"pipeda|market size|taille du marche|(?:le|the) marche (?:[a-z'-]+ ){0,6}vaut|market (?:[a-z'-]+ ){0,4}worth|"
    # securities rules on raising from the public: a crowdfunding exemption's cap, a prospectus, who may invest
    r"(?:(?:rais\w*|lev(?:er|ee)s?)\s+(?:[\w'-]+\s+){0,4}?)?(?:(?:equity|capital) )?(?:crowd-?funding|socio-?financement|"
    r"financement participatif)(?: (?:en|in) (?:equity|capital|actions))?(?: (?:raises?|rounds?|campaigns?))?|prospectus|"
    r"accredited investors?|investisseurs? (?:qualifies?|accredites?|agrees?)|offering memorand(?:um|a)|notices? d'offre|"
    r"capital gains? (?:exemption|tax(?:es)?)|exoneration (?:cumulative )?(?:des|pour) gains en capital|"
    r"impots? (?:sur (?:le |les )?)?gains? en capital|"
    # contact details asked alone (a few records hold an application phone number, asked with the program named)
    + CONTACT.pattern + r"|"
    # a text to translate: no program answers it
    r"translate (?:(?:in)?to (?:english|french) )?(?:this|it|the following|these)|traduis(?:-moi)?|"
    r"tradui(?:re|sez)(?:-moi)? (?:en (?:anglais|francais) |vers l'(?:anglais|francais) )?(?:ce|cette|ceci|le|les)|"
    # marketing copy to write: a press release, ads, a slogan, a post
    r"(?:write|draft)(?: me| us)? (?:[a-z-]+ ){0,3}(?:press releases?|ads?|ad copy|headlines?|slogans?|taglines?|"
    r"posts?|tweets?|job (?:postings?|ads?|descriptions?))|"
    r"(?:ecris|redige)(?:-moi|-nous)? (?:un |une |des |trois |deux )?(?:communiques?|publicites?|pubs?|slogans?|"
    r"publications?|billets?|gazouillis|offres? d'emploi|descriptions? de poste)|"
    # a paper to publish (its venue, abstract, structure, authors), a meeting's agenda, a job posting to word, a
    # research ethics board's forms, a memo to write, a spreadsheet's formula, prices to set, books to keep
    # (2026-12-06, thirty-first session, on our own sets)
    r"(?:scientific|research|journal|conference|workshop) (?:papers?|articles?|submissions?|abstracts?)|abstracts?|"
    r"(?:our|my|the|a|first) (?:first |next )?(?:papers?|manuscripts?)|(?:notre|mon|un|le) (?:premier |prochain )?"
    r"(?:article|manuscrit)(?! de loi| \d)|(?:clinical |medical |scientific |peer-reviewed )journals?|"
    r"revues? (?:scientifiques?|medicales?|savantes?|cliniques?)|"
    r"research ethics (?:boards?|committees?)|ethics (?:boards?|committees?|approvals?|reviews?)|"
    r"comites? d'ethique|approbations? (?:ethique|du comite)|"
    r"(?:turn|make|transform) (?:these|this|them|it|the following) (?:notes |points )?into (?:a |an )?(?:[\w-]+ ){0,2}"
    r"(?:memo|summary|e-?mail|post|report|table|slides?|list|bullets?|paragraph|letter|agenda|script)|"
    r"(?:transforme|fais)(?:-en|-moi)? (?:ces notes|ces points|ca) en (?:un |une )?(?:[\w-]+ ){0,2}"
    r"(?:compte rendu|memo|resume|courriel|publication|rapport|tableau|liste|lettre)|"
    r"(?:in|dans) (?:google )?sheets|(?:in|dans) excel|spreadsheet formulas?|formules? (?:excel|sheets)|"
    r"(?:should|how do|how should|how can) (?:we|i) price|how to price|pricing model|"
    r"(?:comment|combien) (?:on |je |devrait-on |devrions-nous )?(?:fixe|fixer|facture|facturer|charge|charger|tarife|tarifer)\b|"
    r"modeles? de tarification|bookkeeping|tenue de livres|logiciels? (?:de )?comptab\w+|accounting software|"
    r"quickbooks|(?:mes|nos) factures (?:pis|et) (?:mes |nos )?recus|"
    r"articles? (?:scientifiques?|de recherche|de revue)|(?:dans|pour) (?:un|une|l'|le) (?:article|revue|conference|congres)\b|"
    r"premiere? auteure?|first author|co-?auth\w+|coauteure?s?|ordre des auteurs|author(?:ship| order)|"
    r"peer[- ]review\w*|revue par les pairs|"
    r"agendas? (?:for|of) (?:the |our |a )?(?:[\w-]+ ){0,2}(?:meeting|kick-?off|call|retreat)|"
    r"on (?:the|our) agenda|ordre du jour|"
    r"(?:ecri\w*|redige\w*|redaction|formule\w*|write|writing|draft\w*|word(?:ing)?) (?:[\w'-]+ ){0,3}"
    r"(?:l'|d')?(?:offres? d'emploi|job (?:postings?|ads?|descriptions?)|descriptions? de poste)|"
    # a text pasted to summarise (not "a summary of the grants")
    r"(?:resume|resumez)(?:-moi|-nous)? (?:cet|ce|cette|le texte|l'article)|"
    r"summari[sz]e (?:this|the following) (?:article|paper|text|abstract|study)|"
    # one's prices set against a competitor's: no program answers it
    r"benchmark (?:our|my) pric\w*|(?:our|my) pricing strateg\w*|(?:notre|ma) strategie de prix|notre grille tarifaire|"
    # insurance to buy, interview questions, a patent to file: no program answers them
    r"(?:cyber|liability|e&o|errors and omissions) (?:liability )?insurance|assurances? (?:responsabilite|cyber)\w*|"
    r"interview questions|questions (?:a poser )?en entrevue|questions poser en entrevue|cover letters?|"
    r"lettres? de motivation|"
    r"(?:file|filing) (?:a |an |our )?(?:provisional )?patent|(?:deposer|depot d') ?(?:une |un )?(?:demande de )?brevet|"
    r"depot de brevet|"
    # a dose to give or convert, a patient's medication (2026-12-06, thirty-second session, on our own sets)
    r"doses? (?:max\w*|quotidienne|daily|per day|par jour)|(?:convert|switch|adjust|ajuster|convertir) (?:[\w'-]+ ){0,4}doses?|"
    r"posologie|dosage (?:of|de|du|d')|"
    # an employee to dismiss, a notice period; the books (how to record a grant or a credit)
    r"congedier|licencier|(?:fire|dismiss|terminate|lay off) (?:an? |the |our |my )?(?:[\w-]+ ){0,2}(?:employees?|developers?|engineers?|hires?)|"
    r"periode de probation|probation(?:ary)? period|normes du travail|labou?r standards|"
    # the company's own finances to compute or set (runway, burn, option pool, valuation), a concept explained to
    # someone ("like I'm a hospital CFO"), a professional to recommend, a market salary, one's own tax return
    # (2026-12-06, thirty-third session, on our own sets)
    r"runway|piste financiere|burn rate|taux (?:de combustion|d'epuisement)|cap table|table de capitalisation|"
    r"option pool|(?:bassin|reserve|pool) d'options|esop|pre-?money|post-?money|"
    r"(?:explain|explique|expliquer|expliquez)(?:-moi|-nous| me| us)? (?:[\w'-]+,? ){1,8}(?:like i'?m|like i am|as if i "
    r"(?:were|was|am)|comme si j'etais|comme (?:a|pour) (?:un|une))|"
    r"(?:recommend|suggest|recommander|recommande|recommandez|suggerer|suggere)(?:-moi|-nous| me| us)? (?:un |une |a |an "
    r"|des |some |any )?(?:bon |bonne |good |great |reliable )?(?:comptables?|accountants?|cpa|avocate?s?|lawyers?|"
    r"attorneys?|notaires?|fiscalistes?|tax (?:advisors?|specialists?|experts?)|firme comptable|accounting firms?|"
    r"law firms?|cabinets? (?:comptables?|d'avocats))|"
    r"salaire (?:normal|moyen|du marche|habituel|median)|market (?:rate|salar(?:y|ies))|salary (?:range|benchmarks?)|"
    r"going rate|declaration de revenus (?:perso\w*)|personal (?:income )?tax return|"
    r"(?:deduire|deduct|claim) (?:mon|ma|mes|my) (?:[\w'-]+ ){0,3}(?:bureau|office|depenses|expenses|voiture|car)|"
    r"home office|bureau a (?:la )?maison|rrsp|reer|celi|tfsa|"
    # the board's seats, the founders' equity split
    r"(?:seats?|sieges?) (?:on |au |should )?(?:our |the |notre |le )?(?:board|conseil)|board (?:seats?|composition)|"
    r"independent directors?|administrateurs? independants?|equity split|split (?:the |our )?equity|"
    r"repartition (?:des actions|du capital)|partage (?:des actions|du capital)|"
    # one's savings placed (the money is the asker's own, not support asked)
    r"(?:put|invest|place|placer|mettre|contribute|cotiser) (?:[\w$'-]+ ){0,4}(?:in|into|dans|a|au) (?:my |mon |ma |an? |un )?"
    r"(?:rrsp|tfsa|reer|celi|fhsa|celiapp)|"
    # code that fails, a model that does not train; cloud vendors' prices compared
    r"nan loss|loss (?:is |goes |becomes |turns )?nan|stack ?traces?|tracebacks?|segfaults?|cuda (?:error|out of memory)|"
    r"runtimeerror|valueerror|typeerror|keyerror|(?:doesn't|does not|won't|ne) (?:converge|compile)|"
    r"cheapest (?:gpus?|cloud|hosting|compute)|(?:gpu|cloud|hosting) (?:prices?|pricing)|prix des gpu|"
    r"data residency story|"
    # an opinion or a forecast asked of the assistant, a study's statistics, the French-language law's duties
    # (2026-12-06, a dev set of ours): no program answers them
    r"better or worse|(?:a )?good or (?:a )?bad (?:thing|idea|move|sign)|mieux ou pire|(?:une )?bonne ou (?:une )?mauvaise "
    r"(?:chose|idee|nouvelle)|in your (?:honest )?opinion|(?:your|ton|votre) (?:honest )?(?:opinion|take|avis) (?:on|about|sur)|"
    r"what do you (?:think|make) (?:of|about)|(?:a|selon) (?:ton|votre) avis|selon (?:toi|vous)|qu'en (?:penses|pensez)-(?:tu|vous)|"
    r"confidence intervals?|intervalles? de confiance|statistical(?:ly)? (?:power|significan\w*)|"
    r"bill 96|loi 96|projet de loi 96|charte de la langue francaise|charter of the french language|oqlf|"
    r"office quebecois de la langue francaise|"
    # whom to vote for, an exchange rate, where to post a job (2026-12-06, a second dev set of ours)
    r"(?:vote|voter) (?:for|pour)|(?:which|what) (?:political )?party|quel parti|exchange rates?|taux de change|"
    r"usd/cad|cad/usd|job (?:boards?|sites?)|sites? d'emploi|(?:sites?|plateformes?) de recrutement|recruiting (?:sites?|platforms?)|"
    r"" + BOOKS.pattern + r")\b|" + TASK.pattern)
# A task asked in the imperative ("Summarise the U-Net paper…", « Trouve-moi un nom… »): off topic unless what it asks
# names support or a document of ours (read by advice.outside; a program named is judged by scope.named_aside)
IMPERATIVE = re.compile(_START + r"(?:explain|explique|expliquez|summari[sz]e|resume|resumez|brainstorm|outline|plan|"
                        r"planifie|organi[sz]e|build|batis|design|concois|draft|redige|write|ecris|create|cree|generate|"
                        r"genere|trouve|find|come up with|imagine)(?:-moi|-nous| me| us)?\b")
DOCUMENTS = re.compile(r"\b(?:rapport|etude|report|study|survey|sondage|strateg\w*|polic\w*|politique|loi|law|budget|"
                       r"communique|press release|announcement|annonce)s?\b")
