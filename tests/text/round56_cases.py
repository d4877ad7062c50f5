"""The sentences of the round-56 audit (issue 16; BASELINE.md, round 56): sentences the
parser cut where no sentence ends, after a word with no full stop, most often before an
abbreviation in square brackets ("The Tigray People's Liberation Front [TPLF] signed ...",
"AMISOM [African Union Mission in Somalia] forces"), inside a name written with a curly
apostrophe ("Kata’ib | Hizballah") or inside a dateline ("ADDIS | ABABA -"). The two
halves were read as two sentences, so a subject and its verb, or a verb and its object,
fell on different sides and the row was lost. Written for this round in wire, news,
think-tank and encyclopedia styles. Most are the class itself (``genuine``: a name with
its abbreviation in square brackets as subject or object, an abbreviation with its
expansion in brackets, names with curly apostrophes, datelines, the same with round
brackets); over a quarter are built to tempt a wrong row (``tempt``: two real sentences, a
bracket after a full stop, a headline on its own line with no full stop, a bracket
holding a note), where the sentences must stay apart and no row may cross them. Expected
rows by hand from tests/text/data/ANNOTATION.md, written before the extractor ran on
them: ``(class, kind, text, rows)`` with rows ``(source, relation, target, modality,
attributed_to)``; an empty set means no row."""

import pandas as pd
from extraction_fixtures import ASSERTED, expected_row

ACTORS = pd.DataFrame(
    [
        (
            "ethiopia",
            "Ethiopia",
            "state",
            "Addis Ababa|ENDF|Ethiopian National Defense Forces",
            "ETH",
        ),
        ("tplf", "Tigray People's Liberation Front", "armed_group", "TPLF", "ETH"),
        ("eritrea", "Eritrea", "state", "Asmara", "ERI"),
        ("sudan", "Sudan", "state", "Khartoum|SAF|Sudanese Armed Forces", "SDN"),
        ("rsf", "Rapid Support Forces", "armed_group", "RSF", "SDN"),
        ("uae", "United Arab Emirates", "state", "UAE|Abu Dhabi", "ARE"),
        ("chad", "Chad", "state", "N'Djamena", "TCD"),
        ("somalia", "Somalia", "state", "Mogadishu|SNA|Somali National Army", "SOM"),
        ("al_shabaab", "Al-Shabaab", "armed_group", "al-Shabab", "SOM"),
        ("kenya", "Kenya", "state", "Nairobi", "KEN"),
        (
            "african_union",
            "African Union",
            "organisation",
            "AU|AMISOM|ATMIS|African Union Mission in Somalia",
            "",
        ),
        ("drc", "Democratic Republic of the Congo", "state", "DRC|Congo|Kinshasa", "COD"),
        ("m23", "M23", "armed_group", "March 23 Movement", "COD"),
        ("rwanda", "Rwanda", "state", "Kigali", "RWA"),
        ("uganda", "Uganda", "state", "Kampala", "UGA"),
        ("adf", "Allied Democratic Forces", "armed_group", "ADF", "UGA"),
        ("kataib_hezbollah", "Kata'ib Hizballah", "armed_group", "Kataib Hezbollah|KH", "IRQ"),
        ("iraq", "Iraq", "state", "Baghdad", "IRQ"),
        ("united_states", "United States", "state", "US|U.S.|Washington", "USA"),
        ("iran", "Iran", "state", "Tehran", "IRN"),
        ("houthis", "Houthis", "armed_group", "Ansar Allah|Houthi movement", "YEM"),
        ("yemen", "Yemen", "state", "Sanaa", "YEM"),
        ("saudi_arabia", "Saudi Arabia", "state", "Riyadh", "SAU"),
        ("israel", "Israel", "state", "", "ISR"),
        ("hamas", "Hamas", "armed_group", "Islamic Resistance Movement", "PSE"),
        ("tatmadaw", "Tatmadaw", "armed_group", "Myanmar military", "MMR"),
        ("tnla", "Ta'ang National Liberation Army", "armed_group", "TNLA", "MMR"),
        ("mndaa", "Myanmar National Democratic Alliance Army", "armed_group", "MNDAA", "MMR"),
        (
            "jnim",
            "Jama'at Nusrat al-Islam wal-Muslimin",
            "armed_group",
            "JNIM",
            "MLI",
        ),
        ("mali", "Mali", "state", "Bamako", "MLI"),
        ("burkina_faso", "Burkina Faso", "state", "Ouagadougou", "BFA"),
        ("wagner", "Wagner Group", "armed_group", "Wagner", "RUS"),
    ],
    columns=["id", "name", "kind", "aliases", "country"],
)

