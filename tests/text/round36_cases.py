"""The sentences of the round-36 audit (issue 16; BASELINE.md, round 36): accusations in
the passive, claims of one's own acts, reports dismissed. Accusations whose content is an
act between actors, in the passive ("Y has been accused by X of arming Z"), in participles
("Y, long accused by X of backing Z, ..."), with no accuser ("Y was accused of arming Z");
claims of one's own acts ("claimed responsibility for the attack on Z's convoy", "including
one on Z's base", "released a statement claiming that its fighters attacked Z"); and
reports dismissed, rejected, denied or confirmed ("dismissed as unfounded a report that it
had armed Z"). Written for this round in news, wire and think-tank styles, on conflicts
and actors the fresh sample does not use (India and Pakistan, Armenia and Azerbaijan,
Ethiopia, Eritrea and the TPLF, Kenya, Somalia and al-Shabaab, Nigeria, Cameroon and Boko
Haram, Colombia and the ELN, Morocco, Algeria and the Polisario Front, Serbia and Kosovo).
About a third are built to tempt a wrong row (``tempt``: "accused of corruption", "claimed
victory", "claimed the town", "dismissed the minister", "a report on the attacks", an
attack in a town), the rest are genuine (``genuine``). Expected rows by hand from
tests/text/data/ANNOTATION.md (R4: the accuser's own ``opposes`` asserted, the content
``reported`` by the accuser, a claim of one's own act ``reported`` by the claimant, a
report dismissed ``denied`` by the one who dismisses it, and its round-36 additions; R6:
acts on an actor's troops, convoys, bases and positions are acts on the actor):
``(class, kind, text, rows)`` with rows ``(source, relation, target, modality,
attributed_to)``; an empty set means no row. Rows of the types the scorer ignores are not
counted either way (``extraction_fixtures.SCORED_OUT``)."""

import pandas as pd

ACTORS = pd.DataFrame(
    [
        ("india", "India", "state", "New Delhi", "IND"),
        ("pakistan", "Pakistan", "state", "Islamabad", "PAK"),
        ("lashkar_e_taiba", "Lashkar-e-Taiba", "armed_group", "LeT", "PAK"),
        ("armenia", "Armenia", "state", "Yerevan", "ARM"),
        ("azerbaijan", "Azerbaijan", "state", "Baku", "AZE"),
        ("ethiopia", "Ethiopia", "state", "Addis Ababa", "ETH"),
        ("eritrea", "Eritrea", "state", "Asmara", "ERI"),
        ("tplf", "Tigray People's Liberation Front", "armed_group", "TPLF", "ETH"),
        ("kenya", "Kenya", "state", "Nairobi", "KEN"),
        ("somalia", "Somalia", "state", "Mogadishu", "SOM"),
        ("al_shabaab", "Al-Shabaab", "armed_group", "al-Shabab", "SOM"),
        ("nigeria", "Nigeria", "state", "Abuja", "NGA"),
        ("cameroon", "Cameroon", "state", "Yaounde", "CMR"),
        ("boko_haram", "Boko Haram", "armed_group", "", "NGA"),
        ("colombia", "Colombia", "state", "Bogota", "COL"),
        ("eln", "National Liberation Army", "armed_group", "ELN", "COL"),
        ("morocco", "Morocco", "state", "Rabat", "MAR"),
        ("algeria", "Algeria", "state", "Algiers", "DZA"),
        ("polisario", "Polisario Front", "armed_group", "Polisario", "ESH"),
        ("serbia", "Serbia", "state", "Belgrade", "SRB"),
        ("kosovo", "Kosovo", "state", "Pristina", "XKX"),
    ],
    columns=["id", "name", "kind", "aliases", "country"],
)

A, P, H, D, E, R = "asserted", "planned", "hypothetical", "denied", "ended", "reported"
NONE: set[tuple[str, str, str, str, str]] = set()


def row(source, relation, target, modality=A, claimant=""):
    return {(source, relation, target, modality, claimant)}


def accused(accuser, accused_, relation, target):
    """R4: ``X accused Y of R`` gives ``X opposes Y`` asserted and R reported by X."""
    return row(accuser, "opposes", accused_) | row(accused_, relation, target, R, accuser)


