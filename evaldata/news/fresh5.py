"""A fifth held-out set of invented news articles and their attributions, written as strings.

Written on 2026-12-05 blind to claimx's rules (the annotator neither ran claimx nor read its
source, its tests or the other sets) and never to be used for tuning. Every article, person,
organisation, place and quotation here is invented (MIT, like the project). ``build.py --set
fresh5`` turns these into ``fresh5.jsonl`` with exact spans; the conventions are in
docs/evaldata-news.md.
"""

# ruff: noqa: E501 (article text: one paragraph a line)
from __future__ import annotations

from typing import Any

from articles import article, c, qa

ARTICLES: list[dict[str, Any]] = [
    article(
        "fresh5-wire-ferry-strike",
        "wire",
        "2026-10-02",
        """
Ferry crews strike over rosters, stranding hundreds on Vessa route

PORT TALLIS, Oct 2 (Northline News) - Ferry crews on the Tallis Strait route walked off the job on Friday in a dispute over rosters, stranding hundreds of passengers, and the operator said it did not expect services to resume before Monday.

"We have been asking for predictable shifts for two years and we have been ignored," said Dana Kowalczyk, regional secretary of the Maritime Crews Union, speaking at the terminal gates. "Nobody walks out lightly."

Strait Link, which runs six daily crossings between Port Tallis and the island of Vessa, said in a statement that the union had rejected "a fair and generous offer" and that contingency sailings using chartered vessels would begin on Saturday afternoon.

The company is understood to have offered crews a 4 percent pay rise in exchange for longer rotations, an arrangement the union says would leave some deckhands working 14-hour days.

Provincial Transport Minister Aurelio Petts urged both sides to return to talks "before this becomes a crisis for island families," adding that his office was ready to appoint a mediator.

Residents of Vessa, which relies on the ferry for fresh food and hospital transfers, were reportedly queuing at the island's two supermarkets by mid-morning. The regional health authority said patients needing transfer to the mainland would be flown by helicopter and that no scheduled operations had been cancelled so far.

Asked whether Strait Link would return to the negotiating table, chief executive Morwenna Fairlie told reporters the door "has never been closed," but she would not say when talks might restart.

The union has called a second 48-hour stoppage for next weekend. About 3,100 people live on Vessa, and the island's only airstrip can take small aircraft in daylight only.
""",
        [
            c("the operator", "said", "it did not expect services to resume before Monday"),
            c(
                "Dana Kowalczyk, regional secretary of the Maritime Crews Union",
                "said",
                [
                    '"We have been asking for predictable shifts for two years and we have been ignored,"',
                    '"Nobody walks out lightly."',
                ],
            ),
            c(
                "Strait Link, which runs six daily crossings between Port Tallis and the island of Vessa",
                "said",
                'that the union had rejected "a fair and generous offer" and that contingency sailings using chartered vessels would begin on Saturday afternoon',
            ),
            c(
                None,
                "is understood to",
                [
                    "The company",
                    "have offered crews a 4 percent pay rise in exchange for longer rotations",
                ],
            ),
            c(
                "the union",
                "says",
                ["an arrangement", "would leave some deckhands working 14-hour days"],
            ),
            c(
                "Provincial Transport Minister Aurelio Petts",
                "urged",
                'both sides to return to talks "before this becomes a crisis for island families,"',
            ),
            c(
                "Provincial Transport Minister Aurelio Petts",
                "adding",
                "that his office was ready to appoint a mediator",
            ),
            c(
                None,
                "reportedly",
                [
                    "Residents of Vessa, which relies on the ferry for fresh food and hospital transfers, were",
                    "queuing at the island's two supermarkets by mid-morning",
                ],
            ),
            c(
                "The regional health authority",
                "said",
                "patients needing transfer to the mainland would be flown by helicopter and that no scheduled operations had been cancelled so far",
            ),
            c("chief executive Morwenna Fairlie", "told", 'the door "has never been closed,"'),
        ],
    ),
    article(
        "fresh5-wire-derailment",
        "wire",
        "2026-03-14",
        """
Freight train derails near Oberrin, chemical leak forces evacuation, officials say

OBERRIN, March 14 (Continental Wire) - A freight train carrying industrial solvents derailed outside the town of Oberrin early on Saturday, and about 1,200 residents were ordered to leave their homes after one tanker car began leaking, regional officials said.

No injuries were reported.

"The leak is contained but not stopped, and until it is stopped nobody goes back," Lise Maarten, head of the district's civil protection office, told a news conference at the town hall. She said crews were pumping the remaining solvent into a replacement tanker and hoped to finish by nightfall.

The rail operator, Trans-Vell Cargo, said the train had been travelling below the line's speed limit and that the cause of the derailment was not yet known. A spokesman declined to say how many tankers the train had been pulling.

Two tanker cars are said to have left the track on a curve about two kilometres east of the station. According to a 2024 inspection report seen by Continental Wire, engineers had noted that the rails on that curve showed "significant wear" and recommended that they be replaced within a year. It was not clear whether the work had been done.

The national infrastructure minister, Tomas Ekdahl, who visited the site on Saturday afternoon, said an independent investigation would be opened and called on the operator to publish its maintenance records "in full and without delay".

Evacuees are being housed in a sports hall in neighbouring Kessel, where volunteers from the Oberrin Relief Society said about 300 people had registered by evening. Schools in the district will stay closed on Monday, the regional education office said.
""",
        [
            c(
                "officials",
                "say",
                "Freight train derails near Oberrin, chemical leak forces evacuation",
            ),
            c(
                "regional officials",
                "said",
                "A freight train carrying industrial solvents derailed outside the town of Oberrin early on Saturday, and about 1,200 residents were ordered to leave their homes after one tanker car began leaking",
            ),
            c(
                "Lise Maarten, head of the district's civil protection office",
                "told",
                '"The leak is contained but not stopped, and until it is stopped nobody goes back,"',
            ),
            c(
                "She",
                "said",
                "crews were pumping the remaining solvent into a replacement tanker and hoped to finish by nightfall",
            ),
            c(
                "The rail operator, Trans-Vell Cargo",
                "said",
                "the train had been travelling below the line's speed limit and that the cause of the derailment was not yet known",
            ),
            c(
                None,
                "are said to",
                [
                    "Two tanker cars",
                    "have left the track on a curve about two kilometres east of the station",
                ],
            ),
            c(
                "a 2024 inspection report seen by Continental Wire",
                "According to",
                'engineers had noted that the rails on that curve showed "significant wear" and recommended that they be replaced within a year',
            ),
            c("engineers", "had noted", 'that the rails on that curve showed "significant wear"'),
            c("engineers", "recommended", "that they be replaced within a year"),
            c(
                "The national infrastructure minister, Tomas Ekdahl, who visited the site on Saturday afternoon",
                "said",
                "an independent investigation would be opened",
            ),
            c(
                "The national infrastructure minister, Tomas Ekdahl, who visited the site on Saturday afternoon",
                "called on",
                'the operator to publish its maintenance records "in full and without delay"',
            ),
            c(
                "volunteers from the Oberrin Relief Society",
                "said",
                "about 300 people had registered by evening",
            ),
            c(
                "the regional education office",
                "said",
                "Schools in the district will stay closed on Monday",
            ),
        ],
    ),
    article(
        "fresh5-press-release-migraine-trial",
        "press-release",
        "2026-05-12",
        """
Halvorsen Biotech Reports Positive Topline Results From Phase 2 Trial of Migraine Candidate HB-214

BRANNOCK FALLS, May 12, 2026 /MedWire Newsline/ -- Halvorsen Biotech, Inc., a clinical-stage company developing treatments for neurological disorders, today announced topline results from its Phase 2 trial of HB-214, an oral preventive treatment for chronic migraine. The company said the trial met its primary endpoint, with patients on the higher dose experiencing 4.1 fewer migraine days a month than those on placebo.

"These results give us real confidence as we plan for Phase 3," said Dr. Ingrid Solvay, chief medical officer of Halvorsen Biotech. "Migraine patients have waited a long time for an oral preventive they can tolerate."

Dr. Solvay added that the benefit appeared within the first four weeks of treatment and was sustained through the 12-week study period. Lead investigator Dr. Samuel Okonjo-Ward of the Northgate Headache Center said the size of the effect was "clinically meaningful" for patients who had not responded to at least two earlier treatments.

The trial enrolled 312 adults at 41 sites. According to the company, the most common adverse events were nausea and mild fatigue, and discontinuation rates were similar in all three arms. Full results will be presented at a scientific meeting later this year, the company said, and Halvorsen expects to meet with regulators in the fourth quarter to discuss the design of a Phase 3 program.

Chief Executive Officer Paul Reinholt said the company had sufficient cash to fund operations into 2028 and would "evaluate partnership opportunities" ahead of Phase 3.

"This is exactly the kind of progress our community has been asking for." — Mara Leclerc, executive director, Chronic Migraine Alliance

About Halvorsen Biotech

Halvorsen Biotech is a clinical-stage company developing oral treatments for migraine and epilepsy.

Media contact: Jen Ostrowski, media@halvorsenbio.example
""",
        [
            c(
                "Halvorsen Biotech",
                "Reports",
                "Positive Topline Results From Phase 2 Trial of Migraine Candidate HB-214",
            ),
            c(
                "Halvorsen Biotech, Inc., a clinical-stage company developing treatments for neurological disorders",
                "announced",
                "topline results from its Phase 2 trial of HB-214, an oral preventive treatment for chronic migraine",
            ),
            c(
                "The company",
                "said",
                "the trial met its primary endpoint, with patients on the higher dose experiencing 4.1 fewer migraine days a month than those on placebo",
            ),
            c(
                "Dr. Ingrid Solvay, chief medical officer of Halvorsen Biotech",
                "said",
                [
                    '"These results give us real confidence as we plan for Phase 3,"',
                    '"Migraine patients have waited a long time for an oral preventive they can tolerate."',
                ],
            ),
            c(
                "Dr. Solvay",
                "added",
                "that the benefit appeared within the first four weeks of treatment and was sustained through the 12-week study period",
            ),
            c(
                "Lead investigator Dr. Samuel Okonjo-Ward of the Northgate Headache Center",
                "said",
                'the size of the effect was "clinically meaningful" for patients who had not responded to at least two earlier treatments',
            ),
            c(
                "the company",
                "According to",
                "the most common adverse events were nausea and mild fatigue, and discontinuation rates were similar in all three arms",
            ),
            c(
                "the company",
                "said",
                [
                    "Full results will be presented at a scientific meeting later this year",
                    "and Halvorsen expects to meet with regulators in the fourth quarter to discuss the design of a Phase 3 program",
                ],
            ),
            c(
                "Chief Executive Officer Paul Reinholt",
                "said",
                'the company had sufficient cash to fund operations into 2028 and would "evaluate partnership opportunities" ahead of Phase 3',
            ),
            c(
                "Mara Leclerc, executive director, Chronic Migraine Alliance",
                "—",
                '"This is exactly the kind of progress our community has been asking for."',
            ),
        ],
    ),
    article(
        "fresh5-press-release-branch-line",
        "press-release",
        "2026-09-03",
        """
Kestrel Valley Rail Trust secures £3.2m to reopen Ambleford branch line

Ambleford, 3 September 2026 – The Kestrel Valley Rail Trust is pleased to announce that it has secured £3.2 million from the Heritage Transport Fund to restore the four-mile Ambleford branch line, closed to passengers since 1964.

The grant, confirmed by the fund on Tuesday, will pay for new track between Ambleford and Pennick Halt, the repair of two Victorian viaducts and a new platform at Ambleford station. Work is expected to begin in January.

Trust chair Helen Marchbank said: “Volunteers have spent twenty years clearing cuttings and rebuilding bridges in the hope of this day. We are not there yet, but for the first time I can say with confidence that trains will run to Ambleford again.”

The trust says the first heritage services could run in spring 2028, subject to safety approval. A feasibility study commissioned by the trust in 2024 found that the line could attract 60,000 visitors a year and support around 40 jobs in the valley.

The fund’s director, Owen Pryderi, said the Ambleford scheme had been chosen from 38 applications because of “the sheer depth of local support”, and praised the trust’s volunteers for their “extraordinary patience”.

Ambleford’s MP, Rachel Osei-Lamb, who campaigned for the grant, described the decision as “a brilliant day for the valley”. The trust has also written to Kestrelshire County Council asking it to consider a park-and-ride site at the line’s northern end.

“I was eleven when the last train left. I never thought I’d see one come back.” — Derek Fairweather, volunteer, aged 73

ENDS

Notes to editors

The Kestrel Valley Rail Trust is a registered charity founded in 2006. It has more than 400 members.

For media enquiries, contact Priya Sandhu, communications officer: press@kvrt.example
""",
        [
            c(
                "The Kestrel Valley Rail Trust",
                "announce",
                "that it has secured £3.2 million from the Heritage Transport Fund to restore the four-mile Ambleford branch line, closed to passengers since 1964",
            ),
            c(None, "is expected to", ["Work", "begin in January"]),
            c(
                "Trust chair Helen Marchbank",
                "said",
                "“Volunteers have spent twenty years clearing cuttings and rebuilding bridges in the hope of this day. We are not there yet, but for the first time I can say with confidence that trains will run to Ambleford again.”",
            ),
            c(
                "The trust",
                "says",
                "the first heritage services could run in spring 2028, subject to safety approval",
            ),
            c(
                "A feasibility study commissioned by the trust in 2024",
                "found",
                "that the line could attract 60,000 visitors a year and support around 40 jobs in the valley",
            ),
            c(
                "The fund’s director, Owen Pryderi",
                "said",
                "the Ambleford scheme had been chosen from 38 applications because of “the sheer depth of local support”",
            ),
            c(
                "Ambleford’s MP, Rachel Osei-Lamb, who campaigned for the grant",
                "described",
                "the decision as “a brilliant day for the valley”",
            ),
            c(
                "The trust",
                "asking",
                "it to consider a park-and-ride site at the line’s northern end",
            ),
            c(
                "Derek Fairweather, volunteer, aged 73",
                "—",
                "“I was eleven when the last train left. I never thought I’d see one come back.”",
            ),
        ],
    ),
    article(
        "fresh5-courts-care-home-fraud",
        "courts",
        "2026-11-16",
        """
Care home manager stole £86,000 from residents, jury told

A care home manager siphoned more than £86,000 from the bank accounts of elderly residents over four years, Carlow Crown Court has heard.

Beverley Strand, 52, of Mill Lane, Thornby, denies 12 counts of fraud by abuse of position.

Opening the case for the prosecution on Monday, Nicholas Adeyemi KC told jurors that Mrs Strand had used her access to residents' accounts at Elmhurst House to pay for holidays, a car and her daughter's wedding.

"This was not a moment of weakness," he said. "It was a careful, patient scheme, and it relied on the fact that her victims trusted her completely."

The jury heard that the payments came to light in 2025 when the daughter of one resident, a 91-year-old former headteacher, queried a £2,400 transfer to a travel agent.

In a police interview read to the court, Mrs Strand said the money had been "gifts" from residents who regarded her as family.

But a handwriting expert, Dr Fiona Lisle, is expected to tell the court that signatures on several authorisation forms were not those of the residents.

Mr Adeyemi said the home's owners, Larchmont Care Group, had since repaid the families in full. The company said in a statement that it had "tightened every financial control" since Mrs Strand's suspension and was cooperating fully with police.

Judge Anita Marwood warned jurors not to research the case online or discuss it with anyone outside the jury room.

The trial continues.
""",
        [
            c(None, "told", "Care home manager stole £86,000 from residents"),
            c(
                None,
                "has heard",
                "A care home manager siphoned more than £86,000 from the bank accounts of elderly residents over four years",
            ),
            c(
                "Nicholas Adeyemi KC",
                "told",
                "that Mrs Strand had used her access to residents' accounts at Elmhurst House to pay for holidays, a car and her daughter's wedding",
            ),
            c(
                "he",
                "said",
                [
                    '"This was not a moment of weakness,"',
                    '"It was a careful, patient scheme, and it relied on the fact that her victims trusted her completely."',
                ],
            ),
            c(
                None,
                "heard",
                "that the payments came to light in 2025 when the daughter of one resident, a 91-year-old former headteacher, queried a £2,400 transfer to a travel agent",
            ),
            c(
                "Mrs Strand",
                "said",
                'the money had been "gifts" from residents who regarded her as family',
            ),
            c(
                None,
                "is expected to",
                [
                    "a handwriting expert, Dr Fiona Lisle",
                    "tell the court that signatures on several authorisation forms were not those of the residents",
                ],
            ),
            c(
                "a handwriting expert, Dr Fiona Lisle",
                "tell",
                "that signatures on several authorisation forms were not those of the residents",
            ),
            c(
                "Mr Adeyemi",
                "said",
                "the home's owners, Larchmont Care Group, had since repaid the families in full",
            ),
            c(
                "The company",
                "said",
                'that it had "tightened every financial control" since Mrs Strand\'s suspension and was cooperating fully with police',
            ),
            c(
                "Judge Anita Marwood",
                "warned",
                "jurors not to research the case online or discuss it with anyone outside the jury room",
            ),
        ],
    ),
    article(
        "fresh5-courts-stormwater-drains",
        "courts",
        "2026-08-19",
        """
HC directs Ranipur civic body to clear encroachments on stormwater drains

RANIPUR: The High Court on Wednesday directed the Ranipur Municipal Corporation to remove all encroachments on the city's primary stormwater drains within six weeks and to file a compliance report by November 30.

A division bench of Chief Justice Meenakshi Rao and Justice P.K. Venugopal passed the order on a public interest litigation filed by residents of Sadar Bazaar, whose homes were flooded three times during this year's monsoon.

Counsel for the petitioners, advocate Farhan Qureshi, submitted that the corporation had allowed shops and even a private parking lot to be built over the drains, reducing their capacity "by more than half".

Appearing for the corporation, Additional Advocate General S. Narayanan argued that a survey of the drains was already under way and that the civic body needed at least four months to complete demolitions, citing cases pending before lower courts.

The bench was not persuaded. "Every monsoon the same streets go under water and every year we are told that a survey is under way," the court observed in its order. "The residents of this city cannot be asked to wait for another flood."

The order noted that the corporation's own engineering wing had stated in a 2023 report that there were 214 encroachments on the drains, and that only 19 had since been removed.

Municipal Commissioner Arvind Bhosale told reporters outside the court that the corporation would comply with the order and had already served notices on 60 shopkeepers.

Traders' association president Mohan Lal Gupta said many of the shops had stood for decades with the corporation's knowledge, and asked the civic body to provide alternative sites before any demolition.

The matter will next be heard on December 4.
""",
        [
            c("HC", "directs", "Ranipur civic body to clear encroachments on stormwater drains"),
            c(
                "The High Court",
                "directed",
                "the Ranipur Municipal Corporation to remove all encroachments on the city's primary stormwater drains within six weeks and to file a compliance report by November 30",
            ),
            c(
                "Counsel for the petitioners, advocate Farhan Qureshi",
                "submitted",
                'that the corporation had allowed shops and even a private parking lot to be built over the drains, reducing their capacity "by more than half"',
            ),
            c(
                "Additional Advocate General S. Narayanan",
                "argued",
                "that a survey of the drains was already under way and that the civic body needed at least four months to complete demolitions",
            ),
            c(
                "the court",
                "observed",
                [
                    '"Every monsoon the same streets go under water and every year we are told that a survey is under way,"',
                    '"The residents of this city cannot be asked to wait for another flood."',
                ],
            ),
            c(
                "The order",
                "noted",
                "that the corporation's own engineering wing had stated in a 2023 report that there were 214 encroachments on the drains, and that only 19 had since been removed",
            ),
            c(
                "the corporation's own engineering wing",
                "had stated",
                "that there were 214 encroachments on the drains",
            ),
            c(
                "Municipal Commissioner Arvind Bhosale",
                "told",
                "that the corporation would comply with the order and had already served notices on 60 shopkeepers",
            ),
            c(
                "Traders' association president Mohan Lal Gupta",
                "said",
                "many of the shops had stood for decades with the corporation's knowledge",
            ),
            c(
                "Traders' association president Mohan Lal Gupta",
                "asked",
                "the civic body to provide alternative sites before any demolition",
            ),
        ],
    ),
    article(
        "fresh5-council-garden-waste",
        "council",
        "2026-11-11",
        """
Households face £48 charge for garden waste collections

Garden waste collections in Fenwick will cost households £48 a year from April after councillors voted to introduce the charge at a heated meeting on Tuesday night.

Fenwick District Council’s cabinet was told that the free service costs £1.1 million a year to run and that charging for it would help close a £6.4 million gap in next year’s budget.

Cllr Joanne Pettifer, cabinet member for environment, said: “Nobody on this side of the chamber wanted to do this. But when the choice is between charging for garden bins and cutting support for vulnerable adults, it is not a difficult choice.”

Opposition leader Cllr Martin Oduya called the charge “a tax on gardens by the back door” and said the council had ignored its own consultation, in which 71 per cent of respondents opposed any fee. Council leader Cllr Adrian Voss is understood to have pushed for the charge to be introduced a year ago.

A report by the council’s head of waste services, Simon Achterberg, warned that fly-tipping of garden waste could rise and recommended that officers monitor known hotspots for the first year.

Residents who spoke during public questions raised concerns about elderly and disabled gardeners. One, Patricia Holme, 79, of Church Walk, asked councillors whether any of them had “priced a skip lately”.

Cllr Pettifer said discounts would be available to households receiving council tax support and that the council was “looking at” help for older residents.

The minutes of the previous cabinet meeting show that a lower charge of £35 had been considered and rejected because it would not cover the cost of the bins.

The Fenwick Gardeners’ Society said it was disappointed by the decision and would encourage members to compost at home.
""",
        [
            c(
                None,
                "was told",
                "that the free service costs £1.1 million a year to run and that charging for it would help close a £6.4 million gap in next year’s budget",
            ),
            c(
                "Cllr Joanne Pettifer, cabinet member for environment",
                "said",
                "“Nobody on this side of the chamber wanted to do this. But when the choice is between charging for garden bins and cutting support for vulnerable adults, it is not a difficult choice.”",
            ),
            c(
                "Opposition leader Cllr Martin Oduya",
                "called",
                "the charge “a tax on gardens by the back door”",
            ),
            c(
                "Opposition leader Cllr Martin Oduya",
                "said",
                "the council had ignored its own consultation, in which 71 per cent of respondents opposed any fee",
            ),
            c(
                None,
                "is understood to",
                [
                    "Council leader Cllr Adrian Voss",
                    "have pushed for the charge to be introduced a year ago",
                ],
            ),
            c(
                "A report by the council’s head of waste services, Simon Achterberg",
                "warned",
                "that fly-tipping of garden waste could rise",
            ),
            c(
                "A report by the council’s head of waste services, Simon Achterberg",
                "recommended",
                "that officers monitor known hotspots for the first year",
            ),
            c(
                "Cllr Pettifer",
                "said",
                "discounts would be available to households receiving council tax support and that the council was “looking at” help for older residents",
            ),
            c(
                "The minutes of the previous cabinet meeting",
                "show",
                "that a lower charge of £35 had been considered and rejected because it would not cover the cost of the bins",
            ),
            c(
                "The Fenwick Gardeners’ Society",
                "said",
                "it was disappointed by the decision and would encourage members to compost at home",
            ),
        ],
    ),
    article(
        "fresh5-council-dog-beach",
        "council",
        "2026-10-22",
        """
Council defers decision on Wattlebrook dog beach

Kurrajong Bay Council has deferred a decision on whether to allow dogs off-leash on part of Wattlebrook Beach after receiving a 2300-signature petition opposing the plan.

At Wednesday night's meeting, Mayor Leanne Costigan said councillors needed "more information, not more noise" before voting, and moved that the item be deferred until February. The motion was carried seven votes to two.

Council staff had recommended a 12-month trial of off-leash hours before 8am and after 6pm, saying demand for dog exercise areas had grown sharply since 2020.

Petition organiser Gavin Tremaine, who has surfed at Wattlebrook for 30 years, told the meeting the northern end of the beach was a nesting site for hooded plovers and that dogs, even on leads, disturbed the birds.

"Once the plovers go, they don't come back," he said.

But Cr Sophie Nakamura said the council's own environmental assessment had found no evidence that plovers had nested on that stretch since 2019. "We can't make decisions on what people remember. We have to make them on the evidence," she said.

The Kurrajong Bay Dog Owners Group is understood to be preparing a petition of its own. Its president, Raelene Burke, said members were "frustrated but not surprised" by the deferral.

A council spokeswoman said a community workshop would be held in December and urged residents to make submissions online before November 28.
""",
        [
            c(
                "Mayor Leanne Costigan",
                "said",
                'councillors needed "more information, not more noise" before voting',
            ),
            c("Mayor Leanne Costigan", "moved", "that the item be deferred until February"),
            c(
                "Council staff",
                "had recommended",
                "a 12-month trial of off-leash hours before 8am and after 6pm",
            ),
            c(
                "Council staff",
                "saying",
                "demand for dog exercise areas had grown sharply since 2020",
            ),
            c(
                "Petition organiser Gavin Tremaine, who has surfed at Wattlebrook for 30 years",
                "told",
                "the northern end of the beach was a nesting site for hooded plovers and that dogs, even on leads, disturbed the birds",
            ),
            c("he", "said", '"Once the plovers go, they don\'t come back,"'),
            c(
                "Cr Sophie Nakamura",
                "said",
                "the council's own environmental assessment had found no evidence that plovers had nested on that stretch since 2019",
            ),
            c(
                "the council's own environmental assessment",
                "had found",
                "no evidence that plovers had nested on that stretch since 2019",
            ),
            c(
                "she",
                "said",
                '"We can\'t make decisions on what people remember. We have to make them on the evidence,"',
            ),
            c(
                None,
                "is understood to",
                ["The Kurrajong Bay Dog Owners Group", "be preparing a petition of its own"],
            ),
            c(
                "Its president, Raelene Burke",
                "said",
                'members were "frustrated but not surprised" by the deferral',
            ),
            c("A council spokeswoman", "said", "a community workshop would be held in December"),
            c(
                "A council spokeswoman",
                "urged",
                "residents to make submissions online before November 28",
            ),
        ],
    ),
    article(
        "fresh5-interview-lifeboat-coxswain",
        "interview",
        "2026-06-20",
        """
"We launch whatever the weather": Clíodhna Farrelly on 20 years at the helm

Clíodhna Farrelly became the first woman to serve as coxswain of the Port Aran lifeboat in 2006. The station's logbooks show that its crews have launched 1,412 times since it opened in 1968. As she prepares to step down, she spoke to Siobhán Kearney.

Q: What do you remember about your first call-out as coxswain?

Farrelly: A trawler had lost power off Carrigeen Head in a force eight. I remember my hands shaking on the wheel and thinking, please God nobody can see that. We got all four men off, and the skipper's wife came down to the pier afterwards with a tray of sandwiches. That's the bit I remember most.

Q: Call-outs have almost doubled in ten years. Why?

Farrelly: Paddleboards, mostly, and kayaks. People buy them online on a Friday and they're in the water on the Saturday with no notion of tides. I'm not against it. I just want people to check the forecast and carry a phone in a waterproof pouch.

Q: The rescue service has said some stations may be merged. Would you support that?

Farrelly: I'd fight it. If you close us, the nearest boat is forty minutes away, and forty minutes is a long time in cold water.

Q: Is it harder to find volunteers now?

Farrelly: It is. Employers used to let people go the minute the pager went off. Now half our crew commute to the city. We're recruiting, and I'd say to anyone thinking about it: come down on a Tuesday night and see.

Q: What will you do with your Tuesdays?

Farrelly: Stand on the pier and shout advice, probably. My husband says I'll be back on the boat within a month. He's probably right.
""",
        [
            c("Clíodhna Farrelly", ":", '"We launch whatever the weather"'),
            c(
                "The station's logbooks",
                "show",
                "that its crews have launched 1,412 times since it opened in 1968",
            ),
            qa(
                "Farrelly",
                "A trawler had lost power off Carrigeen Head in a force eight. I remember my hands shaking on the wheel and thinking, please God nobody can see that. We got all four men off, and the skipper's wife came down to the pier afterwards with a tray of sandwiches. That's the bit I remember most.",
            ),
            qa(
                "Farrelly",
                "Paddleboards, mostly, and kayaks. People buy them online on a Friday and they're in the water on the Saturday with no notion of tides. I'm not against it. I just want people to check the forecast and carry a phone in a waterproof pouch.",
            ),
            qa(
                "Farrelly",
                "I'd fight it. If you close us, the nearest boat is forty minutes away, and forty minutes is a long time in cold water.",
            ),
            qa(
                "Farrelly",
                "It is. Employers used to let people go the minute the pager went off. Now half our crew commute to the city. We're recruiting, and I'd say to anyone thinking about it: come down on a Tuesday night and see.",
            ),
            qa(
                "Farrelly",
                "Stand on the pier and shout advice, probably. My husband says I'll be back on the boat within a month. He's probably right.",
            ),
        ],
    ),
    article(
        "fresh5-live-blog-provincial-budget",
        "live-blog",
        "2026-03-26",
        """
Westmarch budget live: deficit to hit $2.1 billion, Okafor says

5:10 p.m.

That's where we'll leave our live coverage. Our full story on the budget, and what it means for your household, will be on our home page shortly.

4:45 p.m.

Business groups are split. The Westmarch Chamber of Commerce says the small-business tax cut is "overdue and welcome," while the Independent Retailers' Council says the higher minimum wage will cost its members more than the tax cut saves.

4:20 p.m.

Opposition Leader Greta Halloran has just responded in the legislature. She called the deficit "a choice, not an accident" and said her party would vote against the budget.

The budget is expected to pass: the governing Westmarch First party holds 48 of the legislature's 81 seats.

3:40 p.m.

The budget documents project that the deficit will fall to $600 million by 2028-29 and that the province will return to balance a year later. Independent economists have been skeptical of similar projections before.

3:05 p.m.

Finance Minister Daniel Okafor is on his feet. "This is a budget for the people who keep this province running," he tells the legislature. He says the $2.1-billion deficit is "the price of not abandoning hospitals and schools when times are hard."

Okafor is reported to have rejected calls from inside cabinet for a one-point increase in the provincial sales tax. His spokesperson would not confirm that.

2:40 p.m.

Reporters in the budget lock-up say the biggest single item is a $900-million hospital construction program spread over four years.

2:15 p.m.

Good afternoon and welcome to our live coverage of Westmarch's 2026 budget. Okafor is due to rise in the legislature at 3 p.m. His office said this morning that there would be "no surprises" on taxes.
""",
        [
            c("Okafor", "says", "deficit to hit $2.1 billion"),
            c(
                "The Westmarch Chamber of Commerce",
                "says",
                'the small-business tax cut is "overdue and welcome,"',
            ),
            c(
                "the Independent Retailers' Council",
                "says",
                "the higher minimum wage will cost its members more than the tax cut saves",
            ),
            c("She", "called", 'the deficit "a choice, not an accident"'),
            c("She", "said", "her party would vote against the budget"),
            c(
                None,
                "is expected to",
                ["The budget", "pass"],
                near="The budget is expected to pass",
            ),
            c(
                "The budget documents",
                "project",
                "that the deficit will fall to $600 million by 2028-29 and that the province will return to balance a year later",
            ),
            c("he", "tells", '"This is a budget for the people who keep this province running,"'),
            c(
                "He",
                "says",
                'the $2.1-billion deficit is "the price of not abandoning hospitals and schools when times are hard."',
            ),
            c(
                None,
                "is reported to",
                [
                    "Okafor",
                    "have rejected calls from inside cabinet for a one-point increase in the provincial sales tax",
                ],
                near="Okafor is reported to have rejected calls from inside cabinet for a one-point increase in the provincial sales tax",
            ),
            c(
                "Reporters in the budget lock-up",
                "say",
                "the biggest single item is a $900-million hospital construction program spread over four years",
            ),
            c("His office", "said", 'that there would be "no surprises" on taxes'),
        ],
    ),
    article(
        "fresh5-opinion-branch-library",
        "opinion",
        "2026-10-08",
        """
Closing the Eastfield library is a false economy

By Teresa Villanueva

When the Marlow County Library Board voted last month to close the Eastfield branch, its chairman, Mr. Gordon Pike, said the decision was “about numbers, not nostalgia.” Fine. Let’s look at the numbers.

The board’s own annual report shows that visits to Eastfield rose 18 percent last year, faster than at any other branch in the county.

Mr. Pike has argued that the county will save $340,000 a year by closing the branch. But a memo from the county’s budget office, obtained by this newspaper, puts the real saving at less than half that once the cost of extending bus service and maintaining the empty building is counted.

I wrote in this space two years ago that libraries are the last indoor public places where nobody is asked to buy anything. Eastfield’s regulars know that better than any board member.

Aisha Mbeki, who runs a homework club there on weekday afternoons, told me that half of her students have no reliable internet at home. “Where are they supposed to go?” she asked.

The board says patrons can use the Central branch, three miles away. Parents I spoke to pointed out that the bus between the two runs once an hour and not at all after 6 p.m.

County Commissioner Ruth Akande has called on the board to delay the closure until a public hearing can be held. She is right. The board should hold that hearing, and it should listen.

A library is not a line item. It is a promise a county makes to the people who have the least, and Eastfield is about to find out what that promise is worth.

Teresa Villanueva is a retired schoolteacher who has lived in Eastfield for 31 years.
""",
        [
            c(
                "its chairman, Mr. Gordon Pike",
                "said",
                "the decision was “about numbers, not nostalgia.”",
            ),
            c(
                "The board’s own annual report",
                "shows",
                "that visits to Eastfield rose 18 percent last year, faster than at any other branch in the county",
            ),
            c(
                "Mr. Pike",
                "has argued",
                "that the county will save $340,000 a year by closing the branch",
            ),
            c(
                "a memo from the county’s budget office, obtained by this newspaper",
                "puts",
                "the real saving at less than half that once the cost of extending bus service and maintaining the empty building is counted",
            ),
            c(
                "I",
                "wrote",
                "that libraries are the last indoor public places where nobody is asked to buy anything",
            ),
            c(
                "Aisha Mbeki, who runs a homework club there on weekday afternoons",
                "told",
                "that half of her students have no reliable internet at home",
            ),
            c("The board", "says", "patrons can use the Central branch, three miles away"),
            c(
                "Parents I spoke to",
                "pointed out",
                "that the bus between the two runs once an hour and not at all after 6 p.m.",
            ),
            c(
                "County Commissioner Ruth Akande",
                "has called on",
                "the board to delay the closure until a public hearing can be held",
            ),
        ],
    ),
    article(
        "fresh5-business-department-store",
        "business",
        "2026-10-22",
        """
Pellard's profits slide as shoppers trade down, chain warns on Christmas

Pellard's, the department store group, reported a 31 per cent fall in half-year pre-tax profit to £18.4 million on Thursday and warned that trading over Christmas would be "challenging".

Revenue fell 4 per cent to £612 million in the six months to the end of August, the Gatesby-based company said, as customers bought fewer big-ticket items such as sofas and beds and turned to its cheaper own-brand ranges.

Chief executive Nadia Forsythe said: "Our customers are being careful, and we understand why. We have held prices on the things people need most, and we will not chase sales by giving away margin."

She said the group remained on track to open two new stores in the spring but would close its Harwick branch in January, with the loss of about 70 jobs. Staff were told of the closure on Wednesday.

The shopworkers' union Retail Voice said it would seek urgent talks with management about redeployment.

Pellard's cut its interim dividend to 2.1p from 3.4p a share. Analysts at Brightwater Securities had forecast profit of £22 million.

In a note to clients, Brightwater's retail analyst Tom Iveson said the results were "worse than feared" and that the Christmas warning would "worry the market more than the numbers themselves". Shares in Pellard's fell 9 per cent in morning trading.

The company is understood to have held talks with landlords about cutting rents at several of its 38 stores. A spokeswoman declined to comment on the talks.
""",
        [
            c(
                "Pellard's, the department store group",
                "reported",
                "a 31 per cent fall in half-year pre-tax profit to £18.4 million",
            ),
            c(
                "Pellard's, the department store group",
                "warned",
                'that trading over Christmas would be "challenging"',
            ),
            c(
                "the Gatesby-based company",
                "said",
                [
                    "Revenue fell 4 per cent to £612 million in the six months to the end of August",
                    "as customers bought fewer big-ticket items such as sofas and beds and turned to its cheaper own-brand ranges",
                ],
            ),
            c(
                "Chief executive Nadia Forsythe",
                "said",
                '"Our customers are being careful, and we understand why. We have held prices on the things people need most, and we will not chase sales by giving away margin."',
            ),
            c(
                "She",
                "said",
                "the group remained on track to open two new stores in the spring but would close its Harwick branch in January, with the loss of about 70 jobs",
            ),
            c(
                "The shopworkers' union Retail Voice",
                "said",
                "it would seek urgent talks with management about redeployment",
            ),
            c("Analysts at Brightwater Securities", "had forecast", "profit of £22 million"),
            c(
                "Brightwater's retail analyst Tom Iveson",
                "said",
                'the results were "worse than feared" and that the Christmas warning would "worry the market more than the numbers themselves"',
            ),
            c(
                None,
                "is understood to",
                [
                    "The company",
                    "have held talks with landlords about cutting rents at several of its 38 stores",
                ],
            ),
        ],
    ),
]
