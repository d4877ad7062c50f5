"""The sentences of the round-51 audit (issue 16; BASELINE.md, round 51): support expressed
as help, aid, protection or fighting on someone's side ("sent troops to help Y", "helped Y
retake", "came to the aid of Y", "is providing support to Y", "in support of Y", "fought
for / on behalf of / on the side of Y", "protects Y", "served as Y's protector", "who have
been supporting Y", "Rwandan troops helped Y"): the helper `backs` the helped actor
(ANNOTATION.md's `backs` row, R2's choice rules and the round-51 addition); fighting
alongside is `cooperates_with` and weapons rushed are `arms`. Written for this round on
conflicts and actors the fresh sample and the development documents do not use where
possible (Russia, Belarus and Ukraine, Iran, Hezbollah, the Houthis and Syria, Turkey,
Azerbaijan and Armenia, Wagner, Mali, Chad and Niger, Eritrea and Ethiopia, Venezuela and
Cuba, DR Congo, Burundi, Rwanda and M23, Somalia, Kenya and al-Shabaab). About a third
built to tempt a wrong row (``tempt``: help and aid to people or places that are no actor,
support of a plan or a ceasefire, fighting for control or independence, fighting against,
denied, refused and conditional help that keeps its row with its status, help asked for,
help to someone's rivals, protecting oneself, defending against); the rest genuine.
Expected rows by hand from tests/text/data/ANNOTATION.md: ``(class, kind, text, rows)``
with rows ``(source, relation, target, modality, attributed_to)``; an empty set means no
row."""

import pandas as pd

ACTORS = pd.DataFrame(
    [
        ("russia", "Russia", "state", "Moscow|Kremlin", "RUS"),
        ("ukraine", "Ukraine", "state", "Kyiv", "UKR"),
        ("belarus", "Belarus", "state", "Minsk", "BLR"),
        ("iran", "Iran", "state", "Tehran", "IRN"),
        ("hezbollah", "Hezbollah", "armed_group", "", "LBN"),
        ("houthis", "Houthis", "armed_group", "Ansar Allah", "YEM"),
        ("syria", "Syria", "state", "Damascus", "SYR"),
        ("united_states", "United States", "state", "US|U.S.|Washington", "USA"),
        ("israel", "Israel", "state", "", "ISR"),
        ("turkey", "Turkey", "state", "Ankara", "TUR"),
        ("azerbaijan", "Azerbaijan", "state", "Baku", "AZE"),
        ("armenia", "Armenia", "state", "Yerevan", "ARM"),
        ("wagner", "Wagner Group", "armed_group", "Wagner", "RUS"),
        ("mali", "Mali", "state", "Bamako", "MLI"),
        ("chad", "Chad", "state", "N'Djamena", "TCD"),
        ("niger", "Niger", "state", "Niamey", "NER"),
        ("eritrea", "Eritrea", "state", "Asmara", "ERI"),
        ("ethiopia", "Ethiopia", "state", "Addis Ababa", "ETH"),
        ("venezuela", "Venezuela", "state", "Caracas", "VEN"),
        ("cuba", "Cuba", "state", "Havana", "CUB"),
        ("dr_congo", "Democratic Republic of the Congo", "state", "DR Congo|Kinshasa", "COD"),
        ("burundi", "Burundi", "state", "Bujumbura", "BDI"),
        ("rwanda", "Rwanda", "state", "Kigali", "RWA"),
        ("m23", "M23", "armed_group", "M23 rebels", "COD"),
        ("somalia", "Somalia", "state", "Mogadishu", "SOM"),
        ("kenya", "Kenya", "state", "Nairobi", "KEN"),
        ("al_shabaab", "al-Shabaab", "armed_group", "", "SOM"),
    ],
    columns=["id", "name", "kind", "aliases", "country"],
)

A = "asserted"


def _row(
    source: str, target: str, modality: str = A, by: str = "", relation: str = "backs"
) -> tuple[str, ...]:
    return (source, relation, target, modality, by)


def _backs(source: str, *targets: str) -> set[tuple[str, ...]]:
    return {_row(source, t) for t in targets}


