"""The sentences of the round-29 audit (issue 16; BASELINE.md, round 29): agreements,
signings and the parties to a deal ("A and B signed", "signed a deal with", separate deals
with several partners, "agreed to a ceasefire", "reached a deal on"), results a participle
states ("..., ending decades of war"), titled persons signing for their bodies, brokers,
hosts and guarantors of talks, talks planned or collapsed, and refusals to sign. Written
for this round in news, wire and think-tank styles, on conflicts and actors the fresh
sample does not use (Sudan, Ethiopia and the TPLF, Aceh, Mindanao, Sri Lanka, southern
Thailand, Mozambique, South Sudan, the Great Lakes, Gaza, Nepal, northern Mali). About a
third are built to tempt a wrong row (``tempt``: "signed into law", "signed a decree", "a
deal with its creditors", "agreement among analysts", a place where a deal was signed, a
deal with a party the table lacks, an ending that states no relation), the rest are
genuine (``genuine``). Expected rows by hand from tests/text/data/ANNOTATION.md (R2 types;
R3: "A and B signed an agreement" and "an agreement between A and B" both directions, "A
signed a deal with B" A to B only, symmetric types once with the smaller id as source, a
broker, mediator, host or guarantor ``consults`` each party and the parties' own talks a
row of their own; R4 modality, an ending participle's relation ``ended``; R5 people and
offices): ``(class, kind, text, rows)`` with rows ``(source, relation, target, modality,
attributed_to)``; an empty set means no row. Rows of the types the scorer ignores are not
counted either way (``extraction_fixtures.SCORED_OUT``)."""

import pandas as pd

ACTORS = pd.DataFrame(
    [
        ("ethiopia", "Ethiopia", "state", "", "ETH"),
        ("eritrea", "Eritrea", "state", "", "ERI"),
        ("tplf", "Tigray People's Liberation Front", "armed_group", "TPLF", "ETH"),
        ("african_union", "African Union", "organisation", "AU", ""),
        ("south_africa", "South Africa", "state", "", "ZAF"),
        ("kenya", "Kenya", "state", "", "KEN"),
        ("somalia", "Somalia", "state", "", "SOM"),
        ("uganda", "Uganda", "state", "", "UGA"),
        ("sudan", "Sudan", "state", "", "SDN"),
        ("south_sudan", "South Sudan", "state", "", "SSD"),
        ("splm_io", "SPLM-IO", "armed_group", "SPLM-in-Opposition", "SSD"),
        ("kiir", "Salva Kiir", "person", "Kiir", "SSD"),
        ("machar", "Riek Machar", "person", "Machar", "SSD"),
        ("saf", "Sudanese Armed Forces", "armed_group", "SAF", "SDN"),
        ("rsf", "Rapid Support Forces", "armed_group", "RSF", "SDN"),
        ("burhan", "Abdel Fattah al-Burhan", "person", "Burhan|al-Burhan", "SDN"),
        ("hemedti", "Mohamed Hamdan Dagalo", "person", "Hemedti|Dagalo", "SDN"),
        ("saudi_arabia", "Saudi Arabia", "state", "Riyadh", "SAU"),
        ("uae", "United Arab Emirates", "state", "UAE", "ARE"),
        ("united_states", "United States", "state", "US|U.S.|Washington", "USA"),
        ("china", "China", "state", "Beijing", "CHN"),
        ("philippines", "Philippines", "state", "the Philippines|Manila", "PHL"),
        ("milf", "Moro Islamic Liberation Front", "armed_group", "MILF", "PHL"),
        ("malaysia", "Malaysia", "state", "", "MYS"),
        ("indonesia", "Indonesia", "state", "Jakarta", "IDN"),
        ("gam", "Free Aceh Movement", "armed_group", "GAM", "IDN"),
        ("sri_lanka", "Sri Lanka", "state", "Colombo", "LKA"),
        ("ltte", "Liberation Tigers of Tamil Eelam", "armed_group", "LTTE|Tamil Tigers", "LKA"),
        ("norway", "Norway", "state", "", "NOR"),
        ("thailand", "Thailand", "state", "Bangkok", "THA"),
        ("brn", "Barisan Revolusi Nasional", "armed_group", "BRN", "THA"),
        ("mozambique", "Mozambique", "state", "", "MOZ"),
        ("renamo", "Renamo", "armed_group", "", "MOZ"),
        ("drc", "Democratic Republic of the Congo", "state", "DRC|Kinshasa", "COD"),
        ("rwanda", "Rwanda", "state", "Kigali", "RWA"),
        ("m23", "M23", "armed_group", "", "COD"),
        ("kagame", "Paul Kagame", "person", "Kagame", "RWA"),
        ("tshisekedi", "Felix Tshisekedi", "person", "Tshisekedi", "COD"),
        ("qatar", "Qatar", "state", "Doha", "QAT"),
        ("egypt", "Egypt", "state", "Cairo", "EGY"),
        ("israel", "Israel", "state", "", "ISR"),
        ("hamas", "Hamas", "armed_group", "", "PSE"),
        ("hezbollah", "Hezbollah", "armed_group", "", "LBN"),
        ("netanyahu", "Benjamin Netanyahu", "person", "Netanyahu", "ISR"),
        ("abiy", "Abiy Ahmed", "person", "Abiy", "ETH"),
        ("houthis", "Houthis", "armed_group", "Ansar Allah", "YEM"),
        ("nepal", "Nepal", "state", "", "NPL"),
        ("maoists", "Communist Party of Nepal (Maoist)", "armed_group", "Maoists", "NPL"),
        ("mali", "Mali", "state", "Bamako", "MLI"),
        ("cma", "Coordination of Azawad Movements", "armed_group", "CMA", "MLI"),
    ],
    columns=["id", "name", "kind", "aliases", "country"],
)

