"""A sixteenth held-out set of invented news articles and their attributions, as strings.

Written on 2026-12-05 blind to claimx's rules (the annotator neither ran claimx nor read its
source, its tests or the other sets) and never to be used for tuning. Every article, person,
organisation, place and quotation here is invented (MIT, like the project). ``build.py --set
fresh16`` turns these into ``fresh16.jsonl`` with exact spans; the conventions are in
docs/evaldata-news.md.

Twelve articles in eight everyday styles (courts 2, council 2, press-release 1, wire 2,
interview 1, live-blog 2, opinion 1, business 1), in British, Scottish, South African, Kenyan,
New Zealand, Singaporean and American registers.
"""

# ruff: noqa: E501 (article text: one paragraph a line)
from __future__ import annotations

from typing import Any

from articles import article, c

ARTICLES: list[dict[str, Any]] = [
    article(
        "fresh16-courts-scaffold-fall",
        "courts",
        "2026-10-02",
        """
Scaffolding firm fined £180,000 after labourer fell 30ft when platform gave way

A scaffolding firm has been fined £180,000 after a labourer fell nearly 30ft when a platform gave way beneath him on a housing site in Marlow Fields.

Hexley Crown Court heard that Dane Oakridge, then 23, broke both legs and his pelvis in the fall in March 2024 and spent eleven weeks in hospital.

Brackwell Access Ltd, of Tarn Road, Hexley, pleaded guilty to breaching work-at-height regulations at an earlier hearing.

Opening the case for the Workplace Safety Authority, Gemma Rawcliffe said inspectors had found that ties securing the scaffold to the building had been removed to make room for window fitters and never replaced.

“This was not a freak accident,” she told the court. “The firm had been warned by its own supervisor a fortnight earlier that the ties were missing.

“It did nothing. It did not even put up a sign.”

Ms Rawcliffe said the supervisor, who has since left the company, had raised the problem in a text message to a director, Keith Brannagh, who replied that he would “sort it Monday”.

Mitigating, Lucinda Faye said the company, which employs 38 people, accepted full responsibility and had since overhauled its training. She said a larger fine could force it to make redundancies.

Sentencing, Recorder Anil Mistry said he accepted that the firm was “genuinely remorseful”, but that its failings were “obvious and long-standing”. He ordered it to pay £14,600 in costs.

In a victim personal statement, Mr Oakridge said he could no longer play football with his son and still needed a stick to walk any distance. “I just wanted to go to work and come home,” he wrote.

Brackwell Access declined to comment after the hearing.
""",
        [
            c(
                None,
                "heard",
                "that Dane Oakridge, then 23, broke both legs and his pelvis in the fall in March 2024 and spent eleven weeks in hospital",
            ),
            c(
                "Gemma Rawcliffe",
                "said",
                "inspectors had found that ties securing the scaffold to the building had been removed to make room for window fitters and never replaced",
            ),
            c(
                "inspectors",
                "had found",
                "that ties securing the scaffold to the building had been removed to make room for window fitters and never replaced",
            ),
            c(
                "she",
                "told",
                [
                    "“This was not a freak accident,”",
                    "“The firm had been warned by its own supervisor a fortnight earlier that the ties were missing.",
                    "“It did nothing. It did not even put up a sign.”",
                ],
            ),
            c(
                "Ms Rawcliffe",
                "said",
                "the supervisor, who has since left the company, had raised the problem in a text message to a director, Keith Brannagh, who replied that he would “sort it Monday”",
            ),
            c("a director, Keith Brannagh", "replied", "that he would “sort it Monday”"),
            c(
                "Lucinda Faye",
                "said",
                "the company, which employs 38 people, accepted full responsibility and had since overhauled its training",
            ),
            c("She", "said", "a larger fine could force it to make redundancies"),
            c(
                "Recorder Anil Mistry",
                "said",
                "he accepted that the firm was “genuinely remorseful”, but that its failings were “obvious and long-standing”",
            ),
            c("He", "ordered", "it to pay £14,600 in costs"),
            c(
                "Mr Oakridge",
                "said",
                "he could no longer play football with his son and still needed a stick to walk any distance",
            ),
            c("he", "wrote", "“I just wanted to go to work and come home,”"),
        ],
    ),
    article(
        "fresh16-courts-tender-bail",
        "courts",
        "2026-11-12",
        """
Former municipal official denied bail in R38m pipeline tender case

A former supply chain manager at the Kwelani Local Municipality was denied bail in the Ntabeni Magistrate's Court on Tuesday, with the magistrate finding that he was likely to interfere with state witnesses if released.

The State alleges that Sipho Mahlangeni, 51, steered a R38-million contract to repair bulk water pipelines to a company owned by his brother-in-law. He has not yet pleaded.

Prosecutor Nomvula Dube told the court that three witnesses, all junior officials in the municipality's supply chain unit, had reported receiving threatening phone calls since Mahlangeni's arrest in September.

"One of them was told that his children's school was known," Dube said. "That is not a coincidence, Your Worship."

Mahlangeni's legal representative, Advocate Riaan Visagie, argued that his client had no previous convictions, had surrendered his passport and had "every reason" to stay and clear his name. He said no evidence before the court linked the threats to his client.

Magistrate Thandeka Mokoena said she was not persuaded. The investigating officer's affidavit, she said, showed that Mahlangeni had phoned two of the witnesses from a relative's cellphone in the days after his arrest.

"The court cannot ignore the real risk that witnesses will be intimidated into silence," Mokoena said.

A spokesperson for the Eastern Region Prosecuting Authority, Luyanda Mtshali, said the State would oppose any bail appeal and that a second suspect was expected to hand himself over before the end of the month.

In a statement, the municipality said it had suspended all payments to the contractor, Ubuhle Pipe Solutions, pending a forensic audit. The company did not respond to questions.

The case was postponed to 14 January.
""",
        [
            c(
                "the magistrate",
                "finding",
                "that he was likely to interfere with state witnesses if released",
            ),
            c(
                "The State",
                "alleges",
                "that Sipho Mahlangeni, 51, steered a R38-million contract to repair bulk water pipelines to a company owned by his brother-in-law",
            ),
            c(
                "Prosecutor Nomvula Dube",
                "told",
                "that three witnesses, all junior officials in the municipality's supply chain unit, had reported receiving threatening phone calls since Mahlangeni's arrest in September",
            ),
            c(
                "three witnesses, all junior officials in the municipality's supply chain unit",
                "had reported",
                "receiving threatening phone calls since Mahlangeni's arrest in September",
            ),
            c(
                "Dube",
                "said",
                [
                    '"One of them was told that his children\'s school was known,"',
                    '"That is not a coincidence, Your Worship."',
                ],
            ),
            c(
                "Mahlangeni's legal representative, Advocate Riaan Visagie",
                "argued",
                'that his client had no previous convictions, had surrendered his passport and had "every reason" to stay and clear his name',
            ),
            c("He", "said", "no evidence before the court linked the threats to his client"),
            c("Magistrate Thandeka Mokoena", "said", "she was not persuaded"),
            c(
                "she",
                "said",
                [
                    "The investigating officer's affidavit",
                    "showed that Mahlangeni had phoned two of the witnesses from a relative's cellphone in the days after his arrest",
                ],
            ),
            c(
                "The investigating officer's affidavit",
                "showed",
                "that Mahlangeni had phoned two of the witnesses from a relative's cellphone in the days after his arrest",
            ),
            c(
                "Mokoena",
                "said",
                '"The court cannot ignore the real risk that witnesses will be intimidated into silence,"',
            ),
            c(
                "A spokesperson for the Eastern Region Prosecuting Authority, Luyanda Mtshali",
                "said",
                "the State would oppose any bail appeal and that a second suspect was expected to hand himself over before the end of the month",
            ),
            c(
                "the municipality",
                "said",
                "it had suspended all payments to the contractor, Ubuhle Pipe Solutions, pending a forensic audit",
            ),
        ],
    ),
    article(
        "fresh16-council-toilet-closures",
        "council",
        "2026-09-17",
        """
Glenrannoch toilets to close despite 2,000-name petition

Three public toilets in Glenrannoch will close next spring after Strathlinn Council's finance committee voted 7-4 to back the closures as part of £3.2 million of savings.

A report by the council's head of environmental services, Morag Tulloch, said the three blocks cost £96,000 a year to run and were used by fewer than 40 people a day in the winter months.

It recommended that local businesses be invited to join a "comfort scheme", under which cafes and shops would open their toilets to the public in return for an annual payment of £600.

A petition organised by Glenrannoch Community Council and signed by 2,140 people called on the local authority to keep all three blocks open until an alternative was in place.

Presenting the petition, community council chair Ishbel Rennie told the committee that older residents and families with young children would simply stop coming into the town centre. "If you can't be sure of a toilet, you don't come," she said. "It's as simple as that."

Councillor Fraser Doig, the committee's convener, said the council had "no good options left" after a decade of tight settlements. "Nobody stands for election to shut toilets," he said, "but the alternative in this budget is fewer classroom assistants."

Independent councillor Catriona Baird, who voted against, questioned whether the comfort scheme would attract enough businesses. Officers confirmed that only two cafes had so far expressed an interest.

Ms Baird also accused the administration of "hiding cuts in the small print", a charge Cllr Doig rejected.

The council is understood to be in talks with a housing association about converting the largest block, on Quay Street, into secure bike storage.

A council spokesman said the closures would take effect on 1 April.
""",
        [
            c(
                "A report by the council's head of environmental services, Morag Tulloch",
                "said",
                "the three blocks cost £96,000 a year to run and were used by fewer than 40 people a day in the winter months",
            ),
            c(
                "It",
                "recommended",
                'that local businesses be invited to join a "comfort scheme", under which cafes and shops would open their toilets to the public in return for an annual payment of £600',
            ),
            c(
                "A petition organised by Glenrannoch Community Council and signed by 2,140 people",
                "called on",
                "the local authority to keep all three blocks open until an alternative was in place",
            ),
            c(
                "community council chair Ishbel Rennie",
                "told",
                "that older residents and families with young children would simply stop coming into the town centre",
            ),
            c(
                "she",
                "said",
                [
                    "\"If you can't be sure of a toilet, you don't come,\"",
                    '"It\'s as simple as that."',
                ],
            ),
            c(
                "Councillor Fraser Doig, the committee's convener",
                "said",
                'the council had "no good options left" after a decade of tight settlements',
            ),
            c(
                "he",
                "said",
                [
                    '"Nobody stands for election to shut toilets,"',
                    '"but the alternative in this budget is fewer classroom assistants."',
                ],
            ),
            c("Officers", "confirmed", "that only two cafes had so far expressed an interest"),
            c("Ms Baird", "accused", 'the administration of "hiding cuts in the small print"'),
            c(
                None,
                "is understood to",
                [
                    "The council",
                    "be in talks with a housing association about converting the largest block, on Quay Street, into secure bike storage",
                ],
            ),
            c("A council spokesman", "said", "the closures would take effect on 1 April"),
        ],
    ),
    article(
        "fresh16-council-water-meters",
        "council",
        "2026-08-05",
        """
Kerrow Bay ratepayers to get water meters after summer of restrictions

Every household in Kerrow Bay will have a water meter by mid-2028 after Hallerton District Council voted on Thursday to spend $4.7 million on the rollout, despite most submitters opposing the idea.

A staff report found that the town's peak summer demand had risen 23 percent in five years and that about a quarter of treated water was being lost through leaks on private properties.

Of the 612 submissions the council received, 401 opposed metering. Many submitters said they feared being charged for water they had always considered free, and several argued the council should fix its own leaking pipes first.

Mayor Dianne Te Rangi said metering was "the fairest tool we've got" and that the council had already budgeted to replace 11km of its own mains. "We've heard people, and we're doing both," she said.

Ratepayers will not be charged by volume until at least 2029. Staff told councillors the first year of readings would be used to find leaks and set a fair threshold.

Councillor Hemi Walsh, who moved an unsuccessful amendment to delay the decision until after next year's local elections, said the council was "rushing a big change through in the middle of winter when nobody's paying attention."

Bronwyn Ashe, a spokesperson for the Kerrow Bay Residents' Association, said members were not against saving water. "What people are sick of is being lectured about sprinklers while the council's own pipes leak into the gutter," she said.

The council's infrastructure manager, Paul Seddon, estimated that meters would pay for themselves within nine years by delaying the need for a new reservoir.

Installation is expected to begin in the northern suburbs in February.
""",
        [
            c(
                "A staff report",
                "found",
                "that the town's peak summer demand had risen 23 percent in five years and that about a quarter of treated water was being lost through leaks on private properties",
            ),
            c(
                "Many submitters",
                "said",
                "they feared being charged for water they had always considered free",
            ),
            c("several", "argued", "the council should fix its own leaking pipes first"),
            c(
                "Mayor Dianne Te Rangi",
                "said",
                'metering was "the fairest tool we\'ve got" and that the council had already budgeted to replace 11km of its own mains',
            ),
            c("she", "said", "\"We've heard people, and we're doing both,\""),
            c(
                "Staff",
                "told",
                "the first year of readings would be used to find leaks and set a fair threshold",
            ),
            c(
                "Councillor Hemi Walsh, who moved an unsuccessful amendment to delay the decision until after next year's local elections",
                "said",
                'the council was "rushing a big change through in the middle of winter when nobody\'s paying attention."',
            ),
            c(
                "Bronwyn Ashe, a spokesperson for the Kerrow Bay Residents' Association",
                "said",
                "members were not against saving water",
            ),
            c(
                "she",
                "said",
                '"What people are sick of is being lectured about sprinklers while the council\'s own pipes leak into the gutter,"',
            ),
            c(
                "The council's infrastructure manager, Paul Seddon",
                "estimated",
                "that meters would pay for themselves within nine years by delaying the need for a new reservoir",
            ),
            c(
                None,
                "is expected to",
                ["Installation", "begin in the northern suburbs in February"],
            ),
        ],
    ),
    article(
        "fresh16-pr-cold-chain-hub",
        "press-release",
        "2026-07-21",
        """
Kestrel Harbour Logistics Opens S$85 Million Cold-Chain Hub, Doubling Pharmaceutical Capacity

PASIR LIMA, 21 July 2026 – Kestrel Harbour Logistics Pte Ltd (“Kestrel Harbour”) is pleased to announce the opening of its S$85 million cold-chain hub at Pasir Lima Logistics Park.

The 22,000-square-metre facility, built in partnership with the Pasir Lima Industrial Authority, has 14 temperature zones ranging from minus 80 to plus 25 degrees Celsius, and doubles the company’s capacity for temperature-sensitive medicines and vaccines.

“The region’s demand for biologics is growing faster than the infrastructure to move them safely. This hub is our answer to that gap.” — Mr Lionel Goh Wei Ming, Group Chief Executive Officer, Kestrel Harbour Logistics

Mr Goh said the company had signed agreements with three multinational drug makers to store and distribute their products from the hub, and expected it to reach 70 per cent utilisation within 18 months. “We built this for the next pandemic, not the last one,” he added.

Ms Priya Ramanathan, Chief Executive of the Pasir Lima Industrial Authority, said the hub would create about 240 jobs, including 60 for technicians trained under the Authority’s Skills Bridge programme. “We want these to be careers, not just jobs,” she said.

An independent audit by Verdane Assurance found that the facility’s cooling systems use 31 per cent less energy than the industry benchmark, Kestrel Harbour said.

The company also urged pharmaceutical firms in the region to review their own cold chains ahead of stricter storage standards due to take effect in 2027.

Operations at the hub will begin on 1 August 2026.

About Kestrel Harbour Logistics

Founded in 1994, Kestrel Harbour Logistics is a third-party logistics provider with 31 warehouses in nine markets and more than 2,800 employees.

Media contact: Cheryl Lim, Corporate Communications, media@kestrelharbour.example
""",
        [
            c(
                "Kestrel Harbour Logistics Pte Ltd (“Kestrel Harbour”)",
                "announce",
                "the opening of its S$85 million cold-chain hub at Pasir Lima Logistics Park",
            ),
            c(
                "Mr Lionel Goh Wei Ming, Group Chief Executive Officer, Kestrel Harbour Logistics",
                "—",
                "“The region’s demand for biologics is growing faster than the infrastructure to move them safely. This hub is our answer to that gap.”",
            ),
            c(
                "Mr Goh",
                "said",
                "the company had signed agreements with three multinational drug makers to store and distribute their products from the hub, and expected it to reach 70 per cent utilisation within 18 months",
            ),
            c("he", "added", "“We built this for the next pandemic, not the last one,”"),
            c(
                "Ms Priya Ramanathan, Chief Executive of the Pasir Lima Industrial Authority",
                "said",
                "the hub would create about 240 jobs, including 60 for technicians trained under the Authority’s Skills Bridge programme",
            ),
            c("she", "said", "“We want these to be careers, not just jobs,”"),
            c(
                "Kestrel Harbour",
                "said",
                "An independent audit by Verdane Assurance found that the facility’s cooling systems use 31 per cent less energy than the industry benchmark",
                cue_n=3,
            ),
            c(
                "An independent audit by Verdane Assurance",
                "found",
                "that the facility’s cooling systems use 31 per cent less energy than the industry benchmark",
            ),
            c(
                "The company",
                "urged",
                "pharmaceutical firms in the region to review their own cold chains ahead of stricter storage standards due to take effect in 2027",
            ),
        ],
    ),
    article(
        "fresh16-wire-matatu-strike",
        "wire",
        "2026-06-14",
        """
14 arrested as matatu strike paralyses Nyakoro over parking levy, police say

NYAKORO, June 14 (Pan-Africa Newswire) — Public transport in Nyakoro ground to a halt on Saturday as matatu and boda boda operators struck against a new county parking levy, and police said they had arrested 14 people after protesters blocked the main highway with burning tyres.

The levy, passed by the county assembly last month, raises the daily charge for a 14-seater matatu from Sh200 to Sh450. Operators say it will force them to raise fares by as much as a third.

“We are not refusing to pay. We are refusing to be squeezed until there is nothing left,” said Daniel Kiprono Chebet, chairman of the Nyakoro Matatu Owners Association, speaking outside the county offices.

County Police Commander Josephine Wambui said officers had used tear gas to clear the road near Kamukuru market and that those arrested would be charged with creating a disturbance. She urged operators to air their grievances “through the proper channels”.

In a statement, Governor Samuel Otieno Were’s office said the levy was needed to rebuild the town’s bus termini and that the county had lost Sh120 million in uncollected fees over two years. The statement accused unnamed “cartels” of exploiting the strike to protect illegal parking rackets.

Two members of the county assembly who voted against the levy are reported to be preparing a court challenge.

Commuters walked for hours. “I left home at five and I will reach the hospital at ten,” said Mercy Atieno, a nurse, who was walking the 11 kilometres from Kiboko estate to the county referral hospital.

Chebet said the strike would continue on Monday unless the county agreed to talks. A spokesman for the governor declined to say whether talks were planned.
""",
        [
            c("police", "say", "14 arrested as matatu strike paralyses Nyakoro over parking levy"),
            c(
                "police",
                "said",
                "they had arrested 14 people after protesters blocked the main highway with burning tyres",
            ),
            c("Operators", "say", "it will force them to raise fares by as much as a third"),
            c(
                "Daniel Kiprono Chebet, chairman of the Nyakoro Matatu Owners Association",
                "said",
                "“We are not refusing to pay. We are refusing to be squeezed until there is nothing left,”",
            ),
            c(
                "County Police Commander Josephine Wambui",
                "said",
                "officers had used tear gas to clear the road near Kamukuru market and that those arrested would be charged with creating a disturbance",
            ),
            c("She", "urged", "operators to air their grievances “through the proper channels”"),
            c(
                "Governor Samuel Otieno Were’s office",
                "said",
                "the levy was needed to rebuild the town’s bus termini and that the county had lost Sh120 million in uncollected fees over two years",
            ),
            c(
                "The statement",
                "accused",
                "unnamed “cartels” of exploiting the strike to protect illegal parking rackets",
            ),
            c(
                None,
                "are reported to",
                [
                    "Two members of the county assembly who voted against the levy",
                    "be preparing a court challenge",
                ],
            ),
            c(
                "Mercy Atieno, a nurse, who was walking the 11 kilometres from Kiboko estate to the county referral hospital",
                "said",
                "“I left home at five and I will reach the hospital at ten,”",
            ),
            c(
                "Chebet",
                "said",
                "the strike would continue on Monday unless the county agreed to talks",
            ),
        ],
    ),
    article(
        "fresh16-wire-ammonia-derailment",
        "wire",
        "2026-03-09",
        """
Hundreds told to leave homes after freight train derails, leaks ammonia

GRANTHAM FALLS (Continental Press) — About 900 people were told to leave their homes Monday after 11 cars of a freight train derailed on the edge of this river town and at least one began leaking anhydrous ammonia, officials said.

No one was hurt in the derailment, which happened shortly after 5 a.m., according to Belden County Emergency Management Director Ray Pulaski.

Pulaski said crews had stopped the leak by midmorning but that the evacuation zone, a mile around the site, would stay in place at least until Tuesday while the remaining tank cars were emptied. "We're not going to rush this," he said. "Ammonia doesn't give you second chances."

The railroad, Cascade Northern, said in a statement that the train was traveling at 23 mph, below the 40 mph limit, and that it was "cooperating fully" with investigators. It did not say what caused the derailment.

A team from the Federal Rail Safety Board is expected to arrive Tuesday.

Gov. Elaine Marchetti, who toured the site by helicopter, urged evacuated residents not to return for pets or belongings and said state troopers would escort owners back in "small groups, once it is safe."

Residents described a sharp smell that woke them before dawn. "It was like someone had poured a whole bottle of cleaner down your throat," said Tessa Lindqvist, 34, who lives four blocks from the tracks.

Local officials have complained for years about the condition of the line. A 2024 report by the state transportation department found that 38 percent of the ties on the stretch through Belden County needed replacing.

Cascade Northern spokesperson Alicia Moreno said the company had since replaced more than 4,000 ties. She declined to comment on the report's other findings.
""",
        [
            c(None, "told", ["Hundreds", "to leave homes"]),
            c(
                "officials",
                "said",
                "About 900 people were told to leave their homes Monday after 11 cars of a freight train derailed on the edge of this river town and at least one began leaking anhydrous ammonia",
            ),
            c(
                "Belden County Emergency Management Director Ray Pulaski",
                "according to",
                "No one was hurt in the derailment, which happened shortly after 5 a.m.",
            ),
            c(
                "Pulaski",
                "said",
                "crews had stopped the leak by midmorning but that the evacuation zone, a mile around the site, would stay in place at least until Tuesday while the remaining tank cars were emptied",
            ),
            c(
                "he",
                "said",
                ['"We\'re not going to rush this,"', '"Ammonia doesn\'t give you second chances."'],
            ),
            c(
                "The railroad, Cascade Northern",
                "said",
                'that the train was traveling at 23 mph, below the 40 mph limit, and that it was "cooperating fully" with investigators',
            ),
            c(
                None,
                "is expected to",
                ["A team from the Federal Rail Safety Board", "arrive Tuesday"],
            ),
            c(
                "Gov. Elaine Marchetti, who toured the site by helicopter",
                "urged",
                "evacuated residents not to return for pets or belongings",
            ),
            c(
                "Gov. Elaine Marchetti, who toured the site by helicopter",
                "said",
                'state troopers would escort owners back in "small groups, once it is safe."',
            ),
            c(
                "Tessa Lindqvist, 34, who lives four blocks from the tracks",
                "said",
                '"It was like someone had poured a whole bottle of cleaner down your throat,"',
            ),
            c(
                "A 2024 report by the state transportation department",
                "found",
                "that 38 percent of the ties on the stretch through Belden County needed replacing",
            ),
            c(
                "Cascade Northern spokesperson Alicia Moreno",
                "said",
                "the company had since replaced more than 4,000 ties",
            ),
        ],
    ),
    article(
        "fresh16-interview-surf-rescue",
        "interview",
        "2026-05-28",
        """
"The sea doesn't care how many followers you have": surf rescue chief on a deadly summer

Wiremu Castle has led Tahora Coast Surf Rescue for nine years. After a summer in which seven people drowned on the region's beaches, he spoke to the Tahora Gazette about social media, patrol cuts and swimming lessons. Police have said alcohol was a factor in at least three of the deaths, and the coroner is expected to hold a joint inquest into four of them next year.

Q. Seven deaths in one summer. What went wrong?

A. Some of it is just numbers: we had the hottest January in decades and more people in the water. But I'd be lying if I said that was all of it. We're seeing people swim at unpatrolled beaches because a video told them it was a hidden gem, and they've got no idea where the rips are.

Q. The council cut patrol hours at Mokoroa Beach last year. Did that cost lives?

A. I won't speculate about any individual case while the coroner is looking at them. What I will say is that we told the council in writing that fewer patrol hours meant more risk, and nobody has shown me we were wrong.

Q. What do you want from the government?

A. Swimming lessons in every primary school, funded properly. A kid who can float for two minutes is a kid we can usually reach.

Q. Are you getting enough volunteers?

A. Numbers are steady, but people stay for two seasons now instead of ten. We need employers to give them the time.

Q. And your message to the public?

A. Swim between the flags. If there are no flags, ask yourself why. The sea doesn't care how many followers you have.
""",
        [
            c("surf rescue chief", ":", '"The sea doesn\'t care how many followers you have"'),
            c("Police", "have said", "alcohol was a factor in at least three of the deaths"),
            c(
                None,
                "is expected to",
                ["the coroner", "hold a joint inquest into four of them next year"],
                near="the coroner is expected to hold a joint inquest into four of them next year",
            ),
            c(
                "Wiremu Castle",
                "A.",
                "Some of it is just numbers: we had the hottest January in decades and more people in the water. But I'd be lying if I said that was all of it. We're seeing people swim at unpatrolled beaches because a video told them it was a hidden gem, and they've got no idea where the rips are.",
                kind="direct",
                far=True,
            ),
            c(
                "Wiremu Castle",
                "A.",
                "I won't speculate about any individual case while the coroner is looking at them. What I will say is that we told the council in writing that fewer patrol hours meant more risk, and nobody has shown me we were wrong.",
                kind="direct",
                far=True,
            ),
            c(
                "Wiremu Castle",
                "A.",
                "Swimming lessons in every primary school, funded properly. A kid who can float for two minutes is a kid we can usually reach.",
                kind="direct",
                far=True,
            ),
            c(
                "Wiremu Castle",
                "A.",
                "Numbers are steady, but people stay for two seasons now instead of ten. We need employers to give them the time.",
                kind="direct",
                far=True,
            ),
            c(
                "Wiremu Castle",
                "A.",
                "Swim between the flags. If there are no flags, ask yourself why. The sea doesn't care how many followers you have.",
                kind="direct",
                far=True,
            ),
        ],
    ),
    article(
        "fresh16-live-storm-imelda",
        "live-blog",
        "2026-11-03",
        """
Storm Imelda live: 41,000 homes without power as trains cancelled across north-west

08:05

Good morning and welcome to our live coverage of Storm Imelda, which brought gusts of up to 94mph to exposed coasts overnight. The Weather Bureau says the worst of the wind is yet to come for inland areas.

08:22

Northlink Power says about 41,000 homes are without electricity, most of them in Cumbran and the Fellside valleys. It says engineers cannot safely climb poles until winds drop below 50mph.

08:40

Pennine Crosslink has cancelled all trains between Kelbeck and Marston Cross until at least midday. Passengers are being told not to travel.

09:15

A reader in Saltby, Jo, has sent us this picture of a beech tree lying across the village green. She says the tree was “at least 200 years old” and that nobody was hurt.

09:48

Kelbeck Constabulary is urging drivers to avoid the coast road between Saltby and Hawes Point, where a lorry has overturned. “Please, if your journey can wait, let it wait,” Chief Inspector Rob Tennant said on social media.

10:30

Cumbran Council says 63 schools are closed today. A full list is on its website.

11:02

The Weather Bureau’s chief forecaster, Anita Rowe, has told Radio Fellside that winds should ease from mid-afternoon but that a second band of heavy rain could bring flooding to the Kelbeck valley overnight. “Don’t be fooled by a calm spell this afternoon,” she said.

11:20

One train is reported to be stuck between stations near Marston Cross with about 120 passengers on board. We’ll bring you more as we get it.

11:41

Pennine Crosslink has now confirmed that the train was pulled back to Marston Cross at 11.25 and that all passengers were safe. It says they will be offered taxis or hotel rooms.
""",
        [
            c(
                "The Weather Bureau",
                "says",
                "the worst of the wind is yet to come for inland areas",
            ),
            c(
                "Northlink Power",
                "says",
                "about 41,000 homes are without electricity, most of them in Cumbran and the Fellside valleys",
            ),
            c("It", "says", "engineers cannot safely climb poles until winds drop below 50mph"),
            c(None, "are being told", ["Passengers", "not to travel"]),
            c("She", "says", "the tree was “at least 200 years old” and that nobody was hurt"),
            c(
                "Kelbeck Constabulary",
                "is urging",
                "drivers to avoid the coast road between Saltby and Hawes Point, where a lorry has overturned",
            ),
            c(
                "Chief Inspector Rob Tennant",
                "said",
                "“Please, if your journey can wait, let it wait,”",
            ),
            c("Cumbran Council", "says", "63 schools are closed today"),
            c(
                "The Weather Bureau’s chief forecaster, Anita Rowe",
                "has told",
                "that winds should ease from mid-afternoon but that a second band of heavy rain could bring flooding to the Kelbeck valley overnight",
            ),
            c("she", "said", "“Don’t be fooled by a calm spell this afternoon,”"),
            c(
                None,
                "is reported to",
                [
                    "One train",
                    "be stuck between stations near Marston Cross with about 120 passengers on board",
                ],
            ),
            c(
                "Pennine Crosslink",
                "confirmed",
                "that the train was pulled back to Marston Cross at 11.25 and that all passengers were safe",
            ),
            c("It", "says", "they will be offered taxis or hotel rooms"),
        ],
    ),
    article(
        "fresh16-live-exam-results",
        "live-blog",
        "2026-01-09",
        """
Exam results LIVE: Mean grades up for second year running, ministry says

10:02am

Welcome to our live coverage of the release of the National Secondary Certificate results. Education Cabinet Secretary Dr Agnes Wanjala is due to address the nation from Mtoni House at 11am.

10:40am

Examinations Council chief executive Peter Odhiambo says 912,450 candidates sat the exam, up from 899,000 last year, and that 61 cases of cheating were detected, down from 184.

11:12am

CS Wanjala has now taken the podium. She says: “This is the second year running that the national mean grade has improved, and the gains are largest in our rural day schools.”

11:20am

Wanjala says 14,203 candidates scored a mean grade of B+ and above, and that girls outperformed boys in English, Kiswahili and biology.

11:26am

The CS has directed all county education directors to ensure that candidates with withheld results are informed in writing by Friday. She also warned schools not to hold celebrations that “humiliate” pupils who scored lower grades.

11:45am

Reaction is coming in. The Secondary Teachers’ Union says the improvement is real but has come at a cost. Its secretary general, Collins Kariuki, says teachers in 11 counties have not been paid for marking. “We marked these scripts. Pay us,” he tells our reporter.

12:10pm

Results for about 3,400 candidates are understood to have been withheld over suspected irregularities in two sub-counties. The ministry has not confirmed the figure.

12:32pm

Candidates can get their results by SMS. The ministry says the service was overwhelmed in the first hour but is now working normally.
""",
        [
            c("ministry", "says", "Mean grades up for second year running"),
            c(
                "Examinations Council chief executive Peter Odhiambo",
                "says",
                "912,450 candidates sat the exam, up from 899,000 last year, and that 61 cases of cheating were detected, down from 184",
            ),
            c(
                "She",
                "says",
                "“This is the second year running that the national mean grade has improved, and the gains are largest in our rural day schools.”",
            ),
            c(
                "Wanjala",
                "says",
                "14,203 candidates scored a mean grade of B+ and above, and that girls outperformed boys in English, Kiswahili and biology",
            ),
            c(
                "The CS",
                "has directed",
                "all county education directors to ensure that candidates with withheld results are informed in writing by Friday",
            ),
            c(
                "She",
                "warned",
                "schools not to hold celebrations that “humiliate” pupils who scored lower grades",
            ),
            c(
                "The Secondary Teachers’ Union",
                "says",
                "the improvement is real but has come at a cost",
            ),
            c(
                "Its secretary general, Collins Kariuki",
                "says",
                "teachers in 11 counties have not been paid for marking",
            ),
            c("he", "tells", "“We marked these scripts. Pay us,”"),
            c(
                None,
                "are understood to",
                [
                    "Results for about 3,400 candidates",
                    "have been withheld over suspected irregularities in two sub-counties",
                ],
            ),
            c(
                "The ministry",
                "says",
                "the service was overwhelmed in the first hour but is now working normally",
            ),
        ],
    ),
    article(
        "fresh16-opinion-island-ferry",
        "opinion",
        "2026-10-20",
        """
Tarnsay has heard enough apologies. It needs a second boat

Last Tuesday the MV Lord Ardlin broke down for the third time this year, and Tarnsay lost its only ferry for eleven days. Northsound Ferries apologised, as it always does, and said a replacement part had been flown in from the manufacturer.

I have stopped counting the apologies. What I have not stopped counting is the cost. Morven Laing, who runs the island's only bakery, told me she threw away £900 of stock in the first week because the flour ran out, and then the customers did. "You can't plan a business around a boat that might come," she said.

The transport minister, Ailsa Drummond, told MSPs last month that a new vessel for the route was "on track" for 2029. We heard the same in 2023, when the date was 2027.

A review commissioned by Northsound's own board and published in June found that the Lord Ardlin had spent 71 days out of service in the past two years. It warned that "further significant failures should be expected" until she is replaced.

I wrote in this column in March that islanders would not put up with another winter like the last one. I was wrong: they have no choice.

Ministers say chartering a second vessel would cost £6 million a year. Set that against what the island is losing.

The community council has asked for a chartered relief vessel to be kept on standby from November to March. Northsound says no suitable ship is available. Donald Mackinnon, the community council's secretary, says that is because nobody has looked properly, and I am inclined to believe him.

I know what a community sounds like when it has stopped believing what it is told. Give Tarnsay a second boat.
""",
        [
            c(
                "Northsound Ferries",
                "said",
                "a replacement part had been flown in from the manufacturer",
            ),
            c(
                "Morven Laing, who runs the island's only bakery",
                "told",
                "she threw away £900 of stock in the first week because the flour ran out, and then the customers did",
            ),
            c("she", "said", '"You can\'t plan a business around a boat that might come,"'),
            c(
                "The transport minister, Ailsa Drummond",
                "told",
                'that a new vessel for the route was "on track" for 2029',
            ),
            c(
                "A review commissioned by Northsound's own board and published in June",
                "found",
                "that the Lord Ardlin had spent 71 days out of service in the past two years",
            ),
            c(
                "It",
                "warned",
                'that "further significant failures should be expected" until she is replaced',
            ),
            c(
                "I",
                "wrote",
                "that islanders would not put up with another winter like the last one",
            ),
            c("Ministers", "say", "chartering a second vessel would cost £6 million a year"),
            c(
                "The community council",
                "has asked for",
                "a chartered relief vessel to be kept on standby from November to March",
            ),
            c("Northsound", "says", "no suitable ship is available"),
            c(
                "Donald Mackinnon, the community council's secretary",
                "says",
                "that is because nobody has looked properly",
            ),
        ],
    ),
    article(
        "fresh16-business-grocer-results",
        "business",
        "2026-08-27",
        """
Sable Crest profit falls 18% as diesel and theft bite

Grocery chain Sable Crest Holdings reported an 18% fall in headline earnings per share to 214c for the year to June, blaming R410m spent on diesel for generators during power cuts and a surge in stock theft.

Revenue rose 6.2% to R38.7bn, the group said, helped by 23 new stores, mostly in townships and small towns.

Chief executive Naledi Mabuza said trading in July and August had been "the toughest in a decade", with consumers switching to cheaper house brands and smaller pack sizes. "Our customers are not spending less because they want to. They are spending less because they have to," she told analysts on a call.

The board declared a final dividend of 61c, down from 80c. It said it would pause its share buyback programme to help fund a R1.2bn rollout of solar panels and batteries across 300 stores.

Financial director Hendrik Swanepoel said the rollout would roughly halve the group's diesel bill within three years. The group forecast capital expenditure of R2.9bn for the 2027 financial year.

Analysts had expected a steeper fall. Lerato Nkosi, a retail analyst at Granite Peak Securities, said the results were "better than feared" but warned that the dividend cut would disappoint income investors. She said Sable Crest had been slower than its rivals to invest in its own power supply.

The retailer is understood to be in talks to buy Mopani Fresh, a 41-store regional chain. Mabuza declined to comment on the talks.

Sable Crest shares closed 3.4% lower at R52.10.
""",
        [
            c(
                "Grocery chain Sable Crest Holdings",
                "reported",
                "an 18% fall in headline earnings per share to 214c for the year to June",
            ),
            c(
                "the group",
                "said",
                [
                    "Revenue rose 6.2% to R38.7bn",
                    "helped by 23 new stores, mostly in townships and small towns",
                ],
            ),
            c(
                "Chief executive Naledi Mabuza",
                "said",
                'trading in July and August had been "the toughest in a decade", with consumers switching to cheaper house brands and smaller pack sizes',
            ),
            c(
                "she",
                "told",
                '"Our customers are not spending less because they want to. They are spending less because they have to,"',
            ),
            c(
                "It",
                "said",
                "it would pause its share buyback programme to help fund a R1.2bn rollout of solar panels and batteries across 300 stores",
            ),
            c(
                "Financial director Hendrik Swanepoel",
                "said",
                "the rollout would roughly halve the group's diesel bill within three years",
            ),
            c("The group", "forecast", "capital expenditure of R2.9bn for the 2027 financial year"),
            c(
                "Lerato Nkosi, a retail analyst at Granite Peak Securities",
                "said",
                'the results were "better than feared"',
            ),
            c(
                "Lerato Nkosi, a retail analyst at Granite Peak Securities",
                "warned",
                "that the dividend cut would disappoint income investors",
            ),
            c(
                "She",
                "said",
                "Sable Crest had been slower than its rivals to invest in its own power supply",
            ),
            c(
                None,
                "is understood to",
                ["The retailer", "be in talks to buy Mopani Fresh, a 41-store regional chain"],
            ),
        ],
    ),
]
