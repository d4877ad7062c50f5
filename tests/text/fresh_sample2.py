"""Round 59 of issue 16: a second fresh sample of news text, written and annotated before
any extractor ran on it (tests/text/data/BASELINE.md, round 59).

Fourteen short items written for this round in the styles of wire copy with datelines and
quotes, newspaper explainers, a think-tank brief, encyclopedia paragraphs, live-blog
updates and government statements, on conflicts and diplomatic files that neither the
corpus's development documents nor round 21's sample (fresh_sample.py) use as their
subject: Mali and Wagner/the Africa Corps, the Sahel juntas and ECOWAS, Libya 2019-20,
Myanmar's Arakan Army, South Sudan 2013-18, the Houthis and the Red Sea strikes, Kirkuk
2017, India-Pakistan 2019, Ethiopia-Eritrea 1998-2000, Georgia 2008, Hezbollah and Israel
2006, the M23 and Rwanda, the Ethiopia-Somaliland port deal and Nagorno-Karabakh 2023.
The text is invented in the manner of real reporting (datelines, quotes, pronouns,
descriptions, titles and offices, lists, background clauses, reported speech, denials,
plans); facts follow the public record only loosely and no item copies any page.

Gold follows tests/text/data/ANNOTATION.md (R1-R8): one row per relation the item
states, with the sentence (1-based, as ``corpus_rules.split_sentences`` numbers the item)
that first states it, and its modality (``asserted``, ``reported`` with the claimant,
``denied``, ``ended``, ``planned``, ``hypothetical``); symmetric types once, source id <
target id. Dates are not annotated.

The sample is a measurement: it was committed before any extractor ran on it, and no fix
may be developed on it. ``python tests/text/score_fresh_sample.py --sample fresh_sample2``
scores it by document and by sentence.
"""

from __future__ import annotations

import pandas as pd
from fresh_sample import SYMMETRIC, read_actors, read_gold, read_texts  # noqa: F401 (SYMMETRIC: the scorer reads it here)

