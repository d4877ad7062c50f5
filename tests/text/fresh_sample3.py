"""Round 62 of issue 16: a third fresh sample of news text, written and annotated before
any extractor ran on it (tests/text/data/BASELINE.md, round 62).

Fifteen short items written for this round in the styles of wire copy with datelines and
quotes, newspaper explainers, a think-tank brief, encyclopedia paragraphs, a live-blog
update, a government statement and a statement translated from French, on conflicts and
diplomatic files that neither the corpus's own subject (Syria 2024) nor round 21's and
round 59's samples (fresh_sample.py, fresh_sample2.py) use as their subject: Sudan's war
between the army and the RSF (2023) and the Jeddah talks, Yemen's Saudi-led coalition
(2015-17) and the Aden crisis of 2019, the Israel-Hamas truce of November 2023, the
Somalia-Kenya maritime dispute, the joint Congolese-Ugandan operations against the ADF
(2021), the Chad-Sudan proxy war (2005-10), Venezuela-Guyana and the Essequibo (2023),
the Nile dam dispute (Ethiopia, Egypt, Sudan), the Thailand-Cambodia border war (2025),
Sri Lanka and the LTTE, the PKK's disarmament (2025), the Aceh peace (2005) and the
Hamas-Fatah Beijing declaration (2024). The text is invented in the manner of real
reporting (datelines, quotes, pronouns, descriptions, titles and offices, lists,
background clauses, reported speech, denials, ended relations, plans, hypotheticals,
passives, nominalisations); facts follow the public record only loosely and no item
copies any page.

Gold follows tests/text/data/ANNOTATION.md (R1-R8): one row per relation the item
states, with the sentence (1-based, as ``corpus_rules.split_sentences`` numbers the item)
that first states it, and its modality (``asserted``, ``reported`` with the claimant,
``denied``, ``ended``, ``planned``, ``hypothetical``); symmetric types once, source id <
target id. Dates are not annotated.

The sample is a measurement: it was committed before any extractor ran on it, and no fix
may be developed on it. ``python tests/text/score_fresh_sample.py --sample fresh_sample3``
scores it by document and by sentence.
"""

from __future__ import annotations

import pandas as pd
from fresh_sample import SYMMETRIC, read_actors, read_gold, read_texts  # noqa: F401 (SYMMETRIC: the scorer reads it here)