PASSIVE = "an accusation in the passive, its accuser after 'by'"
PARTICIPLE = "an accusation in a participle on its accused"
NOAGENT = "an accusation with no accuser named"
ACTIVE = "an accusation of an act on an actor's troops, members or bases"
CLAIM = "a claim of one's own act"
DISMISS = "a report dismissed, rejected, denied or confirmed"
NOACT = "an accusation, claim or report of no act between actors"

CASES = [
    # -- in the passive, the accuser after "by"
    (
        PASSIVE,
        "genuine",
        "Eritrea has been accused by Ethiopia of arming the TPLF.",
        accused("ethiopia", "eritrea", "arms", "tplf"),
    ),
    (
        PASSIVE,
        "genuine",
        "Pakistan has long been accused by India of backing Lashkar-e-Taiba.",
        accused("india", "pakistan", "backs", "lashkar_e_taiba"),
    ),
    (
        PASSIVE,
        "genuine",
        "Algeria was accused by Morocco of funding the Polisario Front.",
        accused("morocco", "algeria", "funds", "polisario"),
    ),
    (
        PASSIVE,
        "genuine",
        "Azerbaijan has been accused by Armenia of shelling Armenian border posts.",
        accused("armenia", "azerbaijan", "attacks", "armenia"),
    ),
    (
        PASSIVE,
        "genuine",
        "Boko Haram was accused by Cameroon of attacking a Cameroonian army base.",
        accused("cameroon", "boko_haram", "attacks", "cameroon"),
    ),
    (
        PASSIVE,
        "genuine",
        "The ELN has been accused by Colombia of attacking a police station near the border.",
        row("colombia", "opposes", "eln"),
    ),
    (
        PASSIVE,
        "genuine",
        "Kosovo has repeatedly been accused by Serbia of mistreating ethnic Serbs.",
        row("serbia", "opposes", "kosovo"),
    ),
    (
        PASSIVE,
        "genuine",
        "Eritrea is accused by Ethiopia of supplying weapons to the TPLF, a charge Asmara denies.",
        accused("ethiopia", "eritrea", "arms", "tplf")
        | row("eritrea", "rejects", "ethiopia")
        | row("eritrea", "arms", "tplf", D, "eritrea"),
    ),
    (
        PASSIVE,
        "genuine",
        "Somalia's government has been accused by Kenya of sheltering al-Shabab fighters.",
        accused("kenya", "somalia", "backs", "al_shabaab"),
    ),
    (
        PASSIVE,
        "genuine",
        "Pakistan was accused by New Delhi of training Lashkar-e-Taiba militants.",
        accused("india", "pakistan", "arms", "lashkar_e_taiba"),
    ),
    # -- in a participle on the accused
    (
        PARTICIPLE,
        "genuine",
        "Algeria, long accused by Morocco of arming the Polisario Front, called for talks.",
        accused("morocco", "algeria", "arms", "polisario"),
    ),
    (
        PARTICIPLE,
        "genuine",
        "Eritrea, often accused by Ethiopia of backing the TPLF, closed its embassy.",
        accused("ethiopia", "eritrea", "backs", "tplf"),
    ),
    (
        PARTICIPLE,
        "genuine",
        "Pakistan, accused by India of financing Lashkar-e-Taiba, denied any role.",
        accused("india", "pakistan", "funds", "lashkar_e_taiba"),
    ),
    (
        PARTICIPLE,
        "genuine",
        "Azerbaijan, accused by Armenia of attacking its border posts, said it had responded "
        "to provocations.",
        accused("armenia", "azerbaijan", "attacks", "armenia"),
    ),
    (
        PARTICIPLE,
        "genuine",
        "Boko Haram, accused by Nigeria of attacking a military convoy in Borno, has not "
        "commented.",
        row("nigeria", "opposes", "boko_haram"),
    ),
    # -- no accuser named
    (
        NOAGENT,
        "genuine",
        "Eritrea has been accused of arming the TPLF.",
        row("eritrea", "arms", "tplf", R),
    ),
    (
        NOAGENT,
        "genuine",
        "Pakistan stands accused of sheltering Lashkar-e-Taiba.",
        row("pakistan", "backs", "lashkar_e_taiba", R),
    ),
    (
        NOAGENT,
        "genuine",
        "Algeria is widely accused of funding the Polisario Front.",
        row("algeria", "funds", "polisario", R),
    ),
    (
        NOAGENT,
        "genuine",
        "Al-Shabaab was accused of attacking a Kenyan army convoy.",
        row("al_shabaab", "attacks", "kenya", R),
    ),
    # -- an act on an actor's troops, members or bases, active accusation
    (
        ACTIVE,
        "genuine",
        "Colombia accused the ELN of killing three of its soldiers.",
        accused("colombia", "eln", "attacks", "colombia"),
    ),
    (
        ACTIVE,
        "genuine",
        "Kenya accused al-Shabaab of attacking a convoy of Kenyan troops.",
        accused("kenya", "al_shabaab", "attacks", "kenya"),
    ),
    (
        ACTIVE,
        "genuine",
        "Nigeria accused Boko Haram of ambushing Cameroonian soldiers.",
        accused("nigeria", "boko_haram", "attacks", "cameroon"),
    ),
    (
        ACTIVE,
        "genuine",
        "India accused Pakistan of shelling Indian army posts in Kashmir.",
        accused("india", "pakistan", "attacks", "india"),
    ),
    (
        ACTIVE,
        "genuine",
        "Armenia accused Azerbaijan of firing on Armenian positions overnight.",
        accused("armenia", "azerbaijan", "attacks", "armenia"),
    ),
    (
        ACTIVE,
        "genuine",
        "Ethiopia accused Eritrea of supplying weapons to the TPLF.",
        accused("ethiopia", "eritrea", "arms", "tplf"),
    ),
    # -- a claim of one's own act
    (
        CLAIM,
        "genuine",
        "Al-Shabaab claimed responsibility for the attack on a Kenyan army convoy.",
        row("al_shabaab", "attacks", "kenya", R, "al_shabaab"),
    ),
    (
        CLAIM,
        "genuine",
        "Boko Haram claimed responsibility for an attack on a Nigerian military base.",
        row("boko_haram", "attacks", "nigeria", R, "boko_haram"),
    ),
    (
        CLAIM,
        "genuine",
        "Lashkar-e-Taiba claimed the attack on an Indian army camp.",
        row("lashkar_e_taiba", "attacks", "india", R, "lashkar_e_taiba"),
    ),
    (
        CLAIM,
        "genuine",
        "Boko Haram claimed a raid on a Cameroonian army post.",
        row("boko_haram", "attacks", "cameroon", R, "boko_haram"),
    ),
    (
        CLAIM,
        "genuine",
        "Al-Shabaab has claimed responsibility for several attacks, including one on a Kenyan "
        "military base.",
        row("al_shabaab", "attacks", "kenya", R, "al_shabaab"),
    ),
    (
        CLAIM,
        "genuine",
        "Boko Haram claimed responsibility for a string of raids, including one on a "
        "Cameroonian army post.",
        row("boko_haram", "attacks", "cameroon", R, "boko_haram"),
    ),
    (
        CLAIM,
        "genuine",
        "The ELN released a statement claiming that its fighters had attacked a Colombian army "
        "patrol.",
        row("eln", "attacks", "colombia", R, "eln"),
    ),
    (
        CLAIM,
        "genuine",
        "The TPLF issued a statement saying its forces had shelled Eritrean positions.",
        row("tplf", "attacks", "eritrea", R, "tplf"),
    ),
    (
        CLAIM,
        "genuine",
        "The TPLF said its forces had shelled Eritrean positions.",
        row("tplf", "attacks", "eritrea", R, "tplf"),
    ),
    (
        CLAIM,
        "genuine",
        "Al-Shabaab said its fighters had overrun a Kenyan army base.",
        row("al_shabaab", "attacks", "kenya", R, "al_shabaab"),
    ),
    (
        CLAIM,
        "genuine",
        "In a statement, the Polisario Front claimed it had attacked Moroccan army positions.",
        row("polisario", "attacks", "morocco", R, "polisario"),
    ),
    (
        CLAIM,
        "genuine",
        "Kenya confirmed that its aircraft had struck al-Shabaab positions.",
        row("kenya", "attacks", "al_shabaab", R, "kenya"),
    ),
    # -- a report dismissed, rejected, denied or confirmed
    (
        DISMISS,
        "genuine",
        "Algeria dismissed as unfounded a report that it had armed the Polisario Front.",
        row("algeria", "arms", "polisario", D, "algeria"),
    ),
    (
        DISMISS,
        "genuine",
        "Eritrea dismissed reports that it had armed the TPLF.",
        row("eritrea", "arms", "tplf", D, "eritrea"),
    ),
    (
        DISMISS,
        "genuine",
        "Pakistan rejected as baseless reports that it had backed Lashkar-e-Taiba.",
        row("pakistan", "backs", "lashkar_e_taiba", D, "pakistan"),
    ),
    (
        DISMISS,
        "genuine",
        "Eritrea denied a report that its troops had attacked Ethiopia.",
        row("eritrea", "attacks", "ethiopia", D, "eritrea"),
    ),
    (
        DISMISS,
        "genuine",
        "Azerbaijan dismissed as fabricated reports that its troops had shelled Armenian "
        "positions.",
        row("azerbaijan", "attacks", "armenia", D, "azerbaijan"),
    ),
    (
        DISMISS,
        "genuine",
        "Nigeria dismissed claims that its army had shelled Cameroonian border posts.",
        row("nigeria", "attacks", "cameroon", D, "nigeria"),
    ),
    (
        DISMISS,
        "genuine",
        "Kenya confirmed reports that its troops had attacked al-Shabaab positions.",
        row("kenya", "attacks", "al_shabaab", R, "kenya"),
    ),
    (
        DISMISS,
        "genuine",
        "Ethiopia rejected Eritrea's accusations that it had armed the TPLF.",
        row("eritrea", "opposes", "ethiopia")
        | row("ethiopia", "rejects", "eritrea")
        | row("ethiopia", "arms", "tplf", D, "ethiopia"),
    ),
    # -- tempting: no act between actors, or no actor
    (NOACT, "tempt", "Ethiopia was accused of corruption.", NONE),
    (
        NOACT,
        "tempt",
        "Kosovo has been accused of corruption by Serbia.",
        row("serbia", "opposes", "kosovo"),
    ),
    (NOACT, "tempt", "India accused Pakistan of corruption.", row("india", "opposes", "pakistan")),
    (
        NOACT,
        "tempt",
        "Pakistan, accused by India of hypocrisy, called for a dialogue.",
        row("india", "opposes", "pakistan"),
    ),
    (
        NOACT,
        "tempt",
        "Armenia was accused by Azerbaijan of delaying the peace process.",
        row("azerbaijan", "opposes", "armenia"),
    ),
    (NOACT, "tempt", "The TPLF claimed victory in the battle for Mekelle.", NONE),
    (NOACT, "tempt", "Boko Haram claimed the town of Baga.", NONE),
    (NOACT, "tempt", "Azerbaijan claimed the village after a day of fighting.", NONE),
    (NOACT, "tempt", "Kosovo claimed that the vote had been rigged.", NONE),
    (NOACT, "tempt", "Al-Shabaab claimed responsibility for the bombing in Mogadishu.", NONE),
    (NOACT, "tempt", "Al-Shabaab claimed responsibility for a bombing at a Nairobi market.", NONE),
    (NOACT, "tempt", "Kenya dismissed the minister.", NONE),
    (NOACT, "tempt", "Nigeria dismissed its army chief after the defeat.", NONE),
    (NOACT, "tempt", "Mali dismissed a report on the drought as exaggerated.", NONE),
    (NOACT, "tempt", "Somalia published a report on the attacks.", NONE),
    (NOACT, "tempt", "Kenya released a report on the attacks in Lamu.", NONE),
    (NOACT, "tempt", "Morocco dismissed the accusations as a distraction.", NONE),
    (NOACT, "tempt", "Serbia confirmed reports of heavy rain.", NONE),
    (NOACT, "tempt", "Colombia dismissed as unfounded reports of a cabinet reshuffle.", NONE),
    (NOACT, "tempt", "The ELN claimed responsibility for the blackout.", NONE),
    (NOACT, "tempt", "Ethiopia confirmed that its prime minister had resigned.", NONE),
    (NOACT, "tempt", "Eritrea denied a report that the president was ill.", NONE),
    (NOACT, "tempt", "India was accused by rights groups of abuses in Kashmir.", NONE),
    (NOACT, "tempt", "Algeria claimed responsibility for organising the summit.", NONE),
    (NOACT, "tempt", "Cameroon confirmed the report.", NONE),
]
