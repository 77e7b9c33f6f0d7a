"""A ninth held-out set of invented news articles and their attributions, written as strings.

Written on 2026-12-05 blind to claimx's rules (the annotator neither ran claimx nor read its
source, its tests or the other sets) and never to be used for tuning. Every article, person,
organisation, place and quotation here is invented (MIT, like the project). ``build.py --set
fresh9`` turns these into ``fresh9.jsonl`` with exact spans; the conventions are in
docs/evaldata-news.md.
"""

# ruff: noqa: E501 (article text: one paragraph a line)
from __future__ import annotations

from typing import Any

from articles import article, c, qa

ARTICLES: list[dict[str, Any]] = [
    article(
        "fresh9-wire-bus-strike",
        "wire",
        "2026-10-02",
        """
Bus drivers strike in Ntlanzi Bay as wage talks collapse

NTLANZI BAY, Oct 2 (Meridian Wire) - About 1,400 bus drivers walked off the job in Ntlanzi Bay on Friday in a dispute over pay and night-shift safety, their union said.

The Amalgamated Transport Workers' Union (ATWU) is demanding a rise of 11 percent, while Bayline Metro, the municipal company that runs the buses, has offered 5.5 percent. Members last week voted down a mediator's compromise of 8 percent.

"We have drivers robbed at knifepoint on the last run and then told there is no money for a guard," ATWU regional secretary Sipho Mahlangu told reporters at the Mzimvubu depot. "Eleven percent is not greed. It is the cost of living here."

Bayline Metro said in a statement that the union's demand would add R212 million a year to its wage bill and that it could not be met "without cutting routes or raising fares, which nobody wants."

Its chief executive, Thandeka Vilakazi, urged the union to return to talks on Monday, adding that armed escorts for late-night routes were "already being piloted."

Nomsa Dube, a cleaner who travels in from Ekhaya township, said the trip had cost her R46, not the usual R19. "If this goes on for a week, I will have to choose between getting to work and feeding my children," she said.

The city's transport department is understood to be preparing a request for provincial money to run extra trains, and police are reported to have stepped up patrols near two depots.

The union said the strike would continue "until there is a serious offer on the table," and Mahlangu said members would march on the city council on Tuesday, when the mayor presents the mid-year budget.

(Reporting by Lindiwe Khumalo; Editing by Peter Oduya)
""",
        [
            c(
                "their union",
                "said",
                "About 1,400 bus drivers walked off the job in Ntlanzi Bay on Friday in a dispute over pay and night-shift safety",
            ),
            c(
                "The Amalgamated Transport Workers' Union (ATWU)",
                "is demanding",
                "a rise of 11 percent",
            ),
            c(
                "Bayline Metro, the municipal company that runs the buses",
                "has offered",
                "5.5 percent",
            ),
            c(
                "ATWU regional secretary Sipho Mahlangu",
                "told",
                [
                    '"We have drivers robbed at knifepoint on the last run and then told there is no money for a guard,"',
                    '"Eleven percent is not greed. It is the cost of living here."',
                ],
            ),
            c(
                "Bayline Metro",
                "said",
                'that the union\'s demand would add R212 million a year to its wage bill and that it could not be met "without cutting routes or raising fares, which nobody wants."',
            ),
            c(
                "Its chief executive, Thandeka Vilakazi",
                "urged",
                "the union to return to talks on Monday",
            ),
            c(
                "Its chief executive, Thandeka Vilakazi",
                "adding",
                'that armed escorts for late-night routes were "already being piloted."',
            ),
            c(
                "Nomsa Dube, a cleaner who travels in from Ekhaya township",
                "said",
                "the trip had cost her R46, not the usual R19",
            ),
            c(
                "she",
                "said",
                '"If this goes on for a week, I will have to choose between getting to work and feeding my children,"',
            ),
            c(
                None,
                "is understood to",
                [
                    "The city's transport department",
                    "be preparing a request for provincial money to run extra trains",
                ],
            ),
            c(None, "are reported to", ["police", "have stepped up patrols near two depots"]),
            c(
                "The union",
                "said",
                'the strike would continue "until there is a serious offer on the table,"',
            ),
            c(
                "Mahlangu",
                "said",
                "members would march on the city council on Tuesday, when the mayor presents the mid-year budget",
            ),
        ],
    ),
    article(
        "fresh9-wire-velmora-runoff",
        "wire",
        "2026-10-19",
        """
Opposition leader Dravic wins Velmora runoff, ending ruling party’s 14-year hold

TERAVEL, Velmora (Transworld News) — Opposition leader Ansel Dravic won Sunday’s presidential runoff in Velmora with 54.2% of the vote, the Central Electoral Commission said Monday.

With ballots from all 3,912 polling stations counted, the commission put turnout at 63%, up from 58% in the first round two weeks ago. Outgoing Prime Minister Lira Kostan, the National Renewal Party’s candidate, received 45.8%.

Kostan conceded defeat in a brief televised address late Monday, saying the result “must be respected by everyone, starting with me.” She said she had called Dravic to congratulate him and would cooperate fully with the transition.

Dravic, a 51-year-old former mayor of the port city of Sevrin, told thousands of cheering supporters in Teravel’s Liberty Square that his government would “open the books” on state contracts within its first 100 days.

“They said we could not win outside the cities. Tonight the villages answered them,” he said.

Observers from the Regional Democracy Monitoring Mission said the vote had been “generally well administered” but noted that state television had given the ruling party more than twice as much airtime as the opposition during the campaign.

The mission’s preliminary report also said its observers had been turned away from 17 polling stations in the eastern district of Olvana, where Kostan won 71% of the vote. The commission said it would look into the complaint.

The National Renewal Party, which has governed since 2012, is expected to choose a new leader before parliament reconvenes in January, and several of its senior figures are said to be privately opposed to Kostan standing again.

Dravic is due to be sworn in on Nov. 14.
""",
        [
            c(
                "the Central Electoral Commission",
                "said",
                "Opposition leader Ansel Dravic won Sunday’s presidential runoff in Velmora with 54.2% of the vote",
            ),
            c(
                "the commission",
                "put",
                "turnout at 63%, up from 58% in the first round two weeks ago",
            ),
            c("Kostan", "saying", "the result “must be respected by everyone, starting with me.”"),
            c(
                "She",
                "said",
                "she had called Dravic to congratulate him and would cooperate fully with the transition",
            ),
            c(
                "Dravic, a 51-year-old former mayor of the port city of Sevrin",
                "told",
                "that his government would “open the books” on state contracts within its first 100 days",
            ),
            c(
                "he",
                "said",
                "“They said we could not win outside the cities. Tonight the villages answered them,”",
            ),
            c(
                "Observers from the Regional Democracy Monitoring Mission",
                "said",
                "the vote had been “generally well administered”",
            ),
            c(
                "Observers from the Regional Democracy Monitoring Mission",
                "noted",
                "that state television had given the ruling party more than twice as much airtime as the opposition during the campaign",
            ),
            c(
                "The mission’s preliminary report",
                "said",
                "its observers had been turned away from 17 polling stations in the eastern district of Olvana, where Kostan won 71% of the vote",
            ),
            c("The commission", "said", "it would look into the complaint"),
            c(
                None,
                "is expected to",
                [
                    "The National Renewal Party, which has governed since 2012",
                    "choose a new leader before parliament reconvenes in January",
                ],
            ),
            c(
                None,
                "are said to",
                ["several of its senior figures", "be privately opposed to Kostan standing again"],
            ),
        ],
    ),
    article(
        "fresh9-wire-sarband-floods",
        "wire",
        "2026-08-13",
        """
Flash floods kill 23 in Sarband valley, PDA says

MIRGARH: At least 23 people were killed and dozens are missing after flash floods tore through villages in the Sarband valley overnight, the Provincial Disaster Authority (PDA) said on Thursday.

PDA spokesman Adnan Qureshi told reporters that 14 of the dead were from Bandi Kalan, a village of about 2,000 people where a tributary of the Sarband river burst its banks shortly after 2am. "Whole lanes were carried away. People were asleep," he said.

According to the Meteorological Department, the valley received 182mm of rain in six hours, more than it usually gets in the whole of August. The department had warned on Monday that heavy monsoon rain could trigger flash floods in the northern districts and had asked tourists to stay away.

Residents of Bandi Kalan said rescue teams took more than 12 hours to arrive because the only road into the valley had been blocked by a landslide. Gul Zaman, 46, who lost his mother and two nephews, said villagers had dug through the mud with their hands. "We called and called. Nobody came until the afternoon," he said.

Chief Minister Farah Baloch ordered the PDA and the army to set up relief camps in Mirgarh and Sarband town and announced compensation of Rs1 million for the family of each person killed.

The army is reported to have airlifted 140 people from cut-off villages by helicopter. An official at the district headquarters hospital in Mirgarh, who asked not to be named because he was not authorised to speak to the media, said 31 injured people were being treated there, four of them in critical condition.

The PDA said more rain was forecast for the weekend and urged families living along the river to move to higher ground.
""",
        [
            c("PDA", "says", "Flash floods kill 23 in Sarband valley"),
            c(
                "the Provincial Disaster Authority (PDA)",
                "said",
                "At least 23 people were killed and dozens are missing after flash floods tore through villages in the Sarband valley overnight",
            ),
            c(
                "PDA spokesman Adnan Qureshi",
                "told",
                "that 14 of the dead were from Bandi Kalan, a village of about 2,000 people where a tributary of the Sarband river burst its banks shortly after 2am",
            ),
            c("he", "said", '"Whole lanes were carried away. People were asleep,"'),
            c(
                "the Meteorological Department",
                "According to",
                "the valley received 182mm of rain in six hours, more than it usually gets in the whole of August",
            ),
            c(
                "The department",
                "had warned",
                "that heavy monsoon rain could trigger flash floods in the northern districts",
            ),
            c("The department", "had asked", "tourists to stay away"),
            c(
                "Residents of Bandi Kalan",
                "said",
                "rescue teams took more than 12 hours to arrive because the only road into the valley had been blocked by a landslide",
            ),
            c(
                "Gul Zaman, 46, who lost his mother and two nephews",
                "said",
                "villagers had dug through the mud with their hands",
            ),
            c("he", "said", '"We called and called. Nobody came until the afternoon,"'),
            c(
                "Chief Minister Farah Baloch",
                "ordered",
                "the PDA and the army to set up relief camps in Mirgarh and Sarband town",
            ),
            c(
                "Chief Minister Farah Baloch",
                "announced",
                "compensation of Rs1 million for the family of each person killed",
            ),
            c(
                None,
                "is reported to",
                ["The army", "have airlifted 140 people from cut-off villages by helicopter"],
            ),
            c(
                "An official at the district headquarters hospital in Mirgarh, who asked not to be named because he was not authorised to speak to the media",
                "said",
                "31 injured people were being treated there, four of them in critical condition",
            ),
            c("The PDA", "said", "more rain was forecast for the weekend"),
            c("The PDA", "urged", "families living along the river to move to higher ground"),
        ],
    ),
    article(
        "fresh9-pr-hearing-aid",
        "press-release",
        "2026-10-14",
        """
Corvane Audio Introduces TrueHear 2, an Over-the-Counter Hearing Aid Set Up Entirely by Smartphone

HOLLIS BEND, Oct. 14, 2026 /CommerceWire/ -- Corvane Audio, Inc., a maker of hearing and personal audio devices, today announced TrueHear 2, an over-the-counter hearing aid that can be fitted and adjusted entirely from a smartphone in under 15 minutes.

The device, which goes on sale Nov. 3 at a list price of $349 a pair, uses the company’s new SoundMap app to test a user’s hearing through a 12-minute listening exercise and tune its 16 channels to match. Corvane said an independent study of 180 adults with mild to moderate hearing loss, carried out by the Brightwater Hearing Institute, found that users who set up TrueHear 2 themselves scored within 4 percent of those fitted by an audiologist.

“Nearly three in four people who could benefit from a hearing aid never get one, and price is only part of the reason,” said Dana Whitlock, Corvane’s chief executive. “The rest is the appointments, the waiting and the feeling that you’re being sold something. TrueHear 2 puts the whole process in your own hands.”

Dr. Miriam Osei-Hart, who led the study at Brightwater, said the results were “encouraging” but cautioned that anyone with sudden or one-sided hearing loss should see a doctor before buying any hearing aid.

TrueHear 2 should account for about a third of Corvane’s revenue in 2027, Chief Financial Officer Raj Menon told analysts on a conference call on Tuesday. He said the company would also offer a $100 trade-in credit to owners of the original TrueHear.

About Corvane Audio

Corvane Audio, Inc. designs and sells hearing and personal audio devices from its headquarters in Hollis Bend. Founded in 2011, it employs 420 people.

Media contact: Jess Arroyo, Corvane Audio, (555) 014-2290
""",
        [
            c(
                "Corvane Audio, Inc., a maker of hearing and personal audio devices",
                "announced",
                "TrueHear 2, an over-the-counter hearing aid that can be fitted and adjusted entirely from a smartphone in under 15 minutes",
            ),
            c(
                "Corvane",
                "said",
                "an independent study of 180 adults with mild to moderate hearing loss, carried out by the Brightwater Hearing Institute, found that users who set up TrueHear 2 themselves scored within 4 percent of those fitted by an audiologist",
            ),
            c(
                "an independent study of 180 adults with mild to moderate hearing loss, carried out by the Brightwater Hearing Institute",
                "found",
                "that users who set up TrueHear 2 themselves scored within 4 percent of those fitted by an audiologist",
            ),
            c(
                "Dana Whitlock, Corvane’s chief executive",
                "said",
                [
                    "“Nearly three in four people who could benefit from a hearing aid never get one, and price is only part of the reason,”",
                    "“The rest is the appointments, the waiting and the feeling that you’re being sold something. TrueHear 2 puts the whole process in your own hands.”",
                ],
            ),
            c(
                "Dr. Miriam Osei-Hart, who led the study at Brightwater",
                "said",
                "the results were “encouraging”",
            ),
            c(
                "Dr. Miriam Osei-Hart, who led the study at Brightwater",
                "cautioned",
                "that anyone with sudden or one-sided hearing loss should see a doctor before buying any hearing aid",
            ),
            c(
                "Chief Financial Officer Raj Menon",
                "told",
                "TrueHear 2 should account for about a third of Corvane’s revenue in 2027",
            ),
            c(
                "He",
                "said",
                "the company would also offer a $100 trade-in credit to owners of the original TrueHear",
            ),
        ],
    ),
    article(
        "fresh9-pr-road-safety",
        "press-release",
        "2026-10-21",
        """
Road Safety Directorate launches winter campaign as rural deaths rise

The Road Safety Directorate (RSD) has today launched Home Safe, its winter campaign, and is urging drivers in rural areas to slow down on unlit roads as the evenings get darker.

Provisional figures published by the RSD show that 61 people died on rural roads between January and the end of September, compared with 47 in the same period last year.

Speaking at the launch in Ballinacree, the Minister of State for Road Safety, Aoife Brannigan TD, said: "Every one of those numbers is a family that got a knock on the door. I am asking every driver to give themselves an extra five minutes this winter and to drive as if there is someone around the next bend, because very often there is."

The RSD's chief executive, Declan Forde, said the campaign would run on radio, social media and at county football grounds until the end of February. He said the directorate had asked all 26 county councils to cut back roadside hedges at dangerous junctions before Christmas.

A survey of 1,050 drivers carried out for the directorate by Cleary Research in August found that 38 per cent drove faster on roads they knew well, and that one in five said they rarely dipped their headlights for oncoming traffic.

Mr Forde said the findings were "sobering" and that the directorate would publish road deaths county by county for the first time next month.

The directorate will also write to the 2,900 holders of learner permits in the three worst-affected counties, reminding them that learners must be accompanied by a fully licensed driver.

ENDS

Notes to editors: The RSD is the State agency for road safety education and research. Media queries: Niamh Carty, RSD Press Office, 01 555 0142.
""",
        [
            c(
                "The Road Safety Directorate (RSD)",
                "is urging",
                "drivers in rural areas to slow down on unlit roads as the evenings get darker",
            ),
            c(
                "Provisional figures published by the RSD",
                "show",
                "that 61 people died on rural roads between January and the end of September, compared with 47 in the same period last year",
            ),
            c(
                "the Minister of State for Road Safety, Aoife Brannigan TD",
                "said",
                '"Every one of those numbers is a family that got a knock on the door. I am asking every driver to give themselves an extra five minutes this winter and to drive as if there is someone around the next bend, because very often there is."',
            ),
            c(
                "The RSD's chief executive, Declan Forde",
                "said",
                "the campaign would run on radio, social media and at county football grounds until the end of February",
            ),
            c(
                "He",
                "said",
                "the directorate had asked all 26 county councils to cut back roadside hedges at dangerous junctions before Christmas",
            ),
            c(
                "the directorate",
                "had asked",
                "all 26 county councils to cut back roadside hedges at dangerous junctions before Christmas",
            ),
            c(
                "A survey of 1,050 drivers carried out for the directorate by Cleary Research in August",
                "found",
                "that 38 per cent drove faster on roads they knew well, and that one in five said they rarely dipped their headlights for oncoming traffic",
            ),
            c("one in five", "said", "they rarely dipped their headlights for oncoming traffic"),
            c(
                "Mr Forde",
                "said",
                'the findings were "sobering" and that the directorate would publish road deaths county by county for the first time next month',
            ),
        ],
    ),
    article(
        "fresh9-courts-scaffold-manslaughter",
        "courts",
        "2026-11-06",
        """
Builder jailed for six years over scaffold collapse that killed apprentice

A builder whose scaffolding collapsed onto a busy street, killing a 19-year-old apprentice, has been jailed for six years.

Gareth Pennock, 52, of Aldbury Close, Wrexley, was found guilty in September of gross negligence manslaughter after a three-week trial at Hallam Crown Court. His company, Pennock & Sons Ltd, had pleaded guilty to breaching health and safety law and was fined £420,000.

The court heard that Kieran Lowe was fixing guttering on the second level of the scaffold in Market Street last March when a section of it gave way. He fell about 20ft and died in hospital two days later.

Prosecutor Helen Marsh KC told the jury that Pennock had ignored three written warnings from a scaffolding inspector that the structure was missing ties and had never been inspected.

Sentencing him on Friday, Judge Martin Oyelaran said Pennock had put “profit and speed ahead of the life of a young man who trusted him”. He added: “You were told, in writing and more than once, that this scaffold was dangerous. You chose to do nothing about it.”

The judge said he accepted that Pennock was genuinely remorseful, but that this was “one of the clearest cases of disregard for safety” he had seen.

In a statement read to the court, Kieran’s mother, Joanne Lowe, said her son had been “so proud” of his first payslip that he had it framed. “He went to work and he never came home. No sentence will change that,” she said.

Pennock’s barrister, Simon Achterberg, had asked for a suspended sentence, telling the court that his client had “lost everything” and had paid for the funeral.

Pennock was also disqualified from being a company director for ten years.
""",
        [
            c(
                None,
                "heard",
                "that Kieran Lowe was fixing guttering on the second level of the scaffold in Market Street last March when a section of it gave way",
            ),
            c(
                "Prosecutor Helen Marsh KC",
                "told",
                "that Pennock had ignored three written warnings from a scaffolding inspector that the structure was missing ties and had never been inspected",
            ),
            c(
                "a scaffolding inspector",
                "warnings",
                "that the structure was missing ties and had never been inspected",
            ),
            c(
                "Judge Martin Oyelaran",
                "said",
                "Pennock had put “profit and speed ahead of the life of a young man who trusted him”",
            ),
            c(
                "He",
                "added",
                "“You were told, in writing and more than once, that this scaffold was dangerous. You chose to do nothing about it.”",
            ),
            c(
                "The judge",
                "said",
                "he accepted that Pennock was genuinely remorseful, but that this was “one of the clearest cases of disregard for safety” he had seen",
            ),
            c(
                "Kieran’s mother, Joanne Lowe",
                "said",
                "her son had been “so proud” of his first payslip that he had it framed",
            ),
            c(
                "she",
                "said",
                "“He went to work and he never came home. No sentence will change that,”",
            ),
            c("Pennock’s barrister, Simon Achterberg", "had asked for", "a suspended sentence"),
            c(
                "Pennock’s barrister, Simon Achterberg",
                "telling",
                "that his client had “lost everything” and had paid for the funeral",
            ),
        ],
    ),
    article(
        "fresh9-courts-appeal-identification",
        "courts",
        "2026-11-13",
        """
Appeal court frees taxi operator, says trial judge misdirected jury

The Court of Appeal has quashed the murder conviction of a St Avery taxi operator who spent six years in prison, ruling that the trial judge failed to properly direct the jury on the weaknesses of the only eyewitness identification.

Desmond Fairclough, 41, was convicted in 2020 of the shooting of Marlon Guthrie outside a bar in Port Avalon and sentenced to life imprisonment, with no possibility of parole for 25 years. He has always maintained his innocence.

In a judgment delivered on Friday, Justice of Appeal Carla Henriques, with whom the two other judges agreed, wrote that the sole witness had seen the gunman "for a matter of seconds, at night, from across a road," and that the trial judge had not warned the jury that an honest witness could still be mistaken.

"Identification evidence of this quality is exactly the kind that has led to wrongful convictions in the past," the judge wrote. "The jury needed to hear that from the bench. They did not."

The court declined to order a retrial, saying that the witness had since migrated and that a fair trial was no longer possible after so long.

Fairclough's attorney-at-law, Mrs Beverley Samuda-Grant, said her client wept when the decision was read. "Six years of his life are gone. Nobody can give him those back," she said, adding that she would be writing to the justice ministry to seek compensation.

The Office of the Director of Public Prosecutions said it was studying the judgment and declined to comment further. Guthrie's sister, Annette, is said to be planning a vigil outside the court on Monday.
""",
        [
            c("Appeal court", "says", "trial judge misdirected jury"),
            c(
                "The Court of Appeal",
                "ruling",
                "that the trial judge failed to properly direct the jury on the weaknesses of the only eyewitness identification",
            ),
            c(
                "Justice of Appeal Carla Henriques, with whom the two other judges agreed",
                "wrote",
                'that the sole witness had seen the gunman "for a matter of seconds, at night, from across a road," and that the trial judge had not warned the jury that an honest witness could still be mistaken',
            ),
            c(
                "the judge",
                "wrote",
                [
                    '"Identification evidence of this quality is exactly the kind that has led to wrongful convictions in the past,"',
                    '"The jury needed to hear that from the bench. They did not."',
                ],
            ),
            c(
                "The court",
                "saying",
                "that the witness had since migrated and that a fair trial was no longer possible after so long",
            ),
            c(
                "Fairclough's attorney-at-law, Mrs Beverley Samuda-Grant",
                "said",
                "her client wept when the decision was read",
            ),
            c("she", "said", '"Six years of his life are gone. Nobody can give him those back,"'),
            c(
                "she",
                "adding",
                "that she would be writing to the justice ministry to seek compensation",
            ),
            c(
                "The Office of the Director of Public Prosecutions",
                "said",
                "it was studying the judgment",
            ),
            c(
                None,
                "is said to",
                ["Guthrie's sister, Annette", "be planning a vigil outside the court on Monday"],
            ),
        ],
    ),
    article(
        "fresh9-council-ridgeford-budget",
        "council",
        "2026-11-26",
        """
Ridgeford council passes 4.9 per cent tax increase after nine-hour budget debate

RIDGEFORD — City council approved a $612-million operating budget for 2027 late Wednesday, raising the average residential property tax bill by 4.9 per cent after a nine-hour debate in which councillors rejected every attempt to trim it further.

The increase works out to about $186 a year on a home assessed at $450,000, according to figures prepared by city finance staff. Staff had originally proposed 6.2 per cent.

Mayor Ellen Fraser-Dubois said the budget “holds the line as well as any city in this province can” while paying for 40 new transit operators and a second round of snow clearing on residential streets. “Nobody around this table likes raising taxes. But the alternative was buses that don’t come and streets that don’t get plowed,” she said.

Coun. Raj Dhillon, who tabled a motion to freeze councillors’ own pay, said it was wrong to raise taxes by nearly five per cent “and then vote ourselves a raise.” His motion failed 9-4.

A report to council from the city’s auditor general, Naomi Petrakis, warned in October that the transit system’s maintenance backlog had grown to $88 million and that 31 of its 214 buses were past their safe service life.

Asked about the backlog, transit general manager Luc Bergeron said the new operators would let the city restore the Route 9 and Route 14 service cut in 2024, but that clearing the repair list “will take a lot more than one budget.”

The Ridgeford Taxpayers’ Coalition had urged council to hold the increase to the rate of inflation, 2.3 per cent. Its chair, Gord Whitmore, did not respond to a request for comment Thursday.

Council is expected to set water and sewer rates at a separate meeting in January.
""",
        [
            c(
                "figures prepared by city finance staff",
                "according to",
                "The increase works out to about $186 a year on a home assessed at $450,000",
            ),
            c("Staff", "proposed", "6.2 per cent"),
            c(
                "Mayor Ellen Fraser-Dubois",
                "said",
                "the budget “holds the line as well as any city in this province can” while paying for 40 new transit operators and a second round of snow clearing on residential streets",
            ),
            c(
                "she",
                "said",
                "“Nobody around this table likes raising taxes. But the alternative was buses that don’t come and streets that don’t get plowed,”",
            ),
            c(
                "Coun. Raj Dhillon, who tabled a motion to freeze councillors’ own pay",
                "said",
                "it was wrong to raise taxes by nearly five per cent “and then vote ourselves a raise.”",
            ),
            c(
                "A report to council from the city’s auditor general, Naomi Petrakis",
                "warned",
                "that the transit system’s maintenance backlog had grown to $88 million and that 31 of its 214 buses were past their safe service life",
            ),
            c(
                "transit general manager Luc Bergeron",
                "said",
                "the new operators would let the city restore the Route 9 and Route 14 service cut in 2024, but that clearing the repair list “will take a lot more than one budget.”",
            ),
            c(
                "The Ridgeford Taxpayers’ Coalition",
                "had urged",
                "council to hold the increase to the rate of inflation, 2.3 per cent",
            ),
            c(
                None,
                "is expected to",
                ["Council", "set water and sewer rates at a separate meeting in January"],
            ),
        ],
    ),
    article(
        "fresh9-council-millbrook-homes",
        "council",
        "2026-10-28",
        """
Councillors approve 420-home Millbrook estate despite flooding fears

Plans for 420 homes on farmland at Millbrook, on the edge of Thornsby, have been approved by Eastvale District Council's planning committee despite more than 600 objections from residents.

The committee voted 7-4 on Tuesday evening to grant outline permission to Harrowgate Homes, which says 30 per cent of the homes will be offered as affordable housing.

Residents told the meeting that fields beside the Mill Beck had flooded three times since 2019 and that building on them would push water towards houses on Carr Lane. Sue Ainsworth, who chairs the Millbrook Residents' Group, said: "We have photographs of people canoeing down that lane. Concreting over the fields upstream is madness."

Officers had recommended that the application be approved, subject to conditions. Their report said the Eastvale Drainage Board had raised no objection after the developer agreed to build two storage ponds holding 18,000 cubic metres of water.

Cllr Martin Hale (Ind), who represents Thornsby North, said the ponds were "a sticking plaster" and urged colleagues to defer a decision until a full flood study had been carried out.

Committee chairman Cllr Peter Greaves said the district had to find land for 5,200 homes by 2031 and that a refusal would "almost certainly" be overturned on appeal. "We can't keep saying no and hope the Government forgets about us," he said.

Harrowgate Homes' land director, Priya Chandran, said work could start in spring 2028. The residents' group is understood to be considering asking the Secretary of State to call in the decision.
""",
        [
            c(
                "Harrowgate Homes",
                "says",
                "30 per cent of the homes will be offered as affordable housing",
            ),
            c(
                "Residents",
                "told",
                "that fields beside the Mill Beck had flooded three times since 2019 and that building on them would push water towards houses on Carr Lane",
            ),
            c(
                "Sue Ainsworth, who chairs the Millbrook Residents' Group",
                "said",
                '"We have photographs of people canoeing down that lane. Concreting over the fields upstream is madness."',
            ),
            c(
                "Officers",
                "had recommended",
                "that the application be approved, subject to conditions",
            ),
            c(
                "Their report",
                "said",
                "the Eastvale Drainage Board had raised no objection after the developer agreed to build two storage ponds holding 18,000 cubic metres of water",
            ),
            c(
                "Cllr Martin Hale (Ind), who represents Thornsby North",
                "said",
                'the ponds were "a sticking plaster"',
            ),
            c(
                "Cllr Martin Hale (Ind), who represents Thornsby North",
                "urged",
                "colleagues to defer a decision until a full flood study had been carried out",
            ),
            c(
                "Committee chairman Cllr Peter Greaves",
                "said",
                'the district had to find land for 5,200 homes by 2031 and that a refusal would "almost certainly" be overturned on appeal',
            ),
            c("he", "said", '"We can\'t keep saying no and hope the Government forgets about us,"'),
            c(
                "Harrowgate Homes' land director, Priya Chandran",
                "said",
                "work could start in spring 2028",
            ),
            c(
                None,
                "is understood to",
                [
                    "The residents' group",
                    "be considering asking the Secretary of State to call in the decision",
                ],
            ),
        ],
    ),
    article(
        "fresh9-business-savanna-breweries",
        "business",
        "2026-11-10",
        """
Savanna Breweries shares slide 9% after profit warning

Shares in Savanna Breweries fell 9.3 per cent on the Highlands Securities Exchange on Tuesday after the brewer warned that full-year profit would drop by at least a quarter, blaming higher excise duty and weaker household spending.

In a filing to the exchange, the company said it expected pre-tax profit for the year to June 2027 to be “not less than 25 per cent lower” than the Sh8.4 billion it made a year earlier. Volumes of its mainstream lager brands fell 14 per cent in the four months since the duty rose to Sh150 a litre in July, the filing said, and sales of its premium spirits were flat.

“The duty has done exactly what we told the Treasury it would do,” managing director Njeri Wambugu said on a call with analysts. “Drinkers have not stopped drinking. They have moved to cheaper, illicit brews that pay no tax at all.

“Every bottle of that stuff is a bottle the government earns nothing on.”

Analysts at Mavuno Capital said the warning was worse than the market had expected and cut their target price to Sh142 from Sh188. “We think the bottom in volumes is still some way off,” they wrote in a note to clients.

Otieno Barasa, head of research at Kilima Securities, said the brewer’s balance sheet remained strong but that its interim dividend was now “very much in question.” He said investors would be watching the Finance Bill in June for any sign of a reversal.

The Treasury is reported to be opposed to any cut. The duty raised Sh11 billion in its first three months, according to Treasury figures, and the Brewers’ Association has urged MPs to bring it back down to Sh100 a litre.
""",
        [
            c("the brewer", "warned", "that full-year profit would drop by at least a quarter"),
            c(
                "the company",
                "said",
                "it expected pre-tax profit for the year to June 2027 to be “not less than 25 per cent lower” than the Sh8.4 billion it made a year earlier",
            ),
            c(
                "the filing",
                "said",
                [
                    "Volumes of its mainstream lager brands fell 14 per cent in the four months since the duty rose to Sh150 a litre in July",
                    "and sales of its premium spirits were flat",
                ],
            ),
            c(
                "managing director Njeri Wambugu",
                "said",
                [
                    "“The duty has done exactly what we told the Treasury it would do,”",
                    "“Drinkers have not stopped drinking. They have moved to cheaper, illicit brews that pay no tax at all.",
                    "“Every bottle of that stuff is a bottle the government earns nothing on.”",
                ],
            ),
            c(
                "Analysts at Mavuno Capital",
                "said",
                "the warning was worse than the market had expected",
            ),
            c("they", "wrote", "“We think the bottom in volumes is still some way off,”"),
            c(
                "Otieno Barasa, head of research at Kilima Securities",
                "said",
                "the brewer’s balance sheet remained strong but that its interim dividend was now “very much in question.”",
            ),
            c(
                "He",
                "said",
                "investors would be watching the Finance Bill in June for any sign of a reversal",
            ),
            c(None, "is reported to", ["The Treasury", "be opposed to any cut"]),
            c(
                "Treasury figures",
                "according to",
                "The duty raised Sh11 billion in its first three months",
            ),
            c(
                "the Brewers’ Association",
                "has urged",
                "MPs to bring it back down to Sh100 a litre",
            ),
        ],
    ),
    article(
        "fresh9-opinion-heat-plan",
        "opinion",
        "2026-09-08",
        """
Our city has a heatwave plan. Nobody seems to have read it

By Dr Sana Mirza

Last June, when Qasimabad touched 47°C for five days running, I watched labourers and rickshaw drivers arrive in our emergency ward with heatstroke. Eleven did not go home.

The city has a plan for this. The Heat Action Plan adopted by the Qasimabad Metropolitan Corporation in 2022 says that cooling centres must open in every union council whenever the Met department forecasts three days above 42°C. It says water points must be set up at bus stops and that outdoor work on municipal sites must stop between noon and 4pm.

None of this happened. When I asked the corporation's health department in July how many cooling centres had opened, an official told me there had been "four or five" — in a city of three million. Documents obtained by the Urban Resource Forum under right-to-information law later showed that the corporation had spent Rs2.1 million of the Rs40 million set aside for the plan.

The mayor, Khalid Rana, told a provincial assembly committee in August that the plan had been "fully implemented within available resources." He should visit our ward next June.

Doctors have been saying this for years. In 2023 the provincial chapter of the Physicians' Association wrote to the chief secretary urging that heat deaths be recorded separately. The letter was never answered.

I wrote in these pages two years ago that heat is a slow disaster, one that kills quietly and mostly behind closed doors. It still is. Before April, the corporation should publish a list of every cooling centre and tell contractors that the noon-to-four rule will be enforced. The plan is good. It only needs someone to read it.

The writer is a public health physician in Qasimabad.
""",
        [
            c(
                "The Heat Action Plan adopted by the Qasimabad Metropolitan Corporation in 2022",
                "says",
                "that cooling centres must open in every union council whenever the Met department forecasts three days above 42°C",
            ),
            c(
                "It",
                "says",
                "water points must be set up at bus stops and that outdoor work on municipal sites must stop between noon and 4pm",
            ),
            c("an official", "told", 'there had been "four or five"'),
            c(
                "Documents obtained by the Urban Resource Forum under right-to-information law",
                "showed",
                "that the corporation had spent Rs2.1 million of the Rs40 million set aside for the plan",
            ),
            c(
                "The mayor, Khalid Rana",
                "told",
                'that the plan had been "fully implemented within available resources."',
            ),
            c(
                "the provincial chapter of the Physicians' Association",
                "urging",
                "that heat deaths be recorded separately",
            ),
            c(
                "I",
                "wrote",
                "that heat is a slow disaster, one that kills quietly and mostly behind closed doors",
            ),
        ],
    ),
    article(
        "fresh9-interview-island-shop",
        "interview",
        "2026-11-20",
        """
‘We’re not a charity, we’re a shop’: Máire Ó Dálaigh on keeping Inishcarra’s only store open

When the last shop on Inishcarra closed in 2023, the island’s 140 residents bought it. Two years on, the co-operative that runs it has just reported its first profit, €3,100. Its manager, Máire Ó Dálaigh, who says the shop’s real job is “keeping people on the island”, spoke to Seán Keogh about ferries, freezers and why she turned down a grant.

Q: How close did the shop come to not reopening?

Ó Dálaigh: Very close. The old owners told us that summer they’d lock the door in October. Someone at the first meeting suggested a van from the mainland twice a week, but older people here can’t carry shopping up from the pier. In the end 96 households put in €250 each.

Q: You turned down a regional development grant. Why?

Ó Dálaigh: It came with strings. They wanted us to stock local crafts and open seven days a week, and we have two part-time staff and volunteers. I’d rather run a small shop properly than a big one badly. We’re not a charity, we’re a shop, and a shop has to pay its way.

Q: The ferry company says it may cut the winter sailings to four a week. What would that mean?

Ó Dálaigh: Fresh milk and bread come on the morning boat, so every sailing we lose is a day with empty shelves. We’ve bought a second freezer, but nobody wants to live on long-life milk. I’ve written to the company and to our TD, and I’m told there’ll be a public consultation in January.

Q: What sells best?

Ó Dálaigh: Batteries, firelighters and the Sunday papers, in that order. And sweets, whenever the school tour comes over.
""",
        [
            c("Máire Ó Dálaigh", ":", "‘We’re not a charity, we’re a shop’", kind="direct"),
            c("the co-operative that runs it", "reported", "its first profit, €3,100"),
            c(
                "Its manager, Máire Ó Dálaigh",
                "says",
                "the shop’s real job is “keeping people on the island”",
            ),
            qa(
                "Ó Dálaigh",
                "Very close. The old owners told us that summer they’d lock the door in October. Someone at the first meeting suggested a van from the mainland twice a week, but older people here can’t carry shopping up from the pier. In the end 96 households put in €250 each.",
            ),
            qa(
                "Ó Dálaigh",
                "It came with strings. They wanted us to stock local crafts and open seven days a week, and we have two part-time staff and volunteers. I’d rather run a small shop properly than a big one badly. We’re not a charity, we’re a shop, and a shop has to pay its way.",
            ),
            qa(
                "Ó Dálaigh",
                "Fresh milk and bread come on the morning boat, so every sailing we lose is a day with empty shelves. We’ve bought a second freezer, but nobody wants to live on long-life milk. I’ve written to the company and to our TD, and I’m told there’ll be a public consultation in January.",
            ),
            qa(
                "Ó Dálaigh",
                "Batteries, firelighters and the Sunday papers, in that order. And sweets, whenever the school tour comes over.",
            ),
        ],
    ),
]
