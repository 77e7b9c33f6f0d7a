"""An eighth held-out set of invented news articles and their attributions, written as strings.

Written on 2026-12-05 blind to claimx's rules (the annotator neither ran claimx nor read its
source, its tests or the other sets) and never to be used for tuning. Every article, person,
organisation, place and quotation here is invented (MIT, like the project). ``build.py --set
fresh8`` turns these into ``fresh8.jsonl`` with exact spans; the conventions are in
docs/evaldata-news.md.

A claim is ``c(source, cue, content, **options)`` (see articles.py and build.py). In the
``Q. / A.`` transcript each answer is ``answer(interviewee, text)``: the cue is the ``A.`` label,
the source the interviewee as named in the introduction (hence ``far=True``), the kind direct.
"""

# ruff: noqa: E501 (article text: one paragraph a line)
from __future__ import annotations

from typing import Any

from articles import article, c, qa


def answer(interviewee: str, text: str) -> dict[str, Any]:
    """An answer labelled only ``A.`` in a transcript whose interviewee the introduction names:
    a Q&A answer (``qa``) with the cue ``A.``, and ``far`` because the name is in the introduction."""
    return {**qa(interviewee, text), "cue": "A.", "far": True}


ARTICLES: list[dict[str, Any]] = [
    article(
        "fresh8-council-lowfield-homes",
        "council",
        "2026-10-07",
        """
Plans for 140 homes beside Lowfield allotments refused after two-hour debate

Plans to build 140 homes on farmland beside the Lowfield allotments in Castleby were refused by the borough council's planning committee on Tuesday night, in front of a public gallery packed with more than 40 residents.

The developer, Pennine Crest Homes, had argued that the scheme would deliver 35 affordable homes at a time when more than 2,000 households are on the town's housing waiting list.

Officers had recommended that the application be approved, subject to conditions on drainage and a contribution of £410,000 towards school places.

But Cllr Margaret Ollerenshaw, who represents Lowfield ward, told the committee the site flooded "most winters" and that the officers' report had underestimated the run-off from new roofs and driveways.

"I have stood in that lane in wellingtons with water over my ankles," she said. "Nobody who has done that could vote for this."

A letter from the Skelder Vale Drainage Board, read out at the meeting, said the board had "significant concerns" about plans to discharge surface water into Lowfield Beck. The beck burst its banks in 2019 and again last winter.

Speaking for the applicant, planning consultant Derek Haigh said the drainage design had been "modelled to a one-in-100-year storm plus 40 per cent for climate change" and urged members to follow their officers' advice.

Members voted seven to four to refuse the application on flood-risk grounds, and agreed to ask officers for a drainage study of the whole Lowfield area. The committee's chairman, Cllr Tony Brears, said afterwards that the decision had "not been taken lightly".

Pennine Crest Homes is understood to be considering an appeal to the planning inspectorate. A spokesman for the company could not be reached for comment on Wednesday.
""",
        [
            c(
                "The developer, Pennine Crest Homes",
                "had argued",
                "that the scheme would deliver 35 affordable homes at a time when more than 2,000 households are on the town's housing waiting list",
            ),
            c(
                "Officers",
                "had recommended",
                "that the application be approved, subject to conditions on drainage and a contribution of £410,000 towards school places",
            ),
            c(
                "Cllr Margaret Ollerenshaw, who represents Lowfield ward",
                "told",
                'the site flooded "most winters" and that the officers\' report had underestimated the run-off from new roofs and driveways',
            ),
            c(
                "she",
                "said",
                [
                    '"I have stood in that lane in wellingtons with water over my ankles,"',
                    '"Nobody who has done that could vote for this."',
                ],
            ),
            c(
                "A letter from the Skelder Vale Drainage Board, read out at the meeting",
                "said",
                'the board had "significant concerns" about plans to discharge surface water into Lowfield Beck',
            ),
            c(
                "planning consultant Derek Haigh",
                "said",
                'the drainage design had been "modelled to a one-in-100-year storm plus 40 per cent for climate change"',
            ),
            c(
                "planning consultant Derek Haigh",
                "urged",
                "members to follow their officers' advice",
            ),
            c(
                "The committee's chairman, Cllr Tony Brears",
                "said",
                'that the decision had "not been taken lightly"',
            ),
            c(
                None,
                "is understood to",
                ["Pennine Crest Homes", "be considering an appeal to the planning inspectorate"],
                near="Pennine Crest Homes is understood to be considering an appeal to the planning inspectorate",
            ),
        ],
    ),
    article(
        "fresh8-council-llanfedw-school",
        "council",
        "2026-11-06",
        """
Parents vow to fight plan to close village school with 31 pupils

Parents in Llanfedw have vowed to fight a proposal to close their village primary school, after Glanmor County Council published a consultation paper saying the building would cost £1.2 million to bring up to standard.

The paper, which went out to families on Monday, proposes that Ysgol Llanfedw’s 31 pupils move in September 2027 to Ysgol y Bont, a larger school four miles away in Pontcarreg.

It says falling birth rates mean the school will have fewer than 20 pupils by 2030 and that half of its places already stand empty.

Cllr Rhodri Pugh, the council’s cabinet member for education, said no decision had been made. “This is a genuine consultation, not a done deal,” he said. “I want to hear from every family before the cabinet meets in March.”

Parents are not convinced. Sioned Rowlands, who chairs the school’s parent-teacher association and has two children there, said the move would mean a 40-minute bus ride on a road that is “regularly closed by floods and fallen trees”.

“This school is the last public building in the village,” she said. “When the school goes, the heart of the place goes with it.

“We are not naive about the numbers. We are asking the council to look at a federation with another school before it reaches for the padlock.”

A petition calling on the council to keep the school open had gathered more than 1,400 signatures by Thursday, organisers said.

The consultation closes on 14 January. Responses can be made online or in writing to the council’s offices in Caerwen, and a drop-in session will be held in the village hall on 2 December.
""",
        [
            c("Parents", "vow", "to fight plan to close village school with 31 pupils"),
            c(
                "Parents in Llanfedw",
                "have vowed",
                "to fight a proposal to close their village primary school",
            ),
            c(
                "a consultation paper",
                "saying",
                "the building would cost £1.2 million to bring up to standard",
            ),
            c(
                "The paper, which went out to families on Monday",
                "proposes",
                "that Ysgol Llanfedw’s 31 pupils move in September 2027 to Ysgol y Bont, a larger school four miles away in Pontcarreg",
            ),
            c(
                "It",
                "says",
                "falling birth rates mean the school will have fewer than 20 pupils by 2030 and that half of its places already stand empty",
            ),
            c(
                "Cllr Rhodri Pugh, the council’s cabinet member for education",
                "said",
                "no decision had been made",
            ),
            c(
                "he",
                "said",
                [
                    "“This is a genuine consultation, not a done deal,”",
                    "“I want to hear from every family before the cabinet meets in March.”",
                ],
            ),
            c(
                "Sioned Rowlands, who chairs the school’s parent-teacher association and has two children there",
                "said",
                "the move would mean a 40-minute bus ride on a road that is “regularly closed by floods and fallen trees”",
            ),
            c(
                "she",
                "said",
                [
                    "“This school is the last public building in the village,”",
                    "“When the school goes, the heart of the place goes with it.",
                    "“We are not naive about the numbers. We are asking the council to look at a federation with another school before it reaches for the padlock.”",
                ],
            ),
            c("A petition", "calling on", "the council to keep the school open"),
            c(
                "organisers",
                "said",
                "A petition calling on the council to keep the school open had gathered more than 1,400 signatures by Thursday",
            ),
        ],
    ),
    article(
        "fresh8-press-turas-winter-appeal",
        "press-release",
        "2026-11-02",
        """
Turas Housing Trust launches winter appeal as survey finds one in five renters skipping meals

GALWAY, 2 November 2026 – Turas Housing Trust today launched its annual winter appeal, asking the public to help it raise €750,000 to keep its three emergency shelters in the west of Ireland open until the end of March.

The appeal comes as a survey of 1,050 private renters, carried out for the trust by Corrib Research in October, found that one in five had skipped meals in the past month to cover their rent, and that almost half had no savings at all.

“Every winter we say it can’t get worse, and every winter it does,” said Nuala Keaveney, chief executive of Turas Housing Trust. “Our shelters turned away 212 people last January because we had no beds left. We don’t want to make those phone calls again this year.”

Ms Keaveney said the trust’s running costs had risen by 18 per cent since 2024, driven mostly by energy bills, while its State grant covered just over half of what each bed costs.

The trust appealed to businesses in particular to sponsor a bed for the winter. It estimates that a bed costs €2,300 for the season. It also called on the Government to ring-fence funding for emergency beds in next year’s Budget, saying that year-to-year grants made planning “almost impossible”.

“Last year a stranger’s donation meant I slept indoors on Christmas night. I’ll never forget that.” — Declan, 44, a former resident of the trust’s Fort Lane shelter

Donations can be made online or in any of its 14 charity shops.

About Turas Housing Trust: Turas Housing Trust has provided emergency accommodation and tenancy support in Galway, Mayo and Roscommon since 1998.

Media contact: Fiachra Lally, communications manager, 091 555 0192
""",
        [
            c("survey", "finds", "one in five renters skipping meals"),
            c(
                "Turas Housing Trust",
                "asking",
                "the public to help it raise €750,000 to keep its three emergency shelters in the west of Ireland open until the end of March",
            ),
            c(
                "a survey of 1,050 private renters, carried out for the trust by Corrib Research in October",
                "found",
                "that one in five had skipped meals in the past month to cover their rent, and that almost half had no savings at all",
            ),
            c(
                "Nuala Keaveney, chief executive of Turas Housing Trust",
                "said",
                [
                    "“Every winter we say it can’t get worse, and every winter it does,”",
                    "“Our shelters turned away 212 people last January because we had no beds left. We don’t want to make those phone calls again this year.”",
                ],
            ),
            c(
                "Ms Keaveney",
                "said",
                "the trust’s running costs had risen by 18 per cent since 2024, driven mostly by energy bills, while its State grant covered just over half of what each bed costs",
            ),
            c(
                "The trust",
                "appealed to",
                "businesses in particular to sponsor a bed for the winter",
            ),
            c("It", "estimates", "that a bed costs €2,300 for the season"),
            c(
                "It",
                "called on",
                "the Government to ring-fence funding for emergency beds in next year’s Budget",
            ),
            c("It", "saying", "that year-to-year grants made planning “almost impossible”"),
            c(
                "Declan, 44, a former resident of the trust’s Fort Lane shelter",
                "—",
                "“Last year a stranger’s donation meant I slept indoors on Christmas night. I’ll never forget that.”",
            ),
        ],
    ),
    article(
        "fresh8-press-marden-promise",
        "press-release",
        "2026-11-12",
        """
Marden State University Announces Free Tuition for Students From Families Earning Under $75,000

HOLLISTER FALLS, Nov. 12, 2026 /CampusWire/ -- Marden State University today announced that, beginning in fall 2027, it will cover full tuition and fees for in-state undergraduates whose families earn less than $75,000 a year.

The program, called the Marden Promise, will be funded by a $40 million gift from alumna Rosalind Tavi-Hart and her husband, Eugene, together with existing state and federal aid, the university said. The university's board of trustees approved the program on Monday.

"Talent is spread evenly across this state. Opportunity is not," said President Lionel Achterberg. "Too many of the students we admit do the math in April and decide they can't come. We intend to take that calculation off the table."

Achterberg said about 2,600 current students would qualify under the income limit, roughly a fifth of the undergraduate body, and that applications from low-income students could rise by at least 15 percent.

In a letter to faculty and staff sent Tuesday, Provost Dana Whitcombe said the gift would not be used for salaries or buildings and asked departments to nominate student "navigators" to help first-generation students with financial aid paperwork.

Tavi-Hart, who graduated from Marden State in 1979 as the first in her family to attend college, said in a statement that she had "borrowed every cent" of her own tuition. "I'd like the next kid from a farm town to borrow nothing," she said.

Students will not need to apply separately; eligibility will be determined from the federal aid application, the university said.

About Marden State University

Founded in 1884, Marden State University enrolls about 13,000 undergraduates and 2,400 graduate students on its Hollister Falls campus.

Media Contact: Janelle Okoro, Office of University Communications, (555) 014-2260
""",
        [
            c(
                "Marden State University",
                "Announces",
                "Free Tuition for Students From Families Earning Under $75,000",
            ),
            c(
                "Marden State University",
                "announced",
                "that, beginning in fall 2027, it will cover full tuition and fees for in-state undergraduates whose families earn less than $75,000 a year",
            ),
            c(
                "the university",
                "said",
                "The program, called the Marden Promise, will be funded by a $40 million gift from alumna Rosalind Tavi-Hart and her husband, Eugene, together with existing state and federal aid",
            ),
            c(
                "President Lionel Achterberg",
                "said",
                [
                    '"Talent is spread evenly across this state. Opportunity is not,"',
                    '"Too many of the students we admit do the math in April and decide they can\'t come. We intend to take that calculation off the table."',
                ],
            ),
            c(
                "Achterberg",
                "said",
                "about 2,600 current students would qualify under the income limit, roughly a fifth of the undergraduate body, and that applications from low-income students could rise by at least 15 percent",
            ),
            c(
                "Provost Dana Whitcombe",
                "said",
                "the gift would not be used for salaries or buildings",
            ),
            c(
                "Provost Dana Whitcombe",
                "asked",
                'departments to nominate student "navigators" to help first-generation students with financial aid paperwork',
            ),
            c(
                "Tavi-Hart, who graduated from Marden State in 1979 as the first in her family to attend college",
                "said",
                'that she had "borrowed every cent" of her own tuition',
            ),
            c("she", "said", '"I\'d like the next kid from a farm town to borrow nothing,"'),
            c(
                "the university",
                "said",
                "Students will not need to apply separately; eligibility will be determined from the federal aid application",
                near="Students will not need to apply separately; eligibility will be determined from the federal aid application, the university said",
            ),
        ],
    ),
    article(
        "fresh8-interview-kirra-wellings",
        "interview",
        "2026-01-16",
        """
“We can’t be on every beach”: surf club captain Kirra Wellings on a summer of drownings

Four people have drowned on unpatrolled beaches along the Yallock coast since Boxing Day, and police say three of them were swimming alone. The shire’s mayor, Graham Otley, said last week that a review of beach safety would report by March.

Kirra Wellings has captained the Tarrabeen Surf Life Saving Club for six years and has spent this summer training new volunteers. She spoke to Tom Ferris. The interview has been edited for length.

Q. How has this summer been?

A. Honestly, the hardest I can remember. We’ve done more than 90 rescues between the flags, which is about normal, but the deaths have all been away from the flags, on beaches where nobody was watching.

Q. Why do people swim there?

A. Because they’re beautiful and they’re empty. Visitors see a calm patch of water between the breakers and think it’s the safe spot, when that calm patch is usually a rip.

Q. The shire says it can’t afford to patrol more beaches. Is that fair?

A. I understand budgets. But we’re asking for two roving patrols on weekends, not a tower on every headland. I’ve told the council that a jet ski and two trained people cost less than one funeral.

Q. What would you say to holidaymakers?

A. Swim between the red and yellow flags. If there are no flags, don’t go in alone, and if you get caught in a rip, float and raise an arm. Don’t fight it.

Q. And your volunteers?

A. They’re incredible. We had 41 new bronze medallion holders this season, most of them teenagers. They give up their Sundays for strangers.

Q. Will you do another summer?

A. Ask me in April.
""",
        [
            c("surf club captain Kirra Wellings", ":", "“We can’t be on every beach”"),
            c("police", "say", "three of them were swimming alone"),
            c(
                "The shire’s mayor, Graham Otley",
                "said",
                "that a review of beach safety would report by March",
            ),
            answer(
                "Kirra Wellings",
                "Honestly, the hardest I can remember. We’ve done more than 90 rescues between the flags, which is about normal, but the deaths have all been away from the flags, on beaches where nobody was watching.",
            ),
            answer(
                "Kirra Wellings",
                "Because they’re beautiful and they’re empty. Visitors see a calm patch of water between the breakers and think it’s the safe spot, when that calm patch is usually a rip.",
            ),
            answer(
                "Kirra Wellings",
                "I understand budgets. But we’re asking for two roving patrols on weekends, not a tower on every headland. I’ve told the council that a jet ski and two trained people cost less than one funeral.",
            ),
            answer(
                "Kirra Wellings",
                "Swim between the red and yellow flags. If there are no flags, don’t go in alone, and if you get caught in a rip, float and raise an arm. Don’t fight it.",
            ),
            answer(
                "Kirra Wellings",
                "They’re incredible. We had 41 new bronze medallion holders this season, most of them teenagers. They give up their Sundays for strangers.",
            ),
            answer("Kirra Wellings", "Ask me in April."),
        ],
    ),
    article(
        "fresh8-live-storm-brannagh",
        "live-blog",
        "2026-11-29",
        """
Storm Brannagh live: 94mph gusts, 38,000 homes without power and trains suspended

21:40 Power cuts climb past 38,000

Northvale Power Networks says 38,200 homes are now without electricity, most of them in Argyllan and on the islands. It has warned customers that some may not be reconnected until Tuesday evening.

21:15 Ferry passengers stranded at Kilbrannan

About 200 passengers are spending the night in the ferry terminal at Kilbrannan after the last two sailings were cancelled. One of them, Moira Tulloch, 67, told us she had been trying to get home to Ardcraig since lunchtime. “They’ve given us tea and a blanket,” she said. “I’ve had worse Sundays.”

20:52 Rail services suspended

All trains north of Dunmorran have been suspended for the night. A spokeswoman for Caledon Rail said fallen trees had blocked the line in at least six places and urged passengers not to travel until the track had been inspected.

20:30 Red warning extended

The Scottish Weather Service has extended its red wind warning for the west coast until 6am. A gust of 94mph was recorded at Rubha Dearg lighthouse this evening. “This is the kind of storm we see once every ten or fifteen years,” the service’s chief forecaster, Dr Eilidh Strachan, said. “Stay indoors if you possibly can.”

20:05 Schools closed tomorrow

Argyllan Council says all 46 of its schools will be closed on Monday. It is understood that at least two neighbouring councils are preparing to do the same.

19:48 Drivers urged to stay at home

The transport minister, Fiona Baird-Kerr, has urged drivers to stay off the roads. “Please do not make any journey tonight that can wait until the morning,” she wrote on social media.
""",
        [
            c(
                "Northvale Power Networks",
                "says",
                "38,200 homes are now without electricity, most of them in Argyllan and on the islands",
            ),
            c("It", "has warned", "that some may not be reconnected until Tuesday evening"),
            c(
                "One of them, Moira Tulloch, 67",
                "told",
                "she had been trying to get home to Ardcraig since lunchtime",
            ),
            c(
                "she",
                "said",
                ["“They’ve given us tea and a blanket,”", "“I’ve had worse Sundays.”"],
            ),
            c(
                "A spokeswoman for Caledon Rail",
                "said",
                "fallen trees had blocked the line in at least six places",
            ),
            c(
                "A spokeswoman for Caledon Rail",
                "urged",
                "passengers not to travel until the track had been inspected",
            ),
            c(
                "the service’s chief forecaster, Dr Eilidh Strachan",
                "said",
                [
                    "“This is the kind of storm we see once every ten or fifteen years,”",
                    "“Stay indoors if you possibly can.”",
                ],
            ),
            c("Argyllan Council", "says", "all 46 of its schools will be closed on Monday"),
            c(
                None,
                "is understood",
                "that at least two neighbouring councils are preparing to do the same",
            ),
            c(None, "urged", ["Drivers", "to stay at home"]),
            c(
                "The transport minister, Fiona Baird-Kerr",
                "has urged",
                "drivers to stay off the roads",
            ),
            c(
                "she",
                "wrote",
                "“Please do not make any journey tonight that can wait until the morning,”",
            ),
        ],
    ),
    article(
        "fresh8-health-adomfie-cholera",
        "health",
        "2026-11-09",
        """
Cholera cases rise to 187 in Adomfie District, health officials say

ADOMFIE — The number of confirmed cholera cases in the Adomfie District has risen to 187, with four deaths, since the first case was recorded on October 19, the District Health Directorate said on Monday.

The District Director of Health Services, Dr. (Mrs.) Abena Owusu-Sarfo, told journalists that most of the patients came from three farming communities along the Aframsu stream, where residents draw their drinking water.

“The stream is the source of this outbreak. We have tested it and the results are clear,” she said, adding that chlorine tablets were being distributed from house to house.

At the Adomfie Government Hospital, an isolation tent stands behind the children’s ward. The hospital’s Medical Superintendent, Dr. Kwaku Mensah-Bonsu, said the facility had admitted 63 patients at the peak last week but that the number on admission had fallen to 22.

“Our nurses have been working double shifts. We are grateful for the support, but we need more intravenous fluids,” he said. The hospital is expected to receive a consignment of fluids from the regional medical stores on Wednesday.

The Directorate has appealed to residents to boil or chlorinate all drinking water, wash their hands with soap and report to the nearest health facility at the first sign of diarrhoea. Funerals in the affected communities, where mourners share food and water, are said to have played a part in the spread.

The District Chief Executive, Hon. Yaw Darko-Asante, said the Assembly had banned the sale of cooked food at the Adomfie market for two weeks. Some traders said they had not been consulted and described the ban as “a death sentence for our businesses”.

The Regional Health Directorate could not be reached for comment.
""",
        [
            c("health officials", "say", "Cholera cases rise to 187 in Adomfie District"),
            c(
                "the District Health Directorate",
                "said",
                "The number of confirmed cholera cases in the Adomfie District has risen to 187, with four deaths, since the first case was recorded on October 19",
            ),
            c(
                "The District Director of Health Services, Dr. (Mrs.) Abena Owusu-Sarfo",
                "told",
                "that most of the patients came from three farming communities along the Aframsu stream, where residents draw their drinking water",
            ),
            c(
                "she",
                "said",
                "“The stream is the source of this outbreak. We have tested it and the results are clear,”",
            ),
            c("she", "adding", "that chlorine tablets were being distributed from house to house"),
            c(
                "The hospital’s Medical Superintendent, Dr. Kwaku Mensah-Bonsu",
                "said",
                "the facility had admitted 63 patients at the peak last week but that the number on admission had fallen to 22",
            ),
            c(
                "he",
                "said",
                "“Our nurses have been working double shifts. We are grateful for the support, but we need more intravenous fluids,”",
            ),
            c(
                None,
                "is expected to",
                [
                    "The hospital",
                    "receive a consignment of fluids from the regional medical stores on Wednesday",
                ],
                near="The hospital is expected to receive a consignment of fluids from the regional medical stores on Wednesday",
            ),
            c(
                "The Directorate",
                "has appealed to",
                "residents to boil or chlorinate all drinking water, wash their hands with soap and report to the nearest health facility at the first sign of diarrhoea",
            ),
            c(
                None,
                "are said to",
                [
                    "Funerals in the affected communities, where mourners share food and water",
                    "have played a part in the spread",
                ],
            ),
            c(
                "The District Chief Executive, Hon. Yaw Darko-Asante",
                "said",
                "the Assembly had banned the sale of cooked food at the Adomfie market for two weeks",
            ),
            c("Some traders", "said", "they had not been consulted"),
            c("Some traders", "described", "the ban as “a death sentence for our businesses”"),
        ],
    ),
    article(
        "fresh8-foreign-dravina-expulsions",
        "foreign",
        "2026-10-22",
        """
Dravina expels four Solvaran diplomats over alleged spying

KOVEL, Dravina — Dravina on Thursday ordered four Solvaran diplomats to leave the country within 72 hours, accusing them of recruiting officials at its defence ministry, in the sharpest rupture between the two neighbours since their border war in 2009.

The foreign ministry said in a statement that the four, who included the embassy's deputy head of mission, had engaged in "activities incompatible with their diplomatic status", the standard phrase for espionage.

A Dravinan security official, who spoke on condition of anonymity because he was not authorised to brief journalists, said two civil servants had been arrested in October and were being questioned about documents on troop deployments that had been passed to a Solvaran handler.

Solvara's foreign minister, Irena Vashek, called the expulsions "a theatrical overreaction" and said her country would respond "in kind and in proportion".

"No Solvaran diplomat has done anything in Kovel that Dravinan diplomats do not do every day in our capital," she told reporters in Sarnow.

Solvara is expected to expel a similar number of Dravinan diplomats as early as Friday, according to two Western diplomats in Sarnow.

The two countries restored full diplomatic relations only in 2021, after talks hosted by the neutral Arkel Group. Trade between them has since tripled, according to Dravina's statistics office.

Analysts said the row was unlikely to derail a gas pipeline deal that the two governments signed in March. "Both sides need the pipeline more than they need this fight," said Mattias Korren, who studies the region at the Halden Institute.

The Solvaran embassy in Kovel did not respond to requests for comment.
""",
        [
            c("Dravina", "ordered", "four Solvaran diplomats to leave the country within 72 hours"),
            c("Dravina", "accusing", "them of recruiting officials at its defence ministry"),
            c(
                "The foreign ministry",
                "said",
                'that the four, who included the embassy\'s deputy head of mission, had engaged in "activities incompatible with their diplomatic status"',
            ),
            c(
                "A Dravinan security official, who spoke on condition of anonymity because he was not authorised to brief journalists",
                "said",
                "two civil servants had been arrested in October and were being questioned about documents on troop deployments that had been passed to a Solvaran handler",
            ),
            c(
                "Solvara's foreign minister, Irena Vashek",
                "called",
                'the expulsions "a theatrical overreaction"',
            ),
            c(
                "Solvara's foreign minister, Irena Vashek",
                "said",
                'her country would respond "in kind and in proportion"',
            ),
            c(
                "she",
                "told",
                '"No Solvaran diplomat has done anything in Kovel that Dravinan diplomats do not do every day in our capital,"',
            ),
            c(
                "two Western diplomats in Sarnow",
                "according to",
                "Solvara is expected to expel a similar number of Dravinan diplomats as early as Friday",
            ),
            c(
                "Dravina's statistics office",
                "according to",
                "Trade between them has since tripled",
            ),
            c(
                "Analysts",
                "said",
                "the row was unlikely to derail a gas pipeline deal that the two governments signed in March",
            ),
            c(
                "Mattias Korren, who studies the region at the Halden Institute",
                "said",
                '"Both sides need the pipeline more than they need this fight,"',
            ),
        ],
    ),
    article(
        "fresh8-courts-lydgate-inquest",
        "courts",
        "2026-09-18",
        """
Coroner to warn council over junction where cyclist died

A coroner has said she will write to Redmarsh County Council about a junction after an inquest heard that a cyclist killed there was the fourth person seriously hurt at the spot in five years.

Owen Pritchard, 52, from Lydgate, died on 14 May, two days after his bicycle was struck by a lorry turning left at the junction of Mill Lane and Ferry Road.

The lorry's driver, Stuart Keeling, told the inquest that he had checked his mirrors twice and "never saw" Mr Pritchard.

PC Rachel Onions, a collision investigator, said the lorry had been travelling at about 11mph. Her report found that a cyclist in Mr Pritchard's position would have been in the driver's blind spot for "between two and three seconds".

In a statement read to the court, Mr Pritchard's widow, Hannah, said her husband had cycled the route "every day for twenty years" and had complained to the council about the junction in 2022.

"We were told then that it was on a list," she said. "Owen is not on a list any more. He is gone."

A council highways engineer, Mark Devlin, told the inquest that a redesign with a separate signal phase for cyclists had been costed at £380,000 but had not been funded. Asked whether the junction was safe, he said: "Not as it stands, no."

Recording a conclusion of accidental death, the senior coroner, Lucy Ambrose, said she was satisfied Mr Keeling had not driven carelessly. But she found that the layout of the junction had contributed to the death, and said she would send the council a prevention of future deaths report.

Redmarsh County Council said it would "study the coroner's findings carefully" but declined to comment further.
""",
        [
            c(
                "A coroner",
                "has said",
                "she will write to Redmarsh County Council about a junction",
            ),
            c(
                None,
                "heard",
                "that a cyclist killed there was the fourth person seriously hurt at the spot in five years",
            ),
            c(
                "The lorry's driver, Stuart Keeling",
                "told",
                'that he had checked his mirrors twice and "never saw" Mr Pritchard',
            ),
            c(
                "PC Rachel Onions, a collision investigator",
                "said",
                "the lorry had been travelling at about 11mph",
            ),
            c(
                "Her report",
                "found",
                "that a cyclist in Mr Pritchard's position would have been in the driver's blind spot for \"between two and three seconds\"",
            ),
            c(
                "Mr Pritchard's widow, Hannah",
                "said",
                'her husband had cycled the route "every day for twenty years" and had complained to the council about the junction in 2022',
            ),
            c(
                "she",
                "said",
                [
                    '"We were told then that it was on a list,"',
                    '"Owen is not on a list any more. He is gone."',
                ],
            ),
            c(
                "A council highways engineer, Mark Devlin",
                "told",
                "that a redesign with a separate signal phase for cyclists had been costed at £380,000 but had not been funded",
            ),
            c("he", "said", '"Not as it stands, no."'),
            c(
                "the senior coroner, Lucy Ambrose",
                "said",
                "she was satisfied Mr Keeling had not driven carelessly",
            ),
            c("she", "found", "that the layout of the junction had contributed to the death"),
            c("she", "said", "she would send the council a prevention of future deaths report"),
            c(
                "Redmarsh County Council",
                "said",
                'it would "study the coroner\'s findings carefully"',
            ),
        ],
    ),
    article(
        "fresh8-wire-calder-bridge-derailment",
        "wire",
        "2026-11-18",
        """
Evacuation order lifted after freight train derailment as chemical leak is contained

CALDER BRIDGE, Nov 18 (Meridian Press) - Authorities lifted an evacuation order for about 1,400 residents of this river town on Wednesday after crews contained a leak of vinyl acetate from a derailed freight train, the county emergency management office said.

Twenty-three cars of a 96-car train operated by Great Plains & Eastern Railroad left the tracks late on Monday, and two of them ruptured, the office said in a statement. The train was reportedly traveling at about 40 mph when it derailed. No injuries were reported.

Air monitoring has shown no levels of concern in town since Tuesday afternoon, county emergency director Carla Brandt told a news conference. Residents with private wells have been urged to use bottled water until testing is complete.

"We'd rather be cautious for a few more days than tell someone their water is fine and be wrong," Brandt said.

The railroad said in a statement that it was "deeply sorry for the disruption" and would pay for residents' hotel rooms and meals during the evacuation. It did not say what caused the derailment.

Investigators from the federal Rail Safety Board arrived on Tuesday. A track inspection on Nov. 2 found no defects on the stretch where the train derailed, according to records the railroad filed with regulators.

Some residents criticized the flow of information. Dale Hutchins, 61, who runs a hardware store on Main Street, said he learned of the evacuation from a neighbor. "My phone never went off," he said. "If that's the alert system, I'd hate to see it on a bad day."

Train traffic on the line is expected to resume by the weekend.
""",
        [
            c(
                "the county emergency management office",
                "said",
                "Authorities lifted an evacuation order for about 1,400 residents of this river town on Wednesday after crews contained a leak of vinyl acetate from a derailed freight train",
            ),
            c(
                "the office",
                "said",
                "Twenty-three cars of a 96-car train operated by Great Plains & Eastern Railroad left the tracks late on Monday, and two of them ruptured",
                near="Twenty-three cars of a 96-car train operated by Great Plains & Eastern Railroad left the tracks late on Monday, and two of them ruptured, the office said",
            ),
            c(None, "reportedly", ["The train was", "traveling at about 40 mph when it derailed"]),
            c(
                "county emergency director Carla Brandt",
                "told",
                "Air monitoring has shown no levels of concern in town since Tuesday afternoon",
            ),
            c(
                "Air monitoring",
                "has shown",
                "no levels of concern in town since Tuesday afternoon",
            ),
            c(
                None,
                "have been urged",
                ["Residents with private wells", "to use bottled water until testing is complete"],
            ),
            c(
                "Brandt",
                "said",
                '"We\'d rather be cautious for a few more days than tell someone their water is fine and be wrong,"',
            ),
            c(
                "The railroad",
                "said",
                'that it was "deeply sorry for the disruption" and would pay for residents\' hotel rooms and meals during the evacuation',
            ),
            c(
                "A track inspection on Nov. 2",
                "found",
                "no defects on the stretch where the train derailed",
            ),
            c(
                "records the railroad filed with regulators",
                "according to",
                "A track inspection on Nov. 2 found no defects on the stretch where the train derailed",
            ),
            c(
                "Dale Hutchins, 61, who runs a hardware store on Main Street",
                "said",
                "he learned of the evacuation from a neighbor",
            ),
            c(
                "he",
                "said",
                [
                    '"My phone never went off,"',
                    "\"If that's the alert system, I'd hate to see it on a bad day.\"",
                ],
            ),
            c(None, "is expected to", ["Train traffic on the line", "resume by the weekend"]),
        ],
    ),
    article(
        "fresh8-opinion-station-road-flyover",
        "opinion",
        "2026-10-31",
        """
The Station Road flyover will not fix Kalyanpet's traffic

Municipal Commissioner S. Raghunandan has spent the past month defending a 2.4-km flyover over Station Road. The flyover, he told the standing committee on October 9, will "cut peak-hour travel time by 40 percent" and "pay for itself in fuel saved within six years".

I do not doubt his sincerity. I doubt his numbers. The detailed project report, which the corporation released only after a right-to-information request, assumes that traffic on Station Road will grow by 3 percent a year for twenty years. It says nothing about the metro line due to open beside the road in 2028.

A flyover moves the jam two kilometres down the road, and new traffic fills the space it frees. Transport planners call this induced demand, and it is not a fringe theory.

Corporator Manjula Hegde, who chairs the works committee, has dismissed critics like me as "people who cycle to work and think everyone should". For the record, I take the bus. She has also said that the 340 trees to be felled will be "compensated tenfold" by saplings planted on the city's outskirts.

A sapling twenty kilometres away does not shade a bus stop on Station Road. The Kalyanpet Tree Census, compiled by volunteers last year, found that the stretch has lost 1,100 trees since 2015.

I wrote in this column in March that the corporation should publish its traffic model before putting the project out to tender. It has not done so. The commissioner's office says the model is "under revision".

The standing committee meets on November 20. It should delay the tender by six months and ask the metro corporation for its ridership projections.

Mr Raghunandan says he welcomes debate. Let us have one, with the numbers on the table.
""",
        [
            c(
                "he",
                "told",
                [
                    "The flyover",
                    'will "cut peak-hour travel time by 40 percent" and "pay for itself in fuel saved within six years"',
                ],
                n=0,
            ),
            c(
                "The detailed project report, which the corporation released only after a right-to-information request",
                "assumes",
                "that traffic on Station Road will grow by 3 percent a year for twenty years",
            ),
            c("Transport planners", "call", "this induced demand"),
            c(
                "Corporator Manjula Hegde, who chairs the works committee",
                "has dismissed",
                'critics like me as "people who cycle to work and think everyone should"',
            ),
            c(
                "She",
                "said",
                'that the 340 trees to be felled will be "compensated tenfold" by saplings planted on the city\'s outskirts',
            ),
            c(
                "The Kalyanpet Tree Census, compiled by volunteers last year",
                "found",
                "that the stretch has lost 1,100 trees since 2015",
            ),
            c(
                "I",
                "wrote",
                "that the corporation should publish its traffic model before putting the project out to tender",
            ),
            c("The commissioner's office", "says", 'the model is "under revision"'),
            c("Mr Raghunandan", "says", "he welcomes debate"),
        ],
    ),
    article(
        "fresh8-feature-hollins-crossing-bank",
        "feature",
        "2026-12-04",
        """
After 112 years, Hollins Crossing’s last bank closes its doors

The queue outside Coastline Bank formed early on Friday, the last day the branch opened.

Brenda Walcott, 79, came to close the account she opened as a schoolgirl in 1959. She put it simply: “My father walked me in here with a ten-shilling note. I thought I’d see my money out the same door.”

Coastline Bank announced in August that the branch, one of 15 in small towns, would close because fewer than 200 customers a week used its counter. It was awarded the bank’s regional branch of the year title in 2019.

A spokesperson for the bank said customers could use a “banking hub” at the library twice a week, and that staff would visit the rest home monthly to help residents set up phone banking.

Ravi Naidu, who has run the dairy opposite the branch for 22 years, now faces a 45-minute drive to Tarrant to bank his takings. “I’ll be carrying a week’s cash along a country road in the dark,” he said. “Nobody at head office has thought about that.”

District councillor Hemi Parata said the closure was “one more brick out of the wall” for a town that had already lost its post office. He has written to the bank’s chief executive asking for the branch to open two days a week, but said he had not yet had a reply.

Jess Kingi, 27, who runs a coffee cart at the wharf, said she had not set foot in a bank in five years, but that she understood why older residents felt abandoned.

Asked how she felt as she locked the door at 4pm, branch manager Sandra Petrie, who has worked there since 1991, said: “Like I’m leaving a family. Which I am.”
""",
        [
            c(
                "She",
                "put it simply",
                "“My father walked me in here with a ten-shilling note. I thought I’d see my money out the same door.”",
            ),
            c(
                "Coastline Bank",
                "announced",
                "that the branch, one of 15 in small towns, would close because fewer than 200 customers a week used its counter",
            ),
            c(
                "A spokesperson for the bank",
                "said",
                "customers could use a “banking hub” at the library twice a week, and that staff would visit the rest home monthly to help residents set up phone banking",
            ),
            c(
                "he",
                "said",
                [
                    "“I’ll be carrying a week’s cash along a country road in the dark,”",
                    "“Nobody at head office has thought about that.”",
                ],
            ),
            c(
                "District councillor Hemi Parata",
                "said",
                "the closure was “one more brick out of the wall” for a town that had already lost its post office",
            ),
            c("He", "asking for", "the branch to open two days a week"),
            c("He", "said", "he had not yet had a reply"),
            c(
                "Jess Kingi, 27, who runs a coffee cart at the wharf",
                "said",
                "she had not set foot in a bank in five years, but that she understood why older residents felt abandoned",
            ),
            c(
                "branch manager Sandra Petrie, who has worked there since 1991",
                "said",
                "“Like I’m leaving a family. Which I am.”",
            ),
        ],
    ),
]
