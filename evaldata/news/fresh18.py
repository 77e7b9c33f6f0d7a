"""A held-out set of invented news articles and their attributions, as strings (fresh18).

Written on 2026-12-05 blind to claimx's rules (the annotator neither ran claimx nor read its
source, its tests or the other sets) and never to be used for tuning. Every article, person,
organisation, place and quotation here is invented (MIT, like the project). ``build.py --set
fresh18`` turns these into ``fresh18.jsonl`` with exact spans; the conventions are in
docs/evaldata-news.md.

Twelve articles (wire, courts, council, press-release, interview, live-blog, opinion, business, science, foreign) in British broadsheet and tabloid, Irish, Scottish and Welsh house styles.
"""

# ruff: noqa: E501 (article text: one paragraph a line)
from __future__ import annotations

from typing import Any

from articles import article, c, qa

ARTICLES: list[dict[str, Any]] = [
    article(
        "fresh18-wire-aberwern-byelection",
        "wire",
        "2026-11-20",
        """
Unity Party holds Aberwern seat by 412 votes, returning officer declares

By Gethin Rowlands, Wales Correspondent

ABERWERN, Nov 20 (Cambrian Press Association) - The Unity Party narrowly held the Aberwern and Cwm Ddu seat in Thursday's assembly by-election, the returning officer declared early on Friday, after a night of checks that left candidates waiting in a leisure centre sports hall until almost 5 a.m.

Sian Pritchard, 41, a former primary school headteacher, took 9,318 votes to 8,906 for Dafydd Hale of the Civic Reform Party, whose share rose by 14 points on the last election. Turnout was 31.4 per cent.

"This was never going to be easy, and nobody in my party should pretend it was," Ms Pritchard told supporters after the declaration, switching between Welsh and English. "People in this valley feel forgotten. I heard that on every doorstep, and I will not forget it. Diolch o galon."

Mr Hale, who had campaigned against the closure of the Cwm Ddu minor injuries unit, conceded that the result was "closer than anyone predicted but not close enough". He said he would not seek a recount.

His party had earlier asked the returning officer to check two bundles of ballot papers a second time, according to people present at the count. The returning officer, Menna Beynon, agreed to the request, and the totals did not change.

Turnout 'a warning'

The by-election was called after the death in August of the previous member, Rhodri Bevan, who had held the seat since 2016.

Professor Elin Gwilym, a political scientist at the University of Glanmor, said the low turnout should worry every party. "When fewer than a third of voters turn out in a seat like this, the winner has a mandate, but a thin one," she said.

The Unity Party's leader in the assembly, Carys Morgan-Wyn, described the result as "a win that we will not take for granted". The party is understood to be planning a review of its campaign in the valleys before the spring. One senior figure, speaking on condition of anonymity, called the campaign "a wake-up call we needed six months ago".

The Civic Reform Party said in a statement that it would "reflect on the lessons" before deciding whether to stand in next year's council elections. Asked whether he would stand again, Mr Hale said: "Ask me after I've slept."

A spokesperson for the Green Valleys Party, which came third with 2,114 votes, declined to comment on its share.

Read more: Aberwern by-election: what the result means for the spring

(Reporting by Gethin Rowlands; editing by Tomos Clwyd)
""",
        [
            c("returning officer", "declares", "Unity Party holds Aberwern seat by 412 votes"),
            c(
                "the returning officer",
                "declared",
                "The Unity Party narrowly held the Aberwern and Cwm Ddu seat in Thursday's assembly by-election",
            ),
            c(
                "Ms Pritchard",
                "told",
                [
                    '"This was never going to be easy, and nobody in my party should pretend it was,"',
                    '"People in this valley feel forgotten. I heard that on every doorstep, and I will not forget it. Diolch o galon."',
                ],
            ),
            c(
                "Mr Hale, who had campaigned against the closure of the Cwm Ddu minor injuries unit",
                "conceded",
                'that the result was "closer than anyone predicted but not close enough"',
            ),
            c("He", "said", "he would not seek a recount"),
            c(
                "people present at the count",
                "according to",
                "His party had earlier asked the returning officer to check two bundles of ballot papers a second time",
            ),
            c(
                "His party",
                "asked",
                "the returning officer to check two bundles of ballot papers a second time",
            ),
            c(
                "Professor Elin Gwilym, a political scientist at the University of Glanmor",
                "said",
                "the low turnout should worry every party",
            ),
            c(
                "she",
                "said",
                '"When fewer than a third of voters turn out in a seat like this, the winner has a mandate, but a thin one,"',
            ),
            c(
                "The Unity Party's leader in the assembly, Carys Morgan-Wyn",
                "described",
                'the result as "a win that we will not take for granted"',
            ),
            c(
                None,
                "is understood to",
                [
                    "The party",
                    "be planning a review of its campaign in the valleys before the spring",
                ],
                near="The party is understood to be planning a review of its campaign in the valleys before the spring",
            ),
            c(
                "One senior figure, speaking on condition of anonymity",
                "called",
                'the campaign "a wake-up call we needed six months ago"',
            ),
            c(
                "The Civic Reform Party",
                "said",
                'that it would "reflect on the lessons" before deciding whether to stand in next year\'s council elections',
            ),
            c("Mr Hale", "said", '"Ask me after I\'ve slept."'),
        ],
    ),
    article(
        "fresh18-courts-brookhollow-inquest",
        "courts",
        "2026-10-14",
        """
Dad-of-three died after ladder fall at farm shop, inquest hears

By KERRY DOWSETT

A DAD-of-three plunged more than four metres from a ladder while fixing a broken light at the farm shop where he worked, an inquest heard.

Liam Tranter, 38, suffered fatal head injuries in the fall at Brookhollow Farm Shop, near Ashby Lacey, on March 3 and died in hospital two days later.

The hearing at Kingsmere Coroner's Court was told the aluminium stepladder had a cracked foot that had been noticed weeks earlier.

Co-worker Amy Pell, 24, said in a written statement read to the court: "Liam was always the one who'd jump up and sort things. He said the ladder was fine if you kept your weight on the bottom step."

Shop owner Graham Fenwick told the inquest he had ordered a replacement ladder "the same week" but it had not arrived.

He admitted there was no written risk assessment for working at height. "I should have taken it out of use. I know that now and I'll live with it," he said.

'HEARTBROKEN'

An inspector from the Workplace Safety Authority, Dean Okafor, said the ladder should have been withdrawn as soon as the crack was spotted. His report found that staff had not been trained to check equipment before use.

Mr Fenwick was not prosecuted. The authority is understood to have served the business with an improvement notice in April.

Area coroner Dr Priya Sandhu recorded a conclusion of accidental death.

She said: "This was a simple job that turned fatal because of a piece of equipment that everyone knew was damaged. I urge any employer reading about this case to check their ladders today."

She said she would send a report on preventing future deaths to the authority.

In a tribute released through the coroner's officer, Liam's partner Jade said he was "the best dad those kids could have asked for" and "the funniest man in any room".

Brookhollow Farm Shop did not respond to a request for comment.

Liam Tranter with his three children (Image: Family handout)

Related: Warning to small firms after spate of falls from height
""",
        [
            c(None, "hears", "Dad-of-three died after ladder fall at farm shop"),
            c(
                None,
                "heard",
                "A DAD-of-three plunged more than four metres from a ladder while fixing a broken light at the farm shop where he worked",
            ),
            c(
                None,
                "was told",
                "the aluminium stepladder had a cracked foot that had been noticed weeks earlier",
            ),
            c(
                "Co-worker Amy Pell, 24",
                "said",
                '"Liam was always the one who\'d jump up and sort things. He said the ladder was fine if you kept your weight on the bottom step."',
            ),
            c(
                "Shop owner Graham Fenwick",
                "told",
                'he had ordered a replacement ladder "the same week" but it had not arrived',
            ),
            c("He", "admitted", "there was no written risk assessment for working at height"),
            c(
                "he",
                "said",
                '"I should have taken it out of use. I know that now and I\'ll live with it,"',
            ),
            c(
                "An inspector from the Workplace Safety Authority, Dean Okafor",
                "said",
                "the ladder should have been withdrawn as soon as the crack was spotted",
            ),
            c(
                "His report",
                "found",
                "that staff had not been trained to check equipment before use",
            ),
            c(
                None,
                "is understood to",
                ["The authority", "have served the business with an improvement notice in April"],
            ),
            c(
                "She",
                "said",
                '"This was a simple job that turned fatal because of a piece of equipment that everyone knew was damaged. I urge any employer reading about this case to check their ladders today."',
            ),
            c(
                "She",
                "said",
                "she would send a report on preventing future deaths to the authority",
            ),
            c(
                "Liam's partner Jade",
                "said",
                'he was "the best dad those kids could have asked for" and "the funniest man in any room"',
            ),
        ],
    ),
    article(
        "fresh18-council-strathmorven-libraries",
        "council",
        "2026-11-26",
        """
Councillors back plan to close two Strathmorven libraries despite protest

By Fiona McCallum, Local Democracy Reporter

Two branch libraries in Strathmorven will close next spring after councillors voted by 19 to 14 to approve savings of £2.1 million in the council's culture budget.

The decision, taken at a meeting of the full council in Inverlarig on Thursday, came despite a petition signed by more than 6,000 people and a demonstration outside the council chambers by parents and pupils from Glenbrack Primary.

Council leader Morag Strachan said the authority faced "impossible choices" after a real-terms cut to its government grant.

"Nobody came into local politics to shut libraries," she told the chamber. "But the money we have does not stretch to keeping every building open, and I would rather keep the mobile service on the road than heat two half-empty halls."

Opposition group leader Callum Baird accused the administration of "picking on the places that shout least". He moved that the decision be deferred until a consultation on community-run alternatives had been completed, but the motion fell by 18 votes to 15.

'The only warm room in the village'

Speaking before the meeting, Glenbrack parent council chair Lorna Dewar said the library was the only warm public space in the village outside school hours. "My kids do their homework there because we've no broadband that works," she said.

Another parent, Ewan Rafferty, asked councillors whether any of them had set foot in the Glenbrack branch in the past year.

A report by council officers, published last month, estimated that closing the branches at Glenbrack and Achnacroy would save £340,000 a year, and noted that visits to both had fallen by more than 40 per cent since 2019.

Officers said the mobile library would visit both villages weekly, and the council has called on community groups to come forward with proposals to run the buildings.

Councillor Baird said afterwards that his group would "look at every option", including a legal challenge. The council declined to say how many staff posts would go.

Campaigners outside the council chambers in Inverlarig on Thursday. Photograph: Strathmorven Herald
""",
        [
            c(
                "Council leader Morag Strachan",
                "said",
                'the authority faced "impossible choices" after a real-terms cut to its government grant',
            ),
            c(
                "she",
                "told",
                [
                    '"Nobody came into local politics to shut libraries,"',
                    '"But the money we have does not stretch to keeping every building open, and I would rather keep the mobile service on the road than heat two half-empty halls."',
                ],
            ),
            c(
                "Opposition group leader Callum Baird",
                "accused",
                'the administration of "picking on the places that shout least"',
            ),
            c(
                "He",
                "moved",
                "that the decision be deferred until a consultation on community-run alternatives had been completed",
            ),
            c(
                "Glenbrack parent council chair Lorna Dewar",
                "said",
                "the library was the only warm public space in the village outside school hours",
            ),
            c(
                "she",
                "said",
                '"My kids do their homework there because we\'ve no broadband that works,"',
            ),
            c(
                "A report by council officers, published last month",
                "estimated",
                "that closing the branches at Glenbrack and Achnacroy would save £340,000 a year",
            ),
            c(
                "A report by council officers, published last month",
                "noted",
                "that visits to both had fallen by more than 40 per cent since 2019",
            ),
            c("Officers", "said", "the mobile library would visit both villages weekly"),
            c(
                "the council",
                "called on",
                "community groups to come forward with proposals to run the buildings",
            ),
            c(
                "Councillor Baird",
                "said",
                'that his group would "look at every option", including a legal challenge',
            ),
        ],
    ),
    article(
        "fresh18-press-release-tarnbeck-leaks",
        "press-release",
        "2026-09-08",
        """
Tarnbeck Water to invest £48 million in leak detection across its network

New sensor network will cover 3,200 kilometres of main by 2028, company says

BRADLOW, England, 8 September 2026 /UtilityWire/ -- Tarnbeck Water today announced a £48 million programme to fit acoustic leak sensors to its entire distribution network. The company says the sensors will cut the water lost through leaks by a quarter within five years.

The programme will:

- install 41,000 battery-powered sensors on mains and valves between now and March 2028;
- create 60 new jobs at the company's network control centre in Bradlow;
- publish a live map of reported and detected leaks on the company's website from next spring.

"Every litre we lose through a cracked main is a litre that someone paid to clean and pump," said Ruth Amberley, chief executive of Tarnbeck Water. "Customers have told us, loudly and fairly, that they expect us to fix leaks before we ask them to save water. This is how we do that."

The company said leakage had fallen by 6 per cent over the past two years but remained above the target set by its regulator, the Water Standards Office.

A pilot in the Fellside district last winter found that the sensors located leaks on average eleven days before customers noticed them, according to an evaluation carried out for the company by the University of Bradlow.

Dr Samir Kaleel, who led the evaluation, said: "The sensors are not magic, but in a network this old they buy you time, and time is what stops a small leak turning into a burst."

Tarnbeck Water is asking customers to keep reporting leaks through its app or by phone while the sensors are installed.

About Tarnbeck Water

Tarnbeck Water supplies drinking water to 1.9 million people and 42,000 businesses across the Tarn Valley and the southern Fells. It maintains 14,600 kilometres of water mains and employs 2,300 people.

Media contact

Hollie Marsh, Tarnbeck Water press office
press@tarnbeckwater.example
+44 (0)1632 960 412
""",
        [
            c("company", "says", "New sensor network will cover 3,200 kilometres of main by 2028"),
            c(
                "Tarnbeck Water",
                "announced",
                "a £48 million programme to fit acoustic leak sensors to its entire distribution network",
            ),
            c(
                "The company",
                "says",
                "the sensors will cut the water lost through leaks by a quarter within five years",
            ),
            c(
                "Ruth Amberley, chief executive of Tarnbeck Water",
                "said",
                [
                    '"Every litre we lose through a cracked main is a litre that someone paid to clean and pump,"',
                    '"Customers have told us, loudly and fairly, that they expect us to fix leaks before we ask them to save water. This is how we do that."',
                ],
            ),
            c(
                "The company",
                "said",
                "leakage had fallen by 6 per cent over the past two years but remained above the target set by its regulator, the Water Standards Office",
            ),
            c(
                "an evaluation carried out for the company by the University of Bradlow",
                "according to",
                "A pilot in the Fellside district last winter found that the sensors located leaks on average eleven days before customers noticed them",
            ),
            c(
                "A pilot in the Fellside district last winter",
                "found",
                "that the sensors located leaks on average eleven days before customers noticed them",
            ),
            c(
                "Dr Samir Kaleel, who led the evaluation",
                "said",
                '"The sensors are not magic, but in a network this old they buy you time, and time is what stops a small leak turning into a burst."',
            ),
            c(
                "Tarnbeck Water",
                "asking",
                "customers to keep reporting leaks through its app or by phone while the sensors are installed",
            ),
        ],
    ),
    article(
        "fresh18-interview-carrigmore-nets",
        "interview",
        "2026-10-03",
        """
"The boats aren't coming back, and that's fine": Nuala Keogan on fifty years of mending nets

The last commercial net-maker in Carrigmore is retiring at 71. She talks to Éanna Ruane about salt, patience and the harbour that changed around her

Sat Oct 3 2026 - 06:00

Nuala Keogan's workshop above the old ice plant smells of tar and wet rope. She has made and mended nets in Carrigmore, Co Lisnavar, since she left school at 14.

Her father, she says, taught her to tie a sheet bend before she could write her name. When he died in 1989 the harbour had 23 trawlers; today it has four, and two of those are for sale.

Keogan says she has no interest in being described as the last of anything. "People want a sad story out of me," she says, laughing. "I won't give them one."

This interview has been edited for length and clarity.

ÉANNA RUANE: When did you realise the fleet wasn't going to recover?

NUALA KEOGAN: Around 2004, I'd say. The quotas came down again and the young lads went to Australia or into the building trade. A skipper told me that year he'd sooner sell his boat than watch it rot, and he did sell it, the following spring.

ÉANNA RUANE: Were you angry?

NUALA KEOGAN: For a while. Then you get on with it. I started making nets for the fish farms and for film crews, if you can believe that. A net in a period drama has to look a hundred years old and hold up for a fortnight of filming.

ÉANNA RUANE: Who takes over the workshop?

NUALA KEOGAN: Nobody, and I've made my peace with that. The county council asked me to teach a course at the community college and I said I would, so the knots will survive even if the trade doesn't.

ÉANNA RUANE: Any regrets?

NUALA KEOGAN: I regret not charging the film people more.

Lisnavar Education and Training Board confirmed that Keogan's ten-week course in traditional net-making will begin in January. A spokesman said places had "filled within a day".

Nuala Keogan will be speaking at the Carrigmore Maritime Festival on October 17th.
""",
        [
            c("Nuala Keogan", ":", "\"The boats aren't coming back, and that's fine\""),
            c(
                "she",
                "says",
                ["Her father", "taught her to tie a sheet bend before she could write her name"],
            ),
            c("Keogan", "says", "she has no interest in being described as the last of anything"),
            c("she", "says", ['"People want a sad story out of me,"', '"I won\'t give them one."']),
            qa(
                "NUALA KEOGAN",
                "Around 2004, I'd say. The quotas came down again and the young lads went to Australia or into the building trade. A skipper told me that year he'd sooner sell his boat than watch it rot, and he did sell it, the following spring.",
            ),
            qa(
                "NUALA KEOGAN",
                "For a while. Then you get on with it. I started making nets for the fish farms and for film crews, if you can believe that. A net in a period drama has to look a hundred years old and hold up for a fortnight of filming.",
            ),
            qa(
                "NUALA KEOGAN",
                "Nobody, and I've made my peace with that. The county council asked me to teach a course at the community college and I said I would, so the knots will survive even if the trade doesn't.",
            ),
            qa("NUALA KEOGAN", "I regret not charging the film people more."),
            c(
                "Lisnavar Education and Training Board",
                "confirmed",
                "that Keogan's ten-week course in traditional net-making will begin in January",
            ),
            c("A spokesman", "said", 'places had "filled within a day"'),
        ],
    ),
    article(
        "fresh18-live-blog-storm-isolde",
        "live-blog",
        "2026-12-01",
        """
Storm Isolde live: tens of thousands without power as gusts reach 90mph on the coast

Key events

- Amber wind warning extended to the whole north-west coast
- 41,000 homes without power, says Northgrid
- Ferry crossings to the Carrick Isles cancelled until Thursday

16:42

That's all from us for tonight. Our live coverage continues tomorrow from 7am. Thank you for following.

16:20

Northgrid, the regional electricity network operator, now says around 41,000 homes are without power, most of them in Carrickshire and the Solway Fringe.

Its operations director, Paul Hendry, told the blog that engineers were working "as fast as it is safe to work" but warned that some customers in remote areas might not be reconnected until Wednesday.

15:58

A reader, Jo in Port Allan, has sent us this photo of the seafront, where waves have been breaking over the promenade railings since lunchtime.

Waves break over the promenade at Port Allan. Photograph: Jo Mercer

15:31

Police have urged people not to drive on the coast road between Port Allan and Kelsay unless their journey is essential. In a post on social media, Carrickshire Police said two lorries had been blown over near the Kelsay viaduct, and that nobody had been seriously hurt.

Part of a roof reportedly blew off a warehouse on the Kelsay industrial estate shortly after 3pm. We are trying to confirm this.

15:02

Ferry operator IslandLink has cancelled all crossings to the Carrick Isles until Thursday. A spokeswoman said the decision had not been taken lightly. "We know islanders rely on us, but we will not put a vessel out in seas like these," she added.

The only school on the islands is expected to stay closed on Tuesday.

14:37

The Weather Agency has extended its amber warning for wind to cover the whole north-west coast until 6am on Tuesday.

Its chief forecaster, Dr Hannah Ives, said gusts of 90mph had been recorded at Kelsay Head, the highest there since 2014. "The worst should pass overnight, but tomorrow morning's commute will be messy, with debris on roads and railway lines," she said.

14:10

Rail operator CoastLine Trains says services between Port Allan and Dunmarra are suspended after a tree fell on the overhead wires near Stannock. Passengers are being advised not to travel.

Opposition transport spokesperson Dana Whitlow asked why gritting crews had not been sent out before the storm arrived. The Transport Department declined to comment.

13:20

Schools across Carrickshire will close early today, the county council has confirmed. In a message to parents, it said pupils who travel on school buses would be sent home from 1.30pm, and asked families to collect other children "as soon as you safely can".

12:55

Our reporter on the seafront at Port Allan, Ben Ashdown, says the wind has picked up sharply in the last half-hour. "You can barely stand up on the promenade, and the council has shut the car park by the lifeboat station," he says.
""",
        [
            c("Northgrid", "says", "41,000 homes without power"),
            c(
                "Northgrid, the regional electricity network operator",
                "says",
                "around 41,000 homes are without power, most of them in Carrickshire and the Solway Fringe",
            ),
            c(
                "Its operations director, Paul Hendry",
                "told",
                'that engineers were working "as fast as it is safe to work"',
            ),
            c(
                "Its operations director, Paul Hendry",
                "warned",
                "that some customers in remote areas might not be reconnected until Wednesday",
            ),
            c(
                "Police",
                "urged",
                "people not to drive on the coast road between Port Allan and Kelsay unless their journey is essential",
            ),
            c(
                "Carrickshire Police",
                "said",
                "two lorries had been blown over near the Kelsay viaduct, and that nobody had been seriously hurt",
            ),
            c(
                None,
                "reportedly",
                [
                    "Part of a roof",
                    "blew off a warehouse on the Kelsay industrial estate shortly after 3pm",
                ],
            ),
            c("A spokeswoman", "said", "the decision had not been taken lightly"),
            c(
                "she",
                "added",
                '"We know islanders rely on us, but we will not put a vessel out in seas like these,"',
            ),
            c(None, "is expected to", ["The only school on the islands", "stay closed on Tuesday"]),
            c(
                "Its chief forecaster, Dr Hannah Ives",
                "said",
                "gusts of 90mph had been recorded at Kelsay Head, the highest there since 2014",
            ),
            c(
                "she",
                "said",
                '"The worst should pass overnight, but tomorrow morning\'s commute will be messy, with debris on roads and railway lines,"',
            ),
            c(
                "Rail operator CoastLine Trains",
                "says",
                "services between Port Allan and Dunmarra are suspended after a tree fell on the overhead wires near Stannock",
            ),
            c(None, "are being advised", ["Passengers", "not to travel"]),
            c(
                "the county council",
                "confirmed",
                "Schools across Carrickshire will close early today",
            ),
            c("it", "said", "pupils who travel on school buses would be sent home from 1.30pm"),
            c("it", "asked", 'families to collect other children "as soon as you safely can"'),
            c(
                "Our reporter on the seafront at Port Allan, Ben Ashdown",
                "says",
                "the wind has picked up sharply in the last half-hour",
            ),
            c(
                "he",
                "says",
                '"You can barely stand up on the promenade, and the council has shut the car park by the lifeboat station,"',
            ),
        ],
    ),
    article(
        "fresh18-opinion-ballycarra-bus",
        "opinion",
        "2026-11-12",
        """
If the Minister wants us out of our cars, he could start by running a bus after 7pm

Roisín Hartigan

Thu Nov 12 2026 - 05:00

There is a bus stop at the end of our road in Ballycarra. It has a shelter, a timetable in a plastic frame and a bench that the council replaced last year. What it does not have, after seven o'clock in the evening, is a bus.

Last week the Minister for Rural Transport, Declan Furlong, told a parliamentary committee that the Government's "Connected Communities" plan had "put a bus within reach of every village in the country". I would invite him to stand at the Ballycarra stop on a wet Tuesday in November and test that claim.

The numbers are not on his side. The Rural Transport Agency's annual report, published in September, shows that 61 per cent of villages with fewer than 1,500 people have no bus after 7pm on weekdays.

Those who defend the plan argue that evening services in thinly populated areas would run empty. That is a fair point, up to a point. But a survey by the Rural Youth Forum found that four in ten young people outside the towns had turned down a job or a course because they could not get home from it.

My neighbour's daughter, Aoife, is one of them. She was offered an apprenticeship in Castlemoyle last spring and turned it down. "It was that or buy a car I couldn't afford to insure," she told me.

The Minister's department says evening services are being "kept under review". We have heard that before. In 2022 his predecessor promised a late-night pilot route in every county by 2024; two counties got one.

To be fair to the Minister, he conceded at the same committee that "rural Ireland has been asked to wait too long", and he is said to be pressing the finance ministry for an extra €30 million in next year's budget. Good. But money alone will not do it. The buses need to run when people need them: after the late shift, after evening classes, after the match.

So here is a modest proposal. Before the budget, let the Minister publish, route by route, the time of the last bus from every town of more than 5,000 people. Let us all see the map. I suspect it will make uncomfortable reading, in Ballycarra and well beyond it.

Roisín Hartigan is a writer and broadcaster based in Co Lisnavar

This article was amended on November 13th to correct the population threshold used in the agency's report.
""",
        [
            c(
                "the Minister for Rural Transport, Declan Furlong",
                "told",
                'that the Government\'s "Connected Communities" plan had "put a bus within reach of every village in the country"',
            ),
            c(
                "The Rural Transport Agency's annual report, published in September",
                "shows",
                "that 61 per cent of villages with fewer than 1,500 people have no bus after 7pm on weekdays",
            ),
            c(
                "Those who defend the plan",
                "argue",
                "that evening services in thinly populated areas would run empty",
            ),
            c(
                "a survey by the Rural Youth Forum",
                "found",
                "that four in ten young people outside the towns had turned down a job or a course because they could not get home from it",
            ),
            c("she", "told", '"It was that or buy a car I couldn\'t afford to insure,"'),
            c(
                "The Minister's department",
                "says",
                'evening services are being "kept under review"',
            ),
            c("his predecessor", "promised", "a late-night pilot route in every county by 2024"),
            c("he", "conceded", 'that "rural Ireland has been asked to wait too long"'),
            c(
                None,
                "is said to",
                [
                    "he",
                    "be pressing the finance ministry for an extra €30 million in next year's budget",
                ],
                near="he is said to be pressing the finance ministry for an extra €30 million in next year's budget",
            ),
        ],
    ),
    article(
        "fresh18-business-halden-crewe",
        "business",
        "2026-07-29",
        """
Halden & Crewe profits slide as shoppers shun home furnishings

Retailer cuts dividend and says it will close 14 stores

By Marcus Penhale, Retail Correspondent

Halden & Crewe, the department store chain, has reported a 38 per cent fall in half-year profits and warned that trading would remain "challenging" until at least the spring.

Pre-tax profit for the six months to June fell to £41.2 million from £66.5 million, on sales down 4 per cent at £1.18 billion. The board cut the interim dividend to 2.1p from 3.4p.

Chief executive Alisdair Moncur told analysts on a call that the furniture and homeware departments, which account for almost a third of sales, had been hit hardest as higher mortgage costs kept buyers away from big-ticket purchases. "People are still buying clothes and cosmetics. What they are not doing is replacing the sofa," he said.

The company said the 14 stores earmarked for closure, most of them in shopping centres, were loss-making and that about 900 staff would be offered roles elsewhere in the business or redundancy. It did not name the stores.

Shares fell 11 per cent to 84p, their lowest since 2009.

Analysts at Cardew Stanton estimated that the closures would save around £18 million a year, but questioned whether that would be enough. "This is a retreat, not a restructuring," wrote Priya Venn, the broker's retail analyst, in a note to clients.

Takeover interest

Halden & Crewe has been the subject of repeated takeover speculation. The private equity firm Larchmont Partners is understood to have approached the company's largest shareholders in June, according to two people familiar with the matter.

Halden & Crewe does not comment on market speculation. Larchmont declined to comment.

Mr Moncur insisted the company had "no need to raise money" and that its balance sheet was strong enough to pay for a £60 million refit of its flagship store in Kingsbridge.

The results are expected to put pressure on the chairman, Sir Anthony Gale, who faces re-election at the annual meeting in October. One top-20 investor, who asked not to be named, said the board had "run out of road".
""",
        [
            c("Retailer", "says", "it will close 14 stores"),
            c(
                "Halden & Crewe, the department store chain",
                "reported",
                "a 38 per cent fall in half-year profits",
            ),
            c(
                "Halden & Crewe, the department store chain",
                "warned",
                'that trading would remain "challenging" until at least the spring',
            ),
            c(
                "Chief executive Alisdair Moncur",
                "told",
                "that the furniture and homeware departments, which account for almost a third of sales, had been hit hardest as higher mortgage costs kept buyers away from big-ticket purchases",
            ),
            c(
                "he",
                "said",
                '"People are still buying clothes and cosmetics. What they are not doing is replacing the sofa,"',
            ),
            c(
                "The company",
                "said",
                "the 14 stores earmarked for closure, most of them in shopping centres, were loss-making and that about 900 staff would be offered roles elsewhere in the business or redundancy",
            ),
            c(
                "Analysts at Cardew Stanton",
                "estimated",
                "that the closures would save around £18 million a year",
            ),
            c(
                "Priya Venn, the broker's retail analyst",
                "wrote",
                '"This is a retreat, not a restructuring,"',
            ),
            c(
                "two people familiar with the matter",
                "according to",
                "The private equity firm Larchmont Partners is understood to have approached the company's largest shareholders in June",
            ),
            c(
                "Mr Moncur",
                "insisted",
                'the company had "no need to raise money" and that its balance sheet was strong enough to pay for a £60 million refit of its flagship store in Kingsbridge',
            ),
            c(
                None,
                "are expected to",
                [
                    "The results",
                    "put pressure on the chairman, Sir Anthony Gale, who faces re-election at the annual meeting in October",
                ],
            ),
            c(
                "One top-20 investor, who asked not to be named",
                "said",
                'the board had "run out of road"',
            ),
        ],
    ),
    article(
        "fresh18-science-sgarbh-kittiwakes",
        "science",
        "2026-08-19",
        """
Kittiwakes on Sgarbh raising fewer chicks as sand eels move north, study finds

By Kirsty Laing, Science Editor

Breeding success among kittiwakes on Sgarbh, one of the largest seabird colonies off the west coast, has fallen by more than half in fifteen years, according to research published on Wednesday.

The study, by ecologists at the University of Inverallt and the Marine Survey Trust, found that pairs on the island raised an average of 0.31 chicks a year between 2021 and 2025, compared with 0.74 in 2008-2012.

Writing in the Journal of Northern Seas Ecology, the authors argue that the decline is linked to sand eels, the birds' main food, moving to cooler water further north as sea temperatures rise. Tracking data showed that adult birds from Sgarbh were flying on average 40 per cent further on each foraging trip than they did a decade ago.

"A kittiwake chick can't wait for its dinner," said Dr Mhairi Galbraith, the study's lead author. "If the parents are spending an extra six hours at sea, the chick goes hungry, and in a bad week it dies."

She added that disease had been ruled out as a main driver, since fewer than one in ten of the dead chicks tested in 2023 and 2024 carried avian flu.

A kittiwake with a chick on the cliffs at Sgarbh. Photograph: Marine Survey Trust

Other researchers were more cautious. Professor Tom Askew, a seabird biologist at Harwick University who was not involved in the work, said the study was "careful and important" but that fifteen years of data from a single colony could not settle the question of cause.

"Fishing for sand eels further south hasn't stopped, and that matters too," he told the Courier.

The conservation agency Cùram Mara said it would consider the findings as part of a review of protections for the waters around Sgarbh, and called on the fishing industry to support a proposed ban on sand eel fishing within 30 miles of the colony.

The West Coast Fishing Association did not respond to a request for comment.
""",
        [
            c(
                "study",
                "finds",
                "Kittiwakes on Sgarbh raising fewer chicks as sand eels move north",
            ),
            c(
                "research published on Wednesday",
                "according to",
                "Breeding success among kittiwakes on Sgarbh, one of the largest seabird colonies off the west coast, has fallen by more than half in fifteen years",
            ),
            c(
                "The study, by ecologists at the University of Inverallt and the Marine Survey Trust",
                "found",
                "that pairs on the island raised an average of 0.31 chicks a year between 2021 and 2025, compared with 0.74 in 2008-2012",
            ),
            c(
                "the authors",
                "argue",
                "that the decline is linked to sand eels, the birds' main food, moving to cooler water further north as sea temperatures rise",
            ),
            c(
                "Tracking data",
                "showed",
                "that adult birds from Sgarbh were flying on average 40 per cent further on each foraging trip than they did a decade ago",
            ),
            c(
                "Dr Mhairi Galbraith, the study's lead author",
                "said",
                [
                    '"A kittiwake chick can\'t wait for its dinner,"',
                    '"If the parents are spending an extra six hours at sea, the chick goes hungry, and in a bad week it dies."',
                ],
            ),
            c(
                "She",
                "added",
                "that disease had been ruled out as a main driver, since fewer than one in ten of the dead chicks tested in 2023 and 2024 carried avian flu",
            ),
            c(
                "Professor Tom Askew, a seabird biologist at Harwick University who was not involved in the work",
                "said",
                'the study was "careful and important" but that fifteen years of data from a single colony could not settle the question of cause',
            ),
            c(
                "he",
                "told",
                '"Fishing for sand eels further south hasn\'t stopped, and that matters too,"',
            ),
            c(
                "The conservation agency Cùram Mara",
                "said",
                "it would consider the findings as part of a review of protections for the waters around Sgarbh",
            ),
            c(
                "The conservation agency Cùram Mara",
                "called on",
                "the fishing industry to support a proposed ban on sand eel fishing within 30 miles of the colony",
            ),
        ],
    ),
    article(
        "fresh18-foreign-kestria-grain",
        "foreign",
        "2026-11-03",
        """
Kestria halts grain exports as drought bites, sparking row with neighbours

Farmers' union says harvest is worst in four decades

From Helen Marchbank in Orlan

The government of Kestria has suspended all wheat and barley export licences until further notice, the agriculture ministry said on Monday, in a move that threatens bread supplies in at least three neighbouring countries.

In a statement carried by the state news agency, the ministry said the measure was "temporary and necessary". It said the worst drought since 1987 had cut the winter wheat harvest by almost 40 per cent.

The farmers' union, Agrovia, says the harvest is the worst in four decades. Its president, Dorin Lascu, told reporters in the southern city of Brava that many smallholders had harvested "nothing worth the diesel" and warned that some would not plant next year without state help. "We are not asking for charity. We are asking for the seed money we were promised in the spring," he said.

Neighbours protest

The decision drew an angry response from Dravonia, which buys about a third of its wheat from Kestria. Its foreign minister, Ilse Moravec, called the ban "a breach of every promise made in Orlan last year" and said her government would raise it at a regional summit later this month.

Officials in Dravonia privately accuse Kestria of hoarding grain to push up prices before next year's elections, according to a diplomatic memo seen by this newspaper. The memo, dated October 28, estimates that Kestria holds at least 1.2 million tonnes in state stores.

Kestria's government spokesman, Petru Vancea, denied that the government was hoarding grain. "There is no hoarding. There is a drought," he said at a briefing in Orlan. Asked whether the ban would be lifted before the new year, Mr Vancea said it depended on the spring rains.

The Regional Food Security Office, an agency set up by six governments in the region, urged Kestria to let humanitarian shipments continue. Bread prices in the Dravonian capital reportedly rose by a fifth in October.

Two grain traders were arrested in Brava last week and charged with smuggling wheat across the border, state media reported.

Read more: Drought leaves Kestria's reservoirs at record low
""",
        [
            c("Farmers' union", "says", "harvest is worst in four decades"),
            c(
                "the agriculture ministry",
                "said",
                "The government of Kestria has suspended all wheat and barley export licences until further notice",
            ),
            c("the ministry", "said", 'the measure was "temporary and necessary"'),
            c(
                "It",
                "said",
                "the worst drought since 1987 had cut the winter wheat harvest by almost 40 per cent",
            ),
            c("The farmers' union, Agrovia", "says", "the harvest is the worst in four decades"),
            c(
                "Its president, Dorin Lascu",
                "told",
                'that many smallholders had harvested "nothing worth the diesel"',
            ),
            c(
                "Its president, Dorin Lascu",
                "warned",
                "that some would not plant next year without state help",
            ),
            c(
                "he",
                "said",
                '"We are not asking for charity. We are asking for the seed money we were promised in the spring,"',
            ),
            c(
                "Its foreign minister, Ilse Moravec",
                "called",
                'the ban "a breach of every promise made in Orlan last year"',
            ),
            c(
                "Its foreign minister, Ilse Moravec",
                "said",
                "her government would raise it at a regional summit later this month",
            ),
            c(
                "a diplomatic memo seen by this newspaper",
                "according to",
                "Officials in Dravonia privately accuse Kestria of hoarding grain to push up prices before next year's elections",
            ),
            c(
                "Officials in Dravonia",
                "accuse",
                "Kestria of hoarding grain to push up prices before next year's elections",
            ),
            c(
                "The memo, dated October 28",
                "estimates",
                "that Kestria holds at least 1.2 million tonnes in state stores",
            ),
            c(
                "Kestria's government spokesman, Petru Vancea",
                "denied",
                "that the government was hoarding grain",
            ),
            c("he", "said", '"There is no hoarding. There is a drought,"'),
            c("Mr Vancea", "said", "it depended on the spring rains"),
            c(
                "The Regional Food Security Office, an agency set up by six governments in the region",
                "urged",
                "Kestria to let humanitarian shipments continue",
            ),
            c(
                None,
                "reportedly",
                ["Bread prices in the Dravonian capital", "rose by a fifth in October"],
            ),
            c(
                "state media",
                "reported",
                "Two grain traders were arrested in Brava last week and charged with smuggling wheat across the border",
            ),
        ],
    ),
    article(
        "fresh18-wire-auchterbreck-nursery-strike",
        "wire",
        "2026-09-15",
        """
Nursery staff in Auchterbreck to strike over pay, union says

AUCHTERBRECK, Sept 15 (Caledonian News Agency) - Nursery workers employed by Auchterbreck Council will stage three days of strike action next month after rejecting a pay offer, their union said on Tuesday.

Members of the Public Service Workers' Union voted by 84 per cent in favour of action on a turnout of 61 per cent, the PSWU said. The strikes will close 22 council nurseries on October 6, 7 and 8.

"Our members have been patient for two years. They have watched their pay fall behind supermarket wages while being asked to do more with less," said Gail Nisbet, the union's regional organiser. "Nobody wants to see a nursery shut, but the council has left us no choice."

The council has offered a 3.5 per cent rise backdated to April. A spokesperson said the offer was "fair and affordable" and urged the union to return to talks.

"Any further increase would have to be paid for by cuts elsewhere, and the people who would feel those cuts are the same families who use our nurseries," the spokesperson said.

A letter sent to parents by the council on Monday said emergency childcare would be available for the children of key workers at four sites.

Emma Ruthven, who has two children at the Braeside nursery, said she supported the staff but did not know how she would get to work. "I'll be phoning my mum and hoping," she said.

Union sources said a further ballot, covering school support staff, could follow in the new year.

Opposition councillor Fraser Lennie has called on the council leader, Iona Crerar, to meet the union "before a single door is locked". Ms Crerar declined to comment.

(Reporting by Callum Forsyth; editing by Shona Reid)
""",
        [
            c("union", "says", "Nursery staff in Auchterbreck to strike over pay"),
            c(
                "their union",
                "said",
                "Nursery workers employed by Auchterbreck Council will stage three days of strike action next month after rejecting a pay offer",
            ),
            c(
                "the PSWU",
                "said",
                "Members of the Public Service Workers' Union voted by 84 per cent in favour of action on a turnout of 61 per cent",
            ),
            c(
                "Gail Nisbet, the union's regional organiser",
                "said",
                [
                    '"Our members have been patient for two years. They have watched their pay fall behind supermarket wages while being asked to do more with less,"',
                    '"Nobody wants to see a nursery shut, but the council has left us no choice."',
                ],
            ),
            c("A spokesperson", "said", 'the offer was "fair and affordable"'),
            c("A spokesperson", "urged", "the union to return to talks"),
            c(
                "the spokesperson",
                "said",
                '"Any further increase would have to be paid for by cuts elsewhere, and the people who would feel those cuts are the same families who use our nurseries,"',
            ),
            c(
                "A letter sent to parents by the council on Monday",
                "said",
                "emergency childcare would be available for the children of key workers at four sites",
            ),
            c(
                "Emma Ruthven, who has two children at the Braeside nursery",
                "said",
                "she supported the staff but did not know how she would get to work",
            ),
            c("she", "said", '"I\'ll be phoning my mum and hoping,"'),
            c(
                "Union sources",
                "said",
                "a further ballot, covering school support staff, could follow in the new year",
            ),
            c(
                "Opposition councillor Fraser Lennie",
                "called on",
                'the council leader, Iona Crerar, to meet the union "before a single door is locked"',
            ),
        ],
    ),
    article(
        "fresh18-council-traeth-melyn-caravans",
        "council",
        "2026-10-22",
        """
Councillors reject 120-pitch caravan park expansion at Traeth Melyn

By Alys Griffith, Local Democracy Reporting Service

A plan to more than double the size of a caravan park near Llanfedwen has been refused by Morfa County Council's planning committee, against the advice of its own officers.

Members voted by nine to four on Wednesday to refuse permission for 120 extra static caravan pitches at Traeth Melyn Holiday Park, saying the scheme would harm the character of the coastline and put too much traffic on the single-track lane that serves the site.

A report by planning officers had recommended that the application be approved, subject to 23 conditions, including a cap on the season and a new passing place on the lane.

Speaking for the applicant, Seaview Leisure Ltd, agent Huw Tudor told members the expansion would create 35 jobs and bring an estimated £2.4 million a year into the local economy. "This is a family business that has been here since 1968. It is not a faceless chain," he said.

'The language goes with them'

But Llanfedwen community council chair Eirlys Rowlands said more than 200 letters of objection had been received, many of them about the effect on the Welsh language. "When two out of three houses on a street are empty all winter, the school shrinks, the chapel closes and the language goes with them," she told the committee.

Local member Cllr Gareth Penri, who represents the Traeth ward, claimed the developer had been "treating the lane like a motorway" all summer. He said residents had counted 46 vehicles an hour on the lane on a Saturday in August.

Cllr Dafydd Roberts warned that the council could face an appeal it was "very likely to lose", and asked officers what costs the authority might have to pay. The head of planning, Sioned Price, said she could not give a figure but that costs were "a real risk".

Cllr Penri then moved that the application be refused, and the motion was seconded by Cllr Nia Wynne.

A spokesman for Seaview Leisure said the company was "disappointed by the decision". The firm has not ruled out an appeal.

Traeth Melyn Holiday Park, where 120 more pitches had been proposed. Picture: Morfa Herald

Correction: An earlier version of this article said the committee voted by eight to four.
""",
        [
            c(
                "Members",
                "saying",
                "the scheme would harm the character of the coastline and put too much traffic on the single-track lane that serves the site",
            ),
            c(
                "A report by planning officers",
                "recommended",
                "that the application be approved, subject to 23 conditions, including a cap on the season and a new passing place on the lane",
            ),
            c(
                "agent Huw Tudor",
                "told",
                "the expansion would create 35 jobs and bring an estimated £2.4 million a year into the local economy",
            ),
            c(
                "he",
                "said",
                '"This is a family business that has been here since 1968. It is not a faceless chain,"',
            ),
            c(
                "Llanfedwen community council chair Eirlys Rowlands",
                "said",
                "more than 200 letters of objection had been received, many of them about the effect on the Welsh language",
            ),
            c(
                "she",
                "told",
                '"When two out of three houses on a street are empty all winter, the school shrinks, the chapel closes and the language goes with them,"',
            ),
            c(
                "Local member Cllr Gareth Penri, who represents the Traeth ward",
                "claimed",
                'the developer had been "treating the lane like a motorway" all summer',
            ),
            c(
                "He",
                "said",
                "residents had counted 46 vehicles an hour on the lane on a Saturday in August",
            ),
            c(
                "Cllr Dafydd Roberts",
                "warned",
                'that the council could face an appeal it was "very likely to lose"',
            ),
            c(
                "The head of planning, Sioned Price",
                "said",
                'she could not give a figure but that costs were "a real risk"',
            ),
            c("Cllr Penri", "moved", "that the application be refused"),
            c(
                "A spokesman for Seaview Leisure",
                "said",
                'the company was "disappointed by the decision"',
            ),
        ],
    ),
]
