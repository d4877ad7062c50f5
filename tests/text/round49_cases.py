"""The sentences of the round-49 audit (issue 16; BASELINE.md, round 49): refusals to take
part in talks, and boycotts, whose other party is the talks' host, mediator, convener or
inviter ("refused to attend the talks hosted by X", "declined to join negotiations
mediated by X", "boycotted the summit convened by X", "declined an invitation from X").
Written for this round on conflicts and actors the fresh sample does not use (Armenia and
Azerbaijan, Serbia and Kosovo's neighbours, Colombia and the ELN, Ethiopia and the TPLF,
Rwanda and M23, Venezuela and Cuba, the two Koreas). About a third built to tempt a wrong
row (``tempt``: refusing to comment or give details, boycotting elections or products,
walking out of a building, agreeing to attend, talks with no named host, a host that is
no actor); the rest genuine. Expected rows by hand from tests/text/data/ANNOTATION.md (R2
``rejects``, R3 mediation, R4 and their round-49 additions): ``(class, kind, text,
rows)`` with rows ``(source, relation, target, modality, attributed_to)``; an empty set
means no row."""

from round46_cases import ACTORS

__all__ = ["ACTORS", "CASES"]


def _rejects(source: str, *targets: str) -> set[tuple[str, str, str, str, str]]:
    return {(source, "rejects", t, "asserted", "") for t in targets}


_HOSTED = [
    ("Azerbaijan", "azerbaijan", "Turkey", "turkey", "attend", "the talks", "hosted"),
    ("Armenia", "armenia", "Russia", "russia", "join", "the negotiations", "mediated"),
    ("The ELN", "eln", "Cuba", "cuba", "attend", "the peace talks", "hosted"),
    ("The TPLF", "tplf", "Eritrea", "eritrea", "join", "the talks", "brokered"),
    ("M23", "m23", "Rwanda", "rwanda", "attend", "the summit", "convened"),
    ("Venezuela", "venezuela", "Colombia", "colombia", "join", "the dialogue", "sponsored"),
    ("North Korea", "north_korea", "China", "china", "attend", "the six-party talks", "hosted"),
    ("Serbia", "serbia", "Turkey", "turkey", "attend", "the conference", "organised"),
    ("Ethiopia", "ethiopia", "the United States", "united_states", "join", "the talks", "mediated"),
]

CASES: list[tuple[str, str, str, set]] = []
for subj, sid, host, hid, verb, talks, part in _HOSTED:
    CASES.append(
        (
            "refuse_infinitive_host",
            "genuine",
            f"{subj} refused to {verb} {talks} {part} by {host}.",
            _rejects(sid, hid),
        )
    )
    CASES.append(
        (
            "decline_infinitive_host",
            "genuine",
            f"{subj} declined to {verb} {talks} {part} by {host} last week.",
            _rejects(sid, hid),
        )
    )
    CASES.append(
        (
            "boycott_host",
            "genuine",
            f"{subj} boycotted {talks} {part} by {host}.",
            _rejects(sid, hid),
        )
    )

