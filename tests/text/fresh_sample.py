"""Round 21 of issue 16: a fresh sample of news text, written and annotated before any
extractor ran on it (tests/text/data/BASELINE.md, round 21).

Twelve short items written for this round in the styles of wire copy, a newspaper
explainer, a think-tank brief and an encyclopedia paragraph, on conflicts the corpus and
earlier rounds hardly use (Nagorno-Karabakh 2020, Western Sahara, the Second Congo War,
Cabo Delgado, Haiti's gangs, the Rohingya crisis, Nigeria's bandits and jihadists, the
Colombian peace process, the Black Sea grain deal, the Taiwan Strait, Bosnia 1992-95,
Iraq 2014-17). The text is invented in the manner of real reporting (dates, quotes,
pronouns, descriptions, titles and offices, lists, background clauses); facts follow the
public record only loosely and the items are not quotations of any page.

Gold follows tests/text/data/ANNOTATION.md (R1-R8): one row per relation the item
states, with the sentence (1-based, as ``corpus_rules.split_sentences`` numbers the item)
that first states it, and its modality (``asserted``, ``reported``, ``denied``, ``ended``,
``planned``, ``hypothetical``); symmetric types once, source id < target id. Dates are not
annotated (this round measures recall and precision of triples and their status).

The sample is a measurement: round 21's fixes were written against other sentences
(tests/text/test_round21.py), never tuned to these. ``python tests/text/score_fresh_sample.py``
scores it by document and by sentence.
"""

from __future__ import annotations

import io

import pandas as pd

