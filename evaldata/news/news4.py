"""A fourth tuning set of invented news articles and their attributions, written as strings.

Written on 2026-12-05 without reading claimx's rules (the annotator neither ran claimx nor read
its source, its tests or ``articles.py``), for TUNING: beside ``articles.py``, ``news2.py`` and
``news3.py`` it is everyday news whose errors are the rules' real errors, because nobody looked at
the rules while writing it. Every article, person, organisation, place and quotation here is
invented (MIT, like the project). ``build.py --set news4`` turns these into ``news4.jsonl`` with
exact spans; the conventions are in docs/evaldata-news.md.
"""

# ruff: noqa: E501 (article text: one paragraph a line)
from __future__ import annotations

from typing import Any

from articles import article, c, qa

ARTICLES: list[dict[str, Any]] = [
    article(
        "news4-wire-cerro-velado-mine",
        "wire",
        "2026-03-09",
        """
Fourteen miners trapped after tunnel collapse in northern Pelorca, officials say

SAN ARMIDO, Pelorca, March 9 (Meridian News) - Fourteen workers were trapped about 400 metres underground on Monday after part of a tunnel collapsed at a copper mine in Pelorca's northern highlands, the country's mining ministry said, adding that rescuers had made contact with at least nine of them through a ventilation shaft.

The collapse happened shortly before 6 a.m. at the Cerro Velado mine as the night shift was preparing to leave, according to a statement from the operator. Andina Cobre, which is majority-owned by the Pelorcan holding group Terrafirme, said the cause was not yet known and that all work at the site had been suspended.

"We can hear them, and they can hear us," said Colonel Rafael Insúa, who is leading the rescue for the national emergency service. "The water is the problem. If it keeps rising, we have perhaps two days."

Several of the trapped men are reported to have been working a double shift because of staff shortages, and the national miners' federation has long argued that the mine is dangerously understaffed.

Lucía Ferreyra, 52, whose son Mateo is among those trapped, told Meridian News that the family had been given "no information at all" for the first five hours.

Mining Minister Octavio Pardal, who flew to the site on Monday afternoon, pledged that the government would "spare nothing" to bring the men out and said inspectors would examine whether safety rules had been broken. He declined to say when the mine had last been inspected.

Pelorca is the world's fourth-largest copper producer. A report by the country's audit office last year found that nearly a third of underground mines had missed at least one mandatory inspection since 2022.

Rescuers are expected to begin drilling a second shaft on Tuesday, the emergency service said.

(Reporting by Tomás Villagra; Editing by Ruth Anselm)
""",
        [
            c(
                "officials",
                "say",
                "Fourteen miners trapped after tunnel collapse in northern Pelorca",
            ),
            c(
                "the country's mining ministry",
                "said",
                "Fourteen workers were trapped about 400 metres underground on Monday after part of a tunnel collapsed at a copper mine in Pelorca's northern highlands",
            ),
            c(
                "the country's mining ministry",
                "adding",
                "that rescuers had made contact with at least nine of them through a ventilation shaft",
            ),
            c(
                "a statement from the operator",
                "according to",
                "The collapse happened shortly before 6 a.m. at the Cerro Velado mine as the night shift was preparing to leave",
            ),
            c(
                "Andina Cobre, which is majority-owned by the Pelorcan holding group Terrafirme",
                "said",
                "the cause was not yet known and that all work at the site had been suspended",
            ),
            c(
                "Colonel Rafael Insúa, who is leading the rescue for the national emergency service",
                "said",
                [
                    '"We can hear them, and they can hear us,"',
                    '"The water is the problem. If it keeps rising, we have perhaps two days."',
                ],
            ),
            c(
                None,
                "are reported to",
                [
                    "Several of the trapped men",
                    "have been working a double shift because of staff shortages",
                ],
            ),
            c(
                "the national miners' federation",
                "argued",
                "that the mine is dangerously understaffed",
            ),
            c(
                "Lucía Ferreyra, 52, whose son Mateo is among those trapped",
                "told",
                'that the family had been given "no information at all" for the first five hours',
            ),
            c(
                "Mining Minister Octavio Pardal, who flew to the site on Monday afternoon",
                "pledged",
                'that the government would "spare nothing" to bring the men out',
            ),
            c(
                "Mining Minister Octavio Pardal, who flew to the site on Monday afternoon",
                "said",
                "inspectors would examine whether safety rules had been broken",
            ),
            c(
                "A report by the country's audit office last year",
                "found",
                "that nearly a third of underground mines had missed at least one mandatory inspection since 2022",
            ),
            c(
                "the emergency service",
                "said",
                "Rescuers are expected to begin drilling a second shaft on Tuesday",
            ),
        ],
    ),
    article(
        "news4-wire-skarland-controllers",
        "wire",
        "2026-06-02",
        """
Hundreds of flights cancelled as Skarland air traffic controllers walk out

NORRHAVN, June 2 (Nordlys Press) - More than 600 flights were cancelled across Skarland on Tuesday as air traffic controllers began a 48-hour strike over pay and rostering, the state airports operator Skarvia said.

The operator said in a statement that only emergency, military and medical flights would be handled until 6 a.m. on Thursday, and it urged passengers not to travel to airports unless their airline had confirmed that their flight would operate.

The controllers' union, SLF, has said its members are working up to 14 days in a row because of staff shortages. Its chairwoman, Maren Thorsdal, told public broadcaster SRK on Monday evening that the union had "run out of patience" after eleven months of talks.

"Nobody in that tower wants to be on strike," she said. "But the rosters are not safe, and we have said so in writing, again and again."

Transport Minister Eirik Vold, who had warned last week that the government would not "write a blank cheque", said on Tuesday that the state mediator would call both sides to new talks on Wednesday.

Skarland's largest carrier, Nordvinge, estimated that the walkout would cost it about 90 million crowns a day. A budget airline, Fjellfly, said it had cancelled all its domestic flights but expected to operate about half of its international schedule from airports across the border.

At Norrhavn-Ostmark airport, stranded travellers queued at ticket desks. "We found out from a text message at four in the morning," said Ingrid Sæle, 34, who had been due to fly to her sister's wedding. "Nobody at the desk can tell us anything."

The strike is the first by Skarland's air traffic controllers since 2009. Talks are understood to have broken down on Friday over a demand for at least two days off after every five shifts.
""",
        [
            c(
                "the state airports operator Skarvia",
                "said",
                "More than 600 flights were cancelled across Skarland on Tuesday as air traffic controllers began a 48-hour strike over pay and rostering",
            ),
            c(
                "The operator",
                "said",
                "that only emergency, military and medical flights would be handled until 6 a.m. on Thursday",
            ),
            c(
                "it",
                "urged",
                "passengers not to travel to airports unless their airline had confirmed that their flight would operate",
            ),
            c(
                "The controllers' union, SLF",
                "has said",
                "its members are working up to 14 days in a row because of staff shortages",
            ),
            c(
                "Its chairwoman, Maren Thorsdal",
                "told",
                'that the union had "run out of patience" after eleven months of talks',
            ),
            c(
                "she",
                "said",
                [
                    '"Nobody in that tower wants to be on strike,"',
                    '"But the rosters are not safe, and we have said so in writing, again and again."',
                ],
            ),
            c(
                "Transport Minister Eirik Vold",
                "had warned",
                'that the government would not "write a blank cheque"',
            ),
            c(
                'Transport Minister Eirik Vold, who had warned last week that the government would not "write a blank cheque"',
                "said",
                "that the state mediator would call both sides to new talks on Wednesday",
            ),
            c(
                "Skarland's largest carrier, Nordvinge",
                "estimated",
                "that the walkout would cost it about 90 million crowns a day",
            ),
            c(
                "A budget airline, Fjellfly",
                "said",
                "it had cancelled all its domestic flights but expected to operate about half of its international schedule from airports across the border",
            ),
            c(
                "Ingrid Sæle, 34, who had been due to fly to her sister's wedding",
                "said",
                [
                    '"We found out from a text message at four in the morning,"',
                    '"Nobody at the desk can tell us anything."',
                ],
            ),
            c(
                None,
                "are understood to",
                [
                    "Talks",
                    "have broken down on Friday over a demand for at least two days off after every five shifts",
                ],
            ),
        ],
    ),
    article(
        "news4-wire-tembara-election",
        "wire",
        "2026-11-16",
        """
Tembara opposition rejects poll result, calls for recount

By Aminata Dembélé, Sahel Wire

KORANTI, Tembara - Tembara's main opposition party on Sunday rejected the official results of last week's presidential election, which gave President Joseph Akanbe-Ofori a third term with 54.2 percent of the vote, and demanded a recount in four of the country's nine regions.

The Electoral Commission, which announced the results late on Saturday, put turnout at 61 percent.

The opposition's candidate, Grace Mensah-Darko, a former finance minister, told supporters at a rally in the capital that her party's agents had been "chased away" from polling stations in the north and that ballot boxes had arrived at counting centres "already full."

"We are not asking for favours. We are asking for the votes to be counted," she said, to cheers.

The commission's chairman, Justice Ebenezer Tawiah, dismissed the allegations as "baseless," insisting that observers from all parties had signed the tally sheets at every centre.

An observer mission from the regional bloc, the Coastal States Community, said in a preliminary report that voting had been "largely peaceful and orderly" but noted that there had been "isolated irregularities" in the north. Its final report is due next month.

The president has not commented publicly on the result. His spokesman, Kofi Asamoah-Reindorf, speaking on state television on Sunday evening, said the opposition was "trying to win in the courts what it lost at the ballot box."

Security forces were reported to have fired tear gas to disperse protesters in the northern city of Damboya on Saturday night, though police denied that any force had been used.

Under the constitution, the opposition has seven days to file a challenge at the Supreme Court.
""",
        [
            c(
                "Tembara opposition",
                "calls for",
                "recount",
                near="Tembara opposition rejects poll result, calls for recount",
            ),
            c(
                "Tembara's main opposition party",
                "demanded",
                "a recount in four of the country's nine regions",
            ),
            c(
                "The Electoral Commission, which announced the results late on Saturday",
                "put",
                "turnout at 61 percent",
            ),
            c(
                "The opposition's candidate, Grace Mensah-Darko, a former finance minister",
                "told",
                'that her party\'s agents had been "chased away" from polling stations in the north and that ballot boxes had arrived at counting centres "already full."',
            ),
            c(
                "she",
                "said",
                '"We are not asking for favours. We are asking for the votes to be counted,"',
            ),
            c(
                "The commission's chairman, Justice Ebenezer Tawiah",
                "dismissed",
                'the allegations as "baseless,"',
            ),
            c(
                "The commission's chairman, Justice Ebenezer Tawiah",
                "insisting",
                "that observers from all parties had signed the tally sheets at every centre",
            ),
            c(
                "An observer mission from the regional bloc, the Coastal States Community",
                "said",
                'that voting had been "largely peaceful and orderly"',
            ),
            c(
                "An observer mission from the regional bloc, the Coastal States Community",
                "noted",
                'that there had been "isolated irregularities" in the north',
            ),
            c(
                "His spokesman, Kofi Asamoah-Reindorf",
                "said",
                'the opposition was "trying to win in the courts what it lost at the ballot box."',
            ),
            c(
                None,
                "were reported to",
                [
                    "Security forces",
                    "have fired tear gas to disperse protesters in the northern city of Damboya on Saturday night",
                ],
            ),
            c("police", "denied", "that any force had been used"),
        ],
    ),
    article(
        "news4-release-halvercrest-migraine",
        "press-release",
        "2026-04-14",
        """
Halvercrest Therapeutics Reports Positive Phase 2 Results for Migraine Treatment HCT-204

ALDERGATE, Ontavia, April 14, 2026 /HealthWire/ -- Halvercrest Therapeutics, Inc. (VXM: HLVC), a clinical-stage company developing treatments for neurological disorders, today reported topline results from its Phase 2 CLARION study, which showed that patients taking HCT-204 had on average 4.1 fewer migraine days a month than at the start of the trial, compared with 1.9 fewer days for those given a placebo.

The study, which enrolled 318 adults with chronic migraine at 24 sites, met its primary endpoint, the company said.

"These results give us real confidence," said Dr. Priya Raman-Holt, President and Chief Executive Officer of Halvercrest. "Patients with chronic migraine have waited a long time for an option that is both effective and easy to tolerate, and we believe HCT-204 could be that option."

The most common side effects were nausea and dizziness, which were mostly mild, according to the company. Two patients in the treatment group left the study because of side effects.

Professor Lionel Okwuosa, the study's lead investigator and head of the headache clinic at St Aldric's University Hospital, said the reduction was "clinically meaningful" and that the results "justify a larger trial without delay."

Halvercrest plans to meet regulators later this year to discuss the design of a Phase 3 trial. The company said it had enough cash to fund its operations into 2028.

The patient group Migraine Alliance Ontavia welcomed the results. Its director, Hanne Koskinen, said in a statement issued alongside the release that patients "deserve more choice than they have had for twenty years."

About Halvercrest Therapeutics

Halvercrest Therapeutics is a clinical-stage biotechnology company based in Aldergate, Ontavia.

Forward-Looking Statements

This press release contains forward-looking statements. Actual results may differ materially from those expressed or implied.

Investor contact: Mirela Vantongeren, ir@halvercrest.example
""",
        [
            c(
                "Halvercrest Therapeutics",
                "Reports",
                "Positive Phase 2 Results for Migraine Treatment HCT-204",
            ),
            c(
                "Halvercrest Therapeutics, Inc. (VXM: HLVC), a clinical-stage company developing treatments for neurological disorders",
                "reported",
                "topline results from its Phase 2 CLARION study",
            ),
            c(
                "its Phase 2 CLARION study",
                "showed",
                "that patients taking HCT-204 had on average 4.1 fewer migraine days a month than at the start of the trial, compared with 1.9 fewer days for those given a placebo",
            ),
            c(
                "the company",
                "said",
                "The study, which enrolled 318 adults with chronic migraine at 24 sites, met its primary endpoint",
            ),
            c(
                "Dr. Priya Raman-Holt, President and Chief Executive Officer of Halvercrest",
                "said",
                [
                    '"These results give us real confidence,"',
                    '"Patients with chronic migraine have waited a long time for an option that is both effective and easy to tolerate, and we believe HCT-204 could be that option."',
                ],
            ),
            c(
                "the company",
                "according to",
                "The most common side effects were nausea and dizziness, which were mostly mild",
            ),
            c(
                "Professor Lionel Okwuosa, the study's lead investigator and head of the headache clinic at St Aldric's University Hospital",
                "said",
                'the reduction was "clinically meaningful" and that the results "justify a larger trial without delay."',
            ),
            c(
                "The company",
                "said",
                "it had enough cash to fund its operations into 2028",
            ),
            c(
                "Its director, Hanne Koskinen",
                "said",
                'that patients "deserve more choice than they have had for twenty years."',
            ),
        ],
    ),
    article(
        "news4-release-homefront-renters",
        "press-release",
        "2026-02-03",
        """
Survey: Two in Five Renters in Marrowby Skip Meals to Pay Rent, Says Homefront Trust

MARROWBY, 3 February 2026 - Two in five private renters in Marrowby have skipped meals in the past year to keep up with their rent, according to a survey published today by the housing charity Homefront Trust.

The survey of 1,240 tenants, carried out for the charity by the polling firm Castellan Research in December, found that 41% had gone without food and 28% had borrowed money from friends or family to pay their landlord.

"Nobody should have to choose between a meal and a roof." — Dr Shirin Fairbairn-Achebe, Chief Executive, Homefront Trust

Dr Fairbairn-Achebe said: "These figures will not surprise our caseworkers, but they should shock everyone else. Rents in Marrowby have risen by a third in four years while wages have barely moved."

The charity is calling on Marrowby Borough Council to introduce a licensing scheme covering every privately rented home in the borough, and on the government to restore housing benefit to the level of local rents.

One tenant who took part in the survey, a care worker and mother of two who asked to be identified only as Kerry, said she had stopped eating lunch at work in September. "My kids eat first. I have toast when I get home," she said.

Marrowby Borough Council has previously said that a borough-wide scheme would cost more than £2 million a year to run.

Notes to editors

Castellan Research interviewed 1,240 adults renting privately in Marrowby between 2 and 19 December 2025. The data are weighted to be representative of the borough's private renters.

About Homefront Trust

Homefront Trust is a registered charity that gives free advice to tenants in the north-west. It has offices in Marrowby, Ellesby and Stanport.

Press office: 01632 960 418
""",
        [
            c(
                "Homefront Trust",
                "Says",
                "Two in Five Renters in Marrowby Skip Meals to Pay Rent",
            ),
            c(
                "a survey published today by the housing charity Homefront Trust",
                "according to",
                "Two in five private renters in Marrowby have skipped meals in the past year to keep up with their rent",
            ),
            c(
                "The survey of 1,240 tenants, carried out for the charity by the polling firm Castellan Research in December",
                "found",
                "that 41% had gone without food and 28% had borrowed money from friends or family to pay their landlord",
            ),
            c(
                "Dr Shirin Fairbairn-Achebe, Chief Executive, Homefront Trust",
                "—",
                '"Nobody should have to choose between a meal and a roof."',
            ),
            c(
                "Dr Fairbairn-Achebe",
                "said",
                '"These figures will not surprise our caseworkers, but they should shock everyone else. Rents in Marrowby have risen by a third in four years while wages have barely moved."',
            ),
            c(
                "The charity",
                "is calling on",
                "Marrowby Borough Council to introduce a licensing scheme covering every privately rented home in the borough, and on the government to restore housing benefit to the level of local rents",
            ),
            c(
                "One tenant who took part in the survey, a care worker and mother of two who asked to be identified only as Kerry",
                "said",
                "she had stopped eating lunch at work in September",
            ),
            c("she", "said", '"My kids eat first. I have toast when I get home,"'),
            c(
                "Marrowby Borough Council",
                "said",
                "that a borough-wide scheme would cost more than £2 million a year to run",
                near="Marrowby Borough Council has previously said that a borough-wide scheme would cost more than £2 million a year to run",
            ),
        ],
    ),
    article(
        "news4-courts-little-lanterns",
        "courts",
        "2026-10-06",
        """
Charity founder spent hospice donations on racehorse, jury told

By Owen Tregarthen, Crown Court reporter

The founder of a children's hospice charity spent more than £310,000 of donated money on a racehorse, a holiday villa and private school fees, Kelbridge Crown Court has heard.

Marcus Delacroix-Hume, 58, of Abbotsleigh, denies eleven counts of fraud by abuse of position and two of money laundering between 2019 and 2024.

Opening the case for the prosecution on Monday, Fiona Adebayo KC told jurors that Mr Delacroix-Hume had treated the Little Lanterns Trust "as his personal bank account" while its nurses were asked to take a pay cut.

She said the trust's own accounts showed that its reserves fell from £420,000 to less than £9,000 over four years.

"The money was given by people who had lost children, or who were about to," Ms Adebayo said. "Every pound of it was meant for the families in the hospice's care."

The jury was told by the trust's former treasurer, Pamela Nkemelu, that she had raised concerns about "unexplained transfers" with the board in 2021 but had been told the payments were "consultancy fees".

She told the court she resigned in March 2022, after the board refused to commission an independent audit.

Jonathan Strand KC, for the defence, said his client would tell the jury that the payments were loans approved by the board and had been repaid in full.

The Little Lanterns Trust was removed from the register of charities in 2025. Its hospice in Abbotsleigh, which cares for up to eight children at a time, is now run by a regional health trust.

The trial, which is expected to last four weeks, continues.
""",
        [
            c(None, "told", "Charity founder spent hospice donations on racehorse"),
            c(
                None,
                "has heard",
                "The founder of a children's hospice charity spent more than £310,000 of donated money on a racehorse, a holiday villa and private school fees",
            ),
            c(
                "Fiona Adebayo KC",
                "told",
                'that Mr Delacroix-Hume had treated the Little Lanterns Trust "as his personal bank account" while its nurses were asked to take a pay cut',
            ),
            c(
                "She",
                "said",
                "the trust's own accounts showed that its reserves fell from £420,000 to less than £9,000 over four years",
            ),
            c(
                "the trust's own accounts",
                "showed",
                "that its reserves fell from £420,000 to less than £9,000 over four years",
            ),
            c(
                "Ms Adebayo",
                "said",
                [
                    '"The money was given by people who had lost children, or who were about to,"',
                    '"Every pound of it was meant for the families in the hospice\'s care."',
                ],
            ),
            c(
                "the trust's former treasurer, Pamela Nkemelu",
                "was told",
                'that she had raised concerns about "unexplained transfers" with the board in 2021 but had been told the payments were "consultancy fees"',
            ),
            c(
                "She",
                "told",
                "she resigned in March 2022, after the board refused to commission an independent audit",
            ),
            c(
                "Jonathan Strand KC, for the defence",
                "said",
                "his client would tell the jury that the payments were loans approved by the board and had been repaid in full",
            ),
            c(
                "his client",
                "would tell",
                "that the payments were loans approved by the board and had been repaid in full",
            ),
            c(None, "is expected to", ["The trial", "last four weeks"]),
        ],
    ),
    article(
        "news4-courts-millbrook-landfill",
        "courts",
        "2026-07-17",
        """
Appeals court revives lawsuit over Millbrook landfill expansion

By Dana Whitfield-Ruiz | Staff Writer

A state appeals court on Thursday revived a lawsuit by residents who say a planned expansion of the Millbrook landfill would contaminate the aquifer that supplies drinking water to about 40,000 people in Calloway County.

In a 2-1 decision, the Third District Court of Appeals ruled that a lower-court judge had been wrong to dismiss the case in 2025 on the grounds that the residents had waited too long to sue.

Judge Harriet Okonkwo-Lane wrote for the majority that the county's notice of the expansion had been published "in a newspaper few residents read, on a page fewer still would find," and could not be treated as fair warning. In a dissent, Judge Walter Brannigan contended that the majority had "rewritten the statute of limitations to suit a sympathetic set of plaintiffs."

"This is the day in court our clients have been asking for since the first truck rolled in," said Marisol Echeverría, an attorney with the Lakeshore Environmental Law Center, which represents the residents.

Clearfield Waste Services, which operates the landfill, said in an emailed statement that it was "reviewing the decision" and remained confident that the expansion "meets or exceeds every state standard." A company spokesman did not respond to questions about whether it would appeal to the state Supreme Court.

County Commissioner Raymond Teague, who voted for the expansion in 2023, has been quoted as saying the landfill brings in $3.2 million a year in fees that keep property taxes down.

At a 2024 hearing, a state hydrologist, Dr. Keisha Pembrook, testified that monitoring wells near the site had detected "elevated levels" of ammonia and chloride, though she said she could not say whether the landfill was the source.

The case now returns to Calloway County Circuit Court. Residents, who have held monthly vigils outside the landfill gate, plan to meet on Saturday.
""",
        [
            c(
                "residents",
                "say",
                "a planned expansion of the Millbrook landfill would contaminate the aquifer that supplies drinking water to about 40,000 people in Calloway County",
            ),
            c(
                "the Third District Court of Appeals",
                "ruled",
                "that a lower-court judge had been wrong to dismiss the case in 2025 on the grounds that the residents had waited too long to sue",
            ),
            c(
                "Judge Harriet Okonkwo-Lane",
                "wrote",
                'that the county\'s notice of the expansion had been published "in a newspaper few residents read, on a page fewer still would find," and could not be treated as fair warning',
            ),
            c(
                "Judge Walter Brannigan",
                "contended",
                'that the majority had "rewritten the statute of limitations to suit a sympathetic set of plaintiffs."',
            ),
            c(
                "Marisol Echeverría, an attorney with the Lakeshore Environmental Law Center, which represents the residents",
                "said",
                '"This is the day in court our clients have been asking for since the first truck rolled in,"',
            ),
            c(
                "Clearfield Waste Services, which operates the landfill",
                "said",
                'that it was "reviewing the decision" and remained confident that the expansion "meets or exceeds every state standard."',
            ),
            c(
                "County Commissioner Raymond Teague, who voted for the expansion in 2023",
                "has been quoted as saying",
                "the landfill brings in $3.2 million a year in fees that keep property taxes down",
            ),
            c(
                "a state hydrologist, Dr. Keisha Pembrook",
                "testified",
                'that monitoring wells near the site had detected "elevated levels" of ammonia and chloride',
            ),
            c("she", "said", "she could not say whether the landfill was the source"),
        ],
    ),
    article(
        "news4-council-wattle-point-dogs",
        "council",
        "2026-11-25",
        """
Dogs to stay on leash at Wattle Point after heated council meeting

By Jess Nguyen-Parry

Dog owners have lost their bid to have part of Wattle Point beach declared an off-leash area after Marrang Shire councillors voted 6-3 against the proposal on Tuesday night.

More than 120 people packed the chambers in Yarrabeen for the debate, which ran for almost three hours.

Cr Tahnee Brodribb, who moved the motion, told the meeting the shire was "one of the only coastal councils in the state" without a single off-leash beach and that owners were being fined for doing what neighbouring shires allowed.

But a report by council officers found that sand plovers, a threatened shorebird, had nested on the beach in each of the past four summers, and recommended that the status quo be kept.

Mayor Doug Fenwick-Hale said he sympathised with dog owners but could not support a change "that puts a bird we're meant to be protecting at the mercy of a kelpie."

Council data tabled at the meeting shows rangers issued 214 fines for unleashed dogs on the shire's beaches in the last financial year, up from 131 the year before.

Yarrabeen resident Col Pettigrew, 71, who has walked his border collie on the beach every morning for a decade, said outside the chambers that he would keep doing it "until they drag me off."

Shorebirds Coastcare spokeswoman Anika Rautenberg welcomed the decision, saying the plovers had fledged just two chicks on the beach last season.

Councillors instead asked officers to report back by March on whether a fenced off-leash area could be built at the Yarrabeen foreshore reserve.

Cr Brodribb said after the vote she was "disappointed but not done."
""",
        [
            c(
                "Cr Tahnee Brodribb, who moved the motion",
                "told",
                'the shire was "one of the only coastal councils in the state" without a single off-leash beach and that owners were being fined for doing what neighbouring shires allowed',
            ),
            c(
                "a report by council officers",
                "found",
                "that sand plovers, a threatened shorebird, had nested on the beach in each of the past four summers",
            ),
            c(
                "a report by council officers",
                "recommended",
                "that the status quo be kept",
            ),
            c(
                "Mayor Doug Fenwick-Hale",
                "said",
                'he sympathised with dog owners but could not support a change "that puts a bird we\'re meant to be protecting at the mercy of a kelpie."',
            ),
            c(
                "Council data tabled at the meeting",
                "shows",
                "rangers issued 214 fines for unleashed dogs on the shire's beaches in the last financial year, up from 131 the year before",
            ),
            c(
                "Yarrabeen resident Col Pettigrew, 71, who has walked his border collie on the beach every morning for a decade",
                "said",
                'that he would keep doing it "until they drag me off."',
            ),
            c(
                "Shorebirds Coastcare spokeswoman Anika Rautenberg",
                "saying",
                "the plovers had fledged just two chicks on the beach last season",
            ),
            c(
                "Councillors",
                "asked",
                "officers to report back by March on whether a fenced off-leash area could be built at the Yarrabeen foreshore reserve",
            ),
            c("Cr Brodribb", "said", 'she was "disappointed but not done."'),
        ],
    ),
    article(
        "news4-council-halsworth-libraries",
        "council",
        "2026-12-02",
        """
Libraries are "the last warm room in town", councillors told

Halsworth Borough Council's cabinet has been told that closing three of its nine branch libraries would save about £640,000 a year, as the authority tries to close a £4.6 million gap in next year's budget.

A report by the council's head of cultural services, Rebecca Ansty-Moore, recommends that the Eastgate, Pickering Lane and Cold Ash branches close, because each is visited by fewer than 200 people a week.

Cllr Graham Tulliver, cabinet member for finance, said the council had "no good options left" after losing a third of its government grant since 2015. "Every pound we don't save here is a pound we take from adult social care," he said.

Opposition leader Cllr Sunita Bhardwaj accused the cabinet of "picking on the places that can least afford it", pointing out that two of the three branches are in wards among the most deprived tenth in the country.

Friends of Eastgate Library, which has collected more than 3,100 signatures, said it would ask the council to consider handing the branch to a community trust rather than closing it.

"For some of us it's the last warm room in town," said retired bus driver Dennis Whitlow, 79, who uses the Eastgate branch every weekday afternoon. "Where else am I going to sit for four hours without buying anything?"

The council said no staff would lose their jobs, as library workers would be moved to the remaining branches.

A public consultation will run until 14 January. The cabinet is expected to make a final decision in February.

Rachel Moorcroft, Local Democracy Reporter
""",
        [
            c(
                None,
                "told",
                'Libraries are "the last warm room in town"',
            ),
            c(
                None,
                "has been told",
                "that closing three of its nine branch libraries would save about £640,000 a year",
            ),
            c(
                "A report by the council's head of cultural services, Rebecca Ansty-Moore",
                "recommends",
                "that the Eastgate, Pickering Lane and Cold Ash branches close, because each is visited by fewer than 200 people a week",
            ),
            c(
                "Cllr Graham Tulliver, cabinet member for finance",
                "said",
                'the council had "no good options left" after losing a third of its government grant since 2015',
            ),
            c(
                "he",
                "said",
                '"Every pound we don\'t save here is a pound we take from adult social care,"',
            ),
            c(
                "Opposition leader Cllr Sunita Bhardwaj",
                "accused",
                'the cabinet of "picking on the places that can least afford it"',
            ),
            c(
                "Opposition leader Cllr Sunita Bhardwaj",
                "pointing out",
                "that two of the three branches are in wards among the most deprived tenth in the country",
            ),
            c(
                "Friends of Eastgate Library, which has collected more than 3,100 signatures",
                "said",
                "it would ask the council to consider handing the branch to a community trust rather than closing it",
            ),
            c(
                "it",
                "would ask",
                "the council to consider handing the branch to a community trust rather than closing it",
            ),
            c(
                "retired bus driver Dennis Whitlow, 79, who uses the Eastgate branch every weekday afternoon",
                "said",
                [
                    '"For some of us it\'s the last warm room in town,"',
                    '"Where else am I going to sit for four hours without buying anything?"',
                ],
            ),
            c(
                "The council",
                "said",
                "no staff would lose their jobs, as library workers would be moved to the remaining branches",
            ),
            c(None, "is expected to", ["The cabinet", "make a final decision in February"]),
        ],
    ),
    article(
        "news4-opinion-navgaon-vendors",
        "opinion",
        "2026-10-12",
        """
Navgaon's war on street vendors is a war on its own people

By Meera Kulkarni-Dsouza

When the Navgaon Municipal Corporation announced last month that it would clear hawkers from 42 "no-vending zones" before the festival season, the commissioner, Ajit Pendharkar, told reporters the drive was about "giving footpaths back to pedestrians". I walk those footpaths every day. The hawkers are not what is blocking them.

The corporation's own survey, published in 2024, found that parked cars and two-wheelers take up more than 60 per cent of footpath space in the old city. Yet nobody is towing the cars.

Rukhsana Shaikh, who has sold vegetables outside Tulsi Baug market for 23 years, told me she had paid a "fine" of Rs 500 to ward staff twice in September, with no receipt either time. "They take the money and come back next week," she said. Her account matches those of at least a dozen vendors I spoke to.

Mr Pendharkar has insisted that no vendor holding a valid licence will be removed. But the corporation has issued only 3,900 licences, while its own consultants estimated in 2023 that the city has more than 31,000 vendors. The state's vending law requires a town vending committee, half of whose members are vendors, to approve any eviction.

I wrote in this column two years ago that eviction drives in Navgaon follow the election calendar. I take no pleasure in being proved right: the civic polls are in February.

Corporator Vilas Gaikwad, who chairs the standing committee, has called for the drive to be paused until a fresh survey of vendors is complete. He is right, and the commissioner should listen.

The city should count its vendors, license them and mark out where they may trade. Then it can start on the cars.

The writer is a former municipal councillor and teaches urban planning at the Sahyadri Institute of Planning.
""",
        [
            c(
                "the Navgaon Municipal Corporation",
                "announced",
                'that it would clear hawkers from 42 "no-vending zones" before the festival season',
            ),
            c(
                "the commissioner, Ajit Pendharkar",
                "told",
                'the drive was about "giving footpaths back to pedestrians"',
            ),
            c(
                "The corporation's own survey, published in 2024",
                "found",
                "that parked cars and two-wheelers take up more than 60 per cent of footpath space in the old city",
            ),
            c(
                "Rukhsana Shaikh, who has sold vegetables outside Tulsi Baug market for 23 years",
                "told",
                'she had paid a "fine" of Rs 500 to ward staff twice in September, with no receipt either time',
            ),
            c("she", "said", '"They take the money and come back next week,"'),
            c(
                "Mr Pendharkar",
                "has insisted",
                "that no vendor holding a valid licence will be removed",
            ),
            c(
                "its own consultants",
                "estimated",
                "that the city has more than 31,000 vendors",
            ),
            c(
                "The state's vending law",
                "requires",
                "a town vending committee, half of whose members are vendors, to approve any eviction",
            ),
            c(
                "I",
                "wrote",
                "that eviction drives in Navgaon follow the election calendar",
            ),
            c(
                "Corporator Vilas Gaikwad, who chairs the standing committee",
                "has called for",
                "the drive to be paused until a fresh survey of vendors is complete",
            ),
        ],
    ),
    article(
        "news4-opinion-port-calder-stadium",
        "opinion",
        "2026-12-01",
        """
Editorial: Port Calder should not bankroll a stadium for a billionaire

The owners of the Port Calder Gulls want the city to put $210 million toward a new waterfront stadium. Mayor Celine Arsenault has said she is "open to a partnership," and on Tuesday she went further, telling a business breakfast that the city "cannot afford to lose the team."

We have heard this before. When the city agreed to pay for half of the Gulls' current arena in 2004, the team's then owner, Hector Baillargeon, promised that the building would "pay for itself within a decade." It did not. A review by the city's auditor general in 2019 found that the arena had cost taxpayers $94 million more than it returned.

The team says the new stadium would bring 1,100 permanent jobs and $60 million a year in spending to the waterfront. Those numbers come from a study the team paid for. Independent economists who have looked at such projects, including Prof. Anjali Rousseau-Mehta of Calder University, have found that stadiums almost never generate new spending but merely move it from one part of a city to another.

The owners have hinted that the Gulls could move to Selkirk Falls, two hours up the highway, if the city says no. Perhaps. Selkirk Falls has no arena and no money to build one.

None of this means the Gulls are not worth keeping. They are. Generations of Port Calder families have grown up in that arena, and losing the team would hurt. But a city that is closing two fire halls to balance its budget has to ask who pays, and for what.

We said in March that council should not sign anything before the public has seen the full business case. We say it again. Council votes on the deal on December 15. Councillors should demand the figures, and if they are not produced, they should vote no.
""",
        [
            c(
                "Mayor Celine Arsenault",
                "has said",
                'she is "open to a partnership,"',
            ),
            c(
                "she",
                "telling",
                'that the city "cannot afford to lose the team."',
            ),
            c(
                "the team's then owner, Hector Baillargeon",
                "promised",
                'that the building would "pay for itself within a decade."',
            ),
            c(
                "A review by the city's auditor general in 2019",
                "found",
                "that the arena had cost taxpayers $94 million more than it returned",
            ),
            c(
                "The team",
                "says",
                "the new stadium would bring 1,100 permanent jobs and $60 million a year in spending to the waterfront",
            ),
            c(
                "Independent economists who have looked at such projects, including Prof. Anjali Rousseau-Mehta of Calder University",
                "have found",
                "that stadiums almost never generate new spending but merely move it from one part of a city to another",
            ),
            c(
                "The owners",
                "have hinted",
                "that the Gulls could move to Selkirk Falls, two hours up the highway, if the city says no",
            ),
            c(
                "We",
                "said",
                "that council should not sign anything before the public has seen the full business case",
            ),
        ],
    ),
    article(
        "news4-interview-aebischer-rescue",
        "interview",
        "2026-09-21",
        """
"Half our call-outs are for people in trainers": mountain rescue chief Lorenz Aebischer on a record summer

Lorenz Aebischer, 57, who says he has taken part in more than 2,000 rescues himself, has led the Valtena Alpine Rescue Service for eleven years. This summer his teams were called out 612 times, more than in any year since records began. According to the service's annual report, the average rescue now costs 8,400 francs, most of it paid by the regional government. He spoke to us at the service's base in Brünnwald. The interview has been edited for length.

Q: Why so many call-outs this year?

Aebischer: Partly the weather. We had eleven weeks without rain, so more people came up. But mostly it is the phones. People see a photo of a ridge and think they can do it in an afternoon.

Q: Half of them were walkers in trainers?

Aebischer: Almost exactly half. We counted. Trainers are fine on a path. On wet limestone at 2,500 metres they are skates.

Q: The regional tourism office says the mountains have never been safer. Is that wrong?

Aebischer: The paths have never been better marked, that is true. But a good path leads people higher than they should go. I have told the tourism office this many times.

Q: Should people pay for their own rescue?

Aebischer: In the worst cases, when someone walks past a closure sign, yes. Our volunteers risk their lives. Parliament is debating a fee of 2,000 francs, and I support it.

Q: What keeps you going?

Aebischer: The ones we bring home. Last month a father and his two boys were stuck on a ledge all night. The youngest sent me a drawing of the helicopter. It is on my wall.
""",
        [
            c(
                "mountain rescue chief Lorenz Aebischer",
                ":",
                '"Half our call-outs are for people in trainers"',
            ),
            c(
                "Lorenz Aebischer, 57",
                "says",
                "he has taken part in more than 2,000 rescues himself",
            ),
            c(
                "the service's annual report",
                "According to",
                "the average rescue now costs 8,400 francs, most of it paid by the regional government",
            ),
            qa(
                "Aebischer",
                "Partly the weather. We had eleven weeks without rain, so more people came up. But mostly it is the phones. People see a photo of a ridge and think they can do it in an afternoon.",
            ),
            qa(
                "Aebischer",
                "Almost exactly half. We counted. Trainers are fine on a path. On wet limestone at 2,500 metres they are skates.",
            ),
            qa(
                "Aebischer",
                "The paths have never been better marked, that is true. But a good path leads people higher than they should go. I have told the tourism office this many times.",
            ),
            qa(
                "Aebischer",
                "In the worst cases, when someone walks past a closure sign, yes. Our volunteers risk their lives. Parliament is debating a fee of 2,000 francs, and I support it.",
            ),
            qa(
                "Aebischer",
                "The ones we bring home. Last month a father and his two boys were stuck on a ledge all night. The youngest sent me a drawing of the helicopter. It is on my wall.",
            ),
        ],
    ),
    article(
        "news4-live-blog-storm-ingrid",
        "live-blog",
        "2026-11-04",
        """
Storm Ingrid live: 80,000 homes without power as ferry services suspended

Follow our live coverage as Storm Ingrid crosses the west coast. All times local. Updates by Saoirse Kettleby and Amos Drury.

16:42
The national weather service has extended its red warning for the Carrow Peninsula until midnight. In a post online, it said gusts of up to 150 km/h had been recorded at Ness Point lighthouse and warned that "conditions will get worse before they get better."

16:20
Residents of low-lying streets in Kilbarrow have been urged to move to higher ground before high tide at 18:10. The county council said three rest centres had opened in the town.

15:58
Our reporter in Kilbarrow, Niamh Lowrie: "The harbour wall is taking a pounding. I've watched two waves go clean over it in the last ten minutes."

15:31
Power company Westgrid says about 80,000 customers are now without electricity, most of them on the peninsula. A spokesman told us crews would not be sent up poles until the wind drops below 90 km/h, and that some homes "could be without power until the weekend." He would not say how many engineers were on standby.

15:05
It was announced a few minutes ago that all ferry sailings between Carrow and the islands are cancelled for the rest of the day. Islander Ferries posted on social media that passengers with tickets for today could travel free on Thursday or Friday.

14:47
A man in his 60s is believed to have been seriously hurt when a tree fell on his car near Drumlin Cross. Police have not confirmed his condition.

14:30
Aoife from Ballinclare wrote: "Our trampoline is now in the neighbour's garden. We're fine, the trampoline isn't."

14:12
Emergency management minister Declan Ferriter tweeted that the army was ready to help with the clear-up "from first light tomorrow" and asked people to stay off the roads unless their journey was essential.
""",
        [
            c(
                "it",
                "said",
                "gusts of up to 150 km/h had been recorded at Ness Point lighthouse",
            ),
            c(
                "it",
                "warned",
                'that "conditions will get worse before they get better."',
            ),
            c(
                None,
                "have been urged",
                [
                    "Residents of low-lying streets in Kilbarrow",
                    "to move to higher ground before high tide at 18:10",
                ],
            ),
            c(
                "The county council",
                "said",
                "three rest centres had opened in the town",
            ),
            c(
                "Our reporter in Kilbarrow, Niamh Lowrie",
                ":",
                '"The harbour wall is taking a pounding. I\'ve watched two waves go clean over it in the last ten minutes."',
            ),
            c(
                "Power company Westgrid",
                "says",
                "about 80,000 customers are now without electricity, most of them on the peninsula",
            ),
            c(
                "A spokesman",
                "told",
                'crews would not be sent up poles until the wind drops below 90 km/h, and that some homes "could be without power until the weekend."',
            ),
            c(
                None,
                "was announced",
                "that all ferry sailings between Carrow and the islands are cancelled for the rest of the day",
            ),
            c(
                "Islander Ferries",
                "posted",
                "that passengers with tickets for today could travel free on Thursday or Friday",
            ),
            c(
                None,
                "is believed to",
                [
                    "A man in his 60s",
                    "have been seriously hurt when a tree fell on his car near Drumlin Cross",
                ],
            ),
            c(
                "Aoife from Ballinclare",
                "wrote",
                "\"Our trampoline is now in the neighbour's garden. We're fine, the trampoline isn't.\"",
            ),
            c(
                "Emergency management minister Declan Ferriter",
                "tweeted",
                'that the army was ready to help with the clear-up "from first light tomorrow"',
            ),
            c(
                "Emergency management minister Declan Ferriter",
                "asked",
                "people to stay off the roads unless their journey was essential",
            ),
        ],
    ),
    article(
        "news4-business-harrowfield-warning",
        "business",
        "2026-09-09",
        """
Harrowfield shares slump 19% after profit warning

By Kieran Ashdown-Pryce, Retail Correspondent

Shares in Harrowfield, the homeware and clothing chain, fell 19% on Wednesday after it warned that annual profits would be at least £40m lower than analysts had expected, blaming a wet summer and "cautious" shoppers.

In a trading update, the company said like-for-like sales in its 310 stores had fallen 4.2% in the 13 weeks to 29 August, while online sales rose 1.5%.

Chief executive Olivia Brightwater-Nunn conceded that the group had "bought too much of the wrong stock" for the summer and said it would now have to discount heavily to clear it. "We got the weather wrong and we got the mix wrong," she told analysts on a call. "That is on us, not on the customer."

Analysts at Penrose Capital cut their target price from 310p to 220p and said the warning raised questions about whether the chain could keep paying its dividend. Harrowfield declined to comment on the dividend, saying it would update investors with its interim results on 14 October.

Retail consultant Barnaby Okoye-Finch, of the advisory firm Shelfwise, said the problem was not unique to Harrowfield. "Every mid-market chain I speak to is sitting on too much summer stock," he said.

Figures from the Retail Trade Council published on Tuesday showed that clothing sales fell 3.1% in August compared with a year earlier.

The shares closed at 182p, their lowest level since 2020.
""",
        [
            c(
                "it",
                "warned",
                "that annual profits would be at least £40m lower than analysts had expected",
            ),
            c(
                "the company",
                "said",
                "like-for-like sales in its 310 stores had fallen 4.2% in the 13 weeks to 29 August, while online sales rose 1.5%",
            ),
            c(
                "Chief executive Olivia Brightwater-Nunn",
                "conceded",
                'that the group had "bought too much of the wrong stock" for the summer',
            ),
            c(
                "Chief executive Olivia Brightwater-Nunn",
                "said",
                "it would now have to discount heavily to clear it",
            ),
            c(
                "she",
                "told",
                [
                    '"We got the weather wrong and we got the mix wrong,"',
                    '"That is on us, not on the customer."',
                ],
            ),
            c(
                "Analysts at Penrose Capital",
                "said",
                "the warning raised questions about whether the chain could keep paying its dividend",
            ),
            c(
                "Harrowfield",
                "saying",
                "it would update investors with its interim results on 14 October",
            ),
            c(
                "Retail consultant Barnaby Okoye-Finch, of the advisory firm Shelfwise",
                "said",
                "the problem was not unique to Harrowfield",
            ),
            c(
                "he",
                "said",
                '"Every mid-market chain I speak to is sitting on too much summer stock,"',
            ),
            c(
                "Figures from the Retail Trade Council published on Tuesday",
                "showed",
                "that clothing sales fell 3.1% in August compared with a year earlier",
            ),
        ],
    ),
    article(
        "news4-business-meravia-rates",
        "business",
        "2026-11-05",
        """
Meravian central bank holds rates, signals cut possible in spring

VARENA, Nov 5 (Eurasia Financial Wire) - The Central Bank of Meravia kept its main interest rate at 6.25 percent on Thursday for a third straight meeting, but Governor Tomasz Wielgórski said policymakers could begin cutting "as early as March" if inflation kept falling.

All 19 economists polled by Eurasia Financial Wire had predicted a hold.

Annual inflation slowed to 4.1 percent in October from 4.8 percent in September, the statistics office said last week, its lowest reading in three years.

In a statement, the bank's monetary policy committee said the risks to inflation were now "broadly balanced", a change from October, when it described them as tilted to the upside. Two of the seven committee members voted to cut rates by a quarter point, the bank said.

The bank also forecast that the economy would grow 1.8 percent next year, down from its previous estimate of 2.3 percent.

Wielgórski told a news conference the bank would not "declare victory too early" and warned that a planned rise in regulated energy prices in January could push inflation up again.

Finance Minister Ilona Brezska, who has repeatedly called for lower borrowing costs to help homeowners, welcomed the bank's tone.

Some members of the committee are said to favour a larger cut of half a point in March, according to two people familiar with the discussions.

The mera weakened 0.4 percent against the dollar after the decision.

(Reporting by Jana Roszkowska; Editing by Piet Valdemar)
""",
        [
            c(
                "Meravian central bank",
                "signals",
                "cut possible in spring",
            ),
            c(
                "Governor Tomasz Wielgórski",
                "said",
                'policymakers could begin cutting "as early as March" if inflation kept falling',
            ),
            c(
                "All 19 economists polled by Eurasia Financial Wire",
                "had predicted",
                "a hold",
            ),
            c(
                "the statistics office",
                "said",
                [
                    "Annual inflation slowed to 4.1 percent in October from 4.8 percent in September",
                    "its lowest reading in three years",
                ],
            ),
            c(
                "the bank's monetary policy committee",
                "said",
                'the risks to inflation were now "broadly balanced"',
            ),
            c("it", "described", "them as tilted to the upside"),
            c(
                "the bank",
                "said",
                "Two of the seven committee members voted to cut rates by a quarter point",
            ),
            c(
                "The bank",
                "forecast",
                "that the economy would grow 1.8 percent next year, down from its previous estimate of 2.3 percent",
            ),
            c(
                "Wielgórski",
                "told",
                'the bank would not "declare victory too early"',
            ),
            c(
                "Wielgórski",
                "warned",
                "that a planned rise in regulated energy prices in January could push inflation up again",
            ),
            c(
                "Finance Minister Ilona Brezska",
                "called for",
                "lower borrowing costs to help homeowners",
            ),
            c(
                "two people familiar with the discussions",
                "according to",
                "Some members of the committee are said to favour a larger cut of half a point in March",
            ),
        ],
    ),
    article(
        "news4-foreign-karvonia-dastan-talks",
        "foreign",
        "2026-08-21",
        """
Karvonia and Dastan agree to prisoner swap as border talks resume

By Leyla Hosseinzadeh-Grant, Diplomatic Correspondent

ZALMIR - Karvonia and Dastan agreed on Friday to exchange 240 prisoners of war, the first such swap in more than a year, as delegations from both countries met for a fourth round of talks hosted by the government of Ostrelia.

The Ostrelian foreign ministry, which has mediated between the two sides since the fighting began in 2024, said the exchange would take place "within days" at a crossing point watched by neutral observers.

Karvonia's chief negotiator, Deputy Foreign Minister Aleksander Rusev-Kaan, said after the session that his government was "ready to discuss everything, including the line of contact." Dastan's delegation was more cautious. Its head, Nilufar Saidova, told reporters only that the talks had been "businesslike" and that no date had been set for a fifth round.

Dastan's defence ministry rejected Karvonia's claim that its forces had shelled a village near the border town of Kesh on Wednesday, killing three civilians. The ministry's statement that its artillery had "not fired a single round" in the area could not be independently verified.

A Western diplomat who has attended all four rounds, and who spoke on condition of anonymity because the talks are confidential, said the prisoner swap had been agreed "weeks ago" and held back to give both sides something to announce.

Dastan is reported to have moved air-defence systems closer to the border in recent weeks.

Rusev-Kaan would later tell Karvonian state radio that Ostrelia's mediators had proposed a demilitarised strip 10 kilometres wide, a plan he called "a serious basis for discussion."

Ostrelian Foreign Minister Henrietta Vass-Lindqvist urged both sides to "hold their fire while their diplomats talk".
""",
        [
            c(
                "The Ostrelian foreign ministry, which has mediated between the two sides since the fighting began in 2024",
                "said",
                'the exchange would take place "within days" at a crossing point watched by neutral observers',
            ),
            c(
                "Karvonia's chief negotiator, Deputy Foreign Minister Aleksander Rusev-Kaan",
                "said",
                'that his government was "ready to discuss everything, including the line of contact."',
            ),
            c(
                "Its head, Nilufar Saidova",
                "told",
                'that the talks had been "businesslike" and that no date had been set for a fifth round',
            ),
            c(
                "Karvonia",
                "claim",
                "that its forces had shelled a village near the border town of Kesh on Wednesday, killing three civilians",
            ),
            c(
                "Dastan's defence ministry",
                "rejected",
                "Karvonia's claim that its forces had shelled a village near the border town of Kesh on Wednesday, killing three civilians",
            ),
            c(
                "The ministry",
                "statement",
                'that its artillery had "not fired a single round" in the area',
            ),
            c(
                "A Western diplomat who has attended all four rounds, and who spoke on condition of anonymity because the talks are confidential",
                "said",
                'the prisoner swap had been agreed "weeks ago" and held back to give both sides something to announce',
            ),
            c(
                None,
                "is reported to",
                ["Dastan", "have moved air-defence systems closer to the border in recent weeks"],
                near="Dastan is reported to have moved air-defence systems closer to the border in recent weeks",
            ),
            c(
                "Rusev-Kaan",
                "tell",
                "that Ostrelia's mediators had proposed a demilitarised strip 10 kilometres wide",
            ),
            c(
                "Ostrelia's mediators",
                "had proposed",
                "a demilitarised strip 10 kilometres wide",
            ),
            c(
                "he",
                "called",
                ["a plan", '"a serious basis for discussion."'],
            ),
            c(
                "Ostrelian Foreign Minister Henrietta Vass-Lindqvist",
                "urged",
                'both sides to "hold their fire while their diplomats talk"',
            ),
        ],
    ),
    article(
        "news4-foreign-tanjara-fuel",
        "foreign",
        "2026-08-14",
        """
Tanjara scraps fuel price rise after week of protests; president says "we listened"

MERSANG, Tanjara, Aug 14 (Meridian News) - Tanjara's government on Thursday reversed a 30 percent rise in the price of subsidised petrol, a week after it set off the largest street protests the country has seen in a decade.

President Ratna Wiradinata said in a televised address that the increase would be "postponed until the economy is stronger" and that the government would find the money elsewhere, including by delaying work on a new presidential palace. "We listened," she said. "A government that cannot hear its people should not govern them."

At least four people have died in the protests, according to the National Human Rights Commission, which said police had used live ammunition in two cities. Police have said officers fired only rubber bullets.

Finance Minister Haris Sudibyo, who had defended the rise as "painful but unavoidable" as recently as Monday, acknowledged that the reversal would push this year's budget deficit above the legal limit of 3 percent of economic output.

The Pacific Monetary Fund, which lent Tanjara $4 billion last year, had urged the government to phase out fuel subsidies. The fund estimates that they cost the equivalent of 2 percent of economic output a year.

Student leader Dimas Arifin, 22, whose union organised the first march in Mersang, told Meridian News the protests would go on until more than 300 people detained over the past week were released. "They gave back the petrol. Now they must give back our friends," he said.

"Markets will read this as a government that blinks," said Clara Ho-Whitaker, chief Asia economist at Harbourline Securities.

The president is said to have overruled her finance minister at a cabinet meeting on Wednesday night.
""",
        [
            c("president", "says", '"we listened"'),
            c(
                "President Ratna Wiradinata",
                "said",
                'that the increase would be "postponed until the economy is stronger" and that the government would find the money elsewhere, including by delaying work on a new presidential palace',
                cue_n=0,
            ),
            c(
                "she",
                "said",
                [
                    '"We listened,"',
                    '"A government that cannot hear its people should not govern them."',
                ],
            ),
            c(
                "the National Human Rights Commission, which said police had used live ammunition in two cities",
                "according to",
                "At least four people have died in the protests",
            ),
            c(
                "the National Human Rights Commission",
                "said",
                "police had used live ammunition in two cities",
            ),
            c("Police", "have said", "officers fired only rubber bullets"),
            c(
                "Finance Minister Haris Sudibyo",
                "had defended",
                'the rise as "painful but unavoidable"',
            ),
            c(
                'Finance Minister Haris Sudibyo, who had defended the rise as "painful but unavoidable" as recently as Monday',
                "acknowledged",
                "that the reversal would push this year's budget deficit above the legal limit of 3 percent of economic output",
            ),
            c(
                "The Pacific Monetary Fund, which lent Tanjara $4 billion last year",
                "had urged",
                "the government to phase out fuel subsidies",
            ),
            c(
                "The fund",
                "estimates",
                "that they cost the equivalent of 2 percent of economic output a year",
            ),
            c(
                "Student leader Dimas Arifin, 22, whose union organised the first march in Mersang",
                "told",
                "the protests would go on until more than 300 people detained over the past week were released",
            ),
            c(
                "he",
                "said",
                '"They gave back the petrol. Now they must give back our friends,"',
            ),
            c(
                "Clara Ho-Whitaker, chief Asia economist at Harbourline Securities",
                "said",
                '"Markets will read this as a government that blinks,"',
            ),
            c(
                None,
                "is said to",
                [
                    "The president",
                    "have overruled her finance minister at a cabinet meeting on Wednesday night",
                ],
            ),
        ],
    ),
    article(
        "news4-health-westhollow-legionnaires",
        "health",
        "2026-11-10",
        """
Legionnaires' outbreak in Westhollow linked to hotel cooling tower, health authority says

By Tamsin Oduya-Reilly, Health Reporter

An outbreak of Legionnaires' disease that has put 23 people in hospital in Westhollow has been traced to a cooling tower on the roof of the Excelsior Crown Hotel, the regional health authority said on Monday.

Laboratory tests found that samples taken from the tower on Thursday contained the same strain of Legionella bacteria as samples from 17 of the patients, the authority's director of public health, Dr Anil Raghunathan-Shore, told a news conference.

Two of the patients, both men in their 70s, have died. Dr Raghunathan-Shore said most of the others were "responding well" to antibiotics, though five remained in intensive care.

The hotel was ordered on Friday to shut down the tower. Its general manager, Paolo Strazzeri-Dunn, said in a statement that the hotel had "cooperated fully" with inspectors and that the tower had passed its last inspection in June. He declined to answer questions about when it had last been cleaned.

Anyone who stayed at or visited the hotel between 20 October and 6 November and develops a cough, fever or shortness of breath has been advised to call their GP or the health authority's helpline.

The authority said the risk to the wider public was low, because the disease is caught by breathing in contaminated water droplets and does not spread from person to person.

Margaret Ellery-Oyo, 68, who spent three nights at the hotel for a wedding and was in hospital for nine days, said she had "never been so ill in my life." Her son, Tobi, said the family was considering legal action.

Figures from the national health protection agency show that Westhollow has recorded more cases of Legionnaires' disease this year than in the previous five years combined.
""",
        [
            c(
                "health authority",
                "says",
                "Legionnaires' outbreak in Westhollow linked to hotel cooling tower",
            ),
            c(
                "the regional health authority",
                "said",
                "An outbreak of Legionnaires' disease that has put 23 people in hospital in Westhollow has been traced to a cooling tower on the roof of the Excelsior Crown Hotel",
            ),
            c(
                "the authority's director of public health, Dr Anil Raghunathan-Shore",
                "told",
                "Laboratory tests found that samples taken from the tower on Thursday contained the same strain of Legionella bacteria as samples from 17 of the patients",
            ),
            c(
                "Laboratory tests",
                "found",
                "that samples taken from the tower on Thursday contained the same strain of Legionella bacteria as samples from 17 of the patients",
            ),
            c(
                "Dr Raghunathan-Shore",
                "said",
                'most of the others were "responding well" to antibiotics, though five remained in intensive care',
            ),
            c(
                None,
                "was ordered",
                ["The hotel", "to shut down the tower"],
                near="The hotel was ordered on Friday to shut down the tower",
            ),
            c(
                "Its general manager, Paolo Strazzeri-Dunn",
                "said",
                'that the hotel had "cooperated fully" with inspectors and that the tower had passed its last inspection in June',
            ),
            c(
                None,
                "has been advised",
                [
                    "Anyone who stayed at or visited the hotel between 20 October and 6 November and develops a cough, fever or shortness of breath",
                    "to call their GP or the health authority's helpline",
                ],
            ),
            c(
                "The authority",
                "said",
                "the risk to the wider public was low, because the disease is caught by breathing in contaminated water droplets and does not spread from person to person",
            ),
            c(
                "Margaret Ellery-Oyo, 68, who spent three nights at the hotel for a wedding and was in hospital for nine days",
                "said",
                'she had "never been so ill in my life."',
            ),
            c("Her son, Tobi", "said", "the family was considering legal action"),
            c(
                "Figures from the national health protection agency",
                "show",
                "that Westhollow has recorded more cases of Legionnaires' disease this year than in the previous five years combined",
            ),
        ],
    ),
]
