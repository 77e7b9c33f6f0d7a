"""A twelfth held-out set of invented news articles and their attributions, as strings.

Written on 2026-12-05 blind to claimx's rules (the annotator neither ran claimx nor read its
source, its tests or the other sets) and never to be used for tuning. Every article, person,
organisation, place and quotation here is invented (MIT, like the project). ``build.py --set
fresh12`` turns these into ``fresh12.jsonl`` with exact spans; the conventions are in
docs/evaldata-news.md.
"""

# ruff: noqa: E501 (article text: one paragraph a line)
from __future__ import annotations

from typing import Any

from articles import article, c, qa

ARTICLES: list[dict[str, Any]] = [
    article(
        "fresh12-council-parking-permits",
        "council",
        "2026-10-02",
        """
Parking permit charge 'a tax on living here', say Pentrefoel residents

Residents of Pentrefoel's terraced streets have told councillors that a proposed £95 annual charge for parking permits would punish families who have no off-street parking and no other way to get to work.

Permits in the town's controlled zone have been free since 2011. Under plans before Cwm Dyfnant council's scrutiny committee on Tuesday, households would pay £95 for a first permit and £140 for a second.

Gwenllian Prys, who has lived on Heol y Bryn for 31 years, said the charge was "a tax on living here". "My street was built for miners who walked to the pit," she said. "Nobody here chose not to have a drive."

The cabinet member for highways, Cllr Dafydd Emlyn, told the committee that the zone cost £310,000 a year to enforce and that the council could "no longer ask every council tax payer to subsidise a handful of streets".

A report by council officers estimates that charging would raise £260,000 in its first year, though it warns that up to a fifth of permit holders may give up their permits and park in neighbouring streets instead.

Cllr Siân Morgan-Rees (Independent, Tre'r Felin) called the proposal "lazy budgeting" and urged the cabinet to consult residents before any vote. Asked whether she would back a lower charge, she said she was "open to a conversation, but not to £95".

In a written answer, the council's head of highways said permit fees in neighbouring councils ranged from £30 to £120. The council declined to say how many penalty notices had been issued in the zone last year.

The committee sent the plans back to the cabinet. The cabinet is understood to be considering a lower charge for a first permit. It will make a final decision in November.
""",
        [
            c("Pentrefoel residents", "say", "Parking permit charge 'a tax on living here'"),
            c(
                "Residents of Pentrefoel's terraced streets",
                "have told",
                "that a proposed £95 annual charge for parking permits would punish families who have no off-street parking and no other way to get to work",
            ),
            c(
                "Gwenllian Prys, who has lived on Heol y Bryn for 31 years",
                "said",
                'the charge was "a tax on living here"',
            ),
            c(
                "she",
                "said",
                [
                    '"My street was built for miners who walked to the pit,"',
                    '"Nobody here chose not to have a drive."',
                ],
            ),
            c(
                "The cabinet member for highways, Cllr Dafydd Emlyn",
                "told",
                'that the zone cost £310,000 a year to enforce and that the council could "no longer ask every council tax payer to subsidise a handful of streets"',
            ),
            c(
                "A report by council officers",
                "estimates",
                "that charging would raise £260,000 in its first year",
            ),
            c(
                "it",
                "warns",
                "that up to a fifth of permit holders may give up their permits and park in neighbouring streets instead",
            ),
            c(
                "Cllr Siân Morgan-Rees (Independent, Tre'r Felin)",
                "called",
                'the proposal "lazy budgeting"',
            ),
            c(
                "Cllr Siân Morgan-Rees (Independent, Tre'r Felin)",
                "urged",
                "the cabinet to consult residents before any vote",
            ),
            c("she", "said", 'she was "open to a conversation, but not to £95"'),
            c(
                "the council's head of highways",
                "said",
                "permit fees in neighbouring councils ranged from £30 to £120",
            ),
            c(
                None,
                "is understood to",
                ["The cabinet", "be considering a lower charge for a first permit"],
                near="The cabinet is understood to be considering a lower charge for a first permit",
            ),
        ],
    ),
    article(
        "fresh12-council-library-branch",
        "council",
        "2026-09-15",
        """
Eastgate library branch would close under Carrow Falls budget plan

CARROW FALLS — The city's oldest library branch would close next summer under a budget proposal that Mayor Dolores Whitcombe sent to the City Council on Monday, and library supporters say they will fight it.

The Eastgate branch, which opened on Linden Avenue in 1912, had about 41,000 visits last year, according to figures from the Carrow Falls Public Library. The main library, a mile and a half away, had four times as many.

Whitcombe's budget director, Paul Ansteed, told council members the closure would save $620,000 a year in staff and maintenance costs. The building needs a new roof and an elevator to meet accessibility rules, he said, and the city's engineers have put the cost of that work at $2.3 million.

Dozens spoke against the closure at a hearing that ran past 11 p.m. Rosa Delgado-Finch, who runs a homework club at the branch three afternoons a week, said the children she works with "are not going to take two buses downtown to do their math." "You close this door, you lose them," she said.

Council member Terrence Oduya, who represents Eastgate, said he would not vote for any budget that closed the branch. He called the proposal "a decision made by people who have never needed a free computer."

The library's director, Amara Kwiatkowski, wrote in a memo to trustees last month that the system could keep Eastgate open only by cutting Sunday hours at every branch. She declined to comment on the mayor's plan Monday.

Trustees said they had not been consulted, while a spokesperson for the mayor said Whitcombe was "open to alternatives" but that the city faces a $14 million shortfall. The council is expected to vote on the budget Oct. 20.
""",
        [
            c("library supporters", "say", "they will fight it"),
            c(
                "figures from the Carrow Falls Public Library",
                "according to",
                "The Eastgate branch, which opened on Linden Avenue in 1912, had about 41,000 visits last year",
            ),
            c(
                "Whitcombe's budget director, Paul Ansteed",
                "told",
                "the closure would save $620,000 a year in staff and maintenance costs",
            ),
            c(
                "he",
                "said",
                [
                    "The building needs a new roof and an elevator to meet accessibility rules",
                    "and the city's engineers have put the cost of that work at $2.3 million",
                ],
            ),
            c("the city's engineers", "have put", "the cost of that work at $2.3 million"),
            c(
                "Rosa Delgado-Finch, who runs a homework club at the branch three afternoons a week",
                "said",
                'the children she works with "are not going to take two buses downtown to do their math."',
            ),
            c("she", "said", '"You close this door, you lose them,"'),
            c(
                "Council member Terrence Oduya, who represents Eastgate",
                "said",
                "he would not vote for any budget that closed the branch",
            ),
            c(
                "He",
                "called",
                'the proposal "a decision made by people who have never needed a free computer."',
            ),
            c(
                "The library's director, Amara Kwiatkowski",
                "wrote",
                "that the system could keep Eastgate open only by cutting Sunday hours at every branch",
            ),
            c("Trustees", "said", "they had not been consulted"),
            c(
                "a spokesperson for the mayor",
                "said",
                'Whitcombe was "open to alternatives" but that the city faces a $14 million shortfall',
            ),
            c(None, "is expected to", ["The council", "vote on the budget Oct. 20"]),
        ],
    ),
    article(
        "fresh12-press-release-home-battery",
        "press-release",
        "2026-11-04",
        """
Lumeridge Launches Tern, a Home Battery That Learns Its Owner’s Habits

NEW HARWICK, Nov. 4, 2026 /TechWire Daily/ -- Lumeridge Energy Inc., a maker of residential solar equipment, today announced Tern, a wall-mounted home battery that it says can cut a typical household’s evening grid use by up to 70 percent.

The battery, which goes on sale in January at a list price of $8,900, uses software that learns when a home draws the most power and charges from solar panels or off-peak grid electricity accordingly, the company said.

“Most batteries sit on a garage wall waiting for a blackout,” said Oriana Vasquez-Hale, Lumeridge’s chief executive. “Tern earns its keep every single evening, and it gets better at it the longer you own it.”

Vasquez-Hale said the company had tested Tern in 320 homes in three climate zones over 18 months. An independent evaluation by Brightline Test Labs found that households in the trial cut their evening grid use by an average of 58 percent.

“Customers stopped calling us to ask what their battery was doing. That has never happened before,” said Marcus Tealby, who owns Tealby Solar & Roof in Dunmore Flats and installed 40 of the pilot units.

The company expects Tern to account for a quarter of its revenue by 2028. Lumeridge said it would not disclose the product’s expected margins.

Buyers in states that offer battery rebates could pay less than $5,000 after incentives, according to Lumeridge. Pre-orders open today at lumeridge.example.

About Lumeridge Energy

Lumeridge Energy Inc. designs and sells solar inverters, home batteries and energy management software. Founded in 2014, it is based in New Harwick and employs 640 people.

Media contact: Dana Pruitt, press@lumeridge.example
""",
        [
            c(
                "Lumeridge Energy Inc., a maker of residential solar equipment",
                "announced",
                "Tern, a wall-mounted home battery that it says can cut a typical household’s evening grid use by up to 70 percent",
            ),
            c(
                "it",
                "says",
                [
                    "a wall-mounted home battery",
                    "can cut a typical household’s evening grid use by up to 70 percent",
                ],
            ),
            c(
                "the company",
                "said",
                "The battery, which goes on sale in January at a list price of $8,900, uses software that learns when a home draws the most power and charges from solar panels or off-peak grid electricity accordingly",
            ),
            c(
                "Oriana Vasquez-Hale, Lumeridge’s chief executive",
                "said",
                [
                    "“Most batteries sit on a garage wall waiting for a blackout,”",
                    "“Tern earns its keep every single evening, and it gets better at it the longer you own it.”",
                ],
            ),
            c(
                "Vasquez-Hale",
                "said",
                "the company had tested Tern in 320 homes in three climate zones over 18 months",
            ),
            c(
                "An independent evaluation by Brightline Test Labs",
                "found",
                "that households in the trial cut their evening grid use by an average of 58 percent",
            ),
            c(
                "Marcus Tealby, who owns Tealby Solar & Roof in Dunmore Flats and installed 40 of the pilot units",
                "said",
                "“Customers stopped calling us to ask what their battery was doing. That has never happened before,”",
            ),
            c("The company", "expects", "Tern to account for a quarter of its revenue by 2028"),
            c("Lumeridge", "said", "it would not disclose the product’s expected margins"),
            c(
                "Lumeridge",
                "according to",
                "Buyers in states that offer battery rebates could pay less than $5,000 after incentives",
            ),
        ],
    ),
    article(
        "fresh12-press-release-rural-medical-school",
        "press-release",
        "2026-08-20",
        """
Kallaroo University to open rural medical school in Bellbrae

Kallaroo University has today announced that it will open a rural medical school in Bellbrae in 2028.

The school, to be built on the grounds of Bellbrae Base Hospital with $84 million from the state government, will take its first 40 students in February 2028 and grow to 60 students a year by 2031. Construction is expected to begin early next year.

"Country people have waited long enough for a doctor who stays," Vice-Chancellor Professor Helen Marchetti said. "The evidence is clear: doctors who train in the bush are far more likely to practise in the bush."

Professor Marchetti said the university's own data showed that 58 per cent of graduates from its existing rural clinical program were still working outside a capital city five years after graduating.

State Health Minister Joel Ferrante said the school would "change the maths" for country hospitals. Bellbrae Base Hospital fills more than a third of its doctor shifts with short-term locums, according to the hospital's latest annual report.

The Rural Doctors Guild welcomed the announcement but warned that the school would need guaranteed training posts in the region for its graduates.

"A medical school without internships in the region is a pipeline with a hole in it," Guild president Dr Samira Okonjo said.

Students will spend their first two years in Bellbrae and their clinical years in hospitals and general practices across the tablelands. The university is urging Year 10 and 11 students in the region to attend an information evening at Bellbrae Town Hall on 12 September.

Applications for the first intake open in March 2027.

Media enquiries: Kallaroo University Media Office, media@kallaroo.example
""",
        [
            c(
                "Kallaroo University",
                "announced",
                "that it will open a rural medical school in Bellbrae in 2028",
            ),
            c(None, "is expected to", ["Construction", "begin early next year"]),
            c(
                "Vice-Chancellor Professor Helen Marchetti",
                "said",
                [
                    '"Country people have waited long enough for a doctor who stays,"',
                    '"The evidence is clear: doctors who train in the bush are far more likely to practise in the bush."',
                ],
            ),
            c(
                "Professor Marchetti",
                "said",
                "the university's own data showed that 58 per cent of graduates from its existing rural clinical program were still working outside a capital city five years after graduating",
            ),
            c(
                "the university's own data",
                "showed",
                "that 58 per cent of graduates from its existing rural clinical program were still working outside a capital city five years after graduating",
            ),
            c(
                "State Health Minister Joel Ferrante",
                "said",
                'the school would "change the maths" for country hospitals',
            ),
            c(
                "the hospital's latest annual report",
                "according to",
                "Bellbrae Base Hospital fills more than a third of its doctor shifts with short-term locums",
            ),
            c(
                "The Rural Doctors Guild",
                "warned",
                "that the school would need guaranteed training posts in the region for its graduates",
            ),
            c(
                "Guild president Dr Samira Okonjo",
                "said",
                '"A medical school without internships in the region is a pipeline with a hole in it,"',
            ),
            c(
                "The university",
                "is urging",
                "Year 10 and 11 students in the region to attend an information evening at Bellbrae Town Hall on 12 September",
            ),
        ],
    ),
    article(
        "fresh12-wire-tropical-storm",
        "wire",
        "2026-09-28",
        """
Tropical Storm Marisol kills at least 6 on St. Coralie, officials say

PORT LAVERNE, St. Coralie (Meridian Press) — Tropical Storm Marisol tore across St. Coralie overnight, killing at least six people and leaving much of the island without power or running water, the government said Sunday.

Prime Minister Everard Joseph-Baptiste told a radio station that four of the dead were members of one family whose house in the hills above Port Laverne was buried by a mudslide. Two fishermen were missing, he said.

Marisol made landfall near the southern town of Grand Anse Bleue at about 2 a.m. with sustained winds of 65 mph (105 kph), according to the Regional Hurricane Desk in Solano. The storm was expected to strengthen into a hurricane as it moved northwest toward the Bayard Islands on Monday.

At the main hospital in Port Laverne, patients were moved to lower floors after part of the roof was torn away. "We heard it go at about three o'clock, like a train going right over us," said nurse Philippa Ambrose, who was on the night shift. "Then the water came through the ceiling."

Hundreds of people are reported to be sheltering in schools and churches in the south of the island, and the airport is expected to stay closed until at least Tuesday.

The island's disaster agency urged residents to boil drinking water and to stay away from rivers. It warned that rivers in the south could rise again if more rain fell on Monday.

Joseph-Baptiste said he had asked neighboring governments for generators and water purification tablets. The government of the Bayard Islands declined to say whether it would order evacuations.
""",
        [
            c("officials", "say", "Tropical Storm Marisol kills at least 6 on St. Coralie"),
            c(
                "the government",
                "said",
                "Tropical Storm Marisol tore across St. Coralie overnight, killing at least six people and leaving much of the island without power or running water",
            ),
            c(
                "Prime Minister Everard Joseph-Baptiste",
                "told",
                "that four of the dead were members of one family whose house in the hills above Port Laverne was buried by a mudslide",
            ),
            c("he", "said", "Two fishermen were missing"),
            c(
                "the Regional Hurricane Desk in Solano",
                "according to",
                "Marisol made landfall near the southern town of Grand Anse Bleue at about 2 a.m. with sustained winds of 65 mph (105 kph)",
            ),
            c(
                None,
                "was expected to",
                [
                    "The storm",
                    "strengthen into a hurricane as it moved northwest toward the Bayard Islands on Monday",
                ],
            ),
            c(
                "nurse Philippa Ambrose, who was on the night shift",
                "said",
                [
                    '"We heard it go at about three o\'clock, like a train going right over us,"',
                    '"Then the water came through the ceiling."',
                ],
            ),
            c(
                None,
                "are reported to",
                [
                    "Hundreds of people",
                    "be sheltering in schools and churches in the south of the island",
                ],
            ),
            c(None, "is expected to", ["the airport", "stay closed until at least Tuesday"]),
            c(
                "The island's disaster agency",
                "urged",
                "residents to boil drinking water and to stay away from rivers",
            ),
            c(
                "It",
                "warned",
                "that rivers in the south could rise again if more rain fell on Monday",
            ),
            c(
                "Joseph-Baptiste",
                "said",
                "he had asked neighboring governments for generators and water purification tablets",
            ),
            c(
                "he",
                "had asked",
                "neighboring governments for generators and water purification tablets",
            ),
        ],
    ),
    article(
        "fresh12-wire-steel-tariff",
        "wire",
        "2026-10-21",
        """
Veltria slaps 40% duty on Osmark steel, vows to shield its mills

SERANTAU CITY, Oct 21 (Asiawire) - Veltria will impose a 40 percent tariff on steel imports from neighbouring Osmark from Nov 1, its trade ministry said on Wednesday, accusing Osmarki producers of flooding the market with state-subsidised coil.

The duty, which comes on top of an existing 5 percent levy, will apply to hot-rolled and coated steel for 18 months, a ministry statement said.

Customs data showed Osmarki steel shipments to Veltria nearly tripled in the first nine months of the year to 2.1 million tonnes, while local prices fell by about a fifth.

"Our mills cannot compete with a treasury," Trade Minister Nurul Aini Hashim told reporters. "We are not closing the door. We are asking our neighbour to play fair."

Osmark's commerce ministry said it "deeply regretted" the decision and would take the matter to the regional trade body, the Southern Seas Economic Forum. It denied that Osmarki mills received state subsidies.

Two Osmarki officials, who spoke on condition of anonymity because they were not authorised to talk to the media, said the government was preparing retaliatory duties on Veltrian palm oil and rubber.

Analysts at Serantau brokerage Halim Rowe Securities said the tariff could add as much as 8 percent to building costs in Veltria over the next year.

Veltrian steelmakers are understood to have lobbied for the duty since March. The country's second-largest mill, Bukit Raya Steel, shut a blast furnace that month and laid off 900 workers.

The Southern Seas Economic Forum's secretariat declined to comment.
""",
        [
            c("Veltria", "vows", "to shield its mills"),
            c(
                "its trade ministry",
                "said",
                "Veltria will impose a 40 percent tariff on steel imports from neighbouring Osmark from Nov 1",
            ),
            c(
                "its trade ministry",
                "accusing",
                "Osmarki producers of flooding the market with state-subsidised coil",
            ),
            c(
                "a ministry statement",
                "said",
                "The duty, which comes on top of an existing 5 percent levy, will apply to hot-rolled and coated steel for 18 months",
            ),
            c(
                "Customs data",
                "showed",
                "Osmarki steel shipments to Veltria nearly tripled in the first nine months of the year to 2.1 million tonnes, while local prices fell by about a fifth",
            ),
            c(
                "Trade Minister Nurul Aini Hashim",
                "told",
                [
                    '"Our mills cannot compete with a treasury,"',
                    '"We are not closing the door. We are asking our neighbour to play fair."',
                ],
            ),
            c(
                "Osmark's commerce ministry",
                "said",
                'it "deeply regretted" the decision and would take the matter to the regional trade body, the Southern Seas Economic Forum',
            ),
            c("It", "denied", "that Osmarki mills received state subsidies"),
            c(
                "Two Osmarki officials, who spoke on condition of anonymity because they were not authorised to talk to the media",
                "said",
                "the government was preparing retaliatory duties on Veltrian palm oil and rubber",
            ),
            c(
                "Analysts at Serantau brokerage Halim Rowe Securities",
                "said",
                "the tariff could add as much as 8 percent to building costs in Veltria over the next year",
            ),
            c(
                None,
                "are understood to",
                ["Veltrian steelmakers", "have lobbied for the duty since March"],
            ),
        ],
    ),
    article(
        "fresh12-live-blog-care-home-fraud-verdict",
        "live-blog",
        "2026-11-12",
        """
Wexcombe care home fraud trial: jury returns verdicts – live

09.31 Good morning. The jury in the trial of Gordon Pell, former owner of the Ashgrove Lodge care homes, resumes its deliberations at Wexcombe crown court today. Pell, 63, denies six counts of fraud by abuse of position and one of false accounting. The prosecution says he took £1.4m from residents’ accounts between 2019 and 2023.

09.48 The jurors, out for just over nine hours, have sent a note. Judge Alison Treharne told the court the note asked whether they could see the bank spreadsheet again.

10.15 A reminder of what the jury heard. The prosecutor, Nicholas Fane KC, told them Pell had treated residents’ savings “like a personal overdraft”. Pell told the jury the transfers were loans that he had always intended to repay.

11.52 We are told the jury has reached verdicts on all counts.

11.58 Guilty on all seven counts. Pell's daughter wept in the public gallery as the verdicts were read out.

12.10 Outside court, Maureen Hendry, whose mother lived at Ashgrove Lodge for five years, said: “Our parents trusted this man with everything they had left. Today a jury has said out loud what we have known for three years.”

12.25 Judge Treharne has remanded Pell in custody and will sentence him on 9 January. She told him he should expect “a substantial prison sentence”.

12.40 Detective Inspector Lewis Marr, who led the investigation, said officers had traced more than 40,000 bank transactions. Wexcombe borough council, which placed 14 residents in Ashgrove homes, said it would review how it checks the finances of private care providers. The homes’ new operator, Fernleigh Care, said residents had been “fully reimbursed” in 2024.

12.55 Pell’s barrister, Ruth Okafor KC, declined to say whether her client would appeal. That’s all from us today – thanks for following.
""",
        [
            c(
                "The prosecution",
                "says",
                "he took £1.4m from residents’ accounts between 2019 and 2023",
            ),
            c(
                "Judge Alison Treharne",
                "told",
                "the note asked whether they could see the bank spreadsheet again",
            ),
            c(
                "The prosecutor, Nicholas Fane KC",
                "told",
                "Pell had treated residents’ savings “like a personal overdraft”",
            ),
            c("Pell", "told", "the transfers were loans that he had always intended to repay"),
            c(None, "are told", "the jury has reached verdicts on all counts"),
            c(
                "Maureen Hendry, whose mother lived at Ashgrove Lodge for five years",
                "said",
                "“Our parents trusted this man with everything they had left. Today a jury has said out loud what we have known for three years.”",
            ),
            c("She", "told", "he should expect “a substantial prison sentence”"),
            c(
                "Detective Inspector Lewis Marr, who led the investigation",
                "said",
                "officers had traced more than 40,000 bank transactions",
            ),
            c(
                "Wexcombe borough council, which placed 14 residents in Ashgrove homes",
                "said",
                "it would review how it checks the finances of private care providers",
            ),
            c(
                "The homes’ new operator, Fernleigh Care",
                "said",
                "residents had been “fully reimbursed” in 2024",
            ),
        ],
    ),
    article(
        "fresh12-interview-water-rationing",
        "interview",
        "2026-07-09",
        """
“We cannot keep rationing water”: Tan Mei Ling on Seri Jelita’s dry taps

For six weeks, households in the northern district of Seri Jelita have had piped water only every other day. The state government has said rationing will end by September. Tan Mei Ling, who became chief executive of the state water utility, Air Jelita, in March, spoke to Hafiz Rahman.

Hafiz: Why has the rationing lasted so long?

Tan: The problem is not rain; our dams are at 71 per cent. We lose almost half of the water we treat before it reaches a tap, because the old asbestos-cement pipes in Seri Jelita burst faster than our crews can repair them.

Hafiz: The state assembly was told in May that rationing would end in June. What happened?

Tan: That estimate assumed the new pipeline from the Sungai Lebar plant would be commissioned on time. It was not. The contractor has told us it will be ready by the end of August, and I have asked them to put that in writing.

Hafiz: Consumer groups say residents should not pay full tariffs for half a service. Will there be a rebate?

Tan: Yes. Every domestic account in the rationing zone will get 30 per cent off its July and August bills. It will appear automatically; nobody needs to apply.

Hafiz: Some residents say the tankers skip their streets.

Tan: I have heard that, and some of it is true. We had 22 tankers for 40,000 homes. From Monday we will have 35, each with a GPS tracker.

Hafiz: Will tariffs rise to pay for new pipes?

Tan: I am not going to announce a tariff today. What I will say is that these pipes were laid in the 1970s, and every year we wait costs us more. We cannot keep rationing water.

""",
        [
            c("Tan Mei Ling", ":", "“We cannot keep rationing water”"),
            c("The state government", "has said", "rationing will end by September"),
            qa(
                "Tan",
                "The problem is not rain; our dams are at 71 per cent. We lose almost half of the water we treat before it reaches a tap, because the old asbestos-cement pipes in Seri Jelita burst faster than our crews can repair them.",
            ),
            qa(
                "Tan",
                "That estimate assumed the new pipeline from the Sungai Lebar plant would be commissioned on time. It was not. The contractor has told us it will be ready by the end of August, and I have asked them to put that in writing.",
            ),
            qa(
                "Tan",
                "Yes. Every domestic account in the rationing zone will get 30 per cent off its July and August bills. It will appear automatically; nobody needs to apply.",
            ),
            qa(
                "Tan",
                "I have heard that, and some of it is true. We had 22 tankers for 40,000 homes. From Monday we will have 35, each with a GPS tracker.",
            ),
            qa(
                "Tan",
                "I am not going to announce a tariff today. What I will say is that these pipes were laid in the 1970s, and every year we wait costs us more. We cannot keep rationing water.",
            ),
        ],
    ),
    article(
        "fresh12-courts-tribunal-night-shifts",
        "courts",
        "2026-06-18",
        """
Warehouse worker sacked for refusing night shifts wins unfair dismissal claim

A warehouse worker who was dismissed after refusing to move to night shifts while caring for her disabled son was unfairly dismissed, an employment tribunal has ruled.

Kerry-Ann Doyle, 44, worked as a picker at Brantwood Logistics' distribution centre in Coldmoor for nine years. The tribunal in Hallamby heard that her manager told her in January 2025 that all day-shift pickers would move to a rotating pattern including nights.

Ms Doyle told the tribunal she could not work nights because her son, who has cerebral palsy, needs help to turn in bed and to use the toilet overnight. "I asked them for one thing, which was to stay on days," she said in evidence. "I didn't ask for more money. I didn't ask for anything else."

Brantwood argued that the change was needed to meet contracts with two supermarket chains and that Ms Doyle had been offered a "reasonable" alternative of three night shifts a fortnight.

Employment Judge Rhian Castell rejected that argument. In her written judgment, she found that the company had "made no genuine attempt" to consider whether Ms Doyle could stay on days, and said its consultation had been "a formality with a fixed outcome".

The judge also found that Ms Doyle had suffered indirect discrimination because of her association with her disabled son. Compensation will be decided at a remedy hearing in September.

Outside the hearing, Ms Doyle's union, the Distribution and Retail Workers' Union, said the ruling should be "a warning to every employer who thinks a rota matters more than a family".

Brantwood Logistics said it was "disappointed" and was considering an appeal. The company did not respond to questions about how many other staff had left after the rota change.
""",
        [
            c(
                "an employment tribunal",
                "has ruled",
                "A warehouse worker who was dismissed after refusing to move to night shifts while caring for her disabled son was unfairly dismissed",
            ),
            c(
                None,
                "heard",
                "that her manager told her in January 2025 that all day-shift pickers would move to a rotating pattern including nights",
            ),
            c(
                "her manager",
                "told",
                "that all day-shift pickers would move to a rotating pattern including nights",
                near="her manager told her in January 2025 that all day-shift pickers would move to a rotating pattern including nights",
            ),
            c(
                "Ms Doyle",
                "told",
                "she could not work nights because her son, who has cerebral palsy, needs help to turn in bed and to use the toilet overnight",
            ),
            c(
                "she",
                "said",
                [
                    '"I asked them for one thing, which was to stay on days,"',
                    "\"I didn't ask for more money. I didn't ask for anything else.\"",
                ],
            ),
            c(
                "Brantwood",
                "argued",
                'that the change was needed to meet contracts with two supermarket chains and that Ms Doyle had been offered a "reasonable" alternative of three night shifts a fortnight',
            ),
            c(
                "she",
                "found",
                'that the company had "made no genuine attempt" to consider whether Ms Doyle could stay on days',
                near='In her written judgment, she found that the company had "made no genuine attempt" to consider whether Ms Doyle could stay on days, and said its consultation had been "a formality with a fixed outcome"',
            ),
            c(
                "she",
                "said",
                'its consultation had been "a formality with a fixed outcome"',
                near='In her written judgment, she found that the company had "made no genuine attempt" to consider whether Ms Doyle could stay on days, and said its consultation had been "a formality with a fixed outcome"',
            ),
            c(
                "The judge",
                "found",
                "that Ms Doyle had suffered indirect discrimination because of her association with her disabled son",
            ),
            c(
                "Ms Doyle's union, the Distribution and Retail Workers' Union",
                "said",
                'the ruling should be "a warning to every employer who thinks a rota matters more than a family"',
            ),
            c("Brantwood Logistics", "said", 'it was "disappointed" and was considering an appeal'),
        ],
    ),
    article(
        "fresh12-foreign-malundi-election",
        "foreign",
        "2026-05-22",
        """
Malundi opposition rejects poll result, says count was rigged

SABWELA – Malundi’s main opposition party said on Thursday that it would not accept the result of last week’s presidential election, raising fears of a drawn-out dispute in one of the region’s more stable democracies.

According to the electoral commission, President Joseph Kaleba won 54 per cent of the vote to 41 per cent for the Movement for Democratic Renewal (MDR) candidate, Grace Ntambo.

The MDR said its polling agents had been turned away from 312 polling stations in the northern provinces. Turnout in some northern districts exceeded 95 per cent, according to results published by the commission.

“We have the tally sheets,” Ntambo told supporters in Sabwela on Wednesday night. “They do not match what the commission read out on television, and we will put them before the courts.”

A joint observer mission from the Southern Lakes Community said in a preliminary report that voting had been largely peaceful but that the transmission of results from 14 districts had been marred by “serious irregularities”. The mission’s head, former Tawanan foreign minister Eliud Mabaso, urged both sides to settle the dispute in court rather than on the streets.

Government spokesperson Peter Mwale dismissed the opposition’s complaints as “the usual noise of losers” and said the commission had acted within the law.

At least three people are said to have been killed when police dispersed protesters in the northern city of Nkolo on Wednesday. Police did not respond to requests for comment.

Asked whether the MDR would call for further protests, Ntambo said her party “will not be silenced, but we will not burn our own country either”.
""",
        [
            c("Malundi opposition", "says", "count was rigged"),
            c(
                "Malundi’s main opposition party",
                "said",
                "that it would not accept the result of last week’s presidential election",
            ),
            c(
                "the electoral commission",
                "According to",
                "President Joseph Kaleba won 54 per cent of the vote to 41 per cent for the Movement for Democratic Renewal (MDR) candidate, Grace Ntambo",
            ),
            c(
                "The MDR",
                "said",
                "its polling agents had been turned away from 312 polling stations in the northern provinces",
            ),
            c(
                "results published by the commission",
                "according to",
                "Turnout in some northern districts exceeded 95 per cent",
            ),
            c(
                "Ntambo",
                "told",
                [
                    "“We have the tally sheets,”",
                    "“They do not match what the commission read out on television, and we will put them before the courts.”",
                ],
            ),
            c(
                "A joint observer mission from the Southern Lakes Community",
                "said",
                "that voting had been largely peaceful but that the transmission of results from 14 districts had been marred by “serious irregularities”",
            ),
            c(
                "The mission’s head, former Tawanan foreign minister Eliud Mabaso",
                "urged",
                "both sides to settle the dispute in court rather than on the streets",
            ),
            c(
                "Government spokesperson Peter Mwale",
                "dismissed",
                "the opposition’s complaints as “the usual noise of losers”",
            ),
            c(
                "Government spokesperson Peter Mwale",
                "said",
                "the commission had acted within the law",
            ),
            c(
                None,
                "are said to",
                [
                    "At least three people",
                    "have been killed when police dispersed protesters in the northern city of Nkolo on Wednesday",
                ],
            ),
            c(
                "Ntambo",
                "said",
                "her party “will not be silenced, but we will not burn our own country either”",
            ),
        ],
    ),
    article(
        "fresh12-opinion-ferry-editorial",
        "opinion",
        "2026-03-14",
        """
Editorial: Bellevue Cay needs a ferry, not another promise

For the third time in as many years, the people of Bellevue Cay have been told that a reliable ferry is just around the corner. On Tuesday the Minister of Transport, Desmond Achille, told the House of Assembly that a second vessel would be "in service before the rainy season". Forgive us if we do not start packing.

We have heard this before. In 2024 the minister's predecessor promised a new ferry "within 18 months". In 2025 the Port Authority said the hull had been ordered from a yard abroad. No vessel has arrived, and the 41-year-old MV Sister Hortense breaks down so often that the Cay's school now plans its exams around her.

The cost of this is not abstract. The Bellevue Cay Farmers' Cooperative says its members lost more than $90,000 in spoiled produce last year when sailings were cancelled. The island's only doctor, Dr Alicia Fontaine, told this newspaper in January that twice last year she had arranged for patients to be flown out by private plane because the ferry was out of service.

The ministry's own figures, released only after questions from the Opposition, show that the ferry missed 212 of its 730 scheduled sailings in 2025. A consultant's report commissioned in 2023 recommended that the government lease a replacement while it waited for a new vessel. That advice was ignored.

We argued in this space last March that leasing was the cheapest honest answer. We say it again. Mr Achille should publish the contract, the delivery date and the penalties for lateness. The people of Bellevue Cay do not need luxury; they need to get to the hospital and to market.

Mr Achille said on Tuesday that he would "not be rushed into a bad deal". Nobody is rushing him. It has been three years.
""",
        [
            c(None, "have been told", "that a reliable ferry is just around the corner"),
            c(
                "the Minister of Transport, Desmond Achille",
                "told",
                'that a second vessel would be "in service before the rainy season"',
            ),
            c("the minister's predecessor", "promised", 'a new ferry "within 18 months"'),
            c("the Port Authority", "said", "the hull had been ordered from a yard abroad"),
            c(
                "The Bellevue Cay Farmers' Cooperative",
                "says",
                "its members lost more than $90,000 in spoiled produce last year when sailings were cancelled",
            ),
            c(
                "The island's only doctor, Dr Alicia Fontaine",
                "told",
                "that twice last year she had arranged for patients to be flown out by private plane because the ferry was out of service",
            ),
            c(
                "The ministry's own figures, released only after questions from the Opposition",
                "show",
                "that the ferry missed 212 of its 730 scheduled sailings in 2025",
            ),
            c(
                "A consultant's report commissioned in 2023",
                "recommended",
                "that the government lease a replacement while it waited for a new vessel",
            ),
            c("We", "argued", "that leasing was the cheapest honest answer"),
            c("Mr Achille", "said", 'that he would "not be rushed into a bad deal"'),
        ],
    ),
    article(
        "fresh12-feature-last-milk-bar",
        "feature",
        "2026-04-11",
        """
Kinross Heights says goodbye to its last milk bar

At 6am every day for 38 years, Con Stavrakis has rolled up the shutter of the Kinross Heights Milk Bar on Ferris Street. On Sunday he will pull it down for the last time.

Stavrakis, 71, says the decision to retire was made for him when the building’s owner told him last year that the rent would rise by 40 per cent. “I could have paid it for one year, maybe two,” he says. “But I am not a young man, and my wife would like to see more of her grandchildren.”

“Con used to put my paper aside if I was late.” — Joan Pettifer, Ferris Street

Joan Pettifer, 84, who has bought her paper there since the shop opened, says she does not know where she will go now. “The supermarket is two kilometres away and I don’t drive,” she says. “Con used to put my paper aside if I was late. Who does that any more?”

Mia Tran, 11, said Stavrakis always let children pay with “whatever coins we had”, even when they were five cents short.

The building’s owner, Harcourt Property Group, said in a statement that the new rent brought the shop into line with similar premises and that it had offered Stavrakis a five-year lease. The company said it had received interest from a café operator but declined to say who.

Local councillor Bree Halloran said residents had asked the council to consider listing the 1950s shopfront, with its tiled awning, as a heritage item. A petition calling for the listing has gathered more than 1,100 signatures.

On Sunday afternoon, Stavrakis says, he will give away whatever is left on the shelves. “Ice creams first,” he says. “The kids have earned them.”
""",
        [
            c(
                "Stavrakis, 71",
                "says",
                "the decision to retire was made for him when the building’s owner told him last year that the rent would rise by 40 per cent",
            ),
            c("the building’s owner", "told", "that the rent would rise by 40 per cent"),
            c(
                "he",
                "says",
                [
                    "“I could have paid it for one year, maybe two,”",
                    "“But I am not a young man, and my wife would like to see more of her grandchildren.”",
                ],
            ),
            c(
                "Joan Pettifer, Ferris Street",
                "—",
                "“Con used to put my paper aside if I was late.”",
            ),
            c(
                "Joan Pettifer, 84, who has bought her paper there since the shop opened",
                "says",
                "she does not know where she will go now",
            ),
            c(
                "she",
                "says",
                [
                    "“The supermarket is two kilometres away and I don’t drive,”",
                    "“Con used to put my paper aside if I was late. Who does that any more?”",
                ],
            ),
            c(
                "Mia Tran, 11",
                "said",
                "Stavrakis always let children pay with “whatever coins we had”, even when they were five cents short",
            ),
            c(
                "The building’s owner, Harcourt Property Group",
                "said",
                "that the new rent brought the shop into line with similar premises and that it had offered Stavrakis a five-year lease",
                cue_n=0,
                near="The building’s owner, Harcourt Property Group, said in a statement that the new rent brought the shop into line with similar premises and that it had offered Stavrakis a five-year lease",
            ),
            c("The company", "said", "it had received interest from a café operator"),
            c(
                "Local councillor Bree Halloran",
                "said",
                "residents had asked the council to consider listing the 1950s shopfront, with its tiled awning, as a heritage item",
            ),
            c(
                "residents",
                "had asked",
                "the council to consider listing the 1950s shopfront, with its tiled awning, as a heritage item",
            ),
            c("A petition", "calling for", "the listing"),
            c(
                "Stavrakis",
                "says",
                ["On Sunday afternoon,", "he will give away whatever is left on the shelves"],
            ),
            c("he", "says", ["“Ice creams first,”", "“The kids have earned them.”"]),
        ],
    ),
]
