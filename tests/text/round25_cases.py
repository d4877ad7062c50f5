# ruff: noqa: E501  (sentences are kept on one line each, as written)
"""The sentences of the round-25 audit (issue 16; BASELINE.md, round 25): titles and
offices in front of names (ANNOTATION.md R5), and object relatives whose verb the parser
reads as a plural noun ("the militia, which Qatar *funds*"). Written for this round in
news, wire, think-tank and encyclopedia styles, on conflicts and actors the fresh sample
does not use (the Caucasus, the Horn of Africa, the Balkans, South Asia, Myanmar, the
Sahel, Colombia, Lebanon and Yemen). About a third are built to tempt a wrong row
(``tempt``: a title of another country than the holder's, a former office, a title
without a country, a deputy or a chief of staff, a coordination whose titles belong to
different names, a relative's word that really is a noun), the rest are genuine
(``genuine``). Expected rows by hand from tests/text/data/ANNOTATION.md (R2 types, R3
direction, symmetric types once with the smaller id as source, R4 modality, R5 offices):
``(class, kind, text, rows)`` with rows ``(source, relation, target, modality,
attributed_to)``; an empty set means no row. Rows of the types the scorer ignores are not
counted either way (``extraction_fixtures.SCORED_OUT``)."""

import pandas as pd

