"""Which Québec universities a message ties the asker to: « postdoctorante à l'Université Laval », "a McGill spin-off"."""

from __future__ import annotations

import re

from common.vocab import Institution

# Names written folded (lowercase, no accents). A city alone is a place, not its university: "Laval", "Sherbrooke" and
# "Montréal" name an institution only with « Université » or its short form (ULaval, UdeS, UdeM).
_NAMES: dict[Institution, str] = {
    Institution.mcgill: r"mcgill",
    Institution.concordia: r"concordia",
    Institution.udem: r"universite de montreal|university of montreal|udem|umontreal|u de m",
    Institution.polytechnique: r"polytechnique(?: montreal)?|poly montreal|polymtl",
    Institution.hec: r"hec(?: montreal)?",
    Institution.ets: r"ets|ecole de technologie superieure",
    Institution.uqam: r"uqam|universite du quebec a montreal",
    Institution.laval: r"universite laval|laval university|ulaval|u laval",
    Institution.sherbrooke: r"universite de sherbrooke|university of sherbrooke|sherbrooke university|udes",
    Institution.inrs: r"inrs|institut national de la recherche scientifique",
    Institution.uqtr: r"uqtr|universite du quebec a trois-rivieres",
    Institution.uqac: r"uqac|universite du quebec a chicoutimi",
    Institution.uqar: r"uqar|universite du quebec a rimouski",
    Institution.uqo: r"uqo|universite du quebec en outaouais",
    Institution.uqat: r"uqat|universite du quebec en abitibi-temiscamingue",
    Institution.bishops: r"bishop'?s(?: university)?|universite bishop'?s",
}
_PATTERNS = [(i, re.compile(rf"(?<![a-z0-9])(?:{rx})(?![a-z0-9])")) for i, rx in _NAMES.items()]


def institutions(f: str) -> list[Institution]:
    """The universities a folded message names: where the asker studies or works, where the company comes from, or the
    lab it works with (any of them ties the company to that university's community)."""
    return [i for i, rx in _PATTERNS if rx.search(f)]
