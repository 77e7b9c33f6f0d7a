"""The out-of-domain articles and their attributions, written as strings.

Every article, person, organisation, place and quotation here is invented for claimx's own
evaluation (MIT, like the project). ``build.py`` turns these into ``news.jsonl`` with exact
spans; the conventions are in docs/evaldata-news.md.

A claim is ``c(source, cue, content, **options)``: ``source`` is None for a sourceless cue,
``content`` is a string or a list of fragments; the options are ``near``, ``n``, ``cue_n`` and
``source_n`` (see build.py).
"""

# ruff: noqa: E501 (article text: one paragraph a line)
from __future__ import annotations

from typing import Any


def c(
    source: str | None, cue: str | None, content: str | list[str], **options: Any
) -> dict[str, Any]:
    return {"source": source, "cue": cue, "content": content, **options}


def qa(speaker: str, answer: str) -> dict[str, Any]:
    """An answer in a Q&A transcript: the speaker's label is the source, its colon the cue."""
    return c(speaker, ":", answer, kind="direct")


def article(
    id: str, style: str, date: str, text: str, claims: list[dict[str, Any]]
) -> dict[str, Any]:
    return {
        "id": f"news/{id}",
        "style": style,
        "date": date,
        "text": text.strip(),
        "claims": claims,
    }


