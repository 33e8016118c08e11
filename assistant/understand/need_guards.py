"""What a need word is not, read around it: a file exported, objections raised, a data scientist hired."""

from __future__ import annotations

# A file or data written out is no market: "export the cohort to CSV", « exporter nos données en Excel »
FILE_OUT = (r"(?!(?:\s+[\w'-]+){0,8}?\s+(?:to|into|as|en|vers|au format|sous forme de)\s+(?:an? |une? |des |le )?(?:csv|excel|xlsx?|json|pdf|xml|parquet|sql|fichiers?|files?|spreadsheets?|chiffriers?|tableurs?|"
            # a chart or a deck made from a tool's items ("export our Jira epics into a Gantt chart")
            r"(?:[\w-]+ )?(?:charts?|diagrams?|diagrammes?|graphiques?|dashboards?|tableaux? de bord|slides?|decks?|powerpoint))\b)"
            r"(?!\s+(?:(?:the|our|a|an|my|nos|notre|les|des|mes|le|la|ce|cette|ces)\s+)?(?:[\w-]+\s+){0,2}?(?:data|datasets?|donnees|fichiers?|files?|tables?|tableaux?|results|resultats|logs?)\b)")

# what is raised when it is no money: "raise objections", "raise concerns", "raise prices", "what they raise about X"
NOT_MONEY_RAISED = r"(?! (?:the |any |some |their |our )?(?:objections?|concerns?|questions?|issues?|awareness|prices?|flags?|the bar|about)\b)"
# data as a trade ("a clinical data scientist", "our health data engineer"): a hire, not data sought
DATA_ROLE = r"(?! (?:scientists?|engineers?|analysts?|managers?|architects?|stewards?|teams?|officers?|specialists?))"
# people hired ("two international ML researchers", « des chercheurs internationaux »): immigration, not a market
HIRES = (r"(?:[a-z-]+ ){0,2}(?:talents?|workers?|experts?|researchers?|engineers?|scientists?|hires?|candidates?|staff|"
         r"employees?|travailleu(?:r|se)s?|experte?s?|chercheu(?:r|se)s?|ingenieu(?:r|e)s?|scientifiques|candidate?s?|employee?s?)")
NOT_HIRES = rf"(?! {HIRES}\b)"
# Taking a person on: "hire", « embaucher », « engager », "bring in/over", « faire venir »
HIRING = (r"(?:recruit\w*|hir(?:e|es|ed|ing)|recrut\w*|embauch\w*|engag(?:er|eons|ez)|(?:bring|brings|bringing) (?:in|over)|"
          r"(?:faire|fait|faisons|font) venir) ")

# An incubator or an accelerator that is equipment (2026-12-06, a dev set of ours): a cell-culture or CO2 incubator, a
# lab's, one set to a temperature; a GPU or hardware accelerator, one chosen for inference or training
_KIT = ("cell culture", "tissue culture", "co2", "shaking", "bacterial", "benchtop", "gpu", "hardware", "inference",
        "tensor", "ai chip")
KIT_BEFORE = "".join(f"(?<!{k} )" for k in _KIT)  # put before the word
NOT_EQUIPMENT = (r"(?!\w*(?: [\w'-]+){0,6} (?:for|pour) (?:l')?(?:inference|training|serving|entrainement)\b)"
                 r"(?!\w*(?: [\w'-]+){0,6} (?:set to|temperature|humidity|humidite|co2)\b)(?!\w* (?:a co2|de culture|de laboratoire))")


def not_kit(word: str) -> str:
    """The pattern `word` (an incubator, an accelerator) guarded against its equipment sense."""
    return KIT_BEFORE + word + NOT_EQUIPMENT
