"""A held-out set of invented news articles and their attributions, as strings (fresh26).

Written on 2026-12-05 blind to claimx's rules (the annotator neither ran claimx nor read its
source, its tests or the other sets) and never to be used for tuning. Every article, person,
organisation, place and quotation here is invented (MIT, like the project). ``build.py --set
fresh26`` turns these into ``fresh26.jsonl`` with exact spans; the conventions are in
docs/evaldata-news.md.

Twelve articles (wire, courts, council, press releases, interview, live blog, opinion, business, sport, foreign) in British national and local, Indian and Nigerian house styles.
"""

# ruff: noqa: E501 (article text: one paragraph a line)
from __future__ import annotations

from typing import Any

from articles import article, c, qa

ARTICLES: list[dict[str, Any]] = [
    article(
        "fresh26-wire-sangh-loan-waiver",
        "wire",
        "2026-04-14",
        """
Farm loan waiver will be "first signature" of new government, says Sangh chief at Devgarh rally

By BSW Correspondent

DEVGARH (Madhyanchal), April 14 (BSW): Nav Bharat Lok Sangh president Harish Chandra Mehrotra on Monday promised that a waiver of all crop loans up to Rs 2 lakh would be the "first signature" of his government if the party came to power in the general election, as campaigning for the second phase of polling entered its final fortnight.

Addressing a packed rally at the Rajendra Ground, Mr Mehrotra said farmers in the region had "paid for every failed monsoon out of their own pockets" while the ruling alliance "wrote off the debts of its friends in industry".

"We are not asking for charity. We are asking for what is owed to the people who feed this country," he told the gathering.

Party workers put the crowd at over one lakh; the district police estimated it at around 40,000.

Earlier in the day, the district administration refused permission for Mr Mehrotra's helicopter to land at Kheri Kalan, and he covered the last 90 km to Devgarh by road.

The Sangh's manifesto, released in the national capital last week, also pledges free electricity for irrigation pumps and a guaranteed minimum support price for millets.

Asked whether the Sangh would seek the support of regional parties if it fell short of a majority, Mr Mehrotra said the party would "cross that bridge on counting day".

Alliance hits back

The ruling Kisan Mazdoor Ekta Party (KMEP) dismissed the promise as "an election-season cheque that will bounce". Party spokesperson Radhika Venugopal told BSW that the Sangh had "waived nothing in the ten years it ran this state" and that farm credit had doubled under the present government.

"A waiver of this size would cost the exchequer upwards of Rs 60,000 crore. Where is that money coming from? They have not said, because they do not know," Ms Venugopal said.

The KMEP has complained to the Election Commission that the speech violated the model code of conduct, and the Commission's observers in Devgarh are understood to have sought a video recording of the rally. A Commission spokesperson did not respond to calls and messages.

Close contest

Madhyanchal's 28 parliamentary seats go to the polls in the second and third phases, on April 26 and May 7. A survey by the Centre for Electoral Studies (CES), published on Sunday, showed the two alliances separated by fewer than three percentage points across the state, with roughly one in five voters still undecided.

"Rural distress is the single issue that moves votes here," said CES director Professor Anjali Deshmukh. "Whoever convinces the farmer that the money will actually reach his bank account wins this state."

The KMEP's star campaigner, Chief Minister Dinesh Tiwari-Rawat, is scheduled to address three rallies in the Devgarh division on Wednesday.

BSW HCM RV 1842
""",
        [
            c(
                "Sangh chief",
                "says",
                'Farm loan waiver will be "first signature" of new government',
            ),
            c(
                "Nav Bharat Lok Sangh president Harish Chandra Mehrotra",
                "promised",
                'that a waiver of all crop loans up to Rs 2 lakh would be the "first signature" of his government if the party came to power in the general election',
            ),
            c(
                "Mr Mehrotra",
                "said",
                'farmers in the region had "paid for every failed monsoon out of their own pockets" while the ruling alliance "wrote off the debts of its friends in industry"',
            ),
            c(
                "he",
                "told",
                '"We are not asking for charity. We are asking for what is owed to the people who feed this country,"',
            ),
            c("Party workers", "put", "the crowd at over one lakh"),
            c("the district police", "estimated", "it at around 40,000"),
            c(
                "The Sangh's manifesto, released in the national capital last week",
                "pledges",
                "free electricity for irrigation pumps and a guaranteed minimum support price for millets",
            ),
            c("Mr Mehrotra", "said", 'the party would "cross that bridge on counting day"'),
            c(
                "The ruling Kisan Mazdoor Ekta Party (KMEP)",
                "dismissed",
                'the promise as "an election-season cheque that will bounce"',
            ),
            c(
                "Party spokesperson Radhika Venugopal",
                "told",
                'that the Sangh had "waived nothing in the ten years it ran this state" and that farm credit had doubled under the present government',
            ),
            c(
                "Ms Venugopal",
                "said",
                '"A waiver of this size would cost the exchequer upwards of Rs 60,000 crore. Where is that money coming from? They have not said, because they do not know,"',
            ),
            c("The KMEP", "complained", "that the speech violated the model code of conduct"),
            c(
                None,
                "are understood to",
                [
                    "the Commission's observers in Devgarh",
                    "have sought a video recording of the rally",
                ],
            ),
            c(
                "A survey by the Centre for Electoral Studies (CES), published on Sunday",
                "showed",
                "the two alliances separated by fewer than three percentage points across the state, with roughly one in five voters still undecided",
            ),
            c(
                "CES director Professor Anjali Deshmukh",
                "said",
                [
                    '"Rural distress is the single issue that moves votes here,"',
                    '"Whoever convinces the farmer that the money will actually reach his bank account wins this state."',
                ],
            ),
        ],
    ),
    article(
        "fresh26-wire-abeke-dam-flood",
        "wire",
        "2026-09-16",
        """
Residents of riverine communities urged to relocate as Abeke Dam spills

By Uchenna Ezeobi

ILOWA, Oruma State (UNA) - At least 14 communities in the Lower Ovia area of Oruma State have been submerged since the Abeke Dam began releasing excess water on Tuesday, the State Emergency Management Agency (SEMA) has said.

The agency's Executive Secretary, Alhaji Musa Danladi-Ware, told the Union News Agency (UNA) in Ilowa on Wednesday that more than 6,000 people had been displaced and that two children were missing in Obodo-Ise, a fishing settlement of about 3,000 people where a canoe capsized on Tuesday night.

"We have opened four camps at Ilowa, Ugbo and Ekehi, but the water is still rising. Anybody living on the river bank should move now, not tomorrow," he said.

Danladi-Ware also urged local government chairmen to "use every vehicle at their disposal" to move the elderly, pregnant women and persons with disabilities to higher ground.

The Lower Ovia River Basin Development Authority, which manages the dam, said in a statement signed by its spokesperson, Mrs Grace Oyibo, that the release was "controlled and unavoidable" because the reservoir had reached 98 per cent of its capacity after three weeks of heavy rainfall.

It insisted that communities downstream had been given "more than 72 hours' notice" through radio announcements and town criers.

But residents of Obodo-Ise who spoke to UNA at the Ugbo camp said no warning reached them.

"Nobody told us anything. We woke up and the water was inside the house," said Mrs Felicia Amadi, a trader.

Mrs Amadi said she had lost her shop and her entire stock of rice and garri, worth about N1.4 million.

A fisherman, Mr Ebikeme Sotonye, said the community had two years ago asked the authority to build an embankment, "but they only come when there is water."

The National Flood Outlook, published in April by the Federal Hydrology Office, had warned that Oruma was among 11 states at high risk of riverine flooding this year.

Governor Ebiere Tonye-Akpan is expected to visit the camps on Thursday. Attempts to reach the Federal Ministry of Environment for comment were unsuccessful.

The Oruma State House of Assembly on Wednesday voted to set aside N500 million for emergency relief and asked the state executive to present a resettlement plan within 30 days.

(UNA)

Edited by Kemi Ogundipe
""",
        [
            c(None, "urged", ["Residents of riverine communities", "to relocate"]),
            c(
                "the State Emergency Management Agency (SEMA)",
                "said",
                "At least 14 communities in the Lower Ovia area of Oruma State have been submerged since the Abeke Dam began releasing excess water on Tuesday",
            ),
            c(
                "The agency's Executive Secretary, Alhaji Musa Danladi-Ware",
                "told",
                "that more than 6,000 people had been displaced and that two children were missing in Obodo-Ise, a fishing settlement of about 3,000 people where a canoe capsized on Tuesday night",
            ),
            c(
                "he",
                "said",
                '"We have opened four camps at Ilowa, Ugbo and Ekehi, but the water is still rising. Anybody living on the river bank should move now, not tomorrow,"',
            ),
            c(
                "Danladi-Ware",
                "urged",
                'local government chairmen to "use every vehicle at their disposal" to move the elderly, pregnant women and persons with disabilities to higher ground',
            ),
            c(
                "The Lower Ovia River Basin Development Authority, which manages the dam",
                "said",
                'that the release was "controlled and unavoidable" because the reservoir had reached 98 per cent of its capacity after three weeks of heavy rainfall',
            ),
            c(
                "It",
                "insisted",
                'that communities downstream had been given "more than 72 hours\' notice" through radio announcements and town criers',
            ),
            c(
                "residents of Obodo-Ise who spoke to UNA at the Ugbo camp",
                "said",
                "no warning reached them",
            ),
            c(
                "Mrs Felicia Amadi, a trader",
                "said",
                '"Nobody told us anything. We woke up and the water was inside the house,"',
            ),
            c(
                "Mrs Amadi",
                "said",
                "she had lost her shop and her entire stock of rice and garri, worth about N1.4 million",
            ),
            c(
                "A fisherman, Mr Ebikeme Sotonye",
                "said",
                'the community had two years ago asked the authority to build an embankment, "but they only come when there is water."',
            ),
            c("the community", "asked", "the authority to build an embankment"),
            c(
                "The National Flood Outlook, published in April by the Federal Hydrology Office",
                "warned",
                "that Oruma was among 11 states at high risk of riverine flooding this year",
            ),
            c(
                None,
                "is expected to",
                ["Governor Ebiere Tonye-Akpan", "visit the camps on Thursday"],
            ),
            c(
                "The Oruma State House of Assembly",
                "asked",
                "the state executive to present a resettlement plan within 30 days",
            ),
        ],
    ),
    article(
        "fresh26-courts-roofer-fraud",
        "courts",
        "2026-06-10",
        """
Roofer told widow her chimney was "about to collapse", fraud trial hears

By Holly Trenchard, Court Reporter

A ROOFER told an 83-year-old widow that her chimney was "about to collapse" on top of her and then charged her £14,500 for work that was never needed, a jury has heard.

Darren Keast, 41, of Millbrook Road, Brackenford, denies eight counts of fraud by false representation involving six households in Brackenford and Hollins Cross between 2023 and 2025.

Opening the case at Wexmoor Crown Court on Tuesday, prosecutor Simon Ashdown said Keast "picked people who lived alone, who were elderly and who he thought would never climb a ladder to check".

"He would knock on the door, point at a roof that was perfectly sound and tell them it was a danger to their lives," Mr Ashdown told the jury. "Then he would name a price and ask for half of it in cash, that day."

The court heard that the widow, who cannot be named for legal reasons, withdrew £7,000 from her building society the same afternoon and handed it over in a supermarket carrier bag.

Wexmoor Crown Court. Picture: Gazette archive

Surveyor's evidence

Chartered surveyor Jonathan Pryce, who inspected five of the properties for the prosecution, told the court he had found "no structural defect of any kind" in the widow's chimney.

He said new lead flashing had been fitted at two of the homes, but described the rest of the work as "cosmetic at best".

Under cross-examination by Nadia Fenwick, defending, Mr Pryce accepted that he had not been able to get into the loft space at two of the addresses.

Ms Fenwick asked him whether a roof "could look fine from the street and still be letting in water". He replied that it could, "but not in any of the ways the defendant described to these people".

In a statement read to the court, the widow's daughter said her mother had been "frightened half to death" and had stopped sleeping upstairs for a month afterwards.

"She still checks the ceiling every morning," the statement said.

Keast was arrested in March 2025 after his bank froze his account. He was charged with fraud in September of that year.

The trial continues.
""",
        [
            c(None, "hears", 'Roofer told widow her chimney was "about to collapse"'),
            c("Roofer", "told", 'her chimney was "about to collapse"', n=0),
            c(
                None,
                "heard",
                'A ROOFER told an 83-year-old widow that her chimney was "about to collapse" on top of her and then charged her £14,500 for work that was never needed',
            ),
            c("A ROOFER", "told", 'that her chimney was "about to collapse" on top of her'),
            c(
                "prosecutor Simon Ashdown",
                "said",
                'Keast "picked people who lived alone, who were elderly and who he thought would never climb a ladder to check"',
            ),
            c(
                "Mr Ashdown",
                "told",
                [
                    '"He would knock on the door, point at a roof that was perfectly sound and tell them it was a danger to their lives,"',
                    '"Then he would name a price and ask for half of it in cash, that day."',
                ],
            ),
            c(
                None,
                "heard",
                "that the widow, who cannot be named for legal reasons, withdrew £7,000 from her building society the same afternoon and handed it over in a supermarket carrier bag",
            ),
            c(
                "Chartered surveyor Jonathan Pryce, who inspected five of the properties for the prosecution",
                "told",
                'he had found "no structural defect of any kind" in the widow\'s chimney',
            ),
            c("He", "said", "new lead flashing had been fitted at two of the homes"),
            c("He", "described", 'the rest of the work as "cosmetic at best"'),
            c(
                "Mr Pryce",
                "accepted",
                "that he had not been able to get into the loft space at two of the addresses",
            ),
            c(
                "He",
                "replied",
                'that it could, "but not in any of the ways the defendant described to these people"',
            ),
            c(
                "the widow's daughter",
                "said",
                'her mother had been "frightened half to death" and had stopped sleeping upstairs for a month afterwards',
            ),
            c("the statement", "said", '"She still checks the ceiling every morning,"'),
        ],
    ),
    article(
        "fresh26-council-saltby-parking",
        "council",
        "2026-02-20",
        """
Parking rise "will finish off" Harbour Street, traders tell council

By Tom Ellery, Local Democracy Reporting Service

CHARGES at Saltby's seafront car parks will rise from £1.80 to £3 an hour from April after councillors approved Saltby and Wending District Council's budget on Thursday night, despite traders warning that the increase could empty Harbour Street of shoppers.

A report to the full council estimated that the rise would bring in an extra £410,000 a year, closing roughly a third of the £1.2m gap in next year's budget.

Cabinet member for finance Cllr Ruth Maddox (Ind, Harbour) said the authority had "no good options left".

"Nobody sitting round this table wants to put charges up. But our grant from government has been cut in real terms for nine years running, and the car parks are one of the few things we actually control," she said.

Traders pack public gallery

Julie Harcourt, who has run the Lantern Gift Shop on Harbour Street for 22 years, told the meeting that footfall had already fallen sharply since the Saltby bypass opened in 2024.

"People will park for free at the retail park in Wending and they will not come back. You are not balancing a budget, you are closing a street," she said, to applause from the public gallery.

The Saltby Chamber of Trade's own survey of 48 businesses, published last month, found that two in three had seen takings fall over the past year and that one in eight expected to close by the summer.

Ms Harcourt asked whether the cabinet had modelled what would happen to business rates income if shops closed. Cllr Maddox said the report "did not go into that level of detail" but promised to bring figures to the next meeting of the scrutiny committee.

Opposition leader Cllr Peter Ransome (Saltby First, Wending North) moved that the parking element be deferred for three months to allow a consultation with traders. His amendment was defeated by 24 votes to 15.

He later called the decision "a tax on the people who can least avoid it" and said his group would bring the issue back "at every meeting until it is reversed".

The overall budget, which includes a 4.99 per cent rise in the district's share of council tax, was approved by 26 votes to 13, with two abstentions.

Council leader Cllr Anil Chaudhry is understood to have held private talks with the Chamber of Trade last week about a "first hour free" scheme for the town's smaller car parks. The council's press office declined to comment.

Harbour Street traders outside Saltby Town Hall before Thursday's meeting. Picture: Mercury

Read more: Saltby bypass finally opens, six months late and £4m over budget
""",
        [
            c("traders", "tell", 'Parking rise "will finish off" Harbour Street'),
            c("traders", "warning", "that the increase could empty Harbour Street of shoppers"),
            c(
                "A report to the full council",
                "estimated",
                "that the rise would bring in an extra £410,000 a year, closing roughly a third of the £1.2m gap in next year's budget",
            ),
            c(
                "Cabinet member for finance Cllr Ruth Maddox (Ind, Harbour)",
                "said",
                'the authority had "no good options left"',
            ),
            c(
                "she",
                "said",
                '"Nobody sitting round this table wants to put charges up. But our grant from government has been cut in real terms for nine years running, and the car parks are one of the few things we actually control,"',
            ),
            c(
                "Julie Harcourt, who has run the Lantern Gift Shop on Harbour Street for 22 years",
                "told",
                "that footfall had already fallen sharply since the Saltby bypass opened in 2024",
            ),
            c(
                "she",
                "said",
                '"People will park for free at the retail park in Wending and they will not come back. You are not balancing a budget, you are closing a street,"',
            ),
            c(
                "The Saltby Chamber of Trade's own survey of 48 businesses, published last month",
                "found",
                "that two in three had seen takings fall over the past year and that one in eight expected to close by the summer",
            ),
            c("Cllr Maddox", "said", 'the report "did not go into that level of detail"'),
            c(
                "Cllr Maddox",
                "promised",
                "to bring figures to the next meeting of the scrutiny committee",
            ),
            c(
                "Opposition leader Cllr Peter Ransome (Saltby First, Wending North)",
                "moved",
                "that the parking element be deferred for three months to allow a consultation with traders",
            ),
            c("He", "called", 'the decision "a tax on the people who can least avoid it"'),
            c(
                "He",
                "said",
                'his group would bring the issue back "at every meeting until it is reversed"',
            ),
            c(
                None,
                "is understood to",
                [
                    "Council leader Cllr Anil Chaudhry",
                    'have held private talks with the Chamber of Trade last week about a "first hour free" scheme for the town\'s smaller car parks',
                ],
            ),
        ],
    ),
    article(
        "fresh26-press-release-brightwell-bakery",
        "press-release",
        "2026-02-10",
        """
Brightwell Foods to build £18m bakery in Corringham, creating 240 jobs

PRESS RELEASE
FOR IMMEDIATE RELEASE

CORRINGHAM, 10 February 2026 – Brightwell Foods, the family-owned maker of Brightwell and Oven Lane breads, today announced an £18 million investment in a new bakery on the Corringham Gateway business park, creating 240 permanent jobs over the next three years.

The 9,000 square metre site will produce up to 1.2 million rolls and loaves a week at full capacity and will supply Brightwell's customers across the Midlands and the North of England.

Key facts

• 240 permanent roles, including 35 engineering and food-science apprenticeships
• Construction to start in May 2026, with first production planned for spring 2027
• Designed to run on 100% renewable electricity, with 4,000 solar panels on the roof
• Every role to be paid at least £1.50 an hour above the national living wage

"Corringham is where my grandfather opened his first shop in 1961, so this is a homecoming as much as an investment," said Eleanor Brightwell, chief executive of Brightwell Foods. "We looked at sites across the Midlands and the North, but nowhere else offered us the workforce, the road links and the welcome that we found here.

"We will recruit locally first. We want people who have never worked in food manufacturing to see this as a career, not a stopgap."

Corringham Borough Council granted outline planning permission for the scheme in December 2025.

Cllr Amrit Sandhu, leader of Corringham Borough Council, said: "This is the single biggest private investment in the borough for a decade and a vote of confidence in the people who live here."

Corringham College said it will launch a Level 3 food engineering course in September 2026 to train staff for the new site, with the first 20 places funded by Brightwell.

An independent study commissioned by the company from the Centre for Regional Economics at the University of Westhallam estimates that the bakery will add £31m a year to the local economy once fully operational, including spending in its supply chain.

Applicants are encouraged to register their interest at brightwellfoods.co.uk/careers. The first 60 vacancies will be advertised in March.

– ENDS –

Notes to editors

About Brightwell Foods
Founded in Corringham in 1961, Brightwell Foods is a third-generation family business employing 1,900 people at five sites. Its brands include Brightwell, Oven Lane and Little Crust, and it supplies bread to most of the country's major supermarkets.

Media contact
Sam Okoro, Head of Communications
press@brightwellfoods.co.uk | 01632 960 418
""",
        [
            c(
                "Brightwell Foods, the family-owned maker of Brightwell and Oven Lane breads",
                "announced",
                "an £18 million investment in a new bakery on the Corringham Gateway business park, creating 240 permanent jobs over the next three years",
            ),
            c(
                "Eleanor Brightwell, chief executive of Brightwell Foods",
                "said",
                [
                    '"Corringham is where my grandfather opened his first shop in 1961, so this is a homecoming as much as an investment,"',
                    '"We looked at sites across the Midlands and the North, but nowhere else offered us the workforce, the road links and the welcome that we found here.',
                    '"We will recruit locally first. We want people who have never worked in food manufacturing to see this as a career, not a stopgap."',
                ],
            ),
            c(
                "Cllr Amrit Sandhu, leader of Corringham Borough Council",
                "said",
                '"This is the single biggest private investment in the borough for a decade and a vote of confidence in the people who live here."',
            ),
            c(
                "Corringham College",
                "said",
                "it will launch a Level 3 food engineering course in September 2026 to train staff for the new site, with the first 20 places funded by Brightwell",
            ),
            c(
                "An independent study commissioned by the company from the Centre for Regional Economics at the University of Westhallam",
                "estimates",
                "that the bakery will add £31m a year to the local economy once fully operational, including spending in its supply chain",
            ),
            c(
                None,
                "are encouraged",
                ["Applicants", "to register their interest at brightwellfoods.co.uk/careers"],
            ),
        ],
    ),
    article(
        "fresh26-press-release-arogya-sathi",
        "press-release",
        "2026-08-22",
        """
Health Minister flags off 150 "Arogya Sathi" mobile clinics for remote blocks

Government of Madhyanchal
Department of Health and Family Welfare
Press Note No. 418/DIPR/2026

Devgarh, 22 August 2026

Hon'ble Minister for Health and Family Welfare Smt. Kavita Rao Patil today flagged off 150 "Arogya Sathi" mobile medical units from the Secretariat lawns. The units will provide free consultation, diagnostic tests and medicines in 61 tribal and remote development blocks of the State.

Addressing the gathering, the Minister said that no citizen of the State should have to travel more than 10 km for basic medical care and that the mobile units would "take the hospital to the doorstep of the last household".

"Good health cannot depend on which village a person is born in," the Minister said, adding that the units would also be used for school health check-ups during the summer vacation.

The Minister informed that each unit is staffed by a medical officer, a staff nurse, a laboratory technician and a pharmacist, and will visit each of its assigned villages at least twice a month on a fixed-day schedule.

Salient features of the scheme:

• 150 units covering 61 blocks in 14 districts
• 42 diagnostic tests and 171 essential medicines free of cost
• GPS tracking of every unit and tele-consultation with specialists at district hospitals
• Total outlay of Rs 186.40 crore over five years, including operation and maintenance

Principal Secretary (Health) Shri R. K. Bhandari apprised the gathering that the units had been piloted in Sonpur and Kalwara districts since January 2026, where they recorded over 1.1 lakh consultations and detected 3,400 new cases of hypertension and diabetes.

A baseline survey conducted by the State Institute of Health and Family Welfare in 2025 had found that nearly 38 per cent of households in the selected blocks lived more than 15 km from the nearest Primary Health Centre.

The Minister directed the District Collectors and Chief Medical and Health Officers to ensure that the fixed-day schedule of each unit is displayed at every gram panchayat office and announced in advance through ASHA workers. She also called upon public representatives to popularise the service among villagers, especially pregnant women and the elderly.

Another 30 units are expected to be added by December 2026.

MLAs of the concerned districts, Director (Health Services) Dr. Meena Kulkarni and senior officers of the Department were present on the occasion.

Citizens may call the toll-free helpline 104 to know the schedule of the unit serving their village.

Issued by: Deputy Director (PR), Directorate of Information and Public Relations, Madhyanchal
""",
        [
            c(
                "the Minister",
                "said",
                'that no citizen of the State should have to travel more than 10 km for basic medical care and that the mobile units would "take the hospital to the doorstep of the last household"',
            ),
            c(
                "the Minister",
                "said",
                '"Good health cannot depend on which village a person is born in,"',
            ),
            c(
                "the Minister",
                "adding",
                "that the units would also be used for school health check-ups during the summer vacation",
            ),
            c(
                "The Minister",
                "informed",
                "that each unit is staffed by a medical officer, a staff nurse, a laboratory technician and a pharmacist, and will visit each of its assigned villages at least twice a month on a fixed-day schedule",
            ),
            c(
                "Principal Secretary (Health) Shri R. K. Bhandari",
                "apprised",
                "that the units had been piloted in Sonpur and Kalwara districts since January 2026, where they recorded over 1.1 lakh consultations and detected 3,400 new cases of hypertension and diabetes",
            ),
            c(
                "A baseline survey conducted by the State Institute of Health and Family Welfare in 2025",
                "found",
                "that nearly 38 per cent of households in the selected blocks lived more than 15 km from the nearest Primary Health Centre",
            ),
            c(
                "The Minister",
                "directed",
                "the District Collectors and Chief Medical and Health Officers to ensure that the fixed-day schedule of each unit is displayed at every gram panchayat office and announced in advance through ASHA workers",
            ),
            c(
                "She",
                "called upon",
                "public representatives to popularise the service among villagers, especially pregnant women and the elderly",
            ),
            c(None, "are expected to", ["Another 30 units", "be added by December 2026"]),
        ],
    ),
    article(
        "fresh26-interview-dunleavy-lifeboats",
        "interview",
        "2026-09-05",
        """
"We are pulling the same people out of the same water": Moira Dunleavy on the busiest summer at sea

The head of the Coastal Volunteer Rescue Association says cuts to coastguard stations are leaving her volunteers to do the state's job. Interview by Helen Marsh

Moira Dunleavy has spent 31 years in lifeboats, the last six as chief executive of the Coastal Volunteer Rescue Association (CVRA), the charity whose 212 stations cover the shoreline from Port Carrick to the Skerrin Isles. Its annual report, published on Tuesday, shows that crews launched 3,914 times last year, up 23 per cent, and that more than a third of the people they rescued had been in the water within 200 metres of a lifeguarded beach.

We met at the charity's training base in Port Carrick, where she still takes her turn on the pager.

This interview has been edited for length and clarity.

Marsh: Nearly 4,000 launches. What is driving that?

Dunleavy: Three things, mostly. Hotter summers, cheap inflatable kit, and fewer professional eyes on the coast. When the government closed the Greyhaven and Salt Point coastguard stations, the watch moved 140 miles inland. The people in that control room are excellent, but they cannot see the water.

Marsh: Doesn't the Maritime Agency say the closures have made no difference to response times?

Dunleavy: It says that, and on its own measure it is right, because its clock starts when somebody phones. Our clock starts when somebody gets into trouble. A lot of the time now, nobody sees it happen.

Marsh: In March you told a committee of MPs that the service was "running on goodwill and diesel". Is that still true?

Dunleavy: It is truer. Fuel has gone up by 40 per cent in two years and we do not take a penny of public money. I am not asking for a handout. I am asking ministers to stop planning the coast as if a charity were part of the emergency services budget.

Marsh: Your report says one in three rescues was close to a lifeguarded beach. Why does that matter?

Dunleavy: Because it tells you those people thought they were safe. They had seen the flags, they had seen a lifeguard, and they assumed that meant the whole bay was covered. It does not. We need much better signage, and we need it before next summer.

Marsh: How are your volunteers coping?

Dunleavy: Some are exhausted. We had a crew at Ness Harbour launch four times in one night in August. One of my helms told me afterwards that he had gone back to work at seven the next morning without having slept, and that is not unusual.

Marsh: What would you say to someone heading to the beach this weekend?

Dunleavy: Swim between the flags, keep inflatables for the pool, and if you see someone in difficulty, call 999 and ask for the coastguard. Do not go in after them.

Moira Dunleavy at the CVRA training base in Port Carrick. Photograph: Ewan Rossiter

Read more: Three die in a weekend of rip currents on the west coast
""",
        [
            c("Moira Dunleavy", ":", '"We are pulling the same people out of the same water"'),
            c(
                "The head of the Coastal Volunteer Rescue Association",
                "says",
                "cuts to coastguard stations are leaving her volunteers to do the state's job",
            ),
            c(
                "Its annual report, published on Tuesday",
                "shows",
                "that crews launched 3,914 times last year, up 23 per cent, and that more than a third of the people they rescued had been in the water within 200 metres of a lifeguarded beach",
            ),
            qa(
                "Dunleavy",
                "Three things, mostly. Hotter summers, cheap inflatable kit, and fewer professional eyes on the coast. When the government closed the Greyhaven and Salt Point coastguard stations, the watch moved 140 miles inland. The people in that control room are excellent, but they cannot see the water.",
            ),
            qa(
                "Dunleavy",
                "It says that, and on its own measure it is right, because its clock starts when somebody phones. Our clock starts when somebody gets into trouble. A lot of the time now, nobody sees it happen.",
            ),
            qa(
                "Dunleavy",
                "It is truer. Fuel has gone up by 40 per cent in two years and we do not take a penny of public money. I am not asking for a handout. I am asking ministers to stop planning the coast as if a charity were part of the emergency services budget.",
            ),
            qa(
                "Dunleavy",
                "Because it tells you those people thought they were safe. They had seen the flags, they had seen a lifeguard, and they assumed that meant the whole bay was covered. It does not. We need much better signage, and we need it before next summer.",
            ),
            qa(
                "Dunleavy",
                "Some are exhausted. We had a crew at Ness Harbour launch four times in one night in August. One of my helms told me afterwards that he had gone back to work at seven the next morning without having slept, and that is not unusual.",
            ),
            qa(
                "Dunleavy",
                "Swim between the flags, keep inflatables for the pool, and if you see someone in difficulty, call 999 and ask for the coastguard. Do not go in after them.",
            ),
        ],
    ),
    article(
        "fresh26-live-blog-storm-corran",
        "live-blog",
        "2026-11-18",
        """
Storm Corran live: drivers told to stay off roads as 94mph gusts batter the north-east

Live updates as a red weather warning remains in force along the Fennshire coast

By Ruth Ogilvie, Joseph Amankwah and Lucy Tran

Key points

• A man in his 70s has died after a tree fell on his car near Kelburn, police say
• More than 60,000 homes without power, according to Eastern Grid
• All Northline Rail services north of Aldstow cancelled for the rest of the day
• Red warning for wind in place until 9pm

17.48
That is all from our live coverage for today. Thank you for following. Our colleagues will be back first thing tomorrow as the clean-up begins.

17.31
Northline Rail says services north of Aldstow will not run before midday tomorrow at the earliest, and that engineers will only be able to inspect the line once the wind drops below 50mph.

Several readers have asked whether their tickets will be valid on Thursday. The operator has not yet said.

17.05
The prime minister, Gillian Hart, has posted on social media: "My thoughts are with the family of the man who lost his life in Fennshire today, and with everyone facing a long night without power. Please follow the advice of the emergency services."

Ministers are understood to have convened a meeting of the government's civil contingencies committee for 8pm.

16.40
Eastern Grid now says more than 60,000 homes and businesses are without power, most of them in the Kelburn and Skelby areas. A spokesperson for the company declined to say when supplies would be restored to everyone, but said engineers were "working in conditions that are genuinely dangerous".

16.12
A reader in Aldstow, Priya, emails: "The roof of the bus shelter opposite our house just went sailing past the window. My children think it is the best day of their lives."

15.52
The Meteorological Agency's chief forecaster, Dr Alan Strachan, told a briefing that a gust of 94mph had been recorded at Skelby Head, the strongest on the Fennshire coast since 2011.

"The worst of it will pass through in the next three or four hours, but the wind will stay dangerous well into the night," he said. "Please do not go to the coast to watch the waves."

15.20
Fennshire Police said a man in his 70s had died after a tree fell on his car on the B6170 near Kelburn at about 1.30pm. His family have been informed.

Chief Superintendent Karen Boyle urged people not to travel unless their journey was "absolutely essential" and asked anyone who had to drive to "assume every road has something across it".

Correction, 15.35: an earlier version of this post said the Kelburn viaduct had collapsed. It has been closed as a precaution and has not collapsed. We apologise for the error.

14.55
Welcome to our live coverage of Storm Corran. The Meteorological Agency raised its warning to red at midday, meaning there is a danger to life from flying debris and large waves.
""",
        [
            c(None, "told", ["drivers", "to stay off roads"]),
            c(
                "police",
                "say",
                "A man in his 70s has died after a tree fell on his car near Kelburn",
            ),
            c("Eastern Grid", "according to", "More than 60,000 homes without power"),
            c(
                "Northline Rail",
                "says",
                "services north of Aldstow will not run before midday tomorrow at the earliest, and that engineers will only be able to inspect the line once the wind drops below 50mph",
            ),
            c(
                "The prime minister, Gillian Hart",
                "posted",
                '"My thoughts are with the family of the man who lost his life in Fennshire today, and with everyone facing a long night without power. Please follow the advice of the emergency services."',
            ),
            c(
                None,
                "are understood to",
                [
                    "Ministers",
                    "have convened a meeting of the government's civil contingencies committee for 8pm",
                ],
            ),
            c(
                "Eastern Grid",
                "says",
                "more than 60,000 homes and businesses are without power, most of them in the Kelburn and Skelby areas",
            ),
            c(
                "A spokesperson for the company",
                "said",
                'engineers were "working in conditions that are genuinely dangerous"',
            ),
            c(
                "A reader in Aldstow, Priya",
                "emails",
                '"The roof of the bus shelter opposite our house just went sailing past the window. My children think it is the best day of their lives."',
            ),
            c(
                "The Meteorological Agency's chief forecaster, Dr Alan Strachan",
                "told",
                "that a gust of 94mph had been recorded at Skelby Head, the strongest on the Fennshire coast since 2011",
            ),
            c(
                "he",
                "said",
                [
                    '"The worst of it will pass through in the next three or four hours, but the wind will stay dangerous well into the night,"',
                    '"Please do not go to the coast to watch the waves."',
                ],
            ),
            c(
                "Fennshire Police",
                "said",
                "a man in his 70s had died after a tree fell on his car on the B6170 near Kelburn at about 1.30pm",
            ),
            c(
                "Chief Superintendent Karen Boyle",
                "urged",
                'people not to travel unless their journey was "absolutely essential"',
            ),
            c(
                "Chief Superintendent Karen Boyle",
                "asked",
                'anyone who had to drive to "assume every road has something across it"',
            ),
            c("an earlier version of this post", "said", "the Kelburn viaduct had collapsed"),
        ],
    ),
    article(
        "fresh26-opinion-band-a-tariff",
        "opinion",
        "2026-10-12",
        """
Band A: Who exactly is getting 20 hours of light?

By Tunde Alabi-Cole

Every month, my neighbour in Oke-Mesi pays for electricity as if she lived in a five-star hotel. Her feeder is classified Band A, which under the current tariff order means she pays the highest rate in the country in exchange for at least 20 hours of supply a day. Last month she got nine. I know, because she writes the hours down in an exercise book.

She is not alone, and she is not imagining it.

The Electricity Regulatory Board (ERB) insists that Band A customers receive a minimum of 20 hours a day and that distribution companies which fall short are "promptly downgraded". The Minister of Power, Dr Sadiq Olowo-Bakare, went further when he appeared before the Senate committee on power in October. Compliance, he told senators, was "above 90 per cent nationwide".

I would very much like to see those figures.

A survey of 2,300 households by the Consumer Rights Forum, published last week, found that only one in four Band A customers in the Oke-Mesi and Ijanikin districts received even 16 hours of supply on a typical day. Nearly half said they had complained to their distribution company and heard nothing back.

The distribution companies, for their part, claim that gas shortages at the generating plants, not their own networks, are to blame. The trouble is that the regulator's own 2024 order states plainly that a feeder which fails to meet its band for two consecutive weeks must be downgraded within seven days, whatever the cause.

A senior official at one of the companies, who asked not to be named because he is not authorised to speak to journalists, conceded that "some feeders are Band A on paper only". He said the companies had little incentive to reclassify them because Band A customers "carry the whole balance sheet".

Ask the traders

At Oja-Tuntun market, the cold-room operators keep their own records, because their livelihood depends on them. Mama Bisi, who has sold frozen fish there for 19 years, told me she now spends more on diesel for her generator than on rent.

"They call it Band A. I call it Band Ajo. You contribute every month and you wait for your turn," she said.

None of this is complicated. The regulator publishes an annual report; it could just as easily publish feeder-by-feeder supply figures every month. The ERB has not ruled out doing so, which is something.

I am asking the Board to do it before the next tariff review, not after. And the lawmakers who will sit on that review should demand the figures before they approve a single kobo more.

Until then, my neighbour will keep her exercise book. I suspect she will need a new one soon.

Tunde Alabi-Cole is a public policy analyst and writes from Oke-Mesi. Views expressed in this column are his own.
""",
        [
            c(
                "The Electricity Regulatory Board (ERB)",
                "insists",
                'that Band A customers receive a minimum of 20 hours a day and that distribution companies which fall short are "promptly downgraded"',
            ),
            c("he", "told", ["Compliance", 'was "above 90 per cent nationwide"']),
            c(
                "A survey of 2,300 households by the Consumer Rights Forum, published last week",
                "found",
                "that only one in four Band A customers in the Oke-Mesi and Ijanikin districts received even 16 hours of supply on a typical day",
            ),
            c(
                "Nearly half",
                "said",
                "they had complained to their distribution company and heard nothing back",
            ),
            c(
                "The distribution companies",
                "claim",
                "that gas shortages at the generating plants, not their own networks, are to blame",
            ),
            c(
                "the regulator's own 2024 order",
                "states",
                "that a feeder which fails to meet its band for two consecutive weeks must be downgraded within seven days, whatever the cause",
            ),
            c(
                "A senior official at one of the companies, who asked not to be named because he is not authorised to speak to journalists",
                "conceded",
                'that "some feeders are Band A on paper only"',
            ),
            c(
                "He",
                "said",
                'the companies had little incentive to reclassify them because Band A customers "carry the whole balance sheet"',
            ),
            c(
                "Mama Bisi, who has sold frozen fish there for 19 years",
                "told",
                "she now spends more on diesel for her generator than on rent",
            ),
            c(
                "she",
                "said",
                '"They call it Band A. I call it Band Ajo. You contribute every month and you wait for your turn,"',
            ),
        ],
    ),
    article(
        "fresh26-business-suryaprabha-q2",
        "business",
        "2026-10-27",
        """
Suryaprabha Cement Q2 profit falls 18%; demand to pick up after monsoon, says MD

Our Bureau

Navapur, October 27

Suryaprabha Cement Ltd's consolidated net profit fell 18 per cent year-on-year to Rs 412 crore in the July-September quarter as an extended monsoon hit construction activity in its core markets, the company said in a stock exchange filing on Tuesday.

Revenue from operations rose 3.2 per cent to Rs 5,236 crore, while sales volumes were flat at 8.1 million tonnes. Earnings before interest, tax, depreciation and amortisation (EBITDA) per tonne slipped to Rs 912 from Rs 1,048 a year earlier.

The board approved an interim dividend of Rs 6 per share.

'Temporary blip'

Managing Director Vikram Oberoi-Nair told analysts on an earnings call that the decline was "a temporary blip, not a trend" and that dealers in the western and central regions had already seen a pick-up in orders since the second week of October.

"The rains were longer and heavier than anything we have seen in a decade. Sites simply stopped. But the order book for the third quarter is the strongest we have had," he said.

Asked whether the company would raise prices to protect margins, Mr Oberoi-Nair said a hike of Rs 10-15 a bag had been "attempted in some markets" but that the company would "not chase price at the cost of share".

He also said Suryaprabha had cut its capital expenditure guidance for FY27 to Rs 1,500 crore from Rs 1,800 crore, deferring a planned clinker line at Bhimgarh by about nine months.

Analysts' view

Analysts at Kesari Securities estimated that cement demand would grow 7-8 per cent in the second half of the fiscal, helped by a backlog of government housing and road projects.

"The quarter was weak, but it was weak for the whole sector. We would watch the fuel cost line more closely than volumes," said Neha Jaiswal, a research analyst at the brokerage.

According to a note from Ananta Capital, pet coke prices have risen nearly 14 per cent since July, which could squeeze margins further in the December quarter.

Suryaprabha is reportedly in talks to acquire a 3-million-tonne grinding unit in the eastern region from a distressed smaller rival. A company spokesperson declined to comment, citing the company's policy on market speculation.

Shares of Suryaprabha closed 2.4 per cent lower at Rs 1,862 on Tuesday, ahead of the results.
""",
        [
            c("MD", "says", "demand to pick up after monsoon"),
            c(
                "the company",
                "said",
                "Suryaprabha Cement Ltd's consolidated net profit fell 18 per cent year-on-year to Rs 412 crore in the July-September quarter as an extended monsoon hit construction activity in its core markets",
            ),
            c(
                "Managing Director Vikram Oberoi-Nair",
                "told",
                'that the decline was "a temporary blip, not a trend" and that dealers in the western and central regions had already seen a pick-up in orders since the second week of October',
            ),
            c(
                "he",
                "said",
                '"The rains were longer and heavier than anything we have seen in a decade. Sites simply stopped. But the order book for the third quarter is the strongest we have had,"',
            ),
            c(
                "Mr Oberoi-Nair",
                "said",
                'a hike of Rs 10-15 a bag had been "attempted in some markets" but that the company would "not chase price at the cost of share"',
            ),
            c(
                "He",
                "said",
                "Suryaprabha had cut its capital expenditure guidance for FY27 to Rs 1,500 crore from Rs 1,800 crore, deferring a planned clinker line at Bhimgarh by about nine months",
            ),
            c(
                "Analysts at Kesari Securities",
                "estimated",
                "that cement demand would grow 7-8 per cent in the second half of the fiscal, helped by a backlog of government housing and road projects",
            ),
            c(
                "Neha Jaiswal, a research analyst at the brokerage",
                "said",
                '"The quarter was weak, but it was weak for the whole sector. We would watch the fuel cost line more closely than volumes,"',
            ),
            c(
                "a note from Ananta Capital",
                "According to",
                "pet coke prices have risen nearly 14 per cent since July, which could squeeze margins further in the December quarter",
            ),
            c(
                None,
                "reportedly",
                [
                    "Suryaprabha is",
                    "in talks to acquire a 3-million-tonne grinding unit in the eastern region from a distressed smaller rival",
                ],
            ),
        ],
    ),
    article(
        "fresh26-sport-castlebridge-harwick",
        "sport",
        "2026-03-08",
        """
Llewellyn hails "proper performance" as ten-man Castlebridge edge Harwick

Castlebridge United 2 Harwick Athletic 1

By Owen Pritchard at Riverside Park

Gareth Llewellyn described his side's display as "a proper performance, the kind you frame" after ten-man Castlebridge United came from behind to beat Harwick Athletic and climb to fourth in the table.

Harwick led through Tomasz Wrona's header after 23 minutes, and Castlebridge were reduced to ten men before half-time when captain Dean Okwuosa was shown a second yellow card for a late challenge on Wrona.

But Kyle Mensah levelled from the spot on 58 minutes after referee Paul Hennessey awarded a penalty for handball against Harwick defender Luca Ferraro, and substitute Jay Thorne volleyed the winner eight minutes from time.

"I've been in football 25 years and I don't think I've been prouder of a group of players," Llewellyn said. "To go down to ten against a side like that and keep believing, keep running, that says everything about the dressing room."

The Castlebridge manager conceded that Okwuosa's second booking was "probably fair", but insisted the first, for dissent, had been "soft as butter".

Harwick boss Steve Annan was in no mood to be generous about the penalty. "He's not even looking at the ball. His arm is by his side. I've watched it six times and I still don't know what the referee saw," he said.

Asked whether he would seek an explanation from the referees' body, Annan said he would "let the club handle it" and did not want to be fined for speaking his mind.

Ferraro later wrote on social media: "Arm by side. Explain that one."

The Professional Referees' Board declined to comment ahead of its weekly review panel.

The win lifts Castlebridge above Harwick on goal difference. Llewellyn's side have now taken 13 points from their last five matches, and the club is understood to be preparing a new contract offer for the 19-year-old Thorne, whose current deal expires in the summer.

Meanwhile, Harwick are reportedly close to agreeing a £6m fee with Portmoor Rovers for their midfielder Sam Quayle.

Player ratings: Castlebridge – Ellis 7, Burke 6, Okwuosa 5, Mensah 8, Thorne 8. Harwick – Dowd 6, Ferraro 5, Wrona 7, Quayle 7.

FULL TIME: Castlebridge United 2 (Mensah pen 58, Thorne 82) Harwick Athletic 1 (Wrona 23)
""",
        [
            c("Llewellyn", "hails", '"proper performance"'),
            c(
                "Gareth Llewellyn",
                "described",
                'his side\'s display as "a proper performance, the kind you frame"',
            ),
            c(
                "Llewellyn",
                "said",
                [
                    "\"I've been in football 25 years and I don't think I've been prouder of a group of players,\"",
                    '"To go down to ten against a side like that and keep believing, keep running, that says everything about the dressing room."',
                ],
            ),
            c(
                "The Castlebridge manager",
                "conceded",
                'that Okwuosa\'s second booking was "probably fair"',
            ),
            c(
                "The Castlebridge manager",
                "insisted",
                'the first, for dissent, had been "soft as butter"',
            ),
            c(
                "he",
                "said",
                "\"He's not even looking at the ball. His arm is by his side. I've watched it six times and I still don't know what the referee saw,\"",
            ),
            c(
                "Annan",
                "said",
                'he would "let the club handle it" and did not want to be fined for speaking his mind',
            ),
            c("Ferraro", "wrote", '"Arm by side. Explain that one."'),
            c(
                None,
                "is understood to",
                [
                    "the club",
                    "be preparing a new contract offer for the 19-year-old Thorne, whose current deal expires in the summer",
                ],
                n=1,
            ),
            c(
                None,
                "reportedly",
                [
                    "Harwick are",
                    "close to agreeing a £6m fee with Portmoor Rovers for their midfielder Sam Quayle",
                ],
            ),
        ],
    ),
    article(
        "fresh26-foreign-tarema-election",
        "foreign",
        "2026-11-23",
        """
Tarema poll marred by "serious irregularities", say regional observers

By Ifeoma Nwachukwu, with agency reports

PORT SELA, Nov 22 - The main opposition party in Tarema has rejected results that the National Electoral Authority (NEA) says gave President Augustin Kossivi-Dako a third term with 58.3 per cent of the vote, and called on its supporters to stay at home on Monday in protest.

The Movement for Democratic Renewal (MDR), whose candidate Honorine Abessolo-Tine came second with 36.9 per cent, said in a statement that its own tally from 71 per cent of polling stations showed her ahead, and that it would not recognise "a result manufactured in the back rooms of the NEA".

"We won this election. The people of Tarema know it, the observers know it, and the government knows it," Ms Abessolo-Tine told supporters at the party's headquarters in Port Sela on Saturday.

Observers' findings

In a preliminary report released on Saturday, the West African Regional Community (WARC) observer mission said it had found "serious irregularities" in the collation of results in four of the country's nine provinces, including tally sheets that did not match the figures posted at polling stations.

The head of the mission, Dr Kwesi Amankona-Fofie, a former chief justice of Dalumbia, told reporters the mission was "not in a position to say whether the irregularities changed the outcome", but called on the NEA to publish results polling station by polling station.

Government spokesman Felix Ondoua-Meka denied that there had been any manipulation and said the opposition was "preparing the ground for violence". The NEA declined to comment on the observers' findings.

Several opposition activists are said to have been detained in the northern city of Gadoua overnight. Internet monitoring group OpenLine Monitor said mobile data had been restricted across much of the country since Friday evening.

The MDR said it would not take its case to the Constitutional Council. Its secretary-general, Paul Nzenga, called the court "the president's friends in robes".

Citizens advised

The Ministry of Foreign Affairs on Sunday advised citizens living in Tarema to avoid public gatherings and to register with the embassy in Port Sela. An estimated 40,000 citizens live in Tarema, according to embassy figures.

Mr Kossivi-Dako, 71, has ruled Tarema since 2012. He is expected to be sworn in on December 3.
""",
        [
            c("regional observers", "say", 'Tarema poll marred by "serious irregularities"'),
            c(
                "the National Electoral Authority (NEA)",
                "says",
                [
                    "results that",
                    "gave President Augustin Kossivi-Dako a third term with 58.3 per cent of the vote",
                ],
            ),
            c(
                "The main opposition party in Tarema",
                "called on",
                "its supporters to stay at home on Monday in protest",
            ),
            c(
                "The Movement for Democratic Renewal (MDR), whose candidate Honorine Abessolo-Tine came second with 36.9 per cent",
                "said",
                'that its own tally from 71 per cent of polling stations showed her ahead, and that it would not recognise "a result manufactured in the back rooms of the NEA"',
            ),
            c("its own tally from 71 per cent of polling stations", "showed", "her ahead"),
            c(
                "Ms Abessolo-Tine",
                "told",
                '"We won this election. The people of Tarema know it, the observers know it, and the government knows it,"',
            ),
            c(
                "the West African Regional Community (WARC) observer mission",
                "said",
                'it had found "serious irregularities" in the collation of results in four of the country\'s nine provinces, including tally sheets that did not match the figures posted at polling stations',
            ),
            c(
                "The head of the mission, Dr Kwesi Amankona-Fofie, a former chief justice of Dalumbia",
                "told",
                'the mission was "not in a position to say whether the irregularities changed the outcome"',
            ),
            c(
                "The head of the mission, Dr Kwesi Amankona-Fofie, a former chief justice of Dalumbia",
                "called on",
                "the NEA to publish results polling station by polling station",
            ),
            c(
                "Government spokesman Felix Ondoua-Meka",
                "denied",
                "that there had been any manipulation",
            ),
            c(
                "Government spokesman Felix Ondoua-Meka",
                "said",
                'the opposition was "preparing the ground for violence"',
            ),
            c(
                None,
                "are said to",
                [
                    "Several opposition activists",
                    "have been detained in the northern city of Gadoua overnight",
                ],
            ),
            c(
                "Internet monitoring group OpenLine Monitor",
                "said",
                "mobile data had been restricted across much of the country since Friday evening",
            ),
            c("The MDR", "said", "it would not take its case to the Constitutional Council"),
            c(
                "Its secretary-general, Paul Nzenga",
                "called",
                'the court "the president\'s friends in robes"',
            ),
            c(
                "The Ministry of Foreign Affairs",
                "advised",
                "citizens living in Tarema to avoid public gatherings and to register with the embassy in Port Sela",
            ),
            c("embassy figures", "according to", "An estimated 40,000 citizens live in Tarema"),
            c(None, "is expected to", ["He", "be sworn in on December 3"]),
        ],
    ),
]