ACTORS_CSV = """\
id,name,kind,aliases,country
sudan,Sudan,state,,SDN
saf,Sudanese Armed Forces,armed_group,SAF|Sudanese army,SDN
rsf,Rapid Support Forces,armed_group,RSF,SDN
abdel_fattah_al_burhan,Abdel Fattah al-Burhan,person,Burhan|al-Burhan,SDN
hemedti,Mohamed Hamdan Dagalo,person,Hemedti|Hemeti|Dagalo,SDN
egypt,Egypt,state,,EGY
saudi_arabia,Saudi Arabia,state,,SAU
united_states,United States,state,US|U.S.|USA|United States of America,USA
african_union,African Union,organisation,AU,
chad,Chad,state,,TCD
united_nations,United Nations,organisation,UN|U.N.|MONUSCO|UN Security Council,
uae,United Arab Emirates,state,UAE|Emirates,ARE
central_african_republic,Central African Republic,state,CAR,CAF
iran,Iran,state,,IRN
russia,Russia,state,Russian Federation,RUS
yemen,Yemen,state,,YEM
houthis,Houthis,armed_group,Houthi movement|Ansar Allah|Ansarallah,YEM
abdrabbuh_mansur_hadi,Abdrabbuh Mansur Hadi,person,Hadi|Abd Rabbuh Mansur Hadi,YEM
ali_abdullah_saleh,Ali Abdullah Saleh,person,Saleh,YEM
bahrain,Bahrain,state,,BHR
kuwait,Kuwait,state,,KWT
qatar,Qatar,state,,QAT
jordan,Jordan,state,,JOR
morocco,Morocco,state,,MAR
united_kingdom,United Kingdom,state,UK|Britain,GBR
stc,Southern Transitional Council,armed_group,STC,YEM
aidarous_al_zubaidi,Aidarous al-Zubaidi,person,Zubaidi|al-Zubaidi,YEM
israel,Israel,state,,ISR
hamas,Hamas,armed_group,,PSE
benjamin_netanyahu,Benjamin Netanyahu,person,Netanyahu,ISR
joe_biden,Joe Biden,person,Biden,USA
abdel_fattah_el_sisi,Abdel Fattah el-Sisi,person,Sisi|el-Sisi|al-Sisi,EGY
pij,Palestinian Islamic Jihad,armed_group,PIJ|Islamic Jihad,PSE
hezbollah,Hezbollah,armed_group,Hizbollah|Hizbullah,LBN
lebanon,Lebanon,state,,LBN
somalia,Somalia,state,,SOM
kenya,Kenya,state,,KEN
icj,International Court of Justice,organisation,ICJ|World Court,
uhuru_kenyatta,Uhuru Kenyatta,person,Kenyatta,KEN
al_shabaab,al-Shabaab,armed_group,Al Shabaab|al Shabaab,SOM
drc,Democratic Republic of the Congo,state,DRC|DR Congo|Congo,COD
uganda,Uganda,state,,UGA
adf,Allied Democratic Forces,armed_group,ADF,UGA
felix_tshisekedi,Felix Tshisekedi,person,Tshisekedi|Félix Tshisekedi,COD
yoweri_museveni,Yoweri Museveni,person,Museveni,UGA
islamic_state,Islamic State,armed_group,IS|ISIS|ISIL|Islamic State group,
fuc,United Front for Democratic Change,armed_group,FUC,TCD
jem,Justice and Equality Movement,armed_group,JEM,SDN
khalil_ibrahim,Khalil Ibrahim,person,,SDN
omar_al_bashir,Omar al-Bashir,person,Bashir|al-Bashir,SDN
idriss_deby,Idriss Déby,person,Idriss Deby|Déby|Deby,TCD
libya,Libya,state,,LBY
senegal,Senegal,state,,SEN
venezuela,Venezuela,state,,VEN
guyana,Guyana,state,,GUY
nicolas_maduro,Nicolás Maduro,person,Nicolas Maduro|Maduro,VEN
irfaan_ali,Irfaan Ali,person,Mohamed Irfaan Ali,GUY
saint_vincent,Saint Vincent and the Grenadines,state,St Vincent and the Grenadines|SVG,VCT
brazil,Brazil,state,,BRA
ethiopia,Ethiopia,state,,ETH
somaliland,Somaliland,government,,SOM
donald_trump,Donald Trump,person,Trump,USA
thailand,Thailand,state,,THA
cambodia,Cambodia,state,,KHM
malaysia,Malaysia,state,,MYS
anwar_ibrahim,Anwar Ibrahim,person,Anwar,MYS
hun_manet,Hun Manet,person,,KHM
phumtham_wechayachai,Phumtham Wechayachai,person,Phumtham,THA
china,China,state,People's Republic of China|PRC,CHN
asean,Association of Southeast Asian Nations,organisation,ASEAN,
sri_lanka,Sri Lanka,state,,LKA
ltte,Liberation Tigers of Tamil Eelam,armed_group,LTTE|Tamil Tigers,LKA
india,India,state,,IND
norway,Norway,state,,NOR
mahinda_rajapaksa,Mahinda Rajapaksa,person,Rajapaksa,LKA
velupillai_prabhakaran,Velupillai Prabhakaran,person,Prabhakaran,LKA
european_union,European Union,organisation,EU,
turkey,Turkey,state,Turkiye|Türkiye,TUR
pkk,Kurdistan Workers' Party,armed_group,Kurdistan Workers Party|PKK,TUR
abdullah_ocalan,Abdullah Öcalan,person,Abdullah Ocalan|Öcalan|Ocalan,TUR
recep_tayyip_erdogan,Recep Tayyip Erdogan,person,Tayyip Erdogan|Erdogan|Erdoğan,TUR
devlet_bahceli,Devlet Bahçeli,person,Devlet Bahceli|Bahçeli|Bahceli,TUR
mhp,Nationalist Movement Party,organisation,MHP,TUR
dem_party,Peoples' Equality and Democracy Party,organisation,DEM Party|DEM,TUR
sdf,Syrian Democratic Forces,armed_group,SDF,SYR
syria,Syria,state,,SYR
iraq,Iraq,state,,IRQ
indonesia,Indonesia,state,,IDN
gam,Free Aceh Movement,armed_group,GAM|Gerakan Aceh Merdeka,IDN
martti_ahtisaari,Martti Ahtisaari,person,Ahtisaari,FIN
cmi,Crisis Management Initiative,organisation,CMI,FIN
finland,Finland,state,,FIN
fatah,Fatah,organisation,,PSE
palestinian_authority,Palestinian Authority,government,PA,PSE
mahmoud_abbas,Mahmoud Abbas,person,Abbas,PSE
wang_yi,Wang Yi,person,,CHN
"""