ARTICLES: list[dict[str, Any]] = [
    article(
        "wire-dock-strike",
        "wire",
        "2026-02-10",
        """
Dock strike halts exports at Port Escada as talks stall

PORT ESCADA (Meridian Wire) - Dockworkers at Port Escada extended their strike into a second week on Tuesday, leaving more than 40 container ships anchored offshore and cutting the country's coffee exports by nearly half.

The Harbour Workers' Federation called the latest wage offer "an insult to every family on the quays," while the port operator, Escada Terminals, said its proposal was final.

"We have loaded ships through two floods and a fire," federation secretary Tomas Ferreira told reporters outside the main gate. "Nobody at head office can tell us we have not earned this.

"If they want the cranes moving again, they know where to find us," he said.

Escada Terminals said in a statement that the strike was costing the port about $3 million a day and that it had asked the labour ministry to appoint a mediator.

The ministry is understood to have contacted both sides over the weekend. A senior ministry official, who asked not to be named because the talks are private, said a mediator could be named as early as Thursday.

Labour Minister Celia Duarte declined to comment on the dispute.

Exporters are growing anxious. Coffee shipments scheduled for March have already been pushed back, according to the national growers' association, and some buyers are reportedly sourcing beans from neighbouring countries instead.

Ferreira was arrested briefly during a protest in 2019 and later released without charge. The federation represents about 6,000 workers at the port and two smaller harbours on the northern coast.
""",
        [
            c(
                "The Harbour Workers' Federation",
                "called",
                'the latest wage offer "an insult to every family on the quays,"',
            ),
            c("the port operator, Escada Terminals", "said", "its proposal was final"),
            c(
                "federation secretary Tomas Ferreira",
                "told",
                [
                    '"We have loaded ships through two floods and a fire,"',
                    '"Nobody at head office can tell us we have not earned this.',
                ],
            ),
            c(
                "he",
                "said",
                '"If they want the cranes moving again, they know where to find us,"',
            ),
            c(
                "Escada Terminals",
                "said",
                "that the strike was costing the port about $3 million a day and that it had"
                " asked the labour ministry to appoint a mediator",
            ),
            c("it", "asked", "the labour ministry to appoint a mediator"),
            c(
                None,
                "is understood to",
                ["The ministry", "have contacted both sides over the weekend"],
                near="The ministry is understood to have contacted both sides over the weekend",
            ),
            c(
                "A senior ministry official, who asked not to be named because the talks are"
                " private",
                "said",
                "a mediator could be named as early as Thursday",
            ),
            c(
                "the national growers' association",
                "according to",
                "Coffee shipments scheduled for March have already been pushed back",
            ),
            c(
                None,
                "reportedly",
                ["some buyers are", "sourcing beans from neighbouring countries instead"],
            ),
        ],
    ),
    article(
        "business-halvorsen-results",
        "business",
        "2026-02-12",
        """
Halvorsen Foods profit slides 38% as cocoa costs bite

BERGEN FALLS, Feb 12 (Northgate News) - Halvorsen Foods said on Thursday that fourth-quarter profit fell 38% as cocoa prices more than doubled, and suspended its dividend for the first time since 2009.

Net income came to 41.2 million crowns for the three months to December, down from 66.5 million a year earlier. Revenue rose 4% to 1.9 billion crowns, helped by price increases in its home market.

Chief executive Ingrid Solberg said margins had narrowed in every region and warned that the first half of 2026 would be "at least as difficult."

"We are not going to pass every increase on to shoppers. We would lose them," Solberg told analysts on a conference call. "The dividend will come back when cocoa does."

Shares in Halvorsen fell 7.4% to 212 crowns by midday, their lowest level since 2020. Cocoa futures have risen about 120% over the past twelve months.

Analysts at Fjordbank Markets wrote in a note to clients that the suspension was "prudent but overdue" and cut their price target to 190 crowns.

The company has held early talks with a private equity firm about selling its snacks division, according to two people familiar with the matter. A Halvorsen spokesman said the company does not comment on market speculation.

Finance director Karl Aune declined to say whether job cuts were planned, but told the call that the company would close its smallest factory, in Lund Harbour, by the end of the year.

Halvorsen employs about 5,200 people. It was founded in 1921 as a bakery and listed on the Bergen Falls exchange in 1987.
""",
        [
            c(
                "Halvorsen Foods",
                "said",
                "that fourth-quarter profit fell 38% as cocoa prices more than doubled",
            ),
            c(
                "Chief executive Ingrid Solberg",
                "said",
                "margins had narrowed in every region",
            ),
            c(
                "Chief executive Ingrid Solberg",
                "warned",
                'that the first half of 2026 would be "at least as difficult."',
            ),
            c(
                "Solberg",
                "told",
                [
                    '"We are not going to pass every increase on to shoppers. We would lose them,"',
                    '"The dividend will come back when cocoa does."',
                ],
            ),
            c(
                "Analysts at Fjordbank Markets",
                "wrote",
                'that the suspension was "prudent but overdue"',
            ),
            c(
                "two people familiar with the matter",
                "according to",
                "The company has held early talks with a private equity firm about selling its"
                " snacks division",
            ),
            c(
                "Finance director Karl Aune",
                "told",
                "that the company would close its smallest factory, in Lund Harbour, by the end"
                " of the year",
            ),
        ],
    ),
    article(
        "sport-rovers-kettering",
        "sport",
        "2026-01-17",
        """
Rovers snatch late win as Kettering keeper sees red

Harlow Rovers 2 Kettering Athletic 1

Harlow Rovers moved to within three points of the top of the table after a stoppage-time penalty from Dami Osei sank ten-man Kettering at Mill Lane on Saturday.

Kettering took the lead through Sean Pryce’s header after 18 minutes, but Rovers levelled early in the second half when Luca Benn turned in a low cross from the left.

The decisive moment came in the 92nd minute. Osei was brought down by goalkeeper Matt Hollis, and referee Claire Dunmore awarded a penalty and showed Hollis a straight red card. Osei picked himself up and sent the substitute keeper the wrong way.

“I thought we were the better side for 80 minutes, and we got our reward,” Rovers manager Neil Garrity said. “The lads never stopped running.

“Dami wanted the ball. That tells you everything about him,” he added.

Kettering boss Alan Fry was less impressed. He said Hollis had “clearly won the ball” and that the club would appeal against the dismissal.

Asked whether he would speak to the referee, Fry said he had already tried and had been told to put his concerns in writing.

Hollis, who was named the league’s goalkeeper of the month in October, will miss the next three matches unless the appeal succeeds.

Osei has now scored nine goals this season. He was awarded the club’s player of the month trophy before kick-off and was later substituted with cramp.

Rovers travel to Sutton on Tuesday, while Kettering host Billingham next Saturday.
""",
        [
            c(
                "Rovers manager Neil Garrity",
                "said",
                [
                    "“I thought we were the better side for 80 minutes, and we got our reward,”",
                    "“The lads never stopped running.",
                ],
            ),
            c("he", "added", "“Dami wanted the ball. That tells you everything about him,”"),
            c(
                "He",
                "said",
                "Hollis had “clearly won the ball” and that the club would appeal against the"
                " dismissal",
            ),
            c(
                "Fry",
                "said",
                "he had already tried and had been told to put his concerns in writing",
            ),
        ],
    ),
    article(
        "science-walking-heart",
        "science",
        "2026-03-11",
        """
Daily walk cuts risk of second heart attack, study finds

People who walked for at least 30 minutes a day after a first heart attack were 27% less likely to have a second within five years, according to a study of more than 11,000 patients published on Wednesday.

The research, led by cardiologist Dr. Hana Kowalczyk of the Vistula Institute of Cardiology, followed patients in four countries between 2015 and 2024. The researchers wrote in the Journal of Preventive Cardiology that the benefit held even after they accounted for age, smoking and diet.

“Walking is free, it is safe for almost everyone, and it works,” Kowalczyk said in an interview. “What surprised us was how little it took.”

The team found that patients who walked less than ten minutes a day saw no measurable benefit.

Not everyone is convinced. Dr. Owen Marsh, a statistician at Eastgate University who was not involved in the study, said the patients who walked more may simply have been healthier to begin with. “Observational data can only take you so far,” he cautioned.

A report by the National Heart Foundation last year estimated that only one in three heart attack survivors in the region completes a rehabilitation programme. The foundation urged hospitals to refer every patient to rehabilitation before discharge.

The study was funded by the European Cardiac Trust. Kowalczyk received the society’s young investigator award in 2021.

A larger trial, in which patients will be randomly assigned to walking programmes, is expected to begin next year.
""",
        [
            c("study", "finds", "Daily walk cuts risk of second heart attack"),
            c(
                "a study of more than 11,000 patients published on Wednesday",
                "according to",
                "People who walked for at least 30 minutes a day after a first heart attack were"
                " 27% less likely to have a second within five years",
            ),
            c(
                "The researchers",
                "wrote",
                "that the benefit held even after they accounted for age, smoking and diet",
            ),
            c(
                "Kowalczyk",
                "said",
                [
                    "“Walking is free, it is safe for almost everyone, and it works,”",
                    "“What surprised us was how little it took.”",
                ],
            ),
            c(
                "The team",
                "found",
                "that patients who walked less than ten minutes a day saw no measurable benefit",
            ),
            c(
                "Dr. Owen Marsh, a statistician at Eastgate University who was not involved in"
                " the study",
                "said",
                "the patients who walked more may simply have been healthier to begin with",
            ),
            c("he", "cautioned", "“Observational data can only take you so far,”"),
            c(
                "A report by the National Heart Foundation last year",
                "estimated",
                "that only one in three heart attack survivors in the region completes a"
                " rehabilitation programme",
            ),
            c(
                "The foundation",
                "urged",
                "hospitals to refer every patient to rehabilitation before discharge",
            ),
            c(
                None,
                "is expected to",
                [
                    "A larger trial, in which patients will be randomly assigned to walking"
                    " programmes,",
                    "begin next year",
                ],
            ),
        ],
    ),
    article(
        "courts-pike-bail",
        "courts",
        "2026-03-06",
        """
Former county treasurer denied bail as fraud case widens

A former treasurer of Marston County was denied bail on Friday after prosecutors told a judge he had tried to move money to an overseas account while under investigation.

Gerald Pike, 58, was charged in January with 14 counts of fraud and false accounting linked to the county's pension fund. He has pleaded not guilty.

Court filings show that Pike transferred $410,000 to an account in the Cayman Islands two weeks after investigators first interviewed him. The district attorney's office alleged in papers unsealed on Friday that he had also used his brother-in-law's name to buy two rental properties in 2022.

Pike's lawyer, Renata Cole, told the court her client had "every intention" of facing trial and had moved the money to pay for his wife's medical care abroad.

Judge Howard Bell was unpersuaded. "The defendant had the means and, on the evidence before me, the inclination to leave," he said. "I am not prepared to take that risk."

Despite objections from the defence, the judge ruled that Pike's passport should remain with the court until the end of the trial.

Pike had been denied bail once before, in February. He later took steps to sell his house in Marston, and the county froze his pension payments in March.

Cole did not respond to a request for comment after the hearing. Pike is due to stand trial in September.
""",
        [
            c(
                "prosecutors",
                "told",
                "he had tried to move money to an overseas account while under investigation",
            ),
            c(
                "Court filings",
                "show",
                "that Pike transferred $410,000 to an account in the Cayman Islands two weeks"
                " after investigators first interviewed him",
            ),
            c(
                "The district attorney's office",
                "alleged",
                "that he had also used his brother-in-law's name to buy two rental properties"
                " in 2022",
            ),
            c(
                "Pike's lawyer, Renata Cole",
                "told",
                'her client had "every intention" of facing trial and had moved the money to pay'
                " for his wife's medical care abroad",
            ),
            c(
                "he",
                "said",
                [
                    '"The defendant had the means and, on the evidence before me, the inclination'
                    ' to leave,"',
                    '"I am not prepared to take that risk."',
                ],
            ),
            c(
                "the judge",
                "ruled",
                "that Pike's passport should remain with the court until the end of the trial",
            ),
        ],
    ),
    article(
        "council-shelter-expansion",
        "council",
        "2026-02-25",
        """
Council approves shelter expansion after heated meeting

Redbank’s city council voted 6-3 on Tuesday night to expand the Elm Street winter shelter, adding 40 beds and a daytime drop-in centre, after a three-hour meeting that drew more than 150 residents.

Mr. Idris Banjo, who has managed the shelter since 2017, told councillors that it had turned people away on 19 nights in January. “Every one of those nights, someone slept in a doorway,” he said.

Several residents of nearby Juniper Close spoke against the plan. Maureen Halsey, who has lived on the street for 30 years, said she feared more litter and noise, and asked why the city had not considered a site further from homes.

Councillor Priya Nand, who chairs the housing committee, said the council had looked at eleven sites and that Elm Street was the only one the city already owned.

Councillor Frank Dolan, one of the three who voted against, put it bluntly:

“Nobody in this room doubts the need. What I doubt is that we have the money to run it beyond next winter.”

The city’s finance officer, Grace Lum, told the meeting the expansion would cost about $620,000 a year, most of it covered by a state grant.

Mayor Tom Reilly, who votes only to break a tie, urged residents to visit the shelter at an open day on March 14 before “making up their minds about the people who use it.”

The shelter was awarded a state housing grant of $1.1 million last year. Construction is due to begin in May and should take about four months.
""",
        [
            c(
                "Mr. Idris Banjo, who has managed the shelter since 2017",
                "told",
                "that it had turned people away on 19 nights in January",
            ),
            c("he", "said", "“Every one of those nights, someone slept in a doorway,”"),
            c(
                "Maureen Halsey, who has lived on the street for 30 years",
                "said",
                "she feared more litter and noise",
            ),
            c(
                "Councillor Priya Nand, who chairs the housing committee",
                "said",
                "the council had looked at eleven sites and that Elm Street was the only one the"
                " city already owned",
            ),
            c(
                "Councillor Frank Dolan, one of the three who voted against",
                "put it bluntly",
                "“Nobody in this room doubts the need. What I doubt is that we have the money to"
                " run it beyond next winter.”",
            ),
            c(
                "The city’s finance officer, Grace Lum",
                "told",
                "the expansion would cost about $620,000 a year, most of it covered by a state"
                " grant",
            ),
            c(
                "Mayor Tom Reilly, who votes only to break a tie",
                "urged",
                "residents to visit the shelter at an open day on March 14 before “making up"
                " their minds about the people who use it.”",
            ),
        ],
    ),
    article(
        "foreign-kesh-crossing",
        "foreign",
        "2026-03-02",
        """
Talvia and Oressa agree to reopen Kesh border crossing

MAREL (Meridian Wire) - The governments of Talvia and Oressa agreed on Monday to reopen their main border crossing at Kesh by the end of April, ending a two-year closure that has divided thousands of families and stalled trade worth an estimated $800 million a year.

The agreement was signed in the Oressan capital by the two foreign ministers, Anika Voss of Talvia and Daud Rahimi of Oressa.

Trade will resume in stages, Rahimi told a news conference, and could reach pre-closure levels by the end of the year. Voss called the deal "a first step, not a finish line."

A joint statement issued after the signing said customs officers from both countries would work side by side at the crossing and that a joint commission would meet every three months.

The deal was brokered in part by the mediator Lasse Holm, who has travelled between the two capitals eleven times since October. Both governments are said to have come under pressure from regional lenders to settle the dispute.

A senior Talvian official, speaking on condition of anonymity because he was not authorised to brief reporters, said the hardest issue had been the fate of about 300 detainees held by each side. He said the detainees would be "dealt with in a separate track."

Asked whether the detainees would be freed before the crossing reopens, Voss said only that talks were continuing.

Opposition leaders in Talvia dismissed the agreement as "a surrender dressed up as diplomacy." Officials at Oressa's interior ministry could not be reached for comment.
""",
        [
            c(
                "Rahimi",
                "told",
                [
                    "Trade will resume in stages",
                    "and could reach pre-closure levels by the end of the year",
                ],
            ),
            c("Voss", "called", 'the deal "a first step, not a finish line."'),
            c(
                "A joint statement issued after the signing",
                "said",
                "customs officers from both countries would work side by side at the crossing"
                " and that a joint commission would meet every three months",
            ),
            c(
                None,
                "are said to",
                [
                    "Both governments",
                    "have come under pressure from regional lenders to settle the dispute",
                ],
            ),
            c(
                "A senior Talvian official, speaking on condition of anonymity because he was"
                " not authorised to brief reporters",
                "said",
                "the hardest issue had been the fate of about 300 detainees held by each side",
            ),
            c("He", "said", 'the detainees would be "dealt with in a separate track."'),
            c("Voss", "said", "that talks were continuing"),
            c(
                "Opposition leaders in Talvia",
                "dismissed",
                'the agreement as "a surrender dressed up as diplomacy."',
            ),
        ],
    ),
    article(
        "release-corvane-tern",
        "press-release",
        "2026-03-03",
        """
Corvane Systems Launches Grid-Scale Battery for Rural Utilities

ASHFORD, March 3, 2026 /BusinessNewswire/ -- Corvane Systems, a maker of energy storage equipment, today announced the launch of the Corvane Tern, a grid-scale battery designed for small rural utilities, with first deliveries planned for the third quarter of 2026.

The Tern stores up to 4 megawatt-hours in a single container-sized unit and can be installed in under two weeks, the company said.

"Rural utilities have been left behind by a storage market built for big cities," said Mira Chen, chief executive officer of Corvane Systems. "The Tern changes that. It is priced, sized and supported for a co-op with forty employees, not four thousand."

Corvane also announced that Plainsview Electric Cooperative, which serves 38,000 members in three states, has signed a letter of intent to purchase six units.

"Our members have asked us for two things: fewer outages and stable bills," said Dale Ruiz, general manager of Plainsview Electric Cooperative. "Storage on our own lines gets us closer to both."

The Tern will be built at Corvane's plant in Ashford, which is adding 60 jobs this year.

About Corvane Systems

Corvane Systems designs and manufactures battery storage for utilities and industry. Founded in 2014, the company is headquartered in Ashford and employs 420 people.

Forward-Looking Statements

This release contains forward-looking statements, including statements about delivery dates and product performance, that involve risks and uncertainties.

Media Contact:
Jonah Reeve, Corvane Systems
press@corvane.example
""",
        [
            c(
                "Corvane Systems, a maker of energy storage equipment",
                "announced",
                "the launch of the Corvane Tern, a grid-scale battery designed for small rural"
                " utilities, with first deliveries planned for the third quarter of 2026",
            ),
            c(
                "the company",
                "said",
                "The Tern stores up to 4 megawatt-hours in a single container-sized unit and can"
                " be installed in under two weeks",
            ),
            c(
                "Mira Chen, chief executive officer of Corvane Systems",
                "said",
                [
                    '"Rural utilities have been left behind by a storage market built for big'
                    ' cities,"',
                    '"The Tern changes that. It is priced, sized and supported for a co-op with'
                    ' forty employees, not four thousand."',
                ],
            ),
            c(
                "Corvane",
                "announced",
                "that Plainsview Electric Cooperative, which serves 38,000 members in three"
                " states, has signed a letter of intent to purchase six units",
            ),
            c(
                "Dale Ruiz, general manager of Plainsview Electric Cooperative",
                "said",
                [
                    '"Our members have asked us for two things: fewer outages and stable bills,"',
                    '"Storage on our own lines gets us closer to both."',
                ],
            ),
        ],
    ),
    article(
        "opinion-libraries",
        "opinion",
        "2026-02-20",
        """
Our libraries are not a luxury

By Miriam Okonjo

Every Saturday morning, the branch library on Fenwick Road fills up before the doors open. Pensioners come for the newspapers, teenagers for the quiet, and parents for the one free, warm place in the neighbourhood where nobody expects them to buy anything.

In June, it will close. So will four other branches, under a budget the council approved last week with barely an hour of debate.

The council insists that the closures are temporary. Its own budget papers show no money set aside to reopen any of the five branches before 2029.

Council leader Ray Hollins has said that “nobody will be more than two miles from a library.” Two miles is a short drive. It is a long walk for a seven-year-old, or for a man of eighty with a bad hip.

And walking is how most people get there. A survey by the Friends of Fenwick Library found that 61% of users walk to the branch and that one in four has no internet at home.

I understand the pressure the council is under. Its grant from the state has been cut three years running, and social care costs keep climbing. Something has to give.

But a library is not a line item. It is where children learn to read for pleasure, where job seekers print their applications, and where the lonely find company. Close it, and those things do not move two miles down the road. They stop.

The council will hold a public consultation on the closures in April. Go, and take your library card.

Miriam Okonjo is a retired head teacher and a trustee of the Friends of Fenwick Library.
""",
        [
            c("The council", "insists", "that the closures are temporary"),
            c(
                "Its own budget papers",
                "show",
                "no money set aside to reopen any of the five branches before 2029",
            ),
            c(
                "Council leader Ray Hollins",
                "has said",
                "that “nobody will be more than two miles from a library.”",
            ),
            c(
                "A survey by the Friends of Fenwick Library",
                "found",
                "that 61% of users walk to the branch and that one in four has no internet at home",
            ),
        ],
    ),
    article(
        "qa-metro-eastline",
        "interview",
        "2026-03-09",
        """
“The tunnels flooded twice”: Metro chief on the delayed Eastline

The Eastline, the city’s first new underground line in forty years, was due to open in May. It will now open in November at the earliest. We spoke to Adaeze Nwosu, chief executive of the Capital Metro Authority, about what went wrong. The interview has been edited for length and clarity.

Q: In January you told the assembly the line would open in May. What changed?

Nwosu: Water. The tunnels under the river flooded twice in February, and the signalling cables in two stations now have to be replaced.

Q: Could that not have been foreseen?

Nwosu: Some of it, yes. We knew the ground was wet. We did not know the pumps supplied by our contractor would fail in the same week.

Q: Is the contractor paying for the repairs?

Nwosu: Under the contract, most of the cost falls on them. I expect that to be tested in court, frankly.

Q: Commuters have been promised dates before. Why should they believe November?

Nwosu: Because this time the date comes from the engineers, not from me. If they tell me it slips again, I will say so the same day.

Q: What happens to the buses that were meant to be withdrawn in May?

Nwosu: They stay. Route 14 and route 22 will keep running until the line opens.
""",
        [
            c("Metro chief", ":", "“The tunnels flooded twice”"),
            qa(
                "Nwosu",
                "Water. The tunnels under the river flooded twice in February, and the signalling"
                " cables in two stations now have to be replaced.",
            ),
            qa(
                "Nwosu",
                "Some of it, yes. We knew the ground was wet. We did not know the pumps supplied"
                " by our contractor would fail in the same week.",
            ),
            qa(
                "Nwosu",
                "Under the contract, most of the cost falls on them. I expect that to be tested"
                " in court, frankly.",
            ),
            qa(
                "Nwosu",
                "Because this time the date comes from the engineers, not from me. If they tell"
                " me it slips again, I will say so the same day.",
            ),
            qa(
                "Nwosu",
                "They stay. Route 14 and route 22 will keep running until the line opens.",
            ),
        ],
    ),
    article(
        "live-blog-storm-imogen",
        "live-blog",
        "2026-01-24",
        """
Storm Imogen live: thousands without power as river peaks

Live updates as Storm Imogen crosses the west coast. All times local.

18:42
The river at Caddon Bridge peaked at 4.1 metres this evening, just below the level that would have triggered evacuations in the lower town, the environment agency said.

18:20
The regional power company, Westgrid, says about 23,000 homes are still without electricity. A spokeswoman told us crews would work through the night but warned that some rural areas may not be reconnected until Sunday.

17:55
Police have closed the coast road between Marrow Point and Ellesby after a lorry overturned. Nobody was hurt.

17:31
“Stay at home unless your journey is absolutely necessary.” — Chief Constable Ruth Akinola, in a video posted on the force’s social media accounts

17:10
Schools in the county will stay closed tomorrow, the education authority has confirmed. Parents are being urged to check the authority’s website before 7am for updates.

16:48
A reader in Ellesby has sent us this photo of the harbour wall, where waves have been breaking over the road since lunchtime.

16:30
The forecaster’s chief meteorologist, Owen Teague, told a briefing that winds had gusted to 112 km/h at Marrow Point, the strongest recorded in the region since 2014. “The worst is behind us for the coast,” he said, “but inland we still expect heavy rain well into the night.”

16:05
Two people were rescued from a car trapped by floodwater near Harle, the fire service said. Both are reported to be in a stable condition.
""",
        [
            c(
                "the environment agency",
                "said",
                "The river at Caddon Bridge peaked at 4.1 metres this evening, just below the level that would have triggered evacuations in the lower town",
            ),
            c(
                "The regional power company, Westgrid",
                "says",
                "about 23,000 homes are still without electricity",
            ),
            c("A spokeswoman", "told", "crews would work through the night"),
            c(
                "A spokeswoman",
                "warned",
                "that some rural areas may not be reconnected until Sunday",
            ),
            c(
                "Chief Constable Ruth Akinola",
                "—",
                "“Stay at home unless your journey is absolutely necessary.”",
            ),
            c(
                "the education authority",
                "has confirmed",
                "Schools in the county will stay closed tomorrow",
            ),
            c(
                None,
                "are being urged",
                ["Parents", "to check the authority’s website before 7am for updates"],
            ),
            c(
                "The forecaster’s chief meteorologist, Owen Teague",
                "told",
                "that winds had gusted to 112 km/h at Marrow Point, the strongest recorded in the region since 2014",
            ),
            c(
                "he",
                "said",
                [
                    "“The worst is behind us for the coast,”",
                    "“but inland we still expect heavy rain well into the night.”",
                ],
            ),
            c(
                "the fire service",
                "said",
                "Two people were rescued from a car trapped by floodwater near Harle",
            ),
            c(None, "are reported to", ["Both", "be in a stable condition"]),
        ],
    ),
    article(
        "health-measles-dunmore",
        "health",
        "2026-02-18",
        """
Measles cases climb in Dunmore as vaccination rates slip

Dunmore recorded 14 new cases of measles on Wednesday, bringing the total since the start of the year to 63, the highest figure in the province for more than a decade.

Most of the cases are in children under five who had not been vaccinated, the provincial health department said in its weekly bulletin. Two children remain in hospital.

Dr. Leila Haddad, the province's chief medical officer, urged parents to check their children's vaccination records and to book any missed doses at a local clinic before the school term begins. "Measles is not a mild illness. It puts children in intensive care," she said.

The outbreak is believed to have started at a children's birthday party in late January.

Researchers led by Tobias Engel, an epidemiologist at the University of Dunmore, wrote in a study published last month that vaccination rates among two-year-olds in the province had fallen from 94% in 2019 to 86% last year. Herd immunity against measles requires about 95% coverage, according to the World Health Agency.

Engel said the drop was driven less by opposition to vaccines than by families who "simply fell out of the system" while clinics were closed. "When we call them, most of them come in," he said.

A mobile clinic will visit the four worst-affected neighbourhoods from Monday. The health department has set aside 1.2 million dollars for the campaign.

Asked whether schools could exclude unvaccinated pupils, Haddad said the province had no power to do so but would "strongly encourage" schools to contact families.

A spokesman for the Dunmore Parents' Network, which has campaigned against school vaccine rules, did not return calls on Wednesday.
""",
        [
            c(
                "the provincial health department",
                "said",
                "Most of the cases are in children under five who had not been vaccinated",
            ),
            c(
                "Dr. Leila Haddad, the province's chief medical officer",
                "urged",
                "parents to check their children's vaccination records and to book any missed doses at a local clinic before the school term begins",
            ),
            c(
                "she",
                "said",
                '"Measles is not a mild illness. It puts children in intensive care,"',
            ),
            c(
                None,
                "is believed to",
                ["The outbreak", "have started at a children's birthday party in late January"],
            ),
            c(
                "Researchers led by Tobias Engel, an epidemiologist at the University of Dunmore",
                "wrote",
                "that vaccination rates among two-year-olds in the province had fallen from 94% in 2019 to 86% last year",
            ),
            c(
                "the World Health Agency",
                "according to",
                "Herd immunity against measles requires about 95% coverage",
            ),
            c(
                "Engel",
                "said",
                'the drop was driven less by opposition to vaccines than by families who "simply fell out of the system" while clinics were closed',
            ),
            c("he", "said", '"When we call them, most of them come in,"'),
            c(
                "Haddad",
                "said",
                'the province had no power to do so but would "strongly encourage" schools to contact families',
            ),
        ],
    ),
    article(
        "courts-corran-fishing-appeal",
        "courts",
        "2026-03-19",
        """
Appeals court reinstates fishing ban in Corran estuary

An appeals court on Thursday reinstated a ban on commercial net fishing in the Corran estuary, overturning a lower court ruling that had sided with a group of trawler owners.

Despite protests from the trawler owners’ lawyers, the Second District Court of Appeal held that the state fisheries agency had acted within its powers when it closed the estuary in 2024 to protect spawning salmon.

“The agency was not required to wait until the last salmon had gone before acting,” Judge Miriam Castell wrote for the three-judge panel.

The trawler owners had argued that the ban was imposed without proper consultation and cost them about $4 million a year in lost catches. The lower court agreed with them last June and suspended the ban.

Costas Demetriou, who owns three of the boats, said the owners were “disappointed but not surprised” and would consider an appeal to the state supreme court. He said his crews had already lost two seasons.

The fisheries agency welcomed the ruling. In a statement, its director, Nadia Frost, said the agency would work with fishing communities on “a fair transition,” including compensation for boat owners who leave the industry.

The ban had been denied an emergency stay in 2024, and the agency later took action to extend it to a second estuary. Salmon numbers in the Corran have risen by about a third since the closure, according to the agency’s own figures, though independent scientists say a longer period is needed to judge its effect.

Lawyers for the owners did not immediately respond to a request for comment.
""",
        [
            c(
                "the Second District Court of Appeal",
                "held",
                "that the state fisheries agency had acted within its powers when it closed the estuary in 2024 to protect spawning salmon",
            ),
            c(
                "Judge Miriam Castell",
                "wrote",
                "“The agency was not required to wait until the last salmon had gone before acting,”",
            ),
            c(
                "The trawler owners",
                "had argued",
                "that the ban was imposed without proper consultation and cost them about $4 million a year in lost catches",
            ),
            c(
                "Costas Demetriou, who owns three of the boats",
                "said",
                "the owners were “disappointed but not surprised” and would consider an appeal to the state supreme court",
            ),
            c("He", "said", "his crews had already lost two seasons"),
            c(
                "its director, Nadia Frost",
                "said",
                "the agency would work with fishing communities on “a fair transition,” including compensation for boat owners who leave the industry",
            ),
            c(
                "the agency’s own figures",
                "according to",
                "Salmon numbers in the Corran have risen by about a third since the closure",
            ),
            c(
                "independent scientists",
                "say",
                "a longer period is needed to judge its effect",
            ),
        ],
    ),
    article(
        "council-ashby-bins",
        "council",
        "2026-02-03",
        """
Bin collections to go fortnightly in Ashby from April

Household rubbish in Ashby will be collected every two weeks instead of weekly from April, after the district council’s cabinet approved the change on Monday to save about £900,000 a year.

Recycling and food waste will still be collected every week. The council says the change will push more residents to recycle, and points to neighbouring districts where recycling rates rose by up to eight points after a similar switch.

“Nobody likes change to their bins, but we cannot keep paying to bury things that could be recycled.” — Councillor Hamish Doyle, cabinet member for the environment

Opposition councillors said the consultation had been rushed. Liberal group leader Sunita Rao accused the cabinet of “deciding first and asking afterwards,” and said families with young children would struggle to store two weeks of nappies.

From the chair of the Ashby Residents’ Association, Gwen Paterson:

“We asked for a trial in one ward first. We were told there was no time. The figures the council published show that most people who answered the survey were against this.”

The council’s head of waste services, Colin Marsh, told the meeting that households with medical needs could apply for an extra bin free of charge.

A council spokesperson declined to say how many of the 41 refuse collectors’ jobs would be affected. The Municipal Workers’ Union said it had been given no assurances.

The first fortnightly collections will take place in the week of April 6.
""",
        [
            c("The council", "says", "the change will push more residents to recycle"),
            c(
                "The council",
                "points to",
                "neighbouring districts where recycling rates rose by up to eight points after a similar switch",
            ),
            c(
                "Councillor Hamish Doyle, cabinet member for the environment",
                "—",
                "“Nobody likes change to their bins, but we cannot keep paying to bury things that could be recycled.”",
            ),
            c("Opposition councillors", "said", "the consultation had been rushed"),
            c(
                "Liberal group leader Sunita Rao",
                "accused",
                "the cabinet of “deciding first and asking afterwards,”",
            ),
            c(
                "Liberal group leader Sunita Rao",
                "said",
                "families with young children would struggle to store two weeks of nappies",
            ),
            c(
                "the chair of the Ashby Residents’ Association, Gwen Paterson",
                ":",
                "“We asked for a trial in one ward first. We were told there was no time. The figures the council published show that most people who answered the survey were against this.”",
            ),
            c(
                "The council’s head of waste services, Colin Marsh",
                "told",
                "that households with medical needs could apply for an extra bin free of charge",
            ),
            c("The Municipal Workers’ Union", "said", "it had been given no assurances"),
        ],
    ),
    article(
        "business-brightwater-nexa",
        "business",
        "2026-04-07",
        """
Brightwater Telecom in talks to buy rival Nexa, sources say

Brightwater Telecom is in advanced talks to buy smaller rival Nexa Mobile for about $2.4 billion, people familiar with the negotiations said on Tuesday, in a deal that would create the country's second-largest mobile operator.

An agreement could be announced as soon as next week, according to one of the people, who asked not to be identified because the talks are confidential. The price has not been finalised and the talks could still collapse, another person said.

Brightwater declined to comment. Nexa said in a brief statement that it "regularly reviews strategic options" but that no decision had been taken.

Nexa's shares jumped 18% on the news, while Brightwater's rose 2%.

It is understood that Brightwater has lined up financing from two banks and plans to keep the Nexa brand for at least three years. Nexa's founder, Ravi Menon, who owns about 30% of the company, is said to support the deal.

The competition regulator is likely to examine any merger closely. In a speech last month, the regulator's chair, Helen Brandt, warned operators that she would not approve deals that "leave customers with fewer choices and higher bills."

Analysts were divided. "This is a sensible deal at a full price," said Marcus Lee, a telecoms analyst at Harbourview Securities. Others pointed out that Brightwater had abandoned a similar bid for Nexa in 2021 after the regulator raised concerns.

Menon could not be reached for comment.
""",
        [
            c("sources", "say", "Brightwater Telecom in talks to buy rival Nexa"),
            c(
                "people familiar with the negotiations",
                "said",
                "Brightwater Telecom is in advanced talks to buy smaller rival Nexa Mobile for about $2.4 billion",
            ),
            c(
                "one of the people, who asked not to be identified because the talks are confidential",
                "according to",
                "An agreement could be announced as soon as next week",
            ),
            c(
                "another person",
                "said",
                "The price has not been finalised and the talks could still collapse",
            ),
            c(
                "Nexa",
                "said",
                'that it "regularly reviews strategic options" but that no decision had been taken',
            ),
            c(
                None,
                "It is understood",
                "that Brightwater has lined up financing from two banks and plans to keep the Nexa brand for at least three years",
            ),
            c(
                None,
                "is said to",
                [
                    "Nexa's founder, Ravi Menon, who owns about 30% of the company,",
                    "support the deal",
                ],
            ),
            c(
                "the regulator's chair, Helen Brandt",
                "warned",
                'that she would not approve deals that "leave customers with fewer choices and higher bills."',
            ),
            c(
                "Marcus Lee, a telecoms analyst at Harbourview Securities",
                "said",
                '"This is a sensible deal at a full price,"',
            ),
            c(
                "Others",
                "pointed out",
                "that Brightwater had abandoned a similar bid for Nexa in 2021 after the regulator raised concerns",
            ),
        ],
    ),
    article(
        "sport-okafor-silver",
        "sport",
        "2026-08-23",
        """
Okafor takes silver as Kamau retains world 10,000m title

Grace Okafor was awarded the silver medal in the women’s 10,000 metres at the world championships in Lisbon on Sunday after a late surge fell 1.8 seconds short of defending champion Mercy Kamau.

Okafor, 23, had been fourth with a lap to go. She passed two runners on the back straight but could not close the gap on Kamau, who won in 29 minutes 58.4 seconds.

“I left everything on that track,” Okafor said. “Another 50 metres and it might have been different, but that is racing.

“I’ll take silver. A year ago I was injured and not sure I would run again,” she said.

Kamau, who also won in 2024, said she had felt the pressure of defending her title but had trusted her training. She paid tribute to Okafor, calling her “the future of this event.”

Okafor was disqualified from the national trials two years ago for stepping off the track and later took action to have the decision overturned, winning her case on appeal.

Her coach, Peter Lindahl, told reporters afterwards that she would now rest for a month before deciding whether to run the marathon in the autumn. Asked whether the 5,000 metres on Friday was still an option, Lindahl said “probably not,” adding that the decision would be Okafor’s.

The bronze went to Ana Sousa, whose time of 30:01.2 was a national record.
""",
        [
            c(
                "Okafor",
                "said",
                [
                    "“I left everything on that track,”",
                    "“Another 50 metres and it might have been different, but that is racing.",
                ],
            ),
            c(
                "she",
                "said",
                "“I’ll take silver. A year ago I was injured and not sure I would run again,”",
            ),
            c(
                "Kamau, who also won in 2024",
                "said",
                "she had felt the pressure of defending her title but had trusted her training",
            ),
            c("She", "calling", "her “the future of this event.”"),
            c(
                "Her coach, Peter Lindahl",
                "told",
                "that she would now rest for a month before deciding whether to run the marathon in the autumn",
            ),
            c("Lindahl", "said", "“probably not,”"),
            c("Lindahl", "adding", "that the decision would be Okafor’s"),
        ],
    ),
    article(
        "science-lunar-ice",
        "science",
        "2026-05-11",
        """
Water ice lies deeper on the Moon than thought, scientists say

The Helios-3 lunar orbiter has found water ice up to two metres below the surface near the Moon's south pole, far deeper than earlier missions had detected, scientists at the European Space Consortium said on Monday.

The ice appears to be spread across an area roughly the size of a small city, the team said, though they cautioned that the concentration is low, perhaps 3% by weight.

"This is not a frozen lake. Think of it as damp sand," said the mission's lead scientist, Dr. Ingrid Bakker. "But for astronauts, damp sand you can mine is worth a great deal."

Researchers led by Bakker wrote in a paper accepted by the journal Planetary Science Letters that the ice was probably delivered by comets over billions of years.

Not all scientists are convinced. Prof. Samuel Adeyemi, a planetary geologist at the University of Kano who is not part of the mission, said the radar data could also be explained by hydrated minerals. "It's an exciting result, but I'd want to see a second instrument confirm it," he told the Daily Courier.

The consortium plans to send a lander to the site in 2029. Its budget for the mission was approved by member states in December.

The orbiter, launched in 2024, was originally due to end its mission last year but was granted an extension after its instruments performed better than expected.
""",
        [
            c("scientists", "say", "Water ice lies deeper on the Moon than thought", n=0),
            c(
                "scientists at the European Space Consortium",
                "said",
                "The Helios-3 lunar orbiter has found water ice up to two metres below the surface near the Moon's south pole, far deeper than earlier missions had detected",
            ),
            c(
                "the team",
                "said",
                "The ice appears to be spread across an area roughly the size of a small city",
            ),
            c(
                "they",
                "cautioned",
                "that the concentration is low, perhaps 3% by weight",
            ),
            c(
                "the mission's lead scientist, Dr. Ingrid Bakker",
                "said",
                [
                    '"This is not a frozen lake. Think of it as damp sand,"',
                    '"But for astronauts, damp sand you can mine is worth a great deal."',
                ],
            ),
            c(
                "Researchers led by Bakker",
                "wrote",
                "that the ice was probably delivered by comets over billions of years",
            ),
            c(
                "Prof. Samuel Adeyemi, a planetary geologist at the University of Kano who is not part of the mission",
                "said",
                "the radar data could also be explained by hydrated minerals",
            ),
            c(
                "he",
                "told",
                "\"It's an exciting result, but I'd want to see a second instrument confirm it,\"",
            ),
        ],
    ),
    article(
        "wire-solano-rates",
        "wire",
        "2026-03-25",
        """
Central bank holds rates, warns inflation will stay high into 2027

SOLANO (Pacifica Press) - The Bank of Solano kept its main interest rate at 6.25% on Wednesday for a fourth straight meeting and said inflation was likely to stay above its target until well into 2027.

Prices will keep rising faster than wages this year, the bank warned in its quarterly report, and could peak at around 7% in the spring if fuel costs climb further.

Governor Elena Marsh told a news conference that the bank was "ready to act" if price pressures spread, but that a rate cut was "not on the table" for now.

Asked whether the bank had been too slow to raise rates in 2025, Marsh said: "With hindsight, perhaps. But we set policy with the information we had at the time."

Two of the seven members of the rate-setting committee voted for a quarter-point increase, minutes of the meeting showed.

Finance Minister Paulo Arce welcomed the decision and said the government would keep its fuel subsidy in place until at least June. Business groups have urged the bank to start cutting rates, saying high borrowing costs are holding back investment.

The Solano peso was little changed after the decision at 41.2 to the dollar. The bank's next policy meeting is on May 14.
""",
        [
            c("Central bank", "warns", "inflation will stay high into 2027"),
            c(
                "The Bank of Solano",
                "said",
                "inflation was likely to stay above its target until well into 2027",
            ),
            c(
                "the bank",
                "warned",
                [
                    "Prices will keep rising faster than wages this year",
                    "and could peak at around 7% in the spring if fuel costs climb further",
                ],
            ),
            c(
                "Governor Elena Marsh",
                "told",
                'that the bank was "ready to act" if price pressures spread, but that a rate cut was "not on the table" for now',
            ),
            c(
                "Marsh",
                "said",
                '"With hindsight, perhaps. But we set policy with the information we had at the time."',
            ),
            c(
                "minutes of the meeting",
                "showed",
                "Two of the seven members of the rate-setting committee voted for a quarter-point increase",
            ),
            c(
                "Finance Minister Paulo Arce",
                "said",
                "the government would keep its fuel subsidy in place until at least June",
            ),
            c("Business groups", "have urged", "the bank to start cutting rates"),
            c("Business groups", "saying", "high borrowing costs are holding back investment"),
        ],
    ),
    article(
        "foreign-verania-lusk-border",
        "foreign",
        "2026-06-04",
        """
"A fantasy invented for domestic consumption": Lusk rejects Veranian border charge

ORAVA, June 4 (Continental Press Agency) - Verania accused neighbouring Lusk on Thursday of sending troops across their disputed mountain border, a charge Lusk's government called "a fantasy invented for domestic consumption."

Soldiers from Lusk crossed "at least two kilometres" into Veranian territory near the village of Dolna overnight and withdrew before dawn, according to the state news agency VNA, which cited the defence ministry.

Verania has summoned Lusk's ambassador and will lodge a formal protest with the regional security council, a senior Veranian diplomat said, speaking on condition of anonymity.

Lusk's foreign ministry said in a statement that none of its units had left their barracks, and invited international observers to inspect the area.

Residents of Dolna reached by telephone said they had heard helicopters during the night but had not seen any soldiers.

The two countries fought a brief war over the region in 1998. A peace agreement signed in 2001 left the exact line of the border to a joint commission, which has not met since 2019.

The regional security council's spokesman, Yusuf Demir, urged both sides "to exercise restraint and to return to the commission." He said the council had no monitors in the area and could not confirm either account.

Lusk's president, Tomas Varga, is due to address parliament on Friday. His office declined to say whether he would mention the incident.
""",
        [
            c("Lusk", ":", '"A fantasy invented for domestic consumption"'),
            c(
                "Verania",
                "accused",
                ["neighbouring Lusk", "of sending troops across their disputed mountain border"],
            ),
            c(
                "Lusk's government",
                "called",
                ["a charge", '"a fantasy invented for domestic consumption."'],
            ),
            c(
                "the state news agency VNA, which cited the defence ministry",
                "according to",
                'Soldiers from Lusk crossed "at least two kilometres" into Veranian territory near the village of Dolna overnight and withdrew before dawn',
            ),
            c(
                "a senior Veranian diplomat",
                "said",
                "Verania has summoned Lusk's ambassador and will lodge a formal protest with the regional security council",
            ),
            c(
                "Lusk's foreign ministry",
                "said",
                "that none of its units had left their barracks",
            ),
            c(
                "Residents of Dolna reached by telephone",
                "said",
                "they had heard helicopters during the night but had not seen any soldiers",
            ),
            c(
                "The regional security council's spokesman, Yusuf Demir",
                "urged",
                'both sides "to exercise restraint and to return to the commission."',
            ),
            c(
                "He",
                "said",
                "the council had no monitors in the area and could not confirm either account",
            ),
        ],
    ),
    article(
        "release-northbridge-proton",
        "press-release",
        "2026-04-14",
        """
Northbridge Children's Hospital Opens Region's First Paediatric Proton Therapy Centre

NORTHBRIDGE, April 14, 2026 /HealthWire/ -- Northbridge Children's Hospital today announced the opening of the Harlan Proton Therapy Centre, the first facility in the region able to treat children's cancers with proton beam therapy.

Until now, families have had to travel more than 600 kilometres for the treatment, the hospital said. The centre will be able to treat about 150 children a year once fully operational.

"Proton therapy lets us target a tumour while sparing the growing tissue around it. For a child, that can mean fewer side effects decades from now." -Dr. Amara Osei-Bonsu, Director of Paediatric Oncology

The hospital said the Harlan Family Foundation's $20 million gift toward the $48 million centre was the largest in its 90-year history.

"For too many families, the hardest part of treatment was leaving home," said Clare Harlan, who chairs the foundation. "Now they won't have to."

The first patient, a seven-year-old boy from Eastfield, began treatment last week, according to the hospital.

About Northbridge Children's Hospital

Northbridge Children's Hospital is a 220-bed teaching hospital affiliated with Northbridge University. It treats more than 80,000 children each year.

Contact:
Sam Delaney, Communications Office
media@northbridgechildrens.example
""",
        [
            c(
                "Northbridge Children's Hospital",
                "announced",
                "the opening of the Harlan Proton Therapy Centre, the first facility in the region able to treat children's cancers with proton beam therapy",
            ),
            c(
                "the hospital",
                "said",
                "Until now, families have had to travel more than 600 kilometres for the treatment",
            ),
            c(
                "Dr. Amara Osei-Bonsu, Director of Paediatric Oncology",
                "-",
                '"Proton therapy lets us target a tumour while sparing the growing tissue around it. For a child, that can mean fewer side effects decades from now."',
            ),
            c(
                "The hospital",
                "said",
                "the Harlan Family Foundation's $20 million gift toward the $48 million centre was the largest in its 90-year history",
            ),
            c(
                "Clare Harlan, who chairs the foundation",
                "said",
                [
                    '"For too many families, the hardest part of treatment was leaving home,"',
                    '"Now they won\'t have to."',
                ],
            ),
            c(
                "the hospital",
                "according to",
                "The first patient, a seven-year-old boy from Eastfield, began treatment last week",
            ),
        ],
    ),
    article(
        "opinion-ferry-contract",
        "opinion",
        "2026-02-27",
        """
The Courier’s view: the ferry contract needs daylight, not spin

Eighteen months late and £60 million over budget, the new Isles ferry is finally in the water. The islanders who depend on it deserve to know how the contract went so wrong. They are not being told.

Transport Minister Alan Greig insists the delays were caused by “unforeseeable” problems at the shipyard. That is hard to square with the auditor’s report published in January, which found that ministers were warned about the yard’s finances before the contract was signed.

Nor was it the first warning. In 2023, the islands’ community council wrote to the ministry to say the timetable was unrealistic. It never received a reply, its convener, Morag Tait, told this newspaper.

The minister has ordered a review. Reviews are useful when they are independent and published in full. This one will be carried out by his own department and reported to him in private.

We do not doubt that building ships is hard, or that costs rose for every yard in the country after 2022. But the public paid for this vessel, and the public is entitled to see the papers.

The minister should publish the contract, the yard’s monthly reports and the advice he received, and he should do it before the summer timetable begins. If there is nothing to hide, there is nothing to lose.
""",
        [
            c(
                "Transport Minister Alan Greig",
                "insists",
                "the delays were caused by “unforeseeable” problems at the shipyard",
            ),
            c(
                "the auditor’s report published in January",
                "found",
                "that ministers were warned about the yard’s finances before the contract was signed",
            ),
            c("the islands’ community council", "say", "the timetable was unrealistic"),
            c("its convener, Morag Tait", "told", "It never received a reply"),
        ],
    ),
    article(
        "interview-beekeeper",
        "interview",
        "2026-06-12",
        """
Five minutes with: the beekeeper who counts every hive in the valley

Hannah Petrossian has kept bees in the Ardle valley for 31 years and has run its annual hive census since 2015. This year’s count, published last week, found that the number of managed colonies had fallen by a fifth. She spoke to our reporter Tom Baird.

TOM BAIRD: A fall of a fifth sounds alarming. Is it?

HANNAH PETROSSIAN: It is the worst year I have recorded. But most of the loss came from two large operations that closed, not from bees dying.

TOM BAIRD: So the bees are fine?

HANNAH PETROSSIAN: I didn’t say that. Winter losses were about 18%, which is high but not unusual for a wet year.

TOM BAIRD: Will the new pesticide rules help?

HANNAH PETROSSIAN: At the margins. What would really help is more wildflower verges, and those cost the council almost nothing.

TOM BAIRD: What should people do in their own gardens?

HANNAH PETROSSIAN: Mow less. Leave the dandelions until May. And please buy honey from a local keeper, not a supermarket blend.
""",
        [
            c(
                "This year’s count, published last week",
                "found",
                "that the number of managed colonies had fallen by a fifth",
            ),
            qa(
                "HANNAH PETROSSIAN",
                "It is the worst year I have recorded. But most of the loss came from two large operations that closed, not from bees dying.",
            ),
            qa(
                "HANNAH PETROSSIAN",
                "I didn’t say that. Winter losses were about 18%, which is high but not unusual for a wet year.",
            ),
            qa(
                "HANNAH PETROSSIAN",
                "At the margins. What would really help is more wildflower verges, and those cost the council almost nothing.",
            ),
            qa(
                "HANNAH PETROSSIAN",
                "Mow less. Leave the dandelions until May. And please buy honey from a local keeper, not a supermarket blend.",
            ),
        ],
    ),
    article(
        "live-blog-mayoral-count",
        "live-blog",
        "2026-05-08",
        """
Mayoral election count: live

Follow live updates from the count at the Riverside Centre. Polls closed at 10pm and the declaration is due before 3am.

1.52am
Turnout was 41.3%, up from 36% four years ago, the returning officer has announced.

1.35am
Sources in the Green campaign are telling us Aisha Kamara has won “comfortably”. Her team has not yet made a public statement.

1.10am
The incumbent mayor, Derek Holt, has arrived at the count. Asked by reporters whether he expected to win, he said: “I never predict results. Ask me in two hours.”

12.40am
Our political editor, Fiona Grant, writes: Whoever wins, the big story of this election is the collapse of the Liberal vote in the eastern wards, where the party had held every seat since 2008.

12.15am
A recount has been requested in Hallam ward, where the council seat was decided by 11 votes.

11.50pm
“We have run a positive campaign and I am proud of every volunteer.” — Aisha Kamara, Green candidate, in a message to supporters

11.20pm
Verification of ballot papers is under way. The returning officer, Janet Ames, said earlier that she hoped to declare the result “well before breakfast”.
""",
        [
            c(
                "the returning officer",
                "has announced",
                "Turnout was 41.3%, up from 36% four years ago",
            ),
            c(
                "Sources in the Green campaign",
                "are telling",
                "Aisha Kamara has won “comfortably”",
            ),
            c("he", "said", "“I never predict results. Ask me in two hours.”"),
            c(
                "Our political editor, Fiona Grant",
                "writes",
                "Whoever wins, the big story of this election is the collapse of the Liberal vote in the eastern wards, where the party had held every seat since 2008.",
            ),
            c(
                "Aisha Kamara, Green candidate",
                "—",
                "“We have run a positive campaign and I am proud of every volunteer.”",
            ),
            c(
                "The returning officer, Janet Ames",
                "said",
                "that she hoped to declare the result “well before breakfast”",
            ),
        ],
    ),
    article(
        "wire-marrak-quake",
        "wire",
        "2026-07-18",
        """
Quake kills at least 12 in northern Marrak province

TAZIR (Atlas News Service) - An earthquake of magnitude 6.1 struck the mountainous north of Marrak province early on Saturday, killing at least 12 people and destroying dozens of homes, the regional civil protection agency said.

The quake struck at 4:17 a.m. at a depth of about 10 km, according to the national seismological institute. It was felt as far away as the coastal city of Semra, 140 km to the south.

Rescue teams were still searching the rubble of a collapsed school dormitory in the village of Ait Lahcen on Saturday afternoon. Several people are believed to be trapped inside, a local official told Atlas by telephone.

"We are digging with our hands. The machines cannot reach us because the road is blocked," said Hassan Ouali, a teacher in the village. "We need help now, not tomorrow."

The interior ministry urged residents of the affected area to sleep outdoors for at least two nights because of the risk of aftershocks, and said army helicopters had been sent to reach cut-off villages.

The government is reported to have asked neighbouring countries for tents and blankets. The foreign ministry did not respond to a request for comment.

The region was struck by a magnitude 5.4 quake in 2011 that killed three people. Many homes in the area are built of mud brick, which is especially vulnerable to shaking.
""",
        [
            c(
                "the regional civil protection agency",
                "said",
                "An earthquake of magnitude 6.1 struck the mountainous north of Marrak province early on Saturday, killing at least 12 people and destroying dozens of homes",
            ),
            c(
                "the national seismological institute",
                "according to",
                "The quake struck at 4:17 a.m. at a depth of about 10 km",
            ),
            c("a local official", "told", "Several people are believed to be trapped inside"),
            c(
                "Hassan Ouali, a teacher in the village",
                "said",
                [
                    '"We are digging with our hands. The machines cannot reach us because the road is blocked,"',
                    '"We need help now, not tomorrow."',
                ],
            ),
            c(
                "The interior ministry",
                "urged",
                "residents of the affected area to sleep outdoors for at least two nights because of the risk of aftershocks",
            ),
            c(
                "The interior ministry",
                "said",
                "army helicopters had been sent to reach cut-off villages",
            ),
            c(
                None,
                "is reported to",
                ["The government", "have asked neighbouring countries for tents and blankets"],
            ),
        ],
    ),
    article(
        "courts-garage-trial",
        "courts",
        "2026-04-21",
        """
Mechanic murdered business partner over unpaid loan, prosecutors tell jury

A mechanic killed his business partner at their garage in Wexley after a row over a loan of £18,000, prosecutors told a jury on Tuesday at the opening of his trial.

Dean Carver, 44, is charged with the murder of Paul Imrie, 51, whose body was found in an inspection pit at the garage on Harrow Lane last September. He has pleaded not guilty.

Opening the case for the prosecution, Alison Greaves KC said Carver had sent Mr. Imrie a series of "increasingly angry" text messages in the weeks before his death, demanding repayment of money he had lent to keep the business afloat.

"You will hear that the two men had been friends for twenty years," she told the jurors. "You will also hear how quickly that friendship turned.

"By the end of August, the defendant was telling anyone who would listen that he had been robbed," Ms. Greaves said.

The indictment alleges that Carver struck Mr. Imrie with a steel wheel brace and then tried to clean the scene with a pressure washer.

A forensic scientist, who cannot be named for legal reasons, told the court that traces of Mr. Imrie's blood had been found on a wheel brace recovered from the boot of Carver's car.

Carver's barrister, Tom Ashworth KC, said in his opening statement that his client had found his partner already dead and had panicked. He urged the jury to keep "an open mind until you have heard every witness."

Judge Philippa Rowe warned jurors not to research the case online or discuss it with anyone outside the jury room.

The trial continues.
""",
        [
            c(
                "prosecutors",
                "tell",
                "Mechanic murdered business partner over unpaid loan",
            ),
            c(
                "prosecutors",
                "told",
                "A mechanic killed his business partner at their garage in Wexley after a row over a loan of £18,000",
            ),
            c(
                "Alison Greaves KC",
                "said",
                'Carver had sent Mr. Imrie a series of "increasingly angry" text messages in the weeks before his death, demanding repayment of money he had lent to keep the business afloat',
            ),
            c(
                "she",
                "told",
                [
                    '"You will hear that the two men had been friends for twenty years,"',
                    '"You will also hear how quickly that friendship turned.',
                ],
            ),
            c(
                "Ms. Greaves",
                "said",
                '"By the end of August, the defendant was telling anyone who would listen that he had been robbed,"',
            ),
            c(
                "The indictment",
                "alleges",
                "that Carver struck Mr. Imrie with a steel wheel brace and then tried to clean the scene with a pressure washer",
            ),
            c(
                "A forensic scientist, who cannot be named for legal reasons",
                "told",
                "that traces of Mr. Imrie's blood had been found on a wheel brace recovered from the boot of Carver's car",
            ),
            c(
                "Carver's barrister, Tom Ashworth KC",
                "said",
                "that his client had found his partner already dead and had panicked",
            ),
            c(
                "He",
                "urged",
                'the jury to keep "an open mind until you have heard every witness."',
            ),
            c(
                "Judge Philippa Rowe",
                "warned",
                "jurors not to research the case online or discuss it with anyone outside the jury room",
            ),
        ],
    ),
    article(
        "health-waiting-times",
        "health",
        "2026-05-21",
        """
Hospital waiting lists hit record as health secretary defends plan

According to figures published on Thursday by the Health Statistics Office, 412,000 patients in the region were waiting for planned hospital treatment at the end of April, the highest number since records began in 2007.

More than 31,000 of them had waited longer than a year. The longest waits were for orthopaedic surgery, where the median wait has risen to 41 weeks.

Health Secretary Moira Kelleher insists the government's recovery plan is working. In a statement, she said the number of operations carried out in April was 9% higher than a year earlier and that "the tide is starting to turn."

Surgeons are less sure. Ms. Anjali Rao, who chairs the regional branch of the College of Surgeons, said theatres were still being closed at short notice because of staff shortages. "We can operate faster than this. What we cannot do is operate without anaesthetists," she said.

The shortage is thought to be worst in smaller district hospitals, where agency staff now fill about one shift in five.

The opposition's health spokesman, Gareth Lowe, called the figures "a damning verdict on six years of drift" and urged the government to publish a workforce plan before the summer recess.

One patient, 67-year-old Brian Tulloch, has been waiting 19 months for a hip replacement. He said he had been given three dates for surgery, all of which were cancelled. "I've stopped telling my family when it's booked," he said.

The Health Statistics Office does not comment on government policy. The next figures are due in June.
""",
        [
            c(
                "figures published on Thursday by the Health Statistics Office",
                "According to",
                "412,000 patients in the region were waiting for planned hospital treatment at the end of April, the highest number since records began in 2007",
            ),
            c(
                "Health Secretary Moira Kelleher",
                "insists",
                "the government's recovery plan is working",
            ),
            c(
                "she",
                "said",
                'the number of operations carried out in April was 9% higher than a year earlier and that "the tide is starting to turn."',
            ),
            c(
                "Ms. Anjali Rao, who chairs the regional branch of the College of Surgeons",
                "said",
                "theatres were still being closed at short notice because of staff shortages",
            ),
            c(
                "she",
                "said",
                '"We can operate faster than this. What we cannot do is operate without anaesthetists,"',
            ),
            c(
                None,
                "is thought to",
                [
                    "The shortage",
                    "be worst in smaller district hospitals, where agency staff now fill about one shift in five",
                ],
            ),
            c(
                "The opposition's health spokesman, Gareth Lowe",
                "called",
                'the figures "a damning verdict on six years of drift"',
            ),
            c(
                "The opposition's health spokesman, Gareth Lowe",
                "urged",
                "the government to publish a workforce plan before the summer recess",
            ),
            c(
                "He",
                "said",
                "he had been given three dates for surgery, all of which were cancelled",
            ),
            c("he", "said", "\"I've stopped telling my family when it's booked,\""),
        ],
    ),
    article(
        "sport-harbour-city-basketball",
        "sport",
        "2026-03-30",
        """
Harbour City coach backs young guard after playoff defeat

Harbour City Hawks coach Dana Whitfield insisted on Sunday that rookie guard Eli Moreno would start Game 2 of their playoff series, a day after his late turnover handed the Ridgeway Stags a 98-96 win.

Moreno lost the ball with eight seconds left and the Hawks leading by one. The Stags' Jamal Ortega scored at the other end and was fouled, finishing with 31 points.

Whitfield, who has coached the Hawks since 2021, told reporters at the team's practice facility:

"Eli made one mistake in forty minutes. He also made four threes and guarded their best player all night. He starts. That isn't a discussion."

Moreno, 20, said he had not slept much. "I watched it back maybe ten times," he said. "It was a bad decision.

"I won't make it twice," Moreno said.

Asked about Ortega's performance, Whitfield said the Hawks had "let him get comfortable" early and would change their defensive approach on Tuesday.

Hawks forward Marcus Bell was fined $15,000 by the league on Sunday for a technical foul he received in the third quarter. He later apologised on social media.

The Stags lead the best-of-seven series 1-0. Ridgeway have not lost at home since January.
""",
        [
            c(
                "Harbour City Hawks coach Dana Whitfield",
                "insisted",
                "that rookie guard Eli Moreno would start Game 2 of their playoff series",
            ),
            c(
                "Whitfield, who has coached the Hawks since 2021",
                "told",
                '"Eli made one mistake in forty minutes. He also made four threes and guarded their best player all night. He starts. That isn\'t a discussion."',
            ),
            c("Moreno, 20", "said", "he had not slept much"),
            c(
                "he",
                "said",
                ['"I watched it back maybe ten times,"', '"It was a bad decision.'],
            ),
            c("Moreno", "said", '"I won\'t make it twice,"'),
            c(
                "Whitfield",
                "said",
                'the Hawks had "let him get comfortable" early and would change their defensive approach on Tuesday',
            ),
        ],
    ),
    article(
        "release-eastmoor-university",
        "press-release",
        "2026-09-08",
        """
Eastmoor University and Lantern Health Launch Rural Telemedicine Partnership

EASTMOOR, Sept. 8, 2026 /CampusWire/ -- Eastmoor University today announced a five-year partnership with Lantern Health to bring specialist consultations by video to 40 rural clinics across the northern counties.

Under the partnership:

- Patients will be able to see a cardiologist, dermatologist or psychiatrist without travelling to the city.
- Eastmoor medical students will spend at least four weeks of their training in a partner clinic.
- Lantern Health will provide equipment and connectivity to each clinic at no cost to patients.

"A patient in a hill village should not have to give up a day's wages to see a specialist for fifteen minutes." -Prof. Helen Okoro, Dean of the Eastmoor School of Medicine

Lantern Health's chief executive, Viktor Haas, commented: "Our clinics already have the patients and the nurses. What they lack is time with a specialist, and that is what this partnership gives them."

The first twelve clinics will go live in January, the university said, with the remainder connected by the end of 2027.

Eastmoor will also study whether remote consultations reduce emergency admissions, the university added.

About Eastmoor University

Founded in 1889, Eastmoor University enrols 21,000 students and is one of the region's leading research universities.

Media Contact:
Press Office, Eastmoor University
news@eastmoor.example
""",
        [
            c(
                "Eastmoor University",
                "announced",
                "a five-year partnership with Lantern Health to bring specialist consultations by video to 40 rural clinics across the northern counties",
                source_n=1,
            ),
            c(
                "Prof. Helen Okoro, Dean of the Eastmoor School of Medicine",
                "-",
                '"A patient in a hill village should not have to give up a day\'s wages to see a specialist for fifteen minutes."',
            ),
            c(
                "Lantern Health's chief executive, Viktor Haas",
                "commented",
                '"Our clinics already have the patients and the nurses. What they lack is time with a specialist, and that is what this partnership gives them."',
            ),
            c(
                "the university",
                "said",
                [
                    "The first twelve clinics will go live in January",
                    "with the remainder connected by the end of 2027",
                ],
            ),
            c(
                "the university",
                "added",
                "Eastmoor will also study whether remote consultations reduce emergency admissions",
            ),
        ],
    ),
    article(
        "interview-marlow-stadium",
        "interview",
        "2026-07-02",
        """
Q&A: Marlow City's Rui Tavares on the club's new ground

Rui Tavares has been chief executive of Marlow City Football Club since 2023. He spoke to us about the club's new stadium, which opens in August.

Q. The new ground is six kilometres from the old one. Is that too far for fans?

A. I understand the worry. But the site is next to a railway station, and the old ground had none. We were never going to build a stadium nobody can reach.

Q. Ticket prices are going up by 12%. Why?

A. They are going up for adults. Under-18s and over-65s will pay the same as this season, and we have frozen the price of the cheapest season ticket.

Q. Will the parking plan be ready by August?

A. Yes. We have 1,400 spaces on the site and shuttle buses from the town centre, and the council's highways team has seen every page of the plan.

Q. Finally, will the club stay in the league this season?

A. I don't make predictions about football. I leave that to the manager, and to the bookmakers.
""",
        [
            c(
                "Rui Tavares",
                "A.",
                "I understand the worry. But the site is next to a railway station, and the old ground had none. We were never going to build a stadium nobody can reach.",
                kind="direct",
            ),
            c(
                "Rui Tavares",
                "A.",
                "They are going up for adults. Under-18s and over-65s will pay the same as this season, and we have frozen the price of the cheapest season ticket.",
                kind="direct",
                far=True,
            ),
            c(
                "Rui Tavares",
                "A.",
                "Yes. We have 1,400 spaces on the site and shuttle buses from the town centre, and the council's highways team has seen every page of the plan.",
                kind="direct",
                far=True,
            ),
            c(
                "Rui Tavares",
                "A.",
                "I don't make predictions about football. I leave that to the manager, and to the bookmakers.",
                kind="direct",
                far=True,
            ),
        ],
    ),
    article(
        "live-blog-cup-final",
        "live-blog",
        "2026-05-16",
        """
Stanton v Colebridge: Cup final as it happened

Live text commentary from the Cup final at the National Stadium.

FULL TIME: Stanton 2-1 Colebridge. Stanton win the Cup for the first time since 1994.

4.52pm
Stanton captain Leah Morgan, speaking to the broadcaster on the pitch: “I can’t even describe it. This is for everyone who stuck with us in the bad years.”

4.47pm
GOAL! Stanton 2-1 Colebridge (Hanne Lund 88’). Lund meets a corner at the near post and flicks it into the far corner.

4.31pm
Colebridge manager Rob Ince has been sent to the stands. The fourth official is understood to have reported comments Ince made about the referee at half-time.

4.05pm
Half-time analysis from our former international, Kerry Dunn: “Stanton have been the better side but they have nothing to show for it. They need to shoot more.”

3.40pm
GOAL! Stanton 0-1 Colebridge (Amy Okoye 31’). A header from a free kick, and Colebridge lead.

2.50pm
The teams are out. Stanton boss Tom Reyes said before the game that he would “not change a thing” from the semi-final.

2.30pm
Police say about 200 Colebridge fans without tickets gathered outside the west gate. The situation now appears calm.

Morgan was named player of the match and was awarded the trophy by the association’s president.
""",
        [
            c(
                "Stanton captain Leah Morgan",
                "speaking",
                "“I can’t even describe it. This is for everyone who stuck with us in the bad years.”",
            ),
            c(
                None,
                "is understood to",
                [
                    "The fourth official",
                    "have reported comments Ince made about the referee at half-time",
                ],
            ),
            c(
                "our former international, Kerry Dunn",
                ":",
                "“Stanton have been the better side but they have nothing to show for it. They need to shoot more.”",
            ),
            c(
                "Stanton boss Tom Reyes",
                "said",
                "that he would “not change a thing” from the semi-final",
            ),
            c(
                "Police",
                "say",
                "about 200 Colebridge fans without tickets gathered outside the west gate",
            ),
        ],
    ),
    article(
        "council-stenhill-quarry",
        "council",
        "2026-06-24",
        """
Councillors reject 300-home scheme on former quarry

Plans for 300 homes on the former Stenhill quarry were rejected by Brackley District Council's planning committee on Wednesday, against the advice of its own officers.

In their report to the committee, officers said the scheme met the council's housing targets and that concerns about traffic could be managed.

But the committee voted 7-2 against after hearing from residents. Ms. Helen Carstairs, speaking for the Stenhill Village Society, told members the single access road was "already a car park at school time."

The council leader, Cllr Abdul Rahman, insists the district will still meet its target of 4,000 new homes by 2030.

Developer Oakstone Homes said it was "deeply disappointed" and would appeal to the planning inspectorate. A spokesman added: "This site has been empty for twenty years. The need for homes has not gone away."

It is believed the appeal could be heard next spring.

Committee chair Cllr Diane Foulkes said afterwards that members had "listened carefully" to both sides. Asked whether the council could face costs if the developer won on appeal, she said: "That is a risk in every planning decision."

The quarry closed in 2004 and was sold to Oakstone in 2019. It was allocated for housing in the council's 2021 local plan.
""",
        [
            c(
                "officers",
                "said",
                "the scheme met the council's housing targets and that concerns about traffic could be managed",
            ),
            c(
                "Ms. Helen Carstairs, speaking for the Stenhill Village Society",
                "told",
                'the single access road was "already a car park at school time."',
            ),
            c(
                "The council leader, Cllr Abdul Rahman",
                "insists",
                "the district will still meet its target of 4,000 new homes by 2030",
            ),
            c(
                "Developer Oakstone Homes",
                "said",
                'it was "deeply disappointed" and would appeal to the planning inspectorate',
            ),
            c(
                "A spokesman",
                "added",
                '"This site has been empty for twenty years. The need for homes has not gone away."',
            ),
            c(None, "It is believed", "the appeal could be heard next spring"),
            c(
                "Committee chair Cllr Diane Foulkes",
                "said",
                'that members had "listened carefully" to both sides',
            ),
            c("she", "said", '"That is a risk in every planning decision."'),
        ],
    ),
    article(
        "wire-aeroline-ceo",
        "wire",
        "2026-10-02",
        """
Aeroline shares fall as chief executive quits abruptly

FRANKFORD, Oct 2 (Continental Press Agency) - Shares in regional carrier Aeroline fell 11% on Friday after the company said chief executive Lars Becker had resigned with immediate effect. Becker took the job less than two years ago.

Aeroline said in a filing to the stock exchange that Becker was leaving "to pursue other opportunities" and that finance chief Mei Tanaka would run the company until a successor was found. It gave no further reason.

Two people with knowledge of the board's discussions said directors had clashed with Becker over his plan to cut a third of the airline's domestic routes. One of them said the vote to remove him had been unanimous.

Becker did not respond to messages seeking comment. Aeroline declined to comment beyond its statement.

"It's the timing that worries investors," said Ola Brandt, an analyst at Nordhavn Capital. "Summer bookings are weak and now there's nobody at the top." Brandt cut her rating on the stock to "sell".

The airline's pilots' union welcomed the departure. Its chairman, Henrik Falk, said the route cuts would have cost 400 jobs and that the union hoped the board would "start again with a clean sheet".

Aeroline is due to publish third-quarter results on Oct. 28. The company carried 9.4 million passengers last year.
""",
        [
            c(
                "the company",
                "said",
                "chief executive Lars Becker had resigned with immediate effect",
            ),
            c(
                "Aeroline",
                "said",
                'that Becker was leaving "to pursue other opportunities" and that finance chief Mei Tanaka would run the company until a successor was found',
            ),
            c(
                "Two people with knowledge of the board's discussions",
                "said",
                "directors had clashed with Becker over his plan to cut a third of the airline's domestic routes",
            ),
            c("One of them", "said", "the vote to remove him had been unanimous"),
            c(
                "Ola Brandt, an analyst at Nordhavn Capital",
                "said",
                [
                    '"It\'s the timing that worries investors,"',
                    '"Summer bookings are weak and now there\'s nobody at the top."',
                ],
            ),
            c(
                "Its chairman, Henrik Falk",
                "said",
                'the route cuts would have cost 400 jobs and that the union hoped the board would "start again with a clean sheet"',
            ),
        ],
    ),
    article(
        "foreign-qaran-convoy",
        "foreign",
        "2026-11-14",
        """
Aid convoy reaches besieged Qaran after three-month blockade

GENEVA, Nov 14 (Meridian Wire) - A convoy of 28 aid trucks reached the besieged city of Qaran on Friday, the first to get through in three months, the United Nations humanitarian office said.

"What we delivered today will feed about 40,000 people for two weeks," said Mirela Costa, the office's coordinator for the region. "The city has 300,000. You can do the arithmetic."

The convoy carried flour, medicine and fuel for the city's only working hospital, according to the World Food Agency, which organised it.

Both sides in the conflict had agreed to a six-hour pause in fighting to let the trucks through, a UN official said. The official, who was not authorised to speak publicly, said the pause had largely held but that one truck had been hit by gunfire on the way out. Nobody was injured.

In a statement, the government in Belan said it had "facilitated" the convoy and accused rebel forces of stealing previous deliveries. Rebel commanders could not be reached.

The UN has urged both sides to allow weekly convoys and to guarantee the safety of aid workers. Three aid workers were killed near Qaran in August.

Residents reportedly queued for hours in the city's central square as the trucks were unloaded.
""",
        [
            c(
                "the United Nations humanitarian office",
                "said",
                "A convoy of 28 aid trucks reached the besieged city of Qaran on Friday, the first to get through in three months",
            ),
            c(
                "Mirela Costa, the office's coordinator for the region",
                "said",
                [
                    '"What we delivered today will feed about 40,000 people for two weeks,"',
                    '"The city has 300,000. You can do the arithmetic."',
                ],
            ),
            c(
                "the World Food Agency, which organised it",
                "according to",
                "The convoy carried flour, medicine and fuel for the city's only working hospital",
            ),
            c(
                "a UN official",
                "said",
                "Both sides in the conflict had agreed to a six-hour pause in fighting to let the trucks through",
            ),
            c(
                "The official, who was not authorised to speak publicly",
                "said",
                "the pause had largely held but that one truck had been hit by gunfire on the way out",
            ),
            c("the government in Belan", "said", 'it had "facilitated" the convoy'),
            c(
                "the government in Belan",
                "accused",
                "rebel forces of stealing previous deliveries",
            ),
            c(
                "The UN",
                "has urged",
                "both sides to allow weekly convoys and to guarantee the safety of aid workers",
            ),
            c(
                None,
                "reportedly",
                [
                    "Residents",
                    "queued for hours in the city's central square as the trucks were unloaded",
                ],
            ),
        ],
    ),
    article(
        "science-serra-glaciers",
        "science",
        "2026-09-22",
        """
Glaciers in the Serra range shrinking twice as fast as a decade ago, report says

Glaciers in the Serra mountains lost an average of 1.4 metres of ice thickness a year between 2015 and 2025, twice the rate of the previous decade, according to a report released on Tuesday by the Alpine Monitoring Network.

The report, compiled by 60 scientists from six countries, warns that most of the range's smaller glaciers will disappear by 2050 unless global emissions fall sharply.

“We are measuring the end of these glaciers, not their decline,” the network's director, Dr. Petra Lindqvist, said at the report's launch in Valmont.

She said meltwater from the glaciers supplies about a fifth of the summer flow in the Serra river, on which two hydroelectric dams depend.

Lindqvist was awarded the national science prize in 2022 for her work on glacier mass balance.

Not every finding was bleak. Snowfall at high altitude has increased slightly, the authors noted, although not enough to offset losses lower down.

The energy ministry said it had seen the report and would “take its findings into account” in its long-term plan. Asked whether the government would reconsider a proposed third dam, a ministry spokesman said no decision had been made.

The network is funded by the governments of the six countries and publishes a full assessment every five years.
""",
        [
            c(
                "report",
                "says",
                "Glaciers in the Serra range shrinking twice as fast as a decade ago",
            ),
            c(
                "a report released on Tuesday by the Alpine Monitoring Network",
                "according to",
                "Glaciers in the Serra mountains lost an average of 1.4 metres of ice thickness a year between 2015 and 2025, twice the rate of the previous decade",
            ),
            c(
                "The report, compiled by 60 scientists from six countries",
                "warns",
                "that most of the range's smaller glaciers will disappear by 2050 unless global emissions fall sharply",
            ),
            c(
                "the network's director, Dr. Petra Lindqvist",
                "said",
                "“We are measuring the end of these glaciers, not their decline,”",
            ),
            c(
                "She",
                "said",
                "meltwater from the glaciers supplies about a fifth of the summer flow in the Serra river, on which two hydroelectric dams depend",
            ),
            c(
                "the authors",
                "noted",
                [
                    "Snowfall at high altitude has increased slightly",
                    "although not enough to offset losses lower down",
                ],
            ),
            c(
                "The energy ministry",
                "said",
                "it had seen the report and would “take its findings into account” in its long-term plan",
            ),
            c("a ministry spokesman", "said", "no decision had been made"),
        ],
    ),
]
