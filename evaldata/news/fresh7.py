"""A seventh held-out set of invented news articles and their attributions, written as strings.

Written on 2026-12-05 blind to claimx's rules (the annotator neither ran claimx nor read its
source, its tests or the other sets) and never to be used for tuning. Every article, person,
organisation, place and quotation here is invented (MIT, like the project). ``build.py --set
fresh7`` turns these into ``fresh7.jsonl`` with exact spans; the conventions are in
docs/evaldata-news.md.

Twelve articles in nine styles (wire 3, business 2, courts 2, council, press-release, science,
sport, opinion), in Philippine, American wire, Kenyan, American business, Canadian, Scottish,
Maltese, English local, American press-release, British science, English sport and Scottish
editorial registers, with straight and curly quotation marks.
"""

# ruff: noqa: E501 (article text: one paragraph a line)
from __future__ import annotations

from typing import Any

from articles import article, c

ARTICLES: list[dict[str, Any]] = [
    article(
        "fresh7-wire-ferry-fire",
        "wire",
        "2026-10-04",
        """
Ferry fire off Tamblot Island kills at least 14, coast guard says

LIWAYAN CITY (wire) — At least 14 people died and 31 were missing after a fire tore through a passenger ferry carrying more than 200 people off Tamblot Island before dawn on Sunday, the coast guard said.

The MV Lady of Salvacion had left Liwayan at 11 p.m. on Saturday for Marikit Bay when the blaze broke out in its engine room around 3 a.m., the district coast guard commander, Capt. Renato Abellera, told reporters.

"Passengers jumped into the sea in the dark. Many of them had no life jackets on," Abellera said. "Fishermen from nearby villages were the first to reach them, and they saved a lot of lives."

He said 163 survivors had been brought ashore and that navy divers would resume the search at first light on Monday.

The vessel's operator, Sagip Maritime Lines, said in a statement that it was "deeply saddened" and was cooperating fully with investigators. It did not respond to questions about life jackets.

The passenger manifest listed 187 names, but survivors said dozens of people, including children, had boarded without tickets.

"The crew was shouting but nobody knew where to go," said Maricel Dacanay, 34, a market vendor who swam for almost an hour with her nephew on her back.

The ferry's captain and chief engineer are among the survivors and are understood to have been questioned by police on Sunday afternoon. The regional maritime office suspended the operator's license pending an inquiry.

Provincial Gov. Teresita Manalang ordered all ferries in the province to undergo fire-safety checks before sailing, and urged families searching for relatives to register at the Liwayan port terminal.

Transportation Secretary Alfredo Villacorte is expected to visit survivors in Liwayan on Tuesday.
""",
        [
            c("coast guard", "says", "Ferry fire off Tamblot Island kills at least 14"),
            c(
                "the coast guard",
                "said",
                "At least 14 people died and 31 were missing after a fire tore through a passenger ferry carrying more than 200 people off Tamblot Island before dawn on Sunday",
            ),
            c(
                "the district coast guard commander, Capt. Renato Abellera",
                "told",
                "The MV Lady of Salvacion had left Liwayan at 11 p.m. on Saturday for Marikit Bay when the blaze broke out in its engine room around 3 a.m.",
            ),
            c(
                "Abellera",
                "said",
                [
                    '"Passengers jumped into the sea in the dark. Many of them had no life jackets on,"',
                    '"Fishermen from nearby villages were the first to reach them, and they saved a lot of lives."',
                ],
            ),
            c(
                "He",
                "said",
                "163 survivors had been brought ashore and that navy divers would resume the search at first light on Monday",
            ),
            c(
                "The vessel's operator, Sagip Maritime Lines",
                "said",
                'that it was "deeply saddened" and was cooperating fully with investigators',
            ),
            c(
                "survivors",
                "said",
                "dozens of people, including children, had boarded without tickets",
            ),
            c(
                "Maricel Dacanay, 34, a market vendor who swam for almost an hour with her nephew on her back",
                "said",
                '"The crew was shouting but nobody knew where to go,"',
            ),
            c(
                None,
                "are understood to",
                [
                    "The ferry's captain and chief engineer",
                    "have been questioned by police on Sunday afternoon",
                ],
            ),
            c(
                "Provincial Gov. Teresita Manalang",
                "ordered",
                "all ferries in the province to undergo fire-safety checks before sailing",
            ),
            c(
                "Provincial Gov. Teresita Manalang",
                "urged",
                "families searching for relatives to register at the Liwayan port terminal",
            ),
            c(
                None,
                "is expected to",
                [
                    "Transportation Secretary Alfredo Villacorte",
                    "visit survivors in Liwayan on Tuesday",
                ],
            ),
        ],
    ),
    article(
        "fresh7-wire-dam-talks",
        "wire",
        "2026-10-14",
        """
Ardonia and Velmark agree to resume talks on Kessel River dam

BRESSANO, Oct. 14 (wire) — Ardonia and Velmark agreed on Tuesday to resume talks over a hydroelectric dam on the Kessel River that has soured relations between them for three years.

The talks will open in Bressano next month and will deal first with how much water the dam may hold back in the dry season, Tolvian Foreign Minister Ines Maravall, who hosted the meeting, told reporters, adding that both sides had accepted a joint panel of hydrologists.

"Nobody signed anything today, and nobody should pretend otherwise," Maravall said. "But for the first time in a year, the two delegations ate lunch at the same table."

Velmark, which lies downstream, says the dam has cut the river's flow into its farming provinces by as much as a third. Ardonia disputes the figure and says the reservoir is still filling.

Velmark's foreign minister, Dorottya Ilves, said in a statement that her government "came to Bressano to talk about water, not about pride," and called on Ardonia to halt filling of the reservoir while the panel does its work. Ardonian officials have rejected that demand before.

Ardonia's delegation, led by Deputy Prime Minister Kasimir Wendt, left without speaking to journalists, and a spokesman for the Ardonian Foreign Ministry declined to comment on Ilves' remarks.

Wendt is understood to have brought a proposal to release extra water in the driest months in exchange for Velmark dropping a trade complaint.

Velmark's prime minister, Aurel Bakos, reportedly told his Cabinet last week that he would accept nothing less than a guaranteed minimum flow.

The dam began generating power in 2023. According to figures published by Velmark's Agriculture Ministry, rice output in the three downstream provinces fell 18% last year.
""",
        [
            c(
                "Tolvian Foreign Minister Ines Maravall, who hosted the meeting",
                "told",
                "The talks will open in Bressano next month and will deal first with how much water the dam may hold back in the dry season",
            ),
            c(
                "Tolvian Foreign Minister Ines Maravall, who hosted the meeting",
                "adding",
                "that both sides had accepted a joint panel of hydrologists",
            ),
            c(
                "Maravall",
                "said",
                [
                    '"Nobody signed anything today, and nobody should pretend otherwise,"',
                    '"But for the first time in a year, the two delegations ate lunch at the same table."',
                ],
            ),
            c(
                "Velmark, which lies downstream",
                "says",
                "the dam has cut the river's flow into its farming provinces by as much as a third",
            ),
            c("Ardonia", "says", "the reservoir is still filling"),
            c(
                "Velmark's foreign minister, Dorottya Ilves",
                "said",
                'that her government "came to Bressano to talk about water, not about pride,"',
            ),
            c(
                "Velmark's foreign minister, Dorottya Ilves",
                "called on",
                "Ardonia to halt filling of the reservoir while the panel does its work",
            ),
            c(
                None,
                "is understood to",
                [
                    "Wendt",
                    "have brought a proposal to release extra water in the driest months in exchange for Velmark dropping a trade complaint",
                ],
                near="Wendt is understood to have brought a proposal to release extra water in the driest months in exchange for Velmark dropping a trade complaint",
            ),
            c(
                None,
                "reportedly",
                [
                    "Velmark's prime minister, Aurel Bakos",
                    "told his Cabinet last week that he would accept nothing less than a guaranteed minimum flow",
                ],
            ),
            c(
                "Velmark's prime minister, Aurel Bakos",
                "told",
                "that he would accept nothing less than a guaranteed minimum flow",
            ),
            c(
                "figures published by Velmark's Agriculture Ministry",
                "According to",
                "rice output in the three downstream provinces fell 18% last year",
            ),
        ],
    ),
    article(
        "fresh7-wire-lomara-inflation",
        "wire",
        "2026-10-02",
        """
Lomara inflation eases to 5.1pc in September, data shows

NAIVARA — Inflation in Lomara slowed to 5.1 per cent in September from 6.3 per cent in August, helped by lower pump prices and a good maize harvest, figures released yesterday by the Lomara National Bureau of Statistics show.

The food index fell for a third straight month, the bureau said, with a two-kilogramme packet of maize flour retailing at an average of Sh148, down from Sh171 in June.

Treasury CS Amos Kiprono welcomed the figures, telling a business forum in Naivara that the fuel subsidy had “done exactly what it was meant to do” and would remain in place until December.

Economists were less upbeat. “The subsidy is costing the Treasury about Sh9 billion a month, and that money is being borrowed,” said Wanjiru Macharia, chief economist at Mvuli Securities.

“When it ends, pump prices will jump, and inflation will follow them up,” she said.

The Central Bank of Lomara’s Monetary Policy Committee meets on Tuesday. Eight of 11 economists polled by this newspaper said the committee would hold the benchmark rate at 9.5 per cent, while three forecast a cut of 25 basis points.

Governor Halima Osoro warned last month that the bank would not rush to lower rates while the shilling remained under pressure.

Currency traders said yesterday that demand for dollars from fuel importers and manufacturers had eased slightly but remained strong.

A survey of 400 firms by the Lomara Manufacturers Association, published on Monday, found that 62 per cent expect to raise prices in the next three months, most of them citing transport costs. The association urged the Treasury to extend the fuel subsidy into next year.

Parliament is expected to debate a supplementary budget later this month.
""",
        [
            c("data", "shows", "Lomara inflation eases to 5.1pc in September"),
            c(
                "figures released yesterday by the Lomara National Bureau of Statistics",
                "show",
                "Inflation in Lomara slowed to 5.1 per cent in September from 6.3 per cent in August, helped by lower pump prices and a good maize harvest",
            ),
            c(
                "the bureau",
                "said",
                [
                    "The food index fell for a third straight month",
                    "with a two-kilogramme packet of maize flour retailing at an average of Sh148, down from Sh171 in June",
                ],
            ),
            c(
                "Treasury CS Amos Kiprono",
                "telling",
                "that the fuel subsidy had “done exactly what it was meant to do” and would remain in place until December",
            ),
            c(
                "Wanjiru Macharia, chief economist at Mvuli Securities",
                "said",
                "“The subsidy is costing the Treasury about Sh9 billion a month, and that money is being borrowed,”",
            ),
            c(
                "she",
                "said",
                "“When it ends, pump prices will jump, and inflation will follow them up,”",
            ),
            c(
                "Eight of 11 economists polled by this newspaper",
                "said",
                "the committee would hold the benchmark rate at 9.5 per cent",
            ),
            c("three", "forecast", "a cut of 25 basis points"),
            c(
                "Governor Halima Osoro",
                "warned",
                "that the bank would not rush to lower rates while the shilling remained under pressure",
            ),
            c(
                "Currency traders",
                "said",
                "that demand for dollars from fuel importers and manufacturers had eased slightly but remained strong",
            ),
            c(
                "A survey of 400 firms by the Lomara Manufacturers Association, published on Monday",
                "found",
                "that 62 per cent expect to raise prices in the next three months, most of them citing transport costs",
            ),
            c("The association", "urged", "the Treasury to extend the fuel subsidy into next year"),
            c(
                None,
                "is expected to",
                ["Parliament", "debate a supplementary budget later this month"],
            ),
        ],
    ),
    article(
        "fresh7-business-copperline-earnings",
        "business",
        "2026-10-22",
        """
Copperline Brands cuts outlook as shoppers trade down

By DANA PRUITT, Business Writer

Copperline Brands lowered its full-year sales forecast Thursday after its frozen-meal business lost ground to cheaper store brands, sending its shares down 11% in morning trading.

The company, which makes Hearthside pot pies, now forecasts organic sales growth of 1% to 2% this year, down from a previous range of 3% to 4%.

Copperline reported third-quarter net income of $84.2 million, or 61 cents a share, down from $97.5 million, or 70 cents, a year earlier. Volumes fell 4.8% in the quarter, the company said, while prices rose 2.1%.

"Shoppers are still buying frozen meals. They're just buying fewer of ours," CEO Marisa Delacroix-Hunt told analysts on a call. "We priced ahead of the market last year, and we're paying for it now."

Delacroix-Hunt said the company would cut prices on about 40 products.

Chief Financial Officer Glen Marsh said he expected commodity costs to ease in the first half of next year.

In a regulatory filing, Copperline said it would close its plant in Rensford, which employs about 310 people, by the middle of next year. A spokesman declined to say whether Rensford workers would be offered other jobs.

Copperline is also weighing a sale of its snack division, according to two people familiar with the matter who asked not to be named.

Analysts were divided. Priya Venkatesh of Harlow & Finch Securities wrote in a note to clients that the price cuts were "the right medicine, but an expensive one," and kept her buy rating on the stock.

"Store brands have closed the quality gap," said Tom Okafor, an analyst at Westbrook Research. "Cutting prices 5% doesn't change that."

The board also declared a quarterly dividend of 42 cents a share.
""",
        [
            c(
                "The company, which makes Hearthside pot pies",
                "forecasts",
                "organic sales growth of 1% to 2% this year, down from a previous range of 3% to 4%",
            ),
            c(
                "Copperline",
                "reported",
                "third-quarter net income of $84.2 million, or 61 cents a share, down from $97.5 million, or 70 cents, a year earlier",
            ),
            c(
                "the company",
                "said",
                ["Volumes fell 4.8% in the quarter", "while prices rose 2.1%"],
            ),
            c(
                "CEO Marisa Delacroix-Hunt",
                "told",
                [
                    '"Shoppers are still buying frozen meals. They\'re just buying fewer of ours,"',
                    '"We priced ahead of the market last year, and we\'re paying for it now."',
                ],
            ),
            c("Delacroix-Hunt", "said", "the company would cut prices on about 40 products"),
            c(
                "Chief Financial Officer Glen Marsh",
                "said",
                "he expected commodity costs to ease in the first half of next year",
            ),
            c(
                "Copperline",
                "said",
                "it would close its plant in Rensford, which employs about 310 people, by the middle of next year",
            ),
            c(
                "two people familiar with the matter who asked not to be named",
                "according to",
                "Copperline is also weighing a sale of its snack division",
            ),
            c(
                "Priya Venkatesh of Harlow & Finch Securities",
                "wrote",
                'that the price cuts were "the right medicine, but an expensive one,"',
            ),
            c(
                "Tom Okafor, an analyst at Westbrook Research",
                "said",
                [
                    '"Store brands have closed the quality gap,"',
                    '"Cutting prices 5% doesn\'t change that."',
                ],
            ),
        ],
    ),
    article(
        "fresh7-business-insurers-merge",
        "business",
        "2026-11-09",
        """
Insurers Northwater and Ashgrove to merge, cutting up to 900 jobs

CARRICK BAY — Two of the country’s mid-sized home and auto insurers, Northwater Mutual and Ashgrove General, announced Monday they will merge in a $3.4-billion deal that the companies say will eliminate up to 900 jobs over two years.

The combined company will take the Northwater name and keep its head office in Carrick Bay, the companies said in a joint statement. Ashgrove’s office in Lindale, where about 650 people work, will close by the end of 2028.

Northwater chief executive Graham Tesfaye, who will lead the merged insurer, said the deal was about “surviving the next 10 years of storms.”

“Claims from wildfire and flooding have doubled since 2019. A bigger balance sheet is the only way to keep premiums anywhere near affordable,” he told reporters on a call.

He would not say which positions would go first, but said most of the cuts would come through retirements and unfilled vacancies.

The union representing about 400 Ashgrove claims adjusters and call-centre staff, Insurance Workers Local 12, said it had not been consulted and would fight to keep the Lindale office open.

“We found out from a press release like everybody else,” said the local’s president, Marie-Ève Gagnon.

Lindale Mayor Doug Petrakis called the closure “a gut punch” for a town of 14,000 and said he had asked both companies to meet with council this month.

The deal must be approved by federal regulators and by Northwater’s policyholders, who will vote at a special meeting in February.

Analysts said regulators were likely to approve the deal but could demand that the companies sell part of their auto book in the western provinces, where together they would hold about a fifth of the market.
""",
        [
            c(
                "Two of the country’s mid-sized home and auto insurers, Northwater Mutual and Ashgrove General",
                "announced",
                "they will merge in a $3.4-billion deal that the companies say will eliminate up to 900 jobs over two years",
            ),
            c(
                "the companies",
                "say",
                ["a $3.4-billion deal", "will eliminate up to 900 jobs over two years"],
            ),
            c(
                "the companies",
                "said",
                "The combined company will take the Northwater name and keep its head office in Carrick Bay",
            ),
            c(
                "Northwater chief executive Graham Tesfaye, who will lead the merged insurer",
                "said",
                "the deal was about “surviving the next 10 years of storms.”",
            ),
            c(
                "he",
                "told",
                "“Claims from wildfire and flooding have doubled since 2019. A bigger balance sheet is the only way to keep premiums anywhere near affordable,”",
            ),
            c(
                "He",
                "said",
                "most of the cuts would come through retirements and unfilled vacancies",
            ),
            c(
                "The union representing about 400 Ashgrove claims adjusters and call-centre staff, Insurance Workers Local 12",
                "said",
                "it had not been consulted and would fight to keep the Lindale office open",
            ),
            c(
                "the local’s president, Marie-Ève Gagnon",
                "said",
                "“We found out from a press release like everybody else,”",
            ),
            c(
                "Lindale Mayor Doug Petrakis",
                "called",
                "the closure “a gut punch” for a town of 14,000",
            ),
            c(
                "Lindale Mayor Doug Petrakis",
                "said",
                "he had asked both companies to meet with council this month",
            ),
            c("he", "had asked", "both companies to meet with council this month"),
            c(
                "Analysts",
                "said",
                "regulators were likely to approve the deal but could demand that the companies sell part of their auto book in the western provinces, where together they would hold about a fifth of the market",
            ),
        ],
    ),
    article(
        "fresh7-courts-dunraith-stabbing",
        "courts",
        "2026-11-17",
        """
Man stabbed neighbour in row over parking space, jury told

A man stabbed his neighbour three times after a long-running feud over a parking space outside their flats in Dunraith, the High Court in Glenmorran has heard.

Craig Lennox, 41, is charged with attempting to murder Stuart McPhail, 56, in Birchgrove Crescent on 14 March last year. He denies the charge and has lodged a special defence of self-defence.

Opening the Crown case on Tuesday, advocate depute Fiona Rutherford told the jury of nine women and six men that the two men had "not exchanged a civil word in years".

"This case is not about a parking space," she said. "It is about what the accused chose to do when he lost his temper."

Mr McPhail's wife, Elaine McPhail, 54, said she had heard shouting shortly after 7pm and ran outside to find her husband slumped against a car, holding his side.

"He kept saying, 'I'm fine, I'm fine,' but there was blood all over his hands," she told the court.

Under cross-examination by defence counsel Alasdair Nairn, she accepted that her husband had a "short fuse", but said he had never raised a hand to anyone.

Mr Nairn told the jury that his client would give evidence and would say he had been attacked first.

The court heard that police found a kitchen knife in a drain near the flats the following morning. A forensic scientist, Dr Kirsty Baird, is expected to give evidence tomorrow about blood found on the blade.

The trial, before Lord Ardrishaig, continues.
""",
        [
            c(None, "told", "Man stabbed neighbour in row over parking space"),
            c(
                None,
                "has heard",
                "A man stabbed his neighbour three times after a long-running feud over a parking space outside their flats in Dunraith",
            ),
            c(
                "advocate depute Fiona Rutherford",
                "told",
                'that the two men had "not exchanged a civil word in years"',
            ),
            c(
                "she",
                "said",
                [
                    '"This case is not about a parking space,"',
                    '"It is about what the accused chose to do when he lost his temper."',
                ],
            ),
            c(
                "Mr McPhail's wife, Elaine McPhail, 54",
                "said",
                "she had heard shouting shortly after 7pm and ran outside to find her husband slumped against a car, holding his side",
            ),
            c(
                "she",
                "told",
                "\"He kept saying, 'I'm fine, I'm fine,' but there was blood all over his hands,\"",
            ),
            c("she", "accepted", 'that her husband had a "short fuse"'),
            c("she", "said", "he had never raised a hand to anyone"),
            c(
                "Mr Nairn",
                "told",
                "that his client would give evidence and would say he had been attacked first",
            ),
            c(
                None,
                "heard",
                "that police found a kitchen knife in a drain near the flats the following morning",
            ),
            c(
                None,
                "is expected to",
                [
                    "A forensic scientist, Dr Kirsty Baird",
                    "give evidence tomorrow about blood found on the blade",
                ],
            ),
        ],
    ),
    article(
        "fresh7-courts-malta-excavation",
        "courts",
        "2026-10-30",
        """
Court orders developer to pay €86,000 for cracked walls next to building site

A developer has been ordered to pay more than €86,000 in damages to a Ħal Mirna couple whose house was left with cracked walls and a sagging staircase after excavation works on the plot next door.

In a judgment delivered on Thursday, Mr Justice Raymond Vella Grech, presiding over the First Hall of the Civil Court, ruled that Kolonna Developments Ltd had failed to shore up the party wall and was responsible for the damage.

Joseph and Rita Spiteri had told the court that cracks appeared within days of the excavation starting in June 2022 and that workers kept digging even after they complained.

The company had argued that the house, built in the 1950s, was already in poor condition and that some of the cracks predated the works. The court rejected that argument.

In her report, a court-appointed architect, Perit Mariella Zammit, found that the cracks followed “the line of the excavation with remarkable precision”. Photographs taken by the couple in 2021, she wrote, showed the walls and staircase intact.

“The defendant company cannot dig a hole next to somebody’s home and then blame the home for falling into it,” the judge wrote.

The court ordered Kolonna to pay the couple €86,340 in damages, plus interest and costs, and to carry out the repairs under an architect’s supervision within six months.

Lawyer Daniel Azzopardi, who appeared for the couple, said they were “relieved it is finally over”, though the house was still not safe to live in.

Kolonna’s lawyer, Dr Christine Falzon, said her client would study the judgment before deciding whether to appeal.

Planning permits show that the block being built next door will have 14 apartments and a basement garage.
""",
        [
            c(
                "Court",
                "orders",
                "developer to pay €86,000 for cracked walls next to building site",
            ),
            c(
                None,
                "has been ordered",
                [
                    "A developer",
                    "to pay more than €86,000 in damages to a Ħal Mirna couple whose house was left with cracked walls and a sagging staircase after excavation works on the plot next door",
                ],
            ),
            c(
                "Mr Justice Raymond Vella Grech",
                "ruled",
                "that Kolonna Developments Ltd had failed to shore up the party wall and was responsible for the damage",
            ),
            c(
                "Joseph and Rita Spiteri",
                "had told",
                "that cracks appeared within days of the excavation starting in June 2022 and that workers kept digging even after they complained",
            ),
            c(
                "The company",
                "had argued",
                "that the house, built in the 1950s, was already in poor condition and that some of the cracks predated the works",
            ),
            c(
                "a court-appointed architect, Perit Mariella Zammit",
                "found",
                "that the cracks followed “the line of the excavation with remarkable precision”",
            ),
            c(
                "she",
                "wrote",
                [
                    "Photographs taken by the couple in 2021",
                    "showed the walls and staircase intact",
                ],
            ),
            c(
                "Photographs taken by the couple in 2021",
                "showed",
                "the walls and staircase intact",
            ),
            c(
                "the judge",
                "wrote",
                "“The defendant company cannot dig a hole next to somebody’s home and then blame the home for falling into it,”",
            ),
            c(
                "The court",
                "ordered",
                "Kolonna to pay the couple €86,340 in damages, plus interest and costs, and to carry out the repairs under an architect’s supervision within six months",
            ),
            c(
                "Lawyer Daniel Azzopardi, who appeared for the couple",
                "said",
                "they were “relieved it is finally over”, though the house was still not safe to live in",
            ),
            c(
                "Kolonna’s lawyer, Dr Christine Falzon",
                "said",
                "her client would study the judgment before deciding whether to appeal",
            ),
            c(
                "Planning permits",
                "show",
                "that the block being built next door will have 14 apartments and a basement garage",
            ),
        ],
    ),
    article(
        "fresh7-council-westmoor-bins",
        "council",
        "2026-11-12",
        """
Three-weekly bin collections approved despite 4,000-name petition

Black-bin rubbish in Westmoor will be collected every three weeks instead of every fortnight from April after councillors backed the change by 23 votes to 17 on Wednesday night.

A report by council officers said the move would save about £1.1m a year and lift the district's recycling rate above 55 per cent for the first time, because households would put more in their green and food bins.

Cllr Harriet Okonjo, the cabinet member for environment, told the meeting that neighbouring authorities which had made the switch had seen "no rise at all" in fly-tipping.

"Nobody enjoys changes to their bins," she said. "But we are paying to bury things that could be recycled, and the landfill tax goes up every year."

Opposition leader Cllr Peter Vause said the council was "balancing its books on the doorsteps of families with nappies" and called on the cabinet to delay the change for a year.

A petition against the plan, signed by 4,112 residents and presented by Sandra Mell of Hollins Lane, called on the council to keep fortnightly collections and hold a public consultation.

Mrs Mell told councillors she had a disabled son whose medical waste filled a bin "in a week, never mind three".

Officers said households with medical needs, and large families, could apply for a bigger bin or extra collections free of charge.

Minutes of a scrutiny committee meeting in September show that members had asked officers to model the cost of clearing fly-tipping, but no such figure appeared in Wednesday's report.

Asked why, Cllr Okonjo said the modelling was "still being finalised" and would be published before April.

Two independent councillors abstained.
""",
        [
            c(
                "A report by council officers",
                "said",
                "the move would save about £1.1m a year and lift the district's recycling rate above 55 per cent for the first time, because households would put more in their green and food bins",
            ),
            c(
                "Cllr Harriet Okonjo, the cabinet member for environment",
                "told",
                'that neighbouring authorities which had made the switch had seen "no rise at all" in fly-tipping',
            ),
            c(
                "she",
                "said",
                [
                    '"Nobody enjoys changes to their bins,"',
                    '"But we are paying to bury things that could be recycled, and the landfill tax goes up every year."',
                ],
            ),
            c(
                "Opposition leader Cllr Peter Vause",
                "said",
                'the council was "balancing its books on the doorsteps of families with nappies"',
            ),
            c(
                "Opposition leader Cllr Peter Vause",
                "called on",
                "the cabinet to delay the change for a year",
            ),
            c(
                "A petition against the plan, signed by 4,112 residents and presented by Sandra Mell of Hollins Lane",
                "called on",
                "the council to keep fortnightly collections and hold a public consultation",
            ),
            c(
                "Mrs Mell",
                "told",
                'she had a disabled son whose medical waste filled a bin "in a week, never mind three"',
            ),
            c(
                "Officers",
                "said",
                "households with medical needs, and large families, could apply for a bigger bin or extra collections free of charge",
            ),
            c(
                "Minutes of a scrutiny committee meeting in September",
                "show",
                "that members had asked officers to model the cost of clearing fly-tipping",
            ),
            c("members", "had asked", "officers to model the cost of clearing fly-tipping"),
            c(
                "Cllr Okonjo",
                "said",
                'the modelling was "still being finalised" and would be published before April',
            ),
        ],
    ),
    article(
        "fresh7-press-release-lumora-center",
        "press-release",
        "2026-10-20",
        """
Lumora Health Opens $48 Million Children's Behavioral Health Center

FAIRHAVEN BLUFFS, Oct. 20, 2026 /Keystone Newswire/ -- Lumora Health, a nonprofit system of four hospitals and 31 clinics, today announced the opening of the Calloway Family Center for Children's Behavioral Health, the region's first facility dedicated to mental health care for patients aged 5 to 17.

The 60-bed center, which includes a 12-bed crisis stabilization unit and an outpatient clinic, is expected to serve more than 5,000 children and teenagers a year.

"For too long, families in our region have had to drive three or four hours to get a child the help they need," said Dr. Anita Sorensen-Reyes, president and chief executive officer of Lumora Health. "Today that changes."

According to the state's most recent youth health survey, nearly one in five high school students in the Lumora service area said they had seriously considered suicide in the past year.

The center's medical director, Dr. Kwame Oduya, said the crisis unit would be staffed around the clock and that most stays were expected to last three to five days.

The center was funded in part by a $15 million gift from Harold and Joan Calloway.

"Our grandson waited 11 days for a psychiatric bed," Joan Calloway said. "No family should go through that, and with this building, fewer will."

Lumora said it had hired 142 staff for the center, including 18 psychiatrists, and would begin accepting referrals from pediatricians and schools on Nov. 3.

Lumora urges parents worried about a child in crisis to call the regional crisis line at 555-0142 rather than wait for an appointment.

About Lumora Health

Lumora Health, founded in 1911, is a nonprofit health system serving 1.2 million people across the Fairhaven Valley.

Media Contact: Jordan Whitlock, 555-0187, media@lumorahealth.example
""",
        [
            c(
                "Lumora Health, a nonprofit system of four hospitals and 31 clinics",
                "announced",
                "the opening of the Calloway Family Center for Children's Behavioral Health, the region's first facility dedicated to mental health care for patients aged 5 to 17",
            ),
            c(
                None,
                "is expected to",
                [
                    "The 60-bed center, which includes a 12-bed crisis stabilization unit and an outpatient clinic",
                    "serve more than 5,000 children and teenagers a year",
                ],
            ),
            c(
                "Dr. Anita Sorensen-Reyes, president and chief executive officer of Lumora Health",
                "said",
                [
                    '"For too long, families in our region have had to drive three or four hours to get a child the help they need,"',
                    '"Today that changes."',
                ],
            ),
            c(
                "the state's most recent youth health survey",
                "According to",
                "nearly one in five high school students in the Lumora service area said they had seriously considered suicide in the past year",
            ),
            c(
                "nearly one in five high school students in the Lumora service area",
                "said",
                "they had seriously considered suicide in the past year",
            ),
            c(
                "The center's medical director, Dr. Kwame Oduya",
                "said",
                "the crisis unit would be staffed around the clock and that most stays were expected to last three to five days",
            ),
            c(
                "Joan Calloway",
                "said",
                [
                    '"Our grandson waited 11 days for a psychiatric bed,"',
                    '"No family should go through that, and with this building, fewer will."',
                ],
            ),
            c(
                "Lumora",
                "said",
                "it had hired 142 staff for the center, including 18 psychiatrists, and would begin accepting referrals from pediatricians and schools on Nov. 3",
            ),
            c(
                "Lumora",
                "urges",
                "parents worried about a child in crisis to call the regional crisis line at 555-0142 rather than wait for an appointment",
            ),
        ],
    ),
    article(
        "fresh7-science-fungicide-bees",
        "science",
        "2026-11-04",
        """
Common fungicide leaves bumblebees “forgetful”, study finds

Bumblebees exposed to a fungicide sprayed on oilseed rape took almost twice as long to learn which flowers held nectar, researchers have found, raising questions about chemicals thought safe for pollinators.

The team, from the University of Harrowfield, fed colonies sugar water laced with traces of the fungicide, dexaprozole, at levels they say are common in the nectar of treated crops.

Writing in the Journal of Pollinator Biology, they report that exposed bees made 38 per cent more visits to empty flowers and brought a fifth less food back to the nest.

“It’s as if they can’t hold on to what they learned yesterday,” said Dr Aoife Brennan, the ecologist who led the study. “A bee that forgets where the food is goes hungry, and so does her colony.”

Brennan said regulators should test fungicides for effects on learning and memory, not only for whether they kill bees outright.

Other scientists urged caution. Prof Martin Achterberg, who studies bees at Lindqvist University and was not involved in the research, said the experiment was “carefully done” but had used bees kept in indoor cages.

“Wild bees have a lot more flowers to choose from,” he said. “I’d want to see this in a field first.”

Dr Sunita Raghavan, of the charity the Pollinator Trust, said the findings fitted a pattern. “We keep looking for the chemical that kills bees, while the ones that quietly weaken them go unexamined,” she said.

The manufacturer, Veltris Crop Science, said in a statement that dexaprozole had passed “all required safety assessments” and that the study’s doses did not reflect conditions in the field.

The government’s chemicals regulator is understood to be reviewing the evidence ahead of an assessment due next spring.
""",
        [
            c("study", "finds", "Common fungicide leaves bumblebees “forgetful”"),
            c(
                "researchers",
                "have found",
                "Bumblebees exposed to a fungicide sprayed on oilseed rape took almost twice as long to learn which flowers held nectar",
            ),
            c("they", "say", ["levels", "are common in the nectar of treated crops"]),
            c(
                "they",
                "report",
                "that exposed bees made 38 per cent more visits to empty flowers and brought a fifth less food back to the nest",
            ),
            c(
                "Dr Aoife Brennan, the ecologist who led the study",
                "said",
                [
                    "“It’s as if they can’t hold on to what they learned yesterday,”",
                    "“A bee that forgets where the food is goes hungry, and so does her colony.”",
                ],
            ),
            c(
                "Brennan",
                "said",
                "regulators should test fungicides for effects on learning and memory, not only for whether they kill bees outright",
            ),
            c(
                "Prof Martin Achterberg, who studies bees at Lindqvist University and was not involved in the research",
                "said",
                "the experiment was “carefully done” but had used bees kept in indoor cages",
            ),
            c(
                "he",
                "said",
                [
                    "“Wild bees have a lot more flowers to choose from,”",
                    "“I’d want to see this in a field first.”",
                ],
            ),
            c(
                "Dr Sunita Raghavan, of the charity the Pollinator Trust",
                "said",
                "the findings fitted a pattern",
            ),
            c(
                "she",
                "said",
                "“We keep looking for the chemical that kills bees, while the ones that quietly weaken them go unexamined,”",
            ),
            c(
                "The manufacturer, Veltris Crop Science",
                "said",
                "that dexaprozole had passed “all required safety assessments” and that the study’s doses did not reflect conditions in the field",
            ),
            c(
                None,
                "is understood to",
                [
                    "The government’s chemicals regulator",
                    "be reviewing the evidence ahead of an assessment due next spring",
                ],
            ),
        ],
    ),
    article(
        "fresh7-sport-ashby-corrington",
        "sport",
        "2026-10-24",
        """
Ashby Vale 2-2 Corrington Athletic: Pereira penalty rescues point for ten-man Vale

Ashby Vale manager Lee Marwood insisted his side "deserved more than a point" after a stoppage-time penalty from substitute Jonah Pereira earned ten-man Vale a 2-2 draw at Mill Road on Saturday.

Corrington looked set for a third straight away win after goals either side of half-time from Dan Rooksby and Kwesi Mensah-Hale, but referee Gareth Pym awarded a penalty in the 93rd minute when Pereira was tripped by goalkeeper Tom Allardyce.

Vale had been reduced to ten men on 58 minutes when captain Ryan Sheard was shown a second yellow card for dissent.

"The lads showed what this club is about," Marwood said. "Down to ten, two goals behind, and they never stopped running.

"I thought the second yellow was harsh. Ryan said something he shouldn't have, but you see worse every week and nobody gets sent off for it."

Marwood said he would not appeal against the red card but confirmed that Sheard would miss Tuesday's trip to Eastbridge.

Corrington boss Sandra Koval, whose side sit fourth, was less happy with the penalty. "It's a soft one. Tom gets a hand to the ball first, I'm sure of it," she told reporters. "But we should have been out of sight by then, so I'm not blaming the referee."

Koval said striker Rooksby had felt his hamstring in the warm-up and was "50-50" for Tuesday.

Vale's top scorer, Callum Brightwell, missed the game with an ankle injury and is expected to be out for at least another three weeks.

Pereira, 19, who came through the club's academy, is understood to have attracted interest from two clubs in the division above. Asked about the teenager's future, Marwood said: "He's going nowhere. He's ours."
""",
        [
            c(
                "Ashby Vale manager Lee Marwood",
                "insisted",
                'his side "deserved more than a point"',
            ),
            c(
                "Marwood",
                "said",
                [
                    '"The lads showed what this club is about,"',
                    '"Down to ten, two goals behind, and they never stopped running.',
                    '"I thought the second yellow was harsh. Ryan said something he shouldn\'t have, but you see worse every week and nobody gets sent off for it."',
                ],
            ),
            c("Marwood", "said", "he would not appeal against the red card"),
            c("Marwood", "confirmed", "that Sheard would miss Tuesday's trip to Eastbridge"),
            c(
                "she",
                "told",
                [
                    "\"It's a soft one. Tom gets a hand to the ball first, I'm sure of it,\"",
                    '"But we should have been out of sight by then, so I\'m not blaming the referee."',
                ],
            ),
            c(
                "Koval",
                "said",
                'striker Rooksby had felt his hamstring in the warm-up and was "50-50" for Tuesday',
            ),
            c(
                None,
                "is expected to",
                ["Vale's top scorer, Callum Brightwell", "be out for at least another three weeks"],
            ),
            c(
                None,
                "is understood to",
                [
                    "Pereira, 19, who came through the club's academy",
                    "have attracted interest from two clubs in the division above",
                ],
            ),
            c("Marwood", "said", "\"He's going nowhere. He's ours.\""),
        ],
    ),
    article(
        "fresh7-opinion-dunmere-maternity",
        "opinion",
        "2026-11-26",
        """
The Herald’s view: Dunmere’s mothers deserve more than a consultation

When Glenarden Health Board announced in June that it would “temporarily” move births from Dunmere General to the city hospital 40 miles away, it promised the change would last no longer than six months.

A paper for the board’s meeting next week recommends that Dunmere’s midwife-led service be made permanent and that consultant-led births stay in the city “for the foreseeable future”.

The board says the decision is about safety, not money. Its medical director, Dr Ewan Strachan, told this newspaper that the unit had struggled to fill rotas and that a service “held together with locums” was not one he would let his family use.

We take that seriously. Nobody wants mothers and babies put at risk to save a building.

But the board has not made that case in public. It has declined to publish the staffing figures it says justify the change.

A survey by the campaign group Dunmere Maternity Voices found that 71 of 96 women who gave birth since June had travelled more than an hour in labour, and that nine had given birth at the roadside or in an ambulance.

We said in March, when rumours of the move surfaced, that the board would be judged on whether it was honest with the families it serves.

The health secretary, Fiona Drummond-Lyle, told parliament that no decision on Dunmere would be taken “without the full involvement of the local community”. A six-week consultation opening before Christmas is not that.

More than 200 parents marched through the town. Their petition calls on the board to restore consultant-led births by the spring.

The board should publish its staffing figures now and extend the consultation into February. Ms Drummond-Lyle should make clear that she meant what she said.
""",
        [
            c(
                "Glenarden Health Board",
                "announced",
                "that it would “temporarily” move births from Dunmere General to the city hospital 40 miles away",
            ),
            c("it", "promised", "the change would last no longer than six months"),
            c(
                "A paper for the board’s meeting next week",
                "recommends",
                "that Dunmere’s midwife-led service be made permanent and that consultant-led births stay in the city “for the foreseeable future”",
            ),
            c("The board", "says", "the decision is about safety, not money"),
            c(
                "Its medical director, Dr Ewan Strachan",
                "told",
                "that the unit had struggled to fill rotas and that a service “held together with locums” was not one he would let his family use",
            ),
            c("it", "says", ["the staffing figures", "justify the change"]),
            c(
                "A survey by the campaign group Dunmere Maternity Voices",
                "found",
                "that 71 of 96 women who gave birth since June had travelled more than an hour in labour, and that nine had given birth at the roadside or in an ambulance",
            ),
            c(
                "We",
                "said",
                "that the board would be judged on whether it was honest with the families it serves",
            ),
            c(
                "The health secretary, Fiona Drummond-Lyle",
                "told",
                "that no decision on Dunmere would be taken “without the full involvement of the local community”",
            ),
            c(
                "Their petition",
                "calls on",
                "the board to restore consultant-led births by the spring",
            ),
        ],
    ),
]