A, P, H, D, E, R = "asserted", "planned", "hypothetical", "denied", "ended", "reported"
NONE: set[tuple[str, str, str, str, str]] = set()


def both(source, relation, target, modality=A, claimant=""):
    """A directed type given in both directions ("A and B signed an agreement")."""
    return {
        (source, relation, target, modality, claimant),
        (target, relation, source, modality, claimant),
    }


def row(source, relation, target, modality=A, claimant=""):
    return {(source, relation, target, modality, claimant)}


SIGN = "signing, agreeing, reaching a deal"
SEVERAL = "deals with several partners"
ENDING = "a result a participle states"
OFFICE = "titled persons signing"
BROKER = "brokers, hosts and guarantors"
TALKS = "talks planned, failed or collapsed"
REFUSE = "refusals to sign"
OTHER = "signing and agreeing with no actor party"

CASES = [
    # -- signing, agreeing, reaching a deal: both ways for coordinated parties, one way for "with"
    (
        SIGN,
        "genuine",
        "Ethiopia and the TPLF signed a peace agreement in Pretoria in November 2022.",
        both("ethiopia", "agrees_with", "tplf"),
    ),
    (
        SIGN,
        "genuine",
        "The Philippine government signed a comprehensive peace deal with the MILF in 2014.",
        row("philippines", "agrees_with", "milf"),
    ),
    (
        SIGN,
        "genuine",
        "Indonesia and GAM signed a memorandum of understanding in Helsinki in 2005.",
        both("gam", "agrees_with", "indonesia"),
    ),
    (
        SIGN,
        "genuine",
        "Sudan and South Sudan signed a border security agreement in Addis Ababa.",
        both("south_sudan", "agrees_with", "sudan"),
    ),
    (
        SIGN,
        "genuine",
        "Mozambique signed a peace accord with Renamo in August 2019.",
        row("mozambique", "agrees_with", "renamo"),
    ),
    (
        SIGN,
        "genuine",
        "Israel and Hamas agreed to a ceasefire on Thursday.",
        both("hamas", "agrees_with", "israel"),
    ),
    (
        SIGN,
        "genuine",
        "The DRC and Rwanda agreed to a truce after days of shelling.",
        both("drc", "agrees_with", "rwanda"),
    ),
    (
        SIGN,
        "genuine",
        "The Houthis and Saudi Arabia reached a deal on prisoners in March.",
        both("houthis", "agrees_with", "saudi_arabia"),
    ),
    (
        SIGN,
        "genuine",
        "Sri Lanka and the LTTE signed a ceasefire agreement in February 2002.",
        both("ltte", "agrees_with", "sri_lanka"),
    ),
    (
        SIGN,
        "genuine",
        "The MILF signed an agreement with Manila on the decommissioning of its fighters.",
        row("milf", "agrees_with", "philippines"),
    ),
    (
        SIGN,
        "genuine",
        "South Sudan's government and the SPLM-IO signed a revitalised peace agreement in 2018.",
        both("south_sudan", "agrees_with", "splm_io"),
    ),
    (
        SIGN,
        "genuine",
        "Thailand and the BRN agreed on a Ramadan truce.",
        both("brn", "agrees_with", "thailand"),
    ),
    (
        SIGN,
        "genuine",
        "Mali and the CMA signed a peace accord in Algiers in 2015.",
        both("cma", "agrees_with", "mali"),
    ),
    (
        SIGN,
        "genuine",
        "Nepal's government signed a comprehensive peace accord with the Maoists in 2006.",
        row("nepal", "agrees_with", "maoists"),
    ),
    (
        SIGN,
        "genuine",
        "Egypt and Israel signed a peace treaty in 1979.",
        both("egypt", "agrees_with", "israel"),
    ),
    (
        SIGN,
        "genuine",
        "Rwanda and the DRC initialled a peace agreement in Washington.",
        both("drc", "agrees_with", "rwanda"),
    ),
    (
        SIGN,
        "genuine",
        "The DRC and M23 signed a declaration of principles in Doha.",
        both("drc", "agrees_with", "m23"),
    ),
    (
        SIGN,
        "genuine",
        "The Houthis said they had signed a truce with Saudi Arabia.",
        row("houthis", "agrees_with", "saudi_arabia", R, "houthis"),
    ),
    (
        SIGN,
        "genuine",
        "Israel and Hamas are expected to sign a ceasefire deal next week.",
        both("hamas", "agrees_with", "israel", P),
    ),
    (
        SIGN,
        "genuine",
        "Egypt and Ethiopia failed to reach a deal on the dam.",
        both("egypt", "agrees_with", "ethiopia", D),
    ),
    (
        SIGN,
        "genuine",
        "Ethiopia denied that it had signed a deal with the TPLF.",
        row("ethiopia", "agrees_with", "tplf", D, "ethiopia"),
    ),
    # -- deals with several partners: each of one side with each of the other, never within a side
    (
        SEVERAL,
        "genuine",
        "Ethiopia and Eritrea signed separate agreements with Saudi Arabia and the UAE.",
        row("ethiopia", "agrees_with", "saudi_arabia")
        | row("ethiopia", "agrees_with", "uae")
        | row("eritrea", "agrees_with", "saudi_arabia")
        | row("eritrea", "agrees_with", "uae"),
    ),
    (
        SEVERAL,
        "tempt",
        "Kenya and Uganda signed trade deals with China.",
        row("kenya", "agrees_with", "china") | row("uganda", "agrees_with", "china"),
    ),
    (
        SEVERAL,
        "genuine",
        "Mozambique signed agreements with Rwanda and the African Union.",
        row("mozambique", "agrees_with", "rwanda")
        | row("mozambique", "agrees_with", "african_union"),
    ),
    (
        SEVERAL,
        "genuine",
        "The Houthis agreed to a truce with Saudi Arabia and the UAE.",
        row("houthis", "agrees_with", "saudi_arabia") | row("houthis", "agrees_with", "uae"),
    ),
    (
        SEVERAL,
        "tempt",
        "The SAF and the RSF each signed a deal with the United States.",
        row("saf", "agrees_with", "united_states") | row("rsf", "agrees_with", "united_states"),
    ),
    # -- a result a participle states: the relation it ends is "ended" (R4)
    (
        ENDING,
        "genuine",
        "Indonesia and GAM signed a peace deal in 2005, ending three decades of war.",
        both("gam", "agrees_with", "indonesia") | row("gam", "fights", "indonesia", E),
    ),
    (
        ENDING,
        "genuine",
        "The Philippines and the MILF signed a peace agreement, ending decades of fighting.",
        both("milf", "agrees_with", "philippines") | row("milf", "fights", "philippines", E),
    ),
    (
        ENDING,
        "genuine",
        "Ethiopia and Eritrea signed a peace deal in 2018, ending twenty years of war.",
        both("eritrea", "agrees_with", "ethiopia") | row("eritrea", "fights", "ethiopia", E),
    ),
    (
        ENDING,
        "genuine",
        "Nepal and the Maoists signed an accord, ending a decade-long insurgency.",
        both("maoists", "agrees_with", "nepal") | row("maoists", "fights", "nepal", E),
    ),
    (
        ENDING,
        "tempt",
        "Sudan and the SPLM signed a deal in 2005 that ended Africa's longest civil war.",
        NONE,
    ),
    (
        ENDING,
        "tempt",
        "Kenya and Somalia signed a trade deal, ending months of uncertainty.",
        both("kenya", "agrees_with", "somalia"),
    ),
    (
        ENDING,
        "tempt",
        "Egypt and Sudan signed a water deal, ending years of negotiations over the Nile.",
        both("egypt", "agrees_with", "sudan"),
    ),
    (
        ENDING,
        "tempt",
        "Thailand signed a deal with Malaysia, ending the border dispute.",
        row("thailand", "agrees_with", "malaysia"),
    ),
    (
        ENDING,
        "tempt",
        "Uganda reopened its border with Rwanda, ending a three-year closure.",
        NONE,
    ),
    # -- titled persons signing: the person acts, the body of the title is no party against him
    (
        OFFICE,
        "tempt",
        "SAF chief Abdel Fattah al-Burhan and RSF commander Mohamed Hamdan Dagalo signed a deal"
        " in Jeddah.",
        row("burhan", "leads", "saf")
        | row("hemedti", "leads", "rsf")
        | both("burhan", "agrees_with", "hemedti"),
    ),
    (
        OFFICE,
        "tempt",
        "Ethiopian Prime Minister Abiy Ahmed and TPLF leader Debretsion Gebremichael signed a"
        " deal.",
        row("abiy", "leads", "ethiopia") | both("abiy", "agrees_with", "tplf"),
    ),
    (
        OFFICE,
        "tempt",
        "MILF chairman Murad Ebrahim and Philippine President Benigno Aquino signed the agreement.",
        both("milf", "agrees_with", "philippines"),
    ),
    (
        OFFICE,
        "tempt",
        "South Sudanese President Salva Kiir signed a peace deal with rebel leader Riek Machar.",
        row("kiir", "leads", "south_sudan") | row("kiir", "agrees_with", "machar"),
    ),
    (
        OFFICE,
        "genuine",
        "Kiir and Machar signed a ceasefire in Addis Ababa.",
        both("kiir", "agrees_with", "machar"),
    ),
    (
        OFFICE,
        "tempt",
        "Rwandan President Paul Kagame and Congolese President Felix Tshisekedi signed a deal in"
        " Washington.",
        row("kagame", "leads", "rwanda")
        | row("tshisekedi", "leads", "drc")
        | both("kagame", "agrees_with", "tshisekedi"),
    ),
    (
        OFFICE,
        "tempt",
        "Israeli Prime Minister Benjamin Netanyahu agreed to a truce with Hamas.",
        row("netanyahu", "leads", "israel") | row("netanyahu", "agrees_with", "hamas"),
    ),
    (
        OFFICE,
        "genuine",
        "Salva Kiir signed a deal with Sudan on oil transit fees.",
        row("kiir", "agrees_with", "sudan"),
    ),
    # -- brokers, hosts and guarantors: each consults each party (R3)
    (
        BROKER,
        "genuine",
        "A truce brokered by Qatar between Israel and Hamas took effect on Sunday.",
        row("hamas", "consults", "qatar")
        | row("israel", "consults", "qatar")
        | both("hamas", "agrees_with", "israel"),
    ),
    (
        BROKER,
        "genuine",
        "Egypt and Qatar, acting as guarantors, mediated talks between Israel and Hamas.",
        row("egypt", "consults", "hamas")
        | row("egypt", "consults", "israel")
        | row("hamas", "consults", "qatar")
        | row("israel", "consults", "qatar")
        | row("hamas", "consults", "israel"),
    ),
    (
        BROKER,
        "genuine",
        "Norway acted as facilitator of the talks between Sri Lanka and the LTTE.",
        row("ltte", "consults", "norway")
        | row("norway", "consults", "sri_lanka")
        | row("ltte", "consults", "sri_lanka"),
    ),
    (
        BROKER,
        "genuine",
        "Malaysia hosted talks between the Philippine government and the MILF.",
        row("malaysia", "consults", "milf")
        | row("malaysia", "consults", "philippines")
        | row("milf", "consults", "philippines"),
    ),
    (
        BROKER,
        "genuine",
        "The talks between the SAF and the RSF in Jeddah were mediated by Saudi Arabia and the"
        " United States.",
        row("saf", "consults", "saudi_arabia")
        | row("rsf", "consults", "saudi_arabia")
        | row("saf", "consults", "united_states")
        | row("rsf", "consults", "united_states")
        | row("rsf", "consults", "saf"),
    ),
    (
        BROKER,
        "genuine",
        "The agreement between Ethiopia and the TPLF was brokered by the African Union.",
        row("african_union", "consults", "ethiopia")
        | row("african_union", "consults", "tplf")
        | both("ethiopia", "agrees_with", "tplf"),
    ),
    (
        BROKER,
        "genuine",
        "Kenya and South Africa acted as guarantors of the deal between Ethiopia and the TPLF.",
        row("ethiopia", "consults", "kenya")
        | row("kenya", "consults", "tplf")
        | row("ethiopia", "consults", "south_africa")
        | row("south_africa", "consults", "tplf")
        | both("ethiopia", "agrees_with", "tplf"),
    ),
    (
        BROKER,
        "genuine",
        "Qatar hosted the signing of a deal between the DRC and M23.",
        row("drc", "consults", "qatar")
        | row("m23", "consults", "qatar")
        | both("drc", "agrees_with", "m23"),
    ),
    (
        BROKER,
        "tempt",
        "Talks between Israel and Hamas resumed in Cairo on Monday.",
        row("hamas", "consults", "israel"),
    ),
    # -- talks planned, failed or collapsed
    (
        TALKS,
        "genuine",
        "The Thai government announced that formal talks with the BRN would open next month.",
        row("brn", "consults", "thailand", P, "thailand"),
    ),
    (
        TALKS,
        "genuine",
        "Talks between the SAF and the RSF collapsed in December.",
        row("rsf", "consults", "saf", E),
    ),
    (
        TALKS,
        "genuine",
        "Negotiations between Egypt and Ethiopia over the dam broke down in 2020.",
        row("egypt", "consults", "ethiopia", E),
    ),
    (
        TALKS,
        "genuine",
        "Peace talks between Sri Lanka and the LTTE collapsed in 2006.",
        row("ltte", "consults", "sri_lanka", E),
    ),
    (
        TALKS,
        "genuine",
        "Mali and the CMA will hold talks in Algiers next month.",
        row("cma", "consults", "mali", P),
    ),
    (
        TALKS,
        "genuine",
        "Hemedti agreed to meet Burhan in Jeddah.",
        row("burhan", "consults", "hemedti", P),
    ),
    # -- refusals to sign: the refusal rejects the other party (R2), and the signing it
    # negates is denied (R4; a rejection is the rejecter's own statement)
    (
        REFUSE,
        "genuine",
        "The RSF refused to sign any document with the SAF.",
        row("rsf", "rejects", "saf") | row("rsf", "agrees_with", "saf", D),
    ),
    (
        REFUSE,
        "genuine",
        "Hamas refused to sign the agreement with Israel.",
        row("hamas", "rejects", "israel") | row("hamas", "agrees_with", "israel", D),
    ),
    (
        REFUSE,
        "genuine",
        "Machar declined to sign the peace deal with Kiir in 2015.",
        row("machar", "rejects", "kiir") | row("machar", "agrees_with", "kiir", D),
    ),
    (
        REFUSE,
        "genuine",
        "The TPLF rejected the deal with Ethiopia.",
        row("tplf", "rejects", "ethiopia") | row("tplf", "agrees_with", "ethiopia", D, "tplf"),
    ),
    # -- signing and agreeing with no actor party
    (OTHER, "tempt", "Kiir signed the bill into law in 2019.", NONE),
    (OTHER, "tempt", "President Kagame signed a decree dissolving the cabinet.", NONE),
    (OTHER, "tempt", "Sri Lanka reached a deal with its creditors in 2023.", NONE),
    (
        OTHER,
        "tempt",
        "There is broad agreement among analysts that the truce will not hold.",
        NONE,
    ),
    (OTHER, "tempt", "Egypt signed a loan agreement with the IMF.", NONE),
    (OTHER, "tempt", "The deal signed in Doha drew praise from analysts.", NONE),
    (OTHER, "tempt", "Ethiopia's parliament signed off on the budget.", NONE),
    (OTHER, "tempt", "Kenya signed the Paris climate agreement in 2016.", NONE),
    (OTHER, "tempt", "Uganda agreed with the findings of the report.", NONE),
    (OTHER, "tempt", "The Houthis signed up hundreds of new recruits.", NONE),
    (OTHER, "tempt", "The MILF agreed to decommission its weapons.", NONE),
    (OTHER, "tempt", "Analysts agreed with Egypt that the dam threatens its water supply.", NONE),
    (OTHER, "tempt", "Rwanda signed a contract with a drone maker.", NONE),
]
