"""A fresh, held-out set of invented news articles and their attributions, written as strings.

Written on 2026-12-05 blind to claimx's rules (the annotator neither ran claimx nor read its
source) and never used for tuning: it measures how the rules and models generalise to articles
nobody looked at while writing them. Every article, person, organisation, place and quotation
here is invented (MIT, like the project). ``build.py --set fresh`` turns these into
``fresh.jsonl`` with exact spans; the conventions are in docs/evaldata-news.md.
"""

# ruff: noqa: E501 (article text: one paragraph a line)
from __future__ import annotations

from typing import Any

from articles import article, c, qa

ARTICLES: list[dict[str, Any]] = [
    article(
        "fresh-wire-ferry-aground",
        "wire",
        "2026-09-14",
        """
Ferry runs aground off Tallis Island; all 212 passengers safe

TALLIS HARBOUR (Baltica Press) - A passenger ferry ran aground on a sandbank off Tallis Island early on Monday, and all 212 passengers and 19 crew were taken ashore by lifeboats, the coastguard said.

The vessel, the Northern Wren, operated by Corran Line, struck the bank about two kilometres from the harbour mouth shortly after 5 a.m. in thick fog. Nobody was hurt.

"The crew did exactly what they were trained to do," coastguard station commander Ilse Varga told reporters at the quayside. "Every passenger was off the ship within ninety minutes."

Corran Line confirmed that the ferry had been on its normal route and said an internal investigation was under way. The company denied that the ship's radar had been faulty. One passenger, Pavel Moric, had posted on social media that the bridge crew had "been flying blind for an hour" before the ship struck the bank.

The captain is understood to have worked for the company for more than 20 years. He has been relieved of duty pending the inquiry, according to a person familiar with the company's procedures.

The Maritime Safety Board said it would send investigators to the island on Tuesday. Its chair, Ruth Okafor, urged passengers who had photographs or video of the grounding to share them with the board.

Harbour authorities have closed the channel to other shipping. The ferry is reportedly leaking fuel from a damaged tank, though the coastguard said the leak was small and contained.

Corran Line's chief executive, Stefan Lind, did not respond to a request for comment. Salvage crews are expected to try to refloat the ship at high tide on Wednesday.
""",
        [
            c(
                "the coastguard",
                "said",
                "A passenger ferry ran aground on a sandbank off Tallis Island early on Monday, and all 212 passengers and 19 crew were taken ashore by lifeboats",
            ),
            c(
                "coastguard station commander Ilse Varga",
                "told",
                [
                    '"The crew did exactly what they were trained to do,"',
                    '"Every passenger was off the ship within ninety minutes."',
                ],
            ),
            c("Corran Line", "confirmed", "that the ferry had been on its normal route"),
            c("Corran Line", "said", "an internal investigation was under way", source_n=1),
            c("The company", "denied", "that the ship's radar had been faulty"),
            c(
                "One passenger, Pavel Moric",
                "had posted",
                'that the bridge crew had "been flying blind for an hour" before the ship struck the bank',
            ),
            c(
                None,
                "is understood to",
                ["The captain", "have worked for the company for more than 20 years"],
            ),
            c(
                "a person familiar with the company's procedures",
                "according to",
                "He has been relieved of duty pending the inquiry",
            ),
            c(
                "The Maritime Safety Board",
                "said",
                "it would send investigators to the island on Tuesday",
            ),
            c(
                "Its chair, Ruth Okafor",
                "urged",
                "passengers who had photographs or video of the grounding to share them with the board",
            ),
            c(
                None,
                "reportedly",
                ["The ferry is", "leaking fuel from a damaged tank"],
            ),
            c("the coastguard", "said", "the leak was small and contained"),
            c(
                None,
                "are expected to",
                ["Salvage crews", "try to refloat the ship at high tide on Wednesday"],
            ),
        ],
    ),
    article(
        "fresh-release-lumera-desalination",
        "press-release",
        "2026-10-20",
        """
Lumera Water Opens Desalination Plant to Supply 90,000 Homes on the Southern Coast

PORT VALLIS, October 20, 2026 /CivicNewswire/ -- Lumera Water, the regional water utility, today announced that its new desalination plant at Kessel Point has begun supplying drinking water to homes in Port Vallis and four surrounding towns.

The plant can produce 40 million litres a day, enough for about 90,000 homes, and runs largely on power from an adjoining solar farm, the utility said. Construction was completed four months ahead of schedule, according to the project's lead contractor, Heddal Engineering.

"Three dry summers in a row taught us that we could not rely on rainfall alone," said Amara Quist, chief executive of Lumera Water. "Kessel Point gives our customers water they can count on, whatever the weather."

Lumera also confirmed that household bills will not rise as a result of the project in 2027, because the plant was partly paid for by a regional infrastructure grant.

The utility's environmental adviser, Dr. Felix Brandvold, said brine from the plant is diluted and released through a diffuser two kilometres offshore, and that monitoring buoys will report salinity levels in real time.

"We have designed this plant to leave the bay as we found it," Brandvold said.

The mayor of Port Vallis, Celeste Arnaud, who opened the plant with a ribbon-cutting on Monday, called it "the most important thing this town has built in fifty years."

About Lumera Water

Lumera Water supplies drinking water and wastewater services to 310,000 customers along the southern coast. It is owned by six municipalities.

Media contact:
Tove Rask, Lumera Water
media@lumera.example
""",
        [
            c(
                "Lumera Water, the regional water utility",
                "announced",
                "that its new desalination plant at Kessel Point has begun supplying drinking water to homes in Port Vallis and four surrounding towns",
            ),
            c(
                "the utility",
                "said",
                "The plant can produce 40 million litres a day, enough for about 90,000 homes, and runs largely on power from an adjoining solar farm",
            ),
            c(
                "the project's lead contractor, Heddal Engineering",
                "according to",
                "Construction was completed four months ahead of schedule",
            ),
            c(
                "Amara Quist, chief executive of Lumera Water",
                "said",
                [
                    '"Three dry summers in a row taught us that we could not rely on rainfall alone,"',
                    '"Kessel Point gives our customers water they can count on, whatever the weather."',
                ],
            ),
            c(
                "Lumera",
                "confirmed",
                "that household bills will not rise as a result of the project in 2027, because the plant was partly paid for by a regional infrastructure grant",
            ),
            c(
                "The utility's environmental adviser, Dr. Felix Brandvold",
                "said",
                "brine from the plant is diluted and released through a diffuser two kilometres offshore, and that monitoring buoys will report salinity levels in real time",
            ),
            c(
                "Brandvold",
                "said",
                '"We have designed this plant to leave the bay as we found it,"',
            ),
            c(
                "The mayor of Port Vallis, Celeste Arnaud, who opened the plant with a ribbon-cutting on Monday",
                "called",
                'it "the most important thing this town has built in fifty years."',
            ),
        ],
    ),
    article(
        "fresh-courts-harker-landlord",
        "courts",
        "2026-08-27",
        """
Landlord fined £48,000 over mould-ridden flats

By Nadia Whitcombe, Courts Reporter

A landlord who let out flats with black mould, broken boilers and exposed wiring was fined £48,000 at Renfield Crown Court on Thursday.

Desmond Harker, 61, of Elm Rise, had pleaded guilty to nine offences under housing safety law relating to three properties in the Old Wharf area of Renfield.

Prosecutor Lydia Mbeki told the court that tenants, including a family with a newborn baby, had been left without heating for most of last winter. She said Harker had ignored four written warnings from the council's housing team.

"These were not oversights," Ms Mbeki said. "Mr Harker was told, again and again, and chose to do nothing."

One tenant, in a statement read to the court, described the flat as "a place you would not keep an animal."

Defending, Simon Achebe said his client had been in poor health and had relied on a letting agent who had "let him down badly." He argued that Harker had since spent more than £30,000 on repairs.

Judge Margaret Oyelaran said she accepted that some work had now been done, but added that it had come "only when the council's patience ran out."

"Tenants are entitled to a safe, warm home," the judge said. "That is not a favour a landlord grants; it is the law."

Harker was also ordered to pay £6,200 in costs. He declined to comment as he left court.

Renfield council's cabinet member for housing, Cllr Joseph Tran, said after the hearing that the authority would "not hesitate" to prosecute other landlords.
""",
        [
            c(
                "Prosecutor Lydia Mbeki",
                "told",
                "that tenants, including a family with a newborn baby, had been left without heating for most of last winter",
            ),
            c(
                "She",
                "said",
                "Harker had ignored four written warnings from the council's housing team",
            ),
            c(
                "Ms Mbeki",
                "said",
                [
                    '"These were not oversights,"',
                    '"Mr Harker was told, again and again, and chose to do nothing."',
                ],
            ),
            c(
                "One tenant",
                "described",
                'the flat as "a place you would not keep an animal."',
            ),
            c(
                "Simon Achebe",
                "said",
                'his client had been in poor health and had relied on a letting agent who had "let him down badly."',
            ),
            c("He", "argued", "that Harker had since spent more than £30,000 on repairs"),
            c(
                "Judge Margaret Oyelaran",
                "said",
                "she accepted that some work had now been done",
            ),
            c(
                "Judge Margaret Oyelaran",
                "added",
                'that it had come "only when the council\'s patience ran out."',
            ),
            c(
                "the judge",
                "said",
                [
                    '"Tenants are entitled to a safe, warm home,"',
                    '"That is not a favour a landlord grants; it is the law."',
                ],
            ),
            c(
                "Renfield council's cabinet member for housing, Cllr Joseph Tran",
                "said",
                'that the authority would "not hesitate" to prosecute other landlords',
            ),
        ],
    ),
    article(
        "fresh-council-millbrook-baths",
        "council",
        "2026-11-03",
        """
Councillors vote to keep Millbrook baths open for another year

Millbrook’s Victorian swimming baths will stay open until at least December 2027 after the town council voted 9-4 on Tuesday night to pay for urgent repairs to the roof.

Officers had recommended closing the building in January. Their report to the council warned that the roof timbers were “at the end of their safe life” and said repairs would cost £620,000.

More than 150 residents packed the public gallery. Speaking for the Save Millbrook Baths campaign, retired teacher Gloria Penhaligon told councillors that the pool was the only place in town where children from poorer families learned to swim.

“You will find the money for a car park,” she said. “Find it for this.”

“We are not going to be the council that let the baths fall down.” — Cllr Bethan Lowry, Independent, who proposed the motion

Cllr Ravi Dhillon, the finance portfolio holder, cautioned that the repairs would mean cutting other services. He said the council faced a gap of £1.1 million next year.

Cllr Lowry insisted the pool could pay its way if its opening hours were extended. Asked by Cllr Dhillon where the money would come from, she said the council’s reserves were “there for exactly this kind of emergency.”

The council agreed to set up a working group to find a long-term operator. It also asked officers to apply to the national leisure fund for a grant.

Council leader Cllr Martin Aske abstained. He later told the Millbrook Mercury that he understood “the strength of feeling” but feared the decision only delayed a harder one.
""",
        [
            c("Officers", "had recommended", "closing the building in January"),
            c(
                "Their report to the council",
                "warned",
                "that the roof timbers were “at the end of their safe life”",
            ),
            c("Their report to the council", "said", "repairs would cost £620,000"),
            c(
                "retired teacher Gloria Penhaligon",
                "told",
                "that the pool was the only place in town where children from poorer families learned to swim",
            ),
            c(
                "she",
                "said",
                ["“You will find the money for a car park,”", "“Find it for this.”"],
            ),
            c(
                "Cllr Bethan Lowry, Independent, who proposed the motion",
                "—",
                "“We are not going to be the council that let the baths fall down.”",
            ),
            c(
                "Cllr Ravi Dhillon, the finance portfolio holder",
                "cautioned",
                "that the repairs would mean cutting other services",
            ),
            c("He", "said", "the council faced a gap of £1.1 million next year"),
            c(
                "Cllr Lowry",
                "insisted",
                "the pool could pay its way if its opening hours were extended",
            ),
            c(
                "she",
                "said",
                "the council’s reserves were “there for exactly this kind of emergency.”",
            ),
            c(
                "It",
                "asked",
                "officers to apply to the national leisure fund for a grant",
            ),
            c(
                "He",
                "told",
                "that he understood “the strength of feeling” but feared the decision only delayed a harder one",
            ),
        ],
    ),
    article(
        "fresh-interview-braun-bees",
        "interview",
        "2026-06-11",
        """
"Bees don't read calendars": beekeeper Ottilie Braun on a strange spring

Ottilie Braun has kept bees on the slopes above Kirchwald for thirty-one years and chairs the district beekeepers' association. After the warmest March on record, we asked her what it means for the hives. This conversation has been condensed.

Q: Your association said last month that a third of local colonies died over the winter. Is that right?

Braun: It is closer to forty percent now that the last surveys are in. Some members lost every hive.

Q: What killed them?

Braun: Mostly the varroa mite, and the warm spells. The bees woke up in February, found nothing to eat, and starved.

Q: The agriculture ministry says pesticides are not a factor. Do you agree?

Braun: I would like to see their data. Our samples from the orchards tell a different story, and I have sent them to the ministry twice.

Q: What should the government do?

Braun: Pay for testing, first. And stop treating beekeepers as hobbyists. Without us, the apple growers down the valley would have no harvest.

Q: Are you optimistic?

Braun: Bees don't read calendars, but they are stubborn. So am I.
""",
        [
            c("beekeeper Ottilie Braun", ":", '"Bees don\'t read calendars"'),
            qa(
                "Braun",
                "It is closer to forty percent now that the last surveys are in. Some members lost every hive.",
            ),
            qa(
                "Braun",
                "Mostly the varroa mite, and the warm spells. The bees woke up in February, found nothing to eat, and starved.",
            ),
            qa(
                "Braun",
                "I would like to see their data. Our samples from the orchards tell a different story, and I have sent them to the ministry twice.",
            ),
            qa(
                "Braun",
                "Pay for testing, first. And stop treating beekeepers as hobbyists. Without us, the apple growers down the valley would have no harvest.",
            ),
            qa("Braun", "Bees don't read calendars, but they are stubborn. So am I."),
        ],
    ),
    article(
        "fresh-interview-adeyemi-kraus",
        "interview",
        "2026-04-22",
        """
Q&A: conductor Yusuf Adeyemi-Kraus on taking the baton at the Vell Philharmonic

Yusuf Adeyemi-Kraus, 38, becomes principal conductor of the Vell Philharmonic in September, the youngest in the orchestra's history. He talked to us between rehearsals.

Q. You were a cellist for ten years. Why switch?

A. I never really switched. I still play every morning. But I found I was always listening to the whole orchestra rather than to my own part.

Q. The orchestra lost a third of its audience during the pandemic. Can it win them back?

A. It is already winning them back. Our Friday concerts sold out this spring, and half the tickets went to people who had never been to the hall before.

Q. Critics say the programming is too safe.

A. Some of them do, and some of them are right. Next season we will play eleven works written in the last ten years.

Q. Your predecessor said the hall's acoustics were "unforgiving". Will you push for a renovation?

A. That is a conversation for the board. I will only say that the musicians deserve a hall that flatters them.
""",
        [
            c(
                "Yusuf Adeyemi-Kraus",
                "A.",
                "I never really switched. I still play every morning. But I found I was always listening to the whole orchestra rather than to my own part.",
                kind="direct",
                far=True,
            ),
            c(
                "Yusuf Adeyemi-Kraus",
                "A.",
                "It is already winning them back. Our Friday concerts sold out this spring, and half the tickets went to people who had never been to the hall before.",
                kind="direct",
                far=True,
            ),
            c(
                "Yusuf Adeyemi-Kraus",
                "A.",
                "Some of them do, and some of them are right. Next season we will play eleven works written in the last ten years.",
                kind="direct",
                far=True,
            ),
            c(
                "Yusuf Adeyemi-Kraus",
                "A.",
                "That is a conversation for the board. I will only say that the musicians deserve a hall that flatters them.",
                kind="direct",
                far=True,
            ),
        ],
    ),
    article(
        "fresh-live-blog-harwick-count",
        "live-blog",
        "2026-05-08",
        """
Harwick mayoral count live: Osei-Lind edges ahead as final boxes arrive

Live updates from the count at Harwick Civic Hall. All times local.

01:48
The returning officer, Deborah Finch, says the result should be declared "within the hour". Turnout was 38.2%, she added.

01:30
Independent candidate Marco Bellini has conceded. In a post on his campaign page, he wrote that he had "run the campaign I wanted to run" and thanked his volunteers.

01:12
People's Alliance candidate Efua Osei-Lind arrives at the hall to cheers. Asked by reporters whether she thought she had won, she said: "Ask me when the last box is counted."

01:05
Election officials have confirmed that 14 of the 19 wards have now declared.

00:55
A recount is under way in the Eastfield ward, where the margin is understood to be fewer than 40 votes. Officials would not say which candidate asked for it.

00:31
Our political editor, Tom Ashdown: "The mood in the Greenway camp has changed completely in the last hour. Two of his team told me they no longer expect to win."

00:10
Civic Union candidate Peter Greenway told Harwick Radio that he was "proud of every vote" but declined to predict the result.

23:40
Counting has begun. Police say the count has been peaceful so far, with a small group of protesters outside the main entrance.
""",
        [
            c(
                "The returning officer, Deborah Finch",
                "says",
                'the result should be declared "within the hour"',
            ),
            c("she", "added", "Turnout was 38.2%"),
            c("he", "wrote", 'that he had "run the campaign I wanted to run"'),
            c("she", "said", '"Ask me when the last box is counted."'),
            c(
                "Election officials",
                "have confirmed",
                "that 14 of the 19 wards have now declared",
            ),
            c(None, "is understood to", ["the margin", "be fewer than 40 votes"]),
            c(
                "Our political editor, Tom Ashdown",
                ":",
                '"The mood in the Greenway camp has changed completely in the last hour. Two of his team told me they no longer expect to win."',
            ),
            c(
                "Civic Union candidate Peter Greenway",
                "told",
                'that he was "proud of every vote"',
            ),
            c(
                "Police",
                "say",
                "the count has been peaceful so far, with a small group of protesters outside the main entrance",
            ),
        ],
    ),
    article(
        "fresh-sport-dunmore-ashcombe",
        "sport",
        "2026-09-26",
        """
Dunmore edge Ashcombe as Varga double ends winless run

Dunmore Town 2 Ashcombe United 1

By Callum Reyes at Quarry Park

Two goals from Nikola Varga gave Dunmore Town their first win in seven matches as they came from behind to beat Ashcombe United on Saturday.

Ashcombe went ahead after 12 minutes when Jordan Eze curled a free kick over the wall, but Varga equalised before half-time and headed the winner from a corner with nine minutes left.

Dunmore manager Stella Hartigan admitted the pressure had been building. "I'm not going to pretend this week has been easy," she said. "But I never doubted this group. Not once.

"Nikola has been carrying a knock for a fortnight. He asked to play, and you saw why."

Varga, who joined from Brenholt in the summer, described the winner as "the best header of my life, probably the only good one."

Ashcombe's assistant manager, Dev Mistry, who took charge with manager Paul Renner suspended, claimed the corner should never have been given. "The ball came off their man. Everyone in the ground saw it," he said.

Asked whether Renner's absence had made a difference, Mistry said the players had prepared "exactly as they would any other week."

Eze was booked for dissent late on and will serve a one-match ban. The Ashcombe captain, Tom Whitby, was substituted at half-time with a hamstring injury; the club said he would have a scan on Monday.

Dunmore travel to Ellery on Tuesday.
""",
        [
            c("Dunmore manager Stella Hartigan", "admitted", "the pressure had been building"),
            c(
                "she",
                "said",
                [
                    '"I\'m not going to pretend this week has been easy,"',
                    '"But I never doubted this group. Not once.',
                    '"Nikola has been carrying a knock for a fortnight. He asked to play, and you saw why."',
                ],
            ),
            c(
                "Varga, who joined from Brenholt in the summer",
                "described",
                'the winner as "the best header of my life, probably the only good one."',
            ),
            c(
                "Ashcombe's assistant manager, Dev Mistry, who took charge with manager Paul Renner suspended",
                "claimed",
                "the corner should never have been given",
            ),
            c(
                "he",
                "said",
                '"The ball came off their man. Everyone in the ground saw it,"',
            ),
            c(
                "Mistry",
                "said",
                'the players had prepared "exactly as they would any other week."',
            ),
            c("the club", "said", "he would have a scan on Monday"),
        ],
    ),
    article(
        "fresh-science-fox-bins",
        "science",
        "2026-07-15",
        """
Urban foxes are learning to open bins, researchers say

Foxes in three European cities have learned to lift the lids of household wheelie bins, and the skill appears to be spreading from one animal to another, according to a study published on Tuesday in the journal Animal Cognition Letters.

Researchers at the University of Lindqvist fitted motion cameras to 240 bins in Halden, Aarvik and Brugmont and recorded about 1,900 nights of footage between 2023 and 2025.

The team found that foxes which watched another fox open a bin were four times more likely to try it themselves within a month.

"We expected a few clever individuals," said Dr. Annika Sorensen, the behavioural ecologist who led the study. "What we saw instead looked a lot like a tradition being passed on."

The authors caution that the study cannot show whether the foxes are copying each other or simply learning faster in areas with more bins.

Professor Leon Adair, who studies animal learning at Corbridge University and was not involved in the research, called the findings "intriguing but not yet conclusive." He said a controlled experiment would be needed to rule out other explanations.

Local authorities in two of the cities have begun testing bins with clips on the lids. A spokesperson for Halden city council said early results were "encouraging".

Sorensen said her team now plans to compare fox behaviour in cities with and without clip-lid bins. The project is funded by the Nordic Wildlife Research Council.

Photo: A fox investigates a bin in Halden. Credit: University of Lindqvist
""",
        [
            c("researchers", "say", "Urban foxes are learning to open bins"),
            c(
                "a study published on Tuesday in the journal Animal Cognition Letters",
                "according to",
                "Foxes in three European cities have learned to lift the lids of household wheelie bins, and the skill appears to be spreading from one animal to another",
            ),
            c(
                "The team",
                "found",
                "that foxes which watched another fox open a bin were four times more likely to try it themselves within a month",
            ),
            c(
                "Dr. Annika Sorensen, the behavioural ecologist who led the study",
                "said",
                [
                    '"We expected a few clever individuals,"',
                    '"What we saw instead looked a lot like a tradition being passed on."',
                ],
            ),
            c(
                "The authors",
                "caution",
                "that the study cannot show whether the foxes are copying each other or simply learning faster in areas with more bins",
            ),
            c(
                "Professor Leon Adair, who studies animal learning at Corbridge University and was not involved in the research",
                "called",
                'the findings "intriguing but not yet conclusive."',
            ),
            c(
                "He",
                "said",
                "a controlled experiment would be needed to rule out other explanations",
            ),
            c(
                "A spokesperson for Halden city council",
                "said",
                'early results were "encouraging"',
            ),
            c(
                "Sorensen",
                "said",
                "her team now plans to compare fox behaviour in cities with and without clip-lid bins",
            ),
        ],
    ),
    article(
        "fresh-health-westmarch-waiting",
        "health",
        "2026-02-19",
        """
Surgery waiting list hits record as flu admissions surge

By Priya Castellane, Health Correspondent

More than 14,000 patients in the Westmarch region are waiting over a year for planned surgery, the highest figure since records began, according to data published by the regional health board on Thursday.

The board said a surge in flu admissions since December had forced hospitals to cancel about 1,200 operations.

Dr. Helena Marsh, medical director of St. Aldric's Hospital in Westmarch, told staff in an internal email that the hospital was "running at the very edge of what is safe." The email was seen by this newspaper.

Health minister Oskar Brandt acknowledged the figures were "unacceptable" but insisted that extra funding announced in the autumn would start to cut waiting times by the summer.

The Westmarch Patients' Forum accused the minister of "hiding behind the flu". Its chair, Linnea Grahn, said many of the patients on the list had been waiting since before the pandemic.

Nurses' union leaders are said to be preparing a ballot on industrial action over staffing levels. The union did not respond to a request for comment.

A study by the Institute for Health Economics last year found that every month of delay added on average 3% to the cost of a hip replacement, because patients' conditions worsened while they waited.

The board urged people with flu symptoms to stay away from emergency departments unless they were seriously ill, and to get vaccinated if they had not already done so.
""",
        [
            c(
                "data published by the regional health board on Thursday",
                "according to",
                "More than 14,000 patients in the Westmarch region are waiting over a year for planned surgery, the highest figure since records began",
            ),
            c(
                "The board",
                "said",
                "a surge in flu admissions since December had forced hospitals to cancel about 1,200 operations",
            ),
            c(
                "Dr. Helena Marsh, medical director of St. Aldric's Hospital in Westmarch",
                "told",
                'that the hospital was "running at the very edge of what is safe."',
            ),
            c(
                "Health minister Oskar Brandt",
                "acknowledged",
                'the figures were "unacceptable"',
            ),
            c(
                "Health minister Oskar Brandt",
                "insisted",
                "that extra funding announced in the autumn would start to cut waiting times by the summer",
            ),
            c(
                "The Westmarch Patients' Forum",
                "accused",
                'the minister of "hiding behind the flu"',
            ),
            c(
                "Its chair, Linnea Grahn",
                "said",
                "many of the patients on the list had been waiting since before the pandemic",
            ),
            c(
                None,
                "are said to",
                [
                    "Nurses' union leaders",
                    "be preparing a ballot on industrial action over staffing levels",
                ],
            ),
            c(
                "A study by the Institute for Health Economics last year",
                "found",
                "that every month of delay added on average 3% to the cost of a hip replacement, because patients' conditions worsened while they waited",
            ),
            c(
                "The board",
                "urged",
                "people with flu symptoms to stay away from emergency departments unless they were seriously ill, and to get vaccinated if they had not already done so",
            ),
        ],
    ),
    article(
        "fresh-opinion-kellerton-tram",
        "opinion",
        "2026-10-08",
        """
I was wrong about the tram. Here is why

By Gregor Vasquez

Three years ago I wrote in this column that the Kellerton tram would be "a very expensive way to move very few people." I was wrong, and I owe my readers an explanation.

The numbers are not close. The tram carried 11 million passengers last year, nearly double the forecast. When I put this to Ines Calloway, who ran the project for the city, she laughed. "Everybody wants to talk about the overspend," she told me. "Nobody wants to talk about the queues at the stops."

She has a point. The overspend was real: the line cost £410 million against a budget of £290 million, and the city's auditor concluded that the contracts had been "poorly managed from the start." That criticism stands.

But the shops on Harrow Street, which I expected to be ruined by years of roadworks, are mostly still there. Sam Oduya, who has sold shoes on the street since 1998, says his takings are up by a fifth. "People get off the tram and walk past my window. That never happened with the buses," he said. Even the Chamber of Commerce, which opposed the scheme, now says the line has brought "a new kind of customer" into the centre.

Not everyone agrees. The Kellerton Taxpayers' Group argues that the city is still paying too much to run the line and wants fares raised. Its spokesman, Alan Petrie, described the subsidy as "a blank cheque" when we spoke last week.

I think he is wrong, as I was. The next time the council proposes something ambitious, I will try to wait for the passengers before I judge it.
""",
        [
            c(
                "I",
                "wrote",
                'that the Kellerton tram would be "a very expensive way to move very few people."',
            ),
            c(
                "she",
                "told",
                [
                    '"Everybody wants to talk about the overspend,"',
                    '"Nobody wants to talk about the queues at the stops."',
                ],
            ),
            c(
                "the city's auditor",
                "concluded",
                'that the contracts had been "poorly managed from the start."',
            ),
            c(
                "Sam Oduya, who has sold shoes on the street since 1998",
                "says",
                "his takings are up by a fifth",
            ),
            c(
                "he",
                "said",
                '"People get off the tram and walk past my window. That never happened with the buses,"',
            ),
            c(
                "the Chamber of Commerce, which opposed the scheme",
                "says",
                'the line has brought "a new kind of customer" into the centre',
            ),
            c(
                "The Kellerton Taxpayers' Group",
                "argues",
                "that the city is still paying too much to run the line",
            ),
            c(
                "Its spokesman, Alan Petrie",
                "described",
                'the subsidy as "a blank cheque"',
            ),
        ],
    ),
    article(
        "fresh-business-orsk-rail",
        "business",
        "2026-11-19",
        """
Orsk Steel weighs sale of rail unit as orders dry up

VALDA, Nov 19 (Ledger Financial) - Orsk Steel is exploring a sale of its rail products division and has hired an investment bank to sound out buyers, people familiar with the matter said on Wednesday.

The unit, which makes track and points for railway operators, could fetch between 300 and 400 million euros, one of the people said. Two Asian steelmakers and a private equity firm have shown early interest, according to another.

Orsk declined to comment on "rumours or speculation". Its shares rose 5.3% in Valda.

The company warned last month that third-quarter earnings would fall short of forecasts because of a slump in European construction. Chief executive Mattias Grön said at the time that the group would "look hard at every part of the business."

"Rail has been the crown jewel, but it needs investment Orsk can't give it right now," said Karin Holm, a metals analyst at Sundbay Securities. She estimated that the division's orders had fallen by about a quarter this year.

The steelworkers' union is said to have been told nothing about the sale. Its regional secretary, Per Lundqvist, called the reports "deeply worrying" and demanded a meeting with management.

Orsk is expected to report full-year results in February. The group employs about 11,000 people in four countries.
""",
        [
            c(
                "people familiar with the matter",
                "said",
                "Orsk Steel is exploring a sale of its rail products division and has hired an investment bank to sound out buyers",
            ),
            c(
                "one of the people",
                "said",
                "The unit, which makes track and points for railway operators, could fetch between 300 and 400 million euros",
                cue_n=1,
            ),
            c(
                "another",
                "according to",
                "Two Asian steelmakers and a private equity firm have shown early interest",
            ),
            c(
                "The company",
                "warned",
                "that third-quarter earnings would fall short of forecasts because of a slump in European construction",
            ),
            c(
                "Chief executive Mattias Grön",
                "said",
                'that the group would "look hard at every part of the business."',
            ),
            c(
                "Karin Holm, a metals analyst at Sundbay Securities",
                "said",
                '"Rail has been the crown jewel, but it needs investment Orsk can\'t give it right now,"',
            ),
            c(
                "She",
                "estimated",
                "that the division's orders had fallen by about a quarter this year",
            ),
            c(
                None,
                "is said to",
                ["The steelworkers' union", "have been told nothing about the sale"],
            ),
            c(
                "Its regional secretary, Per Lundqvist",
                "called",
                'the reports "deeply worrying"',
            ),
            c(
                "Its regional secretary, Per Lundqvist",
                "demanded",
                "a meeting with management",
            ),
            c(
                None,
                "is expected to",
                ["Orsk", "report full-year results in February"],
                near="Orsk is expected to report full-year results in February",
            ),
        ],
    ),
    article(
        "fresh-foreign-velmora-castrenne",
        "foreign",
        "2026-08-05",
        """
Velmora recalls ambassador as border row with Castrenne escalates

ORLAN (Eastern Press Service) - Velmora recalled its ambassador to Castrenne on Monday after Castrenne troops set up checkpoints on a disputed stretch of the Sarra river, the latest escalation in a quarrel that has simmered for a decade.

Velmora's foreign ministry said in a statement that the checkpoints were "a flagrant violation" of a 2016 border agreement and demanded their immediate removal.

Castrenne's foreign minister, Aurelio Mendez, was defiant. "Our soldiers are standing on our own soil," he told a news conference in the capital, Tarsa. "We will not apologise for that, today or any other day."

The regional security organisation, the Council of River States, called on both governments to pull back their forces and to return to talks "without preconditions". A spokesman for the council, Jonas Ebber, told reporters that envoys would travel to both capitals this week.

Diplomats in Orlan say privately that Velmora is unlikely to go further than the recall for now. One Western diplomat, speaking on condition of anonymity, said Velmora's leaders were "making noise for a domestic audience" ahead of elections in October.

Velmora's president, Ilinca Varu, has not spoken publicly about the dispute. Her office declined to say whether she would attend a regional summit next month.

Castrenne is reported to have moved additional troops towards the river in recent days, though satellite images reviewed by independent analysts showed only a handful of vehicles.

Both countries signed the 2016 agreement after mediation by the Council of River States.
""",
        [
            c(
                "Velmora's foreign ministry",
                "said",
                'that the checkpoints were "a flagrant violation" of a 2016 border agreement',
            ),
            c("Velmora's foreign ministry", "demanded", "their immediate removal"),
            c(
                "he",
                "told",
                [
                    '"Our soldiers are standing on our own soil,"',
                    '"We will not apologise for that, today or any other day."',
                ],
            ),
            c(
                "The regional security organisation, the Council of River States",
                "called on",
                'both governments to pull back their forces and to return to talks "without preconditions"',
            ),
            c(
                "A spokesman for the council, Jonas Ebber",
                "told",
                "that envoys would travel to both capitals this week",
            ),
            c(
                "Diplomats in Orlan",
                "say",
                "that Velmora is unlikely to go further than the recall for now",
            ),
            c(
                "One Western diplomat, speaking on condition of anonymity",
                "said",
                'Velmora\'s leaders were "making noise for a domestic audience" ahead of elections in October',
            ),
            c(
                None,
                "is reported to",
                ["Castrenne", "have moved additional troops towards the river in recent days"],
                near="Castrenne is reported to have moved additional troops towards the river in recent days",
            ),
            c(
                "satellite images reviewed by independent analysts",
                "showed",
                "only a handful of vehicles",
            ),
        ],
    ),
    article(
        "fresh-feature-brindle-launderette",
        "feature",
        "2026-03-28",
        """
Brindle Street's last launderette to close after 47 years

The Suds & Co. launderette on Brindle Street has been washing the neighbourhood’s sheets since 1979. On April 30 it will close, after the building’s owner, Parkgate Estates, sold the site to a developer.

Mr. Tomasz Wilk, who has run the launderette for the past 22 years, says he found out from a letter pushed under the door. “No phone call, nothing,” he said, folding towels behind the counter. “Twenty-two years, and a letter.”

For many of his customers it is more than a place to do the washing. Marjorie Adu, 84, comes every Tuesday, although she has had a machine at home since 2010. “I come for the company,” she said. “You sit here an hour and you know everything that’s happened on the street.”

Another regular, Dev Pillai, who lives above the bakery next door, warned that older residents without machines would have to take the bus to the next launderette, two miles away.

Parkgate Estates did not respond to requests for comment. The developer, Hollin Living, said in an email that the new building would include “space for local businesses” on the ground floor, but would not say whether the rent would be affordable for a launderette.

Residents have started a petition, which had 1,300 signatures by Friday. Its organiser, a student named Ciaran Blake, argued that the street was “losing everything that made it a neighbourhood.”

The local councillor, Fatima Noor, told the Brindle Gazette she had written to Hollin Living to ask them to find room for the launderette. “I can’t promise miracles,” she admitted.

Mr. Wilk is less hopeful. Asked what he will do after April, he shrugged and said he might finally take a holiday.
""",
        [
            c(
                "Mr. Tomasz Wilk, who has run the launderette for the past 22 years",
                "says",
                "he found out from a letter pushed under the door",
            ),
            c(
                "he",
                "said",
                ["“No phone call, nothing,”", "“Twenty-two years, and a letter.”"],
            ),
            c(
                "she",
                "said",
                [
                    "“I come for the company,”",
                    "“You sit here an hour and you know everything that’s happened on the street.”",
                ],
            ),
            c(
                "Another regular, Dev Pillai, who lives above the bakery next door",
                "warned",
                "that older residents without machines would have to take the bus to the next launderette, two miles away",
            ),
            c(
                "The developer, Hollin Living",
                "said",
                "that the new building would include “space for local businesses” on the ground floor",
            ),
            c(
                "Its organiser, a student named Ciaran Blake",
                "argued",
                "that the street was “losing everything that made it a neighbourhood.”",
            ),
            c(
                "The local councillor, Fatima Noor",
                "told",
                "she had written to Hollin Living to ask them to find room for the launderette",
            ),
            c("she", "ask", "them to find room for the launderette"),
            c("she", "admitted", "“I can’t promise miracles,”"),
            c("he", "said", "he might finally take a holiday"),
        ],
    ),
]
