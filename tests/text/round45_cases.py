"""The sentences of the round-45 audit (issue 16; BASELINE.md, round 45): agreeing to an
act ("agreed to resume relations", "agreed to meet", "agreed on a ceasefire") and talks
hosted or assisted by a third party ("talks hosted / mediated / brokered / facilitated by
X", "with the assistance / help / mediation of X"), and relations resumed, restored or
normalised. Written for this round in news, wire and think-tank styles, on conflicts and
actors the fresh sample does not use (Serbia and Kosovo with the EU, Ethiopia and Eritrea,
Armenia and Azerbaijan, Colombia and the ELN, Sudan and South Sudan, Russia and Ukraine,
Turkey and Armenia, Egypt, Qatar, Oman, Kenya). About a third are built to tempt a wrong
row (``tempt``: "agreed to disagree", "agreed that", a summit hosted with no parties, the
assistance of experts, an agreement on no actor), the rest are genuine (``genuine``).
Expected rows by hand from tests/text/data/ANNOTATION.md (R2, R3, R4 and their round-45
additions): ``(class, kind, text, rows)`` with rows ``(source, relation, target,
modality, attributed_to)``; an empty set means no row. Rows of the types the scorer
ignores are not counted either way (``extraction_fixtures.SCORED_OUT``)."""

import pandas as pd

ACTORS = pd.DataFrame(
    [
        ("serbia", "Serbia", "state", "Belgrade", "SRB"),
        ("kosovo", "Kosovo", "state", "Pristina", "XKX"),
        ("european_union", "European Union", "organization", "EU", ""),
        ("eritrea", "Eritrea", "state", "Asmara", "ERI"),
        ("ethiopia", "Ethiopia", "state", "Addis Ababa", "ETH"),
        ("tplf", "Tigray People's Liberation Front", "armed_group", "TPLF", "ETH"),
        ("african_union", "African Union", "organization", "AU", ""),
        ("azerbaijan", "Azerbaijan", "state", "Baku", "AZE"),
        ("armenia", "Armenia", "state", "Yerevan", "ARM"),
        ("colombia", "Colombia", "state", "Bogota", "COL"),
        ("eln", "National Liberation Army", "armed_group", "ELN", "COL"),
        ("cuba", "Cuba", "state", "Havana", "CUB"),
        ("norway", "Norway", "state", "Oslo", "NOR"),
        ("sudan", "Sudan", "state", "Khartoum", "SDN"),
        ("south_sudan", "South Sudan", "state", "Juba", "SSD"),
        ("kenya", "Kenya", "state", "Nairobi", "KEN"),
        ("egypt", "Egypt", "state", "Cairo", "EGY"),
        ("qatar", "Qatar", "state", "Doha", "QAT"),
        ("oman", "Oman", "state", "Muscat", "OMN"),
        ("russia", "Russia", "state", "Moscow", "RUS"),
        ("ukraine", "Ukraine", "state", "Kyiv", "UKR"),
        ("turkey", "Turkey", "state", "Ankara", "TUR"),
        ("united_nations", "United Nations", "organization", "UN", ""),
        ("united_states", "United States", "state", "US|Washington", "USA"),
    ],
    columns=["id", "name", "kind", "aliases", "country"],
)

A, D, E, R, H, P = "asserted", "denied", "ended", "reported", "hypothetical", "planned"
NONE: set[tuple[str, str, str, str, str]] = set()


def row(source, relation, target, modality=A, claimant=""):
    return {(source, relation, target, modality, claimant)}


def both(a, relation, b, modality=A, claimant=""):
    return row(a, relation, b, modality, claimant) | row(b, relation, a, modality, claimant)


AGREE, DEAL, MEDIATE, ASSIST, RESTORE = (
    "agree to",
    "agree on",
    "hosted by",
    "with the help of",
    "restore relations",
)