_GENUINE = [
    # people sent or deployed to help an actor (R2's people sent, rule 4)
    (
        "sent_to_help",
        "Burundi sent troops to help the Congolese army fight rebels in the east.",
        _backs("burundi", "dr_congo"),
    ),
    (
        "sent_to_help",
        "Chad has deployed 1,000 soldiers to Niger to help it combat jihadist groups.",
        _backs("chad", "niger"),
    ),
    (
        "sent_to_help",
        "Russia dispatched military instructors to Mali to help it fight insurgents.",
        _backs("russia", "mali"),
    ),
    (
        "sent_to_help",
        "Kenya is deploying more troops to help Somalia combat Islamist militants.",
        _backs("kenya", "somalia"),
    ),
    (
        "sent_to_help",
        "Eritrea sent thousands of soldiers into Tigray to help Ethiopia.",
        _backs("eritrea", "ethiopia"),
    ),
    (
        "sent_to_help",
        "Iran sent advisers to Syria to help Damascus recapture lost ground.",
        _backs("iran", "syria"),
    ),
    # helped an actor (to) do something
    (
        "helped",
        "Russian air power helped Syria retake Aleppo in 2016.",
        _backs("russia", "syria"),
    ),
    (
        "helped",
        "Wagner helped the Malian army recapture Kidal last year.",
        _backs("wagner", "mali"),
    ),
    (
        "helped",
        "Turkish drones helped Azerbaijan win the 2020 war.",
        _backs("turkey", "azerbaijan"),
    ),
    (
        "helped",
        "Cuba has helped Venezuela, sending doctors and intelligence officers.",
        _backs("cuba", "venezuela"),
    ),
    (
        "helped",
        "Hezbollah fighters helped Syria repel rebel offensives near Qusayr.",
        _backs("hezbollah", "syria"),
    ),
    (
        "helped",
        "Belarus helped Russia by letting its troops cross the border.",
        _backs("belarus", "russia"),
    ),
    # owner of the forces that help
    (
        "owner_of_forces",
        "Rwandan troops helped the M23 capture Goma.",
        _backs("rwanda", "m23"),
    ),
    (
        "owner_of_forces",
        "Burundian soldiers have helped Kinshasa hold Uvira.",
        _backs("burundi", "dr_congo"),
    ),
    (
        "owner_of_forces",
        "Eritrean forces helped Ethiopian troops push back the TPLF.",
        _backs("eritrea", "ethiopia"),
    ),
    # came to the aid or defence of an actor
    (
        "came_to_aid",
        "Russia came to the aid of Syria in 2015.",
        _backs("russia", "syria"),
    ),
    (
        "came_to_aid",
        "Iran came to the aid of the Houthis when the Saudi campaign began.",
        _backs("iran", "houthis"),
    ),
    (
        "came_to_aid",
        "Turkey came to Azerbaijan's aid with drones and advisers.",
        _backs("turkey", "azerbaijan"),
    ),
    (
        "came_to_aid",
        "Rwanda rushed to the aid of the M23 as the rebels faltered.",
        _backs("rwanda", "m23"),
    ),
    # providing support, assistance or aid to an actor
    (
        "provide_support",
        "Iran is providing military support to the Houthis, the report said.",
        {_row("iran", "houthis", "reported")},
    ),
    (
        "provide_support",
        "Belarus has provided logistical assistance to Russia since the invasion.",
        _backs("belarus", "russia"),
    ),
    (
        "provide_support",
        "Cuba provides security assistance to Venezuela.",
        _backs("cuba", "venezuela"),
    ),
    (
        "provide_support",
        "Rwanda is providing support to the M23, UN experts said.",
        {_row("rwanda", "m23", "reported")},
    ),
    (
        "provide_support",
        "Turkey gave Azerbaijan military support during the war.",
        _backs("turkey", "azerbaijan"),
    ),
    (
        "provide_support",
        "Kenya offered support to Somalia after the attacks.",
        {_row("kenya", "somalia", "hypothetical")},
    ),
    # in support of an actor
    (
        "in_support_of",
        "Wagner fighters were deployed in support of the Malian junta.",
        _backs("wagner", "mali"),
    ),
    (
        "in_support_of",
        "Hezbollah opened a front in support of the Houthis.",
        _backs("hezbollah", "houthis"),
    ),
    (
        "in_support_of",
        "Eritrea intervened in support of Ethiopia.",
        _backs("eritrea", "ethiopia"),
    ),
    # fighting for, on behalf of, on the side of an actor
    (
        "fought_for",
        "Wagner mercenaries fought for the Malian junta around Kidal.",
        _backs("wagner", "mali"),
    ),
    (
        "fought_for",
        "Hezbollah fought on behalf of Syria during the civil war.",
        _backs("hezbollah", "syria"),
    ),
    (
        "fought_for",
        "Eritrean troops fought on the side of Ethiopia in Tigray.",
        _backs("eritrea", "ethiopia"),
    ),
    (
        "fought_for",
        "Burundi's soldiers fought on the side of the Congolese army.",
        _backs("burundi", "dr_congo"),
    ),
    # fighting alongside: acting jointly (R2's cooperates_with)
    (
        "alongside",
        "Wagner fighters fought alongside the Malian army near Kidal.",
        {_row("mali", "wagner", relation="cooperates_with")},
    ),
    (
        "alongside",
        "Rwandan troops are fighting alongside the M23, UN experts said.",
        {_row("m23", "rwanda", "reported", relation="cooperates_with")},
    ),
    # protecting or defending an actor, and protection as a noun
    (
        "protects",
        "Russia protects Belarus under the union state treaty.",
        _backs("russia", "belarus"),
    ),
    (
        "protects",
        "Iran has defended the Houthis at the United Nations.",
        _backs("iran", "houthis"),
    ),
    (
        "protects",
        "Russia's protection of Armenia ended in 2023.",
        {_row("russia", "armenia", "ended")},
    ),
    (
        "protects",
        "Russia served as Armenia's security guarantor for decades.",
        _backs("russia", "armenia"),
    ),
    (
        "protects",
        "Wagner mercenaries acted as the protectors of the Malian junta.",
        _backs("wagner", "mali"),
    ),
    # relative clauses: the doer is the relative's head
    (
        "relative",
        "Eritrean troops, who have been supporting the Ethiopian army, withdrew from Tigray.",
        _backs("eritrea", "ethiopia"),
    ),
    (
        "relative",
        "Wagner, which had been fighting for the Malian junta, left the country in June.",
        _backs("wagner", "mali"),
    ),
    (
        "relative",
        "The Houthis targeted a US vessel that was providing support to Israel.",
        _backs("united_states", "israel") | {_row("houthis", "united_states", relation="attacks")},
    ),
    (
        "relative",
        "Burundian soldiers, who are helping the Congolese army, took heavy losses.",
        _backs("burundi", "dr_congo"),
    ),
    # weapons rushed to an actor (round 20: weapons are arms)
    (
        "arms",
        "Iran rushed drones and missiles to Russia.",
        {_row("iran", "russia", relation="arms")},
    ),
    (
        "arms",
        "Turkey rushed weapons to Azerbaijan during the fighting.",
        {_row("turkey", "azerbaijan", relation="arms")},
    ),
    # reported and claimed help
    (
        "reported",
        "Kinshasa accused Rwanda of helping the M23.",
        {("dr_congo", "opposes", "rwanda", A, ""), _row("rwanda", "m23", "reported", "dr_congo")},
    ),
    (
        "reported",
        "Ukraine said Belarus was helping Russia.",
        {_row("belarus", "russia", "reported", "ukraine")},
    ),
]

