"""A thirteenth held-out set of invented news articles and their attributions, as strings.

Written on 2026-12-05 blind to claimx's rules (the annotator neither ran claimx nor read its
source, its tests or the other sets) and never to be used for tuning. Every article, person,
organisation, place and quotation here is invented (MIT, like the project). ``build.py --set
fresh13`` turns these into ``fresh13.jsonl`` with exact spans; the conventions are in
docs/evaldata-news.md.
"""

# ruff: noqa: E501 (article text: one paragraph a line)
from __future__ import annotations

from typing import Any

from articles import article, c

ARTICLES: list[dict[str, Any]] = [
    article(
        "fresh13-wire-truce",
        "wire",
        "2026-10-02",
        """
Orlesia and Kastamir agree 72-hour truce as talks resume, mediators say

SALVENNE, Oct 2 (Meridian Wire) - Orlesia and Kastamir have agreed to a 72-hour ceasefire along their disputed northern border, starting at midnight on Thursday, the foreign minister of Varuna, which is hosting the talks, said on Wednesday.

Minister Teodora Vance-Aziz told reporters in the lakeside capital that both delegations had signed "a short, practical document" and that monitors from three neutral countries would be deployed within days.

"Nobody in that room believes this is the end of it," she said. "But 72 hours without shelling is 72 hours in which people can bury their dead and get water to the villages."

Fighting flared in late August after Kastamir accused Orlesian forces of diverting a river that feeds farms on both sides of the frontier. Orlesia denies the charge. At least 140 people have been killed, according to the International Relief Committee, and aid agencies say some 60,000 have fled their homes.

Kastamir's deputy foreign minister, Aurel Demko, said his government would "observe every hour of the truce" but warned that any movement of heavy weapons toward the river would be treated as a violation.

Orlesia's delegation did not respond to requests for comment. Its army is understood to be pulling heavy artillery back from the riverbank as a goodwill gesture.

The talks are expected to turn to the river itself next week. Demko said the water question was "the whole quarrel, really," adding: "If we solve that, the guns go quiet on their own."
""",
        [
            c("mediators", "say", "Orlesia and Kastamir agree 72-hour truce as talks resume"),
            c(
                "the foreign minister of Varuna, which is hosting the talks",
                "said",
                "Orlesia and Kastamir have agreed to a 72-hour ceasefire along their disputed northern border, starting at midnight on Thursday",
            ),
            c(
                "Minister Teodora Vance-Aziz",
                "told",
                'that both delegations had signed "a short, practical document" and that monitors from three neutral countries would be deployed within days',
            ),
            c(
                "she",
                "said",
                [
                    '"Nobody in that room believes this is the end of it,"',
                    '"But 72 hours without shelling is 72 hours in which people can bury their dead and get water to the villages."',
                ],
            ),
            c(
                "Kastamir",
                "accused",
                "Orlesian forces of diverting a river that feeds farms on both sides of the frontier",
            ),
            c(
                "the International Relief Committee",
                "according to",
                "At least 140 people have been killed",
            ),
            c("aid agencies", "say", "some 60,000 have fled their homes"),
            c(
                "Kastamir's deputy foreign minister, Aurel Demko",
                "said",
                'his government would "observe every hour of the truce"',
            ),
            c(
                "Kastamir's deputy foreign minister, Aurel Demko",
                "warned",
                "that any movement of heavy weapons toward the river would be treated as a violation",
            ),
            c(
                None,
                "is understood to",
                [
                    "Its army",
                    "be pulling heavy artillery back from the riverbank as a goodwill gesture",
                ],
            ),
            c(None, "are expected to", ["The talks", "turn to the river itself next week"]),
            c("Demko", "said", 'the water question was "the whole quarrel, really,"'),
            c("Demko", "adding", '"If we solve that, the guns go quiet on their own."'),
        ],
    ),
    article(
        "fresh13-wire-landslip",
        "wire",
        "2026-11-12",
        """
Commuters urged to stay home as landslip closes Calder Valley line

By Hannah Corrie, Transport Correspondent

Passengers on one of the busiest commuter routes in the north have been told by Calder Rail not to travel until Monday after a landslip buried the tracks near Hebbleton on Wednesday night.

Calder Rail said about 400 tonnes of earth and rock had slid on to the line between Hebbleton and Marsham Bridge shortly after 11pm, minutes after the last scheduled train had passed. Nobody was hurt.

The operator’s route director, Gillian Sayers, said engineers had worked through the night but that the slope above the cutting was “still moving, and until it stops we can’t put people underneath it”.

“We know how much disruption this causes,” she said. “People have exams, hospital appointments, shifts to get to. I would rather they were angry with us for a weekend than have anyone hurt.”

Replacement buses will run between Hebbleton and Colbury, but the operator warned journeys could take twice as long and advised season ticket holders to claim refunds online.

Engineers at Trackways North, which owns the line, are understood to have warned last year that the cutting needed strengthening. A spokesman for Trackways North said inspections in March had found “no sign of instability”.

Asked when full services would resume, Ms Sayers said: “Honestly, I don’t know yet, and I’m not going to guess.”
""",
        [
            c(None, "urged", ["Commuters", "to stay home"]),
            c(
                "Calder Rail",
                "have been told",
                [
                    "Passengers on one of the busiest commuter routes in the north",
                    "not to travel until Monday",
                ],
            ),
            c(
                "Calder Rail",
                "said",
                "about 400 tonnes of earth and rock had slid on to the line between Hebbleton and Marsham Bridge shortly after 11pm, minutes after the last scheduled train had passed",
            ),
            c(
                "The operator’s route director, Gillian Sayers",
                "said",
                "engineers had worked through the night but that the slope above the cutting was “still moving, and until it stops we can’t put people underneath it”",
            ),
            c(
                "she",
                "said",
                [
                    "“We know how much disruption this causes,”",
                    "“People have exams, hospital appointments, shifts to get to. I would rather they were angry with us for a weekend than have anyone hurt.”",
                ],
            ),
            c("the operator", "warned", "journeys could take twice as long"),
            c("the operator", "advised", "season ticket holders to claim refunds online"),
            c(
                None,
                "are understood to",
                [
                    "Engineers at Trackways North, which owns the line",
                    "have warned last year that the cutting needed strengthening",
                ],
            ),
            c(
                "Engineers at Trackways North, which owns the line",
                "warned",
                "that the cutting needed strengthening",
            ),
            c(
                "A spokesman for Trackways North",
                "said",
                "inspections in March had found “no sign of instability”",
            ),
            c("inspections in March", "had found", "“no sign of instability”"),
            c("Ms Sayers", "said", "“Honestly, I don’t know yet, and I’m not going to guess.”"),
        ],
    ),
    article(
        "fresh13-wire-onions",
        "wire",
        "2026-10-06",
        """
Onion prices to ease within a fortnight, says Food Secretary

Devgarh, Oct 6 (PNS): Retail onion prices, which crossed Rs 90 a kg in several cities last week, should start falling within 15 days as the kharif crop reaches the mandis, State Food Secretary Ravindra Kailasam said on Monday.

Addressing a press conference here, Mr Kailasam said the government had released 25,000 tonnes from its buffer stock and directed state-run outlets to sell onions at Rs 35 a kg "till the situation normalises".

"There is no shortage of onions in the State. There is a shortage of onions in the market, and that is because some people are sitting on stocks," he said, adding that raids on hoarders in three districts had recovered over 1,800 tonnes.

Traders, however, contested the official account. The Devgarh Wholesale Vegetable Merchants' Association claimed that unseasonal rain in September had damaged nearly a third of the standing crop in the main growing belt and said prices would stay high "at least till Diwali".

Association president Harbans Lal Chawla said the hoarding charge was "an insult to small traders who are losing money every day". "Nobody is hiding onions. Onions rot if you hide them," he told PNS.

According to data from the State Consumer Affairs Department, the average retail price of onions in Devgarh was Rs 84 a kg on Sunday, against Rs 38 a year ago. Tomato prices have also risen by nearly 40 per cent in a month, the data showed.

The Opposition Lok Jan Party demanded a ban on onion exports and asked the government to publish how much stock was held in its warehouses. Mr Kailasam declined to say whether an export ban was under consideration.
""",
        [
            c("Food Secretary", "says", "Onion prices to ease within a fortnight"),
            c(
                "State Food Secretary Ravindra Kailasam",
                "said",
                "Retail onion prices, which crossed Rs 90 a kg in several cities last week, should start falling within 15 days as the kharif crop reaches the mandis",
            ),
            c(
                "Mr Kailasam",
                "said",
                'the government had released 25,000 tonnes from its buffer stock and directed state-run outlets to sell onions at Rs 35 a kg "till the situation normalises"',
            ),
            c(
                "the government",
                "directed",
                'state-run outlets to sell onions at Rs 35 a kg "till the situation normalises"',
            ),
            c(
                "he",
                "said",
                '"There is no shortage of onions in the State. There is a shortage of onions in the market, and that is because some people are sitting on stocks,"',
            ),
            c(
                "he",
                "adding",
                "that raids on hoarders in three districts had recovered over 1,800 tonnes",
            ),
            c(
                "The Devgarh Wholesale Vegetable Merchants' Association",
                "claimed",
                "that unseasonal rain in September had damaged nearly a third of the standing crop in the main growing belt",
            ),
            c(
                "The Devgarh Wholesale Vegetable Merchants' Association",
                "said",
                'prices would stay high "at least till Diwali"',
            ),
            c(
                "Association president Harbans Lal Chawla",
                "said",
                'the hoarding charge was "an insult to small traders who are losing money every day"',
            ),
            c("he", "told", '"Nobody is hiding onions. Onions rot if you hide them,"'),
            c(
                "data from the State Consumer Affairs Department",
                "According to",
                "the average retail price of onions in Devgarh was Rs 84 a kg on Sunday, against Rs 38 a year ago",
            ),
            c(
                "the data",
                "showed",
                "Tomato prices have also risen by nearly 40 per cent in a month",
            ),
            c("The Opposition Lok Jan Party", "demanded", "a ban on onion exports"),
            c(
                "The Opposition Lok Jan Party",
                "asked",
                "the government to publish how much stock was held in its warehouses",
            ),
        ],
    ),
    article(
        "fresh13-courts-laneway",
        "courts",
        "2026-11-19",
        """
Accused 'lied from the start' about night of stabbing, prosecution tells jury

By Aoife Brannigan

A man accused of fatally stabbing his former business partner outside a Kilmorrow pub told "lie after lie" to gardaí and to the jury, the prosecution said in its closing speech.

Declan Furlong (44) has pleaded not guilty to murdering Shane Tobin (39) on February 11th last year. He has told the trial he acted in self-defence after Mr Tobin came at him with a bottle.

Closing the case for the State, Róisín Garvey SC said the accused had given gardaí three different accounts within 48 hours. "Three versions, members of the jury. Which one are you being asked to believe?" she said.

Ms Garvey reminded the jury that CCTV from a nearby shop showed Mr Furlong walking back to his car and returning to the laneway 40 seconds later. "That is not a man in fear of his life. That is a man who has made a decision," she said.

Brendan Ó Catháin SC, for Mr Furlong, told the jury his client had been "terrified" and had no way of knowing whether Mr Tobin also had a knife.

"The prosecution wants you to judge 40 seconds in a dark laneway with all the time in the world," he said. "Mr Furlong did not have all the time in the world.

"Shane Tobin was a big man, he had been drinking since lunchtime and he had threatened my client twice that week. You heard that from his own friends."

Mr Ó Catháin said gardaí had "made up their minds on the first night" and never seriously examined his client's account.

Mr Justice Colm Harrington is expected to charge the jury on Thursday. He told jurors they must not discuss the case with anyone.
""",
        [
            c(
                "prosecution",
                "tells",
                "Accused 'lied from the start' about night of stabbing",
                kind="mixed",
            ),
            c(
                "the prosecution",
                "said",
                'A man accused of fatally stabbing his former business partner outside a Kilmorrow pub told "lie after lie" to gardaí and to the jury',
            ),
            c(
                "He",
                "has told",
                "he acted in self-defence after Mr Tobin came at him with a bottle",
            ),
            c(
                "Róisín Garvey SC",
                "said",
                "the accused had given gardaí three different accounts within 48 hours",
            ),
            c(
                "she",
                "said",
                '"Three versions, members of the jury. Which one are you being asked to believe?"',
            ),
            c(
                "Ms Garvey",
                "reminded",
                "that CCTV from a nearby shop showed Mr Furlong walking back to his car and returning to the laneway 40 seconds later",
            ),
            c(
                "CCTV from a nearby shop",
                "showed",
                "Mr Furlong walking back to his car and returning to the laneway 40 seconds later",
            ),
            c(
                "she",
                "said",
                '"That is not a man in fear of his life. That is a man who has made a decision,"',
            ),
            c(
                "Brendan Ó Catháin SC, for Mr Furlong",
                "told",
                'his client had been "terrified" and had no way of knowing whether Mr Tobin also had a knife',
            ),
            c(
                "he",
                "said",
                [
                    '"The prosecution wants you to judge 40 seconds in a dark laneway with all the time in the world,"',
                    '"Mr Furlong did not have all the time in the world.',
                    '"Shane Tobin was a big man, he had been drinking since lunchtime and he had threatened my client twice that week. You heard that from his own friends."',
                ],
            ),
            c(
                "Mr Ó Catháin",
                "said",
                'gardaí had "made up their minds on the first night" and never seriously examined his client\'s account',
            ),
            c(
                None,
                "is expected to",
                ["Mr Justice Colm Harrington", "charge the jury on Thursday"],
            ),
            c("He", "told", "they must not discuss the case with anyone"),
        ],
    ),
    article(
        "fresh13-courts-roaming",
        "courts",
        "2026-09-23",
        """
Regulator fines Norvale Mobile $4.2 million over 'surprise' roaming charges

By Marc-André Thibodeau, Staff Reporter

The National Telecommunications Standards Tribunal has fined Norvale Mobile $4.2 million after finding that the carrier charged more than 90,000 customers roaming fees they had been told would not apply.

In a 38-page decision released Tuesday, the three-member panel ruled that Norvale's advertising of its "Travel Easy" plan was misleading and ordered the company to refund affected customers within 60 days.

The decision says the company's own customer-service scripts told agents to assure callers that the plan "covers you in over 140 countries, no surprises," when in fact it excluded cruise ships, airplanes and several popular destinations.

"Consumers were not careless. They did exactly what they were told, and they were billed anyway," panel chair Deborah Kwan-Okafor wrote.

Norvale, which is owned by Halbrook Communications, said in a statement it "respects the tribunal's process" but is reviewing the decision and has not ruled out an appeal.

The company had argued at a hearing in June that the fees were disclosed in its terms of service and that fewer than one per cent of customers had complained.

Asked whether the penalty was large enough to change behaviour in the industry, Tamsin Bell, a lawyer with the Halloran-based Fair Billing Coalition, said it "barely registers" for a company of Norvale's size. She urged the tribunal to publish the names of the executives who approved the scripts.

Affected customers do not need to apply for refunds, which will be credited automatically, according to the ruling. Norvale did not respond to questions about how many customers had cancelled their contracts.
""",
        [
            c(
                "The National Telecommunications Standards Tribunal",
                "finding",
                "that the carrier charged more than 90,000 customers roaming fees they had been told would not apply",
            ),
            c(
                "the three-member panel",
                "ruled",
                'that Norvale\'s advertising of its "Travel Easy" plan was misleading',
            ),
            c(
                "the three-member panel",
                "ordered",
                "the company to refund affected customers within 60 days",
            ),
            c(
                "The decision",
                "says",
                'the company\'s own customer-service scripts told agents to assure callers that the plan "covers you in over 140 countries, no surprises," when in fact it excluded cruise ships, airplanes and several popular destinations',
            ),
            c(
                "the company's own customer-service scripts",
                "told",
                'agents to assure callers that the plan "covers you in over 140 countries, no surprises,"',
            ),
            c(
                "panel chair Deborah Kwan-Okafor",
                "wrote",
                '"Consumers were not careless. They did exactly what they were told, and they were billed anyway,"',
            ),
            c(
                "Norvale, which is owned by Halbrook Communications",
                "said",
                'it "respects the tribunal\'s process" but is reviewing the decision and has not ruled out an appeal',
            ),
            c(
                "The company",
                "had argued",
                "that the fees were disclosed in its terms of service and that fewer than one per cent of customers had complained",
            ),
            c(
                "Tamsin Bell, a lawyer with the Halloran-based Fair Billing Coalition",
                "said",
                'it "barely registers" for a company of Norvale\'s size',
            ),
            c(
                "She",
                "urged",
                "the tribunal to publish the names of the executives who approved the scripts",
            ),
            c(
                "the ruling",
                "according to",
                "Affected customers do not need to apply for refunds, which will be credited automatically",
            ),
        ],
    ),
    article(
        "fresh13-council-foreshore",
        "council",
        "2026-11-04",
        """
Mundarra councillors split over 11-storey tower plan for Kooleen foreshore

A proposal for an 11-storey apartment tower on the Kooleen foreshore has divided Mundarra Shire councillors, with the mayor warning the town “cannot keep saying no to housing” and residents vowing to fight the plan in the planning tribunal.

At Tuesday night’s meeting, council officers recommended that the application by developer Seabright Living be approved subject to 34 conditions, including a cut in height to nine storeys on the beach side.

Mayor Jenny Castellan said the shire’s own housing strategy, adopted last year, showed Mundarra needed 2300 new homes by 2031. “Young people who grew up here are renting caravans. That’s where we are,” Cr Castellan said.

But Cr Owen Pettigrew, whose ward takes in the foreshore, said the tower would overshadow the public beach from mid-afternoon in winter and “set a precedent every developer on the coast will be quoting for 20 years”.

The Kooleen Progress Association has lodged 612 objections. Its secretary, Lorraine Tuck, told the meeting residents were not against housing but against “a wall of glass where the dunes used to be”.

“We’ve been told for three years this is about affordability,” she said. “Not one of these units will sell for under $900,000.”

Seabright Living’s development manager, Raj Venkataraman, said the company had already cut two floors from its original design and would set aside 10 per cent of apartments for key workers such as nurses and teachers.

Councillors voted 5-4 to defer a decision until December and asked officers to report back on traffic and shadow modelling. The state’s Planning Department is understood to be watching the case closely.
""",
        [
            c("the mayor", "warning", "the town “cannot keep saying no to housing”"),
            c("residents", "vowing", "to fight the plan in the planning tribunal"),
            c(
                "council officers",
                "recommended",
                "that the application by developer Seabright Living be approved subject to 34 conditions, including a cut in height to nine storeys on the beach side",
            ),
            c(
                "Mayor Jenny Castellan",
                "said",
                "the shire’s own housing strategy, adopted last year, showed Mundarra needed 2300 new homes by 2031",
            ),
            c(
                "the shire’s own housing strategy, adopted last year",
                "showed",
                "Mundarra needed 2300 new homes by 2031",
            ),
            c(
                "Cr Castellan",
                "said",
                "“Young people who grew up here are renting caravans. That’s where we are,”",
            ),
            c(
                "Cr Owen Pettigrew, whose ward takes in the foreshore",
                "said",
                "the tower would overshadow the public beach from mid-afternoon in winter and “set a precedent every developer on the coast will be quoting for 20 years”",
            ),
            c(
                "Its secretary, Lorraine Tuck",
                "told",
                "residents were not against housing but against “a wall of glass where the dunes used to be”",
            ),
            c(
                "she",
                "said",
                [
                    "“We’ve been told for three years this is about affordability,”",
                    "“Not one of these units will sell for under $900,000.”",
                ],
            ),
            c(
                "Seabright Living’s development manager, Raj Venkataraman",
                "said",
                "the company had already cut two floors from its original design and would set aside 10 per cent of apartments for key workers such as nurses and teachers",
            ),
            c("Councillors", "asked", "officers to report back on traffic and shadow modelling"),
            c(
                None,
                "is understood to",
                ["The state’s Planning Department", "be watching the case closely"],
            ),
        ],
    ),
    article(
        "fresh13-council-patrols",
        "council",
        "2026-10-20",
        """
Police chief says Harlow Springs will add foot patrols downtown after spate of robberies

By Dana Whitcomb, Staff Writer

HARLOW SPRINGS — Police Chief Marcus Odell told the City Council's public safety committee Monday that the department will put officers on foot downtown starting Thursday, after 17 street robberies were reported there in six weeks.

Odell said the patrols, two officers at a time between 4 p.m. and midnight, would be paid for from unspent summer overtime. Most of the robberies were phone snatches at bus stops, he said, and in four cases the victims were threatened with a knife.

"I'm not going to stand here and tell you downtown is dangerous, because it isn't," Odell said. "But people have to feel safe at a bus stop at 9 o'clock at night, and right now some of them don't."

Committee chair Beatrice Olander asked why police had waited six weeks. Odell said investigators had first needed to establish whether the robberies were linked, and that two teenagers arrested last week were suspected in at least nine of them.

Business owners spoke during public comment. Tomasz Wierzbicki, who runs a phone repair shop on Grant Street, said two of his customers had been robbed yards from his door. "They come in to fix the screen and they tell me, 'I'm not coming back downtown,'" he said.

Councilmember Ray Santangelo questioned whether the patrols would just push the problem elsewhere and called on the department to publish weekly robbery figures by block.

A police spokeswoman said after the meeting that the figures would be posted online from next week. The department declined to name the teenagers, citing their age.

Transit officials are expected to add lighting at the six worst-affected stops, according to a memo circulated to committee members.
""",
        [
            c(
                "Police chief",
                "says",
                "Harlow Springs will add foot patrols downtown after spate of robberies",
            ),
            c(
                "Police Chief Marcus Odell",
                "told",
                "that the department will put officers on foot downtown starting Thursday, after 17 street robberies were reported there in six weeks",
            ),
            c(
                "Odell",
                "said",
                "the patrols, two officers at a time between 4 p.m. and midnight, would be paid for from unspent summer overtime",
            ),
            c(
                "he",
                "said",
                [
                    "Most of the robberies were phone snatches at bus stops",
                    "and in four cases the victims were threatened with a knife",
                ],
            ),
            c(
                "Odell",
                "said",
                [
                    "\"I'm not going to stand here and tell you downtown is dangerous, because it isn't,\"",
                    "\"But people have to feel safe at a bus stop at 9 o'clock at night, and right now some of them don't.\"",
                ],
            ),
            c(
                "Odell",
                "said",
                "investigators had first needed to establish whether the robberies were linked, and that two teenagers arrested last week were suspected in at least nine of them",
            ),
            c(
                "Tomasz Wierzbicki, who runs a phone repair shop on Grant Street",
                "said",
                "two of his customers had been robbed yards from his door",
            ),
            c(
                "he",
                "said",
                "\"They come in to fix the screen and they tell me, 'I'm not coming back downtown,'\"",
            ),
            c(
                "Councilmember Ray Santangelo",
                "called on",
                "the department to publish weekly robbery figures by block",
            ),
            c(
                "A police spokeswoman",
                "said",
                "that the figures would be posted online from next week",
            ),
            c(
                "a memo circulated to committee members",
                "according to",
                "Transit officials are expected to add lighting at the six worst-affected stops",
            ),
        ],
    ),
    article(
        "fresh13-press-solar",
        "press-release",
        "2026-10-14",
        """
Sankofa Power Launches Pay-As-You-Go Solar Kits for 50,000 Rural Households

AMANKWA, Ghana, Oct. 14, 2026 /AfriWire/ -- Sankofa Power Ltd, a leading provider of off-grid energy in West Africa, today announced the launch of SunaBox, a pay-as-you-go solar home kit that customers can buy in daily instalments of GH¢3 through mobile money.

The company expects to install 50,000 kits across the northern savannah belt by the end of 2027, supported by a GH¢40 million financing facility from the Volta Development Fund.

"Four in ten households in our target districts still light their homes with kerosene," said Efua Mensah-Bonsu, Chief Executive Officer of Sankofa Power. "SunaBox lets a family pay for clean light the same way they pay for airtime – a little at a time, with no bank account and no deposit."

Each SunaBox includes a 50-watt panel, four LED lamps and a phone-charging port. According to independent tests commissioned by the company, the battery retains 80 per cent of its capacity after 2,000 charge cycles.

Kwesi Adjei-Larbi, Managing Director of the Volta Development Fund, said the fund had chosen Sankofa because of its repayment record: "More than 92 per cent of their customers pay on time. That tells you the demand is real."

Amina Issah, a shea butter processor in the pilot community of Kpalung, said the lamps had let her work after dark. "My daughters do their homework at the table now, not under the streetlight," she said.

The Ministry of Energy has welcomed the programme and said it supports the government's target of universal electricity access by 2030.

About Sankofa Power Ltd

Sankofa Power Ltd is a Ghanaian off-grid energy company founded in 2015. It has supplied more than 180,000 homes in five countries.

Media contact: Abena Quartey, +233 30 555 0147, press@sankofapower.example
""",
        [
            c(
                "Sankofa Power Ltd, a leading provider of off-grid energy in West Africa",
                "announced",
                "the launch of SunaBox, a pay-as-you-go solar home kit that customers can buy in daily instalments of GH¢3 through mobile money",
            ),
            c(
                "The company",
                "expects",
                "to install 50,000 kits across the northern savannah belt by the end of 2027",
            ),
            c(
                "Efua Mensah-Bonsu, Chief Executive Officer of Sankofa Power",
                "said",
                [
                    '"Four in ten households in our target districts still light their homes with kerosene,"',
                    '"SunaBox lets a family pay for clean light the same way they pay for airtime – a little at a time, with no bank account and no deposit."',
                ],
            ),
            c(
                "independent tests commissioned by the company",
                "According to",
                "the battery retains 80 per cent of its capacity after 2,000 charge cycles",
            ),
            c(
                "Kwesi Adjei-Larbi, Managing Director of the Volta Development Fund",
                "said",
                'the fund had chosen Sankofa because of its repayment record: "More than 92 per cent of their customers pay on time. That tells you the demand is real."',
            ),
            c(
                "Amina Issah, a shea butter processor in the pilot community of Kpalung",
                "said",
                "the lamps had let her work after dark",
            ),
            c(
                "she",
                "said",
                '"My daughters do their homework at the table now, not under the streetlight,"',
            ),
            c(
                "The Ministry of Energy",
                "said",
                "it supports the government's target of universal electricity access by 2030",
            ),
        ],
    ),
    article(
        "fresh13-business-gardens",
        "business",
        "2026-10-12",
        """
Merrow & Lyle rejects £1.1bn Holloway approach as ‘opportunistic’

The board of Merrow & Lyle, the garden centre chain, has rejected a 410p-a-share takeover proposal from the American private equity firm Holloway Partners, saying it “significantly undervalues” the company and its property portfolio.

In a statement to the stock exchange on Monday, Merrow & Lyle said the unsolicited approach, its third since July, was “opportunistic” and timed to take advantage of a share price depressed by a wet summer. Its shares closed up 22 per cent at 371p.

Holloway, which owns garden retailers in the US and the Netherlands, said it was “disappointed” by the board’s response and urged shareholders to “engage with us directly”. Under takeover rules it has until 9 November to make a firm offer or walk away.

At least two of Merrow & Lyle’s ten largest investors are understood to favour opening talks. One, who asked not to be named, said the board had “run out of road” after three profit warnings in 18 months. “They can’t keep telling us the turnaround is next year,” the investor said.

Another top-ten shareholder, Fenwick Asset Management, said it backed the board. Its fund manager, Priya Raman, wrote in a note to clients that Merrow & Lyle’s 74 freehold sites alone were worth close to 400p a share.

Analysts at Greyfield Securities put a fair value of 480p on the shares and said Holloway would probably need to offer at least 450p to win over the board. “This is an opening shot, not a final offer,” said retail analyst Martin Acheson.

Merrow & Lyle’s chief executive, Helen Garside, declined to say whether she had spoken to Holloway directly. The company reports half-year results on 28 October.
""",
        [
            c(
                "Merrow & Lyle",
                "rejects",
                "£1.1bn Holloway approach as ‘opportunistic’",
                kind="mixed",
            ),
            c(
                "The board of Merrow & Lyle, the garden centre chain",
                "saying",
                "it “significantly undervalues” the company and its property portfolio",
            ),
            c(
                "Merrow & Lyle",
                "said",
                "the unsolicited approach, its third since July, was “opportunistic” and timed to take advantage of a share price depressed by a wet summer",
            ),
            c(
                "Holloway, which owns garden retailers in the US and the Netherlands",
                "said",
                "it was “disappointed” by the board’s response",
            ),
            c(
                "Holloway, which owns garden retailers in the US and the Netherlands",
                "urged",
                "shareholders to “engage with us directly”",
            ),
            c(
                None,
                "are understood to",
                ["At least two of Merrow & Lyle’s ten largest investors", "favour opening talks"],
            ),
            c(
                "One, who asked not to be named",
                "said",
                "the board had “run out of road” after three profit warnings in 18 months",
            ),
            c("the investor", "said", "“They can’t keep telling us the turnaround is next year,”"),
            c(
                "Another top-ten shareholder, Fenwick Asset Management",
                "said",
                "it backed the board",
            ),
            c(
                "Its fund manager, Priya Raman",
                "wrote",
                "that Merrow & Lyle’s 74 freehold sites alone were worth close to 400p a share",
            ),
            c("Analysts at Greyfield Securities", "put", "a fair value of 480p on the shares"),
            c(
                "Analysts at Greyfield Securities",
                "said",
                "Holloway would probably need to offer at least 450p to win over the board",
            ),
            c(
                "retail analyst Martin Acheson",
                "said",
                "“This is an opening shot, not a final offer,”",
            ),
        ],
    ),
    article(
        "fresh13-health-waits",
        "health",
        "2026-11-26",
        """
More than 14,000 waiting over two years for treatment in Glanfor, figures show

More than 14,000 patients in the Glanfor health board area have now waited over two years for planned treatment, the highest number anywhere in the country, according to figures published on Thursday.

The data, from the Health Statistics Unit, shows 61,240 people on the board's waiting list for orthopaedic, eye and general surgery, up from 52,900 a year ago. Hip and knee replacements account for almost a third of the longest waits.

Glanfor University Health Board's chief executive, Dr Sian Pritchard, said the figures were "unacceptable" and apologised to patients. She said the board had lost more than 4,000 operating sessions last winter because beds were full of patients who were medically fit to leave but had nowhere to go.

"Every cancelled operation is a person who took time off work, arranged childcare, stopped eating the night before, and then got a phone call," Dr Pritchard said. "I don't underestimate that for a moment."

The board has announced it will open a dedicated surgical hub at Penrhos Community Hospital next spring, which it says could carry out 3,000 extra hip and knee operations a year.

Gareth Lloyd-Hughes, 67, from Aberwen, has waited 29 months for a knee replacement. "I was told 18 months, then two years. Now I use a wheelchair outside the house, and nobody tells you anything," he said.

Health Secretary Mererid Vaughan said she had asked all health boards to publish recovery plans within eight weeks. Opposition health spokesman Ieuan Prosser called the figures "a national scandal".
""",
        [
            c(
                "figures",
                "show",
                "More than 14,000 waiting over two years for treatment in Glanfor",
            ),
            c(
                "figures published on Thursday",
                "according to",
                "More than 14,000 patients in the Glanfor health board area have now waited over two years for planned treatment, the highest number anywhere in the country",
            ),
            c(
                "The data, from the Health Statistics Unit",
                "shows",
                "61,240 people on the board's waiting list for orthopaedic, eye and general surgery, up from 52,900 a year ago",
            ),
            c(
                "Glanfor University Health Board's chief executive, Dr Sian Pritchard",
                "said",
                'the figures were "unacceptable"',
            ),
            c(
                "She",
                "said",
                "the board had lost more than 4,000 operating sessions last winter because beds were full of patients who were medically fit to leave but had nowhere to go",
            ),
            c(
                "Dr Pritchard",
                "said",
                [
                    '"Every cancelled operation is a person who took time off work, arranged childcare, stopped eating the night before, and then got a phone call,"',
                    '"I don\'t underestimate that for a moment."',
                ],
            ),
            c(
                "The board",
                "has announced",
                "it will open a dedicated surgical hub at Penrhos Community Hospital next spring",
            ),
            c(
                "it",
                "says",
                [
                    "a dedicated surgical hub at Penrhos Community Hospital",
                    "could carry out 3,000 extra hip and knee operations a year",
                ],
            ),
            c(
                "he",
                "said",
                '"I was told 18 months, then two years. Now I use a wheelchair outside the house, and nobody tells you anything,"',
            ),
            c(
                "Health Secretary Mererid Vaughan",
                "said",
                "she had asked all health boards to publish recovery plans within eight weeks",
            ),
            c("she", "had asked", "all health boards to publish recovery plans within eight weeks"),
            c(
                "Opposition health spokesman Ieuan Prosser",
                "called",
                'the figures "a national scandal"',
            ),
        ],
    ),
    article(
        "fresh13-opinion-trees",
        "opinion",
        "2026-09-30",
        """
The trees of Kalyan Marg deserved better than a press note

Meera Sundaresan

Last Sunday, Kalyan Marg woke to chainsaws. By noon, 43 rain trees, some older than the municipal corporation, lay across the road. The Greater Ramnagar Municipal Corporation later issued a press note stating that the felling was "essential for the decongestion of the corridor" and had been approved by the tree authority.

I have no doubt the tree authority approved it. I doubt anyone on it walked the road first. The authority's own minutes, which I have read, record that the proposal was "taken up as a supplementary item" and cleared at a 35-minute meeting that considered 11 other applications.

The corporation's commissioner, Vikram Bhandarkar, told this newspaper in 2024 that no tree on the corridor would be cut "without public consultation". There was no consultation, only a notice pasted on a lamp post in print too small to read.

Officials argue that the trees will be replaced tenfold, with 430 saplings along the new ring road. Ecologists have pointed out, patiently, that a sapling is not a tree, and that a mature rain tree cools the street beneath it by several degrees.

In 2023 the High Court directed the corporation to publish every tree-felling application online at least 15 days before a decision. Three years on, its website lists exactly four.

The mayor, Sunanda Patil, has said she "regrets the manner" in which the felling was carried out. Regret is cheap. What the city needs is a moratorium on felling until its own rules are obeyed.

I asked a neighbour of 40 years what she would tell the commissioner if she met him. "That we were here first," she said. "The trees and us."

The author is an environmental journalist.
""",
        [
            c(
                "a press note",
                "stating",
                'that the felling was "essential for the decongestion of the corridor" and had been approved by the tree authority',
            ),
            c(
                "The authority's own minutes, which I have read",
                "record",
                'that the proposal was "taken up as a supplementary item" and cleared at a 35-minute meeting that considered 11 other applications',
            ),
            c(
                "The corporation's commissioner, Vikram Bhandarkar",
                "told",
                'that no tree on the corridor would be cut "without public consultation"',
            ),
            c(
                "Officials",
                "argue",
                "that the trees will be replaced tenfold, with 430 saplings along the new ring road",
            ),
            c(
                "Ecologists",
                "have pointed out",
                "that a sapling is not a tree, and that a mature rain tree cools the street beneath it by several degrees",
            ),
            c(
                "the High Court",
                "directed",
                "the corporation to publish every tree-felling application online at least 15 days before a decision",
            ),
            c(
                "The mayor, Sunanda Patil",
                "has said",
                'she "regrets the manner" in which the felling was carried out',
            ),
            c("she", "said", ['"That we were here first,"', '"The trees and us."']),
        ],
    ),
    article(
        "fresh13-sport-epo",
        "sport",
        "2026-10-28",
        """
Marathon champion Jepkorir banned for four years after positive EPO test

Two-time Lakeside Marathon winner Gladys Jepkorir has been banned for four years after a sample she gave at a training camp in Tuganyi in March tested positive for the blood-booster EPO, the Athletics Integrity Panel announced on Wednesday.

The 31-year-old, who denied taking any banned substance, had argued at a hearing last month that the sample may have been contaminated on its way to the laboratory.

But the three-member disciplinary tribunal said the chain-of-custody records were "complete and unremarkable" and found her explanation "speculative at best". Her results since March, including victory at the Coastline Half Marathon in May, have been annulled.

"Athletes must understand that there are no shortcuts and no excuses," the panel's head, Dr Henrik Solvang, said in a statement. "We will test in the camps, at the races and at home."

Jepkorir's agent, Samuel Otieno Rotich, said she was "devastated" and would appeal to the International Sports Appeals Court. "She has trained at the same camp since she was 17. Why would she suddenly cheat at 31?" he told Sportsline.

The case is the latest blow to the country's distance running, with more than 60 athletes sanctioned since 2020. National federation president Wilson Kiplagat Bett said the federation had asked the government to make doping a criminal offence. He also urged coaches to report anyone offering drugs in the camps.

Athletes' representatives are said to be divided over the proposal, and the sports ministry has not commented publicly.
""",
        [
            c(
                "the Athletics Integrity Panel",
                "announced",
                "Two-time Lakeside Marathon winner Gladys Jepkorir has been banned for four years after a sample she gave at a training camp in Tuganyi in March tested positive for the blood-booster EPO",
            ),
            c("The 31-year-old", "denied", "taking any banned substance"),
            c(
                "The 31-year-old, who denied taking any banned substance",
                "had argued",
                "that the sample may have been contaminated on its way to the laboratory",
            ),
            c(
                "the three-member disciplinary tribunal",
                "said",
                'the chain-of-custody records were "complete and unremarkable"',
            ),
            c(
                "the three-member disciplinary tribunal",
                "found",
                'her explanation "speculative at best"',
            ),
            c(
                "the panel's head, Dr Henrik Solvang",
                "said",
                [
                    '"Athletes must understand that there are no shortcuts and no excuses,"',
                    '"We will test in the camps, at the races and at home."',
                ],
            ),
            c(
                "Jepkorir's agent, Samuel Otieno Rotich",
                "said",
                'she was "devastated" and would appeal to the International Sports Appeals Court',
            ),
            c(
                "he",
                "told",
                '"She has trained at the same camp since she was 17. Why would she suddenly cheat at 31?"',
            ),
            c(
                "National federation president Wilson Kiplagat Bett",
                "said",
                "the federation had asked the government to make doping a criminal offence",
            ),
            c("the federation", "had asked", "the government to make doping a criminal offence"),
            c("He", "urged", "coaches to report anyone offering drugs in the camps"),
            c(None, "are said to", ["Athletes' representatives", "be divided over the proposal"]),
        ],
    ),
]
