# ruff: noqa: E501 (rows of expected triples read best on one line)
"""Sentences written for the precision audit of issue 16, round 19 (BASELINE.md): each is
built to tempt the extractor into a wrong triple (a relative clause or apposition about a
third actor, a shared predicate, a contrast, an act reported by a third party, mediation,
speech about others, a list of participants, historical background, a place or
institution named like an actor, a demonym of a person or company, a sports or economy
sense of a trigger word, a number or date that looks like an actor, and the development
documents' own wrong classes), in news, wire, think-tank and encyclopedia styles, on
actors and conflicts the development texts hardly touch.

Expected rows by hand from tests/text/data/ANNOTATION.md, written before the extractor
ran on them: ``source relation target`` with symmetric types once, smaller id first;
``:reported`` for a reported reading, ``:not`` for a denied, ended, planned or
hypothetical one, ``:any`` where the rules leave the status open; a leading ``?`` marks a
row the rules leave open (neither required nor counted wrong)."""

from __future__ import annotations

import pandas as pd

ACTORS = pd.DataFrame(
    [
        ("armenia", "Armenia", "state", "Yerevan", "ARM"),
        ("azerbaijan", "Azerbaijan", "state", "Baku", "AZE"),
        ("russia", "Russia", "state", "Moscow", "RUS"),
        ("turkey", "Turkey", "state", "Ankara;Türkiye", "TUR"),
        ("iran", "Iran", "state", "Tehran", "IRN"),
        ("israel", "Israel", "state", "", "ISR"),
        ("lebanon", "Lebanon", "state", "Beirut", "LBN"),
        ("hezbollah", "Hezbollah", "armed_group", "", "LBN"),
        ("hamas", "Hamas", "armed_group", "", "PSE"),
        ("houthis", "Houthis", "armed_group", "Ansar Allah", "YEM"),
        ("yemen", "Yemen", "state", "Sanaa", "YEM"),
        ("egypt", "Egypt", "state", "Cairo", "EGY"),
        ("qatar", "Qatar", "state", "Doha", "QAT"),
        ("saudi_arabia", "Saudi Arabia", "state", "Riyadh", "SAU"),
        ("united_states", "United States", "state", "US;U.S.;Washington", "USA"),
        ("european_union", "European Union", "international_organisation", "EU", ""),
        ("united_nations", "United Nations", "international_organisation", "UN", ""),
        ("african_union", "African Union", "international_organisation", "AU", ""),
        ("nato", "NATO", "international_organisation", "", ""),
        ("india", "India", "state", "New Delhi", "IND"),
        ("pakistan", "Pakistan", "state", "Islamabad", "PAK"),
        ("china", "China", "state", "Beijing", "CHN"),
        ("lashkar", "Lashkar-e-Taiba", "armed_group", "LeT", "PAK"),
        ("colombia", "Colombia", "state", "Bogota", "COL"),
        ("eln", "ELN", "armed_group", "National Liberation Army", "COL"),
        ("farc", "FARC", "armed_group", "", "COL"),
        ("venezuela", "Venezuela", "state", "Caracas", "VEN"),
        ("ukraine", "Ukraine", "state", "Kyiv", "UKR"),
        ("georgia", "Georgia", "state", "Tbilisi", "GEO"),
        ("ethiopia", "Ethiopia", "state", "Addis Ababa", "ETH"),
        ("eritrea", "Eritrea", "state", "Asmara", "ERI"),
        ("tplf", "TPLF", "armed_group", "Tigray People's Liberation Front", "ETH"),
        ("serbia", "Serbia", "state", "Belgrade", "SRB"),
        ("kosovo", "Kosovo", "state", "Pristina", "XKX"),
        ("greece", "Greece", "state", "Athens", "GRC"),
        ("cyprus", "Cyprus", "state", "Nicosia", "CYP"),
        ("pkk", "PKK", "armed_group", "Kurdistan Workers' Party", "TUR"),
        ("sdf", "SDF", "armed_group", "Syrian Democratic Forces", "SYR"),
        ("syria", "Syria", "state", "Damascus", "SYR"),
        ("iraq", "Iraq", "state", "Baghdad", "IRQ"),
        ("mali", "Mali", "state", "Bamako", "MLI"),
        ("france", "France", "state", "Paris", "FRA"),
        ("wagner", "Wagner Group", "armed_group", "Wagner", "RUS"),
        ("nigeria", "Nigeria", "state", "Abuja", "NGA"),
        ("boko_haram", "Boko Haram", "armed_group", "", "NGA"),
        ("nikol_pashinyan", "Nikol Pashinyan", "person", "Pashinyan", "ARM"),
    ],
    columns=["id", "name", "kind", "aliases", "country"],
)

