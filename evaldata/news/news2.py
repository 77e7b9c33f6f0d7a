"""A tuning set of invented everyday news articles and their attributions, written as strings.

Written on 2026-12-05 without reading claimx's rules (the annotator neither ran claimx on these
articles nor read its source, its tests or ``articles.py``), annotated strictly by the guideline
in docs/evaldata-news.md. Unlike fresh, fresh2 and fresh3 it is meant for TUNING, beside
``news.jsonl``: because it was written blind, its errors are the rules' real errors. Every article,
person, organisation, place and quotation here is invented (MIT, like the project).
``build.py --set news2`` turns these into ``news2.jsonl`` with exact spans.
"""

# ruff: noqa: E501 (article text: one paragraph a line)
from __future__ import annotations

from typing import Any

from articles import article, c, qa

ARTICLES: list[dict[str, Any]] = [
    article(
        "news2-wire-pietralta-landslide",
        "wire",
        "2026-11-12",
        """
Landslide cuts only road into Pietralta, stranding 600 in Valdorian mountains

BRESCENZA, Valdoria (Meridian Wire) - A landslide buried a 200-metre stretch of the only road into the mountain town of Pietralta on Thursday, leaving about 600 residents and tourists cut off, regional officials said.

No injuries were reported. Rescue crews reached the edge of the slide by mid-afternoon, but the civil protection agency warned that the slope above the road remained unstable and that more rock could fall overnight.

"We are not going to send anybody under that hillside until the geologists tell us it is safe," said Lorenzo Fabbrini, the agency's regional director, speaking at a briefing in Brescenza. "People in Pietralta have food, water and power. What they do not have is a way out, and we will fix that."

Helicopters would begin ferrying out the elderly and anyone needing medical care on Friday morning, Fabbrini said, weather permitting.

The mayor of Pietralta, Giulia Venturini, told state broadcaster RTV that residents had complained for years about cracks in the retaining wall below the road. The regional roads authority, which maintains the route, insisted that the wall had been inspected in March and found sound.

Heavy rain is expected to continue through the weekend, according to the national weather service.

Engineers are understood to be considering a temporary bridge over the slide, which could take three weeks to build. The transport ministry did not respond to requests for comment.

A hotel owner in the town, who asked not to be named because she feared losing guests, said several groups had already cancelled bookings for the ski season.
""",
        [
            c(
                "regional officials",
                "said",
                "A landslide buried a 200-metre stretch of the only road into the mountain town of Pietralta on Thursday, leaving about 600 residents and tourists cut off",
            ),
            c(
                "the civil protection agency",
                "warned",
                "that the slope above the road remained unstable and that more rock could fall overnight",
            ),
            c(
                "Lorenzo Fabbrini, the agency's regional director",
                "said",
                [
                    '"We are not going to send anybody under that hillside until the geologists tell us it is safe,"',
                    '"People in Pietralta have food, water and power. What they do not have is a way out, and we will fix that."',
                ],
            ),
            c(
                "Fabbrini",
                "said",
                [
                    "Helicopters would begin ferrying out the elderly and anyone needing medical care on Friday morning",
                    "weather permitting",
                ],
            ),
            c(
                "The mayor of Pietralta, Giulia Venturini",
                "told",
                "that residents had complained for years about cracks in the retaining wall below the road",
            ),
            c(
                "The regional roads authority, which maintains the route",
                "insisted",
                "that the wall had been inspected in March and found sound",
            ),
            c(
                "the national weather service",
                "according to",
                "Heavy rain is expected to continue through the weekend",
            ),
            c(
                None,
                "are understood to",
                [
                    "Engineers",
                    "be considering a temporary bridge over the slide, which could take three weeks to build",
                ],
            ),
            c(
                "A hotel owner in the town, who asked not to be named because she feared losing guests",
                "said",
                "several groups had already cancelled bookings for the ski season",
            ),
        ],
    ),
    article(
        "news2-wire-estmark-controllers-strike",
        "wire",
        "2026-10-19",
        """
Air traffic controllers walk out in Estmark, grounding hundreds of flights

By Jonas Vahtra

KORVANEN, Estmark (Nordline) - Air traffic controllers in Estmark began a 48-hour strike on Monday, forcing airlines to cancel more than 700 flights and leaving tens of thousands of travellers stranded at the start of the autumn school holidays.

The controllers' union, FLK, says its members have worked without a new contract for two years and that staff shortages have made some night shifts unsafe. Its president, Annika Sørvik, told a rally outside the aviation authority's headquarters that controllers were "exhausted, not greedy."

The government called the strike irresponsible. Transport Minister Henrik Lassila, speaking in parliament, accused the union of "holding the country's families hostage" and insisted the pay offer on the table was the best in a decade.

Lassila also said he had asked the state mediator to call both sides back to talks on Wednesday.

Skyvale, the country's largest carrier, said it had cancelled 412 flights. It advised passengers not to travel to the airport unless their flight had been confirmed, and estimated that the walkout would cost it about 30 million crowns a day.

Data from the airport operator showed that departures from Korvanen fell by 88 percent on Monday morning compared with the same day last week.

Passengers sleeping on the terminal floor were less interested in who was to blame. "Nobody has told us anything," said Mirela Dragan, a teacher trying to get home with her two young children. "I just want a bed."

The union has not ruled out further strikes in November, according to a spokeswoman, who did not give her name.
""",
        [
            c(
                "The controllers' union, FLK",
                "says",
                "its members have worked without a new contract for two years and that staff shortages have made some night shifts unsafe",
            ),
            c(
                "Its president, Annika Sørvik",
                "told",
                'that controllers were "exhausted, not greedy."',
            ),
            c("The government", "called", "the strike irresponsible"),
            c(
                "Transport Minister Henrik Lassila",
                "accused",
                'the union of "holding the country\'s families hostage"',
            ),
            c(
                "Transport Minister Henrik Lassila",
                "insisted",
                "the pay offer on the table was the best in a decade",
            ),
            c(
                "Lassila",
                "said",
                "he had asked the state mediator to call both sides back to talks on Wednesday",
            ),
            c(
                "he",
                "had asked",
                "the state mediator to call both sides back to talks on Wednesday",
            ),
            c(
                "Skyvale, the country's largest carrier",
                "said",
                "it had cancelled 412 flights",
            ),
            c(
                "It",
                "advised",
                "passengers not to travel to the airport unless their flight had been confirmed",
            ),
            c(
                "It",
                "estimated",
                "that the walkout would cost it about 30 million crowns a day",
            ),
            c(
                "Data from the airport operator",
                "showed",
                "that departures from Korvanen fell by 88 percent on Monday morning compared with the same day last week",
            ),
            c(
                "Mirela Dragan, a teacher trying to get home with her two young children",
                "said",
                ['"Nobody has told us anything,"', '"I just want a bed."'],
            ),
            c(
                "a spokeswoman, who did not give her name",
                "according to",
                "The union has not ruled out further strikes in November",
            ),
        ],
    ),
    article(
        "news2-wire-almenar-fake-medicines",
        "wire",
        "2026-08-22",
        """
Customs officers seize four tonnes of fake medicines hidden in rice sacks

PUERTO ALMENAR, Costa Dorada (Southern Cross Press) - Customs officers at Puerto Almenar have seized more than four tonnes of counterfeit medicines hidden inside a shipment of rice, the largest such haul in the country's history, the finance ministry said on Saturday.

The pills, which included fake antibiotics and malaria tablets, were found in 160 sacks aboard a container ship, officials said. Their street value was about 11 million pesos, officials estimated.

Laboratory tests carried out on samples found that some of the tablets contained no active ingredient at all, while others contained chalk and industrial dye, according to a customs report seen by Southern Cross Press.

"These are not harmless copies. People who take them will die of diseases we know how to cure," said Dr. Rosalba Quintero, head of the national medicines regulator. She urged pharmacies to buy only from licensed wholesalers and asked the public to report any medicine sold at a suspiciously low price.

Two men, both employees of a local freight agent, were arrested at the port and are due to appear in court on Monday. Their lawyer, Tomás Echeverri, said they had no idea what the sacks contained and would plead not guilty.

The shipment is believed to have been destined for markets in three neighbouring countries. Investigators are said to be examining whether the same network was behind a smaller seizure in the northern port of Las Vigas in June.

The freight agent, Almenar Logística, did not answer calls on Saturday.
""",
        [
            c(
                "the finance ministry",
                "said",
                "Customs officers at Puerto Almenar have seized more than four tonnes of counterfeit medicines hidden inside a shipment of rice, the largest such haul in the country's history",
            ),
            c(
                "officials",
                "said",
                "The pills, which included fake antibiotics and malaria tablets, were found in 160 sacks aboard a container ship",
            ),
            c("officials", "estimated", "Their street value was about 11 million pesos"),
            c(
                "a customs report seen by Southern Cross Press",
                "according to",
                "Laboratory tests carried out on samples found that some of the tablets contained no active ingredient at all, while others contained chalk and industrial dye",
            ),
            c(
                "Laboratory tests carried out on samples",
                "found",
                "that some of the tablets contained no active ingredient at all, while others contained chalk and industrial dye",
            ),
            c(
                "Dr. Rosalba Quintero, head of the national medicines regulator",
                "said",
                '"These are not harmless copies. People who take them will die of diseases we know how to cure,"',
            ),
            c("She", "urged", "pharmacies to buy only from licensed wholesalers"),
            c(
                "She",
                "asked",
                "the public to report any medicine sold at a suspiciously low price",
            ),
            c(
                "Their lawyer, Tomás Echeverri",
                "said",
                "they had no idea what the sacks contained and would plead not guilty",
            ),
            c(
                None,
                "is believed to",
                [
                    "The shipment",
                    "have been destined for markets in three neighbouring countries",
                ],
            ),
            c(
                None,
                "are said to",
                [
                    "Investigators",
                    "be examining whether the same network was behind a smaller seizure in the northern port of Las Vigas in June",
                ],
            ),
        ],
    ),
    article(
        "news2-release-brightwater-factory",
        "press-release",
        "2026-05-12",
        """
Brightwater Foods to Open Plant-Protein Factory in Kestrel Valley, Creating 240 Jobs

KESTREL VALLEY, Ontaria, May 12, 2026 /AgriNewsline/ -- Brightwater Foods Inc., a maker of plant-based meat and dairy alternatives, today announced that it will build a 60-million-dollar production facility in Kestrel Valley, which is expected to employ 240 people when it opens in 2028.

The 18,000-square-metre plant will process peas and fava beans grown by farmers within 150 kilometres of the site. Brightwater said it has already signed supply agreements with 35 local growers. The plant will run entirely on renewable electricity, the company added.

"Kestrel Valley has the farmland, the workforce and the water we need to grow," said Priya Castellanos, Brightwater's chief executive officer. "We looked at eleven sites across three provinces, and this one was not a close call."

The provincial government will contribute 8 million dollars toward training and road improvements. Ontaria's Minister of Economic Development, Gideon Mbeki-Hart, called the investment "a vote of confidence in rural Ontaria" and said construction would create a further 400 temporary jobs.

Brightwater is pleased to announce that hiring for the first 60 positions, including engineers and food-safety technicians, will begin in the spring of 2027.

Independent market research firm Vantor Analytics estimates that global sales of plant-based proteins will reach 160 billion dollars by 2032.

About Brightwater Foods

Founded in 2015, Brightwater Foods makes plant-based foods sold in more than 9,000 stores in four countries. It employs 1,100 people.

Forward-looking statements: This release contains statements about future plans that involve risks and uncertainties.

Media contact: Lena Okonkwo, press@brightwaterfoods.example
""",
        [
            c(
                "Brightwater Foods Inc., a maker of plant-based meat and dairy alternatives",
                "announced",
                "that it will build a 60-million-dollar production facility in Kestrel Valley, which is expected to employ 240 people when it opens in 2028",
            ),
            c(
                "Brightwater",
                "said",
                "it has already signed supply agreements with 35 local growers",
            ),
            c(
                "the company",
                "added",
                "The plant will run entirely on renewable electricity",
            ),
            c(
                "Priya Castellanos, Brightwater's chief executive officer",
                "said",
                [
                    '"Kestrel Valley has the farmland, the workforce and the water we need to grow,"',
                    '"We looked at eleven sites across three provinces, and this one was not a close call."',
                ],
            ),
            c(
                "Ontaria's Minister of Economic Development, Gideon Mbeki-Hart",
                "called",
                'the investment "a vote of confidence in rural Ontaria"',
            ),
            c(
                "Ontaria's Minister of Economic Development, Gideon Mbeki-Hart",
                "said",
                "construction would create a further 400 temporary jobs",
            ),
            c(
                "Brightwater",
                "announce",
                "that hiring for the first 60 positions, including engineers and food-safety technicians, will begin in the spring of 2027",
            ),
            c(
                "Independent market research firm Vantor Analytics",
                "estimates",
                "that global sales of plant-based proteins will reach 160 billion dollars by 2032",
            ),
        ],
    ),
    article(
        "news2-release-ashgrove-street-trees",
        "press-release",
        "2026-08-03",
        """
Study Finds Street Trees Cut Summer Hospital Admissions Among Older Adults

ASHGROVE, Caldermoor, August 3, 2026 /UniWire/ -- Neighbourhoods with more street trees see significantly fewer heat-related hospital admissions among people over 65, according to a study by researchers at the University of Ashgrove published today in the journal Environmental Health Horizons.

The team analysed 14 years of hospital records from 212 neighbourhoods in six cities. The study found that each 10-percentage-point increase in tree canopy was associated with a 7 percent drop in heat-related admissions on days above 32 degrees.

"We knew trees made streets cooler. What surprised us was how large the health effect was, and how unevenly it is shared," said Professor Halima Oduya, the study's lead author. "The poorest neighbourhoods in our sample had half the tree cover of the richest."

The authors caution that their findings point to an association rather than proof that trees prevent admissions, and note that wealthier areas may differ in other ways that affect health.

Co-author Dr. Rafael Mendonça said the group hoped to work with city planners to test targeted planting in the hottest districts.

"A tree planted this year will not shade anyone until about 2035," he said. "That is exactly why cities should start now."

The research was funded by the Caldermoor Health Research Council.

About the University of Ashgrove

The University of Ashgrove is a public research university with 28,000 students on three campuses.

Contact: Press Office, University of Ashgrove
""",
        [
            c(
                "Study",
                "Finds",
                "Street Trees Cut Summer Hospital Admissions Among Older Adults",
            ),
            c(
                "a study by researchers at the University of Ashgrove published today in the journal Environmental Health Horizons",
                "according to",
                "Neighbourhoods with more street trees see significantly fewer heat-related hospital admissions among people over 65",
            ),
            c(
                "The study",
                "found",
                "that each 10-percentage-point increase in tree canopy was associated with a 7 percent drop in heat-related admissions on days above 32 degrees",
            ),
            c(
                "Professor Halima Oduya, the study's lead author",
                "said",
                [
                    '"We knew trees made streets cooler. What surprised us was how large the health effect was, and how unevenly it is shared,"',
                    '"The poorest neighbourhoods in our sample had half the tree cover of the richest."',
                ],
            ),
            c(
                "The authors",
                "caution",
                "that their findings point to an association rather than proof that trees prevent admissions",
            ),
            c(
                "The authors",
                "note",
                "that wealthier areas may differ in other ways that affect health",
            ),
            c(
                "Co-author Dr. Rafael Mendonça",
                "said",
                "the group hoped to work with city planners to test targeted planting in the hottest districts",
            ),
            c(
                "he",
                "said",
                [
                    '"A tree planted this year will not shade anyone until about 2035,"',
                    '"That is exactly why cities should start now."',
                ],
            ),
        ],
    ),
    article(
        "news2-courts-dunmarrow-charity-fraud",
        "courts",
        "2026-09-29",
        """
Former charity treasurer jailed for diverting flood donations

A former treasurer of a flood-relief charity in Dunmarrow was jailed for four years on Tuesday after a jury found she had moved more than 300,000 pounds of donations into her own bank accounts.

Morag Tullis, 52, had denied 11 counts of fraud. During the two-week trial at Dunmarrow Crown Court, prosecutors alleged that she had used the money to pay off gambling debts and to buy a holiday flat on the coast.

Sentencing her, Judge Alasdair Crombie said Tullis had exploited "the generosity of people who had very little to give" and had shown no remorse.

"You stole from families who had lost their homes," he told her. "Some of them are still waiting for help that should have reached them three years ago."

The charity's current chair, Fiona Baird-Nicol, told the court in a victim statement that donations had fallen by half since the thefts came to light. She said volunteers collecting in the town centre had been "spat at in the street" by people who believed they were complicit.

A forensic accountant, Nikhil Raman, testified last week that 214 separate transfers had been made from the charity's account over 26 months, most of them late at night.

Tullis's barrister, Gordon Alcott, argued that his client had been suffering from a serious gambling addiction and had always intended to repay the money. The judge rejected that argument. He also ordered Tullis to pay back 120,000 pounds.

Outside court, the Charity Regulator for the region said it had opened an inquiry into how the trustees had failed to notice the losses, and warned other small charities to require two signatures for every payment.
""",
        [
            c(
                "a jury",
                "found",
                "she had moved more than 300,000 pounds of donations into her own bank accounts",
            ),
            c(
                "prosecutors",
                "alleged",
                "that she had used the money to pay off gambling debts and to buy a holiday flat on the coast",
            ),
            c(
                "Judge Alasdair Crombie",
                "said",
                'Tullis had exploited "the generosity of people who had very little to give" and had shown no remorse',
            ),
            c(
                "he",
                "told",
                [
                    '"You stole from families who had lost their homes,"',
                    '"Some of them are still waiting for help that should have reached them three years ago."',
                ],
            ),
            c(
                "The charity's current chair, Fiona Baird-Nicol",
                "told",
                "that donations had fallen by half since the thefts came to light",
            ),
            c(
                "She",
                "said",
                'volunteers collecting in the town centre had been "spat at in the street" by people who believed they were complicit',
            ),
            c(
                "A forensic accountant, Nikhil Raman",
                "testified",
                "that 214 separate transfers had been made from the charity's account over 26 months, most of them late at night",
            ),
            c(
                "Tullis's barrister, Gordon Alcott",
                "argued",
                "that his client had been suffering from a serious gambling addiction and had always intended to repay the money",
            ),
            c("He", "ordered", "Tullis to pay back 120,000 pounds"),
            c(
                "the Charity Regulator for the region",
                "said",
                "it had opened an inquiry into how the trustees had failed to notice the losses",
            ),
            c(
                "the Charity Regulator for the region",
                "warned",
                "other small charities to require two signatures for every payment",
            ),
        ],
    ),
    article(
        "news2-courts-velmont-riders-tribunal",
        "courts",
        "2026-07-10",
        """
Delivery riders are employees, not contractors, tribunal rules

An employment tribunal in Velmont ruled on Friday that riders working for the food delivery app Zippr are employees entitled to holiday pay and the minimum wage, in a decision that could affect more than 20,000 workers across the country.

The case was brought by four riders backed by the Couriers' and Drivers' Union. In a 46-page judgment, Employment Judge Sabine Rocheleau wrote that Zippr controlled "almost every aspect" of the riders' work, from the routes they took to the ratings that decided whether they kept their jobs.

"The freedom to log off is not the freedom of a business owner," she wrote.

Zippr had argued during the hearing that its riders were free to work for competitors and could send a substitute in their place. The judge found that in practice the app made substitution almost impossible.

One of the claimants, Idris Kamara, who has delivered for Zippr in central Velmont since 2021, said outside the tribunal that he had cried when his lawyer phoned him with the result. "Five years of being told I was my own boss," he said. "Today a judge told them the truth.

"Tomorrow," he added, "I am going to ask for my holiday pay."

In a statement, Zippr said it was "disappointed" with the ruling and would appeal. The company warned that reclassifying riders could force it to raise delivery fees.

Union general secretary Marguerite Ossei called on the government to change the law rather than leave workers "to fight the same case, company by company, for the next ten years."

The Ministry of Labour said it was studying the judgment.
""",
        [
            c(
                "tribunal",
                "rules",
                "Delivery riders are employees, not contractors",
            ),
            c(
                "An employment tribunal in Velmont",
                "ruled",
                "that riders working for the food delivery app Zippr are employees entitled to holiday pay and the minimum wage",
            ),
            c(
                "Employment Judge Sabine Rocheleau",
                "wrote",
                'that Zippr controlled "almost every aspect" of the riders\' work, from the routes they took to the ratings that decided whether they kept their jobs',
            ),
            c(
                "she",
                "wrote",
                '"The freedom to log off is not the freedom of a business owner,"',
            ),
            c(
                "Zippr",
                "had argued",
                "that its riders were free to work for competitors and could send a substitute in their place",
            ),
            c(
                "The judge",
                "found",
                "that in practice the app made substitution almost impossible",
            ),
            c(
                "One of the claimants, Idris Kamara, who has delivered for Zippr in central Velmont since 2021",
                "said",
                "that he had cried when his lawyer phoned him with the result",
            ),
            c(
                "he",
                "said",
                [
                    '"Five years of being told I was my own boss,"',
                    '"Today a judge told them the truth.',
                ],
            ),
            c(
                "he",
                "added",
                ['"Tomorrow,"', '"I am going to ask for my holiday pay."'],
            ),
            c(
                "Zippr",
                "said",
                'it was "disappointed" with the ruling and would appeal',
            ),
            c(
                "The company",
                "warned",
                "that reclassifying riders could force it to raise delivery fees",
            ),
            c(
                "Union general secretary Marguerite Ossei",
                "called on",
                'the government to change the law rather than leave workers "to fight the same case, company by company, for the next ten years."',
            ),
            c(
                "The Ministry of Labour",
                "said",
                "it was studying the judgment",
            ),
        ],
    ),
    article(
        "news2-council-brackwell-libraries",
        "council",
        "2026-02-26",
        """
Brackwell councillors back plan to close two libraries despite protest

Brackwell District Council voted on Wednesday night to close two of its eight branch libraries next spring, after a three-hour meeting interrupted several times by protesters in the public gallery.

The cabinet member for communities, Cllr Dawn Haskett, told the meeting that the council faced a 4.2 million pound gap in next year's budget and that keeping every branch open would mean cutting services for vulnerable children. "Nobody came into local politics to close libraries," she said. "But I will not balance this budget on the backs of children in care."

A report prepared by council officers estimates that closing the Eastbridge and Millfield branches will save 310,000 pounds a year. It says both have seen visitor numbers fall by more than a third since 2019.

Opposition leader Cllr Tom Ackroyd called the decision "short-sighted and cruel" and asked why the council had spent 900,000 pounds refurbishing its own headquarters last year. Cllr Haskett replied that the refurbishment had been paid for from a separate capital budget, but conceded that the timing had been "unfortunate."

Councillors were told by the head of library services, Ruth Malone, that a mobile library van would visit both neighbourhoods twice a week.

A petition signed by 6,400 residents had asked the council to keep both branches open and to consider running them with volunteers. Campaigner Jean Peverell, 71, said after the vote that the group would seek a judicial review. "They have not heard the last of us," she said.

The closures were approved by 27 votes to 19, with two abstentions.
""",
        [
            c(
                "The cabinet member for communities, Cllr Dawn Haskett",
                "told",
                "that the council faced a 4.2 million pound gap in next year's budget and that keeping every branch open would mean cutting services for vulnerable children",
            ),
            c(
                "she",
                "said",
                [
                    '"Nobody came into local politics to close libraries,"',
                    '"But I will not balance this budget on the backs of children in care."',
                ],
            ),
            c(
                "A report prepared by council officers",
                "estimates",
                "that closing the Eastbridge and Millfield branches will save 310,000 pounds a year",
            ),
            c(
                "It",
                "says",
                "both have seen visitor numbers fall by more than a third since 2019",
            ),
            c(
                "Opposition leader Cllr Tom Ackroyd",
                "called",
                'the decision "short-sighted and cruel"',
            ),
            c(
                "Cllr Haskett",
                "replied",
                "that the refurbishment had been paid for from a separate capital budget",
            ),
            c("Cllr Haskett", "conceded", 'that the timing had been "unfortunate."'),
            c(
                "the head of library services, Ruth Malone",
                "were told",
                "that a mobile library van would visit both neighbourhoods twice a week",
            ),
            c(
                "A petition signed by 6,400 residents",
                "had asked",
                "the council to keep both branches open and to consider running them with volunteers",
            ),
            c(
                "Campaigner Jean Peverell, 71",
                "said",
                "that the group would seek a judicial review",
            ),
            c("she", "said", '"They have not heard the last of us,"'),
        ],
    ),
    article(
        "news2-council-ridgefield-bike-lanes",
        "council",
        "2026-02-03",
        """
Ridgefield council delays vote on Main Street bike lanes after business owners object

RIDGEFIELD — The Ridgefield City Council on Monday postponed a vote on a plan to add protected bike lanes along Main Street, after nearly two dozen business owners warned it would cost them customers.

The plan, drawn up by the city's transportation department, would remove 64 of the street's 110 parking spaces. A staff memo presented to the council says the lanes would cut collisions involving cyclists by as much as 40 percent. The estimate is based on results from similar projects in other cities.

"You are taking away the front door of my business," said Carla Mendez, who has owned a hardware store on Main Street for 19 years, during public comment. Several other owners said the city had not consulted them before publishing the plan.

Council member Devin Okoro, who represents the downtown district, argued that the lanes would bring more people to Main Street, not fewer. He pointed to a survey by the Ridgefield Cycling Coalition which found that 58 percent of residents would shop downtown more often if they could cycle there safely.

Mayor Patricia Lindqvist said she supported the idea but wanted the transportation department to come back with a plan that kept more parking. She asked staff to return in six weeks with at least two alternatives.

City Attorney Raymond Kowalczyk advised council members not to discuss the item privately before it returns, explaining that the state's open-meetings law bars a majority of the council from discussing city business in private.

The council is expected to take up the revised plan on March 17.
""",
        [
            c(
                "nearly two dozen business owners",
                "warned",
                "it would cost them customers",
            ),
            c(
                "A staff memo presented to the council",
                "says",
                "the lanes would cut collisions involving cyclists by as much as 40 percent",
            ),
            c(
                "Carla Mendez, who has owned a hardware store on Main Street for 19 years",
                "said",
                '"You are taking away the front door of my business,"',
            ),
            c(
                "Several other owners",
                "said",
                "the city had not consulted them before publishing the plan",
            ),
            c(
                "Council member Devin Okoro, who represents the downtown district",
                "argued",
                "that the lanes would bring more people to Main Street, not fewer",
            ),
            c(
                "a survey by the Ridgefield Cycling Coalition",
                "found",
                "that 58 percent of residents would shop downtown more often if they could cycle there safely",
            ),
            c(
                "Mayor Patricia Lindqvist",
                "said",
                "she supported the idea but wanted the transportation department to come back with a plan that kept more parking",
            ),
            c(
                "She",
                "asked",
                "staff to return in six weeks with at least two alternatives",
            ),
            c(
                "City Attorney Raymond Kowalczyk",
                "advised",
                "council members not to discuss the item privately before it returns",
            ),
            c(
                "City Attorney Raymond Kowalczyk",
                "explaining",
                "that the state's open-meetings law bars a majority of the council from discussing city business in private",
            ),
            c(
                None,
                "is expected to",
                ["The council", "take up the revised plan on March 17"],
            ),
        ],
    ),
    article(
        "news2-opinion-lusavia-housing-numbers",
        "opinion",
        "2026-06-18",
        """
The housing minister's numbers do not add up

By Teodora Marinescu

When Housing Minister Radu Cozma stood up in parliament last month and promised 100,000 new homes by 2030, the chamber applauded. It should have asked for the arithmetic.

Cozma has said repeatedly that the programme will be paid for by selling state-owned land to developers. But the ministry's own register lists barely enough public land for 30,000 homes in the cities where people actually want to live. The rest is in villages that have been losing people for three decades.

Builders are not convinced either. The Federation of Construction Employers warned in its autumn bulletin that the industry is short of 40,000 workers and that wages for bricklayers have risen by a quarter in two years. Its president, Mihail Dobre, told me bluntly: "You can announce houses. You cannot announce bricklayers."

"You cannot announce bricklayers." — Mihail Dobre, Federation of Construction Employers

The minister's office insists that factory-built modular homes will close the gap. Perhaps. Yet the only such factory in the country closed in 2024, and its former owner says he lost money on every unit.

None of this means the target is wrong. The country needs the homes: young couples in the capital now spend more than half their income on rent, the central bank estimates. But a promise that cannot be kept does its own damage. It teaches voters that numbers announced from a podium mean nothing.

The minister should publish a year-by-year plan, site by site, and let independent auditors check it. If the numbers add up, he has nothing to fear.

Teodora Marinescu is a former deputy mayor of Oradesti and writes about cities.
""",
        [
            c(
                "Housing Minister Radu Cozma",
                "promised",
                "100,000 new homes by 2030",
            ),
            c(
                "Cozma",
                "has said",
                "that the programme will be paid for by selling state-owned land to developers",
            ),
            c(
                "The Federation of Construction Employers",
                "warned",
                "that the industry is short of 40,000 workers and that wages for bricklayers have risen by a quarter in two years",
            ),
            c(
                "Its president, Mihail Dobre",
                "told",
                '"You can announce houses. You cannot announce bricklayers."',
            ),
            c(
                "Mihail Dobre, Federation of Construction Employers",
                "—",
                '"You cannot announce bricklayers."',
            ),
            c(
                "The minister's office",
                "insists",
                "that factory-built modular homes will close the gap",
            ),
            c(
                "its former owner",
                "says",
                "he lost money on every unit",
            ),
            c(
                "the central bank",
                "estimates",
                "young couples in the capital now spend more than half their income on rent",
            ),
        ],
    ),
    article(
        "news2-opinion-fairhaven-stadium-deal",
        "opinion",
        "2026-10-07",
        """
Our view: Fairhaven should say no to the stadium deal as it stands

The Fairhaven Courier's view

The owners of Fairhaven Rovers want the city to lend them 45 million to build a new stadium on the old gasworks site. They have claimed that the club will leave town if the council refuses. Voters should take that threat seriously, but not at face value.

The club's chairman, Declan Furlong, has told supporters the current ground is "falling down around us," and an engineering survey published in September backs him up: it found that concrete in two stands was cracked and recommended that the east terrace be closed within five years.

So the need is real. The deal is the problem. Under the draft agreement, the city would be repaid only from a share of ticket revenue, and only after the club's other lenders had been paid. The council's finance director, Anjali Sethi, has warned councillors in writing that the city could wait 25 years to recover its money, or never recover it at all.

Supporters argue that a new stadium would bring concerts, conferences and 300 jobs. Perhaps it would. Similar promises were made in Wexbury and Sandmere, where, according to a study by the Institute for Local Economics, fewer than half the jobs ever appeared.

There is a better deal to be had. The council should insist on repayment before other lenders, a seat on the club's board, and a clause returning the land to the city if the club ever moves away.

Rovers fans deserve a home. Taxpayers deserve a contract that does not leave them holding the bill.
""",
        [
            c("They", "have claimed", "that the club will leave town if the council refuses"),
            c(
                "The club's chairman, Declan Furlong",
                "has told",
                'the current ground is "falling down around us,"',
            ),
            c("it", "found", "that concrete in two stands was cracked"),
            c(
                "it",
                "recommended",
                "that the east terrace be closed within five years",
            ),
            c(
                "The council's finance director, Anjali Sethi",
                "has warned",
                "that the city could wait 25 years to recover its money, or never recover it at all",
            ),
            c(
                "Supporters",
                "argue",
                "that a new stadium would bring concerts, conferences and 300 jobs",
            ),
            c(
                "a study by the Institute for Local Economics",
                "according to",
                "fewer than half the jobs ever appeared",
            ),
        ],
    ),
    article(
        "news2-interview-brandt-kesselberg-zoo",
        "interview",
        "2026-03-15",
        """
"A zoo is not a theme park": Liselotte Brandt on the future of Kesselberg Zoo

Liselotte Brandt took over as director of Kesselberg Zoo in January, two months after its last elephant died. We spoke to her in her office above the giraffe house. The interview has been edited for length.

Q: The city council says it will not renew the zoo's grant unless visitor numbers rise. Is that fair?

Brandt: The council has been very patient with us, and I understand their position. But we are not going to win people back with fireworks and a new ice-cream stand.

Q: What will you do instead?

Brandt: Fewer species, bigger enclosures. Within five years we will have gone from 140 species to about 90. Every animal here should have room to behave like what it is.

Q: Animal rights groups say zoos should not exist at all.

Brandt: I hear them, and on some species I agree. We will not bring elephants back to Kesselberg. But our breeding programmes have returned 41 lynx to the wild since 2010. That does not happen without zoos.

Q: You spent twelve years at a wildlife reserve before coming here. What did it teach you?

Brandt: Patience. And that you cannot protect an animal that nobody has ever seen.

Q: Will the zoo survive?

Brandt: Ask me in five years. I think so, yes.
""",
        [
            c("Liselotte Brandt", ":", '"A zoo is not a theme park"'),
            qa(
                "Brandt",
                "The council has been very patient with us, and I understand their position. But we are not going to win people back with fireworks and a new ice-cream stand.",
            ),
            qa(
                "Brandt",
                "Fewer species, bigger enclosures. Within five years we will have gone from 140 species to about 90. Every animal here should have room to behave like what it is.",
            ),
            qa(
                "Brandt",
                "I hear them, and on some species I agree. We will not bring elephants back to Kesselberg. But our breeding programmes have returned 41 lynx to the wild since 2010. That does not happen without zoos.",
            ),
            qa(
                "Brandt",
                "Patience. And that you cannot protect an animal that nobody has ever seen.",
            ),
            qa("Brandt", "Ask me in five years. I think so, yes."),
        ],
    ),
    article(
        "news2-interview-oyelaran-fire-season",
        "interview",
        "2026-06-02",
        """
Q&A: Fire chief Tunde Oyelaran on a long, dry season ahead

Tunde Oyelaran has led the Marlow Hills Fire Authority since 2019. With reservoirs at their lowest level in a decade, he spoke to us about the coming wildfire season.

Q. The weather bureau is forecasting the driest summer in twenty years. How worried are you?

A. Worried enough to cancel leave for July and August. We have 140 more seasonal firefighters than last year, but the truth is that a bad week with strong winds can overwhelm any service.

Q. Last year residents in Ashcombe said the evacuation order came too late. Did it?

A. Some of them were right. The order went out forty minutes after it should have. We have changed how those decisions are made: a duty officer can now order an evacuation without waiting for me.

Q. What should people who live near the forest be doing now?

A. Clear the gutters, cut back anything that burns within ten metres of the house, and agree on a plan with the family. Know two ways out of your street.

Q. The government wants to buy two more water-bombing aircraft. Is that enough?

A. Aircraft are the part everybody sees. What saves houses is mostly people on the ground, and dry grass that was cut in May instead of July.
""",
        [
            c(
                "Tunde Oyelaran",
                "A.",
                "Worried enough to cancel leave for July and August. We have 140 more seasonal firefighters than last year, but the truth is that a bad week with strong winds can overwhelm any service.",
                kind="direct",
                far=True,
            ),
            c(
                "Tunde Oyelaran",
                "A.",
                "Some of them were right. The order went out forty minutes after it should have. We have changed how those decisions are made: a duty officer can now order an evacuation without waiting for me.",
                kind="direct",
                far=True,
            ),
            c(
                "Tunde Oyelaran",
                "A.",
                "Clear the gutters, cut back anything that burns within ten metres of the house, and agree on a plan with the family. Know two ways out of your street.",
                kind="direct",
                far=True,
            ),
            c(
                "Tunde Oyelaran",
                "A.",
                "Aircraft are the part everybody sees. What saves houses is mostly people on the ground, and dry grass that was cut in May instead of July.",
                kind="direct",
                far=True,
            ),
        ],
    ),
    article(
        "news2-live-blog-storm-berenike",
        "live-blog",
        "2026-11-27",
        """
Storm Berenike live: 120,000 homes without power as winds reach 140 km/h

Live coverage as Storm Berenike crosses the western coast. All times local.

18:42
The national grid operator, Voltanet, now says about 120,000 homes are without power, up from 85,000 an hour ago. Crews will not be sent up poles until the wind drops below 90 km/h, a spokesperson told us.

18:20
A tree has fallen on a school bus on the coast road near Kilbrack. Police say the bus was empty apart from the driver, who has been taken to hospital with minor injuries.

17:55
Our correspondent in Port Ennis, Saoirse Madden: "The sea wall is taking a pounding. Waves are coming clean over the promenade and the council has closed every road along the front."

17:31
The Meteorological Office has upgraded its warning for the north-west to red. Forecaster Cathal Breen told state radio that gusts of up to 160 km/h were possible overnight and urged people in the area not to travel "unless your life depends on it."

17:10
All flights out of Ennis Regional Airport have been cancelled for the rest of the day, the airport posted on its social media accounts.

16:48
The prime minister, Orla Fitzmaurice, is reportedly cutting short a trip abroad to return tonight. Her office would not confirm her travel plans.

16:30
Asked whether schools would open tomorrow, Education Minister Niamh Corrigan said the decision would be left to each school board but that she expected most in the west to stay closed.
""",
        [
            c(
                "The national grid operator, Voltanet",
                "says",
                "about 120,000 homes are without power, up from 85,000 an hour ago",
            ),
            c(
                "a spokesperson",
                "told",
                "Crews will not be sent up poles until the wind drops below 90 km/h",
            ),
            c(
                "Police",
                "say",
                "the bus was empty apart from the driver, who has been taken to hospital with minor injuries",
            ),
            c(
                "Our correspondent in Port Ennis, Saoirse Madden",
                ":",
                '"The sea wall is taking a pounding. Waves are coming clean over the promenade and the council has closed every road along the front."',
            ),
            c(
                "Forecaster Cathal Breen",
                "told",
                "that gusts of up to 160 km/h were possible overnight",
            ),
            c(
                "Forecaster Cathal Breen",
                "urged",
                'people in the area not to travel "unless your life depends on it."',
            ),
            c(
                "the airport",
                "posted",
                "All flights out of Ennis Regional Airport have been cancelled for the rest of the day",
            ),
            c(
                None,
                "reportedly",
                [
                    "The prime minister, Orla Fitzmaurice, is",
                    "cutting short a trip abroad to return tonight",
                ],
            ),
            c(
                "Education Minister Niamh Corrigan",
                "said",
                "the decision would be left to each school board but that she expected most in the west to stay closed",
            ),
        ],
    ),
    article(
        "news2-business-nordvik-profit",
        "business",
        "2026-10-29",
        """
Nordvik Shipping profit halves as freight rates slide; shares drop 9%

Nordvik Shipping, one of the world's largest operators of container ships, reported on Thursday that its third-quarter net profit fell 52 percent from a year earlier, to 410 million dollars, as freight rates on its main Asia-Europe routes dropped.

Revenue slipped 18 percent to 3.1 billion dollars. The company now forecasts full-year operating profit of between 1.6 billion and 1.8 billion dollars. It had previously forecast as much as 2.4 billion.

Analysts polled by the data provider Ledgerline had forecast a quarterly profit of about 520 million dollars.

"The market has more ships than it has cargo, and it will stay that way through 2027," chief executive Mathilde Engström told analysts on a conference call. She said Nordvik would delay delivery of four new vessels and cut 600 office jobs, mostly at its headquarters in Haldvik.

Shares in Nordvik fell 9.3 percent in early trading, their biggest one-day drop since March.

"This is a company bracing for a long winter," said Oskar Haugland, a shipping analyst at the investment bank Fjell & Partners. He predicted that freight rates would not recover before 2028 but added that Nordvik's balance sheet remained strong enough to keep paying a dividend.

Tidewater Capital, an activist investor that owns about 3 percent of Nordvik, has called for the sale of the company's loss-making logistics division. Nordvik declined to comment on whether it was considering a sale.

Tidewater is understood to be seeking a seat on the board at next year's annual meeting.
""",
        [
            c(
                "Nordvik Shipping, one of the world's largest operators of container ships",
                "reported",
                "that its third-quarter net profit fell 52 percent from a year earlier, to 410 million dollars, as freight rates on its main Asia-Europe routes dropped",
            ),
            c(
                "The company",
                "forecasts",
                "full-year operating profit of between 1.6 billion and 1.8 billion dollars",
            ),
            c("It", "forecast", "as much as 2.4 billion"),
            c(
                "Analysts polled by the data provider Ledgerline",
                "had forecast",
                "a quarterly profit of about 520 million dollars",
            ),
            c(
                "chief executive Mathilde Engström",
                "told",
                '"The market has more ships than it has cargo, and it will stay that way through 2027,"',
            ),
            c(
                "She",
                "said",
                "Nordvik would delay delivery of four new vessels and cut 600 office jobs, mostly at its headquarters in Haldvik",
            ),
            c(
                "Oskar Haugland, a shipping analyst at the investment bank Fjell & Partners",
                "said",
                '"This is a company bracing for a long winter,"',
            ),
            c("He", "predicted", "that freight rates would not recover before 2028"),
            c(
                "He",
                "added",
                "that Nordvik's balance sheet remained strong enough to keep paying a dividend",
            ),
            c(
                "Tidewater Capital, an activist investor that owns about 3 percent of Nordvik",
                "has called for",
                "the sale of the company's loss-making logistics division",
            ),
            c(
                None,
                "is understood to",
                [
                    "Tidewater",
                    "be seeking a seat on the board at next year's annual meeting",
                ],
                n=1,
            ),
        ],
    ),
    article(
        "news2-business-merkado-freshhaus-talks",
        "business",
        "2026-04-08",
        """
Merkado in talks to buy rival grocer FreshHaus, sources say

Merkado, the country's second-largest supermarket chain, is in advanced talks to buy smaller rival FreshHaus in a deal that would value it at about 900 million euros, according to two people familiar with the negotiations.

An agreement could be announced as early as next week, said the people, who asked not to be identified because the talks are private. They cautioned that the terms could still change and that the talks might yet collapse.

In a filing with the Lisvora stock exchange late on Tuesday, Merkado confirmed that it was "in discussions regarding a possible transaction" but said no decision had been made. FreshHaus did not respond to emails seeking comment.

A combined group would control about 31 percent of the grocery market, according to estimates by the research firm Retail Lens. That would make it the largest chain in the country by sales.

Such a deal is likely to draw scrutiny. The Competition Authority's chairwoman, Beatriz Lanhoso, told a parliamentary committee in September that she was "watching consolidation in food retail very closely." A spokesman for the authority declined to comment on Wednesday.

The Consumers' Association warned that a merger would leave shoppers in dozens of towns with only one large supermarket. "Fewer shops means higher prices. It is that simple," its director, Rui Salgueiro, said.

FreshHaus was founded in 2009 by the brothers Anton and Milo Krebs, who still own 40 percent of it. The brothers are said to have rejected an approach from a foreign buyer last year.

Merkado shares rose 4 percent on Wednesday.
""",
        [
            c(
                "sources",
                "say",
                "Merkado in talks to buy rival grocer FreshHaus",
            ),
            c(
                "two people familiar with the negotiations",
                "according to",
                "Merkado, the country's second-largest supermarket chain, is in advanced talks to buy smaller rival FreshHaus in a deal that would value it at about 900 million euros",
            ),
            c(
                "the people, who asked not to be identified because the talks are private",
                "said",
                "An agreement could be announced as early as next week",
            ),
            c(
                "They",
                "cautioned",
                "that the terms could still change and that the talks might yet collapse",
            ),
            c(
                "Merkado",
                "confirmed",
                'that it was "in discussions regarding a possible transaction"',
            ),
            c("Merkado", "said", "no decision had been made"),
            c(
                "estimates by the research firm Retail Lens",
                "according to",
                "A combined group would control about 31 percent of the grocery market",
            ),
            c(
                "The Competition Authority's chairwoman, Beatriz Lanhoso",
                "told",
                'that she was "watching consolidation in food retail very closely."',
            ),
            c(
                "The Consumers' Association",
                "warned",
                "that a merger would leave shoppers in dozens of towns with only one large supermarket",
            ),
            c(
                "its director, Rui Salgueiro",
                "said",
                '"Fewer shops means higher prices. It is that simple,"',
            ),
            c(
                None,
                "are said to",
                [
                    "The brothers",
                    "have rejected an approach from a foreign buyer last year",
                ],
            ),
        ],
    ),
    article(
        "news2-foreign-karesh-dovania-border",
        "foreign",
        "2026-09-06",
        """
Karesh and Dovania agree to reopen border crossing after six-month closure

TEMRAZ, Karesh — Karesh and neighbouring Dovania agreed on Sunday to reopen their main border crossing to trade from next month, easing a six-month standoff that had stranded thousands of lorries and sent food prices soaring in both countries.

The agreement was reached after two days of talks in the lakeside town of Solvan, mediated by the regional envoy, Amadou Diallo-Reyes. Speaking to reporters afterwards, Diallo-Reyes described the deal as "modest, but real," and said both governments had committed to a joint customs post staffed by officers from each side.

Karesh's foreign minister, Leyla Barzani, said her government would release 40 Dovanian lorry drivers detained since the spring "as a gesture of good faith." Dovania's state news agency, DNA, reported that the drivers would be handed over at the crossing on Wednesday.

Not everything was settled. A senior Dovanian official, who spoke on condition of anonymity because he was not authorised to brief the media, said the two sides remained far apart on fishing rights in the lake. Each government has accused the other's coast guard of firing on fishing boats.

Satellite images released last month by the monitoring group Orbit Watch showed that dozens of military vehicles had been moved to the Dovanian side of the border. Dovania's defence ministry has called the images fabricated and denied that any troops had been moved.

The crossing is expected to handle up to 1,500 lorries a day once fully open.

Traders at the crossing greeted the news cautiously. "I will believe it when the barrier goes up," said Farid Hamdani, whose fruit lorries have been parked in a field near the border since April.
""",
        [
            c(
                "Diallo-Reyes",
                "described",
                'the deal as "modest, but real,"',
            ),
            c(
                "Diallo-Reyes",
                "said",
                "both governments had committed to a joint customs post staffed by officers from each side",
            ),
            c(
                "Karesh's foreign minister, Leyla Barzani",
                "said",
                'her government would release 40 Dovanian lorry drivers detained since the spring "as a gesture of good faith."',
            ),
            c(
                "Dovania's state news agency, DNA",
                "reported",
                "that the drivers would be handed over at the crossing on Wednesday",
            ),
            c(
                "A senior Dovanian official, who spoke on condition of anonymity because he was not authorised to brief the media",
                "said",
                "the two sides remained far apart on fishing rights in the lake",
            ),
            c(
                "Each government",
                "has accused",
                "the other's coast guard of firing on fishing boats",
            ),
            c(
                "Satellite images released last month by the monitoring group Orbit Watch",
                "showed",
                "that dozens of military vehicles had been moved to the Dovanian side of the border",
            ),
            c(
                "Dovania's defence ministry",
                "has called",
                "the images fabricated",
            ),
            c("Dovania's defence ministry", "denied", "that any troops had been moved"),
            c(
                None,
                "is expected to",
                [
                    "The crossing",
                    "handle up to 1,500 lorries a day once fully open",
                ],
            ),
            c(
                "Farid Hamdani, whose fruit lorries have been parked in a field near the border since April",
                "said",
                '"I will believe it when the barrier goes up,"',
            ),
        ],
    ),
    article(
        "news2-health-aldria-whooping-cough",
        "health",
        "2026-11-03",
        """
Whooping cough cases triple as health agency urges vaccination in pregnancy

Cases of whooping cough in Aldria have tripled this year, the National Public Health Institute said on Tuesday, and two infants too young to be vaccinated have died since January.

The institute recorded 4,812 confirmed cases between January and October, compared with 1,530 in the whole of last year. Its weekly bulletin shows that the sharpest rise has been among children aged 10 to 14.

Dr. Oksana Wilczek, who heads the institute's vaccination programme, said the figures were "a warning we cannot ignore." She urged pregnant women to get the vaccine between the 16th and 32nd week of pregnancy.

"Babies cannot be vaccinated until they are two months old. Until then, the only shield they have is the one their mother gives them," she said.

Only 58 percent of pregnant women received the vaccine last year, according to the institute, down from 71 percent in 2019. Wilczek said the fall was partly explained by a shortage of midwives, who usually give the jab, in rural districts.

The Aldrian College of Midwives acknowledged that staffing was a problem but argued that the institute had been slow to warn its members about the outbreak. Its president, Hana Vukovic, wrote in a letter to the health minister that midwives had learned of the first infant death "from the evening news."

Whooping cough, or pertussis, spreads through coughs and sneezes and can cause coughing fits that last for weeks. Experts say outbreaks typically peak every three to five years.

The health ministry is expected to announce a catch-up vaccination campaign for teenagers later this month.
""",
        [
            c(
                "health agency",
                "urges",
                "vaccination in pregnancy",
            ),
            c(
                "the National Public Health Institute",
                "said",
                [
                    "Cases of whooping cough in Aldria have tripled this year",
                    "and two infants too young to be vaccinated have died since January",
                ],
            ),
            c(
                "Its weekly bulletin",
                "shows",
                "that the sharpest rise has been among children aged 10 to 14",
            ),
            c(
                "Dr. Oksana Wilczek, who heads the institute's vaccination programme",
                "said",
                'the figures were "a warning we cannot ignore."',
            ),
            c(
                "She",
                "urged",
                "pregnant women to get the vaccine between the 16th and 32nd week of pregnancy",
            ),
            c(
                "she",
                "said",
                '"Babies cannot be vaccinated until they are two months old. Until then, the only shield they have is the one their mother gives them,"',
            ),
            c(
                "the institute",
                "according to",
                [
                    "Only 58 percent of pregnant women received the vaccine last year",
                    "down from 71 percent in 2019",
                ],
            ),
            c(
                "Wilczek",
                "said",
                "the fall was partly explained by a shortage of midwives, who usually give the jab, in rural districts",
            ),
            c(
                "The Aldrian College of Midwives",
                "acknowledged",
                "that staffing was a problem",
            ),
            c(
                "The Aldrian College of Midwives",
                "argued",
                "that the institute had been slow to warn its members about the outbreak",
            ),
            c(
                "Its president, Hana Vukovic",
                "wrote",
                'that midwives had learned of the first infant death "from the evening news."',
            ),
            c(
                "Experts",
                "say",
                "outbreaks typically peak every three to five years",
            ),
            c(
                None,
                "is expected to",
                [
                    "The health ministry",
                    "announce a catch-up vaccination campaign for teenagers later this month",
                ],
            ),
        ],
    ),
]