ACTORS_CSV = """\
id,name,kind,aliases,country
azerbaijan,Azerbaijan,state,,AZE
armenia,Armenia,state,,ARM
turkey,Turkey,state,Turkiye|Türkiye,TUR
russia,Russia,state,Russian Federation,RUS
france,France,state,,FRA
united_states,United States,state,US|U.S.|USA|United States of America,USA
iran,Iran,state,,IRN
osce,OSCE,organisation,Organization for Security and Co-operation in Europe,
ilham_aliyev,Ilham Aliyev,person,Aliyev,AZE
nikol_pashinyan,Nikol Pashinyan,person,Pashinyan,ARM
morocco,Morocco,state,,MAR
polisario,Polisario Front,armed_group,Polisario,
algeria,Algeria,state,,DZA
israel,Israel,state,,ISR
spain,Spain,state,,ESP
united_nations,United Nations,organisation,UN|U.N.|MINURSO|MONUC,
donald_trump,Donald Trump,person,Trump,USA
brahim_ghali,Brahim Ghali,person,Ghali,
drc,Democratic Republic of the Congo,state,DRC|DR Congo|Congo,COD
rwanda,Rwanda,state,,RWA
uganda,Uganda,state,,UGA
zimbabwe,Zimbabwe,state,,ZWE
angola,Angola,state,,AGO
namibia,Namibia,state,,NAM
rcd,Rally for Congolese Democracy,armed_group,RCD,COD
mlc,Movement for the Liberation of Congo,armed_group,MLC,COD
fdlr,FDLR,armed_group,Democratic Forces for the Liberation of Rwanda,RWA
laurent_kabila,Laurent-Désiré Kabila,person,Laurent Kabila|Kabila,COD
jean_pierre_bemba,Jean-Pierre Bemba,person,Bemba,COD
mozambique,Mozambique,state,,MOZ
ansar_al_sunna,Ansar al-Sunna,armed_group,Ahlu Sunnah Wa-Jama|ASWJ,MOZ
islamic_state,Islamic State,armed_group,IS|ISIS|ISIL|Islamic State group,
wagner,Wagner Group,armed_group,Wagner,RUS
dyck,Dyck Advisory Group,armed_group,DAG,ZAF
sadc,Southern African Development Community,organisation,SADC|SAMIM,
filipe_nyusi,Filipe Nyusi,person,Nyusi,MOZ
paul_kagame,Paul Kagame,person,Kagame,RWA
haiti,Haiti,state,,HTI
kenya,Kenya,state,,KEN
g9,G9 Family and Allies,armed_group,G9,HTI
gpep,G-Pèp,armed_group,G-Pep|GPep,HTI
viv_ansanm,Viv Ansanm,armed_group,,HTI
jimmy_cherizier,Jimmy Chérizier,person,Jimmy Cherizier|Chérizier|Cherizier|Barbecue,HTI
ariel_henry,Ariel Henry,person,Henry,HTI
mss,Multinational Security Support mission,organisation,MSS|Multinational Security Support,
caricom,Caribbean Community,organisation,CARICOM|Caricom,
dominican_republic,Dominican Republic,state,,DOM
myanmar,Myanmar,state,Burma,MMR
bangladesh,Bangladesh,state,,BGD
arsa,Arakan Rohingya Salvation Army,armed_group,ARSA,MMR
aung_san_suu_kyi,Aung San Suu Kyi,person,Suu Kyi,MMR
sheikh_hasina,Sheikh Hasina,person,Hasina,BGD
china,China,state,People's Republic of China|PRC,CHN
nigeria,Nigeria,state,,NGA
boko_haram,Boko Haram,armed_group,,NGA
ansaru,Ansaru,armed_group,,NGA
iswap,Islamic State West Africa Province,armed_group,ISWAP,NGA
al_qaeda,al Qaeda,armed_group,al-Qaeda|Al Qaeda|al-Qaida,
abubakar_shekau,Abubakar Shekau,person,Shekau,NGA
united_kingdom,United Kingdom,state,UK|Britain,GBR
amnesty,Amnesty International,organisation,Amnesty,
colombia,Colombia,state,,COL
farc,FARC,armed_group,Revolutionary Armed Forces of Colombia,COL
eln,ELN,armed_group,National Liberation Army,COL
cuba,Cuba,state,,CUB
norway,Norway,state,,NOR
venezuela,Venezuela,state,,VEN
juan_manuel_santos,Juan Manuel Santos,person,Santos,COL
rodrigo_londono,Rodrigo Londoño,person,Rodrigo Londono|Timochenko,COL
alvaro_uribe,Alvaro Uribe,person,Uribe,COL
ukraine,Ukraine,state,,UKR
european_union,European Union,organisation,EU,
recep_tayyip_erdogan,Recep Tayyip Erdogan,person,Tayyip Erdogan|Erdogan,TUR
antonio_guterres,Antonio Guterres,person,Guterres,
taiwan,Taiwan,state,Republic of China,TWN
japan,Japan,state,,JPN
nancy_pelosi,Nancy Pelosi,person,Pelosi,USA
tsai_ing_wen,Tsai Ing-wen,person,Tsai,TWN
pla,People's Liberation Army,armed_group,PLA,CHN
bosnia,Bosnia and Herzegovina,state,Bosnia,BIH
serbia,Serbia,state,,SRB
croatia,Croatia,state,,HRV
vrs,Army of Republika Srpska,armed_group,VRS,BIH
republika_srpska,Republika Srpska,government,,BIH
nato,NATO,organisation,North Atlantic Treaty Organization,
radovan_karadzic,Radovan Karadžić,person,Karadžić|Radovan Karadzic|Karadzic,BIH
ratko_mladic,Ratko Mladić,person,Mladić|Ratko Mladic|Mladic,BIH
slobodan_milosevic,Slobodan Milošević,person,Milošević|Slobodan Milosevic|Milosevic,SRB
alija_izetbegovic,Alija Izetbegović,person,Izetbegović|Izetbegovic,BIH
franjo_tudjman,Franjo Tuđman,person,Tuđman|Tudjman|Franjo Tudjman,HRV
hvo,Croatian Defence Council,armed_group,HVO,BIH
iraq,Iraq,state,,IRQ
pmf,Popular Mobilization Forces,armed_group,PMF|Hashd al-Shaabi,IRQ
krg,Kurdistan Regional Government,government,KRG|peshmerga,IRQ
haider_al_abadi,Haider al-Abadi,person,Abadi,IRQ
abu_bakr_al_baghdadi,Abu Bakr al-Baghdadi,person,Baghdadi,
"""

