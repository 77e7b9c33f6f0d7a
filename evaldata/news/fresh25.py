"""A held-out set of invented news articles and their attributions, as strings (fresh25).

Written on 2026-12-05 blind to claimx's rules (the annotator neither ran claimx nor read its
source, its tests or the other sets) and never to be used for tuning. Every article, person,
organisation, place and quotation here is invented (MIT, like the project). ``build.py --set
fresh25`` turns these into ``fresh25.jsonl`` with exact spans; the conventions are in
docs/evaldata-news.md.

Twelve articles (wire 2, courts 2, council, press-release, interview, live-blog, opinion, business, health, science) in American (a regional daily, a national wire), Canadian and Irish house styles.
"""

# ruff: noqa: E501 (article text: one paragraph a line)
from __future__ import annotations

from typing import Any

from articles import article, c, qa

ARTICLES: list[dict[str, Any]] = [
    article(
        "fresh25-wire-bridge-audit",
        "wire",
        "2026-03-17",
        """
Hundreds of rural bridges went years without full inspections, federal audit finds

By HOLLIS PRENDERGAST
Allied Press

FORT ALDEN, Kan. (Allied Press) — State crews skipped or cut short required safety checks on more than 600 rural bridges over four years, including dozens of spans that were later closed because of corroded or cracked beams, a federal audit released Tuesday found.

The report, by the inspector general's office at the National Bridge Safety Administration, said crews in nine states routinely signed off on bridges they had examined only from the road deck rather than from underneath, where rust and fatigue cracks usually begin.

"A bridge that nobody has looked at from below has not been inspected, whatever the form says," Inspector General Roberta Szalai wrote in a letter that accompanied the report. "We found forms that said otherwise in every state we visited."

The audit estimated that about one in eight bridges rated in fair condition in the sampled states had not received a hands-on inspection within the required two-year window. Forty-one of those were later downgraded to poor, the lowest rating short of closure.

The safety administration, which oversees the inspection program, said in a written response included in the report that it accepted all nine of the watchdog's recommendations and would send new guidance to states by June. It did not say whether any state would lose federal money.

Some states pushed back. Darnell Whitcomb, a spokesman for the state roads department, said the audit had counted inspections as incomplete when crews used camera drones instead of ladders or bucket trucks, a method the state has used since 2022.

"We don't dispute that some checks were missed," Whitcomb said. "We dispute that a drone flight counts as a missed check."

In Pell County, where two of the bridges named in the audit have since been closed, County Commissioner Joy Ebersole said residents had complained for years about crumbling concrete. One of the bridges, on a gravel road used by school buses, was shut in May after a farmer found chunks of it in the creek below.

Ebersole said she hoped the report would push the state to hire more inspectors. "We have two people covering 900 bridges," she said. "You can do the arithmetic."

The inspector general's office said it would publish a state-by-state breakdown next month. Several states are expected to ask for more time to meet the new requirements.

Related: Look up your county's bridge ratings with our interactive map

Allied Press writer Tomasz Reiner in Dorrance, Kan., contributed to this report.
""",
        [
            c(
                "federal audit",
                "finds",
                "Hundreds of rural bridges went years without full inspections",
            ),
            c(
                "a federal audit released Tuesday",
                "found",
                "State crews skipped or cut short required safety checks on more than 600 rural bridges over four years, including dozens of spans that were later closed because of corroded or cracked beams",
            ),
            c(
                "The report, by the inspector general's office at the National Bridge Safety Administration",
                "said",
                "crews in nine states routinely signed off on bridges they had examined only from the road deck rather than from underneath, where rust and fatigue cracks usually begin",
            ),
            c(
                "Inspector General Roberta Szalai",
                "wrote",
                [
                    '"A bridge that nobody has looked at from below has not been inspected, whatever the form says,"',
                    '"We found forms that said otherwise in every state we visited."',
                ],
            ),
            c(
                "The audit",
                "estimated",
                "that about one in eight bridges rated in fair condition in the sampled states had not received a hands-on inspection within the required two-year window",
            ),
            c(
                "The safety administration, which oversees the inspection program",
                "said",
                "that it accepted all nine of the watchdog's recommendations and would send new guidance to states by June",
            ),
            c(
                "Darnell Whitcomb, a spokesman for the state roads department",
                "said",
                "the audit had counted inspections as incomplete when crews used camera drones instead of ladders or bucket trucks, a method the state has used since 2022",
            ),
            c(
                "Whitcomb",
                "said",
                [
                    '"We don\'t dispute that some checks were missed,"',
                    '"We dispute that a drone flight counts as a missed check."',
                ],
            ),
            c(
                "County Commissioner Joy Ebersole",
                "said",
                "residents had complained for years about crumbling concrete",
            ),
            c(
                "Ebersole",
                "said",
                "she hoped the report would push the state to hire more inspectors",
            ),
            c(
                "she",
                "said",
                ['"We have two people covering 900 bridges,"', '"You can do the arithmetic."'],
            ),
            c(
                "The inspector general's office",
                "said",
                "it would publish a state-by-state breakdown next month",
            ),
            c(
                None,
                "are expected to",
                ["Several states", "ask for more time to meet the new requirements"],
            ),
        ],
    ),
    article(
        "fresh25-courts-food-bank-fraud",
        "courts",
        "2026-11-16",
        """
Food bank's former treasurer diverted donations to secret account, fraud trial hears

By Nadia Ferreira-Quill | The Kessel Ledger
Published Nov. 16, 2026

Gordon Tillerson leaves the Port Kessel courthouse on Monday. (Nadia Ferreira-Quill / The Kessel Ledger)

PORT KESSEL, Ont. — The former treasurer of a Port Kessel food bank moved more than $212,000 in donations into an account he controlled over six years, the Crown told a jury Monday as his fraud trial opened.

Gordon Tillerson, 63, has pleaded not guilty to fraud over $5,000 and breach of trust. He was charged in 2024, months after the food bank's board hired an outside accountant to go through its books.

In her opening address, Crown prosecutor Lise Martineau-Drover said jurors would see bank records showing that cheques made out to the Harbour Street Food Bank were deposited into a second account at a different bank, one the board did not know existed.

"This was not a mistake in the books," Martineau-Drover told the jury. "This was a second set of books."

She said Tillerson, who was treasurer from 2016 until he resigned in 2023, signed most of the cheques himself, and that the "refrigeration contractor" named as the payee on dozens of them did not exist.

Defence lawyer Amrit Sandhu-Kerr told jurors in a brief opening that the case was "about sloppy bookkeeping at a volunteer organization, not theft," and asked them to keep an open mind until they had heard from his client.

Tillerson is expected to testify next week.

The jury also heard from the food bank's current board chair, Maureen Oyelaran-Fitch, who testified that volunteers first noticed a problem in 2022, when the walk-in freezer broke down and nobody could find a record of the service contract the food bank had supposedly been paying for.

Oyelaran-Fitch said the board had trusted Tillerson completely. "He was the one who kept the lights on," she said, her voice breaking. "Nobody checked his work because nobody thought they had to."

Under cross-examination, Sandhu-Kerr asked whether the board had ever requested monthly bank statements from the treasurer. Oyelaran-Fitch conceded that it had not, and that the treasurer's reports were usually approved without discussion.

Justice Harold Venkataraman told jurors the trial is scheduled to last three weeks. He warned them not to read news coverage of the case or discuss it on social media.

The food bank's executive director did not respond to a request for comment.
""",
        [
            c(None, "hears", "Food bank's former treasurer diverted donations to secret account"),
            c(
                "the Crown",
                "told",
                "The former treasurer of a Port Kessel food bank moved more than $212,000 in donations into an account he controlled over six years",
            ),
            c(
                "Crown prosecutor Lise Martineau-Drover",
                "said",
                "jurors would see bank records showing that cheques made out to the Harbour Street Food Bank were deposited into a second account at a different bank, one the board did not know existed",
            ),
            c(
                "bank records",
                "showing",
                "that cheques made out to the Harbour Street Food Bank were deposited into a second account at a different bank, one the board did not know existed",
            ),
            c(
                "Martineau-Drover",
                "told",
                ['"This was not a mistake in the books,"', '"This was a second set of books."'],
            ),
            c(
                "She",
                "said",
                'Tillerson, who was treasurer from 2016 until he resigned in 2023, signed most of the cheques himself, and that the "refrigeration contractor" named as the payee on dozens of them did not exist',
            ),
            c(
                "Defence lawyer Amrit Sandhu-Kerr",
                "told",
                'that the case was "about sloppy bookkeeping at a volunteer organization, not theft,"',
            ),
            c(
                "Defence lawyer Amrit Sandhu-Kerr",
                "asked",
                "them to keep an open mind until they had heard from his client",
            ),
            c(
                None,
                "is expected to",
                ["Tillerson", "testify next week"],
                near="Tillerson is expected to testify next week.",
            ),
            c(
                "the food bank's current board chair, Maureen Oyelaran-Fitch",
                "testified",
                "that volunteers first noticed a problem in 2022, when the walk-in freezer broke down and nobody could find a record of the service contract the food bank had supposedly been paying for",
            ),
            c("Oyelaran-Fitch", "said", "the board had trusted Tillerson completely"),
            c(
                "she",
                "said",
                [
                    '"He was the one who kept the lights on,"',
                    '"Nobody checked his work because nobody thought they had to."',
                ],
            ),
            c(
                "Oyelaran-Fitch",
                "conceded",
                "that it had not, and that the treasurer's reports were usually approved without discussion",
            ),
            c("Justice Harold Venkataraman", "told", "the trial is scheduled to last three weeks"),
            c(
                "He",
                "warned",
                "them not to read news coverage of the case or discuss it on social media",
            ),
        ],
    ),
    article(
        "fresh25-council-greenway-route",
        "council",
        "2026-11-11",
        """
Greenway route ‘not set in stone’, council chief tells landowners

Aoife Branagh-Kinsella
Wed, Nov 11, 2026, 06:00

Westmoyle County Council has deferred a decision on the route of the Carrigdown greenway until February after more than 40 landowners lodged objections to the council's preferred option.

At Monday's monthly meeting, the council's chief executive, Declan Furlong-Hayes, told members the route published in September was “a starting point, not a finished design” and that officials would meet every affected landowner before a revised map came back to the chamber.

“Nothing about this route is set in stone,” he said. “If there is a better line through that valley, we want to find it.”

Landowners outside County Buildings in Westmoyle before Monday's meeting. Photograph: Eamon Ruddle

Found out ‘over the ditch’

Cllr Bríd Costigan (Ind), who represents the Carrigdown area, said some families had heard about the route from neighbours before any letter arrived from the council. She proposed that the item be deferred until the landowner meetings had taken place.

“People found out over the ditch,” Cllr Costigan said. “That is no way to treat families who have farmed that land for five generations.”

A report from the council's roads and transportation directorate, circulated to members before the meeting, estimates that the greenway would attract 85,000 users a year and puts the cost of the preferred route at €14.2 million, most of it to be met from a national active travel grant.

Cllr Seán Rafferty said he supported the greenway “100 per cent” but warned that the council could lose the grant if the project slipped past a 2027 deadline set by the department.

Mr Furlong-Hayes said he had spoken to department officials, who told him the deadline could be extended by up to a year if the council could show progress. He did not say whether that assurance had been given in writing.

Members voted 22 to 6 to defer the item. In a statement afterwards, the landowners' group, Carrigdown Valley Farmers, said it welcomed the delay but would “oppose any route that splits working farms in two”.

A revised route is expected to come before the council in February, with a public consultation to follow in the spring.
""",
        [
            c("council chief", "tells", "Greenway route ‘not set in stone’", kind="mixed"),
            c(
                "the council's chief executive, Declan Furlong-Hayes",
                "told",
                "the route published in September was “a starting point, not a finished design” and that officials would meet every affected landowner before a revised map came back to the chamber",
            ),
            c(
                "he",
                "said",
                [
                    "“Nothing about this route is set in stone,”",
                    "“If there is a better line through that valley, we want to find it.”",
                ],
            ),
            c(
                "Cllr Bríd Costigan (Ind), who represents the Carrigdown area",
                "said",
                "some families had heard about the route from neighbours before any letter arrived from the council",
            ),
            c(
                "She",
                "proposed",
                "that the item be deferred until the landowner meetings had taken place",
            ),
            c(
                "Cllr Costigan",
                "said",
                [
                    "“People found out over the ditch,”",
                    "“That is no way to treat families who have farmed that land for five generations.”",
                ],
            ),
            c(
                "A report from the council's roads and transportation directorate, circulated to members before the meeting",
                "estimates",
                "that the greenway would attract 85,000 users a year",
            ),
            c(
                "A report from the council's roads and transportation directorate, circulated to members before the meeting",
                "puts",
                "the cost of the preferred route at €14.2 million, most of it to be met from a national active travel grant",
            ),
            c("Cllr Seán Rafferty", "said", "he supported the greenway “100 per cent”"),
            c(
                "Cllr Seán Rafferty",
                "warned",
                "that the council could lose the grant if the project slipped past a 2027 deadline set by the department",
            ),
            c(
                "Mr Furlong-Hayes",
                "said",
                "he had spoken to department officials, who told him the deadline could be extended by up to a year if the council could show progress",
            ),
            c(
                "department officials",
                "told",
                "the deadline could be extended by up to a year if the council could show progress",
            ),
            c(
                "the landowners' group, Carrigdown Valley Farmers",
                "said",
                "it welcomed the delay but would “oppose any route that splits working farms in two”",
            ),
            c(
                None,
                "is expected to",
                [
                    "A revised route",
                    "come before the council in February, with a public consultation to follow in the spring",
                ],
            ),
        ],
    ),
    article(
        "fresh25-press-release-food-plant",
        "press-release",
        "2026-09-22",
        """
Halvorsen Foods to Add 180 Jobs With $46 Million Expansion of Brightwater Plant

Expansion doubles frozen-meal capacity; hiring to begin early next year

BRIGHTWATER, Wis., Sept. 22, 2026 /PRWire/ -- Halvorsen Foods, Inc., a family-owned maker of frozen meals and soups, today announced that it will invest $46 million to expand its Brightwater production plant, adding 180 full-time jobs over the next two years.

The project will add a 90,000-square-foot production hall, two packaging lines and a cold-storage warehouse on the company's 30-acre campus on Mill Street. Construction is scheduled to begin in November, and the company hopes to have the new hall running by early 2028.

Highlights of the expansion:

- 180 new full-time positions, with starting wages of $22.50 an hour and full benefits
- Two high-speed packaging lines that will double the plant's frozen-meal output
- A $1.2 million training partnership with Brightwater Technical College
- Solar panels on the new hall's roof, sized to supply about 20 percent of the plant's electricity

"Brightwater has been our home since my grandfather started making soup in a rented church kitchen on Mill Street in 1961," said Karin Halvorsen-Reyes, president and chief executive officer of Halvorsen Foods. "This investment says, as plainly as we know how, that we intend to be here for the next sixty years, too."

Halvorsen-Reyes said the company had looked at building the new capacity at a site in another state but chose Brightwater because of its workforce and the support of local officials.

"Jobs like these are how rural communities keep their young families," said Marcus Delacroix-Webb, secretary of the Wisconsin Economic Growth Council, which approved up to $3.1 million in performance-based tax credits for the project.

A 2025 workforce study commissioned by Brightwater County found that the county lost nearly 14 percent of its residents aged 25 to 34 between 2015 and 2025, the steepest decline in the region.

Hiring

Halvorsen Foods said it would give priority to applicants from Brightwater and neighboring counties and urged job seekers to register at halvorsenfoods.com/careers. Applicants are encouraged to attend a hiring fair at the Brightwater Civic Center on Oct. 15 from 10 a.m. to 6 p.m. No experience is required; the company will provide paid training.

This release contains forward-looking statements, including statements about the timing of construction and hiring. Actual results may differ materially.

About Halvorsen Foods

Founded in 1961 in Brightwater, Wisconsin, Halvorsen Foods, Inc. makes frozen meals, soups and broths sold under the Halvorsen's Kitchen and Northwoods Table brands in more than 9,000 stores in 31 states. The company employs 640 people. Learn more at halvorsenfoods.com.

Media contact:
Priya Anand-Sorensen
Director of Communications, Halvorsen Foods
(715) 555-0142
press@halvorsenfoods.com

SOURCE Halvorsen Foods, Inc.
""",
        [
            c(
                "Halvorsen Foods, Inc., a family-owned maker of frozen meals and soups",
                "announced",
                "that it will invest $46 million to expand its Brightwater production plant, adding 180 full-time jobs over the next two years",
            ),
            c(
                "Karin Halvorsen-Reyes, president and chief executive officer of Halvorsen Foods",
                "said",
                [
                    '"Brightwater has been our home since my grandfather started making soup in a rented church kitchen on Mill Street in 1961,"',
                    '"This investment says, as plainly as we know how, that we intend to be here for the next sixty years, too."',
                ],
            ),
            c(
                "Halvorsen-Reyes",
                "said",
                "the company had looked at building the new capacity at a site in another state but chose Brightwater because of its workforce and the support of local officials",
            ),
            c(
                "Marcus Delacroix-Webb, secretary of the Wisconsin Economic Growth Council, which approved up to $3.1 million in performance-based tax credits for the project",
                "said",
                '"Jobs like these are how rural communities keep their young families,"',
            ),
            c(
                "A 2025 workforce study commissioned by Brightwater County",
                "found",
                "that the county lost nearly 14 percent of its residents aged 25 to 34 between 2015 and 2025, the steepest decline in the region",
            ),
            c(
                "Halvorsen Foods",
                "said",
                "it would give priority to applicants from Brightwater and neighboring counties",
            ),
            c("Halvorsen Foods", "urged", "job seekers to register at halvorsenfoods.com/careers"),
            c(
                None,
                "are encouraged",
                [
                    "Applicants",
                    "to attend a hiring fair at the Brightwater Civic Center on Oct. 15 from 10 a.m. to 6 p.m.",
                ],
                near="Applicants are encouraged to attend a hiring fair at the Brightwater Civic Center on Oct. 15 from 10 a.m. to 6 p.m.",
            ),
        ],
    ),
    article(
        "fresh25-interview-lifeboat-coxswain",
        "interview",
        "2026-11-21",
        """
‘The sea doesn't care how long you've been at it’: Dunmare coxswain on 30 years of call-outs

Mairéad Ní Bhraonáin spent three decades on the Dunmare lifeboat crew, the last 14 years as coxswain, before standing down in October. She talked to Ciarán Hollister about fog, fear and the call-out she still thinks about

Ciarán Hollister
Sat, Nov 21, 2026, 05:00

Mairéad Ní Bhraonáin at the slipway in Dunmare. Photograph: Tomás Greally

The pager is gone now, handed back along with the yellow helmet she wore for 30 winters, but Mairéad Ní Bhraonáin still wakes at the sound of a car door at night. She says the hardest part of the job was never the weather but the waiting on the pier afterwards, watching families watch the boat come in.

The conversation has been edited for length and clarity.

Hollister: You joined the crew at 19. Was there ever any question of not doing it?

Ní Bhraonáin: Not really. My father was on the boat, and his father before him, so there wasn't much choosing in it. I remember my mother saying that if I was going to be down at the pier every night anyway, I might as well be useful. She meant it as a joke, I think. I took it as permission.

Hollister: What has changed most in 30 years?

Ní Bhraonáin: The boats, the kit, the forecasts. When I started we had oilskins and a compass and a great deal of faith. Now there's thermal imaging and a GPS that'll put you on top of a man in the water to within a few metres. What hasn't changed is people. People still go out in a small boat with no radio and no lifejacket because the sun is shining at the pier.

Hollister: In 2019 the station was nearly downgraded to a summer-only boat. How close did it come?

Ní Bhraonáin: Closer than anyone in the town knew at the time. We were told the call-out numbers didn't justify a full-time boat. So we went back through twenty years of logbooks, every shout, and showed them the numbers were wrong, because half our winter call-outs had been logged under the next station up the coast. They kept the boat. I'd say that was the most important thing I ever did as coxswain, and I did it at a kitchen table.

Hollister: Is there one call-out you still think about?

Ní Bhraonáin: January 2011. Two brothers in a punt off Carrickbeg, one of them 16. We found the older lad clinging to a lobster-pot buoy after four hours. We never found his brother. I think about their mother more than anything. She was on the pier when we came in, and she looked at the boat and counted, and I watched her count.

Hollister: Were you ever afraid?

Ní Bhraonáin: All the time. Anyone who tells you they're not afraid out there shouldn't be on the boat. Fear is what makes you check the engine twice. The sea doesn't care how long you've been at it.

Hollister: What would you say to someone thinking of volunteering?

Ní Bhraonáin: Come down to the station on a Tuesday night, when we train. Nobody will hand you a pager on the first night. You'll make tea for a year, probably. But there's nothing else like it, being the one who goes.

Dunmare Lifeboat Station holds an open evening on the first Tuesday of every month. Its new coxswain, Rory Devane, is expected to be formally appointed at the station's annual meeting in January.
""",
        [
            c(
                "Dunmare coxswain",
                ":",
                "‘The sea doesn't care how long you've been at it’",
                kind="direct",
            ),
            c(
                "She",
                "says",
                "the hardest part of the job was never the weather but the waiting on the pier afterwards, watching families watch the boat come in",
            ),
            qa(
                "Ní Bhraonáin",
                "Not really. My father was on the boat, and his father before him, so there wasn't much choosing in it. I remember my mother saying that if I was going to be down at the pier every night anyway, I might as well be useful. She meant it as a joke, I think. I took it as permission.",
            ),
            qa(
                "Ní Bhraonáin",
                "The boats, the kit, the forecasts. When I started we had oilskins and a compass and a great deal of faith. Now there's thermal imaging and a GPS that'll put you on top of a man in the water to within a few metres. What hasn't changed is people. People still go out in a small boat with no radio and no lifejacket because the sun is shining at the pier.",
            ),
            qa(
                "Ní Bhraonáin",
                "Closer than anyone in the town knew at the time. We were told the call-out numbers didn't justify a full-time boat. So we went back through twenty years of logbooks, every shout, and showed them the numbers were wrong, because half our winter call-outs had been logged under the next station up the coast. They kept the boat. I'd say that was the most important thing I ever did as coxswain, and I did it at a kitchen table.",
            ),
            qa(
                "Ní Bhraonáin",
                "January 2011. Two brothers in a punt off Carrickbeg, one of them 16. We found the older lad clinging to a lobster-pot buoy after four hours. We never found his brother. I think about their mother more than anything. She was on the pier when we came in, and she looked at the boat and counted, and I watched her count.",
            ),
            qa(
                "Ní Bhraonáin",
                "All the time. Anyone who tells you they're not afraid out there shouldn't be on the boat. Fear is what makes you check the engine twice. The sea doesn't care how long you've been at it.",
            ),
            qa(
                "Ní Bhraonáin",
                "Come down to the station on a Tuesday night, when we train. Nobody will hand you a pager on the first night. You'll make tea for a year, probably. But there's nothing else like it, being the one who goes.",
            ),
            c(
                None,
                "is expected to",
                [
                    "Its new coxswain, Rory Devane",
                    "be formally appointed at the station's annual meeting in January",
                ],
            ),
        ],
    ),
    article(
        "fresh25-live-blog-ice-storm",
        "live-blog",
        "2026-02-10",
        """
Ice storm live updates: 80,000 without power across Kestrel Bay region

The Kestrel Bay Packet staff
Last updated 4:52 p.m. AT, Tuesday, Feb. 10, 2026

4:40 p.m.

Coastline Power says crews have restored electricity to about 22,000 customers since noon, but warns that some rural customers may not be reconnected until Thursday. As of 4:30 p.m., 58,300 customers were still without power.

4:05 p.m.

Mayor Francine Aubertin-Lowe has just wrapped up a briefing at city hall. Key points:

• The city has declared a local state of emergency, which lets it draw on provincial disaster funds.
• Three warming centres — Harbourview Arena, St. Brendan's Church hall and the North End Library — will stay open overnight.
• Aubertin-Lowe asked residents to check on elderly neighbours and not to run barbecues or generators indoors.
• She said about 400 trees or large limbs had come down on city streets, and crews had cleared roughly half.

"It's going to be a long, cold night for a lot of people, and I'm asking everyone to be patient with the crews." — Mayor Francine Aubertin-Lowe

3:30 p.m.

Kestrel Bay Regional Police say a 71-year-old man was taken to hospital with carbon monoxide poisoning after running a generator in a closed garage in the Brookfield area. His injuries are not believed to be life-threatening, police said.

2:50 p.m.

Transit: Kestrel Bay Transit has pulled all buses off the road until further notice. A spokesperson said in an email that service would not resume until crews had cleared ice from overhead wires on the two trolley routes and checked every route for downed lines.

2:15 p.m.

Reader question: "Is garbage pickup still happening tomorrow?"

The city says Wednesday's collection is cancelled. Wednesday routes will be picked up on Saturday instead.

1:40 p.m.

The provincial government is reportedly preparing to ask the federal government for military help to clear debris in the hardest-hit rural counties. The premier's office did not respond to a request for comment.

12:55 p.m.

Schools closed Wednesday

The Kestrel Bay Regional School Board says all schools will be closed again Wednesday. Forecasters with the federal weather office say another 10 to 15 millimetres of freezing rain could fall overnight before temperatures rise above zero on Wednesday afternoon.

12:10 p.m.

Drivers urged to stay off highways

Provincial police asked drivers to avoid all non-essential travel, saying stretches of the coastal highway between Kestrel Bay and Morrow's Cove were "a sheet of glass." At least a dozen vehicles have gone into ditches since dawn, police said.

11:30 a.m.

Utility crews from neighbouring provinces are expected to arrive tonight to help with repairs, according to Coastline Power.

Related: How to keep your pipes from freezing during a power outage

9:15 a.m.

Good morning. We'll be following the storm and the cleanup here throughout the day. Send your questions and photos to newsroom@kbpacket.ca.
""",
        [
            c(
                "Coastline Power",
                "says",
                "crews have restored electricity to about 22,000 customers since noon",
            ),
            c(
                "Coastline Power",
                "warns",
                "that some rural customers may not be reconnected until Thursday",
            ),
            c(
                "Aubertin-Lowe",
                "asked",
                "residents to check on elderly neighbours and not to run barbecues or generators indoors",
            ),
            c(
                "She",
                "said",
                "about 400 trees or large limbs had come down on city streets, and crews had cleared roughly half",
            ),
            c(
                "Mayor Francine Aubertin-Lowe",
                "—",
                "\"It's going to be a long, cold night for a lot of people, and I'm asking everyone to be patient with the crews.\"",
            ),
            c(
                "Kestrel Bay Regional Police",
                "say",
                "a 71-year-old man was taken to hospital with carbon monoxide poisoning after running a generator in a closed garage in the Brookfield area",
            ),
            c("police", "said", "His injuries are not believed to be life-threatening"),
            c(
                "A spokesperson",
                "said",
                "that service would not resume until crews had cleared ice from overhead wires on the two trolley routes and checked every route for downed lines",
            ),
            c("The city", "says", "Wednesday's collection is cancelled"),
            c(
                None,
                "reportedly",
                [
                    "The provincial government is",
                    "preparing to ask the federal government for military help to clear debris in the hardest-hit rural counties",
                ],
            ),
            c(
                "The Kestrel Bay Regional School Board",
                "says",
                "all schools will be closed again Wednesday",
            ),
            c(
                "Forecasters with the federal weather office",
                "say",
                "another 10 to 15 millimetres of freezing rain could fall overnight before temperatures rise above zero on Wednesday afternoon",
            ),
            c(None, "urged", ["Drivers", "to stay off highways"]),
            c("Provincial police", "asked", "drivers to avoid all non-essential travel"),
            c(
                "Provincial police",
                "saying",
                'stretches of the coastal highway between Kestrel Bay and Morrow\'s Cove were "a sheet of glass."',
            ),
            c("police", "said", "At least a dozen vehicles have gone into ditches since dawn"),
            c(
                "Coastline Power",
                "according to",
                "Utility crews from neighbouring provinces are expected to arrive tonight to help with repairs",
            ),
        ],
    ),
    article(
        "fresh25-opinion-school-closures",
        "opinion",
        "2026-11-24",
        """
Before Rellick closes three schools, show parents the math

OPINION | Joanne Whitlock-Baird
The Rellick Valley Courier

Last Thursday, in a gym that smelled of floor wax and concession-stand popcorn, Superintendent Raymond Ostrowski told about 300 parents that closing Pine Hollow, Eastgate and Carver Street elementary schools was "the only responsible path" for a district that has lost 1,900 students in a decade.

Maybe it is. But nobody in that gym was shown the numbers that would let them judge for themselves.

The district says the closures would save $4.7 million a year. Where does that figure come from? When I asked, a district spokeswoman declined to share the consultant's report it is based on, citing "ongoing negotiations" with the teachers' union.

That report, I have since learned, was written by a firm whose 2019 study of neighboring Dunmore Township led to five school closures there. Two of those buildings reopened within four years.

Here is what is in the public record. The district's own budget book projects that enrollment will fall by about 2 percent over the next five years, after a 14 percent drop over the previous ten. And a facilities assessment the board paid for in 2024 found that Carver Street was in better condition than two of the schools that would stay open.

Board President Lydia Fenstermacher told me last week that the board "will not vote on anything parents haven't seen." I take her at her word. But the vote is scheduled for Dec. 9, and the consultant's report is still in a drawer.

Parents have noticed. "They keep telling us it's about money, but nobody will tell us how much," said Tamika Rowe-Ellison, whose two children attend Eastgate. "If the math is good, show us the math."

Ostrowski argued at the meeting that delay has its own costs, and on that he is right: every year the district heats half-empty buildings is a year that money does not reach a classroom.

Several board members are said to be uneasy about voting before the report is public. If so, they have the power to fix it. Board members should demand the consultant's report, in full, before Dec. 9. If the district believes in its numbers, it has nothing to lose by publishing them.

I am asking the board to do one simple thing: post the report online this week, and then let parents talk.

Maybe the math holds up. Parents deserve to see it either way.

Editor's note: The author's daughter attended Carver Street Elementary from 2014 to 2020.

Read more: Rellick school board sets Dec. 9 vote on elementary closures

Joanne Whitlock-Baird writes about schools and families in the Rellick Valley. Reach her at jwhitlock@rellickcourier.com.
""",
        [
            c(
                "Superintendent Raymond Ostrowski",
                "told",
                'that closing Pine Hollow, Eastgate and Carver Street elementary schools was "the only responsible path" for a district that has lost 1,900 students in a decade',
            ),
            c("The district", "says", "the closures would save $4.7 million a year"),
            c(
                "The district's own budget book",
                "projects",
                "that enrollment will fall by about 2 percent over the next five years, after a 14 percent drop over the previous ten",
            ),
            c(
                "a facilities assessment the board paid for in 2024",
                "found",
                "that Carver Street was in better condition than two of the schools that would stay open",
            ),
            c(
                "Board President Lydia Fenstermacher",
                "told",
                'that the board "will not vote on anything parents haven\'t seen."',
            ),
            c(
                "Tamika Rowe-Ellison, whose two children attend Eastgate",
                "said",
                [
                    '"They keep telling us it\'s about money, but nobody will tell us how much,"',
                    '"If the math is good, show us the math."',
                ],
            ),
            c("Ostrowski", "argued", "that delay has its own costs"),
            c(
                None,
                "are said to",
                ["Several board members", "be uneasy about voting before the report is public"],
            ),
        ],
    ),
    article(
        "fresh25-business-retailer-job-cuts",
        "business",
        "2026-12-03",
        """
Northshield Outfitters to cut 340 jobs, close Ashcombe distribution centre

Devika Ramsaroop-Clarke, Business Reporter
The Dominion Ledger
Published December 3, 2026

HALDANE, Ont. — Northshield Outfitters Ltd. will cut about 340 jobs and close its distribution centre in Ashcombe, Ont., the outdoor-gear retailer said Thursday as it posted a third-quarter loss and warned that sales would stay weak through the holiday season.

The Haldane-based company, which operates 212 stores across the country, said the closure is part of a restructuring it says will save $38 million a year by 2028. Most of the affected workers are at the Ashcombe site, which employs about 290 people; the rest are in head-office roles.

Net loss for the quarter ended Oct. 31 was $21.4 million, or 39 cents per share, compared with a profit of $6.2 million a year earlier. Revenue fell 11 per cent to $418 million.

"We built a network for a company that sold most of its gear in stores, and that is not the company we are today," chief executive Graham Oduya-Pelletier told analysts on a conference call. He said online orders now make up 41 per cent of sales, up from 18 per cent five years ago, and that the company would move fulfilment to a third-party warehouse near the Quebec border.

Asked whether more store closings were coming, Oduya-Pelletier said the company was reviewing its leases "one by one" and would not rule anything out.

According to a filing with securities regulators, Northshield expects to record severance and related charges of $17 million to $22 million in the fourth quarter.

Union calls closure "a betrayal"

Workers at the Ashcombe centre, who unionized in 2023, were told of the closure at a meeting Thursday morning. Tessa Blackwood-Amadi, president of Local 1127 of the Warehouse and Retail Workers Union, called the decision "a betrayal of people who kept this company running through the worst years it ever had." She said the union would seek a meeting with the company to negotiate severance above the legal minimum and urged the province to step in.

Priya Venkatesan-Moore, an analyst at Harbourline Securities, estimated that the restructuring would not lift margins meaningfully until late 2027. In a note to clients, she wrote that "the store base is still too big for the sales it generates."

Northshield shares fell 8.3 per cent to $11.62 in Thursday trading.

The company is said to have held talks earlier this year with a U.S. private-equity firm about a possible sale, though people familiar with the matter said those discussions ended in the summer. A Northshield spokesperson said the company does not comment on market speculation.
""",
        [
            c(
                "the outdoor-gear retailer",
                "said",
                "Northshield Outfitters Ltd. will cut about 340 jobs and close its distribution centre in Ashcombe, Ont.",
            ),
            c("it", "warned", "that sales would stay weak through the holiday season"),
            c(
                "The Haldane-based company, which operates 212 stores across the country",
                "said",
                "the closure is part of a restructuring it says will save $38 million a year by 2028",
            ),
            c("it", "says", ["a restructuring", "will save $38 million a year by 2028"]),
            c(
                "chief executive Graham Oduya-Pelletier",
                "told",
                '"We built a network for a company that sold most of its gear in stores, and that is not the company we are today,"',
            ),
            c(
                "He",
                "said",
                "online orders now make up 41 per cent of sales, up from 18 per cent five years ago, and that the company would move fulfilment to a third-party warehouse near the Quebec border",
            ),
            c(
                "Oduya-Pelletier",
                "said",
                'the company was reviewing its leases "one by one" and would not rule anything out',
            ),
            c(
                "a filing with securities regulators",
                "According to",
                "Northshield expects to record severance and related charges of $17 million to $22 million in the fourth quarter",
            ),
            c("Union", "calls", 'closure "a betrayal"'),
            c(
                "Tessa Blackwood-Amadi, president of Local 1127 of the Warehouse and Retail Workers Union",
                "called",
                'the decision "a betrayal of people who kept this company running through the worst years it ever had."',
            ),
            c(
                "She",
                "said",
                "the union would seek a meeting with the company to negotiate severance above the legal minimum",
            ),
            c("She", "urged", "the province to step in"),
            c(
                "Priya Venkatesan-Moore, an analyst at Harbourline Securities",
                "estimated",
                "that the restructuring would not lift margins meaningfully until late 2027",
            ),
            c("she", "wrote", 'that "the store base is still too big for the sales it generates."'),
            c(
                None,
                "is said to",
                [
                    "The company",
                    "have held talks earlier this year with a U.S. private-equity firm about a possible sale",
                ],
                near="The company is said to have held talks earlier this year with a U.S. private-equity firm about a possible sale",
            ),
            c("people familiar with the matter", "said", "those discussions ended in the summer"),
        ],
    ),
    article(
        "fresh25-health-measles-cases",
        "health",
        "2026-11-12",
        """
Parents urged to check vaccine records after three measles cases in Kilbarrow

Niamh Ó Dálaigh-Burke, Health Correspondent
Thu, Nov 12, 2026, 18:45

Public health doctors on Thursday asked parents in the Kilbarrow area to make sure their children have had both doses of the MMR vaccine, after three confirmed cases of measles in the town in the past fortnight.

The Health Protection Office for the western region said two of the cases were in children under five who had not been vaccinated, and the third was in an adult who had recently travelled abroad. All three are recovering at home.

“Measles is one of the most contagious diseases we know of,” said Dr Fionnuala Kerrigan-Shaw, a specialist in public health medicine with the office. “One case in a crèche or a classroom can become 20 very quickly if children are not protected.”

Figures published by the office last month show that uptake of the second dose in parts of the county has fallen to 84 per cent, well below the 95 per cent needed to stop the virus spreading.

Dr Kerrigan-Shaw said people who were in the waiting area of the emergency department at St Colman's University Hospital between 2pm and 9pm on November 6th may have been exposed, and asked anyone who develops a high temperature, cough or rash to phone their GP rather than turn up in person.

Catch-up clinics

Walk-in vaccination clinics will run at Kilbarrow Primary Care Centre on Saturday and next Wednesday. Parents who are unsure of their child's vaccine history are advised to bring the child's health record book or to contact their GP practice, which can check the national register.

A spokeswoman for the Department of Health said the Minister was being briefed daily. She declined to say whether a wider catch-up campaign would be launched before Christmas.

Local GP Dr Colm Ferriter said his practice had taken more than 60 calls from worried parents since Monday. “Most of them are fine, their children are fully vaccinated,” he said. “But a handful never got the second dose, and some didn't know there was a second dose.

“We are ringing every family on our books with a child who is missing a dose,” he added. “If you get a call from us this week, please don't ignore it.”

A school principal in the town, who asked not to be named, told the Western Tribune that several families had kept children at home this week. The school's board of management is understood to have written to parents on Wednesday.

The last significant measles outbreak in the region, in 2019, infected 37 people, 11 of whom were admitted to hospital.

Read more: What are the symptoms of measles, and when should you see a doctor?
""",
        [
            c(
                None,
                "urged",
                ["Parents", "to check vaccine records"],
                near="Parents urged to check vaccine records",
            ),
            c(
                "Public health doctors",
                "asked",
                "parents in the Kilbarrow area to make sure their children have had both doses of the MMR vaccine",
            ),
            c(
                "The Health Protection Office for the western region",
                "said",
                "two of the cases were in children under five who had not been vaccinated, and the third was in an adult who had recently travelled abroad",
            ),
            c(
                "Dr Fionnuala Kerrigan-Shaw, a specialist in public health medicine with the office",
                "said",
                [
                    "“Measles is one of the most contagious diseases we know of,”",
                    "“One case in a crèche or a classroom can become 20 very quickly if children are not protected.”",
                ],
            ),
            c(
                "Figures published by the office last month",
                "show",
                "that uptake of the second dose in parts of the county has fallen to 84 per cent, well below the 95 per cent needed to stop the virus spreading",
            ),
            c(
                "Dr Kerrigan-Shaw",
                "said",
                "people who were in the waiting area of the emergency department at St Colman's University Hospital between 2pm and 9pm on November 6th may have been exposed",
            ),
            c(
                "Dr Kerrigan-Shaw",
                "asked",
                "anyone who develops a high temperature, cough or rash to phone their GP rather than turn up in person",
            ),
            c(
                None,
                "are advised",
                [
                    "Parents who are unsure of their child's vaccine history",
                    "to bring the child's health record book or to contact their GP practice, which can check the national register",
                ],
            ),
            c(
                "A spokeswoman for the Department of Health",
                "said",
                "the Minister was being briefed daily",
            ),
            c(
                "Local GP Dr Colm Ferriter",
                "said",
                "his practice had taken more than 60 calls from worried parents since Monday",
            ),
            c(
                "he",
                "said",
                [
                    "“Most of them are fine, their children are fully vaccinated,”",
                    "“But a handful never got the second dose, and some didn't know there was a second dose.",
                ],
            ),
            c(
                "he",
                "added",
                [
                    "“We are ringing every family on our books with a child who is missing a dose,”",
                    "“If you get a call from us this week, please don't ignore it.”",
                ],
            ),
            c(
                "A school principal in the town, who asked not to be named",
                "told",
                "that several families had kept children at home this week",
            ),
            c(
                None,
                "is understood to",
                ["The school's board of management", "have written to parents on Wednesday"],
            ),
        ],
    ),
    article(
        "fresh25-science-squirrel-hibernation",
        "science",
        "2026-10-14",
        """
Wildfires are knocking ground squirrels' hibernation off schedule, researchers report

By ELENA MARCHETTI-ROSS
Allied Press Science Writer

SILVERTON FORKS, Colo. (Allied Press) — Ground squirrels living near recent wildfire scars in the mountain West are coming out of hibernation as much as three weeks earlier than squirrels in unburned forest, and fewer of their young survive the summer, according to a study published Wednesday.

Researchers at the Calder Institute for Mountain Ecology tracked 412 squirrels fitted with tiny temperature loggers at 19 sites over five winters. They found that burned sites, stripped of the trees that shade the snowpack, lost their snow an average of 16 days sooner, and that squirrels there woke as the soil warmed.

"They're doing exactly what evolution taught them to do: wake up when the ground warms," said Rosalind Achterberg, a population ecologist at the institute and the study's lead author. "The trouble is that nobody told the plants."

The study, published in the journal Frontiers of Alpine Biology, notes that the grasses and wildflowers the squirrels eat after waking still sprout on roughly the same date each year, leaving early risers with little food for up to two weeks.

Mothers that woke early weaned smaller litters, the researchers reported, and the share of young that survived to their first hibernation fell from about 58 percent at unburned sites to 37 percent near burn scars.

Wildfire has burned a growing share of Western forests over the past two decades, much of it at the middle elevations where ground squirrels are most common.

Dmitri Kovalenko-Price, a wildlife biologist at Sunder State University who was not involved in the research, called the study "a careful piece of work" and said it was among the first to follow individual animals through both fire and hibernation. But he cautioned that five winters was a short record, and that squirrels at burned sites might adjust over time.

"Animals are more flexible than we tend to give them credit for," Kovalenko-Price said. "I'd want to see year ten before I'd call this a decline."

Achterberg said her team had applied for money to extend the work to marmots and pikas, which live higher up and depend even more on snow cover. The Calder Institute is expected to decide on a second field station next spring.

The Allied Press Health and Science Department receives support from the Haverlund Foundation's science education program. Allied Press is solely responsible for all content.
""",
        [
            c(
                "researchers",
                "report",
                "Wildfires are knocking ground squirrels' hibernation off schedule",
            ),
            c(
                "a study published Wednesday",
                "according to",
                "Ground squirrels living near recent wildfire scars in the mountain West are coming out of hibernation as much as three weeks earlier than squirrels in unburned forest, and fewer of their young survive the summer",
            ),
            c(
                "They",
                "found",
                "that burned sites, stripped of the trees that shade the snowpack, lost their snow an average of 16 days sooner, and that squirrels there woke as the soil warmed",
            ),
            c(
                "Rosalind Achterberg, a population ecologist at the institute and the study's lead author",
                "said",
                [
                    '"They\'re doing exactly what evolution taught them to do: wake up when the ground warms,"',
                    '"The trouble is that nobody told the plants."',
                ],
            ),
            c(
                "The study, published in the journal Frontiers of Alpine Biology",
                "notes",
                "that the grasses and wildflowers the squirrels eat after waking still sprout on roughly the same date each year, leaving early risers with little food for up to two weeks",
            ),
            c(
                "the researchers",
                "reported",
                [
                    "Mothers that woke early weaned smaller litters",
                    "and the share of young that survived to their first hibernation fell from about 58 percent at unburned sites to 37 percent near burn scars",
                ],
            ),
            c(
                "Dmitri Kovalenko-Price, a wildlife biologist at Sunder State University who was not involved in the research",
                "called",
                'the study "a careful piece of work"',
            ),
            c(
                "Dmitri Kovalenko-Price, a wildlife biologist at Sunder State University who was not involved in the research",
                "said",
                "it was among the first to follow individual animals through both fire and hibernation",
            ),
            c(
                "he",
                "cautioned",
                "that five winters was a short record, and that squirrels at burned sites might adjust over time",
            ),
            c(
                "Kovalenko-Price",
                "said",
                [
                    '"Animals are more flexible than we tend to give them credit for,"',
                    "\"I'd want to see year ten before I'd call this a decline.\"",
                ],
            ),
            c(
                "Achterberg",
                "said",
                "her team had applied for money to extend the work to marmots and pikas, which live higher up and depend even more on snow cover",
            ),
            c(
                None,
                "is expected to",
                ["The Calder Institute", "decide on a second field station next spring"],
            ),
        ],
    ),
    article(
        "fresh25-wire-island-ferry",
        "wire",
        "2026-10-13",
        """
Island residents "stranded" as ferry pulled from service again, mayor says

By Owen Critch-Lannon
Maple Wire

PORT EDRIC, N.L. — The only ferry serving Gannet Island was pulled from service for the second time in a month on Tuesday after an engine failure, leaving about 1,100 residents with no way to reach the mainland except a once-a-day charter flight.

Gannet Island Mayor Wilfred Pardy said people were "stranded" and that medical appointments, grocery orders and fuel deliveries had all been disrupted.

"We are an island of 1,100 people and we have one boat," Pardy said in an interview. "When that boat is broke down, we're on our own.

"People out here aren't asking for a bridge. We're asking for a boat that starts in the morning."

In a statement, the provincial Department of Marine Transport said the MV Gannet Venture lost one of its two main engines shortly after leaving Port Edric on Tuesday morning and returned to the wharf on the other. No one was hurt.

The department estimated that repairs would take at least 10 days, and said it was trying to charter a replacement vessel from a private operator in Nova Scotia.

Transportation Minister Colleen Hynes-Parsons told reporters at the legislature that the province had been "unlucky" with the 28-year-old vessel, but denied that the government had put off maintenance to save money.

"Every dollar that boat has asked for, it has received," she said.

Opposition transportation critic Gerald Whelan-Foote said the government was "running the fleet into the ground" and called on the minister to release the vessel's last two inspection reports.

A 2024 report by the province's auditor general found that four of the seven vessels in the provincial fleet were past their planned service life, and warned that the province had no plan to replace them.

A new ferry for the Gannet Island run was ordered from a shipyard in 2023 but is not expected to enter service until 2028, according to the department's website.

Some residents say they have stopped booking medical appointments on the mainland altogether. Theresa Gosse, 74, said she missed a follow-up with her cardiologist last week and had been told it could be three months before another opening.

"You can't plan a life around a boat that might not come," she said.

This report by Maple Wire was first published Oct. 13, 2026.
""",
        [
            c("mayor", "says", 'Island residents "stranded" as ferry pulled from service again'),
            c(
                "Gannet Island Mayor Wilfred Pardy",
                "said",
                'people were "stranded" and that medical appointments, grocery orders and fuel deliveries had all been disrupted',
            ),
            c(
                "Pardy",
                "said",
                [
                    '"We are an island of 1,100 people and we have one boat,"',
                    "\"When that boat is broke down, we're on our own.",
                    "\"People out here aren't asking for a bridge. We're asking for a boat that starts in the morning.\"",
                ],
            ),
            c(
                "the provincial Department of Marine Transport",
                "said",
                "the MV Gannet Venture lost one of its two main engines shortly after leaving Port Edric on Tuesday morning and returned to the wharf on the other",
            ),
            c("The department", "estimated", "that repairs would take at least 10 days"),
            c(
                "The department",
                "said",
                "it was trying to charter a replacement vessel from a private operator in Nova Scotia",
            ),
            c(
                "Transportation Minister Colleen Hynes-Parsons",
                "told",
                'that the province had been "unlucky" with the 28-year-old vessel',
            ),
            c(
                "Transportation Minister Colleen Hynes-Parsons",
                "denied",
                "that the government had put off maintenance to save money",
            ),
            c("she", "said", '"Every dollar that boat has asked for, it has received,"'),
            c(
                "Opposition transportation critic Gerald Whelan-Foote",
                "said",
                'the government was "running the fleet into the ground"',
            ),
            c(
                "Opposition transportation critic Gerald Whelan-Foote",
                "called on",
                "the minister to release the vessel's last two inspection reports",
            ),
            c(
                "A 2024 report by the province's auditor general",
                "found",
                "that four of the seven vessels in the provincial fleet were past their planned service life",
            ),
            c(
                "A 2024 report by the province's auditor general",
                "warned",
                "that the province had no plan to replace them",
            ),
            c(
                "the department's website",
                "according to",
                "A new ferry for the Gannet Island run was ordered from a shipyard in 2023 but is not expected to enter service until 2028",
            ),
            c(
                "Some residents",
                "say",
                "they have stopped booking medical appointments on the mainland altogether",
            ),
            c(
                "Theresa Gosse, 74",
                "said",
                "she missed a follow-up with her cardiologist last week and had been told it could be three months before another opening",
            ),
            c("she", "said", '"You can\'t plan a life around a boat that might not come,"'),
        ],
    ),
    article(
        "fresh25-courts-landlord-ruling",
        "courts",
        "2026-12-01",
        """
Judge orders Birchwood landlord to make repairs, pay tenants $310,000

Ruling follows two-year fight over heat, leaks and mold at 40-unit complex

By Marcus Ellery-Boone | Tri-County Sentinel
Dec 1, 2026

Tenants and supporters gather outside the Calloway County Courthouse after Monday's ruling. (Sentinel photo by Rae Whitford)

A Calloway County judge on Monday ordered the owner of the Birchwood Terrace apartments to fix broken heating, leaking roofs and mold in 40 units within 90 days and to pay tenants more than $310,000 in rent refunds and damages.

In a 34-page decision, Circuit Judge Annette Moravec-Lyle held that Birchwood Holdings LLC had breached the state's warranty of habitability and had ignored written complaints from tenants going back to 2023.

"The record shows a landlord who treated tenant complaints as a cost of doing business and repairs as optional," Moravec-Lyle wrote.

The judge also ordered that the company be barred from filing new eviction cases against Birchwood tenants until a court-appointed inspector has signed off on the repairs.

Years of complaints

The lawsuit, filed in 2024 by 27 households with help from Calloway Legal Aid, alleged that tenants had gone entire winters without reliable heat and that some families had slept in their cars on the coldest nights.

Yolanda Quiñones-Park, who has lived at Birchwood for 11 years, testified at the four-day trial in September that her daughter developed asthma after mold spread through their bedroom walls. "I called that office so many times they knew my voice," she said Monday. "Today somebody finally listened."

Birchwood Holdings' attorney, Trent Gallardo, argued at trial that many of the problems were caused by tenants and that the company had spent more than $200,000 on repairs since buying the complex in 2021. The judge rejected that argument, writing that the company's own maintenance logs showed most work orders had been closed without any repair being made.

Gallardo did not return calls Monday. In an email, a company representative said Birchwood was "reviewing the decision with counsel" and was considering an appeal.

Legal Aid attorney Devon Achebe-Marsh said the ruling should put other landlords in the county on notice. The damages are among the largest ever awarded in a habitability case in Calloway County, he said.

The county's code enforcement office, which inspected the complex twice in 2025 without issuing a citation, is reportedly reviewing how those inspections were handled.

Read more: Inside the two-year fight over Birchwood Terrace

Correction: An earlier version of this story misspelled the name of tenant Yolanda Quiñones-Park.
""",
        [
            c("Judge", "orders", "Birchwood landlord to make repairs, pay tenants $310,000"),
            c(
                "A Calloway County judge",
                "ordered",
                "the owner of the Birchwood Terrace apartments to fix broken heating, leaking roofs and mold in 40 units within 90 days and to pay tenants more than $310,000 in rent refunds and damages",
            ),
            c(
                "Circuit Judge Annette Moravec-Lyle",
                "held",
                "that Birchwood Holdings LLC had breached the state's warranty of habitability and had ignored written complaints from tenants going back to 2023",
            ),
            c(
                "Moravec-Lyle",
                "wrote",
                '"The record shows a landlord who treated tenant complaints as a cost of doing business and repairs as optional,"',
            ),
            c(
                "The judge",
                "ordered",
                "that the company be barred from filing new eviction cases against Birchwood tenants until a court-appointed inspector has signed off on the repairs",
            ),
            c(
                "The lawsuit, filed in 2024 by 27 households with help from Calloway Legal Aid",
                "alleged",
                "that tenants had gone entire winters without reliable heat and that some families had slept in their cars on the coldest nights",
            ),
            c(
                "Yolanda Quiñones-Park, who has lived at Birchwood for 11 years",
                "testified",
                "that her daughter developed asthma after mold spread through their bedroom walls",
            ),
            c(
                "she",
                "said",
                [
                    '"I called that office so many times they knew my voice,"',
                    '"Today somebody finally listened."',
                ],
            ),
            c(
                "Birchwood Holdings' attorney, Trent Gallardo",
                "argued",
                "that many of the problems were caused by tenants and that the company had spent more than $200,000 on repairs since buying the complex in 2021",
            ),
            c(
                "The judge",
                "writing",
                "that the company's own maintenance logs showed most work orders had been closed without any repair being made",
            ),
            c(
                "the company's own maintenance logs",
                "showed",
                "most work orders had been closed without any repair being made",
            ),
            c(
                "a company representative",
                "said",
                'Birchwood was "reviewing the decision with counsel" and was considering an appeal',
            ),
            c(
                "Legal Aid attorney Devon Achebe-Marsh",
                "said",
                "the ruling should put other landlords in the county on notice",
            ),
            c(
                "he",
                "said",
                "The damages are among the largest ever awarded in a habitability case in Calloway County",
            ),
            c(
                None,
                "reportedly",
                [
                    "The county's code enforcement office, which inspected the complex twice in 2025 without issuing a citation, is",
                    "reviewing how those inspections were handled",
                ],
            ),
        ],
    ),
]