ACTORS = pd.DataFrame(
    [
        ("turkey", "Turkey", "state", "", "TUR"),
        ("libya", "Libya", "state", "", "LBY"),
        ("qatar", "Qatar", "state", "", "QAT"),
        ("iran", "Iran", "state", "", "IRN"),
        ("iraq", "Iraq", "state", "", "IRQ"),
        ("israel", "Israel", "state", "", "ISR"),
        ("egypt", "Egypt", "state", "", "EGY"),
        ("russia", "Russia", "state", "", "RUS"),
        ("ukraine", "Ukraine", "state", "", "UKR"),
        ("france", "France", "state", "", "FRA"),
        ("germany", "Germany", "state", "", "DEU"),
        ("united_states", "United States", "state", "US|U.S.|Washington", "USA"),
        ("united_kingdom", "United Kingdom", "state", "UK|Britain", "GBR"),
        ("united_nations", "United Nations", "organisation", "UN|U.N.", ""),
        ("nato", "NATO", "organisation", "", ""),
        ("african_union", "African Union", "organisation", "AU", ""),
        ("european_union", "European Union", "organisation", "EU", ""),
        ("arab_league", "Arab League", "organisation", "", ""),
        ("ethiopia", "Ethiopia", "state", "", "ETH"),
        ("eritrea", "Eritrea", "state", "", "ERI"),
        ("tplf", "Tigray People's Liberation Front", "armed_group", "TPLF", "ETH"),
        ("somalia", "Somalia", "state", "", "SOM"),
        ("al_shabaab", "al-Shabaab", "armed_group", "", "SOM"),
        ("kenya", "Kenya", "state", "", "KEN"),
        ("pakistan", "Pakistan", "state", "", "PAK"),
        ("india", "India", "state", "", "IND"),
        ("afghanistan", "Afghanistan", "state", "", "AFG"),
        ("taliban", "Taliban", "armed_group", "", "AFG"),
        ("ttp", "Tehrik-i-Taliban Pakistan", "armed_group", "TTP", "PAK"),
        ("pkk", "PKK", "armed_group", "Kurdistan Workers' Party", "TUR"),
        ("hezbollah", "Hezbollah", "armed_group", "", "LBN"),
        ("lebanon", "Lebanon", "state", "", "LBN"),
        ("houthis", "Houthis", "armed_group", "", "YEM"),
        ("saudi_arabia", "Saudi Arabia", "state", "", "SAU"),
        ("yemen", "Yemen", "state", "", "YEM"),
        ("armenia", "Armenia", "state", "", "ARM"),
        ("azerbaijan", "Azerbaijan", "state", "", "AZE"),
        ("serbia", "Serbia", "state", "", "SRB"),
        ("kosovo", "Kosovo", "state", "", "XKX"),
        ("myanmar", "Myanmar", "state", "", "MMR"),
        ("arakan_army", "Arakan Army", "armed_group", "AA", "MMR"),
        ("venezuela", "Venezuela", "state", "", "VEN"),
        ("colombia", "Colombia", "state", "", "COL"),
        ("eln", "National Liberation Army", "armed_group", "ELN", "COL"),
        ("mali", "Mali", "state", "", "MLI"),
        ("jnim", "JNIM", "armed_group", "", "MLI"),
        ("wagner", "Wagner Group", "armed_group", "Wagner", "RUS"),
        ("sudan", "Sudan", "state", "", "SDN"),
        ("rsf", "Rapid Support Forces", "armed_group", "RSF", "SDN"),
        ("recep_tayyip_erdogan", "Recep Tayyip Erdogan", "person", "Erdogan", "TUR"),
        ("ilham_aliyev", "Ilham Aliyev", "person", "Aliyev", "AZE"),
        ("nikol_pashinyan", "Nikol Pashinyan", "person", "Pashinyan", "ARM"),
        ("abiy_ahmed", "Abiy Ahmed", "person", "Abiy", "ETH"),
        ("debretsion", "Debretsion Gebremichael", "person", "Debretsion", "ETH"),
        ("aleksandar_vucic", "Aleksandar Vucic", "person", "Vucic", "SRB"),
        ("gustavo_petro", "Gustavo Petro", "person", "Petro", "COL"),
        ("antonio_guterres", "Antonio Guterres", "person", "Guterres", "PRT"),
        ("jens_stoltenberg", "Jens Stoltenberg", "person", "Stoltenberg", "NOR"),
        ("ahmed_aboul_gheit", "Ahmed Aboul Gheit", "person", "Aboul Gheit", "EGY"),
        ("hemedti", "Hemedti", "person", "", "SDN"),
        ("nasrallah", "Hassan Nasrallah", "person", "Nasrallah", "LBN"),
        ("noor_wali_mehsud", "Noor Wali Mehsud", "person", "Mehsud", "PAK"),
        ("twan_mrat_naing", "Twan Mrat Naing", "person", "", "MMR"),
        ("vladimir_putin", "Vladimir Putin", "person", "Putin", "RUS"),
        ("hamid_karzai", "Hamid Karzai", "person", "Karzai", "AFG"),
        ("naim_qassem", "Naim Qassem", "person", "Qassem", "LBN"),
        ("numan_kurtulmus", "Numan Kurtulmus", "person", "Kurtulmus", "TUR"),
        ("mohammad_bagheri", "Mohammad Bagheri", "person", "Bagheri", "IRN"),
        ("abdul_malik_al_houthi", "Abdul-Malik al-Houthi", "person", "", "YEM"),
        ("antonio_garcia", "Antonio Garcia", "person", "", "COL"),
        ("moussa_faki", "Moussa Faki", "person", "Faki", "TCD"),
    ],
    columns=["id", "name", "kind", "aliases", "country"],
)

A, P, H, D, E, R = "asserted", "planned", "hypothetical", "denied", "ended", "reported"

