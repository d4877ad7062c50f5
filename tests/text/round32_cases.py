"""The sentences of the round-32 audit (issue 16; BASELINE.md, round 32): titled people as
the parties of one clause. Two or three people coordinated as subjects or objects ("and",
"as well as", "together with"), each with a title naming his own state or group (R5); a
titled person inside a "with" or "between" phrase or after "met"; a titled holder who is
not in the actors table, whose body acts (R5). Written for this round in news, wire and
think-tank styles, on conflicts and actors the fresh sample does not use (Colombia and the
FARC and ELN, the Balkans and Dayton, the Caucasus, Ethiopia and Eritrea, South Sudan, the
Great Lakes and M23, Kenya and Somalia, Russia and Ukraine, Myanmar, Mindanao, Libya).
About a third are built to tempt a wrong row (``tempt``: titles with no names, a former
office, "X, a former FARC commander", a title of a country the table lacks, a person
paired with the body of his own title, the body of one title paired with the other
person), the rest are genuine (``genuine``). Expected rows by hand from
tests/text/data/ANNOTATION.md (R2 types; R3 direction: symmetric types once with the
smaller id as source, directed types both ways for "A and B signed"; partners after
"with" are no parties to each other (round 29); R5 offices: ``leads`` for heads of state,
government and groups, ``member_of`` for ministers and officials; the person acts where
he is in the table, else the body of his title; a title without a country, or a former
one, states no office): ``(class, kind, text, rows)`` with rows ``(source, relation,
target, modality, attributed_to)``; an empty set means no row."""

import pandas as pd

ACTORS = pd.DataFrame(
    [
        ("colombia", "Colombia", "state", "", "COL"),
        ("farc", "FARC", "armed_group", "", "COL"),
        ("eln", "ELN", "armed_group", "National Liberation Army", "COL"),
        ("venezuela", "Venezuela", "state", "", "VEN"),
        ("cuba", "Cuba", "state", "Havana", "CUB"),
        ("norway", "Norway", "state", "", "NOR"),
        ("serbia", "Serbia", "state", "Belgrade", "SRB"),
        ("croatia", "Croatia", "state", "Zagreb", "HRV"),
        ("bosnia", "Bosnia and Herzegovina", "state", "Bosnia", "BIH"),
        ("kosovo", "Kosovo", "state", "", "XKX"),
        ("armenia", "Armenia", "state", "Yerevan", "ARM"),
        ("azerbaijan", "Azerbaijan", "state", "Baku", "AZE"),
        ("ethiopia", "Ethiopia", "state", "", "ETH"),
        ("eritrea", "Eritrea", "state", "", "ERI"),
        ("tplf", "Tigray People's Liberation Front", "armed_group", "TPLF", "ETH"),
        ("south_sudan", "South Sudan", "state", "", "SSD"),
        ("splm_io", "SPLM-IO", "armed_group", "", "SSD"),
        ("rwanda", "Rwanda", "state", "Kigali", "RWA"),
        ("drc", "Democratic Republic of the Congo", "state", "DRC|DR Congo", "COD"),
        ("m23", "M23", "armed_group", "", "COD"),
        ("kenya", "Kenya", "state", "Nairobi", "KEN"),
        ("somalia", "Somalia", "state", "Mogadishu", "SOM"),
        ("al_shabaab", "al-Shabaab", "armed_group", "", "SOM"),
        ("russia", "Russia", "state", "Moscow|Kremlin", "RUS"),
        ("ukraine", "Ukraine", "state", "Kyiv", "UKR"),
        ("turkey", "Turkey", "state", "Ankara", "TUR"),
        ("myanmar", "Myanmar", "state", "", "MMR"),
        ("arakan_army", "Arakan Army", "armed_group", "", "MMR"),
        ("philippines", "Philippines", "state", "Manila", "PHL"),
        ("milf", "Moro Islamic Liberation Front", "armed_group", "MILF", "PHL"),
        ("lna", "Libyan National Army", "armed_group", "LNA", "LBY"),
        ("france", "France", "state", "Paris", "FRA"),
        ("juan_manuel_santos", "Juan Manuel Santos", "person", "Santos", "COL"),
        ("rodrigo_londono", "Rodrigo Londono", "person", "Londono|Timochenko", "COL"),
        ("nicolas_maduro", "Nicolas Maduro", "person", "Maduro", "VEN"),
        ("slobodan_milosevic", "Slobodan Milosevic", "person", "Milosevic", "SRB"),
        ("alija_izetbegovic", "Alija Izetbegovic", "person", "Izetbegovic", "BIH"),
        ("franjo_tudjman", "Franjo Tudjman", "person", "Tudjman", "HRV"),
        ("nikol_pashinyan", "Nikol Pashinyan", "person", "Pashinyan", "ARM"),
        ("ilham_aliyev", "Ilham Aliyev", "person", "Aliyev", "AZE"),
        ("abiy_ahmed", "Abiy Ahmed", "person", "Abiy", "ETH"),
        ("isaias_afwerki", "Isaias Afwerki", "person", "Isaias", "ERI"),
        ("salva_kiir", "Salva Kiir", "person", "Kiir", "SSD"),
        ("riek_machar", "Riek Machar", "person", "Machar", "SSD"),
        ("paul_kagame", "Paul Kagame", "person", "Kagame", "RWA"),
        ("felix_tshisekedi", "Felix Tshisekedi", "person", "Tshisekedi", "COD"),
        ("william_ruto", "William Ruto", "person", "Ruto", "KEN"),
        ("vladimir_putin", "Vladimir Putin", "person", "Putin", "RUS"),
        ("volodymyr_zelensky", "Volodymyr Zelensky", "person", "Zelensky", "UKR"),
        ("recep_tayyip_erdogan", "Recep Tayyip Erdogan", "person", "Erdogan", "TUR"),
        ("khalifa_haftar", "Khalifa Haftar", "person", "Haftar", "LBY"),
        ("emmanuel_macron", "Emmanuel Macron", "person", "Macron", "FRA"),
    ],
    columns=["id", "name", "kind", "aliases", "country"],
)

