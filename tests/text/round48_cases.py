"""The sentences of the round-48 audit (issue 16; BASELINE.md, round 48): ceasefires and
truces violated, breached or broken (with the other party after "with" or "between", or
the accuser or the speaker who says it), violations of a truce, hostilities with or
between two parties, resumed, ended or threatened. Written for this round on conflicts
and actors the fresh sample does not use (Armenia and Azerbaijan, India and Pakistan,
Ethiopia, Eritrea and the TPLF, Colombia and the ELN, Thailand and Cambodia, Serbia and
Kosovo, DR Congo and the M23). About a third built to tempt a wrong row (``tempt``:
"violated human rights", "broke the record", "a breach of protocol", "hostilities ended"
with no parties, a breached deal or agreement, a truce between non-actors); the rest
genuine. Expected rows by hand from tests/text/data/ANNOTATION.md (R2, R4, R7 and the
round-48 addition to R2): ``(class, kind, text, rows)`` with rows ``(source, relation,
target, modality, attributed_to)``; an empty set means no row."""

import pandas as pd

ACTORS = pd.DataFrame(
    [
        ("armenia", "Armenia", "state", "Yerevan", "ARM"),
        ("azerbaijan", "Azerbaijan", "state", "Baku", "AZE"),
        ("india", "India", "state", "New Delhi", "IND"),
        ("pakistan", "Pakistan", "state", "Islamabad", "PAK"),
        ("ethiopia", "Ethiopia", "state", "Addis Ababa", "ETH"),
        ("eritrea", "Eritrea", "state", "Asmara", "ERI"),
        ("tplf", "Tigray People's Liberation Front", "armed_group", "TPLF", "ETH"),
        ("colombia", "Colombia", "state", "Bogota", "COL"),
        ("eln", "National Liberation Army", "armed_group", "ELN", "COL"),
        ("farc", "FARC", "armed_group", "", "COL"),
        ("thailand", "Thailand", "state", "Bangkok", "THA"),
        ("cambodia", "Cambodia", "state", "Phnom Penh", "KHM"),
        ("serbia", "Serbia", "state", "Belgrade", "SRB"),
        ("kosovo", "Kosovo", "state", "Pristina", "XKX"),
        ("russia", "Russia", "state", "Moscow", "RUS"),
        ("ukraine", "Ukraine", "state", "Kyiv", "UKR"),
        ("rwanda", "Rwanda", "state", "Kigali", "RWA"),
        ("m23", "M23", "armed_group", "M23 rebels", "COD"),
        ("dr_congo", "Democratic Republic of the Congo", "state", "DR Congo|Kinshasa", "COD"),
    ],
    columns=["id", "name", "kind", "aliases", "country"],
)

