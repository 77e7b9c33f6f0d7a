"""A held-out set of invented news articles and their attributions, as strings (fresh17).

Written on 2026-12-05 blind to claimx's rules (the annotator neither ran claimx nor read its
source, its tests or the other sets) and never to be used for tuning. Every article, person,
organisation, place and quotation here is invented (MIT, like the project). ``build.py --set
fresh17`` turns these into ``fresh17.jsonl`` with exact spans; the conventions are in
docs/evaldata-news.md.

Twelve articles of 284 to 512 words (wire 2, one a police story; courts 2; council; press release;
a Q:/A: interview; live blog; opinion; business; health; sport) in American (AP style, a
small-town daily), Canadian and Filipino house styles and registers.
"""

# ruff: noqa: E501 (article text: one paragraph a line)
from __future__ import annotations

from typing import Any

from articles import article, c

ARTICLES: list[dict[str, Any]] = [
    article(
        "fresh17-wire-church-copper-thefts",
        "wire",
        "2026-11-17",
        """
Copper thieves hit three rural churches in a week, sheriff says

By MEGAN TRASK
Ledger-Courier staff writer

HOLLIS TOWNSHIP — Thieves cut copper piping and wiring from three country churches in northern Tamsin County over the past week, causing an estimated $60,000 in damage, Sheriff Arnold Pruett said Monday.

The most recent break-in was discovered Sunday morning when members of Bethel Grove Methodist Church arrived for services and found the building without heat, Pruett told the Ledger-Courier.

"They took everything they could reach from the crawl space," said the Rev. Carol Anne Visser, who has led the congregation for 11 years. "We had 40 people sitting in their coats singing hymns. You laugh so you don't cry."

PHOTO: The Rev. Carol Anne Visser points to where copper lines were cut beneath Bethel Grove Methodist Church on Monday. (Megan Trask / Ledger-Courier)

Deputies believe the same people are responsible for all three thefts, according to an incident report released Tuesday. The report says the thieves appear to have used a battery-powered saw and left behind a pair of bolt cutters at Shiloh Free Will Baptist Church on County Road 9.

Asked whether the thefts could be linked to a similar string of break-ins in neighboring Corbin County last winter, Pruett said it was too early to tell.

Pruett asked anyone who noticed vehicles parked near the churches late at night to call the sheriff's tip line at 555-0142.

"Scrap yards are supposed to check ID and keep records, and most of them do," he said. "We are going to be visiting the ones that don't."

A man who answered the phone at Kessler Salvage in Lorne Crossing declined to comment. Last spring, a Wexford man was charged with felony theft after deputies found 400 pounds of stripped wire in his barn. That case is pending.

Insurance questions

Church leaders say the damage may not be fully covered. Visser said her church's policy carries a $10,000 deductible for theft. The congregation of about 70 has started an online fundraiser.

Jim Ostrander, an elder at Shiloh Free Will Baptist, estimated the repairs there alone would run close to $25,000.

"We're a small church. Most Sundays the plate doesn't cover the light bill," Ostrander said.

Tamsin County commissioners are expected to discuss a reward at their meeting Thursday.

Related: County weighs tougher rules for scrap metal buyers
""",
        [
            c("sheriff", "says", "Copper thieves hit three rural churches in a week"),
            c(
                "Sheriff Arnold Pruett",
                "said",
                "Thieves cut copper piping and wiring from three country churches in northern Tamsin County over the past week, causing an estimated $60,000 in damage",
            ),
            c(
                "Pruett",
                "told",
                "The most recent break-in was discovered Sunday morning when members of Bethel Grove Methodist Church arrived for services and found the building without heat",
            ),
            c(
                "the Rev. Carol Anne Visser, who has led the congregation for 11 years",
                "said",
                [
                    '"They took everything they could reach from the crawl space,"',
                    '"We had 40 people sitting in their coats singing hymns. You laugh so you don\'t cry."',
                ],
            ),
            c(
                "an incident report released Tuesday",
                "according to",
                "Deputies believe the same people are responsible for all three thefts",
            ),
            c(
                "The report",
                "says",
                "the thieves appear to have used a battery-powered saw and left behind a pair of bolt cutters at Shiloh Free Will Baptist Church on County Road 9",
            ),
            c("Pruett", "said", "it was too early to tell"),
            c(
                "Pruett",
                "asked",
                "anyone who noticed vehicles parked near the churches late at night to call the sheriff's tip line at 555-0142",
            ),
            c(
                "he",
                "said",
                [
                    '"Scrap yards are supposed to check ID and keep records, and most of them do,"',
                    '"We are going to be visiting the ones that don\'t."',
                ],
            ),
            c("Church leaders", "say", "the damage may not be fully covered"),
            c("Visser", "said", "her church's policy carries a $10,000 deductible for theft"),
            c(
                "Jim Ostrander, an elder at Shiloh Free Will Baptist",
                "estimated",
                "the repairs there alone would run close to $25,000",
            ),
            c(
                "Ostrander",
                "said",
                "\"We're a small church. Most Sundays the plate doesn't cover the light bill,\"",
            ),
            c(
                None,
                "are expected to",
                ["Tamsin County commissioners", "discuss a reward at their meeting Thursday"],
            ),
        ],
    ),
    article(
        "fresh17-courts-dike-graft-case",
        "courts",
        "2026-11-24",
        """
Ex-mayor’s graft case over ₱48-M dike to proceed, court rules

By Ma. Theresa Dizon-Lacson
Correspondent

SAN BENILDO, Isabela — A regional trial court here has denied a motion by former mayor Rodolfo “Dodong” Abellera to dismiss the graft charges filed against him over a ₱48-million river dike that collapsed less than a year after it was completed.

In a 14-page resolution dated Nov. 20, Judge Perlita Manalastas-Ybañez of the Regional Trial Court Branch 31 held that the prosecution’s evidence, if unrebutted, was “sufficient to sustain a conviction” and that the case should go to trial.

Abellera, who served three terms until 2025, is accused of approving full payment to contractor Northgate Builders Corp. even though the dike was only 60 percent complete, according to the charge sheet.

His lawyer, Atty. Gregorio Salcedo Jr., argued in his motion that the former mayor relied in good faith on completion certificates signed by the municipal engineer.

But the court said good faith “is a matter of defense to be threshed out during trial, not a ground for dismissal.”

‘Not a single centavo’

“We respect the court, but we believe the resolution overlooked key documents,” Salcedo told the Tribune in a phone interview. “My client did not pocket a single centavo.”

He said the defense would file a motion for reconsideration within the 15-day period.

Abellera, now a provincial board member, has denied that he received any kickbacks from the contractor. He did not answer calls and text messages on Monday.

Provincial prosecutor Celso Dimaculangan welcomed the ruling, calling it “a message to every local official that public works are not piggy banks.”

Co-accused Arnulfo Tabangcura, the former municipal engineer, has yet to be arraigned. He reportedly left for the Middle East in 2025.

Northgate Builders did not respond to a request for comment sent to its office in Cauayan Norte.

Residents of Barangay Dalig Norte, where the dike gave way during Typhoon Amihan in 2024, packed the courtroom gallery for the hearing.

“Every rainy season we pack our things and wait on the roof,” said Lorna Pagulayan, 52, a fish vendor whose house near the riverbank was swept away. “We just want someone to answer for it,” she added in Filipino.

Barangay captain Edwin Mabini said at least 40 families had yet to return to their homes and urged the provincial government to finish the repairs before the next rainy season.

The arraignment of Abellera and Tabangcura is set for Jan. 14.

RELATED: Villagers rebuild on their own after dike collapse
""",
        [
            c("court", "rules", "Ex-mayor’s graft case over ₱48-M dike to proceed"),
            c(
                "Judge Perlita Manalastas-Ybañez of the Regional Trial Court Branch 31",
                "held",
                "that the prosecution’s evidence, if unrebutted, was “sufficient to sustain a conviction” and that the case should go to trial",
            ),
            c(
                "the charge sheet",
                "according to",
                "Abellera, who served three terms until 2025, is accused of approving full payment to contractor Northgate Builders Corp. even though the dike was only 60 percent complete",
            ),
            c(
                "His lawyer, Atty. Gregorio Salcedo Jr.",
                "argued",
                "that the former mayor relied in good faith on completion certificates signed by the municipal engineer",
            ),
            c(
                "the court",
                "said",
                "good faith “is a matter of defense to be threshed out during trial, not a ground for dismissal.”",
            ),
            c(
                "Salcedo",
                "told",
                [
                    "“We respect the court, but we believe the resolution overlooked key documents,”",
                    "“My client did not pocket a single centavo.”",
                ],
            ),
            c(
                "He",
                "said",
                "the defense would file a motion for reconsideration within the 15-day period",
            ),
            c(
                "Abellera, now a provincial board member",
                "denied",
                "that he received any kickbacks from the contractor",
            ),
            c(
                "Provincial prosecutor Celso Dimaculangan",
                "calling",
                "it “a message to every local official that public works are not piggy banks.”",
            ),
            c(
                None,
                "reportedly",
                ["He", "left for the Middle East in 2025"],
                near="He reportedly left for the Middle East in 2025",
            ),
            c(
                "Lorna Pagulayan, 52, a fish vendor whose house near the riverbank was swept away",
                "said",
                "“Every rainy season we pack our things and wait on the roof,”",
            ),
            c("she", "added", "“We just want someone to answer for it,”"),
            c(
                "Barangay captain Edwin Mabini",
                "said",
                "at least 40 families had yet to return to their homes",
            ),
            c(
                "Barangay captain Edwin Mabini",
                "urged",
                "the provincial government to finish the repairs before the next rainy season",
            ),
        ],
    ),
    article(
        "fresh17-council-short-term-rentals",
        "council",
        "2026-12-02",
        """
Kelvin Harbour council delays vote on short-term rental cap

Operators and tenants pack council chambers; decision pushed to January

By Siobhan MacAskill
The Harbour Beacon

KELVIN HARBOUR, N.S. — Town council has put off a decision on limiting short-term rentals until January after a packed public meeting Monday night that ran past 11 p.m.

A staff report presented at the meeting estimates that 312 homes in the town are listed on short-term rental platforms, up from 190 in 2023. It recommends capping licences at 250 and requiring operators to live on the property for at least six months of the year.

Planning director Anil Chaudhary told council the cap would return "somewhere between 40 and 60" units to the long-term market over three years. He conceded the estimate was "a range, not a promise."

Coun. Darlene Fougère said she had heard from nurses at the regional hospital who could not find a place to live within 30 kilometres of town.

"We are renting our town out by the night and then wondering why nobody can stay," she said.

Several operators spoke against the proposal. Marcel Thibodeau, who rents two cottages on Shore Road, argued that most short-term units were seasonal properties that would never be rented year-round anyway.

"You are going to punish the people who actually bring money into this town in the shoulder season," he told council.

Resident Rhonda Pike asked council why the town had not enforced the licensing rules it already has.

Mayor Glen Urquhart said the town had issued 14 warnings and no fines since the licensing bylaw took effect in 2024.

"That is embarrassing, and it's on us," he said.

Deferred to January

Coun. Pierre LeBlanc moved that the item be deferred to the Jan. 12 meeting so staff could report on how a cap would be enforced. Council voted 5-2 in favour, with Fougère and Coun. Amy Sandford opposed.

Sandford called the delay "one more winter of the same."

The province is expected to release its own short-term rental rules in the spring. That could make parts of a town bylaw redundant, Chaudhary warned.

Council also approved a $48,000 contract for new playground equipment at Wharf Park.

Correction: An earlier version of this story gave the wrong date for council's next regular meeting. It is Jan. 12.
""",
        [
            c(
                "A staff report presented at the meeting",
                "estimates",
                "that 312 homes in the town are listed on short-term rental platforms, up from 190 in 2023",
            ),
            c(
                "It",
                "recommends",
                "capping licences at 250 and requiring operators to live on the property for at least six months of the year",
            ),
            c(
                "Planning director Anil Chaudhary",
                "told",
                'the cap would return "somewhere between 40 and 60" units to the long-term market over three years',
            ),
            c("He", "conceded", 'the estimate was "a range, not a promise."'),
            c(
                "Coun. Darlene Fougère",
                "said",
                "she had heard from nurses at the regional hospital who could not find a place to live within 30 kilometres of town",
            ),
            c(
                "she",
                "said",
                '"We are renting our town out by the night and then wondering why nobody can stay,"',
            ),
            c(
                "Marcel Thibodeau, who rents two cottages on Shore Road",
                "argued",
                "that most short-term units were seasonal properties that would never be rented year-round anyway",
            ),
            c(
                "he",
                "told",
                '"You are going to punish the people who actually bring money into this town in the shoulder season,"',
            ),
            c(
                "Mayor Glen Urquhart",
                "said",
                "the town had issued 14 warnings and no fines since the licensing bylaw took effect in 2024",
            ),
            c("he", "said", '"That is embarrassing, and it\'s on us,"'),
            c(
                "Coun. Pierre LeBlanc",
                "moved",
                "that the item be deferred to the Jan. 12 meeting so staff could report on how a cap would be enforced",
            ),
            c("Sandford", "called", 'the delay "one more winter of the same."'),
            c(
                None,
                "is expected to",
                ["The province", "release its own short-term rental rules in the spring"],
            ),
            c("Chaudhary", "warned", "That could make parts of a town bylaw redundant"),
        ],
    ),
    article(
        "fresh17-courts-soccer-league-theft",
        "courts",
        "2026-10-30",
        """
Ex-treasurer of youth soccer league gets 3 years for taking $212,000

By DEVON ALCOTT
Gazette-Journal courts reporter

A former treasurer of the Marlow Valley Youth Soccer Association was sentenced Thursday to three years in prison for stealing more than $212,000 from the league over six years.

Janine Roebuck, 46, of East Larkin, pleaded guilty in September to one count of theft by deception. Prosecutors said she wrote 143 checks to herself and disguised them as payments for referees, field rentals and uniforms.

Marlow County Circuit Judge Harold Kinsella said the amount and the length of time made probation impossible to justify.

"This was not one bad decision. This was a decision you made every few weeks for six years," Kinsella told Roebuck before handing down the sentence.

Kinsella also ordered her to repay the full amount. She will be eligible for parole after 14 months.

Defense attorney Marcus Feld had asked the judge to sentence Roebuck to five years of probation, arguing that she could not repay anyone from a prison cell. He told the court his client had been in treatment for a gambling addiction since her arrest and had already returned $18,000.

'She sat at the same bake sales'

Several parents and former players spoke at the hearing. Tom Brauer, the league's current president, read a statement from the board saying the theft had forced the league to cancel its travel program for two seasons and raise registration fees by $40 a child.

"Kids in this valley learned to play on fields we could barely afford to line," Brauer said. "She knew that. She sat at the same bake sales we did."

An audit commissioned by the league last year found that the missing money had passed through at least four personal bank accounts. The league now requires two signatures on every check, Brauer said.

Roebuck, in a county jail uniform, turned to face the gallery.

"I have no excuse. I am ashamed, and I will pay back every cent," she said, her voice breaking.

Feld said after the hearing that his client accepted the sentence and would not appeal. Assistant District Attorney Lena Hollis declined to say whether anyone else on the former board would face charges.

Editor's note: Gazette-Journal sports editor Rick Danner coached in the Marlow Valley league from 2015 to 2019 and did not take part in editing this story.
""",
        [
            c(
                "Prosecutors",
                "said",
                "she wrote 143 checks to herself and disguised them as payments for referees, field rentals and uniforms",
            ),
            c(
                "Marlow County Circuit Judge Harold Kinsella",
                "said",
                "the amount and the length of time made probation impossible to justify",
            ),
            c(
                "Kinsella",
                "told",
                '"This was not one bad decision. This was a decision you made every few weeks for six years,"',
            ),
            c("Kinsella", "ordered", "her to repay the full amount"),
            c(
                "Defense attorney Marcus Feld",
                "asked",
                "the judge to sentence Roebuck to five years of probation",
            ),
            c(
                "Defense attorney Marcus Feld",
                "arguing",
                "that she could not repay anyone from a prison cell",
            ),
            c(
                "He",
                "told",
                "his client had been in treatment for a gambling addiction since her arrest and had already returned $18,000",
            ),
            c(
                "a statement from the board",
                "saying",
                "the theft had forced the league to cancel its travel program for two seasons and raise registration fees by $40 a child",
            ),
            c(
                "Brauer",
                "said",
                [
                    '"Kids in this valley learned to play on fields we could barely afford to line,"',
                    '"She knew that. She sat at the same bake sales we did."',
                ],
            ),
            c(
                "An audit commissioned by the league last year",
                "found",
                "that the missing money had passed through at least four personal bank accounts",
            ),
            c("Brauer", "said", "The league now requires two signatures on every check"),
            c("she", "said", '"I have no excuse. I am ashamed, and I will pay back every cent,"'),
            c("Feld", "said", "that his client accepted the sentence and would not appeal"),
        ],
    ),
    article(
        "fresh17-press-release-salad-plant",
        "press-release",
        "2026-10-06",
        """
Calloway Fresh Foods to Build $38 Million Processing Plant in Brenner County, Creating 210 Jobs

Family-owned producer's fourth facility will buy from growers within 150 miles

BRENNER, Ky., Oct. 6, 2026 /PRNewsline/ -- Calloway Fresh Foods, a family-owned producer of packaged salads and fresh-cut vegetables, today announced plans to build a $38 million processing facility in the Brenner Commerce Park, creating approximately 210 full-time jobs over the next three years.

"Brenner has the workforce, the highway access and the water we need," said Teresa Calloway-Hunt, chief executive officer of Calloway Fresh Foods. "This is the third generation of our family building something that lasts, and we wanted to do it in a community that shares those values."

Facility highlights:

- A 185,000-square-foot plant on 42 acres
- Two processing lines, with room for a third
- Starting wages of $19.50 an hour, plus health and retirement benefits
- Construction to begin in spring 2027, with production starting by late 2028

The company estimates the plant will buy more than $12 million of produce a year from farms within 150 miles of Brenner.

"Two hundred jobs in a county of 19,000 people is not a small thing," said Walt Ames, Brenner County judge-executive. "We've been working with the Calloway family for almost two years to get here, and I want to thank our state partners for sticking with it."

The state Economic Development Finance Authority has given preliminary approval to up to $2.1 million in tax incentives tied to the number of jobs created and wages paid.

Renée Obi, executive director of the Brenner Area Growers Cooperative, said the plant would give small vegetable farms in the region "a buyer that is an hour away instead of a day away."

Calloway Fresh Foods said it expects to begin hiring for management positions in early 2027 and for production roles about six months before the plant opens. Applicants are encouraged to register for updates at callowayfresh.example/careers.

About Calloway Fresh Foods

Founded in 1961 as a roadside produce stand, Calloway Fresh Foods supplies packaged salads, slaws and cut vegetables to grocery chains in 14 states. The company operates three plants and employs 1,150 people.

Media contact:
Dana Pruitt
Calloway Fresh Foods
media@callowayfresh.example
(555) 010-4477

SOURCE Calloway Fresh Foods
""",
        [
            c(
                "Calloway Fresh Foods, a family-owned producer of packaged salads and fresh-cut vegetables",
                "announced",
                "plans to build a $38 million processing facility in the Brenner Commerce Park, creating approximately 210 full-time jobs over the next three years",
            ),
            c(
                "Teresa Calloway-Hunt, chief executive officer of Calloway Fresh Foods",
                "said",
                [
                    '"Brenner has the workforce, the highway access and the water we need,"',
                    '"This is the third generation of our family building something that lasts, and we wanted to do it in a community that shares those values."',
                ],
            ),
            c(
                "The company",
                "estimates",
                "the plant will buy more than $12 million of produce a year from farms within 150 miles of Brenner",
            ),
            c(
                "Walt Ames, Brenner County judge-executive",
                "said",
                [
                    '"Two hundred jobs in a county of 19,000 people is not a small thing,"',
                    '"We\'ve been working with the Calloway family for almost two years to get here, and I want to thank our state partners for sticking with it."',
                ],
            ),
            c(
                "Renée Obi, executive director of the Brenner Area Growers Cooperative",
                "said",
                'the plant would give small vegetable farms in the region "a buyer that is an hour away instead of a day away."',
            ),
            c(
                "Calloway Fresh Foods",
                "said",
                "it expects to begin hiring for management positions in early 2027 and for production roles about six months before the plant opens",
            ),
            c(
                None,
                "encouraged",
                ["Applicants", "to register for updates at callowayfresh.example/careers"],
            ),
        ],
    ),
    article(
        "fresh17-interview-disaster-officer",
        "interview",
        "2026-11-09",
        """
‘We don’t evacuate people, we evacuate families’: Pilar del Mar’s disaster chief on a four-typhoon season

By Jerome Villanueva-Tan
The Northern Courier

PILAR DEL MAR, Aurora — Four typhoons crossed or brushed this coastal town of 38,000 between July and October, the most in a single season since local records began in 1978. Nobody died.

The week after the last storm, we sat down with municipal disaster officer Rosalinda Catacutan-Agbayani at the town’s new evacuation center, a two-storey building that doubles as a covered basketball court. She says the zero-casualty record owes as much to neighbors as to sirens.

Editor’s note: The interview was conducted in English and Filipino. It has been translated where needed and edited for length and clarity.

Q: Four typhoons in four months. How did you keep everyone alive?

A: Honestly, most of it is the barangay captains and the tanods going house to house. We have text blasts, we have sirens, we have the radio, but what actually moves a lola out of her house is a neighbor she knows standing at her gate. We don’t evacuate people, we evacuate families. If the family goes, the grandmother goes.

Q: In August you told the Sangguniang Bayan the town needed ₱30 million for new sirens. Did you get it?

A: We got ₱11 million. That covers the coastal barangays. The upland ones still rely on handheld radios and church bells, which sounds old-fashioned, but the bells work when the power is out.

Q: What went wrong this season?

A: The second storm, Bagwis, changed direction overnight. We had moved people to a school that turned out to be in the surge zone itself, so we moved 600 people twice in one night. Nobody was hurt, but I don’t want to pretend that was planning. That was luck and a lot of tricycle drivers.

Q: Some residents say this center is too far from the fishing villages. Is that fair?

A: It is fair. It is four kilometers from Barangay Dampalit. We have asked the province for a second center on the north side, and we have already identified a lot. Whether it gets funded is not up to me.

Q: Do people resist leaving?

A: Fishermen especially. Their boat is their whole livelihood, so they stay with it.

What we started doing this year is giving them a place to pull the boats up behind the center, with a guard. Once the boat is safe, the man is easy to convince.

“Once the boat is safe, the man is easy to convince.” — Rosalinda Catacutan-Agbayani

Q: What do you need most before next season?

A: Rubber boats with engines. And people: I have seven staff for 27 barangays. The national government keeps telling us climate change means stronger storms, and I believe them, but the plantilla positions have not changed since 2012.

Read more: Aurora towns ask for disaster funds to be released before June
""",
        [
            c(
                "Pilar del Mar’s disaster chief",
                ":",
                "‘We don’t evacuate people, we evacuate families’",
                kind="direct",
            ),
            c("She", "says", "the zero-casualty record owes as much to neighbors as to sirens"),
            c(
                "municipal disaster officer Rosalinda Catacutan-Agbayani",
                ":",
                "Honestly, most of it is the barangay captains and the tanods going house to house. We have text blasts, we have sirens, we have the radio, but what actually moves a lola out of her house is a neighbor she knows standing at her gate. We don’t evacuate people, we evacuate families. If the family goes, the grandmother goes.",
                kind="direct",
                far=True,
            ),
            c(
                "municipal disaster officer Rosalinda Catacutan-Agbayani",
                ":",
                "We got ₱11 million. That covers the coastal barangays. The upland ones still rely on handheld radios and church bells, which sounds old-fashioned, but the bells work when the power is out.",
                kind="direct",
                far=True,
            ),
            c(
                "municipal disaster officer Rosalinda Catacutan-Agbayani",
                ":",
                "The second storm, Bagwis, changed direction overnight. We had moved people to a school that turned out to be in the surge zone itself, so we moved 600 people twice in one night. Nobody was hurt, but I don’t want to pretend that was planning. That was luck and a lot of tricycle drivers.",
                kind="direct",
                far=True,
            ),
            c(
                "municipal disaster officer Rosalinda Catacutan-Agbayani",
                ":",
                "It is fair. It is four kilometers from Barangay Dampalit. We have asked the province for a second center on the north side, and we have already identified a lot. Whether it gets funded is not up to me.",
                kind="direct",
                far=True,
            ),
            c(
                "municipal disaster officer Rosalinda Catacutan-Agbayani",
                ":",
                "Fishermen especially. Their boat is their whole livelihood, so they stay with it.\n\nWhat we started doing this year is giving them a place to pull the boats up behind the center, with a guard. Once the boat is safe, the man is easy to convince.",
                kind="direct",
                far=True,
            ),
            c(
                "Rosalinda Catacutan-Agbayani",
                "—",
                "“Once the boat is safe, the man is easy to convince.”",
            ),
            c(
                "municipal disaster officer Rosalinda Catacutan-Agbayani",
                ":",
                "Rubber boats with engines. And people: I have seven staff for 27 barangays. The national government keeps telling us climate change means stronger storms, and I believe them, but the plantilla positions have not changed since 2012.",
                kind="direct",
                far=True,
            ),
        ],
    ),
    article(
        "fresh17-live-blog-ice-storm",
        "live-blog",
        "2026-02-17",
        """
Ice storm live: 41,000 without power in Tillbury region as freezing rain continues

Updated 4:52 p.m. ET

The Tillbury Record staff

Freezing rain has coated much of the Tillbury region in up to 25 millimetres of ice, bringing down trees and power lines and closing schools. Follow our live updates below.

4:40 p.m.

Forecasters say the freezing rain should change to snow by about 10 p.m., but warn that gusts of up to 60 km/h overnight could bring down more ice-laden branches.

3:55 p.m.

Mayor Anita Desrosiers says the city is opening a third warming centre at the Westdale Community Centre, 220 Fairholme Ave., at 6 p.m. Asked whether the city would declare a state of emergency, she said staff were "watching the numbers hour by hour" and would decide tonight.

3:20 p.m.

Lakeshore Hydro now reports 41,200 customers without power, up from about 30,000 at noon. In an update on its website, the utility said crews from three neighbouring utilities were on their way but warned that some customers "should be prepared to be without power into Thursday."

2:45 p.m.

Residents of the Millbank and Crestview neighbourhoods have been told to boil their tap water until further notice after a power failure at the Crestview pumping station, the city says.

1:30 p.m.

Tillbury Regional Police say they have responded to 63 collisions since midnight, none of them serious. Const. Maryse Okafor urged drivers to stay home if they can.

"If you don't have to be on the road today, please don't be," she said in a video posted to the service's social media accounts.

12:15 p.m.

All schools in the Tillbury Catholic and Tillbury-Norfolk public boards are closed today. Both boards say a decision about Wednesday will be made by 6 a.m.

11:05 a.m.

Photo: A Lakeshore Hydro crew clears a fallen maple from the lines on Concession 4 near Dunmore. (Kyle Benoit / The Tillbury Record)

10:30 a.m.

A spokesperson for Lakeshore Hydro declined to estimate how long the outages would last. The province's energy minister is expected to tour affected areas on Wednesday, according to her office.

9:15 a.m.

Good morning. Here's what we know so far:

- Freezing rain began around 2 a.m. and has not let up.
- About 18,000 customers are without power.
- Highway 12 is closed between Orrville and Dunmore after a transport truck jackknifed. Drivers heading north are being told to use County Road 3 instead.

Read more: How to stay warm and safe during a power outage
""",
        [
            c("Forecasters", "say", "the freezing rain should change to snow by about 10 p.m."),
            c(
                "Forecasters",
                "warn",
                "that gusts of up to 60 km/h overnight could bring down more ice-laden branches",
            ),
            c(
                "Mayor Anita Desrosiers",
                "says",
                "the city is opening a third warming centre at the Westdale Community Centre, 220 Fairholme Ave., at 6 p.m.",
            ),
            c(
                "she",
                "said",
                'staff were "watching the numbers hour by hour" and would decide tonight',
            ),
            c(
                "Lakeshore Hydro",
                "reports",
                "41,200 customers without power, up from about 30,000 at noon",
            ),
            c("the utility", "said", "crews from three neighbouring utilities were on their way"),
            c(
                "the utility",
                "warned",
                'that some customers "should be prepared to be without power into Thursday."',
            ),
            c(
                "the city",
                "says",
                "Residents of the Millbank and Crestview neighbourhoods have been told to boil their tap water until further notice after a power failure at the Crestview pumping station",
            ),
            c(
                "Tillbury Regional Police",
                "say",
                "they have responded to 63 collisions since midnight, none of them serious",
            ),
            c("Const. Maryse Okafor", "urged", "drivers to stay home if they can"),
            c("she", "said", "\"If you don't have to be on the road today, please don't be,\""),
            c("Both boards", "say", "a decision about Wednesday will be made by 6 a.m."),
            c(
                "her office",
                "according to",
                "The province's energy minister is expected to tour affected areas on Wednesday",
            ),
            c(None, "told", ["Drivers heading north", "to use County Road 3 instead"]),
        ],
    ),
    article(
        "fresh17-opinion-market-relocation",
        "opinion",
        "2026-11-28",
        """
Moving the Sta. Felisa market won’t fix what’s broken

DIRETSAHAN
By Carmelita Ong-Bautista

Anyone who has bought fish at the Sta. Felisa public market at six in the morning knows the place has problems. The roof leaks over the dry goods section. The drainage backs up whenever it rains for more than an hour. The fire exits, such as they are, are blocked by sacks of onions.

So I understand why City Hall wants to tear it down. What I do not understand is why the replacement has to be eight kilometers away, on a reclaimed lot next to a mall that does not exist yet.

Mayor Benjamin Soliman has called the old market “a fire waiting to happen,” and he is not wrong. But his administration insists that the new site in Barangay Calumpit Bago will be “more accessible,” a claim that will surprise anyone who does not own a car.

Some 1,400 vendors hold stalls in the market, according to the city’s market office. Last week I asked the city administrator, Atty. Ramon Villaroel, how a fish vendor from Poblacion is supposed to get to the new site at 4 a.m. He said the city would “coordinate with transport groups” on new jeepney routes. Coordinate. That was the whole answer.

I wrote in this space in March that the vendors had never been properly consulted. Since then, the city has held exactly one public hearing, on a Tuesday afternoon, when every vendor was at work.

‘Who will buy from me there?’

The vendors I spoke to this week were not against a new market. Aling Precy Tolentino, who has sold vegetables at Stall 112 for 31 years, told me she would gladly pay higher rent for a roof that does not leak.

“Pero sino ang bibili sa akin doon?” she asked. Who will buy from me there?

Another vendor, who asked that her name not be used because she is still negotiating for a stall at the new site, claimed that stall assignments there were already being promised to relatives of barangay officials. I could not verify this, and City Hall did not respond when I asked about it.

The numbers do not help the city’s case either. A 2025 feasibility study commissioned by City Hall itself found that 62 percent of the market’s customers arrive on foot or by tricycle. The same study recommended rebuilding on the existing site in two phases, so that half the stalls stay open at any time.

Why was that option dropped? Councilor Liza Dumaguete, who chairs the committee on markets, told the council last month that the two-phase plan would cost ₱90 million more. That figure has not been made public, and it appears nowhere in the study.

The council is expected to vote on the relocation ordinance on Dec. 9. Before it does, councilors should demand to see that ₱90-million estimate, line by line. And I am asking the mayor to follow his own study: fix the market where the people are.

Carmelita Ong-Bautista writes on local governance every Saturday. Email: cob@northerncourier.example
""",
        [
            c("Mayor Benjamin Soliman", "called", "the old market “a fire waiting to happen,”"),
            c(
                "his administration",
                "insists",
                "that the new site in Barangay Calumpit Bago will be “more accessible,”",
            ),
            c(
                "the city’s market office",
                "according to",
                "Some 1,400 vendors hold stalls in the market",
            ),
            c(
                "He",
                "said",
                "the city would “coordinate with transport groups” on new jeepney routes",
            ),
            c("I", "wrote", "that the vendors had never been properly consulted"),
            c(
                "Aling Precy Tolentino, who has sold vegetables at Stall 112 for 31 years",
                "told",
                "she would gladly pay higher rent for a roof that does not leak",
            ),
            c(
                "Another vendor, who asked that her name not be used because she is still negotiating for a stall at the new site",
                "claimed",
                "that stall assignments there were already being promised to relatives of barangay officials",
            ),
            c(
                "A 2025 feasibility study commissioned by City Hall itself",
                "found",
                "that 62 percent of the market’s customers arrive on foot or by tricycle",
            ),
            c(
                "The same study",
                "recommended",
                "rebuilding on the existing site in two phases, so that half the stalls stay open at any time",
            ),
            c(
                "Councilor Liza Dumaguete, who chairs the committee on markets",
                "told",
                "that the two-phase plan would cost ₱90 million more",
            ),
            c(
                None,
                "is expected to",
                ["The council", "vote on the relocation ordinance on Dec. 9"],
            ),
        ],
    ),
    article(
        "fresh17-wire-island-ferry-cuts",
        "wire",
        "2026-12-01",
        """
Tolt Island ferry schedule cut nearly in half; operator says it can't find crews

HALBURTON BAY, N.L. — The operator of the only ferry to Tolt Island will cut its winter schedule nearly in half starting Jan. 5, leaving the island's 1,100 residents with four round trips a week instead of seven.

Atlantic Coastal Marine Services said in a statement Tuesday that it had been unable to hire enough certified deckhands and engineers to run a full schedule through the winter months.

"We have advertised these positions continuously since April," the statement said. "Operating with an incomplete crew is not an option we will consider."

The union representing the ferry's workers sees it differently. Gerald Kavanagh, regional representative for the Marine Workers' Guild, said the company had lost experienced crew because it paid "$6 an hour less than anyone else on the coast" and refused to negotiate overtime rules.

"They can call it a shortage if they like. People don't leave jobs they're happy in," Kavanagh said.

On the island, the cuts have alarmed residents who rely on the ferry for medical appointments, groceries and school sports. Tanya Foley, who runs the island's only grocery store, said she would have to order twice as much stock at a time and find somewhere to keep it.

"I've got one walk-in cooler," she said. "I can't fit Christmas in it."

Provincial Transportation Minister Derek Abernethy called the reduction "unacceptable" and said his department had asked the company to restore at least six weekly sailings by February.

The province pays the company about $9.4 million a year under a contract that runs until 2029. A copy of the contract obtained by The Maple Wire shows that the operator can be fined for cancelled sailings, but only if the cancellations are not caused by weather or "circumstances beyond its reasonable control."

A company spokesperson did not respond Tuesday evening when asked whether a staffing shortage would count as such a circumstance.

Officials are said to be looking at chartering a second vessel for medical transfers over the winter.

— The Maple Wire

This report by The Maple Wire was first published Dec. 1, 2026.
""",
        [
            c("operator", "says", "it can't find crews"),
            c(
                "Atlantic Coastal Marine Services",
                "said",
                "that it had been unable to hire enough certified deckhands and engineers to run a full schedule through the winter months",
            ),
            c(
                "the statement",
                "said",
                [
                    '"We have advertised these positions continuously since April,"',
                    '"Operating with an incomplete crew is not an option we will consider."',
                ],
            ),
            c(
                "Gerald Kavanagh, regional representative for the Marine Workers' Guild",
                "said",
                'the company had lost experienced crew because it paid "$6 an hour less than anyone else on the coast" and refused to negotiate overtime rules',
            ),
            c(
                "Kavanagh",
                "said",
                "\"They can call it a shortage if they like. People don't leave jobs they're happy in,\"",
            ),
            c(
                "Tanya Foley, who runs the island's only grocery store",
                "said",
                "she would have to order twice as much stock at a time and find somewhere to keep it",
            ),
            c(
                "she",
                "said",
                ['"I\'ve got one walk-in cooler,"', '"I can\'t fit Christmas in it."'],
            ),
            c(
                "Provincial Transportation Minister Derek Abernethy",
                "called",
                'the reduction "unacceptable"',
            ),
            c(
                "Provincial Transportation Minister Derek Abernethy",
                "said",
                "his department had asked the company to restore at least six weekly sailings by February",
            ),
            c(
                "his department",
                "asked",
                "the company to restore at least six weekly sailings by February",
            ),
            c(
                "A copy of the contract obtained by The Maple Wire",
                "shows",
                'that the operator can be fined for cancelled sailings, but only if the cancellations are not caused by weather or "circumstances beyond its reasonable control."',
            ),
            c(
                None,
                "are said to",
                [
                    "Officials",
                    "be looking at chartering a second vessel for medical transfers over the winter",
                ],
            ),
        ],
    ),
    article(
        "fresh17-business-mall-developer-profit",
        "business",
        "2026-11-10",
        """
Tanglaw profit slides 18% on weak mall traffic; REIT listing still on track, CFO says

By Kristine Joy Manalo-Sy
Business Reporter

Tanglaw Land Holdings Inc., the mall and township developer controlled by the Uy-Tamayo family, posted an 18-percent drop in third-quarter net income as foot traffic in its provincial malls failed to recover from the closure of two anchor department stores.

Net income attributable to the parent fell to P1.21 billion in the July-to-September period from P1.48 billion a year earlier, the company said in a disclosure to the stock exchange on Friday. Revenues were flat at P7.9 billion.

Mall revenues fell 9 percent, while residential sales rose 6 percent on demand for house-and-lot units in its Batangas and Pampanga townships.

Chief financial officer Arturo Lazatin admitted that the loss of the two anchors had hurt more than the company expected.

“We underestimated how much of our mall traffic was really department-store traffic,” he told analysts in a briefing on Monday. “The replacements are coming, but they will not all be open before the Christmas season.”

Lazatin said the company’s planned real estate investment trust, which will hold 11 of its malls and two office towers, remained on track for listing in the second quarter of 2027. He estimated the offering could raise “somewhere north of P12 billion,” depending on market conditions.

Analysts were less sanguine. In a note to clients on Tuesday, Regina Soriano of Bayfront Securities wrote that the REIT timetable “looks ambitious” given rising interest rates, and cut her target price on Tanglaw shares to P2.85 from P3.40.

“Tenant replacement in provincial malls typically takes 12 to 18 months, not six,” Soriano said.

Residential sales head Marivic Dolor-Tan said a growing share of buyers in the provincial townships were families of overseas Filipino workers paying in monthly installments.

“Remittances are the new foot traffic,” she said.

Tanglaw’s board also approved a regular cash dividend of P0.05 a share, payable on Dec. 15.

Shares of Tanglaw closed 4.2 percent lower at P2.51 on Tuesday. The Uy-Tamayo family holds 61 percent of the company, according to its latest public ownership report.

Talks with Japanese partner

Tanglaw is also in talks with a Japanese trading house to co-develop a 60-hectare township in Cavite, according to two people familiar with the discussions, who asked not to be identified because the talks are private. One of them said a memorandum of understanding could be signed before yearend.

Tanglaw reportedly approached two other foreign partners last year before settling on the Japanese firm. Lazatin declined to discuss the talks.

Property consultant Lemuel Ordoñez of Castellan Partners said provincial mall operators across the country were under the same pressure as department store chains shut underperforming branches.

“Every developer outside Metro Manila built around a department store in the 2000s. That model is finished,” he said.

He called the shift “a reset, not a collapse.”

RELATED: Department store chain to close 14 provincial branches by March
""",
        [
            c("CFO", "says", "REIT listing still on track"),
            c(
                "the company",
                "said",
                "Net income attributable to the parent fell to P1.21 billion in the July-to-September period from P1.48 billion a year earlier",
            ),
            c(
                "Chief financial officer Arturo Lazatin",
                "admitted",
                "that the loss of the two anchors had hurt more than the company expected",
            ),
            c(
                "he",
                "told",
                [
                    "“We underestimated how much of our mall traffic was really department-store traffic,”",
                    "“The replacements are coming, but they will not all be open before the Christmas season.”",
                ],
            ),
            c(
                "Lazatin",
                "said",
                "the company’s planned real estate investment trust, which will hold 11 of its malls and two office towers, remained on track for listing in the second quarter of 2027",
            ),
            c(
                "He",
                "estimated",
                "the offering could raise “somewhere north of P12 billion,” depending on market conditions",
            ),
            c(
                "Regina Soriano of Bayfront Securities",
                "wrote",
                "that the REIT timetable “looks ambitious” given rising interest rates",
            ),
            c(
                "Soriano",
                "said",
                "“Tenant replacement in provincial malls typically takes 12 to 18 months, not six,”",
            ),
            c(
                "Residential sales head Marivic Dolor-Tan",
                "said",
                "a growing share of buyers in the provincial townships were families of overseas Filipino workers paying in monthly installments",
            ),
            c("she", "said", "“Remittances are the new foot traffic,”"),
            c(
                "its latest public ownership report",
                "according to",
                "The Uy-Tamayo family holds 61 percent of the company",
            ),
            c(
                "two people familiar with the discussions, who asked not to be identified because the talks are private",
                "according to",
                "Tanglaw is also in talks with a Japanese trading house to co-develop a 60-hectare township in Cavite",
            ),
            c(
                "One of them",
                "said",
                "a memorandum of understanding could be signed before yearend",
            ),
            c(
                None,
                "reportedly",
                [
                    "Tanglaw",
                    "approached two other foreign partners last year before settling on the Japanese firm",
                ],
                near="Tanglaw reportedly approached two other foreign partners last year before settling on the Japanese firm",
            ),
            c(
                "Property consultant Lemuel Ordoñez of Castellan Partners",
                "said",
                "provincial mall operators across the country were under the same pressure as department store chains shut underperforming branches",
            ),
            c(
                "he",
                "said",
                "“Every developer outside Metro Manila built around a department store in the 2000s. That model is finished,”",
            ),
            c("He", "called", "the shift “a reset, not a collapse.”"),
        ],
    ),
    article(
        "fresh17-health-rural-joint-surgery-waits",
        "health",
        "2026-09-23",
        """
Rural patients wait nearly twice as long for hip and knee surgery, Prairie study finds

By Hannah Lindqvist
Health Reporter

WESTBRIDGE, Sask. — Patients who live more than 100 kilometres from a surgical centre wait a median of 41 weeks for a hip or knee replacement, nearly twice as long as patients in the province's two largest cities, according to a study published Wednesday.

The study, by researchers at the Prairie Health Outcomes Institute, tracked 22,600 joint replacements performed between 2019 and 2025. It found that rural patients were also more likely to have their surgery cancelled at least once, and that the gap had widened since the pandemic.

"People in rural areas are waiting longer, and they are waiting in more pain, because they are often sicker by the time they're referred," said Dr. Ingrid Halvorsen, an orthopaedic surgeon and the study's lead author.

Halvorsen said part of the problem was a referral system that requires patients to see a specialist in person before being placed on a wait list — often a full day's drive for a 15-minute appointment.

The researchers recommend that the province allow family doctors to refer patients directly to a central intake list, as several other provinces have done.

'Put on a shelf'

Doreen Makowsky, 68, a retired grain farmer from Mossbank Flats, waited 14 months for a knee replacement in 2024. She said she spent most of that winter sleeping in a recliner because she could not climb the stairs to her bedroom.

"You feel like you've been put on a shelf," she said. "Nobody calls. You just wait for the letter."

In a statement, the provincial Ministry of Health said it had added 1,200 surgical slots this year and was "reviewing the findings closely." The ministry did not say whether it would change the referral rules.

The province is understood to be considering a pilot of central intake in two health regions.

Not everyone reads the numbers the same way. Dr. Peter Nwosu, who heads the surgical program at Westbridge Regional Hospital, cautioned that the study counted waits from the date of referral rather than the date a patient was ready for surgery. He said that choice can inflate rural numbers, because rural patients are more often referred before they have tried physiotherapy.

Still, Nwosu said, "nobody in this building would argue rural patients have it easy."

The study appears in the September issue of the Journal of Rural Health Services.

Read more: What to ask your doctor before joining a surgical wait list
""",
        [
            c(
                "Prairie study",
                "finds",
                "Rural patients wait nearly twice as long for hip and knee surgery",
            ),
            c(
                "a study published Wednesday",
                "according to",
                "Patients who live more than 100 kilometres from a surgical centre wait a median of 41 weeks for a hip or knee replacement, nearly twice as long as patients in the province's two largest cities",
            ),
            c(
                "It",
                "found",
                "that rural patients were also more likely to have their surgery cancelled at least once, and that the gap had widened since the pandemic",
            ),
            c(
                "Dr. Ingrid Halvorsen, an orthopaedic surgeon and the study's lead author",
                "said",
                '"People in rural areas are waiting longer, and they are waiting in more pain, because they are often sicker by the time they\'re referred,"',
            ),
            c(
                "Halvorsen",
                "said",
                "part of the problem was a referral system that requires patients to see a specialist in person before being placed on a wait list — often a full day's drive for a 15-minute appointment",
            ),
            c(
                "The researchers",
                "recommend",
                "that the province allow family doctors to refer patients directly to a central intake list, as several other provinces have done",
            ),
            c(
                "She",
                "said",
                "she spent most of that winter sleeping in a recliner because she could not climb the stairs to her bedroom",
            ),
            c(
                "she",
                "said",
                [
                    '"You feel like you\'ve been put on a shelf,"',
                    '"Nobody calls. You just wait for the letter."',
                ],
            ),
            c(
                "the provincial Ministry of Health",
                "said",
                'it had added 1,200 surgical slots this year and was "reviewing the findings closely."',
            ),
            c(
                None,
                "is understood to",
                ["The province", "be considering a pilot of central intake in two health regions"],
            ),
            c(
                "Dr. Peter Nwosu, who heads the surgical program at Westbridge Regional Hospital",
                "cautioned",
                "that the study counted waits from the date of referral rather than the date a patient was ready for surgery",
            ),
            c(
                "He",
                "said",
                "that choice can inflate rural numbers, because rural patients are more often referred before they have tried physiotherapy",
            ),
            c(
                "Nwosu",
                "said",
                '"nobody in this building would argue rural patients have it easy."',
            ),
        ],
    ),
    article(
        "fresh17-sport-rams-semifinal-loss",
        "sport",
        "2026-11-28",
        """
Rams' run ends one game short of state final

By TYLER BRECKENRIDGE
Ledger-Courier sports editor

FINAL: Dunmore Central 28, Hollis Valley 21

For three quarters Friday night, Hollis Valley looked like the better team. Then Dunmore Central's Jalen Pruitt took over.

Pruitt ran for two fourth-quarter touchdowns, including a 54-yard burst with 1:12 left, and the Wildcats beat the Rams 28-21 in the Class 2A state semifinals at Carver Field.

"We had them where we wanted them, and we let them off the hook," Hollis Valley coach Dale Amundsen said. "That's on me as much as anybody."

Amundsen stood by his decision to punt on fourth-and-2 from the Dunmore 44 with four minutes left, saying his defense had "earned the chance" to win the game. He declined to discuss a holding penalty that wiped out a Rams touchdown late in the third quarter.

Senior quarterback Caleb Ostrander, who threw for 212 yards and two scores, said the locker room was silent for a long time afterward.

"I told the younger guys to remember how this feels," he said. "We'll be back here."

Pruitt, a junior, finished with 167 yards on 19 carries. Dunmore Central coach Ray Villalobos called him "the best back I've coached in 20 years." Villalobos said his staff had spotted a weakness on the left side of the Rams' defensive line at halftime.

"We just kept running at it until they stopped us, and they never did," he said.

Dunmore Central (12-1) plays Lake Ferris for the state title Dec. 5. The Rams finish 11-2, their best record since 1998.

Athletic director Sue Kampfe said a community celebration for the team is planned for Dec. 12 in the high school gym.
""",
        [
            c(
                "Hollis Valley coach Dale Amundsen",
                "said",
                [
                    '"We had them where we wanted them, and we let them off the hook,"',
                    '"That\'s on me as much as anybody."',
                ],
            ),
            c("Amundsen", "saying", 'his defense had "earned the chance" to win the game'),
            c(
                "Senior quarterback Caleb Ostrander, who threw for 212 yards and two scores",
                "said",
                "the locker room was silent for a long time afterward",
            ),
            c(
                "he",
                "said",
                ['"I told the younger guys to remember how this feels,"', '"We\'ll be back here."'],
            ),
            c(
                "Dunmore Central coach Ray Villalobos",
                "called",
                'him "the best back I\'ve coached in 20 years."',
            ),
            c(
                "Villalobos",
                "said",
                "his staff had spotted a weakness on the left side of the Rams' defensive line at halftime",
            ),
            c(
                "he",
                "said",
                '"We just kept running at it until they stopped us, and they never did,"',
            ),
            c(
                "Athletic director Sue Kampfe",
                "said",
                "a community celebration for the team is planned for Dec. 12 in the high school gym",
            ),
        ],
    ),
]
