"""A held-out set of invented news articles and their attributions, as strings (fresh21).

Written on 2026-12-05 blind to claimx's rules (the annotator neither ran claimx nor read its
source, its tests or the other sets) and never to be used for tuning. Every article, person,
organisation, place and quotation here is invented (MIT, like the project). ``build.py --set
fresh21`` turns these into ``fresh21.jsonl`` with exact spans; the conventions are in
docs/evaldata-news.md.

Twelve articles (wire 2, courts, council, press-release, interview, live-blog, opinion, business, sport, science, health) in Irish, Pakistani, Malaysian and Canadian house styles.
"""

# ruff: noqa: E501 (article text: one paragraph a line)
from __future__ import annotations

from typing import Any

from articles import article, c, qa

ARTICLES: list[dict[str, Any]] = [
    article(
        "fresh21-wire-carberry-confidence-vote",
        "wire",
        "2026-11-18",
        """
Carberry survives confidence vote as review finds housing target will be missed

By Declan Furlong, Political Staff

Housing Minister Niamh Carberry survived a motion of no confidence in the Dáil last night after a group of rural Independents sided with the Government, but she faces fresh pressure today over an internal review of her department's building programme.

The motion, tabled by the Opposition, was defeated by 84 votes to 71. Three Independent TDs who had been critical of the minister voted with the Government after talks that Kilcarrig TD Pádraig Mulvey said had been "frank but useful".

Speaking after the vote, Ms Carberry said she had "never pretended the job was easy" and that the Government would "build its way out of this, not talk its way out".

"People are entitled to be angry," she told reporters outside the chamber. "I am angry too when I see a young couple in Westmarne paying €2,100 a month for a two-bed flat. But tearing down the department in the middle of the biggest building programme in the history of the State is not the answer."

Opposition housing spokesman Conall Geraghty accused the minister of "hiding behind the hard hats" and called the result "a stay of execution, nothing more".

"The minister has had three years and three plans," he said. "Every one of them has been launched with a photocall and quietly buried with a press release."

Review findings

The internal review, seen by this newspaper, estimates that 27,400 homes will be completed this year against a target of 33,000. It says the slow connection of new estates to the water network is "the single greatest constraint on supply", ahead of planning delays and a shortage of electricians and plumbers.

The document, prepared by officials in September, also warns that the cost of a typical three-bed semi-detached house built under the affordable purchase scheme has risen by 14 per cent in two years.

A spokesman for the Department of Housing said the review was "one input among many" and that completions in the final quarter were traditionally strong. He did not respond to questions about the September figures.

Housing Minister Niamh Carberry arriving for last night's vote. Photograph: Eimear Lyons

Coalition tensions

The Taoiseach is understood to have spoken to Ms Carberry twice over the weekend, and senior Government figures are said to be frustrated that the review's findings emerged days before the vote.

One Minister of State, who asked not to be named, said the mood at Cabinet had been "grim" and that "nobody wants to be defending these numbers on the doorsteps in the spring".

Opposition TD Róisín Tierney asked whether the minister would publish the review in full. Ms Carberry said it would be published "in the coming weeks, once Cabinet has seen it".

The Dáil is expected to debate the Planning and Water Services (Amendment) Bill next week. Mr Mulvey said the three Independents would "judge the minister on that Bill and not on speeches".

Read more: Rents in commuter counties rise for 11th quarter in a row
""",
        [
            c("review", "finds", "housing target will be missed"),
            c("Kilcarrig TD Pádraig Mulvey", "said", ["talks that", 'had been "frank but useful"']),
            c(
                "Ms Carberry",
                "said",
                'she had "never pretended the job was easy" and that the Government would "build its way out of this, not talk its way out"',
            ),
            c(
                "she",
                "told",
                [
                    '"People are entitled to be angry,"',
                    '"I am angry too when I see a young couple in Westmarne paying €2,100 a month for a two-bed flat. But tearing down the department in the middle of the biggest building programme in the history of the State is not the answer."',
                ],
            ),
            c(
                "Opposition housing spokesman Conall Geraghty",
                "accused",
                'the minister of "hiding behind the hard hats"',
            ),
            c(
                "Opposition housing spokesman Conall Geraghty",
                "called",
                'the result "a stay of execution, nothing more"',
            ),
            c(
                "he",
                "said",
                [
                    '"The minister has had three years and three plans,"',
                    '"Every one of them has been launched with a photocall and quietly buried with a press release."',
                ],
            ),
            c(
                "The internal review, seen by this newspaper",
                "estimates",
                "that 27,400 homes will be completed this year against a target of 33,000",
            ),
            c(
                "It",
                "says",
                'the slow connection of new estates to the water network is "the single greatest constraint on supply", ahead of planning delays and a shortage of electricians and plumbers',
            ),
            c(
                "The document, prepared by officials in September",
                "warns",
                "that the cost of a typical three-bed semi-detached house built under the affordable purchase scheme has risen by 14 per cent in two years",
            ),
            c(
                "A spokesman for the Department of Housing",
                "said",
                'the review was "one input among many" and that completions in the final quarter were traditionally strong',
            ),
            c(
                None,
                "is understood to",
                ["The Taoiseach", "have spoken to Ms Carberry twice over the weekend"],
            ),
            c(
                None,
                "are said to",
                [
                    "senior Government figures",
                    "be frustrated that the review's findings emerged days before the vote",
                ],
            ),
            c(
                "One Minister of State, who asked not to be named",
                "said",
                'the mood at Cabinet had been "grim" and that "nobody wants to be defending these numbers on the doorsteps in the spring"',
            ),
            c(
                "Ms Carberry",
                "said",
                'it would be published "in the coming weeks, once Cabinet has seen it"',
            ),
            c(
                None,
                "is expected to",
                ["The Dáil", "debate the Planning and Water Services (Amendment) Bill next week"],
            ),
            c(
                "Mr Mulvey",
                "said",
                'the three Independents would "judge the minister on that Bill and not on speeches"',
            ),
        ],
    ),
    article(
        "fresh21-courts-canteen-roof-trial",
        "courts",
        "2026-10-07",
        """
Boss told workers to use thinner roof beams, canteen collapse trial hears

By Farah Nadiah Yusof

TELUK MERANTI: A site supervisor told the Sessions Court here yesterday that his employer instructed workers to use thinner steel beams than the approved design for the canteen roof of a secondary school that collapsed in March last year.

Mohd Khairul Anuar Ismail, 41, was testifying on the fourth day of the trial of Teguh Binaan Sdn Bhd managing director Lim Chee Wai, 56, who is charged with cheating the state education department of RM1.2 million and with falsifying a completion certificate. Lim has pleaded not guilty to both charges.

Eleven pupils and a canteen worker were injured when the roof gave way during recess on March 14.

Under examination-in-chief by deputy public prosecutor Syazwani Hamdan, the witness said the instruction came by telephone in the second week of construction.

"He said the beams on the drawing were 'too heavy for the columns' and we should use the 150mm ones from the yard," Mohd Khairul said. "I told him the engineer had not approved it. He said he would settle it with the engineer."

He said he had noted the call in his site diary. The diary was tendered as evidence.

Cross-examination

Under cross-examination by defence counsel Harjit Singh Gill, Mohd Khairul conceded that he had not raised the matter with the project engineer in writing.

Harjit put it to the witness that the conversation "never took place" and that the diary entry had been added after the collapse.

"I wrote it the same evening, in the same pen," the witness replied.

The defence also claimed that the steel substitution, if it happened, was approved verbally by a consultant engineer who has since died, and that Lim "relied in good faith" on that approval.

The prosecution alleges that the company billed the department for beams of the specified grade while installing cheaper ones and pocketed the difference.

Ruling on report

Earlier yesterday, Judge Rosmawati Abdul Hamid dismissed a defence application to exclude a structural report prepared by the state Public Works Department.

In her ruling, she held that the report was "relevant and admissible" and that any dispute over its methods went to weight, not admissibility.

The report found that the roof beams were 38 per cent lighter than specified and that at least four connections had been welded "below acceptable standard". The document is expected to be read into the record next week.

The judge also ordered that the original site diary be kept in the custody of the court registrar until the end of the trial.

Outside the court, parents of two of the injured pupils said they had attended every day of the trial. "We are not here for revenge. We want to know why the roof was allowed to fall on our children," said Norhayati Che Omar, whose son suffered a fractured pelvis.

Lim's family declined to comment. The trial before Judge Rosmawati continues today.

Related: Canteen roof collapse: what we know so far
""",
        [
            c(None, "hears", "Boss told workers to use thinner roof beams"),
            c("Boss", "told", "workers to use thinner roof beams"),
            c(
                "A site supervisor",
                "told",
                "that his employer instructed workers to use thinner steel beams than the approved design for the canteen roof of a secondary school that collapsed in March last year",
            ),
            c(
                "his employer",
                "instructed",
                "workers to use thinner steel beams than the approved design for the canteen roof of a secondary school that collapsed in March last year",
            ),
            c(
                "the witness",
                "said",
                "the instruction came by telephone in the second week of construction",
            ),
            c(
                "Mohd Khairul",
                "said",
                [
                    "\"He said the beams on the drawing were 'too heavy for the columns' and we should use the 150mm ones from the yard,\"",
                    '"I told him the engineer had not approved it. He said he would settle it with the engineer."',
                ],
            ),
            c("He", "said", "he had noted the call in his site diary"),
            c(
                "Mohd Khairul",
                "conceded",
                "that he had not raised the matter with the project engineer in writing",
            ),
            c(
                "Harjit",
                "put it to",
                'that the conversation "never took place" and that the diary entry had been added after the collapse',
            ),
            c("the witness", "replied", '"I wrote it the same evening, in the same pen,"'),
            c(
                "The defence",
                "claimed",
                'that the steel substitution, if it happened, was approved verbally by a consultant engineer who has since died, and that Lim "relied in good faith" on that approval',
            ),
            c(
                "The prosecution",
                "alleges",
                "that the company billed the department for beams of the specified grade while installing cheaper ones and pocketed the difference",
            ),
            c(
                "she",
                "held",
                'that the report was "relevant and admissible" and that any dispute over its methods went to weight, not admissibility',
            ),
            c(
                "The report",
                "found",
                'that the roof beams were 38 per cent lighter than specified and that at least four connections had been welded "below acceptable standard"',
            ),
            c(None, "is expected to", ["The document", "be read into the record next week"]),
            c(
                "The judge",
                "ordered",
                "that the original site diary be kept in the custody of the court registrar until the end of the trial",
            ),
            c(
                "parents of two of the injured pupils",
                "said",
                "they had attended every day of the trial",
            ),
            c(
                "Norhayati Che Omar, whose son suffered a fractured pelvis",
                "said",
                '"We are not here for revenge. We want to know why the roof was allowed to fall on our children,"',
            ),
        ],
    ),
    article(
        "fresh21-council-port-halloran-rentals",
        "council",
        "2026-11-26",
        """
Port Halloran council delays short-term rental crackdown after packed meeting

Staff say licence fee would cover cost of two new bylaw officers

By Megan Trudel, Staff Reporter

PORT HALLORAN — Town council has put off a vote on licensing short-term rentals until January after more than 60 residents filled the council chambers Tuesday night. Many were hosts, and several warned the rules would drive them out of business.

The proposed bylaw would require anyone renting a home or a room for fewer than 30 nights to buy an annual $650 licence, post the licence number in every listing and limit rentals to a host's principal residence.

A staff report presented to council estimated that between 410 and 460 properties in the town are listed on rental platforms, roughly a third of them whole homes owned by people who do not live in Port Halloran.

Senior planner Dev Anand told council the licence fee had been set to recover the cost of two additional bylaw enforcement officers and software to track listings. "This isn't a cash grab. It's cost recovery, full stop," he said.

The report says the town's rental vacancy rate fell to 0.9 per cent last year, and that the conversion of long-term units into short-term rentals accounts for part of that decline.

'Nobody asked us'

Residents who spoke during the public delegations were split.

Corinne Beaulieu, who runs two guest suites above her bakery on Water Street, said the principal-residence rule would force her to close one of them. "Nobody asked us. Nobody came and knocked on a door," she said. "We found out from a post in a neighbourhood group chat."

Others urged council to go further. Tom Whitford, a retired teacher who has rented in the town for 11 years, called the current situation "a slow-motion eviction of everyone who works here" and asked council to cap the number of licences.

Coun. Priya Dhaliwal moved that the item be deferred to the Jan. 13 meeting so staff could report back on a possible exemption for owners renting out part of the building they live in. The motion passed 5-2.

"I support licensing. I don't support writing a bylaw that punishes the woman with the bakery and lets the numbered company with nine condos off the hook," Dhaliwal said.

Mayor Ron Kesterson, who voted against the deferral, said council had "studied this to death" and warned that every month of delay meant "more families priced out."

Coun. Alan Roy, the other no vote, asked why the town had not simply copied the bylaw adopted by neighbouring Kestrel Bay two years ago. Anand said staff had reviewed it and that Kestrel Bay's model "has had mixed results on enforcement."

Residents line up to speak at Port Halloran council on Tuesday. (Megan Trudel/Halloran Herald)

The rental platform StayNorth did not respond to a request for comment before deadline.

Council is expected to consider the revised bylaw alongside the 2027 budget.
""",
        [
            c("Staff", "say", "licence fee would cover cost of two new bylaw officers"),
            c("several", "warned", "the rules would drive them out of business"),
            c(
                "A staff report presented to council",
                "estimated",
                "that between 410 and 460 properties in the town are listed on rental platforms, roughly a third of them whole homes owned by people who do not live in Port Halloran",
            ),
            c(
                "Senior planner Dev Anand",
                "told",
                "the licence fee had been set to recover the cost of two additional bylaw enforcement officers and software to track listings",
            ),
            c("he", "said", "\"This isn't a cash grab. It's cost recovery, full stop,\""),
            c(
                "The report",
                "says",
                "the town's rental vacancy rate fell to 0.9 per cent last year, and that the conversion of long-term units into short-term rentals accounts for part of that decline",
            ),
            c(
                "Corinne Beaulieu, who runs two guest suites above her bakery on Water Street",
                "said",
                "the principal-residence rule would force her to close one of them",
            ),
            c(
                "she",
                "said",
                [
                    '"Nobody asked us. Nobody came and knocked on a door,"',
                    '"We found out from a post in a neighbourhood group chat."',
                ],
            ),
            c("Others", "urged", "council to go further"),
            c(
                "Tom Whitford, a retired teacher who has rented in the town for 11 years",
                "called",
                'the current situation "a slow-motion eviction of everyone who works here"',
            ),
            c(
                "Tom Whitford, a retired teacher who has rented in the town for 11 years",
                "asked",
                "council to cap the number of licences",
            ),
            c(
                "Coun. Priya Dhaliwal",
                "moved",
                "that the item be deferred to the Jan. 13 meeting so staff could report back on a possible exemption for owners renting out part of the building they live in",
            ),
            c(
                "Dhaliwal",
                "said",
                '"I support licensing. I don\'t support writing a bylaw that punishes the woman with the bakery and lets the numbered company with nine condos off the hook,"',
            ),
            c(
                "Mayor Ron Kesterson, who voted against the deferral",
                "said",
                'council had "studied this to death"',
            ),
            c(
                "Mayor Ron Kesterson, who voted against the deferral",
                "warned",
                'that every month of delay meant "more families priced out."',
            ),
            c(
                "Anand",
                "said",
                'staff had reviewed it and that Kestrel Bay\'s model "has had mixed results on enforcement."',
            ),
            c(
                None,
                "is expected to",
                ["Council", "consider the revised bylaw alongside the 2027 budget"],
            ),
        ],
    ),
    article(
        "fresh21-press-release-sinar-padu-solar",
        "press-release",
        "2026-08-12",
        """
SINAR PADU ENERGY SIGNS RM480 MILLION AGREEMENT FOR 90MW SOLAR FARM IN BUKIT SERINDIT

Project expected to power 60,000 homes and create 350 jobs during construction

KUALA SERINDIT, 12 August 2026 /MalaysiaWire/ -- Sinar Padu Energy Berhad ("Sinar Padu" or "the Group"), a renewable energy developer listed on the Main Market, today announced that its wholly owned subsidiary, Sinar Padu Solar Sdn Bhd, has signed a 21-year power purchase agreement with the national utility for a 90-megawatt large-scale solar farm in Bukit Serindit.

The project, which will be built on 145 hectares of former rubber estate land, is scheduled to begin commercial operations in the fourth quarter of 2028.

Key highlights of the agreement:

• Contract value of approximately RM480 million over the 21-year term
• Estimated annual generation of 165 gigawatt-hours, enough to power about 60,000 homes
• About 350 construction jobs, with at least 70 per cent to be filled by local hires
• Projected reduction of 118,000 tonnes of carbon dioxide emissions a year

"This agreement is a milestone for Sinar Padu and for the people of Bukit Serindit," said Datuk Ir. Hamdan Zulkifli, Group Managing Director of Sinar Padu. "We have spent three years preparing this site, and we are proud that it will be built by local hands and will supply clean power to local homes."

He added that the Group intends to raise its renewable capacity to 500 megawatts by 2030 and is in discussions on two further sites in the northern region.

The financing will be arranged through a combination of internally generated funds and a green sukuk programme, according to the Group's Chief Financial Officer, Ms. Tan Mei Ling. She said the Group expects the project to contribute positively to earnings from the financial year ending 2029.

The state assemblywoman for Bukit Serindit, YB Puan Rosnah Idris, welcomed the agreement, saying the project would bring "much-needed jobs and investment" to the district. She urged residents to attend the community briefing sessions that Sinar Padu will hold in Bukit Serindit and Kampung Paya Lebar next month.

Community engagement

Sinar Padu said it had completed an environmental impact assessment, which was approved by the Department of Environment in May 2026, and that a 30-metre vegetated buffer will be maintained between the panels and the nearest village.

The assessment found that the project would have a "low to moderate" impact on local drainage, provided two retention ponds are built before the panels are installed.

Media briefings and site visits can be arranged on request.

About Sinar Padu Energy Berhad

Sinar Padu Energy Berhad is a Malaysian renewable energy developer founded in 2011. It currently operates 210 megawatts of solar and mini-hydro capacity across six states and says it is committed to "powering communities, not just grids". For more information, visit www.sinarpadu-energy.my.

Media contact:
Nur Aisyah Kamarudin
Head, Corporate Communications
Sinar Padu Energy Berhad
Tel: +603-7781 2290
Email: media@sinarpadu-energy.my
""",
        [
            c(
                None,
                "expected to",
                ["Project", "power 60,000 homes and create 350 jobs during construction"],
            ),
            c(
                'Sinar Padu Energy Berhad ("Sinar Padu" or "the Group"), a renewable energy developer listed on the Main Market',
                "announced",
                "that its wholly owned subsidiary, Sinar Padu Solar Sdn Bhd, has signed a 21-year power purchase agreement with the national utility for a 90-megawatt large-scale solar farm in Bukit Serindit",
            ),
            c(
                "Datuk Ir. Hamdan Zulkifli, Group Managing Director of Sinar Padu",
                "said",
                [
                    '"This agreement is a milestone for Sinar Padu and for the people of Bukit Serindit,"',
                    '"We have spent three years preparing this site, and we are proud that it will be built by local hands and will supply clean power to local homes."',
                ],
            ),
            c(
                "He",
                "added",
                "that the Group intends to raise its renewable capacity to 500 megawatts by 2030 and is in discussions on two further sites in the northern region",
            ),
            c(
                "the Group's Chief Financial Officer, Ms. Tan Mei Ling",
                "according to",
                "The financing will be arranged through a combination of internally generated funds and a green sukuk programme",
            ),
            c(
                "She",
                "said",
                "the Group expects the project to contribute positively to earnings from the financial year ending 2029",
            ),
            c(
                "The state assemblywoman for Bukit Serindit, YB Puan Rosnah Idris",
                "saying",
                'the project would bring "much-needed jobs and investment" to the district',
            ),
            c(
                "She",
                "urged",
                "residents to attend the community briefing sessions that Sinar Padu will hold in Bukit Serindit and Kampung Paya Lebar next month",
            ),
            c(
                "Sinar Padu",
                "said",
                "it had completed an environmental impact assessment, which was approved by the Department of Environment in May 2026, and that a 30-metre vegetated buffer will be maintained between the panels and the nearest village",
            ),
            c(
                "The assessment",
                "found",
                'that the project would have a "low to moderate" impact on local drainage, provided two retention ponds are built before the panels are installed',
            ),
        ],
    ),
    article(
        "fresh21-interview-tadhg-breen-lifeboat",
        "interview",
        "2026-09-19",
        """
"The sea doesn't care how long you've been at it": Tadhg Breen on 31 years at the helm

As he steps down as coxswain of the Carrigmore lifeboat, Tadhg Breen talks to Ciara Hynes about storms, volunteers and the callout he still thinks about

Tadhg Breen was 19 when he first pulled on a lifejacket at Carrigmore pier. He has launched on more than 600 callouts since, the last 31 years of them in command of the boat. On Sunday he hands over to his deputy, Sinéad Foley, the first woman to command the station's all-weather lifeboat.

Foley describes him as "the calmest man in any weather, and the most stubborn on dry land". Breen says he will stay on the shore crew "for as long as they'll have me, and probably a bit longer".

This interview has been edited for length and clarity.

HYNES: You told the county council last year that the station needed a new boathouse or it would struggle to keep a crew. Did they listen?

BREEN: They listened. Whether they heard is another thing. We got a new slipway out of it, which is something, but the crew are still changing in a shed that floods at every spring tide. I'm not going to stand here in my last week and give out, though. Sinéad will fight that fight better than I did.

HYNES: What has changed most since you started?

BREEN: The boats, obviously. When I joined, we'd an open boat with a diesel that you'd have to coax like a donkey. Now we've a boat that'll right itself if she goes over. But the big change is the people. We used to be all fishermen. Now I've a pharmacist, two nurses and a lad who works in software from his kitchen. They don't know the water the way the old lads did, so we train twice as hard.

HYNES: Is there a callout that stays with you?

BREEN: There is. February 2009, a trawler, the Maid of Ardglas, on the rocks off Inishcorr in a force nine. We got three of the four. My father used to say, "You'll remember the ones you lose longer than the ones you save," and he was right. I think about the fourth man every week.

HYNES: Volunteer numbers have dropped at several stations along this coast. Why?

BREEN: Housing, mainly. Young people can't afford to live in Carrigmore, so they're not here when the pager goes, and you need to be within eight minutes of the station. A survey we did among the crew two years ago found that half of them were renting, and most of those expected to have to leave the parish within five years. That's the real threat to this station, not the weather.

HYNES: What advice will you give Sinéad?

BREEN: None. She's been ready for five years. I told her the only thing I know for sure: never launch angry, and always ring your mother after.

HYNES: And what will you do with your Sundays?

BREEN: My wife has a list. I'm told it's long.

Tadhg Breen at Carrigmore pier this week. Photograph: Ronan Keyes

Read more: Carrigmore slipway works to begin in spring
""",
        [
            c("Tadhg Breen", ":", "\"The sea doesn't care how long you've been at it\""),
            c(
                "Foley",
                "describes",
                'him as "the calmest man in any weather, and the most stubborn on dry land"',
            ),
            c(
                "Breen",
                "says",
                'he will stay on the shore crew "for as long as they\'ll have me, and probably a bit longer"',
            ),
            qa(
                "BREEN",
                "They listened. Whether they heard is another thing. We got a new slipway out of it, which is something, but the crew are still changing in a shed that floods at every spring tide. I'm not going to stand here in my last week and give out, though. Sinéad will fight that fight better than I did.",
            ),
            qa(
                "BREEN",
                "The boats, obviously. When I joined, we'd an open boat with a diesel that you'd have to coax like a donkey. Now we've a boat that'll right itself if she goes over. But the big change is the people. We used to be all fishermen. Now I've a pharmacist, two nurses and a lad who works in software from his kitchen. They don't know the water the way the old lads did, so we train twice as hard.",
            ),
            qa(
                "BREEN",
                'There is. February 2009, a trawler, the Maid of Ardglas, on the rocks off Inishcorr in a force nine. We got three of the four. My father used to say, "You\'ll remember the ones you lose longer than the ones you save," and he was right. I think about the fourth man every week.',
            ),
            qa(
                "BREEN",
                "Housing, mainly. Young people can't afford to live in Carrigmore, so they're not here when the pager goes, and you need to be within eight minutes of the station. A survey we did among the crew two years ago found that half of them were renting, and most of those expected to have to leave the parish within five years. That's the real threat to this station, not the weather.",
            ),
            qa(
                "BREEN",
                "None. She's been ready for five years. I told her the only thing I know for sure: never launch angry, and always ring your mother after.",
            ),
            qa("BREEN", "My wife has a list. I'm told it's long."),
        ],
    ),
    article(
        "fresh21-live-blog-federal-budget",
        "live-blog",
        "2026-06-10",
        """
LIVE: Budget 2026-27 — salaried class gets relief, petroleum levy raised

By Web Desk | Updated 7:42pm

Key points:
• Total outlay of Rs18.2 trillion for FY2026-27
• Income tax exemption threshold raised to Rs1.2 million a year
• Petroleum levy to rise by Rs10 per litre from July 1
• Defence allocation up 12pc

7:42pm
That's all from our live coverage for today. Opposition members are expected to respond when the general debate on the budget opens on Monday.

7:15pm
Traders announce strike over retail sales tax

The Markaz Traders Alliance has announced a shutter-down strike for June 18 against the proposed sales tax on retail turnover. Its president, Haji Rafiq Butt, told reporters the measure would "push small shopkeepers back into the informal economy" and called on the government to withdraw it before the Finance Bill is passed.

6:50pm
Minister says levy hike 'unavoidable'

Speaking at a post-budget press conference, Awan insisted that the petroleum levy increase was "unavoidable" and that the government had "protected the poorest through targeted cash transfers".

Asked whether the government would revisit the levy if oil prices fell, he said: "We will review everything in the next quarter. I am not going to make promises in June that I cannot keep in October."

He also conceded that the revenue target of Rs14.1 trillion was "ambitious" but said the tax authority had been given "the tools and the targets".

6:05pm
Budget documents show debt servicing eats up nearly half of spending

According to the budget documents, interest payments are estimated at Rs8.7 trillion, or 48pc of total current expenditure.

Economist Dr Sana Mirza of the Centre for Fiscal Research wrote in a post on social media that the figures left "almost no room for development spending, and none for mistakes."

5:40pm
Opposition stages walkout

Opposition members staged a walkout as the minister announced the levy increase, chanting slogans against "petrol bombs on the poor". The Speaker asked members to take their seats and allow the minister to complete his speech.

5:10pm
Relief for salaried class

"The salaried class has carried this economy on its back for too long," Awan told the house, announcing that the income tax exemption threshold would be raised from Rs600,000 to Rs1.2 million a year.

He said the change would benefit "about 2.4 million taxpayers" and cost the exchequer an estimated Rs95 billion.

4:32pm
Awan begins budget speech

Finance Minister Senator Faisal Awan has begun presenting the federal budget for 2026-27 in the National Assembly amid noisy protest from the opposition benches. He described the budget as "a budget of stabilisation, not of slogans".

4:00pm
What to expect

The budget is expected to be around Rs18 trillion. The government has reportedly agreed with external lenders to widen the sales tax net to retail. Two officials in the finance ministry, speaking on condition of anonymity, told this outlet that the defence allocation would rise by "double digits".
""",
        [
            c(
                None,
                "are expected to",
                [
                    "Opposition members",
                    "respond when the general debate on the budget opens on Monday",
                ],
                n=0,
            ),
            c("Traders", "announce", "strike over retail sales tax"),
            c("Minister", "says", "levy hike 'unavoidable'"),
            c(
                "The Markaz Traders Alliance",
                "announced",
                "a shutter-down strike for June 18 against the proposed sales tax on retail turnover",
            ),
            c(
                "Its president, Haji Rafiq Butt",
                "told",
                'the measure would "push small shopkeepers back into the informal economy"',
            ),
            c(
                "Its president, Haji Rafiq Butt",
                "called on",
                "the government to withdraw it before the Finance Bill is passed",
            ),
            c(
                "Awan",
                "insisted",
                'that the petroleum levy increase was "unavoidable" and that the government had "protected the poorest through targeted cash transfers"',
            ),
            c(
                "he",
                "said",
                '"We will review everything in the next quarter. I am not going to make promises in June that I cannot keep in October."',
            ),
            c("He", "conceded", 'that the revenue target of Rs14.1 trillion was "ambitious"'),
            c("He", "said", 'the tax authority had been given "the tools and the targets"'),
            c("Budget documents", "show", "debt servicing eats up nearly half of spending"),
            c(
                "the budget documents",
                "According to",
                "interest payments are estimated at Rs8.7 trillion, or 48pc of total current expenditure",
            ),
            c(
                "Economist Dr Sana Mirza of the Centre for Fiscal Research",
                "wrote",
                'that the figures left "almost no room for development spending, and none for mistakes."',
            ),
            c("the minister", "announced", "the levy increase"),
            c(
                "The Speaker",
                "asked",
                "members to take their seats and allow the minister to complete his speech",
            ),
            c(
                "Awan",
                "told",
                '"The salaried class has carried this economy on its back for too long,"',
            ),
            c(
                "Awan",
                "announcing",
                "that the income tax exemption threshold would be raised from Rs600,000 to Rs1.2 million a year",
            ),
            c(
                "He",
                "said",
                'the change would benefit "about 2.4 million taxpayers" and cost the exchequer an estimated Rs95 billion',
            ),
            c("He", "described", 'the budget as "a budget of stabilisation, not of slogans"'),
            c(None, "is expected to", ["The budget", "be around Rs18 trillion"]),
            c(
                None,
                "reportedly",
                [
                    "The government has",
                    "agreed with external lenders to widen the sales tax net to retail",
                ],
            ),
            c(
                "Two officials in the finance ministry, speaking on condition of anonymity",
                "told",
                'that the defence allocation would rise by "double digits"',
            ),
        ],
    ),
    article(
        "fresh21-opinion-darya-nagar-shade",
        "opinion",
        "2026-07-02",
        """
The city that cut down its shade

Opinion | Zara Hameed

The writer is an architect and urban researcher based in Darya Nagar.

Last June, when the mercury in Darya Nagar touched 48°C for the fourth day running, I walked the length of Canal Road at noon. I counted eleven trees in three kilometres. Five years ago, before the road was widened into a "signal-free corridor", there were more than four hundred.

Nobody disputes the number. The Darya Nagar Development Authority's own environmental assessment for the project, published in 2021, put the number of trees to be removed at 437 and promised that "at least three saplings will be planted for every tree cut".

Those saplings, where they exist, are knee-high and dying of thirst in the median. When I asked the authority how many had survived, a spokesperson told me the figure was "being compiled". That was in August.

The heat is not an abstraction

A study published this year by researchers at Darya Nagar University found that surface temperatures on the widened stretch of Canal Road were on average 6.2°C higher on summer afternoons than on the older, tree-lined section near the railway colony.

Nor is the heat evenly shared. The rickshaw driver, the traffic warden and the vendor selling falsa at the crossing do not sit in air-conditioned cars. Dr Imran Qazi, who runs the emergency department at the city's Civil Hospital, told me his department saw 1,140 heatstroke cases last summer, "most of them men who work outdoors, and most of them poor".

"We have learned to treat heatstroke very well," he said. "What we have not learned is how to stop sending people back into the same street."

The official answer

The provincial minister for local government, Chaudhry Asad Warraich, likes to call the government's plantation drive "the greenest campaign in our history". In a speech last month he claimed that 2.1 million saplings had been planted across the province this year.

Perhaps they were. But a plantation drive counts holes dug, not trees grown. The same authority that cut down Canal Road's canopy now plans to widen University Avenue, and its feasibility report for that project, seen by this writer, says tree removal will be "minimised where feasible". It does not say how many.

What we should ask for

I am not asking anyone to oppose roads. I am asking the authority to do three things: publish the survival rate of every sapling it has planted since 2021; stop counting trees and start counting canopy; and make shade a condition of approval for every road project, not an afterthought.

Residents of University Avenue have already begun asking the same questions. A petition started by the Avenue Residents' Welfare Association calls on the authority to hold a public hearing before a single tree is felled, and has collected more than 9,000 signatures.

Councillors should demand the figures before they vote.

Our grandparents planted neem and shisham along these roads because they knew what summer meant. We are the first generation to forget it and, if the forecasts are right, the last that can afford to.
""",
        [
            c(
                "The Darya Nagar Development Authority's own environmental assessment for the project, published in 2021",
                "put",
                "the number of trees to be removed at 437",
            ),
            c(
                "The Darya Nagar Development Authority's own environmental assessment for the project, published in 2021",
                "promised",
                'that "at least three saplings will be planted for every tree cut"',
            ),
            c("a spokesperson", "told", 'the figure was "being compiled"'),
            c(
                "A study published this year by researchers at Darya Nagar University",
                "found",
                "that surface temperatures on the widened stretch of Canal Road were on average 6.2°C higher on summer afternoons than on the older, tree-lined section near the railway colony",
            ),
            c(
                "Dr Imran Qazi, who runs the emergency department at the city's Civil Hospital",
                "told",
                'his department saw 1,140 heatstroke cases last summer, "most of them men who work outdoors, and most of them poor"',
            ),
            c(
                "he",
                "said",
                [
                    '"We have learned to treat heatstroke very well,"',
                    '"What we have not learned is how to stop sending people back into the same street."',
                ],
            ),
            c(
                "The provincial minister for local government, Chaudhry Asad Warraich",
                "call",
                'the government\'s plantation drive "the greenest campaign in our history"',
            ),
            c(
                "he",
                "claimed",
                "that 2.1 million saplings had been planted across the province this year",
            ),
            c(
                "its feasibility report for that project, seen by this writer",
                "says",
                'tree removal will be "minimised where feasible"',
            ),
            c(
                "A petition started by the Avenue Residents' Welfare Association",
                "calls on",
                "the authority to hold a public hearing before a single tree is felled",
            ),
        ],
    ),
    article(
        "fresh21-business-grain-valley-outlook",
        "business",
        "2026-11-05",
        """
Grain Valley Foods cuts outlook as shoppers trade down; shares slide

By Jonah Whitcombe, Business Reporter

ALDERTON — Grain Valley Foods Inc. cut its full-year profit forecast on Wednesday, saying shoppers squeezed by higher rents and food prices are switching to store brands and discount banners faster than it had expected.

The grocery and packaged-food company now expects adjusted earnings of $2.05 to $2.15 a share for the year, down from its previous guidance of $2.40 to $2.50. Its shares fell 8.3 per cent to $41.17 in afternoon trading.

"Our customers are telling us very clearly that every dollar counts right now," chief executive Marianne Okafor told analysts on a conference call. "We are going to meet them where they are, even if that means thinner margins for a few quarters."

Okafor said sales of the company's private-label Hearthside brand rose 14 per cent in the third quarter, while sales of national brands were flat. She added that the company would accelerate the conversion of 22 of its full-service stores to its ValuMart discount banner, at a cost of about $60 million.

Third-quarter net income fell to $88.4 million, or $1.02 a share, from $97.1 million, or $1.11 a share, a year earlier, the company said in a statement. Revenue rose 3.2 per cent to $4.71 billion.

Analysts not convinced

Several analysts questioned whether the discount push would cannibalize the company's own stores.

"They are converting their own customers from a high-margin box to a low-margin box and calling it growth," said Priyanka Rao, an analyst at Lakeshore Capital Markets, who cut her price target on the stock to $44 from $52.

In a note to clients, Harbourfront Securities analyst Luc Thibodeau wrote that the guidance cut was "largely expected" but warned that labour costs could put further pressure on margins after the union contract at the company's main distribution centre expires in March.

Okafor said talks with the union were "constructive."

Grain Valley has been the subject of takeover speculation since September. The Halvorsen family, its largest shareholder, is understood to have hired an investment bank to review options for its 21 per cent stake.

Asked about the reports on the call, Okafor said the board's focus was "on running the business, not on rumours."

A Grain Valley spokesperson declined to comment further, and the Halvorsen family did not respond to a request for comment.

Grain Valley operates 318 stores under four banners and employs about 26,000 people.

Related: Food inflation eases for third straight month
""",
        [
            c(
                "Grain Valley Foods Inc.",
                "saying",
                "shoppers squeezed by higher rents and food prices are switching to store brands and discount banners faster than it had expected",
            ),
            c(
                "chief executive Marianne Okafor",
                "told",
                [
                    '"Our customers are telling us very clearly that every dollar counts right now,"',
                    '"We are going to meet them where they are, even if that means thinner margins for a few quarters."',
                ],
            ),
            c(
                "Okafor",
                "said",
                "sales of the company's private-label Hearthside brand rose 14 per cent in the third quarter, while sales of national brands were flat",
            ),
            c(
                "She",
                "added",
                "that the company would accelerate the conversion of 22 of its full-service stores to its ValuMart discount banner, at a cost of about $60 million",
            ),
            c(
                "the company",
                "said",
                "Third-quarter net income fell to $88.4 million, or $1.02 a share, from $97.1 million, or $1.11 a share, a year earlier",
            ),
            c(
                "Priyanka Rao, an analyst at Lakeshore Capital Markets, who cut her price target on the stock to $44 from $52",
                "said",
                '"They are converting their own customers from a high-margin box to a low-margin box and calling it growth,"',
            ),
            c(
                "Harbourfront Securities analyst Luc Thibodeau",
                "wrote",
                'that the guidance cut was "largely expected"',
            ),
            c(
                "Harbourfront Securities analyst Luc Thibodeau",
                "warned",
                "that labour costs could put further pressure on margins after the union contract at the company's main distribution centre expires in March",
            ),
            c("Okafor", "said", 'talks with the union were "constructive."'),
            c(
                None,
                "is understood to",
                [
                    "The Halvorsen family, its largest shareholder",
                    "have hired an investment bank to review options for its 21 per cent stake",
                ],
            ),
            c(
                "Okafor",
                "said",
                'the board\'s focus was "on running the business, not on rumours."',
            ),
        ],
    ),
    article(
        "fresh21-sport-kilcreevy-county-final",
        "sport",
        "2026-10-12",
        """
Kilcreevy end 19-year wait as Hanlon free seals county title

Kilcreevy 1-19 St Fiachra's 2-15

By Donncha Morrissey at Páirc Uí Rónáin

KILCREEVY finally have their hands on the Mac Giolla Cup after a county final that swung three times in the last quarter and was settled by a Conor Hanlon free deep into stoppage time.

Referee Micheál Tobin awarded the decisive free when St Fiachra's captain and corner-back Eoin Dalton was penalised for a throw-ball on the 65-metre line, a decision St Fiachra's manager Liam Mullane described afterwards as "the kind of call you'd want to be very sure of in a county final".

"I'm not going to stand here and blame the referee. We had chances to put it away and we didn't take them," Mullane said. "But I've watched it back on the phone twice already and I still don't know what he saw."

Hanlon, who finished with 0-11, 0-8 from frees, admitted he "couldn't feel my hands" standing over the ball.

"I just told myself it's the same as the training pitch on a Tuesday night," he said. "It wasn't."

How it unfolded

St Fiachra's made the stronger start, and goals from Dara Kinsella in the ninth and 24th minutes gave them a 2-7 to 0-9 lead at half-time.

Kilcreevy manager Pat Cusack said he had told his players at the interval to "stop admiring the scoreboard and start hurling".

They did. Substitute Rory Brennan's goal in the 44th minute, after a long delivery broke in the square, brought Kilcreevy level, and they edged ahead through Hanlon and wing-forward Shane Mac Cárthaigh.

St Fiachra's responded with three unanswered points, but Kilcreevy full-back Tomás Reidy made two crucial blocks in the closing minutes, and Hanlon levelled from a sideline cut before his winning free. Reidy later called the final 10 minutes "the longest of my life".

Injury concern

Dalton went off with a shoulder injury in the 68th minute and is expected to miss the start of the provincial championship. His club is understood to be seeking a second opinion.

County board chairman Gerry Whelan, presenting the cup, called on supporters of both clubs to "get behind whoever represents this county in the provincial series".

FULL TIME: Kilcreevy 1-19 St Fiachra's 2-15

Scorers: Kilcreevy: C Hanlon 0-11 (0-8 f, 0-1 sl), R Brennan 1-1, S Mac Cárthaigh 0-3, P Ó Sé 0-2, M Doyle 0-2. St Fiachra's: D Kinsella 2-2, A Furey 0-7 (0-5 f), N Cullinane 0-3, B Healy 0-2, E Dalton 0-1.

Referee: M Tobin (Ballinree)
""",
        [
            c(
                "St Fiachra's manager Liam Mullane",
                "described",
                [
                    "a decision",
                    'as "the kind of call you\'d want to be very sure of in a county final"',
                ],
            ),
            c(
                "Mullane",
                "said",
                [
                    "\"I'm not going to stand here and blame the referee. We had chances to put it away and we didn't take them,\"",
                    "\"But I've watched it back on the phone twice already and I still don't know what he saw.\"",
                ],
            ),
            c(
                "Hanlon, who finished with 0-11, 0-8 from frees",
                "admitted",
                'he "couldn\'t feel my hands" standing over the ball',
            ),
            c(
                "he",
                "said",
                [
                    '"I just told myself it\'s the same as the training pitch on a Tuesday night,"',
                    '"It wasn\'t."',
                ],
            ),
            c(
                "Kilcreevy manager Pat Cusack",
                "said",
                'he had told his players at the interval to "stop admiring the scoreboard and start hurling"',
            ),
            c(
                "he",
                "told",
                'his players at the interval to "stop admiring the scoreboard and start hurling"',
            ),
            c("Reidy", "called", 'the final 10 minutes "the longest of my life"'),
            c(
                None,
                "is expected to",
                ["Dalton", "miss the start of the provincial championship"],
                near="Dalton went off with a shoulder injury in the 68th minute and is expected to miss the start of the provincial championship",
            ),
            c(None, "is understood to", ["His club", "be seeking a second opinion"]),
            c(
                "County board chairman Gerry Whelan",
                "called on",
                'supporters of both clubs to "get behind whoever represents this county in the provincial series"',
            ),
        ],
    ),
    article(
        "fresh21-science-lake-ice-season",
        "science",
        "2026-09-30",
        """
Ice season on northern lakes shrinking twice as fast as in the 1980s, study finds

Researchers say winter roads and ice fisheries face shorter, less predictable seasons

By Hannah Lefebvre, Science Reporter

Lakes across the boreal north are freezing later and thawing earlier at roughly double the rate seen in the 1980s, according to a new analysis of more than four decades of satellite images and community records.

The study, published Tuesday in the Journal of Boreal Hydrology, tracked freeze-up and break-up dates on 214 lakes between 1982 and 2025. It found that the average ice season shortened by 2.9 days per decade between 1982 and 2003, and by 6.1 days per decade since.

"When we started, we honestly expected the satellite record to smooth things out," said lead author Dr. Amara Whitehorse, a hydrologist at Tamarack University. "Instead, the acceleration was there in almost every region we looked at."

The largest changes were on small, shallow lakes in the western boreal region, where the ice season is now about three weeks shorter than it was four decades ago, the researchers estimated.

Whitehorse said the findings matter well beyond the lakes themselves. Dozens of remote communities depend on winter roads built over frozen lakes and muskeg to bring in fuel, building materials and groceries at a fraction of the cost of air freight.

Observations from the ice

The team worked with harvesters and knowledge keepers from four First Nations, who kept records of when they first set nets under the ice and when it became unsafe to travel.

Ernest Mooswa, a fisherman from Kinosew Lake First Nation who contributed 30 years of notebooks to the project, said elders had warned for a long time that the ice was "not keeping its promises anymore."

"Now the scientists have the numbers to match," he said. "But we knew. You only have to fall through once."

The paper notes that community records and satellite data agreed to within four days on average. The authors call that "remarkable agreement for two completely independent methods."

Caution on causes

The authors caution that the study was not designed to attribute the changes to specific causes, although they write that the pattern is "consistent with" regional warming of about 2.3 C since the early 1980s.

Dr. Marc Bélanger, a climate scientist at the Université de Rivière-Noire who was not involved in the research, called the study "a careful piece of work" but said he would like to see the analysis extended to larger lakes, whose ice behaves differently.

"Big lakes have a lot of thermal memory. I'd be surprised if they showed the same acceleration, but I've been surprised before," he said in an interview.

A truck crosses the winter road on Kinosew Lake in February. (Submitted by Ernest Mooswa)

Winter roads

Winter road operators have already noticed. The Northern Winter Roads Association said in a submission to a parliamentary committee last spring that the average operating season on its routes had fallen from 62 days in the early 2000s to 41 days in 2025.

Darlene Kakeesim, who manages the winter road into Kinosew Lake, said crews had to close the route for nine days in February after a thaw, leaving two fuel trucks stranded halfway. "Every year we're told to plan for a normal season. There is no normal season anymore," she said.

The association has asked the federal government to fund all-season roads to the 12 communities it considers most at risk.

The federal government is expected to release an updated assessment of winter road vulnerability early next year. A spokesperson for the Department of Northern Infrastructure said officials were "reviewing the study with interest" but did not say whether the department planned to increase funding for all-season roads.

Whitehorse said the team hopes to extend the record back to the 1950s using aerial photographs held in provincial archives.

"There's a whole second half of this story sitting in boxes," she said.

Correction: An earlier version of this story gave an incorrect number of lakes in the study. The correct number is 214.
""",
        [
            c(
                "study",
                "finds",
                "Ice season on northern lakes shrinking twice as fast as in the 1980s",
            ),
            c(
                "Researchers",
                "say",
                "winter roads and ice fisheries face shorter, less predictable seasons",
            ),
            c(
                "a new analysis of more than four decades of satellite images and community records",
                "according to",
                "Lakes across the boreal north are freezing later and thawing earlier at roughly double the rate seen in the 1980s",
            ),
            c(
                "It",
                "found",
                "that the average ice season shortened by 2.9 days per decade between 1982 and 2003, and by 6.1 days per decade since",
            ),
            c(
                "lead author Dr. Amara Whitehorse, a hydrologist at Tamarack University",
                "said",
                [
                    '"When we started, we honestly expected the satellite record to smooth things out,"',
                    '"Instead, the acceleration was there in almost every region we looked at."',
                ],
            ),
            c(
                "the researchers",
                "estimated",
                "The largest changes were on small, shallow lakes in the western boreal region, where the ice season is now about three weeks shorter than it was four decades ago",
            ),
            c("Whitehorse", "said", "the findings matter well beyond the lakes themselves"),
            c(
                "Ernest Mooswa, a fisherman from Kinosew Lake First Nation who contributed 30 years of notebooks to the project",
                "said",
                'elders had warned for a long time that the ice was "not keeping its promises anymore."',
            ),
            c("elders", "warned", 'that the ice was "not keeping its promises anymore."'),
            c(
                "he",
                "said",
                [
                    '"Now the scientists have the numbers to match,"',
                    '"But we knew. You only have to fall through once."',
                ],
            ),
            c(
                "The paper",
                "notes",
                "that community records and satellite data agreed to within four days on average",
            ),
            c(
                "The authors",
                "call",
                'that "remarkable agreement for two completely independent methods."',
            ),
            c(
                "The authors",
                "caution",
                "that the study was not designed to attribute the changes to specific causes",
            ),
            c(
                "they",
                "write",
                'that the pattern is "consistent with" regional warming of about 2.3 C since the early 1980s',
            ),
            c(
                "Dr. Marc Bélanger, a climate scientist at the Université de Rivière-Noire who was not involved in the research",
                "called",
                'the study "a careful piece of work"',
            ),
            c(
                "Dr. Marc Bélanger, a climate scientist at the Université de Rivière-Noire who was not involved in the research",
                "said",
                "he would like to see the analysis extended to larger lakes, whose ice behaves differently",
            ),
            c(
                "he",
                "said",
                "\"Big lakes have a lot of thermal memory. I'd be surprised if they showed the same acceleration, but I've been surprised before,\"",
            ),
            c(
                "The Northern Winter Roads Association",
                "said",
                "that the average operating season on its routes had fallen from 62 days in the early 2000s to 41 days in 2025",
            ),
            c(
                "Darlene Kakeesim, who manages the winter road into Kinosew Lake",
                "said",
                "crews had to close the route for nine days in February after a thaw, leaving two fuel trucks stranded halfway",
            ),
            c(
                "she",
                "said",
                '"Every year we\'re told to plan for a normal season. There is no normal season anymore,"',
            ),
            c(
                "The association",
                "asked",
                "the federal government to fund all-season roads to the 12 communities it considers most at risk",
            ),
            c(
                None,
                "is expected to",
                [
                    "The federal government",
                    "release an updated assessment of winter road vulnerability early next year",
                ],
            ),
            c(
                "A spokesperson for the Department of Northern Infrastructure",
                "said",
                'officials were "reviewing the study with interest"',
            ),
            c(
                "Whitehorse",
                "said",
                "the team hopes to extend the record back to the 1950s using aerial photographs held in provincial archives",
            ),
            c("she", "said", '"There\'s a whole second half of this story sitting in boxes,"'),
        ],
    ),
    article(
        "fresh21-health-seri-kenanga-dengue",
        "health",
        "2026-10-15",
        """
Residents urged to clear breeding sites as dengue cases in Seri Kenanga double

By Aina Syahirah

SERI KENANGA: Dengue cases in the district have more than doubled in the first 40 weeks of the year, with 1,284 cases and three deaths recorded so far, compared with 602 cases in the same period last year.

State Health director Datuk Dr Wan Zainal Abidin said most of the cases were in densely populated housing areas where construction sites and clogged drains had created ideal breeding conditions for Aedes mosquitoes.

"Fogging alone will not solve this. Ninety per cent of the breeding sites we find are inside or around people's homes: flower pot trays, old tyres, roof gutters," he told a press conference at the district health office yesterday.

He urged residents to spend 10 minutes every week searching for and destroying stagnant water around their houses, and called on developers to ensure their sites did not become "mosquito farms".

Data from the district health office show that inspections this year found Aedes larvae at 31 construction sites, 12 of which were issued compound notices.

Dr Wan Zainal said the department would also deploy 40 additional health inspectors to hotspot areas from next week.

A resident of Taman Kenanga Jaya, Encik Roslan Mat Daud, 58, said his neighbourhood had seen four cases in a month. "The contractor next door left water in the foundation pits for weeks. We complained twice to the council," he said.

The Seri Kenanga Municipal Council is understood to have issued a stop-work order on the site on Monday. Council officials could not be reached for comment.

Members of the public with fever lasting more than two days are advised to seek treatment at the nearest clinic.

Health officers inspecting a drain in Taman Kenanga Jaya yesterday. — Pic by Aina Syahirah
""",
        [
            c(None, "urged", ["Residents", "to clear breeding sites"]),
            c(
                "State Health director Datuk Dr Wan Zainal Abidin",
                "said",
                "most of the cases were in densely populated housing areas where construction sites and clogged drains had created ideal breeding conditions for Aedes mosquitoes",
            ),
            c(
                "he",
                "told",
                '"Fogging alone will not solve this. Ninety per cent of the breeding sites we find are inside or around people\'s homes: flower pot trays, old tyres, roof gutters,"',
            ),
            c(
                "He",
                "urged",
                "residents to spend 10 minutes every week searching for and destroying stagnant water around their houses",
            ),
            c(
                "He",
                "called on",
                'developers to ensure their sites did not become "mosquito farms"',
            ),
            c(
                "Data from the district health office",
                "show",
                "that inspections this year found Aedes larvae at 31 construction sites, 12 of which were issued compound notices",
            ),
            c(
                "Dr Wan Zainal",
                "said",
                "the department would also deploy 40 additional health inspectors to hotspot areas from next week",
            ),
            c(
                "A resident of Taman Kenanga Jaya, Encik Roslan Mat Daud, 58",
                "said",
                "his neighbourhood had seen four cases in a month",
            ),
            c(
                "he",
                "said",
                '"The contractor next door left water in the foundation pits for weeks. We complained twice to the council,"',
            ),
            c(
                None,
                "is understood to",
                [
                    "The Seri Kenanga Municipal Council",
                    "have issued a stop-work order on the site on Monday",
                ],
            ),
            c(
                None,
                "are advised",
                [
                    "Members of the public with fever lasting more than two days",
                    "to seek treatment at the nearest clinic",
                ],
            ),
        ],
    ),
    article(
        "fresh21-wire-noorabad-gas-suspension",
        "wire",
        "2026-12-02",
        """
Gas supply to textile mills suspended for 10 days as winter shortfall bites

NOORABAD, Dec 2 (PNS): The state-owned Northern Gas Distribution Company (NGDC) on Tuesday suspended gas supply to textile mills and other industrial units across its network for 10 days, saying the diversion was needed to keep domestic consumers supplied during the first cold spell of the winter.

In a notification issued late on Monday night, the company said the shortfall on its system had reached 310 million cubic feet per day (mmcfd) against a winter demand of about 1,900 mmcfd.

NGDC spokesman Kamran Siddiqi told PNS that the suspension would be reviewed "on a daily basis" and lifted earlier if imported LNG cargoes arrived on schedule. "Households come first. That is not our policy, it is the law," he said.

Two LNG cargoes due in the third week of December have reportedly been delayed. An official at the petroleum division said the delay was caused by "logistical issues at the loading port".

Industry reacts

The Noorabad Chamber of Textile Exporters termed the decision "a death blow" to exporters already struggling with high electricity tariffs, and warned that some 40,000 daily-wage workers could be laid off within a week.

"We have export orders worth $120 million due for shipment before Christmas. Our buyers in Europe will not wait for the gas to come back," the chamber's chairman, Sheikh Naveed Akhtar, told reporters after an emergency meeting of mill owners.

He said mill owners had not been consulted, and asked the prime minister to intervene "before the looms go silent".

Akhtar claimed that the company had diverted gas to the fertiliser sector while "cutting off the country's biggest exporters". NGDC denied the allegation, saying fertiliser plants on its network had been on curtailed supply since November 20.

In the Senate

In the Senate, Minister of State for Energy Rukhsana Baloch said the government was "fully aware of the pain" of the industry and that a relief package, including deferred gas bills for export-oriented units, was being finalised.

Opposition senators staged a token walkout. Senator Javed Hussain Khosa accused the government of "importing darkness and exporting jobs" and demanded that the minister present the full winter gas plan in the House.

The Senate chairman directed the ministry to submit a report within a week.

The Economic Coordination Committee of the cabinet is expected to take up the relief package on Thursday. — PNS
""",
        [
            c(
                "The state-owned Northern Gas Distribution Company (NGDC)",
                "saying",
                "the diversion was needed to keep domestic consumers supplied during the first cold spell of the winter",
            ),
            c(
                "the company",
                "said",
                "the shortfall on its system had reached 310 million cubic feet per day (mmcfd) against a winter demand of about 1,900 mmcfd",
            ),
            c(
                "NGDC spokesman Kamran Siddiqi",
                "told",
                'that the suspension would be reviewed "on a daily basis" and lifted earlier if imported LNG cargoes arrived on schedule',
            ),
            c("he", "said", '"Households come first. That is not our policy, it is the law,"'),
            c(
                None,
                "reportedly",
                ["Two LNG cargoes due in the third week of December have", "been delayed"],
            ),
            c(
                "An official at the petroleum division",
                "said",
                'the delay was caused by "logistical issues at the loading port"',
            ),
            c(
                "The Noorabad Chamber of Textile Exporters",
                "termed",
                'the decision "a death blow" to exporters already struggling with high electricity tariffs',
            ),
            c(
                "The Noorabad Chamber of Textile Exporters",
                "warned",
                "that some 40,000 daily-wage workers could be laid off within a week",
            ),
            c(
                "the chamber's chairman, Sheikh Naveed Akhtar",
                "told",
                [
                    '"We have export orders worth $120 million due for shipment before Christmas. Our buyers in Europe will not wait for the gas to come back,"'
                ],
            ),
            c("He", "said", "mill owners had not been consulted"),
            c("He", "asked", 'the prime minister to intervene "before the looms go silent"'),
            c(
                "Akhtar",
                "claimed",
                'that the company had diverted gas to the fertiliser sector while "cutting off the country\'s biggest exporters"',
            ),
            c("NGDC", "denied", "the allegation"),
            c(
                "NGDC",
                "saying",
                "fertiliser plants on its network had been on curtailed supply since November 20",
            ),
            c(
                "Minister of State for Energy Rukhsana Baloch",
                "said",
                'the government was "fully aware of the pain" of the industry and that a relief package, including deferred gas bills for export-oriented units, was being finalised',
            ),
            c(
                "Senator Javed Hussain Khosa",
                "accused",
                'the government of "importing darkness and exporting jobs"',
            ),
            c(
                "Senator Javed Hussain Khosa",
                "demanded",
                "that the minister present the full winter gas plan in the House",
            ),
            c("The Senate chairman", "directed", "the ministry to submit a report within a week"),
            c(
                None,
                "is expected to",
                [
                    "The Economic Coordination Committee of the cabinet",
                    "take up the relief package on Thursday",
                ],
            ),
        ],
    ),
]