CASES = [
    (
        "breach_with_party",
        "genuine",
        "Azerbaijan violated the ceasefire with Armenia.",
        {("azerbaijan", "attacks", "armenia", "asserted", "")},
    ),
    (
        "claimed_breach",
        "genuine",
        "Armenia accused Azerbaijan of violating the ceasefire.",
        {
            ("armenia", "opposes", "azerbaijan", "asserted", ""),
            ("azerbaijan", "attacks", "armenia", "reported", "armenia"),
        },
    ),
    (
        "claimed_breach",
        "genuine",
        "Armenia accused Azerbaijan of breaching the truce on Tuesday.",
        {
            ("armenia", "opposes", "azerbaijan", "asserted", ""),
            ("azerbaijan", "attacks", "armenia", "reported", "armenia"),
        },
    ),
    (
        "claimed_breach",
        "genuine",
        "India accused Pakistan of violating a newly agreed truce along the Line of Control.",
        {
            ("india", "opposes", "pakistan", "asserted", ""),
            ("pakistan", "attacks", "india", "reported", "india"),
        },
    ),
    (
        "claimed_breach",
        "genuine",
        "Pakistan said Indian troops had violated the ceasefire.",
        {
            ("india", "attacks", "pakistan", "reported", "pakistan"),
            ("pakistan", "opposes", "india", "asserted", ""),
        },
    ),
    (
        "breach_with_party",
        "genuine",
        "The TPLF broke the truce with Ethiopia.",
        {("tplf", "attacks", "ethiopia", "asserted", "")},
    ),
    (
        "claimed_breach",
        "genuine",
        "Ethiopia accused the TPLF of breaking the truce.",
        {
            ("ethiopia", "opposes", "tplf", "asserted", ""),
            ("tplf", "attacks", "ethiopia", "reported", "ethiopia"),
        },
    ),
    (
        "claimed_breach",
        "genuine",
        "Thailand accused Cambodia of violating the ceasefire between the two countries.",
        {
            ("cambodia", "agrees_with", "thailand", "asserted", ""),
            ("cambodia", "attacks", "thailand", "reported", "thailand"),
            ("thailand", "agrees_with", "cambodia", "asserted", ""),
            ("thailand", "opposes", "cambodia", "asserted", ""),
        },
    ),
    (
        "breach_with_party",
        "genuine",
        "The ELN violated the ceasefire with Colombia.",
        {("eln", "attacks", "colombia", "asserted", "")},
    ),
    (
        "claimed_breach",
        "genuine",
        "Colombia said the ELN had breached the truce.",
        {("eln", "attacks", "colombia", "reported", "colombia")},
    ),
    (
        "hostilities",
        "genuine",
        "Hostilities between Ethiopia and Eritrea ended in 2018.",
        {("eritrea", "fights", "ethiopia", "ended", "")},
    ),
    (
        "hostilities",
        "genuine",
        "Colombia resumed hostilities with the ELN.",
        {("colombia", "fights", "eln", "asserted", "")},
    ),
    (
        "hostilities",
        "genuine",
        "The ELN resumed hostilities against Colombia in January.",
        {("colombia", "fights", "eln", "asserted", "")},
    ),
    (
        "hostilities",
        "genuine",
        "Ethiopia ended hostilities with the TPLF in November 2022.",
        {
            ("ethiopia", "fights", "tplf", "ended", ""),
            ("ethiopia", "yields_to", "tplf", "asserted", ""),
        },
    ),
    (
        "hostilities",
        "genuine",
        "Ethiopia agreed to a truce that would end hostilities with the TPLF.",
        {("ethiopia", "fights", "tplf", "asserted", "")},
    ),
    (
        "breach_with_party",
        "genuine",
        "The M23 breached the ceasefire with DR Congo.",
        {("m23", "attacks", "dr_congo", "asserted", "")},
    ),
    (
        "claimed_breach",
        "genuine",
        "DR Congo accused the M23 of violating the truce.",
        {
            ("dr_congo", "opposes", "m23", "asserted", ""),
            ("m23", "attacks", "dr_congo", "reported", "dr_congo"),
        },
    ),
    (
        "claimed_breach",
        "genuine",
        "DR Congo accused Rwanda-backed M23 rebels of breaking the ceasefire.",
        {
            ("dr_congo", "opposes", "m23", "asserted", ""),
            ("m23", "attacks", "dr_congo", "reported", "dr_congo"),
            ("rwanda", "backs", "m23", "asserted", ""),
        },
    ),
    (
        "violation_noun",
        "genuine",
        "Kinshasa accused the M23 of repeated ceasefire violations.",
        {
            ("dr_congo", "opposes", "m23", "asserted", ""),
            ("m23", "attacks", "dr_congo", "reported", "dr_congo"),
        },
    ),
    (
        "violation_noun",
        "genuine",
        "Armenia reported violations of the truce by Azerbaijan.",
        {("azerbaijan", "attacks", "armenia", "reported", "armenia")},
    ),
    (
        "tempt_violation_noun",
        "tempt",
        "Violations of the ceasefire by the TPLF were reported in Tigray.",
        set(),
    ),
    (
        "denied_breach",
        "genuine",
        "Azerbaijan denied violating the ceasefire with Armenia.",
        {("azerbaijan", "attacks", "armenia", "denied", "azerbaijan")},
    ),
    (
        "denied_breach",
        "genuine",
        "Pakistan denied that its forces had violated the ceasefire with India.",
        {("pakistan", "attacks", "india", "denied", "pakistan")},
    ),
    (
        "claimed_breach",
        "genuine",
        "India said it would retaliate if Pakistan violated the ceasefire.",
        {("india", "threatens", "pakistan", "asserted", "")},
    ),
    (
        "hostilities",
        "genuine",
        "Ethiopia threatened to resume hostilities with the TPLF.",
        {
            ("ethiopia", "fights", "tplf", "planned", ""),
            ("ethiopia", "threatens", "tplf", "asserted", ""),
        },
    ),
    (
        "hostilities",
        "genuine",
        "The TPLF could resume hostilities against Ethiopia.",
        {("ethiopia", "fights", "tplf", "hypothetical", "")},
    ),
    (
        "hostilities",
        "genuine",
        "Hostilities between Armenia and Azerbaijan flared again in 2020.",
        {("armenia", "fights", "azerbaijan", "asserted", "")},
    ),
    (
        "hostilities",
        "genuine",
        "Renewed hostilities between India and Pakistan killed dozens.",
        {("india", "fights", "pakistan", "asserted", "")},
    ),
    (
        "tempt_breach_with_party",
        "tempt",
        "The truce between Thailand and Cambodia was violated within hours.",
        {
            ("cambodia", "agrees_with", "thailand", "asserted", ""),
            ("thailand", "agrees_with", "cambodia", "asserted", ""),
        },
    ),
    (
        "tempt_claimed_breach",
        "tempt",
        "Cambodia accused Thailand of breaching the peace deal.",
        {("cambodia", "opposes", "thailand", "asserted", "")},
    ),
    (
        "tempt_claimed_breach",
        "tempt",
        "Eritrea accused Ethiopia of violating the Algiers agreement.",
        {("eritrea", "opposes", "ethiopia", "asserted", "")},
    ),
    (
        "tempt_claimed_breach",
        "tempt",
        "Serbia accused Kosovo of violating the Brussels agreement.",
        {("serbia", "opposes", "kosovo", "asserted", "")},
    ),
    (
        "tempt_claimed_breach",
        "tempt",
        "Kosovo said Serbia had violated the agreement on freedom of movement.",
        {("kosovo", "opposes", "serbia", "asserted", "")},
    ),
    (
        "claimed_breach",
        "genuine",
        "Russia accused Ukraine of violating the Easter truce.",
        {
            ("russia", "opposes", "ukraine", "asserted", ""),
            ("ukraine", "attacks", "russia", "reported", "russia"),
        },
    ),
    (
        "claimed_breach",
        "genuine",
        "Ukraine accused Russia of violating the Easter truce.",
        {
            ("russia", "attacks", "ukraine", "reported", "ukraine"),
            ("ukraine", "opposes", "russia", "asserted", ""),
        },
    ),
    (
        "hostilities",
        "genuine",
        "The M23 resumed hostilities with the Congolese army in October.",
        {("dr_congo", "fights", "m23", "asserted", "")},
    ),
    (
        "breach_with_party",
        "genuine",
        "Colombia suspended its ceasefire after the ELN violated it.",
        {("eln", "attacks", "colombia", "asserted", "")},
    ),
    (
        "claimed_breach",
        "genuine",
        "Armenian officials said Azerbaijani forces breached the ceasefire overnight.",
        {("azerbaijan", "attacks", "armenia", "reported", "armenia")},
    ),
    (
        "tempt_hostilities",
        "tempt",
        "Hostilities with the TPLF ended in November 2022.",
        set(),
    ),
    (
        "claimed_breach",
        "genuine",
        "Pakistan blamed India for violating the ceasefire.",
        {
            ("india", "attacks", "pakistan", "reported", "pakistan"),
            ("pakistan", "opposes", "india", "asserted", ""),
        },
    ),
    (
        "violation_noun",
        "genuine",
        "India blamed Pakistan for the ceasefire violation.",
        {
            ("india", "opposes", "pakistan", "asserted", ""),
            ("pakistan", "attacks", "india", "reported", "india"),
        },
    ),
    (
        "claimed_breach",
        "genuine",
        "Thailand said Cambodia violated the truce it had signed with Thailand.",
        {
            ("cambodia", "agrees_with", "thailand", "asserted", ""),
            ("cambodia", "attacks", "thailand", "reported", "thailand"),
            ("thailand", "opposes", "cambodia", "asserted", ""),
        },
    ),
    (
        "tempt_claimed_breach",
        "tempt",
        "The FARC accused Colombia of violating the peace accord.",
        {("farc", "opposes", "colombia", "asserted", "")},
    ),
    (
        "denied_breach",
        "genuine",
        "Colombia never violated the truce with the ELN.",
        {("colombia", "attacks", "eln", "denied", "")},
    ),
    (
        "claimed_breach",
        "genuine",
        "Armenia and Azerbaijan accused each other of violating the ceasefire.",
        {
            ("armenia", "attacks", "azerbaijan", "reported", "azerbaijan"),
            ("armenia", "opposes", "azerbaijan", "asserted", ""),
            ("azerbaijan", "attacks", "armenia", "reported", "armenia"),
            ("azerbaijan", "opposes", "armenia", "asserted", ""),
        },
    ),
    (
        "tempt_breach_with_party",
        "tempt",
        "Serbia violated human rights, a report said.",
        set(),
    ),
    (
        "tempt_breach_with_party",
        "tempt",
        "Kosovo broke the record for tourist arrivals.",
        set(),
    ),
    (
        "tempt_hostilities",
        "tempt",
        "Hostilities ended in 1953.",
        set(),
    ),
    (
        "tempt_hostilities",
        "tempt",
        "The hostilities ended in 1953 without a peace treaty.",
        set(),
    ),
    (
        "tempt_breach_with_party",
        "tempt",
        "The ambassador's remark was a breach of protocol.",
        set(),
    ),
    (
        "tempt_breach_with_party",
        "tempt",
        "Azerbaijan breached the protocol on customs.",
        set(),
    ),
    (
        "tempt_breach_with_party",
        "tempt",
        "The airline violated safety rules.",
        set(),
    ),
    (
        "tempt_breach_with_party",
        "tempt",
        "Colombia's president broke his promise to voters.",
        set(),
    ),
    (
        "tempt_breach_with_party",
        "tempt",
        "Ethiopia broke the silence on the dam.",
        set(),
    ),
    (
        "tempt_breach_with_party",
        "tempt",
        "The TPLF broke ranks on the vote.",
        set(),
    ),
    (
        "tempt_breach_with_party",
        "tempt",
        "Rwanda's athletes broke the record in Kigali.",
        set(),
    ),
    (
        "tempt_breach_with_party",
        "tempt",
        "Pakistan violated no law, India's court said.",
        set(),
    ),
    (
        "tempt_breach_with_party",
        "tempt",
        "The company breached its contract with Pakistan.",
        set(),
    ),
    (
        "tempt_claimed_breach",
        "tempt",
        "Thailand accused a logging firm of violating a deal with Cambodia.",
        set(),
    ),
    (
        "tempt_breach_with_party",
        "tempt",
        "Armenia's parliament violated the constitution, the opposition said.",
        set(),
    ),
    (
        "tempt_breach_with_party",
        "tempt",
        "The heat wave broke records in India and Pakistan.",
        set(),
    ),
    (
        "tempt_breach_with_party",
        "tempt",
        "A truce between rival gangs in Colombia was violated.",
        set(),
    ),
    (
        "tempt_hostilities",
        "tempt",
        "Hostility toward migrants grew in Serbia.",
        set(),
    ),
    (
        "tempt_hostilities",
        "tempt",
        "India's hostility to the plan was clear.",
        set(),
    ),
    (
        "tempt_hostilities",
        "tempt",
        "The violence ended hostilities between the two clans.",
        set(),
    ),
    (
        "tempt_breach_with_party",
        "tempt",
        "Fans broke the truce between the clubs.",
        set(),
    ),
    (
        "tempt_breach_with_party",
        "tempt",
        "The ceasefire was violated dozens of times, monitors said.",
        set(),
    ),
    (
        "tempt_violation_noun",
        "tempt",
        "Violations of human rights by the M23 were reported.",
        set(),
    ),
    (
        "tempt_breach_with_party",
        "tempt",
        "Cambodia broke its silence on the truce.",
        set(),
    ),
    (
        "tempt_breach_with_party",
        "tempt",
        "Azerbaijan broke ground on a new railway.",
        set(),
    ),
]
