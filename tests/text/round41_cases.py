"""The sentences of the round-41 audit (issue 16; BASELINE.md, round 41): a state's
services, commands and units as doers (coast guard, navy, air force, border guard, "the
ministry of defence of X", "X's military", a combatant command, "the Pentagon"), and the
things an actor owns by a demonym or a possessive as targets (ships, boats, vessels,
aircraft, a contingent, a deployment, an embassy, a convoy: ANNOTATION.md R6). Written for
this round in news, wire and think-tank styles, on conflicts and actors the fresh sample
does not use (the East and South China Seas, the Aegean, the Black Sea, the Korean
peninsula, the Sahel, the Essequibo, the Baltic). About a third are built to tempt a wrong
row (``tempt``: a person of a nationality, "a coast guard of the island" with no state
named, a state's own assets, a ministry official with no act, a ship of an owner not in
the table), the rest are genuine (``genuine``). Expected rows by hand from
tests/text/data/ANNOTATION.md (R1 bodies and forces, R5 offices, R6 targets and their
round-41 additions): ``(class, kind, text, rows)`` with rows ``(source, relation, target,
modality, attributed_to)``; an empty set means no row. Rows of the types the scorer
ignores are not counted either way (``extraction_fixtures.SCORED_OUT``)."""

import pandas as pd

ACTORS = pd.DataFrame(
    [
        ("china", "China", "state", "Beijing", "CHN"),
        ("japan", "Japan", "state", "Tokyo", "JPN"),
        ("vietnam", "Vietnam", "state", "Hanoi", "VNM"),
        ("taiwan", "Taiwan", "state", "Taipei", "TWN"),
        ("united_states", "United States", "state", "US|U.S.|Washington", "USA"),
        ("russia", "Russia", "state", "Moscow", "RUS"),
        ("ukraine", "Ukraine", "state", "Kyiv", "UKR"),
        ("greece", "Greece", "state", "Athens", "GRC"),
        ("turkey", "Turkey", "state", "Ankara|Türkiye", "TUR"),
        ("north_korea", "North Korea", "state", "Pyongyang|DPRK", "PRK"),
        ("south_korea", "South Korea", "state", "Seoul", "KOR"),
        ("venezuela", "Venezuela", "state", "Caracas", "VEN"),
        ("guyana", "Guyana", "state", "Georgetown", "GUY"),
        ("france", "France", "state", "Paris", "FRA"),
        ("mali", "Mali", "state", "Bamako", "MLI"),
        ("jnim", "Jama'at Nusrat al-Islam wal-Muslimin", "armed_group", "JNIM", "MLI"),
        ("isis", "Islamic State", "armed_group", "ISIS", "IRQ"),
        ("lithuania", "Lithuania", "state", "Vilnius", "LTU"),
        ("belarus", "Belarus", "state", "Minsk", "BLR"),
    ],
    columns=["id", "name", "kind", "aliases", "country"],
)

A, P, R = "asserted", "planned", "reported"
NONE: set[tuple[str, str, str, str, str]] = set()


def row(source, relation, target, modality=A, claimant=""):
    return {(source, relation, target, modality, claimant)}


SERVICE, COMMAND, MINISTRY, ASSET = "service", "command", "ministry", "asset"

