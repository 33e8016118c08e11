"""How a question says the money or the company is abroad: a foreign country as the money's source or as the
company's home, as phrases with the country's names in place of {c}."""

from __future__ import annotations

import re

# A foreign country as the source of the money ("US grants", « subventions américaines », « programmes du gouvernement
# allemand », "the government of Japan") or as the company's home ("based in California", « startup basée en Suisse »).
# A country the asker sells to, exports to or works with is a target, not a source: those phrases do not match.
_MONEY = (r"(?:grants?|subsid(?:y|ies)|funding|financing|funds?|programs?|schemes?|tax credits?|loans?|subventions?|aides?|programmes?|"
          r"financements?|credits? d'impots?|prets?|incentives?|incitatifs?|accelerators?|accelerateurs?|incubators?|"
          r"incubateurs?)")
_PUBLIC = r"(?:(?:federal|state|public|government|national|publi(?:c|cs|que|ques)|federa(?:l|le|les|ux)|d'etat|de l'etat|" \
          r"du gouvernement|gouvernementa(?:l|le|les|ux))\s+){0,2}"
# "the German EXIST start-up grant": the country's own, a name between
SOURCE = [r"{c}\s+(?:[a-z'-]+\s+){0,4}?" + _PUBLIC + _MONEY, _MONEY + r"\s+" + _PUBLIC + r"{c}",
          r"{c}'s\s+(?:[a-z'-]+\s+){0,4}" + _MONEY,  # "Australia's Medical Research Future Fund"
           r"(?:gouvernement|government|etat|state|region|land|canton)\s+(?:of\s+(?:the\s+)?|du\s+|de\s+la\s+|des\s+|"
           r"de\s+l'|d')?{c}",
           # money there: "which grants exist in Germany", « des subventions en Allemagne », "accelerators in Singapore"
           _MONEY + r"(?:\s+[a-z'-]+){0,2}\s+(?:in|en|au|aux|dans)\s+(?:the\s+)?{c}"]
_CITY = r"(?:[a-z-]+,\s+(?:(?:in|en|au|aux)\s+)?)?"  # a city before its country: "based in Nairobi, Kenya"
# The company's home abroad ("based in Lyon", « startup basée en Suisse »): outside our programs whichever the country,
# even one a bilateral program names (those are for companies here working with it).
HOME_ABROAD = [r"(?:based|located|incorporated|registered|headquartered|operating|basee?s?|situee?s?|etablie?s?|installee?s?|"
           r"incorporee?s?|immatriculee?s?|enregistree?s?)\s+"
           r"(?:(?:and|et)\s+[a-z]+\s+)?(?:in|en|aux|au|a|dans)\s+(?:the\s+)?(?:la\s+|l')?" + _CITY + "{c}", r"{c}-based",
           # "here in Lagos, Nigeria", « ici à Dakar, au Sénégal »: where the asker is
           r"(?:here|ici)\s+(?:in|en|aux|au|a|dans)\s+(?:the\s+)?(?:[a-z-]+,?\s+(?:(?:in|en|au|aux)\s+)?)?{c}",
           # a company form of another country names the company too (« ma SAS à Lyon », "our GmbH in Berlin")
           # not a partner there ("collaborate with a company in Israel", « avec une entreprise en Allemagne »)
           r"(?<!with a )(?<!with an )(?<!with the )(?<!avec une )(?<!avec un )(?<!avec la )(?<!avec l')(?<!partner )"
           r"(?:startup|start-up|company|entreprise|societe|jeune pousse|firm|filiale|subsidiary|pme|sas|sarl|gmbh|llc|"
           # its field between ("a startup in digital health in Lyon", « jeune pousse en bio-informatique à Lyon »)
           r"boite|medtech|biotech|healthtech)s?\s+(?:(?:in|en|de|d')\s*[a-z-]+(?:\s+[a-z-]+)?\s+)?(?:in|en|aux|au|a)\s+"
           r"(?:the\s+)?{c}",
           r"(?:operates?|operating|run|working|works) out of\s+(?:the\s+)?" + _CITY + "{c}",
           # « notre filiale allemande », « une startup parisienne », "our French startup": the company's own, there
           # (not one the asker works with: « avec une entreprise française »)
           r"(?<!avec )(?<!aupres d')(?<!chez )(?:notre|nos|ma|mon|une?|la|le)\s+(?:startup|start-up|entreprise|societe|"
           r"jeune pousse|filiale|pme)s?\s+{c}",
           r"(?:our|my)\s+(?:{c}|french)\s+(?:[a-z-]+\s+)?(?:startup|start-up|company|firm|subsidiary|spin-?off|"
           r"spin-?out|sme|biotech|medtech|lab|office)s?",
           # "a Sydney medtech startup": one from there, not one the asker works with ("partner with a German firm")
           r"(?<!with )(?<!to )(?<!for )(?<!from )(?<!partner )(?<!and )(?:a|an)\s+{c}\s+(?:[a-z-]+\s+){0,2}"
           # not a partner found ("an Israeli company to co-develop a device with")
           r"(?:startup|start-up|company|firm|sme|biotech|medtech|subsidiary|filiale)s?"
           r"(?!\s+(?:to\s+|that\s+(?:will\s+|wants\s+to\s+)?)?(?:co-?develop|partner|collaborat|work\s+with|team\s+up))"]
