"""The sentences of the round-52 audit (issue 16; BASELINE.md, round 52): leadership
written as a participle, a compound or a phrase ("X, led by Y", "headed / commanded /
chaired / run by Y", "X, which is led by Y", "under the leadership / command of Y, X ...",
"Y-led X", "Y, the head / leader / commander of X", "X's leader Y", "Y took over as leader
of X", "Y seized power in X", "Y was elected / sworn in as president of X"): the leader
`leads` the led actor (ANNOTATION.md's `leads` row, R5 and the round-52 addition). Written
for this round on actors the fresh sample and the development documents do not use where
possible (leaders of Russia, Belarus, Ukraine, Venezuela, Hezbollah, the Houthis, Mali,
Burkina Faso, Niger, Chad, Rwanda, DR Congo, M23, Kenya, Somalia, Armenia, Azerbaijan,
Turkey, Wagner, HTS, Eritrea, Ethiopia, ECOWAS, NATO). About a third built to tempt a
wrong row (``tempt``: "led by" with an agent that is no actor or an act led, "led to",
former leaders (`ended`, not asserted), the lead negotiator, under pressure from, led the
criticism, negated and hypothetical leadership that keeps its row with its status, a
delegation led by an unnamed minister, led by example). Expected rows by hand from
tests/text/data/ANNOTATION.md:
``(class, kind, text, rows)`` with rows ``(source, relation, target, modality,
attributed_to)``; an empty set means no row."""

import pandas as pd

ACTORS = pd.DataFrame(
    [
        ("russia", "Russia", "state", "Moscow|Kremlin", "RUS"),
        ("vladimir_putin", "Vladimir Putin", "person", "Putin", "RUS"),
        ("belarus", "Belarus", "state", "Minsk", "BLR"),
        ("alexander_lukashenko", "Alexander Lukashenko", "person", "Lukashenko", "BLR"),
        ("ukraine", "Ukraine", "state", "Kyiv", "UKR"),
        ("volodymyr_zelensky", "Volodymyr Zelensky", "person", "Zelensky", "UKR"),
        ("venezuela", "Venezuela", "state", "Caracas", "VEN"),
        ("nicolas_maduro", "Nicolas Maduro", "person", "Maduro", "VEN"),
        ("hezbollah", "Hezbollah", "armed_group", "", "LBN"),
        ("hassan_nasrallah", "Hassan Nasrallah", "person", "Nasrallah", "LBN"),
        ("houthis", "Houthis", "armed_group", "Ansar Allah", "YEM"),
        ("abdul_malik_al_houthi", "Abdul-Malik al-Houthi", "person", "", "YEM"),
        ("hussein_al_houthi", "Hussein al-Houthi", "person", "", "YEM"),
        ("mali", "Mali", "state", "Bamako", "MLI"),
        ("assimi_goita", "Assimi Goita", "person", "Goita", "MLI"),
        ("burkina_faso", "Burkina Faso", "state", "Ouagadougou", "BFA"),
        ("ibrahim_traore", "Ibrahim Traore", "person", "Traore", "BFA"),
        ("niger", "Niger", "state", "Niamey", "NER"),
        ("abdourahamane_tiani", "Abdourahamane Tiani", "person", "Tiani", "NER"),
        ("chad", "Chad", "state", "N'Djamena", "TCD"),
        ("mahamat_deby", "Mahamat Deby", "person", "", "TCD"),
        ("rwanda", "Rwanda", "state", "Kigali", "RWA"),
        ("paul_kagame", "Paul Kagame", "person", "Kagame", "RWA"),
        ("dr_congo", "Democratic Republic of the Congo", "state", "DR Congo|Kinshasa", "COD"),
        ("felix_tshisekedi", "Felix Tshisekedi", "person", "Tshisekedi", "COD"),
        ("m23", "M23", "armed_group", "M23 rebels", "COD"),
        ("sultani_makenga", "Sultani Makenga", "person", "Makenga", "COD"),
        ("kenya", "Kenya", "state", "Nairobi", "KEN"),
        ("william_ruto", "William Ruto", "person", "Ruto", "KEN"),
        ("somalia", "Somalia", "state", "Mogadishu", "SOM"),
        ("hassan_sheikh_mohamud", "Hassan Sheikh Mohamud", "person", "", "SOM"),
        ("al_shabaab", "al-Shabaab", "armed_group", "", "SOM"),
        ("ahmed_diriye", "Ahmed Diriye", "person", "", "SOM"),
        ("armenia", "Armenia", "state", "Yerevan", "ARM"),
        ("nikol_pashinyan", "Nikol Pashinyan", "person", "Pashinyan", "ARM"),
        ("azerbaijan", "Azerbaijan", "state", "Baku", "AZE"),
        ("ilham_aliyev", "Ilham Aliyev", "person", "Aliyev", "AZE"),
        ("turkey", "Turkey", "state", "Ankara", "TUR"),
        ("recep_tayyip_erdogan", "Recep Tayyip Erdogan", "person", "Erdogan", "TUR"),
        ("wagner", "Wagner Group", "armed_group", "Wagner", "RUS"),
        ("yevgeny_prigozhin", "Yevgeny Prigozhin", "person", "Prigozhin", "RUS"),
        ("hts", "Hayat Tahrir al-Sham", "armed_group", "HTS", "SYR"),
        ("abu_mohammad_al_julani", "Abu Mohammad al-Julani", "person", "Julani", "SYR"),
        ("eritrea", "Eritrea", "state", "Asmara", "ERI"),
        ("isaias_afwerki", "Isaias Afwerki", "person", "Isaias", "ERI"),
        ("ethiopia", "Ethiopia", "state", "Addis Ababa", "ETH"),
        ("abiy_ahmed", "Abiy Ahmed", "person", "Abiy", "ETH"),
        ("ecowas", "ECOWAS", "organization", "Economic Community of West African States", ""),
        ("bola_tinubu", "Bola Tinubu", "person", "Tinubu", "NGA"),
        ("nato", "NATO", "organization", "North Atlantic Treaty Organization", ""),
        ("mark_rutte", "Mark Rutte", "person", "Rutte", "NLD"),
    ],
    columns=["id", "name", "kind", "aliases", "country"],
)