CASES = [
    # --- a title naming the holder's country, the holder in the table: leads / member_of
    (
        "title_state",
        "genuine",
        "Turkish President Recep Tayyip Erdogan criticised Israel.",
        {
            ("recep_tayyip_erdogan", "leads", "turkey", A, ""),
            ("recep_tayyip_erdogan", "opposes", "israel", A, ""),
        },
    ),
    (
        "title_state",
        "genuine",
        "Azerbaijani President Ilham Aliyev condemned Armenia on Monday.",
        {
            ("ilham_aliyev", "leads", "azerbaijan", A, ""),
            ("ilham_aliyev", "opposes", "armenia", A, ""),
        },
    ),
    (
        "title_state",
        "genuine",
        "Armenian Prime Minister Nikol Pashinyan criticised Russia.",
        {
            ("nikol_pashinyan", "leads", "armenia", A, ""),
            ("nikol_pashinyan", "opposes", "russia", A, ""),
        },
    ),
    (
        "title_state",
        "genuine",
        "Ethiopian Prime Minister Abiy Ahmed visited Kenya in March.",
        {("abiy_ahmed", "leads", "ethiopia", A, ""), ("abiy_ahmed", "consults", "kenya", A, "")},
    ),
    (
        "title_state",
        "genuine",
        "Serbian President Aleksandar Vucic condemned Kosovo.",
        {
            ("aleksandar_vucic", "leads", "serbia", A, ""),
            ("aleksandar_vucic", "opposes", "kosovo", A, ""),
        },
    ),
    (
        "title_state",
        "genuine",
        "Colombian President Gustavo Petro criticised the ELN.",
        {("gustavo_petro", "leads", "colombia", A, ""), ("gustavo_petro", "opposes", "eln", A, "")},
    ),
    (
        "title_state",
        "genuine",
        "Russia's President Vladimir Putin threatened Ukraine.",
        {
            ("vladimir_putin", "leads", "russia", A, ""),
            ("vladimir_putin", "threatens", "ukraine", A, ""),
        },
    ),
    (
        "title_state",
        "genuine",
        "Ilham Aliyev, the president of Azerbaijan, criticised Armenia.",
        {
            ("ilham_aliyev", "leads", "azerbaijan", A, ""),
            ("ilham_aliyev", "opposes", "armenia", A, ""),
        },
    ),
    (
        "title_state",
        "genuine",
        "Turkish parliament speaker Numan Kurtulmus condemned Israel.",
        {
            ("numan_kurtulmus", "member_of", "turkey", A, ""),
            ("numan_kurtulmus", "opposes", "israel", A, ""),
        },
    ),
    (
        "title_state",
        "genuine",
        "Iranian armed forces chief of staff Mohammad Bagheri threatened Israel.",
        {
            ("mohammad_bagheri", "member_of", "iran", A, ""),
            ("mohammad_bagheri", "threatens", "israel", A, ""),
        },
    ),
    # --- the holder not in the table: the act is the state's (R5)
    (
        "title_state",
        "genuine",
        "Kenyan President William Ruto condemned al-Shabaab.",
        {("kenya", "opposes", "al_shabaab", A, "")},
    ),
    (
        "title_state",
        "genuine",
        "Iranian Foreign Minister Abbas Araghchi visited Egypt.",
        {("egypt", "consults", "iran", A, "")},
    ),
    (
        "title_state",
        "genuine",
        "Pakistani Defence Minister Khawaja Asif threatened Afghanistan.",
        {("pakistan", "threatens", "afghanistan", A, "")},
    ),
    (
        "title_state",
        "genuine",
        "Somali President Hassan Sheikh Mohamud accused Ethiopia of violating its sovereignty.",
        {("somalia", "opposes", "ethiopia", A, "")},
    ),
    (
        "title_state",
        "genuine",
        "Egyptian Foreign Minister Badr Abdelatty met Turkish officials in Ankara.",
        {("egypt", "consults", "turkey", A, "")},
    ),
    (
        "title_state",
        "genuine",
        "Turkish parliament speaker Ali Yildiz condemned Israel.",
        {("turkey", "opposes", "israel", A, "")},
    ),
    (
        "title_state",
        "genuine",
        "Malian junta leader Assimi Goita thanked Russia.",
        {("mali", "favours", "russia", A, "")},
    ),
    (
        "title_state",
        "genuine",
        "Indian Army chief Upendra Dwivedi warned Pakistan.",
        {("india", "warns", "pakistan", A, "")},
    ),
    # --- heads of bodies and groups: a secretary-general or leader leads
    (
        "title_body",
        "genuine",
        "NATO Secretary-General Jens Stoltenberg criticised Russia.",
        {
            ("jens_stoltenberg", "leads", "nato", A, ""),
            ("jens_stoltenberg", "opposes", "russia", A, ""),
        },
    ),
    (
        "title_body",
        "genuine",
        "NATO Secretary General Jens Stoltenberg visited Ukraine.",
        {
            ("jens_stoltenberg", "leads", "nato", A, ""),
            ("jens_stoltenberg", "consults", "ukraine", A, ""),
        },
    ),
    (
        "title_body",
        "genuine",
        "Arab League Secretary-General Ahmed Aboul Gheit condemned Israel.",
        {
            ("ahmed_aboul_gheit", "leads", "arab_league", A, ""),
            ("ahmed_aboul_gheit", "opposes", "israel", A, ""),
        },
    ),
    (
        "title_body",
        "genuine",
        "UN Secretary-General Antonio Guterres visited Kenya last week.",
        {
            ("antonio_guterres", "leads", "united_nations", A, ""),
            ("antonio_guterres", "consults", "kenya", A, ""),
        },
    ),
    (
        "title_body",
        "genuine",
        "Hezbollah Secretary-General Hassan Nasrallah threatened Israel.",
        {("nasrallah", "leads", "hezbollah", A, ""), ("nasrallah", "threatens", "israel", A, "")},
    ),
    (
        "title_body",
        "genuine",
        "Hezbollah's Secretary-General Naim Qassem threatened Israel.",
        {
            ("naim_qassem", "leads", "hezbollah", A, ""),
            ("naim_qassem", "threatens", "israel", A, ""),
        },
    ),
    (
        "title_body",
        "genuine",
        "TTP chief Noor Wali Mehsud threatened Pakistan.",
        {
            ("noor_wali_mehsud", "leads", "ttp", A, ""),
            ("noor_wali_mehsud", "threatens", "pakistan", A, ""),
        },
    ),
    (
        "title_body",
        "genuine",
        "Arakan Army commander Twan Mrat Naing criticised Myanmar.",
        {
            ("twan_mrat_naing", "leads", "arakan_army", A, ""),
            ("twan_mrat_naing", "opposes", "myanmar", A, ""),
        },
    ),
    (
        "title_body",
        "genuine",
        "Houthi leader Abdul-Malik al-Houthi threatened Saudi Arabia.",
        {
            ("abdul_malik_al_houthi", "leads", "houthis", A, ""),
            ("abdul_malik_al_houthi", "threatens", "saudi_arabia", A, ""),
        },
    ),
    (
        "title_body",
        "genuine",
        "The TPLF's leader, Debretsion Gebremichael, criticised Eritrea.",
        {("debretsion", "leads", "tplf", A, ""), ("debretsion", "opposes", "eritrea", A, "")},
    ),
    (
        "title_body",
        "genuine",
        "EU foreign policy chief Josep Borrell criticised Russia.",
        {("european_union", "opposes", "russia", A, "")},
    ),
    (
        "title_body",
        "genuine",
        "Hezbollah spokesman Mohammed Afif threatened Israel.",
        {("hezbollah", "threatens", "israel", A, "")},
    ),
    # --- coordination: each title its own name; the signers the persons or their state
    (
        "coordination",
        "genuine",
        "Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan signed a peace agreement.",
        {
            ("ilham_aliyev", "leads", "azerbaijan", A, ""),
            ("nikol_pashinyan", "leads", "armenia", A, ""),
            ("ilham_aliyev", "agrees_with", "nikol_pashinyan", A, ""),
            ("nikol_pashinyan", "agrees_with", "ilham_aliyev", A, ""),
        },
    ),
    (
        "coordination",
        "genuine",
        "Ethiopian Prime Minister Abiy Ahmed and TPLF leader Debretsion Gebremichael signed a peace agreement.",
        {
            ("abiy_ahmed", "leads", "ethiopia", A, ""),
            ("debretsion", "leads", "tplf", A, ""),
            ("abiy_ahmed", "agrees_with", "debretsion", A, ""),
            ("debretsion", "agrees_with", "abiy_ahmed", A, ""),
        },
    ),
    (
        "coordination",
        "genuine",
        "Turkish President Recep Tayyip Erdogan and Azerbaijani President Ilham Aliyev met in Baku.",
        {
            ("recep_tayyip_erdogan", "leads", "turkey", A, ""),
            ("ilham_aliyev", "leads", "azerbaijan", A, ""),
            ("ilham_aliyev", "consults", "recep_tayyip_erdogan", A, ""),
        },
    ),
    (
        "coordination",
        "genuine",
        "Pakistani Prime Minister Shehbaz Sharif and TTP chief Noor Wali Mehsud held talks.",
        {
            ("noor_wali_mehsud", "leads", "ttp", A, ""),
            ("noor_wali_mehsud", "consults", "pakistan", A, ""),
        },
    ),
    (
        "coordination",
        "genuine",
        "Colombian President Gustavo Petro and ELN commander Ivan Marquez signed a ceasefire.",
        {
            ("gustavo_petro", "leads", "colombia", A, ""),
            ("gustavo_petro", "agrees_with", "eln", A, ""),
            ("eln", "agrees_with", "gustavo_petro", A, ""),
        },
    ),
    (
        "coordination",
        "tempt",
        "Colombian President Gustavo Petro and ELN commander Antonio Garcia signed a ceasefire.",
        {
            ("gustavo_petro", "leads", "colombia", A, ""),
            ("antonio_garcia", "leads", "eln", A, ""),
            ("gustavo_petro", "agrees_with", "antonio_garcia", A, ""),
            ("antonio_garcia", "agrees_with", "gustavo_petro", A, ""),
        },
    ),
    (
        "coordination",
        "tempt",
        "Egyptian President Abdel Fattah el-Sisi and RSF commander Hemedti signed an agreement.",
        {
            ("hemedti", "leads", "rsf", A, ""),
            ("egypt", "agrees_with", "hemedti", A, ""),
            ("hemedti", "agrees_with", "egypt", A, ""),
        },
    ),
    (
        "coordination",
        "tempt",
        "Myanmar junta chief Min Aung Hlaing and Arakan Army commander Twan Mrat Naing signed a truce.",
        {
            ("twan_mrat_naing", "leads", "arakan_army", A, ""),
            ("myanmar", "agrees_with", "twan_mrat_naing", A, ""),
            ("twan_mrat_naing", "agrees_with", "myanmar", A, ""),
        },
    ),
    (
        "coordination",
        "tempt",
        "Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Sochi.",
        {
            ("vladimir_putin", "leads", "russia", A, ""),
            ("recep_tayyip_erdogan", "leads", "turkey", A, ""),
            ("recep_tayyip_erdogan", "consults", "vladimir_putin", A, ""),
        },
    ),
    (
        "coordination",
        "tempt",
        "Kenyan President William Ruto and Somali President Hassan Sheikh Mohamud condemned al-Shabaab.",
        {("kenya", "opposes", "al_shabaab", A, ""), ("somalia", "opposes", "al_shabaab", A, "")},
    ),
    (
        "coordination",
        "tempt",
        "Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti met in Brussels.",
        {
            ("aleksandar_vucic", "leads", "serbia", A, ""),
            ("aleksandar_vucic", "consults", "kosovo", A, ""),
        },
    ),
    (
        "coordination",
        "tempt",
        "Turkish President Recep Tayyip Erdogan and Hezbollah leader Naim Qassem condemned Israel.",
        {
            ("recep_tayyip_erdogan", "leads", "turkey", A, ""),
            ("naim_qassem", "leads", "hezbollah", A, ""),
            ("recep_tayyip_erdogan", "opposes", "israel", A, ""),
            ("naim_qassem", "opposes", "israel", A, ""),
        },
    ),
    # --- a title of another country, a former office, a deputy, a title without a country
    (
        "not_the_office",
        "tempt",
        "The Turkish ambassador to Libya criticised Egypt.",
        {("turkey", "opposes", "egypt", A, "")},
    ),
    (
        "not_the_office",
        "tempt",
        "Libya's ambassador to Turkey condemned Egypt.",
        {("libya", "opposes", "egypt", A, "")},
    ),
    (
        "not_the_office",
        "tempt",
        "Former Afghan President Hamid Karzai criticised the Taliban.",
        {
            ("hamid_karzai", "leads", "afghanistan", E, ""),
            ("hamid_karzai", "opposes", "taliban", A, ""),
        },
    ),
    (
        "not_the_office",
        "tempt",
        "Former Pakistani Prime Minister Imran Khan criticised the TTP.",
        set(),
    ),
    (
        "not_the_office",
        "tempt",
        "Former Ethiopian Prime Minister Hailemariam Desalegn visited Eritrea.",
        set(),
    ),
    (
        "not_the_office",
        "tempt",
        "Hezbollah deputy leader Naim Qassem threatened Israel.",
        {
            ("naim_qassem", "member_of", "hezbollah", A, ""),
            ("naim_qassem", "threatens", "israel", A, ""),
        },
    ),
    (
        "not_the_office",
        "tempt",
        "Turkish Vice President Cevdet Yilmaz visited Azerbaijan.",
        {("azerbaijan", "consults", "turkey", A, "")},
    ),
    (
        "not_the_office",
        "tempt",
        "President Erdogan criticised Israel.",
        {("recep_tayyip_erdogan", "opposes", "israel", A, "")},
    ),
    (
        "not_the_office",
        "tempt",
        "Prime Minister Abiy Ahmed visited Eritrea.",
        {("abiy_ahmed", "consults", "eritrea", A, "")},
    ),
    ("not_the_office", "tempt", "The president condemned the attack on Kenya.", set()),
    (
        "not_the_office",
        "tempt",
        "Speaker Numan Kurtulmus criticised Israel.",
        {("numan_kurtulmus", "opposes", "israel", A, "")},
    ),
    (
        "not_the_office",
        "tempt",
        "The Iranian-born British minister criticised Israel.",
        {("united_kingdom", "opposes", "israel", A, "")},
    ),
    (
        "not_the_office",
        "tempt",
        "Aliyev met the Russian ambassador in Baku.",
        {("ilham_aliyev", "consults", "russia", A, "")},
    ),
    (
        "not_the_office",
        "tempt",
        "Ukraine's envoy to NATO criticised Russia.",
        {("ukraine", "opposes", "russia", A, "")},
    ),
    # --- object relatives whose verb the parser reads as a plural noun
    (
        "relative_object",
        "genuine",
        "Hezbollah, which Iran funds, attacked Israel.",
        {("iran", "funds", "hezbollah", A, ""), ("hezbollah", "attacks", "israel", A, "")},
    ),
    (
        "relative_object",
        "genuine",
        "The Houthis, whom Iran arms, attacked Saudi Arabia.",
        {("iran", "arms", "houthis", A, ""), ("houthis", "attacks", "saudi_arabia", A, "")},
    ),
    (
        "relative_object",
        "genuine",
        "al-Shabaab, which Eritrea backs, attacked Kenya.",
        {("eritrea", "backs", "al_shabaab", A, ""), ("al_shabaab", "attacks", "kenya", A, "")},
    ),
    (
        "relative_object",
        "genuine",
        "The TTP, which Afghanistan shelters, attacked Pakistan.",
        {("afghanistan", "backs", "ttp", A, ""), ("ttp", "attacks", "pakistan", A, "")},
    ),
    (
        "relative_object",
        "genuine",
        "The PKK, which Iran reportedly arms, attacked Turkey.",
        {("iran", "arms", "pkk", R, ""), ("pkk", "attacks", "turkey", A, "")},
    ),
    (
        "relative_object",
        "genuine",
        "Wagner, which Russia funds, attacked JNIM in Mali.",
        {("russia", "funds", "wagner", A, ""), ("wagner", "attacks", "jnim", A, "")},
    ),
    (
        "relative_object",
        "genuine",
        "The Arakan Army, which Myanmar targets, seized towns.",
        {("myanmar", "attacks", "arakan_army", A, "")},
    ),
    (
        "relative_object",
        "genuine",
        "The RSF, which the United States arms, attacked Sudan.",
        {("united_states", "arms", "rsf", A, ""), ("rsf", "attacks", "sudan", A, "")},
    ),
    (
        "relative_object",
        "genuine",
        "The ELN, which Venezuela shelters, attacked Colombia.",
        {("venezuela", "backs", "eln", A, ""), ("eln", "attacks", "colombia", A, "")},
    ),
    (
        "relative_object",
        "genuine",
        "The Houthis, whom Saudi Arabia bombs, attacked Israel.",
        {("saudi_arabia", "attacks", "houthis", A, ""), ("houthis", "attacks", "israel", A, "")},
    ),
    (
        "relative_object",
        "genuine",
        "JNIM, which Mali raids, attacked Wagner.",
        {("mali", "attacks", "jnim", A, ""), ("jnim", "attacks", "wagner", A, "")},
    ),
    (
        "relative_object",
        "genuine",
        "Hezbollah, which Iran armed, attacked Israel.",
        {("iran", "arms", "hezbollah", A, ""), ("hezbollah", "attacks", "israel", A, "")},
    ),
    (
        "relative_object",
        "genuine",
        "Turkey criticised the PKK, which Iran funds.",
        {("turkey", "opposes", "pkk", A, ""), ("iran", "funds", "pkk", A, "")},
    ),
    (
        "relative_object",
        "genuine",
        "Israel struck Hezbollah, which Iran arms.",
        {("israel", "attacks", "hezbollah", A, ""), ("iran", "arms", "hezbollah", A, "")},
    ),
    (
        "relative_object",
        "genuine",
        "The TPLF, which Eritrea attacks, criticised Ethiopia.",
        {("eritrea", "attacks", "tplf", A, ""), ("tplf", "opposes", "ethiopia", A, "")},
    ),
    (
        "relative_object",
        "genuine",
        "al-Shabaab, which Kenya shells, attacked Somalia.",
        {("kenya", "attacks", "al_shabaab", A, ""), ("al_shabaab", "attacks", "somalia", A, "")},
    ),
    # --- relatives whose word really is a noun, or that name no actor
    (
        "relative_noun",
        "tempt",
        "Hezbollah, which Iran funds programmes for, attacked Israel.",
        {("hezbollah", "attacks", "israel", A, "")},
    ),
    ("relative_noun", "tempt", "The militias that Iran backs attacked a base in Syria.", set()),
    ("relative_noun", "tempt", "The rebels whom Iran arms attacked a convoy.", set()),
    ("relative_noun", "tempt", "The talks, which Qatar hosts, collapsed.", set()),
    ("relative_noun", "tempt", "The weapons, which Iran ships, reached the Houthis.", set()),
    ("relative_noun", "tempt", "The funds that Qatar pledges reach Hezbollah.", set()),
    ("relative_noun", "tempt", "The arms that Iran sends reach the Houthis by sea.", set()),
    (
        "relative_noun",
        "tempt",
        "Hezbollah, which Iran arms shipments reach, attacked Israel.",
        {("hezbollah", "attacks", "israel", A, "")},
    ),
    (
        "relative_noun",
        "tempt",
        "The PKK, which Turkey says Iran arms, attacked Iraq.",
        {("iran", "arms", "pkk", R, "turkey"), ("pkk", "attacks", "iraq", A, "")},
    ),
    (
        "relative_noun",
        "tempt",
        "The Houthis, which the Iran arms embargo covers, attacked Israel.",
        {("houthis", "attacks", "israel", A, "")},
    ),
    (
        "relative_noun",
        "tempt",
        "The TTP, which Pakistan strikes often, denounced Afghanistan.",
        {("pakistan", "attacks", "ttp", A, ""), ("ttp", "opposes", "afghanistan", A, "")},
    ),
    (
        "relative_noun",
        "tempt",
        "The Taliban, whose funds Qatar froze, criticised Pakistan.",
        {("taliban", "opposes", "pakistan", A, "")},
    ),
]