# (class, text, expected rows separated by ";")
CASES: list[tuple[str, str, str]] = [
    # relative clauses and appositions about a third actor
    (
        "relative",
        "Hezbollah, which fought Israel in 2006, signed a deal with Lebanon.",
        "hezbollah fights israel; hezbollah agrees_with lebanon",
    ),
    (
        "relative",
        "Armenia, whose forces clashed with Azerbaijan in 2020, held talks with Russia.",
        "armenia fights azerbaijan; armenia consults russia",
    ),
    (
        "relative",
        "The ELN, which Colombia accuses of kidnappings, met Venezuelan officials in Caracas.",
        "colombia opposes eln; eln consults venezuela",
    ),
    (
        "relative",
        "Turkey, a NATO member, attacked the PKK in northern Iraq.",
        "turkey member_of nato; turkey attacks pkk",
    ),
    (
        "relative",
        "Eritrea, which fought Ethiopia from 1998 to 2000, later backed the TPLF's enemies.",
        "eritrea fights ethiopia:any",
    ),
    (
        "relative",
        "Serbia, backed by Russia, rejected Kosovo's application to the Council of Europe.",
        "russia backs serbia; serbia rejects kosovo",
    ),
    (
        "relative",
        "Pakistan, which India blames for the attack, denied backing Lashkar-e-Taiba.",
        "india opposes pakistan; pakistan backs lashkar:not",
    ),
    (
        "relative",
        "The SDF, which fought alongside US troops, was shelled by Turkey on Monday.",
        "sdf cooperates_with united_states; turkey attacks sdf",
    ),
    (
        "relative",
        "Wagner, whose fighters arrived in Mali in 2021, is led by a Russian businessman.",
        "",
    ),
    (
        "relative",
        "Boko Haram, which has also fought Chadian troops, attacked Nigeria's army in Borno.",
        "boko_haram attacks nigeria",
    ),
    # shared predicates
    (
        "shared",
        "Hezbollah and Hamas, both backed by Iran, condemned Israel.",
        "iran backs hezbollah; iran backs hamas; hezbollah opposes israel; hamas opposes israel",
    ),
    (
        "shared",
        "Armenia and Azerbaijan, both former Soviet republics, signed a peace deal.",
        "armenia agrees_with azerbaijan; azerbaijan agrees_with armenia",
    ),
    (
        "shared",
        "Greece and Cyprus, both members of the EU, protested to Turkey.",
        "greece member_of european_union; cyprus member_of european_union; greece opposes turkey; cyprus opposes turkey",
    ),
    (
        "shared",
        "India and Pakistan, both nuclear powers, fought a short war in 1999.",
        "india fights pakistan",
    ),
    (
        "shared",
        "Qatar and Egypt, the two mediators, met Hamas officials in Doha.",
        "hamas consults qatar; egypt consults hamas",
    ),
    (
        "shared",
        "France and Russia both backed Mali's government at different times.",
        "france backs mali; russia backs mali",
    ),
    (
        "shared",
        "Serbia and Kosovo both rejected the EU's latest proposal.",
        "serbia rejects european_union; kosovo rejects european_union",
    ),
    (
        "shared",
        "The ELN and the FARC, both at war with Colombia, signed a pact.",
        "colombia fights eln; colombia fights farc; eln agrees_with farc; farc agrees_with eln",
    ),
    (
        "shared",
        "Egypt and Saudi Arabia, both wary of Iran, backed the truce.",
        "?egypt opposes iran; ?saudi_arabia opposes iran",
    ),
    # comparisons and contrasts
    ("contrast", "Unlike Iran, Qatar did not arm Hamas.", "qatar arms hamas:not"),
    ("contrast", "Unlike Turkey, Greece has not recognised Kosovo.", "greece rejects kosovo"),
    ("contrast", "Egypt, unlike Qatar, has condemned Hamas.", "egypt opposes hamas"),
    (
        "contrast",
        "Whereas India attacked Pakistan, China stayed neutral.",
        "india attacks pakistan",
    ),
    (
        "contrast",
        "Rather than fight the ELN, Colombia opened talks with the group.",
        "colombia consults eln; ?colombia fights eln",
    ),
    (
        "contrast",
        "In contrast to Armenia, Azerbaijan rejected Russian peacekeepers.",
        "azerbaijan rejects russia",
    ),
    ("contrast", "Unlike the PKK, the SDF has not attacked Turkey.", "sdf attacks turkey:not"),
    (
        "contrast",
        "While Russia armed Armenia, Turkey armed Azerbaijan.",
        "russia arms armenia; turkey arms azerbaijan",
    ),
    (
        "contrast",
        "Ethiopia, not Eritrea, attacked the TPLF first.",
        "ethiopia attacks tplf; ?eritrea attacks tplf",
    ),
    # an act reported by a third party
    (
        "third_party",
        "Israel's strike on Hezbollah was condemned by France.",
        "israel attacks hezbollah; france opposes israel",
    ),
    (
        "third_party",
        "Azerbaijan's offensive against Armenia drew sharp criticism from the EU.",
        "azerbaijan attacks armenia; european_union opposes azerbaijan",
    ),
    (
        "third_party",
        "The United States condemned Russia's invasion of Ukraine.",
        "russia attacks ukraine; united_states opposes russia",
    ),
    (
        "third_party",
        "Turkey's shelling of the SDF was denounced by the United States.",
        "turkey attacks sdf; united_states opposes turkey",
    ),
    (
        "third_party",
        "Russia's support for Armenia was criticised by Azerbaijan.",
        "russia backs armenia; azerbaijan opposes russia",
    ),
    (
        "third_party",
        "Iran's arming of the Houthis was condemned by Saudi Arabia.",
        "iran arms houthis; saudi_arabia opposes iran",
    ),
    (
        "third_party",
        "NATO's bombing of Serbia in 1999 was condemned by Russia and China.",
        "nato attacks serbia; russia opposes nato; china opposes nato",
    ),
    (
        "third_party",
        "The attack by Boko Haram on Nigerian troops was condemned by the African Union.",
        "boko_haram attacks nigeria; african_union opposes boko_haram",
    ),
    (
        "third_party",
        "China criticised India's strikes on Pakistan.",
        "india attacks pakistan; china opposes india",
    ),
    (
        "third_party",
        "Egypt welcomed Qatar's mediation between Israel and Hamas.",
        "israel consults qatar; hamas consults qatar; ?egypt favours qatar",
    ),
    # mediation
    (
        "mediation",
        "Talks between Armenia and Azerbaijan mediated by Russia ended without a deal.",
        "armenia consults azerbaijan; armenia consults russia; azerbaijan consults russia; ?armenia agrees_with azerbaijan; ?azerbaijan agrees_with armenia",
    ),
    (
        "mediation",
        "Qatar brokered a truce between Israel and Hamas.",
        "israel consults qatar; hamas consults qatar; israel agrees_with hamas; hamas agrees_with israel",
    ),
    (
        "mediation",
        "Venezuela hosted talks between Colombia and the ELN.",
        "colombia consults eln; colombia consults venezuela; eln consults venezuela",
    ),
    (
        "mediation",
        "The African Union mediated between Ethiopia and the TPLF.",
        "african_union consults ethiopia; african_union consults tplf; ?ethiopia consults tplf",
    ),
    (
        "mediation",
        "Turkey offered to mediate between Russia and Ukraine.",
        "russia consults turkey:not; turkey consults ukraine:not",
    ),
    (
        "mediation",
        "Saudi Arabia and Iran restored ties in a deal brokered by China.",
        "saudi_arabia favours iran; iran favours saudi_arabia; china consults iran; china consults saudi_arabia; ?iran agrees_with saudi_arabia; ?saudi_arabia agrees_with iran",
    ),
    (
        "mediation",
        "Egypt's mediation between Israel and Hamas has stalled.",
        "egypt consults israel; egypt consults hamas",
    ),
    # quotes and speech about others
    (
        "speech",
        '"Azerbaijan attacked our border posts," Armenia\'s foreign ministry said.',
        "azerbaijan attacks armenia:reported",
    ),
    (
        "speech",
        "Russia said the United States was arming Ukraine.",
        "united_states arms ukraine:reported",
    ),
    (
        "speech",
        "Pashinyan said Armenia would never attack Azerbaijan.",
        "armenia attacks azerbaijan:not",
    ),
    (
        "speech",
        "India's foreign minister told reporters that China had built roads near the border.",
        "",
    ),
    (
        "speech",
        "Iran's president praised Hezbollah in a speech in Beirut.",
        "iran favours hezbollah",
    ),
    ("speech", "A Hamas spokesman said Israel had bombed a hospital in Gaza.", ""),
    (
        "speech",
        "Kosovo's prime minister accused Serbia of backing the gunmen.",
        "kosovo opposes serbia",
    ),
    (
        "speech",
        '"We will not let Hezbollah drag Lebanon into war," Egypt\'s foreign minister said.',
        "?hezbollah attacks lebanon",
    ),
    (
        "speech",
        "Greek officials said Turkey's drones had violated Cyprus's airspace.",
        "turkey coerces cyprus:reported; ?greece opposes turkey",
    ),
    ("speech", "Asked about Pakistan, the Chinese spokesman said Beijing backs dialogue.", ""),
    # lists of participants at a meeting or summit
    ("meeting", "Leaders of India, China and Russia attended the summit in Kazan.", ""),
    ("meeting", "The summit in Astana was attended by Russia, Turkey and Iran.", ""),
    (
        "meeting",
        "Russia, Turkey and Iran held talks on Syria in Astana.",
        "iran consults russia; iran consults turkey; russia consults turkey",
    ),
    (
        "meeting",
        "Foreign ministers from Egypt, Qatar and Saudi Arabia met in Riyadh.",
        "egypt consults qatar; egypt consults saudi_arabia; qatar consults saudi_arabia",
    ),
    (
        "meeting",
        "The EU summit in Brussels discussed new sanctions on Russia.",
        "?european_union sanctions russia",
    ),
    (
        "meeting",
        "Greece, Cyprus and Egypt signed a joint declaration in Cairo.",
        "greece agrees_with cyprus; cyprus agrees_with greece; greece agrees_with egypt; egypt agrees_with greece; cyprus agrees_with egypt; egypt agrees_with cyprus",
    ),
    (
        "meeting",
        "Delegations from Serbia and Kosovo were among the 40 at the Brussels conference.",
        "",
    ),
    (
        "meeting",
        "NATO members, including Turkey and Greece, met in Vilnius.",
        "turkey member_of nato; greece member_of nato; ?greece consults turkey",
    ),
    ("meeting", "The presidents of Azerbaijan and Russia attended a ceremony in Baku.", ""),
    ("meeting", "Greece, Turkey and Cyprus were among the states at the UN conference.", ""),
    (
        "meeting",
        "Envoys of the United States, Qatar and Egypt joined the talks in Cairo.",
        "?egypt consults qatar; ?egypt consults united_states; ?qatar consults united_states",
    ),
    # historical background
    (
        "history",
        "The 1998-2000 war between Eritrea and Ethiopia killed tens of thousands.",
        "eritrea fights ethiopia:any",
    ),
    (
        "history",
        "Since its 2008 war with Russia, Georgia has sought closer ties with NATO.",
        "georgia fights russia:any; ?georgia courts nato",
    ),
    ("history", "India and Pakistan have fought three wars since 1947.", "india fights pakistan"),
    (
        "history",
        "Decades after the 1974 invasion by Turkey, Cyprus remains divided.",
        "turkey attacks cyprus",
    ),
    (
        "history",
        "The FARC, which signed a peace deal with Colombia in 2016, later disarmed.",
        "farc agrees_with colombia",
    ),
    (
        "history",
        "Before the 2003 war, the United States accused Iraq of hiding weapons.",
        "united_states opposes iraq; ?iraq fights united_states",
    ),
    (
        "history",
        "The treaty Egypt signed with Israel in 1979 still holds.",
        "egypt agrees_with israel",
    ),
    (
        "history",
        "Armenia lost Nagorno-Karabakh to Azerbaijan in 2023.",
        "?azerbaijan attacks armenia",
    ),
    (
        "history",
        "A century after the Ottoman era, Turkey and Greece still dispute the Aegean.",
        "?greece opposes turkey; ?turkey opposes greece",
    ),
    # places and institutions named like actors
    (
        "place",
        "Clashes broke out near the Azerbaijan-Armenia border.",
        "armenia borders azerbaijan",
    ),
    ("place", "The Qatar Investment Authority bought a stake in an Egyptian bank.", ""),
    ("place", "Iran Air flights to Turkey resumed on Monday.", ""),
    ("place", "Students at the University of Cyprus protested against Turkey.", ""),
    (
        "place",
        "The Kosovo Force, a NATO-led mission, patrolled the border with Serbia.",
        "?kosovo borders serbia",
    ),
    (
        "place",
        "The Russia-Ukraine grain deal was signed in Istanbul.",
        "?russia agrees_with ukraine; ?ukraine agrees_with russia",
    ),
    ("place", "Lebanon Street in Tehran was renamed after the war.", ""),
    (
        "place",
        "The Bank of Israel cut interest rates as the war with Hamas dragged on.",
        "hamas fights israel",
    ),
    ("place", "The Turkish Airlines flight from Baku landed in Ankara.", ""),
    ("place", "The Pakistan Cricket Board criticised India's decision.", ""),
    ("place", "Georgia's Supreme Court rejected the appeal.", ""),
    # demonyms of persons and companies
    ("demonym", "A Russian businessman bought a stake in a Serbian oil company.", ""),
    ("demonym", "Iranian-born engineers helped an Indian company build the port.", ""),
    ("demonym", "Two Azerbaijani journalists were detained in Armenia.", ""),
    ("demonym", "A Turkish construction firm signed a contract with a Qatari bank.", ""),
    ("demonym", "Pakistani fans cheered India's bowlers.", ""),
    ("demonym", "A French company sold radars to an Armenian firm.", ""),
    ("demonym", "Chinese tourists visited Pakistan in record numbers.", ""),
    ("demonym", "A Greek-Cypriot shipowner sued a Turkish bank.", ""),
    ("demonym", "An Egyptian-American scholar criticised Qatar.", ""),
    ("demonym", "Russian hackers attacked Georgian websites, a security firm said.", ""),
    ("demonym", "Ukrainian refugees in Poland protested against Russia.", ""),
    # sports, culture and economy senses of trigger words
    ("sense", "India beat Pakistan in the final.", ""),
    ("sense", "Iran's exports to China fell in March.", ""),
    ("sense", "Turkey defeated Greece 3-1 in a friendly match.", ""),
    ("sense", "Azerbaijan won the match against Armenia on penalties.", ""),
    ("sense", "China's imports from Russia rose by 20 percent.", ""),
    ("sense", "Serbia eliminated Greece from the basketball tournament.", ""),
    ("sense", "Egypt hosted Saudi Arabia in a World Cup qualifier.", ""),
    ("sense", "Iran's film won the top prize at a festival in France.", ""),
    ("sense", "Russia's wheat shipments to Egypt hit a record.", ""),
    ("sense", "Pakistan's cricket team toured India for the first time in years.", ""),
    ("sense", "Nigeria attacked relentlessly but France held on to win 2-1.", ""),
    ("sense", "China's carmakers are fighting for a share of the Russian market.", ""),
    ("sense", "Qatar outbid Egypt to host the games.", ""),
    ("sense", "Colombia's coffee growers beat Venezuela's in the tasting contest.", ""),
    ("sense", "Israel's shekel gained against the dollar as Lebanon's pound fell.", ""),
    # numbers and dates that look like actors
    (
        "number",
        "In 2020, 44 days of war between Armenia and Azerbaijan ended in a truce.",
        "armenia fights azerbaijan:any; ?armenia agrees_with azerbaijan; ?azerbaijan agrees_with armenia",
    ),
    (
        "number",
        "Resolution 1701 called on Hezbollah and Israel to cease hostilities.",
        "?hezbollah yields_to israel; ?israel yields_to hezbollah",
    ),
    ("number", "The 2015 deal between Iran and six powers lifted sanctions.", ""),
    ("number", "The G20 met in New Delhi in 2023.", ""),
    ("number", "Flight MH17 was shot down over Ukraine in 2014.", ""),
    (
        "number",
        "Article 5 of the NATO treaty commits members to defend Turkey.",
        "?nato backs turkey",
    ),
    ("number", "Route 60 links Israel's north with the south.", ""),
    ("number", "In 1967, Israel seized the Golan Heights from Syria.", "?israel attacks syria"),
    # the development texts' own wrong classes, with other actors
    (
        "dev_class",
        "Yemeni forces loyal to the Houthis fired missiles at Saudi Arabia.",
        "houthis attacks saudi_arabia",
    ),
    ("dev_class", "Lebanese fighters of Hezbollah attacked Israel.", "hezbollah attacks israel"),
    ("dev_class", "Syrian rebels backed by Turkey attacked the SDF.", "?turkey attacks sdf"),
    ("dev_class", "Colombian guerrillas of the ELN bombed a pipeline.", ""),
    ("dev_class", "Kurdish militants of the PKK attacked Turkish soldiers.", "pkk attacks turkey"),
    (
        "dev_class",
        "Palestinian militants from Hamas fired rockets at Israel.",
        "hamas attacks israel",
    ),
    ("dev_class", "Nigerian jihadists of Boko Haram kidnapped schoolgirls.", ""),
    (
        "dev_class",
        "Iran, through Hezbollah, armed militias in Syria.",
        "?iran backs hezbollah; ?iran arms hezbollah",
    ),
    (
        "dev_class",
        "Armenia and Azerbaijan agreed not to escalate the conflict.",
        "armenia agrees_with azerbaijan; azerbaijan agrees_with armenia; ?armenia fights azerbaijan",
    ),
    (
        "dev_class",
        "The ELN and the FARC agreed to stop fighting each other.",
        "eln agrees_with farc; farc agrees_with eln; ?eln fights farc; ?eln yields_to farc; ?farc yields_to eln",
    ),
    ("dev_class", "The coalition includes the SDF, Iraq and the United States.", ""),
    ("dev_class", "The list of sanctioned groups includes Hezbollah, Hamas and the PKK.", ""),
    (
        "dev_class",
        "The presidents of Serbia and Kosovo attended talks hosted by the EU.",
        "european_union consults serbia; european_union consults kosovo; ?kosovo consults serbia",
    ),
    # direction across a relative clause
    (
        "relative_direction",
        "Turkey attacked the PKK, which Ankara says is backed by Syria.",
        "turkey attacks pkk; syria backs pkk:reported",
    ),
    (
        "relative_direction",
        "Qatar funded Hamas, which later attacked Israel.",
        "qatar funds hamas; hamas attacks israel",
    ),
    (
        "relative_direction",
        "Russia armed Armenia, which Azerbaijan later attacked.",
        "russia arms armenia; azerbaijan attacks armenia",
    ),
    (
        "relative_direction",
        "The United States sanctioned Wagner, the group that backs Mali's junta.",
        "united_states sanctions wagner; wagner backs mali",
    ),
    (
        "relative_direction",
        "Israel killed a Hezbollah commander who had fought in Syria.",
        "israel attacks hezbollah",
    ),
    (
        "relative_direction",
        "Ethiopia's army, helped by Eritrea, attacked the TPLF.",
        "eritrea backs ethiopia; ethiopia attacks tplf; ?eritrea attacks tplf",
    ),
    (
        "relative_direction",
        "China, Pakistan's closest ally, criticised India.",
        "china allied_with pakistan; china opposes india",
    ),
    (
        "relative_direction",
        "Lebanon's government, which includes Hezbollah, condemned Israel.",
        "hezbollah member_of lebanon; lebanon opposes israel",
    ),
    (
        "relative_direction",
        "Egypt, which borders Israel, condemned Hamas.",
        "egypt borders israel; egypt opposes hamas",
    ),
]