_TEMPTING = [
    # help and aid to people or places that are no actor
    ("no_actor", "Turkey helped civilians fleeing Nagorno-Karabakh."),
    ("no_actor", "Kenya sent aid to flood victims in Somalia's Jubaland region."),
    ("no_actor", "Russia provided humanitarian aid to the people of Aleppo."),
    ("no_actor", "Iran helped rebuild hospitals in southern Lebanon."),
    ("no_actor", "Cuba sent doctors to help earthquake survivors."),
    # support of a policy, a plan or a ceasefire
    ("policy", "Eritrea voiced support for the peace plan."),
    ("policy", "Armenia expressed support for the ceasefire."),
    ("policy", "Chad helped broker a truce in Darfur."),
    # fighting for something that is no actor
    ("fight_for_thing", "The M23 says it is fighting for the rights of Congolese Tutsis."),
    ("fight_for_thing", "Al-Shabaab has fought for control of the port of Kismayo."),
    ("fight_for_thing", "Armenian separatists fought for independence from Azerbaijan."),
    # fighting against: fights, not backs
    (
        "fought_against",
        "Wagner fought against Ukraine in Bakhmut.",
        {_row("ukraine", "wagner", relation="fights")},
    ),
    (
        "fought_against",
        "Kenyan troops are fighting against al-Shabaab.",
        {_row("al_shabaab", "kenya", relation="fights")},
    ),
    # denied, refused and conditional help: the row keeps its status
    (
        "status",
        "Rwanda denied helping the M23.",
        {_row("rwanda", "m23", "denied", "rwanda")},
    ),
    (
        "status",
        "Belarus refused to help Russia in Ukraine.",
        {_row("belarus", "russia", "denied")},
    ),
    (
        "status",
        "Iran would help the Houthis if Israel struck Yemen.",
        {_row("iran", "houthis", "hypothetical")},
    ),
    (
        "status",
        "Eritrea has not helped Ethiopia since the war ended.",
        {_row("eritrea", "ethiopia", "denied")},
    ),
    # help asked for: the asked party has not helped yet (courts / appeals_to)
    (
        "asked",
        "Mali asked Russia to help it fight jihadists.",
        {_row("mali", "russia", relation="courts")},
    ),
    (
        "asked",
        "Somalia appealed to Kenya for help.",
        {_row("somalia", "kenya", relation="courts")},
    ),
    # help given to someone's rivals or enemies
    ("rivals", "Eritrea helped Ethiopia's rivals in Tigray."),
    ("rivals", "Belarusian volunteers are fighting for Ukraine."),
    ("rivals", "Turkey helped Armenia's rivals, officials in Yerevan said."),
    # protecting or defending oneself, or against someone
    ("protect_self", "Armenia must protect itself from Azerbaijan."),
    ("protect_self", "Armenia has the right to defend itself against any aggression."),
    ("protect_self", "The Malian army defended Bamako against jihadists."),
    ("protect_self", "Niger vowed to defend its territory."),
    ("protect_self", "Somalia's army protected the convoy from ambushes."),
    ("protect_self", "Syria's air defences protected Damascus from the strikes."),
]

CASES: list[tuple[str, str, str, set]] = [
    (cls, "genuine", text, rows) for cls, text, rows in _GENUINE
]
for entry in _TEMPTING:
    cls, text = entry[0], entry[1]
    CASES.append((cls, "tempt", text, entry[2] if len(entry) > 2 else set()))
