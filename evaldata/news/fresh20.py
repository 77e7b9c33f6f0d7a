"""A held-out set of invented news articles and their attributions, as strings (fresh20).

Written on 2026-12-05 blind to claimx's rules (the annotator neither ran claimx nor read its
source, its tests or the other sets) and never to be used for tuning. Every article, person,
organisation, place and quotation here is invented (MIT, like the project). ``build.py --set
fresh20`` turns these into ``fresh20.jsonl`` with exact spans; the conventions are in
docs/evaldata-news.md.

Twelve articles (wire 2, courts, council, press-release, interview, live-blog, opinion, business 2,
foreign, science) in American business, Hong Kong English, Jamaican, New Zealand and South African
house styles and registers.
"""

# ruff: noqa: E501 (article text: one paragraph a line)
from __future__ import annotations

from typing import Any

from articles import article, c, qa

ARTICLES: list[dict[str, Any]] = [
    article(
        "fresh20-wire-strait-ferries",
        "wire",
        "2026-07-14",
        """
Strait ferry sailings cancelled as engine fault strands hundreds, operator says

By Mere Tawhiri

KAIRANGI HARBOUR, 14 July (Pacific Newswire) – Hundreds of travellers were stranded on both sides of the Tāwhana Strait on Tuesday after the interisland operator Southline Ferries cancelled all of its sailings for a second day.

The company said the Aroha Star had been withdrawn from service on Monday night after a crack was discovered in a cooling pipe, and that its sister ship, the Kōtare, could not cover the timetable alone because it was due for its annual survey.

Southline's general manager of operations, Daniel Farrow, told Pacific Newswire the repair would take "at least until the weekend" and that the company was chartering a freight vessel to move trucks waiting at Port Ewing.

"We know this is miserable for people who have planned their holidays around a crossing," Farrow said. "Every passenger will get a full refund or a place on the first available sailing, and we will pay for a night's accommodation where people are stuck."

Passengers wait to rebook at the Kairangi ferry terminal on Tuesday morning. Photo: Pacific Newswire / Tom Hale

Queues at the terminal

At the Kairangi terminal, passengers queued for more than two hours to rebook. Hemi Paraone, a builder travelling south with his two children for a tangi, said he had been told nothing until he reached the check-in desk.

"A text message would have cost them nothing," he said. "Instead we drove four hours to stand in a line."

The Road Users' Federation warned motorists heading for the crossing to check the operator's website before setting out, and said State Highway 9 near the terminal was likely to be congested into the evening.

Freight held up

The disruption comes at a bad time for growers. Kiri Anderton, chief executive of the Southern Growers Cooperative, estimated that about 60 truckloads of kiwifruit and winter vegetables were waiting to cross and said some would have to be dumped if the charter did not arrive by Thursday.

A spokesperson for the Maritime Transport Authority said it had been notified of the fault and was "satisfied the vessel was withdrawn appropriately". The authority declined to say whether it would investigate.

Southline's chief executive, Rachel Odell, said in March that the company had ordered a new vessel from a shipyard overseas, but the ship is not due until 2028. Tourism operators in Port Ewing say bookings have already dropped.

"People are ringing to ask whether they should bother coming at all," said Lisa Moana, who runs a motor lodge near the terminal.

It is the third time in 18 months that a Southline vessel has been taken out of service at short notice. The Transport Minister, Aperahama Lowe, is expected to meet the company's board next week, and the Opposition's transport spokesperson, Fiona Raethel, called on the Government to "stop treating the strait like a side road" and fund a replacement ship.

Southline said it expected to publish a revised timetable by 6pm on Wednesday.

Read more: How the strait ferries became a political headache
""",
        [
            c(
                "operator",
                "says",
                "Strait ferry sailings cancelled as engine fault strands hundreds",
            ),
            c(
                "The company",
                "said",
                "the Aroha Star had been withdrawn from service on Monday night after a crack was discovered in a cooling pipe, and that its sister ship, the Kōtare, could not cover the timetable alone because it was due for its annual survey",
            ),
            c(
                "Southline's general manager of operations, Daniel Farrow",
                "told",
                'the repair would take "at least until the weekend" and that the company was chartering a freight vessel to move trucks waiting at Port Ewing',
            ),
            c(
                "Farrow",
                "said",
                [
                    '"We know this is miserable for people who have planned their holidays around a crossing,"',
                    '"Every passenger will get a full refund or a place on the first available sailing, and we will pay for a night\'s accommodation where people are stuck."',
                ],
            ),
            c(
                "Hemi Paraone, a builder travelling south with his two children for a tangi",
                "said",
                "he had been told nothing until he reached the check-in desk",
            ),
            c(
                "he",
                "said",
                [
                    '"A text message would have cost them nothing,"',
                    '"Instead we drove four hours to stand in a line."',
                ],
            ),
            c(
                "The Road Users' Federation",
                "warned",
                "motorists heading for the crossing to check the operator's website before setting out",
            ),
            c(
                "The Road Users' Federation",
                "said",
                "State Highway 9 near the terminal was likely to be congested into the evening",
            ),
            c(
                "Kiri Anderton, chief executive of the Southern Growers Cooperative",
                "estimated",
                "that about 60 truckloads of kiwifruit and winter vegetables were waiting to cross",
            ),
            c(
                "Kiri Anderton, chief executive of the Southern Growers Cooperative",
                "said",
                "some would have to be dumped if the charter did not arrive by Thursday",
            ),
            c(
                "A spokesperson for the Maritime Transport Authority",
                "said",
                'it had been notified of the fault and was "satisfied the vessel was withdrawn appropriately"',
            ),
            c(
                "Southline's chief executive, Rachel Odell",
                "said",
                "that the company had ordered a new vessel from a shipyard overseas",
            ),
            c("Tourism operators in Port Ewing", "say", "bookings have already dropped"),
            c(
                "Lisa Moana, who runs a motor lodge near the terminal",
                "said",
                '"People are ringing to ask whether they should bother coming at all,"',
            ),
            c(
                None,
                "is expected to",
                ["The Transport Minister, Aperahama Lowe", "meet the company's board next week"],
            ),
            c(
                "the Opposition's transport spokesperson, Fiona Raethel",
                "called on",
                'the Government to "stop treating the strait like a side road" and fund a replacement ship',
            ),
            c(
                "Southline",
                "said",
                "it expected to publish a revised timetable by 6pm on Wednesday",
            ),
        ],
    ),
    article(
        "fresh20-courts-chicken-coop-phones",
        "courts",
        "2026-04-22",
        """
Lottery scam accused "kept phones in chicken coop", court hears

BY TANISHA BRYCE
Staff Reporter

A 34-year-old man accused of running a lottery scam from a farm in St Anselm kept more than 40 mobile phones hidden in a chicken coop, a detective told the Parish Court in Port Lorne yesterday.

Detective Corporal Andre Whyte of the Fraud Task Force was giving evidence on the second day of the trial of Dwayne "Scratchie" McLean, of Mount Zion district, who has pleaded not guilty to breaches of the Fraudulent Transactions Act.

Whyte said that when officers searched the property on March 9 last year, they found the phones wrapped in plastic bags under a layer of feed, along with a notebook containing the names and telephone numbers of about 300 people living overseas, most of them elderly.

"Each name had a dollar figure written beside it and a tick or a cross," the detective said. "Some pages had the words 'paid' and 'call back Friday'."

Under cross-examination by McLean's attorney-at-law, Kimone Haughton, the detective accepted that no fingerprints had been lifted from the phones and that McLean was not on the property when the search took place.

Haughton suggested that the farm was rented by several people and that her client had only ever visited "to buy eggs". Whyte disagreed, saying a neighbour had seen McLean going in and out of the coop at night.

MONEY TRANSFERS

The Crown alleges that McLean and others, who have not been charged, called elderly people overseas and told them they had won a lottery but had to pay fees before collecting their winnings.

Clerk of the Court Nadine Ebanks-Reid told the court that about US$180,000 had been sent through two money transfer agencies to accounts linked to McLean between 2023 and 2025. The court heard that McLean had previously worked at a call centre in Port Lorne.

One of the complainants, an 81-year-old retired schoolteacher, is expected to give evidence by video link from overseas next week.

Parish Judge Sandra Whitter-Lyn yesterday refused an application by the defence to exclude the notebook, ruling that it had been lawfully seized.

McLean, who is on bail of J$1.5 million, told reporters outside the courthouse that he was "a farmer, not a scammer" and that he trusted the court to "see through" the case. Haughton declined to comment.

The trial continues on Tuesday.

RELATED: Inside the fight against lottery scamming in the west
""",
        [
            c(None, "hears", 'Lottery scam accused "kept phones in chicken coop"'),
            c(
                "a detective",
                "told",
                "A 34-year-old man accused of running a lottery scam from a farm in St Anselm kept more than 40 mobile phones hidden in a chicken coop",
            ),
            c(
                "Whyte",
                "said",
                "that when officers searched the property on March 9 last year, they found the phones wrapped in plastic bags under a layer of feed, along with a notebook containing the names and telephone numbers of about 300 people living overseas, most of them elderly",
            ),
            c(
                "the detective",
                "said",
                [
                    '"Each name had a dollar figure written beside it and a tick or a cross,"',
                    "\"Some pages had the words 'paid' and 'call back Friday'.\"",
                ],
            ),
            c(
                "the detective",
                "accepted",
                "that no fingerprints had been lifted from the phones and that McLean was not on the property when the search took place",
            ),
            c(
                "Haughton",
                "suggested",
                'that the farm was rented by several people and that her client had only ever visited "to buy eggs"',
            ),
            c(
                "Whyte",
                "saying",
                "a neighbour had seen McLean going in and out of the coop at night",
            ),
            c(
                "The Crown",
                "alleges",
                "that McLean and others, who have not been charged, called elderly people overseas and told them they had won a lottery but had to pay fees before collecting their winnings",
            ),
            c(
                "McLean and others, who have not been charged",
                "told",
                "they had won a lottery but had to pay fees before collecting their winnings",
            ),
            c(
                "Clerk of the Court Nadine Ebanks-Reid",
                "told",
                "that about US$180,000 had been sent through two money transfer agencies to accounts linked to McLean between 2023 and 2025",
            ),
            c(None, "heard", "that McLean had previously worked at a call centre in Port Lorne"),
            c(
                None,
                "is expected to",
                [
                    "One of the complainants, an 81-year-old retired schoolteacher",
                    "give evidence by video link from overseas next week",
                ],
            ),
            c("Parish Judge Sandra Whitter-Lyn", "ruling", "that it had been lawfully seized"),
            c(
                "McLean, who is on bail of J$1.5 million",
                "told",
                'that he was "a farmer, not a scammer" and that he trusted the court to "see through" the case',
            ),
        ],
    ),
    article(
        "fresh20-press-release-battery-plant",
        "press-release",
        "2026-10-06",
        """
Norvale Energy Systems to Build $420 Million Battery Plant in Carter County, Creating 900 Jobs

Facility will make grid-storage cells for utilities; first shipments planned for 2028

HOLLISTER FALLS, Oct. 6, 2026 /BusinessNewswire/ -- Norvale Energy Systems, Inc. (NYSE: NVES), a maker of lithium-iron-phosphate storage systems for utilities, today announced plans to build a $420 million cell manufacturing plant at the Ridgeway Commerce Park in Carter County, a project the company says will create 900 full-time jobs over five years.

Highlights of the project:

- Construction to begin in the first quarter of 2027, with cell production expected to start in mid-2028
- Annual capacity of 12 gigawatt-hours at full output
- 900 permanent jobs at an average wage of $31 an hour, plus about 1,400 construction jobs
- A 15-year property tax abatement approved by the Carter County Commission

"Utilities are telling us they need storage built closer to home, and they need it faster than anyone can import it," said Priya Venkataraman, Norvale's president and chief executive officer. "Carter County gives us the workforce, the rail access and the power we need to deliver."

The Carter County Commission voted 4-1 on Sept. 29 to approve the tax abatement. A separate state incentive package remains subject to final approval.

"This is the largest private investment in the county's history," said Ronald Whitcomb, chair of the Carter County Commission. "It means our kids don't have to leave to find a good job."

Norvale said it would begin hiring for engineering and maintenance roles in spring 2027 and would partner with Ridgeway Community College on a technician training program. Applicants are encouraged to register their interest at the company's careers page.

Forward-Looking Statements

This press release contains forward-looking statements, including statements about the timing, cost and employment impact of the project. Actual results may differ materially because of risks including changes in demand, the availability of incentives and the cost of raw materials.

About Norvale Energy Systems

Norvale Energy Systems designs and manufactures battery storage systems for electric utilities and large industrial users. Founded in 2011, the company is headquartered in Hollister Falls and employs about 2,300 people. For more information, visit www.norvale-energy.example.

Media contact:
Dana Kessler, Director of Communications
dkessler@norvale-energy.example
(555) 014-2290
""",
        [
            c(
                "Norvale Energy Systems, Inc. (NYSE: NVES), a maker of lithium-iron-phosphate storage systems for utilities",
                "announced",
                "plans to build a $420 million cell manufacturing plant at the Ridgeway Commerce Park in Carter County, a project the company says will create 900 full-time jobs over five years",
            ),
            c(
                "the company",
                "says",
                ["a project", "will create 900 full-time jobs over five years"],
            ),
            c(None, "expected to", ["cell production", "start in mid-2028"]),
            c(
                "Priya Venkataraman, Norvale's president and chief executive officer",
                "said",
                [
                    '"Utilities are telling us they need storage built closer to home, and they need it faster than anyone can import it,"',
                    '"Carter County gives us the workforce, the rail access and the power we need to deliver."',
                ],
            ),
            c(
                "Ronald Whitcomb, chair of the Carter County Commission",
                "said",
                [
                    '"This is the largest private investment in the county\'s history,"',
                    '"It means our kids don\'t have to leave to find a good job."',
                ],
            ),
            c(
                "Norvale",
                "said",
                "it would begin hiring for engineering and maintenance roles in spring 2027 and would partner with Ridgeway Community College on a technician training program",
            ),
            c(
                None,
                "are encouraged",
                ["Applicants", "to register their interest at the company's careers page"],
            ),
        ],
    ),
    article(
        "fresh20-interview-minibus-chief",
        "interview",
        "2026-05-18",
        """
“I am not against electric. I am against a deadline”: minibus chief on the 2029 switch

By Winnie Tsang

Ivan Chiu Ka-ming has run minibuses on the hillside routes of Sai Lok for 31 years. As chairman of the Harbourside Minibus Operators’ Alliance, he has become the loudest critic of the government’s plan to make every newly registered minibus electric from 2029. The alliance represents about 1,100 operators, according to its own figures. The Road Transport Department says charging points will be ready at 40 public car parks by the end of next year. Chiu spoke to the Post at his company’s depot. The interview has been edited for length and clarity.

Ivan Chiu at the Sai Lok minibus terminus on Friday. Photo: Kelvin Yip

Harbour Post: You have called the 2029 deadline a fantasy. Why?

Chiu: Because nobody has shown me a charger on a hill road. The department says it will have 40 car parks ready next year. Our drivers finish at 1am in Sai Lok. Where do they charge? In their dreams?

Harbour Post: The department argues that electric minibuses are cheaper to run over their lifetime. Is it wrong?

Chiu: Over 15 years, maybe. But an operator with three vehicles does not think in 15 years. He thinks about this month’s loan. An electric minibus costs about HK$1.6 million, nearly double a diesel one, and the subsidy covers 30 per cent. Who lends us the rest?

Harbour Post: Some drivers told us they would welcome quieter vehicles.

Chiu: Of course. I would too. I am not against electric. I am against a deadline written by people who have never driven route 47 under a No 8 signal.

Harbour Post: What would you accept?

Chiu: Move it to 2032, and put chargers at the terminuses first. Give us three years of trials on the steepest routes. If the batteries last, operators will buy them without being forced.

Harbour Post: Lawmakers on the transport panel met your alliance last week. What came of it?

Chiu: They listened politely. One of them said he would raise it with the secretary. I have heard that before.

Harbour Post: Are your members planning a go-slow?

Chiu: We have not decided. The members will vote on Sunday, and I will respect what they choose.

In a written reply to the Post, the Road Transport Department said the 2029 target “remains appropriate” and that it would review the subsidy scheme next year. It did not respond to questions about chargers on hillside routes.
""",
        [
            c("minibus chief", ":", "“I am not against electric. I am against a deadline”"),
            c("its own figures", "according to", "The alliance represents about 1,100 operators"),
            c(
                "The Road Transport Department",
                "says",
                "charging points will be ready at 40 public car parks by the end of next year",
            ),
            qa(
                "Chiu",
                "Because nobody has shown me a charger on a hill road. The department says it will have 40 car parks ready next year. Our drivers finish at 1am in Sai Lok. Where do they charge? In their dreams?",
            ),
            qa(
                "Chiu",
                "Over 15 years, maybe. But an operator with three vehicles does not think in 15 years. He thinks about this month’s loan. An electric minibus costs about HK$1.6 million, nearly double a diesel one, and the subsidy covers 30 per cent. Who lends us the rest?",
            ),
            qa(
                "Chiu",
                "Of course. I would too. I am not against electric. I am against a deadline written by people who have never driven route 47 under a No 8 signal.",
            ),
            qa(
                "Chiu",
                "Move it to 2032, and put chargers at the terminuses first. Give us three years of trials on the steepest routes. If the batteries last, operators will buy them without being forced.",
            ),
            qa(
                "Chiu",
                "They listened politely. One of them said he would raise it with the secretary. I have heard that before.",
            ),
            qa(
                "Chiu",
                "We have not decided. The members will vote on Sunday, and I will respect what they choose.",
            ),
            c(
                "the Road Transport Department",
                "said",
                "the 2029 target “remains appropriate” and that it would review the subsidy scheme next year",
            ),
        ],
    ),
    article(
        "fresh20-live-blog-typhoon-kaimei",
        "live-blog",
        "2026-09-02",
        """
Typhoon Kai-mei live: No 8 signal to stay in force until at least 4pm, Observatory says

Schools closed, hundreds of flights cancelled as storm passes south of the city

Last updated: 2.40pm

2.35pm

The Observatory says the No 8 Gale or Storm Signal will remain in force until at least 4pm, as Kai-mei’s centre passes about 60km south of the city. It said gusts in southern districts had reached 118km/h in the past hour and warned that conditions could “deteriorate further” on exposed coasts.

2.10pm

A fallen tree blocks Lok Wan Road in Sai Lok. (Reader photo)

1.55pm

The Public Hospitals Board said 23 people had sought treatment at emergency departments for storm-related injuries since the No 8 signal was hoisted at 5.40am, two of them in serious condition.

1.30pm

Ferry services between the outlying islands and the city centre remain suspended. Island Link Ferries said it would resume sailings about two hours after the signal is lowered, subject to sea conditions.

Metro Rail said above-ground sections of the Harbour West line had been suspended since noon and that underground trains were running every eight minutes.

1.10pm

The Airport Operations Authority said more than 300 flights had been cancelled or delayed, and urged passengers not to travel to the airport unless their airline had confirmed a seat. Several container ships reportedly sought shelter in the western anchorage overnight.

12.50pm

Residents of low-lying Tsz Kok Wan village are being urged to move to a temporary shelter at the Tsz Kok community hall as the high tide approaches. A District Affairs Office officer at the scene said 40 people had registered so far.

12.15pm

“It was like the whole building was breathing,” one resident of a 30-storey block in Sai Lok told us by phone. “My daughter has been hiding in the bathroom since ten.”

11.40am

Schools will remain closed for the rest of the day, the Schools Bureau announced, and evening classes are cancelled.

11.05am

Observatory senior scientific officer Cheng Wai-lun told a briefing the storm had weakened slightly overnight but remained “a very large and wet system”. Asked whether the No 9 or No 10 signal might be needed, Cheng said the chance was “low but not negligible” and that an update would be issued by 2pm.

10.30am

Good morning and welcome to our live coverage of Typhoon Kai-mei. The No 8 signal has been in force since 5.40am. Stay indoors, keep away from windows and follow our updates here.
""",
        [
            c("Observatory", "says", "No 8 signal to stay in force until at least 4pm"),
            c(
                "The Observatory",
                "says",
                "the No 8 Gale or Storm Signal will remain in force until at least 4pm, as Kai-mei’s centre passes about 60km south of the city",
            ),
            c("It", "said", "gusts in southern districts had reached 118km/h in the past hour"),
            c("It", "warned", "that conditions could “deteriorate further” on exposed coasts"),
            c(
                "The Public Hospitals Board",
                "said",
                "23 people had sought treatment at emergency departments for storm-related injuries since the No 8 signal was hoisted at 5.40am, two of them in serious condition",
            ),
            c(
                "Island Link Ferries",
                "said",
                "it would resume sailings about two hours after the signal is lowered, subject to sea conditions",
            ),
            c(
                "Metro Rail",
                "said",
                "above-ground sections of the Harbour West line had been suspended since noon and that underground trains were running every eight minutes",
            ),
            c(
                "The Airport Operations Authority",
                "said",
                "more than 300 flights had been cancelled or delayed",
            ),
            c(
                "The Airport Operations Authority",
                "urged",
                "passengers not to travel to the airport unless their airline had confirmed a seat",
            ),
            c(
                None,
                "reportedly",
                ["Several container ships", "sought shelter in the western anchorage overnight"],
            ),
            c(
                None,
                "are being urged",
                [
                    "Residents of low-lying Tsz Kok Wan village",
                    "to move to a temporary shelter at the Tsz Kok community hall",
                ],
            ),
            c(
                "A District Affairs Office officer at the scene",
                "said",
                "40 people had registered so far",
            ),
            c(
                "one resident of a 30-storey block in Sai Lok",
                "told",
                [
                    "“It was like the whole building was breathing,”",
                    "“My daughter has been hiding in the bathroom since ten.”",
                ],
            ),
            c(
                "the Schools Bureau",
                "announced",
                [
                    "Schools will remain closed for the rest of the day",
                    "and evening classes are cancelled",
                ],
            ),
            c(
                "Observatory senior scientific officer Cheng Wai-lun",
                "told",
                "the storm had weakened slightly overnight but remained “a very large and wet system”",
            ),
            c(
                "Cheng",
                "said",
                "the chance was “low but not negligible” and that an update would be issued by 2pm",
            ),
        ],
    ),
    article(
        "fresh20-council-ruawai-rates",
        "council",
        "2026-06-26",
        """
Rates to rise 11.4 per cent after marathon Ruawai council meeting

Sam Whitcombe, Community Democracy Reporter

Ruawai District councillors have approved an average rates rise of 11.4 per cent for the coming year, after a meeting that ran for almost seven hours and drew a public gallery of more than 80 people.

Mayor Trina Hohaia said the increase was "nobody's idea of a good time" but that the council had no choice after insurance premiums on its water network more than doubled.

The council's chief financial officer, Graeme Oates, told councillors that without the rise the council would breach its own debt limit by June 2028. A staff report put the insurance bill at $4.2 million this year, up from $1.9m.

Councillor Ben Rutherford moved that the rise be capped at 8 per cent, with the difference made up by delaying the $3.1m Kōwhai Park skate park. The motion was lost 7-4.

"Every household in this district is already choosing between the power bill and the grocery bill," Rutherford said. "A skate park is lovely. It is not essential."

Councillor Ana Sefo, who chairs the community facilities committee, accused Rutherford of "pitting kids against pensioners" and said the skate park had been promised to young people for nine years.

Public forum

During the public forum, Kōwhai Park resident Margaret Dunleavy, 78, told the council she was a pensioner and supported the skate park. "My grandchildren have nowhere to go but the car park behind the supermarket," she said.

Ruawai Farmers' Association president Colin Mabey said rural ratepayers were "carrying the town on their backs" and asked the council to review its differential for farmland before next year's plan. Councillors voted to seek a staff report on the differential by March.

Hohaia said after the meeting that she understood the anger in the room. The council is understood to be negotiating with a second insurer.

The new rates take effect on 1 July. Ratepayers can check their individual rates on the council website.

Correction: An earlier version of this story gave the wrong cost for the skate park. It is $3.1m, not $3.8m.

Community Democracy Reporting is public interest journalism funded through the Regional News Fund.
""",
        [
            c(
                "Mayor Trina Hohaia",
                "said",
                'the increase was "nobody\'s idea of a good time" but that the council had no choice after insurance premiums on its water network more than doubled',
            ),
            c(
                "The council's chief financial officer, Graeme Oates",
                "told",
                "that without the rise the council would breach its own debt limit by June 2028",
            ),
            c(
                "A staff report",
                "put",
                "the insurance bill at $4.2 million this year, up from $1.9m",
            ),
            c(
                "Councillor Ben Rutherford",
                "moved",
                "that the rise be capped at 8 per cent, with the difference made up by delaying the $3.1m Kōwhai Park skate park",
            ),
            c(
                "Rutherford",
                "said",
                [
                    '"Every household in this district is already choosing between the power bill and the grocery bill,"',
                    '"A skate park is lovely. It is not essential."',
                ],
            ),
            c(
                "Councillor Ana Sefo, who chairs the community facilities committee",
                "accused",
                'Rutherford of "pitting kids against pensioners"',
            ),
            c(
                "Councillor Ana Sefo, who chairs the community facilities committee",
                "said",
                "the skate park had been promised to young people for nine years",
            ),
            c(
                "Kōwhai Park resident Margaret Dunleavy, 78",
                "told",
                "she was a pensioner and supported the skate park",
            ),
            c(
                "she",
                "said",
                '"My grandchildren have nowhere to go but the car park behind the supermarket,"',
            ),
            c(
                "Ruawai Farmers' Association president Colin Mabey",
                "said",
                'rural ratepayers were "carrying the town on their backs"',
            ),
            c(
                "Ruawai Farmers' Association president Colin Mabey",
                "asked",
                "the council to review its differential for farmland before next year's plan",
            ),
            c("Hohaia", "said", "that she understood the anger in the room"),
            c(
                None,
                "is understood to",
                ["The council", "be negotiating with a second insurer"],
                near="The council is understood to be negotiating with a second insurer",
            ),
        ],
    ),
    article(
        "fresh20-opinion-water-golf-course",
        "opinion",
        "2026-08-30",
        """
Water for the golf course, buckets for the rest of us

BY CAROL-ANN FRASER

For the fourth week running, the standpipe at the bottom of Top Hill Road ran dry before nine in the morning. My neighbour Miss Icey, who is 84, now sends her great-grandson down with two buckets at five o'clock. She told me last Sunday that she has not had a proper bath since the middle of July.

Meanwhile, four miles down the road, the sprinklers on the Coral Ridge resort's golf course come on like clockwork every evening. I have watched them.

When residents asked the Central Water Commission about this at a meeting in Port Lorne last month, its regional manager, Mr Desmond Ricketts, said the resort draws from its own well and "not one drop" of the public supply goes to the golf course.

I would like to believe him. But the commission's own licence register, which a member of our citizens' association obtained under access-to-information rules, shows that Coral Ridge holds an abstraction licence for the Blue Hole spring, the same spring that feeds our intake.

The commission says the lock-offs are caused by drought. The weather service says rainfall in the parish is 38 per cent below normal. Both things can be true. A drought does not explain why one customer gets water and another does not.

Coral Ridge's general manager, Ms Paula Henriques, wrote in a letter to this newspaper last week that the resort had "always been a good neighbour" and had donated a water truck to the community in 2024. I do not doubt the truck. I doubt that one truck a month is a fair exchange for a spring.

The councillor for the Top Hill division, Mr Owen Blackwood, has called the situation "a disgrace". So far, nothing has changed. Meanwhile, the resort is said to be planning a second nine holes. I hope that is only a rumour.

The minister with responsibility for water told Parliament in June that no community would be "left behind" in the drought response. Minister, I am asking you to come to Top Hill Road at five in the morning and count the buckets.

The commission should publish every abstraction licence in the parish, with the volumes. The municipal corporation should demand the figures. And the rest of us should stop accepting that water is a favour rather than a right.

Carol-Ann Fraser is a community organiser and retired teacher in St Anselm. Send feedback to columns@islandcourier.example.
""",
        [
            c("She", "told", "that she has not had a proper bath since the middle of July"),
            c(
                "its regional manager, Mr Desmond Ricketts",
                "said",
                'the resort draws from its own well and "not one drop" of the public supply goes to the golf course',
            ),
            c(
                "the commission's own licence register, which a member of our citizens' association obtained under access-to-information rules",
                "shows",
                "that Coral Ridge holds an abstraction licence for the Blue Hole spring, the same spring that feeds our intake",
            ),
            c("The commission", "says", "the lock-offs are caused by drought"),
            c("The weather service", "says", "rainfall in the parish is 38 per cent below normal"),
            c(
                "Coral Ridge's general manager, Ms Paula Henriques",
                "wrote",
                'that the resort had "always been a good neighbour" and had donated a water truck to the community in 2024',
            ),
            c(
                "The councillor for the Top Hill division, Mr Owen Blackwood",
                "called",
                'the situation "a disgrace"',
            ),
            c(
                None,
                "is said to",
                ["the resort", "be planning a second nine holes"],
                near="the resort is said to be planning a second nine holes",
            ),
            c(
                "The minister with responsibility for water",
                "told",
                'that no community would be "left behind" in the drought response',
            ),
        ],
    ),
    article(
        "fresh20-business-harbor-point-bancorp",
        "business",
        "2026-10-22",
        """
Harbor Point Bancorp Shares Slide as Loan Losses Triple; CEO Says Office Pain Is Behind It

Regional lender sets aside $212 million for bad loans, mostly tied to downtown office towers

By Melissa Grant and Tom Okafor
Updated Oct. 22, 2026 6:14 pm ET

Shares of Harbor Point Bancorp fell 14% on Thursday after the regional lender reported that third-quarter losses on commercial real-estate loans had tripled from a year earlier, overshadowing a modest rise in deposits.

The Linwood Heights-based bank set aside $212 million for bad loans in the quarter, up from $71 million a year earlier, and earned 41 cents a share, below the 88-cent average estimate of analysts surveyed by MarketView.

Chief Executive Robert Ellingson told analysts on a conference call that most of the losses came from a handful of downtown office loans and that the bank had "taken the pain up front." "We think we've now recognized the bulk of the problem," he said. "We don't see another quarter like this one."

Office exposure

Not everyone was convinced. Janelle Ortiz, an analyst at Keystone Ridge Securities, wrote in a note to clients that the bank's office portfolio was still "under-reserved relative to peers" and cut her rating on the stock to underperform.

Office loans make up about 18% of Harbor Point's $46 billion loan book, according to regulatory filings. Vacancy rates in the bank's two largest downtown markets are above 25%, data from property broker Callan & Reyes show.

Mr. Ellingson conceded that the bank had been "too slow" to cut its exposure when remote work took hold, but insisted that its capital ratios were well above regulatory minimums. He described deposit growth of 2% in the quarter as evidence that customers "have stayed with us through a noisy year."

Takeover talk

Harbor Point has held preliminary talks with at least one larger lender about a possible sale, according to people familiar with the matter, who asked not to be identified because the discussions are private. The talks are at an early stage and may not lead to a deal, the people said. A Harbor Point spokeswoman declined to comment.

The bank kept its quarterly dividend at 34 cents a share, and its board approved a $500 million share buyback. The buyback is expected to begin in December.

Shares of rival Tri-County Financial fell 3% in sympathy.

Write to Melissa Grant at melissa.grant@ledger.example and Tom Okafor at tom.okafor@ledger.example
""",
        [
            c("CEO", "Says", "Office Pain Is Behind It"),
            c(
                "the regional lender",
                "reported",
                "that third-quarter losses on commercial real-estate loans had tripled from a year earlier",
            ),
            c(
                "Chief Executive Robert Ellingson",
                "told",
                'that most of the losses came from a handful of downtown office loans and that the bank had "taken the pain up front."',
            ),
            c(
                "he",
                "said",
                [
                    '"We think we\'ve now recognized the bulk of the problem,"',
                    '"We don\'t see another quarter like this one."',
                ],
            ),
            c(
                "Janelle Ortiz, an analyst at Keystone Ridge Securities",
                "wrote",
                'that the bank\'s office portfolio was still "under-reserved relative to peers"',
            ),
            c(
                "regulatory filings",
                "according to",
                "Office loans make up about 18% of Harbor Point's $46 billion loan book",
            ),
            c(
                "data from property broker Callan & Reyes",
                "show",
                "Vacancy rates in the bank's two largest downtown markets are above 25%",
            ),
            c(
                "Mr. Ellingson",
                "conceded",
                'that the bank had been "too slow" to cut its exposure when remote work took hold',
            ),
            c(
                "Mr. Ellingson",
                "insisted",
                "that its capital ratios were well above regulatory minimums",
            ),
            c(
                "He",
                "described",
                'deposit growth of 2% in the quarter as evidence that customers "have stayed with us through a noisy year."',
            ),
            c(
                "people familiar with the matter, who asked not to be identified because the discussions are private",
                "according to",
                "Harbor Point has held preliminary talks with at least one larger lender about a possible sale",
            ),
            c("the people", "said", "The talks are at an early stage and may not lead to a deal"),
            c(None, "is expected to", ["The buyback", "begin in December"]),
        ],
    ),
    article(
        "fresh20-business-veldhoek-bird-flu",
        "business",
        "2026-03-10",
        """
Bird flu culls to cut Veldhoek profit by up to 40%, poultry group says

Thandeka Mokoena, Business Reporter

Veldhoek Poultry said on Tuesday that headline earnings per share (HEPS) for the six months to end-February would be between 30% and 40% lower than a year earlier, after it culled almost 1.8 million birds to contain an outbreak of avian influenza at two of its farms in the Witrand district.

In a trading statement published on the exchange news service, the group said it expected HEPS of between 61c and 71c, compared with 102c in the previous period.

Chief executive Sipho Dlamini-Reyneke said the culls had been "heartbreaking but unavoidable".

"We lost breeder stock that takes 18 months to replace. That is the part of this that will hurt for longest," he said in an interview.

Vaccination call

Dlamini-Reyneke urged the agriculture department to speed up approval of a vaccine for commercial flocks, arguing that producers in neighbouring countries were already vaccinating.

The department said in response to questions that a vaccination pilot would start "within weeks" but that it had to protect the country's poultry export status. It declined to give a date.

Nomvula Khumalo, a consumer analyst at Ridgeback Capital, said the warning was "worse than the market had pencilled in" and warned that chicken prices could rise by 8% to 10% by winter as supply tightened.

The Southern Poultry Producers' Association estimates that about 4.5 million birds have been culled nationally since October.

Veldhoek's shares fell 6.2% to R18.40 by midday. The group is expected to release its interim results on 14 April.

READ MORE | Egg shortages return to supermarket shelves
""",
        [
            c("poultry group", "says", "Bird flu culls to cut Veldhoek profit by up to 40%"),
            c(
                "Veldhoek Poultry",
                "said",
                "that headline earnings per share (HEPS) for the six months to end-February would be between 30% and 40% lower than a year earlier, after it culled almost 1.8 million birds to contain an outbreak of avian influenza at two of its farms in the Witrand district",
            ),
            c(
                "the group",
                "said",
                "it expected HEPS of between 61c and 71c, compared with 102c in the previous period",
            ),
            c(
                "Chief executive Sipho Dlamini-Reyneke",
                "said",
                'the culls had been "heartbreaking but unavoidable"',
            ),
            c(
                "he",
                "said",
                '"We lost breeder stock that takes 18 months to replace. That is the part of this that will hurt for longest,"',
            ),
            c(
                "Dlamini-Reyneke",
                "urged",
                "the agriculture department to speed up approval of a vaccine for commercial flocks",
            ),
            c(
                "Dlamini-Reyneke",
                "arguing",
                "that producers in neighbouring countries were already vaccinating",
            ),
            c(
                "The department",
                "said",
                'that a vaccination pilot would start "within weeks" but that it had to protect the country\'s poultry export status',
            ),
            c(
                "Nomvula Khumalo, a consumer analyst at Ridgeback Capital",
                "said",
                'the warning was "worse than the market had pencilled in"',
            ),
            c(
                "Nomvula Khumalo, a consumer analyst at Ridgeback Capital",
                "warned",
                "that chicken prices could rise by 8% to 10% by winter as supply tightened",
            ),
            c(
                "The Southern Poultry Producers' Association",
                "estimates",
                "that about 4.5 million birds have been culled nationally since October",
            ),
            c(None, "is expected to", ["The group", "release its interim results on 14 April"]),
        ],
    ),
    article(
        "fresh20-wire-goudrand-rockfall",
        "wire",
        "2026-02-19",
        """
Six miners missing after rockfall at Goudrand gold mine

TSHIPI VALE – Six mineworkers were unaccounted for on Thursday after a rockfall at the Goudrand gold mine, about 40km west of Maraisburg, the mine's owner said.

Aurum Deep Mining said in a statement that the fall of ground happened at about 02:30 at a depth of 1,900 metres and that 41 workers had been brought to surface safely. "Our rescue teams are working around the clock and we remain hopeful," the company said.

Inspectors from the Department of Mining Safety were on site, department spokesperson Lerato Mahlangu told Southern Newswire. She said the mine would remain closed until the inspectors had completed their investigation.

The Mineworkers' Solidarity Union (MSU) alleged that workers had told supervisors at least two weeks ago that the hanging wall of the affected stope was cracking.

"Management was told. Management did nothing," MSU regional secretary Bongani Zulu said at the mine gate, where about 200 people, many of them relatives of the missing men, had gathered.

Aurum Deep denied that it had been warned, saying it had "no record" of any such complaint and that the section had passed a geotechnical inspection in March.

Relatives said they had been given little information. Nokuthula Sithole, whose husband Themba is among the missing, said she had been waiting at the gate since 05:00.

"They tell us to go home and wait for a phone call. I am not going anywhere," she said.

Mining Minister Gugu Ntuli is expected to visit the mine on Friday. Last year 41 people died in mining accidents in the country, according to figures from the Department of Mining Safety.

– Southern Newswire
""",
        [
            c(
                "the mine's owner",
                "said",
                "Six mineworkers were unaccounted for on Thursday after a rockfall at the Goudrand gold mine, about 40km west of Maraisburg",
            ),
            c(
                "Aurum Deep Mining",
                "said",
                "that the fall of ground happened at about 02:30 at a depth of 1,900 metres and that 41 workers had been brought to surface safely",
            ),
            c(
                "the company",
                "said",
                '"Our rescue teams are working around the clock and we remain hopeful,"',
            ),
            c(
                "department spokesperson Lerato Mahlangu",
                "told",
                "Inspectors from the Department of Mining Safety were on site",
            ),
            c(
                "She",
                "said",
                "the mine would remain closed until the inspectors had completed their investigation",
            ),
            c(
                "The Mineworkers' Solidarity Union (MSU)",
                "alleged",
                "that workers had told supervisors at least two weeks ago that the hanging wall of the affected stope was cracking",
            ),
            c(
                "workers",
                "told",
                "that the hanging wall of the affected stope was cracking",
                cue_n=1,
            ),
            c(
                "MSU regional secretary Bongani Zulu",
                "said",
                '"Management was told. Management did nothing,"',
            ),
            c("Aurum Deep", "denied", "that it had been warned"),
            c(
                "Aurum Deep",
                "saying",
                'it had "no record" of any such complaint and that the section had passed a geotechnical inspection in March',
            ),
            c("Relatives", "said", "they had been given little information"),
            c(
                "Nokuthula Sithole, whose husband Themba is among the missing",
                "said",
                "she had been waiting at the gate since 05:00",
            ),
            c(
                "she",
                "said",
                '"They tell us to go home and wait for a phone call. I am not going anywhere,"',
            ),
            c(None, "is expected to", ["Mining Minister Gugu Ntuli", "visit the mine on Friday"]),
            c(
                "figures from the Department of Mining Safety",
                "according to",
                "Last year 41 people died in mining accidents in the country",
            ),
        ],
    ),
    article(
        "fresh20-foreign-santa-verena-count",
        "foreign",
        "2026-11-12",
        """
Santa Verena count "riddled with gaps", observers say

KEVIN DACRES
Senior Staff Reporter

PUERTO ALMIRA, Santa Verena (ANS) – Regional election observers said yesterday that they had found "serious gaps" in the tallying of votes from Sunday's general election in Santa Verena, as the opposition refused to accept the ruling party's narrow victory.

In a preliminary statement, the 28-member mission from the Antillean States Council (ASC) said results from 11 of the country's 46 constituencies had been sent to the Electoral Office without the signatures of party agents, and that in four of them the number of votes counted exceeded the number of registered voters.

The head of the mission, retired judge Cecilia Arbuthnot, told journalists that polling day itself had been "orderly and peaceful" but that the count was "riddled with gaps that must be explained". She called on the Electoral Office to publish polling-station results for every constituency "without delay" so that parties and citizens could check them.

A narrow majority

The governing Progressive Labour Movement (PLM) won 24 seats to the opposition's 22, according to provisional results released by the Electoral Office on Tuesday.

Prime Minister Rodrigo Ventresca, speaking at a rally in the capital, described the result as "the clear will of the people" and dismissed the observers' concerns as "clerical matters".

"We won this election in the villages and in the towns, and we will not apologise for winning it.

"Those who lost should do what democrats do: accept it and prepare for the next one," he told supporters.

Opposition leader Maritza Oduber claimed that ballot boxes from at least two constituencies had been moved to a police station overnight "without any of our agents present". Her party has filed petitions in the High Court.

The Santa Verena police force said the boxes had been moved "for safekeeping" on the instructions of returning officers.

Several hundred opposition supporters are reported to have gathered outside the Electoral Office last night. There were no reports of violence. The Electoral Office did not respond to requests for comment.

At home, Foreign Affairs Minister Dr Annette Grizzle said yesterday that the Government was "following developments closely" and urged all sides to "allow the institutions to do their work".
""",
        [
            c("observers", "say", 'Santa Verena count "riddled with gaps"'),
            c(
                "Regional election observers",
                "said",
                'that they had found "serious gaps" in the tallying of votes from Sunday\'s general election in Santa Verena',
            ),
            c(
                "the 28-member mission from the Antillean States Council (ASC)",
                "said",
                "results from 11 of the country's 46 constituencies had been sent to the Electoral Office without the signatures of party agents, and that in four of them the number of votes counted exceeded the number of registered voters",
            ),
            c(
                "The head of the mission, retired judge Cecilia Arbuthnot",
                "told",
                'that polling day itself had been "orderly and peaceful" but that the count was "riddled with gaps that must be explained"',
            ),
            c(
                "She",
                "called on",
                'the Electoral Office to publish polling-station results for every constituency "without delay" so that parties and citizens could check them',
            ),
            c(
                "provisional results released by the Electoral Office on Tuesday",
                "according to",
                "The governing Progressive Labour Movement (PLM) won 24 seats to the opposition's 22",
            ),
            c(
                "Prime Minister Rodrigo Ventresca",
                "described",
                'the result as "the clear will of the people"',
            ),
            c(
                "Prime Minister Rodrigo Ventresca",
                "dismissed",
                'the observers\' concerns as "clerical matters"',
            ),
            c(
                "he",
                "told",
                [
                    '"We won this election in the villages and in the towns, and we will not apologise for winning it.',
                    '"Those who lost should do what democrats do: accept it and prepare for the next one,"',
                ],
            ),
            c(
                "Opposition leader Maritza Oduber",
                "claimed",
                'that ballot boxes from at least two constituencies had been moved to a police station overnight "without any of our agents present"',
            ),
            c(
                "The Santa Verena police force",
                "said",
                'the boxes had been moved "for safekeeping" on the instructions of returning officers',
            ),
            c(
                None,
                "are reported to",
                [
                    "Several hundred opposition supporters",
                    "have gathered outside the Electoral Office last night",
                ],
            ),
            c(
                "Foreign Affairs Minister Dr Annette Grizzle",
                "said",
                'that the Government was "following developments closely"',
            ),
            c(
                "Foreign Affairs Minister Dr Annette Grizzle",
                "urged",
                'all sides to "allow the institutions to do their work"',
            ),
        ],
    ),
    article(
        "fresh20-science-urban-streams",
        "science",
        "2026-01-21",
        """
City streams now too warm for native fish in summer, study finds

Rachel Tuhoro, Science Reporter

Streams running through three of the country's largest cities now regularly reach temperatures that native fish cannot tolerate for long, a study published on Wednesday has found.

Researchers from Waimārie University's freshwater ecology group placed temperature loggers in 64 urban streams over three summers. Writing in the Southern Journal of Freshwater Science, they report that 41 of the streams exceeded 24C for more than ten days each summer, a level at which young īnanga and kōkopu begin to show signs of stress.

The warmest stream in the study, the Kaiwhero Stream, peaked at 29.4C in February last year.

The study's lead author, Dr Anaru Whitinui, said the main cause was the loss of shade. "Where a stream runs through a concrete channel or past a car park, there's nothing between the water and the sun," he said. "You can see the temperature climb by three or four degrees over a few hundred metres."

Dr Anaru Whitinui measures water temperature in the Kaiwhero Stream. Photo: Supplied / Waimārie University

Streams with at least 60 per cent tree cover along their banks stayed, on average, 3.8C cooler at their summer peak than those with none, the data showed.

Trees as the cheap fix

Whitinui said councils could make a real difference within a decade by planting stream banks.

"This is one of the rare environmental problems where the fix is cheap and fast," Whitinui said. "Native trees like mānuka and kānuka can shade a small stream within five to eight years.

"We're not asking anyone to dig up a motorway. We're asking for trees."

He hopes the team's maps of the hottest reaches will help councils decide where to plant first.

Not everyone thinks shade alone is enough. Professor Helen Marsh, a hydrologist at Kōpuni Institute of Technology who was not involved in the study, said stormwater from roads was also warming streams and warned that planting "will not fix a drain that dumps hot water off a summer road straight into a creek".

A spokesperson for the Freshwater Commission said the agency welcomed the research and would consider it in a review of its urban stream guidelines, due next year.

The researchers are now asking councils to share their planting records so they can track whether new plantings are cooling the streams.
""",
        [
            c("study", "finds", "City streams now too warm for native fish in summer"),
            c(
                "a study published on Wednesday",
                "found",
                "Streams running through three of the country's largest cities now regularly reach temperatures that native fish cannot tolerate for long",
            ),
            c(
                "they",
                "report",
                "that 41 of the streams exceeded 24C for more than ten days each summer, a level at which young īnanga and kōkopu begin to show signs of stress",
            ),
            c(
                "The study's lead author, Dr Anaru Whitinui",
                "said",
                "the main cause was the loss of shade",
            ),
            c(
                "he",
                "said",
                [
                    '"Where a stream runs through a concrete channel or past a car park, there\'s nothing between the water and the sun,"',
                    '"You can see the temperature climb by three or four degrees over a few hundred metres."',
                ],
            ),
            c(
                "the data",
                "showed",
                "Streams with at least 60 per cent tree cover along their banks stayed, on average, 3.8C cooler at their summer peak than those with none",
            ),
            c(
                "Whitinui",
                "said",
                "councils could make a real difference within a decade by planting stream banks",
            ),
            c(
                "Whitinui",
                "said",
                [
                    '"This is one of the rare environmental problems where the fix is cheap and fast,"',
                    '"Native trees like mānuka and kānuka can shade a small stream within five to eight years.',
                    "\"We're not asking anyone to dig up a motorway. We're asking for trees.\"",
                ],
            ),
            c(
                "Professor Helen Marsh, a hydrologist at Kōpuni Institute of Technology who was not involved in the study",
                "said",
                "stormwater from roads was also warming streams",
            ),
            c(
                "Professor Helen Marsh, a hydrologist at Kōpuni Institute of Technology who was not involved in the study",
                "warned",
                'that planting "will not fix a drain that dumps hot water off a summer road straight into a creek"',
            ),
            c(
                "A spokesperson for the Freshwater Commission",
                "said",
                "the agency welcomed the research and would consider it in a review of its urban stream guidelines, due next year",
            ),
            c(
                "The researchers",
                "asking",
                "councils to share their planting records so they can track whether new plantings are cooling the streams",
            ),
        ],
    ),
]
