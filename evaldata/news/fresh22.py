"""A held-out set of invented news articles and their attributions, as strings (fresh22).

Written on 2026-12-05 blind to claimx's rules (the annotator neither ran claimx nor read its
source, its tests or the other sets) and never to be used for tuning. Every article, person,
organisation, place and quotation here is invented (MIT, like the project). ``build.py --set
fresh22`` turns these into ``fresh22.jsonl`` with exact spans; the conventions are in
docs/evaldata-news.md.

Twelve articles (wire, courts, council, press-release, interview, live-blog, opinion, business,
foreign, health) in American metro, Caribbean, Indian and British regional house styles.
"""

# ruff: noqa: E501 (article text: one paragraph a line)
from __future__ import annotations

from typing import Any

from articles import article, c, qa

ARTICLES: list[dict[str, Any]] = [
    article(
        "fresh22-wire-landslides",
        "wire",
        "2026-10-14",
        """
Landslides kill at least 11 in south Trinidad as rescuers search for dozens missing

MORNE LAVEAU, Trinidad, Oct 14 (Caribbean Wire Service) — At least 11 people were killed and dozens more are missing after landslides buried homes in three hillside villages in south Trinidad early on Tuesday, officials said, as rescuers dug through mud with shovels and bare hands.

The National Emergency Coordination Office, in an afternoon bulletin, put the confirmed death toll at 11, with 34 people unaccounted for and more than 600 in emergency shelters. The office said the figure for the missing was "fluid" because some residents had left the area before the slopes gave way and had not yet contacted relatives.

Police gave a higher count. Senior Superintendent Carla Mohammed-Pierre, who is leading the police response in the south, told reporters at a command post in Morne Laveau that officers had recovered 13 bodies, two of them children, and that "we are not at the end of this."

"Some of the houses are under four or five metres of earth," she said. "My officers are working alongside the fire service and the regiment, and they will keep working through the night."

Asked why the police figure differed from the emergency office's, Mohammed-Pierre said two of the bodies had been found late in the morning in a gully outside the villages and might not yet have been added to the official count.

Health Minister Dr Vishnu Lalbeharry said 27 people were being treated at Morne Laveau General Hospital and at a district health centre in Grand Escalier, four of them in critical condition. He called the next 48 hours "critical for anyone still under the mud."

'THE HILL JUST CAME DOWN'

Heavy rain from a tropical wave dropped more than 280 millimetres on the southern range in 36 hours, according to the Trinidad Weather Bureau, which had issued an orange-level alert on Sunday evening.

In Grand Escalier, where the damage was worst, residents said they heard a roar shortly before dawn. Shirlene Joseph, 52, said she woke to the sound of trees snapping and ran outside with her two grandchildren.

"The hill just came down," she said. "My neighbour's house is not there. It is just not there."

Kenrick Alleyne, chairman of the Morne Laveau Regional Corporation, said the corporation's own count, drawn from village councillors, put the number of missing closer to 50. He urged families to register missing relatives at the shelter at Morne Laveau Secondary School "so that we are not digging for people who are safe in town."

Prime Minister Desmond Ferreira-Khan, who flew over the area by helicopter, declared the three villages a disaster zone and said the government would release TT$20 million in emergency relief this week.

A senior fire officer, who was not authorised to speak to the media, said crews had been slowed by a second slip on the Grand Escalier road on Tuesday afternoon and that heavy machinery could not reach the upper village until the road was cleared.

The army is expected to deploy two more engineering units on Wednesday. Residents of nearby Santa Ines Heights were told to leave their homes as a precaution and to take medication and documents with them.

The Ministry of Works, which began a slope stabilisation project above Grand Escalier in 2023 and halted it a year later, did not respond to a request for comment.

(Reporting by Nadia Sookdeo; Editing by Marcus Greaves)
""",
        [
            c(
                "officials",
                "said",
                "At least 11 people were killed and dozens more are missing after landslides buried homes in three hillside villages in south Trinidad early on Tuesday",
            ),
            c(
                "The National Emergency Coordination Office",
                "put",
                "the confirmed death toll at 11, with 34 people unaccounted for and more than 600 in emergency shelters",
            ),
            c(
                "The office",
                "said",
                'the figure for the missing was "fluid" because some residents had left the area before the slopes gave way and had not yet contacted relatives',
            ),
            c(
                "Senior Superintendent Carla Mohammed-Pierre, who is leading the police response in the south",
                "told",
                'that officers had recovered 13 bodies, two of them children, and that "we are not at the end of this."',
            ),
            c(
                "she",
                "said",
                [
                    '"Some of the houses are under four or five metres of earth,"',
                    '"My officers are working alongside the fire service and the regiment, and they will keep working through the night."',
                ],
            ),
            c(
                "Mohammed-Pierre",
                "said",
                "two of the bodies had been found late in the morning in a gully outside the villages and might not yet have been added to the official count",
            ),
            c(
                "Health Minister Dr Vishnu Lalbeharry",
                "said",
                "27 people were being treated at Morne Laveau General Hospital and at a district health centre in Grand Escalier, four of them in critical condition",
            ),
            c("He", "called", 'the next 48 hours "critical for anyone still under the mud."'),
            c(
                "the Trinidad Weather Bureau, which had issued an orange-level alert on Sunday evening",
                "according to",
                "Heavy rain from a tropical wave dropped more than 280 millimetres on the southern range in 36 hours",
            ),
            c("residents", "said", "they heard a roar shortly before dawn"),
            c(
                "Shirlene Joseph, 52",
                "said",
                "she woke to the sound of trees snapping and ran outside with her two grandchildren",
            ),
            c(
                "she",
                "said",
                [
                    '"The hill just came down,"',
                    '"My neighbour\'s house is not there. It is just not there."',
                ],
            ),
            c(
                "Kenrick Alleyne, chairman of the Morne Laveau Regional Corporation",
                "said",
                "the corporation's own count, drawn from village councillors, put the number of missing closer to 50",
            ),
            c(
                "the corporation's own count, drawn from village councillors",
                "put",
                "the number of missing closer to 50",
            ),
            c(
                "He",
                "urged",
                'families to register missing relatives at the shelter at Morne Laveau Secondary School "so that we are not digging for people who are safe in town."',
            ),
            c(
                "Prime Minister Desmond Ferreira-Khan, who flew over the area by helicopter",
                "said",
                "the government would release TT$20 million in emergency relief this week",
            ),
            c(
                "A senior fire officer, who was not authorised to speak to the media",
                "said",
                "crews had been slowed by a second slip on the Grand Escalier road on Tuesday afternoon and that heavy machinery could not reach the upper village until the road was cleared",
            ),
            c(
                None,
                "is expected to",
                ["The army", "deploy two more engineering units on Wednesday"],
            ),
            c(
                None,
                "were told",
                [
                    "Residents of nearby Santa Ines Heights",
                    "to leave their homes as a precaution and to take medication and documents with them",
                ],
            ),
        ],
    ),
    article(
        "fresh22-courts-mill-lane",
        "courts",
        "2026-09-16",
        """
Pensioner left in road with fractured skull after row over parking space, trial hears

By Tom Ashworth, Court Reporter

A pensioner was punched to the ground and left lying in the road after a row over a parking space outside a Castlebridge takeaway, a jury heard.

Derek Halloran, 74, suffered a fractured skull and spent three weeks in hospital after the incident in Mill Lane on the evening of March 9, prosecutor Anita Sharma told Castlebridge Crown Court on Tuesday.

Liam Carver, 29, of Foundry Close, Castlebridge, denies causing grievous bodily harm with intent and an alternative charge of inflicting grievous bodily harm.

Opening the case, Ms Sharma said Mr Halloran had pulled into a space that Carver's friend had been waiting for.

"What followed was out of all proportion to a parking space," she told the jury. "Mr Halloran got out of his car, words were exchanged, and within a minute he was unconscious on the tarmac."

She said CCTV from the takeaway showed the defendant striking Mr Halloran once to the side of the head and walking away "without so much as a backward glance" while the pensioner lay in the road.

Footage shown to jury

The jury was shown the footage, which has no sound, twice during the morning.

Ms Sharma said Carver had told police in interview that he acted in self-defence because Mr Halloran had "come at him" with a car key in his hand.

"You will want to look very carefully at whether there is anything in his hand at all," she said.

Takeaway worker Ionut Lazar, 23, said he heard shouting and saw the older man go down "like a tree."

Under cross-examination by defence barrister Hugh Pennington, Mr Lazar accepted that he had not seen how the argument began.

Mr Pennington asked him whether Mr Halloran had been "shouting and jabbing his finger" at his client.

"He was angry, yes," Mr Lazar replied. "But he is an old man."

Mr Halloran, who gave evidence from behind a screen, said he had no memory of being struck. He told the court he had gone out to buy fish and chips for himself and his wife of 51 years.

"The next thing I remember is a nurse asking me my name," he said.

He denied swearing at the defendant and said he had nothing in his hand but his glasses case.

The trial continues.

Read more: Mill Lane CCTV upgrade to go ahead after funding boost
""",
        [
            c(
                None,
                "hears",
                "Pensioner left in road with fractured skull after row over parking space",
            ),
            c(
                None,
                "heard",
                "A pensioner was punched to the ground and left lying in the road after a row over a parking space outside a Castlebridge takeaway",
            ),
            c(
                "prosecutor Anita Sharma",
                "told",
                "Derek Halloran, 74, suffered a fractured skull and spent three weeks in hospital after the incident in Mill Lane on the evening of March 9",
            ),
            c(
                "Ms Sharma",
                "said",
                "Mr Halloran had pulled into a space that Carver's friend had been waiting for",
            ),
            c(
                "she",
                "told",
                [
                    '"What followed was out of all proportion to a parking space,"',
                    '"Mr Halloran got out of his car, words were exchanged, and within a minute he was unconscious on the tarmac."',
                ],
            ),
            c(
                "She",
                "said",
                'CCTV from the takeaway showed the defendant striking Mr Halloran once to the side of the head and walking away "without so much as a backward glance" while the pensioner lay in the road',
            ),
            c(
                "CCTV from the takeaway",
                "showed",
                'the defendant striking Mr Halloran once to the side of the head and walking away "without so much as a backward glance" while the pensioner lay in the road',
            ),
            c(
                "Ms Sharma",
                "said",
                'Carver had told police in interview that he acted in self-defence because Mr Halloran had "come at him" with a car key in his hand',
            ),
            c(
                "Carver",
                "told",
                'that he acted in self-defence because Mr Halloran had "come at him" with a car key in his hand',
            ),
            c(
                "she",
                "said",
                '"You will want to look very carefully at whether there is anything in his hand at all,"',
            ),
            c(
                "Takeaway worker Ionut Lazar, 23",
                "said",
                'he heard shouting and saw the older man go down "like a tree."',
            ),
            c("Mr Lazar", "accepted", "that he had not seen how the argument began"),
            c("Mr Lazar", "replied", ['"He was angry, yes,"', '"But he is an old man."']),
            c(
                "Mr Halloran, who gave evidence from behind a screen",
                "said",
                "he had no memory of being struck",
            ),
            c(
                "He",
                "told",
                "he had gone out to buy fish and chips for himself and his wife of 51 years",
            ),
            c("he", "said", '"The next thing I remember is a nurse asking me my name,"'),
            c("He", "denied", "swearing at the defendant"),
            c("He", "said", "he had nothing in his hand but his glasses case"),
        ],
    ),
    article(
        "fresh22-council-bus-depot",
        "council",
        "2026-10-29",
        """
Council delays vote on Eastside bus depot after residents pack hearing

By Maria Delgado-Wynn | Ledger Staff Writer

The Calder Falls City Council voted 6-3 on Tuesday night to delay a decision on a proposed $48 million electric bus depot on the city's Eastside, after more than 200 residents crowded into City Hall for nearly four hours of public comment.

Council member Rosalind Okafor, whose district includes the site, moved that the item be deferred until the transit authority completes a traffic study of the surrounding streets.

"My constituents are not against buses. They ride them," Okafor said. "What they are against is being told where a depot goes after the shovels are already ordered."

The Calder Falls Area Transit Authority wants to build the 14-acre depot on the former Hessler Brake Works site on Dunmore Avenue, to house and charge 120 battery buses that are due to replace its diesel fleet by 2030.

Transit authority CEO Gregory Tan told the council the agency would lose a $19 million federal grant if construction did not begin by next June. He called the delay "a risk we can't afford to take with other people's money."

A city planning staff report released last week found that the depot would add about 340 vehicle trips a day to Dunmore Avenue but concluded that the impact on air quality would be "less than significant" because the buses are electric.

Residents were not persuaded. Darnell Price, who has lived on Dunmore Avenue for 31 years, said diesel trucks from the freight yard already idle outside his window at all hours.

"Now you want to put 120 buses and their maintenance trucks on the same block," he said, "and you tell me it's clean."

Price asked why the authority had not considered a vacant lot near the airport. Tan said that site flooded twice in the last decade and would need $11 million in fill and drainage work. Under questioning from Okafor, Tan conceded that the authority had not held a community meeting on the Eastside before it chose the site.

Lorraine Fitch, president of the Eastside Neighbors Association, handed the clerk a petition with about 1,400 signatures. The petition calls for an independent health assessment before any vote.

Council member Victor Amato, who voted against the delay, argued that the city had studied the site "to death" and warned that the grant money would go to another city.

"Every month we wait, the price goes up and the buses get older," Amato said.

The authority has also looked at a second site in the Northgate industrial park, according to two people familiar with the search who were not authorized to discuss it publicly.

A spokeswoman for Hessler Industrial Holdings, which still owns the Dunmore Avenue land, declined to comment on the sale price.

Mayor Janet Cordero, who votes only to break ties, said in a statement Wednesday that she was "disappointed but not discouraged" and that she had asked the transit authority to meet with Eastside neighbors within 30 days.

The council is expected to take up the item again on Nov. 18.

Related: What to know about Calder Falls' switch to electric buses
""",
        [
            c(
                "Council member Rosalind Okafor, whose district includes the site",
                "moved",
                "that the item be deferred until the transit authority completes a traffic study of the surrounding streets",
            ),
            c(
                "Okafor",
                "said",
                [
                    '"My constituents are not against buses. They ride them,"',
                    '"What they are against is being told where a depot goes after the shovels are already ordered."',
                ],
            ),
            c(
                "Transit authority CEO Gregory Tan",
                "told",
                "the agency would lose a $19 million federal grant if construction did not begin by next June",
            ),
            c(
                "He",
                "called",
                "the delay \"a risk we can't afford to take with other people's money.\"",
            ),
            c(
                "A city planning staff report released last week",
                "found",
                "that the depot would add about 340 vehicle trips a day to Dunmore Avenue",
            ),
            c(
                "A city planning staff report released last week",
                "concluded",
                'that the impact on air quality would be "less than significant" because the buses are electric',
            ),
            c(
                "Darnell Price, who has lived on Dunmore Avenue for 31 years",
                "said",
                "diesel trucks from the freight yard already idle outside his window at all hours",
            ),
            c(
                "he",
                "said",
                [
                    '"Now you want to put 120 buses and their maintenance trucks on the same block,"',
                    '"and you tell me it\'s clean."',
                ],
            ),
            c(
                "Tan",
                "said",
                "that site flooded twice in the last decade and would need $11 million in fill and drainage work",
            ),
            c(
                "Tan",
                "conceded",
                "that the authority had not held a community meeting on the Eastside before it chose the site",
            ),
            c("The petition", "calls for", "an independent health assessment before any vote"),
            c(
                "Council member Victor Amato, who voted against the delay",
                "argued",
                'that the city had studied the site "to death"',
            ),
            c(
                "Council member Victor Amato, who voted against the delay",
                "warned",
                "that the grant money would go to another city",
            ),
            c("Amato", "said", '"Every month we wait, the price goes up and the buses get older,"'),
            c(
                "two people familiar with the search who were not authorized to discuss it publicly",
                "according to",
                "The authority has also looked at a second site in the Northgate industrial park",
            ),
            c(
                "Mayor Janet Cordero, who votes only to break ties",
                "said",
                'that she was "disappointed but not discouraged" and that she had asked the transit authority to meet with Eastside neighbors within 30 days',
            ),
            c(
                "she",
                "asked",
                "the transit authority to meet with Eastside neighbors within 30 days",
            ),
            c(None, "is expected to", ["The council", "take up the item again on Nov. 18"]),
        ],
    ),
    article(
        "fresh22-press-release-kesari",
        "press-release",
        "2026-10-28",
        """
Kesari Agrotech reports 14% rise in second-quarter revenue; board declares interim dividend

SURYANAGAR, India, Oct. 28, 2026 /IndiaCorpWire/ -- Kesari Agrotech Limited, a maker of tractors and harvesting equipment, today announced that its revenue from operations for the second quarter ended September 30, 2026 rose 14.2% to ₹1,842 crore, as a strong monsoon and its new compact tractors lifted sales in its home markets.

Q2 FY27 highlights (compared with Q2 FY26):

• Revenue from operations of ₹1,842 crore, up 14.2%
• EBITDA of ₹298 crore, up 20%; EBITDA margin of 16.2%, up 90 basis points
• Net profit of ₹211 crore, up 19%
• Tractor volumes of 21,460 units, up 11%; harvester volumes of 1,140 units, up 4%
• Net debt of ₹140 crore, down from ₹390 crore a year earlier

Domestic tractor sales grew 9% across the industry in the first half of the financial year, according to the Tractor and Implements Manufacturers' Council.

"This was a quarter in which a good monsoon and our new compact range came together," said Anjali Kesari-Menon, Managing Director of Kesari Agrotech. "Rural demand has been stronger than we planned for, and the Bhoomi 25 series now accounts for nearly a fifth of our tractor sales.

"We remain cautious about the second half. Steel prices have started to climb again, and we will not chase volume at the expense of margin."

Rohan Deshpande, Chief Financial Officer, added: "Strong collections from dealers let us bring net debt down by ₹250 crore in twelve months. We expect capital expenditure of about ₹250 crore this year, most of it on the new transmission plant."

Exports

Export revenue fell 6% to ₹212 crore. Shipments to East Africa were lower, and an order for a distributor in South-east Asia was shipped in October rather than September.

New plant

The company also announced that it had signed a memorandum of understanding with the state government to set up a transmission plant in the Devgiri industrial area, with an investment of about ₹600 crore over three years. The plant is to begin production in 2028 and will employ about 900 people.

Dividend

The Board of Directors, at its meeting held today, approved an interim dividend of ₹4 per equity share of face value ₹2 and fixed November 12, 2026 as the record date.

Forward-looking statements

Statements in this release describing the company's objectives, projections, estimates and expectations may be forward-looking statements within the meaning of applicable laws and regulations. Actual results could differ materially from those expressed or implied.

About Kesari Agrotech Limited

Founded in 1978 in Suryanagar, Kesari Agrotech Limited makes tractors from 20 to 75 horsepower, combine harvesters and farm implements at four plants, and sells them through more than 1,100 dealers in India and in 38 other countries.

Media contact:
Priya Nair, Corporate Communications
Kesari Agrotech Limited
+91 20 5550 0142 | communications@kesariagro.example
""",
        [
            c("Kesari Agrotech", "reports", "14% rise in second-quarter revenue"),
            c(
                "Kesari Agrotech Limited, a maker of tractors and harvesting equipment",
                "announced",
                "that its revenue from operations for the second quarter ended September 30, 2026 rose 14.2% to ₹1,842 crore, as a strong monsoon and its new compact tractors lifted sales in its home markets",
            ),
            c(
                "the Tractor and Implements Manufacturers' Council",
                "according to",
                "Domestic tractor sales grew 9% across the industry in the first half of the financial year",
            ),
            c(
                "Anjali Kesari-Menon, Managing Director of Kesari Agrotech",
                "said",
                [
                    '"This was a quarter in which a good monsoon and our new compact range came together,"',
                    '"Rural demand has been stronger than we planned for, and the Bhoomi 25 series now accounts for nearly a fifth of our tractor sales.',
                    '"We remain cautious about the second half. Steel prices have started to climb again, and we will not chase volume at the expense of margin."',
                ],
            ),
            c(
                "Rohan Deshpande, Chief Financial Officer",
                "added",
                '"Strong collections from dealers let us bring net debt down by ₹250 crore in twelve months. We expect capital expenditure of about ₹250 crore this year, most of it on the new transmission plant."',
            ),
            c(
                "The company",
                "announced",
                "that it had signed a memorandum of understanding with the state government to set up a transmission plant in the Devgiri industrial area, with an investment of about ₹600 crore over three years",
            ),
        ],
    ),
    article(
        "fresh22-interview-sargassum",
        "interview",
        "2026-08-23",
        """
"The sea is giving us weed instead of fish": Marlene Cudjoe-Baptiste on the sargassum season

SUNDAY CONVERSATION

By Keisha Ramnarine

Every morning since March, Marlene Cudjoe-Baptiste has walked the beach at Anse Corbeau before dawn to see how much sargassum the tide has brought in. On most days, she says, it is enough to keep the co-operative's 140 boats tied up.

Cudjoe-Baptiste, 58, has chaired the Anse Corbeau Fisherfolk Co-operative for 11 years. Members have lost between a third and half of their income this year, according to a survey the co-operative carried out in August, and the fisheries ministry is expected to announce a relief package in the budget next month.

The ministry said in a statement last week that it had spent $3.2 million on beach clean-ups in the south this year and that a "longer-term sargassum strategy" was being drawn up with regional scientists. A ministry spokesman did not respond to questions about when it would be published.

Cudjoe-Baptiste spoke to the Chronicle at the co-operative's shed, between calls from members.

CHRONICLE: How bad is it this year?

CUDJOE-BAPTISTE: Worse than 2018, and 2018 was the worst I had seen. Some mornings the weed is a metre deep at the jetty. You cannot push a pirogue through that. The engines choke. Two boats lost their engines in one week in May.

CHRONICLE: What does that mean for a family?

CUDJOE-BAPTISTE: It means a man who was bringing home four, five thousand dollars a month is bringing home one. It means children staying home some days because there is no taxi fare. People are trusting from the shop, and the shop is trusting from the wholesaler.

CHRONICLE: In April you told the minister the co-operative would block the harbour road if nothing was done. Did you mean it?

CUDJOE-BAPTISTE: I meant that we were desperate. We did not block anything. We had a meeting, the ministry sent two officers, they took notes, and they told us a clean-up crew would come. The crew came for three days.

CHRONICLE: What do you want from the budget?

CUDJOE-BAPTISTE: Three things. A monthly grant for registered fishers while the season lasts, not a one-time cheque. A harvester boat for the bay, so we are not pulling weed by hand. And somebody to take the weed away. There are people in Barbados making fertiliser out of it. Why are we burying it?

CHRONICLE: Are the younger fishers leaving?

CUDJOE-BAPTISTE: Four of our young men went to work offshore this year, and I do not blame them. But when they go, they don't come back. My father fished this bay, my husband fishes it. I would like to think somebody's grandson will fish it. The sea is giving us weed instead of fish, but the sea will change. I need the people to still be here when it does.

This interview has been edited for length and clarity.

Correction: An earlier version of this article gave the number of boats in the co-operative as 104. It is 140.
""",
        [
            c("Marlene Cudjoe-Baptiste", ":", '"The sea is giving us weed instead of fish"'),
            c(
                "she",
                "says",
                ["On most days", "it is enough to keep the co-operative's 140 boats tied up"],
            ),
            c(
                "a survey the co-operative carried out in August",
                "according to",
                "Members have lost between a third and half of their income this year",
            ),
            c(
                None,
                "is expected to",
                ["the fisheries ministry", "announce a relief package in the budget next month"],
            ),
            c(
                "The ministry",
                "said",
                'that it had spent $3.2 million on beach clean-ups in the south this year and that a "longer-term sargassum strategy" was being drawn up with regional scientists',
            ),
            qa(
                "CUDJOE-BAPTISTE",
                "Worse than 2018, and 2018 was the worst I had seen. Some mornings the weed is a metre deep at the jetty. You cannot push a pirogue through that. The engines choke. Two boats lost their engines in one week in May.",
            ),
            qa(
                "CUDJOE-BAPTISTE",
                "It means a man who was bringing home four, five thousand dollars a month is bringing home one. It means children staying home some days because there is no taxi fare. People are trusting from the shop, and the shop is trusting from the wholesaler.",
            ),
            qa(
                "CUDJOE-BAPTISTE",
                "I meant that we were desperate. We did not block anything. We had a meeting, the ministry sent two officers, they took notes, and they told us a clean-up crew would come. The crew came for three days.",
            ),
            qa(
                "CUDJOE-BAPTISTE",
                "Three things. A monthly grant for registered fishers while the season lasts, not a one-time cheque. A harvester boat for the bay, so we are not pulling weed by hand. And somebody to take the weed away. There are people in Barbados making fertiliser out of it. Why are we burying it?",
            ),
            qa(
                "CUDJOE-BAPTISTE",
                "Four of our young men went to work offshore this year, and I do not blame them. But when they go, they don't come back. My father fished this bay, my husband fishes it. I would like to think somebody's grandson will fish it. The sea is giving us weed instead of fish, but the sea will change. I need the people to still be here when it does.",
            ),
        ],
    ),
    article(
        "fresh22-live-blog-storm-ingram",
        "live-blog",
        "2026-11-19",
        """
Storm Ingram live: gusts of 78mph hit Westmarsh coast as 11,000 homes lose power

By Hannah Lowry and Ben Critchley | Last updated 16:58

Key points

- Amber wind warning in force until 9pm
- Harbridge seafront closed to traffic
- No trains between Harbridge and Marlow Junction for the rest of the day
- More than 11,000 properties without power

16:58

Power cuts climb past 11,000

Wessmere Power Networks now says 11,240 properties are without power across the county, most of them on the coastal strip between Harbridge and Coldwell.

A spokesman said engineers would not climb poles while gusts were above 60mph, so some customers "should be ready to spend the night without power."

16:31

Drivers urged to stay off the roads

Westmarsh Police are asking drivers not to travel unless their journey is essential. Chief Inspector Dawn Whitlock said three trees had come down across the coast road between Coldwell and Pelham in the past hour.

"We have officers at each of them, but we can't be everywhere," she said. "If you don't need to be out, please stay at home tonight."

16:10

78mph gust at Coldwell Point

Forecasters at the Skyline Weather Centre said a gust of 78mph had been recorded at Coldwell Point just after 3.30pm, the strongest in the county since 2014. The wind is expected to ease after dark.

15:44

Trains cancelled

Coastway Rail said a tree had fallen on the line near Pelham and that services between Harbridge and Marlow Junction were unlikely to resume before the first train tomorrow. Passengers are advised not to travel. Tickets for today will be accepted tomorrow, the operator added.

15:20

Waves break over the harbour wall at Coldwell this afternoon. (Photo: Sam Greenhalgh)

15:02

School closes early

Harbridge Academy sent pupils home at 1pm. Headteacher Mark Oyelaran wrote in a letter to parents that the decision had been taken "with a heavy heart" but that the bus routes over Fenwick Hill were "simply too exposed today."

14:37

Seafront shut

Westmarsh County Council has closed Harbridge seafront to traffic. A council spokeswoman said the road would stay shut until at least 8pm and urged people to keep off the promenade "however tempting the waves look."

14:15

Lorry overturns on bypass

A lorry has overturned on the Pelham bypass, according to drivers who have contacted the Echo. No one is believed to have been seriously hurt. We have asked Westmarsh Police for details.

14:02

Reader Jan Pollitt told us the roof of the bandstand in Elm Gardens had been lifted clean off. "It's sitting in the middle of the bowling green," she said.

One reader asked whether tomorrow's bin collections would go ahead. The council has not said yet; we will update this page when it does.

13:45

Good afternoon and welcome to our live coverage of Storm Ingram, which is bringing the strongest winds in more than a decade to the Westmarsh coast. Stay with us for updates on roads, rail, schools and power through the afternoon and evening.

Read more: How to report a power cut, and what compensation you can claim
""",
        [
            c(None, "urged", ["Drivers", "to stay off the roads"]),
            c(
                "Wessmere Power Networks",
                "says",
                "11,240 properties are without power across the county, most of them on the coastal strip between Harbridge and Coldwell",
            ),
            c(
                "A spokesman",
                "said",
                'engineers would not climb poles while gusts were above 60mph, so some customers "should be ready to spend the night without power."',
            ),
            c(
                "Westmarsh Police",
                "asking",
                "drivers not to travel unless their journey is essential",
            ),
            c(
                "Chief Inspector Dawn Whitlock",
                "said",
                "three trees had come down across the coast road between Coldwell and Pelham in the past hour",
            ),
            c(
                "she",
                "said",
                [
                    '"We have officers at each of them, but we can\'t be everywhere,"',
                    '"If you don\'t need to be out, please stay at home tonight."',
                ],
            ),
            c(
                "Forecasters at the Skyline Weather Centre",
                "said",
                "a gust of 78mph had been recorded at Coldwell Point just after 3.30pm, the strongest in the county since 2014",
            ),
            c(None, "is expected to", ["The wind", "ease after dark"]),
            c(
                "Coastway Rail",
                "said",
                "a tree had fallen on the line near Pelham and that services between Harbridge and Marlow Junction were unlikely to resume before the first train tomorrow",
            ),
            c(None, "are advised", ["Passengers", "not to travel"]),
            c("the operator", "added", "Tickets for today will be accepted tomorrow"),
            c(
                "Headteacher Mark Oyelaran",
                "wrote",
                'that the decision had been taken "with a heavy heart" but that the bus routes over Fenwick Hill were "simply too exposed today."',
            ),
            c("A council spokeswoman", "said", "the road would stay shut until at least 8pm"),
            c(
                "A council spokeswoman",
                "urged",
                'people to keep off the promenade "however tempting the waves look."',
            ),
            c(
                "drivers who have contacted the Echo",
                "according to",
                "A lorry has overturned on the Pelham bypass",
            ),
            c(None, "is believed to", ["No one", "have been seriously hurt"]),
            c(
                "Reader Jan Pollitt",
                "told",
                "the roof of the bandstand in Elm Gardens had been lifted clean off",
            ),
            c("she", "said", '"It\'s sitting in the middle of the bowling green,"'),
        ],
    ),
    article(
        "fresh22-opinion-jail-contract",
        "opinion",
        "2026-11-07",
        """
Editorial: Before it renews the jail health contract, Harlan County owes the public answers

OUR VIEW

Three people have died in the Harlan County Detention Center since January. In each case, according to records obtained by this newspaper, a nurse noted symptoms hours before anyone called a doctor.

On Tuesday the Board of Commissioners is scheduled to vote on a three-year, $61 million renewal of its contract with Meridia Correctional Health, the private company that has provided medical care at the jail since 2019. It should not, at least not yet.

Sheriff Dale Whitcomb told commissioners last month that the deaths were "tragic but not preventable" and that his office had "no concerns" about the quality of care. Meridia, in a letter to the board, insisted that its staffing had met the terms of the contract "in every month of the current term."

Those assurances are hard to square with the county's own numbers. An audit by the county's internal auditor, released in September, found that the jail went without a physician on site for 41 of the 90 days it examined and that nurse vacancies ran as high as 30%. The auditor, Pamela Ruiz, wrote that the contract's penalty clauses had "never once been invoked."

The families of the dead have been asking questions for months, and getting few answers. Angela Brooks, whose son Terrence died in the jail in April three days after his arrest on a probation violation, has said she was told he had "a stomach bug." An autopsy later found that he had died of a perforated ulcer.

Meridia's regional vice president, Scott Lindqvist, has called the audit "incomplete" and said the company would welcome "a fair, full review." On that much, we agree with him.

So here is what we ask. We urge commissioners to delay Tuesday's vote by 90 days and to commission an independent review of every death and serious injury at the jail since 2019. Commissioners should demand the staffing figures month by month, not the quarterly averages Meridia has supplied.

Why did it take a newspaper's records request to put the auditor's findings before the public? The board has had them since the summer.

Commissioner Lyle Barrett has said the county cannot go without a medical provider while it looks for another. That is a fair concern, and a short extension of the current contract would answer it. Barrett, to his credit, has not ruled out voting against the renewal. Board Chair Monica Reyes declined to say this week whether she would support a delay.

Most of the people held in a county jail have not been convicted of anything. While they are there, their health is the county's responsibility, and so is knowing whether the company it pays is keeping them alive.

Next Tuesday, commissioners should act like it.

— The Courier-Post Editorial Board
""",
        [
            c(
                "records obtained by this newspaper",
                "according to",
                ["In each case", "a nurse noted symptoms hours before anyone called a doctor"],
            ),
            c(
                "Sheriff Dale Whitcomb",
                "told",
                'that the deaths were "tragic but not preventable" and that his office had "no concerns" about the quality of care',
            ),
            c(
                "Meridia",
                "insisted",
                'that its staffing had met the terms of the contract "in every month of the current term."',
            ),
            c(
                "An audit by the county's internal auditor, released in September",
                "found",
                "that the jail went without a physician on site for 41 of the 90 days it examined and that nurse vacancies ran as high as 30%",
            ),
            c(
                "The auditor, Pamela Ruiz",
                "wrote",
                'that the contract\'s penalty clauses had "never once been invoked."',
            ),
            c(
                "Angela Brooks, whose son Terrence died in the jail in April three days after his arrest on a probation violation",
                "said",
                'she was told he had "a stomach bug."',
            ),
            c("An autopsy", "found", "that he had died of a perforated ulcer"),
            c(
                "Meridia's regional vice president, Scott Lindqvist",
                "called",
                'the audit "incomplete"',
            ),
            c(
                "Meridia's regional vice president, Scott Lindqvist",
                "said",
                'the company would welcome "a fair, full review."',
            ),
            c(
                "Commissioner Lyle Barrett",
                "said",
                "the county cannot go without a medical provider while it looks for another",
            ),
        ],
    ),
    article(
        "fresh22-business-tiruvali-mills",
        "business",
        "2026-09-22",
        """
Tiruvali spinning mills cut shifts as cotton prices hit two-year high

Mill owners want duty relief from the Centre; ginners deny holding back stock

By S. Karthikeyan

TIRUVALI: Nearly half of the 140 spinning mills in the Tiruvali cluster have cut production to two shifts a day from three, as the price of raw cotton climbed to its highest level in two years, industry representatives said on Monday.

A candy (356 kg) of the benchmark medium-staple variety traded at ₹64,500 on Monday, up from ₹52,000 in June, according to data from the Tiruvali Cotton Traders' Association.

"At these prices, every kilo of yarn we sell is a loss," said K. Ramalingam, president of the Tiruvali District Spinning Mills Association (TDSMA), whose members employ about 38,000 workers. "We are running two shifts only to keep the workers with us."

He said the association had asked the Union textiles ministry to remove the 11% import duty on cotton "at least until the new crop arrives."

Mr. Ramalingam also alleged that a handful of large ginners were holding back stock to push prices higher. The Tiruvali Ginners' Welfare Association denied that its members were hoarding, saying arrivals at gins were down 22% this season because of late rains in the catchment districts.

Exports under pressure

The slowdown comes on top of a 9% fall in yarn exports in the first half of the year, a decline the Council for Yarn Exporters says will deepen if European retailers cut their spring orders.

Rating agency Crestline Ratings estimated that operating margins of spinning mills would shrink by 250 to 300 basis points this fiscal, and warned that smaller units with high working-capital debt were "most vulnerable to a prolonged squeeze."

The ministry is learnt to be considering a temporary cut in duty for extra-long staple cotton only. Officials in the ministry, speaking on condition of anonymity, said a broader cut was unlikely before the Budget. The ministry did not respond to an email seeking comment.

Workers feel the pinch

At a mill on the Kovilpatti Road, P. Selvi, 34, a ring-frame operator, said her take-home pay had fallen by about ₹3,000 a month since the third shift was stopped in August.

"We were told it is for two months," she said. "Nobody has said what happens after that."

The Tiruvali district unit of the Textile Mill Workers' Federation has called on the mills to pay a lay-off allowance for the lost shift. Its secretary, R. Anbarasan, said a meeting with mill owners had been fixed for Friday and that the union would "wait and see" before deciding on any protest.

Mr. Ramalingam said the mills could not afford an allowance at current prices but were willing to talk.
""",
        [
            c("ginners", "deny", "holding back stock", n=0),
            c(
                "industry representatives",
                "said",
                "Nearly half of the 140 spinning mills in the Tiruvali cluster have cut production to two shifts a day from three, as the price of raw cotton climbed to its highest level in two years",
            ),
            c(
                "data from the Tiruvali Cotton Traders' Association",
                "according to",
                "A candy (356 kg) of the benchmark medium-staple variety traded at ₹64,500 on Monday, up from ₹52,000 in June",
            ),
            c(
                "K. Ramalingam, president of the Tiruvali District Spinning Mills Association (TDSMA), whose members employ about 38,000 workers",
                "said",
                [
                    '"At these prices, every kilo of yarn we sell is a loss,"',
                    '"We are running two shifts only to keep the workers with us."',
                ],
            ),
            c(
                "He",
                "said",
                'the association had asked the Union textiles ministry to remove the 11% import duty on cotton "at least until the new crop arrives."',
            ),
            c(
                "the association",
                "asked",
                'the Union textiles ministry to remove the 11% import duty on cotton "at least until the new crop arrives."',
            ),
            c(
                "Mr. Ramalingam",
                "alleged",
                "that a handful of large ginners were holding back stock to push prices higher",
            ),
            c(
                "The Tiruvali Ginners' Welfare Association",
                "denied",
                "that its members were hoarding",
            ),
            c(
                "The Tiruvali Ginners' Welfare Association",
                "saying",
                "arrivals at gins were down 22% this season because of late rains in the catchment districts",
            ),
            c(
                "the Council for Yarn Exporters",
                "says",
                ["a decline", "will deepen if European retailers cut their spring orders"],
            ),
            c(
                "Rating agency Crestline Ratings",
                "estimated",
                "that operating margins of spinning mills would shrink by 250 to 300 basis points this fiscal",
            ),
            c(
                "Rating agency Crestline Ratings",
                "warned",
                'that smaller units with high working-capital debt were "most vulnerable to a prolonged squeeze."',
            ),
            c(
                None,
                "is learnt to",
                [
                    "The ministry",
                    "be considering a temporary cut in duty for extra-long staple cotton only",
                ],
                n=0,
            ),
            c(
                "Officials in the ministry, speaking on condition of anonymity",
                "said",
                "a broader cut was unlikely before the Budget",
            ),
            c(
                "P. Selvi, 34, a ring-frame operator",
                "said",
                "her take-home pay had fallen by about ₹3,000 a month since the third shift was stopped in August",
            ),
            c(
                "she",
                "said",
                [
                    '"We were told it is for two months,"',
                    '"Nobody has said what happens after that."',
                ],
            ),
            c(
                "The Tiruvali district unit of the Textile Mill Workers' Federation",
                "called on",
                "the mills to pay a lay-off allowance for the lost shift",
            ),
            c(
                "Its secretary, R. Anbarasan",
                "said",
                'a meeting with mill owners had been fixed for Friday and that the union would "wait and see" before deciding on any protest',
            ),
            c(
                "Mr. Ramalingam",
                "said",
                "the mills could not afford an allowance at current prices but were willing to talk",
            ),
        ],
    ),
    article(
        "fresh22-foreign-vestoria-release",
        "foreign",
        "2026-06-12",
        """
Vestoria frees opposition leader after six months in jail; government says charges stand

By Daniel Kessler
Special to the Courier-Post

KORSA, Vestoria — Opposition leader Ilyana Dravenko walked out of Korsa's Ostrov prison on Thursday after six months in pretrial detention, telling hundreds of supporters at the gates that she would run in next spring's presidential election "whether they let me or not."

She was freed on bail of 2 million crowns after a three-judge panel ruled on Wednesday that prosecutors had failed to show she was likely to flee the country.

Dravenko, 47, leads Civic Dawn, the largest opposition party, and was charged in December with organizing mass disorder during street protests over disputed local election results. If convicted, she faces up to eight years in prison.

The Justice Ministry said in a statement that the court's decision "changes nothing" and that the case would go to trial in September as planned.

Thin and pale, Dravenko spoke for less than five minutes from the back of a flatbed truck. Her allies said she had lost nearly 20 pounds in detention, and she is reported to have spent much of it in solitary confinement.

"They wanted me to come out of there quiet," she told the crowd. "I am not quiet."

Asked whether President Taras Velichko would allow her name on the ballot, his spokesman, Viktor Sal, told reporters that the Central Election Commission, not the president, decided who could run.

Pressure from abroad

In a joint statement, the ambassadors of 11 countries called the release "a welcome first step" and called on the authorities to drop the remaining charges. Velichko's government has repeatedly described such statements as interference.

A poll published last month by the independent Lantern Research Institute showed Civic Dawn at 31 percent, ahead of the ruling Unity bloc for the first time since the institute began polling in 2015.

Analysts in Korsa said the government might be calculating that a free Dravenko would be less of a rallying point than a jailed one. "Every week she sat in Ostrov, her numbers went up," said Petra Holm, a political scientist at Korsa State University. "Someone in the presidential administration can read a chart."

Her lawyer, Mikhail Rudo, said the case against her was "built on nothing but her speeches" and that he expected it to collapse at trial. The prosecutor's office declined to comment.

Among those waiting at the prison gates since dawn was Oksana Bilyk, a 62-year-old retired teacher, who said she had come "to see with my own eyes that she is alive."

Related: Who is Ilyana Dravenko? The engineer who became Vestoria's best-known dissident
""",
        [
            c("government", "says", "charges stand"),
            c(
                "Opposition leader Ilyana Dravenko",
                "telling",
                'that she would run in next spring\'s presidential election "whether they let me or not."',
            ),
            c(
                "a three-judge panel",
                "ruled",
                "that prosecutors had failed to show she was likely to flee the country",
            ),
            c(
                "The Justice Ministry",
                "said",
                'that the court\'s decision "changes nothing" and that the case would go to trial in September as planned',
            ),
            c("Her allies", "said", "she had lost nearly 20 pounds in detention"),
            c(
                None,
                "is reported to",
                ["she", "have spent much of it in solitary confinement"],
                near="she is reported to have spent much of it in solitary confinement",
            ),
            c("she", "told", ['"They wanted me to come out of there quiet,"', '"I am not quiet."']),
            c(
                "his spokesman, Viktor Sal",
                "told",
                "that the Central Election Commission, not the president, decided who could run",
            ),
            c("the ambassadors of 11 countries", "called", 'the release "a welcome first step"'),
            c(
                "the ambassadors of 11 countries",
                "called on",
                "the authorities to drop the remaining charges",
            ),
            c("Velichko's government", "described", "such statements as interference"),
            c(
                "A poll published last month by the independent Lantern Research Institute",
                "showed",
                "Civic Dawn at 31 percent, ahead of the ruling Unity bloc for the first time since the institute began polling in 2015",
            ),
            c(
                "Analysts in Korsa",
                "said",
                "the government might be calculating that a free Dravenko would be less of a rallying point than a jailed one",
            ),
            c(
                "Petra Holm, a political scientist at Korsa State University",
                "said",
                [
                    '"Every week she sat in Ostrov, her numbers went up,"',
                    '"Someone in the presidential administration can read a chart."',
                ],
            ),
            c(
                "Her lawyer, Mikhail Rudo",
                "said",
                'the case against her was "built on nothing but her speeches" and that he expected it to collapse at trial',
            ),
            c(
                "Oksana Bilyk, a 62-year-old retired teacher",
                "said",
                'she had come "to see with my own eyes that she is alive."',
            ),
        ],
    ),
    article(
        "fresh22-courts-coral-sands",
        "courts",
        "2026-07-09",
        """
High Court orders hotel owners to pay $1.4m to former workers

By Shawn Griffith

A HIGH COURT judge has ordered the owners of the shuttered Coral Sands Beach Resort in St Ambrose to pay more than $1.4 million in severance and unpaid wages to 63 former employees, more than two and a half years after the hotel locked its gates without notice.

In a 42-page written judgment delivered yesterday, Justice Marcia Thorne-Best held that Coral Sands Holdings Inc. had "deliberately stripped" the company that employed the workers of its assets in the months before the closure, and that its directors could not hide behind that company to avoid paying what was owed.

The 63 workers filed suit in March 2024, claiming they were owed between three months' and two years' pay when the resort closed on December 2, 2023.

The judge found that transfers of about $3.2 million from Coral Sands Operations Ltd to its parent during 2023 were "not made in the ordinary course of business" and ordered that they be treated as assets available to the workers. She dismissed the company's explanation for the closure as "unsupported by a single document."

Justice Thorne-Best gave the company 60 days to pay, with interest at six per cent a year from the date of the closure.

Attorney-at-law Ricardo Small, who represented the workers, said outside the court that his clients were "relieved, but not celebrating yet."

"These people gave 20 and 25 years to that hotel," Small said. "Some of them have had to sell their cars to keep up their mortgages. Today the court has said, in plain language, that what was done to them was wrong."

Former head housekeeper Glenda Worrell, 58, who worked at the resort for 27 years, said she had learned of the closure from a notice taped to the staff entrance.

Adrian Chase, KC, who appeared for Coral Sands Holdings, said the company was "carefully considering" the ruling and would in all likelihood appeal. He did not rule out applying for a stay of the order. Directors of the company could not be reached for comment.

'A WARNING'

The general secretary of the National Union of Hotel and Allied Workers, Ann-Marie Jordan, called the ruling "a warning to every employer who thinks that closing the gates settles the matter." She urged Government to bring the long-promised amendments to the severance law to Parliament before the end of the year.

The Chief Labour Officer, Dennis Hinds, told a parliamentary committee last year that his department was "powerless" to compel payment where a company had no assets.

The resort property is understood to have attracted interest from at least two overseas buyers.

Former Coral Sands employees outside the court yesterday. (Picture by Kemar Holder)
""",
        [
            c("High Court", "orders", "hotel owners to pay $1.4m to former workers"),
            c(
                "A HIGH COURT judge",
                "ordered",
                "the owners of the shuttered Coral Sands Beach Resort in St Ambrose to pay more than $1.4 million in severance and unpaid wages to 63 former employees",
            ),
            c(
                "Justice Marcia Thorne-Best",
                "held",
                'that Coral Sands Holdings Inc. had "deliberately stripped" the company that employed the workers of its assets in the months before the closure, and that its directors could not hide behind that company to avoid paying what was owed',
            ),
            c(
                "The 63 workers",
                "claiming",
                "they were owed between three months' and two years' pay when the resort closed on December 2, 2023",
            ),
            c(
                "The judge",
                "found",
                'that transfers of about $3.2 million from Coral Sands Operations Ltd to its parent during 2023 were "not made in the ordinary course of business"',
            ),
            c("The judge", "ordered", "that they be treated as assets available to the workers"),
            c(
                "She",
                "dismissed",
                'the company\'s explanation for the closure as "unsupported by a single document."',
            ),
            c(
                "Attorney-at-law Ricardo Small, who represented the workers",
                "said",
                'that his clients were "relieved, but not celebrating yet."',
            ),
            c(
                "Small",
                "said",
                [
                    '"These people gave 20 and 25 years to that hotel,"',
                    '"Some of them have had to sell their cars to keep up their mortgages. Today the court has said, in plain language, that what was done to them was wrong."',
                ],
            ),
            c(
                "Former head housekeeper Glenda Worrell, 58, who worked at the resort for 27 years",
                "said",
                "she had learned of the closure from a notice taped to the staff entrance",
            ),
            c(
                "Adrian Chase, KC, who appeared for Coral Sands Holdings",
                "said",
                'the company was "carefully considering" the ruling and would in all likelihood appeal',
            ),
            c(
                "The general secretary of the National Union of Hotel and Allied Workers, Ann-Marie Jordan",
                "called",
                'the ruling "a warning to every employer who thinks that closing the gates settles the matter."',
            ),
            c(
                "She",
                "urged",
                "Government to bring the long-promised amendments to the severance law to Parliament before the end of the year",
            ),
            c(
                "The Chief Labour Officer, Dennis Hinds",
                "told",
                'that his department was "powerless" to compel payment where a company had no assets',
            ),
            c(
                None,
                "is understood to",
                [
                    "The resort property",
                    "have attracted interest from at least two overseas buyers",
                ],
            ),
        ],
    ),
    article(
        "fresh22-health-bramley-ae",
        "health",
        "2026-05-21",
        """
Bramley General A&E waits worst in region, inspection report finds

By Claire Dunmore, Health Reporter

Patients at Bramley General Hospital's emergency department waited longer than anywhere else in the region last winter, with one in eight spending more than 12 hours in A&E, a report by the Patient Care Inspectorate has found.

The inspectorate, which visited the hospital unannounced over three days in January, said staff were "working under intense and sustained pressure" and that corridor care had become "routine rather than exceptional".

Inspectors found patients being treated on trolleys in corridors on each day of their visit, among them an 89-year-old woman who had been on a trolley for 31 hours.

Key figures

- 12.4% of A&E patients waited more than 12 hours from arrival (regional average: 7.1%)
- 92 beds a day occupied by patients fit to leave
- 24 extra beds opened since January

Bramley and District Hospitals Trust chief executive Dr Helen Marsh said the trust accepted the findings in full.

"I want to apologise to every patient who has not received the standard of care they deserve," she said.

She said the trust had opened 24 extra beds since January and was recruiting 40 nurses from overseas, but admitted that the hospital would "struggle again this winter" unless more patients could be discharged into care homes.

According to the trust's own figures, an average of 92 beds a day were occupied in December by patients who were medically fit to leave.

Bramley County Council, which is responsible for adult social care, said it had increased its home-care budget by £4.1m this year and was working with the trust on a "discharge to assess" scheme to move patients home sooner.

"Trolley for 19 hours"

Pensioner Rita Coombes, 81, from Oakley Vale, told the Post she spent 19 hours on a trolley in March with a broken hip.

"Nobody was unkind," she said. "There just wasn't anybody."

An inquest in April heard that a 67-year-old man, Peter Walsh, had waited nine hours to be seen at the hospital before he collapsed in the waiting room. The coroner recorded a narrative conclusion.

A separate study by researchers at the University of Wexcombe, published last month, estimated that waits of more than 12 hours were linked to a 9% rise in the risk of death within 30 days among patients over 75.

Local MP Graham Tennant has written to the Health Secretary calling for an urgent review of the hospital's funding.

Two senior A&E consultants have reportedly left the trust since the summer. The trust declined to comment on individual staff.

The trust is expected to be placed under enhanced monitoring by regulators next month.

Read more: Bramley General car park charges to rise from June
""",
        [
            c("inspection report", "finds", "Bramley General A&E waits worst in region"),
            c(
                "a report by the Patient Care Inspectorate",
                "found",
                "Patients at Bramley General Hospital's emergency department waited longer than anywhere else in the region last winter, with one in eight spending more than 12 hours in A&E",
            ),
            c(
                "The inspectorate, which visited the hospital unannounced over three days in January",
                "said",
                'staff were "working under intense and sustained pressure" and that corridor care had become "routine rather than exceptional"',
            ),
            c(
                "Inspectors",
                "found",
                "patients being treated on trolleys in corridors on each day of their visit, among them an 89-year-old woman who had been on a trolley for 31 hours",
            ),
            c(
                "Bramley and District Hospitals Trust chief executive Dr Helen Marsh",
                "said",
                "the trust accepted the findings in full",
            ),
            c(
                "she",
                "said",
                '"I want to apologise to every patient who has not received the standard of care they deserve,"',
            ),
            c(
                "She",
                "said",
                "the trust had opened 24 extra beds since January and was recruiting 40 nurses from overseas",
            ),
            c(
                "She",
                "admitted",
                'that the hospital would "struggle again this winter" unless more patients could be discharged into care homes',
            ),
            c(
                "the trust's own figures",
                "According to",
                "an average of 92 beds a day were occupied in December by patients who were medically fit to leave",
            ),
            c(
                "Bramley County Council, which is responsible for adult social care",
                "said",
                'it had increased its home-care budget by £4.1m this year and was working with the trust on a "discharge to assess" scheme to move patients home sooner',
            ),
            c(
                "Pensioner Rita Coombes, 81, from Oakley Vale",
                "told",
                "she spent 19 hours on a trolley in March with a broken hip",
            ),
            c("she", "said", ['"Nobody was unkind,"', '"There just wasn\'t anybody."']),
            c(
                None,
                "heard",
                "that a 67-year-old man, Peter Walsh, had waited nine hours to be seen at the hospital before he collapsed in the waiting room",
            ),
            c(
                "A separate study by researchers at the University of Wexcombe, published last month",
                "estimated",
                "that waits of more than 12 hours were linked to a 9% rise in the risk of death within 30 days among patients over 75",
            ),
            c(
                "Local MP Graham Tennant",
                "calling for",
                "an urgent review of the hospital's funding",
            ),
            c(
                None,
                "reportedly",
                ["Two senior A&E consultants have", "left the trust since the summer"],
            ),
            c(
                None,
                "is expected to",
                ["The trust", "be placed under enhanced monitoring by regulators next month"],
                n=1,
            ),
        ],
    ),
    article(
        "fresh22-wire-devgarh-metro-fares",
        "wire",
        "2026-11-24",
        """
Metro fares to rise by up to Rs 10 from April, says Devgarh corporation

Devgarh, Nov 24 (IPNS): Commuters on the Devgarh Metro will pay up to Rs 10 more per trip from April 1 next year, the Devgarh Metro Rail Corporation Ltd (DMCL) said on Tuesday.

The fare fixation committee, headed by retired high court judge S N Bhardwaj, recommended a revision of fares in all distance slabs, a senior DMCL official said. The DMCL board approved the revised fares at its meeting on Monday.

The minimum fare will remain Rs 10, while the maximum will go up from Rs 50 to Rs 60, the official said, adding that the hike was the first since 2019.

According to the corporation, its operating loss widened to Rs 412 crore in 2025-26 as ridership recovered more slowly than projected after the opening of the Line 3 extension.

Ridership averaged 6.8 lakh passengers a day in October, data shared by the corporation showed.

Leader of the Opposition in the state Assembly Ravindra Kulkarni termed the hike "anti-people" and demanded that it be rolled back immediately.

"The government spends crores on advertisements and now wants the common man to pay for its losses," Kulkarni told reporters at the Assembly complex.

The Devgarh Commuters' Forum said in a statement that students and daily-wage workers would be hit hardest, and urged the corporation to introduce a discounted monthly pass.

State Urban Development Minister Sunita Rathore said the government had asked the corporation to consider concessions for students and senior citizens.

When asked whether the state would cover the corporation's losses, Rathore said "all options are open" and that a decision would be taken after the Budget.

The corporation is also likely to raise parking charges at its stations, sources said.

The revision will not apply to the airport line, which is run by a private concessionaire under a separate fare agreement, officials said.

DMCL Managing Director Anil Verghese did not respond to calls and messages.

IPNS RK SNS
""",
        [
            c("Devgarh corporation", "says", "Metro fares to rise by up to Rs 10 from April"),
            c(
                "the Devgarh Metro Rail Corporation Ltd (DMCL)",
                "said",
                "Commuters on the Devgarh Metro will pay up to Rs 10 more per trip from April 1 next year",
            ),
            c(
                "a senior DMCL official",
                "said",
                "The fare fixation committee, headed by retired high court judge S N Bhardwaj, recommended a revision of fares in all distance slabs",
                cue_n=1,
            ),
            c(
                "The fare fixation committee, headed by retired high court judge S N Bhardwaj",
                "recommended",
                "a revision of fares in all distance slabs",
            ),
            c(
                "the official",
                "said",
                "The minimum fare will remain Rs 10, while the maximum will go up from Rs 50 to Rs 60",
            ),
            c("the official", "adding", "that the hike was the first since 2019"),
            c(
                "the corporation",
                "According to",
                "its operating loss widened to Rs 412 crore in 2025-26 as ridership recovered more slowly than projected after the opening of the Line 3 extension",
            ),
            c(
                "data shared by the corporation",
                "showed",
                "Ridership averaged 6.8 lakh passengers a day in October",
            ),
            c(
                "Leader of the Opposition in the state Assembly Ravindra Kulkarni",
                "termed",
                'the hike "anti-people"',
            ),
            c(
                "Leader of the Opposition in the state Assembly Ravindra Kulkarni",
                "demanded",
                "that it be rolled back immediately",
            ),
            c(
                "Kulkarni",
                "told",
                '"The government spends crores on advertisements and now wants the common man to pay for its losses,"',
            ),
            c(
                "The Devgarh Commuters' Forum",
                "said",
                "that students and daily-wage workers would be hit hardest",
            ),
            c(
                "The Devgarh Commuters' Forum",
                "urged",
                "the corporation to introduce a discounted monthly pass",
            ),
            c(
                "State Urban Development Minister Sunita Rathore",
                "said",
                "the government had asked the corporation to consider concessions for students and senior citizens",
            ),
            c(
                "the government",
                "asked",
                "the corporation to consider concessions for students and senior citizens",
            ),
            c(
                "Rathore",
                "said",
                '"all options are open" and that a decision would be taken after the Budget',
                kind="mixed",
            ),
            c(
                "sources",
                "said",
                "The corporation is also likely to raise parking charges at its stations",
            ),
            c(
                "officials",
                "said",
                "The revision will not apply to the airport line, which is run by a private concessionaire under a separate fare agreement",
                near="The revision will not apply to the airport line, which is run by a private concessionaire under a separate fare agreement, officials said",
            ),
        ],
    ),
]
