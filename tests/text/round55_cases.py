"""The sentences of the round-55 audit (issue 16; BASELINE.md, round 55): a relative
clause set off inside the sentence by dashes, brackets or commas ("Iran - which arms
Hezbollah - was attacked by Israel"). spaCy's small English model reads a clause between
dashes as running on into the main verb: the name the relative clause acts on becomes the
main verb's subject and the main verb a complement of the relative's verb, so the main
verb's row was given with the wrong party (``israel attacks hezbollah``) and the true one
(``israel attacks iran``) was lost. Written for this round in wire, news, think-tank and
encyclopedia styles. Most are built to tempt the wrong row (``tempt``: a subject or
object relative clause between dashes, en or em dashes, brackets or commas, before an
active or a passive main verb); at least a quarter are the nearby true shapes that must
keep their rows (``genuine``: the same relations without an aside, an aside of no
relative clause between dashes, a relative clause at the end of the sentence). Expected
rows by hand from tests/text/data/ANNOTATION.md (R1: in a relative clause the doer is
the relative's head): ``(class, kind, text, rows)`` with rows ``(source, relation,
target, modality, attributed_to)``; an empty set means no row."""

import pandas as pd
from extraction_fixtures import ASSERTED, expected_row

ACTORS = pd.DataFrame(
    [
        ("sudan", "Sudan", "state", "Khartoum", "SDN"),
        ("rsf", "Rapid Support Forces", "armed_group", "RSF", "SDN"),
        ("uae", "United Arab Emirates", "state", "UAE|Abu Dhabi", "ARE"),
        ("chad", "Chad", "state", "N'Djamena", "TCD"),
        ("ethiopia", "Ethiopia", "state", "Addis Ababa", "ETH"),
        ("somalia", "Somalia", "state", "Mogadishu", "SOM"),
        ("al_shabaab", "Al-Shabaab", "armed_group", "al-Shabab", "SOM"),
        ("kenya", "Kenya", "state", "Nairobi", "KEN"),
        ("mali", "Mali", "state", "Bamako", "MLI"),
        ("wagner", "Wagner Group", "armed_group", "Wagner", "RUS"),
        ("france", "France", "state", "Paris", "FRA"),
        ("azerbaijan", "Azerbaijan", "state", "Baku", "AZE"),
        ("armenia", "Armenia", "state", "Yerevan", "ARM"),
        ("india", "India", "state", "New Delhi", "IND"),
        ("pakistan", "Pakistan", "state", "Islamabad", "PAK"),
        ("let", "Lashkar-e-Taiba", "armed_group", "LeT", "PAK"),
        ("syria", "Syria", "state", "Damascus", "SYR"),
        ("hts", "Hayat Tahrir al-Sham", "armed_group", "HTS", "SYR"),
        ("turkey", "Turkey", "state", "Ankara", "TUR"),
        ("iran", "Iran", "state", "Tehran", "IRN"),
        ("hezbollah", "Hezbollah", "armed_group", "", "LBN"),
        ("israel", "Israel", "state", "", "ISR"),
        ("niger", "Niger", "state", "Niamey", "NER"),
        ("serbia", "Serbia", "state", "Belgrade", "SRB"),
        ("kosovo", "Kosovo", "state", "Pristina", "XKX"),
    ],
    columns=["id", "name", "kind", "aliases", "country"],
)

A = ASSERTED
_row = expected_row


