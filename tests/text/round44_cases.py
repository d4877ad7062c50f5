"""The sentences of the round-44 audit (issue 16; BASELINE.md, round 44): verbs whose
gerund or infinitive complement says whether an act between actors took place: denied
or rejected (deny helping, reject claims of sheltering: ``denied`` by the denier), admitted
(admit, acknowledge, confess supplying: the doer's own claim, ``reported``), ended (stop,
cease, halt funding: ``ended``), going on or begun (continue, keep, resume, start, begin
backing: asserted), avoided (avoid, refrain from attacking: ``denied``), an infinitive of
purpose on such a gerund ("denied sending troops to help X"), and "acting in
self-defence against X" (``fights``, as its speaker says). Written for this round in news,
wire and think-tank styles, on conflicts and actors the fresh sample does not use (Serbia
and Kosovo, Ethiopia, Eritrea and Tigray, Pakistan and the Taliban, Myanmar, Colombia and
the ELN, Armenia and Azerbaijan, Russia, Belarus and Ukraine, Turkey and the PKK). About a
third are built to tempt a wrong row (``tempt``: "denied entry to", "stopped short of
condemning", "continued to call for", "admitted failures", a gerund whose object is no
actor, a purchase of goods), the rest are genuine (``genuine``). Expected rows by hand
from tests/text/data/ANNOTATION.md (R4 and its round-44 additions): ``(class, kind,
text, rows)`` with rows ``(source, relation, target, modality, attributed_to)``; an empty
set means no row. Rows of the types the scorer ignores are not counted either way
(``extraction_fixtures.SCORED_OUT``)."""

import pandas as pd

ACTORS = pd.DataFrame(
    [
        ("serbia", "Serbia", "state", "Belgrade", "SRB"),
        ("kosovo", "Kosovo", "state", "Pristina", "XKX"),
        ("eritrea", "Eritrea", "state", "Asmara", "ERI"),
        ("ethiopia", "Ethiopia", "state", "Addis Ababa", "ETH"),
        ("tplf", "Tigray People's Liberation Front", "armed_group", "TPLF", "ETH"),
        ("fano", "Fano", "armed_group", "Fano militia", "ETH"),
        ("pakistan", "Pakistan", "state", "Islamabad", "PAK"),
        ("taliban", "Taliban", "armed_group", "Afghan Taliban", "AFG"),
        ("ttp", "Tehrik-i-Taliban Pakistan", "armed_group", "TTP", "PAK"),
        ("china", "China", "state", "Beijing", "CHN"),
        ("arakan_army", "Arakan Army", "armed_group", "", "MMR"),
        ("myanmar", "Myanmar", "state", "Naypyidaw", "MMR"),
        ("venezuela", "Venezuela", "state", "Caracas", "VEN"),
        ("colombia", "Colombia", "state", "Bogota", "COL"),
        ("eln", "National Liberation Army", "armed_group", "ELN", "COL"),
        ("belarus", "Belarus", "state", "Minsk", "BLR"),
        ("russia", "Russia", "state", "Moscow", "RUS"),
        ("ukraine", "Ukraine", "state", "Kyiv", "UKR"),
        ("azerbaijan", "Azerbaijan", "state", "Baku", "AZE"),
        ("armenia", "Armenia", "state", "Yerevan", "ARM"),
        ("turkey", "Turkey", "state", "Ankara", "TUR"),
        ("pkk", "Kurdistan Workers' Party", "armed_group", "PKK", "TUR"),
        ("north_korea", "North Korea", "state", "Pyongyang", "PRK"),
        ("qatar", "Qatar", "state", "Doha", "QAT"),
        ("united_states", "United States", "state", "US|Washington", "USA"),
        ("sdf", "Syrian Democratic Forces", "armed_group", "SDF", "SYR"),
        ("uganda", "Uganda", "state", "Kampala", "UGA"),
        ("al_shabaab", "al-Shabaab", "armed_group", "", "SOM"),
        ("lithuania", "Lithuania", "state", "Vilnius", "LTU"),
        ("hungary", "Hungary", "state", "Budapest", "HUN"),
        ("india", "India", "state", "New Delhi", "IND"),
        ("iran", "Iran", "state", "Tehran", "IRN"),
        ("bulgaria", "Bulgaria", "state", "Sofia", "BGR"),
        ("csto", "Collective Security Treaty Organization", "organization", "CSTO", ""),
    ],
    columns=["id", "name", "kind", "aliases", "country"],
)

