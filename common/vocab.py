"""The corpus's vocabulary: who applies, instruments, kinds, stages, sectors, needs, regions, statuses, audiences, units."""

from __future__ import annotations

from enum import StrEnum


class Applicant(StrEnum):
    company = "company"
    company_with_academic_partner = "company_with_academic_partner"
    academic_researcher = "academic_researcher"
    student_or_postdoc = "student_or_postdoc"
    fund_manager = "fund_manager"
    public_body = "public_body"
    individual_founder = "individual_founder"


COMPANY_APPLICANTS = frozenset({Applicant.company, Applicant.company_with_academic_partner})


class Instrument(StrEnum):
    grant = "grant"
    repayable_contribution = "repayable_contribution"
    loan = "loan"
    loan_guarantee = "loan_guarantee"
    tax_credit = "tax_credit"
    equity = "equity"
    fund_of_funds = "fund_of_funds"
    services = "services"
    in_kind = "in_kind"
    procurement = "procurement"
    fast_track = "fast_track"


class Kind(StrEnum):
    grant = "grant"
    repayable_contribution = "repayable_contribution"
    loan = "loan"
    tax_credit = "tax_credit"
    equity = "equity"
    accelerator = "accelerator"
    incubator = "incubator"
    training = "training"
    internship_subsidy = "internship_subsidy"
    data_access = "data_access"
    procurement_pilot = "procurement_pilot"
    advisory = "advisory"
    regulatory = "regulatory"
    export_support = "export_support"
    fund_of_funds = "fund_of_funds"


class Stage(StrEnum):
    pre_seed = "pre_seed"
    seed = "seed"
    series_a = "series_a"
    series_b_plus = "series_b_plus"
    growth = "growth"
    established = "established"


class Sector(StrEnum):
    medtech = "medtech"
    biotech = "biotech"
    pharma = "pharma"
    digital_health = "digital_health"
    ai = "ai"
    cro = "cro"
    all = "all"


class Need(StrEnum):
    non_dilutive = "non_dilutive"
    tax_credit = "tax_credit"
    equity = "equity"
    loan = "loan"
    talent = "talent"
    data_access = "data_access"
    export = "export"
    accelerator = "accelerator"
    collaborative_research = "collaborative_research"
    procurement_pilot = "procurement_pilot"
    advisory = "advisory"
    training = "training"
    regulatory = "regulatory"
    immigration = "immigration"
    compute = "compute"
    equipment = "equipment"
    rd = "rd"


class Region(StrEnum):
    """Where the company must be: Canada, Québec, or one of Québec's 17 administrative regions."""

    CA = "CA"
    QC = "QC"
    bas_saint_laurent = "bas-saint-laurent"
    saguenay_lac_saint_jean = "saguenay-lac-saint-jean"
    capitale_nationale = "capitale-nationale"
    mauricie = "mauricie"
    estrie = "estrie"
    montreal = "montreal"
    outaouais = "outaouais"
    abitibi_temiscamingue = "abitibi-temiscamingue"
    cote_nord = "cote-nord"
    nord_du_quebec = "nord-du-quebec"
    gaspesie_iles_de_la_madeleine = "gaspesie-iles-de-la-madeleine"
    chaudiere_appalaches = "chaudiere-appalaches"
    laval = "laval"
    lanaudiere = "lanaudiere"
    laurentides = "laurentides"
    monteregie = "monteregie"
    centre_du_quebec = "centre-du-quebec"


class Government(StrEnum):
    """The government whose program it is (it funds it and runs it, itself or through a mandatary)."""

    federal = "federal"
    quebec = "quebec"
    municipal = "municipal"


class Intake(StrEnum):
    open = "open"
    continuous = "continuous"
    calls = "calls"
    closed = "closed"
    paused = "paused"
    replaced = "replaced"
    unknown = "unknown"


ACCEPTING = frozenset({Intake.open, Intake.continuous, Intake.calls})


class Group(StrEnum):
    women = "women"
    black_entrepreneurs = "black_entrepreneurs"
    indigenous = "indigenous"
    youth = "youth"
    newcomers = "newcomers"


class Institution(StrEnum):
    """Québec universities and schools whose community (students, staff, graduates, spin-offs) a program may serve."""

    mcgill = "mcgill"
    concordia = "concordia"
    udem = "udem"
    polytechnique = "polytechnique"
    hec = "hec"
    ets = "ets"
    uqam = "uqam"
    laval = "laval"
    sherbrooke = "sherbrooke"
    inrs = "inrs"
    uqtr = "uqtr"
    uqac = "uqac"
    uqar = "uqar"
    uqo = "uqo"
    uqat = "uqat"
    bishops = "bishops"


class Unit(StrEnum):
    per_project = "per_project"
    per_year = "per_year"
    per_intern = "per_intern"
    per_employee = "per_employee"
    per_claim = "per_claim"
    per_company = "per_company"
    per_investment = "per_investment"
    per_loan = "per_loan"
    one_time = "one_time"
