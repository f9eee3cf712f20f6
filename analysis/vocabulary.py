"""The controlled vocabulary (v2) as data: the project's own copy of
``shared/vocabulary.md``. A new code is added here first, never in a notebook.
"""
from __future__ import annotations

VERSION = "2"

LEVELS = ("federal", "state", "county", "city", "nongovernmental")

JURISDICTION_KINDS = ("country", "state", "county", "city")

ORGANIZATION_KINDS = (
    "federal_agency", "state_agency", "local_agency", "court", "legislature",
    "party", "advocacy", "media", "university", "other",
)

DIRECTIONS = ("restricts", "accountability", "rhetoric", "expands", "federal_pressure", "judicial")

#: action_type -> (direction, meaning)
ACTION_TYPES: dict[str, tuple[str, str]] = {
    "end_formal_agreement": ("restricts", "withdraws from, ends or does not renew a 287(g) agreement, detention contract or task-force agreement"),
    "bar_local_cooperation": ("restricts", "law, order, directive or bill limiting detainers, release notices, transfers, ICE access to jails, information sharing or use of local resources"),
    "restrict_enforcement_sites": ("restricts", "limits where ICE may operate (schools, courts, city property); bars detention centers on public land"),
    "affirm_sanctuary": ("restricts", "declares, keeps or defends sanctuary or 'welcoming' status; tells staff not to assist ICE"),
    "require_agent_identification": ("restricts", "mask bans; duties for officers, federal ones included, to show identification"),
    "threaten_prosecution": ("accountability", "warns federal agents of arrest or state charges; allows local police to arrest them"),
    "investigate_misconduct": ("accountability", "police, prosecutor or grand-jury investigation of federal agents, charges filed"),
    "document_misconduct": ("accountability", "evidence portals, commissions, hotlines, volunteer monitors"),
    "records_request": ("accountability", "FOIA or public-records requests; reporting mandates on federal arrests"),
    "sue_federal_government": ("accountability", "a state, county or city sues federal agencies or officials, or seeks an injunction against them"),
    "call_to_abolish_or_reform": ("rhetoric", "calls to abolish, withdraw, retrain or reform ICE"),
    "condemn_federal_action": ("rhetoric", "a non-federal actor denounces ICE, a raid, a deployment, a shooting or a federal policy, with no concrete demand or measure"),
    "praise_enforcement": ("rhetoric", "any actor praises ICE's results or a cooperation partner"),
    "enter_formal_agreement": ("expands", "signs or joins a 287(g) agreement, a memorandum with DOJ, or a detention deal"),
    "keep_formal_agreement": ("expands", "keeps or renews an existing agreement"),
    "assist_ice": ("expands", "honours detainers, notifies ICE of releases, gives ICE jail access or detention beds, joins an ICE operation, rescinds a sanctuary policy"),
    "expand_cooperation": ("expands", "law, order or bill that requires or rewards cooperation, bans sanctuary policies or penalises officials"),
    "federal_criticism": ("federal_pressure", "a federal official publicly chastises a named governor, mayor, sheriff, place or 'sanctuary politicians'"),
    "federal_ultimatum": ("federal_pressure", "a demand, deadline or designation with an unspecified consequence"),
    "withhold_funding": ("federal_pressure", "grants or contracts suspended, terminated or conditioned on cooperation"),
    "federal_lawsuit": ("federal_pressure", "the United States sues a state, county or city"),
    "target_local_officials": ("federal_pressure", "federal threats, subpoenas, investigations, arrests or charges against state or local officials"),
    "federal_deployment": ("federal_pressure", "National Guard, military, ICE or CBP surges sent to a place"),
    "federal_enforcement_operation": ("federal_pressure", "named or reported raids and operations run by federal agencies"),
    "immunity_claim": ("federal_pressure", "claims that federal agents cannot be prosecuted or need not identify themselves"),
    "court_action": ("judicial", "filings, hearings, restraining orders, injunctions, rulings, dismissals"),
}

STATUSES = ("enacted", "proposed", "announced", "threatened", "reported")

STANCES = ("resists", "cooperates", "contested", "targeted", "mentioned")

INSTRUMENT_KINDS = (
    "law", "bill", "executive_order", "agreement", "constitutional_provision", "court_case", "program",
)

DATE_PRECISIONS = ("day", "month", "year", "range")


def direction_of(action_type: str) -> str:
    """Direction of an action type; KeyError for a code not in the vocabulary."""
    return ACTION_TYPES[action_type][0]


def derive_stance(directions) -> str:
    """Stance of a jurisdiction from the directions of its actions.

    ``rhetoric`` and ``judicial`` do not count. Only restricts/accountability
    -> resists; only expands -> cooperates; both -> contested; only federal
    pressure -> targeted; nothing -> mentioned.
    """
    ds = set(directions)
    resist = bool(ds & {"restricts", "accountability"})
    coop = "expands" in ds
    if resist and coop:
        return "contested"
    if resist:
        return "resists"
    if coop:
        return "cooperates"
    if "federal_pressure" in ds:
        return "targeted"
    return "mentioned"