CASES = [
    # agree to + infinitive: the agreement between the parties is a deal (agrees_with,
    # asserted), the act they agree to is planned; an agreement to meet is the meeting
    # planned only (round-45 addition 1 to R2)
    (
        AGREE,
        "genuine",
        "Serbia and Kosovo agreed to meet in Brussels next week.",
        row("kosovo", "consults", "serbia", P),
    ),
    (
        AGREE,
        "genuine",
        "The presidents of Armenia and Azerbaijan agreed to meet again before the end of the year.",
        row("armenia", "consults", "azerbaijan", P),
    ),
    (
        AGREE,
        "genuine",
        "Sudan and South Sudan agreed to meet each other in Juba.",
        row("south_sudan", "consults", "sudan", P),
    ),
    (
        AGREE,
        "genuine",
        "Ethiopia and Eritrea agreed to restore diplomatic relations.",
        both("eritrea", "agrees_with", "ethiopia") | both("eritrea", "favours", "ethiopia", P),
    ),
    (
        AGREE,
        "genuine",
        "Armenia and Turkey agreed to normalise relations.",
        both("armenia", "agrees_with", "turkey") | both("armenia", "favours", "turkey", P),
    ),
    (
        AGREE,
        "genuine",
        "Colombia and the ELN agreed to resume peace talks in Havana.",
        both("colombia", "agrees_with", "eln") | row("colombia", "consults", "eln", P),
    ),
    (
        AGREE,
        "genuine",
        "Russia and Ukraine agreed to exchange prisoners of war.",
        both("russia", "agrees_with", "ukraine") | both("russia", "yields_to", "ukraine", P),
    ),
    (
        AGREE,
        "genuine",
        "Azerbaijan agreed with Armenia to open the border crossing.",
        row("azerbaijan", "agrees_with", "armenia"),
    ),
    (
        AGREE,
        "genuine",
        "Sudan and South Sudan agreed to hold talks on the disputed Abyei area.",
        both("south_sudan", "agrees_with", "sudan") | row("south_sudan", "consults", "sudan", P),
    ),
    (
        AGREE,
        "genuine",
        "Kosovo and Serbia have agreed to resume their dialogue.",
        both("kosovo", "agrees_with", "serbia") | row("kosovo", "consults", "serbia", P),
    ),
    (
        AGREE,
        "genuine",
        "Ethiopia and the TPLF agreed to stop fighting.",
        both("ethiopia", "agrees_with", "tplf") | row("ethiopia", "fights", "tplf"),
    ),
    (
        AGREE,
        "genuine",
        "Egypt and Qatar agreed to restore ties after a three-year rift.",
        both("egypt", "agrees_with", "qatar") | both("egypt", "favours", "qatar", P),
    ),
    (
        AGREE,
        "genuine",
        "Russia and Ukraine agreed to reopen talks in Istanbul.",
        both("russia", "agrees_with", "ukraine") | row("russia", "consults", "ukraine", P),
    ),
    (
        AGREE,
        "genuine",
        "Armenia and Azerbaijan agreed to sign a peace treaty.",
        both("armenia", "agrees_with", "azerbaijan")
        | both("armenia", "agrees_with", "azerbaijan", P),
    ),
    (AGREE, "tempt", "Serbia and Kosovo agreed to disagree on the status of the north.", NONE),
    (
        AGREE,
        "tempt",
        "Ethiopia and Eritrea agreed that the situation on the border was serious.",
        NONE,
    ),
    (AGREE, "tempt", "Kenya agreed to send police officers to Haiti.", NONE),
    (AGREE, "tempt", "Egypt agreed to raise fuel prices.", NONE),
    (AGREE, "tempt", "The ELN agreed to release the kidnapped journalists.", NONE),
    (AGREE, "tempt", "Ukraine agreed to consider the proposal.", NONE),
    (AGREE, "tempt", "Turkey agreed to postpone the vote.", NONE),
    (
        AGREE,
        "genuine",
        "Sudan agreed to meet with South Sudan in Addis Ababa.",
        row("south_sudan", "consults", "sudan", P),
    ),
    (
        AGREE,
        "genuine",
        "Serbia agreed to hold talks with Kosovo.",
        row("kosovo", "consults", "serbia", P),
    ),
    # agreed on / agreed a deal: the deal itself, asserted
    (
        DEAL,
        "genuine",
        "Armenia and Azerbaijan agreed on a ceasefire.",
        both("armenia", "agrees_with", "azerbaijan"),
    ),
    (
        DEAL,
        "genuine",
        "Russia and Ukraine agreed a prisoner swap.",
        both("russia", "agrees_with", "ukraine"),
    ),
    (
        DEAL,
        "genuine",
        "Sudan and South Sudan agreed on a border deal.",
        both("south_sudan", "agrees_with", "sudan"),
    ),
    (
        DEAL,
        "genuine",
        "Ethiopia and the TPLF agreed on a permanent cessation of hostilities.",
        both("ethiopia", "agrees_with", "tplf"),
    ),
    (
        DEAL,
        "genuine",
        "Colombia and the ELN reached an agreement on a bilateral ceasefire.",
        both("colombia", "agrees_with", "eln"),
    ),
    (
        DEAL,
        "genuine",
        "Kosovo agreed a deal with Serbia on licence plates.",
        row("kosovo", "agrees_with", "serbia"),
    ),
    (DEAL, "tempt", "Ethiopia agreed on a new budget.", NONE),
    (DEAL, "tempt", "Ukraine and Russia agreed on nothing.", NONE),
    (DEAL, "tempt", "Analysts agreed that Armenia had lost the war.", NONE),
    (DEAL, "tempt", "Egypt agreed on a loan programme with lenders.", NONE),
    # talks hosted, mediated, brokered or facilitated by X: X consults each party; the
    # parties' own talks are a row of their own (R3)
    (
        MEDIATE,
        "genuine",
        "Talks between Serbia and Kosovo hosted by the EU ended without a deal.",
        row("european_union", "consults", "serbia")
        | row("european_union", "consults", "kosovo")
        | row("kosovo", "consults", "serbia"),
    ),
    (
        MEDIATE,
        "genuine",
        "After negotiations hosted by Qatar, Colombia and the ELN agreed to resume talks.",
        row("colombia", "consults", "qatar")
        | row("eln", "consults", "qatar")
        | row("colombia", "consults", "eln")
        | both("colombia", "agrees_with", "eln"),
    ),
    (
        MEDIATE,
        "genuine",
        "The talks between Sudan and South Sudan were mediated by the African Union.",
        row("african_union", "consults", "sudan")
        | row("african_union", "consults", "south_sudan")
        | row("south_sudan", "consults", "sudan"),
    ),
    (
        MEDIATE,
        "genuine",
        "The ceasefire between Armenia and Azerbaijan was brokered by Russia.",
        both("armenia", "agrees_with", "azerbaijan")
        | row("armenia", "consults", "russia")
        | row("azerbaijan", "consults", "russia"),
    ),
    (
        MEDIATE,
        "genuine",
        (
            "Negotiations between Ethiopia and the TPLF facilitated by the African Union"
            " resumed in Pretoria."
        ),
        row("african_union", "consults", "ethiopia")
        | row("african_union", "consults", "tplf")
        | row("ethiopia", "consults", "tplf"),
    ),
    (
        MEDIATE,
        "genuine",
        "Oman hosted talks between Sudan and South Sudan.",
        row("oman", "consults", "sudan")
        | row("oman", "consults", "south_sudan")
        | row("south_sudan", "consults", "sudan"),
    ),
    (
        MEDIATE,
        "genuine",
        "Norway brokered talks between Colombia and the ELN.",
        row("colombia", "consults", "norway")
        | row("eln", "consults", "norway")
        | row("colombia", "consults", "eln"),
    ),
    (
        MEDIATE,
        "genuine",
        "Turkey mediated talks between Russia and Ukraine.",
        row("russia", "consults", "turkey")
        | row("turkey", "consults", "ukraine")
        | row("russia", "consults", "ukraine"),
    ),
    (
        MEDIATE,
        "genuine",
        "Prisoner swap talks between Russia and Ukraine were facilitated by Turkey.",
        row("russia", "consults", "turkey")
        | row("turkey", "consults", "ukraine")
        | row("russia", "consults", "ukraine"),
    ),
    (
        MEDIATE,
        "genuine",
        "Following talks hosted by Kenya, Sudan and South Sudan agreed on a border deal.",
        row("kenya", "consults", "sudan")
        | row("kenya", "consults", "south_sudan")
        | row("south_sudan", "consults", "sudan")
        | both("south_sudan", "agrees_with", "sudan"),
    ),
    (MEDIATE, "tempt", "Qatar hosted a summit on climate finance.", NONE),
    (MEDIATE, "tempt", "Egypt hosted the Arab League summit in Cairo.", NONE),
    (MEDIATE, "tempt", "Kenya hosted thousands of refugees last year.", NONE),
    (MEDIATE, "tempt", "The conference was hosted by Norway.", NONE),
    (MEDIATE, "tempt", "Oman facilitated the release of a French aid worker.", NONE),
    (MEDIATE, "tempt", "The talks were hosted by a Swiss foundation.", NONE),
    # with the assistance / help / mediation of X: X consults each party
    (
        ASSIST,
        "genuine",
        (
            "The agreement was negotiated between Sudan and South Sudan with the assistance"
            " of the African Union."
        ),
        row("african_union", "consults", "sudan")
        | row("african_union", "consults", "south_sudan")
        | row("south_sudan", "consults", "sudan")
        | both("south_sudan", "agrees_with", "sudan"),
    ),
    (
        ASSIST,
        "genuine",
        "Serbia and Kosovo negotiated the deal with the help of the European Union.",
        row("european_union", "consults", "serbia")
        | row("european_union", "consults", "kosovo")
        | row("kosovo", "consults", "serbia"),
    ),
    (
        ASSIST,
        "genuine",
        "The prisoner exchange was agreed between Russia and Ukraine with the mediation of Turkey.",
        row("russia", "consults", "turkey")
        | row("turkey", "consults", "ukraine")
        | both("russia", "agrees_with", "ukraine"),
    ),
    (
        ASSIST,
        "genuine",
        "Colombia and the ELN negotiated with the assistance of Cuba and Norway.",
        row("colombia", "consults", "cuba")
        | row("cuba", "consults", "eln")
        | row("colombia", "consults", "norway")
        | row("eln", "consults", "norway")
        | row("colombia", "consults", "eln"),
    ),
    (
        ASSIST,
        "genuine",
        "Ethiopia and Eritrea held talks with the help of the United States.",
        row("ethiopia", "consults", "united_states")
        | row("eritrea", "consults", "united_states")
        | row("eritrea", "consults", "ethiopia"),
    ),
    (ASSIST, "tempt", "Ukraine rebuilt the bridge with the assistance of experts.", NONE),
    (ASSIST, "tempt", "The report was drafted with the help of legal advisers.", NONE),
    (ASSIST, "tempt", "Egypt negotiated the loan with the assistance of advisers.", NONE),
    (ASSIST, "tempt", "Kenya cleared the mines with the help of volunteers.", NONE),
    (
        ASSIST,
        "genuine",
        "Kenya rebuilt its army with the help of the United States.",
        row("united_states", "backs", "kenya"),
    ),
    # resume, restore, normalise relations: favours (R2), asserted as the act is
    (
        RESTORE,
        "genuine",
        "Egypt restored diplomatic relations with Qatar in January.",
        row("egypt", "favours", "qatar"),
    ),
    (
        RESTORE,
        "genuine",
        "Armenia and Turkey normalised relations.",
        both("armenia", "favours", "turkey"),
    ),
    (
        RESTORE,
        "genuine",
        "Eritrea resumed diplomatic relations with Ethiopia.",
        row("eritrea", "favours", "ethiopia"),
    ),
    (RESTORE, "genuine", "Qatar and Egypt restored ties.", both("egypt", "favours", "qatar")),
    (
        RESTORE,
        "genuine",
        "Turkey plans to normalise relations with Armenia.",
        row("turkey", "favours", "armenia", P),
    ),
    (
        RESTORE,
        "genuine",
        "Sudan restored diplomatic ties with South Sudan.",
        row("sudan", "favours", "south_sudan"),
    ),
    (RESTORE, "tempt", "Ukraine restored power to Kharkiv.", NONE),
    (RESTORE, "tempt", "Egypt resumed gas exports last month.", NONE),
    (RESTORE, "tempt", "Serbia restored order in the north.", NONE),
    (RESTORE, "tempt", "Sudan normalised its finances.", NONE),
    (RESTORE, "tempt", "Kosovo resumed work on the new constitution.", NONE),
]