# (id, style, conflict, date, sentences): each item's text is its sentences joined by a
# space, so that the numbering of corpus_rules.split_sentences is the list's.
DOCUMENTS: list[tuple[str, str, str, str, list[str]]] = [
    (
        "h01",
        "wire (Reuters)",
        "Sudan, the army and the RSF",
        "2023-04-16",
        [
            "KHARTOUM, April 16 (Reuters) - Sudan's army and the paramilitary Rapid Support "
            "Forces (RSF) fought for control of the capital for a second day on Sunday, with "
            "air strikes hitting RSF bases in Khartoum and Omdurman.",
            "The fighting pits the army's commander, General Abdel Fattah al-Burhan, who heads "
            "Sudan's ruling council, against his deputy on the council, RSF commander Mohamed "
            "Hamdan Dagalo, known as Hemedti.",
            "The two generals seized power together in a 2021 coup but fell out over plans to "
            "fold the RSF into the regular army.",
            '"We will not stop until the RSF militia is crushed," Burhan told Al Jazeera by phone.',
            "The RSF accused the army of attacking its positions first, a charge the military "
            "denied.",
            "Egypt, which has close ties to Burhan, and Saudi Arabia called for an immediate "
            "ceasefire, while the African Union said it would send a delegation to Khartoum.",
            "Neighbouring Chad said it had closed its border with Sudan until further notice.",
        ],
    ),
    (
        "h02",
        "think-tank brief",
        "Sudan, the Jeddah talks and foreign backers",
        "2024-05-20",
        [
            "The Jeddah talks between Sudan's warring parties, convened by Saudi Arabia and the "
            "United States in May 2023, produced a declaration of principles on the protection "
            "of civilians but no durable truce.",
            "The Sudanese Armed Forces (SAF) and the Rapid Support Forces (RSF) accused each "
            "other of violating the short ceasefires that followed.",
            "The SAF suspended its participation in the talks at the end of May, citing the "
            "RSF's occupation of homes and hospitals in Khartoum.",
            "Meanwhile the RSF has received weapons and fuel through Chad and the Central "
            "African Republic, according to a UN panel of experts, which said the shipments had "
            "been sent by the United Arab Emirates.",
            "Abu Dhabi denies arming either side and says it backs a civilian-led transition.",
            "The SAF, for its part, has courted Iran and Russia, obtaining drones from Tehran "
            "and discussing a naval base on the Red Sea with Moscow.",
            "Egypt, long the army's most consistent backer, hosted a summit of Sudan's "
            "neighbours in July 2023 that the SAF welcomed and the RSF shunned.",
            "Any lasting settlement, the brief argues, will require Washington to press Abu "
            "Dhabi and Cairo to stop feeding the war.",
        ],
    ),
    (
        "h03",
        "encyclopedia",
        "Yemen, the Saudi-led coalition (2015-17)",
        "2023",
        [
            "On 26 March 2015, a coalition led by Saudi Arabia launched a military intervention "
            "in Yemen, codenamed Operation Decisive Storm, in support of President Abdrabbuh "
            "Mansur Hadi.",
            "Hadi had fled to Riyadh after Houthi forces, allied with former president Ali "
            "Abdullah Saleh, overran Sanaa and advanced on the southern city of Aden.",
            "The coalition comprised Saudi Arabia, the United Arab Emirates, Bahrain, Kuwait, "
            "Qatar, Egypt, Jordan, Morocco and Sudan, and received logistical and intelligence "
            "support from the United States and the United Kingdom.",
            "Saudi officials accused Iran of supplying the Houthis with missiles, which Tehran "
            "denied.",
            "Qatar's participation ended in 2017, when Riyadh and its allies cut ties with Doha.",
            "Saleh broke with the Houthis in December 2017 and was killed by them two days later.",
            "A UN panel of experts later described the Houthis as an Iranian-backed movement and "
            "accused Tehran of violating the arms embargo.",
        ],
    ),
    (
        "h04",
        "newspaper explainer",
        "Yemen, Aden 2019 (STC and the Hadi government)",
        "2020-05-02",
        [
            "In August 2019 the Southern Transitional Council (STC), a separatist movement "
            "backed by the United Arab Emirates, seized Aden after four days of fighting with "
            "forces loyal to President Abdrabbuh Mansur Hadi.",
            "The two sides were nominally allies in the Saudi-led coalition fighting the Houthis.",
            "Hadi's government accused Abu Dhabi of orchestrating a coup and of carrying out air "
            "strikes on its troops near Aden.",
            "The Emirates said the strikes had targeted 'terrorist militias' that attacked "
            "coalition forces.",
            "Saudi Arabia then brokered talks between the two sides in Jeddah, which led to the "
            "Riyadh Agreement signed in November.",
            "Under the deal, the STC was to join a new Yemeni cabinet and its fighters were to "
            "be placed under the Interior and Defence ministries.",
            "The STC's leader, Aidarous al-Zubaidi, later declared self-rule in the south, a "
            "move Hadi's Saudi-backed government rejected.",
        ],
    ),
    (
        "h05",
        "live blog",
        "Israel-Hamas truce (November 2023)",
        "2023-11-22",
        [
            "Qatar's foreign ministry says Israel and Hamas have agreed to a four-day "
            "humanitarian pause in Gaza, following weeks of negotiations mediated by Qatar, "
            "Egypt and the United States.",
            "Under the deal, Hamas is to release 50 women and children held hostage in Gaza in "
            "exchange for 150 Palestinian prisoners held by Israel.",
            "Israeli Prime Minister Benjamin Netanyahu said the war against Hamas would resume "
            "once the pause ends.",
            "US President Joe Biden welcomed the agreement and thanked the emir of Qatar and "
            "Egyptian President Abdel Fattah el-Sisi for their 'critical leadership and "
            "partnership'.",
            "Hamas said in a statement that its fighters would abide by the truce as long as "
            "Israel did.",
            "Islamic Jihad, the second-largest armed group in Gaza, has also signed on to the "
            "deal, according to Egyptian officials.",
            "Hezbollah, Hamas's ally in Lebanon, is expected to halt its cross-border attacks on "
            "Israel during the pause, an Israeli military official said.",
        ],
    ),
    (
        "h06",
        "wire (AFP)",
        "Somalia-Kenya maritime dispute",
        "2021-10-13",
        [
            "NAIROBI (AFP) - Kenya on Wednesday rejected a ruling by the International Court of "
            "Justice that awarded Somalia most of a disputed stretch of the Indian Ocean, saying "
            "the court had shown bias.",
            "President Uhuru Kenyatta said the judgment would strain relations between the two "
            "neighbours and that Kenya would not recognise it.",
            "Somalia, which filed the case in 2014 after talks between the two governments "
            "broke down, welcomed the decision as a victory for international law.",
            "Nairobi had withdrawn from the proceedings in March, accusing the court of turning "
            "down its requests for a delay.",
            "The dispute has also complicated cooperation against al-Shabaab, whose fighters "
            "Kenyan troops have battled in southern Somalia since 2011 as part of the African "
            "Union mission.",
            "Somalia had severed diplomatic ties with Kenya in December 2020, accusing it of "
            "meddling in its internal affairs, before restoring them in May.",
            "'Kenya will continue to protect its territory by every means at its disposal,' the "
            "foreign ministry said.",
        ],
    ),
    (
        "h07",
        "government statement (translated from French)",
        "DR Congo, Uganda and the ADF (2021)",
        "2021-12-01",
        [
            "Press release of the Government of the Democratic Republic of the Congo "
            "(unofficial translation from the French).",
            "The Government informs national and international opinion that, since the morning "
            "of Tuesday 30 November 2021, the Armed Forces of the Democratic Republic of the "
            "Congo (FARDC) and the Uganda People's Defence Force (UPDF) have been conducting "
            "joint operations against the terrorists of the ADF in the territory of Beni.",
            "These operations began with air and artillery strikes carried out by the UPDF on "
            "ADF positions in North Kivu and Ituri.",
            "They are conducted at the request of the President of the Republic, Head of State, "
            "His Excellency Félix Antoine Tshisekedi Tshilombo, and in agreement with his "
            "Ugandan counterpart, His Excellency Yoweri Kaguta Museveni.",
            "The Government recalls that the ADF, affiliated since 2019 with the so-called "
            "Islamic State, have massacred thousands of our compatriots in Beni, Butembo and "
            "Irumu.",
            "The presence of Ugandan troops on Congolese soil will be limited to the duration "
            "strictly necessary for these operations, which will be evaluated jointly by the "
            "general staffs of the two armies.",
            "MONUSCO, which has supported the FARDC against the ADF since 2014, has been "
            "informed of the operations.",
            "The Government invites the population to collaborate with the FARDC and the UPDF "
            "and to denounce any person suspected of collusion with the enemy.",
        ],
    ),
    (
        "h08",
        "encyclopedia",
        "Chad-Sudan proxy war (2005-10)",
        "2022",
        [
            "The Chadian–Sudanese conflict was a proxy war fought between 2005 and 2010, in "
            "which Chad and Sudan each supported rebel groups opposed to the other's "
            "government.",
            "N'Djamena accused Khartoum of arming the United Front for Democratic Change (FUC), "
            "whose fighters reached the outskirts of the Chadian capital in April 2006 before "
            "being repelled.",
            "Sudan, in turn, blamed President Idriss Déby for sheltering the Justice and "
            "Equality Movement (JEM), a Darfuri rebel group whose leader, Khalil Ibrahim, was a "
            "former ally of President Omar al-Bashir.",
            "In May 2008 JEM fighters crossed from Chad and attacked Omdurman, across the Nile "
            "from Khartoum; Sudan cut diplomatic relations with Chad the same day.",
            "The two governments signed a series of agreements, mediated by Libya, Senegal and "
            "Qatar, none of which held until Déby visited Khartoum in February 2010.",
            "The two countries then agreed to deploy a joint border force and to stop "
            "supporting each other's rebels.",
            "Chad ended its support for the JEM, and Bashir's government stopped arming the "
            "Chadian rebels.",
        ],
    ),
    (
        "h09",
        "wire (AP)",
        "Venezuela-Guyana, the Essequibo (2023)",
        "2023-12-14",
        [
            "KINGSTOWN, Saint Vincent and the Grenadines (AP) — The leaders of Venezuela and "
            "Guyana agreed Thursday not to threaten or use force against each other in their "
            "long-running dispute over the oil-rich Essequibo region.",
            "Venezuelan President Nicolás Maduro and Guyanese President Irfaan Ali shook hands "
            "at the start of the talks, hosted by Prime Minister Ralph Gonsalves of Saint "
            "Vincent and the Grenadines in the presence of Brazilian officials.",
            "The meeting came weeks after Venezuela held a referendum claiming the territory, "
            "which Guyana has administered for more than a century, and Maduro ordered the "
            "creation of a new Venezuelan state there.",
            "Ali had accused Caracas of threatening Guyana's sovereignty and sought support from "
            "the United States, whose military held joint flight exercises with Guyana's army "
            "this month.",
            "Brazil, which borders both countries, has moved armoured vehicles to its northern "
            "frontier and warned Caracas against any incursion.",
            "'We will not be intimidated,' Ali told reporters, adding that the case would be "
            "settled by the International Court of Justice, whose jurisdiction Venezuela "
            "rejects.",
            "The two sides agreed to meet again in Brazil within three months.",
        ],
    ),
    (
        "h10",
        "newspaper explainer",
        "The Nile dam dispute (Ethiopia, Egypt, Sudan)",
        "2024-09-30",
        [
            "Ethiopia's Grand Ethiopian Renaissance Dam (GERD) on the Blue Nile has been a "
            "source of tension with Egypt and Sudan since construction began in 2011.",
            "Cairo, which depends on the Nile for almost all of its fresh water, sees the dam as "
            "an existential threat and has demanded a binding agreement on how it is filled and "
            "operated.",
            "Talks between the three countries, mediated by the African Union and earlier by the "
            "US Treasury, have repeatedly collapsed.",
            "In 2020 Donald Trump, then the US president, said Egypt might end up 'blowing up' "
            "the dam, remarks Addis Ababa condemned as incitement.",
            "After Ethiopia completed the fourth filling of the reservoir in 2023, Egypt "
            "declared the negotiations over.",
            "Egypt has since signed a defence pact with Somalia, whose relations with Addis "
            "Ababa soured over Ethiopia's port deal with the breakaway region of Somaliland, and "
            "pledged to send troops there.",
            "Sudan, consumed since 2023 by its own civil war, has largely dropped out of the "
            "dispute.",
        ],
    ),
    (
        "h11",
        "wire (Reuters)",
        "Thailand-Cambodia border war (2025)",
        "2025-07-28",
        [
            "PUTRAJAYA, Malaysia (Reuters) - Thailand and Cambodia agreed to an immediate and "
            "unconditional ceasefire on Monday after talks hosted by Malaysian Prime Minister "
            "Anwar Ibrahim, ending five days of the deadliest fighting between the neighbours "
            "in more than a decade.",
            "Cambodian Prime Minister Hun Manet said the talks had gone 'very well', while "
            "Thailand's acting prime minister, Phumtham Wechayachai, said Bangkok would judge "
            "Cambodia by its actions.",
            "US President Donald Trump had earlier threatened both countries with higher "
            "tariffs if the fighting continued, and Chinese envoys also attended the meeting.",
            "The clashes erupted on July 24 after a landmine wounded five Thai soldiers, and "
            "Thailand responded with air strikes on Cambodian military targets.",
            "Phnom Penh accused Thai forces of using cluster munitions, while Bangkok said "
            "Cambodian troops had fired rockets at civilian areas in Surin province.",
            "Malaysia, which chairs the Association of Southeast Asian Nations (ASEAN), said it "
            "would send observers to monitor the truce along the border.",
            "Both armies reported sporadic gunfire on Tuesday morning, but commanders from the "
            "two sides met later in the day and agreed to halt troop movements.",
        ],
    ),
    (
        "h12",
        "encyclopedia",
        "Sri Lanka and the LTTE",
        "2022",
        [
            "The Sri Lankan Civil War was fought from 1983 to 2009 between the government of Sri "
            "Lanka and the Liberation Tigers of Tamil Eelam (LTTE), a militant organisation that "
            "sought an independent Tamil state in the north and east of the island.",
            "India intervened in 1987 under an accord with Colombo, deploying a peacekeeping "
            "force that soon found itself fighting the Tigers; it withdrew in 1990.",
            "In 1991 a suicide bomber from the LTTE assassinated former Indian prime minister "
            "Rajiv Gandhi, and India banned the group the following year.",
            "A Norwegian-brokered ceasefire between the government and the Tigers, signed in "
            "2002, led to six rounds of peace talks, but the process collapsed after the LTTE "
            "pulled out of negotiations in 2003.",
            "President Mahinda Rajapaksa, elected in 2005, ordered a final offensive against the "
            "rebels, and government forces captured their last stronghold in May 2009.",
            "LTTE leader Velupillai Prabhakaran was killed in the fighting.",
            "The United States, the European Union and India had all designated the LTTE a "
            "terrorist organisation, and Western governments later pressed Colombo to "
            "investigate alleged war crimes by both sides.",
        ],
    ),
    (
        "h13",
        "newspaper",
        "The PKK's disarmament (2025)",
        "2025-07-11",
        [
            "ISTANBUL — Some 30 fighters of the Kurdistan Workers' Party (PKK) burned their "
            "weapons at a ceremony in northern Iraq on Friday, the first concrete step in the "
            "group's disarmament after four decades of insurgency against the Turkish state.",
            "The PKK announced in May that it would dissolve itself, heeding a call by its "
            "jailed founder, Abdullah Öcalan, who has been held on an island prison near "
            "Istanbul since 1999.",
            "President Recep Tayyip Erdogan, whose government tried and failed to negotiate with "
            "the group between 2013 and 2015, called the ceremony 'a new page' for Turkey.",
            "Turkey, the United States and the European Union all list the PKK as a terrorist "
            "organisation.",
            "The process has been championed by Devlet Bahçeli, leader of the Nationalist "
            "Movement Party (MHP) and Erdogan's main ally, and supported by the pro-Kurdish DEM "
            "Party, which has acted as a go-between with Öcalan.",
            "In Syria, however, the Kurdish-led Syrian Democratic Forces (SDF), which Ankara "
            "regards as the PKK's Syrian branch, said the decision did not apply to them.",
            "Turkish drones struck SDF positions near Kobani as recently as last year.",
        ],
    ),
    (
        "h14",
        "government statement",
        "The Aceh peace (2005)",
        "2005-09-12",
        [
            "The Council of the European Union welcomes the signature in Helsinki on 15 August "
            "2005 of the Memorandum of Understanding between the Government of Indonesia and the "
            "Free Aceh Movement (GAM).",
            "The Council pays tribute to former Finnish President Martti Ahtisaari and the "
            "Crisis Management Initiative for their facilitation of the talks between the two "
            "parties, and to the Government of Finland for its support.",
            "At the invitation of the Government of Indonesia and with the agreement of GAM, the "
            "European Union, together with five contributing countries of ASEAN, will deploy the "
            "Aceh Monitoring Mission (AMM) from 15 September.",
            "The mission will monitor the decommissioning of GAM's weapons and the relocation of "
            "non-organic Indonesian military and police forces from Aceh.",
            "The Council notes that GAM has renounced its demand for independence and that the "
            "Government of Indonesia has undertaken to grant an amnesty to all GAM members.",
            "It calls on both parties to implement the Memorandum in full and in good faith.",
            "The European Union stands ready to support the reintegration of former combatants "
            "and the holding of local elections in Aceh.",
        ],
    ),
    (
        "h15",
        "wire (AFP)",
        "Hamas, Fatah and the Beijing declaration (2024)",
        "2024-07-23",
        [
            "BEIJING (AFP) - Rival Palestinian factions Hamas and Fatah signed a declaration in "
            "Beijing on Tuesday pledging to work together on a post-war government for Gaza, "
            "China's foreign minister said.",
            "The 'Beijing declaration', also signed by 12 smaller groups including Palestinian "
            "Islamic Jihad, followed three days of talks hosted by Chinese Foreign Minister Wang "
            "Yi.",
            "Hamas and Fatah have been at odds since 2007, when Hamas fighters drove forces loyal "
            "to President Mahmoud Abbas out of Gaza after a brief civil war.",
            "Abbas, who heads both Fatah and the Palestinian Authority, did not attend the "
            "ceremony.",
            "Israel dismissed the agreement, and its foreign minister, Israel Katz, accused "
            "Abbas of 'embracing the murderers and rapists of Hamas'.",
            "Washington, which has urged the Palestinian Authority to take over Gaza after the "
            "war, said it had not yet studied the text.",
            "Previous reconciliation deals brokered by Egypt in 2011 and 2017 were never "
            "implemented.",
        ],
    ),
]