A = ASSERTED
_row = expected_row


def _both(a: str, b: str, relation: str) -> set:
    return {_row(a, b, relation), _row(b, a, relation)}


_GENUINE: list[tuple[str, str, set]] = [
    # a name with its abbreviation in square brackets, the clause's subject
    (
        "square_subject",
        "The Tigray People's Liberation Front [TPLF] attacked Eritrean troops near Adwa.",
        {_row("tplf", "eritrea", "attacks")},
    ),
    (
        "square_subject",
        "The Rapid Support Forces [RSF] shelled Sudanese army positions in Omdurman on Sunday.",
        {_row("rsf", "sudan", "attacks")},
    ),
    (
        "square_subject",
        "The Allied Democratic Forces [ADF] ambushed Ugandan soldiers in Ituri province.",
        {_row("adf", "uganda", "attacks")},
    ),
    (
        "square_subject",
        "The Myanmar National Democratic Alliance Army [MNDAA] attacked the Tatmadaw in Laukkai.",
        {_row("mndaa", "tatmadaw", "attacks")},
    ),
    (
        "square_subject",
        "The Ethiopian government and the Tigray People's Liberation Front [TPLF] signed a "
        "peace agreement in Pretoria.",
        _both("ethiopia", "tplf", "agrees_with"),
    ),
    (
        "square_subject",
        "The Sudanese Armed Forces [SAF] and the Rapid Support Forces [RSF] have fought each "
        "other since April 2023.",
        {_row("rsf", "sudan", "fights")},
    ),
    (
        "square_subject",
        "Jama'at Nusrat al-Islam wal-Muslimin [JNIM] attacked Wagner mercenaries near Tinzaouaten.",
        {_row("jnim", "wagner", "attacks")},
    ),
    (
        "square_subject",
        "The March 23 Movement [M23] seized Goma after fighting the Congolese army for weeks.",
        {_row("drc", "m23", "fights")},
    ),
    (
        "square_subject",
        "The United Arab Emirates [UAE] has armed and funded the Rapid Support Forces.",
        {_row("uae", "rsf", "arms"), _row("uae", "rsf", "funds")},
    ),
    (
        "square_subject",
        "The Somali National Army [SNA] attacked al-Shabaab strongholds in Middle Shabelle.",
        {_row("somalia", "al_shabaab", "attacks")},
    ),
    (
        "square_subject",
        "The Houthis [Ansar Allah] fired missiles at Israel on Tuesday.",
        {_row("houthis", "israel", "attacks")},
    ),
    (
        "square_subject",
        "The Ta’ang National Liberation Army [TNLA] clashed with the Tatmadaw in northern "
        "Shan State.",
        {_row("tatmadaw", "tnla", "fights")},
    ),
    (
        "square_subject",
        "The Ethiopian National Defense Forces [ENDF] attacked TPLF positions in Raya.",
        {_row("ethiopia", "tplf", "attacks")},
    ),
    (
        "square_subject",
        "The Islamic Resistance Movement [Hamas] fired rockets at Israel.",
        {_row("hamas", "israel", "attacks")},
    ),
    (
        "square_subject",
        "The Somali National Army [SNA] and Kenyan troops attacked al-Shabaab in Jubaland.",
        {_row("somalia", "al_shabaab", "attacks"), _row("kenya", "al_shabaab", "attacks")},
    ),
    (
        "square_subject",
        "The Rapid Support Forces [RSF] attacked the Sudanese Armed Forces [SAF] in Khartoum.",
        {_row("rsf", "sudan", "attacks")},
    ),
    # a name with its abbreviation in square brackets, a verb's object with more after it
    (
        "square_object",
        "Eritrean soldiers have been working closely with the Ethiopian National Defense "
        "Forces [ENDF] in Tigray.",
        {_row("eritrea", "ethiopia", "cooperates_with")},
    ),
    (
        "square_object",
        "Kenyan troops fought alongside the Somali National Army [SNA] in Gedo.",
        {_row("kenya", "somalia", "cooperates_with")},
    ),
    (
        "square_object",
        "Rwanda has supported the March 23 Movement [M23] with weapons and troops.",
        {_row("rwanda", "m23", "backs"), _row("rwanda", "m23", "arms")},
    ),
    (
        "square_object",
        "Uganda launched air strikes on the Allied Democratic Forces [ADF] in eastern Congo.",
        {_row("uganda", "adf", "attacks")},
    ),
    (
        "square_object",
        "Israel struck the Islamic Resistance Movement [Hamas] in Rafah.",
        {_row("israel", "hamas", "attacks")},
    ),
    (
        "square_object",
        "The United States designated Kata’ib Hizballah [KH] a terrorist organisation in 2009.",
        {_row("united_states", "kataib_hezbollah", "designates_terrorist")},
    ),
    (
        "square_object",
        "Burkina Faso's army attacked Jama'at Nusrat al-Islam wal-Muslimin [JNIM] fighters "
        "near Djibo.",
        {_row("burkina_faso", "jnim", "attacks")},
    ),
    (
        "square_object",
        "Saudi Arabia condemned the Houthi movement [Ansar Allah] for the attack.",
        {_row("saudi_arabia", "houthis", "opposes")},
    ),
    (
        "square_object",
        "Iran funds Kata’ib Hizballah [KH] and other militias in Iraq.",
        {_row("iran", "kataib_hezbollah", "funds")},
    ),
    (
        "square_object",
        "Sudan accused the United Arab Emirates [UAE] of arming the RSF.",
        {_row("sudan", "uae", "opposes"), _row("uae", "rsf", "arms", "reported", "sudan")},
    ),
    # an abbreviation with its expansion in square brackets
    (
        "square_expansion",
        "Attacks by al-Shabaab against AMISOM [African Union Mission in Somalia] forces have "
        "increased.",
        {_row("al_shabaab", "african_union", "attacks")},
    ),
    (
        "square_expansion",
        "The TPLF [Tigray People's Liberation Front] accused Eritrea of killing civilians.",
        {_row("tplf", "eritrea", "opposes")},
    ),
    (
        "square_expansion",
        "The RSF [Rapid Support Forces] attacked SAF [Sudanese Armed Forces] positions in "
        "Khartoum.",
        {_row("rsf", "sudan", "attacks")},
    ),
    (
        "square_expansion",
        "The AU [African Union] welcomed the agreement between Ethiopia and the TPLF.",
        _both("ethiopia", "tplf", "agrees_with"),
    ),
    (
        "square_expansion",
        "The MNDAA [Myanmar National Democratic Alliance Army] and the TNLA [Ta’ang National "
        "Liberation Army] fought the Tatmadaw in Lashio.",
        {_row("mndaa", "tatmadaw", "fights"), _row("tatmadaw", "tnla", "fights")},
    ),
    (
        "square_expansion",
        "KH [Kata’ib Hizballah] fired rockets at a US base in Syria.",
        {_row("kataib_hezbollah", "united_states", "attacks")},
    ),
    # names written with a curly apostrophe, no bracket
    (
        "inside_name",
        "Kata’ib Hizballah attacked US forces at Tower 22 in Jordan.",
        {_row("kataib_hezbollah", "united_states", "attacks")},
    ),
    (
        "inside_name",
        "The Ta’ang National Liberation Army attacked Tatmadaw bases in Namhsan.",
        {_row("tnla", "tatmadaw", "attacks")},
    ),
    (
        "inside_name",
        "Jama’at Nusrat al-Islam wal-Muslimin ambushed a Malian army convoy near Boni.",
        {_row("jnim", "mali", "attacks")},
    ),
    (
        "inside_name",
        "Iran’s Revolutionary Guards armed the Houthis for years.",
        {_row("iran", "houthis", "arms")},
    ),
    (
        "inside_name",
        "Al-Shabaab’s fighters attacked Kenyan troops in Lamu.",
        {_row("al_shabaab", "kenya", "attacks")},
    ),
    (
        "inside_name",
        "Iran’s Islamic Revolutionary Guard Corps [IRGC] armed the Houthis.",
        {_row("iran", "houthis", "arms")},
    ),
    # a dateline in capitals before the sentence
    (
        "dateline",
        "MOGADISHU - Somali forces killed dozens of al-Shabaab fighters in Hiraan.",
        {_row("somalia", "al_shabaab", "attacks")},
    ),
    (
        "dateline",
        "ADDIS ABABA - Ethiopia accused Eritrea of backing Tigrayan rebels.",
        {_row("ethiopia", "eritrea", "opposes")},
    ),
    (
        "dateline",
        "KHARTOUM (AP) - The Sudanese army attacked RSF positions in Bahri.",
        {_row("sudan", "rsf", "attacks")},
    ),
    (
        "dateline",
        "GOMA, Congo - The M23 attacked Congolese army positions near Sake.",
        {_row("m23", "drc", "attacks")},
    ),
    (
        "dateline",
        "BAMAKO - Mali's army and Wagner fighters attacked JNIM camps near Gao.",
        {_row("mali", "jnim", "attacks"), _row("wagner", "jnim", "attacks")},
    ),
    # the same shapes with round brackets
    (
        "round_brackets",
        "The Tigray People's Liberation Front (TPLF) attacked Eritrean troops near Shire.",
        {_row("tplf", "eritrea", "attacks")},
    ),
    (
        "round_brackets",
        "The Rapid Support Forces (RSF) shelled Sudanese army positions near El Obeid.",
        {_row("rsf", "sudan", "attacks")},
    ),
    (
        "round_brackets",
        "Uganda launched air strikes on the Allied Democratic Forces (ADF) in Beni.",
        {_row("uganda", "adf", "attacks")},
    ),
    (
        "round_brackets",
        "The Ethiopian National Defense Forces (ENDF) attacked TPLF positions in Raya.",
        {_row("ethiopia", "tplf", "attacks")},
    ),
    (
        "round_brackets",
        "The United States imposed sanctions on Kata’ib Hizballah (KH).",
        {_row("united_states", "kataib_hezbollah", "sanctions")},
    ),
    (
        "round_brackets",
        "Kenyan troops fought alongside the Somali National Army (SNA) in Gedo.",
        {_row("kenya", "somalia", "cooperates_with")},
    ),
    # (written after the first measurement, which found the parser's cut mostly harmless
    # where the bracket names the subject itself, and measured before fixing) a list
    # whose first name is cut off from the bracketed abbreviation and the verb after it
    (
        "square_coordinated",
        "Rwanda and the March 23 Movement [M23] attacked Congolese troops near Sake.",
        {_row("rwanda", "drc", "attacks"), _row("m23", "drc", "attacks")},
    ),
    (
        "square_coordinated",
        "Chad and the United Arab Emirates [UAE] armed the Rapid Support Forces.",
        {_row("chad", "rsf", "arms"), _row("uae", "rsf", "arms")},
    ),
    (
        "square_coordinated",
        "Kenya and the African Union Mission in Somalia [AMISOM] attacked al-Shabaab in Kismayo.",
        {_row("kenya", "al_shabaab", "attacks"), _row("african_union", "al_shabaab", "attacks")},
    ),
    (
        "square_coordinated",
        "The Sudanese government and the Rapid Support Forces [RSF] signed a ceasefire in Jeddah.",
        _both("sudan", "rsf", "agrees_with"),
    ),
    (
        "square_coordinated",
        "Uganda and the Allied Democratic Forces [ADF] have fought for decades.",
        {_row("adf", "uganda", "fights")},
    ),
    (
        "square_coordinated",
        "Eritrea and the Ethiopian National Defense Forces [ENDF] attacked the TPLF in Humera.",
        {_row("eritrea", "tplf", "attacks"), _row("ethiopia", "tplf", "attacks")},
    ),
    (
        "square_coordinated",
        "Saudi Arabia and the United Arab Emirates [UAE] struck the Houthis in Sanaa.",
        {_row("saudi_arabia", "houthis", "attacks"), _row("uae", "houthis", "attacks")},
    ),
    (
        "square_coordinated",
        "The Somali government and the Kenya Defence Forces [KDF] attacked al-Shabaab.",
        {_row("somalia", "al_shabaab", "attacks"), _row("kenya", "al_shabaab", "attacks")},
    ),
    (
        "square_coordinated",
        "Iran and Kata’ib Hizballah [KH] attacked US forces in Syria.",
        {
            _row("iran", "united_states", "attacks"),
            _row("kataib_hezbollah", "united_states", "attacks"),
        },
    ),
    # an abbreviation that is no name of the table, after an actor's forces
    (
        "square_no_actor",
        "The Congolese army [FARDC] attacked M23 positions near Kibumba.",
        {_row("drc", "m23", "attacks")},
    ),
    (
        "square_no_actor",
        "Mali's armed forces [FAMa] and Wagner attacked JNIM near Moura.",
        {_row("mali", "jnim", "attacks"), _row("wagner", "jnim", "attacks")},
    ),
    (
        "square_no_actor",
        "Burkina Faso's army [the FDS] attacked JNIM camps near Djibo.",
        {_row("burkina_faso", "jnim", "attacks")},
    ),
    (
        "square_no_actor",
        "The Kenya Defence Forces [KDF] attacked al-Shabaab in Lamu.",
        {_row("kenya", "al_shabaab", "attacks")},
    ),
    (
        "square_no_actor",
        "The Ugandan army [UPDF] launched strikes on the ADF in Ituri.",
        {_row("uganda", "adf", "attacks")},
    ),
]


