"""The sentences of the round-53 audit (issue 16; BASELINE.md, round 53): sentences cut at
a title's or an abbreviation's full stop. A title before a name ("Capt. Ibrahim Traore",
"Lt. Col.", "Brig. Gen.", "Sgt.", "Pres.", "Amb.", "Sec.", "Dr.", "Mr.") or another
abbreviation inside a sentence ("U.S.", "U.N.", "E.U.", "Oct. 3", "No. 2", "approx.",
"St.", "vs.", "e.g.", "Inc.", "Jr.") must not end the sentence, or the relation around it
never reaches the extractor; a real sentence end after an abbreviation ("... in the U.S.
The next day, Iran ...", "... Martin Luther King Jr. Turkey then ...") must still end
one. Written for this round in news, wire and think-tank styles. About a third built to
tempt a wrong result (``tempt``: a real sentence end after an abbreviation or a title,
an initial, lists, decimals, ellipses, a quotation ending a sentence, an actor whose name
is itself an abbreviation). Expected rows by hand from tests/text/data/ANNOTATION.md:
``(class, kind, text, rows)`` with rows ``(source, relation, target, modality,
attributed_to)``; an empty set means no row. ``SENTENCES`` gives the number of sentences
expected where the round measures it."""

import pandas as pd

ACTORS = pd.DataFrame(
    [
        ("united_states", "United States", "state", "US|U.S.|Washington", "USA"),
        ("united_nations", "United Nations", "organization", "UN|U.N.", ""),
        ("european_union", "European Union", "organization", "EU|E.U.|Brussels", ""),
        ("united_kingdom", "United Kingdom", "state", "UK|U.K.|Britain|London", "GBR"),
        ("russia", "Russia", "state", "Moscow|Kremlin", "RUS"),
        ("ukraine", "Ukraine", "state", "Kyiv", "UKR"),
        ("iran", "Iran", "state", "Tehran", "IRN"),
        ("israel", "Israel", "state", "", "ISR"),
        ("syria", "Syria", "state", "Damascus", "SYR"),
        ("turkey", "Turkey", "state", "Ankara", "TUR"),
        ("recep_tayyip_erdogan", "Recep Tayyip Erdogan", "person", "Erdogan", "TUR"),
        ("hts", "Hayat Tahrir al-Sham", "armed_group", "HTS", "SYR"),
        ("hezbollah", "Hezbollah", "armed_group", "", "LBN"),
        ("mali", "Mali", "state", "Bamako", "MLI"),
        ("assimi_goita", "Assimi Goita", "person", "Goita", "MLI"),
        ("burkina_faso", "Burkina Faso", "state", "Ouagadougou", "BFA"),
        ("ibrahim_traore", "Ibrahim Traore", "person", "Traore", "BFA"),
        ("niger", "Niger", "state", "Niamey", "NER"),
        ("abdourahamane_tiani", "Abdourahamane Tiani", "person", "Tiani", "NER"),
        ("chad", "Chad", "state", "N'Djamena", "TCD"),
        ("mahamat_deby", "Mahamat Deby", "person", "", "TCD"),
        ("sudan", "Sudan", "state", "Khartoum", "SDN"),
        ("rsf", "Rapid Support Forces", "armed_group", "RSF", "SDN"),
        ("mohamed_hamdan_dagalo", "Mohamed Hamdan Dagalo", "person", "Hemedti|Dagalo", "SDN"),
        ("rwanda", "Rwanda", "state", "Kigali", "RWA"),
        ("paul_kagame", "Paul Kagame", "person", "Kagame", "RWA"),
        ("m23", "M23", "armed_group", "M23 rebels", "COD"),
        ("sultani_makenga", "Sultani Makenga", "person", "Makenga", "COD"),
        ("kenya", "Kenya", "state", "Nairobi", "KEN"),
        ("william_ruto", "William Ruto", "person", "Ruto", "KEN"),
        ("ethiopia", "Ethiopia", "state", "Addis Ababa", "ETH"),
        ("abiy_ahmed", "Abiy Ahmed", "person", "Abiy", "ETH"),
        ("wagner", "Wagner Group", "armed_group", "Wagner", "RUS"),
        ("yevgeny_prigozhin", "Yevgeny Prigozhin", "person", "Prigozhin", "RUS"),
        ("houthis", "Houthis", "armed_group", "Ansar Allah", "YEM"),
    ],
    columns=["id", "name", "kind", "aliases", "country"],
)

