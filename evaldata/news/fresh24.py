"""A held-out set of invented news articles and their attributions, as strings (fresh24).

Written on 2026-12-05 blind to claimx's rules (the annotator neither ran claimx nor read its
source, its tests or the other sets) and never to be used for tuning. Every article, person,
organisation, place and quotation here is invented (MIT, like the project). ``build.py --set
fresh24`` turns these into ``fresh24.jsonl`` with exact spans; the conventions are in
docs/evaldata-news.md.

Twelve articles: wire 2 (American, New Zealand), courts (South African), council (Welsh), press-release (Singaporean ministry), interview (Welsh), live-blog (South African strike), opinion (American), business 2 (Singaporean takeover, New Zealand jobs cut), foreign (American) and sport (South African doping).
"""

# ruff: noqa: E501 (article text: one paragraph a line)
from __future__ import annotations

from typing import Any

from articles import article, c, qa

ARTICLES: list[dict[str, Any]] = [
    article(
        "fresh24-wire-harlan-bridge",
        "wire",
        "2026-04-14",
        """
Aging Tamsen River bridge closed indefinitely over corroded steel, state says

By DEREK AMUNDSEN, Meridian Press

CALDER FALLS, Ore. (MP) — State transportation officials closed the Harlan Street Bridge over the Tamsen River indefinitely on Tuesday after a routine inspection turned up corrosion in two of its main steel girders, pushing some 14,000 daily drivers onto a detour that local businesses warned could cost them the summer season.

"We are not going to gamble with anyone's safety," said Lorna Vasquez-Tully, the regional administrator for the state Department of Transportation. "The bridge stays shut until engineers can tell me, in writing, that it will hold."

Vasquez-Tully said the corrosion was found in the steel plates where the girders rest on the central pier, an area rated "fair" in the previous inspection, in 2024. She said a repair could take four to six months but that the agency would not have a cost estimate until next week.

The inspection report, released by the department late Tuesday, describes the corrosion on both girders as "active section loss" and recommends that the span remain closed to all traffic, including pedestrians, until it is strengthened.

Drivers heading between Calder Falls and the industrial park at Dunmore now face a detour of about 9 miles via Route 31. Mayor Ellis Brandvold told reporters the city had asked the state to open a temporary lane on the old rail trestle downstream. He admitted the idea was "a long shot."

Owners of shops along Harlan Street said they learned of the closure from social media. "Nobody from the state called us. Not one person," said Priya Anand, who runs a bakery two doors from the bridge ramp. "By the time the detour signs went up, the lunch crowd was already gone."

A department spokesman, Colin Marsh, said the agency would hold a public meeting at Calder Falls High School on Thursday evening. Asked whether the bridge might have to be replaced rather than repaired, Marsh said engineers would decide "once we have the steel samples back from the lab."

The contractor that carried out the 2024 inspection, Beckwith Structural, did not respond to a request for comment.

The Harlan Street Bridge, which opened in 1958, carries the main road between downtown and the county hospital. A 2023 report by the state auditor found that 212 of the state's bridges were in poor condition and that the department's repair backlog had doubled in a decade.

State Sen. Marcia Oyelaran, whose district includes Calder Falls, called for an independent review of the department's inspection records going back to 2015. "If a girder can go from fair to failing in two years, I want to know what else we're not seeing," she said in a statement.

Hospital officials said ambulances had been rerouted and that response times from the east side of town had so far risen by about four minutes.

Related: Calder Falls weighs bond measure for road repairs
""",
        [
            c("state", "says", "Aging Tamsen River bridge closed indefinitely over corroded steel"),
            c("local businesses", "warned", ["a detour that", "could cost them the summer season"]),
            c(
                "Lorna Vasquez-Tully, the regional administrator for the state Department of Transportation",
                "said",
                [
                    '"We are not going to gamble with anyone\'s safety,"',
                    '"The bridge stays shut until engineers can tell me, in writing, that it will hold."',
                ],
            ),
            c(
                "Vasquez-Tully",
                "said",
                'the corrosion was found in the steel plates where the girders rest on the central pier, an area rated "fair" in the previous inspection, in 2024',
            ),
            c(
                "She",
                "said",
                "a repair could take four to six months but that the agency would not have a cost estimate until next week",
            ),
            c(
                "The inspection report, released by the department late Tuesday",
                "describes",
                'the corrosion on both girders as "active section loss"',
            ),
            c(
                "The inspection report, released by the department late Tuesday",
                "recommends",
                "that the span remain closed to all traffic, including pedestrians, until it is strengthened",
            ),
            c(
                "Mayor Ellis Brandvold",
                "told",
                "the city had asked the state to open a temporary lane on the old rail trestle downstream",
            ),
            c(
                "the city",
                "asked",
                "the state to open a temporary lane on the old rail trestle downstream",
            ),
            c("He", "admitted", 'the idea was "a long shot."'),
            c(
                "Owners of shops along Harlan Street",
                "said",
                "they learned of the closure from social media",
            ),
            c(
                "Priya Anand, who runs a bakery two doors from the bridge ramp",
                "said",
                [
                    '"Nobody from the state called us. Not one person,"',
                    '"By the time the detour signs went up, the lunch crowd was already gone."',
                ],
            ),
            c(
                "A department spokesman, Colin Marsh",
                "said",
                "the agency would hold a public meeting at Calder Falls High School on Thursday evening",
            ),
            c(
                "Marsh",
                "said",
                'engineers would decide "once we have the steel samples back from the lab."',
            ),
            c(
                "A 2023 report by the state auditor",
                "found",
                "that 212 of the state's bridges were in poor condition and that the department's repair backlog had doubled in a decade",
            ),
            c(
                "State Sen. Marcia Oyelaran, whose district includes Calder Falls",
                "called for",
                "an independent review of the department's inspection records going back to 2015",
            ),
            c(
                "she",
                "said",
                '"If a girder can go from fair to failing in two years, I want to know what else we\'re not seeing,"',
            ),
            c(
                "Hospital officials",
                "said",
                "ambulances had been rerouted and that response times from the east side of town had so far risen by about four minutes",
            ),
        ],
    ),
    article(
        "fresh24-wire-port-elmsley-water",
        "wire",
        "2026-03-03",
        """
Port Elmsley residents told to boil water after E. coli found in town supply

Port Elmsley, March 3 (NZPS) – About 9000 people in Port Elmsley have been told to boil their drinking water until at least the weekend after E. coli was detected in routine samples from the town's main reservoir.

Southern Coast District Council issued the notice late on Monday. Its chief executive, Gareth Hollis, said the council had shut the Kereru Road reservoir and was drawing water from a backup bore while the source was investigated.

"We got the result at 4.40 yesterday afternoon and the notice was out within the hour," Hollis said. "I'd rather people were annoyed with us for a few days than sick.

"If you're in any doubt, boil it. Bring it to a rolling boil and let it cool."

Medical officer of health Dr Anahera Whaanga urged residents to use boiled or bottled water for drinking, brushing teeth, making baby formula and preparing food, and to seek medical advice if they developed diarrhoea or stomach cramps.

She said there had been no confirmed cases of illness linked to the supply so far, but that the incubation period meant cases could still appear "over the next week or so".

The contamination is understood to have come from stock getting into the reservoir catchment after a boundary fence was damaged in last month's storm. A neighbouring farmer, who did not want to be named, told NZPS the broken fence had been reported to the council twice in February.

Hollis conceded the council's own inspection schedule for the catchment had "slipped" over summer, and said a review would be put to councillors on March 12.

Water tankers have been stationed at Port Elmsley School and the Main Street shopping centre. According to the council, about 1200 litres were handed out on Monday night alone.

Cafe owner Sina Faleolo said she had spent $300 on bottled water and ice by mid-morning. "It's the third boil-water notice in two years. People are over it," she said.

Faleolo said she would stay open but serve only bottled drinks and food cooked on site. Several other businesses on Main Street had closed for the day.

The owner of the farm next to the reservoir could not be reached.

The Drinking Water Standards Agency said it was aware of the notice and was "in close contact" with the council. The council estimated that testing would take another 48 hours to show whether the backup bore was clean.

Advice for residents:

Boil all water for drinking, cooking and brushing teeth for at least one minute.

Babies' formula should be made with boiled water that has cooled.

Call Healthline if you feel unwell.

– NZPS
""",
        [
            c(None, "told", ["Port Elmsley residents", "to boil water"]),
            c(
                None,
                "told",
                [
                    "About 9000 people in Port Elmsley",
                    "to boil their drinking water until at least the weekend",
                ],
            ),
            c(
                "Its chief executive, Gareth Hollis",
                "said",
                "the council had shut the Kereru Road reservoir and was drawing water from a backup bore while the source was investigated",
            ),
            c(
                "Hollis",
                "said",
                [
                    '"We got the result at 4.40 yesterday afternoon and the notice was out within the hour,"',
                    "\"I'd rather people were annoyed with us for a few days than sick.",
                    '"If you\'re in any doubt, boil it. Bring it to a rolling boil and let it cool."',
                ],
            ),
            c(
                "Medical officer of health Dr Anahera Whaanga",
                "urged",
                "residents to use boiled or bottled water for drinking, brushing teeth, making baby formula and preparing food, and to seek medical advice if they developed diarrhoea or stomach cramps",
            ),
            c(
                "She",
                "said",
                'there had been no confirmed cases of illness linked to the supply so far, but that the incubation period meant cases could still appear "over the next week or so"',
            ),
            c(
                None,
                "is understood to",
                [
                    "The contamination",
                    "have come from stock getting into the reservoir catchment after a boundary fence was damaged in last month's storm",
                ],
            ),
            c(
                "A neighbouring farmer, who did not want to be named",
                "told",
                "the broken fence had been reported to the council twice in February",
            ),
            c(
                "Hollis",
                "conceded",
                'the council\'s own inspection schedule for the catchment had "slipped" over summer',
            ),
            c("Hollis", "said", "a review would be put to councillors on March 12"),
            c(
                "the council",
                "According to",
                "about 1200 litres were handed out on Monday night alone",
            ),
            c(
                "Cafe owner Sina Faleolo",
                "said",
                "she had spent $300 on bottled water and ice by mid-morning",
            ),
            c(
                "she",
                "said",
                '"It\'s the third boil-water notice in two years. People are over it,"',
            ),
            c(
                "Faleolo",
                "said",
                "she would stay open but serve only bottled drinks and food cooked on site",
            ),
            c(
                "The Drinking Water Standards Agency",
                "said",
                'it was aware of the notice and was "in close contact" with the council',
            ),
            c(
                "The council",
                "estimated",
                "that testing would take another 48 hours to show whether the backup bore was clean",
            ),
        ],
    ),
    article(
        "fresh24-courts-qhubeka-water",
        "courts",
        "2026-05-18",
        """
Court orders Sinqobile municipality to restore water to Qhubeka Heights within 14 days

Thandeka Zikode

The Eastern Highveld High Court has ordered the Sinqobile Local Municipality to restore a reliable water supply to about 3 400 households in Qhubeka Heights, finding that the municipality's failure to repair a collapsed bulk pipeline for eight months was unconstitutional.

In a 42-page judgment handed down on Friday, Acting Judge Refilwe Mokoena held that the municipality had "simply stopped treating the residents as people it owed a duty to".

"The Constitution does not allow a municipality to ration dignity by budget line," she wrote.

Residents of Qhubeka Heights queue at a municipal water tanker in January. (Photo: Lindiwe Sithole)

The application was brought by the Qhubeka Heights Residents' Committee, represented by the Siyakha Legal Clinic. The court heard that residents had relied on two municipal tankers, which visited the settlement on average three times a week, and that some families had been collecting water from a stream below a sewage works.

In her founding affidavit, the committee's chairperson, Nosipho Gqola, said children at the local primary school had been sent home on at least 11 days because the school's toilets could not be flushed.

Counsel for the municipality, Adv. Jacques Verster, argued that the municipality had been hamstrung by a R38-million shortfall in its infrastructure grant and had asked the provincial treasury for emergency funding in October.

Mokoena accepted that the municipality faced "real and serious" financial constraints, but said these could not justify leaving a community without water for the better part of a year.

She ordered that the pipeline be repaired within 14 days and that the municipal manager file a report with the court every fortnight until supply had been stable for three months. The municipality was also ordered to pay the applicants' costs.

Read more: Qhubeka Heights residents march on municipal offices

Speaking outside court, Gqola said the committee would "believe it when the taps run". "We have had promises before. We have had ribbon-cuttings. What we have not had is water," she said.

Municipal spokesperson Sibusiso Ndlovu said the municipality "respects the judgment" and was studying it with its legal team. He declined to say whether it would appeal.

Siyakha Legal Clinic attorney Craig Pillay said the order was among the first in the province to set a deadline for a basic service and to attach reporting duties to it.

"That is the part that matters. Courts have said nice things about water before. This one is checking," he said.

The provincial treasury did not respond to questions about the municipality's October request.
""",
        [
            c(
                "Court",
                "orders",
                "Sinqobile municipality to restore water to Qhubeka Heights within 14 days",
            ),
            c(
                "The Eastern Highveld High Court",
                "ordered",
                "the Sinqobile Local Municipality to restore a reliable water supply to about 3 400 households in Qhubeka Heights",
            ),
            c(
                "The Eastern Highveld High Court",
                "finding",
                "that the municipality's failure to repair a collapsed bulk pipeline for eight months was unconstitutional",
            ),
            c(
                "Acting Judge Refilwe Mokoena",
                "held",
                'that the municipality had "simply stopped treating the residents as people it owed a duty to"',
            ),
            c(
                "she",
                "wrote",
                '"The Constitution does not allow a municipality to ration dignity by budget line,"',
            ),
            c(
                None,
                "heard",
                "that residents had relied on two municipal tankers, which visited the settlement on average three times a week, and that some families had been collecting water from a stream below a sewage works",
            ),
            c(
                "the committee's chairperson, Nosipho Gqola",
                "said",
                "children at the local primary school had been sent home on at least 11 days because the school's toilets could not be flushed",
            ),
            c(
                "Counsel for the municipality, Adv. Jacques Verster",
                "argued",
                "that the municipality had been hamstrung by a R38-million shortfall in its infrastructure grant and had asked the provincial treasury for emergency funding in October",
            ),
            c(
                "the municipality",
                "asked",
                "the provincial treasury for emergency funding",
                near="that the municipality had been hamstrung by a R38-million shortfall in its infrastructure grant and had asked the provincial treasury for emergency funding",
            ),
            c(
                "Mokoena",
                "accepted",
                'that the municipality faced "real and serious" financial constraints',
            ),
            c(
                "Mokoena",
                "said",
                "these could not justify leaving a community without water for the better part of a year",
            ),
            c(
                "She",
                "ordered",
                "that the pipeline be repaired within 14 days and that the municipal manager file a report with the court every fortnight until supply had been stable for three months",
            ),
            c(
                None,
                "ordered",
                ["The municipality", "to pay the applicants' costs"],
                near="The municipality was also ordered to pay the applicants' costs",
            ),
            c("Gqola", "said", 'the committee would "believe it when the taps run"'),
            c(
                "she",
                "said",
                '"We have had promises before. We have had ribbon-cuttings. What we have not had is water,"',
            ),
            c(
                "Municipal spokesperson Sibusiso Ndlovu",
                "said",
                'the municipality "respects the judgment" and was studying it with its legal team',
            ),
            c(
                "Siyakha Legal Clinic attorney Craig Pillay",
                "said",
                "the order was among the first in the province to set a deadline for a basic service and to attach reporting duties to it",
            ),
            c(
                "he",
                "said",
                '"That is the part that matters. Courts have said nice things about water before. This one is checking,"',
            ),
        ],
    ),
    article(
        "fresh24-council-caer-onnen-school",
        "council",
        "2026-02-11",
        """
Cae'r Onnen school closure plan goes to consultation despite parents' plea

By Elin Haf Roberts, Local Democracy Reporter

A small Welsh-medium primary school in the Bro Elfed hills could close next summer after councillors voted to begin a formal consultation on merging it with a larger school six miles away.

Bro Elfed County Council's cabinet agreed on Tuesday to consult on closing Ysgol Cae'r Onnen in Llanferwen, which has 23 pupils, and moving them to Ysgol y Garnedd in Pontyrhedyn from September 2027.

A report to cabinet said pupil numbers at Cae'r Onnen had fallen from 61 in 2016 and were projected to drop below 20 by 2028. It put the cost of educating each pupil there at £9,850 a year, almost twice the county average.

The report also warned that the school building needed about £400,000 of work to its roof and heating "within five years".

Ysgol Cae'r Onnen opened in 1911 and has taught through the medium of Welsh since 1968. Picture: Bro Elfed Council

Cabinet member for education Cllr Sioned Prydderch said nobody had come into local government "to close schools", but the council had a duty to every child in the county.

"A class of four children in year six is not a class. It is a tutorial group, and those children deserve better," she told the meeting. "If there were another way, we would be taking it."

Parents and grandparents filled the public gallery at County Hall in Aberelfed. A petition signed by more than 1,400 people calls on the council to keep the school open and to run it as a community hub, with a nursery and a library on site.

Speaking in Welsh, Cllr Gwilym Rowlands, who represents Llanferwen, told the meeting the school was "the last public building in the village with its lights on after four o'clock".

He moved that the decision be deferred for six months so that the community could put forward a business plan. The motion was defeated by seven votes to two.

Cllr Rhodri Beddoe, the cabinet member for finance, said deferring would only "kick the can into another budget round" and warned that the council faced a gap of £14.2m next year.

Parent Carys Lloyd-Jenkins, whose two children attend the school, said afterwards that families felt the outcome had been settled before the meeting began.

"They talk about consultation, but the bus timetable to Pontyrhedyn has already been drawn up. I've seen it," she said.

She also claimed the council's figures left out 14 children due to start in the nursery class over the next two years.

A council spokesperson said the projections were based on birth data from the health board and would be "tested thoroughly" during the consultation.

The headteacher, Mrs Nia Bowen, declined to comment.

The consultation opens on 3 March and runs for eight weeks, with drop-in sessions at Llanferwen village hall. Cabinet members are expected to make a final decision in July.

Read more: Rural schools in Bro Elfed: where the numbers are falling
""",
        [
            c(
                "A report to cabinet",
                "said",
                "pupil numbers at Cae'r Onnen had fallen from 61 in 2016 and were projected to drop below 20 by 2028",
            ),
            c(
                "It",
                "put",
                "the cost of educating each pupil there at £9,850 a year, almost twice the county average",
            ),
            c(
                "The report",
                "warned",
                'that the school building needed about £400,000 of work to its roof and heating "within five years"',
            ),
            c(
                "Cabinet member for education Cllr Sioned Prydderch",
                "said",
                'nobody had come into local government "to close schools", but the council had a duty to every child in the county',
            ),
            c(
                "she",
                "told",
                [
                    '"A class of four children in year six is not a class. It is a tutorial group, and those children deserve better,"',
                    '"If there were another way, we would be taking it."',
                ],
            ),
            c(
                "A petition signed by more than 1,400 people",
                "calls on",
                "the council to keep the school open and to run it as a community hub, with a nursery and a library on site",
            ),
            c(
                "Cllr Gwilym Rowlands, who represents Llanferwen",
                "told",
                'the school was "the last public building in the village with its lights on after four o\'clock"',
            ),
            c(
                "He",
                "moved",
                "that the decision be deferred for six months so that the community could put forward a business plan",
            ),
            c(
                "Cllr Rhodri Beddoe, the cabinet member for finance",
                "said",
                'deferring would only "kick the can into another budget round"',
            ),
            c(
                "Cllr Rhodri Beddoe, the cabinet member for finance",
                "warned",
                "that the council faced a gap of £14.2m next year",
            ),
            c(
                "Parent Carys Lloyd-Jenkins, whose two children attend the school",
                "said",
                "that families felt the outcome had been settled before the meeting began",
            ),
            c(
                "she",
                "said",
                '"They talk about consultation, but the bus timetable to Pontyrhedyn has already been drawn up. I\'ve seen it,"',
            ),
            c(
                "She",
                "claimed",
                "the council's figures left out 14 children due to start in the nursery class over the next two years",
            ),
            c(
                "A council spokesperson",
                "said",
                'the projections were based on birth data from the health board and would be "tested thoroughly" during the consultation',
            ),
            c(None, "are expected to", ["Cabinet members", "make a final decision in July"]),
        ],
    ),
    article(
        "fresh24-press-release-cool-homes-grant",
        "press-release",
        "2026-03-05",
        """
MCR launches $48 million Cool Homes Grant to help seniors cope with rising heat

PRESS RELEASE
For immediate release

SINGAPORE, 5 March 2026 – The Ministry of Community Resilience (MCR) today announced a $48 million Cool Homes Grant that will help about 26,000 lower-income senior households install energy-efficient fans, window shading and, where needed, air-conditioning over the next three years.

2. The grant follows the National Heat Study 2025, which surveyed 3,100 residents aged 65 and above. The study found that one in four respondents had felt unwell at home during hot spells in the past year, and that residents on the upper floors of older blocks reported indoor temperatures up to 3.5 degrees Celsius higher than those on lower floors.

3. Under the Cool Homes Grant, eligible households will receive:

• Up to $1,500 for energy-efficient ceiling fans and window shading;
• Up to $2,800 towards an energy-efficient air-conditioner, for households with a member who has a chronic heart or lung condition;
• A free home visit by a trained energy adviser.

4. Households are eligible if at least one member is aged 65 or above and the household's monthly income per person does not exceed $1,800. Applications open on 1 April 2026. Eligible residents are encouraged to apply early through their nearest Community Resilience Centre or online.

5. Minister for Community Resilience Mr Desmond Koh Wei Liang said: "For many of our seniors, home is where they spend most of the day. When the afternoon heat builds up in a top-floor flat, it is not just uncomfortable, it can be dangerous.

"No senior should have to choose between their electricity bill and their health. This grant is one way we can share that load."

6. Minister of State for Community Resilience Ms Farah Iskandar added that MCR would work with town councils to identify households that may not apply on their own, including seniors living alone. "We will knock on doors if we have to," she said.

7. MCR estimates that the measures will lower indoor temperatures by 2 to 4 degrees Celsius in most flats. According to the evaluation report of a pilot in Telok Serai and Kembang Heights last year, 87 per cent of participating households said they slept better after the installation.

8. Mdm Lim Ah Choo, 78, who took part in the pilot, said her 12th-storey flat used to be "like an oven" by mid-afternoon. "Now I can sleep through the night and I don't sit at the void deck until it gets dark," she said.

9. The Ministry urges members of the public to check on elderly neighbours during hot weather and to call 995 if someone shows signs of heatstroke.

About the Ministry of Community Resilience

The Ministry of Community Resilience (MCR) works with community partners, town councils and residents to help households prepare for and recover from climate and public health stresses. For more information on the Cool Homes Grant, visit the MCR website.

Media contact:
Ms Jolene Tan
Senior Manager, Corporate Communications
Ministry of Community Resilience
Tel: 6123 4567
""",
        [
            c(
                "The Ministry of Community Resilience (MCR)",
                "announced",
                "a $48 million Cool Homes Grant that will help about 26,000 lower-income senior households install energy-efficient fans, window shading and, where needed, air-conditioning over the next three years",
            ),
            c(
                "The study",
                "found",
                "that one in four respondents had felt unwell at home during hot spells in the past year, and that residents on the upper floors of older blocks reported indoor temperatures up to 3.5 degrees Celsius higher than those on lower floors",
            ),
            c(
                "residents on the upper floors of older blocks",
                "reported",
                "indoor temperatures up to 3.5 degrees Celsius higher than those on lower floors",
            ),
            c(
                None,
                "are encouraged",
                [
                    "Eligible residents",
                    "to apply early through their nearest Community Resilience Centre or online",
                ],
            ),
            c(
                "Minister for Community Resilience Mr Desmond Koh Wei Liang",
                "said",
                [
                    '"For many of our seniors, home is where they spend most of the day. When the afternoon heat builds up in a top-floor flat, it is not just uncomfortable, it can be dangerous.',
                    '"No senior should have to choose between their electricity bill and their health. This grant is one way we can share that load."',
                ],
            ),
            c(
                "Minister of State for Community Resilience Ms Farah Iskandar",
                "added",
                "that MCR would work with town councils to identify households that may not apply on their own, including seniors living alone",
            ),
            c("she", "said", '"We will knock on doors if we have to,"'),
            c(
                "MCR",
                "estimates",
                "that the measures will lower indoor temperatures by 2 to 4 degrees Celsius in most flats",
            ),
            c(
                "the evaluation report of a pilot in Telok Serai and Kembang Heights last year",
                "According to",
                "87 per cent of participating households said they slept better after the installation",
            ),
            c(
                "87 per cent of participating households",
                "said",
                "they slept better after the installation",
            ),
            c(
                "Mdm Lim Ah Choo, 78, who took part in the pilot",
                "said",
                'her 12th-storey flat used to be "like an oven" by mid-afternoon',
            ),
            c(
                "she",
                "said",
                '"Now I can sleep through the night and I don\'t sit at the void deck until it gets dark,"',
            ),
            c(
                "The Ministry",
                "urges",
                "members of the public to check on elderly neighbours during hot weather and to call 995 if someone shows signs of heatstroke",
            ),
        ],
    ),
    article(
        "fresh24-interview-porth-eirin-coxswain",
        "interview",
        "2026-06-06",
        """
"The sea doesn't care how long you've been doing this": Porth Eirin's coxswain on 31 years of shouts

By Lowri Mathias

Huw Penhallow steps down this month as coxswain of the Porth Eirin lifeboat after 31 years on the crew, 19 of them in charge. The volunteer station, run by the Bae Eirin Lifeboat Association, launched 64 times last year, more than any other independent station in Wales. He talked to us in the boathouse, between a training session and his shift at the harbour chandlery.

This interview has been edited for length and clarity.

Q: How did it start?

Penhallow: My uncle was on the boat, and his father before him. I was 17 and working on the crabbers, and one night the maroons went up and I just ran down the slip after him. Nobody told me I could, and nobody told me I couldn't. I was bailing for three hours.

Q: You have been on more than 900 launches. Is there one you still think about?

Penhallow: Too many. The one people ask about is the Marie-Louise in 2009, the French yacht, four people in the water off Trwyn Du at two in the morning. We got three. The fourth, I still see his coat in the water sometimes. You don't talk about it much, but you don't stop thinking about it either.

"Nobody told me I could, and nobody told me I couldn't." — Huw Penhallow

Q: The association has warned that it may have to lay up the station's second boat. What's going on?

Penhallow: Money, mostly. Fuel has doubled, insurance has doubled, and the grant from the county is the same as it was in 2014. We raise about £180,000 a year from raffles and the summer fete and people leaving us something in their will. It's not enough anymore. The trustees say we need another £60,000 a year just to stand still, and I believe them.

Q: Should the lifeboats be paid for by government?

Penhallow: I go back and forth. Being independent means nobody in Cardiff or London can tell us to shut. But it also means a coxswain spends his Saturdays selling raffle tickets outside the chip shop.

Q: What has changed most in 31 years?

Penhallow: The people we go out to. In the nineties it was fishermen, mostly, who knew the water. Now it's paddleboarders and people on inflatables who've seen a nice photo online. I'm not knocking them.

But the sea doesn't care how long you've been doing this, or how many followers you've got. It'll have you just the same.

Q: Who takes over?

Penhallow: Ffion Garnett. She's been on the crew eleven years and she's a better boat-handler than I ever was. She'll be the first woman coxswain on this stretch of coast. About time.

Q: And you?

Penhallow: My wife has told me I'm allowed to stay on the shore crew if I promise not to get in the boat. We'll see how long that lasts.

The Bae Eirin Lifeboat Association said it would hold a farewell for Penhallow at the boathouse on 21 June, and urged anyone interested in volunteering to contact the station.
""",
        [
            c(
                "Porth Eirin's coxswain",
                ":",
                "\"The sea doesn't care how long you've been doing this\"",
            ),
            qa(
                "Penhallow",
                "My uncle was on the boat, and his father before him. I was 17 and working on the crabbers, and one night the maroons went up and I just ran down the slip after him. Nobody told me I could, and nobody told me I couldn't. I was bailing for three hours.",
            ),
            qa(
                "Penhallow",
                "Too many. The one people ask about is the Marie-Louise in 2009, the French yacht, four people in the water off Trwyn Du at two in the morning. We got three. The fourth, I still see his coat in the water sometimes. You don't talk about it much, but you don't stop thinking about it either.",
            ),
            c("Huw Penhallow", "—", '"Nobody told me I could, and nobody told me I couldn\'t."'),
            qa(
                "Penhallow",
                "Money, mostly. Fuel has doubled, insurance has doubled, and the grant from the county is the same as it was in 2014. We raise about £180,000 a year from raffles and the summer fete and people leaving us something in their will. It's not enough anymore. The trustees say we need another £60,000 a year just to stand still, and I believe them.",
            ),
            qa(
                "Penhallow",
                "I go back and forth. Being independent means nobody in Cardiff or London can tell us to shut. But it also means a coxswain spends his Saturdays selling raffle tickets outside the chip shop.",
            ),
            c(
                "Penhallow",
                ":",
                [
                    "The people we go out to. In the nineties it was fishermen, mostly, who knew the water. Now it's paddleboarders and people on inflatables who've seen a nice photo online. I'm not knocking them.",
                    "But the sea doesn't care how long you've been doing this, or how many followers you've got. It'll have you just the same.",
                ],
                kind="direct",
            ),
            qa(
                "Penhallow",
                "Ffion Garnett. She's been on the crew eleven years and she's a better boat-handler than I ever was. She'll be the first woman coxswain on this stretch of coast. About time.",
            ),
            qa(
                "Penhallow",
                "My wife has told me I'm allowed to stay on the shore crew if I promise not to get in the boat. We'll see how long that lasts.",
            ),
            c(
                "The Bae Eirin Lifeboat Association",
                "said",
                "it would hold a farewell for Penhallow at the boathouse on 21 June",
            ),
            c(
                "The Bae Eirin Lifeboat Association",
                "urged",
                "anyone interested in volunteering to contact the station",
            ),
        ],
    ),
    article(
        "fresh24-live-blog-nqaba-bus-strike",
        "live-blog",
        "2026-09-08",
        """
LIVE | Nqaba bus strike: thousands march on city hall as talks stall

Key events

• No Nqabus services are running for a second day
• Union says it will not return to talks until the city "puts a number on the table"
• Metro police have closed parts of Harbour Road and Lilyvale Street

16:45

That's where we'll leave our live coverage for today. Talks are expected to resume at 10:00 tomorrow at the offices of the bargaining council. Thanks for following along.

16:20

Mayor Zanele Khumalo-Ferreira has just spoken to reporters outside the mayoral parlour. She said the city's offer of 5.2% was "fair and final within the budget we have", but that she had asked the city manager to look at a once-off payment for drivers on night shifts.

"Nobody wants buses off the road. But I cannot spend money the city does not have," Khumalo-Ferreira said.

Asked whether the city would go to the Labour Court to have the strike declared unprotected, she said the city was "not there yet".

15:05

From the back of a bakkie outside city hall, CRBWU general secretary Mandla Sithebe told the crowd the union would "sit on the pavement until Christmas if we have to".

"They found R40-million for new stadium lights. They can find it for the people who drive this city to work," he said, to loud cheers.

Sithebe declined to say how long the union's strike fund could support members.

14:30

The union's memorandum, handed to a city official at 14:20, demands a 9% increase, a R1 500 monthly danger allowance for drivers on night routes and the reinstatement of two shop stewards dismissed in August.

The official, who would not give his name, signed for it and went back inside.

13:10

Marchers on Harbour Road this afternoon. Picture: Sipho Mabuza

12:40

Metro police spokesperson Captain Ruth Adams says the march has been "peaceful and disciplined" so far. She said one man had been arrested near the taxi rank for allegedly throwing a bottle at a passing car.

11:15

At the Lilyvale taxi rank, the queue stretched around the block this morning. Domestic worker Precious Mahlangu, who normally takes two buses to Sunnyridge, said she had paid R38 for a taxi instead of R14 for the bus.

"If this goes on for a week, that's my electricity," she said.

10:30

The Nqaba Business Chamber estimates that the strike is costing the metro economy about R25-million a day in lost working hours. In a statement, the chamber called on both sides to "stop negotiating through the media" and return to the bargaining council.

09:45

The city's transport department said in a statement that 40 school buses had been hired to run limited services on three routes. Commuters are advised to check the city's social media pages for updates.

08:15

Good morning and welcome to our live coverage of day two of the Nqabus strike. Drivers downed tools on Monday after wage talks deadlocked. The union is reportedly planning to march from the depot on Harbour Road to city hall from 11:00.
""",
        [
            c(
                "Union",
                "says",
                'it will not return to talks until the city "puts a number on the table"',
            ),
            c(
                None,
                "are expected to",
                ["Talks", "resume at 10:00 tomorrow at the offices of the bargaining council"],
            ),
            c(
                "She",
                "said",
                'the city\'s offer of 5.2% was "fair and final within the budget we have", but that she had asked the city manager to look at a once-off payment for drivers on night shifts',
            ),
            c(
                "she",
                "asked",
                "the city manager to look at a once-off payment for drivers on night shifts",
            ),
            c(
                "Khumalo-Ferreira",
                "said",
                '"Nobody wants buses off the road. But I cannot spend money the city does not have,"',
            ),
            c("she", "said", 'the city was "not there yet"'),
            c(
                "CRBWU general secretary Mandla Sithebe",
                "told",
                'the union would "sit on the pavement until Christmas if we have to"',
            ),
            c(
                "he",
                "said",
                '"They found R40-million for new stadium lights. They can find it for the people who drive this city to work,"',
            ),
            c(
                "The union's memorandum, handed to a city official at 14:20",
                "demands",
                "a 9% increase, a R1 500 monthly danger allowance for drivers on night routes and the reinstatement of two shop stewards dismissed in August",
            ),
            c(
                "Metro police spokesperson Captain Ruth Adams",
                "says",
                'the march has been "peaceful and disciplined" so far',
            ),
            c(
                "She",
                "said",
                "one man had been arrested near the taxi rank for allegedly throwing a bottle at a passing car",
            ),
            c(
                "Domestic worker Precious Mahlangu, who normally takes two buses to Sunnyridge",
                "said",
                "she had paid R38 for a taxi instead of R14 for the bus",
            ),
            c("she", "said", '"If this goes on for a week, that\'s my electricity,"'),
            c(
                "The Nqaba Business Chamber",
                "estimates",
                "that the strike is costing the metro economy about R25-million a day in lost working hours",
            ),
            c(
                "the chamber",
                "called on",
                'both sides to "stop negotiating through the media" and return to the bargaining council',
            ),
            c(
                "The city's transport department",
                "said",
                "that 40 school buses had been hired to run limited services on three routes",
            ),
            c(
                None,
                "are advised",
                ["Commuters", "to check the city's social media pages for updates"],
            ),
            c(
                None,
                "reportedly",
                [
                    "The union is",
                    "planning to march from the depot on Harbour Road to city hall from 11:00",
                ],
            ),
        ],
    ),
    article(
        "fresh24-opinion-four-day-week",
        "opinion",
        "2026-05-02",
        """
Opinion | A four-day school week is a budget fix dressed up as reform

By Marisol Greaves

Last Tuesday, the Pell County Board of Education voted 5-2 to move the district's 11 schools to a four-day week starting in August. Superintendent Dr. Kevin Oyelowo-Marsh calls it "a modern schedule for a modern workforce." I call it what it is: a way to close a $2.1 million hole without anyone having to say the words "budget cut."

To be fair to the district, its case is not nothing. The district's own survey of 1,900 parents, published in March, found that 58 percent supported a shorter week if it came with longer school days. The superintendent has argued that the change will help the district recruit teachers, who in Pell County earn about $9,000 less than their counterparts across the state line.

But read the survey closely and the enthusiasm thins. Among parents who work hourly jobs, support fell to 39 percent. And the survey never asked the question that matters most: Who watches a 7-year-old on a Friday?

I put that question to the district last week. A spokeswoman, Tara Binns, told me the district was "exploring partnerships" with churches and the county recreation center to offer Friday programs. Exploring is not a plan. Oyelowo-Marsh did not respond to my request for an interview.

What the research says

The evidence from places that have tried this is mixed at best. A 2024 study by researchers at Ashcombe University found that students in four-day districts lost about a fifth of a year of learning in math over three years, with the steepest losses among low-income students. The authors cautioned that the effects were smaller in rural districts where buses run long routes, which is the best argument the board has.

Pell County is not one of those districts. Most of our children live within 20 minutes of their school, and most of their parents work Fridays.

Parents I spoke to this week were less measured than the researchers. "I'm going to lose my job or lose my mind, one of the two," said Renee Calloway, a night-shift nurse with two children at Pell Elementary. Luis Ortega, who has driven a school bus here for 16 years, said he had been told his hours, and his pay, would drop by a fifth.

Board member Janet Kowalczyk, one of the two no votes, warned before the vote that the district was "solving a spreadsheet problem with children's time."

She's right. As this newspaper's editorial board wrote in January, a district that has closed two schools in three years owes families more than a press release and a new calendar.

The board should have to show its math. Before August, it should publish the full savings estimate, line by line, and explain how much of that $2.1 million survives once Friday child care is paid for by someone.

So I am asking the board to do one simple thing before the first bell rings: hold a public hearing on a Friday morning, at 10 a.m., and see who can come.

Marisol Greaves is a columnist for the Ridgeline Courier. She taught middle school English in Pell County for 14 years.
""",
        [
            c(
                "Superintendent Dr. Kevin Oyelowo-Marsh",
                "calls",
                'it "a modern schedule for a modern workforce."',
            ),
            c(
                "The district's own survey of 1,900 parents, published in March",
                "found",
                "that 58 percent supported a shorter week if it came with longer school days",
            ),
            c(
                "The superintendent",
                "argued",
                "that the change will help the district recruit teachers, who in Pell County earn about $9,000 less than their counterparts across the state line",
            ),
            c(
                "A spokeswoman, Tara Binns",
                "told",
                'the district was "exploring partnerships" with churches and the county recreation center to offer Friday programs',
            ),
            c(
                "A 2024 study by researchers at Ashcombe University",
                "found",
                "that students in four-day districts lost about a fifth of a year of learning in math over three years, with the steepest losses among low-income students",
            ),
            c(
                "The authors",
                "cautioned",
                "that the effects were smaller in rural districts where buses run long routes",
            ),
            c(
                "Renee Calloway, a night-shift nurse with two children at Pell Elementary",
                "said",
                '"I\'m going to lose my job or lose my mind, one of the two,"',
            ),
            c(
                "Luis Ortega, who has driven a school bus here for 16 years",
                "said",
                "he had been told his hours, and his pay, would drop by a fifth",
            ),
            c(
                "Board member Janet Kowalczyk, one of the two no votes",
                "warned",
                'that the district was "solving a spreadsheet problem with children\'s time."',
            ),
            c(
                "this newspaper's editorial board",
                "wrote",
                "a district that has closed two schools in three years owes families more than a press release and a new calendar",
            ),
        ],
    ),
    article(
        "fresh24-business-pelangi-takeover",
        "business",
        "2026-02-17",
        """
Pelangi Cold Chain board urges shareholders to accept S$612m Sun Jade offer

By Chua Wen Hui

PELANGI Cold Chain's board has recommended that shareholders accept a S$612 million cash offer from Sun Jade Holdings, after an independent financial adviser (IFA) said the offer was fair and reasonable.

The offer of S$1.38 per share, first made on Jan 19, represents a premium of 31.4 per cent over Pelangi's last traded price before the announcement.

In its offeree circular, filed on the bourse on Monday night, the board said the offer gave shareholders "a clean exit at a meaningful premium" at a time when cold-chain margins were under pressure from rising electricity costs.

The IFA, Lumen Corporate Finance, said the offer price was above the top of its own valuation range of S$1.19 to S$1.33 per share.

Sun Jade, which is controlled by the Khoo family office, already holds 29.6 per cent of Pelangi. It has said it intends to delist the company and invest about S$150 million in automated warehouses over five years. Infrastructure fund Arcadia Bay Partners is understood to be providing about two-thirds of the funding.

Pelangi's founder and chief executive, Mr Ong Kah Wee, who owns 11.2 per cent, has given an irrevocable undertaking to accept the offer.

"Frankly, we need a partner with deeper pockets. The next phase of this business is robots and solar roofs, and that is not something we can fund from our balance sheet alone," Mr Ong told The Business Ledger.

Land bank questions

Not all shareholders are convinced. Mr Rajesh Pillai, who manages the Keris Value Fund, which holds about 3 per cent of Pelangi, said the offer "undervalues the land bank badly".

He estimated that Pelangi's two freehold warehouse sites in the Jalan Rimau industrial estate were worth at least S$90 million more than their book value, and said he would vote against the delisting resolution.

"Sun Jade is buying the land at 2009 prices and the business for free," Mr Pillai said.

Straits Capital Research analyst Clara Ng said in a note that a rival bid was unlikely given Sun Jade's existing stake, and advised clients to accept.

Sun Jade approached at least one other listed logistics company last year before settling on Pelangi, according to two people familiar with the matter. Sun Jade declined to comment on any earlier approaches.

The offer closes at 5.30pm on March 9, unless extended. Pelangi shares closed unchanged at S$1.36 on Tuesday.
""",
        [
            c("Pelangi Cold Chain board", "urges", "shareholders to accept S$612m Sun Jade offer"),
            c(
                "PELANGI Cold Chain's board",
                "recommended",
                "that shareholders accept a S$612 million cash offer from Sun Jade Holdings",
            ),
            c(
                "an independent financial adviser (IFA)",
                "said",
                "the offer was fair and reasonable",
            ),
            c(
                "the board",
                "said",
                'the offer gave shareholders "a clean exit at a meaningful premium" at a time when cold-chain margins were under pressure from rising electricity costs',
            ),
            c(
                "The IFA, Lumen Corporate Finance",
                "said",
                "the offer price was above the top of its own valuation range of S$1.19 to S$1.33 per share",
            ),
            c(
                "It",
                "said",
                "it intends to delist the company and invest about S$150 million in automated warehouses over five years",
            ),
            c(
                None,
                "is understood to",
                [
                    "Infrastructure fund Arcadia Bay Partners",
                    "be providing about two-thirds of the funding",
                ],
            ),
            c(
                "Mr Ong",
                "told",
                '"Frankly, we need a partner with deeper pockets. The next phase of this business is robots and solar roofs, and that is not something we can fund from our balance sheet alone,"',
            ),
            c(
                "Mr Rajesh Pillai, who manages the Keris Value Fund, which holds about 3 per cent of Pelangi",
                "said",
                'the offer "undervalues the land bank badly"',
            ),
            c(
                "He",
                "estimated",
                "that Pelangi's two freehold warehouse sites in the Jalan Rimau industrial estate were worth at least S$90 million more than their book value",
            ),
            c("He", "said", "he would vote against the delisting resolution"),
            c(
                "Mr Pillai",
                "said",
                '"Sun Jade is buying the land at 2009 prices and the business for free,"',
            ),
            c(
                "Straits Capital Research analyst Clara Ng",
                "said",
                "that a rival bid was unlikely given Sun Jade's existing stake",
            ),
            c("Straits Capital Research analyst Clara Ng", "advised", "clients to accept"),
            c(
                "two people familiar with the matter",
                "according to",
                "Sun Jade approached at least one other listed logistics company last year before settling on Pelangi",
            ),
        ],
    ),
    article(
        "fresh24-business-marrick-mill-jobs",
        "business",
        "2026-04-22",
        """
Marrick Timber to cut 180 jobs as Ashgrove sawmill shuts night shift

Hana Kereama

Marrick Timber will cut 180 jobs at its Ashgrove sawmill, more than a third of the workforce, the company told staff on Wednesday.

Chief executive Graham Tuhiwai said the mill's night shift would end on June 30 and the remaining day shift would move to a four-day roster. He blamed a 22 per cent fall in residential building consents over two years and "punishing" competition from mills in Asia for export orders.

"This is the hardest call I've made in 11 years here. These are people I know by name, and their parents before them in some cases," Tuhiwai said. "But running a night shift into a market that isn't there would put the whole mill at risk."

Staff were called to a meeting in the mill canteen at 7am. Forest and Mill Workers Union organiser Leilani Tupou said the news had come "out of a clear blue sky" and that members had been given just three days to respond before consultation closed.

"Some of these guys have worked the saws for 30 years. There's nothing else in Ashgrove that pays like this," she said.

The union has asked Marrick to delay the cuts until after winter and is seeking a meeting with the company's board.

Marrick, which is owned by Australian investment firm Corvell Partners, made a loss of $4.2 million in the six months to December, according to accounts filed last month. Tuhiwai denied that the company was preparing to sell the mill.

"We've put $11m into new kilns here in the last three years. You don't do that if you're walking away," he said.

Town braces for hit

Ashgrove mayor Pauline Ruatapu called the cuts "a gut punch for a town of 4000 people" and said the district council would set up a support hub for affected workers at the library.

Regional Development Minister Tama Whitfield said in a statement he was "deeply disappointed" and had asked officials to look at whether the mill could qualify for the regional transition fund.

A 2025 report by the Waiora Economic Research Unit estimated that each job at the mill supported another 1.6 jobs in the district, from trucking firms to cafes.

Hardware store owner Dean Marsters said he expected to feel the effect "within a month".

"Those are the guys who buy the timber, the paint, the fence posts. When they stop, we stop," he said.

Marrick said affected staff would receive redundancy pay under their collective agreement and would have access to free counselling and career advice.

Related: Wood processing jobs down 900 nationwide since 2024
""",
        [
            c(
                "the company",
                "told",
                "Marrick Timber will cut 180 jobs at its Ashgrove sawmill, more than a third of the workforce",
            ),
            c(
                "Chief executive Graham Tuhiwai",
                "said",
                "the mill's night shift would end on June 30 and the remaining day shift would move to a four-day roster",
            ),
            c(
                "He",
                "blamed",
                'a 22 per cent fall in residential building consents over two years and "punishing" competition from mills in Asia for export orders',
            ),
            c(
                "Tuhiwai",
                "said",
                [
                    '"This is the hardest call I\'ve made in 11 years here. These are people I know by name, and their parents before them in some cases,"',
                    '"But running a night shift into a market that isn\'t there would put the whole mill at risk."',
                ],
            ),
            c(
                "Forest and Mill Workers Union organiser Leilani Tupou",
                "said",
                'the news had come "out of a clear blue sky" and that members had been given just three days to respond before consultation closed',
            ),
            c(
                "she",
                "said",
                '"Some of these guys have worked the saws for 30 years. There\'s nothing else in Ashgrove that pays like this,"',
            ),
            c("The union", "asked", "Marrick to delay the cuts until after winter"),
            c(
                "accounts filed last month",
                "according to",
                "Marrick, which is owned by Australian investment firm Corvell Partners, made a loss of $4.2 million in the six months to December",
            ),
            c("Tuhiwai", "denied", "that the company was preparing to sell the mill"),
            c(
                "he",
                "said",
                "\"We've put $11m into new kilns here in the last three years. You don't do that if you're walking away,\"",
            ),
            c(
                "Ashgrove mayor Pauline Ruatapu",
                "called",
                'the cuts "a gut punch for a town of 4000 people"',
            ),
            c(
                "Ashgrove mayor Pauline Ruatapu",
                "said",
                "the district council would set up a support hub for affected workers at the library",
            ),
            c(
                "Regional Development Minister Tama Whitfield",
                "said",
                'he was "deeply disappointed" and had asked officials to look at whether the mill could qualify for the regional transition fund',
            ),
            c(
                "he",
                "asked",
                "officials to look at whether the mill could qualify for the regional transition fund",
            ),
            c(
                "A 2025 report by the Waiora Economic Research Unit",
                "estimated",
                "that each job at the mill supported another 1.6 jobs in the district, from trucking firms to cafes",
            ),
            c(
                "Hardware store owner Dean Marsters",
                "said",
                'he expected to feel the effect "within a month"',
            ),
            c(
                "he",
                "said",
                '"Those are the guys who buy the timber, the paint, the fence posts. When they stop, we stop,"',
            ),
            c(
                "Marrick",
                "said",
                "affected staff would receive redundancy pay under their collective agreement and would have access to free counselling and career advice",
            ),
        ],
    ),
    article(
        "fresh24-foreign-arven-dam-talks",
        "foreign",
        "2026-07-10",
        """
Karvenia and Dalmoor agree to pause dam filling as river talks inch forward

By Thomas Kettering and Anya Borovik

VELLMAR, Sevrin — Karvenia and Dalmoor agreed on Thursday to hold off filling a disputed reservoir on the Arven River for at least 90 days, a small but significant step in talks that both sides had described only a week ago as close to collapse.

The pause, which came after nine hours of meetings at a lakeside government guesthouse, is meant to give a joint technical commission time to study how much water the new Tavor Dam can hold back without ruining farmers downstream in Dalmoor.

A draft of the joint statement, seen by The Chronicle, says both governments will "refrain from any unilateral change to the flow of the Arven" while the commission works, and will allow observers from Sevrin to visit the dam site.

"Nobody is pretending this solves the problem," said Istvan Roal, Sevrin's foreign minister, who hosted the talks. "But for the first time in a year, the two delegations ate at the same table."

The dispute has simmered since Karvenia began building the 140-meter dam in 2021. Dalmoor says the reservoir could cut the river's summer flow by as much as 40 percent, threatening irrigation for roughly two million people. Karvenia insists the dam is for hydropower only and that the water will pass through its turbines "sooner or later."

At a news conference after the talks, Dalmoor's foreign minister, Nadia Quaresh, accused Karvenia of "treating a shared river like a private bathtub" and said her government would judge the agreement "by the water, not the words."

Asked whether Dalmoor would withdraw its case before the Lower Arven Basin Tribunal, Ms. Quaresh said the case would stay "exactly where it is."

Karvenia's chief negotiator, Deputy Prime Minister Oren Baltis, denied that his country had ever intended to use the dam as leverage. "Karvenia needs electricity. That is the beginning and the end of the story," he told reporters. Mr. Baltis declined to say when filling would resume if the commission failed to agree.

A senior Western diplomat who followed the talks closely, and who spoke on the condition of anonymity to discuss private conversations, said the breakthrough came late on Wednesday, when Karvenia's side accepted that the commission's findings would be binding.

The United States, which has quietly pressed both sides to return to the table, was quick to respond. In a statement, the U.S. special envoy for the region, Laura Pennick, called the pause "an overdue act of common sense" and urged both governments to "use the 90 days, not run out the clock."

Hurdles remain. Karvenia's parliament is expected to debate the agreement next week, and several opposition lawmakers there have already called it a "surrender of sovereignty." Satellite images analyzed by the Arven Basin Monitor, an independent research group, show that the reservoir was already about a third full before Thursday's pause.
""",
        [
            c("both sides", "described", ["talks that", "as close to collapse"]),
            c(
                "A draft of the joint statement, seen by The Chronicle",
                "says",
                'both governments will "refrain from any unilateral change to the flow of the Arven" while the commission works, and will allow observers from Sevrin to visit the dam site',
            ),
            c(
                "Istvan Roal, Sevrin's foreign minister, who hosted the talks",
                "said",
                [
                    '"Nobody is pretending this solves the problem,"',
                    '"But for the first time in a year, the two delegations ate at the same table."',
                ],
            ),
            c(
                "Dalmoor",
                "says",
                "the reservoir could cut the river's summer flow by as much as 40 percent, threatening irrigation for roughly two million people",
            ),
            c(
                "Karvenia",
                "insists",
                'the dam is for hydropower only and that the water will pass through its turbines "sooner or later."',
            ),
            c(
                "Dalmoor's foreign minister, Nadia Quaresh",
                "accused",
                'Karvenia of "treating a shared river like a private bathtub"',
            ),
            c(
                "Dalmoor's foreign minister, Nadia Quaresh",
                "said",
                'her government would judge the agreement "by the water, not the words."',
            ),
            c("Ms. Quaresh", "said", 'the case would stay "exactly where it is."'),
            c(
                "Karvenia's chief negotiator, Deputy Prime Minister Oren Baltis",
                "denied",
                "that his country had ever intended to use the dam as leverage",
            ),
            c(
                "he",
                "told",
                '"Karvenia needs electricity. That is the beginning and the end of the story,"',
            ),
            c(
                "A senior Western diplomat who followed the talks closely, and who spoke on the condition of anonymity to discuss private conversations",
                "said",
                "the breakthrough came late on Wednesday, when Karvenia's side accepted that the commission's findings would be binding",
            ),
            c("Karvenia's side", "accepted", "that the commission's findings would be binding"),
            c("The United States", "pressed", "both sides to return to the table"),
            c(
                "the U.S. special envoy for the region, Laura Pennick",
                "called",
                'the pause "an overdue act of common sense"',
            ),
            c(
                "the U.S. special envoy for the region, Laura Pennick",
                "urged",
                'both governments to "use the 90 days, not run out the clock."',
            ),
            c(None, "is expected to", ["Karvenia's parliament", "debate the agreement next week"]),
            c("several opposition lawmakers there", "called", 'it a "surrender of sovereignty."'),
            c(
                "Satellite images analyzed by the Arven Basin Monitor, an independent research group",
                "show",
                "that the reservoir was already about a third full before Thursday's pause",
            ),
        ],
    ),
    article(
        "fresh24-sport-molefe-brand-doping",
        "sport",
        "2026-03-18",
        """
Sprinter Molefe-Brand says contaminated supplement to blame for positive test

Bongani Mthethwa

National 200m champion Kagiso Molefe-Brand has been provisionally suspended after a positive test for a banned diuretic, putting his place at the world championships in August in doubt.

The National Drug-Free Sport Agency (NDFSA) confirmed on Tuesday that a urine sample taken from the 24-year-old at an out-of-competition test in Kleinwater on March 2 had returned an adverse analytical finding. He has been charged with an anti-doping rule violation and faces a ban of up to four years.

In a statement released through his management on Wednesday, Molefe-Brand said he had "never knowingly taken a banned substance in my life" and blamed a contaminated batch of an electrolyte supplement he bought at a pharmacy in Rietvallei.

"I have asked my lawyers to have the remaining tubs tested by an accredited lab, and I will co-operate fully with NDFSA. I want to run again, and I want to run clean," he said.

His lawyer, Adv. Thandi Mkhize-Roos, argued that the amount found was "so small it is consistent with contamination and nothing else". She put the concentration at less than 0.05 micrograms per millilitre.

Molefe-Brand celebrates his 200m title at the national championships in Rietvallei last April. Picture: Gallo Sport Images

'An explanation, not an excuse'

NDFSA chief executive Dr Lerato Sebe would not discuss the details of the case, but warned that "contamination is an explanation, not an excuse" under the sport's strict-liability rules.

"Athletes are told again and again: check everything you put in your body, and keep the receipts," she said.

According to NDFSA's latest annual report, 31 South African athletes returned adverse findings in 2025, 11 of them in athletics.

The SA Track and Field Federation (SATFF) said it "respects the process" and would not select a suspended athlete for any national team. Molefe-Brand's training group is understood to have been tested again last week.

His coach, Johan Brits-Venter, said he had seen the athlete "in tears" on Tuesday night and believed him completely.

"I've coached him since he was 15. This is a kid who reads the label on a throat lozenge," Brits-Venter said.

The federation's athletes' commission called on NDFSA to speed up B-sample analysis, which it said had taken up to ten weeks in recent cases. Molefe-Brand has until March 31 to request that his B sample be tested.
""",
        [
            c(
                "Sprinter Molefe-Brand",
                "says",
                "contaminated supplement to blame for positive test",
            ),
            c(
                "The National Drug-Free Sport Agency (NDFSA)",
                "confirmed",
                "that a urine sample taken from the 24-year-old at an out-of-competition test in Kleinwater on March 2 had returned an adverse analytical finding",
            ),
            c(
                "Molefe-Brand",
                "said",
                'he had "never knowingly taken a banned substance in my life"',
            ),
            c(
                "Molefe-Brand",
                "blamed",
                "a contaminated batch of an electrolyte supplement he bought at a pharmacy in Rietvallei",
            ),
            c(
                "he",
                "said",
                '"I have asked my lawyers to have the remaining tubs tested by an accredited lab, and I will co-operate fully with NDFSA. I want to run again, and I want to run clean,"',
            ),
            c(
                "His lawyer, Adv. Thandi Mkhize-Roos",
                "argued",
                'that the amount found was "so small it is consistent with contamination and nothing else"',
            ),
            c("She", "put", "the concentration at less than 0.05 micrograms per millilitre"),
            c(
                "NDFSA chief executive Dr Lerato Sebe",
                "warned",
                'that "contamination is an explanation, not an excuse" under the sport\'s strict-liability rules',
            ),
            c(
                "she",
                "said",
                '"Athletes are told again and again: check everything you put in your body, and keep the receipts,"',
            ),
            c(
                "NDFSA's latest annual report",
                "According to",
                "31 South African athletes returned adverse findings in 2025, 11 of them in athletics",
            ),
            c(
                "The SA Track and Field Federation (SATFF)",
                "said",
                'it "respects the process" and would not select a suspended athlete for any national team',
            ),
            c(
                None,
                "is understood to",
                ["Molefe-Brand's training group", "have been tested again last week"],
            ),
            c(
                "His coach, Johan Brits-Venter",
                "said",
                'he had seen the athlete "in tears" on Tuesday night and believed him completely',
            ),
            c(
                "Brits-Venter",
                "said",
                '"I\'ve coached him since he was 15. This is a kid who reads the label on a throat lozenge,"',
            ),
            c(
                "The federation's athletes' commission",
                "called on",
                "NDFSA to speed up B-sample analysis, which it said had taken up to ten weeks in recent cases",
            ),
            c(
                "it",
                "said",
                ["B-sample analysis, which", "had taken up to ten weeks in recent cases"],
            ),
        ],
    ),
]