GOLD_TEXT = """
h01 1 rsf fights saf asserted
h01 2 abdel_fattah_al_burhan leads saf asserted
h01 2 abdel_fattah_al_burhan leads sudan asserted
h01 2 abdel_fattah_al_burhan fights hemedti asserted
h01 2 hemedti leads rsf asserted
h01 2 hemedti member_of sudan asserted
h01 3 abdel_fattah_al_burhan opposes hemedti asserted
h01 3 hemedti opposes abdel_fattah_al_burhan asserted
h01 3 rsf merged_into saf planned
h01 4 abdel_fattah_al_burhan threatens rsf asserted
h01 4 abdel_fattah_al_burhan attacks rsf planned
h01 5 rsf opposes saf asserted
h01 5 saf attacks rsf reported rsf
h01 5 saf rejects rsf asserted
h01 5 saf attacks rsf denied
h01 6 egypt linked_to abdel_fattah_al_burhan asserted
h01 6 african_union consults sudan planned
h01 7 chad borders sudan asserted
h01 7 chad coerces sudan reported chad
h02 1 rsf consults saf asserted
h02 1 rsf consults saudi_arabia asserted
h02 1 saf consults saudi_arabia asserted
h02 1 rsf consults united_states asserted
h02 1 saf consults united_states asserted
h02 1 rsf agrees_with saf asserted
h02 1 saf agrees_with rsf asserted
h02 2 rsf opposes saf asserted
h02 2 saf opposes rsf asserted
h02 2 rsf attacks saf reported saf
h02 2 saf attacks rsf reported rsf
h02 3 saf reduces_relations rsf asserted
h02 3 rsf consults saf ended
h02 4 uae arms rsf reported united_nations
h02 5 uae arms rsf denied
h02 5 uae arms saf denied
h02 6 saf courts iran asserted
h02 6 saf courts russia asserted
h02 6 iran arms saf asserted
h02 6 russia consults saf asserted
h02 7 egypt backs saf asserted
h02 7 saf favours egypt asserted
h02 7 rsf rejects egypt asserted
h02 8 united_states demands uae hypothetical
h02 8 united_states demands egypt hypothetical
h03 1 saudi_arabia backs abdrabbuh_mansur_hadi asserted
h03 2 ali_abdullah_saleh allied_with houthis asserted
h03 3 united_states backs saudi_arabia asserted
h03 3 united_kingdom backs saudi_arabia asserted
h03 4 saudi_arabia opposes iran asserted
h03 4 iran arms houthis reported saudi_arabia
h03 4 iran rejects saudi_arabia asserted
h03 4 iran arms houthis denied
h03 5 saudi_arabia reduces_relations qatar asserted
h03 6 ali_abdullah_saleh allied_with houthis ended
h03 6 ali_abdullah_saleh reduces_relations houthis asserted
h03 6 houthis attacks ali_abdullah_saleh asserted
h03 7 iran backs houthis reported united_nations
h03 7 united_nations opposes iran asserted
h04 1 uae backs stc asserted
h04 1 abdrabbuh_mansur_hadi fights stc asserted
h04 2 abdrabbuh_mansur_hadi allied_with stc asserted
h04 2 houthis fights saudi_arabia asserted
h04 3 abdrabbuh_mansur_hadi opposes uae asserted
h04 3 uae attacks abdrabbuh_mansur_hadi reported abdrabbuh_mansur_hadi
h04 5 abdrabbuh_mansur_hadi consults saudi_arabia asserted
h04 5 saudi_arabia consults stc asserted
h04 5 abdrabbuh_mansur_hadi consults stc asserted
h04 6 stc member_of yemen planned
h04 7 aidarous_al_zubaidi leads stc asserted
h04 7 saudi_arabia backs abdrabbuh_mansur_hadi asserted
h04 7 abdrabbuh_mansur_hadi rejects aidarous_al_zubaidi asserted
h05 1 hamas agrees_with israel asserted
h05 1 israel agrees_with hamas asserted
h05 1 hamas consults qatar reported qatar
h05 1 israel consults qatar reported qatar
h05 1 egypt consults hamas reported qatar
h05 1 egypt consults israel reported qatar
h05 1 hamas consults united_states reported qatar
h05 1 israel consults united_states reported qatar
h05 2 hamas yields_to israel planned
h05 2 israel yields_to hamas planned
h05 3 benjamin_netanyahu leads israel asserted
h05 3 hamas fights israel planned
h05 4 joe_biden leads united_states asserted
h05 4 joe_biden favours qatar asserted
h05 4 joe_biden favours abdel_fattah_el_sisi asserted
h05 4 abdel_fattah_el_sisi leads egypt asserted
h05 5 hamas yields_to israel hypothetical
h05 5 israel yields_to hamas hypothetical
h05 6 pij agrees_with israel reported egypt
h05 7 hamas allied_with hezbollah asserted
h05 7 hezbollah attacks israel asserted
h05 7 hezbollah yields_to israel planned
h06 1 kenya rejects icj asserted
h06 1 kenya opposes icj asserted
h06 2 kenya borders somalia asserted
h06 3 kenya consults somalia ended
h06 3 somalia favours icj asserted
h06 4 icj rejects kenya reported kenya
h06 5 al_shabaab fights kenya asserted
h06 5 kenya member_of african_union asserted
h06 6 somalia reduces_relations kenya asserted
h06 6 somalia opposes kenya asserted
h06 6 somalia favours kenya asserted
h07 2 drc cooperates_with uganda asserted
h07 2 drc attacks adf asserted
h07 2 uganda attacks adf asserted
h07 4 felix_tshisekedi courts uganda asserted
h07 4 felix_tshisekedi agrees_with yoweri_museveni asserted
h07 4 yoweri_museveni leads uganda asserted
h07 5 adf member_of islamic_state asserted
h07 7 united_nations backs drc asserted
h08 1 chad fights sudan ended
h08 2 chad opposes sudan asserted
h08 2 sudan arms fuc reported chad
h08 3 sudan opposes idriss_deby asserted
h08 3 idriss_deby backs jem reported sudan
h08 3 khalil_ibrahim leads jem asserted
h08 3 khalil_ibrahim allied_with omar_al_bashir ended
h08 4 sudan reduces_relations chad asserted
h08 5 chad agrees_with sudan asserted
h08 5 sudan agrees_with chad asserted
h08 5 chad consults libya asserted
h08 5 libya consults sudan asserted
h08 5 chad consults senegal asserted
h08 5 senegal consults sudan asserted
h08 5 chad consults qatar asserted
h08 5 qatar consults sudan asserted
h08 5 idriss_deby consults sudan asserted
h08 6 chad cooperates_with sudan planned
h08 7 chad backs jem ended
h09 1 guyana agrees_with venezuela asserted
h09 1 venezuela agrees_with guyana asserted
h09 1 guyana threatens venezuela denied
h09 1 venezuela threatens guyana denied
h09 1 guyana attacks venezuela denied
h09 1 venezuela attacks guyana denied
h09 1 guyana opposes venezuela asserted
h09 1 venezuela opposes guyana asserted
h09 2 nicolas_maduro leads venezuela asserted
h09 2 irfaan_ali leads guyana asserted
h09 2 irfaan_ali consults nicolas_maduro asserted
h09 2 irfaan_ali consults saint_vincent asserted
h09 2 nicolas_maduro consults saint_vincent asserted
h09 4 irfaan_ali opposes venezuela asserted
h09 4 venezuela threatens guyana reported irfaan_ali
h09 4 irfaan_ali courts united_states asserted
h09 4 guyana cooperates_with united_states asserted
h09 5 brazil borders guyana asserted
h09 5 brazil borders venezuela asserted
h09 5 brazil warns venezuela asserted
h09 6 venezuela rejects icj asserted
h09 7 guyana consults venezuela planned
h10 1 egypt opposes ethiopia asserted
h10 1 ethiopia opposes egypt asserted
h10 1 ethiopia opposes sudan asserted
h10 1 sudan opposes ethiopia asserted
h10 3 egypt consults ethiopia asserted
h10 3 egypt consults sudan asserted
h10 3 ethiopia consults sudan asserted
h10 3 egypt consults ethiopia ended
h10 3 egypt consults sudan ended
h10 3 ethiopia consults sudan ended
h10 3 african_union consults egypt asserted
h10 3 african_union consults ethiopia asserted
h10 3 african_union consults sudan asserted
h10 3 egypt consults united_states asserted
h10 3 ethiopia consults united_states asserted
h10 3 sudan consults united_states asserted
h10 4 donald_trump leads united_states ended
h10 4 egypt attacks ethiopia hypothetical
h10 4 ethiopia opposes donald_trump asserted
h10 5 egypt reduces_relations ethiopia asserted
h10 6 egypt agrees_with somalia asserted
h10 6 egypt allied_with somalia asserted
h10 6 ethiopia opposes somalia asserted
h10 6 somalia opposes ethiopia asserted
h10 6 ethiopia agrees_with somaliland asserted
h10 6 somaliland splits_from somalia asserted
h10 7 sudan opposes ethiopia ended
h11 1 cambodia agrees_with thailand asserted
h11 1 thailand agrees_with cambodia asserted
h11 1 anwar_ibrahim leads malaysia asserted
h11 1 anwar_ibrahim consults cambodia asserted
h11 1 anwar_ibrahim consults thailand asserted
h11 1 cambodia consults thailand asserted
h11 1 cambodia fights thailand asserted
h11 1 cambodia fights thailand ended
h11 1 cambodia borders thailand asserted
h11 2 hun_manet leads cambodia asserted
h11 2 phumtham_wechayachai leads thailand asserted
h11 3 donald_trump leads united_states asserted
h11 3 donald_trump threatens cambodia asserted
h11 3 donald_trump threatens thailand asserted
h11 3 donald_trump sanctions cambodia hypothetical
h11 3 donald_trump sanctions thailand hypothetical
h11 4 thailand attacks cambodia asserted
h11 5 cambodia opposes thailand asserted
h11 6 malaysia leads asean asserted
h11 7 cambodia yields_to thailand planned
h11 7 thailand yields_to cambodia planned
h12 1 ltte fights sri_lanka ended
h12 2 india agrees_with sri_lanka asserted
h12 2 india fights ltte asserted
h12 3 india sanctions ltte asserted
h12 4 ltte consults norway asserted
h12 4 norway consults sri_lanka asserted
h12 4 ltte agrees_with sri_lanka asserted
h12 4 sri_lanka agrees_with ltte asserted
h12 4 ltte consults sri_lanka asserted
h12 4 ltte reduces_relations sri_lanka asserted
h12 4 ltte rejects sri_lanka asserted
h12 4 ltte consults sri_lanka ended
h12 5 mahinda_rajapaksa attacks ltte asserted
h12 6 velupillai_prabhakaran leads ltte asserted
h12 7 united_states designates_terrorist ltte asserted
h12 7 european_union designates_terrorist ltte asserted
h12 7 india designates_terrorist ltte asserted
h13 1 pkk fights turkey asserted
h13 1 pkk yields_to turkey asserted
h13 3 pkk consults recep_tayyip_erdogan denied
h13 4 turkey designates_terrorist pkk asserted
h13 4 united_states designates_terrorist pkk asserted
h13 4 european_union designates_terrorist pkk asserted
h13 5 devlet_bahceli leads mhp asserted
h13 5 devlet_bahceli allied_with recep_tayyip_erdogan asserted
h13 5 abdullah_ocalan consults dem_party asserted
h13 6 sdf member_of pkk reported turkey
h13 7 turkey attacks sdf asserted
h14 1 gam agrees_with indonesia asserted
h14 1 indonesia agrees_with gam asserted
h14 2 european_union favours martti_ahtisaari asserted
h14 2 european_union favours cmi asserted
h14 2 european_union favours finland asserted
h14 2 cmi consults gam asserted
h14 2 cmi consults indonesia asserted
h14 2 gam consults martti_ahtisaari asserted
h14 2 indonesia consults martti_ahtisaari asserted
h14 2 gam consults indonesia asserted
h14 2 martti_ahtisaari leads finland ended
h14 3 indonesia courts european_union asserted
h14 3 gam agrees_with european_union asserted
h14 4 gam yields_to indonesia planned
h14 5 gam concedes_to indonesia asserted
h14 5 indonesia yields_to gam planned
h14 6 european_union appeals_to gam asserted
h14 6 european_union appeals_to indonesia asserted
h15 1 fatah opposes hamas asserted
h15 1 hamas opposes fatah asserted
h15 1 fatah agrees_with hamas asserted
h15 1 hamas agrees_with fatah asserted
h15 1 fatah cooperates_with hamas planned
h15 2 wang_yi member_of china asserted
h15 2 pij agrees_with hamas asserted
h15 2 hamas agrees_with pij asserted
h15 2 pij agrees_with fatah asserted
h15 2 fatah agrees_with pij asserted
h15 3 hamas attacks mahmoud_abbas asserted
h15 4 mahmoud_abbas leads fatah asserted
h15 4 mahmoud_abbas leads palestinian_authority asserted
h15 5 israel rejects hamas asserted
h15 5 israel rejects fatah asserted
h15 5 israel opposes mahmoud_abbas asserted
h15 5 mahmoud_abbas favours hamas reported israel
h15 5 israel opposes hamas asserted
h15 6 united_states appeals_to palestinian_authority asserted
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
