"""A held-out set of invented news articles and their attributions, as strings (fresh27).

Written on 2026-12-05 blind to claimx's rules (the annotator neither ran claimx nor read its
source, its tests or the other sets) and never to be used for tuning. Every article, person,
organisation, place and quotation here is invented (MIT, like the project). ``build.py --set
fresh27`` turns these into ``fresh27.jsonl`` with exact spans; the conventions are in
docs/evaldata-news.md.

Twelve articles of 300-490 words: wire 2, council 2, and one each of courts (a coroner's inquest), press-release, interview (a Q:/A: transcript), live-blog, opinion, business, health and foreign, in Australian, New Zealand, South African and Kenyan house styles and registers.
"""

# ruff: noqa: E501 (article text: one paragraph a line)
from __future__ import annotations

from typing import Any

from articles import article, c

ARTICLES: list[dict[str, Any]] = [
    article(
        "fresh27-wire-calloway-allocations",
        "wire",
        "2026-06-16",
        """
Irrigators told to brace for smallest water allocation in nine years

By Kate Hollis

MERRINDALE, Tuesday (Southern Cross Wire) - Irrigators in the Calloway Valley will start the season with the smallest opening water allocation in nine years, the river authority says. A dry winter has left the valley's three main storages at less than a third of capacity.

Calloway Water announced on Tuesday that general-security licence holders would receive 14 per cent of their entitlement on July 1, down from 38 per cent a year ago.

Chief executive Rhonda Pell said the figure reflected "what is actually in the dams, not what anyone would like to be there".

"We know this is a hard number for people who have already planted or bought stock on the expectation of a normal year," Ms Pell told reporters in Merrindale.

"But we would be doing them no favours by promising water we cannot deliver. If the spring rain comes, allocations will rise, and they will rise quickly."

An outlook published by the Bureau of Climate last week found spring rainfall had a less than even chance of reaching the long-term average across the southern ranges.

Relief measures

The state's Water Minister, Daniel Okafor-Reid, said the government would extend its drought assistance loans for another 12 months and waive irrigation licence fees for the first quarter.

He conceded the package would not cover the full cost for growers who had already committed to summer crops, but said "nobody is being left on their own".

Opposition water spokeswoman Trish Calder accused the government of "sitting on its hands" through a winter of warnings and called on the minister to release the modelling behind the forecast.

A spokesman for Mr Okafor-Reid declined to say whether the modelling would be made public.

The Calloway Irrigators' Council is understood to be seeking an urgent meeting with the minister, and several growers are reportedly weighing whether to sell their allocations on the temporary market rather than plant at all.

Rice grower Sam Whitlock, who farms 600 hectares west of Yarrabool, said he had already cancelled a seed order worth about $40,000.

"You can't grow rice on 14 per cent," he said. "I'll put a few paddocks into wheat and hope the winter we didn't get turns up in spring."

Mr Whitlock, like many growers in the district, fears a repeat of the 2019 season, when allocations never rose above 20 per cent.

The authority's board voted last month to defer a planned rise in delivery charges until 2027. Allocations will next be reviewed on July 15.

Related: Dry winter pushes fodder prices to record highs

(Southern Cross Wire)
""",
        [
            c(
                None,
                "told",
                ["Irrigators", "to brace for smallest water allocation in nine years"],
                n=0,
            ),
            c(
                "the river authority",
                "says",
                "Irrigators in the Calloway Valley will start the season with the smallest opening water allocation in nine years",
            ),
            c(
                "Calloway Water",
                "announced",
                "that general-security licence holders would receive 14 per cent of their entitlement on July 1, down from 38 per cent a year ago",
            ),
            c(
                "Chief executive Rhonda Pell",
                "said",
                'the figure reflected "what is actually in the dams, not what anyone would like to be there"',
            ),
            c(
                "Ms Pell",
                "told",
                [
                    '"We know this is a hard number for people who have already planted or bought stock on the expectation of a normal year,"',
                    '"But we would be doing them no favours by promising water we cannot deliver. If the spring rain comes, allocations will rise, and they will rise quickly."',
                ],
            ),
            c(
                "An outlook published by the Bureau of Climate last week",
                "found",
                "spring rainfall had a less than even chance of reaching the long-term average across the southern ranges",
            ),
            c(
                "The state's Water Minister, Daniel Okafor-Reid",
                "said",
                "the government would extend its drought assistance loans for another 12 months and waive irrigation licence fees for the first quarter",
            ),
            c(
                "He",
                "conceded",
                "the package would not cover the full cost for growers who had already committed to summer crops",
            ),
            c("He", "said", '"nobody is being left on their own"'),
            c(
                "Opposition water spokeswoman Trish Calder",
                "accused",
                'the government of "sitting on its hands" through a winter of warnings',
            ),
            c(
                "Opposition water spokeswoman Trish Calder",
                "called on",
                "the minister to release the modelling behind the forecast",
            ),
            c(
                None,
                "is understood to",
                [
                    "The Calloway Irrigators' Council",
                    "be seeking an urgent meeting with the minister",
                ],
            ),
            c(
                None,
                "reportedly",
                [
                    "several growers are",
                    "weighing whether to sell their allocations on the temporary market rather than plant at all",
                ],
            ),
            c(
                "Rice grower Sam Whitlock, who farms 600 hectares west of Yarrabool",
                "said",
                "he had already cancelled a seed order worth about $40,000",
            ),
            c(
                "he",
                "said",
                [
                    '"You can\'t grow rice on 14 per cent,"',
                    "\"I'll put a few paddocks into wheat and hope the winter we didn't get turns up in spring.\"",
                ],
            ),
        ],
    ),
    article(
        "fresh27-courts-forestry-inquest",
        "courts",
        "2026-04-23",
        """
Forestry worker's death "entirely preventable", coroner finds

By Mere Tapsell

A 19-year-old forestry worker crushed by a falling tree near Ōtāhuri would still be alive if his crew had followed its own safety plan, according to a coroner's findings released on Thursday.

Jayden Rewiti was killed in March last year while felling on a steep block inland from Ōtāhuri managed by contractor Tōtara Ridge Logging.

Jayden Rewiti was 19 when he died. Photo / Supplied

In her findings, Coroner Helen Maaka called the death "entirely preventable" and said the crew had been working without a designated spotter for at least two weeks before the accident, and that a radio check-in system set out in the company's safety plan "existed on paper only".

The tree, a 40-metre Douglas fir, had a split trunk that made the direction of its fall hard to predict, the inquest heard in November.

Mr Rewiti's mother, Aroha Rewiti, told the inquest her son had rung her the night before his death to say he was uneasy about the block.

"He said the ground was too wet and nobody was listening," she said.

Company evidence

Tōtara Ridge director Grant Usher accepted under questioning that the spotter role had not been filled, but said the crew were "experienced operators who knew that block better than anyone".

Coroner Maaka rejected that explanation, writing that experience "is not a substitute for a second set of eyes on a falling tree".

"Mr Rewiti was entitled to expect that the people responsible for his safety had done what they said they would do," she wrote. "They had not."

Mr Usher also denied that the company had pushed the crew to finish the block before the Easter break, and the coroner made no finding on that point.

Recommendations

The coroner recommended that the Workplace Safety Authority require a named spotter on every manual felling operation on slopes steeper than 25 degrees, and that contractors' radio check-in procedures be audited at least once a year.

The authority said in a statement it would "carefully consider" the recommendations, noting that it had already begun a review of its steep-slope felling guidance.

Tōtara Ridge Logging did not respond to a request for comment on Thursday.

Outside the court, Mr Rewiti's uncle, Piripi Rewiti, said the family felt "some relief, but not peace".

"Jayden did what he was told," he said. "He went to work and he didn't come home. We want every crew in this country to read what the coroner wrote."

Correction, 10.40am: This story has been updated to correct Jayden Rewiti's age.
""",
        [
            c("coroner", "finds", 'Forestry worker\'s death "entirely preventable"'),
            c(
                "a coroner's findings released on Thursday",
                "according to",
                "A 19-year-old forestry worker crushed by a falling tree near Ōtāhuri would still be alive if his crew had followed its own safety plan",
            ),
            c("Coroner Helen Maaka", "called", 'the death "entirely preventable"'),
            c(
                "Coroner Helen Maaka",
                "said",
                'the crew had been working without a designated spotter for at least two weeks before the accident, and that a radio check-in system set out in the company\'s safety plan "existed on paper only"',
            ),
            c(
                None,
                "heard",
                "The tree, a 40-metre Douglas fir, had a split trunk that made the direction of its fall hard to predict",
            ),
            c(
                "Mr Rewiti's mother, Aroha Rewiti",
                "told",
                "her son had rung her the night before his death to say he was uneasy about the block",
            ),
            c("her son", "say", "he was uneasy about the block"),
            c("she", "said", '"He said the ground was too wet and nobody was listening,"'),
            c(
                "Tōtara Ridge director Grant Usher",
                "accepted",
                "that the spotter role had not been filled",
            ),
            c(
                "Tōtara Ridge director Grant Usher",
                "said",
                'the crew were "experienced operators who knew that block better than anyone"',
            ),
            c(
                "Coroner Maaka",
                "writing",
                'that experience "is not a substitute for a second set of eyes on a falling tree"',
            ),
            c(
                "she",
                "wrote",
                [
                    '"Mr Rewiti was entitled to expect that the people responsible for his safety had done what they said they would do,"',
                    '"They had not."',
                ],
            ),
            c(
                "Mr Usher",
                "denied",
                "that the company had pushed the crew to finish the block before the Easter break",
            ),
            c(
                "The coroner",
                "recommended",
                "that the Workplace Safety Authority require a named spotter on every manual felling operation on slopes steeper than 25 degrees, and that contractors' radio check-in procedures be audited at least once a year",
            ),
            c("The authority", "said", 'it would "carefully consider" the recommendations'),
            c(
                "The authority",
                "noting",
                "that it had already begun a review of its steep-slope felling guidance",
            ),
            c(
                "Mr Rewiti's uncle, Piripi Rewiti",
                "said",
                'the family felt "some relief, but not peace"',
            ),
            c(
                "he",
                "said",
                [
                    '"Jayden did what he was told,"',
                    '"He went to work and he didn\'t come home. We want every crew in this country to read what the coroner wrote."',
                ],
            ),
        ],
    ),
    article(
        "fresh27-council-waimaunga-rates",
        "council",
        "2026-06-25",
        """
Councillors back 11.2 per cent rates rise despite ratepayer anger

By Sione Falaniko, Local Democracy Reporter

Ratepayers in the Waimaunga District face an average rates rise of 11.2 per cent from July after councillors voted 7-4 on Wednesday to adopt the council's annual plan.

Mayor Judith Carran said the increase was "the least bad option" after two years of storm repairs had drained the council's reserves.

"Nobody around this table enjoys this," she said. "But the roads we patched after the 2023 floods are failing again, and they will not fix themselves."

Chief financial officer Warwick Ashe told the meeting that without the rise the council would breach its own debt limit in the 2027/28 year.

Staff had modelled a 7 per cent option, he said, but it would have meant delaying the replacement of the Tūtaki Rd bridge by at least three years.

What it means

- The average residential ratepayer will pay about $298 more a year, or $5.73 a week.
- Rural ratepayers face a rise of about 9 per cent.
- The Tūtaki Rd bridge replacement stays in the plan for 2026/27.

"Kick in the guts"

Cr Hemi Paraone, who voted against the plan, called the rise "a kick in the guts for pensioners on fixed incomes" and argued the council should have sold its stake in Waimaunga Airport before asking ratepayers for more.

He moved that the plan be deferred for a month so staff could cost a sale, but the motion was lost 4-7.

Cr Rachel Trinh asked why the council had not applied for central government resilience funding sooner. Mr Ashe said an application had been lodged in March and a decision was expected by September.

The council received 1340 submissions on the draft plan, 81 per cent of them opposing the rise, according to a staff report tabled at the meeting.

Waimaunga Ratepayers' Association president Colin Boyd said members were "angry but not surprised" and urged councillors to publish a full list of the projects that had been cut to keep the rise below 12 per cent.

Cr Paraone declined to say whether he would stand for the mayoralty in October.

The council is expected to consult on a targeted rate for flood protection later this year, and the airport's board is understood to have already been approached by two prospective buyers.

Read more: Waimaunga's long road back from the 2023 floods
""",
        [
            c(
                "Mayor Judith Carran",
                "said",
                'the increase was "the least bad option" after two years of storm repairs had drained the council\'s reserves',
            ),
            c(
                "she",
                "said",
                [
                    '"Nobody around this table enjoys this,"',
                    '"But the roads we patched after the 2023 floods are failing again, and they will not fix themselves."',
                ],
            ),
            c(
                "Chief financial officer Warwick Ashe",
                "told",
                "that without the rise the council would breach its own debt limit in the 2027/28 year",
            ),
            c(
                "he",
                "said",
                [
                    "Staff had modelled a 7 per cent option",
                    "but it would have meant delaying the replacement of the Tūtaki Rd bridge by at least three years",
                ],
            ),
            c(
                "Cr Hemi Paraone, who voted against the plan",
                "called",
                'the rise "a kick in the guts for pensioners on fixed incomes"',
            ),
            c(
                "Cr Hemi Paraone, who voted against the plan",
                "argued",
                "the council should have sold its stake in Waimaunga Airport before asking ratepayers for more",
            ),
            c("He", "moved", "that the plan be deferred for a month so staff could cost a sale"),
            c(
                "Mr Ashe",
                "said",
                "an application had been lodged in March and a decision was expected by September",
            ),
            c(
                "a staff report tabled at the meeting",
                "according to",
                "The council received 1340 submissions on the draft plan, 81 per cent of them opposing the rise",
            ),
            c(
                "Waimaunga Ratepayers' Association president Colin Boyd",
                "said",
                'members were "angry but not surprised"',
            ),
            c(
                "Waimaunga Ratepayers' Association president Colin Boyd",
                "urged",
                "councillors to publish a full list of the projects that had been cut to keep the rise below 12 per cent",
            ),
            c(
                None,
                "is expected to",
                ["The council", "consult on a targeted rate for flood protection later this year"],
                near="The council is expected to consult on a targeted rate for flood protection later this year",
            ),
            c(
                None,
                "is understood to",
                ["the airport's board", "have already been approached by two prospective buyers"],
            ),
        ],
    ),
    article(
        "fresh27-council-ekuthuleni-tankers",
        "council",
        "2026-09-11",
        """
Ekuthuleni spent R48m on water tankers in a year, council hears

Nokuthula Dlamini | Local government reporter

EKUTHULENI - The Ekuthuleni Local Municipality spent R48.2 million on hired water tankers in the 2025/26 financial year, almost four times what it had budgeted, according to a report tabled before council on Thursday.

The report, compiled by the municipality's internal audit unit, found that three contractors had been paid for deliveries that could not be matched to any driver logbook.

Residents queue for water from a municipal tanker in Mandlakazi. Picture: Nokuthula Dlamini

Mayoral committee member for water and sanitation Sipho Mabaso told councillors the tankers were "a bandage on a wound that needs stitches" and that the municipality had no choice while the Khanyisa reservoir remained offline.

"I will not stand here and tell the people of Ward 14 to wait another month with no water at all," Mabaso said.

Residents of Ward 14 in Mandlakazi have been without piped water for most of the past seven weeks, according to ward councillor Bongani Zulu.

"People are queuing at 4am with buckets. The gogos cannot carry 25 litres up that hill," Zulu said, adding that two schools in the ward had sent learners home early because the toilets could not be flushed.

'Connected to people in this building'

Civic Alliance caucus leader Marlene Ferreira alleged that some of the tanker owners were "connected to people in this building" and asked the speaker to refer the audit report to the provincial anti-corruption unit.

Speaker Thandi Nkosi ruled that the allegation be withdrawn unless Ferreira could table evidence. Ferreira refused, saying the audit report itself was the evidence, and the Civic Alliance caucus walked out.

Municipal manager Lwazi Khumalo said the contracts of the three suppliers had been suspended pending a forensic investigation, and that the reservoir's pumps were expected to be back in service by the end of October.

After the walkout, council resolved to approve a further R12 million for tankers for the rest of the financial year.

The provincial department of water and sanitation is said to be considering placing the municipality's water services under administration. Departmental spokesperson Zanele Mthembu did not respond to questions sent on Thursday.

Tanker spending at a glance

- Budgeted for 2025/26: R12.5 million
- Spent: R48.2 million
- Suppliers used: 11
- Suppliers suspended: 3
""",
        [
            c(None, "hears", "Ekuthuleni spent R48m on water tankers in a year"),
            c(
                "a report tabled before council on Thursday",
                "according to",
                "The Ekuthuleni Local Municipality spent R48.2 million on hired water tankers in the 2025/26 financial year, almost four times what it had budgeted",
            ),
            c(
                "The report, compiled by the municipality's internal audit unit",
                "found",
                "that three contractors had been paid for deliveries that could not be matched to any driver logbook",
            ),
            c(
                "Mayoral committee member for water and sanitation Sipho Mabaso",
                "told",
                'the tankers were "a bandage on a wound that needs stitches" and that the municipality had no choice while the Khanyisa reservoir remained offline',
            ),
            c(
                "Mabaso",
                "said",
                '"I will not stand here and tell the people of Ward 14 to wait another month with no water at all,"',
            ),
            c(
                "ward councillor Bongani Zulu",
                "according to",
                "Residents of Ward 14 in Mandlakazi have been without piped water for most of the past seven weeks",
            ),
            c(
                "Zulu",
                "said",
                '"People are queuing at 4am with buckets. The gogos cannot carry 25 litres up that hill,"',
            ),
            c(
                "Zulu",
                "adding",
                "that two schools in the ward had sent learners home early because the toilets could not be flushed",
            ),
            c(
                "Civic Alliance caucus leader Marlene Ferreira",
                "alleged",
                'that some of the tanker owners were "connected to people in this building"',
            ),
            c(
                "Civic Alliance caucus leader Marlene Ferreira",
                "asked",
                "the speaker to refer the audit report to the provincial anti-corruption unit",
            ),
            c(
                "Speaker Thandi Nkosi",
                "ruled",
                "that the allegation be withdrawn unless Ferreira could table evidence",
            ),
            c("Ferreira", "saying", "the audit report itself was the evidence"),
            c(
                "Municipal manager Lwazi Khumalo",
                "said",
                "the contracts of the three suppliers had been suspended pending a forensic investigation, and that the reservoir's pumps were expected to be back in service by the end of October",
            ),
            c(
                None,
                "is said to",
                [
                    "The provincial department of water and sanitation",
                    "be considering placing the municipality's water services under administration",
                ],
            ),
        ],
    ),
    article(
        "fresh27-press-release-mahlangu-solar",
        "press-release",
        "2026-03-03",
        """
Mahlangu Solar signs 20-year deal to power Kleinrivier with 75MW solar plant

MIDDELKRAAL, 3 March 2026 /Ubuntu Newswire/ -- Mahlangu Solar (Pty) Ltd today announced that it has signed a 20-year power purchase agreement with the Kleinrivier Local Municipality for a 75-megawatt solar photovoltaic plant outside Sandvlakte, the first agreement of its kind between an independent power producer and a municipality in the region.

Highlights of the agreement:

- Construction to begin in the third quarter of 2026, with first power scheduled for late 2027
- About 600 jobs during construction, at least half of them filled by Kleinrivier residents
- A community trust to own 10 per cent of the project company
- A tariff fixed for the first ten years of operation

"This agreement shows that a municipality does not have to wait for someone else to fix its power problems," said Nomvula Mahlangu, chief executive of Mahlangu Solar. "Kleinrivier will get cheaper, cleaner electricity, and the people who build the plant will come from Kleinrivier."

Kleinrivier Executive Mayor Pieter Jacobs said the agreement would cap the municipality's bulk electricity cost at R1.18 per kilowatt-hour for the first decade. He estimated the municipality would save about R40 million a year.

"Our residents and our farmers have sat in the dark for long enough," Jacobs added. "Every rand we do not spend on bulk power is a rand we can spend on roads and clinics."

An independent feasibility study commissioned by the municipality in 2025 estimated that the plant would cut the town's daytime reliance on grid power by about 40 per cent.

The company said it would also fund bursaries for 20 electrical engineering students from the district over the next five years.

Local businesses interested in supplying the project are encouraged to register on the Mahlangu Solar supplier portal before 30 April 2026.

About Mahlangu Solar

Mahlangu Solar (Pty) Ltd is an independent power producer founded in 2014. It develops, builds and operates utility-scale solar and battery storage projects and has 410MW in operation at nine sites.

About Kleinrivier Local Municipality

Kleinrivier Local Municipality serves about 86,000 residents in Sandvlakte and eleven surrounding towns.

Media contact:
Lerato Sithole
Head of Communications, Mahlangu Solar
lerato.sithole@mahlangusolar.example
+27 21 555 0142

SOURCE Mahlangu Solar (Pty) Ltd
""",
        [
            c(
                "Mahlangu Solar (Pty) Ltd",
                "announced",
                "that it has signed a 20-year power purchase agreement with the Kleinrivier Local Municipality for a 75-megawatt solar photovoltaic plant outside Sandvlakte, the first agreement of its kind between an independent power producer and a municipality in the region",
            ),
            c(
                "Nomvula Mahlangu, chief executive of Mahlangu Solar",
                "said",
                [
                    '"This agreement shows that a municipality does not have to wait for someone else to fix its power problems,"',
                    '"Kleinrivier will get cheaper, cleaner electricity, and the people who build the plant will come from Kleinrivier."',
                ],
            ),
            c(
                "Kleinrivier Executive Mayor Pieter Jacobs",
                "said",
                "the agreement would cap the municipality's bulk electricity cost at R1.18 per kilowatt-hour for the first decade",
            ),
            c("He", "estimated", "the municipality would save about R40 million a year"),
            c(
                "Jacobs",
                "added",
                [
                    '"Our residents and our farmers have sat in the dark for long enough,"',
                    '"Every rand we do not spend on bulk power is a rand we can spend on roads and clinics."',
                ],
            ),
            c(
                "An independent feasibility study commissioned by the municipality in 2025",
                "estimated",
                "that the plant would cut the town's daytime reliance on grid power by about 40 per cent",
            ),
            c(
                "The company",
                "said",
                "it would also fund bursaries for 20 electrical engineering students from the district over the next five years",
            ),
            c(
                None,
                "are encouraged",
                [
                    "Local businesses interested in supplying the project",
                    "to register on the Mahlangu Solar supplier portal before 30 April 2026",
                ],
            ),
        ],
    ),
    article(
        "fresh27-interview-fire-captain",
        "interview",
        "2026-09-28",
        """
"We are running on goodwill and fumes": fire captain on the volunteer crisis

Interview by Luke Ferrante

Dianne Corbett has been captain of the Wattle Gully Rural Fire Brigade, in the hills above Pindarra, for 11 years. Last month she wrote to every household in the district warning that the brigade could not guarantee a full crew for a weekday call-out this summer. She spoke to the Pindarra Advocate about recruitment, burnout and why she is staying on for one more season. This interview has been edited for length and clarity.

Q: How many active members does the brigade have right now?

A: On paper, 34. People who will actually turn up at two in the afternoon on a Tuesday, maybe six. Most of our members work down in Pindarra or further, and you can't walk off a shift at the abattoir because the pager goes off.

Q: Your letter said the brigade "could not guarantee" a crew. Was that meant to frighten people?

A: It was meant to be honest. I'd rather people were a bit frightened in October than caught out in January. We had a grass fire on the Halloran place last February and it took us 40 minutes to get a truck out of the shed with three on board. Three is legal. It isn't safe.

Q: The Emergency Services Minister told parliament last week that volunteer numbers across the state were "stable". Is he wrong?

A: He's looking at a spreadsheet. I'm looking at a roster. Both of those things can be true, I suppose, but the spreadsheet doesn't drive the truck.

Q: What would actually help?

A: Leave that employers get paid back for, properly, not a form that takes six weeks to process. And a bit of recognition that training now takes close to a year before someone can go on a fire ground. When I joined, you did a weekend and they handed you a hose.

Q: So why stay on?

A: Because nobody else has put their hand up yet, and I told the brigade I wouldn't leave them without a captain. My husband would tell you I say that every year.

Q: Any message for readers who have never thought about joining?

A: Come down to the shed on a Thursday night. We'll put the kettle on. You don't have to be young or fit to be useful. Half of what we do is radios and logistics.

The Wattle Gully brigade trains at the Quarry Road station every Thursday from 7pm.

Read more: Pindarra braces for an early fire season
""",
        [
            c("fire captain", ":", '"We are running on goodwill and fumes"'),
            c(
                "she",
                "warning",
                "that the brigade could not guarantee a full crew for a weekday call-out this summer",
            ),
            c(
                "Dianne Corbett",
                "A:",
                "On paper, 34. People who will actually turn up at two in the afternoon on a Tuesday, maybe six. Most of our members work down in Pindarra or further, and you can't walk off a shift at the abattoir because the pager goes off.",
                far=True,
                kind="direct",
            ),
            c(
                "Dianne Corbett",
                "A:",
                "It was meant to be honest. I'd rather people were a bit frightened in October than caught out in January. We had a grass fire on the Halloran place last February and it took us 40 minutes to get a truck out of the shed with three on board. Three is legal. It isn't safe.",
                far=True,
                kind="direct",
            ),
            c(
                "Dianne Corbett",
                "A:",
                "He's looking at a spreadsheet. I'm looking at a roster. Both of those things can be true, I suppose, but the spreadsheet doesn't drive the truck.",
                far=True,
                kind="direct",
            ),
            c(
                "Dianne Corbett",
                "A:",
                "Leave that employers get paid back for, properly, not a form that takes six weeks to process. And a bit of recognition that training now takes close to a year before someone can go on a fire ground. When I joined, you did a weekend and they handed you a hose.",
                far=True,
                kind="direct",
            ),
            c(
                "Dianne Corbett",
                "A:",
                "Because nobody else has put their hand up yet, and I told the brigade I wouldn't leave them without a captain. My husband would tell you I say that every year.",
                far=True,
                kind="direct",
            ),
            c(
                "Dianne Corbett",
                "A:",
                "Come down to the shed on a Thursday night. We'll put the kettle on. You don't have to be young or fit to be useful. Half of what we do is radios and logistics.",
                far=True,
                kind="direct",
            ),
        ],
    ),
    article(
        "fresh27-live-blog-kiboko-floods",
        "live-blog",
        "2026-04-30",
        """
LIVE: Thousands displaced as Kiboko River bursts its banks in Mwangaza

By Daily Taifa Digital Team

Last updated 4.52pm EAT

Key points

- At least 3,400 households displaced, county officials say
- Two dead after matatu swept off Ndovu causeway
- Mwangaza-Soko Mpya road closed at Ndovu bridge
- Schools in three sub-counties shut until Monday

4.52pm

The National Weather Service warned in a bulletin at 4pm that more heavy rain was expected over the Kiboko catchment tonight, which could push the river higher by morning.

Residents of low-lying parts of Ndovu and Kasarani wards have been told to move to higher ground before dark.

4.30pm

Mwangaza Governor Esther Wanjiru says the county has opened nine evacuation centres in schools and churches and that about 3,400 households are now displaced.

"If you have a lorry or a boat, we need you today," she told reporters at Ndovu bridge. "Please do not wait for someone from the government to knock on your door."

4.05pm

Residents in Kasarani told Daily Taifa the water rose by almost a metre in less than an hour shortly after 3am.

"We carried the children out on our shoulders. The goats, we could not save," said Mary Achieng, a vegetable seller whose house now stands in water up to its windows.

Residents wade through floodwater in Kasarani ward on Thursday. (Photo: Brian Otieno/Daily Taifa)

3.40pm

Police confirmed that two people died when a matatu was swept off the Ndovu causeway early this morning. Mwangaza County Police Commander Joseph Langat said eleven passengers were pulled out by residents, and that divers were still searching for a third person believed to have been on board.

3.15pm

The Uhai Relief Network says its teams have handed out food and blankets to about 1,200 families at the Kasarani Primary School camp, but that it is running short of drinking water and sleeping mats.

The network's regional coordinator, Halima Abdi, urged well-wishers to send cash through the network's paybill number rather than bring clothes. Donated clothing was already piling up unsorted at the camp, she said.

2.20pm

Mwangaza Senator David Kiprop accused the county government of spending money meant for desilting the Kiboko on "roadside beautification", and urged the Senate's devolution committee to summon the county's water officials.

The governor's office dismissed the claim as "cheap politics at a time of grief".

1.45pm

The National Roads Agency said the Mwangaza-Soko Mpya road would stay closed at Ndovu bridge until engineers had inspected the structure. Motorists are advised to use the Mitini route.

The Ministry of Education announced that schools in Ndovu, Kasarani and Mitini sub-counties would remain closed until Monday.

1.10pm

Good afternoon and welcome to our live coverage of the flooding in Mwangaza County, where the Kiboko River burst its banks overnight after two days of torrential rain. County Commissioner Samuel Ngugi is expected to address journalists at Ndovu bridge at 2pm.
""",
        [
            c("county officials", "say", "At least 3,400 households displaced"),
            c(
                "The National Weather Service",
                "warned",
                "that more heavy rain was expected over the Kiboko catchment tonight, which could push the river higher by morning",
            ),
            c(
                None,
                "have been told",
                [
                    "Residents of low-lying parts of Ndovu and Kasarani wards",
                    "to move to higher ground before dark",
                ],
            ),
            c(
                "Mwangaza Governor Esther Wanjiru",
                "says",
                "the county has opened nine evacuation centres in schools and churches and that about 3,400 households are now displaced",
            ),
            c(
                "she",
                "told",
                [
                    '"If you have a lorry or a boat, we need you today,"',
                    '"Please do not wait for someone from the government to knock on your door."',
                ],
            ),
            c(
                "Residents in Kasarani",
                "told",
                "the water rose by almost a metre in less than an hour shortly after 3am",
            ),
            c(
                "Mary Achieng, a vegetable seller whose house now stands in water up to its windows",
                "said",
                '"We carried the children out on our shoulders. The goats, we could not save,"',
            ),
            c(
                "Police",
                "confirmed",
                "that two people died when a matatu was swept off the Ndovu causeway early this morning",
            ),
            c(
                "Mwangaza County Police Commander Joseph Langat",
                "said",
                "eleven passengers were pulled out by residents, and that divers were still searching for a third person believed to have been on board",
            ),
            c(
                "The Uhai Relief Network",
                "says",
                "its teams have handed out food and blankets to about 1,200 families at the Kasarani Primary School camp, but that it is running short of drinking water and sleeping mats",
            ),
            c(
                "The network's regional coordinator, Halima Abdi",
                "urged",
                "well-wishers to send cash through the network's paybill number rather than bring clothes",
            ),
            c("she", "said", "Donated clothing was already piling up unsorted at the camp"),
            c(
                "Mwangaza Senator David Kiprop",
                "accused",
                'the county government of spending money meant for desilting the Kiboko on "roadside beautification"',
            ),
            c(
                "Mwangaza Senator David Kiprop",
                "urged",
                "the Senate's devolution committee to summon the county's water officials",
            ),
            c(
                "The governor's office",
                "dismissed",
                'the claim as "cheap politics at a time of grief"',
            ),
            c(
                "The National Roads Agency",
                "said",
                "the Mwangaza-Soko Mpya road would stay closed at Ndovu bridge until engineers had inspected the structure",
            ),
            c(None, "are advised", ["Motorists", "to use the Mitini route"]),
            c(
                "The Ministry of Education",
                "announced",
                "that schools in Ndovu, Kasarani and Mitini sub-counties would remain closed until Monday",
            ),
            c(
                None,
                "is expected to",
                ["County Commissioner Samuel Ngugi", "address journalists at Ndovu bridge at 2pm"],
            ),
        ],
    ),
    article(
        "fresh27-opinion-kereru-park-pool",
        "opinion",
        "2026-08-12",
        """
Closing the Kereru Park pool would be a false economy

OPINION

Anahera Dunstan

The council's consultation document on the future of the Kereru Park pool runs to 46 pages, and the word "children" appears in it exactly twice.

That tells you most of what you need to know about how the question has been framed.

The document says the 1960s outdoor pool needs $3.8 million of work on its plant and tiles within five years, and that closing it and extending the bus service to the aquatic centre in Matairangi would save ratepayers about $410,000 a year.

I don't doubt the engineers. A pool built when my mother was at school is going to need money. But the savings figure assumes that families who now walk to Kereru Park will happily put their kids on a 40-minute bus ride to Matairangi. Anyone who has tried to get three children and their togs onto a bus on a hot Saturday knows how likely that is.

Council staff, to their credit, concede in the document that the bus option has not been costed against falling swim-school enrolments. One council officer, who asked not to be named, told me the closure option was "written before the consultation started".

Who learns to swim?

A 2024 survey by the Pōwhiri Bay Swim Club found that fewer than half of the town's 10-year-olds could swim 50 metres unaided. That was with the pool open.

The club's head coach, Mereana Hohaia, put it bluntly when I rang her this week: "You close the pool, you close the one place these kids learn to float before they go near the river."

We have lost two young people to the Awaroa River in the past decade. I taught one of them to read.

Mayor Tony Vercoe told a public meeting last month that "nobody wants to close a pool", and I believe him. He also said the council had to make "grown-up decisions" about ageing assets. Fair enough. Grown-up decisions start with grown-up numbers.

So why is closure the preferred option, when a staged repair spread over eight years has never been put to the public? Why has nobody asked the swim club what its enrolments would look like without a pool in town?

Councillor Dave Rangitaawa, who chairs the community facilities committee, said on local radio last week he was "open to a rethink" if the community made its case. Good. Councillors should ask for a full costing of the staged repair before they vote on anything.

I am asking them to pause this decision until those figures are on the table. Submissions close on Friday. If you learned to swim at Kereru Park, or taught someone else to, tell them so.

Anahera Dunstan is a retired deputy principal who has lived in Pōwhiri Bay for 30 years. The views expressed are her own.
""",
        [
            c(
                "The document",
                "says",
                "the 1960s outdoor pool needs $3.8 million of work on its plant and tiles within five years, and that closing it and extending the bus service to the aquatic centre in Matairangi would save ratepayers about $410,000 a year",
            ),
            c(
                "the savings figure",
                "assumes",
                "that families who now walk to Kereru Park will happily put their kids on a 40-minute bus ride to Matairangi",
            ),
            c(
                "Council staff",
                "concede",
                "that the bus option has not been costed against falling swim-school enrolments",
            ),
            c(
                "One council officer, who asked not to be named",
                "told",
                'the closure option was "written before the consultation started"',
            ),
            c(
                "A 2024 survey by the Pōwhiri Bay Swim Club",
                "found",
                "that fewer than half of the town's 10-year-olds could swim 50 metres unaided",
            ),
            c(
                "The club's head coach, Mereana Hohaia",
                "put it bluntly",
                '"You close the pool, you close the one place these kids learn to float before they go near the river."',
            ),
            c("Mayor Tony Vercoe", "told", 'that "nobody wants to close a pool"'),
            c("He", "said", 'the council had to make "grown-up decisions" about ageing assets'),
            c(
                "Councillor Dave Rangitaawa, who chairs the community facilities committee",
                "said",
                'he was "open to a rethink" if the community made its case',
            ),
        ],
    ),
    article(
        "fresh27-business-khaya-retail",
        "business",
        "2026-10-20",
        """
Khaya Retail profit slides 14% as generator and security costs bite

Thabo Molefe | Business Reporter

Headline earnings per share at Khaya Retail fell 14% to 287c in the six months to end-August, the grocery and clothing chain said in its interim results on Tuesday.

Revenue rose 6.2% to R21.4bn, but the group spent R186m on diesel for generators during power cuts, more than double its spend a year earlier, and security costs climbed 31% after a spate of armed robberies at stores.

Chief executive Ayanda Nxumalo said trading had been "resilient in the circumstances" and that food sales had held up better than clothing, where customers were trading down to cheaper lines.

"Our customers are under pressure and so are we," Nxumalo told analysts on a results call. "We chose to protect prices on the basics, and that costs us margin. I'd make the same call again."

Dividend cut

The board declared an interim dividend of 95c a share, down from 120c.

Finance director Grant Pietersen said the group would cut capital expenditure by R300m this year and delay the opening of 14 new stores, but insisted the lower payout was "sustainable".

The group cautioned that trading conditions were likely to remain tough until at least the end of the year.

A report by the Retailers' Association of Southern Africa in July estimated that power cuts had added about 1.5 percentage points to food inflation over the past year.

Lindiwe Maseko, a retail analyst at Umoya Asset Managers, said the results were "better than feared", but warned that the clothing division was losing ground to cheaper online rivals.

"The food business is doing the heavy lifting. Clothing is where I'd be worried," she said.

The group is understood to be in talks to sell its loss-making furniture division, Khaya Home, to a private equity buyer. Nxumalo would not comment on the talks, saying only that the group "regularly reviews" its portfolio.

Khaya's shares fell 4.8% to R96.10 by midday.

Related: How power cuts are reshaping what shoppers put in their trolleys
""",
        [
            c(
                "the grocery and clothing chain",
                "said",
                "Headline earnings per share at Khaya Retail fell 14% to 287c in the six months to end-August",
            ),
            c(
                "Chief executive Ayanda Nxumalo",
                "said",
                'trading had been "resilient in the circumstances" and that food sales had held up better than clothing, where customers were trading down to cheaper lines',
            ),
            c(
                "Nxumalo",
                "told",
                [
                    '"Our customers are under pressure and so are we,"',
                    '"We chose to protect prices on the basics, and that costs us margin. I\'d make the same call again."',
                ],
            ),
            c(
                "Finance director Grant Pietersen",
                "said",
                "the group would cut capital expenditure by R300m this year and delay the opening of 14 new stores",
            ),
            c("Finance director Grant Pietersen", "insisted", 'the lower payout was "sustainable"'),
            c(
                "The group",
                "cautioned",
                "that trading conditions were likely to remain tough until at least the end of the year",
            ),
            c(
                "A report by the Retailers' Association of Southern Africa in July",
                "estimated",
                "that power cuts had added about 1.5 percentage points to food inflation over the past year",
            ),
            c(
                "Lindiwe Maseko, a retail analyst at Umoya Asset Managers",
                "said",
                'the results were "better than feared"',
            ),
            c(
                "Lindiwe Maseko, a retail analyst at Umoya Asset Managers",
                "warned",
                "that the clothing division was losing ground to cheaper online rivals",
            ),
            c(
                "she",
                "said",
                '"The food business is doing the heavy lifting. Clothing is where I\'d be worried,"',
            ),
            c(
                None,
                "is understood to",
                [
                    "The group",
                    "be in talks to sell its loss-making furniture division, Khaya Home, to a private equity buyer",
                ],
                near="The group is understood to be in talks to sell its loss-making furniture division, Khaya Home, to a private equity buyer",
            ),
            c("Nxumalo", "saying", 'that the group "regularly reviews" its portfolio'),
        ],
    ),
    article(
        "fresh27-health-hidden-hypertension",
        "health",
        "2026-11-09",
        """
Two in five rural adults have undiagnosed high blood pressure, study finds

By Wanjiru Mwangi, Health Writer

Nearly two in five adults in three rural counties have high blood pressure that has never been diagnosed, according to a study published on Monday by researchers at Lakeview University's School of Public Health.

The team screened 6,214 adults aged 30 and over in Kisimani, Nyota and Mlima Kuu counties between March 2024 and June 2025. Seven in ten of the participants with hypertension told researchers they had never had their blood pressure taken.

The study, published in the East African Journal of Community Medicine, found that men were almost twice as likely as women to be undiagnosed, largely because they rarely visited clinics.

"High blood pressure does not announce itself," said lead author Dr Faith Chebet, a senior lecturer in epidemiology. "By the time many of these patients reach a hospital, it is because of a stroke or kidney failure, and by then we are managing damage rather than preventing it."

Dr Chebet said community health promoters, who already visit households to check on pregnant women and young children, could be trained to take readings "for the cost of a cuff and an afternoon".

Grace Mutua, 58, a tea farmer in Nyota, learned she had hypertension during the study's screening. "I thought the headaches were from the sun," she said. "Now I take my tablets every morning before I go to the shamba."

Machines broken for months

In a statement, the Ministry of Health said it "welcomes the findings" and that blood pressure checks would be added to the community health promoters' household visit checklist from January. The ministry did not say how much the change would cost.

Kisimani County health executive Dr Omar Hassan acknowledged that many dispensaries in the county had gone months without a working blood pressure machine, but said the county had ordered 400 digital monitors in August.

Each monitor costs about Sh4,500, according to the county's procurement records.

A nurse at a dispensary in Mlima Kuu, who spoke on condition of anonymity because she is not authorised to speak to the media, said the facility's only machine had been broken since March. Patients who needed a reading were sent to a sub-county hospital 40 kilometres away, she said.

The ministry is also reportedly considering a national salt-reduction campaign aimed at street food vendors.

Health experts recommend that adults over 40 have their blood pressure checked at least once a year, even if they feel well.

What is hypertension?

Blood pressure is the force of blood pushing against the walls of the arteries. A reading of 140/90 or above, taken on more than one occasion, is generally treated as high. Most people with hypertension have no symptoms.
""",
        [
            c("study", "finds", "Two in five rural adults have undiagnosed high blood pressure"),
            c(
                "a study published on Monday by researchers at Lakeview University's School of Public Health",
                "according to",
                "Nearly two in five adults in three rural counties have high blood pressure that has never been diagnosed",
            ),
            c(
                "Seven in ten of the participants with hypertension",
                "told",
                "they had never had their blood pressure taken",
            ),
            c(
                "The study, published in the East African Journal of Community Medicine",
                "found",
                "that men were almost twice as likely as women to be undiagnosed, largely because they rarely visited clinics",
            ),
            c(
                "lead author Dr Faith Chebet, a senior lecturer in epidemiology",
                "said",
                [
                    '"High blood pressure does not announce itself,"',
                    '"By the time many of these patients reach a hospital, it is because of a stroke or kidney failure, and by then we are managing damage rather than preventing it."',
                ],
            ),
            c(
                "Dr Chebet",
                "said",
                'community health promoters, who already visit households to check on pregnant women and young children, could be trained to take readings "for the cost of a cuff and an afternoon"',
            ),
            c(
                "she",
                "said",
                [
                    '"I thought the headaches were from the sun,"',
                    '"Now I take my tablets every morning before I go to the shamba."',
                ],
            ),
            c(
                "the Ministry of Health",
                "said",
                'it "welcomes the findings" and that blood pressure checks would be added to the community health promoters\' household visit checklist from January',
            ),
            c(
                "Kisimani County health executive Dr Omar Hassan",
                "acknowledged",
                "that many dispensaries in the county had gone months without a working blood pressure machine",
            ),
            c(
                "Kisimani County health executive Dr Omar Hassan",
                "said",
                "the county had ordered 400 digital monitors in August",
            ),
            c(
                "the county's procurement records",
                "according to",
                "Each monitor costs about Sh4,500",
            ),
            c(
                "A nurse at a dispensary in Mlima Kuu, who spoke on condition of anonymity because she is not authorised to speak to the media",
                "said",
                "the facility's only machine had been broken since March",
            ),
            c(
                "she",
                "said",
                "Patients who needed a reading were sent to a sub-county hospital 40 kilometres away",
            ),
            c(
                None,
                "reportedly",
                [
                    "The ministry is also",
                    "considering a national salt-reduction campaign aimed at street food vendors",
                ],
            ),
            c(
                "Health experts",
                "recommend",
                "that adults over 40 have their blood pressure checked at least once a year, even if they feel well",
            ),
        ],
    ),
    article(
        "fresh27-foreign-tauvana-election",
        "foreign",
        "2026-10-08",
        """
Tauvana's prime minister delays election, citing cyclone damage

Pacific correspondent Hamish Tregear

PORT SALOTE: Tauvana's Prime Minister, Ioane Fetu, has postponed the island nation's general election by up to a year, saying cyclone damage to roads and polling stations on the outer islands made a vote in December impossible.

In a televised address on Wednesday night, Mr Fetu said the Electoral Commission had advised him that only 31 of the country's 54 polling stations could be safely reopened by December.

"I will not ask people who have lost their homes to queue in the rain to vote in a school that has no roof," he said.

Prime Minister Ioane Fetu during Wednesday night's televised address. Picture: Supplied

Cyclone Rua struck the archipelago in August, killing 14 people and destroying or damaging more than 2,000 homes, most of them on the outer islands of Niuatapu and Lofanga.

"A coup dressed up as disaster management"

Opposition leader Mele Taufa called the delay "a constitutional coup dressed up as disaster management" and said her party would challenge it in the Supreme Court.

She claimed the commission's own figures, released last month, showed 47 polling stations were already usable. The Electoral Commission declined to comment on Thursday.

Under Tauvana's constitution, an election must be held within 90 days of parliament's term expiring, unless the prime minister extends that period during a declared state of emergency.

Dr Sefo Leavasa, a constitutional lawyer at the Pacific Law Centre in Port Salote, said the emergency provisions had never been tested in court and the outcome of any challenge was "genuinely uncertain".

Federal Foreign Minister Alison Rourke urged the Tauvanese government to set a firm election date "as soon as conditions allow", and said cyclone recovery aid would not be affected.

Ms Rourke is expected to raise the matter with Mr Fetu at next month's regional leaders' summit in Nuku Ola.

One Pacific diplomat, who spoke on condition of anonymity to discuss private conversations, said several neighbouring governments had privately urged Mr Fetu to hold the vote on the main island first and in the outer islands later.

In Port Salote, market vendor Losa Vaipulu, 44, said she supported the delay.

"Half my family is still sleeping under tarpaulins on Niuatapu. Ask them about voting," she said.

Read more: Cyclone Rua and the week the outer islands went silent
""",
        [
            c(
                "Tauvana's Prime Minister, Ioane Fetu",
                "saying",
                "cyclone damage to roads and polling stations on the outer islands made a vote in December impossible",
            ),
            c(
                "Mr Fetu",
                "said",
                "the Electoral Commission had advised him that only 31 of the country's 54 polling stations could be safely reopened by December",
            ),
            c(
                "the Electoral Commission",
                "advised",
                "that only 31 of the country's 54 polling stations could be safely reopened by December",
            ),
            c(
                "he",
                "said",
                '"I will not ask people who have lost their homes to queue in the rain to vote in a school that has no roof,"',
            ),
            c(
                "Opposition leader Mele Taufa",
                "called",
                'the delay "a constitutional coup dressed up as disaster management"',
            ),
            c(
                "Opposition leader Mele Taufa",
                "said",
                "her party would challenge it in the Supreme Court",
            ),
            c(
                "She",
                "claimed",
                "the commission's own figures, released last month, showed 47 polling stations were already usable",
            ),
            c(
                "the commission's own figures, released last month",
                "showed",
                "47 polling stations were already usable",
            ),
            c(
                "Dr Sefo Leavasa, a constitutional lawyer at the Pacific Law Centre in Port Salote",
                "said",
                'the emergency provisions had never been tested in court and the outcome of any challenge was "genuinely uncertain"',
            ),
            c(
                "Federal Foreign Minister Alison Rourke",
                "urged",
                'the Tauvanese government to set a firm election date "as soon as conditions allow"',
            ),
            c(
                "Federal Foreign Minister Alison Rourke",
                "said",
                "cyclone recovery aid would not be affected",
            ),
            c(
                None,
                "is expected to",
                [
                    "Ms Rourke",
                    "raise the matter with Mr Fetu at next month's regional leaders' summit in Nuku Ola",
                ],
            ),
            c(
                "One Pacific diplomat, who spoke on condition of anonymity to discuss private conversations",
                "said",
                "several neighbouring governments had privately urged Mr Fetu to hold the vote on the main island first and in the outer islands later",
            ),
            c(
                "several neighbouring governments",
                "urged",
                "Mr Fetu to hold the vote on the main island first and in the outer islands later",
            ),
            c("market vendor Losa Vaipulu, 44", "said", "she supported the delay"),
            c(
                "she",
                "said",
                '"Half my family is still sleeping under tarpaulins on Niuatapu. Ask them about voting,"',
            ),
        ],
    ),
    article(
        "fresh27-wire-matatu-fares",
        "wire",
        "2026-10-15",
        """
Matatu fares to rise as diesel hits record high, operators say

MAWENI, Oct 15 (Taifa News Agency) – Public service vehicle operators will raise fares by between 15 and 30 per cent from Friday after the energy regulator increased pump prices for the third month running, the Matatu Owners' Federation said on Tuesday.

The Energy Pricing Authority on Monday night raised the price of diesel by Sh11.40 to Sh214.60 a litre, the highest on record, citing a weaker shilling and higher landing costs.

Federation chairman Patrick Mwaura said operators had absorbed the last two increases but could no longer do so "without parking half the fleet".

"We are not the ones who set the price of diesel. We are just the ones the passenger sees," Mwaura told journalists in Maweni.

In a notice published on Monday, the authority said the increase reflected "sustained pressure on international refined product prices".

At Maweni's central bus terminus, commuters reacted with anger.

"My salary has not moved in three years. Now the fare to town eats a quarter of it," said Beatrice Njeri, a hotel cleaner.

The Consumers' Rights Association called on the Treasury to cut value added tax on fuel to 8 per cent and warned that higher transport costs would quickly feed into food prices.

A Treasury official, who asked not to be named because he was not authorised to speak publicly, said a VAT cut was "not on the table" before the next budget.

Energy Cabinet Secretary Joyce Wambui denied that the government had lost control of fuel prices, telling a parliamentary committee that a stabilisation fund would cushion consumers from November.

Boda boda riders' associations are expected to announce their own increases later this week.

Separately, a fuel station attendant in Maweni was charged with selling adulterated diesel, police said.

(Reporting by Kevin Otieno; Editing by Amina Yusuf)
""",
        [
            c("operators", "say", "Matatu fares to rise as diesel hits record high"),
            c(
                "the Matatu Owners' Federation",
                "said",
                "Public service vehicle operators will raise fares by between 15 and 30 per cent from Friday after the energy regulator increased pump prices for the third month running",
            ),
            c(
                "Federation chairman Patrick Mwaura",
                "said",
                'operators had absorbed the last two increases but could no longer do so "without parking half the fleet"',
            ),
            c(
                "Mwaura",
                "told",
                '"We are not the ones who set the price of diesel. We are just the ones the passenger sees,"',
            ),
            c(
                "the authority",
                "said",
                'the increase reflected "sustained pressure on international refined product prices"',
            ),
            c(
                "Beatrice Njeri, a hotel cleaner",
                "said",
                '"My salary has not moved in three years. Now the fare to town eats a quarter of it,"',
            ),
            c(
                "The Consumers' Rights Association",
                "called on",
                "the Treasury to cut value added tax on fuel to 8 per cent",
            ),
            c(
                "The Consumers' Rights Association",
                "warned",
                "that higher transport costs would quickly feed into food prices",
            ),
            c(
                "A Treasury official, who asked not to be named because he was not authorised to speak publicly",
                "said",
                'a VAT cut was "not on the table" before the next budget',
            ),
            c(
                "Energy Cabinet Secretary Joyce Wambui",
                "denied",
                "that the government had lost control of fuel prices",
            ),
            c(
                "Energy Cabinet Secretary Joyce Wambui",
                "telling",
                "that a stabilisation fund would cushion consumers from November",
            ),
            c(
                None,
                "are expected to",
                ["Boda boda riders' associations", "announce their own increases later this week"],
            ),
            c(
                "police",
                "said",
                "a fuel station attendant in Maweni was charged with selling adulterated diesel",
            ),
        ],
    ),
]
