"""A third fresh, held-out set of invented news articles and their attributions, as strings.

Written on 2026-12-05 blind to claimx's rules (the annotator neither ran claimx nor read its
source, its tests or articles.py) and never to be used for tuning: it measures how the rules and
models generalise to articles nobody looked at while writing them. Every article, person,
organisation, place and quotation here is invented (MIT, like the project). ``build.py --set
fresh3`` turns these into ``fresh3.jsonl`` with exact spans; the conventions are in
docs/evaldata-news.md.
"""

# ruff: noqa: E501 (article text: one paragraph a line)
from __future__ import annotations

from typing import Any

from articles import article, c, qa

ARTICLES: list[dict[str, Any]] = [
    article(
        "fresh3-wire-valdera-landslide",
        "wire",
        "2026-02-17",
        """
Landslide buries mountain highway in Valdera; nine missing

PUERTO ALMIR, Feb 17 (Andes Continental Press) - A landslide swept over a mountain highway in the southern province of Valdera early on Tuesday, burying at least four vehicles and a roadside restaurant, and nine people are missing, the provincial emergency office said.

Heavy rain had loosened the hillside above Route 40 for several days, according to the office. Rescuers were digging by hand because the ground was too unstable for excavators, it said.

"We are still hearing a phone ringing under the mud," a volunteer firefighter at the scene, Matías Orellana, told local radio. "As long as it rings, we keep digging."

The governor of Valdera, Consuelo Ibarra Vidal, declared a state of emergency and asked the national government to send army engineers. She said families of the missing would be housed in the municipal sports hall in Puerto Almir.

The transport ministry denied that it had ignored warnings about the slope. A geological survey commissioned by the province in 2023 found that a 600-metre stretch of the highway was at "high risk" of collapse, but the ministry said repairs had been scheduled for this year.

Residents of the hamlet of Las Tunas, which has been cut off since the slide, are said to be running short of drinking water. A helicopter carrying supplies is expected to reach them on Wednesday if the weather clears.

Route 40 is the only paved road linking the province's coast with its interior. The regional bus company said it had suspended all services south of Puerto Almir until further notice.
""",
        [
            c(
                "the provincial emergency office",
                "said",
                "A landslide swept over a mountain highway in the southern province of Valdera early on Tuesday, burying at least four vehicles and a roadside restaurant, and nine people are missing",
            ),
            c(
                "the office",
                "according to",
                "Heavy rain had loosened the hillside above Route 40 for several days",
            ),
            c(
                "it",
                "said",
                "Rescuers were digging by hand because the ground was too unstable for excavators",
            ),
            c(
                "a volunteer firefighter at the scene, Matías Orellana",
                "told",
                [
                    '"We are still hearing a phone ringing under the mud,"',
                    '"As long as it rings, we keep digging."',
                ],
            ),
            c(
                "The governor of Valdera, Consuelo Ibarra Vidal",
                "asked",
                "the national government to send army engineers",
            ),
            c(
                "She",
                "said",
                "families of the missing would be housed in the municipal sports hall in Puerto Almir",
            ),
            c(
                "The transport ministry",
                "denied",
                "that it had ignored warnings about the slope",
            ),
            c(
                "A geological survey commissioned by the province in 2023",
                "found",
                'that a 600-metre stretch of the highway was at "high risk" of collapse',
            ),
            c("the ministry", "said", "repairs had been scheduled for this year"),
            c(
                None,
                "are said to",
                [
                    "Residents of the hamlet of Las Tunas, which has been cut off since the slide",
                    "be running short of drinking water",
                ],
            ),
            c(
                None,
                "is expected to",
                [
                    "A helicopter carrying supplies",
                    "reach them on Wednesday if the weather clears",
                ],
            ),
            c(
                "The regional bus company",
                "said",
                "it had suspended all services south of Puerto Almir until further notice",
            ),
        ],
    ),
    article(
        "fresh3-wire-kembara-rates",
        "wire",
        "2026-04-09",
        """
Kembara central bank holds rates, signals cut as inflation cools

JAYAPURNA, April 9 (Straits Economic Wire) - Bank Nusa Kembara left its benchmark interest rate unchanged at 6.25% on Thursday but said it saw room to lower borrowing costs later in the year if inflation kept easing.

All 22 economists in a Straits Economic Wire poll last week had forecast a hold. Inflation slowed to 3.4% in March, its lowest in more than two years, data from the national statistics bureau showed on Monday.

"The battle is not yet won, but the direction is clear," Governor Wirawan Adisaputra told a news conference. The bank would "not hesitate" to act if the rupa came under pressure again, he added.

In its policy statement, the board noted that food prices had fallen for a third month but warned that the cost of imported fuel remained "a significant upside risk".

Finance Minister Dewi Lestari Harjono has repeatedly urged the central bank to cut rates to help exporters. Manufacturers' groups say the strong rupa is costing them orders. After the decision, the minister said on social media that the bank had struck "a more balanced tone".

Two members of the seven-member board voted for a quarter-point cut, according to a person familiar with the discussions, who spoke on condition of anonymity because the vote has not been made public. The bank will publish minutes of the meeting in two weeks.

Analysts at Kembang Securities said they now expected the first cut in July. The rupa weakened 0.3% against the dollar after the announcement.
""",
        [
            c(
                "Bank Nusa Kembara",
                "said",
                "it saw room to lower borrowing costs later in the year if inflation kept easing",
            ),
            c(
                "All 22 economists in a Straits Economic Wire poll last week",
                "had forecast",
                "a hold",
            ),
            c(
                "data from the national statistics bureau",
                "showed",
                "Inflation slowed to 3.4% in March, its lowest in more than two years",
            ),
            c(
                "Governor Wirawan Adisaputra",
                "told",
                '"The battle is not yet won, but the direction is clear,"',
            ),
            c(
                "he",
                "added",
                'The bank would "not hesitate" to act if the rupa came under pressure again',
            ),
            c("the board", "noted", "that food prices had fallen for a third month"),
            c(
                "the board",
                "warned",
                'that the cost of imported fuel remained "a significant upside risk"',
            ),
            c(
                "Finance Minister Dewi Lestari Harjono",
                "urged",
                "the central bank to cut rates to help exporters",
            ),
            c("Manufacturers' groups", "say", "the strong rupa is costing them orders"),
            c(
                "the minister",
                "said",
                'that the bank had struck "a more balanced tone"',
            ),
            c(
                "a person familiar with the discussions, who spoke on condition of anonymity because the vote has not been made public",
                "according to",
                "Two members of the seven-member board voted for a quarter-point cut",
            ),
            c(
                "Analysts at Kembang Securities",
                "said",
                "they now expected the first cut in July",
            ),
        ],
    ),
    article(
        "fresh3-wire-sarrazona-rationing",
        "wire",
        "2026-07-28",
        """
Sarrazona to cut night-time water supply as reservoirs hit record low

SARRAZONA, July 28 (Reuben Press International) - Authorities in Sarrazona will cut off mains water to most of the city between midnight and 6 a.m. from Monday, the first rationing in the port city in three decades, the regional water company announced.

The company, Aigües del Llevant, said its three reservoirs held 11% of their capacity, against an average of 46% for late July. Without cuts, it warned, the supply could run dry by the middle of October.

Mayor Jordi Estrany Puig appealed to residents to "treat every litre as if it were the last" and said fountains, street cleaning and the watering of public parks would be stopped immediately. Hotels, which use about a fifth of the city's water in summer, have been asked to close their swimming pools. Hospitals and care homes will be exempt.

The hotel owners' association called the decision "improvised and unjust". Its president, Núria Castellví, said the sector had already cut consumption by 30% and was being "made a scapegoat for years of poor planning".

The national meteorological agency said the region had received less than half its normal rainfall for 26 consecutive months, and forecast no significant rain before September.

Farmers on the surrounding plain are said to be selling livestock they can no longer water. A desalination plant promised by the regional government in 2021 has not been built; a spokesman for the regional environment department did not respond to questions about the delay.
""",
        [
            c(
                "the regional water company",
                "announced",
                "Authorities in Sarrazona will cut off mains water to most of the city between midnight and 6 a.m. from Monday, the first rationing in the port city in three decades",
            ),
            c(
                "The company, Aigües del Llevant",
                "said",
                "its three reservoirs held 11% of their capacity, against an average of 46% for late July",
            ),
            c(
                "it",
                "warned",
                ["Without cuts", "the supply could run dry by the middle of October"],
            ),
            c(
                "Mayor Jordi Estrany Puig",
                "appealed to",
                'residents to "treat every litre as if it were the last"',
            ),
            c(
                "Mayor Jordi Estrany Puig",
                "said",
                "fountains, street cleaning and the watering of public parks would be stopped immediately",
            ),
            c(
                None,
                "have been asked",
                [
                    "Hotels, which use about a fifth of the city's water in summer",
                    "to close their swimming pools",
                ],
            ),
            c(
                "The hotel owners' association",
                "called",
                'the decision "improvised and unjust"',
            ),
            c(
                "Its president, Núria Castellví",
                "said",
                'the sector had already cut consumption by 30% and was being "made a scapegoat for years of poor planning"',
            ),
            c(
                "The national meteorological agency",
                "said",
                "the region had received less than half its normal rainfall for 26 consecutive months",
            ),
            c(
                "The national meteorological agency",
                "forecast",
                "no significant rain before September",
            ),
            c(
                None,
                "are said to",
                [
                    "Farmers on the surrounding plain",
                    "be selling livestock they can no longer water",
                ],
            ),
        ],
    ),
    article(
        "fresh3-release-lumora-clearwave",
        "press-release",
        "2026-05-19",
        """
Lumora Audio Introduces Clearwave, a Self-Fitting Hearing Aid Sold Without Prescription

TALLINNMOOR, May 19, 2026 /NordWire Press/ -- Lumora Audio Oy, a maker of headphones and hearing products, today launched Clearwave, a hearing aid that users set up themselves with a ten-minute hearing test on their phone, and said the device would go on sale in 1,200 pharmacies across the Baltic Union next month at 249 marks a pair.

In a study of 212 adults with mild to moderate hearing loss at Vesijärvi University Hospital, participants who fitted Clearwave themselves scored as well on speech-in-noise tests as those fitted by an audiologist, the company said.

"Most people wait nine or ten years between noticing they have trouble hearing and doing anything about it," said Aino Karvonen, chief executive of Lumora Audio. "Price and stigma are a large part of that. We designed Clearwave to remove both."

Karvonen said the company was also in talks with two national health insurers about reimbursing the device.

Dr. Tapio Reinholm, the audiologist who led the study, said self-fitting devices were "not a replacement for clinical care" for people with severe or sudden hearing loss, but that they could help "millions who are currently doing nothing".

Hearing loss affects roughly one adult in six in the region, according to the Nordic Hearing Council. Pharmacy chain Apteekki Nord, which will stock Clearwave in all 310 of its stores, said it expected strong demand from older customers.

"My grandchildren no longer have to repeat everything three times. That is worth more to me than I can say."
— Helmi Saarinen, 74, study participant

About Lumora Audio
Founded in 2011 and headquartered in Tallinnmoor, Lumora Audio designs headphones and hearing products sold in 40 countries.

Media contact: Riikka Lehto, press@lumora.example
""",
        [
            c(
                "Lumora Audio Oy, a maker of headphones and hearing products",
                "said",
                "the device would go on sale in 1,200 pharmacies across the Baltic Union next month at 249 marks a pair",
            ),
            c(
                "the company",
                "said",
                "In a study of 212 adults with mild to moderate hearing loss at Vesijärvi University Hospital, participants who fitted Clearwave themselves scored as well on speech-in-noise tests as those fitted by an audiologist",
            ),
            c(
                "Aino Karvonen, chief executive of Lumora Audio",
                "said",
                [
                    '"Most people wait nine or ten years between noticing they have trouble hearing and doing anything about it,"',
                    '"Price and stigma are a large part of that. We designed Clearwave to remove both."',
                ],
            ),
            c(
                "Karvonen",
                "said",
                "the company was also in talks with two national health insurers about reimbursing the device",
            ),
            c(
                "Dr. Tapio Reinholm, the audiologist who led the study",
                "said",
                'self-fitting devices were "not a replacement for clinical care" for people with severe or sudden hearing loss, but that they could help "millions who are currently doing nothing"',
            ),
            c(
                "the Nordic Hearing Council",
                "according to",
                "Hearing loss affects roughly one adult in six in the region",
            ),
            c(
                "Pharmacy chain Apteekki Nord, which will stock Clearwave in all 310 of its stores",
                "said",
                "it expected strong demand from older customers",
            ),
            c(
                "Helmi Saarinen, 74, study participant",
                "—",
                '"My grandchildren no longer have to repeat everything three times. That is worth more to me than I can say."',
            ),
        ],
    ),
    article(
        "fresh3-release-adaeze-school-meals",
        "press-release",
        "2026-02-03",
        """
Ninety Okerun Primary Schools to Serve Free Daily Lunches Under New Partnership

FOR IMMEDIATE RELEASE

OKERUN, 3 February 2026 — The Adaeze Foundation and the Okerun State Ministry of Education today confirmed a three-year partnership that will provide a free hot lunch every school day to 41,000 pupils in 90 public primary schools.

The programme, which begins on 2 March, will buy rice, beans, vegetables and eggs from more than 600 smallholder farmers in the state, the partners said. A pilot in 12 schools last year raised average attendance from 78% to 91%, according to an evaluation by the Centre for Learning Outcomes at Ekiti-Ora University.

"A hungry child cannot learn. It is as simple as that," said Dr. Adaeze Nwankwo-Bello, founder and chair of the foundation. "What surprised us in the pilot was how quickly the girls came back."

The state's Commissioner for Education, Hon. Babatunde Olaleye, said the government would fund a third of the programme's cost in its first year and half by its third, and called on businesses in the state to "sponsor a school kitchen".

The evaluation also found that teachers in pilot schools reported fewer pupils falling asleep in afternoon lessons.

Parents and guardians are asked to register their children with their school by 20 February so that kitchens can plan quantities.

Notes to editors

The Adaeze Foundation is a registered charity founded in 2015. It works in education and child nutrition in four states.

Press enquiries: Chinedu Okafor, media@adaezefoundation.example
""",
        [
            c(
                "The Adaeze Foundation and the Okerun State Ministry of Education",
                "confirmed",
                "a three-year partnership that will provide a free hot lunch every school day to 41,000 pupils in 90 public primary schools",
            ),
            c(
                "the partners",
                "said",
                "The programme, which begins on 2 March, will buy rice, beans, vegetables and eggs from more than 600 smallholder farmers in the state",
            ),
            c(
                "an evaluation by the Centre for Learning Outcomes at Ekiti-Ora University",
                "according to",
                "A pilot in 12 schools last year raised average attendance from 78% to 91%",
            ),
            c(
                "Dr. Adaeze Nwankwo-Bello, founder and chair of the foundation",
                "said",
                [
                    '"A hungry child cannot learn. It is as simple as that,"',
                    '"What surprised us in the pilot was how quickly the girls came back."',
                ],
            ),
            c(
                "The state's Commissioner for Education, Hon. Babatunde Olaleye",
                "said",
                "the government would fund a third of the programme's cost in its first year and half by its third",
            ),
            c(
                "The state's Commissioner for Education, Hon. Babatunde Olaleye",
                "called on",
                'businesses in the state to "sponsor a school kitchen"',
            ),
            c(
                "The evaluation",
                "found",
                "that teachers in pilot schools reported fewer pupils falling asleep in afternoon lessons",
            ),
            c(
                "teachers in pilot schools",
                "reported",
                "fewer pupils falling asleep in afternoon lessons",
            ),
            c(
                None,
                "are asked",
                [
                    "Parents and guardians",
                    "to register their children with their school by 20 February so that kitchens can plan quantities",
                ],
            ),
        ],
    ),
    article(
        "fresh3-courts-halloran-arson",
        "courts",
        "2026-10-06",
        """
Restaurant owner set fire to his own premises for insurance money, jury told

By Siobhán Dunleavy

A restaurant owner set fire to his own premises in Carrickbeg so that he could claim €900,000 from his insurer, a jury at Dunmore Circuit Criminal Court has heard.

Declan Halloran, 47, of Abbey Row, Carrickbeg, denies arson and attempting to obtain money by deception. The blaze at the Saltbox restaurant on Quay Street in March 2025 spread to two flats above, whose tenants escaped down a fire escape.

Opening the prosecution case on Monday, Gráinne Moylan SC told jurors that the restaurant had been losing money for two years and that Halloran owed suppliers and the Revenue more than €160,000.

"This was not bad luck," Ms Moylan said. "The State will say this was a plan, carried out by a man who knew exactly what the building was insured for."

Jurors heard that CCTV from a pharmacy across the street showed a figure in a dark hooded jacket entering the restaurant's rear lane at 3.12am, eleven minutes before the first call to the fire service. A fire investigator, Colm Breathnach, is expected to tell the court that petrol was found in three separate places in the kitchen.

Counsel for Mr Halloran, Eoin Farrelly SC, said his client had been at home with his wife that night and that the prosecution's case was "built on coincidence and a blurred video". Mr Halloran had never hidden his financial difficulties, he said, and had been negotiating a sale of the business when the fire happened.

Judge Rosalind Keane told the jury of eight men and four women not to research the case online or discuss it with anyone.

The trial, which is expected to last three weeks, continues.
""",
        [
            c(
                None,
                "told",
                "Restaurant owner set fire to his own premises for insurance money",
            ),
            c(
                None,
                "has heard",
                "A restaurant owner set fire to his own premises in Carrickbeg so that he could claim €900,000 from his insurer",
            ),
            c(
                "Gráinne Moylan SC",
                "told",
                "that the restaurant had been losing money for two years and that Halloran owed suppliers and the Revenue more than €160,000",
            ),
            c(
                "Ms Moylan",
                "said",
                [
                    '"This was not bad luck,"',
                    '"The State will say this was a plan, carried out by a man who knew exactly what the building was insured for."',
                ],
            ),
            c(
                None,
                "heard",
                "that CCTV from a pharmacy across the street showed a figure in a dark hooded jacket entering the restaurant's rear lane at 3.12am, eleven minutes before the first call to the fire service",
            ),
            c(
                "CCTV from a pharmacy across the street",
                "showed",
                "a figure in a dark hooded jacket entering the restaurant's rear lane at 3.12am, eleven minutes before the first call to the fire service",
            ),
            c(
                None,
                "is expected to",
                [
                    "A fire investigator, Colm Breathnach",
                    "tell the court that petrol was found in three separate places in the kitchen",
                ],
            ),
            c(
                "A fire investigator, Colm Breathnach",
                "tell",
                "that petrol was found in three separate places in the kitchen",
            ),
            c(
                "Counsel for Mr Halloran, Eoin Farrelly SC",
                "said",
                'his client had been at home with his wife that night and that the prosecution\'s case was "built on coincidence and a blurred video"',
            ),
            c(
                "he",
                "said",
                [
                    "Mr Halloran had never hidden his financial difficulties",
                    "and had been negotiating a sale of the business when the fire happened",
                ],
            ),
            c(
                "Judge Rosalind Keane",
                "told",
                "the jury of eight men and four women not to research the case online or discuss it with anyone",
            ),
            c(None, "is expected to", ["The trial", "last three weeks"]),
        ],
    ),
    article(
        "fresh3-courts-skyline-orchid",
        "courts",
        "2026-06-16",
        """
Court orders developer to refund 212 flat buyers over towers left unfinished for seven years

By Meera Subramaniam, Legal Correspondent

The Varunapur High Court on Tuesday ordered property developer Skyline Orchid Estates to refund 212 homebuyers with interest, ruling that a seven-year delay in completing two residential towers amounted to a breach of contract.

In a 64-page judgment, Justice Arvind Kulkarni wrote that the company had "treated the buyers' savings as an interest-free loan" and that its explanations for the delay were "vague, shifting and unsupported by a single document".

The buyers, most of whom had paid between 40% and 90% of the price of their flats by 2019, had asked the court to order either a refund or completion within six months. The court found that completion within that period was "a practical impossibility", according to the judgment.

Skyline Orchid had argued in its filings that the delay was caused by the pandemic, a shortage of cement and a two-year freeze on construction approvals by the city. Justice Kulkarni rejected that argument, noting that work on the site had stopped in early 2019, months before the first lockdown.

"We have waited so long that some of us have retired," said Revathi Iyer, 63, a former schoolteacher who led the buyers' association. "Today, for the first time, somebody listened.

"But a judgment is only paper. We will celebrate when the money is in our accounts."

The company's lawyer, Nikhil Sawant, said Skyline Orchid was "studying the judgment" and was likely to appeal to the Supreme Court. The developer is reported to owe more than 3 billion rupees to banks and suppliers.

The court gave the company 90 days to pay.
""",
        [
            c(
                "Court",
                "orders",
                "developer to refund 212 flat buyers over towers left unfinished for seven years",
            ),
            c(
                "The Varunapur High Court",
                "ordered",
                "property developer Skyline Orchid Estates to refund 212 homebuyers with interest",
            ),
            c(
                "The Varunapur High Court",
                "ruling",
                "that a seven-year delay in completing two residential towers amounted to a breach of contract",
            ),
            c(
                "Justice Arvind Kulkarni",
                "wrote",
                'that the company had "treated the buyers\' savings as an interest-free loan" and that its explanations for the delay were "vague, shifting and unsupported by a single document"',
            ),
            c(
                "The buyers, most of whom had paid between 40% and 90% of the price of their flats by 2019",
                "had asked",
                "the court to order either a refund or completion within six months",
            ),
            c(
                "The court",
                "found",
                'that completion within that period was "a practical impossibility"',
            ),
            c(
                "the judgment",
                "according to",
                'The court found that completion within that period was "a practical impossibility"',
            ),
            c(
                "Skyline Orchid",
                "had argued",
                "that the delay was caused by the pandemic, a shortage of cement and a two-year freeze on construction approvals by the city",
            ),
            c(
                "Justice Kulkarni",
                "noting",
                "that work on the site had stopped in early 2019, months before the first lockdown",
            ),
            c(
                "Revathi Iyer, 63, a former schoolteacher who led the buyers' association",
                "said",
                [
                    '"We have waited so long that some of us have retired,"',
                    '"Today, for the first time, somebody listened.',
                    '"But a judgment is only paper. We will celebrate when the money is in our accounts."',
                ],
            ),
            c(
                "The company's lawyer, Nikhil Sawant",
                "said",
                'Skyline Orchid was "studying the judgment" and was likely to appeal to the Supreme Court',
            ),
            c(
                None,
                "is reported to",
                ["The developer", "owe more than 3 billion rupees to banks and suppliers"],
            ),
        ],
    ),
    article(
        "fresh3-council-brackwater-market",
        "council",
        "2026-03-25",
        """
Brackwater market hall to close for two years as cabinet backs £18m rebuild

Brackwater's Victorian market hall will close in January for a two-year, £18 million rebuild after the borough council's cabinet backed the plan on Tuesday evening.

A report by the council's property officers said the cast-iron roof was corroding faster than expected and that patching it again would cost £2.3 million "with no guarantee of more than five years' life".

The 46 traders who rent stalls in the hall will be offered space in a temporary marquee on the Corn Street car park, the report said. Several of them told the meeting that was not good enough.

"You are asking us to sell fish in a tent for two winters," said Ken Rowbotham, whose family has run a fishmonger's stall in the hall since 1958. "Half of us will not be here when you reopen."

A petition signed by 3,400 people, presented by traders' representative Abi Osei, called on the council to phase the works so that part of the hall could stay open. Officers said phasing would add 14 months and about £4 million to the cost.

Cabinet member for regeneration Cllr Tamsin Lowry (Labour, Eastgate) said she understood the traders' anger but that the building was "genuinely at risk". She promised that rents in the marquee would be frozen at 2025 levels.

Liberal Democrat group leader Cllr Peter Achterberg said the administration had "sat on this problem for a decade" and accused it of presenting councillors with a choice that had already been made. A motion from his group asking for an independent survey of the roof was defeated by 31 votes to 14 at last week's full council meeting.

The council is expected to award the building contract in the autumn.
""",
        [
            c(
                "A report by the council's property officers",
                "said",
                'the cast-iron roof was corroding faster than expected and that patching it again would cost £2.3 million "with no guarantee of more than five years\' life"',
            ),
            c(
                "the report",
                "said",
                "The 46 traders who rent stalls in the hall will be offered space in a temporary marquee on the Corn Street car park",
            ),
            c("Several of them", "told", "that was not good enough"),
            c(
                "Ken Rowbotham, whose family has run a fishmonger's stall in the hall since 1958",
                "said",
                [
                    '"You are asking us to sell fish in a tent for two winters,"',
                    '"Half of us will not be here when you reopen."',
                ],
            ),
            c(
                "A petition signed by 3,400 people, presented by traders' representative Abi Osei",
                "called on",
                "the council to phase the works so that part of the hall could stay open",
            ),
            c(
                "Officers",
                "said",
                "phasing would add 14 months and about £4 million to the cost",
            ),
            c(
                "Cabinet member for regeneration Cllr Tamsin Lowry (Labour, Eastgate)",
                "said",
                'she understood the traders\' anger but that the building was "genuinely at risk"',
            ),
            c(
                "She",
                "promised",
                "that rents in the marquee would be frozen at 2025 levels",
            ),
            c(
                "Liberal Democrat group leader Cllr Peter Achterberg",
                "said",
                'the administration had "sat on this problem for a decade"',
            ),
            c(
                "Liberal Democrat group leader Cllr Peter Achterberg",
                "accused",
                "it of presenting councillors with a choice that had already been made",
            ),
            c(
                "A motion from his group",
                "asking for",
                "an independent survey of the roof",
            ),
            c(
                None,
                "is expected to",
                ["The council", "award the building contract in the autumn"],
            ),
        ],
    ),
    article(
        "fresh3-council-pedralva-tourist-tax",
        "council",
        "2026-09-02",
        """
Pedralva votes for nightly tourist tax, but campsites are spared

PEDRALVA — The municipal council of Pedralva voted 9-4 on Thursday to charge visitors two escudos per person per night from next April, making it the third town on the Costa Alta to introduce a tourist tax.

The tax will apply to hotels, guesthouses and short-term rental flats but not to campsites, after an amendment tabled by Councillor Ilda Furtado passed by a single vote. Ms Furtado argued that campsites were used mainly by families from inland towns "who are not the problem".

Mayor Rui Cardoso Aleixo told the council the tax would raise about 1.8 million escudos a year, to be spent on beach cleaning, lifeguards and the town's overstretched water network. In summer, he said, Pedralva's population rises from 14,000 to nearly 60,000. Asked whether the rate could go up in future, the mayor said any increase would need a new vote of the council.

A technical report from the council's finance department estimated that the tax would reduce overnight stays by no more than 2%.

Opposition councillor Henrique Paiva voted against, describing the measure as "a tax on the town's own success". The regional hoteliers' association wrote to every councillor last week warning that visitors would simply stay in neighbouring Vila Serena, where there is no tax.

Residents who spoke during the public session were mostly in favour. Lurdes Mendonça, who has lived in the old quarter for 40 years, said her street now had "more suitcases than neighbours". The residents' group Pedralva Viva called for part of the money to be spent on housing for seasonal workers.

The council's legal adviser confirmed that the tax still needs the approval of the regional assembly, which is not expected before January.
""",
        [
            c(
                "Ms Furtado",
                "argued",
                'that campsites were used mainly by families from inland towns "who are not the problem"',
            ),
            c(
                "Mayor Rui Cardoso Aleixo",
                "told",
                "the tax would raise about 1.8 million escudos a year, to be spent on beach cleaning, lifeguards and the town's overstretched water network",
            ),
            c(
                "he",
                "said",
                ["In summer", "Pedralva's population rises from 14,000 to nearly 60,000"],
            ),
            c(
                "the mayor",
                "said",
                "any increase would need a new vote of the council",
            ),
            c(
                "A technical report from the council's finance department",
                "estimated",
                "that the tax would reduce overnight stays by no more than 2%",
            ),
            c(
                "Opposition councillor Henrique Paiva",
                "describing",
                'the measure as "a tax on the town\'s own success"',
            ),
            c(
                "The regional hoteliers' association",
                "warning",
                "that visitors would simply stay in neighbouring Vila Serena, where there is no tax",
            ),
            c(
                "Lurdes Mendonça, who has lived in the old quarter for 40 years",
                "said",
                'her street now had "more suitcases than neighbours"',
            ),
            c(
                "The residents' group Pedralva Viva",
                "called for",
                "part of the money to be spent on housing for seasonal workers",
            ),
            c(
                "The council's legal adviser",
                "confirmed",
                "that the tax still needs the approval of the regional assembly, which is not expected before January",
            ),
        ],
    ),
    article(
        "fresh3-opinion-stellbridge-stadium",
        "opinion",
        "2026-08-20",
        """
Stellbridge cannot afford a stadium for a club that can

By Marguerite Oyelaran

I have held a season ticket at Dunmoor Park for twenty-two years, so let me say this as a friend of Stellbridge Athletic: the city should not lend the club £60 million to build its new stadium.

The club's owners say the new ground will bring 900 jobs and "a new heart for the east side". Every stadium proposal in living memory has come with a number like that. A review of 31 publicly funded stadiums by the Institute for Urban Economics found that not one had produced measurable growth in local employment once construction ended.

The council's leader, Cllr Darren Holt, told this newspaper last month that the loan was "not a gift" and would be repaid from ticket revenue over 25 years. A club spokesman insisted this week that it carried "no risk whatsoever" to council taxpayers. That depends on crowds the club has not drawn since the 1990s. Athletic averaged 11,200 spectators last season; the club's business plan assumes 19,000.

Meanwhile the city has closed three of its seven leisure centres since 2022. Its own auditors warned in March that the council's borrowing was already "close to the limit of prudence".

The club's chairman, Vikram Sethi, is a wealthy man. He has said more than once that Athletic "belongs to the city". If that is true, the city's money should go to things everyone uses. If he wants a stadium, he and his partners can build one, and I will be first in the queue for a ticket.

Councillors vote on the loan on 3 September. They should say no.
""",
        [
            c(
                "The club's owners",
                "say",
                'the new ground will bring 900 jobs and "a new heart for the east side"',
            ),
            c(
                "A review of 31 publicly funded stadiums by the Institute for Urban Economics",
                "found",
                "that not one had produced measurable growth in local employment once construction ended",
            ),
            c(
                "The council's leader, Cllr Darren Holt",
                "told",
                'that the loan was "not a gift" and would be repaid from ticket revenue over 25 years',
            ),
            c(
                "A club spokesman",
                "insisted",
                'that it carried "no risk whatsoever" to council taxpayers',
            ),
            c("the club's business plan", "assumes", "19,000"),
            c(
                "Its own auditors",
                "warned",
                'that the council\'s borrowing was already "close to the limit of prudence"',
            ),
            c("He", "has said", 'that Athletic "belongs to the city"'),
        ],
    ),
    article(
        "fresh3-opinion-varnholm-night-buses",
        "opinion",
        "2026-10-29",
        """
The night bus is not a luxury

By Tomasz Wieczorek-Hale

At ten past one on a Tuesday morning, the N14 leaving Varnholm General Hospital is full. Cleaners, porters, nurses coming off a late shift, a baker heading in to start one. If Varnholm Transit gets its way, from January that bus will not exist.

The transit authority says the eight night routes it plans to cut carry "very low numbers" and cost 4.1 million a year to run. Its own passenger counts, released after a freedom-of-information request, show that the N14 and N22 each carry more than 300 people a night, more than several daytime routes that are not on the list.

What the cuts would save is small. What they would cost is harder to count. Amira Haddad, a theatre nurse at the General, told me she would have to give up her job if the N14 went. "A taxi home would take a third of what I earn on a night shift," she said. "I am not the only one doing that sum."

The authority's chief executive, Lars Enquist, has suggested that night workers could "use car-sharing schemes". I would like to see him arrange one at 1 a.m. for a porter who lives eleven kilometres away.

There are alternatives. The regional government, which part-funds the network, has said it is willing to discuss extra money for routes that serve hospitals. The authority has not yet taken up that offer.

Varnholm likes to call itself a 24-hour city. A 24-hour city needs 24-hour buses. The transit board meets on 14 November, and it should take the night routes off the list.
""",
        [
            c(
                "The transit authority",
                "says",
                'the eight night routes it plans to cut carry "very low numbers" and cost 4.1 million a year to run',
            ),
            c(
                "Its own passenger counts, released after a freedom-of-information request",
                "show",
                "that the N14 and N22 each carry more than 300 people a night, more than several daytime routes that are not on the list",
            ),
            c(
                "Amira Haddad, a theatre nurse at the General",
                "told",
                "she would have to give up her job if the N14 went",
            ),
            c(
                "she",
                "said",
                [
                    '"A taxi home would take a third of what I earn on a night shift,"',
                    '"I am not the only one doing that sum."',
                ],
            ),
            c(
                "The authority's chief executive, Lars Enquist",
                "has suggested",
                'that night workers could "use car-sharing schemes"',
            ),
            c(
                "The regional government, which part-funds the network",
                "has said",
                "it is willing to discuss extra money for routes that serve hospitals",
            ),
        ],
    ),
    article(
        "fresh3-interview-haldorsdottir-glacier",
        "interview",
        "2026-09-23",
        """
"The glacier is retreating faster than my knees": guide Sigrún Haldórsdóttir on forty years on the ice

A guide on the Breiðjökull ice cap since 1986, Sigrún Haldórsdóttir has trained most of the people who now lead walkers onto it. This month she takes her last group up. She spoke to Thomas Ekwueme; the interview has been edited and condensed.

Ekwueme: How much has the glacier changed since your first season?

Haldórsdóttir: The tongue we walked on in 1986 is gone. Where we used to strap on crampons there is now a lake with a car park beside it. We walk twenty minutes further every year just to reach the ice.

Ekwueme: The tourism board says visitor numbers on the ice cap have doubled since 2015. Is that a problem?

Haldórsdóttir: Numbers are not the problem. Bad guiding is. Some companies send people out with two weeks' training, and the ice does not care how many followers you have online.

Ekwueme: Two tourists died in a crevasse fall last summer. Should the ice cap be closed?

Haldórsdóttir: No. Close it and people will walk on it anyway, without a guide. What we need is a licence, like the ones pilots and divers have, and inspectors who actually come up the mountain.

Ekwueme: Are you sad to stop?

Haldórsdóttir: The glacier is retreating faster than my knees, so it is a fair race. I will miss the mornings. The light on the ice at six o'clock, before anybody talks, is the best thing I know.

Ekwueme: What will you do next?

Haldórsdóttir: My granddaughter wants me to teach her to sail. I told her the sea is just water that hasn't frozen yet.
""",
        [
            c(
                "guide Sigrún Haldórsdóttir",
                ":",
                '"The glacier is retreating faster than my knees"',
            ),
            qa(
                "Haldórsdóttir",
                "The tongue we walked on in 1986 is gone. Where we used to strap on crampons there is now a lake with a car park beside it. We walk twenty minutes further every year just to reach the ice.",
            ),
            qa(
                "Haldórsdóttir",
                "Numbers are not the problem. Bad guiding is. Some companies send people out with two weeks' training, and the ice does not care how many followers you have online.",
            ),
            qa(
                "Haldórsdóttir",
                "No. Close it and people will walk on it anyway, without a guide. What we need is a licence, like the ones pilots and divers have, and inspectors who actually come up the mountain.",
            ),
            qa(
                "Haldórsdóttir",
                "The glacier is retreating faster than my knees, so it is a fair race. I will miss the mornings. The light on the ice at six o'clock, before anybody talks, is the best thing I know.",
            ),
            qa(
                "Haldórsdóttir",
                "My granddaughter wants me to teach her to sail. I told her the sea is just water that hasn't frozen yet.",
            ),
        ],
    ),
    article(
        "fresh3-live-blog-valdoria-strike",
        "live-blog",
        "2026-11-19",
        """
General strike live: trains halted and schools shut as unions march on parliament

Follow our live coverage of the national strike across Valdoria. The newest posts are at the top.

18:05
That's all from us today. Union leaders say they will decide next week whether to call a second strike day in December.

17:40
Prime Minister Edvard Lindqvist-Amara has just spoken to reporters outside his office. "The door is open. It has always been open," he said. "But the pension age will rise, because the numbers do not add up any other way."

17:12
Our correspondent at the march, Paola Zambrano: "The organisers are claiming 120,000 people. Police put it at 45,000 earlier. From where I'm standing on the bridge, the crowd stretches back as far as I can see."

16:30
Police say 14 people have been detained after a group broke away from the march and smashed the windows of two banks on Sankt Orla Street. The union federation condemned the violence and said it had "nothing to do with us".

15:50
The national rail operator, FerroVal, has confirmed that fewer than one train in ten ran today. Services should be back to normal by Friday morning, it said.

15:15
The education ministry estimates that 62% of teachers joined the strike. Unions say the true figure is closer to 80%.

14:40
Reader Hanne Brask emails from Dalvik: "My son's nursery is open, but the bakery next door has a sign saying 'Closed in solidarity'. Nobody seems to mind."

14:05
Employers' federation president Sune Abrahamsen has called the strike "an expensive piece of theatre" and urged the government not to back down.
""",
        [
            c(
                "Union leaders",
                "say",
                "they will decide next week whether to call a second strike day in December",
            ),
            c(
                "he",
                "said",
                [
                    '"The door is open. It has always been open,"',
                    '"But the pension age will rise, because the numbers do not add up any other way."',
                ],
            ),
            c(
                "Our correspondent at the march, Paola Zambrano",
                ":",
                '"The organisers are claiming 120,000 people. Police put it at 45,000 earlier. From where I\'m standing on the bridge, the crowd stretches back as far as I can see."',
            ),
            c(
                "Police",
                "say",
                "14 people have been detained after a group broke away from the march and smashed the windows of two banks on Sankt Orla Street",
            ),
            c(
                "The union federation",
                "said",
                'it had "nothing to do with us"',
            ),
            c(
                "The national rail operator, FerroVal",
                "has confirmed",
                "that fewer than one train in ten ran today",
            ),
            c(
                "it",
                "said",
                "Services should be back to normal by Friday morning",
            ),
            c(
                "The education ministry",
                "estimates",
                "that 62% of teachers joined the strike",
            ),
            c("Unions", "say", "the true figure is closer to 80%"),
            c(
                "Reader Hanne Brask",
                "emails",
                "\"My son's nursery is open, but the bakery next door has a sign saying 'Closed in solidarity'. Nobody seems to mind.\"",
            ),
            c(
                "Employers' federation president Sune Abrahamsen",
                "has called",
                'the strike "an expensive piece of theatre"',
            ),
            c(
                "Employers' federation president Sune Abrahamsen",
                "urged",
                "the government not to back down",
            ),
        ],
    ),
    article(
        "fresh3-business-marisol-fresco",
        "business",
        "2026-11-11",
        """
Marisol agrees 2.4 billion sol takeover of rival grocer Fresco Norte

By Daniela Quispe

Marisol, the largest supermarket chain in Costa Verde, has agreed to buy its northern rival Fresco Norte for 2.4 billion soles in cash and shares, the two companies said on Wednesday, creating a group with about 1,100 stores and 68,000 employees.

Marisol will pay 31.50 soles for each Fresco Norte share, a premium of 27% to Tuesday's closing price. Fresco Norte's board has unanimously recommended that shareholders accept the offer, according to a filing with the Costa Verde stock exchange.

Marisol chief executive Andrés Velasco Ruiz told analysts the deal would produce annual cost savings of about 190 million soles within three years, mostly in purchasing and logistics. "We are not buying stores. We are buying a supply chain in the north that would have taken us ten years to build," he said.

He said no stores would close "as a direct result" of the merger but declined to give a guarantee on jobs at the two companies' head offices.

The deal is likely to face a lengthy review by the competition authority, which blocked a smaller supermarket merger in 2023. The combined group would control roughly 38% of the national grocery market, analysts at Banco Altiplano estimated in a note to clients. A spokeswoman for the authority said it had not yet received a formal notification and declined to comment further.

The consumer association ConsumaBien warned that prices could rise in northern towns where Fresco Norte is often the only supermarket. Its director, Beatriz Olaechea, said the authority should demand the sale of stores in those towns "before the ink is dry".

Shares in Fresco Norte jumped 24% to 30.80 soles. Marisol's shares fell 3.2%.
""",
        [
            c(
                "the two companies",
                "said",
                "Marisol, the largest supermarket chain in Costa Verde, has agreed to buy its northern rival Fresco Norte for 2.4 billion soles in cash and shares",
            ),
            c(
                "a filing with the Costa Verde stock exchange",
                "according to",
                "Fresco Norte's board has unanimously recommended that shareholders accept the offer",
            ),
            c(
                "Fresco Norte's board",
                "recommended",
                "that shareholders accept the offer",
            ),
            c(
                "Marisol chief executive Andrés Velasco Ruiz",
                "told",
                "the deal would produce annual cost savings of about 190 million soles within three years, mostly in purchasing and logistics",
            ),
            c(
                "he",
                "said",
                '"We are not buying stores. We are buying a supply chain in the north that would have taken us ten years to build,"',
            ),
            c(
                "He",
                "said",
                'no stores would close "as a direct result" of the merger',
            ),
            c(
                "analysts at Banco Altiplano",
                "estimated",
                "The combined group would control roughly 38% of the national grocery market",
            ),
            c(
                "A spokeswoman for the authority",
                "said",
                "it had not yet received a formal notification",
            ),
            c(
                "The consumer association ConsumaBien",
                "warned",
                "that prices could rise in northern towns where Fresco Norte is often the only supermarket",
            ),
            c(
                "Its director, Beatriz Olaechea",
                "said",
                'the authority should demand the sale of stores in those towns "before the ink is dry"',
            ),
        ],
    ),
    article(
        "fresh3-foreign-sarykol-withdrawal",
        "foreign",
        "2026-05-05",
        """
Ketsaria and Ormaz agree to pull troops back from disputed valley

By Rustam Alimov in Tashbel

Ketsaria and Ormaz have agreed to withdraw their troops from positions along the disputed Sarykol valley within ten days, after three weeks of clashes that killed at least 17 soldiers, officials from both countries said on Monday.

The agreement was reached late on Sunday at talks in the neutral city of Dashkent, mediated by the foreign minister of neighbouring Turvan, Leyla Nazarova. In a joint statement, the two governments said they would set up a border commission to mark the frontier "on the basis of maps and treaties accepted by both parties".

Ketsaria's foreign minister, Bakyt Osmonov, called the deal "a victory for common sense". Ormaz's defence ministry said its forces would begin pulling back on Wednesday but would "respond firmly" to any violation.

Villagers who fled the valley when the shelling began are unlikely to return soon. "My house has no roof. What am I returning to?" said Gulnara Tashieva, 52, speaking by phone from a school gymnasium in Tashbel where about 800 displaced people are sleeping.

The fighting began on April 12, when, according to Ketsarian officials, Ormazi troops tried to install surveillance cameras on a hill both countries claim. Ormaz says its soldiers were fired on first. Neither account could be independently verified.

Western diplomats are said to have put heavy pressure on both governments. Both depend on a reservoir in the valley for much of their drinking water. One diplomat in Dashkent, who was not authorised to speak publicly, said the two sides had come "much closer to a real war than either will admit".

Nazarova told reporters she would visit both capitals next week.
""",
        [
            c(
                "officials from both countries",
                "said",
                "Ketsaria and Ormaz have agreed to withdraw their troops from positions along the disputed Sarykol valley within ten days, after three weeks of clashes that killed at least 17 soldiers",
            ),
            c(
                "the two governments",
                "said",
                'they would set up a border commission to mark the frontier "on the basis of maps and treaties accepted by both parties"',
            ),
            c(
                "Ketsaria's foreign minister, Bakyt Osmonov",
                "called",
                'the deal "a victory for common sense"',
            ),
            c(
                "Ormaz's defence ministry",
                "said",
                'its forces would begin pulling back on Wednesday but would "respond firmly" to any violation',
            ),
            c(
                "Gulnara Tashieva, 52",
                "said",
                '"My house has no roof. What am I returning to?"',
            ),
            c(
                "Ketsarian officials",
                "according to",
                "Ormazi troops tried to install surveillance cameras on a hill both countries claim",
            ),
            c("Ormaz", "says", "its soldiers were fired on first"),
            c(
                None,
                "are said to",
                ["Western diplomats", "have put heavy pressure on both governments"],
            ),
            c(
                "One diplomat in Dashkent, who was not authorised to speak publicly",
                "said",
                'the two sides had come "much closer to a real war than either will admit"',
            ),
            c("Nazarova", "told", "she would visit both capitals next week"),
        ],
    ),
    article(
        "fresh3-health-jeonwol-salt",
        "health",
        "2026-01-29",
        """
Less salt in school lunches lowered children's blood pressure, study finds

Children at primary schools that cut the salt in their lunches by a third had lower blood pressure after one school year than pupils at schools that made no change, a study published on Thursday has found.

The trial, which involved 4,300 pupils aged eight to eleven at 48 schools in South Jeonwol province, was run by researchers at Hanbit National University and is published in the journal Pediatric Cardiovascular Medicine.

Systolic blood pressure fell by an average of 1.9 points in children at the reduced-salt schools and rose slightly among the others, the authors reported. Pupils did not leave more of their lunches uneaten.

"A point or two sounds tiny," said Professor Yoon Ha-eun, the study's lead author. "But blood pressure tends to track from childhood into adulthood. Shift a whole generation slightly downwards and you prevent a great many strokes fifty years from now."

Dr. Park Jun-seo, a paediatric cardiologist at Seokchon Children's Hospital who was not involved in the research, said the results were encouraging but cautioned that the study had not measured how much salt the children ate at home. "Lunch is one meal out of twenty-one in a week," he said.

The health ministry has asked the country's 6,100 primary schools to cut salt in lunches by 15% by 2028. The National Dietitians' Association has long argued that the target is too modest.

The study was funded by the ministry, which had no role in analysing the data, according to the paper. Dietitians say the hardest part is bread and sauces bought in from suppliers. The ministry is reportedly drafting rules that would cap the salt in food sold to schools.
""",
        [
            c(
                "study",
                "finds",
                "Less salt in school lunches lowered children's blood pressure",
            ),
            c(
                "a study published on Thursday",
                "has found",
                "Children at primary schools that cut the salt in their lunches by a third had lower blood pressure after one school year than pupils at schools that made no change",
            ),
            c(
                "the authors",
                "reported",
                "Systolic blood pressure fell by an average of 1.9 points in children at the reduced-salt schools and rose slightly among the others",
            ),
            c(
                "Professor Yoon Ha-eun, the study's lead author",
                "said",
                [
                    '"A point or two sounds tiny,"',
                    '"But blood pressure tends to track from childhood into adulthood. Shift a whole generation slightly downwards and you prevent a great many strokes fifty years from now."',
                ],
            ),
            c(
                "Dr. Park Jun-seo, a paediatric cardiologist at Seokchon Children's Hospital who was not involved in the research",
                "said",
                "the results were encouraging",
            ),
            c(
                "Dr. Park Jun-seo, a paediatric cardiologist at Seokchon Children's Hospital who was not involved in the research",
                "cautioned",
                "that the study had not measured how much salt the children ate at home",
            ),
            c("he", "said", '"Lunch is one meal out of twenty-one in a week,"'),
            c(
                "The health ministry",
                "has asked",
                "the country's 6,100 primary schools to cut salt in lunches by 15% by 2028",
            ),
            c(
                "The National Dietitians' Association",
                "argued",
                "that the target is too modest",
            ),
            c(
                "the paper",
                "according to",
                "The study was funded by the ministry, which had no role in analysing the data",
            ),
            c(
                "Dietitians",
                "say",
                "the hardest part is bread and sauces bought in from suppliers",
            ),
            c(
                None,
                "reportedly",
                [
                    "The ministry is",
                    "drafting rules that would cap the salt in food sold to schools",
                ],
            ),
        ],
    ),
]
