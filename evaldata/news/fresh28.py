"""A held-out set of invented news articles and their attributions, as strings (fresh28).

Written on 2026-12-05 blind to claimx's rules (the annotator neither ran claimx nor read its
source, its tests or the other sets) and never to be used for tuning. Every article, person,
organisation, place and quotation here is invented (MIT, like the project). ``build.py --set
fresh28`` turns these into ``fresh28.jsonl`` with exact spans; the conventions are in
docs/evaldata-news.md.

Twelve articles (wire 2, courts, council, press-release, interview, live-blog, opinion, business 2, science, sport) in American, Scottish, Singaporean, Ghanaian and Caribbean house styles.
"""

# ruff: noqa: E501 (article text: one paragraph a line)
from __future__ import annotations

from typing import Any

from articles import article, c, qa

ARTICLES: list[dict[str, Any]] = [
    article(
        "fresh28-wire-pharmacy-burglaries",
        "wire",
        "2026-11-17",
        """
Police say man arrested after chase was behind string of pharmacy burglaries

By MARISSA OKAFOR-BELL Associated Wire Service

HARLOW FALLS, Ind. (AWS) — A 34-year-old man suspected of breaking into at least seven pharmacies across three counties was arrested early Tuesday after a chase that ended when his pickup truck struck a utility pole, police said.

Harlow Falls Police Chief Dennis Varga told reporters at a midday briefing that officers had been "closing in for weeks" and that the suspect, Corey Lyle Amesbury of nearby Dunmore, had been under surveillance since late October.

"This was not a kid grabbing a few bottles of cough syrup," Varga said. "This was someone who knew exactly what he was looking for and exactly where the stores kept it."

According to a probable cause affidavit filed in Marlow County Superior Court, investigators linked Amesbury to the burglaries through surveillance footage, a partial license plate and a pair of bolt cutters recovered outside a pharmacy in Cedar Bend on Nov. 9.

The affidavit says more than 4,000 doses of prescription painkillers and stimulants were taken in the break-ins, which began in August. Most of the drugs have not been recovered, Varga said.

Amesbury was charged with seven counts of burglary, one count of resisting law enforcement and one count of possession of a controlled substance. He was being held without bond at the Marlow County Jail on Tuesday, and it was not immediately clear whether he had an attorney who could comment on his behalf.

Chase reached 90 mph

The chase began shortly after 2 a.m., when a Marlow County sheriff's deputy tried to stop Amesbury's truck on State Road 14 for a broken taillight, sheriff's office spokeswoman Lt. Alma Reyes-Whitford said in a statement.

The truck reached speeds of about 90 mph on rural roads before Amesbury lost control on a curve near the Dunmore exit, she said. He was treated at a hospital for minor injuries and then booked.

No one else was hurt. The deputy's dashboard camera recorded the chase, and Reyes-Whitford said the footage would be released "once the prosecutor's office signs off."

Marlow County Prosecutor Gail Henning declined to comment on whether more charges were likely, saying only that her office was reviewing "a substantial amount of evidence."

Pharmacists on edge

Pharmacy owners in the area said the burglaries had left them rattled. Theo Pruitt, who owns Pruitt Family Drug in Cedar Bend, said thieves cut through a rear door and were inside for less than four minutes.

"You lie awake wondering if it's going to happen again," Pruitt said Tuesday. "I've got a 70-year-old pharmacist who didn't want to open up alone for a month."

The state pharmacy board is expected to consider new security requirements for independent pharmacies at its January meeting, and several owners said they had already installed steel doors and additional cameras.

Anyone with information about the burglaries is asked to call the Harlow Falls Police Department tip line at 555-0142.

Photo caption: A Marlow County sheriff's deputy photographs the damaged pickup truck on State Road 14 on Tuesday. (AWS Photo/Ken Dobrowski)
""",
        [
            c("Police", "say", "man arrested after chase was behind string of pharmacy burglaries"),
            c(
                "police",
                "said",
                "A 34-year-old man suspected of breaking into at least seven pharmacies across three counties was arrested early Tuesday after a chase that ended when his pickup truck struck a utility pole",
            ),
            c(
                "Harlow Falls Police Chief Dennis Varga",
                "told",
                'that officers had been "closing in for weeks" and that the suspect, Corey Lyle Amesbury of nearby Dunmore, had been under surveillance since late October',
            ),
            c(
                "Varga",
                "said",
                [
                    '"This was not a kid grabbing a few bottles of cough syrup,"',
                    '"This was someone who knew exactly what he was looking for and exactly where the stores kept it."',
                ],
            ),
            c(
                "a probable cause affidavit filed in Marlow County Superior Court",
                "According to",
                "investigators linked Amesbury to the burglaries through surveillance footage, a partial license plate and a pair of bolt cutters recovered outside a pharmacy in Cedar Bend on Nov. 9",
            ),
            c(
                "The affidavit",
                "says",
                "more than 4,000 doses of prescription painkillers and stimulants were taken in the break-ins, which began in August",
            ),
            c("Varga", "said", "Most of the drugs have not been recovered"),
            c(
                "sheriff's office spokeswoman Lt. Alma Reyes-Whitford",
                "said",
                "The chase began shortly after 2 a.m., when a Marlow County sheriff's deputy tried to stop Amesbury's truck on State Road 14 for a broken taillight",
            ),
            c(
                "she",
                "said",
                "The truck reached speeds of about 90 mph on rural roads before Amesbury lost control on a curve near the Dunmore exit",
            ),
            c(
                "Reyes-Whitford",
                "said",
                'the footage would be released "once the prosecutor\'s office signs off."',
            ),
            c(
                "Marlow County Prosecutor Gail Henning",
                "saying",
                'that her office was reviewing "a substantial amount of evidence."',
            ),
            c("Pharmacy owners in the area", "said", "the burglaries had left them rattled"),
            c(
                "Theo Pruitt, who owns Pruitt Family Drug in Cedar Bend",
                "said",
                "thieves cut through a rear door and were inside for less than four minutes",
            ),
            c(
                "Pruitt",
                "said",
                [
                    '"You lie awake wondering if it\'s going to happen again,"',
                    "\"I've got a 70-year-old pharmacist who didn't want to open up alone for a month.\"",
                ],
            ),
            c(
                None,
                "is expected to",
                [
                    "The state pharmacy board",
                    "consider new security requirements for independent pharmacies at its January meeting",
                ],
            ),
            c(
                "several owners",
                "said",
                "they had already installed steel doors and additional cameras",
            ),
            c(
                None,
                "is asked to",
                [
                    "Anyone with information about the burglaries",
                    "call the Harlow Falls Police Department tip line at 555-0142",
                ],
            ),
        ],
    ),
    article(
        "fresh28-wire-galamsey-water",
        "wire",
        "2026-11-18",
        """
Galamsey turning River Ankasu into 'mud soup', water company warns

Ofoase (W/R), Nov. 18, CNS – The Volta Basin Water Company (VBWC) on Tuesday warned that illegal small-scale mining upstream had made water from the River Ankasu so muddy that its Ofoase treatment plant could no longer run at full capacity.

Mr Kwabena Sarpong-Addo, the company's Regional Manager, told journalists at the plant that turbidity levels in the raw water had risen to more than 9,000 NTU, against about 400 NTU the plant was designed to handle.

"What comes to us now is not water. It is mud soup," he said. "We are spending three times the chemicals we used to spend, and still we produce less than half of what the people need."

He said rationing would begin on Monday, with Ofoase, Bremang and parts of Nkwanta receiving water on alternate days until further notice.

Task force stretched

Nana Amoakwa Dentu III, Omanhene of the Ofoase Traditional Area, said the miners were mostly "strangers with excavators" and claimed that some of them paid local youth to keep watch for task force patrols.

"Our rivers fed our grandfathers. Today our own children cannot bathe in them," the chief said, urging the District Security Council to station soldiers permanently along the river.

The Municipal Chief Executive for Ofoase, Hon. Abena Frimpomaa Ansah, admitted that the anti-galamsey task force had been "stretched thin" since two of its vehicles broke down in September, but insisted that arrests were still being made.

According to figures from the Municipal Security Council, 41 suspected illegal miners have been arrested in the municipality since January and 12 excavators seized. Residents interviewed by CNS, however, said mining pits were reopening within days of each raid.

Madam Esi Bentsiwaa, a kenkey seller at the Ofoase lorry station, said she now buys sachet water to cook with. "Where will I get GH¢9 for one bag every day?" she asked.

The Minister for Lands and Natural Resources is expected to visit the area next week, the Ofoase Municipal Assembly said in a statement on Wednesday.

VBWC also urged customers to store water in clean, covered containers and to report illegal connections, which it said were worsening the shortage.

CNS/KSA/EMB
""",
        [
            c(
                "water company",
                "warns",
                "Galamsey turning River Ankasu into 'mud soup'",
                kind="mixed",
            ),
            c(
                "The Volta Basin Water Company (VBWC)",
                "warned",
                "that illegal small-scale mining upstream had made water from the River Ankasu so muddy that its Ofoase treatment plant could no longer run at full capacity",
            ),
            c(
                "Mr Kwabena Sarpong-Addo, the company's Regional Manager",
                "told",
                "that turbidity levels in the raw water had risen to more than 9,000 NTU, against about 400 NTU the plant was designed to handle",
            ),
            c(
                "he",
                "said",
                [
                    '"What comes to us now is not water. It is mud soup,"',
                    '"We are spending three times the chemicals we used to spend, and still we produce less than half of what the people need."',
                ],
            ),
            c(
                "He",
                "said",
                "rationing would begin on Monday, with Ofoase, Bremang and parts of Nkwanta receiving water on alternate days until further notice",
            ),
            c(
                "Nana Amoakwa Dentu III, Omanhene of the Ofoase Traditional Area",
                "said",
                'the miners were mostly "strangers with excavators"',
            ),
            c(
                "Nana Amoakwa Dentu III, Omanhene of the Ofoase Traditional Area",
                "claimed",
                "that some of them paid local youth to keep watch for task force patrols",
            ),
            c(
                "the chief",
                "said",
                '"Our rivers fed our grandfathers. Today our own children cannot bathe in them,"',
            ),
            c(
                "the chief",
                "urging",
                "the District Security Council to station soldiers permanently along the river",
            ),
            c(
                "The Municipal Chief Executive for Ofoase, Hon. Abena Frimpomaa Ansah",
                "admitted",
                'that the anti-galamsey task force had been "stretched thin" since two of its vehicles broke down in September',
            ),
            c(
                "The Municipal Chief Executive for Ofoase, Hon. Abena Frimpomaa Ansah",
                "insisted",
                "that arrests were still being made",
            ),
            c(
                "figures from the Municipal Security Council",
                "According to",
                "41 suspected illegal miners have been arrested in the municipality since January and 12 excavators seized",
            ),
            c(
                "Residents interviewed by CNS",
                "said",
                "mining pits were reopening within days of each raid",
            ),
            c(
                "Madam Esi Bentsiwaa, a kenkey seller at the Ofoase lorry station",
                "said",
                "she now buys sachet water to cook with",
            ),
            c(
                "the Ofoase Municipal Assembly",
                "said",
                "The Minister for Lands and Natural Resources is expected to visit the area next week",
            ),
            c(
                "VBWC",
                "urged",
                "customers to store water in clean, covered containers and to report illegal connections",
            ),
            c("it", "said", ["illegal connections", "were worsening the shortage"]),
        ],
    ),
    article(
        "fresh28-courts-care-home-funds",
        "courts",
        "2026-09-24",
        """
Care home boss took £86,000 from residents' funds, trial hears

By Calum Rennie, Courts Reporter

A former care home manager siphoned more than £86,000 from the savings of elderly residents to pay for holidays, a car and her daughter's wedding, a jury was told yesterday.

Lorna Baikie, 52, is accused of embezzling the money from Braeside House in Kilbrannan between March 2021 and August 2024, while she was its manager. Baikie, of Glenmuir Crescent, Kilbrannan, denies the charge.

Opening the Crown case at Kilbrannan Sheriff Court, procurator fiscal depute Anna Strachan said Baikie had been "trusted completely" by families who handed her control of their relatives' personal allowance accounts.

"This was not a single lapse," Ms Strachan told the jury of eight men and seven women. "The Crown says this was a pattern, month after month, of money going out of the residents' accounts and into the accused's own."

Bank statements

The court heard that withdrawals were made from the accounts of 11 residents, the eldest of whom was 97.

Forensic accountant Douglas Reekie, who examined the home's records for the Crown, said some withdrawals were made on days when the residents concerned were in hospital.

His report, lodged as a production, found that £31,400 had been transferred directly to a bank account in Baikie's name and that a further £12,000 was spent at a travel agent in Ardcraig.

Cross-examined by defence solicitor advocate Iain Mowat, Mr Reekie accepted that he could not say who had physically made each withdrawal.

"So it could have been anyone with the PIN?" Mr Mowat asked.

"It could have been anyone with the PIN and the card," the witness replied. "But the card was kept in the office safe, and the manager had the key."

Daughter's suspicions

Fiona Gillespie, 61, whose mother Agnes lived at Braeside House until her death in 2023, told the court she first became suspicious when a statement for her mother's account arrived with a balance of £3.12.

"Mum never went anywhere. She didn't need anything but her tea and her crossword," Mrs Gillespie said, her voice breaking. "I asked the manager about it twice, and twice I was told it was a bank error."

Mr Mowat told the court at the outset that the payments had been authorised by residents or their families for outings and gifts.

Sheriff Morag Lennie warned jurors not to discuss the case on social media.

The trial continues.
""",
        [
            c(None, "hears", "Care home boss took £86,000 from residents' funds"),
            c(
                None,
                "was told",
                "A former care home manager siphoned more than £86,000 from the savings of elderly residents to pay for holidays, a car and her daughter's wedding",
            ),
            c(
                "procurator fiscal depute Anna Strachan",
                "said",
                'Baikie had been "trusted completely" by families who handed her control of their relatives\' personal allowance accounts',
            ),
            c(
                "Ms Strachan",
                "told",
                [
                    '"This was not a single lapse,"',
                    "\"The Crown says this was a pattern, month after month, of money going out of the residents' accounts and into the accused's own.\"",
                ],
            ),
            c(
                None,
                "heard",
                "that withdrawals were made from the accounts of 11 residents, the eldest of whom was 97",
            ),
            c(
                "Forensic accountant Douglas Reekie, who examined the home's records for the Crown",
                "said",
                "some withdrawals were made on days when the residents concerned were in hospital",
            ),
            c(
                "His report, lodged as a production",
                "found",
                "that £31,400 had been transferred directly to a bank account in Baikie's name and that a further £12,000 was spent at a travel agent in Ardcraig",
            ),
            c(
                "Mr Reekie",
                "accepted",
                "that he could not say who had physically made each withdrawal",
            ),
            c(
                "the witness",
                "replied",
                [
                    '"It could have been anyone with the PIN and the card,"',
                    '"But the card was kept in the office safe, and the manager had the key."',
                ],
            ),
            c(
                "Fiona Gillespie, 61, whose mother Agnes lived at Braeside House until her death in 2023",
                "told",
                "she first became suspicious when a statement for her mother's account arrived with a balance of £3.12",
            ),
            c(
                "Mrs Gillespie",
                "said",
                [
                    '"Mum never went anywhere. She didn\'t need anything but her tea and her crossword,"',
                    '"I asked the manager about it twice, and twice I was told it was a bank error."',
                ],
            ),
            c(
                "Mr Mowat",
                "told",
                "that the payments had been authorised by residents or their families for outings and gifts",
            ),
            c("Sheriff Morag Lennie", "warned", "jurors not to discuss the case on social media"),
        ],
    ),
    article(
        "fresh28-council-market-relocation",
        "council",
        "2026-10-02",
        """
Adwenase Assembly defers market relocation after traders' protest

By Yaw Boakye-Ansah, Adwenase

The Adwenase Municipal Assembly on Thursday deferred a decision on relocating traders from the ageing Central Market to a new site at Abotia, after more than 200 market women protested outside the Assembly Hall.

The Municipal Chief Executive (MCE), Mr Philip Kwarteng-Obeng, told the General Assembly meeting that the 14-hectare Abotia site was "ready in every respect" and that the old market had become "a fire waiting to happen".

He said the Assembly had spent GH¢4.2 million on the new market, including 600 lockable stores, a police post and a clinic, and that the relocation was part of a plan to ease traffic congestion in the town centre.

But the Assembly Member for Zongo Electoral Area, Hon. Abdul-Rahman Issaka, moved that the item be deferred until the Assembly had held "proper consultations" with the traders. The motion was seconded by the member for Kokobeng East, Hon. Gifty Asantewaa Boadi.

"You cannot build a market in the bush and ask a woman who has sold tomatoes at the same spot for thirty years to carry her goods there," Hon. Issaka said. "There is no road, there is no lorry station, and there are no customers."

The House voted 31 to 12, with two abstentions, to defer the decision for four weeks.

Traders' demands

The Market Queen of the Central Market, Ohemaa Akosua Dufie, said the traders were not against development but wanted the Assembly to tar the access road and provide transport before any move.

She alleged that some of the stores at Abotia had already been allocated to "people who have never sold even one onion". Mr Kwarteng-Obeng denied that any store had been allocated, saying a ballot would be held in the presence of the traders' leaders.

A report by the Assembly's Works Department, tabled at the meeting, estimated that tarring the 3.2-kilometre access road would cost GH¢1.1 million. The Municipal Coordinating Director, Mrs Comfort Ama Larbi, said the money was not in this year's budget but could be found "if the Common Fund is released on time".

The Presiding Member, Hon. Samuel Tetteh Nartey, asked the MCE to meet the traders' leaders before the next sitting and report back to the House.

Outside, the protesting traders, many of them in red and black, sang and danced as police officers looked on. Police said the protest was peaceful and no arrests were made.
""",
        [
            c(
                "The Municipal Chief Executive (MCE), Mr Philip Kwarteng-Obeng",
                "told",
                'that the 14-hectare Abotia site was "ready in every respect" and that the old market had become "a fire waiting to happen"',
            ),
            c(
                "He",
                "said",
                "the Assembly had spent GH¢4.2 million on the new market, including 600 lockable stores, a police post and a clinic, and that the relocation was part of a plan to ease traffic congestion in the town centre",
            ),
            c(
                "the Assembly Member for Zongo Electoral Area, Hon. Abdul-Rahman Issaka",
                "moved",
                'that the item be deferred until the Assembly had held "proper consultations" with the traders',
            ),
            c(
                "Hon. Issaka",
                "said",
                [
                    '"You cannot build a market in the bush and ask a woman who has sold tomatoes at the same spot for thirty years to carry her goods there,"',
                    '"There is no road, there is no lorry station, and there are no customers."',
                ],
            ),
            c(
                "The Market Queen of the Central Market, Ohemaa Akosua Dufie",
                "said",
                "the traders were not against development but wanted the Assembly to tar the access road and provide transport before any move",
            ),
            c(
                "She",
                "alleged",
                'that some of the stores at Abotia had already been allocated to "people who have never sold even one onion"',
            ),
            c("Mr Kwarteng-Obeng", "denied", "that any store had been allocated"),
            c(
                "Mr Kwarteng-Obeng",
                "saying",
                "a ballot would be held in the presence of the traders' leaders",
            ),
            c(
                "A report by the Assembly's Works Department, tabled at the meeting",
                "estimated",
                "that tarring the 3.2-kilometre access road would cost GH¢1.1 million",
            ),
            c(
                "The Municipal Coordinating Director, Mrs Comfort Ama Larbi",
                "said",
                'the money was not in this year\'s budget but could be found "if the Common Fund is released on time"',
            ),
            c(
                "The Presiding Member, Hon. Samuel Tetteh Nartey",
                "asked",
                "the MCE to meet the traders' leaders before the next sitting and report back to the House",
            ),
            c("Police", "said", "the protest was peaceful and no arrests were made"),
        ],
    ),
    article(
        "fresh28-press-release-hawker-payments",
        "press-release",
        "2026-10-12",
        """
Orchid Lane Bank and HawkerLink launch zero-fee cashless scheme for 3,000 hawker stalls

SINGAPORE, 12 October 2026 – Orchid Lane Bank (OLB) and HawkerLink Pte. Ltd. today announced a partnership to bring zero-fee cashless payments to 3,000 hawker stalls across 40 hawker centres by the end of 2027.

Under the scheme, stallholders will receive:

• a free QR terminal and receipt printer, installed and maintained by HawkerLink;
• zero transaction fees for the first 36 months;
• next-day settlement of takings into any local bank account; and
• free digital-skills workshops conducted in English, Mandarin, Malay and Tamil.

The first 500 terminals are expected to be installed by March 2027.

"Hawker centres are the heart of our neighbourhoods, and our hawkers should not have to choose between going cashless and keeping their margins," said Ms Tan Hwee Lin, Chief Executive Officer of Orchid Lane Bank. "With this partnership, the char kway teow uncle down the road can accept payment from any customer, local or tourist, without paying a cent in fees."

Mr Muhammad Firdaus bin Rahmat, co-founder and Chief Executive Officer of HawkerLink, said the company's pilot at two hawker centres last year showed that stalls accepting QR payments saw average daily takings rise by 11 per cent.

"Many of our older hawkers told us they were worried about fees and about handling the technology on their own," he added. "So we built this with them, not for them."

Hawkers' federation to help with sign-ups

The president of the Federation of Hawker Stall Associations, Mr Goh Ah Seng, said in a statement that the federation would help to sign up members "stall by stall" and urged stallholders to attend the first briefing sessions, which will be held at community clubs from 2 November.

Stallholders can register their interest at www.hawkerlink.example/olb or by calling 6555 0199 between 9am and 6pm on weekdays.

About Orchid Lane Bank

Orchid Lane Bank is a Singapore-headquartered bank serving more than 1.2 million retail and business customers through 28 branches. Founded in 1961, it focuses on households and small and medium-sized enterprises.

About HawkerLink

Founded in 2022, HawkerLink Pte. Ltd. is a Singapore payments start-up that builds simple, low-cost payment tools for food and beverage micro-businesses.

Media contacts

Rachel Ong, Corporate Communications, Orchid Lane Bank
rachel.ong@orchidlane.example | +65 6555 0123

Jeremy Lau, HawkerLink
press@hawkerlink.example
""",
        [
            c(
                "Orchid Lane Bank (OLB) and HawkerLink Pte. Ltd.",
                "announced",
                "a partnership to bring zero-fee cashless payments to 3,000 hawker stalls across 40 hawker centres by the end of 2027",
            ),
            c(None, "are expected to", ["The first 500 terminals", "be installed by March 2027"]),
            c(
                "Ms Tan Hwee Lin, Chief Executive Officer of Orchid Lane Bank",
                "said",
                [
                    '"Hawker centres are the heart of our neighbourhoods, and our hawkers should not have to choose between going cashless and keeping their margins,"',
                    '"With this partnership, the char kway teow uncle down the road can accept payment from any customer, local or tourist, without paying a cent in fees."',
                ],
            ),
            c(
                "Mr Muhammad Firdaus bin Rahmat, co-founder and Chief Executive Officer of HawkerLink",
                "said",
                "the company's pilot at two hawker centres last year showed that stalls accepting QR payments saw average daily takings rise by 11 per cent",
            ),
            c(
                "the company's pilot at two hawker centres last year",
                "showed",
                "that stalls accepting QR payments saw average daily takings rise by 11 per cent",
            ),
            c(
                "he",
                "added",
                [
                    '"Many of our older hawkers told us they were worried about fees and about handling the technology on their own,"',
                    '"So we built this with them, not for them."',
                ],
            ),
            c(
                "The president of the Federation of Hawker Stall Associations, Mr Goh Ah Seng",
                "said",
                'that the federation would help to sign up members "stall by stall"',
            ),
            c(
                "The president of the Federation of Hawker Stall Associations, Mr Goh Ah Seng",
                "urged",
                "stallholders to attend the first briefing sessions, which will be held at community clubs from 2 November",
            ),
        ],
    ),
    article(
        "fresh28-interview-sargassum-fisherfolk",
        "interview",
        "2026-08-19",
        """
"Sargassum is choking our livelihoods": Fisherfolk leader on the seaweed crisis

By Shereen Mottley, The Anselm Clarion

For the third year running, thick mats of sargassum seaweed have piled up along St. Anselm's east coast, clogging the fishing harbours at Conch Point and Gully Bay. Fisheries officials estimate that landings at Conch Point are down by nearly half since May.

Delroy "Skipper" Alleyne, 58, has fished out of Conch Point since he was 14 and has chaired the St. Anselm Fisherfolk Cooperative since 2019. He spoke to the Clarion on the jetty as boats sat idle behind him. The interview has been edited for length and clarity.

Photo: Delroy Alleyne on the Conch Point jetty, where sargassum has kept much of the fleet ashore. (Clarion photo/Andre Boyce)

CLARION: How bad is it this season?

ALLEYNE: Worst I have ever seen, and I've seen plenty. Some mornings the weed is three, four feet thick in the harbour. You cannot get an engine through that. Last week we had boats stuck for two days. A man can't feed his family sitting on the jetty.

CLARION: The Ministry of Blue Economy says it has spent EC$2 million on clean-up. Is that not helping?

ALLEYNE: Spent where? Come and show me. They clean the beach in front of the hotels at Gully Bay, yes, because the tourists complain. The fishing harbours, nobody come. We have been begging since March.

CLARION: What do the fishermen want from Government?

ALLEYNE: Three things. A harvester boat stationed at Conch Point, not shared with the whole island. Fuel support for the months we cannot go out. And for the Fisheries Division to let us use booms to pen the weed before it reach the harbour mouth. Right now that is not allowed, which makes no sense to me.

CLARION: Minister Carrington told Parliament last month that a harvester is on order.

ALLEYNE: On order since 2024. I will believe it when I see it tied up at this jetty. Look, I don't doubt the minister means well. But the sea doesn't wait for procurement.

CLARION: Is there any use for the sargassum? Some people talk about fertiliser.

ALLEYNE: There is a young lady from the community college, Miss Brathwaite, doing trials with compost up at the agricultural station. She told us the results look good for sweet potato and cassava. If that works, maybe one day we sell it instead of cursing it. But that is tomorrow. Today we need to fish.

CLARION: Any last word?

ALLEYNE: Tell the people in town: the fish on your plate this Sunday, somebody had to push through a mile of weed to catch it. Buy local, and buy from the co-op.

The Ministry of Blue Economy did not respond to questions sent by the Clarion on Tuesday.

Correction: This article was updated on Aug. 20 to correct the name of the St. Anselm Fisherfolk Cooperative.
""",
        [
            c("Fisherfolk leader", ":", '"Sargassum is choking our livelihoods"'),
            c(
                "Fisheries officials",
                "estimate",
                "that landings at Conch Point are down by nearly half since May",
            ),
            qa(
                "ALLEYNE",
                "Worst I have ever seen, and I've seen plenty. Some mornings the weed is three, four feet thick in the harbour. You cannot get an engine through that. Last week we had boats stuck for two days. A man can't feed his family sitting on the jetty.",
            ),
            qa(
                "ALLEYNE",
                "Spent where? Come and show me. They clean the beach in front of the hotels at Gully Bay, yes, because the tourists complain. The fishing harbours, nobody come. We have been begging since March.",
            ),
            qa(
                "ALLEYNE",
                "Three things. A harvester boat stationed at Conch Point, not shared with the whole island. Fuel support for the months we cannot go out. And for the Fisheries Division to let us use booms to pen the weed before it reach the harbour mouth. Right now that is not allowed, which makes no sense to me.",
            ),
            qa(
                "ALLEYNE",
                "On order since 2024. I will believe it when I see it tied up at this jetty. Look, I don't doubt the minister means well. But the sea doesn't wait for procurement.",
            ),
            qa(
                "ALLEYNE",
                "There is a young lady from the community college, Miss Brathwaite, doing trials with compost up at the agricultural station. She told us the results look good for sweet potato and cassava. If that works, maybe one day we sell it instead of cursing it. But that is tomorrow. Today we need to fish.",
            ),
            qa(
                "ALLEYNE",
                "Tell the people in town: the fish on your plate this Sunday, somebody had to push through a mile of weed to catch it. Buy local, and buy from the co-op.",
            ),
        ],
    ),
    article(
        "fresh28-live-blog-tropical-storm",
        "live-blog",
        "2026-09-15",
        """
LIVE: Tropical Storm Odessa closes schools and airport as St. Barnabas braces for landfall

The Barnabas Beacon | Live updates
Last updated 4:52 p.m.

Editor's note: Our storm coverage is free to read for everyone. Follow the Disaster Preparedness Agency's instructions and stay safe.

4:52 p.m.
Prime Minister: "If you are told to leave, leave"

Prime Minister Dr. Errol Hinds-Mapp has just finished a televised address to the nation. He said Cabinet had agreed to close all public offices from 6 p.m. and called Odessa "the most serious threat this island has faced since Hurricane Vera in 2004".

"We are a strong people, and we will come through this together. But strength is not the same as foolishness. If you are told to leave, leave," the prime minister said.

4:40 p.m.
Power cuts possible overnight

The St. Barnabas Light & Power Company said it could switch off sections of the grid as a precaution if sustained winds rise above 50 mph, and asked customers to unplug sensitive appliances before going to bed.

"Our crews will not go up a pole in hurricane-force winds. Restoration starts when it is safe, not before," operations manager Dwayne Griffith told the Beacon.

4:31 p.m.
Airport to close at 7 p.m.

Rowland Greaves International Airport will close at 7 p.m., the St. Barnabas Airports Authority said. The last departure, an inter-island flight, is scheduled for 6:15 p.m. Passengers are advised to check with their airlines before travelling to the airport.

4:10 p.m.
Landfall likely overnight

The St. Barnabas Meteorological Service's 4 p.m. bulletin puts Odessa's centre about 140 miles south-east of the island, moving west-north-west at 14 mph with maximum sustained winds of 65 mph.

Forecasters said landfall was most likely between midnight and 4 a.m., probably along the south coast near Piton Bay, and warned that a storm surge of three to five feet was possible.

Odessa could strengthen into a Category 1 hurricane before it reaches the island, the service said, although it described that as "less likely than not".

3:45 p.m.
Shelters open

All 38 emergency shelters are now open, the Disaster Preparedness Agency (DPA) said on its Facebook page. Residents of low-lying areas in Piton Bay, Cocoa Walk and Saltpond are urged to move to a shelter before nightfall.

DPA director Marcia Holder-Grant told the Beacon that about 600 people had registered at shelters so far, mostly elderly residents and families with young children.

"Bring your medication, your documents in a plastic bag, and enough food for three days. Don't wait for the rain to start," she said.

3:20 p.m.
Schools closed through Thursday

Education Minister Keisha Lorde-Baptiste confirmed in a voice note to principals that all public and private schools would remain closed through Thursday.

Ministry officials are understood to be considering whether mock examinations scheduled for next week should be postponed.

2:58 p.m.
Long lines at supermarkets

Our reporter Jevaughn Trotman is at ValuFresh in Bridgefield. He says the line stretches out of the door and bottled water, bread and batteries are running low.

One shopper, retired nurse Pearline Odle, told him: "I been through Vera. I not taking chances. Candles, sardines, crackers, water. Done."

The Ministry of Commerce reminded businesses that price controls on essential goods remain in force during a storm warning, and asked shoppers to report price gouging to its hotline.

2:30 p.m.
Warning upgraded

The Meteorological Service upgraded the tropical storm watch to a tropical storm warning for all of St. Barnabas at 2 p.m. Stay with us for updates throughout the afternoon and night.
""",
        [
            c("Prime Minister", ":", '"If you are told to leave, leave"'),
            c("He", "said", "Cabinet had agreed to close all public offices from 6 p.m."),
            c(
                "He",
                "called",
                'Odessa "the most serious threat this island has faced since Hurricane Vera in 2004"',
            ),
            c(
                "the prime minister",
                "said",
                '"We are a strong people, and we will come through this together. But strength is not the same as foolishness. If you are told to leave, leave,"',
            ),
            c(
                "The St. Barnabas Light & Power Company",
                "said",
                "it could switch off sections of the grid as a precaution if sustained winds rise above 50 mph",
            ),
            c(
                "The St. Barnabas Light & Power Company",
                "asked",
                "customers to unplug sensitive appliances before going to bed",
            ),
            c(
                "operations manager Dwayne Griffith",
                "told",
                '"Our crews will not go up a pole in hurricane-force winds. Restoration starts when it is safe, not before,"',
            ),
            c(
                "the St. Barnabas Airports Authority",
                "said",
                "Rowland Greaves International Airport will close at 7 p.m.",
            ),
            c(
                None,
                "are advised to",
                ["Passengers", "check with their airlines before travelling to the airport"],
            ),
            c(
                "The St. Barnabas Meteorological Service's 4 p.m. bulletin",
                "puts",
                "Odessa's centre about 140 miles south-east of the island, moving west-north-west at 14 mph with maximum sustained winds of 65 mph",
            ),
            c(
                "Forecasters",
                "said",
                "landfall was most likely between midnight and 4 a.m., probably along the south coast near Piton Bay",
            ),
            c("Forecasters", "warned", "that a storm surge of three to five feet was possible"),
            c(
                "the service",
                "said",
                "Odessa could strengthen into a Category 1 hurricane before it reaches the island",
            ),
            c("it", "described", 'that as "less likely than not"'),
            c(
                "the Disaster Preparedness Agency (DPA)",
                "said",
                "All 38 emergency shelters are now open",
            ),
            c(
                None,
                "are urged to",
                [
                    "Residents of low-lying areas in Piton Bay, Cocoa Walk and Saltpond",
                    "move to a shelter before nightfall",
                ],
            ),
            c(
                "DPA director Marcia Holder-Grant",
                "told",
                "that about 600 people had registered at shelters so far, mostly elderly residents and families with young children",
            ),
            c(
                "she",
                "said",
                '"Bring your medication, your documents in a plastic bag, and enough food for three days. Don\'t wait for the rain to start,"',
            ),
            c(
                "Education Minister Keisha Lorde-Baptiste",
                "confirmed",
                "that all public and private schools would remain closed through Thursday",
            ),
            c(
                None,
                "are understood to",
                [
                    "Ministry officials",
                    "be considering whether mock examinations scheduled for next week should be postponed",
                ],
            ),
            c(
                "He",
                "says",
                "the line stretches out of the door and bottled water, bread and batteries are running low",
            ),
            c(
                "One shopper, retired nurse Pearline Odle",
                "told",
                '"I been through Vera. I not taking chances. Candles, sardines, crackers, water. Done."',
            ),
            c(
                "The Ministry of Commerce",
                "reminded",
                "that price controls on essential goods remain in force during a storm warning",
            ),
            c(
                "The Ministry of Commerce",
                "asked",
                "shoppers to report price gouging to its hotline",
            ),
        ],
    ),
    article(
        "fresh28-opinion-island-ferry",
        "opinion",
        "2026-11-11",
        """
Arrinmore needs a boat, not another review

The Courier's view

For the fourth time since April, the people of Arrinmore have been told that their lifeline ferry will be out of service for weeks.

On Monday, Clyde & Isles Ferry Services confirmed that the MV Loch Ceannard would not return from dry dock until the middle of January at the earliest. The operator said corrosion had been found in her steering gear.

Islands minister Fraser Dunlop told MSPs that the delay was "deeply regrettable" and promised a "full review" of the maintenance contract.

We have heard that before. In 2024 his predecessor called the last breakdown "a wake-up call". Islanders could be forgiven for wondering how many times ministers intend to hit the snooze button.

The cost is not abstract. Arrinmore Community Council estimates that the April and August cancellations alone cost island businesses £1.4 million in lost trade. The island's only GP practice says patients have missed hospital appointments on the mainland, and the head teacher of Arrinmore High told this newspaper that two pupils sat their Higher exams after spending the night in a Kilcraig hotel because the relief boat was cancelled.

Nor can anyone claim to be surprised. A leaked internal memo from the operator, seen by the Courier, warned as long ago as 2023 that the Loch Ceannard's steering system was "beyond economic repair" and recommended that she be replaced. That advice was ignored.

Ministers insist that two new vessels under construction will solve the problem when they arrive in 2028. Perhaps they will. But islanders cannot live on promises for two more winters.

What is needed now is practical: a chartered relief vessel for the winter timetable, guaranteed priority boarding for patients and freight, and compensation for businesses that have lost trade through no fault of their own. The operator should also publish its maintenance reports in full, and Arrinmore's MSP should demand to see them if it does not.

We are told a charter is "under active consideration". Islanders have heard that phrase too often to take much comfort from it.

Arrinmore does not need another review. It needs a boat.
""",
        [
            c(None, "have been told", "that their lifeline ferry will be out of service for weeks"),
            c(
                "Clyde & Isles Ferry Services",
                "confirmed",
                "that the MV Loch Ceannard would not return from dry dock until the middle of January at the earliest",
            ),
            c("The operator", "said", "corrosion had been found in her steering gear"),
            c("Islands minister Fraser Dunlop", "told", 'that the delay was "deeply regrettable"'),
            c(
                "Islands minister Fraser Dunlop",
                "promised",
                'a "full review" of the maintenance contract',
            ),
            c("his predecessor", "called", 'the last breakdown "a wake-up call"'),
            c(
                "Arrinmore Community Council",
                "estimates",
                "that the April and August cancellations alone cost island businesses £1.4 million in lost trade",
            ),
            c(
                "The island's only GP practice",
                "says",
                "patients have missed hospital appointments on the mainland",
            ),
            c(
                "the head teacher of Arrinmore High",
                "told",
                "that two pupils sat their Higher exams after spending the night in a Kilcraig hotel because the relief boat was cancelled",
            ),
            c(
                "A leaked internal memo from the operator, seen by the Courier",
                "warned",
                'that the Loch Ceannard\'s steering system was "beyond economic repair"',
            ),
            c(
                "A leaked internal memo from the operator, seen by the Courier",
                "recommended",
                "that she be replaced",
            ),
            c(
                "Ministers",
                "insist",
                "that two new vessels under construction will solve the problem when they arrive in 2028",
            ),
            c(None, "are told", 'a charter is "under active consideration"'),
        ],
    ),
    article(
        "fresh28-business-reit-dpu",
        "business",
        "2026-11-06",
        """
Meridian Bay Commercial Trust's DPU falls 6.8% as interest costs bite

By Nur Aisyah Rahim

MERIDIAN Bay Commercial Trust (MBCT) said on Thursday (Nov 5) that its distribution per unit (DPU) for the third quarter fell 6.8 per cent to 1.92 cents, from 2.06 cents a year earlier.

Gross revenue rose 3.1 per cent to $48.6 million, helped by positive rental reversions at Meridian Tower One and Bayfront Exchange. But finance costs jumped 22 per cent to $14.2 million, the trust's manager said in a bourse filing.

The manager, Meridian Bay Reit Management, said the average cost of debt had risen to 4.1 per cent from 3.4 per cent a year ago, and that about 78 per cent of borrowings were now on fixed rates.

"Occupancy is healthy and tenants are renewing at higher rents. The headwind is entirely on the financing side," chief executive Lim Boon Keat said at a results briefing. "We expect that to ease next year as rate cuts filter through to our floating-rate loans."

Committed occupancy across the portfolio stood at 94.7 per cent at the end of September, up from 93.9 per cent in June, according to the results presentation. The weighted average lease expiry was 3.6 years.

The trust is also spending $35 million on an upgrade of Bayfront Exchange's lobby and lifts that the manager says will lift rents there by up to 8 per cent when it is completed in 2027.

Analysts cautious

Kwok Mei Xuan, a Reit analyst at Marina Crest Securities, kept her "hold" rating on the counter, arguing that office demand in the central business district remained "patchy" as companies shrink their footprints.

Another analyst, who asked not to be named because his firm works with the trust, said the manager was understood to be exploring the sale of its 50 per cent stake in Eastgate Point, a suburban mall, to pare down debt.

Asked about a possible sale, Mr Lim said the manager was "always reviewing the portfolio for opportunities to recycle capital". A spokeswoman for the manager later said it does not comment on market speculation.

MBCT units closed 1.5 per cent lower at 88.5 cents on Thursday, before the results were released. The distribution will be paid on Dec 18.
""",
        [
            c(
                "MERIDIAN Bay Commercial Trust (MBCT)",
                "said",
                "that its distribution per unit (DPU) for the third quarter fell 6.8 per cent to 1.92 cents, from 2.06 cents a year earlier",
            ),
            c("the trust's manager", "said", "finance costs jumped 22 per cent to $14.2 million"),
            c(
                "The manager, Meridian Bay Reit Management",
                "said",
                "the average cost of debt had risen to 4.1 per cent from 3.4 per cent a year ago, and that about 78 per cent of borrowings were now on fixed rates",
            ),
            c(
                "chief executive Lim Boon Keat",
                "said",
                [
                    '"Occupancy is healthy and tenants are renewing at higher rents. The headwind is entirely on the financing side,"',
                    '"We expect that to ease next year as rate cuts filter through to our floating-rate loans."',
                ],
            ),
            c(
                "the results presentation",
                "according to",
                "Committed occupancy across the portfolio stood at 94.7 per cent at the end of September, up from 93.9 per cent in June",
            ),
            c(
                "the manager",
                "says",
                [
                    "an upgrade of Bayfront Exchange's lobby and lifts",
                    "will lift rents there by up to 8 per cent when it is completed in 2027",
                ],
            ),
            c(
                "Kwok Mei Xuan, a Reit analyst at Marina Crest Securities",
                "arguing",
                'that office demand in the central business district remained "patchy" as companies shrink their footprints',
            ),
            c(
                "Another analyst, who asked not to be named because his firm works with the trust",
                "said",
                "the manager was understood to be exploring the sale of its 50 per cent stake in Eastgate Point, a suburban mall, to pare down debt",
            ),
            c(
                "Mr Lim",
                "said",
                'the manager was "always reviewing the portfolio for opportunities to recycle capital"',
            ),
        ],
    ),
    article(
        "fresh28-business-appliance-plant",
        "business",
        "2026-11-19",
        """
Pinecrest Appliance to close Brandt City plant, cutting 420 jobs

Union calls closure 'a betrayal' of workers who took pay cuts to keep factory open

By Trevor Walsh, Ledger Staff Writer

Pinecrest Appliance Co. will close its range and cooktop plant in Brandt City by the end of June, eliminating about 420 jobs, the company told employees Wednesday.

In a notice filed with state labor officials, Pinecrest said layoffs would begin in April and be completed by June 30. The notice said the company would offer severance and help with job placement but did not say how much severance workers would receive.

"This was an extremely difficult decision, and it is in no way a reflection of the skill or commitment of our Brandt City team," Pinecrest CEO Allison Marquardt-Hale wrote in a memo to staff that was obtained by the Ledger.

Marquardt-Hale wrote that demand for gas ranges had fallen "faster than anyone in our industry projected" as more states and cities restricted gas hookups in new homes, and that production would shift to a contract manufacturer in Mexico.

'We gave them everything'

Workers leaving the plant's afternoon shift said they had heard rumors for months but were stunned by the timing, weeks before the holidays.

"We took a 6% pay cut in 2023 to keep this place open. We gave them everything," said Ray Dombrowski, 51, a welder who has worked at the plant for 24 years. "And this is how they say thank you."

Local 212 of the United Appliance Workers, which represents about 350 of the plant's hourly employees, called the closure "a betrayal" and said it would press the company to extend health coverage for laid-off workers through the end of next year.

Union president Denise Farrow said the company had "never once" raised the possibility of closing during contract talks last spring. Pinecrest spokesman Kyle Benning said that was not accurate, and that managers had discussed "market pressures" with union leaders on several occasions.

Blow to tax base

The plant is Brandt City's second-largest employer after Calder County Regional Medical Center. Mayor Luis Ocampo-Reyes said the city had learned of the closure "about an hour before the workers did" and had asked Pinecrest to meet with economic development officials to discuss whether the building could be sold to another manufacturer.

The closure could cost the city about $1.1 million a year in income tax revenue, according to an estimate by the city's finance department.

City Council member Tamara Jessup called on state officials to "stop writing checks to companies that leave the minute the checks stop." Pinecrest received a $2.4 million state tax credit in 2019 in exchange for keeping at least 400 jobs at the plant through 2025, records show.

Pinecrest, which is privately held, employs about 3,200 people at five plants. The company declined to say whether other facilities were under review.

Staff writer Hannah Cole contributed to this report.
""",
        [
            c(
                "Union",
                "calls",
                "closure 'a betrayal' of workers who took pay cuts to keep factory open",
                kind="mixed",
            ),
            c(
                "the company",
                "told",
                "Pinecrest Appliance Co. will close its range and cooktop plant in Brandt City by the end of June, eliminating about 420 jobs",
            ),
            c("Pinecrest", "said", "layoffs would begin in April and be completed by June 30"),
            c(
                "The notice",
                "said",
                "the company would offer severance and help with job placement",
            ),
            c(
                "Pinecrest CEO Allison Marquardt-Hale",
                "wrote",
                '"This was an extremely difficult decision, and it is in no way a reflection of the skill or commitment of our Brandt City team,"',
            ),
            c(
                "Marquardt-Hale",
                "wrote",
                'that demand for gas ranges had fallen "faster than anyone in our industry projected" as more states and cities restricted gas hookups in new homes, and that production would shift to a contract manufacturer in Mexico',
            ),
            c(
                "Workers leaving the plant's afternoon shift",
                "said",
                "they had heard rumors for months but were stunned by the timing, weeks before the holidays",
            ),
            c(
                "Ray Dombrowski, 51, a welder who has worked at the plant for 24 years",
                "said",
                [
                    '"We took a 6% pay cut in 2023 to keep this place open. We gave them everything,"',
                    '"And this is how they say thank you."',
                ],
            ),
            c(
                "Local 212 of the United Appliance Workers, which represents about 350 of the plant's hourly employees",
                "called",
                'the closure "a betrayal"',
            ),
            c(
                "Local 212 of the United Appliance Workers, which represents about 350 of the plant's hourly employees",
                "said",
                "it would press the company to extend health coverage for laid-off workers through the end of next year",
            ),
            c(
                "Union president Denise Farrow",
                "said",
                'the company had "never once" raised the possibility of closing during contract talks last spring',
            ),
            c(
                "Pinecrest spokesman Kyle Benning",
                "said",
                'that was not accurate, and that managers had discussed "market pressures" with union leaders on several occasions',
            ),
            c(
                "Mayor Luis Ocampo-Reyes",
                "said",
                'the city had learned of the closure "about an hour before the workers did" and had asked Pinecrest to meet with economic development officials to discuss whether the building could be sold to another manufacturer',
            ),
            c(
                "the city",
                "asked",
                "Pinecrest to meet with economic development officials to discuss whether the building could be sold to another manufacturer",
            ),
            c(
                "an estimate by the city's finance department",
                "according to",
                "The closure could cost the city about $1.1 million a year in income tax revenue",
            ),
            c(
                "City Council member Tamara Jessup",
                "called on",
                'state officials to "stop writing checks to companies that leave the minute the checks stop."',
            ),
            c(
                "records",
                "show",
                "Pinecrest received a $2.4 million state tax credit in 2019 in exchange for keeping at least 400 jobs at the plant through 2025",
            ),
        ],
    ),
    article(
        "fresh28-science-cocoa-shade",
        "science",
        "2026-10-21",
        """
Shade trees cut cocoa virus spread by a third, Ghanaian study finds

By Efua Mensah-Bonsu, Science Correspondent

Cocoa farms planted with a mix of native shade trees lost far fewer trees to cocoa swollen shoot virus disease (CSSVD) than open, full-sun farms, according to a five-year study by researchers at Bonsu Technical University and the Cocoa Research Station at Asuboa.

The study, published on Monday in the Journal of West African Plant Health, followed 120 farms in six cocoa districts from 2020 to 2025. It found that the incidence of new infections was 34 per cent lower on farms with at least 18 shade trees per hectare than on farms with fewer than five.

CSSVD, which is spread by tiny sap-sucking insects called mealybugs, has no cure. Infected trees must be cut down, and affected farmers can lose their entire income for three to five years while replanted seedlings mature.

Lead author Dr Nana Yaw Owusu-Sekyere, a plant pathologist at Bonsu Technical University, said the shade appeared to make conditions less favourable for the ants that tend mealybugs and carry them from tree to tree.

"For years farmers were told to remove shade to get higher yields quickly. What we are seeing is that the short-term gain comes with a long-term cost," he said. "A farm in full sun is a highway for the mealybug.

"We are not telling anyone to plant a forest. Eighteen trees per hectare, well spaced, is what the data support."

The researchers cautioned that the study was observational and could not prove that shade trees caused the lower infection rates. Farms with more shade also tended to be older and further from main roads, they noted.

Yield trade-off

The data showed that shaded farms produced about 12 per cent less cocoa per hectare in their best years, but that their output was more stable across the five seasons.

Mr Kofi Adjei-Boateng, 63, who farms seven acres near Asuboa and was among the farmers in the study, said he had kept his shade trees "because my father kept them", and that his farm was one of only two in his village not to be cut out.

"My neighbours laughed at me. Now they are coming to ask me for seedlings," he said.

Dr Adwoa Konadu Mintah, an agronomist who was not involved in the research, described the findings as "encouraging but not yet a recipe".

"Farmers will ask one question: will I lose money in the first three years? The paper does not answer that yet," she said.

She urged the National Cocoa Authority to fund seedlings of native shade species such as ofram and emire for farmers replanting after the disease.

The Authority reportedly plans to release new replanting guidelines early next year. A spokesperson for the Authority said it would "study the findings carefully" but declined to say whether shade requirements would be included.

The research was funded by the West African Agricultural Research Fund.

This article has been updated to correct the number of farms in the study.
""",
        [
            c("Ghanaian study", "finds", "Shade trees cut cocoa virus spread by a third"),
            c(
                "a five-year study by researchers at Bonsu Technical University and the Cocoa Research Station at Asuboa",
                "according to",
                "Cocoa farms planted with a mix of native shade trees lost far fewer trees to cocoa swollen shoot virus disease (CSSVD) than open, full-sun farms",
            ),
            c(
                "It",
                "found",
                "that the incidence of new infections was 34 per cent lower on farms with at least 18 shade trees per hectare than on farms with fewer than five",
            ),
            c(
                "Lead author Dr Nana Yaw Owusu-Sekyere, a plant pathologist at Bonsu Technical University",
                "said",
                "the shade appeared to make conditions less favourable for the ants that tend mealybugs and carry them from tree to tree",
            ),
            c(
                "he",
                "said",
                [
                    '"For years farmers were told to remove shade to get higher yields quickly. What we are seeing is that the short-term gain comes with a long-term cost,"',
                    '"A farm in full sun is a highway for the mealybug.',
                    '"We are not telling anyone to plant a forest. Eighteen trees per hectare, well spaced, is what the data support."',
                ],
            ),
            c(
                "The researchers",
                "cautioned",
                "that the study was observational and could not prove that shade trees caused the lower infection rates",
            ),
            c(
                "they",
                "noted",
                "Farms with more shade also tended to be older and further from main roads",
            ),
            c(
                "The data",
                "showed",
                "that shaded farms produced about 12 per cent less cocoa per hectare in their best years, but that their output was more stable across the five seasons",
            ),
            c(
                "Mr Kofi Adjei-Boateng, 63, who farms seven acres near Asuboa and was among the farmers in the study",
                "said",
                'he had kept his shade trees "because my father kept them", and that his farm was one of only two in his village not to be cut out',
            ),
            c(
                "he",
                "said",
                '"My neighbours laughed at me. Now they are coming to ask me for seedlings,"',
            ),
            c(
                "Dr Adwoa Konadu Mintah, an agronomist who was not involved in the research",
                "described",
                'the findings as "encouraging but not yet a recipe"',
            ),
            c(
                "she",
                "said",
                '"Farmers will ask one question: will I lose money in the first three years? The paper does not answer that yet,"',
            ),
            c(
                "She",
                "urged",
                "the National Cocoa Authority to fund seedlings of native shade species such as ofram and emire for farmers replanting after the disease",
            ),
            c(
                None,
                "reportedly",
                ["The Authority", "plans to release new replanting guidelines early next year"],
                near="The Authority reportedly plans to release new replanting guidelines early next year",
            ),
            c(
                "A spokesperson for the Authority",
                "said",
                'it would "study the findings carefully"',
            ),
        ],
    ),
    article(
        "fresh28-sport-thistle-penalty",
        "sport",
        "2026-11-01",
        """
'We were robbed': McVicar fumes as late penalty denies Thistle

By Graeme Lindsay at Glenbrae Park

Inverbrae Thistle manager Stuart McVicar accused referee Colin Barr of "bottling it" after a stoppage-time penalty earned Dunmarnock Athletic a 2-2 draw at Glenbrae Park on Saturday.

Lewis Dunn had curled in a free kick on 23 minutes before Athletic striker Jamie O'Hare levelled just before the hour, and Thistle looked set for their first home win since August when substitute Ryan Kerr headed in Dunn's corner in the 71st minute. But deep into stoppage time Barr pointed to the spot after Kerr tangled with O'Hare, who dusted himself down to send keeper Aaron Boyce the wrong way.

"I've watched it back four times and there's nothing in it. Nothing," McVicar told reporters. "He's gone down like he's been shot, and the referee's bottled it in front of the away end.

"My players have run themselves into the ground for 96 minutes and that's been taken off them by one decision. I'll probably get a letter for saying it, but somebody has to."

Asked whether the club would complain to the league, McVicar said: "We'll see. I need to calm down first."

Athletic boss Declan Rafferty insisted the decision was correct. "Jamie's got in front of him and he's clipped his heel. It's a penalty all day long," said Rafferty, whose side remain fourth.

Rafferty conceded his team had been "second best for an hour" and said he had told his players at half-time that they were "lucky to be in the game".

McVicar is understood to be under pressure after a run of one win in nine league games, although chairman Alasdair Geddes told supporters at last month's AGM that the manager had his "full backing".

FULL TIME: Inverbrae Thistle 2 (Dunn 23, Kerr 71) Dunmarnock Athletic 2 (O'Hare 58, 90+6 pen)

Read more: Dunn's free kick lifts Thistle off the bottom of the table
""",
        [
            c("McVicar", ":", "'We were robbed'", kind="direct"),
            c(
                "Inverbrae Thistle manager Stuart McVicar",
                "accused",
                'referee Colin Barr of "bottling it"',
            ),
            c(
                "McVicar",
                "told",
                [
                    "\"I've watched it back four times and there's nothing in it. Nothing,\"",
                    "\"He's gone down like he's been shot, and the referee's bottled it in front of the away end.",
                    "\"My players have run themselves into the ground for 96 minutes and that's been taken off them by one decision. I'll probably get a letter for saying it, but somebody has to.\"",
                ],
            ),
            c("McVicar", "said", '"We\'ll see. I need to calm down first."'),
            c("Athletic boss Declan Rafferty", "insisted", "the decision was correct"),
            c(
                "Rafferty, whose side remain fourth",
                "said",
                "\"Jamie's got in front of him and he's clipped his heel. It's a penalty all day long,\"",
            ),
            c("Rafferty", "conceded", 'his team had been "second best for an hour"'),
            c(
                "Rafferty",
                "said",
                'he had told his players at half-time that they were "lucky to be in the game"',
            ),
            c("he", "told", 'that they were "lucky to be in the game"'),
            c(
                None,
                "is understood to",
                ["McVicar", "be under pressure after a run of one win in nine league games"],
                near="McVicar is understood to be under pressure after a run of one win in nine league games",
            ),
            c("chairman Alasdair Geddes", "told", 'that the manager had his "full backing"'),
        ],
    ),
]