# (id, style, conflict, date, sentences): each item's text is its sentences joined by a
# space, so that the numbering of corpus_rules.split_sentences is the list's.
DOCUMENTS: list[tuple[str, str, str, str, list[str]]] = [
    (
        "f01",
        "wire (AP)",
        "Nagorno-Karabakh 2020",
        "2020-10-10",
        [
            "BAKU, Azerbaijan (AP) — Armenia and Azerbaijan agreed on Saturday to a "
            "Russia-brokered cease-fire in Nagorno-Karabakh after nearly two weeks of heavy "
            "fighting.",
            "The truce was announced by Russian Foreign Minister Sergey Lavrov after ten hours "
            "of talks in Moscow hosted by the Kremlin.",
            "Azerbaijan's Defence Ministry accused Armenian forces of shelling the city of Ganja "
            "hours after the truce took effect.",
            "Armenia denied the claim and said Azerbaijani drones had struck Stepanakert, the "
            "region's capital.",
            "Turkey, Azerbaijan's closest ally, has openly backed Baku throughout the conflict.",
            "Armenian Prime Minister Nikol Pashinyan accused Ankara of sending Syrian "
            "mercenaries to fight for Azerbaijan, a charge Turkey rejects.",
            "France, Russia and the United States, which co-chair the OSCE Minsk Group, called "
            "on both sides to respect the truce.",
            "Iran, which borders both countries, offered to mediate.",
            '"We will not stop until our lands are liberated," Azerbaijani President Ilham '
            "Aliyev said in a televised address on Friday.",
            "The fighting, which erupted on Sept. 27, is the worst since a 1994 war over the "
            "enclave that killed about 30,000 people.",
        ],
    ),
    (
        "f02",
        "wire (Reuters)",
        "Western Sahara",
        "2020-12-11",
        [
            "RABAT (Reuters) - The United States on Thursday recognised Morocco's sovereignty "
            "over Western Sahara, as part of a deal under which Rabat agreed to normalise "
            "relations with Israel.",
            "President Donald Trump announced the agreement on Twitter, calling it a historic "
            "breakthrough.",
            "The Polisario Front, which seeks an independent state in the territory and is "
            "backed by Algeria, condemned the decision.",
            "The movement's leader, Brahim Ghali, said the U.S. move would not change the legal "
            "status of the territory.",
            "Algeria, which has hosted Polisario's leadership in the Tindouf camps since the "
            "1970s, called the U.S. decision a violation of international law.",
            "The Polisario declared in November that it was no longer bound by a 1991 ceasefire "
            "with Morocco after Moroccan troops moved into the Guerguerat buffer zone.",
            "Since then, Polisario fighters have attacked Moroccan positions along the berm "
            "almost daily, the group says.",
            "Morocco has dismissed the reports as exaggerated.",
            "Spain, the former colonial power, said it supported a solution under United "
            "Nations auspices.",
            "The U.N. mission in the territory, MINURSO, has monitored the ceasefire since 1991.",
        ],
    ),
    (
        "f03",
        "encyclopedia",
        "Second Congo War",
        "2023",
        [
            "The Second Congo War began in August 1998, when Rwanda and Uganda turned against "
            "Laurent-Désiré Kabila, the president they had helped bring to power a year earlier.",
            "Kabila had expelled Rwandan troops from the country in July, accusing Kigali of "
            "plotting against him.",
            "Rwanda then backed a new rebel movement, the Rally for Congolese Democracy (RCD), "
            "which seized Goma within days.",
            "Uganda sponsored a second group, Jean-Pierre Bemba's Movement for the Liberation of "
            "Congo (MLC), in the north.",
            "Zimbabwe, Angola and Namibia sent troops to defend Kabila's government under a "
            "regional mandate.",
            "Angolan and Zimbabwean jets bombed rebel positions around Kinshasa, halting the "
            "RCD's advance on the capital.",
            "Kabila in turn armed Rwandan Hutu militias, later known as the FDLR, to fight the "
            "RCD and its Rwandan backers.",
            "Kabila's government and Rwanda signed the Lusaka Ceasefire Agreement in 1999, but "
            "the fighting did not stop.",
            "Uganda and Rwanda later clashed with each other in the city of Kisangani in 1999 "
            "and 2000.",
            "The U.N. peacekeeping mission, MONUC, deployed in 2000.",
            "Kabila was assassinated in January 2001 and succeeded by his son Joseph.",
        ],
    ),
    (
        "f04",
        "newspaper explainer",
        "Cabo Delgado",
        "2021-08-10",
        [
            "What is happening in Cabo Delgado?",
            "Since 2017, an Islamist insurgency has gripped Mozambique's northernmost province.",
            "The militants, who call themselves Ansar al-Sunna, pledged allegiance to the "
            "Islamic State group in 2019.",
            "IS has since claimed many of their attacks, including the March 2021 raid on the "
            "town of Palma.",
            "Mozambique's government first turned to private contractors, hiring Russia's "
            "Wagner Group and then the South African firm Dyck Advisory Group.",
            "Both struggled against the insurgents, and Wagner withdrew after losing several men "
            "in ambushes.",
            "In July 2021, Rwanda deployed 1,000 soldiers and police at the request of President "
            "Filipe Nyusi.",
            "Rwandan troops, working alongside Mozambican forces, retook the port of Mocímboa da "
            "Praia from the militants on Aug. 8.",
            "A separate force from the Southern African Development Community, known as SAMIM, "
            "began arriving the same month.",
            "Critics say Kigali's intervention serves its own interests, and Kagame has denied "
            "that Mozambique is paying for the deployment.",
            "Analysts say Rwanda is also targeting Rwandan dissidents in Mozambique.",
        ],
    ),
    (
        "f05",
        "think-tank brief",
        "Haiti gangs",
        "2024-07-01",
        [
            "Haiti's armed gangs entered a new phase in February 2024, when rival coalitions G9 "
            'and G-Pèp announced an alliance called Viv Ansanm ("Living Together").',
            "The alliance, led by former police officer Jimmy Chérizier, attacked police "
            "stations, prisons and the international airport in Port-au-Prince.",
            "Prime Minister Ariel Henry, who was abroad at the time, was unable to return and "
            "resigned in April.",
            'Chérizier had demanded Henry\'s resignation and threatened a "civil war" if he '
            "stayed.",
            "Kenya had offered in 2023 to lead a multinational police force, which the UN "
            "Security Council authorised in October of that year.",
            "The first 400 Kenyan officers of the Multinational Security Support (MSS) mission "
            "landed in late June 2024.",
            "Washington is the mission's largest funder, having pledged more than $300 million, "
            "but has ruled out sending its own troops.",
            'The gangs have vowed to fight the Kenyan police, whom Chérizier called "invaders".',
            "CARICOM, which brokered the transitional council that replaced Henry, has urged "
            "Haitian leaders to cooperate with the mission.",
            "The Dominican Republic, which shares the island of Hispaniola with Haiti, has "
            "closed its border and deported tens of thousands of Haitians.",
        ],
    ),
    (
        "f06",
        "wire (AP)",
        "Rohingya crisis",
        "2017-09-12",
        [
            "COX'S BAZAR, Bangladesh (AP) — The U.N. human rights chief on Monday called "
            "Myanmar's military campaign against Rohingya Muslims \"a textbook example of ethnic "
            'cleansing."',
            "Zeid Ra'ad al-Hussein said the operations in Rakhine state were clearly "
            "disproportionate to attacks by insurgents on Aug. 25.",
            "Those attacks, on some 30 police posts, were claimed by the Arakan Rohingya "
            "Salvation Army, which says it fights for the rights of the minority.",
            "More than 370,000 Rohingya have fled to Bangladesh since then, the U.N. refugee "
            "agency says.",
            "Bangladesh has accused Myanmar's troops of laying land mines along the border, a "
            "charge the army denies.",
            "Myanmar's de facto leader, Aung San Suu Kyi, has not commented publicly on the "
            "violence and will skip the U.N. General Assembly this month.",
            "Her government has blamed the insurgents for burning villages, and a spokesman "
            'called ARSA "extremist terrorists."',
            "China, Myanmar's main diplomatic protector, said it backed Naypyitaw's efforts to "
            "restore stability.",
            "Bangladeshi Prime Minister Sheikh Hasina urged Myanmar to take back the refugees "
            "and visited a camp on Tuesday.",
            "Washington said it was deeply troubled by the crisis and called on Myanmar's "
            "security forces to respect the rule of law.",
        ],
    ),
    (
        "f07",
        "wire (Reuters)",
        "Nigeria bandits and jihadists",
        "2021-03-03",
        [
            "KANO, Nigeria (Reuters) - Gunmen released 279 schoolgirls on Tuesday who had been "
            "abducted from a boarding school in Nigeria's northwestern Zamfara state last week, "
            "the state governor said.",
            "Governor Bello Matawalle said no ransom was paid and that the girls were freed "
            "after talks with the kidnappers.",
            "President Muhammadu Buhari has ordered the military to shoot anyone seen with an "
            "AK-47 in forests where bandits hide.",
            "Security officials say some bandit gangs in the northwest have begun working with "
            "Ansaru, an al Qaeda-linked group that split from Boko Haram in 2012.",
            "Ansaru has in the past kidnapped foreigners and attacked Nigerian troops, and "
            "Britain designated it a terrorist organisation in 2012.",
            "Boko Haram's leader Abubakar Shekau claimed responsibility for the December "
            "abduction of more than 300 boys in Katsina state.",
            "The army later said the abduction was the work of bandits posing as the jihadists.",
            "Boko Haram and its rival, Islamic State West Africa Province (ISWAP), have fought "
            "each other in the northeast since the groups split in 2016.",
            "ISWAP is affiliated with Islamic State, which recognised it as its West African "
            "branch.",
            "Amnesty International has accused the Nigerian military of abuses in its campaign "
            "against both groups.",
        ],
    ),
    (
        "f08",
        "wire (AFP)",
        "Colombian peace process",
        "2016-11-25",
        [
            "BOGOTA (AFP) - Colombian President Juan Manuel Santos and FARC leader Rodrigo "
            "Londoño signed a revised peace agreement on Thursday, ending more than five decades "
            "of war.",
            "The deal replaces an accord that voters narrowly rejected in an October referendum.",
            "Talks between the government and the rebels were held in Havana for four years, "
            "with Cuba and Norway acting as guarantors.",
            "Former President Alvaro Uribe, the agreement's fiercest critic, said the new text "
            "still grants impunity to guerrilla commanders.",
            "Under the deal, some 7,000 FARC fighters will gather in U.N.-monitored zones and "
            "hand over their weapons within six months.",
            "The United Nations Security Council has approved a political mission to verify the "
            "disarmament.",
            "The smaller National Liberation Army (ELN) has yet to join the process, though the "
            "government announced in October that formal talks with the group would open in "
            "Quito.",
            "The ELN, which still holds several hostages, has continued to bomb oil pipelines.",
            "Washington, which spent billions of dollars backing Colombia's military against "
            "the guerrillas under Plan Colombia, welcomed the agreement.",
            "Venezuela, which had hosted preliminary contacts with the ELN, also praised the deal.",
        ],
    ),
    (
        "f09",
        "wire (Reuters)",
        "Black Sea grain deal",
        "2022-07-23",
        [
            "ISTANBUL (Reuters) - Russia and Ukraine signed separate deals with Turkey and the "
            "United Nations on Friday to reopen Ukraine's Black Sea ports for grain exports.",
            "Turkish President Tayyip Erdogan and U.N. Secretary-General Antonio Guterres "
            "attended the ceremony at Istanbul's Dolmabahce Palace.",
            "Russian and Ukrainian delegations did not sit at the same table, and Kyiv refused "
            "to sign any document with Moscow.",
            '"This is a beacon on the Black Sea," Guterres said.',
            "Under the plan, a coordination centre in Istanbul will inspect ships for weapons.",
            "Ukraine's navy will guide vessels through mined waters near its ports.",
            "Less than a day after the signing, Russian missiles struck the port of Odesa, "
            "drawing condemnation from the U.N. and the European Union.",
            'Ukrainian Foreign Ministry spokesman Oleg Nikolenko said the strike was a "spit in '
            'the face" of Erdogan and Guterres.',
            "The Kremlin told Turkey that the strike had hit only military targets, Turkey's "
            "defence ministry said.",
            "Zelenskiy said Kyiv would press ahead with the exports.",
        ],
    ),
    (
        "f10",
        "think-tank brief",
        "Taiwan Strait",
        "2022-08-15",
        [
            "Beijing responded to U.S. House Speaker Nancy Pelosi's visit to Taipei in early "
            "August with the largest military exercises it has ever held around Taiwan.",
            "The People's Liberation Army (PLA) fired ballistic missiles into waters off the "
            "island, some of which landed in Japan's exclusive economic zone.",
            "Tokyo lodged a formal protest with Beijing.",
            "China also suspended cooperation with Washington on climate change, military talks "
            "and drug enforcement.",
            "It imposed sanctions on Pelosi and her immediate family.",
            "Taiwan's President Tsai Ing-wen accused Beijing of trying to change the status quo "
            "by force.",
            "G7 foreign ministers said there was no justification for using a visit as a "
            "pretext for aggressive military activity.",
            "This brief argues that Washington should help Taipei strengthen its coastal "
            "defences rather than send more senior officials.",
            "Beijing regards Taiwan as a breakaway province and has never ruled out the use of "
            "force to bring it under its control.",
            "The United States is bound by the Taiwan Relations Act to provide the island with "
            "the means to defend itself.",
        ],
    ),
    (
        "f11",
        "encyclopedia",
        "Bosnia 1992-95",
        "2023",
        [
            "The Bosnian War began in April 1992, after Bosnia and Herzegovina declared "
            "independence from Yugoslavia.",
            "The Army of Republika Srpska (VRS), led by Ratko Mladić, laid siege to Sarajevo "
            "with the backing of Slobodan Milošević's government in Belgrade.",
            "Radovan Karadžić was president of Republika Srpska, the self-declared Serb entity.",
            "In 1993 the Croatian Defence Council (HVO), backed by Zagreb, fought the Bosnian "
            "government army.",
            "The Washington Agreement of March 1994, brokered by the United States, ended that "
            "war and created a federation.",
            "In July 1995, VRS units under Mladić overran the UN-protected enclave of Srebrenica "
            "and killed more than 8,000 Bosniak men and boys.",
            "NATO responded to the shelling of a Sarajevo market in August with Operation "
            "Deliberate Force, a bombing campaign against VRS positions.",
            "The campaign, together with a Croatian ground offensive, forced the Bosnian Serbs "
            "to negotiate.",
            "Milošević negotiated on their behalf at Dayton, Ohio, with Alija Izetbegović and "
            "Croatian President Franjo Tuđman.",
            "The Dayton Agreement, signed in Paris on 14 December 1995, divided Bosnia into two "
            "entities, the Federation and Republika Srpska.",
            "A NATO-led force of 60,000 troops replaced the UN peacekeepers.",
        ],
    ),
    (
        "f12",
        "wire (AP)",
        "Iraq 2014-17",
        "2017-07-10",
        [
            "MOSUL, Iraq (AP) — Iraqi Prime Minister Haider al-Abadi arrived in Mosul on Sunday "
            "to congratulate the armed forces on their victory over the Islamic State group, "
            "three years after the militants overran the city.",
            "The battle for Mosul, which began in October, pitted Iraqi troops, Kurdish "
            "peshmerga fighters and Shiite militias against the jihadists, backed by air "
            "strikes from a U.S.-led coalition.",
            "The militias, grouped under the Popular Mobilization Forces (PMF), are largely "
            "trained and armed by Iran.",
            "Washington has long been wary of the PMF's influence, and U.S. officials have "
            "accused some of its factions of abuses against Sunni civilians.",
            "The Islamic State's leader, Abu Bakr al-Baghdadi, declared a caliphate from "
            "Mosul's Great Mosque of al-Nuri in June 2014.",
            "The militants blew up the mosque last month as Iraqi forces closed in.",
            "Abadi has vowed to pursue the remaining fighters in Tal Afar and along the Syrian "
            "border.",
            "Kurdish leaders, who plan a referendum on independence in September, have been at "
            "odds with Baghdad over disputed territories including Kirkuk.",
            "Turkey and Iran, which both have large Kurdish minorities, have warned the "
            "Kurdistan Regional Government against holding the vote.",
            "A U.S. State Department spokeswoman said the coalition would continue to support "
            "Iraq's security forces.",
        ],
    ),
]

