"""A second fresh, held-out set of invented news articles and their attributions, as strings.

Written on 2026-12-05 blind to claimx's rules (the annotator neither ran claimx nor read its
source, its tests or articles.py) and never to be used for tuning: it measures how the rules and
models generalise to articles nobody looked at while writing them. Every article, person,
organisation, place and quotation here is invented (MIT, like the project). ``build.py --set
fresh2`` turns these into ``fresh2.jsonl`` with exact spans; the conventions are in
docs/evaldata-news.md.
"""

# ruff: noqa: E501 (article text: one paragraph a line)
from __future__ import annotations

from typing import Any

from articles import article, c, qa

ARTICLES: list[dict[str, Any]] = [
    article(
        "fresh2-wire-oskava-derailment",
        "wire",
        "2026-03-11",
        """
Freight train derails near Oskava, forcing 600 households from their homes

OSKAVA, March 11 (Meridian News Agency) - A freight train carrying fertiliser and diesel derailed outside the town of Oskava on Wednesday, and about 600 households were told to leave their homes as a precaution, local authorities said.

Eleven of the train's 34 wagons left the track on a curve about three kilometres east of the station shortly before 6 a.m., the national rail operator, Kestrana Rail, said in a statement. The driver and a second crew member were treated in hospital for minor injuries.

"There is no sign of a leak at this stage, but we are not taking any chances," said regional fire chief Anton Feher. Crews would keep a 1.5-kilometre exclusion zone in place at least until Thursday morning, he said.

Residents spent the night in two school gymnasiums. "They knocked on the door at seven and said we had ten minutes," said Vera Lukic, 71, who lives on a street overlooking the line. "I left my glasses on the kitchen table."

Kestrana Rail confirmed that an investigation had begun but said it was too early to say what caused the derailment. The line had been inspected in January, according to the company, and no faults were found.

The transport workers' union has complained for years that maintenance on the eastern network has been cut to the bone, and its leader, Dusan Pavic, called on the government to order an independent inquiry.

The interior ministry is understood to have sent a team of chemical specialists from the capital. Passenger trains between Oskava and the border town of Rezny were cancelled and are expected to stay suspended until the weekend.
""",
        [
            c(
                "local authorities",
                "said",
                "A freight train carrying fertiliser and diesel derailed outside the town of Oskava on Wednesday, and about 600 households were told to leave their homes as a precaution",
            ),
            c(
                "the national rail operator, Kestrana Rail",
                "said",
                "Eleven of the train's 34 wagons left the track on a curve about three kilometres east of the station shortly before 6 a.m.",
                cue_n=1,
            ),
            c(
                "regional fire chief Anton Feher",
                "said",
                '"There is no sign of a leak at this stage, but we are not taking any chances,"',
            ),
            c(
                "he",
                "said",
                "Crews would keep a 1.5-kilometre exclusion zone in place at least until Thursday morning",
            ),
            c(
                "Vera Lukic, 71, who lives on a street overlooking the line",
                "said",
                [
                    '"They knocked on the door at seven and said we had ten minutes,"',
                    '"I left my glasses on the kitchen table."',
                ],
            ),
            c("Kestrana Rail", "confirmed", "that an investigation had begun"),
            c(
                "Kestrana Rail",
                "said",
                "it was too early to say what caused the derailment",
            ),
            c(
                "the company",
                "according to",
                ["The line had been inspected in January", "and no faults were found"],
            ),
            c(
                "The transport workers' union",
                "has complained",
                "that maintenance on the eastern network has been cut to the bone",
            ),
            c(
                "its leader, Dusan Pavic",
                "called on",
                "the government to order an independent inquiry",
            ),
            c(
                None,
                "is understood to",
                [
                    "The interior ministry",
                    "have sent a team of chemical specialists from the capital",
                ],
            ),
            c(
                None,
                "are expected to",
                [
                    "Passenger trains between Oskava and the border town of Rezny",
                    "stay suspended until the weekend",
                ],
            ),
        ],
    ),
    article(
        "fresh2-wire-aerostelle-strike",
        "wire",
        "2026-06-02",
        """
Aerostelle pilots call 48-hour strike as pension talks collapse

BRASKOV, June 2 (Continental Wire) - Pilots at Aerostelle, the country's largest airline, will walk out for 48 hours from Friday after talks over changes to their pension scheme broke down, their union announced on Tuesday.

The airline said about 340 flights would be cancelled and that passengers would be offered refunds or rebooking. It accused the Braskov Pilots' Association of "holding the travelling public to ransom". The strike falls in the busiest week of the spring holidays.

Union president Lenka Horvath told reporters outside the airline's headquarters that pilots had offered three compromises since February. "Every time, management moved the goalposts," she said. "Our members are not striking for more money. They are striking so that the promises made to them are kept."

Aerostelle's chief operating officer, Mikkel Sande, denied that the company had walked away from the talks and said it remained "ready to sit down at any hour of the day".

The transport ministry has asked both sides to accept mediation, a ministry spokeswoman said, adding that the minister would not intervene directly "at this stage".

Aerostelle has reportedly drawn up plans to lease aircraft and crews from a foreign carrier to keep its busiest routes running. A spokesman for the airline declined to comment on contingency plans.

Shares in Aerostelle fell 2.1% in Braskov. Analysts at Tamsin Capital estimated that each day of the strike would cost the airline around 9 million crowns.

The pilots last walked out in 2019, when a three-day stoppage grounded most of the fleet.
""",
        [
            c(
                "their union",
                "announced",
                "Pilots at Aerostelle, the country's largest airline, will walk out for 48 hours from Friday after talks over changes to their pension scheme broke down",
            ),
            c(
                "The airline",
                "said",
                "about 340 flights would be cancelled and that passengers would be offered refunds or rebooking",
            ),
            c(
                "It",
                "accused",
                'the Braskov Pilots\' Association of "holding the travelling public to ransom"',
            ),
            c(
                "Union president Lenka Horvath",
                "told",
                "that pilots had offered three compromises since February",
            ),
            c(
                "she",
                "said",
                [
                    '"Every time, management moved the goalposts,"',
                    '"Our members are not striking for more money. They are striking so that the promises made to them are kept."',
                ],
            ),
            c(
                "Aerostelle's chief operating officer, Mikkel Sande",
                "denied",
                "that the company had walked away from the talks",
            ),
            c(
                "Aerostelle's chief operating officer, Mikkel Sande",
                "said",
                'it remained "ready to sit down at any hour of the day"',
            ),
            c(
                "a ministry spokeswoman",
                "said",
                "The transport ministry has asked both sides to accept mediation",
            ),
            c("The transport ministry", "has asked", "both sides to accept mediation"),
            c(
                "a ministry spokeswoman",
                "adding",
                'that the minister would not intervene directly "at this stage"',
            ),
            c(
                None,
                "reportedly",
                [
                    "Aerostelle has",
                    "drawn up plans to lease aircraft and crews from a foreign carrier to keep its busiest routes running",
                ],
            ),
            c(
                "Analysts at Tamsin Capital",
                "estimated",
                "that each day of the strike would cost the airline around 9 million crowns",
            ),
        ],
    ),
    article(
        "fresh2-release-hallvard-septrace",
        "press-release",
        "2026-03-03",
        """
Hallvard Diagnostics Receives Continental Approval for 20-Minute Sepsis Test

MERIDEN BAY, March 3, 2026 /Globewire/ -- Hallvard Diagnostics, Inc. (VSX: HLVD), a developer of rapid diagnostic tests, today announced that its SepTrace blood test has received approval from the Continental Medicines Authority, allowing it to be sold to hospitals in all 31 member states.

In a clinical study of 1,140 patients at nine hospitals, SepTrace identified sepsis with 94% sensitivity and returned results in an average of 20 minutes, compared with up to 48 hours for standard blood cultures, the company said.

"Every hour without the right antibiotic raises a septic patient's risk of dying," said Dr. Renske Vollan, chief medical officer of Hallvard Diagnostics. "Clinicians have told us for years that they need an answer while the patient is still in front of them. SepTrace gives them that answer."

Professor Amadou Sy of Lisk University Hospital, who led the study, said the results were "consistent across age groups and across every site we tested." The study was published in January in the Journal of Acute and Critical Care.

Hallvard said it expects to begin shipping SepTrace to customers in the second quarter and that it plans to seek approval in further markets later this year.

"We have waited a long time for a test like this. It will change how we treat our sickest patients." — Ingrid Solvang, head of intensive care, Brekke Regional Hospital

About Hallvard Diagnostics

Hallvard Diagnostics develops rapid tests for infection and critical care. Founded in 2014 and based in Meriden Bay, the company employs 260 people.

Forward-Looking Statements

This release contains forward-looking statements, including statements about the timing of product shipments and regulatory filings. Actual results may differ materially.

Media contact: Joel Marwick, press@hallvard.example
""",
        [
            c(
                "Hallvard Diagnostics, Inc. (VSX: HLVD), a developer of rapid diagnostic tests",
                "announced",
                "that its SepTrace blood test has received approval from the Continental Medicines Authority, allowing it to be sold to hospitals in all 31 member states",
            ),
            c(
                "the company",
                "said",
                "In a clinical study of 1,140 patients at nine hospitals, SepTrace identified sepsis with 94% sensitivity and returned results in an average of 20 minutes, compared with up to 48 hours for standard blood cultures",
            ),
            c(
                "Dr. Renske Vollan, chief medical officer of Hallvard Diagnostics",
                "said",
                [
                    '"Every hour without the right antibiotic raises a septic patient\'s risk of dying,"',
                    '"Clinicians have told us for years that they need an answer while the patient is still in front of them. SepTrace gives them that answer."',
                ],
            ),
            c(
                "Professor Amadou Sy of Lisk University Hospital, who led the study",
                "said",
                'the results were "consistent across age groups and across every site we tested."',
            ),
            c(
                "Hallvard",
                "said",
                "it expects to begin shipping SepTrace to customers in the second quarter and that it plans to seek approval in further markets later this year",
            ),
            c(
                "Ingrid Solvang, head of intensive care, Brekke Regional Hospital",
                "—",
                '"We have waited a long time for a test like this. It will change how we treat our sickest patients."',
            ),
        ],
    ),
    article(
        "fresh2-release-carrow-zoo-cubs",
        "press-release",
        "2026-07-09",
        """
Carrow Valley Zoo welcomes its first snow leopard cubs

FOR IMMEDIATE RELEASE

CARROW, 9 July 2026 — Carrow Valley Zoo is pleased to announce the birth of two snow leopard cubs, the first to be born at the zoo since it opened in 1966.

The cubs, a male and a female, were born on 21 June to nine-year-old Tashi, who arrived from a breeding centre in Vesterholm in 2022. Keepers report that both are feeding well and have begun to explore the den.

"We have been watching on the den cameras around the clock," said head of carnivores Priya Anand-Holt. "For the first few weeks the cubs stay tucked away with their mother, so every small movement on the screen is a celebration in our office."

Snow leopards are classed as vulnerable, with an estimated 4,000 to 6,500 left in the wild, according to the Global Cat Conservation Trust.

Zoo director Martin Okonjo said the births were "a testament to years of patient work" by the keeping team and by the international breeding programme that paired Tashi with the zoo's male, Dorje.

The zoo asks visitors to be patient: the cubs will stay off public view until September, when they are old enough to follow their mother into the outdoor enclosure. Updates and photographs will be posted on the zoo's website and social media channels.

Notes to editors

Carrow Valley Zoo is a conservation charity that cares for more than 900 animals of 160 species. It is open every day except 25 December.

Press office: Jodie Marr, press@carrowzoo.example
""",
        [
            c(
                "Carrow Valley Zoo",
                "announce",
                "the birth of two snow leopard cubs, the first to be born at the zoo since it opened in 1966",
            ),
            c(
                "Keepers",
                "report",
                "that both are feeding well and have begun to explore the den",
            ),
            c(
                "head of carnivores Priya Anand-Holt",
                "said",
                [
                    '"We have been watching on the den cameras around the clock,"',
                    '"For the first few weeks the cubs stay tucked away with their mother, so every small movement on the screen is a celebration in our office."',
                ],
            ),
            c(
                "the Global Cat Conservation Trust",
                "according to",
                "Snow leopards are classed as vulnerable, with an estimated 4,000 to 6,500 left in the wild",
            ),
            c(
                "Zoo director Martin Okonjo",
                "said",
                'the births were "a testament to years of patient work" by the keeping team and by the international breeding programme that paired Tashi with the zoo\'s male, Dorje',
            ),
            c("The zoo", "asks", "visitors to be patient"),
        ],
    ),
    article(
        "fresh2-courts-pettifer-hospice",
        "courts",
        "2026-01-22",
        """
Former charity treasurer jailed for taking £212,000 from children's hospice

By Owen Tremaine

A former treasurer who stole more than £212,000 from a children's hospice to pay for holidays and a sports car has been jailed for four years.

Gillian Pettifer, 54, of Harlow Close, Stenbury, was charged with 14 counts of fraud last summer and pleaded guilty at an earlier hearing.

Stenbury Crown Court heard that Pettifer, who volunteered as treasurer of the Little Lanterns Hospice for nine years, moved money from the charity's accounts into her own through 212 separate transfers between 2019 and 2024.

Prosecuting, Nadia Kassim said the thefts came to light only when a new accountant noticed that the hospice's reserves had "all but vanished".

"She was trusted completely, and she used that trust to fund a lifestyle the hospice's families could only dream of," Ms Kassim told the court. "Every one of those transfers was a decision.

"Not one of them was an accident."

In a statement read to the court, the hospice's chief executive, Robert Fairlie, said staff had felt "sick and betrayed" and that plans for two family rooms had been put on hold.

Mitigating, Daniel Oyede told the court his client had developed a gambling problem after the death of her husband and was "profoundly ashamed". He said she had sold her house and repaid £64,000.

Sentencing her, Recorder Helen Ashby said the thefts were "a grave breach of trust" that had taken money "from dying children and their families".

"Nothing said in mitigation can disguise the scale of what you did," she told Pettifer.

A confiscation hearing will take place in March. The hospice said in a statement that donations had "held up remarkably" since the case became public.
""",
        [
            c(
                None,
                "heard",
                "that Pettifer, who volunteered as treasurer of the Little Lanterns Hospice for nine years, moved money from the charity's accounts into her own through 212 separate transfers between 2019 and 2024",
            ),
            c(
                "Nadia Kassim",
                "said",
                'the thefts came to light only when a new accountant noticed that the hospice\'s reserves had "all but vanished"',
            ),
            c(
                "Ms Kassim",
                "told",
                [
                    '"She was trusted completely, and she used that trust to fund a lifestyle the hospice\'s families could only dream of,"',
                    '"Every one of those transfers was a decision.',
                    '"Not one of them was an accident."',
                ],
            ),
            c(
                "the hospice's chief executive, Robert Fairlie",
                "said",
                'staff had felt "sick and betrayed" and that plans for two family rooms had been put on hold',
            ),
            c(
                "Daniel Oyede",
                "told",
                'his client had developed a gambling problem after the death of her husband and was "profoundly ashamed"',
            ),
            c("He", "said", "she had sold her house and repaid £64,000"),
            c(
                "Recorder Helen Ashby",
                "said",
                'the thefts were "a grave breach of trust" that had taken money "from dying children and their families"',
            ),
            c(
                "she",
                "told",
                '"Nothing said in mitigation can disguise the scale of what you did,"',
            ),
            c(
                "The hospice",
                "said",
                'that donations had "held up remarkably" since the case became public',
            ),
        ],
    ),
    article(
        "fresh2-courts-dashwell-tribunal",
        "courts",
        "2026-10-15",
        """
Delivery rider was an employee, tribunal rules, in setback for Dashwell

By Harriet Okonkwo, Legal Affairs Correspondent

A delivery rider who worked for the app-based courier Dashwell for three years was an employee entitled to holiday pay and the minimum wage, an employment tribunal in Larkhaven has ruled.

Elias Mbatha, 29, brought the claim with the backing of the Independent Couriers' Union after Dashwell deactivated his account in 2025. He told the tribunal he had never been given a reason.

In a 41-page judgment, Employment Judge Farah Quinlan found that Dashwell controlled the routes Mr Mbatha took, set his rates of pay and penalised him for turning down jobs. The company's description of its riders as independent contractors "does not reflect the reality of the relationship", she wrote.

Dashwell, which works with about 18,000 riders, said it was "disappointed" and would appeal. A spokeswoman insisted the ruling applied only to Mr Mbatha and that most riders valued "the freedom to choose when and where they work".

Outside the tribunal, Mr Mbatha said he felt "vindicated". "I was on the road six days a week. If that's not a job, I don't know what is," he said.

The union's general secretary, Maeve Colquhoun, predicted that hundreds of similar claims would follow and urged other riders to get in touch. Employment lawyer Hamid Rasool said the judgment was not binding on other tribunals but would be "very hard to ignore".

A hearing to decide how much Dashwell owes Mr Mbatha will be held in the spring.
""",
        [
            c("tribunal", "rules", "Delivery rider was an employee"),
            c(
                "an employment tribunal in Larkhaven",
                "has ruled",
                "A delivery rider who worked for the app-based courier Dashwell for three years was an employee entitled to holiday pay and the minimum wage",
            ),
            c("He", "told", "he had never been given a reason"),
            c(
                "Employment Judge Farah Quinlan",
                "found",
                "that Dashwell controlled the routes Mr Mbatha took, set his rates of pay and penalised him for turning down jobs",
            ),
            c(
                "she",
                "wrote",
                'The company\'s description of its riders as independent contractors "does not reflect the reality of the relationship"',
            ),
            c(
                "Dashwell, which works with about 18,000 riders",
                "said",
                'it was "disappointed" and would appeal',
            ),
            c(
                "A spokeswoman",
                "insisted",
                'the ruling applied only to Mr Mbatha and that most riders valued "the freedom to choose when and where they work"',
            ),
            c("Mr Mbatha", "said", 'he felt "vindicated"'),
            c(
                "he",
                "said",
                "\"I was on the road six days a week. If that's not a job, I don't know what is,\"",
            ),
            c(
                "The union's general secretary, Maeve Colquhoun",
                "predicted",
                "that hundreds of similar claims would follow",
            ),
            c(
                "The union's general secretary, Maeve Colquhoun",
                "urged",
                "other riders to get in touch",
            ),
            c(
                "Employment lawyer Hamid Rasool",
                "said",
                'the judgment was not binding on other tribunals but would be "very hard to ignore"',
            ),
        ],
    ),
    article(
        "fresh2-council-ferncombe-dairy",
        "council",
        "2026-05-20",
        """
Ferncombe councillors approve 380 homes on old dairy site

Plans for 380 homes on the site of the former Glanmore Dairy in Ferncombe were approved by the district council's planning committee on Wednesday, despite more than 600 objections.

The developer, Harlequin Homes, has promised that 30 per cent of the houses will be let at below-market rents, and has agreed to pay £1.4 million towards a new primary school.

Councillors were told by the council's head of planning, Gareth Pennock, that the scheme met every policy in the local plan and that refusing it would almost certainly lead to a costly appeal.

Objectors, many of whom live on the neighbouring Kestrel Rise estate, said the roads around the site were already jammed every morning. Speaking for the residents' group Ferncombe Fields, Alison Brereton told the committee that the dairy site flooded "every other winter" and that the developer's drainage report was "frankly fiction".

"We are not against new homes. We are against new homes that will be under water," she said.

The regional flood authority, Vale Water Board, did not object to the application, a report to the committee noted, provided a storage pond is built before the first homes are occupied.

Cllr Yvonne Strachan (Residents' Association, Ferncombe North), who voted against, said the committee had "let down the people who will actually have to live with this". The committee's chairman, Cllr Brian Haverstock, said the decision had been "finely balanced" but that the need for affordable housing in the district was "overwhelming".

The vote was 7-4. Work on the site is expected to begin next spring.
""",
        [
            c(
                "The developer, Harlequin Homes",
                "has promised",
                "that 30 per cent of the houses will be let at below-market rents",
            ),
            c(
                "the council's head of planning, Gareth Pennock",
                "were told",
                "that the scheme met every policy in the local plan and that refusing it would almost certainly lead to a costly appeal",
            ),
            c(
                "Objectors, many of whom live on the neighbouring Kestrel Rise estate",
                "said",
                "the roads around the site were already jammed every morning",
            ),
            c(
                "Alison Brereton",
                "told",
                'that the dairy site flooded "every other winter" and that the developer\'s drainage report was "frankly fiction"',
            ),
            c(
                "she",
                "said",
                '"We are not against new homes. We are against new homes that will be under water,"',
            ),
            c(
                "a report to the committee",
                "noted",
                [
                    "The regional flood authority, Vale Water Board, did not object to the application",
                    "provided a storage pond is built before the first homes are occupied",
                ],
            ),
            c(
                "Cllr Yvonne Strachan (Residents' Association, Ferncombe North), who voted against",
                "said",
                'the committee had "let down the people who will actually have to live with this"',
            ),
            c(
                "The committee's chairman, Cllr Brian Haverstock",
                "said",
                'the decision had been "finely balanced" but that the need for affordable housing in the district was "overwhelming"',
            ),
            c(None, "is expected to", ["Work on the site", "begin next spring"]),
        ],
    ),
    article(
        "fresh2-council-ostbury-budget",
        "council",
        "2026-02-24",
        """
Ostbury to raise council tax by 4.9% and close two libraries

Ostbury Borough Council will raise its share of council tax by 4.9 per cent from April and close two branch libraries after councillors voted through the budget on Monday night.

The council's finance director, Leonie Brandt-Hale, warned in a report to members that without the increase the authority would run out of reserves within two years. The report also estimated that closing the Pellow Road and Saltmarsh libraries would save £310,000 a year.

Council leader Cllr Hassan Tiwari said the choices were the hardest the council had faced in a generation. "Nobody comes into politics to close libraries," he said. "But I will not hand a bankrupt council to whoever sits in this chair next."

Opposition leader Cllr Ruth Saddler accused the administration of "balancing the books on the backs of children and pensioners", while Cllr Imran Choudry, who represents Saltmarsh, dismissed the promised mobile library service as "a van on a Tuesday".

Asked whether the libraries could be handed to volunteers, Cllr Tiwari said the council would "listen to any serious offer" but that none had been made so far.

A petition against the closures, signed by 4,200 people, was presented to the meeting by Maisie Corcoran, 11. She told councillors she did her homework at Pellow Road library every day after school because "it's quiet and nobody shouts".

The cabinet member for culture, Cllr Dawn Pickavance, thanked her and promised to meet the petitioners before the branches close in June.

The budget was approved by 31 votes to 22, with three abstentions.
""",
        [
            c(
                "The council's finance director, Leonie Brandt-Hale",
                "warned",
                "that without the increase the authority would run out of reserves within two years",
            ),
            c(
                "The report",
                "estimated",
                "that closing the Pellow Road and Saltmarsh libraries would save £310,000 a year",
            ),
            c(
                "Council leader Cllr Hassan Tiwari",
                "said",
                "the choices were the hardest the council had faced in a generation",
            ),
            c(
                "he",
                "said",
                [
                    '"Nobody comes into politics to close libraries,"',
                    '"But I will not hand a bankrupt council to whoever sits in this chair next."',
                ],
            ),
            c(
                "Opposition leader Cllr Ruth Saddler",
                "accused",
                'the administration of "balancing the books on the backs of children and pensioners"',
            ),
            c(
                "Cllr Imran Choudry, who represents Saltmarsh",
                "dismissed",
                'the promised mobile library service as "a van on a Tuesday"',
            ),
            c(
                "Cllr Tiwari",
                "said",
                'the council would "listen to any serious offer" but that none had been made so far',
            ),
            c(
                "She",
                "told",
                'she did her homework at Pellow Road library every day after school because "it\'s quiet and nobody shouts"',
            ),
            c(
                "The cabinet member for culture, Cllr Dawn Pickavance",
                "promised",
                "to meet the petitioners before the branches close in June",
            ),
        ],
    ),
    article(
        "fresh2-interview-marchbank-phones",
        "interview",
        "2026-09-09",
        """
"The noise in the corridors came back": head teacher Colette Marchbank on a year without phones

Colette Marchbank has led Pinewell Academy in Lowther Bridge for six years. Last September she banned pupils from using mobile phones anywhere on the school site, a move its parents' council at first opposed. She spoke to our education correspondent at the end of the summer term. The interview has been edited for length.

Q: When you announced the ban, some parents said it was unenforceable. Were they right?

Marchbank: For about three weeks, yes. Then the pupils stopped testing us. Phones go into a locked pouch at the gate and come out at quarter past three. We have confiscated fewer than twenty all year.

Q: What changed?

Marchbank: The noise in the corridors came back. That sounds like a complaint, but it's the best thing that happened to us. Children were talking to each other again. Our counsellor tells me referrals for online bullying have roughly halved.

Q: Your exam results went up this summer. Was that the ban?

Marchbank: I would love to say so, but I can't prove it. We also changed how we teach maths and hired two new science teachers. Anyone who tells you one policy did it all is selling something.

Q: The education minister says she wants every school to follow your lead. Should it be compulsory?

Marchbank: No. It worked here because parents, staff and pupils argued it out for a whole term first. Impose it from above and you will get a thousand schools quietly ignoring it.

Q: What would you tell a head teacher who is thinking about it?

Marchbank: Talk to the children before you talk to the press.
""",
        [
            c(
                "head teacher Colette Marchbank",
                ":",
                '"The noise in the corridors came back"',
            ),
            qa(
                "Marchbank",
                "For about three weeks, yes. Then the pupils stopped testing us. Phones go into a locked pouch at the gate and come out at quarter past three. We have confiscated fewer than twenty all year.",
            ),
            qa(
                "Marchbank",
                "The noise in the corridors came back. That sounds like a complaint, but it's the best thing that happened to us. Children were talking to each other again. Our counsellor tells me referrals for online bullying have roughly halved.",
            ),
            qa(
                "Marchbank",
                "I would love to say so, but I can't prove it. We also changed how we teach maths and hired two new science teachers. Anyone who tells you one policy did it all is selling something.",
            ),
            qa(
                "Marchbank",
                "No. It worked here because parents, staff and pupils argued it out for a whole term first. Impose it from above and you will get a thousand schools quietly ignoring it.",
            ),
            qa("Marchbank", "Talk to the children before you talk to the press."),
        ],
    ),
    article(
        "fresh2-live-blog-storm-hesketh",
        "live-blog",
        "2026-11-17",
        """
Storm Hesketh live: 90,000 homes without power as gusts reach 140km/h

Live coverage from our newsroom in Portmarren. All times are local; the latest posts are at the top.

17:42
Gridline Power says engineers have reconnected about 12,000 customers since lunchtime, but warns that some homes in the hills "may be without electricity until Thursday".

17:15
Our reporter Aisling Drummond is on the seafront in Portmarren: "The waves are coming clean over the promenade wall. Police have closed the road and are turning back anyone who tries to get closer for a photo."

16:50
The Coastal Weather Bureau has extended its red warning for the northern coast until midnight. In its latest update, the bureau said gusts of up to 140km/h had been recorded at Cape Sollen.

16:20
A man in his 60s has died after a tree fell on his car near Kelby, police have confirmed. They urged drivers not to travel unless their journey was "absolutely essential".

15:58
Schools: the regional education office says all schools in the Portmarren and Kelby districts will stay closed on Wednesday. A decision about Thursday will be made tomorrow morning.

15:30
Rail operator Northline has cancelled all services north of Abbeyholm. The company posted on social media that it hoped to run a limited timetable from Wednesday afternoon, "subject to safety checks".

15:05
Reader Gwen Atherley sent us this photo of a fallen oak blocking Mill Lane in Kelby. She says the tree had stood there "for at least 200 years".

14:40
First Minister Oren Castell is reported to have cut short a visit to Ballantree to chair an emergency meeting on Wednesday morning. His office has not yet commented.
""",
        [
            c(
                "Gridline Power",
                "says",
                "engineers have reconnected about 12,000 customers since lunchtime",
            ),
            c(
                "Gridline Power",
                "warns",
                'that some homes in the hills "may be without electricity until Thursday"',
            ),
            c(
                "Our reporter Aisling Drummond",
                ":",
                '"The waves are coming clean over the promenade wall. Police have closed the road and are turning back anyone who tries to get closer for a photo."',
            ),
            c(
                "the bureau",
                "said",
                "gusts of up to 140km/h had been recorded at Cape Sollen",
            ),
            c(
                "police",
                "have confirmed",
                "A man in his 60s has died after a tree fell on his car near Kelby",
            ),
            c(
                "They",
                "urged",
                'drivers not to travel unless their journey was "absolutely essential"',
            ),
            c(
                "the regional education office",
                "says",
                "all schools in the Portmarren and Kelby districts will stay closed on Wednesday",
            ),
            c(
                "The company",
                "posted",
                'that it hoped to run a limited timetable from Wednesday afternoon, "subject to safety checks"',
            ),
            c("She", "says", 'the tree had stood there "for at least 200 years"'),
            c(
                None,
                "is reported to",
                [
                    "First Minister Oren Castell",
                    "have cut short a visit to Ballantree to chair an emergency meeting on Wednesday morning",
                ],
            ),
        ],
    ),
    article(
        "fresh2-opinion-rivers",
        "opinion",
        "2026-08-13",
        """
Our rivers are not recovering. Stop pretending otherwise

By Hollis Tennant

Every summer the water minister, Rupert Vance, pulls on a new pair of wellingtons, stands in a shallow stretch of river for the cameras and tells us that our rivers are "on the road to recovery". Every summer the rivers tell a different story.

Last year, according to the Environment Directorate's own monitoring, only 14 per cent of rivers in the country were in good ecological health, the same figure as in 2019. Water companies discharged raw sewage into them for more than 3.1 million hours. Those are not the numbers of a recovery.

The minister's department insists that the figures reflect "better monitoring, not worse rivers". Perhaps. But the department has cut the number of river inspectors by a third since 2020, as its own annual report quietly admits. Fewer inspectors do not usually find more problems.

I spent a morning last month on the Wendle with Dr. Farida Noorani, a freshwater ecologist who has sampled the same stretch since 2004. She tipped a net of river gravel into a white tray and counted the mayfly larvae: eleven, where twenty years ago she would have found hundreds. "People think a river is healthy if it looks clear," she told me. "Clear water can be dead water."

The industry's trade body, Water Forward, argues that customers would not accept the bill rises needed to fix the sewers any faster. Nobody has asked them. A poll for this newspaper in May found that 68 per cent of people would pay £5 a month more for cleaner rivers.

Recovery is a word with a meaning. Until the minister can show us rivers that deserve it, he should stop using it.
""",
        [
            c(
                "the water minister, Rupert Vance",
                "tells",
                'that our rivers are "on the road to recovery"',
            ),
            c(
                "the Environment Directorate's own monitoring",
                "according to",
                [
                    "Last year",
                    "only 14 per cent of rivers in the country were in good ecological health, the same figure as in 2019",
                ],
            ),
            c(
                "The minister's department",
                "insists",
                'that the figures reflect "better monitoring, not worse rivers"',
            ),
            c(
                "its own annual report",
                "admits",
                "the department has cut the number of river inspectors by a third since 2020",
            ),
            c(
                "she",
                "told",
                [
                    '"People think a river is healthy if it looks clear,"',
                    '"Clear water can be dead water."',
                ],
            ),
            c(
                "The industry's trade body, Water Forward",
                "argues",
                "that customers would not accept the bill rises needed to fix the sewers any faster",
            ),
            c(
                "A poll for this newspaper in May",
                "found",
                "that 68 per cent of people would pay £5 a month more for cleaner rivers",
            ),
        ],
    ),
    article(
        "fresh2-business-brannock-cocoa",
        "business",
        "2026-02-12",
        """
Brannock Foods cuts outlook as cocoa prices squeeze margins

By Sunil Marchetti, Markets Reporter

Brannock Foods, the maker of Kestle chocolate bars and Morrow biscuits, lowered its profit forecast for the year on Thursday, saying record cocoa prices had eaten into margins faster than it could raise its own prices.

The company reported an operating profit of 412 million crowns for the fourth quarter, down 18% from a year earlier. The average forecast in a poll of 14 analysts compiled by Tessaly Analytics had been 455 million.

Chief executive Ingrid Halloway told analysts on a conference call that cocoa was costing the company roughly three times as much per tonne as two years ago. "We have raised prices four times in eighteen months, and there is a limit to what shoppers will accept," she said. "We are at that limit now, or very close to it."

Brannock now forecasts full-year operating profit of between 1.5 billion and 1.6 billion crowns, down from 1.75 billion previously. It said it would cut about 400 jobs, mostly in administration, and close its packaging plant in Ravensholt by the end of the year.

The company is also in talks to sell its Morrow biscuit brand, according to two people familiar with the matter. Asked about the talks, a Brannock spokesman declined to comment.

Shares in Brannock fell 7.4% by mid-afternoon, their biggest one-day drop since 2022. "The price rises have run out of road," said Camille Etxeberria, a consumer analyst at Holmfirth Partners. She said she expected rival chocolate makers to issue similar warnings within weeks.

The Ravensholt plant employs 210 people. The Food and Allied Workers' Union said it had not been consulted and would fight the closure.
""",
        [
            c(
                "Brannock Foods, the maker of Kestle chocolate bars and Morrow biscuits",
                "saying",
                "record cocoa prices had eaten into margins faster than it could raise its own prices",
            ),
            c(
                "The company",
                "reported",
                "an operating profit of 412 million crowns for the fourth quarter, down 18% from a year earlier",
            ),
            c(
                "Chief executive Ingrid Halloway",
                "told",
                "that cocoa was costing the company roughly three times as much per tonne as two years ago",
            ),
            c(
                "she",
                "said",
                [
                    '"We have raised prices four times in eighteen months, and there is a limit to what shoppers will accept,"',
                    '"We are at that limit now, or very close to it."',
                ],
            ),
            c(
                "Brannock",
                "forecasts",
                "full-year operating profit of between 1.5 billion and 1.6 billion crowns, down from 1.75 billion previously",
            ),
            c(
                "It",
                "said",
                "it would cut about 400 jobs, mostly in administration, and close its packaging plant in Ravensholt by the end of the year",
            ),
            c(
                "two people familiar with the matter",
                "according to",
                "The company is also in talks to sell its Morrow biscuit brand",
            ),
            c(
                "Camille Etxeberria, a consumer analyst at Holmfirth Partners",
                "said",
                '"The price rises have run out of road,"',
            ),
            c(
                "She",
                "said",
                "she expected rival chocolate makers to issue similar warnings within weeks",
            ),
            c(
                "The Food and Allied Workers' Union",
                "said",
                "it had not been consulted and would fight the closure",
            ),
        ],
    ),
    article(
        "fresh2-foreign-tarvic-election",
        "foreign",
        "2026-04-14",
        """
Observers say Tarvic vote was "neither free nor fair" as protests grow

ZALESK (Northern Press Agency) - International election observers said on Tuesday that Sunday's presidential election in Tarvic had been marred by ballot-stuffing, intimidation of opposition candidates and one-sided coverage on state television, as thousands of protesters gathered in the capital, Zalesk, for a third night.

In a preliminary report, the 300-strong mission from the Assembly of Northern States concluded that the vote had been "neither free nor fair" and said it had recorded irregularities at nearly a quarter of the polling stations it visited.

Official results gave President Anton Vesely, who has ruled since 2009, 71% of the vote. His spokesman, Dmitar Rusnak, dismissed the observers' findings as "the opinion of foreigners who spent two days in our country" and said the result reflected "the will of the Tarvic people".

The main opposition candidate, Lidia Moravec, who officially won 19%, urged her supporters to keep protesting peacefully. "They can steal an election, but they cannot steal a whole country," she told a crowd outside the parliament building late on Monday.

Police detained at least 80 people on Monday night, according to the rights group Open Door Tarvic. The group said several of them had been beaten in custody. The interior ministry said 23 people had been arrested and denied that anyone had been mistreated. Neither figure could be independently verified.

A senior diplomat from a neighbouring country, who asked not to be named because of the sensitivity of the issue, said governments in the region were unlikely to recognise the result "any time soon".

Vesely is expected to be sworn in for a fifth term next month.
""",
        [
            c("Observers", "say", 'Tarvic vote was "neither free nor fair"'),
            c(
                "International election observers",
                "said",
                "that Sunday's presidential election in Tarvic had been marred by ballot-stuffing, intimidation of opposition candidates and one-sided coverage on state television",
            ),
            c(
                "the 300-strong mission from the Assembly of Northern States",
                "concluded",
                'that the vote had been "neither free nor fair"',
            ),
            c(
                "the 300-strong mission from the Assembly of Northern States",
                "said",
                "it had recorded irregularities at nearly a quarter of the polling stations it visited",
            ),
            c(
                "His spokesman, Dmitar Rusnak",
                "dismissed",
                'the observers\' findings as "the opinion of foreigners who spent two days in our country"',
            ),
            c(
                "His spokesman, Dmitar Rusnak",
                "said",
                'the result reflected "the will of the Tarvic people"',
            ),
            c(
                "The main opposition candidate, Lidia Moravec, who officially won 19%",
                "urged",
                "her supporters to keep protesting peacefully",
            ),
            c(
                "she",
                "told",
                '"They can steal an election, but they cannot steal a whole country,"',
            ),
            c(
                "the rights group Open Door Tarvic",
                "according to",
                "Police detained at least 80 people on Monday night",
            ),
            c("The group", "said", "several of them had been beaten in custody"),
            c("The interior ministry", "said", "23 people had been arrested"),
            c("The interior ministry", "denied", "that anyone had been mistreated"),
            c(
                "A senior diplomat from a neighbouring country, who asked not to be named because of the sensitivity of the issue",
                "said",
                'governments in the region were unlikely to recognise the result "any time soon"',
            ),
            c(
                None,
                "is expected to",
                ["Vesely", "be sworn in for a fifth term next month"],
                near="Vesely is expected to be sworn in for a fifth term next month",
            ),
        ],
    ),
    article(
        "fresh2-science-kessoway-wreck",
        "science",
        "2026-06-24",
        """
Kessoway shipwreck is 300 years older than thought, tree-ring study suggests

A merchant ship that sank off the Kessoway coast was built around 1290, roughly three centuries earlier than archaeologists had assumed, according to a study published on Wednesday in the Journal of Northern Maritime Archaeology.

Divers found the wreck in 1987 in 14 metres of water near the village of Porthkessy. A silver coin recovered from the hull, and the style of its ironwork, led to it being dated to the late 1500s, and it is labelled a sixteenth-century coastal trader in the county museum.

The new date comes from dendrochronology, the matching of patterns in tree rings. Researchers led by Dr. Ines Carvalho-Bright of the University of Aldmere took 38 samples from the ship's oak timbers and compared them with reference records going back 1,200 years. The rings matched trees felled in the forests of southern Vestland between 1286 and 1292, the team reported.

"The coin was a red herring," Carvalho-Bright said. "It must have been dropped into the bilge during a repair, centuries after the ship was built. The timber doesn't lie."

Ships of this design were being built in the region much earlier than historians believed, the authors write, and trade across the bay was already well established by the thirteenth century.

Not everyone is convinced. Dr. Hugo Penberthy, a maritime historian at Westmere College who was not involved in the study, said tree-ring dating could only establish when a tree was felled, not when a ship was built. "Timber was reused all the time," he said. "I'd want to see the joinery before I rewrote the textbooks."

The county museum said it would update its displays. The wreck itself remains on the seabed, where it is protected by law.
""",
        [
            c(
                "tree-ring study",
                "suggests",
                "Kessoway shipwreck is 300 years older than thought",
            ),
            c(
                "a study published on Wednesday in the Journal of Northern Maritime Archaeology",
                "according to",
                "A merchant ship that sank off the Kessoway coast was built around 1290, roughly three centuries earlier than archaeologists had assumed",
            ),
            c(
                "the team",
                "reported",
                "The rings matched trees felled in the forests of southern Vestland between 1286 and 1292",
            ),
            c(
                "Carvalho-Bright",
                "said",
                [
                    '"The coin was a red herring,"',
                    '"It must have been dropped into the bilge during a repair, centuries after the ship was built. The timber doesn\'t lie."',
                ],
            ),
            c(
                "the authors",
                "write",
                [
                    "Ships of this design were being built in the region much earlier than historians believed",
                    "and trade across the bay was already well established by the thirteenth century",
                ],
            ),
            c(
                "Dr. Hugo Penberthy, a maritime historian at Westmere College who was not involved in the study",
                "said",
                "tree-ring dating could only establish when a tree was felled, not when a ship was built",
            ),
            c(
                "he",
                "said",
                [
                    '"Timber was reused all the time,"',
                    '"I\'d want to see the joinery before I rewrote the textbooks."',
                ],
            ),
            c("The county museum", "said", "it would update its displays"),
        ],
    ),
    article(
        "fresh2-health-corrie-vale-measles",
        "health",
        "2026-05-15",
        """
Measles outbreak grows to 46 cases; parents urged to check children's jabs

By Rosalind Achterberg, Health Reporter

Forty-six people have now caught measles in an outbreak centred on schools in the Corrie Vale district, public health officials said on Friday, up from 29 a week ago.

Eleven children have been admitted to hospital, two of them to intensive care, according to the Corrie Vale Health Protection Unit. Most of those infected are aged between four and twelve and had not been vaccinated.

"Measles is not a mild illness. It is one of the most contagious diseases we know of, and it can kill," said Dr. Olumide Farrant, the unit's director. He urged parents to check their children's records and to book any missed doses with their GP "this week, not next month".

Figures published by the unit in March showed that only 81% of five-year-olds in the district had received both doses of the MMR vaccine, well below the 95% needed to stop the virus spreading.

Sandra Kilbride, whose six-year-old son spent three nights in hospital last week, said she had delayed his second dose because of "stuff I read online" and now bitterly regretted it. "I thought I was protecting him," she said.

The unit has opened walk-in vaccination clinics at three schools and is understood to be considering whether unvaccinated pupils at the worst-affected schools should stay at home for 21 days.

The district's director of education, Paul Ventris, said no decision had been taken. Schools would stay open for now, he said, and families would be told "as soon as anything changes".
""",
        [
            c(
                None,
                "urged",
                ["parents", "to check children's jabs"],
                near="parents urged to check children's jabs",
            ),
            c(
                "public health officials",
                "said",
                [
                    "Forty-six people have now caught measles in an outbreak centred on schools in the Corrie Vale district",
                    "up from 29 a week ago",
                ],
            ),
            c(
                "the Corrie Vale Health Protection Unit",
                "according to",
                "Eleven children have been admitted to hospital, two of them to intensive care",
            ),
            c(
                "Dr. Olumide Farrant, the unit's director",
                "said",
                '"Measles is not a mild illness. It is one of the most contagious diseases we know of, and it can kill,"',
            ),
            c(
                "He",
                "urged",
                'parents to check their children\'s records and to book any missed doses with their GP "this week, not next month"',
            ),
            c(
                "Figures published by the unit in March",
                "showed",
                "that only 81% of five-year-olds in the district had received both doses of the MMR vaccine, well below the 95% needed to stop the virus spreading",
            ),
            c(
                "Sandra Kilbride, whose six-year-old son spent three nights in hospital last week",
                "said",
                'she had delayed his second dose because of "stuff I read online" and now bitterly regretted it',
            ),
            c("she", "said", '"I thought I was protecting him,"'),
            c(
                None,
                "is understood to",
                [
                    "The unit",
                    "be considering whether unvaccinated pupils at the worst-affected schools should stay at home for 21 days",
                ],
            ),
            c(
                "The district's director of education, Paul Ventris",
                "said",
                "no decision had been taken",
            ),
            c(
                "he",
                "said",
                [
                    "Schools would stay open for now",
                    'and families would be told "as soon as anything changes"',
                ],
            ),
        ],
    ),
    article(
        "fresh2-sport-ferreira-lund-400m",
        "sport",
        "2026-03-07",
        """
Ferreira-Lund loses 400m gold for lane violation as team lodges appeal

By Declan Moorcroft at the Arena Vittoria, Serrano

Joaquim Ferreira-Lund crossed the line first in the men's 400 metres at the Continental Indoor Championships on Saturday, only to be disqualified twenty minutes later for stepping out of his lane on the final bend.

The gold medal was awarded instead to Tariq Mensah-Olsen of Varnland, who had finished 0.08 seconds behind.

Race officials said video showed Ferreira-Lund's left foot landing on the inside line for "at least three strides".

Ferreira-Lund, 23, was in tears as he left the track. "I ran the race of my life and I don't even get to keep it," he told reporters. "I didn't feel anything on the line. Nothing."

His coach, Brigitte Sandoval, said the team had lodged an appeal and accused the organisers of applying the rule "more strictly to some athletes than others". Two runners, she claimed, had stepped on the line in Friday's semi-finals without being disqualified.

The jury of appeal is expected to rule on Sunday morning.

Mensah-Olsen said he had not yet watched the replay. "I'll take the medal, but not like this," he said. "Nobody wants to win a race in an office."

The championships' technical delegate, Sten Varley, said the rule was "clear, and applied to everyone". Asked whether the lane markings had been repainted after athletes complained about them on Thursday, Varley replied that the track had been "inspected and approved" before the first heat.
""",
        [
            c(
                "Race officials",
                "said",
                'video showed Ferreira-Lund\'s left foot landing on the inside line for "at least three strides"',
            ),
            c(
                "video",
                "showed",
                'Ferreira-Lund\'s left foot landing on the inside line for "at least three strides"',
            ),
            c(
                "he",
                "told",
                [
                    '"I ran the race of my life and I don\'t even get to keep it,"',
                    '"I didn\'t feel anything on the line. Nothing."',
                ],
            ),
            c("His coach, Brigitte Sandoval", "said", "the team had lodged an appeal"),
            c(
                "His coach, Brigitte Sandoval",
                "accused",
                'the organisers of applying the rule "more strictly to some athletes than others"',
            ),
            c(
                "she",
                "claimed",
                [
                    "Two runners",
                    "had stepped on the line in Friday's semi-finals without being disqualified",
                ],
            ),
            c(None, "is expected to", ["The jury of appeal", "rule on Sunday morning"]),
            c("Mensah-Olsen", "said", "he had not yet watched the replay"),
            c(
                "he",
                "said",
                [
                    '"I\'ll take the medal, but not like this,"',
                    '"Nobody wants to win a race in an office."',
                ],
            ),
            c(
                "The championships' technical delegate, Sten Varley",
                "said",
                'the rule was "clear, and applied to everyone"',
            ),
            c(
                "Varley",
                "replied",
                'that the track had been "inspected and approved" before the first heat',
            ),
        ],
    ),
]
