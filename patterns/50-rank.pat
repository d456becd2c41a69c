# Rankings: a position, with the field size when given.

# A number of places: "up one place" too.
define CHANGENUM %{COUNTNUM}|\bone\b

# "the fastest rate among the 63 provinces": a superlative among a field
# is first in it.
pattern rank.best_among
kind rank
needs DIGIT
needs SUPERLATIVE
priority 89
value 1
regex \bthe\s+(?<fallback_text>(?:fastest|highest|largest|biggest|strongest|best)\s+(?:[\p{L}-]+\s+){0,3}?)(?:among|of|in)\s+(?:the\s+|all\s+)?(?:(?:country|nation|region)['’]s\s+)?(?<total_num>[1-9]\d{0,2})\s+(?:provinces|localities|cities|districts|units)\b
example GRDP grew 9.8%, the fastest rate among the 34 provinces and cities => rank 1/34
example Exports rose 12%, the highest growth in all 13 provinces of the region => rank 1/13
reject GRDP grew 9.8%, the third fastest among the 34 provinces

pattern rank.out_of
kind rank
needs ORD
priority 90
regex %{ORDINAL:value}(?:\s+(?:highest|largest|biggest|best|fastest|strongest))?(?:\s+(?:place|position|rank))?\s+(?:out\s+of|among|of|in(?=\s+(?:the\s+|all\s+)?\d{1,3}\s+(?:provinces|localities|cities|districts|units|communes|wards|towns)\b))\s+(?:the\s+|all\s+)?(?:(?:country|nation|region|province|city)['’]s\s+)?(?:%{COUNTNUM:total})\b(?:(?:\s+[\p{L}-]+){0,3}?\s+(?:in|for)\s+(?:the\s+)?(?<subject_text>(?:(?:19|20)\d\d\s+)?%{SUBJSHORT}))?
reject It ranked 70th out of 63 provinces
example Accordingly, Quang Ngai province was ranked 26th out of 63 provinces and cities in the country => rank 26/63 province="Quang Ngai"
example Ninh Binh came second out of 34 localities in the PAR Index => rank 2/34 indicator=PAR
example Ninh Binh ranked second out of 34 localities in the 2025 public service satisfaction survey => rank 2/34 subject~satisfaction
example Lam Dong province ranked 14th out of 63 provinces in the PAPI => rank 14/63 subject~PAPI
example The economy is estimated at VND 78 trillion, ranking 44th out of the country’s 63 provinces => rank 44/63
example Retail sales reached VND 98 trillion, the third highest among the 34 provinces and cities => rank 3/34
example Export growth ranked 5th in 13 provinces and cities of the region => rank 5/13
example In the provincial PAR Index, Pleiku city ranked first among the province's 17 districts, towns and cities => rank 1/17

pattern rank.slash
kind rank
needs SLASH
priority 90
regex \b(?:rank(?:ed|s|ing)?|ranking\s+(?:was|is|of|stood\s+at)|placed|stood|position(?:ed)?|at|holds?|held|was|is)\s+(?:at\s+)?(?:position\s+|No\.\s*)?(?:%{INT:value}|(?<value_num>\d{1,3})(?:st|nd|rd|th)(?=\s*/))/%{TOTAL:total}(?:\s+(?:in|for|on)\s+%{SUBJSHORT:subject})?
example It ranked 21st/63 provinces and cities, increased 13 ranks => rank 21/63
example Quang Ngai ranks 17/63 in digital government, 17/63 in digital economy, and 15/63 in digital society => rank 17/63 subject~"digital government"
example The province stood at position 16/63 in the DTI 2023 => rank 16/63 indicator=DTI year=2023
example Phu Yen ranked 21st in the SIPAS 2022, and its PAPI 2022 ranking was 18/63 => rank 18/63 indicator=PAPI year=2022

pattern rank.slash_more
kind rank
priority 90
follow rank.slash
regex (?:,\s*|\s+)(?:and\s+)?%{INT:value}/%{TOTAL:total}\s+(?:in|for|on)\s+%{SUBJSHORT:subject}
example Quang Ngai ranks 17/63 in digital government, 17/63 in digital economy, and 15/63 in digital society => rank 15/63 subject~"digital society"
example Quang Ngai ranks 17/63 in digital government, 17/63 in digital economy, and 15/63 in digital society => rank 17/63 subject~"digital economy"

pattern rank.verb
kind rank
needs ORD
priority 80
left fallback SUBJB
regex \b(?:(?:was|is|were|are|has|have|had)\s+)?(?:been\s+)?(?:rank(?:ed|s|ing)?|plac(?:ed|ing)|came|come|coming|finish(?:ed|ing)|(?:climbed|climbing|climbs|rose|rising|rises|moved\s+up|moving\s+up|jumped|jumping|fell|falling|dropped|dropping|slipped|slipping|improved|improving|advanced)\s+to|(?:held|stayed|remained|stood|was)\s+(?:steady|flat|unchanged|firm)|remained|retained|maintained|held|stood|stayed|standing|stands?|(?:trailed|trails|trailing|sat|sits|sitting|languished|languishes|lagged|lags)(?:\s+(?:at|in))?|(?:put|puts|placed|places)\s+(?:us|it|them|the\s+province|the\s+city)\s+at|(?:was|is|were|been|are|am)(?=\s+(?:the\s+)?%{ORDINAL}(?:\s+(?:in|among|nationwide|place|position|with|for|on|out|overall|ahead|behind|after|and(?!\s+foremost))\b|\s*[.;,]))|(?:put|putting|plac(?:ed|ing)|leaving|making)\s+(?-i:(?:\p{Lu}[\p{L}’'-]*\s+){0,3}\p{Lu}[\p{L}’'-]*))\s+(?:(?:it|them)\s+)?(?:at\s+|in\s+)?(?:the\s+)?%{ORDINAL:value}(?!\s+(?:time|meeting|session|phase|stage|batch|round|step))(?:\s+(?:place|position))?(?:\s*\((?:out\s+)?of\s+%{TOTAL:total}\))?(?:\s+(?:nationwide|in\s+the\s+(?:whole\s+)?country|in\s+Vietnam))?(?:\s+(?:in|for|on|among)\s+(?:the\s+)?%{SUBJSHORT:subject})?
example The province scored 70.25 points, 2.18 points higher than in 2023, when it ranked 23rd in the PCI => rank 23 year=2023
example E-governance posted the biggest rise in the PAPI, up 0.48 points to 3.91, and ranked 7th nationwide => rank 7 subject~E-governance
example Its revenue growth of 9.1% ranked it fourth in the region => rank 4
example Among the 14 provinces of the region we are eighth, ahead of Dien Bien => rank 8/14
example Within the Central Highlands' five provinces, Kon Tum ranked third => rank 3/5
example In the 14 provinces of the Northern midland and mountainous region, the province stand at the 8th => rank 8/14
example In the Mekong Delta, Ben Tre stands fourth => rank 4
example Neighbouring Tra Vinh came in at 27th in the DTI, while Ca Mau trailed at 52nd => rank 52 province="Ca Mau"
example The 2023 edition of the DTI put us at 24th, a jump of 20 spots => rank 24 indicator=DTI
example Among the big cities, Can Tho was fifth and Hue 12th => rank 5 province="Can Tho"
example Exports reached US$2 billion, placing Lang Son fourth in the region => rank 4 subject~Exports
example Specifically, the ICT index in 2019 ranked 2nd nationwide => rank 2 indicator=ICT year=2019
example the city climbed to 4th place in the PCI => rank 4 indicator=PCI
example Da Nang ranked third in the country => rank 3 province="Da Nang"
example Lam Dong came first and Dak Nong came third in the PCI 2022 => rank 3 province="Dak Nong" indicator=PCI year=2022
example Lam Dong came first and Dak Nong came third in the PCI 2022 => rank 1 province="Lam Dong"
example Among the 13 provinces and cities of the Mekong Delta, Tra Vinh ranked 4th in the ICT Index => rank 4/13 indicator=ICT
example The growth rate for the year is estimated at 9.2% (above the national average of 7%), ranking 6th nationwide => rank 6 subject~"growth rate"
example Phu Yen ranked 21st in the SIPAS 2022, and its PAPI 2022 ranking was 18/63 => rank 21 indicator=SIPAS year=2022
example By pillar, Binh Dinh ranked 3rd in digital government, 6th in digital economy and 5th in digital society => rank 3 subject~"digital government"
example its digital society pillar ranked 25th => rank 25 subject="digital society pillar"
example The province ranked 6th in the DTI 2023 and third in the country in the PAR Index 2023 with 89.72 points => rank 6 indicator=DTI year=2023
example Hai Duong ranked first among Red River Delta localities in the 2023 DTI => rank 1 subject~"Red River Delta localities"
example Its digital government pillar did best, coming 6th, while the other pillars came 15th and 19th respectively => rank 6 subject~"digital government"
example Reporter: Ha Nam was 19th in the PAR Index 2022 => rank 19 indicator=PAR year=2022
example The SIPAS 2023 put Ha Nam 9th, with 84.15 percent of respondents satisfied => rank 9 indicator=SIPAS
example Ben Tre rose 18 places to 24th, while Kien Giang held steady at 30th => rank 30 province="Kien Giang"
example Hau Giang slid six spots to 41st, while Kien Giang stayed flat at 30th => rank 30 province="Kien Giang"
example Digital society did best: the province ranked 12th on this pillar => rank 12 subject="Digital society"
example Transparency fell 0.3 points, and the province ranked 51st in that dimension => rank 51 subject=Transparency
reject Ha Nam was the first province to issue the plan
reject the city held its first meeting on digital transformation
example The province had come 29th in the PCI 2021 => rank 29 year=2021 indicator=PCI
example The province had been 31st in DTI 2021. => rank 31 year=2021 indicator=DTI
example Tra Vinh came 12th, while Hau Giang was 47th. => rank 47 province="Hau Giang"
example before the merger, the former Thai Binh had placed 38th (of 63) => rank 38/63

# "3rd in the digital government pillar and 21st overall": the index's
# own rank.
pattern rank.overall
kind rank
needs ORD
priority 78
regex (?<![\p{L}\d])%{ORDINAL:value}\s+overall\b(?=\s*[,.;]|\s+(?:with|in|among|nationwide|and)\b|\s*$)
example Ninh Binh was 4th in digital society and 12th overall, with an index value of 0.61 => rank 12
reject the first overall assessment of the programme

pattern rank.ordinal_more
kind rank
priority 80
follow rank.verb
regex (?:,\s*|\s+)(?:and\s+)?(?:the\s+)?%{ORDINAL:value}(?:\s+(?:place|position))?\s+(?:in|for|on)\s+(?:the\s+)?%{SUBJSHORT:subject}
example By pillar, Binh Dinh ranked 3rd in digital government, 6th in digital economy and 5th in digital society => rank 5 subject~"digital society"
example By pillar, Binh Dinh ranked 3rd in digital government, 6th in digital economy and 5th in digital society => rank 6 subject~"digital economy"

# "ranked 8th in 2016, 9th in 2017 and 5th in 2018": a ranking's history.
pattern rank.ordinal_year_more
kind rank
priority 79
follow rank.verb rank.ordinal_year_more
regex (?:\s+in\s+(?:19|20)\d\d)?(?:,\s*|\s+)(?:and\s+)?(?:the\s+)?%{ORDINAL:value}(?:\s+(?:place|position))?(?=\s+in\s+(?:19|20)\d\d\b)
example The province ranked 8th in 2016, 9th in 2017 and 5th in 2018 => rank 9 year=2017
example The province ranked 8th in 2016, 9th in 2017 and 5th in 2018 => rank 5 year=2018
reject The province ranked 8th in 2016, the first time in 2017

pattern rank.ellipsis
kind rank
priority 80
follow rank.verb rank.out_of rank.ellipsis
regex (?:\s+(?:provinces|cities|localities|units)(?:\s+and\s+(?:centrally[\s-]run\s+)?cities)?)?(?:\s*\([^()]{0,40}\))?(?:(?:,\s*|\s+and\s+|,\s+and\s+)(?<fallback_text>(?-i:(?:the\s+former\s+)?(?:\p{Lu}[\p{L}’'-]*\s+){1,4}(?:province\s+|city\s+)?))|,?\s+and\s+(?<fallback_text>(?-i:(?:\p{Ll}[\p{L}-]*\s+){1,3}))|,\s+(?<fallback_text>(?-i:(?:\p{Ll}[\p{L}-]*\s+){1,3}))(?=\S+\s*(?:[,.;(]|and\b|$)))%{ORDINAL:value}(?!\s+(?:time|meeting|session|phase|stage|batch|round|step)\b)
example In the DTI 2024, the former Vinh Phuc province ranked 8th, Phu Tho 23rd and Hoa Binh 47th => rank 47 province="Hoa Binh" indicator=DTI year=2024
example In the DTI 2024, the former Vinh Phuc province ranked 8th, Phu Tho 23rd and Hoa Binh 47th => rank 23 province="Phu Tho"
example Ha Giang came 59th (61.05 points), Cao Bang 56th (62.30 points) and Dien Bien 60th => rank 60 province="Dien Bien"
example Of the pillars, digital government ranked 7th (up 11 places) and digital economy 15th (down 2 places) => rank 15 subject~"digital economy"
example the former Kien Giang province ranked 9th and the former An Giang province 27th in the DTI 2024 => rank 27 province="An Giang"
example In the ICT Index 2019, Gia Lai ranked 40th out of 63 provinces, and Kon Tum 52nd => rank 52 province="Kon Tum" indicator=ICT
example Of its pillars, digital government ranked 19th, digital economy 31st and digital society 27th => rank 31 subject~"digital economy"
example Of its pillars, digital government ranked 19th, digital economy 31st and digital society 27th => rank 27 subject~"digital society"

pattern rank.paren
kind rank
needs ORD
priority 70
regex (?<=\p{L}|\d)\s+\(\s*%{ORDINAL:value}(?=\s*[,;)])
example The technical infrastructure index was 0.5322 (12th) => rank 12 subject~"technical infrastructure"
example Ninh Binh (7th, up 4 places) posted the best PCI 2024 result => rank 7 province="Ninh Binh" indicator=PCI
reject the plan (first phase) was approved

pattern rank.top_verb
kind rank
needs TOP
priority 75
left fallback SUBJB
value 1
regex \b(?:taken|took|takes|take|taking)\s+the\s+lead\b|\b(?:kept|keeps|keeping|retained|retains|held|holds|maintained|maintains)\s+(?:its|their|the)\s+lead\b|\b(?:leads?|led|tops?|topped)\s+in\s+[^.;,]{0,80}?\brankings?\b|\b(?<left>)(?:(?:topped|tops|topping|led|leads|headed|heads)\s+(?:the\s+)?|(?:leading|heading)\s+the\s+)(?:whole\s+)?(?:(?:19|20)\d\d\s+)?(?:(?:[\p{L}-]+\s+){0,3}(?:rankings?|list|table|index)|country|nation|provinces|localities|region|group|(?:\p{L}+-level\s+)?(?:DTI|PCI|PAPI|PAR\s+Index|SIPAS)|(?:Vietnam\s+|Viet\s+Nam\s+)?ICT[\s-]+Index|(?-i:(?:\p{Lu}[\p{L}-]*\s+){1,6})Index(?:\s+\(\p{Lu}+\))?|(?-i:(?:\p{Lu}[\p{L}-]*\s+){0,3})(?:region|provinces|localities|Delta|Highlands|Southeast|Northeast|Northwest|Southwest|North|South|Central))\b|\brank(?:ed|s)?\s+(?:No\.?\s*1|number\s+one)\b
example Of the three pillars, digital government led the country with 0.7214 points => rank 1 subject="digital government"
example Stories like hers explain why Da Nang has topped the Digital Transformation Index (DTI) for four years running => rank 1 indicator=DTI
example Quang Ninh topped the country in the PAR Index 2023 => rank 1 indicator=PAR year=2023
example In the PCI, Dong Thap kept its lead in the region => rank 1 indicator=PCI
example Of the neighbours, Thua Thien Hue led the group with 45.06 points => rank 1
example Thai Nguyen ranked third in the PAPI 2020 and took the lead in Participation at Local Levels (6.216 points) => rank 1 subject~"Participation at Local Levels"
example Nationally, Ha Noi topped the 2024 PCI with 74.15 points => rank 1 indicator=PCI year=2024 province="Ha Noi"
example Long An leads the Mekong Delta region in administrative reform => rank 1 province="Long An"
example The province of Quang Ninh has taken the lead in the PAPI 2020 rankings => rank 1 indicator=PAPI year=2020
example Quang Ninh leads in PAPI 2020 rankings => rank 1 indicator=PAPI
example In 2019, Binh Duong ranked 13th, leading the Southeast region => rank 1
example Tien Giang province tops Vietnam ICT Index for 4 consecutive years => rank 1 indicator=ICT
example Tan Lap commune topped the 2023 commune-level PAR ranking of BR-VT with 95.8 points => rank 1
reject In 2023, the province continued to be among the leading localities in digital transformation
reject The Vice Chairman led the delegation to Japan
example Vinh Phuc had also led the PAR Index 2024 with strong results => rank 1 indicator=PAR
example Among the province's 11 districts, Lac Duong led the district-level PAR Index => rank 1/11 indicator=PAR
example Among neighbours, Binh Dinh scored 44.1 while Quang Ninh topped the index with 47.9 points => rank 1 province="Quang Ninh"

pattern rank.from
kind rank
needs ORD
needs FROM
priority 78
regex \b(?:ranking|rank|position|place|moved|moving|rose|rising|risen|climbed|climbing|jumped|jumping|improved|improving|fell|falling|dropped|dropping|slipped|slipping|went|advanced|up|down|lifting|lifted|lifts|pushing|pushed|bringing|brought|taking|took)\b[^.;\d]{0,30}?\bfrom\s+(?:the\s+)?%{ORDINAL:value}(?!\s+(?:place|position|rank|time|meeting|session|phase|stage|batch|round|step|quarter|half)\b)
example The province's DTI ranking improved from 36th in 2022 to 21st in 2023 => rank 36 year=2022 indicator=DTI
example Bac Kan ranked 41st in the PAPI 2023, up from 50th in the PAPI 2022 => rank 50 year=2022 indicator=PAPI
example Strong gains in land access pushed the province from 31st to 22nd in the PCI => rank 31 indicator=PCI
reject the delegation went from the first meeting to the second

# "climbed to 12th place in the PCI 2024 from 15th in 2023": the ranking
# it came from, after the one it reached.
pattern rank.from_after
kind rank
priority 77
follow rank.verb
regex (?:\s+(?!from\b|and\b|while\b|but\b)[^\s,.;]+){0,6}?\s+from\s+(?:the\s+)?%{ORDINAL:value}(?:\s+(?:place|position))?(?!\s+(?:time|meeting|session|phase|stage|batch|round|step|quarter|half)\b)
example Elsewhere, Hai Duong climbed to 12th place in the PCI 2024 from 15th in 2023 => rank 15 year=2023 indicator=PCI
reject The province ranked 12th, and from the first day it led

pattern rank.to
kind rank
priority 78
follow rank.from rank.place rank.from_after_change
regex (?:\s+in\s+(?:19|20)\d\d)?,?\s+to\s+(?:the\s+)?%{ORDINAL:value}(?!\s+(?:time|meeting|session|phase|stage|batch|round|step|quarter|half)\b)
example The province's DTI ranking improved from 36th in 2022 to 21st in 2023 => rank 21 year=2023 indicator=DTI
example Its PAPI position went from 40th to 28th => rank 28 indicator=PAPI
example Soc Trang's PAR Index rose 14 positions, from 41st to 27th => rank 27 indicator=PAR
example its PCI score rose, lifting it from 27th place in 2022 to 24th in 2023 => rank 24 year=2023 indicator=PCI
example the PCI increased from 20th place in 2019 to 6th place nationwide in 2022 => rank 6 year=2022

pattern rank.respectively
kind rank
needs ORD
priority 92
left subjects SUBJ required
regex (?:,\s+(?:he|she|they|it|officials?|experts?)\s+(?:said|noted|added|explained|stressed|pointed\s+out),)?,?\s+(?:(?:which|that|who)\s+)?(?:ranked|rank|came\s+in(?:\s+at)?|came|were|placed|stood\s+at|finished|took|taking|occupied|held|(?:followed|trailed)(?:\s+(?:in|at))?|in|at)\s+(?:the\s+)?(?<values_list>%{ORDINAL}(?:(?:,\s*|,?\s+and\s+)%{ORDINAL})+)(?:\s+(?:places?|positions?|spots?))?(?:\s+(?:nationally|nationwide|overall|in\s+the\s+country))?(?:(?:\s+with\s+(?:[^,;.]|[.,]\d)+?)?\s*,?\s+respectively|(?=,\s+with\s+(?:[^,;.]|[.,]\d)+?\s*,?\s+respectively))
example Bac Ninh and Bac Giang followed in 6th and 11th place, with 90.12 percent and 88.47 percent respectively => rank 6 province="Bac Ninh"
example Khanh Hoa and Binh Dinh, he noted, came in 7th and 12th respectively => rank 12 province="Binh Dinh"
example Hung Yen ward and Pho Hien ward came second and third with 80.91 and 79.04 points, respectively => rank 3 subject~"Pho Hien"
example Ha Noi, Da Nang and Ho Chi Minh City took the first, second and third places, respectively => rank 3 province="Ho Chi Minh City"
example At the bottom were Ca Mau, Bac Kan and Ha Giang, which ranked 59th, 60th and 61st respectively => rank 60 province="Bac Kan"
example Tra Vinh ranked 28th nationally, while Soc Trang and Bac Lieu came in at 45th and 51st respectively => rank 51 province="Bac Lieu"
example Soc Trang and Bac Lieu ranked third and fifth respectively in the PCI => rank 3 province="Soc Trang" indicator=PCI
example Nghe An came fourth, behind Thanh Hoa and Ha Tinh, which ranked 7th and 11th nationally, respectively => rank 7 province="Thanh Hoa"

# "ranked 28th out of 63, compared with 34th the previous year": the
# ranking it is compared with, of the same index.
pattern rank.compared
kind rank
priority 78
follow rank.verb rank.out_of
regex (?:\s+(?:nationwide|nationally|in\s+the\s+country))?(?:\s+(?:provinces|cities|localities|units)(?:\s+and\s+(?:centrally[\s-]run\s+)?cities)?)?,?\s+(?:compared\s+(?:with|to)|against|versus|vs\.?|up\s+from|down\s+from)\s+(?:the\s+)?%{ORDINAL:value}(?:\s+(?:place|position))?(?!\s+(?:time|meeting|session|phase|stage|batch|round|step|quarter|half)\b)
example In the ICT Index 2023, Binh Thuan ranked 28th out of 63 provinces and cities, compared with 34th the previous year => rank 34 indicator=ICT year=2022

# A labelled line of a list that ends on its ranking: "Digital society:
# 0.6021 (-0.0140), 12th".
pattern rank.label_item
kind rank
needs ORD
priority 80
regex ^(?:[-–•*]\s+)?(?<subject_text>\p{L}[^:|]{2,80}?):\s+[^:|,]{1,40},\s+%{ORDINAL:value}(?:\s+(?:place|position|nationwide|nationally))?\s*\.?$
example - Digital society: 0.6021 (-0.0140), 12th => rank 12 subject~"Digital society"
example Business support services: 7.10 points, 9th nationwide => rank 9 subject~"Business support"
reject Hotline: 0236 3822 123, 24th floor

# "Thai Nguyen came ninth in the DTI 2023 and Bac Kan 40th", "... and the
# former Binh Phuoc 41st": a place and a rank after the ranking before it,
# the verb left out (the ordinal closing the phrase tells it from a name).  ("... and Binh Phuoc No. 41" stays a document number
# to ignore.code: nothing tells the two apart but the place's name.)
pattern rank.and_place
kind rank
needs ORD
priority 78
regex \b(?:and|while|whereas)\s+(?:the\s+)?(?:former\s+)?(?-i:\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})\s+%{ORDINAL:value}(?=\s*(?:[,.;)]|$)|\s+(?:in|with|place|position|nationwide|overall)\b)
example Thai Nguyen came ninth in the DTI 2023 and Bac Kan 40th. => rank 40 province="Bac Kan" indicator=DTI year=2023
example The city was 12th in PCI 2022 and Hai Duong 20th. => rank 20 province="Hai Duong" indicator=PCI year=2022
example the former Dong Nai had ranked 12th out of 63 with 68.72 points and the former Binh Phuoc 41st, so the score rose => rank 41 province="Binh Phuoc"
reject The city ranked 3rd and Decision No. 12 was issued in May
reject The city ranked 3rd in 2023. Ha Noi 2nd Road is long

# "ranked 17th of 63, up 9 positions on 2022, and second in the Mekong
# Delta", "ranked 6th in the DTI and third in the PAR Index": another
# ranking joined to the sentence's, its field or index after it.
pattern rank.and_ordinal
kind rank
needs RANKVERB
needs ORD
priority 79
regex ,?\s+and\s+(?:the\s+)?%{ORDINAL:value}(?:\s+(?:place|position))?(?:(?=\s+(?:in|among)\s+the\s+(?-i:\p{Lu}))|\s+(?:nationwide|overall|nationally)\b)
example In the DTI 2023, Can Tho ranked 17th of 63, up 9 positions on 2022, and second in the Mekong Delta after Dong Thap => rank 2 subject~"Mekong Delta"
example Binh Dinh ranked 14th in the DTI 2023 and third in the South Central Coast region, after Da Nang => rank 3 subject~"South Central Coast"
reject The city ranked 5th, and third time in a row it led

# "0.0384 points ahead of second-placed Quang Ninh": the place named after
# the ordinal holds that rank.
pattern rank.placed_adjective
kind rank
needs RANKVERB
needs ORD
priority 72
regex \b%{ORDINAL:value}[\s-]placed\s+(?=(?:the\s+)?(?-i:\p{Lu}))
example the central city scored 0.6215, 0.0384 points ahead of second-placed Quang Ninh => rank 2 province="Quang Ninh"

# "DTI 2023: 8th | PAR INDEX 2023: No. 4", "DTI 2024, recalculated for 34
# units: 12th": an index and its year as a label, its rank after it.
pattern rank.index_label
kind rank
needs INDEX
priority 87
regex (?:^|\|\s*|;\s*)(?-i:DTI|PCI|PAPI|PAR\s+INDEX|PAR\s+Index|SIPAS|ICT\s+Index)\s+(?:19|20)\d\d(?:,[^:|]{0,40}?\bfor\s+(?:the\s+)?%{TOTAL:total}\s+(?:units|provinces|localities)[^:|]{0,20}?)?:\s+(?:%{ORDINAL:value}|No\.\s*(?<value_num>[1-9]\d{0,2})\b)
example DTI 2023: 8th | PAR INDEX 2023: No. 4 (89.97%) => rank 4 indicator=PAR year=2023
example DTI 2023: 8th | PAR INDEX 2023: No. 4 (89.97%) => rank 8 indicator=DTI year=2023
example DTI 2024, recalculated for 34 units: 12th => rank 12/34 indicator=DTI year=2024

# "former provinces: Vinh Phuc 15th | Phu Tho 31st | Hoa Binh 44th": a
# place and its rank as an item of a list a colon opens.
pattern rank.place_item
kind rank
needs ORD
priority 79
regex (?:(?<=:\s)|(?<=\|\s)|(?<=;\s))(?:the\s+)?(?:former\s+)?(?-i:\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})\s+%{ORDINAL:value}(?=\s*(?:\||,|;|\.?$))
example DTI 2024 (out of 63), former provinces: Vinh Phuc 15th | Phu Tho 31st | Hoa Binh 44th => rank 31/63 province="Phu Tho" indicator=DTI
example PCI 2024 (out of 63): Vinh Phuc 8th, up 3 places => rank 8/63 province="Vinh Phuc" indicator=PCI

# Three places or more and as many ranks: the pairing needs no
# "respectively" ("Hue, HCM City and Ha Noi came second, third and fourth").
pattern rank.respectively_implied
kind rank
needs ORD
priority 91
left subjects SUBJ required
regex ,?\s+(?:ranked|came\s+in\s+at|came|were|placed|finished|took)\s+(?<values_list>%{ORDINAL}(?:,\s*%{ORDINAL})+,?\s+and\s+%{ORDINAL})(?:\s+places?)?(?!\s*,?\s+respectively)
example Tay Ninh, Long An and Binh Duong came fourth, fifth and sixth in the region => rank 6 province="Binh Duong"
example Tay Ninh, Long An and Binh Duong came fourth, fifth and sixth in the region => rank 4 province="Tay Ninh"
reject Lots were sold in the first, second and third quarters

# "ranked first in three criteria of A (6.499 points), B and C": the
# rank of each item.
pattern rank.first_in_items
kind rank
needs ITEMS
needs ORD
priority 93
regex \b(?:ranked|ranks|rank|came|placed|stood|was|were)\s+%{ORDINAL:value}\s+in\s+(?:the\s+)?(?:[\p{L}-]+\s+)?(?:criteria|dimensions|indicators|indices|indexes|pillars|areas|fields|categories|sub-indices|component\s+ind(?:ices|exes))(?:\s+of|\s+including|:)?\s+(?<subjects_list>(?:(?:[^,;()]|\([^()]*\))+,\s+)*(?:[^,;()]|\([^()]*\))+?\s+and\s+(?:[^,;.()]|\([^()]*\)|\.\d)+)
example Quang Ninh ranked first in three criteria of Transparency (6.499 points), Control of Corruption (8.286 points) and Public Service Delivery (7.713 points) => rank 1 subject~"Control of Corruption"
example Quang Ninh ranked first in three criteria of Transparency (6.499 points), Control of Corruption (8.286 points) and Public Service Delivery (7.713 points) => rank 1 subject~"Public Service Delivery"
example The city ranked second in two pillars: digital government and digital society => rank 2 subject~"digital society"
reject The city ranked first in 2022 and second in 2023

pattern rank.place
kind rank
needs ORD
priority 70
regex %{ORDINAL:value}\s+(?:place|position|rank)\b(?:\s+(?:in|for|on)\s+(?:the\s+|its\s+)?(?!(?:19|20)\d\d)%{SUBJSHORT:subject})?
example the PCI increased from 20th place in 2019 to 6th place nationwide in 2022 => rank 20 year=2019 indicator=PCI
reject the first meeting of the steering committee
example Ha Tinh ranked third in the PAPI 2023 and took first place in its e-governance dimension => rank 1 subject~e-governance
example the province held its first meeting and the second phase began => none

pattern rank.nationwide
kind rank
needs ORD
needs NATIONWIDE
priority 65
regex %{ORDINAL:value}\s+(?:nationwide|in\s+the\s+(?:whole\s+)?country|in\s+Vietnam|among\s+(?:all\s+)?(?:provinces|localities|cities))
example Bac Ninh, third nationwide in the SIPAS, hosted the meeting => rank 3 indicator=SIPAS
example The province ranked 6th in the DTI 2023 and third in the country in the PAR Index 2023 with 89.72 points => rank 3 indicator=PAR

# "Da Lat city led the 12 districts and cities": first of a field of 12.
pattern rank.led_field
kind rank
needs TOP
priority 76
value 1
regex \b(?:led|leads|topped|tops|headed|heads)\s+(?:all\s+)?(?:the\s+)?%{TOTAL:total}\s+(?:[\p{L}-]+\s+){0,2}?(?:provinces|localities|cities|districts|communes|units|departments|agencies|wards)\b
example In the district-level DTI, Bao Loc city led the 12 districts and cities with 598.2 points => rank 1/12 indicator=DTI
reject Bao Loc city led 12 delegations abroad

# "Bac Lieu, at 55th, came bottom": a ranking set off by commas.
pattern rank.at_aside
kind rank
needs ORD
priority 78
left fallback SUBJB
regex ,\s+at\s+%{ORDINAL:value}(?:\s+(?:place|position))?\s*,
example Kien Giang, at 34th, trailed its neighbours => rank 34 province="Kien Giang"
example Our strongest pillar was digital government, at 14th, but the economy lagged => rank 14 subject~"digital government"

# "second only to Ha Noi": second.
pattern rank.second_only
kind rank
needs SPARSE
priority 77
value 2
regex \bsecond\s+only\s+to\b
example the digital economy made up 21.4 percent of GRDP, second only to Ha Noi among major cities => rank 2

# "placing the city 9th nationally": the ranking a result puts it in.
pattern rank.placing
kind rank
needs ORD
priority 79
regex \b(?:placing|putting|placed|put|putting)\s+(?:the\s+(?:city|province|locality|district|unit|town)|it|them)\s+(?:in\s+)?%{ORDINAL:value}(?:\s+(?:place|position))?
example 86.7 percent of people were satisfied, placing the city 9th nationally, up three places => rank 9
reject placing it in the hands of the district

pattern rank.top
kind rank
needs TOP
priority 70
regex \b(?<qualifier_qual>top)\s+%{COUNTNUM:value}(?:\s+(?:of|among)\s+(?:the\s+)?%{TOTAL:total}(?=\s+(?:[\p{L}-]+\s+){0,2}?(?:provinces|localities|cities|units|districts|departments|agencies)\b))?(?:\s+(?!(?:by|in|of|for|on|at|and|or)\b)%{SUBJ:subject})?
example Khanh Hoa strives to be in the top 10 by 2025 => rank 10 qualifier=max target=true year=2025
example We aim to be in the top 12 of the 34 localities in the DTI 2026 => rank 12/34 qualifier=max target=true
example The city strives to rank in the top 20 of the 34 provincial-level units in PAPI => rank 20/34 qualifier=max target=true
example Hai Phong entered the top five provinces and cities with the largest economies => rank 5 qualifier=max subject~"largest economies"
example It hopes to be one of the top 20 localities in terms of per capita income by 2030 => rank 20 qualifier=max subject~"per capita income" target=true

# "- Up 6 places: the PAR INDEX", "11: places gained in the PAR INDEX
# 2024": a factbox line of a change of rank.
pattern rank_change.figure_label
kind rank_change
needs PLACES
priority 88
regex ^(?:[-•*–]\s+)?(?:(?<sign_sign>up|down)\s+%{COUNTNUM:value}\s+(?:places?|positions?|spots?|ranks?|notches)|%{COUNTNUM:value}\s+(?:places?|positions?|spots?|ranks?|notches)(?:\s+(?<sign_sign>up|down|higher|lower))?|(?<value_num>[1-9]\d?)(?=%{LABELSEP}(?:places?|positions?|spots?|ranks?|notches)\s+(?:gained|lost|climbed|dropped)\b))%{LABELSEP}(?:(?:places?|positions?|spots?|ranks?|notches)\s+(?<sign_sign>gained|lost|climbed|dropped)\s+(?:in|on)\s+)?(?:the\s+)?%{SUBJ:subject}
example - Up 6 places: the province's PAR INDEX ranking => rank_change 6 indicator=PAR
example 11: places gained in the PAR INDEX 2024 => rank_change 11 indicator=PAR year=2024
example - 3 places down: the PCI ranking => rank_change -3 indicator=PCI

pattern rank_change.verb
kind rank_change
needs PLACES
needs CHANGEVERB
priority 85
left fallback SUBJB
regex \b(?:(?:was|is|were|are|has|have|had)\s+)?(?<sign_sign>up|down|rose|rises|risen|rising|increase|decrease|raise|raised|go\s+up|went\s+up|go\s+down|went\s+down|climbed|climbs|climbing|jumped|jumps|jumping|increased|increases|increasing|dropped|drops|dropping|fell|falls|falling|decreased|slipped|slips|slid|sliding|slide|slides|moved\s+up|moves\s+up|moved\s+down|moves\s+down|advanced|advances|gained|gains|lost|loses|improved|improves|leapt|leaped|leaps|leapfrogged|leapfrogging|leapfrogs|vaulted|vaults|sank|sunk|climb|rise|move\s+up|jump|improve|drop|fall|slip|slipping|gaining|losing|improving|advancing|leaping|moving\s+up|moving\s+down|declin(?:ed|ing))\s+(?:by\s+)?%{QUAL:qualifier}?%{CHANGENUM:value}\s+(?:places?|positions?|spots?|ranks?|notches?|steps?|rungs?|grades?)\b
example Quang Ngai ranked 26th out of 63 provinces, up 34 places compared to 2021 => rank_change 34
example The DTI reached 0.5128 points, ranked 10/63 provinces and cities, increase 5 grades compared with 2022 => rank_change 5
example PAR INDEX of the province reached 85,41%, ranked 21st, raise 9 places => rank_change 9
example The former Bac Kan province came in at No. 47, sliding two spots from a year earlier => rank_change -2
example the city dropped 3 places in the PAPI => rank_change -3 indicator=PAPI
example the DTI 2023 of the province reach 0.5012 points, rank 30/63, increase 4 steps compared with 2022 => rank_change 4
example Quang Tri ranked first in the DTI 2023, up one place from 2022 => rank_change 1 year=2023
example Hai Duong climbs 19 places in the PAR Index 2022 => rank_change 19 indicator=PAR year=2022
example Quang Binh leapfrogged 7 places to 21st in the PCI 2023 => rank_change 7 indicator=PCI
example The province's ICT Index has risen 12 places over the past 5 years => rank_change 12 indicator=ICT
example Soc Trang aims to climb at least 10 places in the DTI 2024 => rank_change 10 qualifier=min target=true year=2024
example Nam Dinh ranked 24th in the DTI 2023, slipping two places from 2022 => rank_change -2 year=2023
example Compared with the previous assessment, the digital government pillar rose 17 positions, while the digital economy pillar dropped 3 places => rank_change -3 subject="digital economy pillar"
example Compared with the previous assessment, the digital government pillar rose 17 positions, while the digital economy pillar dropped 3 places => rank_change 17 subject="digital government pillar"
example The province scored 0.6437 and moved up 7 places from 11th place in 2022 => rank_change 7 year=null

# "rank 22", "ranking No. 14", "was No. 2 in the DTI", "held position 5":
# a ranking's number without an ordinal suffix or a field size (those
# the patterns above read).
pattern rank.bare_number
kind rank
needs RANKVERB RANKWORD CODE NUMBER
priority 76
regex (?:\b[Rr]ank(?:ed|ing|s)?\s+(?:No\.\s*|number\s+|position\s+)?|\b(?:was|is|are|am|were|be|been|stood|came|held|holds|holding|at|in|remained|remains|remain|stay|stays|stayed|became|become|becomes|placed)\s+(?:(?:now|still|currently|also)\s+)?(?:No\.\s*|number\s+|position\s+))(?<value_num>\d{1,3})\b(?:\s+among\s+(?:the\s+)?%{COUNTNUM:total}\b|(?![.,]\d|\s*(?:%|/|percent|per\s+cent|points?\b|out\s+of\b|of\s+\d|among\b)))
example In the DTI 2023, the pillar of digital society reach 0.4127 points, rank 31 => rank 31 subject~"digital society"
example In the national rankings, Hanoi was No. 2 in the DTI 2023 => rank 2 indicator=DTI
example It also held position 5 in the PAR INDEX 2023 => rank 5 indicator=PAR
example Quang Ninh remained No. 1 in the PCI 2023 with 73.02 points => rank 1 indicator=PCI year=2023
example In 2024 we must stay No. 1 in the PCI => rank 1 indicator=PCI target=true
example Kon Tum is now No. 3 among the five Central Highlands provinces => rank 3/5
example In the digital government pillar we are No. 9 nationwide => rank 9 subject~"digital government"
reject the province is in 2023 a leader
reject Decision No. 15 was issued in 2023
reject it ranks 5 out of 63 in the index
reject It was 5 km from the centre

# "technical infrastructure: 0.5118 (rank 22)": the ranking of the figure
# before it, in parentheses.
pattern rank.paren_label
kind rank
needs RANKVERB RANKWORD CODE
priority 78
regex \(\s*(?:[Rr]ank(?:ed|ing)?|No\.|[Pp]osition|[Pp]lace)\s*:?\s*(?<value_num>\d{1,3})(?:\s*/\s*%{TOTAL:total})?\s*\)
example By pillar: digital society: 0.4127 (rank 31); digital economy: 0.2904 (rank 50) => rank 50 subject~"digital economy"
example Lam Dong scored 66.1 points (ranked 20) in the PCI => rank 20
reject It has 12 wards (No. 5 is the largest)

# "The DTI 2023 ranked the province 29th", "the PCI put Quang Binh 27th
# out of 63": the index ranks the place, its object.
pattern rank.ranked_object
kind rank
needs RANKVERB
priority 77
regex \b(?:ranked|ranks|placed|places|put|puts)\s+(?:the\s+(?:province|city|locality)|it|us|them|(?-i:\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3}))\s+(?:%{ORDINAL:value}(?!\s+(?:time|meeting|session|phase|stage|round)\b)|No\.\s*(?<value_num>\d{1,2})\b)(?:\s+(?:out\s+of|of|among)\s+(?:the\s+)?%{TOTAL:total})?
example The DTI 2023 ranked the province 29th, up 16 places on 2022 => rank 29 indicator=DTI
reject The board ranked the proposals first

# "lifting Lang Son 11 places to 34th", "dragging the city down three
# places": a change the sentence's subject caused in the place's rank.
pattern rank_change.causative
kind rank_change
needs PLACES
priority 84
regex \b(?<sign_sign>lifting|lifted|lifts|pushing|pushed|pushes|propelling|propelled|dropping|dropped|dragging|dragged|drags)\s+(?:the\s+(?:province|city|locality)|it|us|them|(?-i:\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3}))\s+(?:up\s+|down\s+)?%{CHANGENUM:value}\s+(?:places?|positions?|spots?|notches?|rungs?|steps?)\b
example The PCI 2023 reached 65.91 points, lifting Lang Son 11 places to 34th => rank_change 11 indicator=PCI

# "Phu Tho down two notches and Thai Nguyen up four": a second place's
# change after the first, its unit left out.
pattern rank_change.elided
kind rank_change
needs PLACES
priority 84
regex (?:,\s*|,?\s+and\s+|,?\s+while\s+)(?-i:\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,3})\s+(?<sign_sign>up|down|rose|fell|climbed|dropped|slipped)\s+%{CHANGENUM:value}(?:\s+(?:places?|positions?|spots?|notches?|steps?))?(?=[\s,.;)]|$)
example Phu Tho went down two notches and Thai Nguyen up four => rank_change 4 province="Thai Nguyen"
example Lang Son rose three places, Cao Bang fell one => rank_change -1 province="Cao Bang"

# "up 0.0547 points and nine places on 2022": the place change joined to
# a score's change, in its direction.
pattern rank_change.after_score_change
kind rank_change
priority 84
follow score_change.verb
regex \s+and\s+(?:by\s+)?%{CHANGENUM:value}\s+(?:places?|positions?|spots?|notches?|rungs?|steps?)\b
example That is up 0.0547 points and nine places on 2022 in the DTI => rank_change 9 indicator=DTI
example The PCI score fell 0.8 points and three places => rank_change -3

pattern rank.after_change
kind rank
priority 85
follow rank_change.verb rank_change.causative
regex \s+to\s+(?:(?:the\s+)?%{ORDINAL:value}(?:\s+(?:place|position))?|(?:No\.|number|position|place)\s*(?<value_num>\d{1,3})\b|(?<value_num>\d{1,3})\s*/\s*%{TOTAL:total}(?![\d/]))
example Dien Bien slipped 6 places to No. 49 => rank 49
example Ha Tinh rose nine places to 24/63, with 67.35 points => rank 24/63
example while the digital society pillar dropped 5 places to 41st => rank 41 subject~"digital society"
example The city moved up 3 places to 9th place in the PCI 2023 => rank 9 indicator=PCI year=2023
example In the digital economy pillar, Kien Giang posted the biggest gain, climbing 14 places to 22nd => rank 22 subject~"digital economy pillar"

pattern rank_change.adjective
kind rank_change
needs PLACES
needs RANKDIR
priority 85
regex (?:\b(?<sign_sign>up|down)\s+)?%{CHANGENUM:value}\s+(?:places?|positions?|spots?|notches?|ranks?)\s+(?<sign_sign>higher|lower|better|worse|up|down)\b
example Thai Binh climbed to 7th place, 12 places higher than in 2022 => rank_change 12
example the city finished 3 places lower than last year => rank_change -3

pattern rank_change.noun
kind rank_change
needs PLACES
needs CHANGENOUN
priority 85
regex (?:\ban?\s+)?(?<sign_sign>increase|rise|improvement|jump|climb|gain|advance|decrease|drop|fall|decline)\s+of\s+(?:(?:\d+(?:\.\d+)?\s+points?\s+and\s+)?%{COUNTNUM:value}\s+(?:places?|positions?|spots?|ranks?|notches?|steps?)|one\s+(?:place|position|spot|rank|notch|step))\b
value 1
example an increase of 34 positions from 2021 => rank_change 34
example This is an improvement of 2.14 points and 11 places compared to 2022 => rank_change 11
example a drop of two places in the ranking => rank_change -2
example we stood second in the DTI 2023, behind Da Nang, a decline of one place => rank_change -1

pattern rank_change.hyphen
kind rank_change
needs PLACES
needs CHANGENOUN
priority 85
regex (?:\ban?\s+)?%{COUNTNUM:value}[\s-](?:place|position|rank|spot|notch|step)\s+(?<sign_sign>improvement|increase|rise|jump|gain|climb|leap|advance|drop|decrease|decline|fall)
example a 34-place improvement from 2021 => rank_change 34
example a 9-place increase in DTI => rank_change 9 indicator=DTI

pattern rank.label
kind rank
needs RANKWORD
priority 88
regex \b(?:position|ranking|rank|place)(?:\s+(?:in|on)\s+(?:the\s+)?%{SUBJSHORT:subject})?[^:\d|]{0,40}:\s+(?:%{INT:value}/%{TOTAL:total}|%{ORDINAL:value}|(?<value_num>[1-9]\d{0,2})(?![\d.,%]))
example Position in the digital government pillar of the DTI: 5/63 => rank 5/63 subject~"digital government" indicator=DTI
example Ranking in the PCI: 12th => rank 12 indicator=PCI
example Vinh Long's DTI 2023 ranking: 12th => rank 12 indicator=DTI year=2023 province="Vinh Long"

# "Ranking: 41/63 (2022: 32/63)": the place of an earlier year, in
# parentheses after this year's.
pattern rank.year_before
kind rank
needs RANKWORD
priority 87
regex \(\s*(?:in\s+)?(?:19|20)\d\d\s*:\s*(?:%{INT:value}/%{TOTAL:total}|%{ORDINAL:value})\s*\)
example Ranking: 41/63 (2022: 32/63) => rank 32/63 year=2022
example PCI position: 12th (2023: 15th) => rank 15 year=2023
reject Ratio of online files: 41/63 (2022: 32/63)

# "- 12th: the rank of business support services", "29th: Hau Giang's
# place in the DTI 2024 ranking", "No. 5: ...": a factbox line that gives
# the position first.  A bare fraction is a ratio unless the label says
# it is a place.
pattern rank.figure_label
kind rank
needs ORD ORDWORD CODE RANKWORD PLACES
priority 64
regex ^(?:[-•*–]\s*)?(?:%{ORDINAL:value}(?:\s+(?:out\s+of|of)\s+%{COUNTNUM:total})?|No\.\s*(?<value_num>[1-9]\d{0,2})|(?:%{INT:value}/%{TOTAL:total}|(?<value_num>[1-9]\d{0,2}))(?=%{LABELSEP}(?:[\p{L}'’-]+\s+){0,4}(?:rank|ranking|place|position)\b))(?:\s+(?:place|position))?%{LABELSEP}(?:the\s+)?%{SUBJ:subject}(?:\s+(?:19|20)\d\d)?(?:\s+(?:out\s+of|among)\s+(?:the\s+|all\s+)?%{COUNTNUM:total})?
example - 27th: Son La's position in the PCI 2024 out of 63 provinces and cities, up 11 places => rank 27/63 indicator=PCI year=2024
example - 12th: the rank of business support services, which jumped 20 spots => rank 12 subject~"business support services"
example 29th: Hau Giang's place in the DTI 2024 ranking => rank 29 indicator=DTI year=2024
example - 19/63: the province's position in the digital government pillar => rank 19/63
example 16 - Tra Vinh's place in the DTI 2023, a 21-place improvement => rank 16 indicator=DTI year=2023
reject - 18/21: tasks of the 2025 plan completed

# "ranked No. 48", "to rank No. 6 out of 63": a position by number.
pattern rank.number
kind rank
needs CODE NUMBER
needs RANKVERB
priority 86
regex \b(?:(?:good|enough)\s+for|(?:stands?|stood)(?=\s+No\b)|rank(?:ed|s|ing)?|placed|position(?:ed)?|stood\s+at|came\s+in\s+at|finished\s+at|came|(?:sits?|sat|sitting|stays?|stayed|remains?|remained|trailed|trails)\s+at)\s+(?:at\s+)?(?:No\.?\s*|number\s+)(?<value_num>[1-9]\d{0,2})\b(?!\s*/)(?:\s+(?:out\s+of|of|among)\s+(?:the\s+)?%{COUNTNUM:total})?
example Law and order: 6.14 points (up 0.36 points), ranked No. 48 (6 places higher) => rank 48 subject="Law and order"
example Seven out of 10 component indicators advanced to make it ranked No. 6 out of 63 provinces => rank 6/63
example Binh Duong province ranked No. 13 (down seven places) in the PCI rankings => rank 13 indicator=PCI
example Da Nang ranked No. 1 in the DTI for the third year => rank 1 indicator=DTI
example The former Bac Kan province came in at No. 52 with 0.4210 points => rank 52
example while Quang Tri, which absorbed Quang Binh, sits at No. 27 => rank 27 province="Quang Tri"
example the PAR INDEX 2023 put the province at 84.06 percent, good for No. 29 => rank 29 indicator=PAR
example In the South Central Coast region, Khanh Hoa stand the first, Binh Dinh stand No. 2 => rank 2 province="Binh Dinh"

# "ranking 30 out of 63 provinces": a cardinal with its field.
pattern rank.cardinal_out_of
kind rank
needs RANKVERB
priority 86
regex \b(?:rank(?:ed|s|ing)?|placed|position(?:ed)?)\s+(?:at\s+)?(?<value_num>[1-9]\d{0,2})\s+(?:out\s+of|among)\s+(?:the\s+)?%{COUNTNUM:total}
example Son La's PAPI reached 42.3 points, ranking 30 out of 63 provinces and cities => rank 30/63 indicator=PAPI

# "maintained its leading position in the PAR Index": first, when the
# sentence names an index (a company's "leading position" is no rank).
pattern rank.top_position
kind rank
needs TOP
needs INDEX
priority 74
value 1
regex \b(?:maintain(?:s|ed)?|retain(?:s|ed)?|keeps?|kept|holds?|held|took|takes?|secured?|claim(?:s|ed)?|occup(?:y|ies|ied))\s+(?:its|their|the)\s+(?:leading|top)\s+(?:position|place|spot|rank)\b
example The Department of Justice maintained its leading position with a PAR Index score of 91.21% => rank 1 indicator=PAR
example In the PAPI, corruption control slipped, while e-governance, at 3.62 points, took the top spot nationwide => rank 1 subject~e-governance
reject The company maintained its leading position in the market for three years

# "kept the top spot of the country", "took the top spot with 72.40
# points", "gave Hue the top spot in the North Central region": first of a
# field the words after it name (a company's "top spot in the market" is
# no rank of a place).
pattern rank.top_spot
kind rank
needs TOP
priority 74
value 1
regex \b(?:maintain(?:s|ed|ing)?|retain(?:s|ed|ing)?|keeps?|kept|keeping|holds?|held|holding|took|takes?|taking|secured?|securing|claim(?:s|ed|ing)?|occup(?:y|ies|ied|ying)|won|wins?|winning|reclaim(?:s|ed)?|regain(?:s|ed)?|gave\s+(?-i:\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})|gives?\s+(?-i:\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3}))\s+(?:its|their|the)\s+(?:top|first|number[\s-]one|No\.?\s*1)\s+(?:spot|place|position|rank)(?=\s+(?:of|in)\s+the\s+(?:country|nation|whole\s+country|(?:[\p{L}-]+\s+){0,4}?(?:region|provinces|localities|Delta|Highlands|rankings?|table|list))\b|\s+nationwide\b|\s+among\b|\s+with\s+\d|\s+(?:for\s+the\s+\S+\s+(?:consecutive\s+|straight\s+)?(?:year|time)|again)\b)
example Quang Ninh kept the top spot of the country for the third consecutive year => rank 1
example Ho Chi Minh City took the top spot with 72.40 points, followed by Bac Ninh => rank 1
example That also gave Hue the top spot in the North Central region => rank 1
reject The company kept the top spot in the market
reject She took the top spot at the singing contest

# "was at the top of the PAPI rankings": first.
pattern rank.top_of
kind rank
needs TOP
priority 74
value 1
regex \b(?:was|were|is|are|stood|stands|remained|remains)\s+at\s+the\s+top(?:\s+and\s+(?:the\s+)?bottom)?\s+of\s+(?:the\s+)?(?:(?:19|20)\d\d\s+)?(?:[\p{L}-]+\s+){0,4}?(?:rankings?|list|table)\b
example In 2022, Hue was at the top of the PAPI rankings => rank 1 indicator=PAPI year=2022
example Da Nang was at the top of the provincial rankings for e-government => rank 1
reject The delegation was at the top of the mountain

# "the highest growth rate in the country": first of its field.
pattern rank.superlative
kind rank
needs SUPERLATIVE
priority 60
value 1
regex (?<!\bone\sof\s)(?<!\blocalities\swith\s)(?<!\bprovinces\swith\s)(?<!\bcities\swith\s)(?<!\bgroup\swith\s)(?<!\bunits\swith\s)\bthe\s+(?<subject_text>(?:highest|largest|biggest|best|fastest|strongest)(?!\s+(?:leap|jump|improvement|increase|rise|gain|drop|fall|decline|climb)\b)(?:\s+[\p{L}-]+){0,4}?)\s+(?:in\s+the\s+(?:whole\s+)?country|nationwide|in\s+(?:the\s+)?Vietnam|in\s+Viet\s+Nam|of\s+the\s+country|in\s+the\s+(?-i:(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:region|Delta|Highlands)|(?:\p{Lu}[\p{L}-]*\s+){0,2}(?:Southeast|Northeast|Northwest|Southwest)))\b
example Khanh Hoa maintained the highest growth rate in the country => rank 1 subject~"growth rate"
example 78.4 percent of adults in Hai Phong use a smartphone, the highest rate in the country => rank 1 subject~"highest rate"
example Kon Tum had the highest growth rate in the Central Highlands region => rank 1
example Its growth was one of the highest rates in the country => none
reject Access to land: 7.67 points, the highest score in five years
reject Ben Tre made the biggest leap in the region in 2023
reject it stayed in the group of localities with the highest growth in the country
reject Hai Phong entered the top five provinces and cities with the largest economies in the country

# "one of the 20 localities with the highest growth rates": within the
# first 20 of what the superlative measures.
pattern rank.one_of_superlative
kind rank
needs SUPERLATIVE
priority 72
regex \b(?<qualifier_qual>one\s+of|among)\s+the\s+%{COUNTNUM:value}\s+(?:[\p{L}-]+\s+){0,3}?(?:localities|provinces|cities|units|districts|countries|regions|economies|markets)\s+with\s+the\s+(?<subject_text>(?:highest|largest|biggest|best|fastest|strongest)(?:\s+(?!(?:in|by|of|for|soon|nationwide)\b)[\p{L}-]+){1,4})
example He asked the province to become one of the 20 localities with the highest growth rates soon => rank 20 qualifier=max subject~"highest growth rates" target=true
example Bac Ninh is among the 10 provinces and cities with the largest budget revenue in the country => rank 10 qualifier=max subject~"budget revenue"
reject it stayed in the group of localities with the highest growth in the country

# "was the runner-up": second.
pattern rank.runner_up
kind rank
needs RUNNERUP
priority 70
value 2
regex \b(?:was|were|is|are|came|finished|emerged\s+as|became)\s+(?:the\s+)?runner-?up\b
example The Mekong Delta province of Dong Thap was the runner-up with 46.961 points => rank 2 province="Dong Thap"

# "rose 14 positions, from 41st to 27th": the positions of a change.
pattern rank.from_after_change
kind rank
priority 78
follow rank_change.verb rank_change.noun rank_change.adjective
regex ,?\s+from\s+(?:the\s+)?%{ORDINAL:value}(?!\s+(?:place|position|rank|time|meeting|session|phase|stage|batch|round|step|quarter|half)\b)
example Soc Trang's PAR Index rose 14 positions, from 41st to 27th => rank 41 indicator=PAR

# "the Department of Justice led with 91.2%": first.
pattern rank.led_with
kind rank
needs TOP
priority 74
value 1
regex \b(?:led|topped|leads|tops)\s+with\b
example In the PAR Index of provincial departments, the Department of Justice led with 91.2% => rank 1 indicator=PAR

# "in the group of 30 leading provinces": within the first 30.
pattern rank.group_of
kind rank
needs TOP RANKWORD
priority 72
regex \b(?<qualifier_qual>group\s+of)\s+(?:the\s+)?%{COUNTNUM:value}\s+(?:leading|top|best|highest-ranked|best-performing)\b
example By 2025 the DTI of Kon Tum will be in the group of 30 leading provinces in the country => rank 30 qualifier=max target=true indicator=DTI

# "up 16 places compared to 2023 (57/63)": a position in parentheses
# after a comparison year is the rank of that year.
pattern rank.paren_slash
kind rank
needs SLASH
priority 88
regex \b(?:19|20)\d\d\s*\(\s*%{INT:value}/%{TOTAL:total}\s*\)
example Long An ranked 41/63, up 16 places compared to 2023 (57/63) => rank 57/63 year=2023

# "the 12th largest in the country": a position among the largest.
pattern rank.nth_superlative
kind rank
needs ORD
needs SUPERLATIVE
priority 72
regex \bthe\s+%{ORDINAL:value}[\s-](?<subject_text>(?:highest|largest|biggest|best|fastest|strongest|lowest|smallest)(?:\s+[\p{L}-]+){0,3}?)\s+(?:in\s+the\s+(?:whole\s+)?country|nationwide|in\s+(?:the\s+)?Vietnam|in\s+Viet\s+Nam|of\s+the\s+country|in\s+the\s+(?-i:(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:region|Delta|Highlands)|(?:\p{Lu}[\p{L}-]*\s+){0,2}(?:Southeast|Northeast|Northwest|Southwest))|among\s+(?:the\s+|all\s+)*%{TOTAL:total}\s+(?:provinces|localities|cities|provincial-level\s+units|units))\b
example GRDP growth is estimated at 10.2 per cent, the fourth-highest among the 34 provinces and cities => rank 4/34
example The size of the economy was nearly VND310 trillion, the 12th largest in the country => rank 12
example GRDP grew 8.3% in 2024, the third highest in the Mekong Delta => rank 3 subject~"GRDP"
