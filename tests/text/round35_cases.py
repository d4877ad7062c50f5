"""The sentences of the round-35 audit (issue 16; BASELINE.md, round 35): suspensions and
shows of force. Acts suspended, halted, frozen or cut ("suspended cooperation with",
"froze its talks with", "halted arms deliveries to", "cut diplomatic ties with", "withdrew
its ambassador from"), acts resumed ("resumed talks with"), and shows of force: exercises,
drills, manoeuvres, a naval build-up or troops massed around, near, off or close to an
actor's territory or on its border. Written for this round in news, wire and think-tank
styles, on conflicts and actors the fresh sample does not use (India and Pakistan, Armenia
and Azerbaijan, the Korean peninsula, Greece and Turkey, Venezuela and Guyana, Morocco and
Algeria, Belarus and its neighbours, Serbia and Kosovo, Ethiopia and Eritrea, Colombia).
About a third are built to tempt a wrong row (``tempt``: "suspended the session",
"exercises with Y" (joint drills), "drills around the capital", "halted its own nuclear
programme", "resumed work", a build-up near a place no actor owns), the rest are genuine
(``genuine``). Expected rows by hand from tests/text/data/ANNOTATION.md (R2 types and its
round-35 additions; R3: symmetric types once with the smaller id as source; R4: an ended
act's relation ``ended`` beside the asserted ``reduces_relations``): ``(class, kind, text,
rows)`` with rows ``(source, relation, target, modality, attributed_to)``; an empty set
means no row. Rows of the types the scorer ignores are not counted either way
(``extraction_fixtures.SCORED_OUT``)."""

import pandas as pd

ACTORS = pd.DataFrame(
    [
        ("india", "India", "state", "New Delhi", "IND"),
        ("pakistan", "Pakistan", "state", "Islamabad", "PAK"),
        ("armenia", "Armenia", "state", "Yerevan", "ARM"),
        ("azerbaijan", "Azerbaijan", "state", "Baku", "AZE"),
        ("north_korea", "North Korea", "state", "Pyongyang|DPRK", "PRK"),
        ("south_korea", "South Korea", "state", "Seoul", "KOR"),
        ("japan", "Japan", "state", "Tokyo", "JPN"),
        ("greece", "Greece", "state", "Athens", "GRC"),
        ("turkey", "Turkey", "state", "Ankara|Türkiye", "TUR"),
        ("venezuela", "Venezuela", "state", "Caracas", "VEN"),
        ("guyana", "Guyana", "state", "Georgetown", "GUY"),
        ("morocco", "Morocco", "state", "Rabat", "MAR"),
        ("algeria", "Algeria", "state", "Algiers", "DZA"),
        ("belarus", "Belarus", "state", "Minsk", "BLR"),
        ("lithuania", "Lithuania", "state", "Vilnius", "LTU"),
        ("poland", "Poland", "state", "Warsaw", "POL"),
        ("serbia", "Serbia", "state", "Belgrade", "SRB"),
        ("kosovo", "Kosovo", "state", "Pristina", "XKX"),
        ("ethiopia", "Ethiopia", "state", "Addis Ababa", "ETH"),
        ("eritrea", "Eritrea", "state", "Asmara", "ERI"),
        ("colombia", "Colombia", "state", "Bogota", "COL"),
        ("eln", "National Liberation Army", "armed_group", "ELN", "COL"),
        ("nato", "NATO", "organisation", "North Atlantic Treaty Organization", ""),
        ("european_union", "European Union", "organisation", "EU", ""),
        ("kenya", "Kenya", "state", "Nairobi", "KEN"),
        ("somalia", "Somalia", "state", "Mogadishu", "SOM"),
    ],
    columns=["id", "name", "kind", "aliases", "country"],
)

A, P, H, D, E, R = "asserted", "planned", "hypothetical", "denied", "ended", "reported"
NONE: set[tuple[str, str, str, str, str]] = set()


def row(source, relation, target, modality=A, claimant=""):
    return {(source, relation, target, modality, claimant)}


