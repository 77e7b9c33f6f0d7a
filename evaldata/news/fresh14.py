"""A fourteenth held-out set of invented news articles and their attributions, as strings.

Written on 2026-12-05 blind to claimx's rules (the annotator neither ran claimx nor read its
source, its tests or the other sets) and never to be used for tuning. Every article, person,
organisation, place and quotation here is invented (MIT, like the project). ``build.py --set
fresh14`` turns these into ``fresh14.jsonl`` with exact spans; the conventions are in
docs/evaldata-news.md.
"""

# ruff: noqa: E501 (article text: one paragraph a line)
from __future__ import annotations

from typing import Any

from articles import article, c, qa

ARTICLES: list[dict[str, Any]] = [
    article(
        "fresh14-pr-energy-results",
        "press-release",
        "2026-11-06",
        """
Harlow Vale Energy Reports 53% Rise in Third-Quarter Operating Profit

BRISTOL, England, November 6, 2026 /CityWire Newsroom/ -- Harlow Vale Energy plc, the independent energy supplier, today reported an operating profit of £48.2 million for the three months to September 30, up from £31.5 million a year earlier, on revenue of £612 million.

The company said the improvement reflected lower wholesale costs, a 4 percent rise in customer numbers and the first full quarter of output from its Caldmoor onshore wind farm.

“This has been a quarter of steady delivery,” said Imogen Farrow-Bell, Chief Executive Officer of Harlow Vale Energy. “Our customers are paying less than they were a year ago, and our wind portfolio is producing more than we planned for.

“We have done it without cutting a single frontline post, and we intend to keep it that way.”

Harlow Vale confirmed that full-year operating profit would be between £170 million and £185 million, and said its board would consider an interim dividend in January.

Chief Financial Officer Rohan Dasgupta said net debt had fallen to £214 million, adding that the company remained “comfortably inside” the limits set by its lenders. He cautioned that a cold winter could push wholesale prices higher again and said the company had hedged about 80 percent of its expected demand for the first quarter of 2027.

The company also announced that it had agreed to buy Tidewell Solar, a rooftop installer for schools, for an undisclosed sum. The deal is expected to close before the end of the year.

“Tidewell gives us a route into public buildings that we could not have built on our own,” Ms Farrow-Bell said.

About Harlow Vale Energy

Harlow Vale Energy plc supplies electricity and gas to 1.4 million customers in southern England and Wales.

Media contact: press@harlowvale.example
""",
        [
            c("Harlow Vale Energy", "Reports", "53% Rise in Third-Quarter Operating Profit"),
            c(
                "Harlow Vale Energy plc, the independent energy supplier",
                "reported",
                "an operating profit of £48.2 million for the three months to September 30, up from £31.5 million a year earlier, on revenue of £612 million",
            ),
            c(
                "The company",
                "said",
                "the improvement reflected lower wholesale costs, a 4 percent rise in customer numbers and the first full quarter of output from its Caldmoor onshore wind farm",
            ),
            c(
                "Imogen Farrow-Bell, Chief Executive Officer of Harlow Vale Energy",
                "said",
                [
                    "“This has been a quarter of steady delivery,”",
                    "“Our customers are paying less than they were a year ago, and our wind portfolio is producing more than we planned for.",
                    "“We have done it without cutting a single frontline post, and we intend to keep it that way.”",
                ],
            ),
            c(
                "Harlow Vale",
                "confirmed",
                "that full-year operating profit would be between £170 million and £185 million",
            ),
            c("Harlow Vale", "said", "its board would consider an interim dividend in January"),
            c(
                "Chief Financial Officer Rohan Dasgupta",
                "said",
                "net debt had fallen to £214 million",
            ),
            c(
                "Chief Financial Officer Rohan Dasgupta",
                "adding",
                "that the company remained “comfortably inside” the limits set by its lenders",
            ),
            c("He", "cautioned", "that a cold winter could push wholesale prices higher again"),
            c(
                "He",
                "said",
                "the company had hedged about 80 percent of its expected demand for the first quarter of 2027",
            ),
            c(
                "The company",
                "announced",
                "that it had agreed to buy Tidewell Solar, a rooftop installer for schools, for an undisclosed sum",
            ),
            c(None, "is expected to", ["The deal", "close before the end of the year"]),
            c(
                "Ms Farrow-Bell",
                "said",
                "“Tidewell gives us a route into public buildings that we could not have built on our own,”",
            ),
        ],
    ),
    article(
        "fresh14-pr-police-appeal",
        "press-release",
        "2026-09-14",
        """
Police appeal for witnesses after Taradale Road crash

Police are appealing for anyone who was on Taradale Road, Kōwhai Bay, on Saturday evening to come forward after a cyclist was seriously injured in a crash with a utility vehicle.

Emergency services were called to the intersection of Taradale Road and Marsden Street at about 6.40pm. The cyclist, a 52-year-old man, was taken to Kōwhai Bay Hospital in a critical condition.

Senior Sergeant Aroha Tipene of the Kōwhai Bay Serious Crash Unit said officers had spoken to several people at the scene but believed other motorists had driven past in the minutes before the crash.

"We know it was a busy evening, with a lot of people heading home from the rugby at Rangiora Park," she said. "If you were on Taradale Road between 6.15 and 6.45pm, and especially if you have dashcam footage, we want to hear from you, even if you don't think you saw anything important."

Police also asked anyone who saw a dark-coloured hatchback travelling at speed towards the town centre shortly before 6.40pm to get in touch.

Senior Sergeant Tipene said investigators had not yet established whether the hatchback was connected to the crash. She said the driver of the ute had stopped at the scene and was assisting police, and that no one had been arrested.

The road was closed for five hours while the Serious Crash Unit examined the scene. Police thanked residents and motorists for their patience.

The cyclist's family have been informed.

Witnesses are urged to call 0800 474 111 or to make a report online at police.example/report, quoting file number 260913/4471. Information can also be given anonymously through the independent Safe Street line on 0800 272 272.

ENDS

Issued by the Kōwhai Bay District Police media team.
""",
        [
            c("Police", "appeal for", "witnesses"),
            c(
                "Police",
                "are appealing for",
                "anyone who was on Taradale Road, Kōwhai Bay, on Saturday evening to come forward",
            ),
            c(
                "Senior Sergeant Aroha Tipene of the Kōwhai Bay Serious Crash Unit",
                "said",
                "officers had spoken to several people at the scene but believed other motorists had driven past in the minutes before the crash",
            ),
            c(
                "she",
                "said",
                [
                    '"We know it was a busy evening, with a lot of people heading home from the rugby at Rangiora Park,"',
                    '''"If you were on Taradale Road between 6.15 and 6.45pm, and especially if you have dashcam footage, we want to hear from you, even if you don't think you saw anything important."''',
                ],
            ),
            c(
                "Police",
                "asked",
                "anyone who saw a dark-coloured hatchback travelling at speed towards the town centre shortly before 6.40pm to get in touch",
            ),
            c(
                "Senior Sergeant Tipene",
                "said",
                "investigators had not yet established whether the hatchback was connected to the crash",
            ),
            c(
                "She",
                "said",
                "the driver of the ute had stopped at the scene and was assisting police, and that no one had been arrested",
            ),
            c(
                None,
                "are urged",
                [
                    "Witnesses",
                    "to call 0800 474 111 or to make a report online at police.example/report, quoting file number 260913/4471",
                ],
            ),
        ],
    ),
    article(
        "fresh14-live-byelection",
        "live-blog",
        "2026-10-16",
        """
Kilbrannan West by-election: live from the count

Live from the count at the Ardmhor Sports Centre. All times are BST.

03:52 Baird has conceded. "We ran a good campaign and we came up short," he told us at the back of the hall. "I'll be back, and so will the Caledonian Party."

03:47 In her victory speech Lennie said the result was "a message to Holyrood that Kilbrannan will not be taken for granted". She thanked her opponents and said she would hold her first constituency surgery in Portnahaven on Monday.

03:41 It's over. The returning officer, Fiona Drummond, has declared Morag Lennie of the Scottish Democrats the winner with 11,482 votes, a majority of 2,209 over the Caledonian Party's Euan Baird.

02:58 Turnout was 38.6 percent, Drummond has announced, down from 61 percent at the general election.

02:30 Caledonian Party sources are already briefing that the result is "disappointing but not a disaster". One senior figure, who asked not to be named, told our reporter that a recount had been discussed and ruled out.

02:05 The count is said to be running about an hour behind schedule after a delay with ballot boxes from Rona and the outer islands. The ferry carrying them was held at Kennacraig by high winds, according to the council.

01:15 Early bundles suggest the two front-runners are neck and neck, with the Greens a distant third. Council staff have asked campaigners to stay behind the barriers at the counting tables after a brief argument over a disputed ballot.

00:20 Hello and welcome. Polls closed at 10pm in a by-election triggered by the resignation of the sitting MSP, Douglas Harkness, who stepped down in August citing ill health. Party strategists have told us to expect a result at around 3am.
""",
        [
            c(
                "he",
                "told",
                [
                    '"We ran a good campaign and we came up short,"',
                    '''"I'll be back, and so will the Caledonian Party."''',
                ],
            ),
            c(
                "Lennie",
                "said",
                'the result was "a message to Holyrood that Kilbrannan will not be taken for granted"',
            ),
            c(
                "She",
                "said",
                "she would hold her first constituency surgery in Portnahaven on Monday",
            ),
            c(
                "The returning officer, Fiona Drummond",
                "has declared",
                "Morag Lennie of the Scottish Democrats the winner with 11,482 votes, a majority of 2,209 over the Caledonian Party's Euan Baird",
            ),
            c(
                "Drummond",
                "has announced",
                ["Turnout was 38.6 percent", "down from 61 percent at the general election"],
            ),
            c(
                "Caledonian Party sources",
                "briefing",
                'that the result is "disappointing but not a disaster"',
            ),
            c(
                "One senior figure, who asked not to be named",
                "told",
                "that a recount had been discussed and ruled out",
            ),
            c(
                None,
                "is said to",
                [
                    "The count",
                    "be running about an hour behind schedule after a delay with ballot boxes from Rona and the outer islands",
                ],
            ),
            c(
                "the council",
                "according to",
                "The ferry carrying them was held at Kennacraig by high winds",
            ),
            c(
                "Early bundles",
                "suggest",
                "the two front-runners are neck and neck, with the Greens a distant third",
            ),
            c(
                "Council staff",
                "have asked",
                "campaigners to stay behind the barriers at the counting tables",
            ),
            c("Party strategists", "have told", "us to expect a result at around 3am"),
        ],
    ),
    article(
        "fresh14-live-floods",
        "live-blog",
        "2026-02-17",
        """
Port Ellery floods: live updates as the Mthondo River bursts its banks

Follow our live coverage of the flooding in Port Ellery and the surrounding district. All times are SAST.

16:20 The provincial disaster management centre says 1,340 people have now been moved to temporary shelters in halls and schools, up from about 900 at lunchtime. Spokesperson Nomvula Dlamini told us the figure was likely to rise overnight.

15:55 Mayor Sipho Mabandla has urged residents of the low-lying Riverside and Ekuphumuleni areas to leave now rather than wait for a knock on the door. “Do not go back for your furniture. Furniture can be replaced,” he said in a video posted on the municipality’s social media pages.

15:10 Two people are reported to have been swept away while trying to cross a low-water bridge near Mgwali. Police have not confirmed this.

14:30 The weather service has extended its red-level warning for disruptive rain to Thursday morning. Forecaster Pieter van Wyk said a further 80mm to 120mm could fall over the catchment before the system moves offshore.

13:45 The municipality’s electricity department says about 6,000 households are without power after substations in Riverside were switched off as a precaution.

12:50 A reader, Thandeka, wrote to us from Ekuphumuleni: “The water came up to our knees in twenty minutes. My neighbours are on their roof with their children and nobody has come yet.”

12:15 Schools in the district will stay closed on Wednesday, the provincial education department has said. Parents have been asked to keep children away from rivers and stormwater drains.

11:30 Good morning. Heavy rain has fallen across Port Ellery since Sunday night. By breakfast the Mthondo River was flowing at its highest level since the 1987 floods, according to readings from the water department’s gauge at Nqweba Bridge.
""",
        [
            c(
                "The provincial disaster management centre",
                "says",
                "1,340 people have now been moved to temporary shelters in halls and schools, up from about 900 at lunchtime",
            ),
            c("Spokesperson Nomvula Dlamini", "told", "the figure was likely to rise overnight"),
            c(
                "Mayor Sipho Mabandla",
                "has urged",
                "residents of the low-lying Riverside and Ekuphumuleni areas to leave now rather than wait for a knock on the door",
            ),
            c("he", "said", "“Do not go back for your furniture. Furniture can be replaced,”"),
            c(
                None,
                "are reported to",
                [
                    "Two people",
                    "have been swept away while trying to cross a low-water bridge near Mgwali",
                ],
            ),
            c(
                "Forecaster Pieter van Wyk",
                "said",
                "a further 80mm to 120mm could fall over the catchment before the system moves offshore",
            ),
            c(
                "The municipality’s electricity department",
                "says",
                "about 6,000 households are without power after substations in Riverside were switched off as a precaution",
            ),
            c(
                "A reader, Thandeka",
                "wrote",
                "“The water came up to our knees in twenty minutes. My neighbours are on their roof with their children and nobody has come yet.”",
            ),
            c(
                "the provincial education department",
                "has said",
                "Schools in the district will stay closed on Wednesday",
            ),
            c(
                None,
                "have been asked",
                ["Parents", "to keep children away from rivers and stormwater drains"],
            ),
            c(
                "readings from the water department’s gauge at Nqweba Bridge",
                "according to",
                "By breakfast the Mthondo River was flowing at its highest level since the 1987 floods",
            ),
        ],
    ),
    article(
        "fresh14-interview-fisherfolk",
        "interview",
        "2026-08-03",
        """
“We are not against progress”: Fisherfolk leader Teresita Manalo on the Pasigan Bay reclamation

Teresita Manalo, 58, has chaired the Pasigan Bay Small Fishers’ Cooperative in Hinalungan for eleven years. Since the provincial government approved a 140-hectare reclamation project off Barangay Dalisay in March, her members say their catch has fallen by half. The developer, Meridian Coastlands Inc., said last month that the project complied with every condition of its environmental permit. Manalo spoke to Joel Valdez.

Valdez: How has the past year been for your members?

Manalo: Hard. Before the dredging started, a family with one banca could bring in fifteen, twenty kilos on a good night. Now many come home with three or four. I have told the governor this in person, twice.

Valdez: Meridian says its own studies found no lasting harm to fish stocks. Do you accept that?

Manalo: They did their studies in the dry season, when the water is clear. Come in August and look at the silt. Our divers have photographed the seagrass beds near Dalisay, and they are brown now. We sent those photographs to the environment office in June and we are still waiting for an answer.

Valdez: What do you want from the province?

Manalo: We are not against progress. We are asking for three things: a pause in dredging during the spawning months, a proper study by people the fishers trust, and livelihood support for the families who have lost their income.

Valdez: The governor’s office has said a compensation fund is being prepared. Have you seen any details?

Manalo: Only what is in the newspapers. If the fund is real, they should sit down with us.

Valdez: Will the cooperative go to court?

Manalo: Our lawyers are looking at it. I will not say more than that today.
""",
        [
            c("Fisherfolk leader Teresita Manalo", ":", "“We are not against progress”"),
            c("her members", "say", "their catch has fallen by half"),
            c(
                "The developer, Meridian Coastlands Inc.",
                "said",
                "that the project complied with every condition of its environmental permit",
            ),
            qa(
                "Manalo",
                "Hard. Before the dredging started, a family with one banca could bring in fifteen, twenty kilos on a good night. Now many come home with three or four. I have told the governor this in person, twice.",
            ),
            qa(
                "Manalo",
                "They did their studies in the dry season, when the water is clear. Come in August and look at the silt. Our divers have photographed the seagrass beds near Dalisay, and they are brown now. We sent those photographs to the environment office in June and we are still waiting for an answer.",
            ),
            qa(
                "Manalo",
                "We are not against progress. We are asking for three things: a pause in dredging during the spawning months, a proper study by people the fishers trust, and livelihood support for the families who have lost their income.",
            ),
            qa(
                "Manalo",
                "Only what is in the newspapers. If the fund is real, they should sit down with us.",
            ),
            qa("Manalo", "Our lawyers are looking at it. I will not say more than that today."),
        ],
    ),
    article(
        "fresh14-courts-housing-fraud",
        "courts",
        "2026-10-27",
        """
Ex-municipal clerk diverted R2.3m in housing subsidies, court hears

A former clerk in the housing department of the Kwanele Local Municipality moved more than R2.3 million meant for low-cost housing into bank accounts controlled by his relatives over three years, the Bloemhoek Regional Court heard on Tuesday.

Themba Mokoena, 44, faces 37 counts of fraud and one of money laundering. He has pleaded not guilty to all the charges.

Opening the State's case, prosecutor Lerato Khumalo told the court that Mokoena had created 61 "ghost beneficiaries", many of them using the identity numbers of people who had died, and had approved subsidy payments to them himself.

"This was not a clerical error repeated 61 times," Khumalo said. "It was a scheme, and the accused was its architect."

A forensic audit commissioned by the municipality in 2024 found that the payments had gone into eleven accounts, nine of which belonged to Mokoena's brother, his sister-in-law or his former partner, Khumalo said.

The first witness, the municipality's former head of internal audit, Johanna Pieterse, testified that she had raised concerns about "unusual patterns" in the subsidy register with senior managers in 2022 but had been told to "leave it with us".

Under cross-examination by defence attorney Sizwe Ndlovu, Pieterse conceded that she had never put those concerns in writing.

Ndlovu told the court his client had been "a junior official following instructions" and that the State would fail to show he had benefited by a single rand.

Magistrate Anele Fourie ordered the State to give the defence copies of the bank records by Friday and postponed the matter to November 18.

Mokoena declined to speak to reporters outside court.

The municipality is understood to have suspended two senior managers in the housing department pending a separate disciplinary inquiry.
""",
        [
            c(None, "hears", "Ex-municipal clerk diverted R2.3m in housing subsidies"),
            c(
                None,
                "heard",
                "A former clerk in the housing department of the Kwanele Local Municipality moved more than R2.3 million meant for low-cost housing into bank accounts controlled by his relatives over three years",
            ),
            c(
                "prosecutor Lerato Khumalo",
                "told",
                'that Mokoena had created 61 "ghost beneficiaries", many of them using the identity numbers of people who had died, and had approved subsidy payments to them himself',
            ),
            c(
                "Khumalo",
                "said",
                [
                    '"This was not a clerical error repeated 61 times,"',
                    '"It was a scheme, and the accused was its architect."',
                ],
            ),
            c(
                "A forensic audit commissioned by the municipality in 2024",
                "found",
                "that the payments had gone into eleven accounts, nine of which belonged to Mokoena's brother, his sister-in-law or his former partner",
            ),
            c(
                "Khumalo",
                "said",
                "A forensic audit commissioned by the municipality in 2024 found that the payments had gone into eleven accounts, nine of which belonged to Mokoena's brother, his sister-in-law or his former partner",
            ),
            c(
                "The first witness, the municipality's former head of internal audit, Johanna Pieterse",
                "testified",
                'that she had raised concerns about "unusual patterns" in the subsidy register with senior managers in 2022 but had been told to "leave it with us"',
            ),
            c("Pieterse", "conceded", "that she had never put those concerns in writing"),
            c(
                "Ndlovu",
                "told",
                'his client had been "a junior official following instructions" and that the State would fail to show he had benefited by a single rand',
            ),
            c(
                "Magistrate Anele Fourie",
                "ordered",
                "the State to give the defence copies of the bank records by Friday",
            ),
            c(
                None,
                "is understood to",
                [
                    "The municipality",
                    "have suspended two senior managers in the housing department pending a separate disciplinary inquiry",
                ],
            ),
        ],
    ),
    article(
        "fresh14-council-parking-meters",
        "council",
        "2026-11-19",
        """
Harbor Falls council delays vote on downtown parking meters after merchants push back

HARBOR FALLS — The City Council voted 5-2 on Tuesday to postpone a decision on installing parking meters along Front Street until January, after more than two dozen downtown business owners packed the chamber to oppose the plan.

A staff report presented to the council estimated that the 340 meters would raise about $610,000 a year, money the city’s public works director, Dana Whitcomb, said would go toward repaving the Front Street corridor and adding bike lanes.

“People come downtown because it’s easy,” said Rosa Delgado, who has run Delgado’s Bakery on Front Street for 19 years. “Put a meter outside my door and they’ll drive to the mall. It’s that simple.”

Several merchants told the council they had not been consulted before the plan appeared on the agenda.

Councilmember Raymond Osei, who cast one of the two votes against postponing, said the city had “talked about this for four years” and called the delay “a decision not to decide.”

Mayor Linda Carrow, who supports the meters, said she understood the merchants’ frustration but that “free parking is not free — somebody pays for it, and right now it’s every taxpayer in Harbor Falls.”

The council directed city staff to hold two public meetings with downtown businesses before the January vote and to study a lower hourly rate for the first year.

The Harbor Falls Downtown Association, which represents about 90 businesses, has asked the city to consider a two-hour free zone instead, according to a letter sent to council members last week.

Asked whether the city would look at the association’s idea, Whitcomb said “everything is on the table” until January. Carrow declined to say how she would vote if the plan came back unchanged.
""",
        [
            c(
                "A staff report presented to the council",
                "estimated",
                "that the 340 meters would raise about $610,000 a year",
            ),
            c(
                "the city’s public works director, Dana Whitcomb",
                "said",
                [
                    "money",
                    "would go toward repaving the Front Street corridor and adding bike lanes",
                ],
            ),
            c(
                "Rosa Delgado, who has run Delgado’s Bakery on Front Street for 19 years",
                "said",
                [
                    "“People come downtown because it’s easy,”",
                    "“Put a meter outside my door and they’ll drive to the mall. It’s that simple.”",
                ],
            ),
            c(
                "Several merchants",
                "told",
                "they had not been consulted before the plan appeared on the agenda",
            ),
            c(
                "Councilmember Raymond Osei, who cast one of the two votes against postponing",
                "said",
                "the city had “talked about this for four years”",
            ),
            c(
                "Councilmember Raymond Osei, who cast one of the two votes against postponing",
                "called",
                "the delay “a decision not to decide.”",
            ),
            c(
                "Mayor Linda Carrow, who supports the meters",
                "said",
                "she understood the merchants’ frustration but that “free parking is not free — somebody pays for it, and right now it’s every taxpayer in Harbor Falls.”",
            ),
            c(
                "The council",
                "directed",
                "city staff to hold two public meetings with downtown businesses before the January vote and to study a lower hourly rate for the first year",
            ),
            c(
                "a letter sent to council members last week",
                "according to",
                "The Harbor Falls Downtown Association, which represents about 90 businesses, has asked the city to consider a two-hour free zone instead",
            ),
            c(
                "The Harbor Falls Downtown Association, which represents about 90 businesses",
                "has asked",
                "the city to consider a two-hour free zone instead",
            ),
            c("Whitcomb", "said", "“everything is on the table” until January", kind="mixed"),
        ],
    ),
    article(
        "fresh14-foreign-kemeria-vote",
        "foreign",
        "2026-06-08",
        """
Kemeria opposition rejects election result as thousands march in capital

TESSALY, Kemeria - Thousands of opposition supporters marched through the centre of the Kemerian capital on Sunday, a day after the national electoral commission said President Andris Volkan had won a third term with 54.2 percent of the vote.

Opposition leader Mirela Dascu, who was credited with 41.7 percent, told the crowd outside the commission's headquarters that the count had been "stolen in the back rooms of the regional offices" and called on her supporters to stay on the streets "peacefully, for as long as it takes".

"We will not accept a president chosen by spreadsheet," she said, to loud cheers.

The commission's chairman, Teodor Brasca, said on state television that the vote had been "free, transparent and in line with the law" and that any complaints should be taken to the Constitutional Court.

Observers from the Regional Democracy Forum, a grouping of neighbouring states, said in a preliminary report that voting had been largely orderly but that they had seen "serious irregularities" in the tabulation of results in at least four of the country's eleven regions. The observers urged the commission to publish results for each of the country's 9,000 polling stations.

Police used tear gas to disperse a group of young men who threw stones at a police station in the eastern district of Varnos, the interior ministry said. It said 23 people had been arrested and four officers injured.

Volkan, 67, has not spoken publicly since the result was announced. His office is said to be preparing a victory address for Monday evening.

A Western diplomat in Tessaly, who spoke on condition of anonymity because he was not authorised to brief journalists, said several embassies had privately asked the government to allow a partial recount.
""",
        [
            c(
                "the national electoral commission",
                "said",
                "President Andris Volkan had won a third term with 54.2 percent of the vote",
            ),
            c(
                "Opposition leader Mirela Dascu, who was credited with 41.7 percent",
                "told",
                'that the count had been "stolen in the back rooms of the regional offices"',
            ),
            c(
                "Opposition leader Mirela Dascu, who was credited with 41.7 percent",
                "called on",
                'her supporters to stay on the streets "peacefully, for as long as it takes"',
            ),
            c("she", "said", '"We will not accept a president chosen by spreadsheet,"'),
            c(
                "The commission's chairman, Teodor Brasca",
                "said",
                'that the vote had been "free, transparent and in line with the law" and that any complaints should be taken to the Constitutional Court',
            ),
            c(
                "Observers from the Regional Democracy Forum, a grouping of neighbouring states",
                "said",
                'that voting had been largely orderly but that they had seen "serious irregularities" in the tabulation of results in at least four of the country\'s eleven regions',
            ),
            c(
                "The observers",
                "urged",
                "the commission to publish results for each of the country's 9,000 polling stations",
            ),
            c(
                "the interior ministry",
                "said",
                "Police used tear gas to disperse a group of young men who threw stones at a police station in the eastern district of Varnos",
            ),
            c("It", "said", "23 people had been arrested and four officers injured"),
            c(
                None,
                "is said to",
                ["His office", "be preparing a victory address for Monday evening"],
            ),
            c(
                "A Western diplomat in Tessaly, who spoke on condition of anonymity because he was not authorised to brief journalists",
                "said",
                "several embassies had privately asked the government to allow a partial recount",
            ),
            c("several embassies", "asked", "the government to allow a partial recount"),
        ],
    ),
    article(
        "fresh14-science-phones-sleep",
        "science",
        "2026-09-30",
        """
Teenagers who leave phones outside the bedroom sleep 40 minutes longer, study finds

Secondary school pupils who were asked to leave their phones outside their bedrooms at night slept on average 41 minutes longer than classmates who kept them, according to a trial run in 24 schools across Scotland.

The study, published on Wednesday in the Journal of Adolescent Sleep and Behaviour, also found that anxiety scores in the phone-free group fell after eight weeks, although the fall was smaller than the researchers had expected.

Speaking at a press conference in Edinburgh, the lead author, Dr Catriona MacLeod of the University of Lothian's Centre for Sleep Research, said the results were "stronger than anything we've seen from apps or education campaigns".

"We didn't take anything away from these young people," she said. "We just moved the phone to the kitchen, and the sleep followed."

About 1,900 pupils aged 13 to 16 took part. Half the schools were randomly assigned to the phone-free routine, in which families agreed to keep devices in a shared room from 10pm. Sleep was measured with wrist-worn trackers rather than the pupils' own accounts. MacLeod said that made the findings "much harder to dismiss".

Professor Alan Greer, a child psychiatrist at Strathkelvin University who was not involved in the research, cautioned that families who volunteer for such trials may be more motivated than most. "This is a well-run study, but it tells us what happens when a family wants it to work," he said.

Asked whether schools should ban phones outright, MacLeod said that was a question for ministers, but that the trial showed "household rules, not school rules," made the difference at night.

A spokeswoman for the education secretary said ministers would "look carefully" at the findings.
""",
        [
            c(
                "study",
                "finds",
                "Teenagers who leave phones outside the bedroom sleep 40 minutes longer",
            ),
            c(
                "a trial run in 24 schools across Scotland",
                "according to",
                "Secondary school pupils who were asked to leave their phones outside their bedrooms at night slept on average 41 minutes longer than classmates who kept them",
            ),
            c(
                "The study, published on Wednesday in the Journal of Adolescent Sleep and Behaviour",
                "found",
                "that anxiety scores in the phone-free group fell after eight weeks, although the fall was smaller than the researchers had expected",
            ),
            c(
                "the lead author, Dr Catriona MacLeod of the University of Lothian's Centre for Sleep Research",
                "said",
                '''the results were "stronger than anything we've seen from apps or education campaigns"''',
            ),
            c(
                "she",
                "said",
                [
                    '''"We didn't take anything away from these young people,"''',
                    '"We just moved the phone to the kitchen, and the sleep followed."',
                ],
            ),
            c("MacLeod", "said", 'that made the findings "much harder to dismiss"'),
            c(
                "Professor Alan Greer, a child psychiatrist at Strathkelvin University who was not involved in the research",
                "cautioned",
                "that families who volunteer for such trials may be more motivated than most",
            ),
            c(
                "he",
                "said",
                '"This is a well-run study, but it tells us what happens when a family wants it to work,"',
            ),
            c(
                "MacLeod",
                "said",
                'that was a question for ministers, but that the trial showed "household rules, not school rules," made the difference at night',
            ),
            c(
                "the trial",
                "showed",
                '"household rules, not school rules," made the difference at night',
                kind="mixed",
            ),
            c(
                "A spokeswoman for the education secretary",
                "said",
                'ministers would "look carefully" at the findings',
            ),
        ],
    ),
    article(
        "fresh14-wire-tea-strike",
        "wire",
        "2026-10-21",
        """
Kenyan tea estate workers strike over pay, halting harvest

NAIROBI, Oct 21 (Continental Press) - About 8,000 workers on tea estates in Kenya's western highlands walked out on Tuesday in a dispute over pay, halting the harvest at the peak of the season, their union and one of the largest growers said.

The Highland Estate Workers' Union (HEWU) is demanding a 12 percent rise in the daily wage, saying pay has not kept pace with food and transport costs since 2023. Employers' last offer, made in August, was 5 percent.

"We are not asking for luxury. We are asking to be able to feed our children on what we earn," HEWU secretary general Joseph Kiprono told Continental Press from Kaptebo.

Kiprono said the strike would continue until employers returned to talks with an improved offer, and urged workers on smaller farms that supply the estates' factories to join it.

Kapsiret Estates, one of the country's largest producers, said in a statement that the union's demand was "unaffordable" at current auction prices and that it remained "open to dialogue". It said its factories would process leaf already picked before the strike began. Some smaller estates reportedly brought in casual pickers on Tuesday to keep their factories running.

Prices at the weekly coastal auction, where most of the country's tea is sold, fell 9 percent in the year to September, according to figures from the Coastal Tea Brokers' Council.

The labour ministry is expected to call both sides to a meeting this week, a ministry official said, asking not to be named because the talks had not been announced.

Analysts at Nairobi-based brokerage Savanna Capital said a strike lasting more than two weeks could cut October output by as much as a quarter.

(Reporting by Wanjiru Mwangi; Editing by Tom Hale)
""",
        [
            c(
                "their union and one of the largest growers",
                "said",
                "About 8,000 workers on tea estates in Kenya's western highlands walked out on Tuesday in a dispute over pay, halting the harvest at the peak of the season",
            ),
            c(
                "The Highland Estate Workers' Union (HEWU)",
                "is demanding",
                "a 12 percent rise in the daily wage",
            ),
            c(
                "The Highland Estate Workers' Union (HEWU)",
                "saying",
                "pay has not kept pace with food and transport costs since 2023",
            ),
            c(
                "HEWU secretary general Joseph Kiprono",
                "told",
                '"We are not asking for luxury. We are asking to be able to feed our children on what we earn,"',
            ),
            c(
                "Kiprono",
                "said",
                "the strike would continue until employers returned to talks with an improved offer",
            ),
            c(
                "Kiprono",
                "urged",
                "workers on smaller farms that supply the estates' factories to join it",
            ),
            c(
                "Kapsiret Estates, one of the country's largest producers",
                "said",
                'that the union\'s demand was "unaffordable" at current auction prices and that it remained "open to dialogue"',
                cue_n=2,
            ),
            c(
                "It",
                "said",
                "its factories would process leaf already picked before the strike began",
            ),
            c(
                None,
                "reportedly",
                [
                    "Some smaller estates",
                    "brought in casual pickers on Tuesday to keep their factories running",
                ],
            ),
            c(
                "figures from the Coastal Tea Brokers' Council",
                "according to",
                "Prices at the weekly coastal auction, where most of the country's tea is sold, fell 9 percent in the year to September",
            ),
            c(
                "a ministry official",
                "said",
                "The labour ministry is expected to call both sides to a meeting this week",
            ),
            c(
                "Analysts at Nairobi-based brokerage Savanna Capital",
                "said",
                "a strike lasting more than two weeks could cut October output by as much as a quarter",
            ),
        ],
    ),
    article(
        "fresh14-opinion-bus-cuts",
        "opinion",
        "2026-11-26",
        """
The 41 bus is not a luxury, and the county knows it

If you rely on the 41 to get from Ashcombe to the hospital at Kelsey Cross, you will have had the letter. From January the route will run every two hours instead of every 40 minutes, and not at all on Sundays.

The county council says it has no choice. Its cabinet member for transport, Cllr Graham Pellow, told a meeting that the authority faced "the hardest budget in its history" and that every subsidised route had been "looked at line by line".

I do not doubt it. But a report by the passenger group Ride Fair, published on Monday, found that almost two-thirds of the people who use the 41 on weekdays are over 65 or travelling to a medical appointment. One in five, it says, has no other way of getting there.

I wrote in this column in March that the county would come for the rural routes first. I would rather have been wrong.

The operator, Westway Coaches, has said it would run the 41 without a subsidy if passenger numbers rose by a quarter. Its managing director, Sunita Rai, put it plainly when I rang her: "Fill the bus and we'll keep the bus."

That is a fair challenge. Ashcombe Hospital's own travel plan urges staff and visitors to "use public transport wherever possible". That is hard to do with a bus every two hours.

The council has promised a review of the changes after six months, and Cllr Pellow has asked residents to respond to a consultation that closes on December 12. Please do.

And when you do, tell them what Eileen Moss, 81, told me at the bus stop on Tuesday: "Without this bus I don't go anywhere. I just stay in."
""",
        [
            c("The county council", "says", "it has no choice"),
            c(
                "Its cabinet member for transport, Cllr Graham Pellow",
                "told",
                'that the authority faced "the hardest budget in its history" and that every subsidised route had been "looked at line by line"',
            ),
            c(
                "a report by the passenger group Ride Fair, published on Monday",
                "found",
                "that almost two-thirds of the people who use the 41 on weekdays are over 65 or travelling to a medical appointment",
            ),
            c("it", "says", ["One in five", "has no other way of getting there"]),
            c("I", "wrote", "that the county would come for the rural routes first"),
            c(
                "The operator, Westway Coaches",
                "has said",
                "it would run the 41 without a subsidy if passenger numbers rose by a quarter",
            ),
            c(
                "Its managing director, Sunita Rai",
                "put it plainly",
                '''"Fill the bus and we'll keep the bus."''',
            ),
            c(
                "Ashcombe Hospital's own travel plan",
                "urges",
                'staff and visitors to "use public transport wherever possible"',
            ),
            c("The council", "has promised", "a review of the changes after six months"),
            c(
                "Cllr Pellow",
                "has asked",
                "residents to respond to a consultation that closes on December 12",
            ),
            c(
                "Eileen Moss, 81",
                "told",
                '''"Without this bus I don't go anywhere. I just stay in."''',
            ),
        ],
    ),
    article(
        "fresh14-feature-bakery",
        "feature",
        "2026-12-01",
        """
After 62 years, the ovens at Pritchard’s Bakery are cooling for the last time

In Mallee Creek on a Friday, the queue outside Pritchard’s Bakery runs past the chemist and around the corner into Ryan Street. Most have come to say goodbye.

Kath Pritchard, 68, who took over from her father in 1989, will close the shop on December 20. She says the decision came down to rent, electricity and her knees, “in no particular order”.

“The power bill for the ovens has tripled in four years,” she said, wiping down the counter. “I can put the price of a pie up to nine dollars, or I can stop. I’d rather stop while people still like me.”

“It was never just about the pies. It was where you found out who’d had a baby.” — Marjorie Finch, customer since 1971

The building’s owner, a Melbourne-based property trust, is understood to have received an offer from a national coffee chain. A spokeswoman for the trust said it did not discuss commercial negotiations.

Shane Doherty, who runs the newsagency next door, said customers had been stopping him in the street since the news got out. “People ask me what I’ve heard, like I’m the council,” he said. “I tell them it’s finished.”

The Mallee Creek Chamber of Commerce has written to the shire asking it to consider a rates discount for long-standing businesses. Its president, Liam Tran, said the idea was “not a rescue package, just a bit of breathing room”.

Shire mayor Bev Costello said councillors would discuss the letter in February but warned that the shire’s own budget was “stretched to the limit”.

She has turned down three offers for her pie recipe. “It’s going in the ground with me,” she said, laughing. “Or to my granddaughter, if she’s good.”
""",
        [
            c(
                "She",
                "says",
                "the decision came down to rent, electricity and her knees, “in no particular order”",
            ),
            c(
                "she",
                "said",
                [
                    "“The power bill for the ovens has tripled in four years,”",
                    "“I can put the price of a pie up to nine dollars, or I can stop. I’d rather stop while people still like me.”",
                ],
            ),
            c(
                "Marjorie Finch, customer since 1971",
                "—",
                "“It was never just about the pies. It was where you found out who’d had a baby.”",
            ),
            c(
                None,
                "is understood to",
                [
                    "The building’s owner, a Melbourne-based property trust",
                    "have received an offer from a national coffee chain",
                ],
            ),
            c("A spokeswoman for the trust", "said", "it did not discuss commercial negotiations"),
            c(
                "Shane Doherty, who runs the newsagency next door",
                "said",
                "customers had been stopping him in the street since the news got out",
            ),
            c(
                "he",
                "said",
                [
                    "“People ask me what I’ve heard, like I’m the council,”",
                    "“I tell them it’s finished.”",
                ],
            ),
            c(
                "The Mallee Creek Chamber of Commerce",
                "asking",
                "it to consider a rates discount for long-standing businesses",
            ),
            c(
                "Its president, Liam Tran",
                "said",
                "the idea was “not a rescue package, just a bit of breathing room”",
            ),
            c(
                "Shire mayor Bev Costello",
                "said",
                "councillors would discuss the letter in February",
            ),
            c(
                "Shire mayor Bev Costello",
                "warned",
                "that the shire’s own budget was “stretched to the limit”",
            ),
            c(
                "she",
                "said",
                ["“It’s going in the ground with me,”", "“Or to my granddaughter, if she’s good.”"],
            ),
        ],
    ),
]