_TEMPTING: list[tuple[str, str, set]] = [
    # two real sentences: each keeps its own rows, none crosses the full stop
    (
        "two_sentences",
        "Rwanda backs the M23. Congo attacked Rwanda.",
        {_row("rwanda", "m23", "backs"), _row("drc", "rwanda", "attacks")},
    ),
    (
        "two_sentences",
        "Iran arms the Houthis. Saudi Arabia attacked Yemen.",
        {_row("iran", "houthis", "arms"), _row("saudi_arabia", "yemen", "attacks")},
    ),
    (
        "two_sentences",
        "The UAE denied the claim. Sudan attacked the RSF.",
        {_row("sudan", "rsf", "attacks")},
    ),
    (
        "two_sentences",
        "Eritrea fought the TPLF. Ethiopia later signed a truce with the TPLF.",
        {_row("eritrea", "tplf", "fights"), _row("ethiopia", "tplf", "agrees_with")},
    ),
    (
        "two_sentences",
        "Ethiopia attacked the TPLF. Eritrea backs Ethiopia.",
        {_row("ethiopia", "tplf", "attacks"), _row("eritrea", "ethiopia", "backs")},
    ),
    (
        "two_sentences",
        "Hamas attacked Israel. Iran praised Hamas.",
        {_row("hamas", "israel", "attacks"), _row("iran", "hamas", "favours")},
    ),
    (
        "two_sentences",
        "The SNA attacked al-Shabaab. Kenya backs the SNA.",
        {_row("somalia", "al_shabaab", "attacks"), _row("kenya", "somalia", "backs")},
    ),
    (
        "two_sentences",
        "Iraq condemned the strike. The United States attacked Kata’ib Hizballah in Baghdad.",
        {_row("united_states", "kataib_hezbollah", "attacks")},
    ),
    (
        "two_sentences",
        "Saudi Arabia struck Yemen. Iran condemned Saudi Arabia.",
        {_row("saudi_arabia", "yemen", "attacks"), _row("iran", "saudi_arabia", "opposes")},
    ),
    (
        "two_sentences",
        "The AU deployed troops to Somalia. Al-Shabaab attacked AU bases.",
        {_row("al_shabaab", "african_union", "attacks")},
    ),
    # a bracket after a full stop starts a sentence of its own
    (
        "bracket_after_stop",
        "Uganda attacked the ADF. [Kenya] was not involved.",
        {_row("uganda", "adf", "attacks")},
    ),
    (
        "bracket_after_stop",
        "Chad armed the RSF. [Sudan's army] attacked Chad's border posts.",
        {_row("chad", "rsf", "arms"), _row("sudan", "chad", "attacks")},
    ),
    (
        "bracket_after_stop",
        "Israel attacked Iran. (Hamas) did not respond.",
        {_row("israel", "iran", "attacks")},
    ),
    (
        "bracket_after_stop",
        "The Tatmadaw bombed TNLA positions. [The MNDAA] said it would retaliate.",
        {_row("tatmadaw", "tnla", "attacks")},
    ),
    (
        "bracket_after_stop",
        "Uganda backs the SNA. (The ADF attacked Uganda.)",
        {_row("uganda", "somalia", "backs"), _row("adf", "uganda", "attacks")},
    ),
    # a headline on its own line, with no full stop: a sentence of its own
    (
        "headline_line",
        "Kenya condemns al-Shabaab attack\n\nSomali troops attacked al-Shabaab in Gedo.",
        {_row("kenya", "al_shabaab", "opposes"), _row("somalia", "al_shabaab", "attacks")},
    ),
    (
        "headline_line",
        "Sudan accuses UAE\n\nThe RSF shelled El Fasher on Monday.",
        {_row("sudan", "uae", "opposes")},
    ),
    (
        "headline_line",
        "Israel strikes Hamas\nIran condemned Israel.",
        {_row("israel", "hamas", "attacks"), _row("iran", "israel", "opposes")},
    ),
    (
        "headline_line",
        "Ethiopia signs deal with TPLF\n\nEritrea attacked the TPLF in Tigray.",
        {_row("ethiopia", "tplf", "agrees_with"), _row("eritrea", "tplf", "attacks")},
    ),
    (
        "headline_line",
        "Uganda strikes ADF\n\nThe DRC welcomed Uganda's strikes.",
        {_row("uganda", "adf", "attacks"), _row("drc", "uganda", "favours")},
    ),
    (
        "headline_line",
        "Houthis attack ship\n\nThe United States struck the Houthis in Hodeidah.",
        {_row("united_states", "houthis", "attacks")},
    ),
    (
        "headline_line",
        "Wagner leaves Mali\n\nJNIM attacked Malian troops near Kidal.",
        {_row("jnim", "mali", "attacks")},
    ),
    (
        "headline_line",
        "Eritrea and Ethiopia signed a peace deal in 2018\n\nThe TPLF attacked Ethiopian "
        "troops in Mekelle.",
        _both("eritrea", "ethiopia", "agrees_with") | {_row("tplf", "ethiopia", "attacks")},
    ),
    # a bracket holding a note, no name
    (
        "bracket_note",
        "The TPLF attacked Eritrea [in 2020] and then signed a truce with Ethiopia.",
        {_row("tplf", "eritrea", "attacks"), _row("tplf", "ethiopia", "agrees_with")},
    ),
    (
        "bracket_note",
        "Sudan [sic] accused the UAE of funding the RSF.",
        {_row("sudan", "uae", "opposes"), _row("uae", "rsf", "funds", "reported", "sudan")},
    ),
]


CASES: list[tuple[str, str, str, set]] = [
    (cls, "genuine", text, rows) for cls, text, rows in _GENUINE
] + [(cls, "tempt", text, rows) for cls, text, rows in _TEMPTING]