def cut(source, target, relation=None, ended_source=None, ended_target=None):
    """An act ended (R4): ``reduces_relations`` asserted, and the relation the object act
    names ``ended`` (a symmetric one with the smaller id as source, R3)."""
    rows = row(source, "reduces_relations", target)
    if relation is not None:
        rows |= row(ended_source or source, relation, ended_target or target, E)
    return rows


SUSPEND = "an act suspended, halted, frozen or cut"
RESUME = "an act resumed"
FORCE = "a show of force around, near, off or on an actor's territory"
NOFORCE = "drills and build-ups with no actor threatened"
NOACT = "ending or resuming no relation"

CASES = [
    # -- an act suspended, halted, frozen or cut: reduces_relations, and the act ended
    (
        SUSPEND,
        "genuine",
        "India suspended cooperation with Pakistan on water sharing and trade.",
        cut("india", "pakistan", "cooperates_with"),
    ),
    (
        SUSPEND,
        "genuine",
        "Azerbaijan froze its talks with Armenia after the border clashes.",
        cut("azerbaijan", "armenia", "consults", "armenia", "azerbaijan"),
    ),
    (
        SUSPEND,
        "tempt",
        "Serbia halted arms deliveries to Kosovo's neighbours, officials said.",
        NONE,
    ),
    (
        SUSPEND,
        "genuine",
        "Turkey halted arms deliveries to Azerbaijan in 2021.",
        cut("turkey", "azerbaijan", "arms"),
    ),
    (
        SUSPEND,
        "genuine",
        "Morocco cut diplomatic ties with Algeria in 2021.",
        row("morocco", "reduces_relations", "algeria"),
    ),
    (
        SUSPEND,
        "genuine",
        "Algeria severed diplomatic relations with Morocco in August 2021.",
        row("algeria", "reduces_relations", "morocco"),
    ),
    (
        SUSPEND,
        "genuine",
        "Lithuania withdrew its ambassador from Belarus in 2021.",
        row("lithuania", "reduces_relations", "belarus"),
    ),
    (
        SUSPEND,
        "genuine",
        "Poland recalled its envoy from Minsk over the border crisis.",
        row("poland", "reduces_relations", "belarus"),
    ),
    (
        SUSPEND,
        "genuine",
        "Colombia suspended peace talks with the ELN after a car bombing in Bogota.",
        cut("colombia", "eln", "consults"),
    ),
    (
        SUSPEND,
        "genuine",
        "South Korea suspended military talks with North Korea in November.",
        cut("south_korea", "north_korea", "consults", "north_korea", "south_korea"),
    ),
    (
        SUSPEND,
        "genuine",
        "Japan froze its economic cooperation with North Korea.",
        cut("japan", "north_korea", "cooperates_with"),
    ),
    (
        SUSPEND,
        "genuine",
        "Greece suspended its dialogue with Turkey over the maritime dispute.",
        cut("greece", "turkey", "consults"),
    ),
    (
        SUSPEND,
        "genuine",
        "The EU suspended budget support to Ethiopia over the war in Tigray.",
        cut("european_union", "ethiopia", "backs"),
    ),
    (
        SUSPEND,
        "genuine",
        "Kenya halted military aid to Somalia, the ministry said.",
        row("kenya", "reduces_relations", "somalia", R) | row("kenya", "backs", "somalia", E),
    ),
    (
        SUSPEND,
        "genuine",
        "Pakistan suspended the bilateral trade agreement with India.",
        cut("pakistan", "india", "agrees_with"),
    ),
    (
        SUSPEND,
        "genuine",
        "Venezuela suspended its cooperation with Guyana on fisheries and border security.",
        cut("venezuela", "guyana", "cooperates_with", "guyana", "venezuela"),
    ),
    (
        SUSPEND,
        "genuine",
        "Ethiopia also suspended cooperation with Eritrea on border demarcation, "
        "customs and refugee returns.",
        cut("ethiopia", "eritrea", "cooperates_with", "eritrea", "ethiopia"),
    ),
    (
        SUSPEND,
        "genuine",
        "Seoul halted its cooperation with Pyongyang on the Kaesong industrial zone.",
        cut("south_korea", "north_korea", "cooperates_with", "north_korea", "south_korea"),
    ),
    (
        SUSPEND,
        "genuine",
        "Armenia froze its cooperation with NATO in 2024.",
        cut("armenia", "nato", "cooperates_with"),
    ),
    (
        SUSPEND,
        "genuine",
        "Belarus suspended its participation in talks with Lithuania.",
        cut("belarus", "lithuania", "consults"),
    ),
    # -- an act resumed: the act, asserted
    (
        RESUME,
        "genuine",
        "India resumed talks with Pakistan in December 2015.",
        row("india", "consults", "pakistan"),
    ),
    (
        RESUME,
        "genuine",
        "Armenia and Azerbaijan resumed peace negotiations in Washington.",
        row("armenia", "consults", "azerbaijan"),
    ),
    (
        RESUME,
        "genuine",
        "Colombia resumed peace talks with the ELN in Caracas.",
        row("colombia", "consults", "eln"),
    ),
    (
        RESUME,
        "genuine",
        "Turkey resumed its dialogue with Greece in 2023.",
        row("greece", "consults", "turkey"),
    ),
    (
        RESUME,
        "genuine",
        "Serbia resumed cooperation with Kosovo on missing persons.",
        row("kosovo", "cooperates_with", "serbia"),
    ),
    (
        RESUME,
        "genuine",
        "Japan resumed economic cooperation with South Korea after a four-year freeze.",
        row("japan", "cooperates_with", "south_korea"),
    ),
    (
        RESUME,
        "genuine",
        "Eritrea resumed diplomatic relations with Ethiopia in 2018.",
        row("eritrea", "favours", "ethiopia"),
    ),
    (
        RESUME,
        "genuine",
        "Kenya resumed military aid to Somalia in March.",
        row("kenya", "backs", "somalia"),
    ),
    # -- a show of force around, near, off or on an actor's territory: mobilizes_against
    (
        FORCE,
        "genuine",
        "North Korea staged artillery drills near the border with South Korea.",
        row("north_korea", "mobilizes_against", "south_korea"),
    ),
    (
        FORCE,
        "genuine",
        "Venezuela massed troops on Guyana's border in December.",
        row("venezuela", "mobilizes_against", "guyana"),
    ),
    (
        FORCE,
        "genuine",
        "Azerbaijan massed troops on the border with Armenia, Yerevan said.",
        row("azerbaijan", "mobilizes_against", "armenia", R, "armenia"),
    ),
    (
        FORCE,
        "genuine",
        "Turkey held naval exercises off the Greek islands in the Aegean.",
        row("turkey", "mobilizes_against", "greece"),
    ),
    (
        FORCE,
        "genuine",
        "Pyongyang responded to the summit with the largest artillery drills it has ever "
        "held near South Korea.",
        row("north_korea", "mobilizes_against", "south_korea"),
    ),
    (
        FORCE,
        "genuine",
        "Belarus held large military exercises close to Lithuania in September.",
        row("belarus", "mobilizes_against", "lithuania"),
    ),
    (
        FORCE,
        "genuine",
        "Venezuela conducted military manoeuvres near Guyana's border.",
        row("venezuela", "mobilizes_against", "guyana"),
    ),
    (
        FORCE,
        "genuine",
        "Pakistan staged missile drills close to the Indian border.",
        row("pakistan", "mobilizes_against", "india"),
    ),
    (
        FORCE,
        "genuine",
        "Ethiopia massed troops near the Eritrean border in 2023.",
        row("ethiopia", "mobilizes_against", "eritrea"),
    ),
    (
        FORCE,
        "genuine",
        "North Korea launched large-scale military exercises around South Korea.",
        row("north_korea", "mobilizes_against", "south_korea"),
    ),
    (
        FORCE,
        "genuine",
        "Turkey began naval manoeuvres off Greece after the dispute over the islands.",
        row("turkey", "mobilizes_against", "greece"),
    ),
    (
        FORCE,
        "genuine",
        "Azerbaijan conducted large-scale military exercises near Armenia.",
        row("azerbaijan", "mobilizes_against", "armenia"),
    ),
    (
        FORCE,
        "genuine",
        "Belarus massed troops on the Polish border.",
        row("belarus", "mobilizes_against", "poland"),
    ),
    (
        FORCE,
        "genuine",
        "India carried out air force exercises near Pakistan in February.",
        row("india", "mobilizes_against", "pakistan"),
    ),
    (
        FORCE,
        "genuine",
        "Serbia deployed troops close to Kosovo and put its army on high alert.",
        row("serbia", "mobilizes_against", "kosovo"),
    ),
    (
        FORCE,
        "genuine",
        "Morocco held military drills near the Algerian border in 2021.",
        row("morocco", "mobilizes_against", "algeria"),
    ),
    (
        FORCE,
        "genuine",
        "Japan said North Korea had staged missile drills off its coast.",
        row("north_korea", "mobilizes_against", "japan", R, "japan"),
    ),
    (
        FORCE,
        "genuine",
        "Venezuela held military exercises near the disputed border with Guyana.",
        row("venezuela", "mobilizes_against", "guyana"),
    ),
    # -- tempting: drills and build-ups with no actor threatened
    (
        NOFORCE,
        "tempt",
        "India held joint military exercises with Japan in the Bay of Bengal.",
        row("india", "cooperates_with", "japan"),
    ),
    (
        NOFORCE,
        "tempt",
        "Armenia staged exercises with the United States in 2023.",
        NONE,
    ),
    (
        NOFORCE,
        "tempt",
        "Poland held military exercises with Lithuania near the Suwalki gap.",
        row("lithuania", "cooperates_with", "poland"),
    ),
    (
        NOFORCE,
        "tempt",
        "Belarus held drills around the capital, Minsk, in March.",
        NONE,
    ),
    (
        NOFORCE,
        "tempt",
        "Serbia staged military exercises near Belgrade.",
        NONE,
    ),
    (
        NOFORCE,
        "tempt",
        "Greece held naval exercises off Crete.",
        NONE,
    ),
    (
        NOFORCE,
        "tempt",
        "Pakistan conducted drills near its own border with Afghanistan.",
        NONE,
    ),
    (
        NOFORCE,
        "tempt",
        "Kenya held drills around Nairobi to prepare for floods.",
        NONE,
    ),
    (
        NOFORCE,
        "tempt",
        "South Korea and Japan held exercises off the Korean peninsula.",
        NONE,
    ),
    (
        NOFORCE,
        "tempt",
        "India massed troops in Kashmir ahead of the elections.",
        NONE,
    ),
    # -- tempting: ending or resuming no relation
    (
        NOACT,
        "tempt",
        "Serbia's parliament suspended the session after a brawl.",
        NONE,
    ),
    (
        NOACT,
        "tempt",
        "North Korea halted its own nuclear programme in 2007.",
        NONE,
    ),
    (
        NOACT,
        "tempt",
        "Workers in Guyana resumed work after the strike.",
        NONE,
    ),
    (
        NOACT,
        "tempt",
        "Ethiopia suspended internet services in Tigray.",
        NONE,
    ),
    (
        NOACT,
        "tempt",
        "Kenya halted its deployment to Haiti after a court ruling.",
        NONE,
    ),
    (
        NOACT,
        "tempt",
        "Algeria froze the assets of a businessman.",
        NONE,
    ),
    (
        NOACT,
        "tempt",
        "Colombia resumed aerial fumigation of coca crops.",
        NONE,
    ),
    (
        NOACT,
        "tempt",
        "India suspended the cricket series in Mumbai.",
        NONE,
    ),
    (
        NOACT,
        "tempt",
        "Lithuania withdrew its candidate from the race.",
        NONE,
    ),
    (
        NOACT,
        "tempt",
        "Turkey resumed construction of the nuclear plant.",
        NONE,
    ),
    (
        NOACT,
        "tempt",
        "Morocco cut interest rates in March.",
        NONE,
    ),
    (
        NOACT,
        "tempt",
        "Greece froze public sector hiring.",
        NONE,
    ),
    (
        NOACT,
        "tempt",
        "Japan suspended imports of Pakistani mangoes.",
        NONE,
    ),
    (
        NOACT,
        "tempt",
        "Venezuela halted flights to Caracas for repairs.",
        NONE,
    ),
    (
        NOACT,
        "tempt",
        "Poland resumed its presidency of the council.",
        NONE,
    ),
]
