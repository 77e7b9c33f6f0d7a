"""A fourth tuning set of invented everyday news articles and their attributions, as strings.

Written on 2026-12-05 without reading claimx's rules (the annotator neither ran claimx on these
articles nor read its source, its tests or ``articles.py``), for TUNING: because it was written
blind, its errors are the rules' real errors. ``fresh``, ``fresh2`` and ``fresh3`` stay held out.
Every article, person, organisation, place and quotation here is invented (MIT, like the
project). ``build.py --set news5`` turns these into ``news5.jsonl`` with exact spans; the
conventions are in docs/evaldata-news.md.
"""

# ruff: noqa: E501 (article text: one paragraph a line)
from __future__ import annotations

from typing import Any

from articles import article, c, qa

ARTICLES: list[dict[str, Any]] = [
    article(
        "news5-wire-astrava-landslide",
        "wire",
        "2026-03-09",
        """
At least nine missing after landslide buries mountain road in Astrava, officials say

VELMORA, March 9 (Meridian) - At least nine people were missing on Monday after a landslide buried a stretch of mountain highway in the northern province of Astrava, provincial officials said.

The slide struck the Velmora-Dusk Pass road shortly before dawn, sweeping two cars and a minibus into a ravine, according to the provincial disaster management agency. Three people were pulled out alive and taken to hospital in Velmora, the agency said in a statement, adding that search teams had been hampered by fresh falls of rock.

"We are working against the weather and against time," said Orsolya Benedek, the agency's deputy director, who is overseeing the operation from a command post near the pass. "Every hour of rain makes the slope less stable."

The minibus is believed to have been carrying farm workers to the valley's tea estates. At a roadside shrine where relatives waited for news, one woman, who gave her name only as Marit, told Meridian that her brother had telephoned her from the bus minutes before the slide.

Residents of two villages below the slope have been told to leave their homes until geologists have inspected it, and the road will stay closed for at least a week, provincial governor Tibor Halasz told local radio. Halasz said the province had asked the national government for helicopters and army engineers. The defence ministry did not respond to a request for comment.

Local farmers have complained for years that quarrying on the ridge above the road has loosened the hillside. A spokesman for Dusk Ridge Aggregates, which operates the quarry, said the company "categorically rejects" any link between its work and the slide and would cooperate with any inquiry.

The province has had more than twice its average February rainfall, the national weather service said last week.

(Reporting by Lena Varkonyi; Editing by Paul Osterhout)
""",
        [
            c(
                "officials",
                "say",
                "At least nine missing after landslide buries mountain road in Astrava",
            ),
            c(
                "provincial officials",
                "said",
                "At least nine people were missing on Monday after a landslide buried a stretch of mountain highway in the northern province of Astrava",
            ),
            c(
                "the provincial disaster management agency",
                "according to",
                "The slide struck the Velmora-Dusk Pass road shortly before dawn, sweeping two cars and a minibus into a ravine",
            ),
            c(
                "the agency",
                "said",
                "Three people were pulled out alive and taken to hospital in Velmora",
            ),
            c(
                "the agency",
                "adding",
                "that search teams had been hampered by fresh falls of rock",
            ),
            c(
                "Orsolya Benedek, the agency's deputy director, who is overseeing the operation from a command post near the pass",
                "said",
                [
                    '"We are working against the weather and against time,"',
                    '"Every hour of rain makes the slope less stable."',
                ],
            ),
            c(
                None,
                "is believed to",
                ["The minibus", "have been carrying farm workers to the valley's tea estates"],
            ),
            c(
                "one woman, who gave her name only as Marit",
                "told",
                "that her brother had telephoned her from the bus minutes before the slide",
            ),
            c(
                "provincial governor Tibor Halasz",
                "told",
                "Residents of two villages below the slope have been told to leave their homes until geologists have inspected it, and the road will stay closed for at least a week",
            ),
            c(
                "Halasz",
                "said",
                "the province had asked the national government for helicopters and army engineers",
            ),
            c(
                "the province",
                "had asked",
                "the national government for helicopters and army engineers",
            ),
            c(
                "Local farmers",
                "have complained",
                "that quarrying on the ridge above the road has loosened the hillside",
            ),
            c(
                "A spokesman for Dusk Ridge Aggregates, which operates the quarry",
                "said",
                'the company "categorically rejects" any link between its work and the slide and would cooperate with any inquiry',
            ),
            c(
                "the national weather service",
                "said",
                "The province has had more than twice its average February rainfall",
            ),
        ],
    ),
    article(
        "news5-wire-esker-dock-strike",
        "wire",
        "2026-10-14",
        """
Port Esker dockworkers walk off the job after contract talks collapse

By Aileen Moraga | Northline Press

PORT ESKER, Oct. 14 — About 1,400 dockworkers at the Port of Esker walked off the job at midnight after contract talks with terminal operators broke down, halting container traffic at the country's second-busiest port.

The Esker Longshore Union said its members had rejected a final offer that would have raised wages by 9 percent over four years, calling it "an insult to people who kept this port open through two floods." Union president Gabriel Okonjo-Reyes told a rally outside the main gate that the strike would continue "as long as it takes."

The Maritime Employers Council, which bargains for the five terminal operators, said in a statement that the union's demands would add more than $210 million to costs over the life of the contract. It urged the union to return to the table and accept binding arbitration.

Transport Minister Delphine Aucoin, speaking in the legislature, said she was "deeply concerned" and that federal mediators remained available. She would not say whether the government was preparing back-to-work legislation.

Retailers are nervous. A survey of 300 importers released Tuesday by the Chamber of Commerce found that nearly two-thirds expected shortages on store shelves within three weeks if the dispute dragged on.

Shipping lines have begun diverting vessels to Cape Lorne, according to two industry officials who asked not to be identified because they were not authorized to speak publicly. At least six ships were reported to be waiting at anchor outside the harbor Tuesday afternoon.

"Every day this goes on costs us customers we may never get back," said Harriet Lindqvist-Moore, chief executive of the port authority. "We need both sides in a room, tonight."
""",
        [
            c(
                "The Esker Longshore Union",
                "said",
                "its members had rejected a final offer that would have raised wages by 9 percent over four years",
            ),
            c(
                "The Esker Longshore Union",
                "calling",
                'it "an insult to people who kept this port open through two floods."',
            ),
            c(
                "Union president Gabriel Okonjo-Reyes",
                "told",
                'that the strike would continue "as long as it takes."',
            ),
            c(
                "The Maritime Employers Council, which bargains for the five terminal operators",
                "said",
                "that the union's demands would add more than $210 million to costs over the life of the contract",
            ),
            c(
                "It",
                "urged",
                "the union to return to the table and accept binding arbitration",
            ),
            c(
                "Transport Minister Delphine Aucoin",
                "said",
                'she was "deeply concerned" and that federal mediators remained available',
            ),
            c(
                "A survey of 300 importers released Tuesday by the Chamber of Commerce",
                "found",
                "that nearly two-thirds expected shortages on store shelves within three weeks if the dispute dragged on",
            ),
            c(
                "two industry officials who asked not to be identified because they were not authorized to speak publicly",
                "according to",
                "Shipping lines have begun diverting vessels to Cape Lorne",
            ),
            c(
                None,
                "were reported to",
                ["At least six ships", "be waiting at anchor outside the harbor Tuesday afternoon"],
            ),
            c(
                "Harriet Lindqvist-Moore, chief executive of the port authority",
                "said",
                [
                    '"Every day this goes on costs us customers we may never get back,"',
                    '"We need both sides in a room, tonight."',
                ],
            ),
        ],
    ),
    article(
        "news5-wire-kharod-cholera",
        "wire",
        "2026-09-17",
        """
Cholera cases rise to 214 in Kharod district; schools in three blocks shut

KHAROD: The number of confirmed cholera cases in Kharod district has risen to 214, with two deaths, health officials said on Thursday.

The district administration has ordered all schools in the three worst-hit blocks to stay shut until next Thursday.

District collector Anjali Venkatraman said the outbreak had been traced to a damaged pipeline in Sonepur block that had allowed sewage to seep into the drinking water supply. Repairs were completed on Wednesday night, she told reporters at the collectorate.

"There is no need to panic. The source has been identified and sealed," Venkatraman said. "But families must boil their water until we tell them otherwise."

The district health officer, Dr Prakash Menon-Iyer, said 61 patients were still in hospital, most of them children under 12. He added that three mobile medical units had been sent to villages where children had fallen ill but had not yet been tested.

Residents of Sonepur alleged that they had complained about foul-smelling tap water as early as August. "We went to the panchayat office three times. Nobody came," said Rukmini Dash, a 44-year-old vegetable seller whose two sons were admitted on Monday.

The state's water supply minister, Harish Chandrapal, has ordered an inquiry into the delay and directed the public health engineering department to submit a report within 15 days, an official statement said.

Opposition legislator Meera Sahoo demanded the suspension of the officials responsible, saying the administration had "woken up only after children started dying." She said her party would stage a sit-in outside the collectorate on Saturday.

(With inputs from agencies)
""",
        [
            c(
                "health officials",
                "said",
                "The number of confirmed cholera cases in Kharod district has risen to 214, with two deaths",
            ),
            c(
                "The district administration",
                "has ordered",
                "all schools in the three worst-hit blocks to stay shut until next Thursday",
            ),
            c(
                "District collector Anjali Venkatraman",
                "said",
                "the outbreak had been traced to a damaged pipeline in Sonepur block that had allowed sewage to seep into the drinking water supply",
            ),
            c("she", "told", "Repairs were completed on Wednesday night"),
            c(
                "Venkatraman",
                "said",
                [
                    '"There is no need to panic. The source has been identified and sealed,"',
                    '"But families must boil their water until we tell them otherwise."',
                ],
            ),
            c(
                "The district health officer, Dr Prakash Menon-Iyer",
                "said",
                "61 patients were still in hospital, most of them children under 12",
            ),
            c(
                "He",
                "added",
                "that three mobile medical units had been sent to villages where children had fallen ill but had not yet been tested",
            ),
            c(
                "Residents of Sonepur",
                "alleged",
                "that they had complained about foul-smelling tap water as early as August",
            ),
            c(
                "Rukmini Dash, a 44-year-old vegetable seller whose two sons were admitted on Monday",
                "said",
                '"We went to the panchayat office three times. Nobody came,"',
            ),
            c(
                "an official statement",
                "said",
                "The state's water supply minister, Harish Chandrapal, has ordered an inquiry into the delay and directed the public health engineering department to submit a report within 15 days",
            ),
            c(
                "The state's water supply minister, Harish Chandrapal",
                "directed",
                "the public health engineering department to submit a report within 15 days",
            ),
            c(
                "Opposition legislator Meera Sahoo",
                "demanded",
                "the suspension of the officials responsible",
            ),
            c(
                "Opposition legislator Meera Sahoo",
                "saying",
                'the administration had "woken up only after children started dying."',
            ),
            c(
                "She",
                "said",
                "her party would stage a sit-in outside the collectorate on Saturday",
            ),
        ],
    ),
    article(
        "news5-release-brightwell-recall",
        "press-release",
        "2026-05-04",
        """
Brightwell Foods Issues Voluntary Recall of Honey Oat Crunch Bars Because of Undeclared Almonds

ORCHARD FALLS, May 4, 2026 /PRLine/ -- Brightwell Foods, Inc., a maker of packaged breakfast and snack foods, is voluntarily recalling about 38,000 cases of its Honey Oat Crunch bars because they may contain almonds that are not declared on the label, the company announced today.

People who have an allergy or severe sensitivity to tree nuts run the risk of a serious or life-threatening allergic reaction if they eat the product, the company said. About 9,000 of the cases had already reached store shelves, according to company distribution records.

The recall began after a customer in Delling County fell ill, and almond protein was later detected in two production lots. Brightwell said it has traced the problem to a change in a supplier's packaging equipment and has suspended production on the affected line while the cause is investigated.

"Nothing matters more to us than the trust of the families who buy our food," said Corinne Abernathy-Vale, president and chief executive officer of Brightwell Foods. "We are acting out of an abundance of caution, and we are sorry for the worry this causes."

The recalled bars were sold in 6-count boxes with "best by" dates from August 1 through October 31, 2026, and lot codes beginning with BW26. Consumers are urged not to eat the bars and to return them to the place of purchase for a full refund.

The National Food Safety Authority, which has been notified of the recall, said in a notice on its website that no other Brightwell products are affected.

Consumers with questions may call Brightwell Consumer Care at 1-800-555-0142, Monday through Friday, 8 a.m. to 6 p.m.

About Brightwell Foods

Brightwell Foods, Inc., founded in 1961, makes cereals, granola and snack bars sold in more than 14,000 stores.

Media Contact: Dana Whitlow, press@brightwell.example
""",
        [
            c(
                "the company",
                "announced",
                "Brightwell Foods, Inc., a maker of packaged breakfast and snack foods, is voluntarily recalling about 38,000 cases of its Honey Oat Crunch bars because they may contain almonds that are not declared on the label",
            ),
            c(
                "the company",
                "said",
                "People who have an allergy or severe sensitivity to tree nuts run the risk of a serious or life-threatening allergic reaction if they eat the product",
            ),
            c(
                "company distribution records",
                "according to",
                "About 9,000 of the cases had already reached store shelves",
            ),
            c(
                "Brightwell",
                "said",
                "it has traced the problem to a change in a supplier's packaging equipment and has suspended production on the affected line while the cause is investigated",
            ),
            c(
                "Corinne Abernathy-Vale, president and chief executive officer of Brightwell Foods",
                "said",
                [
                    '"Nothing matters more to us than the trust of the families who buy our food,"',
                    '"We are acting out of an abundance of caution, and we are sorry for the worry this causes."',
                ],
            ),
            c(
                None,
                "are urged",
                [
                    "Consumers",
                    "not to eat the bars and to return them to the place of purchase for a full refund",
                ],
                n=0,
            ),
            c(
                "The National Food Safety Authority, which has been notified of the recall",
                "said",
                "that no other Brightwell products are affected",
            ),
        ],
    ),
    article(
        "news5-courts-ferrier-deposits",
        "courts",
        "2026-07-22",
        """
Builder who took $310,000 from elderly clients jailed for four years

By Tamsin Prowse

A Bellhaven builder who took deposits from elderly homeowners for renovations he never started has been jailed for four years, with a judge saying his victims had been chosen "precisely because they trusted him".

Cody James Ferrier, 39, pleaded guilty in the Bellhaven District Court to 17 counts of obtaining financial advantage by deception, involving $310,000 taken from 14 clients between 2022 and 2024.

The court heard that Ferrier advertised in seniors' newsletters and church bulletins, took deposits of up to 40 per cent, and then stopped answering his phone.

Crown prosecutor Hamish Oduya said one couple, both in their eighties, had handed over their entire savings for a bathroom that was never built. "They did not lose money they could spare," Mr Oduya told the court. "They lost the money they had set aside for their funerals."

In a victim impact statement read aloud by her daughter, an 86-year-old widow said she no longer opened the door to strangers.

Ferrier's barrister, Lucinda Marsh SC, told Judge Paul Ekanayake that her client had been overwhelmed by gambling debts and had not set out to deceive anyone. She said he had since sold his car and repaid about $42,000.

Judge Ekanayake said he accepted Ferrier was remorseful but that the offending was "calculated, sustained and cruel".

"You did not stumble into this," the judge said. "You went looking for people who would not check up on you."

Ferrier will be eligible for parole after two years and six months. The judge ordered him to repay the remaining money, though a Consumer Affairs spokeswoman said outside court that victims were unlikely to see most of it.
""",
        [
            c(
                "a judge",
                "saying",
                'his victims had been chosen "precisely because they trusted him"',
            ),
            c(
                None,
                "heard",
                "that Ferrier advertised in seniors' newsletters and church bulletins, took deposits of up to 40 per cent, and then stopped answering his phone",
            ),
            c(
                "Crown prosecutor Hamish Oduya",
                "said",
                "one couple, both in their eighties, had handed over their entire savings for a bathroom that was never built",
            ),
            c(
                "Mr Oduya",
                "told",
                [
                    '"They did not lose money they could spare,"',
                    '"They lost the money they had set aside for their funerals."',
                ],
            ),
            c(
                "an 86-year-old widow",
                "said",
                "she no longer opened the door to strangers",
            ),
            c(
                "Ferrier's barrister, Lucinda Marsh SC",
                "told",
                "that her client had been overwhelmed by gambling debts and had not set out to deceive anyone",
            ),
            c("She", "said", "he had since sold his car and repaid about $42,000"),
            c(
                "Judge Ekanayake",
                "said",
                'he accepted Ferrier was remorseful but that the offending was "calculated, sustained and cruel"',
            ),
            c(
                "the judge",
                "said",
                [
                    '"You did not stumble into this,"',
                    '"You went looking for people who would not check up on you."',
                ],
            ),
            c("The judge", "ordered", "him to repay the remaining money"),
            c(
                "a Consumer Affairs spokeswoman",
                "said",
                "that victims were unlikely to see most of it",
            ),
        ],
    ),
    article(
        "news5-courts-marlow-phone-ban",
        "courts",
        "2026-11-06",
        """
Appeals court upholds Marlow school district's cellphone ban

By Jonah Pereira-Wills, Staff Writer

A state appeals court on Friday upheld the Marlow Unified School District's ban on student cellphones during class, rejecting a challenge by a group of parents who argued the policy endangered children during emergencies.

In a 2-1 decision, the three-judge panel found that the district had acted within its authority and that the policy, which requires phones to be locked in pouches from the first bell to the last, did not violate any student's constitutional rights.

"Schools are not required to guarantee instant contact with every parent at every moment," Judge Eleanor Vasquez-Hart wrote for the majority. "The record shows the district considered the safety concerns and addressed them."

In dissent, Judge Raymond Tull wrote that the district had "brushed aside" evidence from a 2024 lockdown drill in which teachers could not reach some students' families for more than an hour.

The parents, represented by the Marlow Family Rights Project, had asked the court to order the district to suspend the pouches until a new emergency plan was approved. According to court filings, the group says about 340 families backed the suit.

Their lawyer, Colette Ibarra, said Friday that her clients were "disappointed but not finished" and were weighing an appeal to the state Supreme Court.

District Superintendent Walter Osgood called the ruling "a win for learning" and said discipline referrals had fallen 31 percent since the ban took effect in 2025, a figure the parents' group has disputed.

A district spokesperson said schools would keep the pouches in place while any further appeal is considered.
""",
        [
            c(
                "a group of parents",
                "argued",
                "the policy endangered children during emergencies",
            ),
            c(
                "the three-judge panel",
                "found",
                "that the district had acted within its authority and that the policy, which requires phones to be locked in pouches from the first bell to the last, did not violate any student's constitutional rights",
            ),
            c(
                "the policy",
                "requires",
                "phones to be locked in pouches from the first bell to the last",
            ),
            c(
                "Judge Eleanor Vasquez-Hart",
                "wrote",
                [
                    '"Schools are not required to guarantee instant contact with every parent at every moment,"',
                    '"The record shows the district considered the safety concerns and addressed them."',
                ],
            ),
            c(
                "Judge Raymond Tull",
                "wrote",
                'that the district had "brushed aside" evidence from a 2024 lockdown drill in which teachers could not reach some students\' families for more than an hour',
            ),
            c(
                "The parents, represented by the Marlow Family Rights Project",
                "had asked",
                "the court to order the district to suspend the pouches until a new emergency plan was approved",
            ),
            c(
                "court filings",
                "According to",
                "the group says about 340 families backed the suit",
            ),
            c("the group", "says", "about 340 families backed the suit"),
            c(
                "Their lawyer, Colette Ibarra",
                "said",
                'that her clients were "disappointed but not finished" and were weighing an appeal to the state Supreme Court',
            ),
            c(
                "District Superintendent Walter Osgood",
                "called",
                'the ruling "a win for learning"',
            ),
            c(
                "District Superintendent Walter Osgood",
                "said",
                "discipline referrals had fallen 31 percent since the ban took effect in 2025",
            ),
            c(
                "A district spokesperson",
                "said",
                "schools would keep the pouches in place while any further appeal is considered",
            ),
        ],
    ),
    article(
        "news5-council-brackwater-parking",
        "council",
        "2026-02-18",
        """
Brackwater councillors back Sunday parking charges despite traders' anger

By Owen Pritchard, Local Democracy Reporter

Brackwater Town Council will introduce Sunday parking charges in the town centre from April after a heated meeting on Tuesday night at which shopkeepers accused councillors of "taxing the high street to death".

The finance committee voted 7-4 to charge £1.20 an hour on Sundays at the council's four car parks, which are currently free. Council officers estimate the change will raise about £180,000 a year.

Cllr Gwen Hathersage (Lib Dem), who chairs the committee, said the council faced an £840,000 hole in next year's budget and had "run out of painless options". She told the meeting: "Nobody on this committee wanted to do this. But the alternative is closing the library on Saturdays, and I will not do that."

Dozens of traders, some holding placards, sat through the two-hour debate. Priya Lansdowne, who owns a toy shop on Market Street and chairs the Brackwater Traders' Association, presented a petition of 2,300 signatures calling on the council to drop the plan. Sunday footfall had already fallen by a fifth since the pandemic, she said, and the charges "will finish off what is left".

"We are the ones who pay the business rates that keep this town going." — Priya Lansdowne, Brackwater Traders' Association

Opposition leader Cllr Martin Oakeshott (Con) argued that the council had not consulted businesses properly. Figures in the officers' report show that 212 people responded to the online consultation, of whom 171 opposed the charges.

Officers have been asked to bring back proposals for a free first hour for blue badge holders. Cllr Hathersage said she would "look seriously" at a review after twelve months.

The decision must still be ratified by the full council on 14 March.
""",
        [
            c(
                "shopkeepers",
                "accused",
                'councillors of "taxing the high street to death"',
            ),
            c(
                "Council officers",
                "estimate",
                "the change will raise about £180,000 a year",
            ),
            c(
                "Cllr Gwen Hathersage (Lib Dem), who chairs the committee",
                "said",
                'the council faced an £840,000 hole in next year\'s budget and had "run out of painless options"',
            ),
            c(
                "She",
                "told",
                '"Nobody on this committee wanted to do this. But the alternative is closing the library on Saturdays, and I will not do that."',
            ),
            c(
                "a petition of 2,300 signatures",
                "calling on",
                "the council to drop the plan",
            ),
            c(
                "she",
                "said",
                [
                    "Sunday footfall had already fallen by a fifth since the pandemic",
                    'and the charges "will finish off what is left"',
                ],
            ),
            c(
                "Priya Lansdowne, Brackwater Traders' Association",
                "—",
                '"We are the ones who pay the business rates that keep this town going."',
            ),
            c(
                "Opposition leader Cllr Martin Oakeshott (Con)",
                "argued",
                "that the council had not consulted businesses properly",
            ),
            c(
                "Figures in the officers' report",
                "show",
                "that 212 people responded to the online consultation, of whom 171 opposed the charges",
            ),
            c(
                None,
                "have been asked",
                [
                    "Officers",
                    "to bring back proposals for a free first hour for blue badge holders",
                ],
            ),
            c(
                "Cllr Hathersage",
                "said",
                'she would "look seriously" at a review after twelve months',
            ),
        ],
    ),
    article(
        "news5-council-lorengo-market",
        "council",
        "2026-06-25",
        """
Lorengo MCAs reject plan to move Soko Mjini traders to new market

Members of the Lorengo County Assembly on Wednesday threw out the county executive's plan to relocate more than 3,000 traders from the Soko Mjini market to a new Sh480 million complex on the outskirts of town.

The motion to approve the relocation was defeated by 29 votes to 11 after a three-hour debate in which several MCAs said the new site was too far from matatu routes and that traders had never been consulted.

Trade executive Dorcas Wanjiru-Odhiambo, who tabled the plan, had told the assembly's trade committee last month that the old market was "a fire waiting to happen" and that the county could no longer insure it.

Kiptoo Ward MCA Samson Ruto-Kilel, who led the opposition to the motion, told the House that traders would lose their customers overnight. "You cannot take a mama mboga who has sold tomatoes at the same corner for 20 years and put her in a building where nobody passes," he said.

Majority Leader Esther Kamau said the executive should go back and consult the traders before bringing a fresh proposal. She asked the county's finance department to table an account of how much had already been spent on the new complex.

According to the Auditor-General's report for the last financial year, Sh212 million has been paid to the contractor, although the building is less than half complete.

Soko Mjini Traders' Welfare Association chairperson Halima Abdi, who watched the debate from the gallery, described the vote as "a victory for the small people." She said the association was ready to work with the county on improving fire safety at the current site.

Governor Peter Langat's office did not respond to our calls. An aide to the governor, who spoke on condition of anonymity, said the executive was studying the decision and could bring the proposal back in a revised form.
""",
        [
            c(
                "several MCAs",
                "said",
                "the new site was too far from matatu routes and that traders had never been consulted",
            ),
            c(
                "Trade executive Dorcas Wanjiru-Odhiambo, who tabled the plan",
                "had told",
                'that the old market was "a fire waiting to happen" and that the county could no longer insure it',
            ),
            c(
                "Kiptoo Ward MCA Samson Ruto-Kilel, who led the opposition to the motion",
                "told",
                "that traders would lose their customers overnight",
            ),
            c(
                "he",
                "said",
                '"You cannot take a mama mboga who has sold tomatoes at the same corner for 20 years and put her in a building where nobody passes,"',
            ),
            c(
                "Majority Leader Esther Kamau",
                "said",
                "the executive should go back and consult the traders before bringing a fresh proposal",
            ),
            c(
                "She",
                "asked",
                "the county's finance department to table an account of how much had already been spent on the new complex",
            ),
            c(
                "the Auditor-General's report for the last financial year",
                "According to",
                "Sh212 million has been paid to the contractor, although the building is less than half complete",
            ),
            c(
                "Soko Mjini Traders' Welfare Association chairperson Halima Abdi, who watched the debate from the gallery",
                "described",
                'the vote as "a victory for the small people."',
            ),
            c(
                "She",
                "said",
                "the association was ready to work with the county on improving fire safety at the current site",
            ),
            c(
                "An aide to the governor, who spoke on condition of anonymity",
                "said",
                "the executive was studying the decision and could bring the proposal back in a revised form",
            ),
        ],
    ),
    article(
        "news5-opinion-dunallan-buses",
        "opinion",
        "2026-11-12",
        """
The buses are not a luxury. Stop treating them like one

By Niamh Corrigan-Boyle

When Westmere Transport announced in September that it would cut the number 14 route to two buses a day, the company said the decision was "purely commercial". I have no doubt that it was. But commercial decisions have consequences, and in Dunallan they are now standing at the side of the road.

I wrote here in the spring that rural bus routes were being hollowed out one timetable at a time. The Department of Transport replied with a letter assuring me that "connectivity remains a priority." Since then, three more routes in the county have been reduced.

Consider Bridie Farrell, who is 79 and lives four miles outside the town. She told me last week that she now books her GP appointments around the bus, not around her illness. Her neighbour, a nurse on night shifts, says she has started paying €40 a night for taxis.

The minister, Declan Mulcair, insists that a new "demand-responsive" service will fill the gaps. Perhaps. But a pilot of the same scheme in Cloonagh was quietly wound up last year after, according to the council's own evaluation, fewer than twelve people a week used it.

I am not asking for miracles. I am asking for the number 14 to run often enough that a pensioner can get to the chemist and home again before dark. Westmere received €3.2 million in public subsidy last year, its accounts show. The public is entitled to something for that money.

If the minister believes the new service will work, let him wait for it on a wet Tuesday in February.

Niamh Corrigan-Boyle is a writer and former county councillor.
""",
        [
            c(
                "Westmere Transport",
                "announced",
                "that it would cut the number 14 route to two buses a day",
            ),
            c("the company", "said", 'the decision was "purely commercial"'),
            c(
                "I",
                "wrote",
                "that rural bus routes were being hollowed out one timetable at a time",
            ),
            c("a letter", "assuring", 'that "connectivity remains a priority."'),
            c(
                "She",
                "told",
                "that she now books her GP appointments around the bus, not around her illness",
            ),
            c(
                "Her neighbour, a nurse on night shifts",
                "says",
                "she has started paying €40 a night for taxis",
            ),
            c(
                "The minister, Declan Mulcair",
                "insists",
                'that a new "demand-responsive" service will fill the gaps',
            ),
            c(
                "the council's own evaluation",
                "according to",
                "fewer than twelve people a week used it",
            ),
            c(
                "its accounts",
                "show",
                "Westmere received €3.2 million in public subsidy last year",
            ),
        ],
    ),
    article(
        "news5-interview-bautista-quimpo-typhoon",
        "interview",
        "2026-10-28",
        """
"We moved 40,000 people in a night": Mayor Lorna Bautista-Quimpo on Typhoon Ambo

Typhoon Ambo made landfall over San Isidro del Mar on Sunday with winds of 210 km/h, but the coastal city of 180,000 recorded no deaths. Its mayor, Lorna Bautista-Quimpo, 52, a former schoolteacher now in her third term, spoke to us by phone from the city's emergency operations centre. The interview has been edited for length and clarity.

Q: How did you get so many people out so fast?

Bautista-Quimpo: We practise. Every barangay captain has a list of every household with an elderly person, a disabled person or a pregnant woman. When the weather bureau raised signal number four on Saturday afternoon, the buses were already waiting.

Q: Some residents refused to leave. What happened to them?

Bautista-Quimpo: About 300 refused at first. Our people went back three, four times. In the end, we carried some of them. I would rather be sued than attend a funeral.

Q: The provincial governor says the national government has been slow with relief goods. Is that your experience?

Bautista-Quimpo: I will not criticise anybody today. I will say that we have rice for five more days, and then we will need help.

Q: How bad is the damage?

Bautista-Quimpo: The engineers estimate that 6,000 houses were destroyed or badly damaged, mostly in the fishing villages. The sea wall held. Ten years ago, people laughed at me for building it.

Q: What do you need now?

Bautista-Quimpo: Roofing sheets, clean water and generators. And patience. People will want everything fixed by Christmas, and I have told them honestly that some families will still be in tents.
""",
        [
            c(
                "Mayor Lorna Bautista-Quimpo",
                ":",
                '"We moved 40,000 people in a night"',
            ),
            qa(
                "Bautista-Quimpo",
                "We practise. Every barangay captain has a list of every household with an elderly person, a disabled person or a pregnant woman. When the weather bureau raised signal number four on Saturday afternoon, the buses were already waiting.",
            ),
            qa(
                "Bautista-Quimpo",
                "About 300 refused at first. Our people went back three, four times. In the end, we carried some of them. I would rather be sued than attend a funeral.",
            ),
            qa(
                "Bautista-Quimpo",
                "I will not criticise anybody today. I will say that we have rice for five more days, and then we will need help.",
            ),
            qa(
                "Bautista-Quimpo",
                "The engineers estimate that 6,000 houses were destroyed or badly damaged, mostly in the fishing villages. The sea wall held. Ten years ago, people laughed at me for building it.",
            ),
            qa(
                "Bautista-Quimpo",
                "Roofing sheets, clean water and generators. And patience. People will want everything fixed by Christmas, and I have told them honestly that some families will still be in tents.",
            ),
        ],
    ),
    article(
        "news5-live-blog-valdran-budget",
        "live-blog",
        "2026-10-07",
        """
Budget 2027 live: Finance Minister Salo raises fuel duty, cuts income tax for low earners

Follow our live coverage of the budget statement in the Chamber of Deputies. All times local.

16:42
The Federation of Trade Unions has welcomed the income tax cut but says the fuel duty rise will "land hardest on the workers who can least avoid driving". Its general secretary, Tomas Rundgren, told us the federation would campaign against the increase.

16:15
Opposition leader Ines Marrow-Castell calls the budget "a conjuring trick" in her reply to the minister. She says households will pay more in fuel and transport than they save in tax, and challenges Salo to publish the ministry's full distributional analysis.

15:58
The central bank's governor, Pavel Sorokin-Haas, speaking at an unrelated event, declines to comment on the budget, saying it would be "inappropriate" before the bank's next rate meeting.

15:40
Key measures announced so far:
- Basic income tax rate cut from 22% to 20% for incomes below 38,000 crowns
- Fuel duty up 6 cents a litre from 1 January
- Child benefit frozen for a second year
- A new 2% levy on online gambling operators

15:21
Salo says the deficit will fall to 2.8% of GDP next year, from 3.6%, and tells deputies the independent fiscal council has "signed off on every number in this speech".

15:02
The minister is on his feet. "This is a budget for people who get up early," he tells the chamber.

14:30
Our economics editor, Maren Ostby: "Expect the headline to be the tax cut. The detail to watch is fuel duty. Ministry officials have been briefing all week that it could rise by as much as 8 cents."
""",
        [
            c(
                "The Federation of Trade Unions",
                "says",
                'the fuel duty rise will "land hardest on the workers who can least avoid driving"',
            ),
            c(
                "Its general secretary, Tomas Rundgren",
                "told",
                "the federation would campaign against the increase",
            ),
            c(
                "Opposition leader Ines Marrow-Castell",
                "calls",
                'the budget "a conjuring trick"',
            ),
            c(
                "She",
                "says",
                "households will pay more in fuel and transport than they save in tax",
            ),
            c(
                "She",
                "challenges",
                "Salo to publish the ministry's full distributional analysis",
            ),
            c(
                "The central bank's governor, Pavel Sorokin-Haas",
                "saying",
                'it would be "inappropriate" before the bank\'s next rate meeting',
            ),
            c(
                "Salo",
                "says",
                "the deficit will fall to 2.8% of GDP next year, from 3.6%",
            ),
            c(
                "Salo",
                "tells",
                'the independent fiscal council has "signed off on every number in this speech"',
            ),
            c("he", "tells", '"This is a budget for people who get up early,"'),
            c(
                "Our economics editor, Maren Ostby",
                ":",
                '"Expect the headline to be the tax cut. The detail to watch is fuel duty. Ministry officials have been briefing all week that it could rise by as much as 8 cents."',
            ),
        ],
    ),
    article(
        "news5-business-tarrow-air",
        "business",
        "2026-11-04",
        """
Tarrow Air swings to profit as fares rise, but warns on fuel costs

By Katja Lindholm, Business Reporter

Tarrow Air, the region's largest low-cost carrier, on Wednesday reported a net profit of 412 million euros for the third quarter, reversing a loss a year earlier, as strong summer demand allowed it to push up fares.

Revenue rose 14 percent to 5.9 billion euros, slightly ahead of the 5.8 billion forecast by analysts in a poll compiled by MarketLens.

Chief executive Benedikt Aalto told analysts on a conference call that average fares had risen 9 percent from a year ago while planes had flown 93 percent full. "People have shown us they will pay for a seat if the flight leaves on time," he said.

But the airline cut its outlook for the full year, now forecasting operating profit of 1.1 billion to 1.3 billion euros, down from a previous range of 1.4 billion to 1.6 billion. Jet fuel prices and delays in the delivery of 12 new aircraft from manufacturer Ostravia Aero would weigh on the fourth quarter, the company said.

Shares in Tarrow fell 6.2 percent by midday.

"The summer was excellent, but the guidance cut tells you management is worried about winter," said Liv Haugland-Berg, an airline analyst at Nordvik Securities who rates the stock "hold".

Ostravia Aero said in a separate statement that it was working with suppliers to resolve engine shortages and expected deliveries to return to schedule by mid-2027.

The pilots' union, which is negotiating a new contract, said the results showed the airline could afford a pay rise of at least 8 percent. Tarrow declined to comment on the talks.
""",
        [
            c(
                "Tarrow Air, the region's largest low-cost carrier",
                "reported",
                "a net profit of 412 million euros for the third quarter",
            ),
            c(
                "Chief executive Benedikt Aalto",
                "told",
                "that average fares had risen 9 percent from a year ago while planes had flown 93 percent full",
            ),
            c(
                "he",
                "said",
                '"People have shown us they will pay for a seat if the flight leaves on time,"',
            ),
            c(
                "the airline",
                "forecasting",
                "operating profit of 1.1 billion to 1.3 billion euros, down from a previous range of 1.4 billion to 1.6 billion",
            ),
            c(
                "the company",
                "said",
                "Jet fuel prices and delays in the delivery of 12 new aircraft from manufacturer Ostravia Aero would weigh on the fourth quarter",
            ),
            c(
                'Liv Haugland-Berg, an airline analyst at Nordvik Securities who rates the stock "hold"',
                "said",
                '"The summer was excellent, but the guidance cut tells you management is worried about winter,"',
            ),
            c(
                "Ostravia Aero",
                "said",
                "that it was working with suppliers to resolve engine shortages and expected deliveries to return to schedule by mid-2027",
            ),
            c(
                "The pilots' union, which is negotiating a new contract",
                "said",
                "the results showed the airline could afford a pay rise of at least 8 percent",
            ),
            c(
                "the results",
                "showed",
                "the airline could afford a pay rise of at least 8 percent",
            ),
        ],
    ),
    article(
        "news5-foreign-corvell-dam",
        "foreign",
        "2026-08-13",
        """
Talks on Corvell dam collapse as Ardana accuses neighbour of "water theft"

By Selim Haddad-Noor, Foreign Correspondent

LUSKARA — Negotiations between Ardana and Vesmir over a giant hydroelectric dam on the Corvell River broke down on Thursday, with Ardana's foreign ministry accusing Vesmir of planning to "steal the river one season at a time."

The two sides had been meeting in Luskara since Monday under the auspices of the Inland Seas Commission. A joint communique was expected but never issued.

Vesmir began filling the reservoir behind the Tessaly Gorge Dam in June. Ardana, which sits downstream, says the filling has cut flows to its farmland by a third during the dry season. Vesmir denies that, and its water minister, Oren Baltazar, told state television on Thursday night that Ardana had "walked away from a fair deal."

According to a diplomat briefed on the talks, Vesmir was willing to guarantee a minimum flow in dry years but would not let outside engineers inspect the dam's release gates. Ardana's delegation is said to have rejected the proposal within hours.

The commission's special envoy, Marguerite Anselm-Diop, said she "regretted" the outcome and urged both governments to avoid any step that could "turn a dispute about water into a dispute about territory". Her office said she would travel to both capitals next week.

Ardanan state media reported that troops had been moved closer to the river, though the defence ministry said the deployment was routine. Satellite images reviewed by this newspaper show that new military tents have gone up at two sites about 15 km from the border.

Analysts warned that the standoff could escalate. "Both governments have told their publics this is existential," said Tomasz Wren, a water-security researcher at the Halloway Institute. "That makes compromise very expensive."
""",
        [
            c("Ardana", "accuses", 'neighbour of "water theft"'),
            c(
                "Ardana's foreign ministry",
                "accusing",
                'Vesmir of planning to "steal the river one season at a time."',
            ),
            c(
                "Ardana, which sits downstream",
                "says",
                "the filling has cut flows to its farmland by a third during the dry season",
            ),
            c(
                "its water minister, Oren Baltazar",
                "told",
                'that Ardana had "walked away from a fair deal."',
            ),
            c(
                "a diplomat briefed on the talks",
                "According to",
                "Vesmir was willing to guarantee a minimum flow in dry years but would not let outside engineers inspect the dam's release gates",
            ),
            c(
                None,
                "is said to",
                ["Ardana's delegation", "have rejected the proposal within hours"],
            ),
            c(
                "The commission's special envoy, Marguerite Anselm-Diop",
                "said",
                'she "regretted" the outcome',
            ),
            c(
                "The commission's special envoy, Marguerite Anselm-Diop",
                "urged",
                'both governments to avoid any step that could "turn a dispute about water into a dispute about territory"',
            ),
            c("Her office", "said", "she would travel to both capitals next week"),
            c(
                "Ardanan state media",
                "reported",
                "that troops had been moved closer to the river",
            ),
            c("the defence ministry", "said", "the deployment was routine"),
            c(
                "Satellite images reviewed by this newspaper",
                "show",
                "that new military tents have gone up at two sites about 15 km from the border",
            ),
            c("Analysts", "warned", "that the standoff could escalate"),
            c(
                "Tomasz Wren, a water-security researcher at the Halloway Institute",
                "said",
                [
                    '"Both governments have told their publics this is existential,"',
                    '"That makes compromise very expensive."',
                ],
            ),
        ],
    ),
    article(
        "news5-sport-halden-open-final",
        "sport",
        "2026-06-14",
        """
Marchetti-Lowe saves two match points to win Halden Open

By Declan Furey at the Strandpark Arena

Elena Marchetti-Lowe saved two match points in the second set before beating top seed Saskia Thorvald 4-6 7-6 (9-7) 6-3 to win the Halden Open on Sunday, the first tour-level title of her career.

The 21-year-old qualifier, ranked 88th in the world, trailed 6-4 in the tie-break before winning five of the last six points.

"At 6-4 down I was just telling myself, 'Hit it hard, don't be the one who misses,'" the left-hander said on court. "I didn't really believe it until she double-faulted at the end."

Thorvald, who had not dropped a set all week, said she had "stopped moving my feet" after the tie-break. The world No 6 also revealed she had been playing with a strapped wrist since her quarter-final.

"It's not an excuse," said the Norvalese, who had won the title twice before. "She played the big points better. Simple as that."

Marchetti-Lowe's coach, former doubles champion Ruben Achterberg, told reporters his player had been "close to quitting" a year ago after a run of first-round defeats. "She cried in the car park in Esterby," he said. "Look at her now."

Tournament director Annika Solheim confirmed that a record 41,200 spectators had attended over the week and said organisers would apply to upgrade the event next season.

The win is expected to lift Marchetti-Lowe into the world's top 60 when the rankings are published on Monday. She is due to play in Brevik next week, although she admitted she had "no idea" how her legs would recover.
""",
        [
            c(
                "the left-hander",
                "said",
                [
                    "\"At 6-4 down I was just telling myself, 'Hit it hard, don't be the one who misses,'\"",
                    '"I didn\'t really believe it until she double-faulted at the end."',
                ],
            ),
            c(
                "Thorvald, who had not dropped a set all week",
                "said",
                'she had "stopped moving my feet" after the tie-break',
            ),
            c(
                "The world No 6",
                "revealed",
                "she had been playing with a strapped wrist since her quarter-final",
            ),
            c(
                "the Norvalese, who had won the title twice before",
                "said",
                [
                    '"It\'s not an excuse,"',
                    '"She played the big points better. Simple as that."',
                ],
            ),
            c(
                "Marchetti-Lowe's coach, former doubles champion Ruben Achterberg",
                "told",
                'his player had been "close to quitting" a year ago after a run of first-round defeats',
            ),
            c(
                "he",
                "said",
                ['"She cried in the car park in Esterby,"', '"Look at her now."'],
            ),
            c(
                "Tournament director Annika Solheim",
                "confirmed",
                "that a record 41,200 spectators had attended over the week",
            ),
            c(
                "Tournament director Annika Solheim",
                "said",
                "organisers would apply to upgrade the event next season",
            ),
            c(
                None,
                "is expected to",
                [
                    "The win",
                    "lift Marchetti-Lowe into the world's top 60 when the rankings are published on Monday",
                ],
            ),
            c("she", "admitted", 'she had "no idea" how her legs would recover'),
        ],
    ),
    article(
        "news5-science-orchid-light",
        "science",
        "2026-04-29",
        """
Night-time light is shifting when wild orchids flower, study finds

Artificial light from streetlamps and greenhouses is causing some wild orchids to flower up to 11 days earlier than they did four decades ago, a study of herbarium records and field surveys has found.

Researchers at the University of Tremont analysed more than 6,400 specimens collected across the Aldmoor Plateau since 1950 and compared them with flowering dates logged by volunteers at 312 sites between 2015 and 2024. Their results were published on Wednesday in the journal Plant Phenology Reports.

Orchids growing within 500 metres of a bright light source flowered on average 8.7 days earlier than those in dark areas, the team reports, even after accounting for warmer springs.

"Warming explains part of the shift, but not all of it," said Dr Ines Calloway-Park, a botanist at Tremont and the paper's lead author. "Light is the piece people have been missing."

Earlier flowering matters because the orchids depend on a handful of bee species that may not yet be active, the authors write. They warn that some populations could decline if the mismatch grows.

Professor Hamid Zarrouk, a pollination ecologist at Carrow University who reviewed the paper for the journal, said the link was "plausible and well documented", but cautioned that herbarium collectors may have favoured plants in accessible, and therefore better-lit, places.

The study was funded by the Aldmoor Wildflower Trust. Its director, Gillian Shaw, said the charity would ask local councils to dim or shield streetlights near known orchid sites.

Data from the plateau's volunteer network suggest the number of flowering spikes recorded each year has fallen by about a quarter since 2015, although the researchers say the counts are too patchy to support firm conclusions.

Image: Early purple orchids on the Aldmoor Plateau. Photograph: Tom Wexley/University of Tremont
""",
        [
            c(
                "study",
                "finds",
                "Night-time light is shifting when wild orchids flower",
            ),
            c(
                "a study of herbarium records and field surveys",
                "has found",
                "Artificial light from streetlamps and greenhouses is causing some wild orchids to flower up to 11 days earlier than they did four decades ago",
            ),
            c(
                "the team",
                "reports",
                [
                    "Orchids growing within 500 metres of a bright light source flowered on average 8.7 days earlier than those in dark areas",
                    "even after accounting for warmer springs",
                ],
            ),
            c(
                "Dr Ines Calloway-Park, a botanist at Tremont and the paper's lead author",
                "said",
                [
                    '"Warming explains part of the shift, but not all of it,"',
                    '"Light is the piece people have been missing."',
                ],
            ),
            c(
                "the authors",
                "write",
                "Earlier flowering matters because the orchids depend on a handful of bee species that may not yet be active",
            ),
            c("They", "warn", "that some populations could decline if the mismatch grows"),
            c(
                "Professor Hamid Zarrouk, a pollination ecologist at Carrow University who reviewed the paper for the journal",
                "said",
                'the link was "plausible and well documented"',
            ),
            c(
                "Professor Hamid Zarrouk, a pollination ecologist at Carrow University who reviewed the paper for the journal",
                "cautioned",
                "that herbarium collectors may have favoured plants in accessible, and therefore better-lit, places",
            ),
            c(
                "Its director, Gillian Shaw",
                "said",
                "the charity would ask local councils to dim or shield streetlights near known orchid sites",
            ),
            c(
                "Data from the plateau's volunteer network",
                "suggest",
                "the number of flowering spikes recorded each year has fallen by about a quarter since 2015",
            ),
            c(
                "the researchers",
                "say",
                "the counts are too patchy to support firm conclusions",
            ),
        ],
    ),
]