# "document sentence source relation target modality [attributed_to]", one per line.
GOLD_TEXT = """
f01 1 armenia agrees_with azerbaijan asserted
f01 1 azerbaijan agrees_with armenia asserted
f01 1 armenia consults russia asserted
f01 1 azerbaijan consults russia asserted
f01 1 armenia fights azerbaijan asserted
f01 3 azerbaijan opposes armenia asserted
f01 4 armenia rejects azerbaijan asserted
f01 5 azerbaijan allied_with turkey asserted
f01 5 turkey backs azerbaijan asserted
f01 6 nikol_pashinyan leads armenia asserted
f01 6 nikol_pashinyan opposes turkey asserted
f01 6 turkey backs azerbaijan reported nikol_pashinyan
f01 6 turkey rejects nikol_pashinyan asserted
f01 7 france appeals_to armenia asserted
f01 7 france appeals_to azerbaijan asserted
f01 7 russia appeals_to armenia asserted
f01 7 russia appeals_to azerbaijan asserted
f01 7 united_states appeals_to armenia asserted
f01 7 united_states appeals_to azerbaijan asserted
f01 7 france member_of osce asserted
f01 7 russia member_of osce asserted
f01 7 united_states member_of osce asserted
f01 8 armenia borders iran asserted
f01 8 azerbaijan borders iran asserted
f01 8 armenia consults iran planned
f01 8 azerbaijan consults iran planned
f01 9 ilham_aliyev leads azerbaijan asserted
f02 1 united_states favours morocco asserted
f02 1 morocco agrees_with united_states asserted
f02 1 united_states agrees_with morocco asserted
f02 1 morocco favours israel planned
f02 3 algeria backs polisario asserted
f02 3 polisario opposes united_states asserted
f02 4 brahim_ghali leads polisario asserted
f02 5 algeria opposes united_states asserted
f02 6 polisario agrees_with morocco ended
f02 7 polisario attacks morocco reported polisario
f02 8 morocco rejects polisario asserted
f03 1 rwanda opposes laurent_kabila asserted
f03 1 uganda opposes laurent_kabila asserted
f03 1 rwanda backs laurent_kabila ended
f03 1 uganda backs laurent_kabila ended
f03 2 laurent_kabila reduces_relations rwanda asserted
f03 2 laurent_kabila opposes rwanda asserted
f03 2 rwanda opposes laurent_kabila reported laurent_kabila
f03 3 rwanda backs rcd asserted
f03 4 uganda backs mlc asserted
f03 4 jean_pierre_bemba leads mlc asserted
f03 5 zimbabwe backs laurent_kabila asserted
f03 5 angola backs laurent_kabila asserted
f03 5 namibia backs laurent_kabila asserted
f03 6 angola attacks rcd asserted
f03 6 zimbabwe attacks rcd asserted
f03 7 laurent_kabila arms fdlr asserted
f03 7 fdlr fights rcd planned
f03 7 fdlr fights rwanda planned
f03 8 laurent_kabila agrees_with rwanda asserted
f03 8 rwanda agrees_with laurent_kabila asserted
f03 9 rwanda fights uganda asserted
f04 3 ansar_al_sunna member_of islamic_state asserted
f04 5 wagner backs mozambique asserted
f04 5 dyck backs mozambique asserted
f04 6 ansar_al_sunna fights wagner asserted
f04 6 ansar_al_sunna fights dyck asserted
f04 6 wagner backs mozambique ended
f04 7 filipe_nyusi courts rwanda asserted
f04 8 mozambique cooperates_with rwanda asserted
f04 10 mozambique funds rwanda denied paul_kagame
f05 1 g9 allied_with gpep asserted
f05 1 g9 opposes gpep asserted
f05 1 gpep opposes g9 asserted
f05 1 g9 member_of viv_ansanm asserted
f05 1 gpep member_of viv_ansanm asserted
f05 2 jimmy_cherizier leads viv_ansanm asserted
f05 4 jimmy_cherizier demands ariel_henry asserted
f05 4 jimmy_cherizier threatens ariel_henry asserted
f05 5 kenya leads mss planned
f05 5 united_nations backs mss asserted
f05 6 kenya member_of mss asserted
f05 7 united_states funds mss asserted
f05 8 viv_ansanm threatens kenya asserted
f05 8 jimmy_cherizier opposes kenya asserted
f05 9 caricom appeals_to haiti asserted
f05 9 haiti cooperates_with mss planned
f05 10 dominican_republic borders haiti asserted
f05 10 dominican_republic coerces haiti asserted
f06 1 united_nations opposes myanmar asserted
f06 3 arsa attacks myanmar reported arsa
f06 5 bangladesh opposes myanmar asserted
f06 5 myanmar rejects bangladesh asserted
f06 6 aung_san_suu_kyi leads myanmar asserted
f06 7 aung_san_suu_kyi opposes arsa asserted
f06 8 china backs myanmar asserted
f06 9 sheikh_hasina leads bangladesh asserted
f06 9 sheikh_hasina appeals_to myanmar asserted
f06 10 united_states appeals_to myanmar asserted
f07 4 ansaru splits_from boko_haram asserted
f07 4 ansaru linked_to al_qaeda asserted
f07 5 ansaru attacks nigeria asserted
f07 5 united_kingdom designates_terrorist ansaru asserted
f07 6 abubakar_shekau leads boko_haram asserted
f07 8 boko_haram fights iswap asserted
f07 8 iswap opposes boko_haram asserted
f07 8 iswap splits_from boko_haram asserted
f07 9 iswap member_of islamic_state asserted
f07 10 amnesty opposes nigeria asserted
f07 10 boko_haram fights nigeria asserted
f07 10 iswap fights nigeria asserted
f08 1 juan_manuel_santos leads colombia asserted
f08 1 rodrigo_londono leads farc asserted
f08 1 juan_manuel_santos agrees_with rodrigo_londono asserted
f08 1 rodrigo_londono agrees_with juan_manuel_santos asserted
f08 1 colombia fights farc ended
f08 3 colombia consults farc asserted
f08 3 colombia consults cuba asserted
f08 3 cuba consults farc asserted
f08 3 colombia consults norway asserted
f08 3 farc consults norway asserted
f08 5 farc yields_to united_nations planned
f08 7 colombia consults eln planned
f08 9 united_states backs colombia asserted
f08 9 united_states funds colombia asserted
f08 10 eln consults venezuela asserted
f09 1 russia agrees_with turkey asserted
f09 1 turkey agrees_with russia asserted
f09 1 russia agrees_with united_nations asserted
f09 1 united_nations agrees_with russia asserted
f09 1 ukraine agrees_with turkey asserted
f09 1 turkey agrees_with ukraine asserted
f09 1 ukraine agrees_with united_nations asserted
f09 1 united_nations agrees_with ukraine asserted
f09 2 recep_tayyip_erdogan leads turkey asserted
f09 2 antonio_guterres leads united_nations asserted
f09 3 ukraine agrees_with russia denied
f09 3 ukraine rejects russia asserted
f09 7 united_nations opposes russia asserted
f09 7 european_union opposes russia asserted
f09 8 ukraine opposes russia asserted
f10 1 nancy_pelosi consults taiwan asserted
f10 1 nancy_pelosi member_of united_states asserted
f10 1 china mobilizes_against taiwan asserted
f10 3 japan opposes china asserted
f10 4 china reduces_relations united_states asserted
f10 4 china cooperates_with united_states ended
f10 4 china consults united_states ended
f10 5 china sanctions nancy_pelosi asserted
f10 6 tsai_ing_wen leads taiwan asserted
f10 6 tsai_ing_wen opposes china asserted
f10 8 united_states backs taiwan hypothetical
f10 9 china threatens taiwan asserted
f10 10 united_states arms taiwan planned
f11 2 ratko_mladic leads vrs asserted
f11 2 slobodan_milosevic backs vrs asserted
f11 3 radovan_karadzic leads republika_srpska asserted
f11 4 bosnia fights hvo asserted
f11 4 croatia backs hvo asserted
f11 5 bosnia fights hvo ended
f11 7 nato attacks vrs asserted
f11 9 alija_izetbegovic consults slobodan_milosevic asserted
f11 9 franjo_tudjman consults slobodan_milosevic asserted
f11 9 franjo_tudjman leads croatia asserted
f11 10 republika_srpska member_of bosnia asserted
f12 1 haider_al_abadi leads iraq asserted
f12 1 iraq fights islamic_state asserted
f12 2 islamic_state fights krg asserted
f12 2 united_states backs iraq asserted
f12 2 united_states backs krg asserted
f12 2 united_states attacks islamic_state asserted
f12 3 iran arms pmf asserted
f12 4 united_states opposes pmf asserted
f12 5 abu_bakr_al_baghdadi leads islamic_state asserted
f12 7 haider_al_abadi threatens islamic_state asserted
f12 8 krg opposes iraq asserted
f12 9 turkey warns krg asserted
f12 9 iran warns krg asserted
f12 10 united_states backs iraq planned
"""