A, D, E, R, H, P = "asserted", "denied", "ended", "reported", "hypothetical", "planned"
NONE: set[tuple[str, str, str, str, str]] = set()


def row(source, relation, target, modality=A, claimant=""):
    return {(source, relation, target, modality, claimant)}


DENY, ADMIT, STOP, GOON, AVOID, PURPOSE, DEFENCE = (
    "deny",
    "admit",
    "stop",
    "continue",
    "avoid",
    "purpose",
    "self-defence",
)

CASES = [
    # a gerund denied or rejected: the act denied by the denier (R4)
    (
        DENY,
        "genuine",
        "Eritrea denied backing the TPLF during the war.",
        row("eritrea", "backs", "tplf", D, "eritrea"),
    ),
    (
        DENY,
        "genuine",
        "Pakistan rejected claims of sheltering the Afghan Taliban.",
        row("pakistan", "backs", "taliban", D, "pakistan"),
    ),
    (
        DENY,
        "genuine",
        "The Taliban denied harbouring TTP fighters.",
        row("taliban", "backs", "ttp", D, "taliban"),
    ),
    (
        DENY,
        "genuine",
        "China denied supplying weapons to the Arakan Army.",
        row("china", "arms", "arakan_army", D, "china"),
    ),
    (
        DENY,
        "genuine",
        "Venezuela has repeatedly denied sheltering ELN commanders.",
        row("venezuela", "backs", "eln", D, "venezuela"),
    ),
    (
        DENY,
        "genuine",
        "Belarus denied sending soldiers to Russia.",
        row("belarus", "backs", "russia", D, "belarus"),
    ),
    (
        DENY,
        "genuine",
        "Azerbaijan denied shelling Armenian positions.",
        row("azerbaijan", "attacks", "armenia", D, "azerbaijan"),
    ),
    (
        DENY,
        "genuine",
        "Armenia denied helping Iran.",
        row("armenia", "backs", "iran", D, "armenia"),
    ),
    (
        DENY,
        "genuine",
        "Ethiopia has long denied funding the Fano militia.",
        row("ethiopia", "funds", "fano", D, "ethiopia"),
    ),
    (
        DENY,
        "genuine",
        "China denied training Arakan Army fighters.",
        row("china", "arms", "arakan_army", D, "china"),
    ),
    (
        DENY,
        "genuine",
        "The ELN denied attacking Colombian soldiers in Arauca.",
        row("eln", "attacks", "colombia", D, "eln"),
    ),
    (
        DENY,
        "genuine",
        "Eritrea denied that its troops had attacked the TPLF.",
        row("eritrea", "attacks", "tplf", D, "eritrea"),
    ),
    (
        DENY,
        "genuine",
        "Venezuela denied reports that it had armed the ELN.",
        row("venezuela", "arms", "eln", D, "venezuela"),
    ),
    (
        DENY,
        "tempt",
        "Serbia has consistently denied helping the gunmen who attacked Kosovo police in Banjska.",
        NONE,
    ),
    (DENY, "tempt", "Belgrade denied arming Kosovo Serb militants.", NONE),
    (
        DENY,
        "tempt",
        "Serbia denied entry to Kosovo officials.",
        row("serbia", "reduces_relations", "kosovo"),
    ),
    (
        DENY,
        "tempt",
        "Hungary denied entry to Ukrainian diplomats.",
        row("hungary", "reduces_relations", "ukraine"),
    ),
    (DENY, "tempt", "Colombia denied the ELN's demands.", row("colombia", "rejects", "eln")),
    (DENY, "tempt", "Belarus denied allowing Russia to launch missiles from its territory.", NONE),
    # a gerund admitted, acknowledged or confessed: the doer's own claim, reported (R4)
    (
        ADMIT,
        "genuine",
        "Russia acknowledged supplying drones to Myanmar.",
        row("russia", "arms", "myanmar", R, "russia"),
    ),
    (
        ADMIT,
        "genuine",
        "Pakistan admitted training Taliban fighters in the 1990s.",
        row("pakistan", "arms", "taliban", R, "pakistan"),
    ),
    (
        ADMIT,
        "genuine",
        "Eritrea admitted fighting the TPLF.",
        row("eritrea", "fights", "tplf", R, "eritrea"),
    ),
    (
        ADMIT,
        "genuine",
        "Pakistan admitted that its intelligence officers had met Taliban leaders.",
        row("pakistan", "consults", "taliban", R, "pakistan"),
    ),
    (
        ADMIT,
        "genuine",
        "Turkey acknowledged bombing PKK positions in northern Iraq.",
        row("turkey", "attacks", "pkk", R, "turkey"),
    ),
    (
        ADMIT,
        "genuine",
        "Qatar admitted funding the Taliban office in Doha.",
        row("qatar", "funds", "taliban", R, "qatar"),
    ),
    (ADMIT, "tempt", "Belarus confessed to funding the opposition in Lithuania.", NONE),
    (ADMIT, "tempt", "Serbia admitted failures in its border controls.", NONE),
    (ADMIT, "tempt", "Eritrea admitted mistakes in the war.", NONE),
    (ADMIT, "tempt", "Russia never admitted arming the Houthis.", NONE),
    # a gerund stopped, ceased or halted: the act ended; halting support is also the
    # measure reduces_relations (R2 round 29, rule 3); stopping short of an act names none
    (
        STOP,
        "genuine",
        "The United States stopped arming the Syrian Democratic Forces.",
        row("united_states", "arms", "sdf", E),
    ),
    (
        STOP,
        "genuine",
        "Turkey halted supplying drones to Ethiopia.",
        row("turkey", "arms", "ethiopia", E) | row("turkey", "reduces_relations", "ethiopia"),
    ),
    (
        STOP,
        "genuine",
        "Eritrea stopped backing al-Shabaab after 2018.",
        row("eritrea", "backs", "al_shabaab", E),
    ),
    (
        STOP,
        "genuine",
        "Eritrea stopped fighting the TPLF after the Pretoria agreement.",
        row("eritrea", "fights", "tplf", E),
    ),
    (
        STOP,
        "genuine",
        "Colombia stopped fighting the ELN during the ceasefire.",
        row("colombia", "fights", "eln", E),
    ),
    (
        STOP,
        "genuine",
        "Russia stopped supplying gas to Bulgaria.",
        row("russia", "backs", "bulgaria", E),
    ),
    (
        STOP,
        "genuine",
        "China has not stopped supplying Russia with drone parts.",
        row("china", "arms", "russia"),
    ),
    (
        STOP,
        "genuine",
        "Armenia stopped buying weapons from Russia.",
        row("russia", "arms", "armenia", E),
    ),
    (
        STOP,
        "genuine",
        "Pakistan ceased shelling Taliban border posts in March.",
        row("pakistan", "attacks", "taliban", E),
    ),
    (
        STOP,
        "genuine",
        "Qatar stopped funding the Taliban office in Doha.",
        row("qatar", "funds", "taliban", E),
    ),
    (STOP, "tempt", "Colombia ceased funding the ELN talks.", NONE),
    (STOP, "tempt", "Uganda ended its support for the Congolese rebels.", NONE),
    (STOP, "tempt", "Turkey stopped short of condemning Azerbaijan.", NONE),
    (STOP, "tempt", "China stopped short of endorsing Russia's invasion.", NONE),
    (STOP, "tempt", "Belarus stopped importing Ukrainian goods.", NONE),
    # a gerund continued, kept, resumed or begun: the act asserted
    (
        GOON,
        "genuine",
        "China continued supplying weapons to Myanmar despite the embargo.",
        row("china", "arms", "myanmar"),
    ),
    (
        GOON,
        "genuine",
        "Russia kept funding Belarus throughout the protests.",
        row("russia", "funds", "belarus"),
    ),
    (
        GOON,
        "genuine",
        "Turkey resumed bombing PKK positions in northern Iraq.",
        row("turkey", "attacks", "pkk"),
    ),
    (
        GOON,
        "genuine",
        "Azerbaijan continued shelling Armenian positions overnight.",
        row("azerbaijan", "attacks", "armenia"),
    ),
    (
        GOON,
        "genuine",
        "The Arakan Army started attacking Myanmar army outposts in November.",
        row("arakan_army", "attacks", "myanmar"),
    ),
    (
        GOON,
        "genuine",
        "Russia began supplying Belarus with tactical nuclear weapons.",
        row("russia", "arms", "belarus"),
    ),
    (
        GOON,
        "genuine",
        "Ukraine continued striking Russia's oil refineries.",
        row("ukraine", "attacks", "russia"),
    ),
    (
        GOON,
        "genuine",
        "Belarus began training Russian soldiers last year.",
        row("belarus", "arms", "russia"),
    ),
    (
        GOON,
        "genuine",
        "Belarus began training Russian conscripts last year.",
        row("belarus", "arms", "russia"),
    ),
    (GOON, "tempt", "Armenia kept backing the separatists in Karabakh.", NONE),
    (GOON, "tempt", "Turkey continued to call for restraint.", NONE),
    (
        GOON,
        "tempt",
        "Qatar continued to call for talks between Pakistan and the Taliban.",
        row("pakistan", "consults", "taliban", H),
    ),
    (GOON, "tempt", "Turkey continued buying Russian gas.", NONE),
    # a gerund avoided or refrained from: the act denied, by nobody (R4)
    (
        AVOID,
        "genuine",
        "Ethiopia refrained from attacking Eritrea.",
        row("ethiopia", "attacks", "eritrea", D),
    ),
    (AVOID, "genuine", "India avoided criticising Russia.", row("india", "opposes", "russia", D)),
    (
        AVOID,
        "genuine",
        "Turkey refrained from sanctioning Russia.",
        row("turkey", "sanctions", "russia", D),
    ),
    (
        AVOID,
        "genuine",
        "Pakistan threatened to strike TTP hideouts in Afghanistan.",
        row("pakistan", "attacks", "ttp", P) | row("pakistan", "threatens", "ttp"),
    ),
    # an infinitive of purpose on a gerund complement: as the gerund (round-44 rule 2)
    (
        PURPOSE,
        "genuine",
        "Eritrea denied deploying troops to fight the TPLF.",
        row("eritrea", "fights", "tplf", D, "eritrea"),
    ),
    (
        PURPOSE,
        "genuine",
        "North Korea admitted sending troops to help Russia.",
        row("north_korea", "backs", "russia", R, "north_korea"),
    ),
    (
        PURPOSE,
        "genuine",
        "Eritrea admitted deploying troops to fight the TPLF.",
        row("eritrea", "fights", "tplf", R, "eritrea"),
    ),
    (
        PURPOSE,
        "genuine",
        "Eritrea stopped deploying troops to fight the TPLF.",
        row("eritrea", "fights", "tplf", E),
    ),
    (
        PURPOSE,
        "genuine",
        "Eritrea continued deploying troops to fight the TPLF.",
        row("eritrea", "fights", "tplf"),
    ),
    (
        PURPOSE,
        "genuine",
        "Russia began using drones to attack Ukraine.",
        row("russia", "attacks", "ukraine"),
    ),
    (
        PURPOSE,
        "tempt",
        "Eritrea deployed troops to fight the TPLF.",
        row("eritrea", "fights", "tplf"),
    ),
    (
        PURPOSE,
        "tempt",
        "Eritrea said it deployed troops to fight the TPLF.",
        row("eritrea", "fights", "tplf", R, "eritrea"),
    ),
    # acting in self-defence against X: fighting X (symmetric, canonical order), as said
    (
        DEFENCE,
        "genuine",
        "Azerbaijan says its troops are acting in self-defence against Armenian forces.",
        row("armenia", "fights", "azerbaijan", R, "azerbaijan"),
    ),
    (
        DEFENCE,
        "genuine",
        "Armenia said it was acting in self-defence against Azerbaijan.",
        row("armenia", "fights", "azerbaijan", R, "armenia"),
    ),
    (
        DEFENCE,
        "genuine",
        "The Taliban said they were acting in self-defence against Pakistan.",
        row("pakistan", "fights", "taliban", R, "taliban"),
    ),
    (
        DEFENCE,
        "genuine",
        "Myanmar's junta claims it is acting in self-defence against the Arakan Army.",
        row("arakan_army", "fights", "myanmar", R, "myanmar"),
    ),
    (
        DEFENCE,
        "genuine",
        "Pakistan denies supporting the Taliban and says its forces are acting in"
        " self-defence against the TTP.",
        row("pakistan", "backs", "taliban", D, "pakistan")
        | row("pakistan", "fights", "ttp", R, "pakistan"),
    ),
    (
        DEFENCE,
        "genuine",
        "Ukrainian forces acted in self-defence against Russia.",
        row("russia", "fights", "ukraine"),
    ),
    (DEFENCE, "tempt", "The junta said its defence against the Arakan Army was lawful.", NONE),
    (DEFENCE, "tempt", "Ukraine strengthened its air defence against Russian drones.", NONE),
    (DEFENCE, "tempt", "Armenia took part in the defence against Azerbaijan's offensive.", NONE),
    (DEFENCE, "tempt", "Serbia acted against Kosovo's decision in the courts.", NONE),
]