_TEMPTING: list[tuple[str, str, set]] = [
    # a subject relative clause between dashes before a passive main verb: the relative's
    # object is no party to the main verb
    (
        "dash_passive",
        "Iran - which arms Hezbollah - was attacked by Israel.",
        {_row("iran", "hezbollah", "arms"), _row("israel", "iran", "attacks")},
    ),
    (
        "dash_passive",
        "Sudan - which arms the RSF - was attacked by Chad.",
        {_row("sudan", "rsf", "arms"), _row("chad", "sudan", "attacks")},
    ),
    (
        "dash_passive",
        "Pakistan - which funds LeT - was attacked by India.",
        {_row("pakistan", "let", "funds"), _row("india", "pakistan", "attacks")},
    ),
    (
        "dash_passive",
        "Turkey - which backs HTS - was attacked by Syria on Sunday.",
        {_row("turkey", "hts", "backs"), _row("syria", "turkey", "attacks")},
    ),
    (
        "dash_passive",
        "Kenya - which supports Somalia - was attacked by al-Shabab.",
        {_row("kenya", "somalia", "backs"), _row("al_shabaab", "kenya", "attacks")},
    ),
    (
        "dash_passive",
        "Mali - which hired Wagner - was attacked by Niger.",
        {_row("niger", "mali", "attacks")},
    ),
    (
        "dash_passive",
        "The UAE - which arms the RSF - was condemned by Sudan.",
        {_row("uae", "rsf", "arms"), _row("sudan", "uae", "opposes")},
    ),
    (
        "dash_passive",
        "Armenia - which Iran backs - was attacked by Azerbaijan.",
        {_row("iran", "armenia", "backs"), _row("azerbaijan", "armenia", "attacks")},
    ),
    (
        "dash_passive",
        "Serbia - which backs the Kosovo Serbs - was criticised by Kosovo.",
        {_row("kosovo", "serbia", "opposes")},
    ),
    (
        "dash_passive",
        "Ethiopia - which arms Somalia - was attacked by al-Shabaab last year.",
        {_row("ethiopia", "somalia", "arms"), _row("al_shabaab", "ethiopia", "attacks")},
    ),
    # en and em dashes
    (
        "en_dash_passive",
        "Iran – which arms Hezbollah – was attacked by Israel.",
        {_row("iran", "hezbollah", "arms"), _row("israel", "iran", "attacks")},
    ),
    (
        "en_dash_passive",
        "Chad – which funds the RSF – was attacked by Sudan.",
        {_row("chad", "rsf", "funds"), _row("sudan", "chad", "attacks")},
    ),
    (
        "em_dash_passive",
        "Pakistan—which arms LeT—was attacked by India.",
        {_row("pakistan", "let", "arms"), _row("india", "pakistan", "attacks")},
    ),
    (
        "em_dash_passive",
        "Turkey — which funds HTS — was attacked by Syria.",
        {_row("turkey", "hts", "funds"), _row("syria", "turkey", "attacks")},
    ),
    (
        "em_dash_passive",
        "The UAE — which backs the RSF — was attacked by Sudan.",
        {_row("uae", "rsf", "backs"), _row("sudan", "uae", "attacks")},
    ),
    # brackets and commas before a passive main verb
    (
        "bracket_passive",
        "Iran (which arms Hezbollah) was attacked by Israel.",
        {_row("iran", "hezbollah", "arms"), _row("israel", "iran", "attacks")},
    ),
    (
        "bracket_passive",
        "Sudan (which arms the RSF) was attacked by Chad.",
        {_row("sudan", "rsf", "arms"), _row("chad", "sudan", "attacks")},
    ),
    (
        "bracket_passive",
        "Pakistan (which funds LeT) was attacked by India.",
        {_row("pakistan", "let", "funds"), _row("india", "pakistan", "attacks")},
    ),
    (
        "bracket_passive",
        "Turkey (which backs HTS) was attacked by Syria.",
        {_row("turkey", "hts", "backs"), _row("syria", "turkey", "attacks")},
    ),
    (
        "comma_passive",
        "Iran, which arms Hezbollah, was attacked by Israel.",
        {_row("iran", "hezbollah", "arms"), _row("israel", "iran", "attacks")},
    ),
    (
        "comma_passive",
        "Chad, which funds the RSF, was attacked by Sudan.",
        {_row("chad", "rsf", "funds"), _row("sudan", "chad", "attacks")},
    ),
    (
        "comma_passive",
        "Pakistan, which arms LeT, was attacked by India.",
        {_row("pakistan", "let", "arms"), _row("india", "pakistan", "attacks")},
    ),
    (
        "comma_passive",
        "Turkey, which supports HTS, was attacked by Syria.",
        {_row("turkey", "hts", "backs"), _row("syria", "turkey", "attacks")},
    ),
    # an active main verb after the aside: the main verb's doer is the head, not the
    # relative's object
    (
        "dash_active",
        "Iran - which arms Hezbollah - attacked Israel.",
        {_row("iran", "hezbollah", "arms"), _row("iran", "israel", "attacks")},
    ),
    (
        "dash_active",
        "Sudan - which arms the RSF - attacked Chad.",
        {_row("sudan", "rsf", "arms"), _row("sudan", "chad", "attacks")},
    ),
    (
        "dash_active",
        "Pakistan - which funds LeT - attacked India.",
        {_row("pakistan", "let", "funds"), _row("pakistan", "india", "attacks")},
    ),
    (
        "dash_active",
        "Turkey - which backs HTS - attacked Syria.",
        {_row("turkey", "hts", "backs"), _row("turkey", "syria", "attacks")},
    ),
    (
        "dash_active",
        "The UAE - which funds the RSF - condemned Chad.",
        {_row("uae", "rsf", "funds"), _row("uae", "chad", "opposes")},
    ),
    (
        "dash_active",
        "Azerbaijan - which Turkey arms - attacked Armenia.",
        {_row("turkey", "azerbaijan", "arms"), _row("azerbaijan", "armenia", "attacks")},
    ),
    (
        "en_dash_active",
        "Ethiopia – which arms Somalia – attacked al-Shabaab.",
        {_row("ethiopia", "somalia", "arms"), _row("ethiopia", "al_shabaab", "attacks")},
    ),
    (
        "em_dash_active",
        "Kenya — which backs Somalia — attacked al-Shabab on Tuesday.",
        {_row("kenya", "somalia", "backs"), _row("kenya", "al_shabaab", "attacks")},
    ),
    (
        "bracket_active",
        "Iran (which arms Hezbollah) attacked Israel.",
        {_row("iran", "hezbollah", "arms"), _row("iran", "israel", "attacks")},
    ),
    (
        "bracket_active",
        "Chad (which funds the RSF) attacked Sudan.",
        {_row("chad", "rsf", "funds"), _row("chad", "sudan", "attacks")},
    ),
    (
        "comma_active",
        "Pakistan, which arms LeT, attacked India.",
        {_row("pakistan", "let", "arms"), _row("pakistan", "india", "attacks")},
    ),
    (
        "comma_active",
        "Turkey, which funds HTS, attacked Syria.",
        {_row("turkey", "hts", "funds"), _row("turkey", "syria", "attacks")},
    ),
    # "that" and "who" as the relative, a past relative verb
    (
        "dash_passive_past",
        "Iran - which armed Hezbollah - was attacked by Israel.",
        {_row("iran", "hezbollah", "arms"), _row("israel", "iran", "attacks")},
    ),
    (
        "dash_passive_past",
        "Sudan - which funded the RSF - was attacked by Chad.",
        {_row("sudan", "rsf", "funds"), _row("chad", "sudan", "attacks")},
    ),
    (
        "dash_passive_past",
        "Pakistan - which backed LeT - was attacked by India.",
        {_row("pakistan", "let", "backs"), _row("india", "pakistan", "attacks")},
    ),
    (
        "dash_passive_perfect",
        "Turkey - which has armed HTS - was attacked by Syria.",
        {_row("turkey", "hts", "arms"), _row("syria", "turkey", "attacks")},
    ),
    (
        "dash_passive_perfect",
        "The UAE - which has funded the RSF - was attacked by Sudan.",
        {_row("uae", "rsf", "funds"), _row("sudan", "uae", "attacks")},
    ),
    (
        "dash_passive_sentence",
        "On Monday, Iran - which arms Hezbollah - was attacked by Israel.",
        {_row("iran", "hezbollah", "arms"), _row("israel", "iran", "attacks")},
    ),
    (
        "dash_passive_sentence",
        "Officials said Sudan - which arms the RSF - was attacked by Chad.",
        {_row("sudan", "rsf", "arms"), _row("chad", "sudan", "attacks")},
    ),
    (
        "dash_passive_sentence",
        "Pakistan - which funds LeT - was again attacked by India.",
        {_row("pakistan", "let", "funds"), _row("india", "pakistan", "attacks")},
    ),
    (
        "dash_passive_sentence",
        "Turkey - which backs HTS - was attacked by Syria and Iran.",
        {
            _row("turkey", "hts", "backs"),
            _row("syria", "turkey", "attacks"),
            _row("iran", "turkey", "attacks"),
        },
    ),
]

