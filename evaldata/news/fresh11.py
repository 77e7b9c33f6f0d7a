"""An eleventh held-out set of invented news articles and their attributions, as strings.

Written on 2026-12-05 blind to claimx's rules (the annotator neither ran claimx nor read its
source, its tests or the other sets) and never to be used for tuning. Every article, person,
organisation, place and quotation here is invented (MIT, like the project). ``build.py --set
fresh11`` turns these into ``fresh11.jsonl`` with exact spans; the conventions are in
docs/evaldata-news.md.
"""

# ruff: noqa: E501 (article text: one paragraph a line)
from __future__ import annotations

from typing import Any

from articles import article, c

ARTICLES: list[dict[str, Any]] = [
    article(
        "fresh11-wire-diplomats-expelled",
        "wire",
        "2026-10-02",
        """
Marrenia expels two Tobraskan diplomats in widening row over Kessel port

By Ilse Varga

VESTRAD, Oct 2 (Continental Press) - Marrenia ordered two Tobraskan diplomats to leave the country within 72 hours on Friday, accusing them of gathering information on naval movements at the port of Kessel, in a sharp escalation of a months-long dispute.

The Marrenian foreign ministry said in a statement that the pair, a first secretary and a defence attache, had been "engaged in activities incompatible with their diplomatic status" and had been declared persona non grata. Marrenia has also recalled its ambassador from Orlan for consultations.

Tobrask's deputy foreign minister, Aurel Demsky, called the expulsions "a theatrical overreaction" and said his government would respond "in kind and in proportion".

"We have nothing to hide at Kessel or anywhere else," Demsky told reporters in Orlan, the Tobraskan capital. "If Marrenia has evidence, it should put it on the table."

Marrenian officials have not made any evidence public. A senior Marrenian security official, who spoke on condition of anonymity because the matter is classified, told Continental Press that the two diplomats had been photographed near a restricted naval dock on at least three occasions since August.

The row began in June, when Tobrask accused Marrenia of diverting water from the upper Selva river, a charge Vestrad denies. Talks between the two governments on a water-sharing treaty are reported to have stalled last month.

The Northern Basin Council, of which both countries are members, urged both sides to "lower the temperature" and said it was ready to host talks.

Tobrask's embassy in Vestrad declined to say whether its remaining staff had been told to limit their movements. A Tobraskan diplomatic source said Orlan was likely to expel at least two Marrenian diplomats "within days".
""",
        [
            c(
                "Marrenia",
                "ordered",
                "two Tobraskan diplomats to leave the country within 72 hours",
            ),
            c(
                "Marrenia",
                "accusing",
                "them of gathering information on naval movements at the port of Kessel",
            ),
            c(
                "The Marrenian foreign ministry",
                "said",
                'that the pair, a first secretary and a defence attache, had been "engaged in activities incompatible with their diplomatic status" and had been declared persona non grata',
            ),
            c(
                "Tobrask's deputy foreign minister, Aurel Demsky",
                "called",
                'the expulsions "a theatrical overreaction"',
            ),
            c(
                "Tobrask's deputy foreign minister, Aurel Demsky",
                "said",
                'his government would respond "in kind and in proportion"',
            ),
            c(
                "Demsky",
                "told",
                [
                    '"We have nothing to hide at Kessel or anywhere else,"',
                    '"If Marrenia has evidence, it should put it on the table."',
                ],
            ),
            c(
                "A senior Marrenian security official, who spoke on condition of anonymity because the matter is classified",
                "told",
                "that the two diplomats had been photographed near a restricted naval dock on at least three occasions since August",
            ),
            c("Tobrask", "accused", "Marrenia of diverting water from the upper Selva river"),
            c(
                None,
                "are reported to",
                [
                    "Talks between the two governments on a water-sharing treaty",
                    "have stalled last month",
                ],
            ),
            c(
                "The Northern Basin Council, of which both countries are members",
                "urged",
                'both sides to "lower the temperature"',
            ),
            c(
                "The Northern Basin Council, of which both countries are members",
                "said",
                "it was ready to host talks",
            ),
            c(
                "A Tobraskan diplomatic source",
                "said",
                'Orlan was likely to expel at least two Marrenian diplomats "within days"',
            ),
        ],
    ),
    article(
        "fresh11-wire-firecracker-blast",
        "wire",
        "2026-10-09",
        """
Six killed in blast at firecracker unit in Kolvapur, owner absconding, say police

Kolvapur (Marathwal), Oct 9 (IPNS): Six workers were killed and 14 others injured when an explosion ripped through a firecracker manufacturing unit on the outskirts of Kolvapur town on Thursday afternoon, police said.

The blast occurred around 2.30 pm in a storage shed where finished goods were being packed ahead of the festival season, Superintendent of Police Ramesh Kadugodi told reporters at the site. Three of the injured were in a critical condition and had been shifted to the government medical college hospital in Sangvi, he said.

"Preliminary inquiry shows that the unit was licensed to store 15 kg of explosive material, but nearly 400 kg was found on the premises. The owner, Sunil Bhavsar, has been absconding since the incident and a case has been registered against him," Kadugodi said.

It took fire tenders nearly three hours to bring the flames under control, according to district fire officer Anil Pawde, who said the narrow lane leading to the unit had delayed the firefighters.

Relatives of the dead gathered outside the hospital mortuary on Friday morning. Lata Shinde, whose husband Ganesh was among those killed, said workers had complained several times about boxes being stacked in the corridor. "Nobody listened to us. They said the season is short and the orders are big," she said.

Chief Minister Vasudha Ingle announced that the families of the deceased would receive an ex gratia payment of Rs 5 lakh each and directed the district collector to complete a magisterial inquiry within 30 days.

The state labour department has ordered inspections of all 212 licensed firecracker units in the district, an official said. Last year, two workers died in a similar explosion at a unit in neighbouring Sangvi taluka.
""",
        [
            c(
                "police",
                "say",
                "Six killed in blast at firecracker unit in Kolvapur, owner absconding",
            ),
            c(
                "police",
                "said",
                "Six workers were killed and 14 others injured when an explosion ripped through a firecracker manufacturing unit on the outskirts of Kolvapur town on Thursday afternoon",
            ),
            c(
                "Superintendent of Police Ramesh Kadugodi",
                "told",
                "The blast occurred around 2.30 pm in a storage shed where finished goods were being packed ahead of the festival season",
            ),
            c(
                "he",
                "said",
                "Three of the injured were in a critical condition and had been shifted to the government medical college hospital in Sangvi",
            ),
            c(
                "Kadugodi",
                "said",
                '"Preliminary inquiry shows that the unit was licensed to store 15 kg of explosive material, but nearly 400 kg was found on the premises. The owner, Sunil Bhavsar, has been absconding since the incident and a case has been registered against him,"',
                cue_n=2,
                source_n=1,
            ),
            c(
                "district fire officer Anil Pawde, who said the narrow lane leading to the unit had delayed the firefighters",
                "according to",
                "It took fire tenders nearly three hours to bring the flames under control",
            ),
            c(
                "district fire officer Anil Pawde",
                "said",
                "the narrow lane leading to the unit had delayed the firefighters",
            ),
            c(
                "Lata Shinde, whose husband Ganesh was among those killed",
                "said",
                "workers had complained several times about boxes being stacked in the corridor",
            ),
            c(
                "she",
                "said",
                '"Nobody listened to us. They said the season is short and the orders are big,"',
            ),
            c(
                "Chief Minister Vasudha Ingle",
                "announced",
                "that the families of the deceased would receive an ex gratia payment of Rs 5 lakh each",
            ),
            c(
                "Chief Minister Vasudha Ingle",
                "directed",
                "the district collector to complete a magisterial inquiry within 30 days",
            ),
            c(
                "an official",
                "said",
                "The state labour department has ordered inspections of all 212 licensed firecracker units in the district",
            ),
        ],
    ),
    article(
        "fresh11-business-rate-hold",
        "business",
        "2026-11-18",
        """
Reserve Bank holds cash rate at 4.25% but signals cuts are coming

By Mereana Holt, Economics Reporter

The Tauvale Reserve Bank has left the official cash rate unchanged at 4.25 per cent for a third straight meeting, but said inflation was now falling fast enough for it to begin easing “in the early part of next year”.

In its statement on Wednesday, the bank’s monetary policy committee said annual inflation had fallen to 2.9 per cent in the September quarter and was on track to return to the 1–3 per cent target band “within the next two quarters”.

Governor Hinemoa Rutene told a press conference that the committee had discussed a cut of 25 basis points at the meeting.

“We are not declaring victory,” Rutene said. “But the hard yards have been done, and households should start to feel that in the new year.”

Five of the nine economists surveyed by the Port Aroha Herald last week had forecast a cut this month.

Kahu Bank chief economist Tamsin Whare said the bank had “blinked” but that its message was clear. “They have all but pre-announced a February cut,” she said, adding that fixed mortgage rates were likely to fall before Christmas as lenders moved ahead of the bank.

Daniel Okoro, a senior economist at the Tauvale Institute of Economic Research, said the committee risked moving too slowly while unemployment climbed. The jobless rate rose to 5.1 per cent in the June quarter, according to Statistics Tauvale, its highest level in four years.

“Every month they wait is another month of job losses in the regions,” Okoro said.

Finance Minister Rawiri Tane welcomed the decision but declined to comment on the timing of any cut, saying the bank was independent and “the last thing it needs is advice from me”.
""",
        [
            c("Reserve Bank", "signals", "cuts are coming"),
            c(
                "The Tauvale Reserve Bank",
                "said",
                "inflation was now falling fast enough for it to begin easing “in the early part of next year”",
            ),
            c(
                "the bank’s monetary policy committee",
                "said",
                "annual inflation had fallen to 2.9 per cent in the September quarter and was on track to return to the 1–3 per cent target band “within the next two quarters”",
            ),
            c(
                "Governor Hinemoa Rutene",
                "told",
                "that the committee had discussed a cut of 25 basis points at the meeting",
            ),
            c(
                "Rutene",
                "said",
                [
                    "“We are not declaring victory,”",
                    "“But the hard yards have been done, and households should start to feel that in the new year.”",
                ],
            ),
            c(
                "Five of the nine economists surveyed by the Port Aroha Herald last week",
                "had forecast",
                "a cut this month",
            ),
            c(
                "Kahu Bank chief economist Tamsin Whare",
                "said",
                "the bank had “blinked” but that its message was clear",
            ),
            c("she", "said", "“They have all but pre-announced a February cut,”"),
            c(
                "she",
                "adding",
                "that fixed mortgage rates were likely to fall before Christmas as lenders moved ahead of the bank",
            ),
            c(
                "Daniel Okoro, a senior economist at the Tauvale Institute of Economic Research",
                "said",
                "the committee risked moving too slowly while unemployment climbed",
            ),
            c(
                "Statistics Tauvale",
                "according to",
                [
                    "The jobless rate rose to 5.1 per cent in the June quarter",
                    "its highest level in four years",
                ],
            ),
            c(
                "Okoro",
                "said",
                "“Every month they wait is another month of job losses in the regions,”",
            ),
            c(
                "Finance Minister Rawiri Tane",
                "saying",
                "the bank was independent and “the last thing it needs is advice from me”",
            ),
        ],
    ),
    article(
        "fresh11-business-axle-strike",
        "business",
        "2026-10-14",
        """
Workers walk out at Vantreight Axle plant after contract talks collapse

By Dana Kowalczyk

BRENNAN FALLS — About 1,100 workers at Vantreight Axle Co.'s assembly plant here walked off the job at midnight Tuesday after the company and their union failed to agree on a new contract.

United Metal and Machine Workers Local 512 said the company's final offer — a 3 percent raise in each of four years and higher health care premiums — "doesn't come close" to covering the rise in living costs since the last contract.

"Our members kept this plant running through a pandemic and two rounds of layoffs," Local 512 President Renee Tolliver said outside the main gate, where pickets huddled in freezing rain. "They're not asking for the moon. They're asking to keep up."

The union has proposed raises totaling 18 percent over four years and the restoration of retiree health benefits that were cut in 2015, Tolliver said.

In a statement, Vantreight said it was "disappointed" by the walkout and that its offer was "fair and competitive." The company said the plant would keep operating with salaried staff and that customer deliveries would not be affected.

Spokesman Carl Eberly declined to say how many salaried employees were working on the line Wednesday or whether the company had hired replacement workers.

Vantreight, which makes axles for pickup trucks, reported a 22 percent rise in quarterly profit in July. Analysts at Moorfield Securities wrote that a strike lasting more than two weeks could cost the company about $40 million in lost sales.

Brennan Falls Mayor Joe Santangelo, whose father worked at the plant for 31 years, urged both sides to "get back in a room and stay there until it's done." State mediators are expected to meet with the two sides Friday.
""",
        [
            c(
                "United Metal and Machine Workers Local 512",
                "said",
                "the company's final offer — a 3 percent raise in each of four years and higher health care premiums — \"doesn't come close\" to covering the rise in living costs since the last contract",
            ),
            c(
                "Local 512 President Renee Tolliver",
                "said",
                [
                    '"Our members kept this plant running through a pandemic and two rounds of layoffs,"',
                    "\"They're not asking for the moon. They're asking to keep up.\"",
                ],
            ),
            c(
                "Tolliver",
                "said",
                "The union has proposed raises totaling 18 percent over four years and the restoration of retiree health benefits that were cut in 2015",
            ),
            c(
                "The union",
                "has proposed",
                "raises totaling 18 percent over four years and the restoration of retiree health benefits that were cut in 2015",
            ),
            c(
                "Vantreight",
                "said",
                'it was "disappointed" by the walkout and that its offer was "fair and competitive."',
            ),
            c(
                "The company",
                "said",
                "the plant would keep operating with salaried staff and that customer deliveries would not be affected",
            ),
            c(
                "Vantreight, which makes axles for pickup trucks",
                "reported",
                "a 22 percent rise in quarterly profit",
            ),
            c(
                "Analysts at Moorfield Securities",
                "wrote",
                "that a strike lasting more than two weeks could cost the company about $40 million in lost sales",
            ),
            c(
                "Brennan Falls Mayor Joe Santangelo, whose father worked at the plant for 31 years",
                "urged",
                'both sides to "get back in a room and stay there until it\'s done."',
            ),
            c(None, "are expected to", ["State mediators", "meet with the two sides Friday"]),
        ],
    ),
    article(
        "fresh11-courts-fraud-finance-director",
        "courts",
        "2026-11-04",
        """
Finance director ‘was told to keep second set of books’, fraud trial hears

By Harriet Kemble, Courts Correspondent

A former finance director told Wexcombe Crown Court yesterday that the founder of Ashgrove Homes had instructed her to keep “a second set of accounts” for the company’s investors.

Gregory Talbot, 58, of Marlow Rise, Wexcombe, denies seven counts of fraud by false representation and one of fraudulent trading. Prosecutors say he raised £7.4 million from 212 investors between 2019 and 2023 by showing them accounts that overstated the firm’s profits.

Giving evidence for the prosecution, Joanne Pell, who worked for Ashgrove from 2017 until she resigned in 2022, said the “real” figures were kept on a laptop in Mr Talbot’s office and that she was not allowed to take it home.

“He used to call it the investor pack,” she said. “There was the pack, and there was the truth, and they were never the same document.”

Mrs Pell told the jury she had raised her concerns with Mr Talbot “at least a dozen times” and that on one occasion he had told her to “stop being an accountant and start being a team player”.

Cross-examining, Nadia Ferreira KC, for Mr Talbot, suggested that Mrs Pell had prepared both sets of figures herself and was now “rewriting history” to avoid being prosecuted.

“That is simply not true,” Mrs Pell replied. “I was the one who kept a copy of both, and I was the one who took them to the police.”

The jury was shown emails in which Mr Talbot asked an outside bookkeeper to “tidy up” the figures before a meeting with investors in March 2021.

Judge Rowena Asquith told jurors the trial was expected to last six weeks. It continues.
""",
        [
            c(
                None,
                "hears",
                "Finance director ‘was told to keep second set of books’",
                kind="mixed",
            ),
            c(
                "A former finance director",
                "told",
                "that the founder of Ashgrove Homes had instructed her to keep “a second set of accounts” for the company’s investors",
            ),
            c(
                "the founder of Ashgrove Homes",
                "had instructed",
                "her to keep “a second set of accounts” for the company’s investors",
            ),
            c(
                "Prosecutors",
                "say",
                "he raised £7.4 million from 212 investors between 2019 and 2023 by showing them accounts that overstated the firm’s profits",
            ),
            c(
                "Joanne Pell, who worked for Ashgrove from 2017 until she resigned in 2022",
                "said",
                "the “real” figures were kept on a laptop in Mr Talbot’s office and that she was not allowed to take it home",
            ),
            c(
                "she",
                "said",
                [
                    "“He used to call it the investor pack,”",
                    "“There was the pack, and there was the truth, and they were never the same document.”",
                ],
            ),
            c(
                "Mrs Pell",
                "told",
                "she had raised her concerns with Mr Talbot “at least a dozen times” and that on one occasion he had told her to “stop being an accountant and start being a team player”",
            ),
            c("he", "had told", "her to “stop being an accountant and start being a team player”"),
            c(
                "Nadia Ferreira KC, for Mr Talbot",
                "suggested",
                "that Mrs Pell had prepared both sets of figures herself and was now “rewriting history” to avoid being prosecuted",
            ),
            c(
                "Mrs Pell",
                "replied",
                [
                    "“That is simply not true,”",
                    "“I was the one who kept a copy of both, and I was the one who took them to the police.”",
                ],
            ),
            c(
                "Mr Talbot",
                "asked",
                "an outside bookkeeper to “tidy up” the figures before a meeting with investors in March 2021",
            ),
            c("Judge Rowena Asquith", "told", "the trial was expected to last six weeks"),
        ],
    ),
    article(
        "fresh11-courts-inquest-cyclist",
        "courts",
        "2026-11-11",
        """
Coroner calls for lighting on road where cyclist (34) was killed

By Orla Brennock

A coroner has recommended that public lighting be installed on the Kilcorrig to Ardmoy road where a 34-year-old cyclist was killed in a collision with a van last winter.

Declan Furlong, from Ardmoy, died at the scene on January 14th after he was struck from behind while cycling home from work, the inquest in Kilcorrig heard on Tuesday.

The driver of the van, Martin Kehoe (51), told the inquest he had been travelling at about 70km/h and did not see Mr Furlong until "a split second" before the impact. "I braked as hard as I could. I think about him every single day," he said.

Sergeant Paula Dineen, who led the investigation, said Mr Furlong had been wearing a high-visibility jacket and his rear light was working, but the road at that point was unlit and bent sharply after a rise.

A forensic collision report, prepared for the investigation by engineer Tomás Ryle, found that a driver coming over the rise would have had "less than two seconds" to react to anything on the road at the speed limit of 80km/h.

In a statement, Mr Furlong's parents, Bernard and Eileen Furlong, said their son had written to the county council asking for lights on the road. "He told them someone would be killed there. He was right, and it was him," the statement said.

A spokesperson for Ardmoy County Council said a lighting scheme for the road had been approved in principle but funding had not yet been secured. The council would "reflect carefully" on the coroner's recommendation, she said.

Returning a verdict of misadventure, Coroner Dr Eimear Halloran said the family had shown "great dignity" and that she would write to the Minister for Transport.
""",
        [
            c("Coroner", "calls for", "lighting on road where cyclist (34) was killed"),
            c(
                "A coroner",
                "has recommended",
                "that public lighting be installed on the Kilcorrig to Ardmoy road where a 34-year-old cyclist was killed in a collision with a van last winter",
            ),
            c(
                None,
                "heard",
                "Declan Furlong, from Ardmoy, died at the scene on January 14th after he was struck from behind while cycling home from work",
            ),
            c(
                "The driver of the van, Martin Kehoe (51)",
                "told",
                'he had been travelling at about 70km/h and did not see Mr Furlong until "a split second" before the impact',
            ),
            c("he", "said", '"I braked as hard as I could. I think about him every single day,"'),
            c(
                "Sergeant Paula Dineen, who led the investigation",
                "said",
                "Mr Furlong had been wearing a high-visibility jacket and his rear light was working, but the road at that point was unlit and bent sharply after a rise",
            ),
            c(
                "A forensic collision report, prepared for the investigation by engineer Tomás Ryle",
                "found",
                'that a driver coming over the rise would have had "less than two seconds" to react to anything on the road at the speed limit of 80km/h',
            ),
            c(
                "Mr Furlong's parents, Bernard and Eileen Furlong",
                "said",
                "their son had written to the county council asking for lights on the road",
            ),
            c("their son", "asking for", "lights on the road"),
            c(
                "the statement",
                "said",
                '"He told them someone would be killed there. He was right, and it was him,"',
            ),
            c(
                "A spokesperson for Ardmoy County Council",
                "said",
                "a lighting scheme for the road had been approved in principle but funding had not yet been secured",
            ),
            c(
                "she",
                "said",
                'The council would "reflect carefully" on the coroner\'s recommendation',
            ),
            c(
                "Coroner Dr Eimear Halloran",
                "said",
                'the family had shown "great dignity" and that she would write to the Minister for Transport',
            ),
        ],
    ),
    article(
        "fresh11-council-short-term-rentals",
        "council",
        "2026-11-25",
        """
Council delays vote on short-term rental crackdown after marathon debate

By Priya Sandhu

PORT ELGRAVE — City council has put off a decision on tighter short-term rental rules until January, after more than 40 residents and hosts lined up to speak Tuesday.

The proposed bylaw would limit short-term rentals to a host's principal residence and require an annual licence costing $450. A staff report presented to council estimates that about 1,300 of the city's 2,100 listings would no longer qualify.

Coun. Marie-Claude Thibodeau, who brought the bylaw forward, said the city had lost "hundreds of long-term homes" to platforms in five years. "Every one of those units used to have a family in it," she said. "We can't build our way out of this fast enough to ignore it."

Several hosts told council the rules would wipe out income they rely on. Gord Lindqvist, a retired teacher who rents out a basement suite, said he and his wife used the money to pay a property tax bill that had risen 30 per cent since 2021.

"We were told this was about investors with 10 condos," he said. "Nobody mentioned people like us."

Coun. Brent Mahaffy asked staff whether the principal-residence rule could be phased in over two years. Director of planning Anita Roussel said it could, but warned that a phase-in would "leave the door open" to a rush of new listings.

Council voted 7-4 to defer the decision and directed staff to report back with options for a phased approach.

Mayor Lorne Batchelder, who has said little publicly about the bylaw, told reporters he would support "something like" the staff proposal. A spokesperson for the Lakeshore Hosts Association, which represents about 300 operators, said the group would consider a legal challenge if the bylaw passed.
""",
        [
            c(
                "A staff report presented to council",
                "estimates",
                "that about 1,300 of the city's 2,100 listings would no longer qualify",
            ),
            c(
                "Coun. Marie-Claude Thibodeau, who brought the bylaw forward",
                "said",
                'the city had lost "hundreds of long-term homes" to platforms in five years',
            ),
            c(
                "she",
                "said",
                [
                    '"Every one of those units used to have a family in it,"',
                    '"We can\'t build our way out of this fast enough to ignore it."',
                ],
            ),
            c("Several hosts", "told", "the rules would wipe out income they rely on"),
            c(
                "Gord Lindqvist, a retired teacher who rents out a basement suite",
                "said",
                "he and his wife used the money to pay a property tax bill that had risen 30 per cent since 2021",
            ),
            c(
                "he",
                "said",
                [
                    '"We were told this was about investors with 10 condos,"',
                    '"Nobody mentioned people like us."',
                ],
            ),
            c("Director of planning Anita Roussel", "said", "it could"),
            c(
                "Director of planning Anita Roussel",
                "warned",
                'that a phase-in would "leave the door open" to a rush of new listings',
            ),
            c("Council", "directed", "staff to report back with options for a phased approach"),
            c(
                "Mayor Lorne Batchelder, who has said little publicly about the bylaw",
                "told",
                'he would support "something like" the staff proposal',
            ),
            c(
                "A spokesperson for the Lakeshore Hosts Association, which represents about 300 operators",
                "said",
                "the group would consider a legal challenge if the bylaw passed",
            ),
        ],
    ),
    article(
        "fresh11-press-release-birth-unit",
        "press-release",
        "2026-11-14",
        """
Fenbridge birth unit to reopen on 1 December after recruitment drive

FENBRIDGE, 14 November 2026 — Northvale Hospitals Trust today announced that the midwife-led birth unit at Fenbridge General Hospital will reopen to births on 1 December, eleven months after it was closed because of staff shortages.

The Trust said it had recruited 14 midwives since the spring and that the unit would be staffed around the clock by at least two midwives on every shift.

Sarah Quayle, Director of Midwifery at Northvale Hospitals Trust, said: "We know how hard the closure has been for families in Fenbridge, who have had to travel to Castlemere to give birth. I want to thank them for their patience.

"Reopening the unit safely has been our priority from day one. We are confident we now have the team to do that, and we are not going to let it close again."

The Trust is advising women who are booked to give birth at Castlemere but would prefer Fenbridge to speak to their community midwife.

An independent review of the closure, commissioned by the Trust board, concluded that the Trust had relied too heavily on agency staff and had been "too slow" to tell families the unit was at risk. All 17 of its recommendations have been accepted, the Trust said.

Campaigners from Fenbridge Birth Matters, who gathered more than 9,000 signatures on a petition calling for the unit to reopen, will be invited to tour it before the first births.

Cllr Rebecca Onwuzurike, chair of Fenbridge Town Council's health scrutiny panel, said: "This is the news families have been waiting for. We will be holding the Trust to its promise."

ENDS

Notes to editors: Northvale Hospitals Trust employs about 6,200 staff.

Media contact: Northvale Hospitals Trust communications team, 01632 960412
""",
        [
            c(
                "Northvale Hospitals Trust",
                "announced",
                "that the midwife-led birth unit at Fenbridge General Hospital will reopen to births on 1 December, eleven months after it was closed because of staff shortages",
            ),
            c(
                "The Trust",
                "said",
                "it had recruited 14 midwives since the spring and that the unit would be staffed around the clock by at least two midwives on every shift",
            ),
            c(
                "Sarah Quayle, Director of Midwifery at Northvale Hospitals Trust",
                "said",
                [
                    '"We know how hard the closure has been for families in Fenbridge, who have had to travel to Castlemere to give birth. I want to thank them for their patience.',
                    '"Reopening the unit safely has been our priority from day one. We are confident we now have the team to do that, and we are not going to let it close again."',
                ],
            ),
            c(
                "The Trust",
                "is advising",
                "women who are booked to give birth at Castlemere but would prefer Fenbridge to speak to their community midwife",
            ),
            c(
                "An independent review of the closure, commissioned by the Trust board",
                "concluded",
                'that the Trust had relied too heavily on agency staff and had been "too slow" to tell families the unit was at risk',
            ),
            c("the Trust", "said", "All 17 of its recommendations have been accepted"),
            c("a petition", "calling for", "the unit to reopen"),
            c(
                "Cllr Rebecca Onwuzurike, chair of Fenbridge Town Council's health scrutiny panel",
                "said",
                '"This is the news families have been waiting for. We will be holding the Trust to its promise."',
            ),
        ],
    ),
    article(
        "fresh11-health-hpv-vaccination",
        "health",
        "2026-10-21",
        """
Ogbara targets 600,000 girls in HPV vaccination drive

From Chinedu Okafor, Ikorede

The Ogbara State Government says it will vaccinate about 600,000 girls aged nine to 14 against the human papillomavirus (HPV), the virus behind most cases of cervical cancer, in a two-week campaign beginning on Monday.

The state Commissioner for Health, Dr. Funmilayo Adeyemo-Bakare, disclosed this on Tuesday at a stakeholders’ meeting in Ikorede, the state capital.

She said the single-dose vaccine, supplied free through the national immunisation programme, would be given in schools, primary health centres and designated worship centres across the 18 local government areas.

“Cervical cancer kills more women in this state than any other cancer except breast cancer, and almost every one of those deaths is preventable,” the commissioner said. “This vaccine is the best gift a parent can give a daughter.”

Dr. Adeyemo-Bakare urged parents to disregard “baseless rumours” that the vaccine causes infertility, noting that it had been given to millions of girls in more than 100 countries.

The Executive Secretary of the Ogbara State Primary Health Care Development Agency, Dr. Ibrahim Sule-Danjuma, said 2,400 health workers had been trained for the exercise, while traditional and religious leaders had been enlisted to mobilise communities.

He said the agency had recorded “pockets of resistance” during a pilot in two local government areas in August, when some school proprietors turned vaccination teams away. He appealed to proprietors to cooperate, warning that the government would not hesitate to sanction schools that obstructed the exercise.

A mother of three at Oke-Ado, Mrs. Kemi Alabi, told our correspondent she would allow her 11-year-old daughter to take the vaccine after a nurse in her church explained how it worked.

“At first I was afraid because of what people were saying in the market,” she said.
""",
        [
            c(
                "The Ogbara State Government",
                "says",
                "it will vaccinate about 600,000 girls aged nine to 14 against the human papillomavirus (HPV), the virus behind most cases of cervical cancer, in a two-week campaign beginning on Monday",
            ),
            c(
                "She",
                "said",
                "the single-dose vaccine, supplied free through the national immunisation programme, would be given in schools, primary health centres and designated worship centres across the 18 local government areas",
            ),
            c(
                "the commissioner",
                "said",
                [
                    "“Cervical cancer kills more women in this state than any other cancer except breast cancer, and almost every one of those deaths is preventable,”",
                    "“This vaccine is the best gift a parent can give a daughter.”",
                ],
            ),
            c(
                "Dr. Adeyemo-Bakare",
                "urged",
                "parents to disregard “baseless rumours” that the vaccine causes infertility",
            ),
            c(
                "Dr. Adeyemo-Bakare",
                "noting",
                "that it had been given to millions of girls in more than 100 countries",
            ),
            c(
                "The Executive Secretary of the Ogbara State Primary Health Care Development Agency, Dr. Ibrahim Sule-Danjuma",
                "said",
                "2,400 health workers had been trained for the exercise, while traditional and religious leaders had been enlisted to mobilise communities",
            ),
            c(
                "He",
                "said",
                "the agency had recorded “pockets of resistance” during a pilot in two local government areas in August, when some school proprietors turned vaccination teams away",
            ),
            c("He", "appealed to", "proprietors to cooperate"),
            c(
                "He",
                "warning",
                "that the government would not hesitate to sanction schools that obstructed the exercise",
            ),
            c(
                "A mother of three at Oke-Ado, Mrs. Kemi Alabi",
                "told",
                "she would allow her 11-year-old daughter to take the vaccine after a nurse in her church explained how it worked",
            ),
            c(
                "she",
                "said",
                "“At first I was afraid because of what people were saying in the market,”",
            ),
        ],
    ),
    article(
        "fresh11-science-lake-ice",
        "science",
        "2026-09-30",
        """
Northern lakes are losing weeks of ice cover, study finds

By Jordan Ellery

Lakes across the Northern Hemisphere now freeze an average of 11 days later and thaw 16 days earlier than they did in the 1980s, according to a study published Wednesday that draws on four decades of satellite images and more than a century of handwritten records kept by townspeople and clergy.

The researchers, led by limnologist Maren Oyelaran of Halvorsen University, analyzed ice records for 1,870 lakes. They found that the loss of ice cover had accelerated since 2000 and that about 140 of the lakes, most of them in lowland areas, no longer froze over completely in at least one winter in three.

"Ice is the lake's lid," Oyelaran said in an interview. "Take the lid off for a month and you change everything underneath it — the temperature, the oxygen, which fish survive."

The paper, published in the journal Freshwater Climate Letters, warns that shorter ice seasons could also hurt communities that depend on ice roads and winter fishing. In one region of the study, the authors write, the number of days on which an ice road was safe to drive fell from 61 to 38 between 1995 and 2024.

Not every scientist is convinced the older records can be trusted. Ansel Whitcombe, a glaciologist at the Northbridge Institute of Technology who was not involved in the study, said handwritten freeze dates "were often recorded by whoever happened to notice, on whatever day they noticed." But he said the satellite data alone made the trend "very hard to argue with."

The team says it plans to extend the analysis to 4,000 lakes. It has also asked volunteers in lakeside communities to submit historical ice records through a project website.
""",
        [
            c("study", "finds", "Northern lakes are losing weeks of ice cover"),
            c(
                "a study published Wednesday that draws on four decades of satellite images and more than a century of handwritten records kept by townspeople and clergy",
                "according to",
                "Lakes across the Northern Hemisphere now freeze an average of 11 days later and thaw 16 days earlier than they did in the 1980s",
            ),
            c(
                "They",
                "found",
                "that the loss of ice cover had accelerated since 2000 and that about 140 of the lakes, most of them in lowland areas, no longer froze over completely in at least one winter in three",
            ),
            c(
                "Oyelaran",
                "said",
                [
                    '"Ice is the lake\'s lid,"',
                    '"Take the lid off for a month and you change everything underneath it — the temperature, the oxygen, which fish survive."',
                ],
            ),
            c(
                "The paper, published in the journal Freshwater Climate Letters",
                "warns",
                "that shorter ice seasons could also hurt communities that depend on ice roads and winter fishing",
            ),
            c(
                "the authors",
                "write",
                [
                    "In one region of the study",
                    "the number of days on which an ice road was safe to drive fell from 61 to 38 between 1995 and 2024",
                ],
            ),
            c(
                "Ansel Whitcombe, a glaciologist at the Northbridge Institute of Technology who was not involved in the study",
                "said",
                'handwritten freeze dates "were often recorded by whoever happened to notice, on whatever day they noticed."',
            ),
            c("he", "said", 'the satellite data alone made the trend "very hard to argue with."'),
            c("The team", "says", "it plans to extend the analysis to 4,000 lakes"),
            c(
                "It",
                "asked",
                "volunteers in lakeside communities to submit historical ice records through a project website",
            ),
        ],
    ),
    article(
        "fresh11-sport-mirkov-sacked",
        "sport",
        "2026-11-30",
        """
Redmarsh Athletic sack Mirkov after nine games without a win

By Simon Pellow

Redmarsh Athletic have sacked head coach Stefan Mirkov after a run of nine league games without a win left the club one place above the relegation zone.

In a statement on Monday, the club said the decision had been taken “with a heavy heart” and that Mirkov, who was appointed in May 2025, had “given everything to the role”.

“Results this season have fallen below the standard the board expects, and we believe a change is needed to give the squad the best chance of staying up,” the statement added. “We thank Stefan and his staff and wish them well.”

Assistant coach Ray Dunleavy, who will take charge for Saturday’s home game against Hexley Rovers, told the club’s website he was “honoured” to step in. The 44-year-old is understood to be one of three candidates for the permanent job, along with former Redmarsh captain Owen Tully and Leon Baptiste, who was dismissed by Hexley in the summer.

Mirkov’s departure comes two days after a 3-0 defeat at Pellingham, after which he told reporters he had “no fear” for his job and that the players were “still fighting for each other”. The former Kolmar coach is said to have learned of the decision in a phone call from chairman Graham Oakes.

Supporters turned on the board during that game. The Redmarsh Supporters’ Trust said on Sunday that fans had lost confidence in Oakes’s “long-term plan” and called on him to meet supporters before the January transfer window.

Oakes did not respond to requests for comment on Monday.

Club captain Jonah Eze wrote on social media that the players “have to look in the mirror”. “The gaffer gave us everything. We let him down,” he wrote.
""",
        [
            c(
                "the club",
                "said",
                "the decision had been taken “with a heavy heart” and that Mirkov, who was appointed in May 2025, had “given everything to the role”",
            ),
            c(
                "the statement",
                "added",
                [
                    "“Results this season have fallen below the standard the board expects, and we believe a change is needed to give the squad the best chance of staying up,”",
                    "“We thank Stefan and his staff and wish them well.”",
                ],
            ),
            c(
                "Assistant coach Ray Dunleavy, who will take charge for Saturday’s home game against Hexley Rovers",
                "told",
                "he was “honoured” to step in",
            ),
            c(
                None,
                "is understood to",
                [
                    "The 44-year-old",
                    "be one of three candidates for the permanent job, along with former Redmarsh captain Owen Tully and Leon Baptiste, who was dismissed by Hexley in the summer",
                ],
            ),
            c(
                "he",
                "told",
                "he had “no fear” for his job and that the players were “still fighting for each other”",
            ),
            c(
                None,
                "is said to",
                [
                    "The former Kolmar coach",
                    "have learned of the decision in a phone call from chairman Graham Oakes",
                ],
            ),
            c(
                "The Redmarsh Supporters’ Trust",
                "said",
                "that fans had lost confidence in Oakes’s “long-term plan”",
            ),
            c(
                "The Redmarsh Supporters’ Trust",
                "called on",
                "him to meet supporters before the January transfer window",
            ),
            c("Club captain Jonah Eze", "wrote", "that the players “have to look in the mirror”"),
            c("he", "wrote", "“The gaffer gave us everything. We let him down,”"),
        ],
    ),
    article(
        "fresh11-opinion-school-mergers",
        "opinion",
        "2026-10-27",
        """
Dear Minister, a merged school is not a closer school

By Meera Raghunathan

Dear Minister,

On September 18 you told the Legislative Assembly that merging 2,300 small government schools into larger "cluster schools" would give every rural child "a better teacher, a better library and a better future". I would like to believe you.

But your own department does not seem to believe it. The School Education Department's annual report, tabled in the same session, states that only 41 per cent of the children transferred under the first phase of the scheme are still enrolled. Where did the rest go? The report does not say.

You have said repeatedly that no child will have to travel more than three kilometres to school. In Tenkanur block, where I taught for 22 years, the district collector's own survey found that children from five villages now walk or cycle between six and nine kilometres, much of it along a state highway.

When I wrote in these pages in March that girls would be the first to drop out, your office called the piece "alarmist". I take no pleasure in being right. Headmasters in three districts have told our parents' forum that the number of girls in Class 6 has fallen by a quarter since the mergers.

Your officials say the new buses will solve this. The tender for those buses, according to a reply your department gave in the Assembly in August, has not yet been issued.

I am not asking you to abandon the scheme. I am asking you to pause the second phase until every child on last year's rolls has been traced.

The Chief Minister promised last month that no village would be left behind. Minister, five villages in Tenkanur already have been.

The writer is a retired headmistress.
""",
        [
            c(
                "you",
                "told",
                'that merging 2,300 small government schools into larger "cluster schools" would give every rural child "a better teacher, a better library and a better future"',
            ),
            c(
                "The School Education Department's annual report, tabled in the same session",
                "states",
                "that only 41 per cent of the children transferred under the first phase of the scheme are still enrolled",
            ),
            c(
                "You",
                "have said",
                "that no child will have to travel more than three kilometres to school",
            ),
            c(
                "the district collector's own survey",
                "found",
                "that children from five villages now walk or cycle between six and nine kilometres, much of it along a state highway",
            ),
            c("I", "wrote", "that girls would be the first to drop out"),
            c("your office", "called", 'the piece "alarmist"'),
            c(
                "Headmasters in three districts",
                "have told",
                "that the number of girls in Class 6 has fallen by a quarter since the mergers",
            ),
            c("Your officials", "say", "the new buses will solve this"),
            c(
                "a reply your department gave in the Assembly in August",
                "according to",
                ["The tender for those buses", "has not yet been issued"],
            ),
            c("The Chief Minister", "promised", "that no village would be left behind"),
        ],
    ),
]
