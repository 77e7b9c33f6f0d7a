"""A held-out set of invented news articles and their attributions, as strings (fresh19).

Written on 2026-12-05 blind to claimx's rules (the annotator neither ran claimx nor read its
source, its tests or the other sets) and never to be used for tuning. Every article, person,
organisation, place and quotation here is invented (MIT, like the project). ``build.py --set
fresh19`` turns these into ``fresh19.jsonl`` with exact spans; the conventions are in
docs/evaldata-news.md.

Twelve articles (wire, courts, council, press-release, interview, live-blog, opinion, business,
health) in Indian, Nigerian, Australian and Ghanaian house styles, 250 to 550 words each.
"""

# ruff: noqa: E501 (article text: one paragraph a line)
from __future__ import annotations

from typing import Any

from articles import article, c, qa

ARTICLES: list[dict[str, Any]] = [
    article(
        "fresh19-wire-tungavati-release",
        "wire",
        "2026-07-14",
        """
Tungavati water release to Rampur farmers will be delayed, says Irrigation Minister

BELWADI, July 14 (PNS) — The release of water from the Tungavati reservoir to farmers in the Rampur command area will be delayed by at least two weeks because of poor inflows, Vindhyanchal Irrigation Minister K. Raghavendra Rao said on Monday.

Speaking to reporters after a review meeting at the Secretariat, Mr. Rao said the reservoir held 18.4 tmcft of water against a gross capacity of 64 tmcft, and that the monsoon had been "weak and patchy" in the catchment for the third straight week.

"We cannot open the gates on sentiment. If we release now and the rains fail in August, there will be no drinking water for Belwadi city," he said.

The Minister added that a fresh assessment would be made on July 28 and urged farmers not to take up paddy transplantation until then.

Farmers' organisations reacted angrily. The Rampur Raitha Sangha president, Hanumanthe Gowda, alleged that the government had quietly diverted water to industrial units at Kolur "through the back door" and called the delay "a death sentence for the kharif crop".

"Every year it is the same story. The farmer waits, the factory gets water," Mr. Gowda told PNS, adding that the Sangha would stage a dharna in front of the Deputy Commissioner's office on Thursday.

Officials of the Water Resources Department denied that any water had been diverted. A senior engineer, who did not wish to be named, said no water had been released to industry since March and that the Kolur units were drawing on their own storage ponds.

According to data from the State Natural Disaster Monitoring Centre, the catchment received 212 mm of rain between June 1 and July 13, 41 per cent below normal for the period. The regional weather office at Belwadi is expected to issue a revised forecast for August later this week.

Leader of the Opposition P. Shivalingappa asked the Chief Minister to convene an all-party meeting on the issue before the Assembly session begins on July 21. Mr. Rao declined to say whether the Kolur units would face supply cuts if the shortfall continued.

Read more: Belwadi to get drinking water from Hosakere tank by December

(PNS) KRG/SMV
""",
        [
            c(
                "Irrigation Minister",
                "says",
                "Tungavati water release to Rampur farmers will be delayed",
            ),
            c(
                "Vindhyanchal Irrigation Minister K. Raghavendra Rao",
                "said",
                "The release of water from the Tungavati reservoir to farmers in the Rampur command area will be delayed by at least two weeks because of poor inflows",
            ),
            c(
                "Mr. Rao",
                "said",
                'the reservoir held 18.4 tmcft of water against a gross capacity of 64 tmcft, and that the monsoon had been "weak and patchy" in the catchment for the third straight week',
            ),
            c(
                "he",
                "said",
                '"We cannot open the gates on sentiment. If we release now and the rains fail in August, there will be no drinking water for Belwadi city,"',
            ),
            c("The Minister", "added", "that a fresh assessment would be made on July 28"),
            c("The Minister", "urged", "farmers not to take up paddy transplantation until then"),
            c(
                "The Rampur Raitha Sangha president, Hanumanthe Gowda",
                "alleged",
                'that the government had quietly diverted water to industrial units at Kolur "through the back door"',
            ),
            c(
                "The Rampur Raitha Sangha president, Hanumanthe Gowda",
                "called",
                'the delay "a death sentence for the kharif crop"',
            ),
            c(
                "Mr. Gowda",
                "told",
                '"Every year it is the same story. The farmer waits, the factory gets water,"',
            ),
            c(
                "Mr. Gowda",
                "adding",
                "that the Sangha would stage a dharna in front of the Deputy Commissioner's office on Thursday",
            ),
            c(
                "Officials of the Water Resources Department",
                "denied",
                "that any water had been diverted",
            ),
            c(
                "A senior engineer, who did not wish to be named",
                "said",
                "no water had been released to industry since March and that the Kolur units were drawing on their own storage ponds",
            ),
            c(
                "data from the State Natural Disaster Monitoring Centre",
                "According to",
                "the catchment received 212 mm of rain between June 1 and July 13, 41 per cent below normal for the period",
            ),
            c(
                None,
                "is expected to",
                [
                    "The regional weather office at Belwadi",
                    "issue a revised forecast for August later this week",
                ],
            ),
            c(
                "Leader of the Opposition P. Shivalingappa",
                "asked",
                "the Chief Minister to convene an all-party meeting on the issue before the Assembly session begins on July 21",
            ),
        ],
    ),
    article(
        "fresh19-courts-pinnaroo-road-trial",
        "courts",
        "2026-05-20",
        """
Ute driver was 'scrolling social media' before fatal crash, prosecutor says

By Jess Whitcombe

Updated Wed 20 May 2026 at 5:42pm

A Tarrawong man was scrolling through social media on his phone in the seconds before his ute struck and killed a cyclist on Pinnaroo Road, the Crown told his trial on Wednesday.

Dylan Mercer, 34, has pleaded not guilty in the Gundaroo District Court to dangerous driving occasioning the death of Annika Holt, a 41-year-old nurse, in March last year.

In her opening address, Crown prosecutor Maree Dunstan said phone records would show Mr Mercer opened the Instagram app at 6.58am and was still active on it when his vehicle drifted onto the road shoulder at 7.01am.

"This was not a moment of inattention," Ms Dunstan told the jury of seven women and five men. "This was a choice, made again and again, to look down at a screen rather than at the road in front of him."

Ms Holt, a mother of two who was riding to an early shift at Gundaroo Base Hospital, was thrown into a drainage culvert and died at the scene, the court heard.

Defence barrister Tom Kefalas SC told the jury the phone data was "incomplete and unreliable" and that the sun, low in the east at that hour, would have dazzled any driver on that stretch of road.

He conceded his client was behind the wheel, but said the Crown would not be able to prove "a single tap on that screen" at the moment of impact.

Gallery full

Members of the Gundaroo Bicycle User Group, several wearing yellow armbands, filled the public gallery for the first day of the trial. The group's secretary, Priya Raman, declined to comment while the case was before the court.

The trial is expected to run for two weeks before Judge Helen Ashcroft. Ms Dunstan said the Crown would call 14 witnesses, including a forensic crash investigator and a truck driver who stopped to help.

Judge Ashcroft warned jurors not to research the case online or discuss it with anyone outside the jury room.

The trial continues.

Related: Pinnaroo Road speed limit cut to 80km/h after crash review
""",
        [
            c(
                "prosecutor",
                "says",
                "Ute driver was 'scrolling social media' before fatal crash",
                kind="mixed",
            ),
            c(
                "the Crown",
                "told",
                "A Tarrawong man was scrolling through social media on his phone in the seconds before his ute struck and killed a cyclist on Pinnaroo Road",
            ),
            c(
                "Crown prosecutor Maree Dunstan",
                "said",
                "phone records would show Mr Mercer opened the Instagram app at 6.58am and was still active on it when his vehicle drifted onto the road shoulder at 7.01am",
            ),
            c(
                "phone records",
                "show",
                "Mr Mercer opened the Instagram app at 6.58am and was still active on it when his vehicle drifted onto the road shoulder at 7.01am",
            ),
            c(
                "Ms Dunstan",
                "told",
                [
                    '"This was not a moment of inattention,"',
                    '"This was a choice, made again and again, to look down at a screen rather than at the road in front of him."',
                ],
            ),
            c(
                None,
                "heard",
                "Ms Holt, a mother of two who was riding to an early shift at Gundaroo Base Hospital, was thrown into a drainage culvert and died at the scene",
            ),
            c(
                "Defence barrister Tom Kefalas SC",
                "told",
                'the phone data was "incomplete and unreliable" and that the sun, low in the east at that hour, would have dazzled any driver on that stretch of road',
            ),
            c("He", "conceded", "his client was behind the wheel"),
            c(
                "He",
                "said",
                'the Crown would not be able to prove "a single tap on that screen" at the moment of impact',
            ),
            c(
                None,
                "is expected to",
                ["The trial", "run for two weeks before Judge Helen Ashcroft"],
                n=0,
            ),
            c(
                "Ms Dunstan",
                "said",
                "the Crown would call 14 witnesses, including a forensic crash investigator and a truck driver who stopped to help",
            ),
            c(
                "Judge Ashcroft",
                "warned",
                "jurors not to research the case online or discuss it with anyone outside the jury room",
            ),
        ],
    ),
    article(
        "fresh19-press-release-kestrel-rice-credit",
        "press-release",
        "2026-03-03",
        """
Kestrel Agro Bank unveils N15bn credit window for smallholder rice farmers

FOR IMMEDIATE RELEASE

ABUJA, 3 March 2026 — Kestrel Agro Bank Plc today announced the launch of a N15 billion credit window for smallholder rice farmers in six states of the North-Central zone. The scheme will be run with the Rice Growers Cooperative Federation (RGCF), which will screen applicants through its state chapters.

Under the scheme:

- farmers in registered cooperatives can borrow between N250,000 and N2 million at a fixed interest rate of 9 per cent a year;
- repayment begins only after the first harvest, with a moratorium of up to eight months;
- no landed property is required as collateral; cooperative guarantees will be accepted instead;
- inputs such as certified seed and fertiliser can be supplied directly by accredited dealers.

Speaking at the launch in Abuja, the Managing Director/Chief Executive Officer of Kestrel Agro Bank, Mrs. Halima Dantata-Ojo, said the bank was "putting money where the food is".

"For too long, the smallholder farmer has been told to wait for the big players to come first. This window reverses that order. A woman with two hectares in Lafiagi should not have to sell her paddy at a loss because she cannot raise N300,000 for fertiliser," she stated.

She added that the bank had set aside 40 per cent of the fund for women and youth-led cooperatives, and urged state governments to deploy extension officers to support beneficiaries from planting to harvest.

The National President of the RGCF, Alhaji Sani Bawa-Kutigi, described the initiative as "the most farmer-friendly loan product we have seen in a decade", noting that earlier schemes had demanded collateral which most rural farmers could not provide.

According to the federation, fewer than one in ten of its 210,000 members had access to formal credit in 2025.

Applications open on 16 March 2026 through participating cooperatives and at any of the bank's 48 branches. Farmers are advised to register with their local cooperative before applying.

ENDS

About Kestrel Agro Bank Plc

Kestrel Agro Bank Plc is a licensed development bank dedicated to financing agriculture and agro-processing. Since 2014 it has disbursed more than N60 billion to over 90,000 farmers and small agribusinesses across 22 states.

Media contact:
Chinedu Okafor-Eze
Head, Corporate Communications
press@kestrelagrobank.ng | +234 809 000 1122
""",
        [
            c(
                "Kestrel Agro Bank Plc",
                "announced",
                "the launch of a N15 billion credit window for smallholder rice farmers in six states of the North-Central zone",
            ),
            c(
                "the Managing Director/Chief Executive Officer of Kestrel Agro Bank, Mrs. Halima Dantata-Ojo",
                "said",
                'the bank was "putting money where the food is"',
            ),
            c(
                "she",
                "stated",
                '"For too long, the smallholder farmer has been told to wait for the big players to come first. This window reverses that order. A woman with two hectares in Lafiagi should not have to sell her paddy at a loss because she cannot raise N300,000 for fertiliser,"',
            ),
            c(
                "She",
                "added",
                "that the bank had set aside 40 per cent of the fund for women and youth-led cooperatives",
            ),
            c(
                "She",
                "urged",
                "state governments to deploy extension officers to support beneficiaries from planting to harvest",
            ),
            c(
                "The National President of the RGCF, Alhaji Sani Bawa-Kutigi",
                "described",
                'the initiative as "the most farmer-friendly loan product we have seen in a decade"',
            ),
            c(
                "The National President of the RGCF, Alhaji Sani Bawa-Kutigi",
                "noting",
                "that earlier schemes had demanded collateral which most rural farmers could not provide",
            ),
            c(
                "the federation",
                "According to",
                "fewer than one in ten of its 210,000 members had access to formal credit in 2025",
            ),
            c(
                None,
                "are advised",
                ["Farmers", "to register with their local cooperative before applying"],
            ),
        ],
    ),
    article(
        "fresh19-courts-anin-darko-appeal",
        "courts",
        "2026-10-07",
        """
Appeal Court quashes ex-DCE's conviction, says trial judge erred on evidence

By Efua Asante-Boateng

Kumanso, Oct 7 — The Court of Appeal in Kumanso has set aside the conviction and 12-year prison sentence of a former District Chief Executive (DCE) for Asuboa, Mr Kwabena Anin-Darko, who was found guilty in 2024 of causing financial loss of GH¢2.3 million to the State.

In a unanimous judgement delivered on Tuesday, the three-member panel, presided over by Justice Afua Owusu-Sarpong, held that the trial High Court had wrongly admitted a photocopied payment voucher as evidence without calling its maker.

The panel ordered that Mr Anin-Darko be retried before a different judge of the High Court and directed the Registrar to fix a date for the retrial within 30 days. He was granted bail in the sum of GH¢500,000 with two sureties.

Writing for the court, Justice Owusu-Sarpong said the prosecution's case "rose and fell" on the voucher.

"A court cannot convict a citizen on a document whose author was never put in the witness box and whose original was never produced. To do so is to shift the burden of proof onto the accused," the judge wrote.

"We must emphasise that nothing in this judgement should be read as a finding on the guilt or innocence of the appellant," she added. "That question remains for the trial court, properly constituted and properly guided by the rules of evidence.

"The Republic is at liberty to proceed as it deems fit."

The other members of the panel, Justices Kofi Baffour-Awuah and Salifu Issahaku, concurred.

Background

The prosecution had alleged at the trial that Mr Anin-Darko approved payments to a road contractor, Asuboa Rock and Sand Ltd, for work that was never done on the 14-kilometre Asuboa-Dwenase feeder road.

Residents of Dwenase first petitioned the Office of the Special Prosecutor over the road in 2022. About 40 of them reportedly kept a vigil outside the court on Monday night.

Reaction

Counsel for the appellant, Mr Yaw Boakye-Agyemang, told journalists after the ruling that his client had been "vindicated on the law" and would be ready to stand trial again "any day, before any judge".

A Principal State Attorney, Mrs Nana Ama Quaye, who appeared for the Republic, said the Attorney-General's Department would study the judgement before deciding on its next steps. She declined to say whether the State would seek leave to appeal to the Supreme Court.

The assemblyman for Dwenase Electoral Area, Mr Iddrisu Mahama Gyasi, described the outcome as "painful but not the end", and appealed to residents to remain calm.

"The road is still not there. That is the only judgement my people can see," he said.
""",
        [
            c("Appeal Court", "says", "trial judge erred on evidence"),
            c(
                "the three-member panel, presided over by Justice Afua Owusu-Sarpong",
                "held",
                "that the trial High Court had wrongly admitted a photocopied payment voucher as evidence without calling its maker",
            ),
            c(
                "The panel",
                "ordered",
                "that Mr Anin-Darko be retried before a different judge of the High Court",
            ),
            c(
                "The panel",
                "directed",
                "the Registrar to fix a date for the retrial within 30 days",
            ),
            c(
                "Justice Owusu-Sarpong",
                "said",
                'the prosecution\'s case "rose and fell" on the voucher',
            ),
            c(
                "the judge",
                "wrote",
                '"A court cannot convict a citizen on a document whose author was never put in the witness box and whose original was never produced. To do so is to shift the burden of proof onto the accused,"',
            ),
            c(
                "she",
                "added",
                [
                    '"We must emphasise that nothing in this judgement should be read as a finding on the guilt or innocence of the appellant,"',
                    '"That question remains for the trial court, properly constituted and properly guided by the rules of evidence.',
                    '"The Republic is at liberty to proceed as it deems fit."',
                ],
            ),
            c(
                "The prosecution",
                "alleged",
                "that Mr Anin-Darko approved payments to a road contractor, Asuboa Rock and Sand Ltd, for work that was never done on the 14-kilometre Asuboa-Dwenase feeder road",
            ),
            c(
                None,
                "reportedly",
                ["About 40 of them", "kept a vigil outside the court on Monday night"],
            ),
            c(
                "Counsel for the appellant, Mr Yaw Boakye-Agyemang",
                "told",
                'that his client had been "vindicated on the law" and would be ready to stand trial again "any day, before any judge"',
            ),
            c(
                "A Principal State Attorney, Mrs Nana Ama Quaye, who appeared for the Republic",
                "said",
                "the Attorney-General's Department would study the judgement before deciding on its next steps",
            ),
            c(
                "The assemblyman for Dwenase Electoral Area, Mr Iddrisu Mahama Gyasi",
                "described",
                'the outcome as "painful but not the end"',
            ),
            c(
                "The assemblyman for Dwenase Electoral Area, Mr Iddrisu Mahama Gyasi",
                "appealed to",
                "residents to remain calm",
            ),
            c(
                "he",
                "said",
                '"The road is still not there. That is the only judgement my people can see,"',
            ),
        ],
    ),
    article(
        "fresh19-council-marralong-dog-park",
        "council",
        "2026-02-11",
        """
Marralong council defers dog park decision after residents' petition

Kirsty Pollard

Marralong Shire Council has deferred a decision on a fenced off-leash dog park at Banksia Reserve after more than 600 residents signed a petition opposing the site.

At Tuesday night's ordinary meeting, Cr Gemma Latu moved that the item be deferred until a second site, at the old Wirra Street depot, could be assessed. The motion was carried seven votes to two.

Cr Latu said she supported a dog park "in principle" but that Banksia Reserve was "the wrong place, full stop", because it sits beside a nesting area for the hooded plover.

Mayor Brendan Cooke, one of the two councillors who voted against the deferral, said the council had "consulted this to death".

"We've had two rounds of community consultation, an environmental report and a workshop," Cr Cooke said. "At some point we have to make a decision and wear it."

A report to council by shire officers found the Banksia Reserve site would cost about $410,000 to build, compared with an estimated $530,000 at Wirra Street, where contaminated soil would first have to be removed. The report also noted that plovers had not nested at the reserve since 2022.

Petition organiser Sandra Whitfield told the Mail residents were not against dogs.

"We're against putting 200 of them a day next to a plover colony," she said.

Council officers were asked to report back on the Wirra Street option at the March meeting.

In other business, council voted to raise parking fines in the foreshore precinct from $88 to $110, and endorsed a submission to the state government calling for a dedicated fund for coastal erosion works.

Correction: An earlier version of this story gave the wrong vote count on the deferral. It was seven to two.
""",
        [
            c(
                "Cr Gemma Latu",
                "moved",
                "that the item be deferred until a second site, at the old Wirra Street depot, could be assessed",
            ),
            c(
                "Cr Latu",
                "said",
                'she supported a dog park "in principle" but that Banksia Reserve was "the wrong place, full stop", because it sits beside a nesting area for the hooded plover',
            ),
            c(
                "Mayor Brendan Cooke, one of the two councillors who voted against the deferral",
                "said",
                'the council had "consulted this to death"',
            ),
            c(
                "Cr Cooke",
                "said",
                [
                    '"We\'ve had two rounds of community consultation, an environmental report and a workshop,"',
                    '"At some point we have to make a decision and wear it."',
                ],
            ),
            c(
                "A report to council by shire officers",
                "found",
                "the Banksia Reserve site would cost about $410,000 to build, compared with an estimated $530,000 at Wirra Street, where contaminated soil would first have to be removed",
            ),
            c("The report", "noted", "that plovers had not nested at the reserve since 2022"),
            c("Petition organiser Sandra Whitfield", "told", "residents were not against dogs"),
            c("she", "said", '"We\'re against putting 200 of them a day next to a plover colony,"'),
            c(
                None,
                "were asked",
                [
                    "Council officers",
                    "to report back on the Wirra Street option at the March meeting",
                ],
            ),
            c(
                "a submission to the state government",
                "calling for",
                "a dedicated fund for coastal erosion works",
            ),
        ],
    ),
    article(
        "fresh19-interview-umuezeala-vc-fees",
        "interview",
        "2026-09-21",
        """
"No student will be sent home over fees this session" — VC

The Vice-Chancellor of the Federal University of Agriculture, Umuezeala (FUAU), Prof. Adaeze Nwokolo-Bello, has been at the centre of a storm over new charges introduced for the 2026/2027 session. The Students' Union Government last week accused management of introducing a "backdoor fee hike" and called on students to boycott the payment portal. In this interview with CHIOMA EKWUEME, she speaks on the charges, the threatened strike by lecturers and the university's finances. Excerpts:

Ekwueme: There are reports that the university plans to raise tuition for returning students from N95,000 to N180,000. Is that true?

Nwokolo-Bello: No, that is not true. What the Senate approved in August was a review of accommodation and laboratory charges, not tuition. Tuition for returning undergraduates remains N95,000. I have said this at two congregations and I will say it again here: no student will be sent home over fees this session.

Ekwueme: But the Students' Union says the new charges amount to a fee increase by another name.

Nwokolo-Bello: I understand their anger, and I have met their executives three times. But let us be honest about the figures. Our overhead grant covers barely 30 per cent of what it costs to run the laboratories. Electricity alone cost us N412 million last year. Somebody has to pay for diesel.

Ekwueme: The Academic Staff Union has threatened to withdraw services over unpaid earned allowances. Are you worried?

Nwokolo-Bello: Worried is not the word. Concerned, yes. The allowances are owed by the federal government, not by this administration. We have written to the Ministry of Education twice, and the Minister assured me in person last month that the funds would be released before December. I have no reason to doubt him.

Ekwueme: What happens to students who genuinely cannot pay?

Nwokolo-Bello: We have a hardship fund of N60 million this year, contributed largely by alumni. Any student can apply through the Dean of Student Affairs. I would urge parents who are struggling not to pull their children out; come and talk to us first.

Ekwueme: Your critics say the university has spent too much on new buildings and too little on teaching.

Nwokolo-Bello: Those buildings were funded by interventions from the Tertiary Infrastructure Trust, and that money can only be spent on infrastructure. I cannot take it and pay salaries with it; that would be illegal. People who make that argument know this.

Ekwueme: Finally, what would you want remembered about your tenure?

Nwokolo-Bello: That we kept the gates open when it would have been easier to close them.
""",
        [
            c("VC", "—", '"No student will be sent home over fees this session"'),
            c(
                "The Students' Union Government",
                "accused",
                'management of introducing a "backdoor fee hike"',
            ),
            c(
                "The Students' Union Government",
                "called on",
                "students to boycott the payment portal",
            ),
            qa(
                "Nwokolo-Bello",
                "No, that is not true. What the Senate approved in August was a review of accommodation and laboratory charges, not tuition. Tuition for returning undergraduates remains N95,000. I have said this at two congregations and I will say it again here: no student will be sent home over fees this session.",
            ),
            qa(
                "Nwokolo-Bello",
                "I understand their anger, and I have met their executives three times. But let us be honest about the figures. Our overhead grant covers barely 30 per cent of what it costs to run the laboratories. Electricity alone cost us N412 million last year. Somebody has to pay for diesel.",
            ),
            qa(
                "Nwokolo-Bello",
                "Worried is not the word. Concerned, yes. The allowances are owed by the federal government, not by this administration. We have written to the Ministry of Education twice, and the Minister assured me in person last month that the funds would be released before December. I have no reason to doubt him.",
            ),
            qa(
                "Nwokolo-Bello",
                "We have a hardship fund of N60 million this year, contributed largely by alumni. Any student can apply through the Dean of Student Affairs. I would urge parents who are struggling not to pull their children out; come and talk to us first.",
            ),
            qa(
                "Nwokolo-Bello",
                "Those buildings were funded by interventions from the Tertiary Infrastructure Trust, and that money can only be spent on infrastructure. I cannot take it and pay salaries with it; that would be illegal. People who make that argument know this.",
            ),
            qa(
                "Nwokolo-Bello",
                "That we kept the gates open when it would have been easier to close them.",
            ),
        ],
    ),
    article(
        "fresh19-wire-kontagi-boat-mishap",
        "wire",
        "2026-06-09",
        """
Boat mishap: 12 drown, nine missing in Kwasara – SEMA

Gidan-Kontagi (Kwasara), June 9, 2026 (NNA) Twelve passengers drowned and nine others are still missing after a wooden boat carrying 31 people capsized on River Kontagi in Bassara Local Government Area of Kwasara State on Monday evening, the State Emergency Management Agency (SEMA) has said.

The Director-General of the agency, Alhaji Musa Garba-Lemu, told the Nigerian Newswire Agency (NNA) in Bassara on Tuesday that 10 passengers had been rescued alive and taken to the General Hospital, Bassara.

He said the boat, which was conveying traders and farm produce to the weekly market at Tunga-Sabo, was overloaded and that none of the passengers wore a life jacket.

"Our divers, working with local swimmers, have recovered 12 bodies so far. The search continues, but the current is very strong because of the recent rains," Garba-Lemu said.

He appealed to boat operators to stop overloading their vessels and urged local governments along the river to enforce the use of life jackets.

A survivor, Malam Idris Kutigi, 47, said the boat began to take in water "barely ten minutes" after leaving the jetty.

"People started shouting and the boat turned over. I held on to a jerrycan until fishermen came," he said.

The Chairman of Bassara Local Government, Mr Yakubu Dogo, described the incident as "a tragedy we have warned about for years".

Two of the missing are said to be pupils of Gidan-Kontagi Primary School who were travelling with their mother.

The police spokesperson in the state, SP Wasiu Abiodun-Kolo, did not respond to calls and text messages seeking to know whether the boat operator had been arrested.

(NNA)

Edited by Kayode Adeyemi-Bello
""",
        [
            c("SEMA", "–", "12 drown, nine missing in Kwasara"),
            c(
                "the State Emergency Management Agency (SEMA)",
                "said",
                "Twelve passengers drowned and nine others are still missing after a wooden boat carrying 31 people capsized on River Kontagi in Bassara Local Government Area of Kwasara State on Monday evening",
            ),
            c(
                "The Director-General of the agency, Alhaji Musa Garba-Lemu",
                "told",
                "that 10 passengers had been rescued alive and taken to the General Hospital, Bassara",
            ),
            c(
                "He",
                "said",
                "the boat, which was conveying traders and farm produce to the weekly market at Tunga-Sabo, was overloaded and that none of the passengers wore a life jacket",
            ),
            c(
                "Garba-Lemu",
                "said",
                '"Our divers, working with local swimmers, have recovered 12 bodies so far. The search continues, but the current is very strong because of the recent rains,"',
            ),
            c("He", "appealed to", "boat operators to stop overloading their vessels"),
            c(
                "He",
                "urged",
                "local governments along the river to enforce the use of life jackets",
            ),
            c(
                "A survivor, Malam Idris Kutigi, 47",
                "said",
                'the boat began to take in water "barely ten minutes" after leaving the jetty',
            ),
            c(
                "he",
                "said",
                '"People started shouting and the boat turned over. I held on to a jerrycan until fishermen came,"',
            ),
            c(
                "The Chairman of Bassara Local Government, Mr Yakubu Dogo",
                "described",
                'the incident as "a tragedy we have warned about for years"',
            ),
            c(
                None,
                "are said to",
                [
                    "Two of the missing",
                    "be pupils of Gidan-Kontagi Primary School who were travelling with their mother",
                ],
            ),
        ],
    ),
    article(
        "fresh19-press-release-varuna-metro-solar",
        "press-release",
        "2026-08-18",
        """
Varuna Renewables commissions 150 MW solar-plus-storage project for Sundarapur Metro

Project to supply round-the-clock clean power to the metro network; company says it will cut the network's power bill by 18 per cent

SUNDARAPUR, India, Aug. 18, 2026 /IndiaNewswire/ -- Varuna Renewables Limited (NSE: VARUNA), one of India's fastest-growing independent power producers, today announced that it has commissioned a 150 MW solar-plus-storage project at Kallahalli in Sundarapur district, built to supply power to Sundarapur Metro Rail Corporation Limited (SMRCL).

Key highlights:

- 150 MW solar capacity with a 60 MW / 240 MWh battery energy storage system
- 25-year power purchase agreement with SMRCL at a fixed tariff of Rs 3.42 per unit
- Estimated offset of about 2.1 lakh tonnes of CO2 emissions a year
- Over 1,100 local jobs created during construction, 38 per cent of them held by women

"Round-the-clock renewable power was considered a decade away when we bid for this project," said Ananya Kulkarni, Managing Director and CEO, Varuna Renewables. "Today a metro network in one of India's busiest cities can run its evening peak on sunlight stored in the afternoon. That is the real milestone."

Kulkarni added that the company was on track to take its operational capacity to 3 GW by March 2028 and was evaluating two more storage-linked tenders in western India.

SMRCL Managing Director Dr. R. Venkatesh Murthy said the project would help the corporation meet its target of sourcing 70 per cent of its traction power from renewables by 2030.

"Our commuters will not see any difference. Our balance sheet will," he said.

An independent assessment by the Centre for Grid Studies, Sundarapur, estimated that storage-backed solar could meet up to a fifth of the state's evening peak demand by 2030 if transmission upgrades kept pace.

Photo caption: The Kallahalli solar-plus-storage plant in Sundarapur district. (Image: Varuna Renewables)

About Varuna Renewables Limited

Varuna Renewables Limited is an independent power producer with 1.9 GW of operational solar, wind and storage assets across seven states. The company is listed on the National Stock Exchange of India.

Forward-looking statements: This release contains forward-looking statements based on current expectations. Actual results may differ materially.

Media contact:
Rohan Deshpande
Varuna Renewables Limited
media@varunarenewables.in
+91 80 4000 1234
""",
        [
            c("company", "says", "it will cut the network's power bill by 18 per cent"),
            c(
                "Varuna Renewables Limited (NSE: VARUNA), one of India's fastest-growing independent power producers",
                "announced",
                "that it has commissioned a 150 MW solar-plus-storage project at Kallahalli in Sundarapur district, built to supply power to Sundarapur Metro Rail Corporation Limited (SMRCL)",
            ),
            c(
                "Ananya Kulkarni, Managing Director and CEO, Varuna Renewables",
                "said",
                [
                    '"Round-the-clock renewable power was considered a decade away when we bid for this project,"',
                    '"Today a metro network in one of India\'s busiest cities can run its evening peak on sunlight stored in the afternoon. That is the real milestone."',
                ],
            ),
            c(
                "Kulkarni",
                "added",
                "that the company was on track to take its operational capacity to 3 GW by March 2028 and was evaluating two more storage-linked tenders in western India",
            ),
            c(
                "SMRCL Managing Director Dr. R. Venkatesh Murthy",
                "said",
                "the project would help the corporation meet its target of sourcing 70 per cent of its traction power from renewables by 2030",
            ),
            c("he", "said", '"Our commuters will not see any difference. Our balance sheet will,"'),
            c(
                "An independent assessment by the Centre for Grid Studies, Sundarapur",
                "estimated",
                "that storage-backed solar could meet up to a fifth of the state's evening peak demand by 2030 if transmission upgrades kept pace",
            ),
        ],
    ),
    article(
        "fresh19-live-blog-carrabeen-floods",
        "live-blog",
        "2026-10-20",
        """
Live: Flash flooding cuts Carrabeen Highway as storms sweep the coast

By Liam Oduya and Rhiannon Petrakis

Key events

- Carrabeen Highway closed at Mullet Creek
- Evacuation order for low-lying parts of Tallowood
- More than 41,000 homes without power

4:52pm

Residents of Tallowood told to leave now

Emergency services have issued an evacuation order for low-lying streets in Tallowood, including Quay Parade and the caravan park on Riverside Drive.

SES deputy commissioner Fiona Akers said the Tallow River was rising faster than modelled and could peak above the 2022 flood level of 6.1 metres at the town bridge overnight.

"If you are in the evacuation area, do not wait for the water to reach your door. Leave now, while the roads are still open," she said.

4:31pm

Power outages climb

Energy distributor Coastlink says more than 41,000 homes and businesses are now without power, most of them between Tallowood and Port Wendell. It warned that some customers could be off supply until Thursday because crews cannot safely reach damaged lines.

4:05pm

Highway closed at Mullet Creek

Police have closed the Carrabeen Highway in both directions at Mullet Creek after water went over the road. Motorists are being urged to avoid all non-essential travel.

Acting Inspector Craig Halloran told local radio a car had been swept off the causeway at Mullet Creek earlier in the afternoon, but its driver had climbed onto the roof and was rescued by a passing tow-truck operator.

3:40pm

How much rain has fallen?

Weather bureau figures show Tallowood has recorded 187mm since 9am, the town's wettest October day on record. Port Wendell has had 142mm.

Senior meteorologist Dean Ratcliffe said a second band of thunderstorms was expected to cross the coast after dark, bringing "intense, short bursts" of rain of up to 60mm an hour.

3:15pm

Premier: 'We will be there for you'

Premier Natalie Strand, speaking in Port Wendell, said the government had approved disaster assistance for the Carrabeen and Tallow shires, and asked people to "look out for your neighbours, especially the elderly".

Asked whether the evacuation order should have come earlier, she said emergency services had acted "on the best information available at the time".

She declined to comment on reports that the Tallowood levee had been breached.

2:50pm

Schools closed early

The Education Department has confirmed 23 schools on the coast closed early today. Parents were asked to collect children by 2pm.

2:30pm

Welcome

Good afternoon and welcome to our live coverage of the storms on the Carrabeen Coast. I'm Liam Oduya, and Rhiannon Petrakis and I will bring you the latest warnings, road closures and power outages through the evening.

Read more: What to pack if you have to leave your home in a flood
""",
        [
            c(None, "told", ["Residents of Tallowood", "to leave now"]),
            c(
                "SES deputy commissioner Fiona Akers",
                "said",
                "the Tallow River was rising faster than modelled and could peak above the 2022 flood level of 6.1 metres at the town bridge overnight",
            ),
            c(
                "she",
                "said",
                '"If you are in the evacuation area, do not wait for the water to reach your door. Leave now, while the roads are still open,"',
            ),
            c(
                "Energy distributor Coastlink",
                "says",
                "more than 41,000 homes and businesses are now without power, most of them between Tallowood and Port Wendell",
            ),
            c(
                "It",
                "warned",
                "that some customers could be off supply until Thursday because crews cannot safely reach damaged lines",
            ),
            c(None, "are being urged", ["Motorists", "to avoid all non-essential travel"]),
            c(
                "Acting Inspector Craig Halloran",
                "told",
                "a car had been swept off the causeway at Mullet Creek earlier in the afternoon, but its driver had climbed onto the roof and was rescued by a passing tow-truck operator",
            ),
            c(
                "Weather bureau figures",
                "show",
                "Tallowood has recorded 187mm since 9am, the town's wettest October day on record",
            ),
            c(
                "Senior meteorologist Dean Ratcliffe",
                "said",
                'a second band of thunderstorms was expected to cross the coast after dark, bringing "intense, short bursts" of rain of up to 60mm an hour',
            ),
            c("Premier", ":", "'We will be there for you'", kind="direct"),
            c(
                "Premier Natalie Strand",
                "said",
                "the government had approved disaster assistance for the Carrabeen and Tallow shires",
            ),
            c(
                "Premier Natalie Strand",
                "asked",
                'people to "look out for your neighbours, especially the elderly"',
            ),
            c(
                "she",
                "said",
                'emergency services had acted "on the best information available at the time"',
            ),
            c(
                "The Education Department",
                "confirmed",
                "23 schools on the coast closed early today",
            ),
            c(None, "were asked", ["Parents", "to collect children by 2pm"]),
        ],
    ),
    article(
        "fresh19-opinion-water-levy",
        "opinion",
        "2026-11-16",
        """
The water levy: who pays, and who is counting?

By Kwame Asare-Bediako

When the Minister for Sanitation and Water Resources, Hon. Joyce Agyapong-Nyarko, stood before Parliament in March, she told the House that the new GH¢0.50 levy on every cubic metre of piped water would raise GH¢640 million a year and "end the era of dry taps in our district capitals".

Eight months on, the taps in Bawdiase are still dry on Tuesdays and Fridays, and nobody can tell me where the money has gone.

Let me be clear. I am not against the levy. I still believe that water which costs the consumer nothing ends up costing the nation everything.

But consider what we have been told since. In June, the National Water Utility Company (NWUC) said in a statement that levy receipts would be paid into a ring-fenced account and published quarterly. No quarterly figures have appeared. In September, a deputy minister, speaking on a radio programme in Kumanso, put the collection so far at "about GH¢300 million, give or take". Give or take what, exactly?

The Auditor-General's report on the utility for 2025, laid before Parliament last month, makes for uncomfortable reading. It found that GH¢112 million in levy receipts had been used to pay salary arrears, and that the ring-fenced account "did not exist in any form the audit team could verify".

The utility's Managing Director, Ing. Samuel Tetteh-Larbi, has since insisted that the money was "borrowed, not diverted" and will be repaid by December. Perhaps. But a utility that borrows from its customers' levy to pay its own staff has told us something about its priorities, whatever its press office says.

The levy's own enabling regulations, gazetted in February, state that at least 60 per cent of receipts must go to rehabilitating treatment plants outside Kumanso. Officials at the Bawdiase treatment plant, who spoke to me on condition of anonymity because they are not permitted to speak to the press, say they have received no new pumps, no chemicals and no word on when either will arrive.

Paying twice

The Consumers' Water Forum, a coalition of residents' associations, has called the levy "a tax on patience". Its convener, Madam Abena Sarpomaa Owusu, told me last week that households in her area now spend more on tanker water than they did before the levy was introduced.

"We pay for the water we do not get, and then we pay again for the water we buy from the tanker," she said.

The Minister's office, asked by this writer to explain the GH¢112 million, said questions about the audit were "a matter for the utility". The utility did not respond to two emailed requests for comment.

What now?

Parliament's Public Accounts Committee should summon both the Minister and the utility's board and demand the quarterly figures that were promised. The rest of us should keep asking the only question that matters: where is the water?

I am asking the Minister, respectfully, to publish the account statements before the mid-year budget review. If the money is there, show us. If it is not, tell us.

The writer is a public finance analyst and a former budget officer. Email: kasarebediako@letters.example
""",
        [
            c(
                "she",
                "told",
                'that the new GH¢0.50 levy on every cubic metre of piped water would raise GH¢640 million a year and "end the era of dry taps in our district capitals"',
            ),
            c(
                "the National Water Utility Company (NWUC)",
                "said",
                "that levy receipts would be paid into a ring-fenced account and published quarterly",
            ),
            c(
                "a deputy minister",
                "put",
                'the collection so far at "about GH¢300 million, give or take"',
            ),
            c(
                "It",
                "found",
                'that GH¢112 million in levy receipts had been used to pay salary arrears, and that the ring-fenced account "did not exist in any form the audit team could verify"',
            ),
            c(
                "The utility's Managing Director, Ing. Samuel Tetteh-Larbi",
                "insisted",
                'that the money was "borrowed, not diverted" and will be repaid by December',
            ),
            c(
                "The levy's own enabling regulations, gazetted in February",
                "state",
                "that at least 60 per cent of receipts must go to rehabilitating treatment plants outside Kumanso",
            ),
            c(
                "Officials at the Bawdiase treatment plant, who spoke to me on condition of anonymity because they are not permitted to speak to the press",
                "say",
                "they have received no new pumps, no chemicals and no word on when either will arrive",
            ),
            c(
                "The Consumers' Water Forum, a coalition of residents' associations",
                "called",
                'the levy "a tax on patience"',
            ),
            c(
                "Its convener, Madam Abena Sarpomaa Owusu",
                "told",
                "that households in her area now spend more on tanker water than they did before the levy was introduced",
            ),
            c(
                "she",
                "said",
                '"We pay for the water we do not get, and then we pay again for the water we buy from the tanker,"',
            ),
            c(
                "The Minister's office",
                "said",
                'questions about the audit were "a matter for the utility"',
            ),
        ],
    ),
    article(
        "fresh19-business-shreevani-q2",
        "business",
        "2026-11-06",
        """
Shreevani Textiles Q2 net profit falls 22% on high cotton prices; company says margins will recover in second half

By Our Business Bureau

KOVALPURAM, November 6: Shreevani Textiles Ltd on Thursday reported a 22 per cent year-on-year fall in consolidated net profit to Rs 148.6 crore for the quarter ended September 30, as a spike in cotton prices squeezed margins.

Revenue from operations rose 6.4 per cent to Rs 2,316 crore, the company said in a regulatory filing. Ebitda margin contracted 310 basis points to 11.2 per cent.

Managing Director Vikram Sreenivasan told analysts on an earnings call that raw cotton had cost the company an average of Rs 61,800 per candy during the quarter, up nearly 18 per cent from a year earlier, and that it had chosen not to pass on the full increase to customers.

"We took a conscious call to protect volumes with our export customers. We would rather give up a few quarters of margin than give up a customer we have served for fifteen years," he said.

He said margins should recover in the second half, when the company's new 40,000-spindle unit at Pallipatti is due to be running at full capacity.

Analysts were less sanguine. Meera Iyengar, textiles analyst at Dhruva Securities, wrote in a note to clients that the recovery assumption "leans heavily on cotton prices cooling". A quick fall in prices was "far from certain" given a delayed monsoon in key cotton-growing states, she added. The brokerage cut its target price on the stock to Rs 612 from Rs 680 and maintained a "hold" rating.

Shares of Shreevani Textiles closed 3.8 per cent lower at Rs 574.35 on the NSE ahead of the results.

The company is understood to be in talks with two European apparel brands for long-term supply contracts. A company spokesperson declined to comment on the talks.
""",
        [
            c("company", "says", "margins will recover in second half"),
            c(
                "Shreevani Textiles Ltd",
                "reported",
                "a 22 per cent year-on-year fall in consolidated net profit to Rs 148.6 crore for the quarter ended September 30",
            ),
            c("the company", "said", "Revenue from operations rose 6.4 per cent to Rs 2,316 crore"),
            c(
                "Managing Director Vikram Sreenivasan",
                "told",
                "that raw cotton had cost the company an average of Rs 61,800 per candy during the quarter, up nearly 18 per cent from a year earlier, and that it had chosen not to pass on the full increase to customers",
            ),
            c(
                "he",
                "said",
                '"We took a conscious call to protect volumes with our export customers. We would rather give up a few quarters of margin than give up a customer we have served for fifteen years,"',
            ),
            c(
                "He",
                "said",
                "margins should recover in the second half, when the company's new 40,000-spindle unit at Pallipatti is due to be running at full capacity",
            ),
            c(
                "Meera Iyengar, textiles analyst at Dhruva Securities",
                "wrote",
                'that the recovery assumption "leans heavily on cotton prices cooling"',
            ),
            c(
                "she",
                "added",
                'A quick fall in prices was "far from certain" given a delayed monsoon in key cotton-growing states',
            ),
            c(
                None,
                "is understood to",
                [
                    "The company",
                    "be in talks with two European apparel brands for long-term supply contracts",
                ],
            ),
        ],
    ),
    article(
        "fresh19-health-abrafo-kese-boreholes",
        "health",
        "2026-08-25",
        """
Most boreholes in Abrafo-Kese unsafe to drink from, study finds

By Akosua Frimpong-Manso

Seven out of every ten boreholes tested in the Abrafo-Kese District carry faecal bacteria, a study by researchers at the Kumanso College of Health Sciences has found.

The study, published on Monday in the Journal of Savannah Health, tested water from 214 community boreholes between January and June. It showed contamination was highest in boreholes sited less than 30 metres from pit latrines. According to the study, about 38,000 people depend on the contaminated boreholes for drinking water.

Lead author Dr Kojo Mensah-Bonsu said the findings explained why the district had recorded three cholera outbreaks in five years.

"People trust a borehole because it is deep and the water looks clean. But what you cannot see can kill you," he said.

He said most of the contaminated boreholes had been drilled by private contractors for churches, schools and households, and that few had been sited with the help of a hydrogeologist or tested after drilling.

He urged the District Assembly to map all latrines and boreholes and to close any well that failed two consecutive tests.

The District Director of Health Services, Mrs Gifty Aboagye, admitted that routine water testing had lapsed during 2025 because of a shortage of reagents, but said chlorination tablets would be distributed to 40 communities from next week.

Residents are advised to boil drinking water or treat it with the tablets until further notice.

The District Chief Executive, Mr Alhassan Yakubu-Dery, could not be reached for comment on the Assembly's plans.

Read also: Cholera: Abrafo-Kese records 46 cases, two deaths
""",
        [
            c("study", "finds", "Most boreholes in Abrafo-Kese unsafe to drink from"),
            c(
                "a study by researchers at the Kumanso College of Health Sciences",
                "found",
                "Seven out of every ten boreholes tested in the Abrafo-Kese District carry faecal bacteria",
            ),
            c(
                "It",
                "showed",
                "contamination was highest in boreholes sited less than 30 metres from pit latrines",
            ),
            c(
                "the study",
                "According to",
                "about 38,000 people depend on the contaminated boreholes for drinking water",
            ),
            c(
                "Lead author Dr Kojo Mensah-Bonsu",
                "said",
                "the findings explained why the district had recorded three cholera outbreaks in five years",
            ),
            c(
                "he",
                "said",
                '"People trust a borehole because it is deep and the water looks clean. But what you cannot see can kill you,"',
            ),
            c(
                "He",
                "said",
                "most of the contaminated boreholes had been drilled by private contractors for churches, schools and households, and that few had been sited with the help of a hydrogeologist or tested after drilling",
            ),
            c(
                "He",
                "urged",
                "the District Assembly to map all latrines and boreholes and to close any well that failed two consecutive tests",
            ),
            c(
                "The District Director of Health Services, Mrs Gifty Aboagye",
                "admitted",
                "that routine water testing had lapsed during 2025 because of a shortage of reagents",
            ),
            c(
                "The District Director of Health Services, Mrs Gifty Aboagye",
                "said",
                "chlorination tablets would be distributed to 40 communities from next week",
            ),
            c(
                None,
                "are advised",
                [
                    "Residents",
                    "to boil drinking water or treat it with the tablets until further notice",
                ],
            ),
        ],
    ),
]