# A foreign country's own tax credits ("the CIR in France", "Australia's R&D tax incentive"): never a bilateral
# program's, so uncovered even for a country a record names.
TAX_ABROAD = [r"(?:credits? d'impots?|tax credits?|tax incentives?|incitatifs? fiscaux)\s+(?:[a-z'()&-]+\s+){0,3}"
              r"(?:in|en|au|aux)\s+(?:the\s+)?{c}", r"{c}(?:'s)?\s+(?:r&d\s+)?tax (?:credits?|incentives?)"]

# A foreign region, state or city (folded) whose own money no record holds, whichever its country: a bilateral
# program for companies here working with France is not the Île-de-France region's aid, nor a US one California's.
REGIONAL: dict[str, str] = {
    "FR": r"ile[- ]de[- ]france|auvergne[- ]rhone[- ]alpes|occitanie|nouvelle[- ]aquitaine|bretagne|normandie|"
          r"grand[- ]est|hauts[- ]de[- ]france|paris|lyon|marseille|toulouse|bordeaux|lille|nantes",
    "DE": r"bavaria|baviere|bayern|baden[- ]wurttemberg|berlin|munich|hamburg|hambourg",
    "BE": r"wallonie|wallonia|flandre|flanders|bruxelles[- ]capitale|brussels[- ]capital",
    "UK": r"scotland|ecosse|wales|pays de galles|london|londres",
    "ES": r"catalogne|catalonia|cataluna", "IT": r"lombardie|lombardy",
    "US": r"california|californie|massachusetts|delaware|texas|new york|boston",
    "CH": r"zurich|geneve|geneva|vaud|bale|basel", "JP": r"tokyo|osaka",
}


# A foreign jurisdiction's own medical-product regulator or regime ("FDA 510(k) user fee", « marquage CE sous le MDR »,
# "UKCA marking"): no record covers another country's approval steps, fees or laws (Health Canada's are ours).
REGULATORS: dict[str, str] = {
    "US": r"fda|food and drug administration|510 ?\(k\)|de novo (?:request|classification|pathway|demande)|"
          r"premarket approval|hipaa",
    "EU": r"ce mark(?:ing|ed)?|marquage ce|(?:eu |ue )?mdr|ivdr|notified bod(?:y|ies)|organismes? notifies?|"
          r"european medicines agency|agence europeenne des medicaments|ema",
    "UK": r"ukca|mhra", "AU": r"tga|therapeutic goods administration", "JP": r"pmda",
}


def forms(phrases: list[str], country: re.Pattern[str]) -> re.Pattern[str]:
    """One pattern of `phrases` with the country's names in place of {c}."""
    return re.compile(r"(?<![a-z])(?:" + "|".join(f.replace("{c}", f"(?:{country.pattern})") for f in phrases)
                      + r")(?![a-z])")