SYMMETRIC = frozenset({"fights", "consults", "allied_with", "cooperates_with", "borders"})


def actors() -> pd.DataFrame:
    """The sample's actors table."""
    return read_actors(ACTORS_CSV)


def texts() -> dict[str, str]:
    """Each item's text (its sentences joined by a space)."""
    return read_texts(DOCUMENTS)


def gold() -> pd.DataFrame:
    """The gold rows: document, sentence, source, relation, target, modality, attributed_to."""
    return read_gold(GOLD_TEXT)


# -- how a sample module's text is read (fresh_sample2.py reads its own with these) --------


def read_actors(csv_text: str) -> pd.DataFrame:
    """An actors table written as CSV text."""
    return pd.read_csv(io.StringIO(csv_text), keep_default_na=False)


def read_texts(documents) -> dict[str, str]:
    """Each item's text (its sentences joined by a space), from ``(id, ..., sentences)``."""
    return {doc: " ".join(sentences) for doc, _, _, _, sentences in documents}


def read_gold(gold_text: str) -> pd.DataFrame:
    """Gold rows written one per line: document, sentence, source, relation, target,
    modality and, for a reported relation, who reports it; a symmetric relation must
    come in id order."""
    rows = []
    for line in gold_text.strip().splitlines():
        parts = line.split()
        doc, sentence, source, relation, target, modality = parts[:6]
        if relation in SYMMETRIC and target < source:
            raise ValueError(f"{line!r}: symmetric relation not in id order")
        rows.append(
            {
                "document": doc,
                "sentence": int(sentence),
                "source": source,
                "relation": relation,
                "target": target,
                "modality": modality,
                "attributed_to": parts[6] if len(parts) > 6 else "",
            }
        )
    return pd.DataFrame(rows)