ACTORS_CSV = """\
id,name,kind,aliases,country
mali,Mali,state,,MLI
wagner,Wagner Group,armed_group,Wagner,RUS
africa_corps,Africa Corps,armed_group,,RUS
csp,Permanent Strategic Framework,armed_group,CSP|CSP-DPA,MLI
russia,Russia,state,Russian Federation,RUS
france,France,state,,FRA
algeria,Algeria,state,,DZA
assimi_goita,Assimi Goita,person,Goita|Assimi Goïta,MLI
burkina_faso,Burkina Faso,state,,BFA
niger,Niger,state,,NER
ecowas,Economic Community of West African States,organisation,ECOWAS,
mohamed_bazoum,Mohamed Bazoum,person,Bazoum,NER
ibrahim_traore,Ibrahim Traore,person,Traore|Ibrahim Traoré,BFA
lna,Libyan National Army,armed_group,LNA,LBY
khalifa_haftar,Khalifa Haftar,person,Haftar,LBY
gna,Government of National Accord,government,GNA,LBY
united_nations,United Nations,organisation,UN|U.N.|UN Security Council,
uae,United Arab Emirates,state,UAE|Emirates,ARE
egypt,Egypt,state,,EGY
turkey,Turkey,state,Turkiye|Türkiye,TUR
fayez_al_sarraj,Fayez al-Sarraj,person,Sarraj|al-Sarraj,LBY
aa,Arakan Army,armed_group,AA,MMR
tatmadaw,Tatmadaw,armed_group,Myanmar military|Myanmar Armed Forces,MMR
mndaa,Myanmar National Democratic Alliance Army,armed_group,MNDAA,MMR
tnla,Ta'ang National Liberation Army,armed_group,TNLA,MMR
three_brotherhood,Three Brotherhood Alliance,armed_group,Brotherhood Alliance,MMR
myanmar,Myanmar,state,Burma,MMR
china,China,state,People's Republic of China|PRC,CHN
nug,National Unity Government,government,NUG,MMR
twan_mrat_naing,Twan Mrat Naing,person,,MMR
bangladesh,Bangladesh,state,,BGD
south_sudan,South Sudan,state,,SSD
salva_kiir,Salva Kiir,person,Kiir,SSD
riek_machar,Riek Machar,person,Machar,SSD
splm_io,SPLM-IO,armed_group,SPLA-IO|Sudan People's Liberation Movement-in-Opposition,SSD
sudan,Sudan,state,,SDN
uganda,Uganda,state,,UGA
united_states,United States,state,US|U.S.|USA|United States of America,USA
united_kingdom,United Kingdom,state,UK|Britain,GBR
norway,Norway,state,,NOR
houthis,Houthis,armed_group,Houthi movement|Ansar Allah|Houthi,YEM
yemen,Yemen,state,,YEM
joe_biden,Joe Biden,person,Biden,USA
iran,Iran,state,,IRN
saudi_arabia,Saudi Arabia,state,,SAU
iraq,Iraq,state,,IRQ
krg,Kurdistan Regional Government,government,KRG|peshmerga,IRQ
haider_al_abadi,Haider al-Abadi,person,Abadi|al-Abadi,IRQ
pmf,Popular Mobilization Forces,armed_group,PMF|Hashd al-Shaabi,IRQ
islamic_state,Islamic State,armed_group,IS|ISIS|ISIL,
masoud_barzani,Masoud Barzani,person,Barzani,IRQ
india,India,state,,IND
pakistan,Pakistan,state,,PAK
jem,Jaish-e-Mohammad,armed_group,JeM|Jaish-e-Mohammed,PAK
eritrea,Eritrea,state,,ERI
ethiopia,Ethiopia,state,,ETH
oau,Organisation of African Unity,organisation,OAU|Organization of African Unity,
rwanda,Rwanda,state,,RWA
meles_zenawi,Meles Zenawi,person,Meles,ETH
isaias_afwerki,Isaias Afwerki,person,Isaias,ERI
georgia,Georgia,state,,GEO
dmitry_medvedev,Dmitry Medvedev,person,Medvedev,RUS
mikheil_saakashvili,Mikheil Saakashvili,person,Saakashvili,GEO
nicolas_sarkozy,Nicolas Sarkozy,person,Sarkozy,FRA
european_union,European Union,organisation,EU,
south_ossetia,South Ossetia,government,,GEO
abkhazia,Abkhazia,government,,GEO
hezbollah,Hezbollah,armed_group,Hizbollah|Hizbullah,LBN
israel,Israel,state,,ISR
lebanon,Lebanon,state,,LBN
ehud_olmert,Ehud Olmert,person,Olmert,ISR
syria,Syria,state,,SYR
fouad_siniora,Fouad Siniora,person,Siniora,LBN
drc,Democratic Republic of the Congo,state,DRC|DR Congo|Congo,COD
m23,M23,armed_group,March 23 Movement,COD
fdlr,FDLR,armed_group,Democratic Forces for the Liberation of Rwanda,RWA
angola,Angola,state,,AGO
eac,East African Community,organisation,EAC,
antony_blinken,Antony Blinken,person,Blinken,USA
felix_tshisekedi,Felix Tshisekedi,person,Tshisekedi|Félix Tshisekedi,COD
paul_kagame,Paul Kagame,person,Kagame,RWA
somalia,Somalia,state,,SOM
somaliland,Somaliland,government,,SOM
abiy_ahmed,Abiy Ahmed,person,Abiy,ETH
muse_bihi_abdi,Muse Bihi Abdi,person,Muse Bihi|Bihi,SOM
african_union,African Union,organisation,AU,
al_shabaab,al-Shabaab,armed_group,Al Shabaab|al Shabaab,SOM
al_qaeda,al Qaeda,armed_group,al-Qaeda|Al Qaeda|al-Qaida,
azerbaijan,Azerbaijan,state,,AZE
armenia,Armenia,state,,ARM
artsakh,Artsakh Defence Army,armed_group,Artsakh|Nagorno-Karabakh Defence Army,AZE
nikol_pashinyan,Nikol Pashinyan,person,Pashinyan,ARM
"""