A = "asserted"


def _row(
    source: str, target: str, relation: str = "leads", modality: str = A, by: str = ""
) -> tuple[str, ...]:
    return (source, relation, target, modality, by)


def _leads(source: str, target: str) -> set[tuple[str, ...]]:
    return {_row(source, target)}


_GENUINE = [
    # a military title before a name
    (
        "military_title",
        "Violence has spread across the country since Capt. Ibrahim Traore seized power in"
        " Burkina Faso in September 2022.",
        _leads("ibrahim_traore", "burkina_faso"),
    ),
    (
        "military_title",
        "The junta, which has ruled since Col. Assimi Goita seized power in Mali, expelled"
        " French troops.",
        _leads("assimi_goita", "mali"),
    ),
    (
        "military_title",
        "Niger has been run by Gen. Abdourahamane Tiani since July 2023.",
        _leads("abdourahamane_tiani", "niger"),
    ),
    (
        "military_title",
        "Burkina Faso, led by Capt. Ibrahim Traore, left ECOWAS in January.",
        _leads("ibrahim_traore", "burkina_faso"),
    ),
    (
        "military_title",
        "Mali, headed by Col. Assimi Goita since 2021, left ECOWAS.",
        _leads("assimi_goita", "mali"),
    ),
    (
        "military_title",
        "Chad, led by Lt. Gen. Mahamat Deby, expelled French forces in January.",
        _leads("mahamat_deby", "chad"),
    ),
    (
        "military_title",
        "Lt. Col. Assimi Goita seized power in Mali in August 2020.",
        _leads("assimi_goita", "mali"),
    ),
    (
        "military_title",
        "Brig. Gen. Abdourahamane Tiani seized power in Niger in July 2023.",
        _leads("abdourahamane_tiani", "niger"),
    ),
    (
        "military_title",
        "Maj. Gen. Mahamat Deby seized power in Chad after his father was killed.",
        _leads("mahamat_deby", "chad"),
    ),
    (
        "military_title",
        "The RSF, commanded by Gen. Mohamed Hamdan Dagalo, besieged El Fasher.",
        _leads("mohamed_hamdan_dagalo", "rsf"),
    ),
    (
        "military_title",
        "The M23, led by Brig. Gen. Sultani Makenga, captured Goma.",
        _leads("sultani_makenga", "m23"),
    ),
    (
        "military_title",
        "Since Capt. Traore seized power in Burkina Faso, attacks have doubled.",
        _leads("ibrahim_traore", "burkina_faso"),
    ),
    (
        "military_title",
        "Analysts said Col. Goita, who seized power in Mali in 2020, relies on Russia.",
        _leads("assimi_goita", "mali"),
    ),
    (
        "military_title",
        "Adm. John Aquilino warned that Russia armed Iran.",
        {_row("russia", "iran", "arms", "reported")},
    ),
    (
        "military_title",
        "A statement signed by Sgt. Maj. Diallo said Wagner attacked Mali's army.",
        {_row("wagner", "mali", "attacks", "reported")},
    ),
    (
        "military_title",
        "Cpl. Ahmed and Pvt. Musa said Turkey backs HTS.",
        {_row("turkey", "hts", "backs", "reported")},
    ),
    # a civil title before a name
    (
        "civil_title",
        "Pres. William Ruto leads Kenya.",
        _leads("william_ruto", "kenya"),
    ),
    (
        "civil_title",
        "Kenya, led by Pres. William Ruto, sent police to Haiti.",
        _leads("william_ruto", "kenya"),
    ),
    (
        "civil_title",
        "Ethiopia, headed by Dr. Abiy Ahmed since 2018, fought a war in Tigray.",
        _leads("abiy_ahmed", "ethiopia"),
    ),
    (
        "civil_title",
        "Turkey, led by Mr. Erdogan since 2003, backs HTS.",
        {_row("recep_tayyip_erdogan", "turkey"), _row("turkey", "hts", "backs")},
    ),
    (
        "civil_title",
        "Rwanda, led by Pres. Paul Kagame, backs the M23 rebels, U.N. experts said.",
        {
            _row("paul_kagame", "rwanda"),
            _row("rwanda", "m23", "backs", "reported", "united_nations"),
        },
    ),
    (
        "civil_title",
        "Sen. Jim Risch said Russia armed Iran with drones.",
        {_row("russia", "iran", "arms", "reported")},
    ),
    (
        "civil_title",
        "Rep. Michael McCaul warned that Iran arms the Houthis.",
        {_row("iran", "houthis", "arms", "reported")},
    ),
    (
        "civil_title",
        "Amb. Linda Thomas-Greenfield said Russia attacked Ukraine's power grid.",
        {_row("russia", "ukraine", "attacks", "reported")},
    ),
    (
        "civil_title",
        "Sec. Antony Blinken said Iran funds Hezbollah.",
        {_row("iran", "hezbollah", "funds", "reported")},
    ),
    (
        "civil_title",
        "Prof. Alex de Waal wrote that the RSF, led by Hemedti, attacked El Fasher.",
        _leads("mohamed_hamdan_dagalo", "rsf"),
    ),
    (
        "civil_title",
        "Gov. Abbott and Mrs. Clinton said Iran arms Hezbollah.",
        {_row("iran", "hezbollah", "arms", "reported")},
    ),
    (
        "civil_title",
        "Mali, led by Col. Goita, and Niger, led by Gen. Tiani, left ECOWAS.",
        {_row("assimi_goita", "mali"), _row("abdourahamane_tiani", "niger")},
    ),
    # an abbreviation inside a sentence
    (
        "abbreviation",
        "The U.S. Treasury said Iran funds the Houthis.",
        {_row("iran", "houthis", "funds", "reported", "united_states")},
    ),
    (
        "abbreviation",
        "The U.S. backs Ukraine.",
        {_row("united_states", "ukraine", "backs")},
    ),
    (
        "abbreviation",
        "The U.K. arms Ukraine with long-range missiles.",
        {_row("united_kingdom", "ukraine", "arms")},
    ),
    (
        "abbreviation",
        "The E.U. funds Ukraine's army.",
        {_row("european_union", "ukraine", "funds")},
    ),
    (
        "abbreviation",
        "On Oct. 7 Hezbollah attacked Israel.",
        {_row("hezbollah", "israel", "attacks")},
    ),
    (
        "abbreviation",
        "Since Sept. 2022 Capt. Ibrahim Traore has led Burkina Faso.",
        _leads("ibrahim_traore", "burkina_faso"),
    ),
    (
        "abbreviation",
        "On Dec. 8, 2024, HTS, led by Abu Mohammad al-Julani, entered Damascus; Turkey backs HTS.",
        {_row("turkey", "hts", "backs")},
    ),
    (
        "abbreviation",
        "Iran gives approx. 700 million dollars a year to Hezbollah, the U.S. says.",
        {_row("iran", "hezbollah", "funds", "reported", "united_states")},
    ),
    (
        "abbreviation",
        "Hezbollah's No. 2 said Iran arms Hezbollah.",
        {_row("iran", "hezbollah", "arms", "reported", "hezbollah")},
    ),
    (
        "abbreviation",
        "Russia, e.g. through Wagner, arms Mali.",
        {_row("russia", "mali", "arms")},
    ),
    (
        "abbreviation",
        "Russia vs. Ukraine: Moscow attacked Kyiv again.",
        {_row("russia", "ukraine", "attacks")},
    ),
    (
        "abbreviation",
        "Wagner, i.e. the Kremlin's proxy, attacked Mali's rebels.",
        {_row("russia", "wagner", "backs")},
    ),
    (
        "abbreviation",
        "A drone built by Baykar Inc. hit Syria; Turkey attacked Syria.",
        {_row("turkey", "syria", "attacks")},
    ),
    (
        "abbreviation",
        "Near Mt. Hermon, Israel attacked Hezbollah.",
        {_row("israel", "hezbollah", "attacks")},
    ),
    (
        "abbreviation",
        "Iran, the U.S. says, arms the Houthis.",
        {_row("iran", "houthis", "arms", "reported", "united_states")},
    ),
    (
        "abbreviation",
        "The U.N. envoy said Rwanda backs the M23.",
        {_row("rwanda", "m23", "backs", "reported", "united_nations")},
    ),
    (
        "abbreviation",
        "Martin Luther King Jr. said nothing; Russia attacked Ukraine.",
        {_row("russia", "ukraine", "attacks")},
    ),
    (
        "abbreviation",
        "Kenya, led by Ruto since Sept. 13, 2022, backs Ukraine.",
        {_row("william_ruto", "kenya"), _row("kenya", "ukraine", "backs")},
    ),
    (
        "abbreviation",
        "The U.S.-backed force said Iran arms the Houthis.",
        {_row("iran", "houthis", "arms", "reported")},
    ),
    (
        "abbreviation",
        "In Feb. 2022 Russia attacked Ukraine.",
        {_row("russia", "ukraine", "attacks")},
    ),
    (
        "abbreviation",
        "Turkey backs HTS, according to a report by Smith & Co. published on Jan. 4.",
        {_row("turkey", "hts", "backs", "reported")},
    ),
]