A = "asserted"


def _row(
    source: str, target: str, modality: str = A, by: str = "", relation: str = "leads"
) -> tuple[str, ...]:
    return (source, relation, target, modality, by)


def _leads(source: str, target: str) -> set[tuple[str, ...]]:
    return {_row(source, target)}


_GENUINE = [
    # "X, led by Y" and its kin as an appositive participle
    (
        "led_by",
        "The Houthis, led by Abdul-Malik al-Houthi, have ruled Sanaa since 2014.",
        _leads("abdul_malik_al_houthi", "houthis"),
    ),
    (
        "led_by",
        "Hezbollah, led for three decades by Hassan Nasrallah, built a vast arsenal.",
        _leads("hassan_nasrallah", "hezbollah"),
    ),
    (
        "led_by",
        "The M23, led by Sultani Makenga, captured Goma in January.",
        _leads("sultani_makenga", "m23"),
    ),
    (
        "led_by",
        "Wagner, led by Yevgeny Prigozhin, recruited thousands of prisoners.",
        _leads("yevgeny_prigozhin", "wagner"),
    ),
    (
        "led_by",
        "HTS, led by Abu Mohammad al-Julani, swept into Aleppo in late November.",
        _leads("abu_mohammad_al_julani", "hts"),
    ),
    (
        "headed_by",
        "Al-Shabaab, headed by Ahmed Diriye since 2014, still controls large rural areas.",
        _leads("ahmed_diriye", "al_shabaab"),
    ),
    (
        "headed_by",
        "Eritrea, headed by Isaias Afwerki since independence, has never held an election.",
        _leads("isaias_afwerki", "eritrea"),
    ),
    (
        "commanded_by",
        "The M23 rebels, commanded by Sultani Makenga, advanced on Bukavu.",
        _leads("sultani_makenga", "m23"),
    ),
    (
        "chaired_by",
        "ECOWAS, chaired by Bola Tinubu, gave the junta a week to step down.",
        _leads("bola_tinubu", "ecowas"),
    ),
    (
        "run_by",
        "Belarus, run by Alexander Lukashenko since 1994, hosts Russian nuclear weapons.",
        _leads("alexander_lukashenko", "belarus"),
    ),
    (
        "led_by",
        "The country is split between the army and the M23, led by Sultani Makenga, in the east.",
        _leads("sultani_makenga", "m23"),
    ),
    (
        "led_by",
        "Fighting broke out between government troops and al-Shabaab, headed by Ahmed Diriye.",
        _leads("ahmed_diriye", "al_shabaab"),
    ),
    # relative clauses
    (
        "relative",
        "The Houthis, who are led by Abdul-Malik al-Houthi, seized Sanaa in 2014.",
        _leads("abdul_malik_al_houthi", "houthis"),
    ),
    (
        "relative",
        "Hezbollah, which was led by Hassan Nasrallah, fired rockets at Israel.",
        _leads("hassan_nasrallah", "hezbollah"),
    ),
    (
        "relative",
        "HTS, which is headed by Abu Mohammad al-Julani, dissolved itself in January.",
        _leads("abu_mohammad_al_julani", "hts"),
    ),
    (
        "relative",
        "NATO, which is chaired by Mark Rutte, met in The Hague.",
        _leads("mark_rutte", "nato"),
    ),
    # main-clause passives and actives
    (
        "passive",
        "The Wagner Group was led by Yevgeny Prigozhin.",
        _leads("yevgeny_prigozhin", "wagner"),
    ),
    (
        "passive",
        "Al-Shabaab is headed by Ahmed Diriye, also known as Abu Ubaidah.",
        _leads("ahmed_diriye", "al_shabaab"),
    ),
    (
        "active",
        "Ahmed Diriye has led al-Shabaab since 2014.",
        _leads("ahmed_diriye", "al_shabaab"),
    ),
    (
        "active",
        "Sultani Makenga commands the M23.",
        _leads("sultani_makenga", "m23"),
    ),
    # under the leadership / command of Y
    (
        "under_leadership",
        "Under the leadership of Hussein al-Houthi, the Houthis emerged as an opposition "
        "movement in the 1990s.",
        _leads("hussein_al_houthi", "houthis"),
    ),
    (
        "under_leadership",
        "Under the command of Sultani Makenga, the M23 rebels took Rubaya.",
        _leads("sultani_makenga", "m23"),
    ),
    (
        "under_leadership",
        "Hezbollah grew into a regional force under the leadership of Hassan Nasrallah.",
        _leads("hassan_nasrallah", "hezbollah"),
    ),
    (
        "under_leadership",
        "Under Yevgeny Prigozhin's leadership, Wagner expanded across Africa.",
        _leads("yevgeny_prigozhin", "wagner"),
    ),
    # Y, the head / leader / chief / commander of X
    (
        "apposition",
        "Sultani Makenga, the military chief of the M23, is under UN sanctions.",
        _leads("sultani_makenga", "m23"),
    ),
    (
        "apposition",
        "Abdul-Malik al-Houthi, the leader of the Houthis, vowed to keep up the attacks.",
        _leads("abdul_malik_al_houthi", "houthis"),
    ),
    (
        "apposition",
        "Ahmed Diriye, the head of al-Shabaab, rarely appears in public.",
        _leads("ahmed_diriye", "al_shabaab"),
    ),
    (
        "apposition",
        "Yevgeny Prigozhin, the founder and chief of Wagner, died in a plane crash.",
        _leads("yevgeny_prigozhin", "wagner"),
    ),
    (
        "apposition",
        "Abu Mohammad al-Julani, commander of HTS, entered Damascus on Sunday.",
        _leads("abu_mohammad_al_julani", "hts"),
    ),
    # X's leader Y, X leader Y
    (
        "possessive",
        "The Houthis' leader, Abdul-Malik al-Houthi, gave a televised speech.",
        _leads("abdul_malik_al_houthi", "houthis"),
    ),
    (
        "possessive",
        "Hezbollah's secretary-general Hassan Nasrallah was killed in an airstrike.",
        _leads("hassan_nasrallah", "hezbollah"),
    ),
    (
        "possessive",
        "Wagner chief Yevgeny Prigozhin flew to Minsk.",
        _leads("yevgeny_prigozhin", "wagner"),
    ),
    # took over as leader, seized power, was elected / sworn in
    (
        "took_over",
        "Abdul-Malik al-Houthi took over as leader of the Houthis in 2004.",
        _leads("abdul_malik_al_houthi", "houthis"),
    ),
    (
        "took_over",
        "Ahmed Diriye became the leader of al-Shabaab after a US strike in 2014.",
        _leads("ahmed_diriye", "al_shabaab"),
    ),
    (
        "seized_power",
        "Capt. Ibrahim Traore seized power in Burkina Faso in September 2022.",
        _leads("ibrahim_traore", "burkina_faso"),
    ),
    (
        "seized_power",
        "Gen. Abdourahamane Tiani seized power in Niger in a coup in July 2023.",
        _leads("abdourahamane_tiani", "niger"),
    ),
    (
        "seized_power",
        "Col. Assimi Goita took power in Mali in 2021.",
        _leads("assimi_goita", "mali"),
    ),
    (
        "elected",
        "Hassan Sheikh Mohamud was elected president of Somalia in 2022.",
        _leads("hassan_sheikh_mohamud", "somalia"),
    ),
    (
        "elected",
        "William Ruto was sworn in as president of Kenya in September 2022.",
        _leads("william_ruto", "kenya"),
    ),
    (
        "elected",
        "Mahamat Deby was sworn in as president of Chad after a disputed vote.",
        _leads("mahamat_deby", "chad"),
    ),
    (
        "elected",
        "Felix Tshisekedi was re-elected president of the Democratic Republic of the Congo.",
        _leads("felix_tshisekedi", "dr_congo"),
    ),
    (
        "possessive",
        "Russia's leader, Vladimir Putin, ordered the invasion.",
        _leads("vladimir_putin", "russia"),
    ),
    # Y-led X
    (
        "y_led",
        "The Makenga-led M23 seized the town of Sake.",
        _leads("sultani_makenga", "m23"),
    ),
    (
        "y_led",
        "The Prigozhin-led Wagner Group marched towards Moscow.",
        _leads("yevgeny_prigozhin", "wagner"),
    ),
    # reported
    (
        "reported",
        "Kigali said the M23 was led by Sultani Makenga.",
        {_row("sultani_makenga", "m23", "reported", "rwanda")},
    ),
]

