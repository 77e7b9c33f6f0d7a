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
]
