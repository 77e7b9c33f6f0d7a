"""A sixth held-out set of invented news articles and their attributions, written as strings.

Written on 2026-12-05 blind to claimx's rules (the annotator neither ran claimx nor read its
source, its tests or the other sets) and never to be used for tuning. Every article, person,
organisation, place and quotation here is invented (MIT, like the project). ``build.py --set
fresh6`` turns these into ``fresh6.jsonl`` with exact spans; the conventions are in
docs/evaldata-news.md.
"""

# ruff: noqa: E501 (article text: one paragraph a line)
from __future__ import annotations

from typing import Any

from articles import article, c, qa

ARTICLES: list[dict[str, Any]] = [
    article(
        "fresh6-courts-landlord-fire-alarms",
        "courts",
        "2026-10-02",
        """
Landlord fined £38,000 after tenants were left without working fire alarms

A landlord who let a terraced house in Kelvercombe to nine people without working smoke alarms has been fined £38,000 and ordered to pay costs of £6,400.

Graham Tulliver, 61, of Hensworth, pleaded guilty at Hensworth Crown Court on Thursday to four offences under fire safety regulations. He was charged after a kitchen fire at the property in March last year.

Opening the case, Nadia Osei, prosecuting for Kelvercombe District Council, said inspectors had found a padlocked rear door, an extinguisher that had expired in 2019 and alarms with their batteries removed. The court heard that one tenant escaped the fire by climbing from a first-floor window onto the roof of a shed.

"These were not oversights," Ms Osei said. "Mr Tulliver was told in writing, twice, what he had to do, and he did nothing."

Peter Lam, mitigating, told the court his client had been caring for his wife, who has dementia, and had "lost his grip" on the business. Mr Tulliver had since sold two of his three properties and would not let homes again, Mr Lam said.

Sentencing, Judge Harriet Coombe said the remorse was genuine but the tenants had been "extraordinarily lucky".

"It is only by good fortune that I am not dealing with a death," she said. "Anyone who rents out a home takes on a duty to the people who sleep in it.

"That duty does not lapse because life becomes difficult."

She ordered Mr Tulliver to pay a further £2,000 in compensation to the tenant who was injured.

Outside court, Cllr Brenda Fayle, the council's cabinet member for housing, urged tenants who were worried about the safety of their homes to contact its private housing team. Mr Tulliver declined to comment.
""",
        [
            c(
                None,
                "ordered",
                [
                    "A landlord who let a terraced house in Kelvercombe to nine people without working smoke alarms",
                    "to pay costs of £6,400",
                ],
            ),
            c(
                "Nadia Osei, prosecuting for Kelvercombe District Council",
                "said",
                "inspectors had found a padlocked rear door, an extinguisher that had expired in 2019 and alarms with their batteries removed",
            ),
            c(
                None,
                "heard",
                "that one tenant escaped the fire by climbing from a first-floor window onto the roof of a shed",
            ),
            c(
                "Ms Osei",
                "said",
                [
                    '"These were not oversights,"',
                    '"Mr Tulliver was told in writing, twice, what he had to do, and he did nothing."',
                ],
            ),
            c(
                "Peter Lam, mitigating",
                "told",
                'his client had been caring for his wife, who has dementia, and had "lost his grip" on the business',
            ),
            c(
                "Mr Lam",
                "said",
                "Mr Tulliver had since sold two of his three properties and would not let homes again",
            ),
            c(
                "Judge Harriet Coombe",
                "said",
                'the remorse was genuine but the tenants had been "extraordinarily lucky"',
            ),
            c(
                "she",
                "said",
                [
                    '"It is only by good fortune that I am not dealing with a death,"',
                    '"Anyone who rents out a home takes on a duty to the people who sleep in it.',
                    '"That duty does not lapse because life becomes difficult."',
                ],
            ),
            c(
                "She",
                "ordered",
                "Mr Tulliver to pay a further £2,000 in compensation to the tenant who was injured",
            ),
            c(
                "Cllr Brenda Fayle, the council's cabinet member for housing",
                "urged",
                "tenants who were worried about the safety of their homes to contact its private housing team",
            ),
        ],
    ),
    article(
        "fresh6-courts-food-truck-appeal",
        "courts",
        "2026-10-21",
        """
Appeals court revives food truck owners’ lawsuit against Millbrook

By Dana Whitcomb

MILLBROOK — A state appeals court on Tuesday revived a lawsuit by three food truck owners who say a Millbrook ordinance barring them from the downtown square was written to protect nearby restaurants.

In a 2-1 decision, the Fourth District Court of Appeals found that a trial judge had dismissed the case too quickly and ordered the lower court to hear evidence on the city’s reasons for the ban.

“The city may well have had a legitimate purpose,” Judge Carla Benitez wrote for the majority. “But on this record we cannot tell, and neither could the trial court.”

Judge Samuel Oyelaran dissented, writing that courts should give cities “wide latitude” to manage public streets.

The ordinance, passed in 2024, bars mobile vendors within 500 feet of a restaurant during business hours. The truck owners’ complaint alleges that council members met privately with the Millbrook Downtown Restaurant Association before the vote and that the association’s president drafted part of the ordinance.

City Attorney Mark Feeney said Tuesday that the city was reviewing the ruling and had not decided whether to seek review by the state Supreme Court. He denied that restaurant owners had written any part of the law.

“Nobody handed us a draft,” Feeney said.

Rosa Delgado, who has sold tamales from a converted school bus in Millbrook for 11 years and is the lead plaintiff, said she had lost about a third of her income since the ban took effect.

“I’m not asking for special treatment,” Delgado said. “I’m asking to park where everybody else parks.”

Her attorney, Kevin Marsh of the Harlan Street Legal Clinic, said the case could be back before a jury by spring. The restaurant association’s president, Lyle Brandt, did not return calls Tuesday.
""",
        [
            c(
                "three food truck owners",
                "say",
                "a Millbrook ordinance barring them from the downtown square was written to protect nearby restaurants",
            ),
            c(
                "the Fourth District Court of Appeals",
                "found",
                "that a trial judge had dismissed the case too quickly",
            ),
            c(
                "the Fourth District Court of Appeals",
                "ordered",
                "the lower court to hear evidence on the city’s reasons for the ban",
            ),
            c(
                "Judge Carla Benitez",
                "wrote",
                [
                    "“The city may well have had a legitimate purpose,”",
                    "“But on this record we cannot tell, and neither could the trial court.”",
                ],
            ),
            c(
                "Judge Samuel Oyelaran",
                "writing",
                "that courts should give cities “wide latitude” to manage public streets",
            ),
            c(
                "The truck owners’ complaint",
                "alleges",
                "that council members met privately with the Millbrook Downtown Restaurant Association before the vote and that the association’s president drafted part of the ordinance",
            ),
            c(
                "City Attorney Mark Feeney",
                "said",
                "that the city was reviewing the ruling and had not decided whether to seek review by the state Supreme Court",
            ),
            c("He", "denied", "that restaurant owners had written any part of the law"),
            c("Feeney", "said", "“Nobody handed us a draft,”"),
            c(
                "Rosa Delgado, who has sold tamales from a converted school bus in Millbrook for 11 years and is the lead plaintiff",
                "said",
                "she had lost about a third of her income since the ban took effect",
            ),
            c(
                "Delgado",
                "said",
                [
                    "“I’m not asking for special treatment,”",
                    "“I’m asking to park where everybody else parks.”",
                ],
            ),
            c(
                "Her attorney, Kevin Marsh of the Harlan Street Legal Clinic",
                "said",
                "the case could be back before a jury by spring",
            ),
        ],
    ),
    article(
        "fresh6-opinion-danesford-baths",
        "opinion",
        "2026-09-17",
        """
Closing Danesford baths will cost this borough more than it saves

Margaret Ellery

When Weldmoor Borough Council says it has “no choice” but to close Danesford swimming baths, it is worth asking who boxed it in.

The council’s leader, Cllr Ravi Mistry, told a packed public meeting last month that the Victorian building needed £4.2m of repairs that the borough simply did not have. I do not doubt the figure. But the same council spent £1.1m on consultants last year, according to its own accounts. It has also found £900,000 for a new car park beside the civic centre.

Swimming is not a luxury. A study published in the spring by the Northfold Institute for Child Health found that one in four children in the borough’s poorest wards could not swim 25 metres by the time they left primary school. Swimming teachers I have spoken to say the true figure is higher.

I wrote in this column two years ago that the baths would be left to decay until closing them looked like common sense. I take no pleasure in having been right.

There is an alternative. The Friends of Danesford Baths, which has more than 3,000 members, has offered to run the pool as a charitable trust. Its chair, Tom Okafor, says the council has not answered either of the group’s letters. A council spokesman told me the proposal “remains under consideration” and would be assessed “in due course”.

Cabinet meets on Thursday to decide. Before anyone votes, councillors should ask for the trust’s plan to be properly costed, and they should ask why a car park came before a pool.

Because if the baths close, the council will not find £4.2m to reopen them. Nobody will.
""",
        [
            c(
                "Weldmoor Borough Council",
                "says",
                "it has “no choice” but to close Danesford swimming baths",
            ),
            c(
                "The council’s leader, Cllr Ravi Mistry",
                "told",
                "that the Victorian building needed £4.2m of repairs that the borough simply did not have",
            ),
            c(
                "its own accounts",
                "according to",
                "the same council spent £1.1m on consultants last year",
            ),
            c(
                "A study published in the spring by the Northfold Institute for Child Health",
                "found",
                "that one in four children in the borough’s poorest wards could not swim 25 metres by the time they left primary school",
            ),
            c("Swimming teachers I have spoken to", "say", "the true figure is higher"),
            c(
                "I",
                "wrote",
                "that the baths would be left to decay until closing them looked like common sense",
            ),
            c(
                "Its chair, Tom Okafor",
                "says",
                "the council has not answered either of the group’s letters",
            ),
            c(
                "A council spokesman",
                "told",
                "the proposal “remains under consideration” and would be assessed “in due course”",
            ),
        ],
    ),
    article(
        "fresh6-opinion-hawker-prices",
        "opinion",
        "2026-10-09",
        """
Cheap hawker food is a public good. Let us pay for it like one

Lim Wei Ling

Last month, stallholders at Seruni Lane Hawker Centre raised the price of a plate of chicken rice from $4 to $4.80.

Yet the hawkers are not the villains here. Mr Goh Kian Seng, who has run a fishball noodle stall at Seruni Lane for 26 years, told me his rent had risen by 18 per cent since 2023 and that his fish supplier had doubled its prices. “I am 64,” he said. “My son will not take over. Who will?”

The Minister of State for Sustainability, Ms Farah Iskandar, said in Parliament that the Government would “keep a close watch” on prices and that hawker centres must remain places where “a worker on the lowest wage can still afford a meal”.

A survey of 412 stallholders by the Hawkers’ Welfare Fellowship, released in September, found that nearly half planned to stop trading within five years. The fellowship has called on the Hawker Centres Board to freeze rents for two years.

The board, which sets rents by tender, has said that tendered rents reflect “market demand” and that most stalls pay less than $1,500 a month.

I have argued before that rents at hawker centres should be pegged to the cost of running them, not to what the market will bear. Some economists say that would simply shift costs on to taxpayers. They are right, and that is the point.

We subsidise bus fares and public housing because they are part of a decent life. A plate of rice for under $5 belongs on that list. The alternative, as Mr Goh put it, is a hawker centre with no hawkers in it.

The writer teaches economics at the Institute of Urban Policy.
""",
        [
            c(
                "Mr Goh Kian Seng, who has run a fishball noodle stall at Seruni Lane for 26 years",
                "told",
                "his rent had risen by 18 per cent since 2023 and that his fish supplier had doubled its prices",
            ),
            c("he", "said", ["“I am 64,”", "“My son will not take over. Who will?”"]),
            c(
                "The Minister of State for Sustainability, Ms Farah Iskandar",
                "said",
                "that the Government would “keep a close watch” on prices and that hawker centres must remain places where “a worker on the lowest wage can still afford a meal”",
            ),
            c(
                "A survey of 412 stallholders by the Hawkers’ Welfare Fellowship, released in September",
                "found",
                "that nearly half planned to stop trading within five years",
            ),
            c(
                "The fellowship",
                "has called on",
                "the Hawker Centres Board to freeze rents for two years",
            ),
            c(
                "The board, which sets rents by tender",
                "has said",
                "that tendered rents reflect “market demand” and that most stalls pay less than $1,500 a month",
            ),
            c(
                "I",
                "have argued",
                "that rents at hawker centres should be pegged to the cost of running them, not to what the market will bear",
            ),
            c("Some economists", "say", "that would simply shift costs on to taxpayers"),
            c("Mr Goh", "put it", ["The alternative", "is a hawker centre with no hawkers in it"]),
        ],
    ),
    article(
        "fresh6-wire-ferry-aground",
        "wire",
        "2026-11-07",
        """
Ferry runs aground off Kessary Island; 14 hurt, officials say

PORT HALVARD (AP) — A passenger ferry carrying 212 people ran aground in thick fog off Kessary Island early Saturday, injuring 14, the regional coast guard said.

All passengers and 11 crew members were taken off the vessel, the Marisol Star, by lifeboats and fishing boats within three hours, coast guard spokeswoman Lt. Andrea Vukov told reporters. Four of the injured were in serious condition at a hospital in Port Halvard, she said.

“The fog was as thick as I have seen it in 20 years,” Vukov said. “The crew did what they were trained to do.”

The ferry’s operator, Northsound Lines, said in a statement that the ship had been on its normal route and that the cause of the grounding was under investigation. It said it had suspended its Kessary service until Tuesday.

Passenger Jonas Erikstad, 47, said the ship shuddered twice before stopping and that several people fell down a staircase. “Nobody told us anything for half an hour,” he said. “We just sat there in our life jackets.”

The Maritime Safety Board ordered Northsound to keep the vessel where it was until inspectors could board it. A formal inquiry is expected to open on Monday. The company’s chief executive, Harald Brenn, is understood to have flown to Port Halvard on Saturday afternoon.

Northsound declined to say whether the Marisol Star’s radar had been working at the time. The same vessel was briefly detained in 2024 after inspectors reported faults with its fire doors, according to Board records.
""",
        [
            c("officials", "say", "Ferry runs aground off Kessary Island; 14 hurt"),
            c(
                "the regional coast guard",
                "said",
                "A passenger ferry carrying 212 people ran aground in thick fog off Kessary Island early Saturday, injuring 14",
            ),
            c(
                "coast guard spokeswoman Lt. Andrea Vukov",
                "told",
                "All passengers and 11 crew members were taken off the vessel, the Marisol Star, by lifeboats and fishing boats within three hours",
            ),
            c(
                "she",
                "said",
                "Four of the injured were in serious condition at a hospital in Port Halvard",
            ),
            c(
                "Vukov",
                "said",
                [
                    "“The fog was as thick as I have seen it in 20 years,”",
                    "“The crew did what they were trained to do.”",
                ],
            ),
            c(
                "The ferry’s operator, Northsound Lines",
                "said",
                near="The ferry’s operator, Northsound Lines, said in a statement that the ship had been on its normal route and that the cause of the grounding was under investigation",
                content="that the ship had been on its normal route and that the cause of the grounding was under investigation",
            ),
            c("It", "said", "it had suspended its Kessary service until Tuesday"),
            c(
                "Passenger Jonas Erikstad, 47",
                "said",
                "the ship shuddered twice before stopping and that several people fell down a staircase",
            ),
            c(
                "he",
                "said",
                [
                    "“Nobody told us anything for half an hour,”",
                    "“We just sat there in our life jackets.”",
                ],
            ),
            c(
                "The Maritime Safety Board",
                "ordered",
                "Northsound to keep the vessel where it was until inspectors could board it",
            ),
            c(None, "is expected to", ["A formal inquiry", "open on Monday"]),
            c(
                None,
                "is understood to",
                [
                    "The company’s chief executive, Harald Brenn",
                    "have flown to Port Halvard on Saturday afternoon",
                ],
            ),
            c(
                "Board records",
                "according to",
                "The same vessel was briefly detained in 2024 after inspectors reported faults with its fire doors",
            ),
            c("inspectors", "reported", "faults with its fire doors"),
        ],
    ),
    article(
        "fresh6-press-release-brightfen-center",
        "press-release",
        "2026-10-14",
        """
Brightfen Opens Repair and Training Center in Calder Springs, Creating 140 Jobs

CALDER SPRINGS, Oct. 14, 2026 /PRWire/ -- Brightfen Systems Inc., a maker of refurbished medical imaging equipment, today announced that it will open a 60,000-square-foot repair and training center in Calder Springs early next year, creating 140 full-time jobs over three years.

The center will refurbish CT and MRI scanners and train technicians with Calder Valley Community College.

"Rural hospitals keep telling us the same thing: they can't afford new scanners, and they can't wait six weeks for a repair," said Denise Harwood, Brightfen's chief executive officer. "Calder Springs puts our engineers within a day's drive of more than 300 of them."

Harwood said the company had looked at four other sites before choosing Calder Springs.

Calder Springs Mayor Luis Ortega said the project was the largest private investment in the city's east side in a decade. "These are jobs people can build a career on, and most of them don't require a four-year degree," Ortega said.

The Calder County Economic Development Authority approved $2.1 million in tax incentives for the project on Oct. 8. Under the agreement, Brightfen must keep at least 120 jobs at the site for seven years or repay part of the incentives, the authority said.

Dr. Anita Rowe, president of Calder Valley Community College, said the college would launch a one-year imaging technology certificate in fall 2027 and that Brightfen had agreed to interview every graduate.

Hiring begins in November. Applicants are encouraged to register on the company's careers page.

About Brightfen Systems

Brightfen Systems Inc. refurbishes and services diagnostic imaging equipment. The company employs 860 people at sites in four states.

Forward-Looking Statements

This release contains forward-looking statements. Actual results may differ materially.

Media Contact
Joel Pressman, Brightfen Systems
press@brightfen.com
""",
        [
            c(
                "Brightfen Systems Inc., a maker of refurbished medical imaging equipment",
                "announced",
                "that it will open a 60,000-square-foot repair and training center in Calder Springs early next year, creating 140 full-time jobs over three years",
            ),
            c(
                "Denise Harwood, Brightfen's chief executive officer",
                "said",
                [
                    "\"Rural hospitals keep telling us the same thing: they can't afford new scanners, and they can't wait six weeks for a repair,\"",
                    '"Calder Springs puts our engineers within a day\'s drive of more than 300 of them."',
                ],
            ),
            c(
                "Harwood",
                "said",
                "the company had looked at four other sites before choosing Calder Springs",
            ),
            c(
                "Calder Springs Mayor Luis Ortega",
                "said",
                "the project was the largest private investment in the city's east side in a decade",
            ),
            c(
                "Ortega",
                "said",
                '"These are jobs people can build a career on, and most of them don\'t require a four-year degree,"',
            ),
            c(
                "the authority",
                "said",
                "Under the agreement, Brightfen must keep at least 120 jobs at the site for seven years or repay part of the incentives",
            ),
            c(
                "Dr. Anita Rowe, president of Calder Valley Community College",
                "said",
                "the college would launch a one-year imaging technology certificate in fall 2027 and that Brightfen had agreed to interview every graduate",
            ),
            c(None, "are encouraged", ["Applicants", "to register on the company's careers page"]),
        ],
    ),
    article(
        "fresh6-council-horoweka-camping",
        "council",
        "2026-08-20",
        """
Freedom campers face ban on Lake Horoweka foreshore

Freedom campers will no longer be able to stay overnight on the Lake Horoweka foreshore from December after Kaitoro District Council voted 8-3 on Wednesday to tighten its bylaw.

A staff report to the meeting said complaints about rubbish and human waste on the foreshore had more than doubled in two summers, and recommended that camping be limited to the council-run site at Pōhue Bay, 4km away.

Mayor Ngaire Fenwick said the decision had not been easy: "We want visitors here. We just want them to leave the lake the way they found it."

Cr Dave Harrington, who voted against the change, said the council was punishing hundreds of responsible campers for the behaviour of a few, and warned that the ban would push vans onto rural roadsides where there were no toilets at all.

Councillors were told by the council's parks manager, Mere Tawhai, that the Pōhue Bay site had room for 60 vehicles and was rarely more than half full outside January.

Seven people spoke in the public forum. Horoweka Residents' Association chair Alison Pike told councillors the foreshore had become "a toilet with a view" by late summer, while Barry Nunn, a spokesman for the Campervan Owners' Collective, said its members were being blamed for rental-van tourists who ignored the existing rules.

The collective is understood to be considering a legal challenge.

Council chief executive Paul Ropata said the bylaw would be reviewed after one summer and that enforcement officers would "educate first and fine second". Fines under the bylaw start at $200.

Councillors also asked staff to report back by March on the cost of extra toilets at the lake's northern end.
""",
        [
            c(
                "A staff report to the meeting",
                "said",
                "complaints about rubbish and human waste on the foreshore had more than doubled in two summers",
            ),
            c(
                "A staff report to the meeting",
                "recommended",
                "that camping be limited to the council-run site at Pōhue Bay, 4km away",
            ),
            c(
                "Mayor Ngaire Fenwick",
                "said",
                'the decision had not been easy: "We want visitors here. We just want them to leave the lake the way they found it."',
            ),
            c(
                "Cr Dave Harrington, who voted against the change",
                "said",
                "the council was punishing hundreds of responsible campers for the behaviour of a few",
            ),
            c(
                "Cr Dave Harrington, who voted against the change",
                "warned",
                "that the ban would push vans onto rural roadsides where there were no toilets at all",
            ),
            c(
                "the council's parks manager, Mere Tawhai",
                "were told",
                "that the Pōhue Bay site had room for 60 vehicles and was rarely more than half full outside January",
            ),
            c(
                "Horoweka Residents' Association chair Alison Pike",
                "told",
                'the foreshore had become "a toilet with a view" by late summer',
            ),
            c(
                "Barry Nunn, a spokesman for the Campervan Owners' Collective",
                "said",
                "its members were being blamed for rental-van tourists who ignored the existing rules",
            ),
            c(None, "is understood to", ["The collective", "be considering a legal challenge"]),
            c(
                "Council chief executive Paul Ropata",
                "said",
                'the bylaw would be reviewed after one summer and that enforcement officers would "educate first and fine second"',
            ),
            c(
                "Councillors",
                "asked",
                "staff to report back by March on the cost of extra toilets at the lake's northern end",
            ),
        ],
    ),
    article(
        "fresh6-interview-ntshabeni-water",
        "interview",
        "2026-11-12",
        """
"We are fixing pipes that are older than I am": Lwazi Mabena on Ntshabeni's dry taps

Ntshabeni's residents have had running water for an average of 14 hours a day since June. Families in Ward 9 say they went eleven days without any in October. The municipality says a R48-million upgrade of its pump stations will end the worst outages by next winter. Lwazi Mabena, its acting director of water and sanitation, spoke to Refilwe Khoza.

Q: What happened in Ward 9?

Mabena: Two pumps at the Kwanele reservoir failed within a week of each other. We had one spare. The second had to come from a supplier in another province and it took nine days to arrive. I'm not going to pretend that was acceptable.

Q: Why was there only one spare?

Mabena: Because in 2022 the council cut the maintenance budget by 30%. Our own engineers warned at the time that this is exactly what would happen. It is in the minutes.

Q: Councillor Zodwa Ntuli told a ward meeting that contractors are being paid for work they never finish. Is she right?

Mabena: About some of them, yes. We have cancelled two contracts this year and laid charges against one company. But most of the people laying pipe in this town are doing honest work in very hard conditions.

Q: When will the taps run every day?

Mabena: I won't give you a date I can't keep. What I can tell you is that the new pump station at Kwanele will be commissioned in February, and after that the outages in Wards 7 to 11 should be measured in hours, not days.

Q: And if they are not?

Mabena: Then residents should hold me to account. My door is open.
""",
        [
            c("Lwazi Mabena", ":", '"We are fixing pipes that are older than I am"'),
            c("Families in Ward 9", "say", "they went eleven days without any in October"),
            c(
                "The municipality",
                "says",
                "a R48-million upgrade of its pump stations will end the worst outages by next winter",
            ),
            qa(
                "Mabena",
                "Two pumps at the Kwanele reservoir failed within a week of each other. We had one spare. The second had to come from a supplier in another province and it took nine days to arrive. I'm not going to pretend that was acceptable.",
            ),
            qa(
                "Mabena",
                "Because in 2022 the council cut the maintenance budget by 30%. Our own engineers warned at the time that this is exactly what would happen. It is in the minutes.",
            ),
            qa(
                "Mabena",
                "About some of them, yes. We have cancelled two contracts this year and laid charges against one company. But most of the people laying pipe in this town are doing honest work in very hard conditions.",
            ),
            qa(
                "Mabena",
                "I won't give you a date I can't keep. What I can tell you is that the new pump station at Kwanele will be commissioned in February, and after that the outages in Wards 7 to 11 should be measured in hours, not days.",
            ),
            qa("Mabena", "Then residents should hold me to account. My door is open."),
        ],
    ),
    article(
        "fresh6-live-blog-storm-edric",
        "live-blog",
        "2026-11-23",
        """
Live: Storm Edric – trees down, roads shut and thousands without power across Easterfold

10:52
Power has been restored to about 4,000 homes in Brackenfold, Northern Grid Lines says. Around 11,500 properties across the county are still without electricity. The company says some of them may not be reconnected until Monday.

10:31
Easterfold County Council has urged people not to drive unless their journey is essential. "We have trees down on almost every A-road in the west of the county," a council spokeswoman said. "Please, stay at home if you can."

10:05
A reader, Janet, has sent us this photo of a fallen oak on Mill Road in Ashcombe. She says it came down at about 6am and missed a parked car "by about a foot".

09:40
The coast road between Saltby and Wrenhaven has been closed after part of the sea wall collapsed, police say. A lorry driver is reported to have been taken to hospital after his vehicle overturned on the Fellgate bypass, although police have not confirmed this.

09:12
Easterfold Fire and Rescue Service says crews rescued two people from a car trapped in floodwater near Hollins Ford overnight. Neither was hurt, a spokesman said.

08:47
All schools in the Wrenhaven area will stay closed today, the county's director of education, Dr Simon Achebe, has confirmed. Parents are being asked to check the council website for updates about Tuesday.

08:20
Good morning and welcome to our live coverage of Storm Edric. The Coastal Forecast Centre says gusts of 87mph were recorded at Saltby Point overnight, and its amber wind warning remains in place until 6pm. We'll bring you the latest on travel, power cuts and school closures throughout the day.
""",
        [
            c(
                "Northern Grid Lines",
                "says",
                "Power has been restored to about 4,000 homes in Brackenfold",
            ),
            c("The company", "says", "some of them may not be reconnected until Monday"),
            c(
                "Easterfold County Council",
                "has urged",
                "people not to drive unless their journey is essential",
            ),
            c(
                "a council spokeswoman",
                "said",
                [
                    '"We have trees down on almost every A-road in the west of the county,"',
                    '"Please, stay at home if you can."',
                ],
            ),
            c("She", "says", 'it came down at about 6am and missed a parked car "by about a foot"'),
            c(
                "police",
                "say",
                "The coast road between Saltby and Wrenhaven has been closed after part of the sea wall collapsed",
            ),
            c(
                None,
                "is reported to",
                [
                    "A lorry driver",
                    "have been taken to hospital after his vehicle overturned on the Fellgate bypass",
                ],
            ),
            c(
                "Easterfold Fire and Rescue Service",
                "says",
                "crews rescued two people from a car trapped in floodwater near Hollins Ford overnight",
            ),
            c("a spokesman", "said", "Neither was hurt"),
            c(
                "the county's director of education, Dr Simon Achebe",
                "has confirmed",
                "All schools in the Wrenhaven area will stay closed today",
            ),
            c(
                None,
                "are being asked",
                ["Parents", "to check the council website for updates about Tuesday"],
            ),
            c(
                "The Coastal Forecast Centre",
                "says",
                "gusts of 87mph were recorded at Saltby Point overnight, and its amber wind warning remains in place until 6pm",
            ),
        ],
    ),
    article(
        "fresh6-foreign-marendia-arrest",
        "foreign",
        "2026-11-19",
        """
Marendia detains opposition leader days before presidential runoff

By Tobias Wren

SORVIK, Marendia — Security forces detained Marendia’s main opposition leader, Anatol Brezic, at his home before dawn on Thursday, according to his party and two neighbors who witnessed the arrest. The runoff, in which opinion polls suggest he trails narrowly, is on Sunday.

The Interior Ministry said in a brief statement that Mr. Brezic, 58, had been arrested on suspicion of “financing extremist activity” and would appear before a magistrate within 48 hours. It gave no further details.

His deputy, Lidia Farkash, called the arrest “a kidnapping with paperwork” and urged supporters to stay calm and to vote on Sunday.

“They want the streets to burn so they can cancel the election,” she told reporters outside the party’s headquarters. “We will not give them that.”

President Edvin Holm, who is seeking a third term, has not commented on the arrest. A senior official in his office, who spoke on condition of anonymity because he was not authorized to discuss the case, said prosecutors had been examining Mr. Brezic’s campaign accounts since the spring and that the timing was “a matter for the courts, not for politicians.”

Foreign diplomats in Sorvik are understood to have requested an urgent meeting with the foreign minister. The Regional Election Observation Mission, which has 140 monitors in the country, said the arrest “casts a long shadow” over the vote and called on the authorities to either charge Mr. Brezic or release him.

State television, which made no mention of the arrest in its morning bulletins, reported on Thursday evening that police had found “undeclared foreign funds” at Mr. Brezic’s home. The party said the claim was invented and that its lawyers had not been allowed to see him.

Mr. Brezic’s wife, Ilona, could not be reached.
""",
        [
            c(
                "his party and two neighbors who witnessed the arrest",
                "according to",
                "Security forces detained Marendia’s main opposition leader, Anatol Brezic, at his home before dawn on Thursday",
            ),
            c("opinion polls", "suggest", "he trails narrowly"),
            c(
                "The Interior Ministry",
                "said",
                "that Mr. Brezic, 58, had been arrested on suspicion of “financing extremist activity” and would appear before a magistrate within 48 hours",
            ),
            c("His deputy, Lidia Farkash", "called", "the arrest “a kidnapping with paperwork”"),
            c(
                "His deputy, Lidia Farkash",
                "urged",
                "supporters to stay calm and to vote on Sunday",
            ),
            c(
                "she",
                "told",
                [
                    "“They want the streets to burn so they can cancel the election,”",
                    "“We will not give them that.”",
                ],
            ),
            c(
                "A senior official in his office, who spoke on condition of anonymity because he was not authorized to discuss the case",
                "said",
                "prosecutors had been examining Mr. Brezic’s campaign accounts since the spring and that the timing was “a matter for the courts, not for politicians.”",
            ),
            c(
                None,
                "are understood to",
                [
                    "Foreign diplomats in Sorvik",
                    "have requested an urgent meeting with the foreign minister",
                ],
            ),
            c(
                "The Regional Election Observation Mission, which has 140 monitors in the country",
                "said",
                "the arrest “casts a long shadow” over the vote",
            ),
            c(
                "The Regional Election Observation Mission, which has 140 monitors in the country",
                "called on",
                "the authorities to either charge Mr. Brezic or release him",
            ),
            c(
                "State television, which made no mention of the arrest in its morning bulletins",
                "reported",
                "that police had found “undeclared foreign funds” at Mr. Brezic’s home",
            ),
            c(
                "The party",
                "said",
                "the claim was invented and that its lawyers had not been allowed to see him",
            ),
        ],
    ),
    article(
        "fresh6-sport-harbourside-keeper",
        "sport",
        "2026-09-27",
        """
Delaney stands by Reyes after late blunder gifts Eastvale the points

Harbourside City coach Mick Delaney says goalkeeper Tomas Reyes retains his full support despite the late error that handed Eastvale United a 2-1 win at Corrigan Park on Saturday night.

Reyes let a tame 30-metre shot from Eastvale substitute Jai Marsh slip through his gloves in the 88th minute, five minutes after referee Kate Lindqvist had awarded City a penalty that Sione Fifita converted to level the scores.

"Tommy's won us more points this season than anyone in the squad," Delaney said. "One mistake doesn't change that, and he knows it."

Asked whether he would consider recalling veteran Dean Pollard for next week's trip to Westport, Delaney said the team would be picked on Thursday, "same as always".

Eastvale coach Ruth Okonkwo said her side had "ridden their luck" for long stretches but deserved credit for pressing until the final whistle.

Fifita, who has now scored in four consecutive matches, told the club's website that the penalty had been "the easy part".

Reyes did not speak to the media after the match. The 24-year-old is understood to have been consoled by teammates in the dressing room. He is also reportedly attracting interest from two overseas clubs.

City said in a statement on Sunday that midfielder Luka Varga had suffered a hamstring strain and would miss at least three weeks.

Eastvale defender Ben Attard was charged with striking by the match review panel and is expected to accept a one-match ban.

The loss leaves City seventh, two points outside the finals places, with five rounds remaining.
""",
        [
            c(
                "Harbourside City coach Mick Delaney",
                "says",
                "goalkeeper Tomas Reyes retains his full support despite the late error that handed Eastvale United a 2-1 win at Corrigan Park on Saturday night",
            ),
            c(
                "Delaney",
                "said",
                [
                    '"Tommy\'s won us more points this season than anyone in the squad,"',
                    '"One mistake doesn\'t change that, and he knows it."',
                ],
            ),
            c("Delaney", "said", 'the team would be picked on Thursday, "same as always"'),
            c(
                "Eastvale coach Ruth Okonkwo",
                "said",
                'her side had "ridden their luck" for long stretches but deserved credit for pressing until the final whistle',
            ),
            c(
                "Fifita, who has now scored in four consecutive matches",
                "told",
                'that the penalty had been "the easy part"',
            ),
            c(
                None,
                "is understood to",
                ["The 24-year-old", "have been consoled by teammates in the dressing room"],
            ),
            c(None, "reportedly", ["He is", "attracting interest from two overseas clubs"]),
            c(
                "City",
                "said",
                "that midfielder Luka Varga had suffered a hamstring strain and would miss at least three weeks",
            ),
            c(None, "is expected to", ["Eastvale defender Ben Attard", "accept a one-match ban"]),
        ],
    ),
    article(
        "fresh6-health-akwara-cholera",
        "health",
        "2026-07-15",
        """
Cholera: Akwara confirms nine deaths, urges residents to boil water

By Chiamaka Obi, Ewuoma

The Akwara State Government has confirmed nine deaths and 214 suspected cases of cholera in four local government areas since the rains began.

The Commissioner for Health, Dr. Folake Adeyemi-Bello, disclosed this at a press briefing in Ewuoma on Tuesday. She said samples from Ikpe and Oro-Ede had tested positive at the state laboratory, and that most of those who died were children under five or elderly people who reached hospital late.

"Cholera is preventable and it is treatable. Nobody should die of it in 2026," the commissioner said. "If you have watery stooling, do not wait for it to stop. Go to the nearest health centre; treatment is free."

She urged residents to boil or chlorinate drinking water, wash their hands with soap and avoid cut fruit sold by the roadside, and called on traditional rulers and religious leaders to spread the message.

A study by researchers at Ewuoma Teaching Hospital, published last year, found that fewer than a third of households in the affected areas had access to piped water, and that many relied on wells dug within 10 metres of pit latrines.

The National Centre for Epidemic Response is understood to have sent a rapid response team to the state.

Residents of Ikpe told our correspondent that the community's only borehole had been broken since March. "We drink from the stream because there is nothing else," said Mrs. Ngozi Eze, a trader. "Government people came in April and wrote down our names. Nobody came back."

The chairman of Oro-Ede Local Government Area, Hon. Tunde Akinwale, said the council had begun repairing four boreholes and would distribute 20,000 water purification sachets this week. Efforts to reach the chairman of Ikpe LGA were unsuccessful.
""",
        [
            c("Akwara", "confirms", "nine deaths", n=0),
            c("Akwara", "urges", "residents to boil water"),
            c(
                "The Akwara State Government",
                "has confirmed",
                "nine deaths and 214 suspected cases of cholera in four local government areas since the rains began",
            ),
            c(
                "She",
                "said",
                "samples from Ikpe and Oro-Ede had tested positive at the state laboratory, and that most of those who died were children under five or elderly people who reached hospital late",
            ),
            c(
                "the commissioner",
                "said",
                [
                    '"Cholera is preventable and it is treatable. Nobody should die of it in 2026,"',
                    '"If you have watery stooling, do not wait for it to stop. Go to the nearest health centre; treatment is free."',
                ],
            ),
            c(
                "She",
                "urged",
                "residents to boil or chlorinate drinking water, wash their hands with soap and avoid cut fruit sold by the roadside",
            ),
            c("She", "called on", "traditional rulers and religious leaders to spread the message"),
            c(
                "A study by researchers at Ewuoma Teaching Hospital, published last year",
                "found",
                "that fewer than a third of households in the affected areas had access to piped water, and that many relied on wells dug within 10 metres of pit latrines",
            ),
            c(
                None,
                "is understood to",
                [
                    "The National Centre for Epidemic Response",
                    "have sent a rapid response team to the state",
                ],
            ),
            c(
                "Residents of Ikpe",
                "told",
                "that the community's only borehole had been broken since March",
            ),
            c(
                "Mrs. Ngozi Eze, a trader",
                "said",
                [
                    '"We drink from the stream because there is nothing else,"',
                    '"Government people came in April and wrote down our names. Nobody came back."',
                ],
            ),
            c(
                "The chairman of Oro-Ede Local Government Area, Hon. Tunde Akinwale",
                "said",
                "the council had begun repairing four boreholes and would distribute 20,000 water purification sachets this week",
            ),
        ],
    ),
]