CASES = [
    # a service of the state named by a possessive or a demonym: the state (R1)
    (
        SERVICE,
        "genuine",
        "Vietnam's coast guard fired water cannon at a Chinese fishing boat on Friday.",
        row("vietnam", "attacks", "china"),
    ),
    (
        SERVICE,
        "genuine",
        "China's navy harassed a Vietnamese supply ship near the reef.",
        row("china", "coerces", "vietnam"),
    ),
    (
        SERVICE,
        "genuine",
        "The Russian air force bombed a Ukrainian convoy outside Kharkiv.",
        row("russia", "attacks", "ukraine"),
    ),
    (
        SERVICE,
        "genuine",
        "Turkey's air force will launch strikes on Greek targets, officials in Ankara said.",
        row("turkey", "attacks", "greece", P, "turkey"),
    ),
    (
        SERVICE,
        "genuine",
        "The Greek coast guard accused Turkey of harassing its patrol boats.",
        row("greece", "opposes", "turkey") | row("turkey", "coerces", "greece", R, "greece"),
    ),
    (
        SERVICE,
        "genuine",
        "Russia's military shelled a Ukrainian army base overnight.",
        row("russia", "attacks", "ukraine"),
    ),
    (
        SERVICE,
        "genuine",
        "The South Korean navy fired warning shots at a North Korean patrol boat.",
        row("south_korea", "attacks", "north_korea"),
    ),
    (SERVICE, "genuine", "North Korea's army shelled a South Korean island in 2010.", NONE),
    (
        SERVICE,
        "genuine",
        "Lithuania's border guard accused Belarus of pushing migrants across the frontier.",
        row("lithuania", "opposes", "belarus"),
    ),
    (
        SERVICE,
        "genuine",
        "Venezuela's navy intercepted a Guyanese patrol vessel in the disputed waters.",
        row("venezuela", "coerces", "guyana"),
    ),
    (
        SERVICE,
        "genuine",
        "The Japanese coast guard protested to China over the incursion.",
        row("japan", "opposes", "china"),
    ),
    (
        SERVICE,
        "genuine",
        "The Chinese coast guard rammed a Vietnamese fishing vessel near the Paracels.",
        row("china", "attacks", "vietnam"),
    ),
    (
        SERVICE,
        "genuine",
        "Taiwan's coast guard expelled Chinese coast guard ships from its waters.",
        row("taiwan", "reduces_relations", "china"),
    ),
    (
        SERVICE,
        "genuine",
        "The Ukrainian navy struck a Russian landing ship with sea drones.",
        row("ukraine", "attacks", "russia"),
    ),
    (
        SERVICE,
        "genuine",
        "Chinese coast guard vessels blocked a Vietnamese survey ship.",
        row("china", "coerces", "vietnam"),
    ),
    (SERVICE, "genuine", "France's army handed over its last base to Mali in 2022.", NONE),
    (
        SERVICE,
        "genuine",
        "The Malian army attacked a JNIM camp near Timbuktu.",
        row("mali", "attacks", "jnim"),
    ),
    (
        SERVICE,
        "genuine",
        "Guyana's defence force condemned Venezuela's incursion.",
        row("guyana", "opposes", "venezuela"),
    ),
    # a command, a ministry "of X", the Pentagon
    (
        COMMAND,
        "genuine",
        "United States Central Command (CENTCOM) announced an airstrike "
        "targeting the Islamic State in Syria.",
        row("united_states", "attacks", "isis"),
    ),
    (
        COMMAND,
        "genuine",
        "CENTCOM forces struck an Islamic State hideout in eastern Syria.",
        row("united_states", "attacks", "isis"),
    ),
    (
        COMMAND,
        "genuine",
        "U.S. Central Command said it had killed a senior ISIS commander.",
        row("united_states", "attacks", "isis", R, "united_states"),
    ),
    (
        COMMAND,
        "genuine",
        "The Pentagon condemned Russia's seizure of a Ukrainian grain ship.",
        row("united_states", "opposes", "russia") | row("russia", "coerces", "ukraine"),
    ),
    (
        COMMAND,
        "genuine",
        "The Pentagon accused China of harassing a US reconnaissance aircraft.",
        row("united_states", "opposes", "china")
        | row("china", "coerces", "united_states", R, "united_states"),
    ),
    (
        MINISTRY,
        "genuine",
        "The Ministry of Defence of Ukraine announced a strike on a Russian landing ship.",
        row("ukraine", "attacks", "russia"),
    ),
    (
        MINISTRY,
        "genuine",
        "The Ministry of Foreign Affairs of Japan lodged a protest with China.",
        row("japan", "opposes", "china"),
    ),
    (
        MINISTRY,
        "genuine",
        "The Japanese foreign ministry condemned China.",
        row("japan", "opposes", "china"),
    ),
    (
        MINISTRY,
        "genuine",
        "Greece's foreign ministry summoned the Turkish ambassador.",
        row("greece", "opposes", "turkey"),
    ),
    (
        MINISTRY,
        "genuine",
        "The Ministry of National Defense of Taiwan said Chinese warplanes had harassed its ships.",
        row("china", "coerces", "taiwan", R, "taiwan"),
    ),
    (
        MINISTRY,
        "genuine",
        "The South Korean defence ministry warned North Korea against further provocations.",
        row("south_korea", "warns", "north_korea"),
    ),
    (
        MINISTRY,
        "genuine",
        "Lithuania's interior ministry accused Belarus of orchestrating the border crisis.",
        row("lithuania", "opposes", "belarus"),
    ),
    # assets by a demonym or a possessive as targets (R6)
    (
        ASSET,
        "genuine",
        "Ukrainian drones struck the Russian Black Sea Fleet in Sevastopol.",
        row("ukraine", "attacks", "russia"),
    ),
    (
        ASSET,
        "genuine",
        "Russian forces fired on a Ukrainian convoy near Zaporizhzhia.",
        row("russia", "attacks", "ukraine"),
    ),
    (
        ASSET,
        "genuine",
        "North Korea fired artillery at a South Korean guard post.",
        row("north_korea", "attacks", "south_korea"),
    ),
    (ASSET, "genuine", "JNIM attacked a French convoy near Gao.", row("jnim", "attacks", "france")),
    (
        ASSET,
        "genuine",
        "JNIM claimed an attack on the Malian army's base at Boulkessi.",
        row("jnim", "attacks", "mali", R, "jnim"),
    ),
    (
        ASSET,
        "genuine",
        "Russian jets buzzed a US Navy destroyer in the Black Sea.",
        row("russia", "coerces", "united_states"),
    ),
    (
        ASSET,
        "genuine",
        "Venezuela seized a Guyanese fishing vessel in the Essequibo.",
        row("venezuela", "coerces", "guyana"),
    ),
    (
        ASSET,
        "genuine",
        "Chinese warships blockaded Taiwan's ports during the drills.",
        row("china", "coerces", "taiwan"),
    ),
    (ASSET, "genuine", "Protesters in Minsk attacked the Lithuanian embassy.", NONE),
    (
        ASSET,
        "genuine",
        "Belarus attacked the Lithuanian embassy in a cyber operation.",
        row("belarus", "attacks", "lithuania"),
    ),
    (
        ASSET,
        "genuine",
        "Russian missiles hit a Ukrainian aircraft at the Starokostiantyniv airbase.",
        row("russia", "attacks", "ukraine"),
    ),
    (
        ASSET,
        "genuine",
        "Taiwan fired warning shots at a Chinese drone over Kinmen.",
        row("taiwan", "attacks", "china"),
    ),
    (
        ASSET,
        "genuine",
        "Turkish fighter jets harassed a Greek aircraft over the Aegean.",
        row("turkey", "coerces", "greece"),
    ),
    (
        ASSET,
        "genuine",
        "Islamic State fighters ambushed a Malian army convoy.",
        row("isis", "attacks", "mali"),
    ),
    (
        ASSET,
        "genuine",
        "Ukraine attacked the deployment of the Russian contingent in Transnistria.",
        row("ukraine", "attacks", "russia"),
    ),
    (
        ASSET,
        "genuine",
        "Japan's coast guard said Chinese ships had rammed a Japanese patrol boat.",
        row("china", "attacks", "japan", R, "japan"),
    ),
    # tempting: a person of a nationality, no state named, a state's own assets,
    # an official with no act, owners outside the table
    (
        SERVICE,
        "tempt",
        "The island's coast guard fired on a fishing boat that ignored orders.",
        NONE,
    ),
    (SERVICE, "tempt", "A coast guard of the archipelago detained a Chinese fisherman.", NONE),
    (
        SERVICE,
        "tempt",
        "China's coast guard detained a Vietnamese fisherman near the Paracels.",
        NONE,
    ),
    (SERVICE, "tempt", "The Japanese navy shadowed Chinese warships through the strait.", NONE),
    (SERVICE, "tempt", "The Russian air force lost three aircraft in the first week.", NONE),
    (SERVICE, "tempt", "The Greek navy rescued migrants from a Turkish-flagged boat.", NONE),
    (SERVICE, "tempt", "Ukraine's navy commander visited a Turkish shipyard.", NONE),
    (
        SERVICE,
        "tempt",
        "The Taiwanese coast guard escorted a Taiwanese supply ship to Pratas.",
        NONE,
    ),
    (SERVICE, "tempt", "Russia's air force struck Russian targets held by the mutineers.", NONE),
    (SERVICE, "tempt", "The Venezuelan army parade featured Russian-built aircraft.", NONE),
    (MINISTRY, "tempt", "A ministry official said the talks had been constructive.", NONE),
    (
        MINISTRY,
        "tempt",
        "A defence ministry official said an unidentified vessel had entered the zone.",
        NONE,
    ),
    (
        MINISTRY,
        "tempt",
        "The Ministry of Defence of the self-declared republic announced new exercises.",
        NONE,
    ),
    (
        MINISTRY,
        "tempt",
        "The Japanese foreign ministry published a white paper on maritime security.",
        NONE,
    ),
    (COMMAND, "tempt", "The Pentagon announced a new commander for its Pacific fleet.", NONE),
    (COMMAND, "tempt", "CENTCOM said the drone had crashed during a training flight.", NONE),
    (ASSET, "tempt", "China detained the crew of a Vietnamese fishing boat.", NONE),
    (ASSET, "tempt", "A Vietnamese fisherman was injured when his boat capsized in a storm.", NONE),
    (ASSET, "tempt", "Pirates attacked a Greek-owned tanker off the coast of Somalia.", NONE),
    (ASSET, "tempt", "A fire broke out on a Russian warship in Sevastopol.", NONE),
    (ASSET, "tempt", "Ukraine repaired its own damaged ships in Odesa.", NONE),
    (ASSET, "tempt", "Gunmen attacked a convoy of aid trucks near Gao.", NONE),
    (ASSET, "tempt", "The Chinese embassy in Hanoi hosted a reception.", NONE),
    (ASSET, "tempt", "Taiwanese sailors boarded a Taiwanese frigate for the drill.", NONE),
    (ASSET, "tempt", "Turkey bought American aircraft and Russian missiles.", NONE),
    (ASSET, "tempt", "Mali's army recaptured the Malian base at Kidal from rebels.", NONE),
]
