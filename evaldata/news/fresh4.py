"""A fourth held-out set of invented news articles and their attributions, written as strings.

Written on 2026-12-05 blind to claimx's rules (the annotator neither ran claimx nor read its
source, its tests or articles.py) and never to be used for tuning: it is a held-out set that
measures how the rules and models generalise to articles nobody looked at while writing them.
Every article, person, organisation, place and quotation here is invented (MIT, like the
project). ``build.py --set fresh4`` turns these into ``fresh4.jsonl`` with exact spans; the
conventions are in docs/evaldata-news.md.
"""

# ruff: noqa: E501 (article text: one paragraph a line)
from __future__ import annotations

from typing import Any

from articles import article, c, qa  # noqa: F401 (no Q&A article in this set)

ARTICLES: list[dict[str, Any]] = [
    article(
        "fresh4-wire-vestria-rail-strike",
        "wire",
        "2026-11-03",
        """
Vestria's rail workers strike over pay, halting most trains, union says

KORVIK, Nov 3 (Meridian News) - Most passenger and freight trains across Vestria stood still on Tuesday as thousands of rail workers walked out in a dispute over pay, the national rail workers' union said.

The Federation of Rail Employees (FRE) said about 14,000 of its members had joined the 48-hour stoppage. It is the first national rail strike in the country since 2011.

State operator Vestrail put the number of strikers at closer to 9,000 and said it was running about one train in five on the main intercity lines.

"We have been patient for three years, and patience has not paid our rent," FRE general secretary Maren Holt told a rally outside the central station in Korvik. "The government knows what it would take to end this."

Transport Minister Aurel Danek called the strike "irresponsible" and said the government's offer of a 4.5 percent rise over two years remained on the table. The union is demanding 9 percent.

Commuters in Korvik crowded onto buses and trams, and the city's transport authority urged people who could work from home to do so on Wednesday.

Talks between the two sides are expected to resume on Thursday, according to a government official who was not authorised to speak to the media.

Freight operators warned that stocks of fuel at some inland depots could run low if the strike were extended. Vestrail said it had no plans to take the union to court.

Holt declined to say whether further stoppages were planned.
""",
        [
            c("union", "says", "Vestria's rail workers strike over pay, halting most trains"),
            c(
                "the national rail workers' union",
                "said",
                "Most passenger and freight trains across Vestria stood still on Tuesday as thousands of rail workers walked out in a dispute over pay",
            ),
            c(
                "The Federation of Rail Employees (FRE)",
                "said",
                "about 14,000 of its members had joined the 48-hour stoppage",
            ),
            c("State operator Vestrail", "put", "the number of strikers at closer to 9,000"),
            c(
                "State operator Vestrail",
                "said",
                "it was running about one train in five on the main intercity lines",
            ),
            c(
                "FRE general secretary Maren Holt",
                "told",
                [
                    '"We have been patient for three years, and patience has not paid our rent,"',
                    '"The government knows what it would take to end this."',
                ],
            ),
            c("Transport Minister Aurel Danek", "called", 'the strike "irresponsible"'),
            c(
                "Transport Minister Aurel Danek",
                "said",
                "the government's offer of a 4.5 percent rise over two years remained on the table",
            ),
            c("The union", "is demanding", "9 percent"),
            c(
                "the city's transport authority",
                "urged",
                "people who could work from home to do so on Wednesday",
            ),
            c(
                "a government official who was not authorised to speak to the media",
                "according to",
                "Talks between the two sides are expected to resume on Thursday",
            ),
            c(
                "Freight operators",
                "warned",
                "that stocks of fuel at some inland depots could run low if the strike were extended",
            ),
            c("Vestrail", "said", "it had no plans to take the union to court"),
        ],
    ),
    article(
        "fresh4-release-castellane-recall",
        "press-release",
        "2026-10-14",
        """
Castellane Foods Recalls Two Batches of Golden Oat Crackers as a Precaution

BRESSANT, October 14, 2026 /MarketWire Europe/ -- Castellane Foods, the family-owned bakery group, today announced a voluntary recall of two batches of its Golden Oat crackers after routine testing found that the crackers may contain traces of sesame, which is not declared on the label.

The affected packs are 200-gram boxes with best-before dates of 12 and 19 February 2027 and batch codes GO-4471 and GO-4472. No other Castellane products are affected, the company said.

Customers who have bought the affected crackers are asked not to eat them if they have a sesame allergy and to return them to the store where they were bought for a full refund.

"The safety of the people who eat our food comes before everything else," said Hélène Marchetti, chief executive of Castellane Foods. "We are sorry for the worry this will cause, and we are working with our flour supplier to find out how this happened."

Marchetti said the recall would cost the company "well under" 200,000 euros.

The company said it had informed the National Food Standards Agency, which has published a notice on its website. According to the agency, one person who ate the crackers has needed treatment for a mild allergic reaction.

Castellane Foods will not be making further comment while its investigation continues. Customers with questions can call the Castellane helpline on 0800 555 0142, open 8 a.m. to 8 p.m. every day.

About Castellane Foods

Founded in 1962 in Bressant, Castellane Foods makes crackers, biscuits and breads sold in 14 countries. It employs 1,300 people.

Media contact: Luc Ferrand, press@castellane.example
""",
        [
            c(
                "Castellane Foods, the family-owned bakery group",
                "announced",
                "a voluntary recall of two batches of its Golden Oat crackers after routine testing found that the crackers may contain traces of sesame, which is not declared on the label",
            ),
            c(
                "routine testing",
                "found",
                "that the crackers may contain traces of sesame, which is not declared on the label",
            ),
            c("the company", "said", "No other Castellane products are affected"),
            c(
                None,
                "are asked",
                [
                    "Customers who have bought the affected crackers",
                    "not to eat them if they have a sesame allergy and to return them to the store where they were bought for a full refund",
                ],
            ),
            c(
                "Hélène Marchetti, chief executive of Castellane Foods",
                "said",
                [
                    '"The safety of the people who eat our food comes before everything else,"',
                    '"We are sorry for the worry this will cause, and we are working with our flour supplier to find out how this happened."',
                ],
            ),
            c("Marchetti", "said", 'the recall would cost the company "well under" 200,000 euros'),
            c(
                "The company",
                "said",
                "it had informed the National Food Standards Agency, which has published a notice on its website",
            ),
            c(
                "the agency",
                "According to",
                "one person who ate the crackers has needed treatment for a mild allergic reaction",
            ),
        ],
    ),
    article(
        "fresh4-courts-care-home-theft",
        "courts",
        "2026-09-22",
        """
Care home manager who stole £48,000 from residents jailed for three years

A former care home manager who took more than £48,000 from the bank accounts of elderly residents has been jailed for three years.

Denise Carrow, 52, of Ashby Lane, Wetherfield, pleaded guilty at Hallowmere Crown Court to fraud by abuse of position and to theft between 2021 and 2024.

The court heard that Carrow used bank cards belonging to six residents of Brookside House, where she had worked for 11 years, to withdraw cash and pay for holidays and a car.

Prosecutor Imran Qadir said the thefts came to light when the daughter of one resident, a 91-year-old retired teacher, noticed payments to a travel agency on her mother's statement.

"These were people who trusted her with everything, including their dignity," Mr Qadir told the court.

In a statement read to the court, the daughter, Gwen Ashdown, said the discovery had left her mother "frightened of her own front door".

Defending, Oliver Brandt said his client had fallen into serious debt after her husband's business collapsed and was "deeply ashamed". He told the court she had repaid £9,000 and had sold her car.

Sentencing her, Judge Patricia Lowell said Carrow had carried out "a calculated and prolonged betrayal" of people who could not protect themselves. The judge ordered that Carrow be barred from working with vulnerable adults. A hearing to recover the remaining money will take place in January.

Brookside House's owner, Evergreen Living, said it had since changed the way residents' money was handled and had apologised to the families.

Carrow's former colleagues are understood to have raised concerns about her spending in 2023, but no action was taken. Evergreen Living did not respond when asked about the claim.
""",
        [
            c(
                None,
                "heard",
                "that Carrow used bank cards belonging to six residents of Brookside House, where she had worked for 11 years, to withdraw cash and pay for holidays and a car",
            ),
            c(
                "Prosecutor Imran Qadir",
                "said",
                "the thefts came to light when the daughter of one resident, a 91-year-old retired teacher, noticed payments to a travel agency on her mother's statement",
            ),
            c(
                "Mr Qadir",
                "told",
                '"These were people who trusted her with everything, including their dignity,"',
            ),
            c(
                "the daughter, Gwen Ashdown",
                "said",
                'the discovery had left her mother "frightened of her own front door"',
            ),
            c(
                "Oliver Brandt",
                "said",
                'his client had fallen into serious debt after her husband\'s business collapsed and was "deeply ashamed"',
            ),
            c("He", "told", "she had repaid £9,000 and had sold her car"),
            c(
                "Judge Patricia Lowell",
                "said",
                'Carrow had carried out "a calculated and prolonged betrayal" of people who could not protect themselves',
            ),
            c(
                "The judge",
                "ordered",
                "that Carrow be barred from working with vulnerable adults",
            ),
            c(
                "Brookside House's owner, Evergreen Living",
                "said",
                "it had since changed the way residents' money was handled and had apologised to the families",
            ),
            c(
                None,
                "are understood to",
                ["Carrow's former colleagues", "have raised concerns about her spending in 2023"],
            ),
        ],
    ),
    article(
        "fresh4-courts-dunmore-wells-appeal",
        "courts",
        "2026-11-18",
        """
Appeals court revives residents' lawsuit over tainted wells in Dunmore County

By Carla Jimenez-Watts

ST. AUDREY — A state appeals court on Tuesday revived a lawsuit brought by more than 200 Dunmore County residents who say a fertilizer plant contaminated their drinking wells, overturning a lower court's decision to throw the case out.

In a 2-1 decision, the Fourth District Court of Appeals found that the trial judge had been wrong to rule that the residents waited too long to sue.

"The residents could not have known what was in their water until the state tested it in 2023," Judge Ramona Ellery wrote for the majority.

In a dissent, Judge Paul Whitcombe wrote that the residents had been warned about the plant's discharges at public meetings as early as 2019.

The plant's owner, Harrow Agrichem, said in a statement that it was "disappointed" by the ruling and was considering an appeal to the state Supreme Court. The company has said that its discharges were within the limits of its permit.

Tests by the state Department of Environmental Quality found that 38 private wells near the plant had nitrate levels up to four times the federal limit, according to court filings.

"My kids drank that water for six years," said Lorna Pickett, one of the plaintiffs, who lives about a mile from the plant. "Nobody ever told us a thing."

The residents' attorney, Samuel Okonjo, said he expected the case to go to trial next year. He is asking for the company to pay for new wells and for medical monitoring of the families.

A spokesman for the Department of Environmental Quality declined to comment on the ruling.
""",
        [
            c(
                "more than 200 Dunmore County residents",
                "say",
                "a fertilizer plant contaminated their drinking wells",
            ),
            c(
                "the Fourth District Court of Appeals",
                "found",
                "that the trial judge had been wrong to rule that the residents waited too long to sue",
            ),
            c("the trial judge", "rule", "that the residents waited too long to sue"),
            c(
                "Judge Ramona Ellery",
                "wrote",
                '"The residents could not have known what was in their water until the state tested it in 2023,"',
            ),
            c(
                "Judge Paul Whitcombe",
                "wrote",
                "that the residents had been warned about the plant's discharges at public meetings as early as 2019",
            ),
            c(
                "The plant's owner, Harrow Agrichem",
                "said",
                'that it was "disappointed" by the ruling and was considering an appeal to the state Supreme Court',
            ),
            c(
                "The company",
                "has said",
                "that its discharges were within the limits of its permit",
            ),
            c(
                "Tests by the state Department of Environmental Quality",
                "found",
                "that 38 private wells near the plant had nitrate levels up to four times the federal limit",
            ),
            c(
                "court filings",
                "according to",
                "Tests by the state Department of Environmental Quality found that 38 private wells near the plant had nitrate levels up to four times the federal limit",
            ),
            c(
                "Lorna Pickett, one of the plaintiffs, who lives about a mile from the plant",
                "said",
                ['"My kids drank that water for six years,"', '"Nobody ever told us a thing."'],
            ),
            c(
                "The residents' attorney, Samuel Okonjo",
                "said",
                "he expected the case to go to trial next year",
            ),
            c(
                "He",
                "is asking for",
                "the company to pay for new wells and for medical monitoring of the families",
            ),
        ],
    ),
    article(
        "fresh4-council-kestrel-bay-parking",
        "council",
        "2026-10-07",
        """
Paid parking plan for Kestrel Bay foreshore dumped after backlash

Plans to introduce paid parking along the Kestrel Bay foreshore have been shelved after more than 1,800 residents signed a petition against them.

Wandara Shire councillors voted 7-2 on Tuesday night to abandon the proposal, which would have charged visitors $4 an hour between October and April.

Council officers had estimated the scheme would raise about $650,000 a year for foreshore maintenance.

The petition, organised by the Kestrel Bay Progress Association, argued that the fees would push beach-goers into the narrow residential streets behind the foreshore.

"People were going to park across our driveways to save four dollars," association president Gary Nolan told the meeting. "This was never going to raise the money they said it would."

Mayor Kirsten Doyle, who supported the scheme, said the council would now have to find the money for new toilets and a boardwalk elsewhere in its budget. She warned that rates could rise if state funding did not come through.

Cr Hamish Tran, who moved the motion to drop the plan, said the foreshore belonged to everyone.

"We should not be putting a price on a swim," he said.

Councillors also asked the chief executive to report back by February on other ways of paying for foreshore works, including a grant from the state's coastal fund.

Local businesses had been split on the plan. The owner of the Foreshore Kiosk, Mei Larkin, said weekend trade had fallen when a trial of the fees ran in 2024. Several other traders are said to have backed the scheme privately.
""",
        [
            c(
                "Council officers",
                "had estimated",
                "the scheme would raise about $650,000 a year for foreshore maintenance",
            ),
            c(
                "The petition, organised by the Kestrel Bay Progress Association",
                "argued",
                "that the fees would push beach-goers into the narrow residential streets behind the foreshore",
            ),
            c(
                "association president Gary Nolan",
                "told",
                [
                    '"People were going to park across our driveways to save four dollars,"',
                    '"This was never going to raise the money they said it would."',
                ],
            ),
            c(
                "Mayor Kirsten Doyle, who supported the scheme",
                "said",
                "the council would now have to find the money for new toilets and a boardwalk elsewhere in its budget",
            ),
            c("She", "warned", "that rates could rise if state funding did not come through"),
            c(
                "Cr Hamish Tran, who moved the motion to drop the plan",
                "said",
                "the foreshore belonged to everyone",
            ),
            c("he", "said", '"We should not be putting a price on a swim,"'),
            c(
                "Councillors",
                "asked",
                "the chief executive to report back by February on other ways of paying for foreshore works, including a grant from the state's coastal fund",
            ),
            c(
                "The owner of the Foreshore Kiosk, Mei Larkin",
                "said",
                "weekend trade had fallen when a trial of the fees ran in 2024",
            ),
            c(
                None,
                "are said to",
                ["Several other traders", "have backed the scheme privately"],
            ),
        ],
    ),
    article(
        "fresh4-opinion-halden-libraries",
        "opinion",
        "2026-11-25",
        """
Closing Halden's branch libraries would save little and cost a great deal

By Ruth Abernathy

The city's finance committee says closing four of Halden's nine branch libraries will save 1.2 million crowns a year. I have read its report twice, and I cannot find that number anywhere in it.

What the report does say is that the four branches had 310,000 visits last year, more than the city's two swimming pools combined. It also shows that the branches cost less to run per visit than any other service the culture department provides.

Deputy mayor Anders Volk told this newspaper last month that the closures were "a hard choice, but the only responsible one." He has also promised that no librarian will lose their job.

Both things cannot be true. If the staff stay, the savings shrink to almost nothing; the committee's own appendix puts the cost of the staff at 940,000 crowns.

I wrote in this column two years ago that Halden was treating its libraries as a luxury. I was wrong. It is treating them as a cushion, something to cut first and mourn later.

Parents in Nordby, where one branch would close, have collected 4,000 signatures in a week. One of them, a school cleaner named Tove Ring, told me her children had done every piece of homework at the library because the flat had no quiet room.

"Where do they go now?" she asked.

The council votes on December 9. Councillors should ask the finance committee to show its arithmetic before they vote, and they should vote no until it does.

Ruth Abernathy writes about the city every Wednesday.
""",
        [
            c(
                "The city's finance committee",
                "says",
                "closing four of Halden's nine branch libraries will save 1.2 million crowns a year",
            ),
            c(
                "the report",
                "does say",
                "that the four branches had 310,000 visits last year, more than the city's two swimming pools combined",
            ),
            c(
                "It",
                "shows",
                "that the branches cost less to run per visit than any other service the culture department provides",
            ),
            c(
                "Deputy mayor Anders Volk",
                "told",
                'that the closures were "a hard choice, but the only responsible one."',
            ),
            c("He", "promised", "that no librarian will lose their job"),
            c(
                "the committee's own appendix",
                "puts",
                "the cost of the staff at 940,000 crowns",
            ),
            c("I", "wrote", "that Halden was treating its libraries as a luxury"),
            c(
                "One of them, a school cleaner named Tove Ring",
                "told",
                "her children had done every piece of homework at the library because the flat had no quiet room",
            ),
        ],
    ),
    article(
        "fresh4-live-saranto-wildfire",
        "live-blog",
        "2026-08-16",
        """
Live: Wildfire above Saranto forces evacuations – latest updates

18:42

The regional civil protection agency says the fire has now burned about 3,400 hectares and is moving north-east towards the village of Ostelli. Residents of Ostelli have been told to leave by 20:00.

18:15

Our reporter at the evacuation centre in the Saranto sports hall, Dario Mencaroni, says about 600 people have arrived so far. Volunteers are handing out water and camp beds.

17:50

Regional president Carla Benedetti has just spoken to reporters. Key points:

- She says two firefighters have been treated in hospital for smoke inhalation; neither is seriously hurt.

- Four water-bombing aircraft are in the air, and two more are due from the national fleet, she says.

- She says she will ask the government to declare a state of emergency in the province.

17:20

Police have closed the SP41 road between Saranto and Ostelli. According to the traffic police, the detour via Montebrune adds about 40 minutes.

16:55

A farmer in Ostelli, Pietro Gallana, told us the flames had reached the edge of his olive grove within an hour of the first smoke. "I have never seen wind like it," he said. "We took the dog and the papers and we drove."

16:30

The cause of the fire is not yet known. Local media are reporting that it started near a rubbish dump outside Saranto, but the fire service says it is too early to tell.

16:05

Welcome to our live coverage of the wildfire burning in the hills above Saranto. The fire broke out shortly after midday, and firefighters say strong winds are making it hard to contain.
""",
        [
            c(
                "The regional civil protection agency",
                "says",
                "the fire has now burned about 3,400 hectares and is moving north-east towards the village of Ostelli",
            ),
            c(None, "have been told", ["Residents of Ostelli", "to leave by 20:00"]),
            c(
                "Our reporter at the evacuation centre in the Saranto sports hall, Dario Mencaroni",
                "says",
                "about 600 people have arrived so far",
            ),
            c(
                "She",
                "says",
                "two firefighters have been treated in hospital for smoke inhalation; neither is seriously hurt",
            ),
            c(
                "she",
                "says",
                "Four water-bombing aircraft are in the air, and two more are due from the national fleet",
            ),
            c(
                "She",
                "says",
                "she will ask the government to declare a state of emergency in the province",
            ),
            c(
                "the traffic police",
                "According to",
                "the detour via Montebrune adds about 40 minutes",
            ),
            c(
                "A farmer in Ostelli, Pietro Gallana",
                "told",
                "the flames had reached the edge of his olive grove within an hour of the first smoke",
            ),
            c(
                "he",
                "said",
                [
                    '"I have never seen wind like it,"',
                    '"We took the dog and the papers and we drove."',
                ],
            ),
            c(
                "Local media",
                "are reporting",
                "that it started near a rubbish dump outside Saranto",
            ),
            c("the fire service", "says", "it is too early to tell"),
            c("firefighters", "say", "strong winds are making it hard to contain"),
        ],
    ),
    article(
        "fresh4-business-brennmark-profit",
        "business",
        "2026-10-29",
        """
Brennmark Shipping profit halves as freight rates slide

OSLAND, Oct 29 — Brennmark Shipping, the Osland-based container line, on Thursday reported a 51 percent fall in third-quarter net profit, to 212 million dollars, as freight rates fell back from last year's highs.

Analysts polled by Nordic Market Data had forecast a profit of about 260 million dollars.

The company now forecasts full-year operating profit of between 900 million and 1 billion dollars, down from a previous range of 1.1 billion to 1.3 billion dollars.

"The market has normalised faster than we expected," chief executive Ingrid Solheim said on a call with analysts. "We are not going to chase volume at any price."

Solheim said the company would delay delivery of four new vessels ordered in 2024 and would review its routes to West Africa, but she ruled out job cuts this year.

Shares in Brennmark fell 6.2 percent in Osland trading, their steepest one-day drop since March. One analyst, Tomas Eklund of Vinter Securities, said in a note to clients that the dividend "looks safe for now" because of the company's strong cash position.

Brennmark, which operates 74 ships, carried 1.9 million containers in the quarter, roughly level with a year earlier.

The company is said to be in early talks to buy a smaller rival in the Baltic, a report in the financial daily Kapital said on Wednesday, citing two people familiar with the matter. Brennmark does not comment on market speculation, a spokeswoman said.
""",
        [
            c(
                "Brennmark Shipping, the Osland-based container line",
                "reported",
                "a 51 percent fall in third-quarter net profit, to 212 million dollars",
            ),
            c(
                "Analysts polled by Nordic Market Data",
                "had forecast",
                "a profit of about 260 million dollars",
            ),
            c(
                "The company",
                "forecasts",
                "full-year operating profit of between 900 million and 1 billion dollars, down from a previous range of 1.1 billion to 1.3 billion dollars",
            ),
            c(
                "chief executive Ingrid Solheim",
                "said",
                [
                    '"The market has normalised faster than we expected,"',
                    '"We are not going to chase volume at any price."',
                ],
                cue_n=0,
            ),
            c(
                "Solheim",
                "said",
                "the company would delay delivery of four new vessels ordered in 2024 and would review its routes to West Africa",
            ),
            c("she", "ruled out", "job cuts this year"),
            c(
                "One analyst, Tomas Eklund of Vinter Securities",
                "said",
                'that the dividend "looks safe for now" because of the company\'s strong cash position',
            ),
            c(
                "a report in the financial daily Kapital",
                "said",
                "The company is said to be in early talks to buy a smaller rival in the Baltic",
            ),
            c("a spokeswoman", "said", "Brennmark does not comment on market speculation"),
        ],
    ),
    article(
        "fresh4-foreign-kazan-gate-border",
        "foreign",
        "2026-09-09",
        """
Talvia and Merosh to reopen main border crossing after six-month closure

By Anouk Verhelst, Foreign Affairs Correspondent

The governments of Talvia and Merosh have agreed to reopen the Kazan Gate border crossing on October 1, ending a six-month closure that stranded thousands of lorries and split families on both sides, the two foreign ministries said in a joint statement on Monday.

The statement said customs officers from both countries would work side by side at the crossing for the first time, and that a joint commission would meet every three months to "resolve problems before they become crises".

Talvia closed the crossing in March, accusing Meroshi border guards of beating two of its lorry drivers. Merosh denied the accusation and said its guards had been attacked first.

"Nobody won anything from this closure. Farmers lost their harvests, and children lost their grandparents for half a year," Talvian Foreign Minister Seda Karimova told reporters in the capital, Vell.

Her Meroshi counterpart, Ilyas Dunbek, called the deal "a victory for common sense" but said Merosh still expected an apology for the "slanders" against its guards.

The agreement was brokered by the Regional Cooperation Council, whose envoy had shuttled between the two capitals since May. According to a diplomat involved in the talks, the breakthrough came when both sides agreed to pull extra troops back from the border at the same time.

Trade groups welcomed the news. The Talvian Hauliers' Union said its members had lost an estimated 40 million euros during the closure, and it urged both governments to compensate drivers whose goods had spoiled at the border.

Some border residents remain sceptical. Farhod Ismoil, who runs a guesthouse in the Meroshi town of Tash-Bulak, said the crossing had been "opened and shut like a door" four times in ten years.
""",
        [
            c(
                "the two foreign ministries",
                "said",
                "The governments of Talvia and Merosh have agreed to reopen the Kazan Gate border crossing on October 1, ending a six-month closure that stranded thousands of lorries and split families on both sides",
            ),
            c(
                "The statement",
                "said",
                'customs officers from both countries would work side by side at the crossing for the first time, and that a joint commission would meet every three months to "resolve problems before they become crises"',
            ),
            c("Talvia", "accusing", "Meroshi border guards of beating two of its lorry drivers"),
            c("Merosh", "said", "its guards had been attacked first"),
            c(
                "Talvian Foreign Minister Seda Karimova",
                "told",
                '"Nobody won anything from this closure. Farmers lost their harvests, and children lost their grandparents for half a year,"',
            ),
            c(
                "Her Meroshi counterpart, Ilyas Dunbek",
                "called",
                'the deal "a victory for common sense"',
            ),
            c(
                "Her Meroshi counterpart, Ilyas Dunbek",
                "said",
                'Merosh still expected an apology for the "slanders" against its guards',
            ),
            c(
                "a diplomat involved in the talks",
                "According to",
                "the breakthrough came when both sides agreed to pull extra troops back from the border at the same time",
            ),
            c(
                "The Talvian Hauliers' Union",
                "said",
                "its members had lost an estimated 40 million euros during the closure",
            ),
            c(
                "it",
                "urged",
                "both governments to compensate drivers whose goods had spoiled at the border",
            ),
            c(
                "Farhod Ismoil, who runs a guesthouse in the Meroshi town of Tash-Bulak",
                "said",
                'the crossing had been "opened and shut like a door" four times in ten years',
            ),
        ],
    ),
    article(
        "fresh4-wire-rumaya-measles",
        "wire",
        "2026-07-21",
        """
Three children die in measles outbreak in northern Rumaya, ministry says

LUSANGA, July 21 (Continental Press Agency) - Three children have died in a measles outbreak in Rumaya's northern Kiboko province, and more than 400 cases have been recorded since early June, the health ministry said on Tuesday.

Health Minister Grace Atieno-Mwangi said vaccination teams had been sent to all six of the province's districts and urged parents to bring children under five to the nearest clinic, even if they had already had one dose.

Data published by the ministry show that only 58 percent of children in Kiboko received both doses of the vaccine last year, against a national average of 81 percent.

The outbreak is believed to have started at a boarding school in the town of Makuyu, where a pupil fell ill after returning from a family visit abroad.

"The clinics are full, and we are short of nurses," a doctor at Kiboko provincial hospital told Continental Press Agency, speaking on condition of anonymity.

The World Health Organization said it was sending 200,000 doses of vaccine and two epidemiologists to support the response.

Opposition lawmaker Daniel Oduya accused the government of ignoring warnings from health workers in the province since last year. The ministry rejected that criticism.

Schools in Makuyu have been ordered to close for two weeks, local officials said.

Measles spreads easily through coughing and sneezing and can cause pneumonia and swelling of the brain in young children. Two doses of the vaccine give about 97 percent protection.
""",
        [
            c(
                "ministry",
                "says",
                "Three children die in measles outbreak in northern Rumaya",
            ),
            c(
                "the health ministry",
                "said",
                "Three children have died in a measles outbreak in Rumaya's northern Kiboko province, and more than 400 cases have been recorded since early June",
            ),
            c(
                "Health Minister Grace Atieno-Mwangi",
                "said",
                "vaccination teams had been sent to all six of the province's districts",
            ),
            c(
                "Health Minister Grace Atieno-Mwangi",
                "urged",
                "parents to bring children under five to the nearest clinic, even if they had already had one dose",
            ),
            c(
                "Data published by the ministry",
                "show",
                "that only 58 percent of children in Kiboko received both doses of the vaccine last year, against a national average of 81 percent",
            ),
            c(
                None,
                "is believed to",
                [
                    "The outbreak",
                    "have started at a boarding school in the town of Makuyu, where a pupil fell ill after returning from a family visit abroad",
                ],
            ),
            c(
                "a doctor at Kiboko provincial hospital",
                "told",
                '"The clinics are full, and we are short of nurses,"',
            ),
            c(
                "The World Health Organization",
                "said",
                "it was sending 200,000 doses of vaccine and two epidemiologists to support the response",
            ),
            c(
                "Opposition lawmaker Daniel Oduya",
                "accused",
                "the government of ignoring warnings from health workers in the province since last year",
            ),
            c(
                "local officials",
                "said",
                "Schools in Makuyu have been ordered to close for two weeks",
            ),
        ],
    ),
]