_GENUINE: list[tuple[str, str, set]] = [
    # the same relations without an aside
    ("plain_passive", "Iran was attacked by Israel.", {_row("israel", "iran", "attacks")}),
    ("plain_passive", "Sudan was attacked by Chad.", {_row("chad", "sudan", "attacks")}),
    ("plain_passive", "Pakistan was attacked by India.", {_row("india", "pakistan", "attacks")}),
    ("plain_passive", "Turkey was attacked by Syria.", {_row("syria", "turkey", "attacks")}),
    (
        "plain_passive",
        "Hezbollah was attacked by Israel.",
        {_row("israel", "hezbollah", "attacks")},
    ),
    ("plain_passive", "The RSF was attacked by Chad.", {_row("chad", "rsf", "attacks")}),
    ("plain_active", "Iran arms Hezbollah.", {_row("iran", "hezbollah", "arms")}),
    ("plain_active", "Sudan arms the RSF.", {_row("sudan", "rsf", "arms")}),
    ("plain_active", "Pakistan funds LeT.", {_row("pakistan", "let", "funds")}),
    ("plain_active", "Turkey backs HTS.", {_row("turkey", "hts", "backs")}),
    ("plain_active", "Israel attacked Iran.", {_row("israel", "iran", "attacks")}),
    ("plain_active", "India attacked Pakistan.", {_row("india", "pakistan", "attacks")}),
    # the relative clause at the end of the sentence
    (
        "final_relative",
        "Israel attacked Iran, which arms Hezbollah.",
        {_row("israel", "iran", "attacks"), _row("iran", "hezbollah", "arms")},
    ),
    (
        "final_relative",
        "Chad attacked Sudan, which arms the RSF.",
        {_row("chad", "sudan", "attacks"), _row("sudan", "rsf", "arms")},
    ),
    (
        "final_relative",
        "India attacked Pakistan, which funds LeT.",
        {_row("india", "pakistan", "attacks"), _row("pakistan", "let", "funds")},
    ),
    (
        "final_relative",
        "Syria attacked Turkey, which backs HTS.",
        {_row("syria", "turkey", "attacks"), _row("turkey", "hts", "backs")},
    ),
    # a relative clause without an actor inside it, between dashes
    (
        "dash_no_actor",
        "Iran - which denies the charge - was attacked by Israel.",
        {_row("israel", "iran", "attacks")},
    ),
    (
        "dash_no_actor",
        "Sudan - which has a long border - was attacked by Chad.",
        {_row("chad", "sudan", "attacks")},
    ),
    (
        "dash_no_actor",
        "Pakistan - which held elections in February - was attacked by India.",
        {_row("india", "pakistan", "attacks")},
    ),
    (
        "dash_no_actor",
        "Turkey - which hosts millions of refugees - attacked Syria.",
        {_row("turkey", "syria", "attacks")},
    ),
    # an aside of no relative clause between dashes
    (
        "dash_aside",
        "Israel - again - attacked Iran.",
        {_row("israel", "iran", "attacks")},
    ),
    (
        "dash_aside",
        "Chad - not for the first time - attacked Sudan.",
        {_row("chad", "sudan", "attacks")},
    ),
    (
        "dash_aside",
        "India - according to officials - attacked Pakistan.",
        {_row("india", "pakistan", "attacks")},
    ),
    (
        "dash_aside",
        "Iran arms Hezbollah - and funds it too.",
        {_row("iran", "hezbollah", "arms"), _row("iran", "hezbollah", "funds")},
    ),
    (
        "dash_aside",
        "Israel attacked Hezbollah - and Iran.",
        {_row("israel", "hezbollah", "attacks"), _row("israel", "iran", "attacks")},
    ),
    (
        "dash_aside",
        "Turkey backs HTS - a fact Syria resents.",
        {_row("turkey", "hts", "backs")},
    ),
    # the relative clause of a main verb's object, between dashes
    (
        "dash_object",
        "Israel attacked Iran - which arms Hezbollah - on Monday.",
        {_row("israel", "iran", "attacks"), _row("iran", "hezbollah", "arms")},
    ),
    (
        "dash_object",
        "Chad condemned Sudan - which arms the RSF - on Friday.",
        {_row("chad", "sudan", "opposes"), _row("sudan", "rsf", "arms")},
    ),
    # two clauses joined by a dash, each with its own subject
    (
        "dash_clauses",
        "Iran arms Hezbollah - Israel attacked it.",
        {_row("iran", "hezbollah", "arms"), _row("israel", "hezbollah", "attacks")},
    ),
    (
        "dash_clauses",
        "Sudan arms the RSF - Chad attacked Sudan.",
        {_row("sudan", "rsf", "arms"), _row("chad", "sudan", "attacks")},
    ),
    (
        "dash_clauses",
        "Pakistan funds LeT - India says.",
        {_row("pakistan", "let", "funds", "reported", "india")},
    ),
    (
        "dash_clauses",
        "Turkey backs HTS - and Syria was attacked by Turkey.",
        {_row("turkey", "hts", "backs"), _row("turkey", "syria", "attacks")},
    ),
]

CASES: list[tuple[str, str, str, set]] = [
    (cls, "genuine", text, rows) for cls, text, rows in _GENUINE
] + [(cls, "tempt", text, rows) for cls, text, rows in _TEMPTING]