# (id, style, conflict, date, sentences): each item's text is its sentences joined by a
# space, so that the numbering of corpus_rules.split_sentences is the list's.
DOCUMENTS: list[tuple[str, str, str, str, list[str]]] = [
    (
        "g01",
        "wire (AFP)",
        "Mali, Wagner and the Africa Corps",
        "2024-07-30",
        [
            "BAMAKO (AFP) - Tuareg-led rebels said on Monday they had killed dozens of Wagner "
            "mercenaries and Malian soldiers near Tinzaouatene, close to the Algerian border.",
            "The Permanent Strategic Framework (CSP), an alliance of mostly Tuareg separatist "
            "groups, said its fighters had also shot down a Malian army helicopter.",
            "Wagner, which has fought alongside Mali's army since 2021, acknowledged heavy "
            "losses in a rare statement on Telegram.",
            "Mali's junta, led by Colonel Assimi Goita, expelled French troops in 2022 and "
            "turned to Moscow for security assistance.",
            "Russia's defence ministry has since begun folding Wagner's fighters into a new "
            "force, the Africa Corps, which it commands directly.",
            "Algeria, which borders Mali to the north, has criticised the junta's use of drones "
            "near its frontier.",
            '"These mercenaries have no place in the Sahel," a CSP spokesman told AFP.',
        ],
    ),
    (
        "g02",
        "newspaper explainer",
        "Sahel juntas and ECOWAS",
        "2024-01-30",
        [
            "The military governments of Mali, Burkina Faso and Niger said on Sunday they would "
            "leave the Economic Community of West African States (ECOWAS) immediately.",
            "The three countries, all founding members of the bloc, accused it of doing too "
            "little to help them fight jihadist groups.",
            "ECOWAS imposed sanctions on Niger after soldiers overthrew President Mohamed Bazoum "
            "in July, and threatened to use force to restore him.",
            "Mali and Burkina Faso warned ECOWAS that an intervention in Niger would be treated "
            "as a declaration of war against them.",
            "In September the three juntas formed a defence alliance of their own.",
            "Russia, which has sent military instructors to all three countries, welcomed the "
            "move.",
            "Burkina Faso's leader, Captain Ibrahim Traore, said the bloc had turned its back on "
            "its founding ideals.",
        ],
    ),
    (
        "g03",
        "encyclopedia",
        "Libya 2019-20",
        "2023",
        [
            "In April 2019, the Libyan National Army (LNA) of Khalifa Haftar launched an "
            "offensive to capture Tripoli from the UN-recognised Government of National Accord "
            "(GNA).",
            "Haftar's forces received weapons and air support from the United Arab Emirates and "
            "Egypt, while Russian mercenaries of the Wagner Group fought alongside them.",
            "Turkey intervened on the side of the GNA in January 2020 after the two governments "
            "signed a security and maritime agreement.",
            "Turkish drones helped the GNA push the LNA back from the capital by June.",
            "Fayez al-Sarraj, the head of the GNA's Presidential Council, accused the Emirates "
            "of prolonging the war.",
            "Egypt warned that it would send troops if Turkish-backed forces advanced on the "
            "city of Sirte.",
            "A ceasefire between the two rival administrations was signed in Geneva in October "
            "2020.",
        ],
    ),
    (
        "g04",
        "think-tank brief",
        "Myanmar and the Arakan Army",
        "2024-03-15",
        [
            "Since the Arakan Army (AA) broke a year-long informal truce with the military in "
            "November 2023, it has overrun more than a dozen junta bases in Rakhine State.",
            "The offensive is part of Operation 1027, launched jointly with the Myanmar National "
            "Democratic Alliance Army (MNDAA) and the Ta'ang National Liberation Army (TNLA) "
            "under the banner of the Three Brotherhood Alliance.",
            "The junta has responded with airstrikes on villages and a blockade of food and "
            "medicine into the state.",
            "China, which borders Myanmar, has pressed the alliance to halt its advance near the "
            "frontier.",
            "The National Unity Government (NUG), the shadow administration formed by ousted "
            "lawmakers, welcomed the AA's gains but has no say over the group's operations.",
            "The AA's commander-in-chief, Twan Mrat Naing, has said the group now aims to "
            "control all of Rakhine.",
            "The military has accused Bangladesh of sheltering the insurgents, a claim Dhaka "
            "rejects.",
        ],
    ),
    (
        "g05",
        "wire (Reuters)",
        "South Sudan 2013-18",
        "2018-09-12",
        [
            "ADDIS ABABA (Reuters) - South Sudan's President Salva Kiir and rebel leader Riek "
            "Machar signed a power-sharing deal on Wednesday aimed at ending a five-year civil "
            "war that has killed an estimated 380,000 people.",
            "Under the agreement, brokered by Sudan and Uganda, Machar will return to the post "
            "of first vice president.",
            "The war erupted in December 2013 when Kiir accused Machar, then his deputy, of "
            "plotting a coup, a charge Machar denied.",
            "Fighting between government troops and Machar's SPLM-IO has split the country "
            "largely along ethnic lines.",
            "Uganda sent troops to Juba in 2013 to shore up Kiir's government, and Kampala has "
            "remained his closest foreign ally.",
            "Previous agreements, including a 2015 deal, collapsed within months.",
            "The United States, Britain and Norway, which had backed South Sudan's independence "
            "in 2011, welcomed the accord but said they remained skeptical.",
        ],
    ),
    (
        "g06",
        "live blog",
        "Houthis and the Red Sea",
        "2024-01-12",
        [
            "Key developments: US and British warplanes struck Houthi targets across Yemen "
            "overnight, the first such strikes since the group began attacking shipping in the "
            "Red Sea in November.",
            "President Joe Biden said the strikes were a direct response to unprecedented Houthi "
            "attacks on international maritime vessels.",
            "The Houthis, who are backed by Iran, said five of their fighters were killed and "
            "vowed to retaliate against the United States and Britain.",
            "Tehran condemned the strikes as a violation of Yemen's sovereignty.",
            "Saudi Arabia, which fought the Houthis for years before a truce in 2022, called for "
            "restraint.",
            "Russia requested an emergency meeting of the UN Security Council, which on "
            "Wednesday had demanded that the Houthis halt their attacks.",
            "Houthi spokesman Mohammed Abdulsalam said all US and British interests had become "
            "legitimate targets.",
        ],
    ),
    (
        "g07",
        "wire (AP)",
        "Kirkuk 2017",
        "2017-10-16",
        [
            "KIRKUK, Iraq (AP) — Iraqi forces launched an offensive against Kurdish peshmerga "
            "fighters on Monday and seized the disputed city of Kirkuk, three weeks after the "
            "Kurds voted for independence.",
            "Iraqi Prime Minister Haider al-Abadi said he had ordered the operation to impose "
            "security after the Kurdistan Regional Government refused Baghdad's demand to annul "
            "the referendum.",
            "Officials of the regional government accused Iran of helping plan the assault, and "
            "said Iranian-backed militias of the Popular Mobilization Forces fought alongside "
            "government troops.",
            "Washington, which has armed and trained the peshmerga in the war against Islamic "
            "State, urged both sides to avoid violence.",
            "Turkey, which fears Kurdish separatism on its own soil, welcomed the Iraqi move.",
            "Masoud Barzani, the region's president and the architect of the vote, has not "
            "spoken publicly since the city fell.",
        ],
    ),
    (
        "g08",
        "government statement",
        "India-Pakistan 2019",
        "2019-02-26",
        [
            "In an intelligence-led operation in the early hours of today, India struck the "
            "biggest training camp of Jaish-e-Mohammad in Balakot.",
            "Jaish-e-Mohammad claimed responsibility for the suicide attack of 14 February 2019 "
            "that killed 40 Indian security personnel.",
            "Pakistan has taken no concrete action against JeM, which operates from its soil.",
            "The Government of India is firmly and resolutely committed to taking all necessary "
            "measures to fight the menace of terrorism.",
            "The selection of the target was also conditioned by our desire to avoid civilian "
            "casualties.",
            "We call upon Pakistan to live up to its public commitment and dismantle all JeM "
            "camps.",
            "Pakistan's military spokesman said Indian jets had violated the Line of Control "
            "and were chased away by the Pakistan Air Force.",
        ],
    ),
    (
        "g09",
        "encyclopedia",
        "Ethiopia-Eritrea 1998-2000",
        "2022",
        [
            "The Eritrean–Ethiopian War was fought from May 1998 to June 2000 between Eritrea "
            "and Ethiopia over the border town of Badme.",
            "Eritrean troops occupied Badme in May 1998, and Ethiopia's parliament declared war "
            "after Asmara refused to withdraw.",
            "Both sides spent hundreds of millions of dollars on weapons, and Ethiopia bombed "
            "Asmara airport in June 1998.",
            "The Organisation of African Unity, backed by the United States and Rwanda, proposed "
            "a peace plan that Eritrea rejected.",
            "A final Ethiopian offensive in May 2000 broke through Eritrean lines, and the two "
            "governments signed the Algiers Agreement that December.",
            "The agreement set up a boundary commission in The Hague, which awarded Badme to "
            "Eritrea in 2002, but Ethiopia refused to accept the ruling.",
            "Ethiopia's Prime Minister Meles Zenawi and Eritrea's President Isaias Afwerki never "
            "met again.",
        ],
    ),
    (
        "g10",
        "wire (Reuters)",
        "Georgia 2008",
        "2008-08-12",
        [
            "TBILISI (Reuters) - Russian President Dmitry Medvedev ordered a halt to military "
            "operations in Georgia on Tuesday.",
            "Russian troops and armour poured into Georgia last week after Tbilisi tried to "
            "retake the breakaway region of South Ossetia by force.",
            "Georgian President Mikheil Saakashvili accused Moscow of seeking to topple his "
            "government and called on the West to intervene.",
            "French President Nicolas Sarkozy, whose country holds the rotating presidency of "
            "the European Union, flew to Moscow to broker a ceasefire.",
            "The six-point plan he negotiated with Medvedev was later signed by both Russia and "
            "Georgia.",
            "Washington, a close ally of Tbilisi, sent humanitarian aid on military aircraft and "
            "warned Russia that its actions could damage relations for years.",
            "Moscow has said it will defend the two breakaway regions, South Ossetia and Abkhazia.",
        ],
    ),
    (
        "g11",
        "newspaper explainer",
        "Hezbollah and Israel 2006",
        "2006-08-14",
        [
            "How did the war start?",
            "On July 12, Hezbollah fighters crossed into Israel, killed three Israeli soldiers "
            "and captured two others in a raid the group said was meant to win the release of "
            "Lebanese prisoners.",
            "Israel responded with airstrikes across Lebanon and a naval blockade of Lebanon, "
            "and later sent ground troops across the border.",
            "Israeli Prime Minister Ehud Olmert called the raid an act of war and held the "
            "Lebanese government responsible.",
            "Hezbollah, which is armed and funded by Iran and backed by Syria, fired thousands "
            "of rockets into northern Israel.",
            "Lebanese Prime Minister Fouad Siniora, whose cabinet included two Hezbollah "
            "ministers, said his government had not known of the raid and appealed for an "
            "immediate ceasefire.",
            "The UN Security Council unanimously passed Resolution 1701, which calls for "
            "Hezbollah to disarm and for Israel to withdraw its forces.",
            "A truce between Israel and Hezbollah took effect on Monday morning.",
        ],
    ),
    (
        "g12",
        "government statement",
        "M23 and Rwanda",
        "2024-02-17",
        [
            "The United States condemns the worsening violence in eastern Democratic Republic "
            "of the Congo caused by the actions of the Rwanda-backed, UN-sanctioned M23 armed "
            "group.",
            "We call on Rwanda to immediately withdraw all Rwanda Defense Force personnel from "
            "the DRC and remove its surface-to-air missile systems.",
            "We also call on the DRC government to cease cooperation with the FDLR, an armed "
            "group some of whose members committed genocide in Rwanda in 1994.",
            "The United States supports regional diplomatic efforts, including the Luanda "
            "process led by Angola and the Nairobi process under the East African Community.",
            "Secretary Blinken spoke with President Tshisekedi and President Kagame this week "
            "to urge de-escalation.",
            "M23's seizure of territory has displaced more than a million people in North Kivu "
            "province.",
            "We will continue to use the tools at our disposal, including sanctions, to hold "
            "accountable those who fuel the conflict.",
        ],
    ),
    (
        "g13",
        "wire (Reuters)",
        "Ethiopia-Somaliland port deal",
        "2024-01-02",
        [
            "MOGADISHU (Reuters) - Somalia on Tuesday called a deal that gives landlocked "
            "Ethiopia access to the sea through the breakaway region of Somaliland an act of "
            "aggression.",
            "Ethiopian Prime Minister Abiy Ahmed and Somaliland's leader Muse Bihi Abdi signed "
            "the memorandum of understanding in Addis Ababa on Monday.",
            "Under the agreement, Ethiopia would lease 20 km of coastline for a naval base, and "
            "in return would consider recognising Somaliland as an independent state, Bihi said.",
            "Somalia considers Somaliland part of its territory and recalled its ambassador to "
            "Ethiopia for consultations.",
            "The African Union called on Ethiopia and Somalia to exercise restraint.",
            "Al Shabaab, the al Qaeda-linked group fighting Somalia's government, said it would "
            "attack Ethiopia over the deal.",
            "Somaliland declared independence from Somalia in 1991 but is not recognised by any "
            "country.",
        ],
    ),
    (
        "g14",
        "live blog",
        "Nagorno-Karabakh 2023",
        "2023-09-20",
        [
            "14:05 — Azerbaijan says the Artsakh Defence Army has agreed to disarm, a day after "
            "Baku launched what it called anti-terrorist measures in Nagorno-Karabakh.",
            "The ceasefire between Baku and the separatists was brokered by Russian "
            "peacekeepers, who have been in the region since the 2020 war.",
            "13:40 — Armenian Prime Minister Nikol Pashinyan says Armenia did not take part in "
            "drafting the agreement and has no troops in Karabakh.",
            "Pashinyan has faced angry protests in Yerevan, where demonstrators accuse him of "
            "abandoning the region's Armenians.",
            "He has also criticised Moscow, Armenia's formal ally, for failing to protect the "
            "enclave.",
            "13:15 — Turkey, Azerbaijan's closest ally, said it supported the operation to "
            "restore sovereignty.",
            "The European Union urged Azerbaijan to guarantee the rights and security of "
            "Karabakh Armenians.",
            "The US State Department said it was deeply concerned and called on Baku to halt "
            "military activities.",
        ],
    ),
]

