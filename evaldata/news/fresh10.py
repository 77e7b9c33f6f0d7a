"""A tenth held-out set of invented news articles and their attributions, written as strings.

Written on 2026-12-05 blind to claimx's rules (the annotator neither ran claimx nor read its
source, its tests or the other sets) and never to be used for tuning. Every article, person,
organisation, place and quotation here is invented (MIT, like the project). ``build.py --set
fresh10`` turns these into ``fresh10.jsonl`` with exact spans; the conventions are in
docs/evaldata-news.md.
"""

# ruff: noqa: E501 (article text: one paragraph a line)
from __future__ import annotations

from typing import Any

from articles import article, c

ARTICLES: list[dict[str, Any]] = [
    article(
        "fresh10-courts-van-driver-phone",
        "courts",
        "2026-10-06",
        """
Van driver was watching football on his phone when he hit cyclist, jury told

A delivery driver was streaming a football match on a phone fixed to his dashboard moments before he struck and killed a cyclist in Castlebridge, a jury at Wrexford Crown Court has heard.

Darren Pollitt, 41, of Hensford, denies causing death by dangerous driving. The cyclist, Marisa Okonjo, 29, a paediatric nurse, died at the scene.

Opening the prosecution case on Monday, Catherine Dunmore KC told jurors that Mr Pollitt had "chosen entertainment over the safety of everyone around him" and that the evidence against him was "overwhelming".

Data recovered from the phone showed that a streaming app had been playing video for eleven minutes before the collision, she said, with the screen still lit when officers arrived.

"This was not a momentary glance," Ms Dunmore said. "He was watching a match, and he was watching it while driving a three-tonne van through a busy junction at dusk."

The jury heard that a bus camera recorded the lights turning red about two seconds before Mr Pollitt crossed the stop line. A collision investigator, Sgt Paul Reaney, is expected to tell the court that the van was travelling at 34mph in a 30mph zone.

Mr Pollitt told officers in interview that he had looked at the phone only to check an address and that the lights had been on amber, the court heard.

His barrister, Owen Tremlett, told jurors they should keep "an open mind" until they had heard the defence case, and asked them to put aside their sympathy for Ms Okonjo's family.

"Nobody in this room will fail to be moved by what happened to her," he said. "But sympathy is not evidence."

The trial, which is expected to last two weeks, continues.
""",
        [
            c(None, "told", "Van driver was watching football on his phone when he hit cyclist"),
            c(
                None,
                "has heard",
                "A delivery driver was streaming a football match on a phone fixed to his dashboard moments before he struck and killed a cyclist in Castlebridge",
            ),
            c(
                "Catherine Dunmore KC",
                "told",
                'that Mr Pollitt had "chosen entertainment over the safety of everyone around him" and that the evidence against him was "overwhelming"',
            ),
            c(
                "she",
                "said",
                [
                    "Data recovered from the phone showed that a streaming app had been playing video for eleven minutes before the collision",
                    "with the screen still lit when officers arrived",
                ],
            ),
            c(
                "Data recovered from the phone",
                "showed",
                "that a streaming app had been playing video for eleven minutes before the collision",
            ),
            c(
                "Ms Dunmore",
                "said",
                [
                    '"This was not a momentary glance,"',
                    '"He was watching a match, and he was watching it while driving a three-tonne van through a busy junction at dusk."',
                ],
            ),
            c(
                None,
                "heard",
                "that a bus camera recorded the lights turning red about two seconds before Mr Pollitt crossed the stop line",
            ),
            c(
                None,
                "is expected to",
                [
                    "A collision investigator, Sgt Paul Reaney",
                    "tell the court that the van was travelling at 34mph in a 30mph zone",
                ],
            ),
            c(
                "A collision investigator, Sgt Paul Reaney",
                "tell",
                "that the van was travelling at 34mph in a 30mph zone",
            ),
            c(
                None,
                "heard",
                "Mr Pollitt told officers in interview that he had looked at the phone only to check an address and that the lights had been on amber",
            ),
            c(
                "Mr Pollitt",
                "told",
                "that he had looked at the phone only to check an address and that the lights had been on amber",
            ),
            c(
                "His barrister, Owen Tremlett",
                "told",
                'they should keep "an open mind" until they had heard the defence case',
            ),
            c(
                "His barrister, Owen Tremlett",
                "asked",
                "them to put aside their sympathy for Ms Okonjo's family",
            ),
            c(
                "he",
                "said",
                [
                    '"Nobody in this room will fail to be moved by what happened to her,"',
                    '"But sympathy is not evidence."',
                ],
            ),
            c(None, "is expected to", ["The trial", "last two weeks"]),
        ],
    ),
    article(
        "fresh10-courts-githaka-market-review",
        "courts",
        "2026-09-18",
        """
High Court quashes Kiriti county order closing Githaka open-air market

The High Court has quashed a decision by the Kiriti County government to close the Githaka open-air market, ruling that traders were given neither notice nor a hearing before the order was issued.

In a judgment delivered on Thursday, Justice Wanjiru Mbogo said the county executive committee member for trade had acted “in excess of his powers” when he signed the closure notice in March.

“A public body that wishes to remove 3,000 people from their place of work must at the very least hear what they have to say,” the judge wrote. “That did not happen here.”

The application for judicial review was brought by the Githaka Market Traders Welfare Association, which argued that the closure had cost its members an estimated Sh40 million in lost earnings. The county had told the court that the market posed a fire risk and that its own inspectors had raised concerns about blocked access routes.

Justice Mbogo found that no inspection report had been produced in evidence, and described the fire-safety justification as “an afterthought”.

She ordered the county to allow traders back onto the site within seven days and to pay the association’s costs.

Outside the court, the association’s chairperson, Mary Nduta Kamau, said members had been “living on credit” since the market was fenced off. “Today the court has told the county that we are citizens, not squatters,” she said.

The county attorney, Peter Kiprono Langat, said the county would study the judgment before deciding whether to appeal. He declined to say whether the fence would come down before the seven days expired.

Several traders said they planned to reopen their stalls as early as Monday morning. Governor Amos Sankale’s office did not respond to a request for comment.
""",
        [
            c(
                "The High Court",
                "ruling",
                "that traders were given neither notice nor a hearing before the order was issued",
            ),
            c(
                "Justice Wanjiru Mbogo",
                "said",
                "the county executive committee member for trade had acted “in excess of his powers” when he signed the closure notice in March",
            ),
            c(
                "the judge",
                "wrote",
                [
                    "“A public body that wishes to remove 3,000 people from their place of work must at the very least hear what they have to say,”",
                    "“That did not happen here.”",
                ],
            ),
            c(
                "the Githaka Market Traders Welfare Association",
                "argued",
                "that the closure had cost its members an estimated Sh40 million in lost earnings",
            ),
            c(
                "The county",
                "had told",
                "that the market posed a fire risk and that its own inspectors had raised concerns about blocked access routes",
            ),
            c("Justice Mbogo", "found", "that no inspection report had been produced in evidence"),
            c("Justice Mbogo", "described", "the fire-safety justification as “an afterthought”"),
            c(
                "She",
                "ordered",
                "the county to allow traders back onto the site within seven days and to pay the association’s costs",
            ),
            c(
                "the association’s chairperson, Mary Nduta Kamau",
                "said",
                "members had been “living on credit” since the market was fenced off",
            ),
            c(
                "she",
                "said",
                "“Today the court has told the county that we are citizens, not squatters,”",
            ),
            c(
                "The county attorney, Peter Kiprono Langat",
                "said",
                "the county would study the judgment before deciding whether to appeal",
            ),
            c(
                "Several traders",
                "said",
                "they planned to reopen their stalls as early as Monday morning",
            ),
        ],
    ),
    article(
        "fresh10-live-blog-budget-day",
        "live-blog",
        "2026-10-13",
        """
Budget 2026 live: Farrelly promises $9bn cost-of-living package in third budget

7.31pm

Treasurer Dominic Farrelly is on his feet in the House of Representatives. He opens by telling MPs this is “a budget for the kitchen table, not the boardroom”.

7.38pm

Here’s the headline measure: a $9bn package over four years, built around a $300 energy rebate for every household. Farrelly says the rebate will take 0.4 percentage points off inflation in the coming year, citing Treasury modelling.

7.45pm

The deficit is now forecast to reach $31.6bn in 2026-27, up from $24.1bn at the mid-year update, according to the budget papers.

7.52pm

Loud cheers from the government benches as Farrelly announces that the pharmaceutical co-payment will be frozen at $25 until 2028.

8.04pm

And he’s done. Shadow treasurer Leanne Kovac has just told reporters in the press gallery: “This is a spend-now, tax-later budget. Every dollar of that rebate is borrowed, and Australians know it.”

8.11pm

The Community Services Alliance has welcomed the rebate but says it is “a band-aid on a broken leg” for renters. It is calling for a 40% rise in rent assistance, which the budget leaves unchanged.

8.17pm

Reader question: will the rebate be means-tested? The short answer is no. The budget papers say every household with an electricity account will receive it as four quarterly credits from July.

8.29pm

Independent economist Ruth Okafor-Lin, of the Harbour Institute, tells us the package is “modest in size but badly timed”. She predicts the Reserve Bank will hold rates at its next meeting in June rather than deliver the cut markets had been hoping for.

8.41pm

Farrelly’s office has confirmed he will do a round of breakfast radio interviews from 6am tomorrow. We’ll be back then. Good night.
""",
        [
            c("Farrelly", "promises", "$9bn cost-of-living package"),
            c("He", "telling", "this is “a budget for the kitchen table, not the boardroom”"),
            c(
                "Farrelly",
                "says",
                "the rebate will take 0.4 percentage points off inflation in the coming year",
            ),
            c(
                "the budget papers",
                "according to",
                "The deficit is now forecast to reach $31.6bn in 2026-27, up from $24.1bn at the mid-year update",
            ),
            c(
                "Farrelly",
                "announces",
                "that the pharmaceutical co-payment will be frozen at $25 until 2028",
            ),
            c(
                "Shadow treasurer Leanne Kovac",
                "told",
                "“This is a spend-now, tax-later budget. Every dollar of that rebate is borrowed, and Australians know it.”",
            ),
            c(
                "The Community Services Alliance",
                "says",
                "it is “a band-aid on a broken leg” for renters",
            ),
            c("It", "is calling for", "a 40% rise in rent assistance"),
            c(
                "The budget papers",
                "say",
                "every household with an electricity account will receive it as four quarterly credits from July",
            ),
            c(
                "Independent economist Ruth Okafor-Lin, of the Harbour Institute",
                "tells",
                "the package is “modest in size but badly timed”",
            ),
            c(
                "She",
                "predicts",
                "the Reserve Bank will hold rates at its next meeting in June rather than deliver the cut markets had been hoping for",
            ),
            c(
                "Farrelly’s office",
                "has confirmed",
                "he will do a round of breakfast radio interviews from 6am tomorrow",
            ),
        ],
    ),
    article(
        "fresh10-live-blog-tram-strike",
        "live-blog",
        "2026-11-03",
        """
Tram and bus strike live: network at a standstill as Carrbridge drivers walk out

06:05 — No trams are running on the Carrbridge network and only a handful of buses are out, as 1,400 drivers and engineers begin a 48-hour strike over pay.

06:20 — The operator, Carrbridge Metro Transit, says it expects to run "fewer than one in ten" scheduled bus services today. It is advising passengers not to travel unless their journey is essential.

06:48 — At Harrowgate depot, the union's regional organiser, Siobhan Carver, tells us members "did not want to be here" but were left with no choice after rejecting a 3.5% offer.

"We've been talking for eight months," she said. "The company has found money for consultants and new livery. It can find it for the people who drive the trams."

07:30 — The traffic information service Carrbridge Moves is reporting queues of up to 40 minutes on the Eastway.

08:15 — Statement just in from Carrbridge Metro Transit's managing director, Graham Lusk: "We recognise the disruption this is causing. Our offer is fair, it is affordable and it remains on the table."

08:40 — A reader, Tom, tells us his daughter's school in Wenlow has told parents that pupils who cannot get in today will be marked as an "authorised absence". The council has not said whether others will follow.

10:05 — The mayor, Joanne Whitlow, has urged both sides to return to talks at the conciliation service "today, not next week". She told Carrbridge FM she would not "take sides" but that the city "cannot afford a summer of this".

11:20 — Posts on social media claim that some drivers have crossed picket lines at the Northfield depot. The union says that is "simply untrue" and that every tram remains in its shed.
""",
        [
            c(
                "The operator, Carrbridge Metro Transit",
                "says",
                'it expects to run "fewer than one in ten" scheduled bus services today',
            ),
            c("It", "is advising", "passengers not to travel unless their journey is essential"),
            c(
                "the union's regional organiser, Siobhan Carver",
                "tells",
                'members "did not want to be here" but were left with no choice after rejecting a 3.5% offer',
            ),
            c(
                "she",
                "said",
                [
                    '"We\'ve been talking for eight months,"',
                    '"The company has found money for consultants and new livery. It can find it for the people who drive the trams."',
                ],
            ),
            c(
                "The traffic information service Carrbridge Moves",
                "is reporting",
                "queues of up to 40 minutes on the Eastway",
            ),
            c(
                "Carrbridge Metro Transit's managing director, Graham Lusk",
                "Statement",
                '"We recognise the disruption this is causing. Our offer is fair, it is affordable and it remains on the table."',
            ),
            c(
                "A reader, Tom",
                "tells",
                'his daughter\'s school in Wenlow has told parents that pupils who cannot get in today will be marked as an "authorised absence"',
            ),
            c(
                "his daughter's school in Wenlow",
                "has told",
                'that pupils who cannot get in today will be marked as an "authorised absence"',
            ),
            c(
                "The mayor, Joanne Whitlow",
                "has urged",
                'both sides to return to talks at the conciliation service "today, not next week"',
            ),
            c(
                "She",
                "told",
                'she would not "take sides" but that the city "cannot afford a summer of this"',
            ),
            c(
                "Posts on social media",
                "claim",
                "that some drivers have crossed picket lines at the Northfield depot",
            ),
            c(
                "The union",
                "says",
                'that is "simply untrue" and that every tram remains in its shed',
            ),
        ],
    ),
    article(
        "fresh10-opinion-four-day-week",
        "opinion",
        "2026-11-16",
        """
Our view: A four-day school week is a budget fix dressed up as reform

The Harlan Valley school board votes Tuesday on moving the district's 11 schools to a four-day week next fall. Superintendent Dana Whitcomb has pitched the change as a way to "recruit and keep good teachers" in a district with 46 vacancies. We understand the problem. This is not the answer.

The numbers are thin. A staff survey the board released last month found that 58% of teachers favored a shorter week, but only 212 of 690 teachers responded. The president of the Harlan Valley Education Association, Marcy Dunleavy, told the Ledger that her members are "genuinely split" and that younger teachers worry about losing coaching pay.

At a packed forum in October, Keisha Arnett, a mother of three, told board members she would have to pay $160 a week for child care on the fifth day or give up her evening shifts at the hospital. Others said much the same.

Nor does the research help. A 2024 review by the Center for Rural Education Policy concluded that four-day schedules saved districts 1% to 3% of their budgets and were associated with "small but real" losses in math achievement, particularly among younger children.

Whitcomb has said the savings would go to raises. But the budget plan presented to the board in October assumes the money will instead close a $2.1 million gap in the transportation account. Board member Luis Ferrante asked last month which is true. He is still waiting.

We argued in this space last spring that the district should look first at housing help for new teachers, as neighboring Carver County has done. We still think so.

The board should vote no and ask Whitcomb for a plan that shows where every dollar goes.
""",
        [
            c(
                "Superintendent Dana Whitcomb",
                "has pitched",
                'the change as a way to "recruit and keep good teachers"',
            ),
            c(
                "A staff survey the board released last month",
                "found",
                "that 58% of teachers favored a shorter week",
            ),
            c(
                "The president of the Harlan Valley Education Association, Marcy Dunleavy",
                "told",
                'that her members are "genuinely split" and that younger teachers worry about losing coaching pay',
            ),
            c(
                "Keisha Arnett, a mother of three",
                "told",
                "she would have to pay $160 a week for child care on the fifth day or give up her evening shifts at the hospital",
            ),
            c(
                "A 2024 review by the Center for Rural Education Policy",
                "concluded",
                'that four-day schedules saved districts 1% to 3% of their budgets and were associated with "small but real" losses in math achievement, particularly among younger children',
            ),
            c("Whitcomb", "has said", "the savings would go to raises"),
            c(
                "the budget plan presented to the board in October",
                "assumes",
                "the money will instead close a $2.1 million gap in the transportation account",
            ),
            c(
                "We",
                "argued",
                "that the district should look first at housing help for new teachers, as neighboring Carver County has done",
            ),
        ],
    ),
    article(
        "fresh10-opinion-okada-column",
        "opinion",
        "2026-10-25",
        """
To those who say I hate okada riders: please read the column again

Two Sundays ago, I wrote on this page that the state government’s plan to license commercial motorcycle riders through a single agency was sensible, overdue and almost certain to be badly implemented. The response has been loud.

One reader, who signed off as Chidi from Odoguta, told me I had “never sat on the back of an okada in my life”. He is wrong. I rode one to work for six years.

The Okada Riders’ Welfare Union went further. In a statement on WhatsApp, its publicity secretary, Comrade Yusuf Adeleke-Bamidele, said the column was “an invitation to extortion” and accused me of “writing for people who own cars”.

Let me take the charge seriously, because part of it is fair. The union says its members already pay as many as five different levies — to local government, to park managers, to “area boys” — and that one more licence will simply be added to the pile. That is precisely the problem I described.

What I actually argued was that a single licence should replace those levies, not join them. The commissioner for transport, Mrs Funmilayo Ogunsanya-Reis, told journalists in March that the new permit would be “the only payment a rider makes, full stop”. If she meant it, the union should hold her to it, not shout at me.

Several readers asked why I did not mention accidents. I did, in the fourth paragraph. The state emergency ambulance service has said that motorcycles were involved in 41 per cent of the road injuries its crews attended last year.

I do not want okada off our roads. I want them licensed, insured and left alone by touts. If that makes me their enemy, so be it.
""",
        [
            c("those", "say", "I hate okada riders"),
            c(
                "I",
                "wrote",
                "that the state government’s plan to license commercial motorcycle riders through a single agency was sensible, overdue and almost certain to be badly implemented",
            ),
            c(
                "One reader, who signed off as Chidi from Odoguta",
                "told",
                "I had “never sat on the back of an okada in my life”",
            ),
            c(
                "its publicity secretary, Comrade Yusuf Adeleke-Bamidele",
                "said",
                "the column was “an invitation to extortion”",
            ),
            c(
                "its publicity secretary, Comrade Yusuf Adeleke-Bamidele",
                "accused",
                "me of “writing for people who own cars”",
            ),
            c(
                "The union",
                "says",
                "its members already pay as many as five different levies — to local government, to park managers, to “area boys” — and that one more licence will simply be added to the pile",
            ),
            c("I", "argued", "that a single licence should replace those levies, not join them"),
            c(
                "The commissioner for transport, Mrs Funmilayo Ogunsanya-Reis",
                "told",
                "that the new permit would be “the only payment a rider makes, full stop”",
            ),
            c(
                "The state emergency ambulance service",
                "has said",
                "that motorcycles were involved in 41 per cent of the road injuries its crews attended last year",
            ),
        ],
    ),
    article(
        "fresh10-wire-lake-ferry",
        "wire",
        "2026-09-26",
        """
At least 14 dead after ferry capsizes on Lake Marovo, officials say

PORT SELIMA, Marovia (Meridian Wire) — At least 14 people died and dozens were missing after an overloaded passenger ferry capsized in rough weather on Lake Marovo on Saturday, the country's disaster management agency said.

The MV Tessaly was carrying about 160 passengers, more than twice its licensed capacity of 70, when it overturned around 2 kilometers from shore, agency spokesman Joseph Ambeki told reporters. Rescuers had pulled 87 people from the water by nightfall, he said.

Several passengers are believed to have been trapped on the lower deck, where cargo including sacks of cement was stored, Ambeki said.

"The waves came from the side and the boat just went over," survivor Agnes Tumwe, 34, told Meridian Wire by phone from a hospital in Port Selima. "People were screaming for their children. I held on to a plastic jerrican until a fishing boat reached me.

"I could not see my sister anywhere."

The ferry's owner, Lakeline Transport, said in a statement that the vessel had passed a safety inspection in March and that the captain had been instructed not to sail if winds exceeded 30 knots. It said it was cooperating fully with investigators.

The captain is reported to have survived and was being questioned by police, according to local radio station Lakeside FM. A police spokeswoman, Miriam Oduya, declined to confirm that.

President Halvor Nkemba declared three days of national mourning and directed the transport ministry to "urgently review" the licensing of lake vessels, his office said.

Ferry accidents are common on Lake Marovo, where many island communities have no road link to the capital. In 2023 more than 40 people died when a cargo boat carrying passengers sank near Kasili Island.
""",
        [
            c("officials", "say", "At least 14 dead after ferry capsizes on Lake Marovo"),
            c(
                "the country's disaster management agency",
                "said",
                "At least 14 people died and dozens were missing after an overloaded passenger ferry capsized in rough weather on Lake Marovo on Saturday",
            ),
            c(
                "agency spokesman Joseph Ambeki",
                "told",
                "The MV Tessaly was carrying about 160 passengers, more than twice its licensed capacity of 70, when it overturned around 2 kilometers from shore",
            ),
            c("he", "said", "Rescuers had pulled 87 people from the water by nightfall"),
            c(
                "Ambeki",
                "said",
                "Several passengers are believed to have been trapped on the lower deck, where cargo including sacks of cement was stored",
                near="Several passengers are believed to have been trapped on the lower deck, where cargo including sacks of cement was stored, Ambeki said",
            ),
            c(
                "survivor Agnes Tumwe, 34",
                "told",
                [
                    '"The waves came from the side and the boat just went over,"',
                    '"People were screaming for their children. I held on to a plastic jerrican until a fishing boat reached me.',
                    '"I could not see my sister anywhere."',
                ],
            ),
            c(
                "The ferry's owner, Lakeline Transport",
                "said",
                "that the vessel had passed a safety inspection in March and that the captain had been instructed not to sail if winds exceeded 30 knots",
                near="The ferry's owner, Lakeline Transport, said in a statement that the vessel had passed a safety inspection in March and that the captain had been instructed not to sail if winds exceeded 30 knots",
            ),
            c("It", "said", "it was cooperating fully with investigators"),
            c(
                "local radio station Lakeside FM",
                "according to",
                "The captain is reported to have survived and was being questioned by police",
            ),
            c(
                "his office",
                "said",
                'President Halvor Nkemba declared three days of national mourning and directed the transport ministry to "urgently review" the licensing of lake vessels',
            ),
            c(
                "President Halvor Nkemba",
                "directed",
                'the transport ministry to "urgently review" the licensing of lake vessels',
            ),
        ],
    ),
    article(
        "fresh10-press-release-cold-homes",
        "press-release",
        "2026-11-04",
        """
One in five over-70s rationed heating last winter, Warm Hearth Trust report finds

HALBURY, 4 November 2026 — Nearly one in five people aged over 70 kept their heating off or turned down on days when they felt cold last winter, according to a report published today by the Warm Hearth Trust.

The report, Cold Rooms, draws on a survey of 2,406 people aged 70 and over, carried out by Fieldline in August, and on interviews with 38 households.

The survey found that 19% had rationed heating on at least ten days between November and March, and that a third of those had gone to bed early to keep warm. One in eight said they had skipped a hot meal to save on energy.

Dr Helen Marchetti, the Trust’s director of policy, said: “These are people who worked all their lives, and now they are sitting in coats in their own front rooms.”

The report estimates that cold homes contributed to around 4,900 emergency hospital admissions among over-70s last winter, at a cost to the health service of some £38 million.

It calls on the government to extend the winter heating payment to every pensioner on pension credit, and to fund free boiler checks for over-75s. It also urges energy suppliers to stop fitting prepayment meters in homes where someone is over 80.

One interviewee, an 81-year-old widower from Tarnley, told researchers: “I have a thermometer on the mantelpiece. When it says 14, I put another jumper on. When it says 12, I go to bed.”

ENDS

About the Warm Hearth Trust: The Warm Hearth Trust is a national charity founded in 1987 that works to end fuel poverty among older people.

Media contact: Sam Oyelowo, 020 7946 0321
""",
        [
            c(
                "Warm Hearth Trust report",
                "finds",
                "One in five over-70s rationed heating last winter",
            ),
            c(
                "a report published today by the Warm Hearth Trust",
                "according to",
                "Nearly one in five people aged over 70 kept their heating off or turned down on days when they felt cold last winter",
            ),
            c(
                "The survey",
                "found",
                "that 19% had rationed heating on at least ten days between November and March, and that a third of those had gone to bed early to keep warm",
            ),
            c("One in eight", "said", "they had skipped a hot meal to save on energy"),
            c(
                "Dr Helen Marchetti, the Trust’s director of policy",
                "said",
                "“These are people who worked all their lives, and now they are sitting in coats in their own front rooms.”",
            ),
            c(
                "The report",
                "estimates",
                "that cold homes contributed to around 4,900 emergency hospital admissions among over-70s last winter, at a cost to the health service of some £38 million",
            ),
            c(
                "It",
                "calls on",
                "the government to extend the winter heating payment to every pensioner on pension credit, and to fund free boiler checks for over-75s",
            ),
            c(
                "It",
                "urges",
                "energy suppliers to stop fitting prepayment meters in homes where someone is over 80",
            ),
            c(
                "One interviewee, an 81-year-old widower from Tarnley",
                "told",
                "“I have a thermometer on the mantelpiece. When it says 14, I put another jumper on. When it says 12, I go to bed.”",
            ),
        ],
    ),
    article(
        "fresh10-council-glenmarra-visitor-levy",
        "council",
        "2026-10-29",
        """
Councillors back Glenmarra visitor levy despite hoteliers' warnings

A 5% overnight charge on visitors to Glenmarra and the surrounding glens moved a step closer yesterday after Strathallan Council's economy committee voted 9-4 to put the plan out to public consultation.

Committee convener Councillor Morag Sinclair said the levy could raise £2.3 million a year for path repairs, public toilets and a summer bus link to the Loch Aird trailheads.

"Every summer we have lay-bys full of litter and car parks spilling onto the main road. Visitors love this place. We are asking them to help us look after it," she told the meeting.

A report by council officers estimated that 40% of the levy would be paid by visitors from outside the UK, and said the charge was unlikely to reduce overall visitor numbers, citing the experience of other European destinations.

The Glenmarra and District Hoteliers' Association disputes that. Its chairman, Alasdair Rennie, who runs the 22-bedroom Craigend Hotel, wrote to all 13 committee members last week warning that a levy on top of VAT would push guests "across the border to cheaper rooms in the next council area".

Councillor Ewan McPhail (Independent, Aird and Glenmarra) said he had heard from "dozens" of bed-and-breakfast owners who were worried about the paperwork. He asked officers to bring back a version of the scheme exempting businesses with fewer than six letting rooms.

Officers said such an exemption would cut the expected income by about a third.

Any levy would need the approval of the full council and could not be introduced before April 2028, the committee was told. The consultation will run for 12 weeks from January.

A spokeswoman for VisitStrathallan, the area's tourism body, said it would respond to the consultation "in due course" but declined to comment further.
""",
        [
            c(
                "Committee convener Councillor Morag Sinclair",
                "said",
                "the levy could raise £2.3 million a year for path repairs, public toilets and a summer bus link to the Loch Aird trailheads",
            ),
            c(
                "she",
                "told",
                '"Every summer we have lay-bys full of litter and car parks spilling onto the main road. Visitors love this place. We are asking them to help us look after it,"',
            ),
            c(
                "A report by council officers",
                "estimated",
                "that 40% of the levy would be paid by visitors from outside the UK",
            ),
            c(
                "A report by council officers",
                "said",
                "the charge was unlikely to reduce overall visitor numbers",
            ),
            c(
                "Its chairman, Alasdair Rennie, who runs the 22-bedroom Craigend Hotel",
                "warning",
                'that a levy on top of VAT would push guests "across the border to cheaper rooms in the next council area"',
            ),
            c(
                "Councillor Ewan McPhail (Independent, Aird and Glenmarra)",
                "said",
                'he had heard from "dozens" of bed-and-breakfast owners who were worried about the paperwork',
            ),
            c(
                "He",
                "asked",
                "officers to bring back a version of the scheme exempting businesses with fewer than six letting rooms",
            ),
            c(
                "Officers",
                "said",
                "such an exemption would cut the expected income by about a third",
            ),
            c(
                None,
                "was told",
                "Any levy would need the approval of the full council and could not be introduced before April 2028",
            ),
            c(
                "A spokeswoman for VisitStrathallan, the area's tourism body",
                "said",
                'it would respond to the consultation "in due course"',
            ),
        ],
    ),
    article(
        "fresh10-health-walking-after-meals",
        "health",
        "2026-09-10",
        """
Short walk after meals cuts blood sugar spikes in people with prediabetes, study finds

A brisk 15-minute walk after lunch and dinner lowered post-meal blood sugar by nearly a fifth in adults with prediabetes, according to a study of 1,180 people in three cities published on Wednesday in the South Asian Journal of Metabolic Health.

Participants who walked after meals for 12 weeks saw their average two-hour glucose reading fall by 18%, the researchers reported, compared with 4% among those who received only dietary advice.

“The timing matters more than the distance,” said Dr Kavitha Raghunathan, an endocrinologist at the Institute of Metabolic Sciences in Vellanur and the study’s lead author. “A morning walk is good for you, but straight after a rice-heavy meal is when the muscles are hungriest for glucose.”

She said the team had deliberately recruited participants from both salaried and daily-wage households, and that adherence was highest among women who walked in groups organised through their housing societies.

Nearly one in seven Indian adults has prediabetes, according to the health ministry’s most recent national survey.

“The timing matters more than the distance.” — Dr Kavitha Raghunathan, lead author

Dr Arjun Mehrotra, a diabetologist at Sanjivani Hospital in Pashvan who was not involved in the research, called the results “encouraging and very practical”, but cautioned that 12 weeks was too short to show whether walking delayed the onset of diabetes itself.

“We also need to know whether people keep it up once the study team stops phoning them,” he said.

The authors acknowledged that participants wore step counters and knew they were being monitored, which may have improved adherence. They said a two-year follow-up, funded by a state government grant, was already under way.
""",
        [
            c(
                "study",
                "finds",
                "Short walk after meals cuts blood sugar spikes in people with prediabetes",
            ),
            c(
                "a study of 1,180 people in three cities published on Wednesday in the South Asian Journal of Metabolic Health",
                "according to",
                "A brisk 15-minute walk after lunch and dinner lowered post-meal blood sugar by nearly a fifth in adults with prediabetes",
            ),
            c(
                "the researchers",
                "reported",
                [
                    "Participants who walked after meals for 12 weeks saw their average two-hour glucose reading fall by 18%",
                    "compared with 4% among those who received only dietary advice",
                ],
            ),
            c(
                "Dr Kavitha Raghunathan, an endocrinologist at the Institute of Metabolic Sciences in Vellanur and the study’s lead author",
                "said",
                [
                    "“The timing matters more than the distance,”",
                    "“A morning walk is good for you, but straight after a rice-heavy meal is when the muscles are hungriest for glucose.”",
                ],
            ),
            c(
                "She",
                "said",
                "the team had deliberately recruited participants from both salaried and daily-wage households, and that adherence was highest among women who walked in groups organised through their housing societies",
            ),
            c(
                "the health ministry’s most recent national survey",
                "according to",
                "Nearly one in seven Indian adults has prediabetes",
            ),
            c(
                "Dr Kavitha Raghunathan, lead author",
                "—",
                "“The timing matters more than the distance.”",
            ),
            c(
                "Dr Arjun Mehrotra, a diabetologist at Sanjivani Hospital in Pashvan who was not involved in the research",
                "called",
                "the results “encouraging and very practical”",
            ),
            c(
                "Dr Arjun Mehrotra, a diabetologist at Sanjivani Hospital in Pashvan who was not involved in the research",
                "cautioned",
                "that 12 weeks was too short to show whether walking delayed the onset of diabetes itself",
            ),
            c(
                "he",
                "said",
                "“We also need to know whether people keep it up once the study team stops phoning them,”",
            ),
            c(
                "The authors",
                "acknowledged",
                "that participants wore step counters and knew they were being monitored, which may have improved adherence",
            ),
            c(
                "They",
                "said",
                "a two-year follow-up, funded by a state government grant, was already under way",
            ),
        ],
    ),
    article(
        "fresh10-science-city-wrens",
        "science",
        "2026-10-22",
        """
City wrens are cutting their songs short to be heard over traffic, researchers say

Wrens living near busy roads sing songs that are on average 23 percent shorter than those of wrens in quiet woodland, and they pack the same number of notes into less time, according to a study published Thursday in the journal Animal Acoustics.

A team led by Elena Vasquez-Horn, a behavioral ecologist at Norbury State University, recorded more than 14,000 songs from 212 male wrens at 40 sites along a 90-mile stretch of highway and in nearby forest.

"We expected them to sing louder, and some of them do," Vasquez-Horn said. "What we didn't expect was that they would edit the song itself. It's a bit like talking faster when you see the bus pulling up."

The researchers found that the shortening was strongest during the morning rush hour and largely disappeared on Sundays. That pattern, they wrote, suggests the birds adjust their songs from day to day rather than over generations.

Shorter songs may come at a cost. Female wrens in earlier laboratory experiments spent less time near speakers playing clipped songs, the paper notes. The team has not yet tested whether city males father fewer chicks.

Samuel Achterberg, who studies bird communication at the University of Lindmark and was not involved in the study, said the size of the data set made the result "hard to argue with." But he cautioned that wrens might be a special case.

"Wrens have a very flexible song. A pigeon or a crow might not have that option," he said.

Vasquez-Horn said city planners could help by planting dense hedges along major roads, which absorb some of the noise.
""",
        [
            c(
                "researchers",
                "say",
                "City wrens are cutting their songs short to be heard over traffic",
            ),
            c(
                "a study published Thursday in the journal Animal Acoustics",
                "according to",
                "Wrens living near busy roads sing songs that are on average 23 percent shorter than those of wrens in quiet woodland, and they pack the same number of notes into less time",
            ),
            c(
                "Vasquez-Horn",
                "said",
                [
                    '"We expected them to sing louder, and some of them do,"',
                    "\"What we didn't expect was that they would edit the song itself. It's a bit like talking faster when you see the bus pulling up.\"",
                ],
            ),
            c(
                "The researchers",
                "found",
                "that the shortening was strongest during the morning rush hour and largely disappeared on Sundays",
            ),
            c(
                "they",
                "wrote",
                [
                    "That pattern",
                    "suggests the birds adjust their songs from day to day rather than over generations",
                ],
            ),
            c(
                "That pattern",
                "suggests",
                "the birds adjust their songs from day to day rather than over generations",
            ),
            c(
                "the paper",
                "notes",
                "Female wrens in earlier laboratory experiments spent less time near speakers playing clipped songs",
            ),
            c(
                "Samuel Achterberg, who studies bird communication at the University of Lindmark and was not involved in the study",
                "said",
                'the size of the data set made the result "hard to argue with."',
            ),
            c("he", "cautioned", "that wrens might be a special case"),
            c(
                "he",
                "said",
                '"Wrens have a very flexible song. A pigeon or a crow might not have that option,"',
            ),
            c(
                "Vasquez-Horn",
                "said",
                "city planners could help by planting dense hedges along major roads, which absorb some of the noise",
            ),
        ],
    ),
    article(
        "fresh10-sport-bakare-ellis-transfer",
        "sport",
        "2026-08-18",
        """
Redmarsh reject second Castleton bid for captain Bakare-Ellis

Redmarsh Rovers have rejected a second bid from Castleton City for their captain, Tunde Bakare-Ellis, with the second-tier club holding out for at least £22m for the 24-year-old midfielder.

Castleton’s latest offer is understood to have been worth £17m up front, rising to £19.5m with add-ons linked to appearances and European qualification.

Bakare-Ellis reportedly told Redmarsh manager Gary Stobart last week that he wanted to leave. He was left out of the squad for Saturday’s friendly against Vellmoor.

Stobart insisted after that game that the player was “not for sale at any price” and that he expected him to be “leading this team out on the opening day”.

“Tunde is under contract for three more years. We don’t have to sell and we’re not going to be bullied into it,” he said.

Castleton manager Ines Carvalho-Reyes refused to discuss the player on Monday, saying only that she did not talk about “other clubs’ players”.

Castleton are said to be ready to make a third and final offer before the window closes on 1 September. Bakare-Ellis’s agent, Marco Leventis, has been in the stands at Castleton’s last two home matches, according to the Redmarsh Evening Post.

The transfer row comes as Bakare-Ellis faces a disciplinary charge from the league over comments on a podcast last month, in which he said referees in the division were “scared of the big clubs”.

The league said in a statement that the remarks “implied bias” and breached its rules on players’ conduct. He has until Friday to respond, and could face a ban of up to three matches.
""",
        [
            c(
                None,
                "is understood to",
                [
                    "Castleton’s latest offer",
                    "have been worth £17m up front, rising to £19.5m with add-ons linked to appearances and European qualification",
                ],
            ),
            c(
                None,
                "reportedly",
                [
                    "Bakare-Ellis",
                    "told Redmarsh manager Gary Stobart last week that he wanted to leave",
                ],
                near="Bakare-Ellis reportedly told Redmarsh manager Gary Stobart last week that he wanted to leave",
            ),
            c("Bakare-Ellis", "told", "that he wanted to leave"),
            c(
                "Stobart",
                "insisted",
                "that the player was “not for sale at any price” and that he expected him to be “leading this team out on the opening day”",
            ),
            c(
                "he",
                "said",
                "“Tunde is under contract for three more years. We don’t have to sell and we’re not going to be bullied into it,”",
            ),
            c(
                "Castleton manager Ines Carvalho-Reyes",
                "saying",
                "that she did not talk about “other clubs’ players”",
            ),
            c(
                None,
                "are said to",
                [
                    "Castleton",
                    "be ready to make a third and final offer before the window closes on 1 September",
                ],
                near="Castleton are said to be ready to make a third and final offer before the window closes on 1 September",
            ),
            c(
                "the Redmarsh Evening Post",
                "according to",
                "Bakare-Ellis’s agent, Marco Leventis, has been in the stands at Castleton’s last two home matches",
            ),
            c("he", "said", "referees in the division were “scared of the big clubs”"),
            c(
                "The league",
                "said",
                "that the remarks “implied bias” and breached its rules on players’ conduct",
            ),
        ],
    ),
]