_TEMPTING = [
    # a real sentence end after an abbreviation
    (
        "sentence_end",
        "The talks were held in the U.S. The next day, Iran attacked Israel.",
        {_row("iran", "israel", "attacks")},
        2,
    ),
    (
        "sentence_end",
        "Ukraine is backed by the U.S. Russia attacked Kyiv on Monday.",
        {_row("united_states", "ukraine", "backs"), _row("russia", "ukraine", "attacks")},
        2,
    ),
    (
        "sentence_end",
        "The motion was drafted by the U.K. Russia vetoed it.",
        set(),
        2,
    ),
    (
        "sentence_end",
        "The statement honoured Martin Luther King Jr. Turkey then attacked Syria.",
        {_row("turkey", "syria", "attacks")},
        2,
    ),
    (
        "sentence_end",
        "The vote took place at the U.N. Israel attacked Hezbollah hours later.",
        {_row("israel", "hezbollah", "attacks")},
        2,
    ),
    (
        "sentence_end",
        "The drones were made by Baykar Inc. Turkey arms Ukraine.",
        {_row("turkey", "ukraine", "arms")},
        2,
    ),
    (
        "sentence_end",
        "Aid was promised by the E.U. Iran armed the Houthis anyway.",
        {_row("iran", "houthis", "arms")},
        2,
    ),
    (
        "sentence_end",
        "The talks ended at 5 p.m. Russia attacked Ukraine at night.",
        {_row("russia", "ukraine", "attacks")},
        2,
    ),
    # a full stop after a name that follows a title, or after an initial
    (
        "title_end",
        "He met Gen. Tiani. Then Turkey warned Syria.",
        {_row("turkey", "syria", "warns")},
        2,
    ),
    (
        "title_end",
        "Reporters spoke to Capt. Traore. Russia backs Burkina Faso.",
        {_row("russia", "burkina_faso", "backs")},
        2,
    ),
    (
        "title_end",
        "The letter was signed by John F. Kennedy. Russia attacked Ukraine.",
        {_row("russia", "ukraine", "attacks")},
        2,
    ),
    (
        "title_end",
        "Interviews were led by Dr. A. Traore. Iran funds Hezbollah.",
        {_row("iran", "hezbollah", "funds")},
        2,
    ),
    (
        "title_end",
        "Mali's leader is Col. Goita. Burkina Faso is led by Capt. Traore.",
        {_row("assimi_goita", "mali"), _row("ibrahim_traore", "burkina_faso")},
        2,
    ),
    # lists, decimals, ellipses
    (
        "list",
        "1. Russia attacked Ukraine. 2. Iran armed the Houthis.",
        {_row("russia", "ukraine", "attacks"), _row("iran", "houthis", "arms")},
    ),
    (
        "decimal",
        "The U.S. gave Ukraine 2.5 billion dollars; Russia attacked Ukraine.",
        {_row("united_states", "ukraine", "funds"), _row("russia", "ukraine", "attacks")},
    ),
    (
        "decimal",
        "Turkey backs HTS with 1.2 million dollars a month.",
        {_row("turkey", "hts", "backs")},
    ),
    (
        "ellipsis",
        "Russia attacked Ukraine... Iran armed the Houthis.",
        {_row("russia", "ukraine", "attacks"), _row("iran", "houthis", "arms")},
        2,
    ),
    (
        "ellipsis",
        "Russia said it would respond... but did not attack Ukraine.",
        {_row("russia", "ukraine", "attacks", "denied")},
    ),
    # a quotation that ends a sentence
    (
        "quote_end",
        '"We will respond." Iran then attacked Israel.',
        {_row("iran", "israel", "attacks")},
        2,
    ),
    (
        "quote_end",
        '"Russia attacked Ukraine," the U.N. said. Turkey backs HTS.',
        {
            _row("russia", "ukraine", "attacks", "reported", "united_nations"),
            _row("turkey", "hts", "backs"),
        },
        2,
    ),
    # an actor named by an abbreviation
    (
        "abbreviated_actor",
        "Russia criticised the U.N. and the E.U. on Monday.",
        {_row("russia", "united_nations", "opposes"), _row("russia", "european_union", "opposes")},
    ),
    (
        "abbreviated_actor",
        "The E.U. backs Ukraine. The U.S. backs Israel.",
        {_row("european_union", "ukraine", "backs"), _row("united_states", "israel", "backs")},
        2,
    ),
    (
        "abbreviated_actor",
        "Ukraine is backed by the U.S. and the U.K. and fights Russia.",
        {
            _row("united_states", "ukraine", "backs"),
            _row("united_kingdom", "ukraine", "backs"),
            _row("russia", "ukraine", "fights"),
        },
    ),
    # a title or abbreviation with no actor or no relation
    (
        "no_relation",
        "Gen. Tiani visited Moscow on Oct. 3.",
        {_row("abdourahamane_tiani", "russia", "consults")},
    ),
    (
        "no_relation",
        "Capt. Traore's government, the U.S. says, is isolated.",
        set(),
    ),
    (
        "no_relation",
        "Col. Goita met Wagner commanders in St. Petersburg, e.g. Yevgeny Prigozhin.",
        {_row("assimi_goita", "wagner", "consults")},
    ),
]

CASES: list[tuple[str, str, str, set]] = [
    (cls, "genuine", text, rows) for cls, text, rows in _GENUINE
]
SENTENCES: dict[str, int] = {text: 1 for _cls, text, _rows in _GENUINE}
for entry in _TEMPTING:
    cls, text = entry[0], entry[1]
    CASES.append((cls, "tempt", text, entry[2] if len(entry) > 2 else set()))
    if len(entry) > 3:
        SENTENCES[text] = entry[3]