GOLD_TEXT = """
g01 1 csp attacks wagner reported csp
g01 1 csp attacks mali reported csp
g01 3 mali cooperates_with wagner asserted
g01 4 assimi_goita leads mali asserted
g01 4 mali reduces_relations france asserted
g01 4 france cooperates_with mali ended
g01 4 mali courts russia asserted
g01 5 wagner merged_into africa_corps asserted
g01 5 russia leads africa_corps asserted
g01 6 algeria borders mali asserted
g01 6 algeria opposes mali asserted
g01 7 csp opposes wagner asserted
g02 1 mali reduces_relations ecowas planned
g02 1 burkina_faso reduces_relations ecowas planned
g02 1 niger reduces_relations ecowas planned
g02 2 mali member_of ecowas asserted
g02 2 burkina_faso member_of ecowas asserted
g02 2 niger member_of ecowas asserted
g02 2 mali opposes ecowas asserted
g02 2 burkina_faso opposes ecowas asserted
g02 2 niger opposes ecowas asserted
g02 3 ecowas sanctions niger asserted
g02 3 ecowas threatens niger asserted
g02 3 mohamed_bazoum leads niger ended
g02 4 mali threatens ecowas asserted
g02 4 burkina_faso threatens ecowas asserted
g02 4 ecowas attacks niger hypothetical
g02 5 burkina_faso allied_with mali asserted
g02 5 burkina_faso allied_with niger asserted
g02 5 mali allied_with niger asserted
g02 6 russia arms mali asserted
g02 6 russia arms burkina_faso asserted
g02 6 russia arms niger asserted
g02 7 ibrahim_traore leads burkina_faso asserted
g02 7 ibrahim_traore opposes ecowas asserted
g03 1 khalifa_haftar leads lna asserted
g03 1 lna attacks gna asserted
g03 1 united_nations favours gna asserted
g03 2 uae arms lna asserted
g03 2 uae backs lna asserted
g03 2 egypt arms lna asserted
g03 2 egypt backs lna asserted
g03 2 lna cooperates_with wagner asserted
g03 3 turkey backs gna asserted
g03 3 gna agrees_with turkey asserted
g03 3 turkey agrees_with gna asserted
g03 4 gna fights lna asserted
g03 5 fayez_al_sarraj leads gna asserted
g03 5 fayez_al_sarraj opposes uae asserted
g03 6 egypt threatens gna asserted
g03 7 gna agrees_with lna asserted
g03 7 lna agrees_with gna asserted
g03 7 gna opposes lna asserted
g03 7 lna opposes gna asserted
g04 1 aa attacks tatmadaw asserted
g04 1 aa agrees_with tatmadaw ended
g04 1 tatmadaw agrees_with aa ended
g04 2 aa cooperates_with mndaa asserted
g04 2 aa cooperates_with tnla asserted
g04 2 mndaa cooperates_with tnla asserted
g04 2 aa member_of three_brotherhood asserted
g04 2 mndaa member_of three_brotherhood asserted
g04 2 tnla member_of three_brotherhood asserted
g04 4 china borders myanmar asserted
g04 4 china demands three_brotherhood asserted
g04 5 nug favours aa asserted
g04 6 twan_mrat_naing leads aa asserted
g04 7 tatmadaw opposes bangladesh asserted
g04 7 bangladesh backs aa reported tatmadaw
g04 7 bangladesh rejects tatmadaw asserted
g05 1 salva_kiir leads south_sudan asserted
g05 1 riek_machar leads splm_io asserted
g05 1 salva_kiir agrees_with riek_machar asserted
g05 1 riek_machar agrees_with salva_kiir asserted
g05 2 riek_machar consults sudan asserted
g05 2 salva_kiir consults sudan asserted
g05 2 riek_machar consults uganda asserted
g05 2 salva_kiir consults uganda asserted
g05 3 salva_kiir opposes riek_machar asserted
g05 3 riek_machar opposes salva_kiir reported salva_kiir
g05 3 riek_machar rejects salva_kiir asserted
g05 4 south_sudan fights splm_io asserted
g05 5 uganda backs salva_kiir asserted
g05 5 salva_kiir allied_with uganda asserted
g05 7 united_states backs south_sudan asserted
g05 7 united_kingdom backs south_sudan asserted
g05 7 norway backs south_sudan asserted
g06 1 united_states attacks houthis asserted
g06 1 united_kingdom attacks houthis asserted
g06 2 joe_biden leads united_states asserted
g06 3 iran backs houthis asserted
g06 3 houthis threatens united_states asserted
g06 3 houthis threatens united_kingdom asserted
g06 4 iran opposes united_states asserted
g06 4 iran opposes united_kingdom asserted
g06 5 houthis fights saudi_arabia ended
g06 5 houthis agrees_with saudi_arabia asserted
g06 5 saudi_arabia agrees_with houthis asserted
g06 6 russia appeals_to united_nations asserted
g06 6 united_nations demands houthis asserted
g07 1 iraq attacks krg asserted
g07 2 haider_al_abadi leads iraq asserted
g07 2 krg rejects iraq asserted
g07 2 iraq demands krg asserted
g07 3 krg opposes iran asserted
g07 3 iran backs iraq reported krg
g07 3 iran backs pmf reported krg
g07 3 iraq cooperates_with pmf reported krg
g07 4 united_states arms krg asserted
g07 4 islamic_state fights krg asserted
g07 4 united_states appeals_to iraq asserted
g07 4 united_states appeals_to krg asserted
g07 5 turkey favours iraq asserted
g07 6 masoud_barzani leads krg asserted
g08 1 india attacks jem asserted
g08 2 jem attacks india reported jem
g08 6 india appeals_to pakistan asserted
g08 7 india coerces pakistan reported pakistan
g09 1 eritrea fights ethiopia asserted
g09 3 ethiopia attacks eritrea asserted
g09 4 united_states backs oau asserted
g09 4 rwanda backs oau asserted
g09 4 eritrea rejects oau asserted
g09 5 eritrea agrees_with ethiopia asserted
g09 5 ethiopia agrees_with eritrea asserted
g09 7 meles_zenawi leads ethiopia asserted
g09 7 isaias_afwerki leads eritrea asserted
g09 7 isaias_afwerki consults meles_zenawi ended
g10 1 dmitry_medvedev leads russia asserted
g10 1 russia yields_to georgia asserted
g10 2 russia attacks georgia asserted
g10 2 georgia attacks south_ossetia asserted
g10 3 mikheil_saakashvili leads georgia asserted
g10 3 mikheil_saakashvili opposes russia asserted
g10 3 russia opposes mikheil_saakashvili reported mikheil_saakashvili
g10 4 nicolas_sarkozy leads france asserted
g10 4 france member_of european_union asserted
g10 4 nicolas_sarkozy consults russia asserted
g10 5 dmitry_medvedev consults nicolas_sarkozy asserted
g10 5 georgia agrees_with russia asserted
g10 5 russia agrees_with georgia asserted
g10 6 georgia allied_with united_states asserted
g10 6 united_states backs georgia asserted
g10 6 united_states warns russia asserted
g10 7 russia backs south_ossetia planned
g10 7 russia backs abkhazia planned
g11 2 hezbollah attacks israel asserted
g11 3 israel coerces lebanon asserted
g11 4 ehud_olmert leads israel asserted
g11 4 ehud_olmert opposes hezbollah asserted
g11 4 ehud_olmert opposes lebanon asserted
g11 5 iran arms hezbollah asserted
g11 5 iran funds hezbollah asserted
g11 5 syria backs hezbollah asserted
g11 6 fouad_siniora leads lebanon asserted
g11 6 hezbollah member_of lebanon asserted
g11 7 united_nations appeals_to hezbollah asserted
g11 7 united_nations appeals_to israel asserted
g11 8 hezbollah agrees_with israel asserted
g11 8 israel agrees_with hezbollah asserted
g12 1 rwanda backs m23 asserted
g12 1 united_nations sanctions m23 asserted
g12 1 united_states opposes m23 asserted
g12 2 united_states appeals_to rwanda asserted
g12 3 united_states appeals_to drc asserted
g12 3 drc cooperates_with fdlr asserted
g12 5 antony_blinken consults felix_tshisekedi asserted
g12 5 antony_blinken consults paul_kagame asserted
g12 5 antony_blinken appeals_to felix_tshisekedi asserted
g12 5 antony_blinken appeals_to paul_kagame asserted
g13 1 somalia opposes ethiopia asserted
g13 1 somalia opposes somaliland asserted
g13 1 ethiopia agrees_with somaliland asserted
g13 1 somaliland agrees_with ethiopia asserted
g13 2 abiy_ahmed leads ethiopia asserted
g13 2 muse_bihi_abdi leads somaliland asserted
g13 2 abiy_ahmed agrees_with muse_bihi_abdi asserted
g13 2 muse_bihi_abdi agrees_with abiy_ahmed asserted
g13 3 ethiopia favours somaliland hypothetical
g13 4 somalia reduces_relations ethiopia asserted
g13 4 somaliland member_of somalia reported somalia
g13 5 african_union appeals_to ethiopia asserted
g13 5 african_union appeals_to somalia asserted
g13 6 al_shabaab linked_to al_qaeda asserted
g13 6 al_shabaab fights somalia asserted
g13 6 al_shabaab threatens ethiopia asserted
g13 7 somaliland splits_from somalia asserted
g14 1 artsakh yields_to azerbaijan reported azerbaijan
g14 2 artsakh agrees_with azerbaijan asserted
g14 2 azerbaijan agrees_with artsakh asserted
g14 2 artsakh consults russia asserted
g14 2 azerbaijan consults russia asserted
g14 3 nikol_pashinyan leads armenia asserted
g14 5 nikol_pashinyan opposes russia asserted
g14 5 armenia allied_with russia asserted
g14 6 azerbaijan allied_with turkey asserted
g14 6 turkey backs azerbaijan asserted
g14 7 european_union appeals_to azerbaijan asserted
g14 8 united_states appeals_to azerbaijan asserted
"""


def actors() -> pd.DataFrame:
    """The sample's actors table."""
    return read_actors(ACTORS_CSV)


def texts() -> dict[str, str]:
    """Each item's text (its sentences joined by a space)."""
    return read_texts(DOCUMENTS)


def gold() -> pd.DataFrame:
    """The gold rows: document, sentence, source, relation, target, modality, attributed_to."""
    return read_gold(GOLD_TEXT)
