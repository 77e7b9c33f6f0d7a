"""A held-out set of invented news articles and their attributions, as strings (fresh23).

Written on 2026-12-05 blind to claimx's rules (the annotator neither ran claimx nor read its
source, its tests or the other sets) and never to be used for tuning. Every article, person,
organisation, place and quotation here is invented (MIT, like the project). ``build.py --set
fresh23`` turns these into ``fresh23.jsonl`` with exact spans; the conventions are in
docs/evaldata-news.md.

Twelve articles (wire, courts, council, press-release, interview, live-blog, opinion, business,
science, health) in Australian, Scottish, Kenyan and Canadian house styles and registers.
"""

# ruff: noqa: E501 (article text: one paragraph a line)
from __future__ import annotations

from typing import Any

from articles import article, c

ARTICLES: list[dict[str, Any]] = [
    article(
        "fresh23-wire-river-allocation",
        "wire",
        "2026-11-03",
        """
Irrigators "betrayed" by river allocation cut, says Country Alliance leader

By Hamish Tregear, state political reporter

WARRINA, Tuesday (Austwire) - The state government will cut general-security water allocations on the Coolabah River by a third from January, a decision the opposition Country Alliance says will "empty out" the towns of the lower valley.

Water Minister Josephine Marrable told parliament on Tuesday afternoon that storage levels in Lake Yarrabin had fallen to 31 per cent and that the river "cannot keep giving what it no longer has".

"Nobody in this government takes this decision lightly," Ms Marrable said. "But if we do nothing now, we will be talking about town water by the end of next summer, not irrigation."

The cut will apply to about 1,400 licence holders between Warrina and the river mouth. Ms Marrable said high-security licences, which supply permanent plantings such as citrus and vines, would be held at 90 per cent.

The Country Alliance leader, Doug Pettigrew, whose electorate takes in most of the affected farms, called the decision "a betrayal of every family that was told to plant in good faith".

"They were encouraged to borrow, to expand, to put in drip lines and new pumps, and now they've been hung out to dry," Mr Pettigrew told reporters outside Parliament House. "This minister has never stood in a dry paddock in her life."

The Rivers First party welcomed the cut but argued it had come three years too late. Its water spokeswoman, Lena Ostrowski, said the government had "ignored its own scientists" since the last drought and urged the minister to publish the hydrological modelling behind the decision.

The independent member for Coolabah, Ruth Anning-Kaye, said she would not support the disallowance motion the opposition plans to move next week, but warned that the government "owns whatever happens next in these towns".

"I have asked the minister to come to Warrina and explain this in the town hall, not in a press release," Ms Anning-Kaye said.

Asked later whether she would accept the invitation, Ms Marrable said she would "go wherever I need to go" before Christmas.

Figures from the Coolabah Valley Irrigators' Association show members planted about 6,000 hectares of new almond and walnut orchards in the past five years, much of it financed against water entitlements. The association's chief executive, Bryce Holloway, estimated the cut would take $180 million out of the valley economy in the first year.

The association is understood to be considering a legal challenge, although Mr Holloway declined to say on Tuesday whether it had briefed lawyers.

Premier Alan Whitcombe defended his minister on Tuesday evening, saying the government had set aside a $45 million adjustment package, including rate relief and grants for farmers who chose to sell their entitlements. The details of the package are expected to be released in next month's mid-year budget update.

Read more: Lake Yarrabin falls to lowest level in nineteen years
""",
        [
            c("Country Alliance leader", "says", 'Irrigators "betrayed" by river allocation cut'),
            c(
                "the opposition Country Alliance",
                "says",
                ["a decision", 'will "empty out" the towns of the lower valley'],
            ),
            c(
                "Water Minister Josephine Marrable",
                "told",
                'that storage levels in Lake Yarrabin had fallen to 31 per cent and that the river "cannot keep giving what it no longer has"',
            ),
            c(
                "Ms Marrable",
                "said",
                [
                    '"Nobody in this government takes this decision lightly,"',
                    '"But if we do nothing now, we will be talking about town water by the end of next summer, not irrigation."',
                ],
            ),
            c(
                "Ms Marrable",
                "said",
                "high-security licences, which supply permanent plantings such as citrus and vines, would be held at 90 per cent",
            ),
            c(
                "The Country Alliance leader, Doug Pettigrew, whose electorate takes in most of the affected farms",
                "called",
                'the decision "a betrayal of every family that was told to plant in good faith"',
            ),
            c(
                "Mr Pettigrew",
                "told",
                [
                    '"They were encouraged to borrow, to expand, to put in drip lines and new pumps, and now they\'ve been hung out to dry,"',
                    '"This minister has never stood in a dry paddock in her life."',
                ],
            ),
            c("The Rivers First party", "argued", "it had come three years too late"),
            c(
                "Its water spokeswoman, Lena Ostrowski",
                "said",
                'the government had "ignored its own scientists" since the last drought',
            ),
            c(
                "Its water spokeswoman, Lena Ostrowski",
                "urged",
                "the minister to publish the hydrological modelling behind the decision",
            ),
            c(
                "The independent member for Coolabah, Ruth Anning-Kaye",
                "said",
                "she would not support the disallowance motion the opposition plans to move next week",
            ),
            c(
                "The independent member for Coolabah, Ruth Anning-Kaye",
                "warned",
                'that the government "owns whatever happens next in these towns"',
            ),
            c(
                "Ms Anning-Kaye",
                "said",
                '"I have asked the minister to come to Warrina and explain this in the town hall, not in a press release,"',
            ),
            c("Ms Marrable", "said", 'she would "go wherever I need to go" before Christmas'),
            c(
                "Figures from the Coolabah Valley Irrigators' Association",
                "show",
                "members planted about 6,000 hectares of new almond and walnut orchards in the past five years, much of it financed against water entitlements",
            ),
            c(
                "The association's chief executive, Bryce Holloway",
                "estimated",
                "the cut would take $180 million out of the valley economy in the first year",
            ),
            c(
                None,
                "is understood to",
                ["The association", "be considering a legal challenge"],
                near="The association is understood to be considering a legal challenge",
            ),
            c(
                "Premier Alan Whitcombe",
                "saying",
                "the government had set aside a $45 million adjustment package, including rate relief and grants for farmers who chose to sell their entitlements",
            ),
            c(
                None,
                "are expected to",
                [
                    "The details of the package",
                    "be released in next month's mid-year budget update",
                ],
            ),
        ],
    ),
    article(
        "fresh23-wire-malindu-floods",
        "wire",
        "2026-11-18",
        """
Families along River Malindu urged to move to higher ground as rains intensify

By HNW Reporter

KIVULUNI, Wednesday - Residents of low-lying villages along River Malindu in Tharaka-Ndovu County have been asked to move to higher ground immediately after the river burst its banks in at least three places overnight, county officials said.

The county's disaster management officer, Mr Jeremiah Kithinji, said about 640 households in Kivuluni, Mararo and Ithanje wards had been affected and that two footbridges had been swept away.

"The water came very fast between two and four in the morning. Many people woke up with water at the level of the bed," Mr Kithinji told HNW by phone. "We are asking everyone who is still in those homes to leave now and not wait for the river to go down."

No deaths had been reported by Wednesday afternoon, although a 12-year-old boy is said to be missing after he was seen trying to cross the Mararo footbridge on Tuesday evening. Police in Mararo could not confirm the report.

PHOTO | HNW: Residents of Ithanje carry their belongings through floodwater on Wednesday morning.

In its latest advisory, the national weather service warned that heavy rainfall of more than 50mm in 24 hours was likely to continue over the central highlands and parts of the lower eastern region until Sunday. The advisory urged motorists to avoid crossing flooded roads and bridges.

Tharaka-Ndovu Governor Dr Mercy Njeri-Ombati, who toured an evacuation centre at Kivuluni Primary School on Wednesday, said the county had released Sh18 million from its emergency fund for food, blankets and water treatment tablets. She also asked the national government to release relief food from the strategic grain reserve.

But the area MP, Mr Fredrick Mutiso Kalumu, accused the county of ignoring repeated warnings. "We told them in August that those dykes at Ithanje were weak. We wrote letters. Nobody came," he said, adding that residents had been "left to fend for themselves" every rainy season.

Responding to the claims, the county executive for water and environment, Ms Esther Wambui Gacheru, denied that the county had received any letters about the dykes and insisted repairs had begun in September "as soon as funds were available".

The Umoja Relief Society said its teams had set up two camps with room for about 1,500 people and were distributing cooking kits and mosquito nets. Its regional coordinator, Mr Abdi Hussein Noor, said the greater danger in the coming days was waterborne disease.

"When people are crowded in a school with one latrine, cholera is the thing that keeps me awake," Mr Noor said.

The Ministry of Interior is expected to announce a national flood response plan when the Cabinet meets on Thursday. The ministry did not respond to questions from HNW on Wednesday.
""",
        [
            c(None, "urged", ["Families along River Malindu", "to move to higher ground"]),
            c(
                "county officials",
                "said",
                "Residents of low-lying villages along River Malindu in Tharaka-Ndovu County have been asked to move to higher ground immediately after the river burst its banks in at least three places overnight",
            ),
            c(
                "The county's disaster management officer, Mr Jeremiah Kithinji",
                "said",
                "about 640 households in Kivuluni, Mararo and Ithanje wards had been affected and that two footbridges had been swept away",
            ),
            c(
                "Mr Kithinji",
                "told",
                [
                    '"The water came very fast between two and four in the morning. Many people woke up with water at the level of the bed,"',
                    '"We are asking everyone who is still in those homes to leave now and not wait for the river to go down."',
                ],
            ),
            c(
                None,
                "is said to",
                [
                    "a 12-year-old boy",
                    "be missing after he was seen trying to cross the Mararo footbridge on Tuesday evening",
                ],
            ),
            c(
                "the national weather service",
                "warned",
                "that heavy rainfall of more than 50mm in 24 hours was likely to continue over the central highlands and parts of the lower eastern region until Sunday",
            ),
            c("The advisory", "urged", "motorists to avoid crossing flooded roads and bridges"),
            c(
                "Tharaka-Ndovu Governor Dr Mercy Njeri-Ombati, who toured an evacuation centre at Kivuluni Primary School on Wednesday",
                "said",
                "the county had released Sh18 million from its emergency fund for food, blankets and water treatment tablets",
            ),
            c(
                "She",
                "asked",
                "the national government to release relief food from the strategic grain reserve",
            ),
            c(
                "the area MP, Mr Fredrick Mutiso Kalumu",
                "accused",
                "the county of ignoring repeated warnings",
            ),
            c(
                "he",
                "said",
                '"We told them in August that those dykes at Ithanje were weak. We wrote letters. Nobody came,"',
            ),
            c(
                "he",
                "adding",
                'that residents had been "left to fend for themselves" every rainy season',
            ),
            c(
                "the county executive for water and environment, Ms Esther Wambui Gacheru",
                "denied",
                "that the county had received any letters about the dykes",
            ),
            c(
                "the county executive for water and environment, Ms Esther Wambui Gacheru",
                "insisted",
                'repairs had begun in September "as soon as funds were available"',
            ),
            c(
                "The Umoja Relief Society",
                "said",
                "its teams had set up two camps with room for about 1,500 people and were distributing cooking kits and mosquito nets",
            ),
            c(
                "Its regional coordinator, Mr Abdi Hussein Noor",
                "said",
                "the greater danger in the coming days was waterborne disease",
            ),
            c(
                "Mr Noor",
                "said",
                '"When people are crowded in a school with one latrine, cholera is the thing that keeps me awake,"',
            ),
            c(
                None,
                "is expected to",
                [
                    "The Ministry of Interior",
                    "announce a national flood response plan when the Cabinet meets on Thursday",
                ],
            ),
        ],
    ),
    article(
        "fresh23-courts-trust-treasurer",
        "courts",
        "2026-10-22",
        """
Treasurer who stole £212,000 from village wind farm fund jailed for 28 months

By Morag Lindsay, Courts Reporter

A former treasurer who plundered a Highland village’s wind farm fund to pay for holidays, a campervan and online gambling has been jailed for 28 months.

Graham Ruthven, 58, of Glenbrae Road, Achnafearn, admitted embezzling £212,460 from the Achnafearn and Strathlorn Community Trust between April 2019 and October 2024.

Inverallan Sheriff Court heard that he had transferred money from the trust’s account to his own in more than 300 separate payments, many of them disguised as invoices from a fencing contractor that did not exist.

Depute fiscal Aileen McCorquodale told the court the fraud came to light when a newly appointed trust secretary noticed that the fund’s balance did not match the figures presented at the annual general meeting.

“The accused was trusted implicitly by his fellow directors,” Ms McCorquodale said. “He presented accounts each year which were, to put it plainly, works of fiction.”

She said an audit commissioned by the trust had found that only £31,000 of the missing money was spent on anything connected to the village. The rest, she said, went on foreign holidays, a £38,000 campervan and online betting accounts.

Graham Ruthven leaves Inverallan Sheriff Court on Tuesday. Picture: Iain Gowrie

Solicitor advocate Niall Drummond, defending, said his client had been “consumed” by a gambling addiction after the death of his wife in 2018 and was now attending a support group twice a week.

“He is not looking for sympathy. He knows that he has shamed himself in a community where everyone knows everyone,” Mr Drummond said. He added that Mr Ruthven had sold the campervan and handed £41,000 to the trust ahead of the hearing.

Sentencing, Sheriff Katherine Abernethy told Ruthven his offending had been “sustained, calculated and deeply corrosive of trust”.

“This money was meant for a new village hall, for heating grants for elderly residents, for the playpark. You treated it as your personal bank account,” she said. “You betrayed not one person but an entire community, and a custodial sentence is the only appropriate disposal.”

The sheriff said she had taken account of his early guilty plea, without which the sentence would have been 42 months. She also began confiscation proceedings against him and ordered that Ruthven be barred from acting as a company director or charity trustee for ten years.

New safeguards

In a statement issued after the hearing, the trust’s chairwoman, Elspeth Munro, said directors had since introduced dual signatures on every payment and an independent examiner for the annual accounts.

“Our first duty now is to the people of Achnafearn and Strathlorn, who have waited far too long for the hall they were promised,” she said. “We will pursue every penny.”

Detectives are understood to be examining whether a second person was aware of the payments. A police spokeswoman declined to comment.

Read more: Achnafearn hall plans back on the table after five-year wait
""",
        [
            c(
                None,
                "heard",
                "that he had transferred money from the trust’s account to his own in more than 300 separate payments, many of them disguised as invoices from a fencing contractor that did not exist",
            ),
            c(
                "Depute fiscal Aileen McCorquodale",
                "told",
                "the fraud came to light when a newly appointed trust secretary noticed that the fund’s balance did not match the figures presented at the annual general meeting",
            ),
            c(
                "Ms McCorquodale",
                "said",
                [
                    "“The accused was trusted implicitly by his fellow directors,”",
                    "“He presented accounts each year which were, to put it plainly, works of fiction.”",
                ],
            ),
            c(
                "She",
                "said",
                "an audit commissioned by the trust had found that only £31,000 of the missing money was spent on anything connected to the village",
            ),
            c(
                "an audit commissioned by the trust",
                "found",
                "that only £31,000 of the missing money was spent on anything connected to the village",
            ),
            c(
                "she",
                "said",
                [
                    "The rest",
                    "went on foreign holidays, a £38,000 campervan and online betting accounts",
                ],
            ),
            c(
                "Solicitor advocate Niall Drummond, defending",
                "said",
                "his client had been “consumed” by a gambling addiction after the death of his wife in 2018 and was now attending a support group twice a week",
            ),
            c(
                "Mr Drummond",
                "said",
                "“He is not looking for sympathy. He knows that he has shamed himself in a community where everyone knows everyone,”",
            ),
            c(
                "He",
                "added",
                "that Mr Ruthven had sold the campervan and handed £41,000 to the trust ahead of the hearing",
            ),
            c(
                "Sheriff Katherine Abernethy",
                "told",
                "his offending had been “sustained, calculated and deeply corrosive of trust”",
            ),
            c(
                "she",
                "said",
                [
                    "“This money was meant for a new village hall, for heating grants for elderly residents, for the playpark. You treated it as your personal bank account,”",
                    "“You betrayed not one person but an entire community, and a custodial sentence is the only appropriate disposal.”",
                ],
            ),
            c(
                "The sheriff",
                "said",
                "she had taken account of his early guilty plea, without which the sentence would have been 42 months",
            ),
            c(
                "She",
                "ordered",
                "that Ruthven be barred from acting as a company director or charity trustee for ten years",
            ),
            c(
                "the trust’s chairwoman, Elspeth Munro",
                "said",
                "directors had since introduced dual signatures on every payment and an independent examiner for the annual accounts",
            ),
            c(
                "she",
                "said",
                [
                    "“Our first duty now is to the people of Achnafearn and Strathlorn, who have waited far too long for the hall they were promised,”",
                    "“We will pursue every penny.”",
                ],
            ),
            c(
                None,
                "are understood to",
                ["Detectives", "be examining whether a second person was aware of the payments"],
            ),
        ],
    ),
    article(
        "fresh23-council-auchtermorn-homes",
        "council",
        "2026-09-10",
        """
Councillors reject 140-home Auchtermorn plan against officers’ advice

Decision “a victory for common sense”, say objectors

By Calum Baird, Local Democracy Reporter

A controversial plan to build 140 homes on farmland on the edge of Auchtermorn has been thrown out by councillors, despite planning officers recommending that it be approved.

Glenmorven Homes had applied for permission to build a mix of family houses and 35 affordable flats on three fields at Balgownie Farm, north of the village primary school.

Members of Dunmarra Council’s planning committee voted by seven to five on Wednesday to refuse the application, citing road safety at the junction with Station Brae and the loss of prime agricultural land.

The officers’ report to the committee had concluded that the site was allocated for housing in the 2023 local development plan and that the developer’s proposed improvements to the junction would make it “acceptable in road safety terms”.

Planning manager Fiona Strachan told members that refusing an allocated site would leave the council “in a very weak position” if the developer appealed to ministers.

“I have to be candid with the committee. The reasons being put forward today were all considered in the report, and none of them was found to be a material reason for refusal,” she said.

“An accident waiting to happen”

But Councillor Moira Haldane (Auchtermorn and Glenlochy) moved that the application be refused.

“Anyone who has tried to pull out of Station Brae at eight in the morning knows that junction is an accident waiting to happen,” she said. “A mini-roundabout and a bit of paint will not change that.”

Her motion was seconded by Councillor Ewan Fairlie, who said the village school was already at capacity and described the plan as “housing numbers dropped onto a field with no thought for the people who will live there”.

Auchtermorn Community Council, which lodged one of 212 objections, said after the meeting that the decision was “a victory for common sense and for a village that has been ignored for too long”.

Not all members agreed. Councillor Raj Bhattacharya (Dunmarra West) warned colleagues that the council could face an award of expenses if the refusal was overturned on appeal, and said the area needed affordable homes “more than it needs another field of barley”.

“We have 1,900 people on the housing list in this council area. Some of them are young folk from Auchtermorn who cannot afford to stay in the village they grew up in,” he said.

Glenmorven Homes said it was “disappointed” by the decision and would “consider all options”, including an appeal. A spokesman for the company claimed the scheme would have brought £2.4 million in developer contributions towards the school and local roads.

The developer has three months to lodge an appeal. Under the council’s scheme of delegation, the refusal is expected to be formally noted at the full council meeting on 2 October.

Related: Auchtermorn primary extension plans go on show
""",
        [
            c("objectors", "say", "Decision “a victory for common sense”"),
            c("planning officers", "recommending", "that it be approved"),
            c(
                "The officers’ report to the committee",
                "concluded",
                "that the site was allocated for housing in the 2023 local development plan and that the developer’s proposed improvements to the junction would make it “acceptable in road safety terms”",
            ),
            c(
                "Planning manager Fiona Strachan",
                "told",
                "that refusing an allocated site would leave the council “in a very weak position” if the developer appealed to ministers",
            ),
            c(
                "she",
                "said",
                "“I have to be candid with the committee. The reasons being put forward today were all considered in the report, and none of them was found to be a material reason for refusal,”",
            ),
            c(
                "Councillor Moira Haldane (Auchtermorn and Glenlochy)",
                "moved",
                "that the application be refused",
            ),
            c(
                "she",
                "said",
                [
                    "“Anyone who has tried to pull out of Station Brae at eight in the morning knows that junction is an accident waiting to happen,”",
                    "“A mini-roundabout and a bit of paint will not change that.”",
                ],
            ),
            c("Councillor Ewan Fairlie", "said", "the village school was already at capacity"),
            c(
                "Councillor Ewan Fairlie",
                "described",
                "the plan as “housing numbers dropped onto a field with no thought for the people who will live there”",
            ),
            c(
                "Auchtermorn Community Council, which lodged one of 212 objections",
                "said",
                "that the decision was “a victory for common sense and for a village that has been ignored for too long”",
            ),
            c(
                "Councillor Raj Bhattacharya (Dunmarra West)",
                "warned",
                "that the council could face an award of expenses if the refusal was overturned on appeal",
            ),
            c(
                "Councillor Raj Bhattacharya (Dunmarra West)",
                "said",
                "the area needed affordable homes “more than it needs another field of barley”",
            ),
            c(
                "he",
                "said",
                "“We have 1,900 people on the housing list in this council area. Some of them are young folk from Auchtermorn who cannot afford to stay in the village they grew up in,”",
            ),
            c(
                "Glenmorven Homes",
                "said",
                "it was “disappointed” by the decision and would “consider all options”, including an appeal",
            ),
            c(
                "A spokesman for the company",
                "claimed",
                "the scheme would have brought £2.4 million in developer contributions towards the school and local roads",
            ),
            c(
                None,
                "is expected to",
                ["the refusal", "be formally noted at the full council meeting on 2 October"],
                near="the refusal is expected to be formally noted at the full council meeting on 2 October",
            ),
        ],
    ),
    article(
        "fresh23-council-cedar-flats-school",
        "council",
        "2026-11-25",
        """
Trustees delay vote on closing Cedar Flats school after parents pack meeting

Board staff had recommended merging the 96-student school with Lakeview Heights by September 2027

By Priya Deshpande, The Harwick Sentinel

Trustees with the Harwick and District School Board voted 7-4 on Tuesday night to put off a decision on the future of Cedar Flats Public School until January, after more than 200 parents, students and neighbours packed the board's meeting room.

Trustee Gordon Achterberg, who represents the rural wards north of the city, moved that the item be deferred so that staff could study a proposal from parents to share the building with a licensed child-care centre.

"These families have done the homework we should have done," Achterberg said. "If there is a way to keep a school in that community, we owe it to them to look at it properly."

A staff report presented to trustees in October found that Cedar Flats, which was built for 240 students, is running at 40 per cent of capacity and needs an estimated $3.1 million in repairs to its roof, boiler and windows over the next five years.

Superintendent of facilities Dana Whitlock told trustees that the board receives no provincial funding for empty seats and that keeping the school open would mean "taking money away from classrooms somewhere else."

Whitlock conceded, under questioning from trustee Sandra Oyelaran, that the board had not asked the municipality whether it would contribute to the cost of a child-care retrofit.

'The last public building'

Eleven delegations addressed the board before the vote. Melissa Tran, who chairs the Cedar Flats school council, presented a petition with 1,340 signatures and told trustees the school was "the last public building in the village."

"When the post office closed, we lost a place. If the school closes, we lose the reason young families move here at all," she said.

Grade 6 student Owen Baptiste asked trustees how long his younger sister would have to ride the bus if the school closed. Staff estimated the trip to Lakeview Heights at 45 to 55 minutes each way.

Not everyone in the room opposed the merger. Trustee Harold Nyquist said he sympathized with the parents but called the deferral "kicking the can down a very expensive road."

"Every month we wait, we are heating a building that is more than half empty," he said.

Director of education Carolyn Mbeki-Ross said staff would report back at the Jan. 20 meeting. Under the board's own policy, at least two more public meetings must be held before any final vote.

Board chair Lorraine Pelletier did not respond to a request for comment after the meeting.

Correction: An earlier version of this story gave the wrong number of delegations. There were 11.
""",
        [
            c(
                "Board staff",
                "recommended",
                "merging the 96-student school with Lakeview Heights by September 2027",
            ),
            c(
                "Trustee Gordon Achterberg, who represents the rural wards north of the city",
                "moved",
                "that the item be deferred so that staff could study a proposal from parents to share the building with a licensed child-care centre",
            ),
            c(
                "Achterberg",
                "said",
                [
                    '"These families have done the homework we should have done,"',
                    '"If there is a way to keep a school in that community, we owe it to them to look at it properly."',
                ],
            ),
            c(
                "A staff report presented to trustees in October",
                "found",
                "that Cedar Flats, which was built for 240 students, is running at 40 per cent of capacity and needs an estimated $3.1 million in repairs to its roof, boiler and windows over the next five years",
            ),
            c(
                "Superintendent of facilities Dana Whitlock",
                "told",
                'that the board receives no provincial funding for empty seats and that keeping the school open would mean "taking money away from classrooms somewhere else."',
            ),
            c(
                "Whitlock",
                "conceded",
                "that the board had not asked the municipality whether it would contribute to the cost of a child-care retrofit",
            ),
            c(
                "Melissa Tran, who chairs the Cedar Flats school council",
                "told",
                'the school was "the last public building in the village."',
            ),
            c(
                "she",
                "said",
                '"When the post office closed, we lost a place. If the school closes, we lose the reason young families move here at all,"',
            ),
            c("Staff", "estimated", "the trip to Lakeview Heights at 45 to 55 minutes each way"),
            c("Trustee Harold Nyquist", "said", "he sympathized with the parents"),
            c(
                "Trustee Harold Nyquist",
                "called",
                'the deferral "kicking the can down a very expensive road."',
            ),
            c(
                "he",
                "said",
                '"Every month we wait, we are heating a building that is more than half empty,"',
            ),
            c(
                "Director of education Carolyn Mbeki-Ross",
                "said",
                "staff would report back at the Jan. 20 meeting",
            ),
        ],
    ),
    article(
        "fresh23-press-kirima-bursary",
        "press-release",
        "2026-10-14",
        """
Mount Kirima University launches Sh450 million bursary fund for students from arid counties

Fund to support 1,200 students over five years, university says

KIRIMA, Kenya, 14 October 2026 /AfriWire/ -- Mount Kirima University (MKU) today announced the launch of the Maji Mazuri Bursary Fund, a Sh450 million programme that will pay tuition, accommodation and a monthly stipend for students from the country's arid and semi-arid counties.

The fund, which is backed by a Sh300 million gift from the Wanjiru-Loitoktok Family Foundation and Sh150 million from the university's own endowment, will support about 1,200 undergraduates over five years, beginning with the January 2027 intake.

Under the programme, the university will:

- cover full tuition and hostel fees for the duration of a student's degree;
- pay a monthly stipend of Sh6,000 for meals and transport;
- provide every bursary holder with a laptop and a mentor from the alumni network; and
- reserve at least half of all places for young women.

"Too many of the brightest young people in our country sit their exams, qualify for university and then stay at home because their families cannot raise the fees," said Professor Grace Wambui Kinyanjui, Vice-Chancellor of Mount Kirima University. "This fund is our promise that the distance between a village in the north and a lecture theatre in Kirima will no longer be measured in shillings."

Prof Kinyanjui said a 2025 survey by the university's Centre for Education Policy had found that fewer than one in five students from arid counties who qualified for university in 2024 actually enrolled, compared with more than half of qualifying students nationally.

Mr Daniel Loitoktok, who chairs the Wanjiru-Loitoktok Family Foundation, said his family had decided to support the fund because his late mother, a primary school teacher for 34 years, "believed that a school fee should never decide a child's future".

"My mother walked eleven kilometres to school and back every day. She used to say that the walk was the easy part," he added.

How to apply

Applications open on 1 November 2026 and close on 15 December 2026. Students who have received an admission letter from MKU and live in one of the eligible counties are encouraged to apply through the university's website. The university said shortlisted applicants would be interviewed in their home counties by a panel that includes local education officers.

The regional director of education for the northern counties, Ms Halima Abdullahi Shure, welcomed the fund and called on other universities "to look beyond the fees office and into the villages".

About Mount Kirima University

Mount Kirima University is a public university founded in 1994. It has more than 22,000 students across four campuses and offers programmes in agriculture, engineering, health sciences, education and business.

Media contact:
Lucy Atieno, Head of Communications, Mount Kirima University
communications@mku.example.ac.ke | +254 700 555 014
""",
        [
            c("university", "says", "Fund to support 1,200 students over five years"),
            c(
                "Mount Kirima University (MKU)",
                "announced",
                "the launch of the Maji Mazuri Bursary Fund, a Sh450 million programme that will pay tuition, accommodation and a monthly stipend for students from the country's arid and semi-arid counties",
            ),
            c(
                "Professor Grace Wambui Kinyanjui, Vice-Chancellor of Mount Kirima University",
                "said",
                [
                    '"Too many of the brightest young people in our country sit their exams, qualify for university and then stay at home because their families cannot raise the fees,"',
                    '"This fund is our promise that the distance between a village in the north and a lecture theatre in Kirima will no longer be measured in shillings."',
                ],
            ),
            c(
                "Prof Kinyanjui",
                "said",
                "a 2025 survey by the university's Centre for Education Policy had found that fewer than one in five students from arid counties who qualified for university in 2024 actually enrolled, compared with more than half of qualifying students nationally",
            ),
            c(
                "a 2025 survey by the university's Centre for Education Policy",
                "found",
                "that fewer than one in five students from arid counties who qualified for university in 2024 actually enrolled, compared with more than half of qualifying students nationally",
            ),
            c(
                "Mr Daniel Loitoktok, who chairs the Wanjiru-Loitoktok Family Foundation",
                "said",
                'his family had decided to support the fund because his late mother, a primary school teacher for 34 years, "believed that a school fee should never decide a child\'s future"',
            ),
            c(
                "he",
                "added",
                '"My mother walked eleven kilometres to school and back every day. She used to say that the walk was the easy part,"',
            ),
            c(
                None,
                "are encouraged",
                [
                    "Students who have received an admission letter from MKU and live in one of the eligible counties",
                    "to apply through the university's website",
                ],
            ),
            c(
                "The university",
                "said",
                "shortlisted applicants would be interviewed in their home counties by a panel that includes local education officers",
            ),
            c(
                "The regional director of education for the northern counties, Ms Halima Abdullahi Shure",
                "called on",
                'other universities "to look beyond the fees office and into the villages"',
            ),
        ],
    ),
    article(
        "fresh23-interview-snow-crab",
        "interview",
        "2026-11-10",
        """
"The ocean doesn't read the quota report": Baie-Rouge co-op president on the snow crab cut

Five questions with the woman who speaks for 140 inshore boats

By Martin Leclair-Hughes, The Coastal Ledger

When the federal fisheries department cut the snow crab quota for the Gulf Shore fleet by 38 per cent last month, the loudest voice on the wharf belonged to Yvonne Thibodeau-Marsh. She has fished out of Baie-Rouge for 31 years and has been president of the Baie-Rouge Inshore Fishermen's Co-operative since 2019.

The department has said the cut is needed because its surveys show the number of young crabs entering the fishery has fallen for four years in a row.

We spoke on the wharf on Monday morning. This interview has been edited and condensed.

Q. How did the boats take the news?

A. Badly. I won't pretend otherwise. We had men at the meeting in the Legion hall who have fished crab since the seventies, and they sat there with their heads in their hands. A 38 per cent cut isn't a trim, it's an amputation. Some of the younger captains are carrying $600,000 in loans on boats and licences. They did the math that night, and the math doesn't work.

Q. The department says the surveys show fewer young crabs coming into the fishery. Do you dispute the science?

A. I don't dispute that the scientists counted what they counted. I dispute where they counted. The survey boat went out in July, in water we don't fish in July, over bottom we don't fish at all. Our own logbooks tell a different story. The ocean doesn't read the quota report.

Q. You wrote to the minister in September asking for an independent review. Did you ever hear back?

A. We got a letter back thanking us for our letter. That's the honest answer. Two pages, and not one number in it.

Q. What happens to Baie-Rouge if the cut stands?

A. The plant will run four weeks instead of nine. That's 120 people, most of them women, most of them over fifty, who won't get enough hours to qualify for employment insurance over the winter. The boats will tie up early, the gas bar will close early, the hockey team will have trouble finding a sponsor.

And then the young ones leave. They go west, they go to the mines, and they don't come back. You can rebuild a crab stock in five or six years. I'm not sure you can rebuild a village.

Q. Is there a compromise you could live with?

A. A phase-in. Cut 15 per cent this year, do a proper survey with our boats and our captains on board, and if the numbers are as bad as they say, we'll take the rest next year. Nobody on this wharf wants to fish the last crab. We're the ones who'll still be here after the scientists go home.

A spokesperson for the fisheries minister said in an email that the decision was "based on the best available science" and that department officials would meet the co-operative in January.
""",
        [
            c("Baie-Rouge co-op president", ":", '"The ocean doesn\'t read the quota report"'),
            c(
                "The department",
                "said",
                "the cut is needed because its surveys show the number of young crabs entering the fishery has fallen for four years in a row",
            ),
            c(
                "its surveys",
                "show",
                "the number of young crabs entering the fishery has fallen for four years in a row",
            ),
            c(
                "Yvonne Thibodeau-Marsh",
                "A.",
                "Badly. I won't pretend otherwise. We had men at the meeting in the Legion hall who have fished crab since the seventies, and they sat there with their heads in their hands. A 38 per cent cut isn't a trim, it's an amputation. Some of the younger captains are carrying $600,000 in loans on boats and licences. They did the math that night, and the math doesn't work.",
                far=True,
                kind="direct",
            ),
            c(
                "Yvonne Thibodeau-Marsh",
                "A.",
                "I don't dispute that the scientists counted what they counted. I dispute where they counted. The survey boat went out in July, in water we don't fish in July, over bottom we don't fish at all. Our own logbooks tell a different story. The ocean doesn't read the quota report.",
                far=True,
                kind="direct",
            ),
            c(
                "Yvonne Thibodeau-Marsh",
                "A.",
                "We got a letter back thanking us for our letter. That's the honest answer. Two pages, and not one number in it.",
                far=True,
                kind="direct",
            ),
            c(
                "Yvonne Thibodeau-Marsh",
                "A.",
                "The plant will run four weeks instead of nine. That's 120 people, most of them women, most of them over fifty, who won't get enough hours to qualify for employment insurance over the winter. The boats will tie up early, the gas bar will close early, the hockey team will have trouble finding a sponsor.\n\nAnd then the young ones leave. They go west, they go to the mines, and they don't come back. You can rebuild a crab stock in five or six years. I'm not sure you can rebuild a village.",
                far=True,
                kind="direct",
            ),
            c(
                "Yvonne Thibodeau-Marsh",
                "A.",
                "A phase-in. Cut 15 per cent this year, do a proper survey with our boats and our captains on board, and if the numbers are as bad as they say, we'll take the rest next year. Nobody on this wharf wants to fish the last crab. We're the ones who'll still be here after the scientists go home.",
                far=True,
                kind="direct",
            ),
            c(
                "A spokesperson for the fisheries minister",
                "said",
                'that the decision was "based on the best available science" and that department officials would meet the co-operative in January',
            ),
        ],
    ),
    article(
        "fresh23-live-tarrawong-fires",
        "live-blog",
        "2026-12-01",
        """
Bushfire emergency in the Tarrawong Ranges: live updates

Last updated 6.05pm AEDT

Key points

- Emergency warnings for Mount Corrigan, Bellbird Flat and Yaloak Creek
- About 2,300 homes without power, according to Eastgrid
- Total fire ban across the Tarrawong and Upper Kell districts until midnight Sunday

6.05pm

Fire Authority deputy commissioner Karen Lowell has just finished a press conference at Kell Junction, and she had a blunt message for anyone still in Bellbird Flat.

"Do not get in your car. The roads are cut in both directions and we have fire on both sides of the Bellbird Road," Ms Lowell said. "Shelter in the most solid building you can find, away from windows, and call triple zero if your life is in danger."

She said crews had been pulled back from the eastern edge of the fire at 5.30pm after the wind swung to the south-west.

5.40pm

A reader, Tom, has emailed from Mount Corrigan: "We've got embers landing in the yard and the sky's gone orange. Sprinklers on the roof, car's packed. Staying put for now but watching it minute by minute."

We'd urge anyone in that area to follow the Fire Authority's advice and not to rely on this blog for warnings.

5.15pm

Premier Nathan Kostakis says the state government will activate disaster recovery payments for residents of the three communities under emergency warnings.

"To the people of the Tarrawong Ranges: we know what you're going through today, and we will be there for the rebuild," Mr Kostakis told reporters in the city.

He said two large air tankers had been requested from interstate and were expected to arrive by morning.

Opposition emergency services spokesman Greg Tully called for an inquiry into why planned burns in the ranges had been cancelled last autumn, but said "today is not the day" for that argument.

4.50pm

The weather bureau has warned that a southerly change is expected to reach the ranges between 7pm and 9pm, bringing gusts of up to 80km/h.

Senior forecaster Dr Amira Haddad said the change would eventually bring relief but could make the next few hours more dangerous.

"The danger with a change like this is that the long eastern flank of the fire suddenly becomes the front," she said.

4.20pm

Two firefighters have been taken to hospital with burns to their hands and faces, according to the ambulance service. Both are understood to be in a stable condition.

3.55pm

Residents of Yaloak Creek have been told to leave immediately and head towards Kell Junction while the road is still open.

An evacuation centre has opened at the Kell Junction showgrounds. The Fire Authority said pets and livestock could be brought to the showgrounds, where council staff had set up temporary yards.

3.30pm

Good afternoon and welcome to our live coverage of the fires burning in the Tarrawong Ranges, west of the city. I'm Sophie Marchetti and I'll be bringing you the latest updates through the evening.
""",
        [
            c("Eastgrid", "according to", "About 2,300 homes without power"),
            c(
                "Ms Lowell",
                "said",
                [
                    '"Do not get in your car. The roads are cut in both directions and we have fire on both sides of the Bellbird Road,"',
                    '"Shelter in the most solid building you can find, away from windows, and call triple zero if your life is in danger."',
                ],
            ),
            c(
                "She",
                "said",
                "crews had been pulled back from the eastern edge of the fire at 5.30pm after the wind swung to the south-west",
            ),
            c(
                "A reader, Tom",
                "emailed",
                "\"We've got embers landing in the yard and the sky's gone orange. Sprinklers on the roof, car's packed. Staying put for now but watching it minute by minute.\"",
            ),
            c(
                "Premier Nathan Kostakis",
                "says",
                "the state government will activate disaster recovery payments for residents of the three communities under emergency warnings",
            ),
            c(
                "Mr Kostakis",
                "told",
                '"To the people of the Tarrawong Ranges: we know what you\'re going through today, and we will be there for the rebuild,"',
            ),
            c(
                "He",
                "said",
                "two large air tankers had been requested from interstate and were expected to arrive by morning",
            ),
            c(
                "Opposition emergency services spokesman Greg Tully",
                "called for",
                "an inquiry into why planned burns in the ranges had been cancelled last autumn",
            ),
            c(
                "Opposition emergency services spokesman Greg Tully",
                "said",
                '"today is not the day" for that argument',
                kind="mixed",
            ),
            c(
                "The weather bureau",
                "warned",
                "that a southerly change is expected to reach the ranges between 7pm and 9pm, bringing gusts of up to 80km/h",
            ),
            c(
                "Senior forecaster Dr Amira Haddad",
                "said",
                "the change would eventually bring relief but could make the next few hours more dangerous",
            ),
            c(
                "she",
                "said",
                '"The danger with a change like this is that the long eastern flank of the fire suddenly becomes the front,"',
            ),
            c(
                "the ambulance service",
                "according to",
                "Two firefighters have been taken to hospital with burns to their hands and faces",
            ),
            c(None, "are understood to", ["Both", "be in a stable condition"]),
            c(
                None,
                "have been told",
                [
                    "Residents of Yaloak Creek",
                    "to leave immediately and head towards Kell Junction while the road is still open",
                ],
            ),
            c(
                "The Fire Authority",
                "said",
                "pets and livestock could be brought to the showgrounds, where council staff had set up temporary yards",
            ),
        ],
    ),
    article(
        "fresh23-opinion-strathmorven-libraries",
        "opinion",
        "2026-12-03",
        """
Closing our libraries to save £600,000 is a false economy we will all pay for

Guest column: Anne Dalgleish

A library is the only building left in most of our towns where you can sit down, stay warm and not be asked to buy anything.

When Strathmorven Council published its budget proposals last month, buried on page 41 was a plan to close seven of the area’s eleven branch libraries and replace them with a mobile van that would visit each village once a fortnight. The council says the move will save £612,000 a year.

I spent thirty-four years as a librarian in this area, the last twelve of them running the branch in Kilbrannoch, so I will declare my interest. But I do not think you need to have stamped a single book to see that this is a mistake.

The council’s own consultation, which closed in August, found that 71 per cent of the 2,840 people who responded used their local branch at least once a month, and that the heaviest users were over 65 or under 12. Those are precisely the people least able to travel to the four libraries that would remain.

The council leader, Councillor Iain Baxter-Reid, told a public meeting in Kilbrannoch in October that “nobody went into local government to close libraries”. I believe him. But he also said that the mobile service would be “just as good, and in some ways better”, and on that I am afraid he is simply wrong.

A van cannot host a rhyme-time session for twenty toddlers on a wet Tuesday. It cannot give a seventy-eight-year-old widower somewhere to read the paper and say good morning to another human being. It cannot offer the free wifi and the patient member of staff that a teenager needs to fill in a college application, or that a man who has just lost his job needs to claim benefits.

Mhairi, a young mother I met in the Kilbrannoch branch last week, put it better than I can. “This is the only place I come where nobody looks at the pram like it’s a problem,” she told me. “If they shut it, I honestly don’t know where I’d go in the winter.”

Nor is the saving what it seems. Council officers argue that visits to branch libraries have fallen by 40 per cent in a decade. That is true, but the figure counts only people who borrow a book, not the ones who come in to get warm, to print a form or to use a computer. A 2024 study by the University of Glenarden estimated that every pound spent on public libraries returned between £3 and £5 in wider social value, from literacy to loneliness. The council has published no assessment of what the closures would cost the health board or social work.

There are alternatives. Community groups in Ardlochan and Inverkeld have offered to run their branches with volunteers alongside a paid librarian, and a council report in 2022 acknowledged that sharing buildings with GP surgeries and community centres could cut running costs by a fifth. That report has sat on a shelf ever since — fittingly, perhaps, but not usefully.

Councillors vote on the budget on 19 February. I am asking every one of them to visit a branch library before then — not on a quiet morning, but at half past three on a school day — and to ask themselves whether a van once a fortnight is really the same thing. They should also insist on seeing the full impact assessment before they vote.

Libraries are not a luxury we can no longer afford. They are one of the few things left that make a town a community rather than a collection of houses.

Anne Dalgleish is a retired librarian and chairs the Friends of Kilbrannoch Library. The views expressed are her own.

Read more: Strathmorven budget — what is on the table
""",
        [
            c("The council", "says", "the move will save £612,000 a year"),
            c(
                "The council’s own consultation, which closed in August",
                "found",
                "that 71 per cent of the 2,840 people who responded used their local branch at least once a month, and that the heaviest users were over 65 or under 12",
            ),
            c(
                "The council leader, Councillor Iain Baxter-Reid",
                "told",
                "that “nobody went into local government to close libraries”",
            ),
            c(
                "he",
                "said",
                "that the mobile service would be “just as good, and in some ways better”",
            ),
            c(
                "she",
                "told",
                [
                    "“This is the only place I come where nobody looks at the pram like it’s a problem,”",
                    "“If they shut it, I honestly don’t know where I’d go in the winter.”",
                ],
            ),
            c(
                "Council officers",
                "argue",
                "that visits to branch libraries have fallen by 40 per cent in a decade",
            ),
            c(
                "A 2024 study by the University of Glenarden",
                "estimated",
                "that every pound spent on public libraries returned between £3 and £5 in wider social value, from literacy to loneliness",
            ),
            c(
                "a council report in 2022",
                "acknowledged",
                "that sharing buildings with GP surgeries and community centres could cut running costs by a fifth",
            ),
        ],
    ),
    article(
        "fresh23-business-market-close",
        "business",
        "2026-11-27",
        """
Miners drag sharemarket lower; Cobalt Coast Bank soars on takeover approach

By Ellie Van Damme, markets reporter

The Australian sharemarket has closed lower for a third straight session, with iron ore miners weighed down by a slide in the price of the steelmaking ingredient and investors cautious ahead of the central bank's interest rate decision on Tuesday.

The benchmark Top 200 index fell 41.2 points, or 0.5 per cent, to 8,342.6 on Friday, while the broader All Shares index lost 0.4 per cent. Over the week the benchmark shed 1.3 per cent.

Iron ore fell 3.8 per cent to US$92.40 a tonne overnight after figures released on Thursday showed steel output among the biggest buyers had fallen for a fifth straight month. Kestrel Iron lost 4.1 per cent to $38.20, Barrow Minerals fell 3.6 per cent and Redgum Resources gave up 2.9 per cent.

"The market is pricing in a pretty grim start to the year for steel demand, and the miners are wearing it," said Southgate Securities market analyst Tom Rafferty. "Until we see some evidence of stimulus, I think iron ore stays under pressure."

Takeover tilt

Against the trend, regional lender Cobalt Coast Bank surged 14.6 per cent to $7.12 after it confirmed it had received a non-binding, indicative proposal from a consortium led by private equity firm Harlow Ridge Partners at $8.05 a share.

In a statement to the exchange, Cobalt Coast said its board was assessing the proposal and had granted the consortium four weeks of due diligence, but cautioned that there was "no certainty" a binding offer would eventually be made. Shareholders were advised to take no action.

Harlow Ridge is reported to be lining up debt financing from two offshore banks. The firm, which does not comment on market speculation, did not respond to questions.

Morningside Research analyst Priya Naidoo described the price as "full but not crazy", noting that the bank had lifted its net interest margin in each of the past three halves.

Elsewhere, buy now, pay later provider Quokka Pay slumped 11.3 per cent after it warned that bad debts for the half would reach $24 million. The consensus estimate had been about $15 million. Chief executive Marcus Feeney told analysts on a call that the company had faced "a tougher consumer than we had modelled" and would tighten credit checks from January.

The big banks were mixed, gold miners rose as the precious metal held near record highs, and Ironbark Gold added 2.2 per cent.

Futures traders are pricing in about a one-in-five chance of a rate cut on Tuesday. Economists at Tasman Bank wrote in a note to clients that the board was likely to "keep its options open" after a run of mixed data.

The Australian dollar was buying 64.12 US cents at 4.30pm, from 64.40 US cents on Thursday.
""",
        [
            c(
                "figures released on Thursday",
                "showed",
                "steel output among the biggest buyers had fallen for a fifth straight month",
            ),
            c(
                "Southgate Securities market analyst Tom Rafferty",
                "said",
                [
                    '"The market is pricing in a pretty grim start to the year for steel demand, and the miners are wearing it,"',
                    '"Until we see some evidence of stimulus, I think iron ore stays under pressure."',
                ],
            ),
            c(
                "it",
                "confirmed",
                "it had received a non-binding, indicative proposal from a consortium led by private equity firm Harlow Ridge Partners at $8.05 a share",
            ),
            c(
                "Cobalt Coast",
                "said",
                "its board was assessing the proposal and had granted the consortium four weeks of due diligence",
            ),
            c(
                "Cobalt Coast",
                "cautioned",
                'that there was "no certainty" a binding offer would eventually be made',
            ),
            c(None, "were advised", ["Shareholders", "to take no action"]),
            c(
                None,
                "is reported to",
                ["Harlow Ridge", "be lining up debt financing from two offshore banks"],
                near="Harlow Ridge is reported to be lining up debt financing from two offshore banks",
            ),
            c(
                "Morningside Research analyst Priya Naidoo",
                "described",
                'the price as "full but not crazy"',
            ),
            c(
                "Morningside Research analyst Priya Naidoo",
                "noting",
                "that the bank had lifted its net interest margin in each of the past three halves",
            ),
            c("it", "warned", "that bad debts for the half would reach $24 million"),
            c(
                "Chief executive Marcus Feeney",
                "told",
                'that the company had faced "a tougher consumer than we had modelled" and would tighten credit checks from January',
            ),
            c(
                "Economists at Tasman Bank",
                "wrote",
                'that the board was likely to "keep its options open" after a run of mixed data',
            ),
        ],
    ),
    article(
        "fresh23-science-contour-trees",
        "science",
        "2026-09-24",
        """
Trees on farms halve soil loss on steep slopes, study finds

By Wanjiku Mbogo, Science Writer

Smallholder farms that plant rows of trees along the contours of steep hillsides lose about half as much soil to heavy rain as farms without them, according to a seven-year study in the central highlands.

The study, published on Tuesday in the Journal of East African Agroecology, followed 312 farms in the Kirima and Ndurumo catchments between 2018 and 2025. Researchers from the Highlands Agricultural Research Institute (HARI) and Mount Kirima University measured run-off and sediment after every storm using collection tanks at the bottom of each plot.

Farms with contour tree lines lost an average of 18 tonnes of soil per hectare each year, compared with 37 tonnes on similar farms without trees, the researchers found. Maize yields on the tree farms were 12 per cent higher in dry years, the paper says, although they were slightly lower in years of good rain, when the trees competed with the crop for light.

"What surprised us was how quickly the effect appeared. By the third rainy season, the difference between the two groups of farms was already obvious in the tanks," said Dr Josephine Wairimu Kamau, a soil scientist at HARI and the study's lead author.

She said farmers had chosen the trees themselves, mostly grevillea, avocado and a local fodder shrub, which helped explain why more than 90 per cent of the trees were still standing at the end of the study.

"If you give a farmer a seedling she did not ask for, it becomes firewood in two years," Dr Kamau added.

Caveats

The authors cautioned that the farms were not randomly assigned, and that farmers who chose to plant trees may also have been more likely to use other soil conservation methods, such as mulching. They estimated that this could account for up to a fifth of the difference.

Prof Samuel Otieno Odhiambo, a hydrologist at the University of Lake Basin who was not involved in the research, described the study as "unusually long and careful for this kind of work" but questioned whether the results would hold on the drier lower slopes, where trees establish less easily.

"Seven years of storm-by-storm data is gold. But the highlands get twice the rain we get down in the lower zones, and you cannot simply copy and paste this," he said.

Data from the county agriculture office show that fewer than one in ten farms on slopes steeper than 30 per cent currently have any tree lines. The Ministry of Agriculture is understood to be drafting a national agroforestry strategy. Officials have said it could include subsidised seedlings for smallholders.

At Gakoe village in Ndurumo, farmer Mrs Lucy Nyambura Githaiga, 61, said the grevillea line she planted in 2019 had "saved the lower half of my shamba" during the long rains of 2024.

"Before, after every big storm, my son would carry soil back up the hill in sacks," she said. "Now the water comes down slowly, and it comes down clean."
""",
        [
            c("study", "finds", "Trees on farms halve soil loss on steep slopes"),
            c(
                "a seven-year study in the central highlands",
                "according to",
                "Smallholder farms that plant rows of trees along the contours of steep hillsides lose about half as much soil to heavy rain as farms without them",
            ),
            c(
                "the researchers",
                "found",
                "Farms with contour tree lines lost an average of 18 tonnes of soil per hectare each year, compared with 37 tonnes on similar farms without trees",
            ),
            c(
                "the paper",
                "says",
                [
                    "Maize yields on the tree farms were 12 per cent higher in dry years",
                    "although they were slightly lower in years of good rain, when the trees competed with the crop for light",
                ],
            ),
            c(
                "Dr Josephine Wairimu Kamau, a soil scientist at HARI and the study's lead author",
                "said",
                '"What surprised us was how quickly the effect appeared. By the third rainy season, the difference between the two groups of farms was already obvious in the tanks,"',
            ),
            c(
                "She",
                "said",
                "farmers had chosen the trees themselves, mostly grevillea, avocado and a local fodder shrub, which helped explain why more than 90 per cent of the trees were still standing at the end of the study",
            ),
            c(
                "Dr Kamau",
                "added",
                '"If you give a farmer a seedling she did not ask for, it becomes firewood in two years,"',
            ),
            c(
                "The authors",
                "cautioned",
                "that the farms were not randomly assigned, and that farmers who chose to plant trees may also have been more likely to use other soil conservation methods, such as mulching",
            ),
            c("They", "estimated", "that this could account for up to a fifth of the difference"),
            c(
                "Prof Samuel Otieno Odhiambo, a hydrologist at the University of Lake Basin who was not involved in the research",
                "described",
                'the study as "unusually long and careful for this kind of work"',
            ),
            c(
                "he",
                "said",
                '"Seven years of storm-by-storm data is gold. But the highlands get twice the rain we get down in the lower zones, and you cannot simply copy and paste this,"',
            ),
            c(
                "Data from the county agriculture office",
                "show",
                "that fewer than one in ten farms on slopes steeper than 30 per cent currently have any tree lines",
            ),
            c(
                None,
                "is understood to",
                ["The Ministry of Agriculture", "be drafting a national agroforestry strategy"],
            ),
            c("Officials", "said", "it could include subsidised seedlings for smallholders"),
            c(
                "farmer Mrs Lucy Nyambura Githaiga, 61",
                "said",
                'the grevillea line she planted in 2019 had "saved the lower half of my shamba" during the long rains of 2024',
            ),
            c(
                "she",
                "said",
                [
                    '"Before, after every big storm, my son would carry soil back up the hill in sacks,"',
                    '"Now the water comes down slowly, and it comes down clean."',
                ],
            ),
        ],
    ),
    article(
        "fresh23-health-rural-er-closures",
        "health",
        "2026-10-30",
        """
Rural ERs closed overnight 1,100 times last year, watchdog report says

By Danielle Fortier-Nash, Health Reporter

Emergency departments at small rural hospitals were forced to close overnight or on weekends more than 1,100 times last year because there were not enough nurses or doctors to staff them, according to a report released Thursday by the province's health quality council.

The report, which covers the 2025-26 fiscal year, found that 19 of the 31 emergency departments run by the Northern Lakes Health Authority had at least one unplanned closure, up from 11 the year before. The hospital in Pine Narrows was closed for 143 nights, the most of any site.

"These are not numbers on a spreadsheet. Every one of those closures is a night when someone having a heart attack or a difficult labour had to drive an extra hour," council chief executive Dr. Anand Ramkissoon said at a news conference.

Ramkissoon said the closures fell hardest on communities more than 100 kilometres from a regional hospital and urged the health authority to post closure notices at least 48 hours in advance wherever possible.

Colleen Brandvold, 47, said she drove her father 110 kilometres to Harwick General in a snowstorm last February after finding the doors of the Pine Narrows emergency department locked at 2 a.m. He had suffered a stroke and has since recovered most of his speech.

"There was a paper sign taped to the glass. That was it. A paper sign," she said.

Minister points to hiring

Health Minister Rachel Obuya-Lindgren acknowledged the figures were "unacceptable" but insisted the province had hired 640 more nurses in the past year than in the year before. She said a new rural incentive program, offering up to $30,000 to nurses who commit to three years in a northern community, would begin in April, and admitted that some closures had been posted with less than an hour's notice.

Northern Nurses' Federation president Keith Arsenault alleged that the health authority had "quietly" cut overtime budgets at several rural sites last spring, forcing managers to close rather than call in staff.

"They can announce all the incentives they like. Our members are telling us they are exhausted and they are leaving," Arsenault said.

In an emailed statement, the Northern Lakes Health Authority denied cutting overtime budgets and said the closures were "a last resort" taken only after every option to find staff had been exhausted. The authority said it expected to reopen Pine Narrows overnight by the end of January.

Opposition health critic Manpreet Dhillon called the report "a damning indictment" and asked why the minister had not released the closure data the council requested in June.

The health authority is also reportedly considering converting two of its smallest emergency departments into urgent care centres that would close at 8 p.m.

Related: Pine Narrows residents rally to save night ER
""",
        [
            c("watchdog report", "says", "Rural ERs closed overnight 1,100 times last year"),
            c(
                "a report released Thursday by the province's health quality council",
                "according to",
                "Emergency departments at small rural hospitals were forced to close overnight or on weekends more than 1,100 times last year because there were not enough nurses or doctors to staff them",
            ),
            c(
                "The report, which covers the 2025-26 fiscal year",
                "found",
                "that 19 of the 31 emergency departments run by the Northern Lakes Health Authority had at least one unplanned closure, up from 11 the year before",
            ),
            c(
                "council chief executive Dr. Anand Ramkissoon",
                "said",
                '"These are not numbers on a spreadsheet. Every one of those closures is a night when someone having a heart attack or a difficult labour had to drive an extra hour,"',
            ),
            c(
                "Ramkissoon",
                "said",
                "the closures fell hardest on communities more than 100 kilometres from a regional hospital",
            ),
            c(
                "Ramkissoon",
                "urged",
                "the health authority to post closure notices at least 48 hours in advance wherever possible",
            ),
            c(
                "Colleen Brandvold, 47",
                "said",
                "she drove her father 110 kilometres to Harwick General in a snowstorm last February after finding the doors of the Pine Narrows emergency department locked at 2 a.m.",
            ),
            c(
                "she",
                "said",
                '"There was a paper sign taped to the glass. That was it. A paper sign,"',
            ),
            c(
                "Health Minister Rachel Obuya-Lindgren",
                "acknowledged",
                'the figures were "unacceptable"',
            ),
            c(
                "Health Minister Rachel Obuya-Lindgren",
                "insisted",
                "the province had hired 640 more nurses in the past year than in the year before",
            ),
            c(
                "She",
                "said",
                "a new rural incentive program, offering up to $30,000 to nurses who commit to three years in a northern community, would begin in April",
            ),
            c(
                "She",
                "admitted",
                "that some closures had been posted with less than an hour's notice",
            ),
            c(
                "Northern Nurses' Federation president Keith Arsenault",
                "alleged",
                'that the health authority had "quietly" cut overtime budgets at several rural sites last spring, forcing managers to close rather than call in staff',
            ),
            c(
                "Arsenault",
                "said",
                '"They can announce all the incentives they like. Our members are telling us they are exhausted and they are leaving,"',
            ),
            c("the Northern Lakes Health Authority", "denied", "cutting overtime budgets"),
            c(
                "the Northern Lakes Health Authority",
                "said",
                'the closures were "a last resort" taken only after every option to find staff had been exhausted',
            ),
            c(
                "The authority",
                "said",
                "it expected to reopen Pine Narrows overnight by the end of January",
            ),
            c(
                "Opposition health critic Manpreet Dhillon",
                "called",
                'the report "a damning indictment"',
            ),
            c(
                None,
                "reportedly",
                [
                    "The health authority is also",
                    "considering converting two of its smallest emergency departments into urgent care centres that would close at 8 p.m.",
                ],
            ),
        ],
    ),
]