_TEMPTING = [
    # "led by" with an agent that is no actor or no leadership of an actor
    ("no_actor", "Ukraine's economic recovery was led by exports of grain."),
    ("no_actor", "The talks were led by a Qatari mediator."),
    ("no_actor", "Kenya's growth, led by agriculture, slowed last year."),
    ("no_actor", "The protests in Yerevan were led by students."),
    # an offensive led by X: X's act, no actor led
    ("act_led", "The offensive led by HTS reached Hama within days."),
    ("act_led", "A campaign led by Wagner fighters drove the rebels out of Kidal."),
    ("act_led", "The investigation, led by Rwandan prosecutors, found no evidence."),
    # led to: a cause
    ("led_to", "The coup in Niger led to the withdrawal of French troops."),
    ("led_to", "The killing of Hassan Nasrallah led to a split inside Hezbollah."),
    ("led_to", "Tshisekedi's policies led to a crisis in eastern Congo."),
    # former leaders: the office held and no longer holds (`ended`, not asserted)
    (
        "former",
        "Former Wagner chief Yevgeny Prigozhin died in a plane crash.",
        {_row("yevgeny_prigozhin", "wagner", "ended")},
    ),
    (
        "former",
        "The former leader of the Houthis, Hussein al-Houthi, was killed in 2004.",
        {_row("hussein_al_houthi", "houthis", "ended")},
    ),
    # the lead negotiator, a leading role
    (
        "lead_noun",
        "Turkey's lead negotiator met Azerbaijani officials in Baku.",
        {_row("azerbaijan", "turkey", relation="consults")},
    ),
    ("lead_noun", "Kenya played a leading role in the talks."),
    ("lead_noun", "Bola Tinubu took the lead in the talks."),
    # under pressure from, led the criticism of
    ("under_pressure", "Under pressure from voters, Pashinyan dropped the bill."),
    (
        "led_criticism",
        "Erdogan led the criticism of NATO at the summit.",
        {_row("recep_tayyip_erdogan", "nato", relation="opposes")},
    ),
    ("led_criticism", "Zelensky led a minute of silence in Kyiv."),
    ("led_criticism", "Kenya led the region in coffee exports."),
    ("led_criticism", "Ruto led the calls for a ceasefire in Sudan."),
    # negated and hypothetical: the row keeps its status
    (
        "status",
        "The M23 is not led by Sultani Makenga, Kinshasa's envoy said.",
        {_row("sultani_makenga", "m23", "denied", "dr_congo")},
    ),
    (
        "status",
        "A transitional council would be headed by Assimi Goita.",
    ),
    (
        "status",
        "Hezbollah would be led by Hassan Nasrallah's cousin.",
    ),
    (
        "status",
        "Ahmed Diriye would head al-Shabaab if the emir died.",
        {_row("ahmed_diriye", "al_shabaab", "hypothetical")},
    ),
    # a delegation led by an unnamed minister, led by example
    ("delegation", "A delegation led by the foreign minister arrived in Addis Ababa."),
    ("delegation", "A Turkish delegation led by the defence minister held talks."),
    ("example", "Pashinyan said Armenia would lead by example on climate."),
    ("example", "Ethiopia's runners, led by a young champion, won the race."),
]

CASES: list[tuple[str, str, str, set]] = [
    (cls, "genuine", text, rows) for cls, text, rows in _GENUINE
]
for entry in _TEMPTING:
    cls, text = entry[0], entry[1]
    CASES.append((cls, "tempt", text, entry[2] if len(entry) > 2 else set()))