A, P, H, D, E, R = "asserted", "planned", "hypothetical", "denied", "ended", "reported"


def both(source, relation, target, modality=A):
    """A directed type given in both directions ("A and B signed")."""
    return {(source, relation, target, modality, ""), (target, relation, source, modality, "")}


def row(source, relation, target, modality=A, claimant=""):
    return {(source, relation, target, modality, claimant)}


def sym(a, relation, b, modality=A):
    """A symmetric type, once, the smaller id as source (R3)."""
    return row(min(a, b), relation, max(a, b), modality)


NONE: set = set()

SUBJECTS = "two titled people as the subjects"
THREE = "three titled people, or 'as well as', 'together with'"
UNKNOWN = "a titled holder not in the table: the body acts"
OBJECTS = "titled people as objects, after 'with', 'between', 'met'"
NO_OFFICE = "titles with no name, no country, or a former office"

CASES = [
    # -- two titled people as the subjects of one clause: person with person
    (
        SUBJECTS,
        "tempt",
        "Colombian President Juan Manuel Santos and FARC leader Rodrigo Londono signed a peace"
        " agreement in Havana.",
        row("juan_manuel_santos", "leads", "colombia")
        | row("rodrigo_londono", "leads", "farc")
        | both("juan_manuel_santos", "agrees_with", "rodrigo_londono"),
    ),
    (
        SUBJECTS,
        "genuine",
        "Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev held"
        " talks in Brussels.",
        row("nikol_pashinyan", "leads", "armenia")
        | row("ilham_aliyev", "leads", "azerbaijan")
        | sym("nikol_pashinyan", "consults", "ilham_aliyev"),
    ),
    (
        SUBJECTS,
        "genuine",
        "Ethiopian Prime Minister Abiy Ahmed and Eritrean President Isaias Afwerki signed a"
        " peace accord in Jeddah.",
        row("abiy_ahmed", "leads", "ethiopia")
        | row("isaias_afwerki", "leads", "eritrea")
        | both("abiy_ahmed", "agrees_with", "isaias_afwerki"),
    ),
    (
        SUBJECTS,
        "genuine",
        "Rwandan President Paul Kagame and Congolese President Felix Tshisekedi met in Luanda.",
        row("paul_kagame", "leads", "rwanda")
        | row("felix_tshisekedi", "leads", "drc")
        | sym("paul_kagame", "consults", "felix_tshisekedi"),
    ),
    (
        SUBJECTS,
        "tempt",
        "Russian President Vladimir Putin and Turkish President Recep Tayyip Erdogan discussed"
        " the grain corridor by phone.",
        row("vladimir_putin", "leads", "russia")
        | row("recep_tayyip_erdogan", "leads", "turkey")
        | sym("recep_tayyip_erdogan", "consults", "vladimir_putin"),
    ),
    (
        SUBJECTS,
        "tempt",
        "South Sudanese President Salva Kiir and SPLM-IO leader Riek Machar agreed to form a"
        " unity government.",
        row("salva_kiir", "leads", "south_sudan")
        | row("riek_machar", "leads", "splm_io")
        | both("riek_machar", "agrees_with", "salva_kiir"),
    ),
    (
        SUBJECTS,
        "genuine",
        "Kenyan President William Ruto and Ukrainian President Volodymyr Zelensky condemned"
        " Russia.",
        row("william_ruto", "leads", "kenya")
        | row("volodymyr_zelensky", "leads", "ukraine")
        | row("william_ruto", "opposes", "russia")
        | row("volodymyr_zelensky", "opposes", "russia"),
    ),
    (
        SUBJECTS,
        "genuine",
        "Serbian President Slobodan Milosevic and Croatian President Franjo Tudjman met in"
        " Karadjordjevo in 1991.",
        row("slobodan_milosevic", "leads", "serbia")
        | row("franjo_tudjman", "leads", "croatia")
        | sym("franjo_tudjman", "consults", "slobodan_milosevic"),
    ),
    (
        SUBJECTS,
        "tempt",
        "LNA commander Khalifa Haftar and French President Emmanuel Macron met in Paris.",
        row("khalifa_haftar", "leads", "lna")
        | row("emmanuel_macron", "leads", "france")
        | sym("emmanuel_macron", "consults", "khalifa_haftar"),
    ),
    (
        SUBJECTS,
        "genuine",
        "Santos and Londono shook hands in Cartagena and signed the final accord.",
        both("juan_manuel_santos", "agrees_with", "rodrigo_londono"),
    ),
    (
        SUBJECTS,
        "genuine",
        "Pashinyan and Aliyev met on the sidelines of the summit in Prague.",
        sym("ilham_aliyev", "consults", "nikol_pashinyan"),
    ),
    (
        SUBJECTS,
        "genuine",
        "Venezuelan President Nicolas Maduro criticised Colombia.",
        row("nicolas_maduro", "leads", "venezuela") | row("nicolas_maduro", "opposes", "colombia"),
    ),
    (
        SUBJECTS,
        "genuine",
        "Turkish President Recep Tayyip Erdogan condemned the Kremlin.",
        row("recep_tayyip_erdogan", "leads", "turkey")
        | row("recep_tayyip_erdogan", "opposes", "russia"),
    ),
    (
        SUBJECTS,
        "genuine",
        "Ukrainian President Volodymyr Zelensky accused Russia of war crimes.",
        row("volodymyr_zelensky", "leads", "ukraine")
        | row("volodymyr_zelensky", "opposes", "russia"),
    ),
    (
        SUBJECTS,
        "genuine",
        "Kagame and Tshisekedi signed a peace deal in Washington.",
        both("felix_tshisekedi", "agrees_with", "paul_kagame"),
    ),
    (
        SUBJECTS,
        "genuine",
        "Kiir and Machar held talks in Khartoum.",
        sym("riek_machar", "consults", "salva_kiir"),
    ),
    # (added after the first fix, measured on main as well: one noun phrase in the parse)
    (
        SUBJECTS,
        "tempt",
        "FARC commander Rodrigo Londono and ELN commander Pablo Beltran met in Havana.",
        row("rodrigo_londono", "leads", "farc") | sym("eln", "consults", "rodrigo_londono"),
    ),
    (
        SUBJECTS,
        "tempt",
        "Ukrainian President Volodymyr Zelensky and Russian President Vladimir Putin met in"
        " Paris in 2019.",
        row("volodymyr_zelensky", "leads", "ukraine")
        | row("vladimir_putin", "leads", "russia")
        | sym("vladimir_putin", "consults", "volodymyr_zelensky"),
    ),
    (
        SUBJECTS,
        "tempt",
        "Armenian Prime Minister Nikol Pashinyan and Azerbaijani Foreign Minister Jeyhun"
        " Bayramov held talks in Moscow.",
        row("nikol_pashinyan", "leads", "armenia")
        | sym("azerbaijan", "consults", "nikol_pashinyan"),
    ),
    (
        SUBJECTS,
        "tempt",
        "LNA chief Khalifa Haftar and Russian President Vladimir Putin met in Moscow.",
        row("khalifa_haftar", "leads", "lna")
        | row("vladimir_putin", "leads", "russia")
        | sym("khalifa_haftar", "consults", "vladimir_putin"),
    ),
    (
        SUBJECTS,
        "genuine",
        "Congolese President Felix Tshisekedi and Rwandan President Paul Kagame accused each"
        " other of backing rebels.",
        row("felix_tshisekedi", "leads", "drc")
        | row("paul_kagame", "leads", "rwanda")
        | both("felix_tshisekedi", "opposes", "paul_kagame"),
    ),
    (
        SUBJECTS,
        "genuine",
        "Serbian President Slobodan Milosevic and Bosnian Serb leader Radovan Karadzic met in"
        " Belgrade.",
        row("slobodan_milosevic", "leads", "serbia"),
    ),
    # -- three titled people, "as well as", "together with"
    (
        THREE,
        "genuine",
        "Serbian President Slobodan Milosevic, Bosnian President Alija Izetbegovic and Croatian"
        " President Franjo Tudjman signed the Dayton Agreement.",
        row("slobodan_milosevic", "leads", "serbia")
        | row("alija_izetbegovic", "leads", "bosnia")
        | row("franjo_tudjman", "leads", "croatia")
        | both("alija_izetbegovic", "agrees_with", "slobodan_milosevic")
        | both("franjo_tudjman", "agrees_with", "slobodan_milosevic")
        | both("alija_izetbegovic", "agrees_with", "franjo_tudjman"),
    ),
    (
        THREE,
        "tempt",
        "Milosevic, Izetbegovic and Tudjman signed the agreement in Paris.",
        both("alija_izetbegovic", "agrees_with", "slobodan_milosevic")
        | both("franjo_tudjman", "agrees_with", "slobodan_milosevic")
        | both("alija_izetbegovic", "agrees_with", "franjo_tudjman"),
    ),
    (
        THREE,
        "genuine",
        "Armenian Prime Minister Nikol Pashinyan as well as Azerbaijani President Ilham Aliyev"
        " criticised France.",
        row("nikol_pashinyan", "leads", "armenia")
        | row("ilham_aliyev", "leads", "azerbaijan")
        | row("nikol_pashinyan", "opposes", "france")
        | row("ilham_aliyev", "opposes", "france"),
    ),
    (
        THREE,
        "genuine",
        "Kenyan President William Ruto together with Rwandan President Paul Kagame condemned M23.",
        row("william_ruto", "leads", "kenya")
        | row("paul_kagame", "leads", "rwanda")
        | row("william_ruto", "opposes", "m23")
        | row("paul_kagame", "opposes", "m23"),
    ),
    (
        THREE,
        "genuine",
        "Putin, Erdogan and Macron discussed Libya.",
        sym("recep_tayyip_erdogan", "consults", "vladimir_putin")
        | sym("emmanuel_macron", "consults", "vladimir_putin")
        | sym("emmanuel_macron", "consults", "recep_tayyip_erdogan"),
    ),
    (
        THREE,
        "genuine",
        "Kagame, Ruto and Tshisekedi held talks in Nairobi.",
        sym("paul_kagame", "consults", "william_ruto")
        | sym("felix_tshisekedi", "consults", "william_ruto")
        | sym("felix_tshisekedi", "consults", "paul_kagame"),
    ),
    (
        THREE,
        "genuine",
        "Abiy Ahmed and Isaias Afwerki as well as Kenya condemned al-Shabaab.",
        row("abiy_ahmed", "opposes", "al_shabaab")
        | row("isaias_afwerki", "opposes", "al_shabaab")
        | row("kenya", "opposes", "al_shabaab"),
    ),
    (
        THREE,
        "tempt",
        "Russia and Turkey as well as Iran's partners criticised Ukraine.",
        row("russia", "opposes", "ukraine") | row("turkey", "opposes", "ukraine"),
    ),
    # -- a titled holder who is not in the table: the body of his title acts (R5)
    (
        UNKNOWN,
        "tempt",
        "Colombian President Juan Manuel Santos and FARC commander Ivan Marquez signed a"
        " ceasefire.",
        row("juan_manuel_santos", "leads", "colombia")
        | both("farc", "agrees_with", "juan_manuel_santos"),
    ),
    (
        UNKNOWN,
        "tempt",
        "Ethiopian Prime Minister Abiy Ahmed and TPLF chairman Debretsion Gebremichael held"
        " talks in Pretoria.",
        row("abiy_ahmed", "leads", "ethiopia") | sym("abiy_ahmed", "consults", "tplf"),
    ),
    (
        UNKNOWN,
        "tempt",
        "M23 leader Sultani Makenga and Congolese President Felix Tshisekedi signed a truce.",
        row("felix_tshisekedi", "leads", "drc") | both("felix_tshisekedi", "agrees_with", "m23"),
    ),
    (
        UNKNOWN,
        "tempt",
        "Somali President Hassan Sheikh Mohamud and Kenyan President William Ruto condemned"
        " al-Shabaab.",
        row("william_ruto", "leads", "kenya")
        | row("somalia", "opposes", "al_shabaab")
        | row("william_ruto", "opposes", "al_shabaab"),
    ),
    (
        UNKNOWN,
        "tempt",
        "Arakan Army commander Twan Mrat Naing and Myanmar junta leader Min Aung Hlaing agreed"
        " to a truce.",
        both("arakan_army", "agrees_with", "myanmar"),
    ),
    (
        UNKNOWN,
        "tempt",
        "MILF chairman Murad Ebrahim and Philippine President Benigno Aquino met in Tokyo.",
        sym("milf", "consults", "philippines"),
    ),
    (
        UNKNOWN,
        "genuine",
        "ELN commander Pablo Beltran criticised Colombia.",
        row("eln", "opposes", "colombia"),
    ),
    (
        UNKNOWN,
        "genuine",
        "Congolese Foreign Minister Therese Kayikwamba Wagner accused Rwanda of backing M23.",
        row("drc", "opposes", "rwanda") | row("rwanda", "backs", "m23", R, "drc"),
    ),
    (
        UNKNOWN,
        "genuine",
        "Serbian Foreign Minister Ivica Dacic condemned Kosovo.",
        row("serbia", "opposes", "kosovo"),
    ),
    (
        UNKNOWN,
        "genuine",
        "Azerbaijani Foreign Minister Jeyhun Bayramov criticised Armenia.",
        row("azerbaijan", "opposes", "armenia"),
    ),
    (
        UNKNOWN,
        "genuine",
        "Ukrainian Foreign Minister Dmytro Kuleba accused Russia of blackmail.",
        row("ukraine", "opposes", "russia"),
    ),
    (
        UNKNOWN,
        "genuine",
        "FARC commander Ivan Marquez threatened Colombia.",
        row("farc", "threatens", "colombia"),
    ),
    # -- titled people as objects: after "with", "between", "met"
    (
        OBJECTS,
        "tempt",
        "Milosevic negotiated at Dayton with Alija Izetbegovic and Croatian President Franjo"
        " Tudjman.",
        row("franjo_tudjman", "leads", "croatia")
        | sym("alija_izetbegovic", "consults", "slobodan_milosevic")
        | sym("franjo_tudjman", "consults", "slobodan_milosevic"),
    ),
    (
        OBJECTS,
        "genuine",
        "Putin met Turkish President Recep Tayyip Erdogan and French President Emmanuel Macron"
        " in Istanbul.",
        row("recep_tayyip_erdogan", "leads", "turkey")
        | row("emmanuel_macron", "leads", "france")
        | sym("recep_tayyip_erdogan", "consults", "vladimir_putin")
        | sym("emmanuel_macron", "consults", "vladimir_putin"),
    ),
    (
        OBJECTS,
        "genuine",
        "Macron met Armenian Prime Minister Nikol Pashinyan in Paris.",
        row("nikol_pashinyan", "leads", "armenia")
        | sym("emmanuel_macron", "consults", "nikol_pashinyan"),
    ),
    (
        OBJECTS,
        "tempt",
        "Santos held talks with FARC leader Rodrigo Londono in Havana.",
        row("rodrigo_londono", "leads", "farc")
        | sym("juan_manuel_santos", "consults", "rodrigo_londono"),
    ),
    (
        OBJECTS,
        "tempt",
        "Kiir signed a peace deal with SPLM-IO leader Riek Machar.",
        row("riek_machar", "leads", "splm_io") | row("salva_kiir", "agrees_with", "riek_machar"),
    ),
    (
        OBJECTS,
        "tempt",
        "Norway hosted talks between Colombian President Juan Manuel Santos and FARC leader"
        " Rodrigo Londono.",
        row("juan_manuel_santos", "leads", "colombia")
        | row("rodrigo_londono", "leads", "farc")
        | sym("juan_manuel_santos", "consults", "norway")
        | sym("norway", "consults", "rodrigo_londono")
        | sym("juan_manuel_santos", "consults", "rodrigo_londono"),
    ),
    (
        OBJECTS,
        "genuine",
        "Erdogan criticised Armenian Prime Minister Nikol Pashinyan and Azerbaijani President"
        " Ilham Aliyev.",
        row("nikol_pashinyan", "leads", "armenia")
        | row("ilham_aliyev", "leads", "azerbaijan")
        | row("recep_tayyip_erdogan", "opposes", "nikol_pashinyan")
        | row("recep_tayyip_erdogan", "opposes", "ilham_aliyev"),
    ),
    (
        OBJECTS,
        "tempt",
        "Kagame met Congolese President Felix Tshisekedi and M23 leader Sultani Makenga.",
        row("felix_tshisekedi", "leads", "drc")
        | sym("felix_tshisekedi", "consults", "paul_kagame")
        | sym("m23", "consults", "paul_kagame"),
    ),
    (
        OBJECTS,
        "genuine",
        "Zelensky met Erdogan in Lviv.",
        sym("recep_tayyip_erdogan", "consults", "volodymyr_zelensky"),
    ),
    (
        OBJECTS,
        "genuine",
        "Abiy met Isaias in Asmara in July 2018.",
        sym("abiy_ahmed", "consults", "isaias_afwerki"),
    ),
    (
        OBJECTS,
        "genuine",
        "Ruto held talks with Somali President Hassan Sheikh Mohamud in Nairobi.",
        sym("somalia", "consults", "william_ruto"),
    ),
    (
        OBJECTS,
        "genuine",
        "Machar signed the deal with Kiir in Addis Ababa.",
        row("riek_machar", "agrees_with", "salva_kiir"),
    ),
    (
        OBJECTS,
        "genuine",
        "Macron criticised Haftar.",
        row("emmanuel_macron", "opposes", "khalifa_haftar"),
    ),
    (
        OBJECTS,
        "genuine",
        "Aliyev met Erdogan and Putin in Moscow.",
        sym("ilham_aliyev", "consults", "recep_tayyip_erdogan")
        | sym("ilham_aliyev", "consults", "vladimir_putin"),
    ),
    (
        OBJECTS,
        "genuine",
        "Pashinyan held talks with Aliyev and Putin in Sochi.",
        sym("ilham_aliyev", "consults", "nikol_pashinyan")
        | sym("nikol_pashinyan", "consults", "vladimir_putin"),
    ),
    (
        OBJECTS,
        "genuine",
        "Cuba hosted talks between Colombia and the ELN.",
        sym("cuba", "consults", "colombia")
        | sym("cuba", "consults", "eln")
        | sym("colombia", "consults", "eln"),
    ),
    # -- titles with no name, no country, a former office, a country not in the table
    (
        NO_OFFICE,
        "tempt",
        "The president and the army chief signed the deal.",
        NONE,
    ),
    (
        NO_OFFICE,
        "genuine",
        "The Ethiopian president and the Eritrean army chief met in Asmara.",
        sym("eritrea", "consults", "ethiopia"),
    ),
    (
        NO_OFFICE,
        "tempt",
        "Former Colombian President Juan Manuel Santos criticised the ELN.",
        row("juan_manuel_santos", "leads", "colombia", E)
        | row("juan_manuel_santos", "opposes", "eln"),
    ),
    (
        NO_OFFICE,
        "tempt",
        "Former Serbian President Boris Tadic condemned Kosovo.",
        NONE,
    ),
    (
        NO_OFFICE,
        "tempt",
        "Rodrigo Londono, a former FARC commander, criticised the ELN.",
        row("rodrigo_londono", "leads", "farc", E) | row("rodrigo_londono", "opposes", "eln"),
    ),
    (
        NO_OFFICE,
        "tempt",
        "President Santos and Commander Londono signed the accord.",
        both("juan_manuel_santos", "agrees_with", "rodrigo_londono"),
    ),
    (
        NO_OFFICE,
        "tempt",
        "Prime Minister Pashinyan and President Aliyev met in Granada.",
        sym("ilham_aliyev", "consults", "nikol_pashinyan"),
    ),
    (
        NO_OFFICE,
        "tempt",
        "Georgian Prime Minister Irakli Garibashvili and Azerbaijani President Ilham Aliyev met"
        " in Baku.",
        row("ilham_aliyev", "leads", "azerbaijan"),
    ),
    (
        NO_OFFICE,
        "tempt",
        "Georgian President Mikheil Saakashvili condemned Russia.",
        NONE,
    ),
    (
        NO_OFFICE,
        "tempt",
        "Foreign Ministers Ararat Mirzoyan and Jeyhun Bayramov met in Washington.",
        NONE,
    ),
    (
        NO_OFFICE,
        "tempt",
        "The rebel commander and the defence minister held talks in Goma.",
        NONE,
    ),
    (
        NO_OFFICE,
        "tempt",
        "Former Ethiopian Prime Minister Hailemariam Desalegn met Eritrea's foreign minister.",
        NONE,
    ),
    (
        NO_OFFICE,
        "genuine",
        "Armenian Prime Minister Nikol Pashinyan signed the declaration.",
        row("nikol_pashinyan", "leads", "armenia"),
    ),
    (
        NO_OFFICE,
        "genuine",
        "Azerbaijani President Ilham Aliyev spoke in Baku on Tuesday.",
        row("ilham_aliyev", "leads", "azerbaijan"),
    ),
    (
        NO_OFFICE,
        "genuine",
        "Rwandan President Paul Kagame visited Nairobi.",
        row("paul_kagame", "leads", "rwanda") | sym("kenya", "consults", "paul_kagame"),
    ),
    (
        NO_OFFICE,
        "genuine",
        "Eritrean President Isaias Afwerki hosted a delegation of elders.",
        row("isaias_afwerki", "leads", "eritrea"),
    ),
    (
        NO_OFFICE,
        "genuine",
        "Colombian President Juan Manuel Santos won the Nobel Peace Prize in 2016.",
        row("juan_manuel_santos", "leads", "colombia"),
    ),
    (
        NO_OFFICE,
        "genuine",
        "Congolese President Felix Tshisekedi accused Kigali of backing the rebels.",
        row("felix_tshisekedi", "leads", "drc") | row("felix_tshisekedi", "opposes", "rwanda"),
    ),
    (
        NO_OFFICE,
        "genuine",
        "Ukrainian President Volodymyr Zelensky thanked the troops.",
        row("volodymyr_zelensky", "leads", "ukraine"),
    ),
    (
        NO_OFFICE,
        "genuine",
        "Russian President Vladimir Putin and his aides arrived in Ankara.",
        row("vladimir_putin", "leads", "russia"),
    ),
    (
        NO_OFFICE,
        "genuine",
        "LNA commander Khalifa Haftar attacked Tripoli in April 2019.",
        row("khalifa_haftar", "leads", "lna"),
    ),
]
