"""A second tuning set of invented everyday news articles and their attributions, as strings.

Written on 2026-12-05 without reading claimx's rules (the annotator neither ran claimx nor read
its source, its tests or ``articles.py``), for TUNING: it sits beside ``news.jsonl`` and
``news2.jsonl``, and because it was written blind its errors are the rules' real errors.
``fresh``, ``fresh2`` and ``fresh3`` stay held out. Every article, person, organisation, place
and quotation here is invented (MIT, like the project). ``build.py --set news3`` turns these
into ``news3.jsonl`` with exact spans; the conventions are in docs/evaldata-news.md.
"""

# ruff: noqa: E501 (article text: one paragraph a line)
from __future__ import annotations

from typing import Any

from articles import article, c, qa

ARTICLES: list[dict[str, Any]] = [
    article(
        "news3-wire-yarrabin-flood",
        "wire",
        "2026-02-17",
        """
Hundreds cut off as floodwaters isolate Yarrabin; premier warns worst yet to come

YARRABIN, Feb 17 (Southern Cross Wire) - Floodwaters isolated the river town of Yarrabin on Tuesday, leaving about 900 residents without road access and forcing dozens of families onto rooftops overnight, emergency services said.

The Condamere River peaked at 14.2 metres at the town's gauge shortly after midnight, according to the Bureau of Climate and Water, more than a metre above the record set in 1974.

State Emergency Service crews carried out 63 rescues overnight, most of them by boat, the service's deputy commissioner, Leanne Tuckwell, told reporters in the regional centre of Mirrabool. No injuries were reported.

"We had people waving torches from the roofs of their cars," Tuckwell said. "Some of them had been sitting there for six hours."

Premier Dominic Haddad, who flew over the town by helicopter on Tuesday morning, warned that the worst was yet to come for communities downstream, where the river is expected to peak on Thursday.

"I'm not going to sugar-coat it," he said. "If you live on the flats around Kerrigan and Boyd's Crossing and you are told to leave, leave."

A man in his seventies is understood to have refused to leave his property on the eastern edge of town despite repeated requests from police.

Residents said the evacuation warning had come too late. Grazier Tom Pellow, 58, whose family has farmed the river flats for four generations, said the town's siren had not sounded until water was already "lapping at the back steps".

Mirrabool Shire Council said it would review the warning system once the water receded. A council spokeswoman declined to say when the siren had last been tested.

The defence force has reportedly sent two heavy-lift helicopters to the region.
""",
        [
            c("premier", "warns", "worst yet to come"),
            c(
                "emergency services",
                "said",
                "Floodwaters isolated the river town of Yarrabin on Tuesday, leaving about 900 residents without road access and forcing dozens of families onto rooftops overnight",
            ),
            c(
                "the Bureau of Climate and Water",
                "according to",
                [
                    "The Condamere River peaked at 14.2 metres at the town's gauge shortly after midnight",
                    "more than a metre above the record set in 1974",
                ],
            ),
            c(
                "the service's deputy commissioner, Leanne Tuckwell",
                "told",
                "State Emergency Service crews carried out 63 rescues overnight, most of them by boat",
            ),
            c(
                "Tuckwell",
                "said",
                [
                    '"We had people waving torches from the roofs of their cars,"',
                    '"Some of them had been sitting there for six hours."',
                ],
            ),
            c(
                "Premier Dominic Haddad, who flew over the town by helicopter on Tuesday morning",
                "warned",
                "that the worst was yet to come for communities downstream, where the river is expected to peak on Thursday",
            ),
            c(
                "he",
                "said",
                [
                    '"I\'m not going to sugar-coat it,"',
                    '"If you live on the flats around Kerrigan and Boyd\'s Crossing and you are told to leave, leave."',
                ],
            ),
            c(
                None,
                "is understood to",
                [
                    "A man in his seventies",
                    "have refused to leave his property on the eastern edge of town despite repeated requests from police",
                ],
            ),
            c("Residents", "said", "the evacuation warning had come too late"),
            c(
                "Grazier Tom Pellow, 58, whose family has farmed the river flats for four generations",
                "said",
                'the town\'s siren had not sounded until water was already "lapping at the back steps"',
            ),
            c(
                "Mirrabool Shire Council",
                "said",
                "it would review the warning system once the water receded",
            ),
            c(
                None,
                "reportedly",
                ["The defence force has", "sent two heavy-lift helicopters to the region"],
            ),
        ],
    ),
    article(
        "news3-wire-cutler-pass-bus",
        "wire",
        "2026-07-11",
        """
Two killed, 31 hurt as tour bus overturns on Cutler Pass

SILVER BEND (Continental Press) — Two people were killed and 31 injured when a tour bus carrying retirees overturned on a mountain highway east of Silver Bend on Saturday afternoon, the Wexcombe County Sheriff's Office said.

The bus, operated by Bluebird Heritage Tours of Ashford Falls, left the road on a sharp curve near the summit of Cutler Pass and rolled about 40 feet down an embankment, Sheriff Raymond Ochoa said at an evening news conference.

"It's a miracle more people didn't die," Ochoa said, adding that several passengers had climbed out through broken windows and helped pull others free.

The two people who died were a married couple in their eighties from Ashford Falls, according to the county coroner, who did not release their names pending notification of relatives.

Eleven of the injured were flown to Mercy Valley Medical Center, where four were in critical condition Saturday night, a hospital spokesman said.

The driver, a 46-year-old man, was among those hospitalized. He has not been charged. Investigators had not determined whether speed was a factor, Ochoa said, but he noted that the road had been wet after morning showers.

In a statement, Bluebird Heritage Tours said it was "devastated" and was cooperating fully with authorities. The company's statement that its drivers receive mountain-route training every year could not be independently verified.

The National Transportation Safety Agency said it was sending a team to the scene. Federal records show the company was cited twice in 2024 for failing to keep proper logs of drivers' hours.

A passenger, Doris Kettering, 77, told the Silver Bend Courier that the driver had been "fighting the wheel" for several minutes before the bus left the road.
""",
        [
            c(
                "the Wexcombe County Sheriff's Office",
                "said",
                "Two people were killed and 31 injured when a tour bus carrying retirees overturned on a mountain highway east of Silver Bend on Saturday afternoon",
            ),
            c(
                "Sheriff Raymond Ochoa",
                "said",
                "The bus, operated by Bluebird Heritage Tours of Ashford Falls, left the road on a sharp curve near the summit of Cutler Pass and rolled about 40 feet down an embankment",
                cue_n=1,
            ),
            c("Ochoa", "said", "\"It's a miracle more people didn't die,\""),
            c(
                "Ochoa",
                "adding",
                "that several passengers had climbed out through broken windows and helped pull others free",
            ),
            c(
                "the county coroner, who did not release their names pending notification of relatives",
                "according to",
                "The two people who died were a married couple in their eighties from Ashford Falls",
            ),
            c(
                "a hospital spokesman",
                "said",
                "Eleven of the injured were flown to Mercy Valley Medical Center, where four were in critical condition Saturday night",
            ),
            c("Ochoa", "said", "Investigators had not determined whether speed was a factor"),
            c("he", "noted", "that the road had been wet after morning showers"),
            c(
                "Bluebird Heritage Tours",
                "said",
                'it was "devastated" and was cooperating fully with authorities',
            ),
            c(
                "The company",
                "statement",
                "that its drivers receive mountain-route training every year",
            ),
            c(
                "The National Transportation Safety Agency",
                "said",
                "it was sending a team to the scene",
            ),
            c(
                "Federal records",
                "show",
                "the company was cited twice in 2024 for failing to keep proper logs of drivers' hours",
            ),
            c(
                "A passenger, Doris Kettering, 77",
                "told",
                'that the driver had been "fighting the wheel" for several minutes before the bus left the road',
            ),
        ],
    ),
    article(
        "news3-wire-kabaso-cholera",
        "wire",
        "2026-03-09",
        """
Cholera outbreak in Port Kabaso kills 14, health ministry says

PORT KABASO, Sendara, March 9 (Pan-African Newswire) — At least 14 people have died and more than 380 have been treated for cholera in the coastal city of Port Kabaso since late February, the Ministry of Health said on Monday.

According to the ministry, most of the cases have been recorded in Adjei Market and two neighbouring settlements where residents draw water from shallow wells.

Health Minister Dr Funmilayo Asante-Bello told journalists in the capital, Tolobe, that treatment centres had been opened in three schools and that the government had "more than enough" oral rehydration salts.

She urged residents to boil all drinking water and to wash their hands with soap before preparing food, and asked market traders to close their cooked-food stalls until further notice.

Officials at the Port Kabaso water board had warned as early as November that a burst sewer main near the market was contaminating the supply, according to minutes of a board meeting seen by Pan-African Newswire.

The water board's managing director, Kofi Mensah-Darko, said repairs had been delayed by a shortage of pipes. "We did not ignore anyone," he said. "We were waiting for materials like everybody else."

A senior health official, who spoke on condition of anonymity because he was not authorised to speak to the media, said the true death toll was likely to be higher, as some families had buried relatives without reporting the deaths.

The West Coast Health Organisation is reported to have sent a team of epidemiologists to the city. Neighbouring Lomari has stepped up screening of travellers at its border posts, the country's state broadcaster said.
""",
        [
            c("health ministry", "says", "Cholera outbreak in Port Kabaso kills 14"),
            c(
                "the Ministry of Health",
                "said",
                "At least 14 people have died and more than 380 have been treated for cholera in the coastal city of Port Kabaso since late February",
            ),
            c(
                "the ministry",
                "According to",
                "most of the cases have been recorded in Adjei Market and two neighbouring settlements where residents draw water from shallow wells",
            ),
            c(
                "Health Minister Dr Funmilayo Asante-Bello",
                "told",
                'that treatment centres had been opened in three schools and that the government had "more than enough" oral rehydration salts',
            ),
            c(
                "She",
                "urged",
                "residents to boil all drinking water and to wash their hands with soap before preparing food",
            ),
            c(
                "She",
                "asked",
                "market traders to close their cooked-food stalls until further notice",
            ),
            c(
                "Officials at the Port Kabaso water board",
                "had warned",
                "that a burst sewer main near the market was contaminating the supply",
            ),
            c(
                "minutes of a board meeting seen by Pan-African Newswire",
                "according to",
                "Officials at the Port Kabaso water board had warned as early as November that a burst sewer main near the market was contaminating the supply",
            ),
            c(
                "The water board's managing director, Kofi Mensah-Darko",
                "said",
                "repairs had been delayed by a shortage of pipes",
            ),
            c(
                "he",
                "said",
                [
                    '"We did not ignore anyone,"',
                    '"We were waiting for materials like everybody else."',
                ],
            ),
            c(
                "A senior health official, who spoke on condition of anonymity because he was not authorised to speak to the media",
                "said",
                "the true death toll was likely to be higher, as some families had buried relatives without reporting the deaths",
            ),
            c(
                None,
                "is reported to",
                [
                    "The West Coast Health Organisation",
                    "have sent a team of epidemiologists to the city",
                ],
            ),
            c(
                "the country's state broadcaster",
                "said",
                "Neighbouring Lomari has stepped up screening of travellers at its border posts",
            ),
        ],
    ),
    article(
        "news3-release-krishivaan-app",
        "press-release",
        "2026-06-02",
        """
Krishivaan Launches Monsoon-Ready Crop Advisory App in Seven Languages

NANDIPUR, June 2, 2026 /IndiaBizWire/ -- Krishivaan Agritech Pvt. Ltd., a Nandipur-based farm technology start-up, is pleased to announce that its free mobile app, Khet Saathi, is now available to farmers across the state, sending village-level weather alerts and crop advice in seven languages.

The app, developed with Nandipur Agricultural University, draws on data from 1,400 automatic weather stations and can warn farmers of heavy rain up to five days ahead, the company said.

"Sixty percent of our farmers still sow by the calendar their grandfathers used," said Ritika Deshpande, co-founder and chief executive of Krishivaan. "The monsoon no longer keeps that calendar. Khet Saathi puts a forecast in their pocket, in their own language."

During a six-month pilot in 212 villages, farmers who used the app lost 18 percent less of their crop to unseasonal rain than neighbours who did not, according to an evaluation by the university's Department of Agronomy.

Professor Anand Kulkarni, who heads the department and led the evaluation, said the results were "encouraging but early" and that a larger study would run through the 2026 kharif season.

"For a smallholder, one warning about hail can be the difference between a harvest and a loan default." — Meenakshi Rao, Director, Vasundhara Farmers' Collective

A version for basic feature phones, which will deliver alerts as voice calls, is expected by October, the company added.

About Krishivaan Agritech

Founded in 2021, Krishivaan Agritech builds digital tools for small and marginal farmers. Its products are used by more than 300,000 farmers in four states.

Media Contact:
Sameer Joshi, Krishivaan Agritech
press@krishivaan.example
""",
        [
            c(
                "Krishivaan Agritech Pvt. Ltd., a Nandipur-based farm technology start-up",
                "announce",
                "that its free mobile app, Khet Saathi, is now available to farmers across the state, sending village-level weather alerts and crop advice in seven languages",
            ),
            c(
                "the company",
                "said",
                "The app, developed with Nandipur Agricultural University, draws on data from 1,400 automatic weather stations and can warn farmers of heavy rain up to five days ahead",
            ),
            c(
                "Ritika Deshpande, co-founder and chief executive of Krishivaan",
                "said",
                [
                    '"Sixty percent of our farmers still sow by the calendar their grandfathers used,"',
                    '"The monsoon no longer keeps that calendar. Khet Saathi puts a forecast in their pocket, in their own language."',
                ],
            ),
            c(
                "an evaluation by the university's Department of Agronomy",
                "according to",
                "During a six-month pilot in 212 villages, farmers who used the app lost 18 percent less of their crop to unseasonal rain than neighbours who did not",
            ),
            c(
                "Professor Anand Kulkarni, who heads the department and led the evaluation",
                "said",
                'the results were "encouraging but early" and that a larger study would run through the 2026 kharif season',
            ),
            c(
                "Meenakshi Rao, Director, Vasundhara Farmers' Collective",
                "—",
                '"For a smallholder, one warning about hail can be the difference between a harvest and a loan default."',
            ),
            c(
                "the company",
                "added",
                "A version for basic feature phones, which will deliver alerts as voice calls, is expected by October",
            ),
        ],
    ),
    article(
        "news3-release-brackenfield-solar",
        "press-release",
        "2026-04-14",
        """
Sixty Brackenfield schools to get rooftop solar after £4.2m community share offer

BRACKENFIELD, 14 April 2026 – Brackenfield Community Energy (BCE), a not-for-profit co-operative, today confirmed that its community share offer has raised £4.2 million, enough to fit solar panels to the roofs of 60 primary and secondary schools across the district.

More than 2,300 local residents bought shares, the co-operative said, with a minimum investment of £50. Installation will begin in the summer holidays, when the schools are empty.

"This is what happens when a town decides not to wait for someone else to act," said BCE chair Gwen Pritchard. "Every one of those shareholders now owns a piece of the roof over their children's classroom."

The schools will buy the electricity at a fixed price about 20 per cent below what they pay today, saving an estimated £310,000 a year between them, according to figures prepared for the co-operative by the consultancy Lantern Energy Partners.

Cllr Ahmed Farouk, Brackenfield District Council's cabinet member for climate, said the council had agreed in principle to match the first £500,000 raised by any future share offer.

Marcus Lowe, head teacher of Fenwick Primary, which was awarded eco-school status last year and will be among the first to have panels fitted, said pupils would be able to watch the panels' output on a screen in the school hall. "They'll learn more about energy from that screen than from any textbook," he added.

BCE is urging schools that were not included in the first round to register their interest before 30 June.

Notes to editors

1. Brackenfield Community Energy was founded in 2014 and owns 11 community solar and wind projects.
2. Shares are not protected by any deposit guarantee scheme.

Press office: Owen Reilly, 01632 960412
""",
        [
            c(
                "Brackenfield Community Energy (BCE), a not-for-profit co-operative",
                "confirmed",
                "that its community share offer has raised £4.2 million, enough to fit solar panels to the roofs of 60 primary and secondary schools across the district",
            ),
            c(
                "the co-operative",
                "said",
                [
                    "More than 2,300 local residents bought shares",
                    "with a minimum investment of £50",
                ],
            ),
            c(
                "BCE chair Gwen Pritchard",
                "said",
                [
                    '"This is what happens when a town decides not to wait for someone else to act,"',
                    '"Every one of those shareholders now owns a piece of the roof over their children\'s classroom."',
                ],
            ),
            c(
                "figures prepared for the co-operative by the consultancy Lantern Energy Partners",
                "according to",
                "The schools will buy the electricity at a fixed price about 20 per cent below what they pay today, saving an estimated £310,000 a year between them",
            ),
            c(
                "Cllr Ahmed Farouk, Brackenfield District Council's cabinet member for climate",
                "said",
                "the council had agreed in principle to match the first £500,000 raised by any future share offer",
            ),
            c(
                "Marcus Lowe, head teacher of Fenwick Primary, which was awarded eco-school status last year and will be among the first to have panels fitted",
                "said",
                "pupils would be able to watch the panels' output on a screen in the school hall",
            ),
            c(
                "he",
                "added",
                '"They\'ll learn more about energy from that screen than from any textbook,"',
            ),
            c(
                "BCE",
                "is urging",
                "schools that were not included in the first round to register their interest before 30 June",
            ),
        ],
    ),
    article(
        "news3-courts-heron-lodge",
        "courts",
        "2026-10-06",
        """
Care home manager "falsified night checks" before resident died, jury told

By Harriet Okoye, Crime Correspondent

A care home manager filled in hourly checks on an 89-year-old resident that were never carried out on the night the woman fell and died, a jury at Castlebridge Crown Court has heard.

Sandra Mulholland, 52, of Abbots Lane, Castlebridge, has pleaded not guilty to gross negligence manslaughter and two counts of falsifying records at Heron Lodge care home, where she was the registered manager.

Opening the prosecution case on Monday, Rupert Vance KC told jurors that Edith Carew had been found on the floor of her room at 6.10am on 3 February last year, having lain there "for several hours, alone and in the dark".

Mrs Carew, a retired piano teacher, died in hospital four days later.

The court heard that the home's night log recorded a check on her room at every hour from 10pm to 6am, each initialled by the defendant.

But CCTV from the corridor showed that nobody entered the room between 11.40pm and 5.55am, Mr Vance said.

"The entries were not mistakes," he said. "They were written, we say, to cover up the fact that no one was watching."

Ms Mulholland told police in interview that she had carried out the checks herself but had "not always looked at the clock", the jury was told.

A night carer, Precious Ndlovu, is expected to tell the court that she was the only member of staff on duty on the first floor that night.

The trial continues.
""",
        [
            c(
                None,
                "told",
                'Care home manager "falsified night checks" before resident died',
            ),
            c(
                None,
                "has heard",
                "A care home manager filled in hourly checks on an 89-year-old resident that were never carried out on the night the woman fell and died",
            ),
            c(
                "Rupert Vance KC",
                "told",
                'that Edith Carew had been found on the floor of her room at 6.10am on 3 February last year, having lain there "for several hours, alone and in the dark"',
            ),
            c(
                None,
                "heard",
                "that the home's night log recorded a check on her room at every hour from 10pm to 6am, each initialled by the defendant",
            ),
            c(
                "Mr Vance",
                "said",
                "CCTV from the corridor showed that nobody entered the room between 11.40pm and 5.55am",
            ),
            c(
                "CCTV from the corridor",
                "showed",
                "that nobody entered the room between 11.40pm and 5.55am",
            ),
            c(
                "he",
                "said",
                [
                    '"The entries were not mistakes,"',
                    '"They were written, we say, to cover up the fact that no one was watching."',
                ],
            ),
            c(
                None,
                "was told",
                'Ms Mulholland told police in interview that she had carried out the checks herself but had "not always looked at the clock"',
            ),
            c(
                "Ms Mulholland",
                "told",
                'that she had carried out the checks herself but had "not always looked at the clock"',
                cue_n=2,
            ),
            c(
                None,
                "is expected to",
                [
                    "A night carer, Precious Ndlovu",
                    "tell the court that she was the only member of staff on duty on the first floor that night",
                ],
            ),
            c(
                "A night carer, Precious Ndlovu",
                "tell",
                "that she was the only member of staff on duty on the first floor that night",
            ),
        ],
    ),
    article(
        "news3-courts-redwater-wells",
        "courts",
        "2026-05-19",
        """
Families sue Redwater chemical maker over contaminated wells

By Jesse Whitaker | Staff Writer

Forty-one families in the town of Redwater have sued a local chemical manufacturer, accusing it of contaminating their drinking wells with industrial solvents and of hiding what it knew for more than a decade.

The complaint, filed Tuesday in U.S. District Court in Harmon City, alleges that Tessaline Chemical Co. dumped waste containing trichloroethylene, or TCE, into unlined pits behind its plant on Route 9 from the 1980s until 2011.

According to the filing, internal company memos from 2013 show that managers were told by an outside consultant that the chemical had reached groundwater beneath the site.

Lab tests commissioned by the families found that TCE levels in 17 of the wells were up to nine times the federal limit, the complaint says.

"They knew, and they let these families keep drinking that water," said Angela Ruiz-Montoya, a lawyer for the plaintiffs. "Some of these kids were bathed in it from the day they came home from the hospital."

Tessaline did not respond to requests for comment Tuesday. In a 2024 statement to the Harmon City Ledger, the company said it had "never knowingly released hazardous material" and had spent $14 million cleaning up the site.

State environmental regulators have said the plume has spread about half a mile north of the plant. A spokesman for the Department of Environmental Quality said Tuesday that the agency was reviewing the lawsuit but had "no comment on pending litigation."

The case has been assigned to U.S. District Judge Harriet Coleman-Price, who last year ruled that a similar suit against a different company could proceed as a class action.
""",
        [
            c(
                "Forty-one families in the town of Redwater",
                "accusing",
                "it of contaminating their drinking wells with industrial solvents and of hiding what it knew for more than a decade",
            ),
            c(
                "The complaint, filed Tuesday in U.S. District Court in Harmon City",
                "alleges",
                "that Tessaline Chemical Co. dumped waste containing trichloroethylene, or TCE, into unlined pits behind its plant on Route 9 from the 1980s until 2011",
            ),
            c(
                "the filing",
                "According to",
                "internal company memos from 2013 show that managers were told by an outside consultant that the chemical had reached groundwater beneath the site",
            ),
            c(
                "internal company memos from 2013",
                "show",
                "that managers were told by an outside consultant that the chemical had reached groundwater beneath the site",
            ),
            c(
                "an outside consultant",
                "were told",
                "that the chemical had reached groundwater beneath the site",
            ),
            c(
                "Lab tests commissioned by the families",
                "found",
                "that TCE levels in 17 of the wells were up to nine times the federal limit",
            ),
            c(
                "the complaint",
                "says",
                "Lab tests commissioned by the families found that TCE levels in 17 of the wells were up to nine times the federal limit",
            ),
            c(
                "Angela Ruiz-Montoya, a lawyer for the plaintiffs",
                "said",
                [
                    '"They knew, and they let these families keep drinking that water,"',
                    '"Some of these kids were bathed in it from the day they came home from the hospital."',
                ],
            ),
            c(
                "the company",
                "said",
                'it had "never knowingly released hazardous material" and had spent $14 million cleaning up the site',
            ),
            c(
                "State environmental regulators",
                "have said",
                "the plume has spread about half a mile north of the plant",
            ),
            c(
                "A spokesman for the Department of Environmental Quality",
                "said",
                'that the agency was reviewing the lawsuit but had "no comment on pending litigation."',
            ),
            c(
                "U.S. District Judge Harriet Coleman-Price",
                "ruled",
                "that a similar suit against a different company could proceed as a class action",
            ),
        ],
    ),
    article(
        "news3-courts-haripuram-drains",
        "courts",
        "2026-11-13",
        """
HC directs Haripuram civic body to cover open drains within eight weeks

Our Legal Correspondent

HARIPURAM: The High Court on Thursday directed the Haripuram Municipal Corporation to cover all open storm-water drains in the city within eight weeks, observing that the civic body had "treated the lives of children as an acceptable risk".

A division bench of Chief Justice R. Venkataraman and Justice Sunita Bhattacharjee was hearing a public interest litigation filed after a seven-year-old boy, Arjun Menon, drowned in an uncovered drain in Kamalapuram during heavy rain in September.

Counsel for the petitioner, senior advocate Mohan Iyer, submitted that at least 11 people had died in open drains in the city since 2019, and that the corporation had ignored three earlier recommendations of the State Human Rights Commission.

The corporation's standing counsel, K. Lakshmi Narayanan, told the court that work on covering 140 km of drains had been tendered and would be completed before the next monsoon.

The bench was not impressed. "Every year the same assurance is given before the monsoon and every year a child is pulled out of a drain after it," the court said.

In its order, the bench said the Municipal Commissioner would be held personally responsible for any further death, and directed the corporation to file a compliance report with photographs by January 15.

The court also ordered the state government to pay Rs 10 lakh as interim compensation to the boy's family.

Speaking to reporters outside the court, the boy's father, P. Suresh Menon, a bus conductor, said the money would not bring his son back. "I want no other parent to go through this," he said.

Municipal Commissioner Dr Vivek Saxena could not be reached for comment. The matter will next be heard on January 20.
""",
        [
            c(
                "HC",
                "directs",
                "Haripuram civic body to cover open drains within eight weeks",
            ),
            c(
                "The High Court",
                "directed",
                "the Haripuram Municipal Corporation to cover all open storm-water drains in the city within eight weeks",
            ),
            c(
                "The High Court",
                "observing",
                'that the civic body had "treated the lives of children as an acceptable risk"',
            ),
            c(
                "Counsel for the petitioner, senior advocate Mohan Iyer",
                "submitted",
                "that at least 11 people had died in open drains in the city since 2019, and that the corporation had ignored three earlier recommendations of the State Human Rights Commission",
            ),
            c(
                "The corporation's standing counsel, K. Lakshmi Narayanan",
                "told",
                "that work on covering 140 km of drains had been tendered and would be completed before the next monsoon",
            ),
            c(
                "the court",
                "said",
                '"Every year the same assurance is given before the monsoon and every year a child is pulled out of a drain after it,"',
            ),
            c(
                "the bench",
                "said",
                "the Municipal Commissioner would be held personally responsible for any further death",
            ),
            c(
                "the bench",
                "directed",
                "the corporation to file a compliance report with photographs by January 15",
            ),
            c(
                "The court",
                "ordered",
                "the state government to pay Rs 10 lakh as interim compensation to the boy's family",
            ),
            c(
                "the boy's father, P. Suresh Menon, a bus conductor",
                "said",
                "the money would not bring his son back",
            ),
            c("he", "said", '"I want no other parent to go through this,"'),
        ],
    ),
    article(
        "news3-council-wickham-fields",
        "council",
        "2026-09-24",
        """
Go-ahead for 240 homes on Wickham Fields despite flooding fears

By Tom Rigby, Local Democracy Reporting Service

Plans for 240 homes on farmland at Wickham Fields, on the edge of Ashby St Clement, have been approved despite more than 600 objections from residents worried about flooding.

Norbury District Council's planning committee voted seven to four in favour of the scheme by Hallam Homes on Wednesday evening, after a debate lasting almost three hours.

Councillors were told by the council's head of planning, Ruth Oduwole, that the Rivers Authority had withdrawn its objection after the developer agreed to build two attenuation ponds and raise the floor levels of 38 homes.

A report to the committee said the scheme would provide 72 affordable homes and £1.1m towards a new primary school. Officers had recommended that the application be approved.

Speaking against the plans, Grace Mbatha, who lives on Mill Lane, said water had come through her front door twice in five years. "Every time they pour concrete upstream, it ends up in my kitchen," she told the committee.

Cllr Peter Lacey (Ind, Ashby) asked how the council could be sure the ponds would be maintained once the developer had left the site.

Hallam Homes' planning director, Simon Braithwaite, replied that a management company funded by residents' service charges would look after them "in perpetuity".

Committee chair Cllr Janet Whitmore said she understood residents' anger but that the committee could only refuse the plans on "sound planning grounds", and that there were none.

The Ashby St Clement Flood Action Group said it was considering a legal challenge. Its secretary, Derek Ashworth, has repeatedly urged residents to send photographs of past flooding to the group.

It is understood that Hallam Homes hopes to start work in the spring.
""",
        [
            c(
                "the council's head of planning, Ruth Oduwole",
                "were told",
                "that the Rivers Authority had withdrawn its objection after the developer agreed to build two attenuation ponds and raise the floor levels of 38 homes",
            ),
            c(
                "A report to the committee",
                "said",
                "the scheme would provide 72 affordable homes and £1.1m towards a new primary school",
            ),
            c("Officers", "had recommended", "that the application be approved"),
            c(
                "Grace Mbatha, who lives on Mill Lane",
                "said",
                "water had come through her front door twice in five years",
            ),
            c(
                "she",
                "told",
                '"Every time they pour concrete upstream, it ends up in my kitchen,"',
            ),
            c(
                "Hallam Homes' planning director, Simon Braithwaite",
                "replied",
                'that a management company funded by residents\' service charges would look after them "in perpetuity"',
            ),
            c(
                "Committee chair Cllr Janet Whitmore",
                "said",
                'she understood residents\' anger but that the committee could only refuse the plans on "sound planning grounds", and that there were none',
            ),
            c(
                "The Ashby St Clement Flood Action Group",
                "said",
                "it was considering a legal challenge",
            ),
            c(
                "Its secretary, Derek Ashworth",
                "urged",
                "residents to send photographs of past flooding to the group",
            ),
            c(
                None,
                "is understood",
                "that Hallam Homes hopes to start work in the spring",
            ),
        ],
    ),
    article(
        "news3-council-lakeridge-budget",
        "council",
        "2026-06-16",
        """
Lakeridge council passes $212 million budget, trims library hours

By Kendra Wallace, City Hall Reporter

LAKERIDGE — The City Council on Monday night approved a $212 million budget for the coming fiscal year that closes a $9 million gap largely by cutting library hours and leaving 31 vacant positions unfilled.

The vote was 5-2. Council members Diane Esposito and Marcus Boateng voted no, with Esposito saying the library cuts would fall hardest on "kids who don't have Wi-Fi at home."

Mayor Linda Farraday said the council had "no good options" after sales tax revenue came in well below projections. "Nobody up here ran for office to close libraries on Sundays," she said. "But we can't spend money we don't have."

City Finance Director Raj Malhotra had warned in March that the city faced a deficit of up to $14 million if it did nothing, citing rising pension costs and a slowdown in home sales.

Under the budget, all four branch libraries will close on Sundays and Mondays starting July 1, according to budget documents released last week. The main library downtown will keep its current hours.

More than 40 residents spoke during a public comment period that stretched past 11 p.m. Many asked why the council had not considered raising parking fees instead.

Library Director Celeste Nakamura told the council that Sunday was the branches' busiest day for families. Her warning that the cuts could cost the library system its state accreditation drew gasps from the audience.

It was announced at the meeting that City Manager Paul Dubrovsky, who has run the city's day-to-day operations since 2015, will retire at the end of the year.

Esposito said she would propose restoring Sunday hours if revenue improves by the midyear review.
""",
        [
            c(
                "Esposito",
                "saying",
                'the library cuts would fall hardest on "kids who don\'t have Wi-Fi at home."',
            ),
            c(
                "Mayor Linda Farraday",
                "said",
                'the council had "no good options" after sales tax revenue came in well below projections',
            ),
            c(
                "she",
                "said",
                [
                    '"Nobody up here ran for office to close libraries on Sundays,"',
                    "\"But we can't spend money we don't have.\"",
                ],
            ),
            c(
                "City Finance Director Raj Malhotra",
                "had warned",
                "that the city faced a deficit of up to $14 million if it did nothing",
            ),
            c(
                "budget documents released last week",
                "according to",
                "Under the budget, all four branch libraries will close on Sundays and Mondays starting July 1",
            ),
            c(
                "Library Director Celeste Nakamura",
                "told",
                "that Sunday was the branches' busiest day for families",
            ),
            c(
                "Her",
                "warning",
                "that the cuts could cost the library system its state accreditation",
            ),
            c(
                None,
                "was announced",
                "that City Manager Paul Dubrovsky, who has run the city's day-to-day operations since 2015, will retire at the end of the year",
            ),
            c(
                "Esposito",
                "said",
                "she would propose restoring Sunday hours if revenue improves by the midyear review",
            ),
        ],
    ),
    article(
        "news3-opinion-number-42-bus",
        "opinion",
        "2026-05-27",
        """
If the number 42 bus dies, so does Thornbury Vale

By Alison Hartley

Every Tuesday my neighbour Ivy, who is 84 and does not drive, takes the number 42 into Pennock to collect her prescription and have her hair done. From September, she will not be able to.

Last week the county council confirmed that the route, along with five other rural services, will lose its subsidy at the end of August. The cabinet member responsible, Cllr Gareth Pryce, told a scrutiny meeting that the 42 cost £11 per passenger journey and that the council "cannot justify that to taxpayers".

I understand the arithmetic. I simply do not accept it.

That £11 figure ignores what the bus saves elsewhere. A study by the University of Calder's transport institute found that every pound spent on rural buses returns almost four in reduced health and social care costs. People who can get out, it turns out, stay well for longer.

The council says passengers can use its new on-demand minibus, Vale Connect, instead. Vale Connect must be booked a day ahead through an app. According to the council's own figures, it turned away one request in five last month.

Cllr Pryce's claim that nobody will be left stranded does not survive contact with that number. He has also said that the decision is "not set in stone" if parish councils can find the money themselves. That is not a rescue; it is a tax on the villages with the least.

Ivy put it better than I can. "They'll save their eleven pounds," she told me, "and then they'll spend it on a carer to come out to me instead."

The consultation closes on 30 June. The council should listen to the people who actually ride the 42, and keep it running.
""",
        [
            c(
                "the county council",
                "confirmed",
                "that the route, along with five other rural services, will lose its subsidy at the end of August",
            ),
            c(
                "The cabinet member responsible, Cllr Gareth Pryce",
                "told",
                'that the 42 cost £11 per passenger journey and that the council "cannot justify that to taxpayers"',
            ),
            c(
                "A study by the University of Calder's transport institute",
                "found",
                "that every pound spent on rural buses returns almost four in reduced health and social care costs",
            ),
            c(
                "The council",
                "says",
                "passengers can use its new on-demand minibus, Vale Connect, instead",
            ),
            c(
                "the council's own figures",
                "According to",
                "it turned away one request in five last month",
            ),
            c("Cllr Pryce", "claim", "that nobody will be left stranded"),
            c(
                "He",
                "said",
                'that the decision is "not set in stone" if parish councils can find the money themselves',
            ),
            c(
                "she",
                "told",
                [
                    '"They\'ll save their eleven pounds,"',
                    '"and then they\'ll spend it on a carer to come out to me instead."',
                ],
            ),
        ],
    ),
    article(
        "news3-opinion-tariff-traders",
        "opinion",
        "2026-04-08",
        """
Tariff hike: who will speak for the small trader?

By Ngozi Adebanjo-Eze

When the Electricity Regulatory Board announced last month that Band A customers would pay 40 per cent more from April, officials assured us that ordinary households would barely feel it. I wish they would spend a morning at Ekenwa Road market.

Mama Bisi, who has sold frozen fish there for 22 years, told me her freezer now runs on a generator for most of the day because grid supply comes for four hours at best. "I pay for light I do not see," she said.

The board insists that the increase applies only to feeders that supply at least 20 hours of power a day. Its chairman, Engr. Tunde Olasupo, was quoted as saying that "nobody is paying for what they do not receive."

But a survey by the Consumer Rights Forum, which monitored 60 Band A feeders in the city for six weeks, found that only 19 met that standard.

Distribution companies are said to have lobbied for the increase for two years, warning that without it they could not pay for new transformers. Perhaps they are right that the sector needs money. But the answer cannot be to charge a fish seller in Ekenwa Road for a service that arrives, like a visiting in-law, when it pleases.

The minister of power has promised a review in six months. Traders cannot wait six months. Generators do not run on promises, and diesel has doubled in price since January.

The board should suspend the increase until it can show, feeder by feeder, that customers are getting what they pay for. Until then, every naira collected from Mama Bisi is a naira she has paid for darkness.
""",
        [
            c(
                "the Electricity Regulatory Board",
                "announced",
                "that Band A customers would pay 40 per cent more from April",
            ),
            c("officials", "assured", "that ordinary households would barely feel it"),
            c(
                "Mama Bisi, who has sold frozen fish there for 22 years",
                "told",
                "her freezer now runs on a generator for most of the day because grid supply comes for four hours at best",
            ),
            c("she", "said", '"I pay for light I do not see,"'),
            c(
                "The board",
                "insists",
                "that the increase applies only to feeders that supply at least 20 hours of power a day",
            ),
            c(
                "Its chairman, Engr. Tunde Olasupo",
                "was quoted as saying",
                'that "nobody is paying for what they do not receive."',
            ),
            c(
                "a survey by the Consumer Rights Forum, which monitored 60 Band A feeders in the city for six weeks",
                "found",
                "that only 19 met that standard",
            ),
            c(
                None,
                "are said to",
                [
                    "Distribution companies",
                    "have lobbied for the increase for two years, warning that without it they could not pay for new transformers",
                ],
            ),
            c(
                "Distribution companies",
                "warning",
                "that without it they could not pay for new transformers",
            ),
            c("The minister of power", "has promised", "a review in six months"),
        ],
    ),
    article(
        "news3-interview-odera-floods",
        "interview",
        "2026-05-04",
        """
"A river does not negotiate": hydrologist Dr Achieng Odera on the Lumoro floods

Dr Achieng Odera, 47, heads the water resources department at Kiriri University and has studied the Lumoro River basin for two decades. After this month's floods displaced more than 30,000 people, she spoke to our environment writer, Brian Mwangi. It has been edited for length.

Mwangi: The county government says the floods were a once-in-a-century event. Was anyone to blame?

Odera: Calling it once in a century is convenient. We had floods of nearly this size in 2018 and 2023. When a once-in-a-century flood comes three times in eight years, you should stop using that phrase.

Mwangi: What has changed in the basin?

Odera: Two things. Upstream, about a third of the forest cover in the catchment has been cleared since 2000, according to our satellite analysis, so the rain runs off faster. Downstream, people have built on the flood plain, sometimes with permits, sometimes without.

Mwangi: Residents in Kilole told us the dam operator released water without warning. Is that fair?

Odera: I have seen the release schedule. The operator did send alerts, but by text message, in English, at two in the morning. A warning nobody reads is not a warning.

Mwangi: What would you do first?

Odera: Map the flood plain properly and publish the map. People have a right to know whether the plot they are buying will be under water.

Mwangi: The national government has promised two billion shillings for recovery. Is that enough?

Odera: For rebuilding, perhaps. But if we rebuild the same houses in the same place, we are simply paying twice.

Mwangi: Are you hopeful?

Odera: I am a scientist, so I am patient. But a river does not negotiate. It will come back for the same houses.
""",
        [
            c("hydrologist Dr Achieng Odera", ":", '"A river does not negotiate"'),
            qa(
                "Odera",
                "Calling it once in a century is convenient. We had floods of nearly this size in 2018 and 2023. When a once-in-a-century flood comes three times in eight years, you should stop using that phrase.",
            ),
            qa(
                "Odera",
                "Two things. Upstream, about a third of the forest cover in the catchment has been cleared since 2000, according to our satellite analysis, so the rain runs off faster. Downstream, people have built on the flood plain, sometimes with permits, sometimes without.",
            ),
            qa(
                "Odera",
                "I have seen the release schedule. The operator did send alerts, but by text message, in English, at two in the morning. A warning nobody reads is not a warning.",
            ),
            qa(
                "Odera",
                "Map the flood plain properly and publish the map. People have a right to know whether the plot they are buying will be under water.",
            ),
            qa(
                "Odera",
                "For rebuilding, perhaps. But if we rebuild the same houses in the same place, we are simply paying twice.",
            ),
            qa(
                "Odera",
                "I am a scientist, so I am patient. But a river does not negotiate. It will come back for the same houses.",
            ),
        ],
    ),
    article(
        "news3-live-blog-hurricane-odette",
        "live-blog",
        "2026-09-02",
        """
Hurricane Odette live updates: storm makes landfall near Port Alder as Category 3

Live coverage from our coastal desk. All times local.

8:52 p.m.
The Federal Storm Prediction Office says Odette made landfall at 8:15 p.m. about 10 miles west of Port Alder with maximum sustained winds of 115 mph.

8:40 p.m.
More than 180,000 customers are without power across Tidewell and Grange counties, according to the utility Coastal Light & Power. A spokeswoman said crews would not go out until winds drop below 40 mph.

8:31 p.m.
Gov. Evelyn Crane just told a briefing at the state emergency operations center: "If you stayed, stay inside. Do not go out to look at the water. The water will kill you."

8:20 p.m.
Our reporter in Port Alder, Luis Carrasco: "The wind is screaming through the parking garage where we're sheltering. We've lost the streetlights on Front Street. A police officer told me they have pulled every patrol car off the road."

8:05 p.m.
Police in Grange County say a man was rescued from the roof of a pickup truck on Highway 12 after driving around road closures. He was taken to a hospital with minor injuries.

7:48 p.m.
Port Alder Mayor Dwayne Boudreaux has ordered a curfew from 9 p.m. until 6 a.m. Asked whether the city's new seawall would hold, Boudreaux said: "It was built for this. We're about to find out."

7:30 p.m.
A storm surge of up to 12 feet is still expected along the coast east of the eye, forecasters warn. Residents of the barrier islands were told on Tuesday to evacuate; about 3,000 are believed to have stayed.

7:12 p.m.
Schools in both counties will stay closed through Friday, the state education department announced.
""",
        [
            c(
                "The Federal Storm Prediction Office",
                "says",
                "Odette made landfall at 8:15 p.m. about 10 miles west of Port Alder with maximum sustained winds of 115 mph",
            ),
            c(
                "the utility Coastal Light & Power",
                "according to",
                "More than 180,000 customers are without power across Tidewell and Grange counties",
            ),
            c(
                "A spokeswoman",
                "said",
                "crews would not go out until winds drop below 40 mph",
            ),
            c(
                "Gov. Evelyn Crane",
                "told",
                '"If you stayed, stay inside. Do not go out to look at the water. The water will kill you."',
            ),
            c(
                "Our reporter in Port Alder, Luis Carrasco",
                ":",
                "\"The wind is screaming through the parking garage where we're sheltering. We've lost the streetlights on Front Street. A police officer told me they have pulled every patrol car off the road.\"",
            ),
            c(
                "Police in Grange County",
                "say",
                "a man was rescued from the roof of a pickup truck on Highway 12 after driving around road closures",
            ),
            c("Boudreaux", "said", '"It was built for this. We\'re about to find out."'),
            c(
                "forecasters",
                "warn",
                "A storm surge of up to 12 feet is still expected along the coast east of the eye",
            ),
            c(None, "were told", ["Residents of the barrier islands", "to evacuate"]),
            c(None, "are believed to", ["about 3,000", "have stayed"]),
            c(
                "the state education department",
                "announced",
                "Schools in both counties will stay closed through Friday",
            ),
        ],
    ),
    article(
        "news3-live-blog-westland-rail-strike",
        "live-blog",
        "2026-03-25",
        """
Rail strike live: hardly any trains on Westland Rail as 48-hour walkout begins

Welcome to our live coverage of the strike by the Rail and Signal Workers' Union (RSWU). Updates by Anjali Sandhu.

10:45
Transport secretary Helen Ashcroft has told Radio Westland that the strike was "unjustified and unnecessary" and that the union had walked away from "a fair offer".

10:20
Westland Rail says just 38 of its usual 1,100 services will run today, mostly on the Kestrel Valley line, which is staffed by managers. It is advising passengers not to travel unless their journey is essential.

10:02
RSWU general secretary Mick Dolan, speaking on the picket line at Carrow Street station, said the offer amounted to a real-terms pay cut. "Our members haven't had a proper rise in three years," he said. "They're not asking for the moon."

He added that further dates would be announced "within days" if talks did not resume.

09:40
Commuters at Kingsmere station have been sharing their stories with us. Nurse Abigail Forde said she had paid £46 for a taxi to reach her hospital shift: "I can't work from home. Nobody can do a blood test over a video call."

09:15
Talks between the union and Westland Rail are understood to have broken down on Friday evening over the company's plan to close ticket offices at 40 stations. A Westland Rail source, who did not want to be named because negotiations are confidential, told us the gap between the two sides was "less than people think".

08:30
Good morning. Here is what we know so far:
- Almost no trains on Westland Rail routes today or tomorrow
- The union says the pay offer is a real-terms cut; ministers call it fair
- Roads busier than usual, according to the Roads Authority
""",
        [
            c(
                "Transport secretary Helen Ashcroft",
                "has told",
                'that the strike was "unjustified and unnecessary" and that the union had walked away from "a fair offer"',
            ),
            c(
                "Westland Rail",
                "says",
                "just 38 of its usual 1,100 services will run today, mostly on the Kestrel Valley line, which is staffed by managers",
            ),
            c(
                "It",
                "is advising",
                "passengers not to travel unless their journey is essential",
            ),
            c(
                "RSWU general secretary Mick Dolan",
                "said",
                "the offer amounted to a real-terms pay cut",
            ),
            c(
                "he",
                "said",
                [
                    '"Our members haven\'t had a proper rise in three years,"',
                    '"They\'re not asking for the moon."',
                ],
            ),
            c(
                "He",
                "added",
                'that further dates would be announced "within days" if talks did not resume',
            ),
            c(
                "Nurse Abigail Forde",
                "said",
                'she had paid £46 for a taxi to reach her hospital shift: "I can\'t work from home. Nobody can do a blood test over a video call."',
            ),
            c(
                None,
                "are understood to",
                [
                    "Talks between the union and Westland Rail",
                    "have broken down on Friday evening over the company's plan to close ticket offices at 40 stations",
                ],
            ),
            c(
                "A Westland Rail source, who did not want to be named because negotiations are confidential",
                "told",
                'the gap between the two sides was "less than people think"',
            ),
            c("The union", "says", "the pay offer is a real-terms cut"),
            c("ministers", "call", "it fair"),
            c("the Roads Authority", "according to", "Roads busier than usual"),
        ],
    ),
    article(
        "news3-business-mabeleng-platinum",
        "business",
        "2026-08-19",
        """
Mabeleng Platinum profit halves as prices slide; shares fall 9%

By Thandiwe Nkosi

RUSTFONTEIN — Mabeleng Platinum reported a 52% fall in half-year profit on Wednesday and said it would cut about 1,800 jobs at two of its older shafts, sending its shares down 9% in early trade.

Headline earnings for the six months to June were R2.1 billion, down from R4.4 billion a year earlier, the company said in a statement to the stock exchange.

Chief executive Lerato Dlamini-Shaw said the slump reflected a 23% drop in the rand price of platinum and power cuts that had cost the group 40,000 ounces of output.

"We are not going to mine at a loss to protect a headline number," she told analysts on a conference call. "The shafts we are closing have not made money since 2022."

The job cuts are subject to consultation with unions. The Allied Mineworkers' Union said it would fight any retrenchments "with everything we have" and accused the company of using the price slump as cover for closures planned years ago.

Mabeleng forecast full-year production of 1.45 million to 1.5 million ounces. Analysts polled by FinData had forecast 1.6 million ounces.

"The market was braced for bad numbers, but not this bad," said Pieter van Wyk, a mining analyst at Sable Capital in Rustfontein.

The company is reported to have held talks with an Asian smelting group about selling its 40% stake in the Sekhukhu refinery. Mabeleng declined to comment.
""",
        [
            c("Mabeleng Platinum", "reported", "a 52% fall in half-year profit"),
            c(
                "Mabeleng Platinum",
                "said",
                "it would cut about 1,800 jobs at two of its older shafts",
            ),
            c(
                "the company",
                "said",
                "Headline earnings for the six months to June were R2.1 billion, down from R4.4 billion a year earlier",
            ),
            c(
                "Chief executive Lerato Dlamini-Shaw",
                "said",
                "the slump reflected a 23% drop in the rand price of platinum and power cuts that had cost the group 40,000 ounces of output",
            ),
            c(
                "she",
                "told",
                [
                    '"We are not going to mine at a loss to protect a headline number,"',
                    '"The shafts we are closing have not made money since 2022."',
                ],
            ),
            c(
                "The Allied Mineworkers' Union",
                "said",
                'it would fight any retrenchments "with everything we have"',
            ),
            c(
                "The Allied Mineworkers' Union",
                "accused",
                "the company of using the price slump as cover for closures planned years ago",
            ),
            c(
                "Mabeleng",
                "forecast",
                "full-year production of 1.45 million to 1.5 million ounces",
            ),
            c("Analysts polled by FinData", "had forecast", "1.6 million ounces"),
            c(
                "Pieter van Wyk, a mining analyst at Sable Capital in Rustfontein",
                "said",
                '"The market was braced for bad numbers, but not this bad,"',
            ),
            c(
                None,
                "is reported to",
                [
                    "The company",
                    "have held talks with an Asian smelting group about selling its 40% stake in the Sekhukhu refinery",
                ],
            ),
        ],
    ),
    article(
        "news3-foreign-orlik-crossing",
        "foreign",
        "2026-02-08",
        """
Belmora and Tavesh to reopen Orlik border crossing after three-year closure

By Marguerite Lenoir in Cestra

CESTRA — Belmora and Tavesh will reopen their main border crossing at Orlik to goods and travellers next month, officials from both countries said on Sunday.

The agreement followed four days of talks in Cestra brokered by the regional bloc, the Coastal States Union. The crossing has been shut since 2023, when a dispute over fishing rights in the Gulf of Marn escalated into a brief exchange of fire between naval patrols.

According to a joint statement released in both capitals, trucks will be allowed through from March 1 and passenger traffic from April 15, subject to "satisfactory progress" on a new customs system.

Tavesh's foreign minister, Irakli Dovanian, called the deal "a door, not yet a bridge." Speaking to state television, he said fishing rights would be discussed separately and that "nothing has been given away."

Belmoran officials were more guarded. A senior diplomat in Cestra, who asked not to be identified because he was not authorised to discuss the talks, said Belmora had agreed to the reopening only after Tavesh dropped a demand for compensation for seized fishing boats.

Tavesh's state news agency, TNA, reported that President Aram Kessarian had spoken by telephone with his Belmoran counterpart, Sofia Vantorescu, for the first time since 2022.

Traders on both sides welcomed the news. Border towns such as Orlik are said to have lost half their shops since the closure.

The Coastal States Union's envoy, Hamid Bensaïd, who chaired the talks, warned that the agreement remained "fragile" and urged both governments to withdraw naval patrols from the disputed waters by the end of the year.
""",
        [
            c(
                "officials from both countries",
                "said",
                "Belmora and Tavesh will reopen their main border crossing at Orlik to goods and travellers next month",
            ),
            c(
                "a joint statement released in both capitals",
                "According to",
                'trucks will be allowed through from March 1 and passenger traffic from April 15, subject to "satisfactory progress" on a new customs system',
            ),
            c(
                "Tavesh's foreign minister, Irakli Dovanian",
                "called",
                'the deal "a door, not yet a bridge."',
            ),
            c(
                "he",
                "said",
                'fishing rights would be discussed separately and that "nothing has been given away."',
            ),
            c(
                "A senior diplomat in Cestra, who asked not to be identified because he was not authorised to discuss the talks",
                "said",
                "Belmora had agreed to the reopening only after Tavesh dropped a demand for compensation for seized fishing boats",
            ),
            c(
                "Tavesh's state news agency, TNA",
                "reported",
                "that President Aram Kessarian had spoken by telephone with his Belmoran counterpart, Sofia Vantorescu, for the first time since 2022",
            ),
            c(
                None,
                "are said to",
                ["Border towns such as Orlik", "have lost half their shops since the closure"],
            ),
            c(
                "The Coastal States Union's envoy, Hamid Bensaïd, who chaired the talks",
                "warned",
                'that the agreement remained "fragile"',
            ),
            c(
                "The Coastal States Union's envoy, Hamid Bensaïd, who chaired the talks",
                "urged",
                "both governments to withdraw naval patrols from the disputed waters by the end of the year",
            ),
        ],
    ),
    article(
        "news3-science-walk-to-school-sleep",
        "science",
        "2026-10-21",
        """
Children who walk to school sleep 20 minutes longer, study suggests

By Sarah Kimathi, Science Correspondent

Children who walk or cycle to school fall asleep earlier and sleep on average 20 minutes longer a night than those who are driven, according to a study of nearly 4,000 primary school pupils.

The research, published on Wednesday in the journal Paediatric Sleep Medicine, tracked children aged eight to eleven in Carrowby and two neighbouring cities, using wrist-worn activity monitors, for a fortnight.

The effect held even after the researchers accounted for screen time, family income and how far the children lived from school, the authors write.

"Twenty minutes doesn't sound like much, but over a school year it adds up to more than two full nights of sleep," said lead author Dr Fiona Achterberg of the Institute for Child Health at Vellmouth University.

Achterberg said the team believed morning daylight was the key, because it helps set the body clock. Children who were driven but spent time outdoors before school showed a smaller benefit, the figures showed.

The study was observational, and the authors caution that it cannot prove that walking causes longer sleep.

Professor Kwame Asiedu, a sleep researcher at the Brennock Institute who was not involved in the research, said the findings were "plausible and welcome" but warned that families who walk to school may differ in ways the study could not measure.

Earlier work by the same group had found that fewer than a third of children in Carrowby walk to school, down from two thirds in 1990.

The researchers are calling on councils to create car-free "school streets" at drop-off times.
""",
        [
            c("study", "suggests", "Children who walk to school sleep 20 minutes longer"),
            c(
                "a study of nearly 4,000 primary school pupils",
                "according to",
                "Children who walk or cycle to school fall asleep earlier and sleep on average 20 minutes longer a night than those who are driven",
            ),
            c(
                "the authors",
                "write",
                "The effect held even after the researchers accounted for screen time, family income and how far the children lived from school",
            ),
            c(
                "lead author Dr Fiona Achterberg of the Institute for Child Health at Vellmouth University",
                "said",
                '"Twenty minutes doesn\'t sound like much, but over a school year it adds up to more than two full nights of sleep,"',
            ),
            c(
                "Achterberg",
                "said",
                "the team believed morning daylight was the key, because it helps set the body clock",
            ),
            c(
                "the figures",
                "showed",
                "Children who were driven but spent time outdoors before school showed a smaller benefit",
            ),
            c("the authors", "caution", "that it cannot prove that walking causes longer sleep"),
            c(
                "Professor Kwame Asiedu, a sleep researcher at the Brennock Institute who was not involved in the research",
                "said",
                'the findings were "plausible and welcome"',
            ),
            c(
                "Professor Kwame Asiedu, a sleep researcher at the Brennock Institute who was not involved in the research",
                "warned",
                "that families who walk to school may differ in ways the study could not measure",
            ),
            c(
                "Earlier work by the same group",
                "had found",
                "that fewer than a third of children in Carrowby walk to school, down from two thirds in 1990",
            ),
            c(
                "The researchers",
                "are calling on",
                'councils to create car-free "school streets" at drop-off times',
            ),
        ],
    ),
]
