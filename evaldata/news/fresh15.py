"""A fifteenth held-out set of invented news articles and their attributions, as strings.

Written on 2026-12-05 blind to claimx's rules (the annotator neither ran claimx nor read its
source, its tests or the other sets) and never to be used for tuning. Every article, person,
organisation, place and quotation here is invented (MIT, like the project). ``build.py --set
fresh15`` turns these into ``fresh15.jsonl`` with exact spans; the conventions are in
docs/evaldata-news.md.
"""

# ruff: noqa: E501 (article text: one paragraph a line)
from __future__ import annotations

from typing import Any

from articles import article, c, qa

ARTICLES: list[dict[str, Any]] = [
    article(
        "fresh15-wire-ferry-aground",
        "wire",
        "2026-10-02",
        """
Ferry runs aground off Korvale with 214 on board, all rescued, coast guard says

KORVALE, October 2 (Meridian Wire) - A passenger ferry carrying 214 people ran aground on a reef off the northern tip of Korvale island early on Thursday, and everyone on board was brought ashore by lifeboats and fishing vessels, the regional coast guard said.

Eleven passengers were treated in hospital for minor injuries and hypothermia, coast guard spokeswoman Lieutenant Marisa Oduya told reporters in the harbour town of Pellan, and a crew member with a broken arm was flown to the mainland.

"The sea was calm and visibility was good, so the first question for us is why the vessel was so far outside the marked channel," Oduya said. "We are not ruling anything out."

The ferry, the Sael Marin, is operated by Brightwater Island Lines, which did not respond to requests for comment. The ship's captain is understood to have been questioned by investigators at the scene, and a breath test was reportedly carried out on members of the crew.

Passenger Tomasz Rilke, 46, who was travelling with his two daughters, said the ship shuddered "like it had hit a wall" shortly after 5 a.m. and that crew members handed out life jackets within minutes. "Nobody panicked. Honestly, the children were braver than the adults," he said.

The regional transport ministry said in a statement that it had ordered all Brightwater vessels to undergo safety inspections before sailing again and urged travellers with bookings this weekend to contact the operator.

Tugs will attempt to refloat the Sael Marin at high tide on Friday, and a full investigation is expected to take several months, the ministry added.
""",
        [
            c(
                "coast guard",
                "says",
                "Ferry runs aground off Korvale with 214 on board, all rescued",
            ),
            c(
                "the regional coast guard",
                "said",
                "A passenger ferry carrying 214 people ran aground on a reef off the northern tip of Korvale island early on Thursday, and everyone on board was brought ashore by lifeboats and fishing vessels",
            ),
            c(
                "coast guard spokeswoman Lieutenant Marisa Oduya",
                "told",
                [
                    "Eleven passengers were treated in hospital for minor injuries and hypothermia",
                    "and a crew member with a broken arm was flown to the mainland",
                ],
            ),
            c(
                "Oduya",
                "said",
                [
                    '"The sea was calm and visibility was good, so the first question for us is why the vessel was so far outside the marked channel,"',
                    '"We are not ruling anything out."',
                ],
            ),
            c(
                None,
                "is understood to",
                ["The ship's captain", "have been questioned by investigators at the scene"],
            ),
            c(None, "reportedly", ["a breath test was", "carried out on members of the crew"]),
            c(
                "Passenger Tomasz Rilke, 46, who was travelling with his two daughters",
                "said",
                'the ship shuddered "like it had hit a wall" shortly after 5 a.m. and that crew members handed out life jackets within minutes',
            ),
            c(
                "he",
                "said",
                '"Nobody panicked. Honestly, the children were braver than the adults,"',
            ),
            c(
                "The regional transport ministry",
                "said",
                "that it had ordered all Brightwater vessels to undergo safety inspections before sailing again",
            ),
            c(
                "it",
                "had ordered",
                "all Brightwater vessels to undergo safety inspections before sailing again",
            ),
            c(
                "The regional transport ministry",
                "urged",
                "travellers with bookings this weekend to contact the operator",
            ),
            c(
                "the ministry",
                "added",
                "Tugs will attempt to refloat the Sael Marin at high tide on Friday, and a full investigation is expected to take several months",
            ),
        ],
    ),
    article(
        "fresh15-wire-heatwave-schools",
        "wire",
        "2026-05-14",
        """
Ranipur shuts schools for a week as heatwave pushes temperatures past 47C

RANIPUR, May 14 (Tallis News) - All government and private schools in Ranipur district will stay shut until May 21 after daytime temperatures crossed 47 degrees Celsius for a third straight day, district collector Meenakshi Raghavan said on Wednesday.

In an order issued late on Tuesday, Raghavan directed school managements to move practical examinations to the first week of June and asked contractors running outdoor work sites to halt work between noon and 4 p.m.

The state health department said 63 people had been admitted to hospitals across the district with heatstroke since Sunday, and that two of them, both construction labourers, had died. A senior official at the district hospital, who asked not to be named because he was not authorised to speak to the media, said the real figure was "certainly higher" because many patients were being treated at small private clinics.

"We are seeing patients arrive with body temperatures of 42 degrees. By the time they reach us, some are already unconscious," said Dr Farhan Qureshi, who heads the emergency ward at Ranipur Civil Hospital.

The regional weather office forecast no relief before the weekend, but said a western disturbance expected around May 19 could bring thunderstorms and a drop of four to five degrees.

Opposition legislator Suresh Pandit accused the state government of sitting on a heat action plan for two years. The plan, drafted by a panel of doctors and urban planners in 2023, recommended shaded waiting areas at bus stands and free drinking-water kiosks in every municipal ward. "Not one kiosk has been built," Pandit said.

A spokesperson for the state's urban development department declined to comment on the plan.
""",
        [
            c(
                "district collector Meenakshi Raghavan",
                "said",
                "All government and private schools in Ranipur district will stay shut until May 21 after daytime temperatures crossed 47 degrees Celsius for a third straight day",
            ),
            c(
                "Raghavan",
                "directed",
                "school managements to move practical examinations to the first week of June",
            ),
            c(
                "Raghavan",
                "asked",
                "contractors running outdoor work sites to halt work between noon and 4 p.m.",
            ),
            c(
                "The state health department",
                "said",
                "63 people had been admitted to hospitals across the district with heatstroke since Sunday, and that two of them, both construction labourers, had died",
            ),
            c(
                "A senior official at the district hospital, who asked not to be named because he was not authorised to speak to the media",
                "said",
                'the real figure was "certainly higher" because many patients were being treated at small private clinics',
            ),
            c(
                "Dr Farhan Qureshi, who heads the emergency ward at Ranipur Civil Hospital",
                "said",
                '"We are seeing patients arrive with body temperatures of 42 degrees. By the time they reach us, some are already unconscious,"',
            ),
            c("The regional weather office", "forecast", "no relief before the weekend"),
            c(
                "The regional weather office",
                "said",
                "a western disturbance expected around May 19 could bring thunderstorms and a drop of four to five degrees",
            ),
            c(
                "Opposition legislator Suresh Pandit",
                "accused",
                "the state government of sitting on a heat action plan for two years",
            ),
            c(
                "The plan, drafted by a panel of doctors and urban planners in 2023",
                "recommended",
                "shaded waiting areas at bus stands and free drinking-water kiosks in every municipal ward",
            ),
            c("Pandit", "said", '"Not one kiosk has been built,"'),
        ],
    ),
    article(
        "fresh15-press-release-packaging-plant",
        "press-release",
        "2026-10-06",
        """
Verdant Loop to Build $48 Million Compostable Packaging Plant in Grantham Falls, Creating 220 Jobs

GRANTHAM FALLS, Oct. 6, 2026 /PRNewswire/ -- Verdant Loop Inc., a maker of compostable food packaging for restaurants and grocers, today announced that it will build a $48 million manufacturing plant on the former Haskett Mill site in Grantham Falls, creating an estimated 220 jobs by the end of 2028.

The 180,000-square-foot facility will turn agricultural fiber such as wheat straw into molded containers and cup lids. The company said production is scheduled to begin in the second half of 2027. Company engineers estimate the plant will divert about 30,000 tons of crop residue a year from open-field burning.

"Grantham Falls gave us what we couldn't find anywhere else: a trained workforce, a rail spur at the gate and a community that wants manufacturing back," said Dana Whitcombe, co-founder and chief executive officer of Verdant Loop. "This plant doubles our capacity at a moment when customers are asking us for more than we can make."

Mayor Ruth Abernathy said the project would bring "the largest private investment our town has seen in 40 years" and thanked the Pell County Economic Development Board, which she said had worked on the bid for more than a year.

The state's Office of Business Growth has approved up to $3.1 million in performance-based tax credits for the project, subject to hiring targets, according to the company.

Hiring for maintenance and engineering roles will begin in early 2027, with a public information session at Grantham Falls Community College on Oct. 20. Interested applicants are encouraged to register through the company's careers page.

About Verdant Loop

Founded in 2015, Verdant Loop Inc. makes plant-fiber food packaging that breaks down in commercial compost within 90 days.

Media contact: Jorge Almeida, press@verdantloop.example
""",
        [
            c(
                "Verdant Loop Inc., a maker of compostable food packaging for restaurants and grocers",
                "announced",
                "that it will build a $48 million manufacturing plant on the former Haskett Mill site in Grantham Falls, creating an estimated 220 jobs by the end of 2028",
            ),
            c("The company", "said", "production is scheduled to begin in the second half of 2027"),
            c(
                "Company engineers",
                "estimate",
                "the plant will divert about 30,000 tons of crop residue a year from open-field burning",
            ),
            c(
                "Dana Whitcombe, co-founder and chief executive officer of Verdant Loop",
                "said",
                [
                    '"Grantham Falls gave us what we couldn\'t find anywhere else: a trained workforce, a rail spur at the gate and a community that wants manufacturing back,"',
                    '"This plant doubles our capacity at a moment when customers are asking us for more than we can make."',
                ],
            ),
            c(
                "Mayor Ruth Abernathy",
                "said",
                'the project would bring "the largest private investment our town has seen in 40 years"',
            ),
            c("she", "said", "had worked on the bid for more than a year"),
            c(
                "the company",
                "according to",
                "The state's Office of Business Growth has approved up to $3.1 million in performance-based tax credits for the project, subject to hiring targets",
            ),
            c(
                None,
                "are encouraged",
                ["Interested applicants", "to register through the company's careers page"],
            ),
        ],
    ),
    article(
        "fresh15-press-release-renters-survey",
        "press-release",
        "2026-10-08",
        """
Six in ten renters cutting back on food to pay rent, Cairnmore Housing Trust survey finds

FOR IMMEDIATE RELEASE | Thursday 8 October 2026

Almost six in ten private renters have cut back on food or heating in the past year to keep up with their rent, according to a survey of 1,850 tenants published today by the Cairnmore Housing Trust.

The survey, carried out for the Trust by Lanyard Research in August, found that the average renter now spends 41 per cent of take-home pay on rent, up from 34 per cent in 2022. One in five said they had been threatened with eviction or a rent increase after asking their landlord for repairs.

One respondent, a childminder in Ballyfearn, wrote that she had “stopped turning the heating on before the children get home from school.”

“These are not people living beyond their means,” said Siobhán Daly, chief executive of the Cairnmore Housing Trust. “They are nurses, bus drivers and shop workers who are skipping meals so they can keep a roof over their children’s heads.

“Every budget we are told that help is coming. This year it has to arrive.”

The Trust is calling on the Government to introduce a refundable renters’ tax credit of €1,500 a year in next week’s budget and to extend the ban on no-fault evictions beyond its expiry in March.

A spokesperson for the housing department said the Minister would “study the findings carefully” and pointed to the 4,200 cost-rental homes delivered since 2024.

Notes to editors: The survey was conducted online between 3 and 24 August 2026 among 1,850 adults renting privately. The full report is available on the Trust’s website.

Media contact: Aoife Brennan, Communications Manager, 087 555 0192
""",
        [
            c(
                "Cairnmore Housing Trust survey",
                "finds",
                "Six in ten renters cutting back on food to pay rent",
            ),
            c(
                "a survey of 1,850 tenants published today by the Cairnmore Housing Trust",
                "according to",
                "Almost six in ten private renters have cut back on food or heating in the past year to keep up with their rent",
            ),
            c(
                "The survey, carried out for the Trust by Lanyard Research in August",
                "found",
                "that the average renter now spends 41 per cent of take-home pay on rent, up from 34 per cent in 2022",
            ),
            c(
                "One in five",
                "said",
                "they had been threatened with eviction or a rent increase after asking their landlord for repairs",
            ),
            c(
                "One respondent, a childminder in Ballyfearn",
                "wrote",
                "that she had “stopped turning the heating on before the children get home from school.”",
            ),
            c(
                "Siobhán Daly, chief executive of the Cairnmore Housing Trust",
                "said",
                [
                    "“These are not people living beyond their means,”",
                    "“They are nurses, bus drivers and shop workers who are skipping meals so they can keep a roof over their children’s heads.",
                    "“Every budget we are told that help is coming. This year it has to arrive.”",
                ],
            ),
            c(
                "The Trust",
                "is calling on",
                "the Government to introduce a refundable renters’ tax credit of €1,500 a year in next week’s budget and to extend the ban on no-fault evictions beyond its expiry in March",
            ),
            c(
                "A spokesperson for the housing department",
                "said",
                "the Minister would “study the findings carefully”",
            ),
        ],
    ),
    article(
        "fresh15-courts-builder-deposits",
        "courts",
        "2026-09-17",
        """
Builder who took £310,000 in deposits for extensions he never started is jailed

A builder who took deposits from 27 households for extensions that were never started has been jailed for four years and eight months.

Craig Mellor, 52, from Dunmarsh, pleaded guilty at Wendlebury Crown Court to 14 counts of fraud by false representation. He had also been charged with trading while disqualified as a company director, a charge the prosecution later dropped.

The court heard that Mellor, who traded as Mellor & Sons Home Improvements, asked customers to pay deposits of up to £18,000 and told several of them that the money was needed to order steel and timber “before the prices go up again”.

Prosecuting, Hannah Okonjo said Mellor had spent much of the money on gambling and a static caravan, and that bank records showed more than £90,000 moving into betting accounts within days of deposits being paid.

“He looked us in the eye, shook hands on it and then stopped answering his phone,” one victim, retired teacher Gwen Addo, said in a statement read to the court. “We lost our savings and, for a long time, our faith in people.”

Defending, Marcus Leigh said his client had been “overwhelmed” by debts after his father’s death in 2021 and was “deeply ashamed”. Mellor had already begun repaying some customers, Mr Leigh told the court.

Sentencing, Judge Alison Farrow said Mellor had “preyed on people’s trust in a tradesman’s word” and that the harm he caused went “far beyond the money”. She ordered him to pay £62,000 in compensation and disqualified him from acting as a company director for ten years.

Detective Constable Liam Prosser of Dunmarsh Police urged anyone planning building work to check a trader’s references and never to hand over large sums in cash.
""",
        [
            c(
                None,
                "heard",
                "that Mellor, who traded as Mellor & Sons Home Improvements, asked customers to pay deposits of up to £18,000 and told several of them that the money was needed to order steel and timber “before the prices go up again”",
            ),
            c(
                "Mellor, who traded as Mellor & Sons Home Improvements",
                "asked",
                "customers to pay deposits of up to £18,000",
            ),
            c(
                "Mellor, who traded as Mellor & Sons Home Improvements",
                "told",
                "that the money was needed to order steel and timber “before the prices go up again”",
            ),
            c(
                "Hannah Okonjo",
                "said",
                "Mellor had spent much of the money on gambling and a static caravan, and that bank records showed more than £90,000 moving into betting accounts within days of deposits being paid",
            ),
            c(
                "bank records",
                "showed",
                "more than £90,000 moving into betting accounts within days of deposits being paid",
            ),
            c(
                "one victim, retired teacher Gwen Addo",
                "said",
                cue_n=1,
                content=[
                    "“He looked us in the eye, shook hands on it and then stopped answering his phone,”",
                    "“We lost our savings and, for a long time, our faith in people.”",
                ],
            ),
            c(
                "Marcus Leigh",
                "said",
                "his client had been “overwhelmed” by debts after his father’s death in 2021 and was “deeply ashamed”",
            ),
            c("Mr Leigh", "told", "Mellor had already begun repaying some customers"),
            c(
                "Judge Alison Farrow",
                "said",
                "Mellor had “preyed on people’s trust in a tradesman’s word” and that the harm he caused went “far beyond the money”",
            ),
            c("She", "ordered", "him to pay £62,000 in compensation"),
            c(
                "Detective Constable Liam Prosser of Dunmarsh Police",
                "urged",
                "anyone planning building work to check a trader’s references and never to hand over large sums in cash",
            ),
        ],
    ),
    article(
        "fresh15-courts-teachers-reinstated",
        "courts",
        "2026-11-03",
        """
Court orders Obagun government to reinstate 412 sacked teachers

From Kunle Adesanya, Aduro

A labour court sitting in Aduro on Tuesday ordered the Obagun State Government to reinstate 412 secondary school teachers dismissed in March and to pay all their withheld salaries within 60 days.

Delivering judgment, Justice Folasade Akintola held that the dismissals, announced in a radio broadcast by the state's commissioner for education, breached the teachers' conditions of service because none of them had been issued a query or given a hearing.

"A government that demands discipline from its workers must itself obey the rules it wrote," the judge said.

The teachers, who were sacked after joining a three-week strike over unpaid allowances, had argued through their counsel, Emeka Nwosu, that the strike was called by their union and that no individual teacher could be punished for obeying it.

Speaking to journalists outside the court, Nwosu described the judgment as "a victory for every public servant who has ever been told to keep quiet" and said his clients would report for duty on Monday.

The state's Attorney-General and Commissioner for Justice, Kayode Balogun, said the government respected the court but had "serious reservations" about the judgment and was studying it with a view to an appeal. He did not say whether the salaries would be paid in the meantime.

The Obagun branch of the Secondary Teachers' Congress is reported to have written to the governor last week, offering to call off a fresh strike planned for November if the judgment was obeyed.
""",
        [
            c("Court", "orders", "Obagun government to reinstate 412 sacked teachers"),
            c(
                "A labour court sitting in Aduro",
                "ordered",
                "the Obagun State Government to reinstate 412 secondary school teachers dismissed in March and to pay all their withheld salaries within 60 days",
            ),
            c(
                "Justice Folasade Akintola",
                "held",
                "that the dismissals, announced in a radio broadcast by the state's commissioner for education, breached the teachers' conditions of service because none of them had been issued a query or given a hearing",
            ),
            c(
                "the judge",
                "said",
                '"A government that demands discipline from its workers must itself obey the rules it wrote,"',
            ),
            c(
                "The teachers, who were sacked after joining a three-week strike over unpaid allowances",
                "had argued",
                "that the strike was called by their union and that no individual teacher could be punished for obeying it",
            ),
            c(
                "Nwosu",
                "described",
                'the judgment as "a victory for every public servant who has ever been told to keep quiet"',
            ),
            c("Nwosu", "said", "his clients would report for duty on Monday"),
            c(
                "The state's Attorney-General and Commissioner for Justice, Kayode Balogun",
                "said",
                'the government respected the court but had "serious reservations" about the judgment and was studying it with a view to an appeal',
            ),
            c(
                None,
                "is reported to",
                [
                    "The Obagun branch of the Secondary Teachers' Congress",
                    "have written to the governor last week, offering to call off a fresh strike planned for November if the judgment was obeyed",
                ],
            ),
            c(
                "The Obagun branch of the Secondary Teachers' Congress",
                "offering",
                "to call off a fresh strike planned for November if the judgment was obeyed",
            ),
        ],
    ),
    article(
        "fresh15-council-beach-parking",
        "council",
        "2026-08-19",
        """
Paid parking at Tarrawong Beach shelved after ratepayer backlash

By Kate Morrissey

Plans to introduce paid parking along the Tarrawong Beach foreshore have been shelved after Koorinda Shire councillors voted 7-2 on Tuesday night to defer the proposal until a traffic study is completed.

The scheme, which would have charged visitors $4 an hour between October and April, was projected in a council report to raise about $1.3 million a year for foreshore upgrades, including repairs to the ageing seawall.

“We’ve heard them.” — Mayor Jodie Carmichael

Mayor Jodie Carmichael said the council had received more than 2,300 submissions on the plan, “and I’d be surprised if 50 of them were in favour”.

“People have told us loud and clear that they don’t want to pay to go to their own beach,” she said. “We’ve heard them.”

Cr Paul Demetriou, who moved the deferral, argued that summer traffic on Marine Parade was “already at breaking point” and that charging for the foreshore car parks would simply push cars into the surrounding residential streets.

But Cr Leanne Howitt, one of the two councillors who voted against the delay, warned the shire would have to find the money elsewhere. “The seawall doesn’t fix itself. If it’s not visitors paying, it’s ratepayers,” she said.

Council staff had recommended the scheme be trialled for one summer, noting that neighbouring Bellamy Shire introduced similar charges in 2024 and now raises about $900,000 a year from them.

Tarrawong Progress Association president Graham Tully welcomed the decision. He said residents would keep pressing for the traffic study to be finished “before another summer of chaos”. The study is expected to go to council in March.
""",
        [
            c(
                "a council report",
                "was projected",
                [
                    "The scheme, which would have charged visitors $4 an hour between October and April",
                    "to raise about $1.3 million a year for foreshore upgrades, including repairs to the ageing seawall",
                ],
            ),
            c("Mayor Jodie Carmichael", "—", "“We’ve heard them.”", n=0),
            c(
                "Mayor Jodie Carmichael",
                "said",
                "the council had received more than 2,300 submissions on the plan, “and I’d be surprised if 50 of them were in favour”",
            ),
            c(
                "she",
                "said",
                [
                    "“People have told us loud and clear that they don’t want to pay to go to their own beach,”",
                    "“We’ve heard them.”",
                ],
            ),
            c(
                "Cr Paul Demetriou, who moved the deferral",
                "argued",
                "that summer traffic on Marine Parade was “already at breaking point” and that charging for the foreshore car parks would simply push cars into the surrounding residential streets",
            ),
            c(
                "Cr Leanne Howitt, one of the two councillors who voted against the delay",
                "warned",
                "the shire would have to find the money elsewhere",
            ),
            c(
                "she",
                "said",
                "“The seawall doesn’t fix itself. If it’s not visitors paying, it’s ratepayers,”",
            ),
            c("Council staff", "had recommended", "the scheme be trialled for one summer"),
            c(
                "Council staff",
                "noting",
                "that neighbouring Bellamy Shire introduced similar charges in 2024 and now raises about $900,000 a year from them",
            ),
            c(
                "He",
                "said",
                "residents would keep pressing for the traffic study to be finished “before another summer of chaos”",
            ),
            c(None, "is expected to", ["The study", "go to council in March"]),
        ],
    ),
    article(
        "fresh15-council-sidewalk-snow",
        "council",
        "2026-11-24",
        """
Port Whitlow to take over sidewalk snow clearing after divided council vote

By Nadia Ferreira

Port Whitlow city council voted 9-4 on Monday to approve a $6.2-million overhaul of winter maintenance that will see the city take over sidewalk snow clearing from homeowners next December.

A staff report presented to council found that the city received 1,870 complaints about uncleared sidewalks last winter and that at least 140 people, most of them seniors, were treated in hospital after falls on ice.

Coun. Marguerite Lapointe, who chairs the public works committee, called the current bylaw, which fines homeowners $125 for failing to clear their sidewalk within 24 hours, "a tax on the elderly and the disabled."

"We ask an 80-year-old widow to shovel a corner lot or pay up. That is not a snow policy, it's a fall-risk policy," Lapointe said.

Coun. Derek Sampson, who voted against the plan, said he supported the goal but warned that the cost would add roughly 1.4 per cent to the property tax bill. He asked staff to report back by March on whether private contractors could do the work more cheaply.

City manager Alan Petrakis told council the city would need to buy 22 sidewalk ploughs and hire about 30 seasonal operators, and that the first full season would be "a learning year." Asked whether the city could absorb the cost without a tax increase, Petrakis said it could not.

Residents who spoke at the meeting were split. Dorothy Kwan, 74, said she had broken her wrist on her own street two winters ago, while Gerald Fitch of the Eastside Homeowners Association said many households already paid neighbourhood teens to shovel and did not want a higher tax bill.

The mayor's office did not respond to a request for comment on Sampson's estimate.
""",
        [
            c(
                "A staff report presented to council",
                "found",
                "that the city received 1,870 complaints about uncleared sidewalks last winter and that at least 140 people, most of them seniors, were treated in hospital after falls on ice",
            ),
            c(
                "Coun. Marguerite Lapointe, who chairs the public works committee",
                "called",
                'the current bylaw, which fines homeowners $125 for failing to clear their sidewalk within 24 hours, "a tax on the elderly and the disabled."',
            ),
            c(
                "Lapointe",
                "said",
                '"We ask an 80-year-old widow to shovel a corner lot or pay up. That is not a snow policy, it\'s a fall-risk policy,"',
            ),
            c("Coun. Derek Sampson, who voted against the plan", "said", "he supported the goal"),
            c(
                "Coun. Derek Sampson, who voted against the plan",
                "warned",
                "that the cost would add roughly 1.4 per cent to the property tax bill",
            ),
            c(
                "He",
                "asked",
                "staff to report back by March on whether private contractors could do the work more cheaply",
            ),
            c(
                "City manager Alan Petrakis",
                "told",
                'the city would need to buy 22 sidewalk ploughs and hire about 30 seasonal operators, and that the first full season would be "a learning year."',
            ),
            c("Petrakis", "said", "it could not"),
            c(
                "Dorothy Kwan, 74",
                "said",
                "she had broken her wrist on her own street two winters ago",
            ),
            c(
                "Gerald Fitch of the Eastside Homeowners Association",
                "said",
                "many households already paid neighbourhood teens to shovel and did not want a higher tax bill",
            ),
        ],
    ),
    article(
        "fresh15-interview-library-of-things",
        "interview",
        "2026-07-11",
        """
“We lend out drills now”: librarian Nkem Obiora on her branch’s library of things

Interview by Tolu Bankole

Nkem Obiora has run the Ilupeju Road branch of the Makanda public library for six years. Since January the branch has lent out drills, tents and a pressure washer alongside its books, and the city’s library board says loans there are up by a third. This conversation has been edited.

Q: Whose idea was it?

Obiora: A man asked whether we had a ladder he could borrow to clear his gutters. We didn’t. So I started asking people what they needed once a year and never wanted to buy, and the list was long. My board was sceptical. One member told me libraries were for books, full stop.

Q: What has gone missing?

Obiora: Less than you’d think. One extension cable and a bag of tent pegs in ten months. People bring things back cleaner than they took them.

Q: Any rules?

Obiora: Two. Bring it back clean, and tell us if it’s broken. We would rather fix a drill than lose a borrower.

Q: The council has said it may cut library opening hours next year. Will the scheme survive?

Obiora: I don’t know. What I do know is that on a Saturday morning there are more people in this building than at any time since I started. If the council wants to save money, closing the one place where people come to share things is an odd way to do it.

Q: And if money were no object?

Obiora: A sewing room with proper machines and someone to teach. And a van, so we can take the tools out to the estates on the edge of the city.
""",
        [
            c("librarian Nkem Obiora", ":", "“We lend out drills now”"),
            c("the city’s library board", "says", "loans there are up by a third"),
            qa(
                "Obiora",
                "A man asked whether we had a ladder he could borrow to clear his gutters. We didn’t. So I started asking people what they needed once a year and never wanted to buy, and the list was long. My board was sceptical. One member told me libraries were for books, full stop.",
            ),
            qa(
                "Obiora",
                "Less than you’d think. One extension cable and a bag of tent pegs in ten months. People bring things back cleaner than they took them.",
            ),
            qa(
                "Obiora",
                "Two. Bring it back clean, and tell us if it’s broken. We would rather fix a drill than lose a borrower.",
            ),
            qa(
                "Obiora",
                "I don’t know. What I do know is that on a Saturday morning there are more people in this building than at any time since I started. If the council wants to save money, closing the one place where people come to share things is an odd way to do it.",
            ),
            qa(
                "Obiora",
                "A sewing room with proper machines and someone to teach. And a van, so we can take the tools out to the estates on the edge of the city.",
            ),
        ],
    ),
    article(
        "fresh15-live-blog-storm-ferris",
        "live-blog",
        "2026-11-12",
        """
Storm Ferris: tens of thousands without power as red warning stays in place for west coast – live

07:05 Good morning. Storm Ferris made landfall overnight and the national weather service has issued a red wind warning for three western counties until 3pm. Forecasters say gusts could reach 150km/h on exposed coasts. We'll bring you the latest here throughout the day.

07:32 The electricity network operator, Gridwest, says around 61,000 homes and businesses are without power, most of them in Kilmurry and on the Carrabeg peninsula.

07:50 Schools in the red warning area will stay closed today, the education department has confirmed. Parents in amber areas are being advised to check with their school before setting out.

08:14 A reader in Dunleer has sent us this photo of a fallen tree blocking the main street. She says the road has been shut since about 5am and nobody was hurt.

08:40 Police are urging people not to travel unless their journey is essential. "If you don't need to be on the road, please stay at home. Trees are coming down faster than crews can clear them," Superintendent Claire Moran said in a video posted on social media.

09:22 Westrail says all services west of Athcarne are suspended until at least noon. Replacement buses will not run while the red warning is in place, a spokesman added.

09:48 A man is understood to have been taken to hospital after part of a sports hall roof collapsed in Kilmurry. His condition is said to be stable.

10:15 Gridwest now says 84,000 customers are without power. Its chief executive, Rory Hanlon, told local radio that some homes could be without electricity "for several days" and asked people to stay well away from fallen lines and to report them by phone.
""",
        [
            c("Forecasters", "say", "gusts could reach 150km/h on exposed coasts"),
            c(
                "The electricity network operator, Gridwest",
                "says",
                "around 61,000 homes and businesses are without power, most of them in Kilmurry and on the Carrabeg peninsula",
            ),
            c(
                "the education department",
                "has confirmed",
                "Schools in the red warning area will stay closed today",
            ),
            c(
                None,
                "are being advised",
                ["Parents in amber areas", "to check with their school before setting out"],
            ),
            c("She", "says", "the road has been shut since about 5am and nobody was hurt"),
            c("Police", "are urging", "people not to travel unless their journey is essential"),
            c(
                "Superintendent Claire Moran",
                "said",
                '"If you don\'t need to be on the road, please stay at home. Trees are coming down faster than crews can clear them,"',
            ),
            c(
                "Westrail",
                "says",
                "all services west of Athcarne are suspended until at least noon",
            ),
            c(
                "a spokesman",
                "added",
                "Replacement buses will not run while the red warning is in place",
            ),
            c(
                None,
                "is understood to",
                [
                    "A man",
                    "have been taken to hospital after part of a sports hall roof collapsed in Kilmurry",
                ],
            ),
            c(None, "is said to", ["His condition", "be stable"]),
            c("Gridwest", "says", "84,000 customers are without power"),
            c(
                "Its chief executive, Rory Hanlon",
                "told",
                'that some homes could be without electricity "for several days"',
            ),
            c(
                "Its chief executive, Rory Hanlon",
                "asked",
                "people to stay well away from fallen lines and to report them by phone",
            ),
        ],
    ),
    article(
        "fresh15-opinion-eastgate-pool",
        "opinion",
        "2026-09-28",
        """
Closing the Eastgate pool saves money only if you ignore what it costs

By Teresa Mulvaney

When the city announced in August that the Eastgate Community Pool would close at the end of the year, the parks department said the decision was "purely about the numbers." Fine. Let's talk about the numbers.

The department's budget papers put the pool's annual operating loss at $410,000. They also show that 38,000 swims were logged there last year and that a third of them were by children in the free summer program.

That works out to about $10.80 a swim. According to the same papers, the city subsidizes each round at its municipal golf course by more than twice that. The golf course is not on anybody's list of cuts.

Parks director Howard Blaine told the council last month that the pool's boilers and filtration system were "at the end of their life" and would cost $2.3 million to replace. I don't doubt it. But in 2022 his department told the same council that a repair fund had been set aside for exactly this purpose. Where did that money go?

I wrote in this column last spring that the city was letting Eastgate run down so that closing it would look like common sense. A city spokeswoman called that suggestion "insulting to the staff who keep that building going." I would be happy to be proven wrong.

A petition signed by 2,600 people asks the council to delay the closure by a year while a community trust tries to raise the repair money. Councilmember Aisha Grant has said she will bring a motion to do exactly that.

The council should back it. A city that can find money for its golf course can find a way to keep children swimming.
""",
        [
            c(
                "the city",
                "announced",
                "that the Eastgate Community Pool would close at the end of the year",
            ),
            c("the parks department", "said", 'the decision was "purely about the numbers."'),
            c(
                "The department's budget papers",
                "put",
                "the pool's annual operating loss at $410,000",
            ),
            c(
                "They",
                "show",
                "that 38,000 swims were logged there last year and that a third of them were by children in the free summer program",
            ),
            c(
                "the same papers",
                "According to",
                "the city subsidizes each round at its municipal golf course by more than twice that",
            ),
            c(
                "Parks director Howard Blaine",
                "told",
                'that the pool\'s boilers and filtration system were "at the end of their life" and would cost $2.3 million to replace',
            ),
            c(
                "his department",
                "told",
                "that a repair fund had been set aside for exactly this purpose",
            ),
            c(
                "I",
                "wrote",
                "that the city was letting Eastgate run down so that closing it would look like common sense",
            ),
            c(
                "A city spokeswoman",
                "called",
                'that suggestion "insulting to the staff who keep that building going."',
            ),
            c(
                "A petition signed by 2,600 people",
                "asks",
                "the council to delay the closure by a year while a community trust tries to raise the repair money",
            ),
            c(
                "Councilmember Aisha Grant",
                "has said",
                "she will bring a motion to do exactly that",
            ),
        ],
    ),
    article(
        "fresh15-business-halberd-results",
        "business",
        "2026-10-14",
        """
Halberd Home shares slide as DIY chain warns on margins

Shares in Halberd Home fell 11 per cent on Wednesday after the DIY and garden retailer said first-half profit had dropped by almost a quarter and warned that a wet spring and rising wage costs would squeeze margins for the rest of the year.

The group reported pre-tax profit of £58.4m for the six months to the end of August, down from £76.9m a year earlier, on sales that were flat at £1.21bn. Like-for-like sales, which strip out new stores, fell 2.3 per cent.

Chief executive Fiona Gaskell said the business had “lost the spring” after the wettest April and May on record kept gardeners indoors. “Our garden centres do a third of the year’s trade in ten weeks, and for six of those weeks it rained,” she told analysts on a call. “You cannot sell a barbecue in a monsoon.”

She said the group would cut its planned store openings from 12 to seven and had frozen hiring at its head office, but ruled out closing any of its 240 stores.

Halberd now forecasts full-year profit of £105m to £115m, against previous guidance of £140m. Analysts at Corvid Securities, who had forecast £132m, said the downgrade was “bigger than feared” and cut their target price to 185p.

Halberd, which is 14 per cent owned by the private equity firm Lowmoor Capital, has been the subject of takeover speculation since the summer. Lowmoor declined to comment. Asked whether Halberd had received an approach, Gaskell said she was “focused on running the business, not on the share register”.

The company is understood to be in talks with landlords about cutting rents on about 30 of its larger out-of-town stores.
""",
        [
            c(
                "the DIY and garden retailer",
                "said",
                "first-half profit had dropped by almost a quarter",
            ),
            c(
                "the DIY and garden retailer",
                "warned",
                "that a wet spring and rising wage costs would squeeze margins for the rest of the year",
            ),
            c(
                "The group",
                "reported",
                "pre-tax profit of £58.4m for the six months to the end of August, down from £76.9m a year earlier, on sales that were flat at £1.21bn",
            ),
            c(
                "Chief executive Fiona Gaskell",
                "said",
                "the business had “lost the spring” after the wettest April and May on record kept gardeners indoors",
            ),
            c(
                "she",
                "told",
                [
                    "“Our garden centres do a third of the year’s trade in ten weeks, and for six of those weeks it rained,”",
                    "“You cannot sell a barbecue in a monsoon.”",
                ],
            ),
            c(
                "She",
                "said",
                "the group would cut its planned store openings from 12 to seven and had frozen hiring at its head office",
            ),
            c("She", "ruled out", "closing any of its 240 stores"),
            c(
                "Halberd",
                "forecasts",
                "full-year profit of £105m to £115m, against previous guidance of £140m",
            ),
            c("Analysts at Corvid Securities", "had forecast", "£132m"),
            c(
                "Analysts at Corvid Securities, who had forecast £132m",
                "said",
                "the downgrade was “bigger than feared”",
            ),
            c(
                "Gaskell",
                "said",
                "she was “focused on running the business, not on the share register”",
            ),
            c(
                None,
                "is understood to",
                [
                    "The company",
                    "be in talks with landlords about cutting rents on about 30 of its larger out-of-town stores",
                ],
            ),
        ],
    ),
]