CASES += [
    (
        "take_part",
        "genuine",
        "Rwanda refused to take part in talks mediated by Turkey.",
        _rejects("rwanda", "turkey"),
    ),
    (
        "take_part",
        "genuine",
        "The TPLF declined to take part in the negotiations hosted by the United States.",
        _rejects("tplf", "united_states"),
    ),
    (
        "participate",
        "genuine",
        "Azerbaijan refused to participate in the talks hosted by Russia.",
        _rejects("azerbaijan", "russia"),
    ),
    (
        "participate",
        "genuine",
        "Kim Jong Un declined to participate in the summit hosted by South Korea.",
        _rejects("kim_jong_un", "south_korea"),
    ),
    (
        "invitation_from",
        "genuine",
        "Armenia declined an invitation from Russia to join the talks.",
        _rejects("armenia", "russia"),
    ),
    (
        "invitation_from",
        "genuine",
        "Venezuela declined an invitation from Colombia to attend the border summit.",
        _rejects("venezuela", "colombia"),
    ),
    (
        "invitation_from",
        "genuine",
        "The ELN rejected an offer from Cuba to host new talks.",
        _rejects("eln", "cuba"),
    ),
    (
        "invitation_from",
        "genuine",
        "Eritrea rejected an invitation from Ethiopia to attend the peace conference.",
        _rejects("eritrea", "ethiopia"),
    ),
    (
        "participate",
        "genuine",
        "Colombia refused to participate in the dialogue convened by Venezuela.",
        _rejects("colombia", "venezuela"),
    ),
    (
        "take_part",
        "genuine",
        "South Korea declined to take part in the forum organised by North Korea.",
        _rejects("south_korea", "north_korea"),
    ),
    (
        "boycott_host",
        "genuine",
        "Kosovo's ally, the United States, boycotted the summit hosted by Serbia.",
        _rejects("united_states", "serbia"),
    ),
    (
        "refuse_infinitive_host",
        "genuine",
        "On Monday, Eritrea refused to attend the talks mediated by the United States.",
        _rejects("eritrea", "united_states"),
    ),
    (
        "boycott_host",
        "genuine",
        "Armenia and Serbia boycotted the conference hosted by Azerbaijan.",
        _rejects("armenia", "azerbaijan") | _rejects("serbia", "azerbaijan"),
    ),
    (
        "refuse_infinitive_host",
        "genuine",
        "Rwanda has refused to attend the summit convened by DR Congo.",
        _rejects("rwanda", "dr_congo"),
    ),
    # known gaps (BASELINE.md, round 49)
    (
        "previous_clause",
        "genuine",
        "Turkey tried to restart peace talks in Istanbul, but Azerbaijan refused to participate.",
        _rejects("azerbaijan", "turkey"),
    ),
    (
        "previous_clause",
        "genuine",
        "Cuba offered to host a new round of negotiations, but the ELN declined to attend.",
        _rejects("eln", "cuba"),
    ),
    (
        "walk_out",
        "genuine",
        "Azerbaijan walked out of negotiations with Armenia.",
        _rejects("azerbaijan", "armenia"),
    ),
    (
        "stay_away",
        "genuine",
        "The TPLF stayed away from the summit called by Ethiopia.",
        _rejects("tplf", "ethiopia"),
    ),
    (
        "shun_mediation",
        "genuine",
        "Venezuela shunned Cuba's mediation.",
        _rejects("venezuela", "cuba"),
    ),
]

_TEMPTING = [
    ("refuse_comment", "Serbia refused to comment on the talks hosted by Russia."),
    ("refuse_comment", "Armenia declined to comment on the summit convened by Turkey."),
    ("decline_details", "Colombia declined to give details of the talks with the ELN."),
    ("decline_details", "Ethiopia declined to give details of the negotiations in Nairobi."),
    ("boycott_elections", "The ELN boycotted the elections."),
    ("boycott_elections", "The TPLF boycotted the regional elections organised by Ethiopia."),
    ("boycott_goods", "Azerbaijan boycotted goods made in Armenia."),
    ("walk_out_building", "The delegates of Serbia walked out of the building."),
    ("no_host", "Azerbaijan refused to attend the talks."),
    ("no_host", "The ELN boycotted the negotiations last month."),
    ("no_host", "M23 declined to join the peace process."),
    ("host_no_actor", "Armenia refused to attend the talks hosted by the university."),
    ("host_no_actor", "Venezuela boycotted the summit organised by the organisers."),
    ("agree_attend", "Azerbaijan agreed to attend the talks hosted by Turkey."),
    ("refuse_other_infinitive", "Armenia refused to recognise the vote organised by Azerbaijan."),
    ("refuse_other_infinitive", "Serbia declined to fund the stadium built by China."),
    ("invitation_to", "Russia declined an invitation to the summit."),
    ("invitation_other", "Armenia declined an invitation from the university to speak."),
    ("refuse_object", "Rwanda refused the aid sponsored by the donors."),
    ("boycott_game", "North Korea boycotted the games hosted by the city."),
    ("refuse_comment", "Cuba declined to say whether it would host the talks."),
    ("decline_details", "Ethiopia refused to give figures on the troops sent by Eritrea."),
    ("walk_out_building", "The ELN negotiators walked out of the hotel in Havana."),
    ("boycott_elections", "Kim Jong Un boycotted the ceremony."),
    ("no_host", "The TPLF refused to take part in the vote."),
    ("refuse_other_infinitive", "Colombia refused to extradite the men arrested by Venezuela."),
]
for entry in _TEMPTING:
    cls, text = entry[0], entry[1]
    CASES.append((cls, "tempt", text, entry[2] if len(entry) > 2 else set()))
