# Scores: index values and points.

pattern score.scale
kind score
needs SCOREWORD
priority 80
regex %{NUMERAL:value}\s+(?:points?\s+)?(?:on|out\s+of)\s+a\s+%{NUMERAL:total}-point\s+scale|%{NUMERAL:value}\s+(?:points?\s+)?out\s+of\s+(?:a\s+(?:possible|maximum)\s+(?:of\s+)?)?%{NUMERAL:total}(?:\s+points?|-point\s+scale)
example it reached 72.95 on a 100-point scale => score 72.95/100
example In the PAR Index 2023, Ha Nam scored 88.74 out of 100 points and climbed to 7th place => score 88.74/100 indicator=PAR year=2023

pattern score.points
kind score
needs SCOREWORD
priority 70
regex \b(?:scored?|scoring|achiev(?:ed|ing)|reach(?:ed|ing)|with|gained|obtained|got|earned|at)\s+%{QUAL:qualifier}?%{NUMERAL:value}\s+points?%{SCOREMAX}?
example Lam Dong scored 89.72 points in the PAR Index => score 89.72 indicator=PAR
example In PAPI 2023, released in April, Ha Nam scored 43.12 points => score 43.12 subject~PAPI indicator=PAPI
example it topped the list with 45.5 points out of 60 => score 45.5/60
example The component "Digital government" achieved 8.74 points (max: 10) => score 8.74/10

# "Kon Tum was 48th with 0.4602": a bare value after a ranking is the
# score it ranks.
pattern score.with_after_rank
kind score
priority 72
follow rank.verb rank.out_of rank.ellipsis rank.top_verb
regex (?:\s+(?:19|20)\d\d)?(?:\s+rankings?)?\s+with\s+(?:a\s+score\s+of\s+|an?\s+(?:index\s+)?value\s+of\s+)?(?<value_num>0[.,]\d{2,4}|[1-9]\d{0,2}\.\d{1,3})(?![\d.,]*\s*(?:%|percent\b|per\s?cent\b|points?\b))
example In the DTI 2023, Kon Tum was 51st with 0.4417 => score 0.4417 province="Kon Tum" indicator=DTI
example Son La ranked 40th out of 63 with 63.2 in the PCI => score 63.2 indicator=PCI
example Lam Dong topped the PAR Index 2023 rankings with 91.22 => score 91.22 indicator=PAR province="Lam Dong"
reject Son La ranked 40th with 12.5% of its budget

# "scored 42.87 out of 80": a value with decimals out of a scale is a
# score on it, not a ratio.
pattern score.out_of
kind score
needs OUT
needs OUTOF
priority 69
regex \b(?:scored?|scoring|achiev(?:ed|ing)|reach(?:ed|ing)|got|earned|obtained|with|at)\s+%{QUAL:qualifier}?(?<value_num>\d{1,4}[.,]\d{1,4})\s+(?:points?\s+)?out\s+of\s+(?:a\s+(?:possible|maximum)\s+(?:of\s+)?)?(?<total_num>\d{1,4})(?:\s+points?)?\b
example Son La scored 44.15 out of 80 in the PAPI 2023 => score 44.15/80 indicator=PAPI
example The province achieved 8.7 out of 10 in transparency => score 8.7/10
reject 7 out of 10 criteria were met

# "got 4.83 points in participation at local levels, 5.45 points in
# transparency": the score of what follows "in", unless that is the index
# or a year.
pattern score.points_in
kind score
needs SCOREWORD
priority 72
regex (?<![\p{L}\d.,])%{NUMERAL:value}\s+points?\s+in\s+(?:the\s+)?(?!(?:19|20)\d\d\b|(?:the\s+)?(?:PAR|PAPI|PCI|DTI|SIPAS|ICT|PGI)\b)(?<subject_text>(?:[\p{L}’'-]+)(?:\s+(?!and\b|with\b|while\b|but\b)[\p{L}’'-]+){0,5})
example Regarding sub-indexes, Ha Nam got 4.12 points in participation at local levels, 5.2 points in transparency and 6.1 points in corruption control => score 5.2 subject~"transparency"
example Regarding sub-indexes, Ha Nam got 4.12 points in participation at local levels, 5.2 points in transparency and 6.1 points in corruption control => score 4.12 subject~"participation at local levels"
reject The team won 3 points in 2023

pattern score.value_of
kind score
needs SCOREWORD
priority 70
regex (?:\ban?\s+)?(?:score|value|index\s+value|point)\s+of\s+%{NUMERAL:value}(?:/%{NUMERAL:total}|\s+(?:points?\s+)?out\s+of\s+%{NUMERAL:total})?(?!\s*%|\s+(?:percent|per\s?cent))
example the DTI with a value of 0.4096 => score 0.4096 indicator=DTI
example an index score of 0.6437 for 2023 => score 0.6437 year=2023
example In the PAPI 2024, Quang Binh was in the best group with a total score of 45.02 out of 80 => score 45.02/80 indicator=PAPI

pattern score.scored
kind score
needs SCOREWORD
priority 65
regex \bscor(?:ed|ing)\s+%{NUMERAL:value}(?!\s*%|\s+(?:percent|per\s?cent))
example the province scored 0.6437 in the DTI 2023 => score 0.6437 indicator=DTI year=2023

pattern score.subject_first
kind score
needs SCOREWORD
priority 66
regex (?<subject_text>(?<![\p{L}\p{N}])(?:[\p{L}\d][\p{L}\p{N}'’&-]*\s+){0,5}(?:score|index\s+value|value|points?))\s+(?:%{LINKVERB}|stood\s+at|of|(?:rose|increased|fell|dropped|improved|climbed|grew)\s+to)\s+%{QUAL:qualifier}?%{NUMERAL:value}(?![\d.,]*\s*(?:%|percent|per\s?cent))
example Hoa Binh's DTI value was 0.5012, an increase of 0.0624 compared to 2022 => score 0.5012 indicator=DTI
example Lam Dong's overall DTI 2023 score reached 0.5874 => score 0.5874 subject~DTI year=2023 indicator=DTI
example its average SIPAS score was 84.6 points => score 84.6 indicator=SIPAS
example Its digital government score rose to 0.5102, compared with 0.4437 in 2022 => score 0.5102 subject~"digital government"
reject the share of the digital economy reached 21.3 per cent

# "Phu Tho, Ninh Binh and Son La came in 14th, 20th and 39th respectively,
# with scores of 0.5402, 0.5118 and 0.4561": a list of scores after a list
# of rankings is of the same places, in order.
pattern score.respectively_after_ranks
kind score
follow rank.respectively
priority 91
regex (?:\s+(?:in|on)\s+(?:the\s+)?[^,;.]{1,40}?)?,?\s+with\s+(?:(?:scores?|index\s+values?|values?)\s+of\s+)?(?<values_list>\d{1,3}[.,]\d{1,4}(?:(?:,\s*|,?\s+and\s+)\d{1,3}[.,]\d{1,4})+)(?:\s+points?)?(?!\s*(?:%|percent|per\s?cent))
example Phu Tho, Ninh Binh and Son La came in 14th, 20th and 39th respectively in the DTI, with scores of 0.5402, 0.5118 and 0.4561 => score 0.5118 province="Ninh Binh"
example Hung Yen and Nam Dinh placed 11th and 35th respectively, with 70.02 and 65.48 points => score 65.48 province="Nam Dinh"

pattern score.respectively
kind score
needs SCOREWORD
priority 85
left subjects SUBJ required
regex (?:\s+(?:came|ranked|were|placed|finished|took)\s+(?:the\s+)?%{ORDINAL}(?:(?:,\s*|,?\s+and\s+)%{ORDINAL})+(?:\s+places?)?)?(?:\s+(?:were|are)\s+(?:the|its|our|their)\s+(?:[\p{L}-]+\s+){0,4}?[\p{L}-]+(?=,\s+(?:at|with)\s))?,?\s+(?:scored|scoring|achieved|achieving|got|obtained|had|reached|reaching|with|at|were|was|are|stood\s+at)\s+(?:(?<values_list>%{NUMERAL}(?:(?:,\s*|,?\s+and\s+)%{NUMERAL})+)\s+points?|(?<values_list>\d{1,3}[.,]\d{1,4}(?:(?:,\s*|,?\s+and\s+)\d{1,3}[.,]\d{1,4})+)),?\s+respectively
example Hung Yen ward and Pho Hien ward came second and third with 80.91 and 79.04 points, respectively => score 79.04 subject~"Pho Hien"
example Ha Nam and neighbouring Nam Dinh scored 65.77 and 67.02 points respectively in the PCI 2022 => score 67.02 province="Nam Dinh" indicator=PCI year=2022
example Its weakest dimensions were e-governance and transparency, at 2.85 and 4.10 respectively => score 4.1 subject~transparency
example Ha Nam and neighbouring Nam Dinh scored 65.77 and 67.02 points respectively in the PCI 2022 => score 65.77 province="Ha Nam"
example It did best in entry costs and land access, scoring 8.04 and 7.11 points respectively => score 7.11 subject~"land access"
example In the ICT Index 2020, Khanh Hoa, Can Tho and Binh Duong came fifth, sixth and seventh with 0.6512, 0.6480 and 0.6391 points respectively => score 0.648 province="Can Tho" indicator=ICT
example Its weakest areas were labour training and policy bias, at 4.92 and 5.30 points respectively => score 4.92 subject~"labour training"
example Time costs and land access were its best sub-indices, at 7.42 and 6.91 points respectively => score 6.91 subject~"land access"
example Its scores for openness and responsiveness were 6.02 and 5.88 points, respectively => score 5.88 subject~responsiveness
example Its three pillars, digital government, digital economy and digital society, scored 0.8105, 0.6021 and 0.7390 respectively => score 0.6021 subject~"digital economy"

# "were 5.36, 5.71 and 5.48 points respectively, up 0.21, 0.46 and 0.12
# points respectively": the changes of the same list, item by item.
pattern score_change.respectively_after_scores
kind score_change
follow score.respectively
priority 87
regex ,?\s+(?:(?:which\s+(?:was|were)\s+)?(?<sign_sign>up|down|rising|falling|increasing|decreasing|gaining|losing))\s+(?:by\s+)?(?<values_list>%{NUMERAL}(?:(?:,\s*|,?\s+and\s+)%{NUMERAL})+)\s+points?,?\s+respectively
example Its scores for openness, fairness and speed were 6.02, 5.91 and 5.88 points respectively, up 0.11, 0.4 and 0.05 points respectively => score_change 0.4 subject~fairness
example Its scores for openness, fairness and speed were 6.02, 5.91 and 5.88 points respectively, down 0.11, 0.4 and 0.05 points respectively => score_change -0.05 subject~speed

# "time costs and informal charges, which rose 1.12 and 0.87 points
# respectively": the changes of a list, each its own item's.
pattern score_change.respectively
kind score_change
needs SCOREWORD
priority 86
left subjects SUBJ required
regex ,?\s+(?:(?:which|that|they)\s+)?(?<sign_sign>rose|increased|gained|improved|grew|climbed|went\s+up|were\s+up|fell|dropped|declined|decreased|slipped|lost|went\s+down|were\s+down|(?<=,\s)up|(?<=,\s)down)\s+(?:by\s+)?(?<values_list>%{NUMERAL}(?:(?:,\s*|,?\s+and\s+)%{NUMERAL})+)\s+points?,?\s+respectively
example The biggest gains came in entry costs and policy bias, which rose 0.92 and 0.41 points respectively => score_change 0.41 subject~"policy bias"
example Transparency and land access fell 0.35 and 0.2 points, respectively => score_change -0.35 subject~Transparency
example It did best in transparency (6.1), accountability (5.8) and e-governance (4.2), up 0.12, 0.3 and 0.41 points respectively => score_change 0.3 subject~accountability

# "public service delivery (7.42 out of 10)": a score with its maximum,
# in parentheses after what it scores.
# "digital government 24.15/40": a fraction whose part is no whole number
# is a score out of a maximum, not a ratio of things (FACTS.md: a ratio's
# part is counted).
pattern score.slash
kind score
needs DECSLASH
needs SLASH
priority 62
regex (?:(?:(?<=[:,;]\s)|(?<=\band\s))(?<subject_text>(?:[\p{L}-]+\s+){0,4}?[\p{L}-]+)\s+)?(?<![\p{L}\d.,/-])(?<value_num>\d{1,3}[.,]\d{1,4})\s*/\s*(?:%{TOTAL:total}|(?<total_num>\d{1,3}[.,]\d{1,2})(?![\d/]|[.,]\d))(?:\s+points?)?(?!\s*(?:days?|hours?|weeks?|months?|years?|km|ha|people|persons)\b)
example Average pillar scores were: digital government 24.15/40, digital economy 15.30/30 => score 15.3/30 subject~"digital economy"
example The province scored 7.42/10 in the land access sub-index => score 7.42/10
example Component scores: administrative procedure reform 11.02/12.5; institutional reform 8.9/10 => score 11.02/12.5 subject~"administrative procedure reform"
reject the ratio was 1.5/2 days

# "Kon Tum recorded 4.61 for participation at local levels, 5.02 for
# transparency and 3.43 for e-governance": a list of scores, each for the
# name after it.
pattern score.value_for
kind score
needs DECFOR
priority 64
regex (?<![\p{L}\d.,/-])(?<value_num>\d{1,3}[.,]\d{1,4})\s+for\s+(?!(?:the\s+|each\s+|every\s+)?(?:year|years|month|months|quarter|period|first|last|whole|same|next|people|person|households?)\b)(?:the\s+)?(?<subject_text>(?:(?!and\b)[\p{L}-]+\s+){0,5}?[\p{L}-]+)(?=\s*(?:[,;.]|\s+and\s+\d|$))
example Across the eight dimensions, Kon Tum recorded 4.61 for participation at local levels, 5.02 for transparency and 3.43 for e-governance => score 5.02 subject~"transparency"
example Across the eight dimensions, Kon Tum recorded 4.61 for participation at local levels, 5.02 for transparency and 3.43 for e-governance => score 4.61 subject~"participation at local levels"
reject The project received 4.5 for the year

pattern score.paren_of
kind score
needs SCOREWORD
priority 61
regex (?<=\p{L})\s+\(\s*(?<value_num>\d{1,3}[.,]\d{1,4})\s+(?:points?\s+)?(?:out\s+of|of)\s+(?:a\s+maximum\s+(?:of\s+)?)?%{TOTAL:total}(?:\s+points?)?\s*\)
example The province scored highest in transparency (6.91 out of 10) and lowest in e-governance => score 6.91/10 subject~transparency
example Its best result was in public service delivery (7.31 points out of 10) => score 7.31/10 subject~"public service delivery"

# "E-governance rose 0.6 points to 4.05": the score a change arrived at.
pattern score.after_change
kind score
priority 87
follow score_change.verb
regex \s+to\s+(?<value_num>\d{1,3}(?:[.,]\d{1,4})?)(?![\d%]|[.,]\d|\s*(?:%|percent|per\s+cent))(?:\s+points?)?%{SCOREMAX}?
example Market entry rose 0.52 points to 7.31, the largest gain => score 7.31 subject~"Market entry"
example Time costs jumped 0.74 points to 7.42 out of 10 => score 7.42/10 subject~"Time costs"

pattern score.paren
kind score
needs SCOREWORD
priority 60
regex (?<=\p{L}|\p{L}\))\s+\(\s*(?:%{NUMERAL:value}\s+points?|(?<value_num>0[.,]\d{2,4}|[1-9]\d{0,2}\.\d{1,3}))\s*(?:\)|(?=,\s*[+−-]\s?\d{1,2}[.,]\d{1,4}\s*(?:points?\s*)?\)))
example three improved: direction and administration (9.05 points, +0.62), institutional reform (11.87, +0.48) => score 11.87 subject="institutional reform"
example Long An led the region with a score of 0.5731, followed by Can Tho (0.5602) and Dong Thap (0.5489) => score 0.5489 province="Dong Thap"
example Hue (84.2 points) and Da Nang (83.9 points) led the PAR Index => score 84.2 province="Thua Thien Hue" indicator=PAR
example Nam Dinh came third with 66.10 points, followed by Thai Binh (65.85) and Ha Nam (65.40) => score 65.4 province="Ha Nam"
reject the Ha Giang 1 ward (12.5) was split
reject the project (phase 2) ended

pattern score.compared
kind score
priority 70
follow score.subject_first score.scored score.points score.value_of score.scale
regex ,?\s+(?:compared\s+(?:with|to)|up\s+from|down\s+from|against|versus|from)\s+(?:the\s+)?%{NUMERAL:value}(?![\d.,]*\s*(?:%|percent|per\s?cent))(?:\s+points?)?
example Its digital government score rose to 0.5102, compared with 0.4437 in 2022 => score 0.4437 year=2022

pattern score.points_bare
kind score
needs SCOREWORD
priority 58
regex %{NUMERAL:value}\s+points?\b(?!\s+(?:higher|lower|up|down|more|less|ahead|behind)\b)%{SCOREMAX}?
example The median score in the PCI 2024 was 65.46 points. => score 65.46 indicator=PCI year=2024
example The total of 44.36 points out of 80 is our best ever => score 44.36/80
example Component index land access get 6.52 point, maximum is 10 point => score 6.52/10 subject~"land access"
example Component index Modernization of administration get 9.12 point on maximum 13 point => score 9.12/13
example Its 8.74 points (maximum 10 points) put the component first => score 8.74/10
example Dien Bien's total of 40.12 points was the lowest of the group => score 40.12
reject The province's score rose 2.5 points higher than last year

pattern score.label
kind score
needs SCOREWORD
priority 62
regex (?<subject_text>(?<![\p{L}\p{N}])(?:[\p{L}\d][\p{L}\p{N}'’&-]*\s+){0,4}(?:score|index|points?|value))\s*:\s+%{NUMERAL:value}(?![\d.,]*\s*(?:%|percent|per\s?cent|points?\b))
example Vinh Long's DTI 2023 score: 0.5893 => score 0.5893 subject~DTI year=2023 province="Vinh Long"
reject Digital technology enterprises: 1,027

# "- Labour training: 5.41, still the weakest", "• Time costs: 7.12
# (unchanged)": a list item that gives a name a bare decimal (two to four
# places, no unit: no share, no money, and never a count) is a score.
pattern score.item_label
kind score
priority 58
regex ^[-•*–]\s*(?<subject_text>(?:\p{L}[\p{L}\p{N}'’&-]*\s+){0,5}\p{L}[\p{L}\p{N}'’&-]*)\s*:\s+%{QUAL:qualifier}?(?<value_num>\d{1,2}\.\d{2,4})(?=\s*(?:[,;(.]|$))
example - Labour training: 5.41, still the province's weakest => score 5.41 subject="Labour training"
example • Time costs: 7.12 (unchanged) => score 7.12 subject="Time costs"
reject - GRDP growth: 7.12%
reject - Population: 1.25 million

# "- 66.84 points: the overall PCI score", "7.12 out of 10 points: time
# costs": a factbox line that gives the score first, then what it scores.
pattern score.figure_label
kind score
needs SCOREWORD
priority 81
regex ^(?:[-•*–]\s*)?%{QUAL:qualifier}?%{NUMERAL:value}(?:\s+out\s+of\s+%{NUMERAL:total})?\s+points?%{LABELSEP}(?:the\s+)?%{SUBJ:subject}
example - 66.84 points: the overall PCI score, up 1.92 points on the year => score 66.84 indicator=PCI
example 7.12 out of 10 points: time costs, the best of the sub-indices => score 7.12/10 subject="time costs"
reject - 66.84%: the share of firms satisfied

# Changes of a score: signed, +0.36 for "up 0.36 points".  Percentage
# points are a percent_change (20-percent.pat), and a score's points that
# say no direction are the score itself (above).
define SCOREVERB (?:up|down|gaining|losing|rising|falling|dropping|increasing|decreasing|improving|increased|increases|increasing|decreased|decreases|rose|rises|risen|rising|fell|falls|fallen|grew|grows|dropped|drops|declined|declines|gained|gains|lost|loses|improved|improves|climbed|slipped|slipping|slips|slid|sliding|dipped|dips|eased|jumped|jumps|jumping|surged|soared|advanced|sank|plunged|tumbled|(?:edged|inched|ticked|crept|moved)\s+(?:up|down)|went\s+up|went\s+down|(?<=,\s)(?:increase|decrease|rise|drop|gain)|(?<=\bto\s)(?:fall|rise|decline|drop|improve|gain|increase|decrease|slip))

# "informal charges was the only sub-index to fall, down 0.38": a sign
# before a bare decimal in a sentence of scores is the score's change; so
# is a change verb before an index's fine decimal ("rose by 0.0836").
pattern score_change.bare
kind score_change
needs SCOREWORD
priority 86
left fallback SUBJB
regex \b(?:(?<sign_sign>up|down)\s+(?:by\s+)?(?<value_num>\d{1,2}\.\d{2,4})|(?<sign_sign>%{SCOREVERB})\s+(?:by\s+)?(?<value_num>0\.\d{2,4}|\d{1,2}\.\d{3,4}))(?![\d.,]*\s*(?:%|percent|per\s?cent|points?\b|places?\b|positions?\b|spots?\b|thousand|million|billion|trillion))(?=\s*(?:[,;.)]|$|\s+(?:from|on|compared|against|over|year)\b))
example Time costs improved to 7.56 points; informal charges was the only sub-index to fall, down 0.38 => score_change -0.38 subject~"informal charges"
example The index value rose by 0.0836 from the previous edition. => score_change 0.0836 subject~"index value"
example Its DTI score fell 0.0213 compared with 2022 => score_change -0.0213 indicator=DTI
reject GRDP rose 7.12% in 2024, up 1.25 from 2023
reject Its DTI score was 0.5466 in 2023, and revenue rose 0.25 trillion

# "- Down 0.47 points: informal charges", "+0.92 points: policy bias": a
# factbox line that gives the change first.
pattern score_change.figure_label
kind score_change
needs SCOREWORD
priority 95
regex ^(?:[-•*–]\s+)?(?:(?<sign_sign>up|down|plus|minus)\s+|(?<sign_sign>[+−]|-(?=\d)))%{NUMERAL:value}\s+points?%{LABELSEP}(?:the\s+)?%{SUBJ:subject}
example - Down 0.47 points: informal charges, the only sub-index that fell => score_change -0.47 subject~"informal charges"
example +0.92 points: policy bias => score_change 0.92 subject="policy bias"
reject - 0.47 points: informal charges

pattern score_change.verb
kind score_change
needs SCOREWORD
needs CHANGEVERB
priority 88
left fallback SUBJB
regex \b(?:(?:was|were|is|are|has|have|had)\s+)?(?:been\s+)?(?<sign_sign>%{SCOREVERB})(?:,\s*by\s+|\s+(?:(?:the\s+)?most\s*,?\s*(?:with|by)\s+|by\s+)?)%{QUAL:qualifier}?%{NUMERAL:value}\s+points?\b
example Ha Giang reached 0.4127 points, increase 0.0935 points compared with 2022 => score_change 0.0935
example Binh Thuan reached 68.06 points, increased 3.67 points compared to 2022 => score_change 3.67
example Transparency fell 1.68 points => score_change -1.68 subject=Transparency
example E-governance went up the most, by 0.58 points, while environmental governance dipped 0.21 points => score_change 0.58 subject=E-governance
example E-governance went up the most, by 0.58 points, while environmental governance dipped 0.21 points => score_change -0.21 subject="environmental governance"
example Land access was the only sub-index to fall, down 0.2 points => score_change -0.2 subject="Land access"
example Market entry: 6.9 points (up 0.16 points) => score_change 0.16 subject~"Market entry"
example its score rose by 1.29 points => score_change 1.29
example Land access was the only one to fall, by 0.11 points => score_change -0.11 subject="Land access"
example the digital society pillar increased the most with 0.0712 points => score_change 0.0712 subject~"digital society"
reject the rate rose 2.5 percentage points

# "Institutional reform rose 1.24 points, administrative procedure reform
# 0.87 points": a further item that leaves out the verb, of its leader's
# direction; the item's name runs up to its figure, and the figure ends it.
pattern score_change.ellipsis
kind score_change
priority 84
follow score_change.verb score_change.ellipsis
regex (?:,\s*(?:and\s+)?|,?\s+and\s+)(?:the\s+)?(?<subject_text>(?:(?!%{SCOREVERB}\b|%{STOPWORD}\b|while\b|whereas\b|but\b)[\p{L}-]+\s+){1,5})(?<!ed\s)%{NUMERAL:value}\s+points?\b(?=\s*(?:[,.;)]|$)|\s+(?:and|while|whereas|but|in|on|respectively)\b)
example Institutional reform rose 1.24 points, administrative procedure reform 0.87 points, while public finance reform fell 0.35 points => score_change 0.87 subject="administrative procedure reform"
example Transparency fell 0.42 points and e-governance 0.18 points => score_change -0.18 subject=e-governance
reject Time costs rose 0.5 points, while informal charges fell 0.3 points
reject Time costs rose 0.84 points and business support services notched 6.40 points

pattern score_change.comparative
kind score_change
needs SCOREWORD
priority 88
regex %{NUMERAL:value}\s+points?\s+(?<sign_sign>higher|lower|more|fewer|less|better|worse|above|below)\b(?!\s+(?:the\s+)?(?:national\s+)?(?:average|median|mean)\b)|\b(?:an?\s+(?:index\s+)?value\s+|score\s+)?(?<value_num>0[.,]\d{2,4})\s+(?<sign_sign>higher|lower)\b
example The score was 0.1545 points higher than in 2020 => score_change 0.1545
example Its score in 2021 was 0.13 points fewer than that in 2020 => score_change -0.13
example so the merged unit's score is 2.14 points above the old Dong Nai => score_change 2.14
example its PAPI total was 1.2 points below 2022 => score_change -1.2
example Its DTI value reached 0.5812, a value 0.0533 higher than in 2023 => score_change 0.0533
reject the rate was 2.5 percentage points higher

pattern score_change.noun
kind score_change
needs SCOREWORD
needs CHANGENOUN
priority 86
regex (?:\ban?\s+)?\b(?<sign_sign>increase|rise|gain|growth|jump|improvement|decrease|decline|drop|fall|reduction|loss)\s+of\s+%{QUAL:qualifier}?%{NUMERAL:value}\s+points?\b
example The PAPI score recorded an increase of 1.2 points => score_change 1.2
example a drop of 0.4 points in transparency => score_change -0.4

# A signed change in points in a parenthesis after what changed: "the
# largest gains in land access (+1.62 points)".
pattern score_change.signed
kind score_change
needs SCOREWORD
priority 88
regex \(\s*(?<sign_sign>[+−-])\s?(?<value_num>\d{1,3}(?:\.\d{1,4})?)\s+points?\s*\)
example the largest gains were in land access (+1.62 points) and informal charges (+0.97 points) => score_change 0.97 subject~"informal charges"
example the largest gains were in land access (+1.62 points) and informal charges (+0.97 points) => score_change 1.62 subject~"land access"
example policy bias (-0.45 points) => score_change -0.45 subject~"policy bias"
reject the province scored 66.2 points (up from 64.9)

# "institutional reform (11.87, +0.48)": the signed change after a score
# in its parenthesis.
pattern score_change.paren_after_score
kind score_change
needs SIGNED
priority 87
regex (?<=\d|\bpoints|\bpoint),\s*(?<sign_sign>[+−-])\s?(?<value_num>\d{1,2}[.,]\d{1,4})(?:\s*points?)?\s*\)
example three improved: direction and administration (9.05 points, +0.62), institutional reform (11.87, +0.48) => score_change 0.48 subject="institutional reform"
example digital government (7.36, −1.15) => score_change -1.15 subject="digital government"

# "Time costs: 7.12, up 0.94 points", "Informal charges: 6.85 (+0.61)":
# a label's decimal score with its change after it.
pattern score.label_change
kind score
needs COLONDEC
needs DIGIT
priority 66
regex ^(?:[-–•*]\s+)?(?<subject_text>\p{L}[^:|]{1,60}?):\s+(?<value_num>\d{1,2}(?:\.\d{2,4}|,\d{2}(?!\d)))(?=,\s+(?:up|down|rising|falling|an?\s+(?:increase|decrease|rise|drop|fall|gain)\s+of)\s+\d|\s*\(\s*[+−-]\s?\d)
example Time costs: 7.12, up 0.94 points => score 7.12 subject="Time costs"
example Informal charges: 6.85 (+0.61) => score 6.85 subject="Informal charges"
reject GRDP growth: 7.12%, up 0.94 points

# "The 1.36-point improvement", "a 0.5-point drop": a change in points
# said as an adjective.
pattern score_change.hyphen
kind score_change
needs SCOREWORD
priority 88
regex (?<![\d.,])(?<value_num>\d{1,2}[.,]\d{1,4})-points?\s+(?<sign_sign>improvement|increase|rise|gain|jump|drop|decline|fall|decrease|loss|reduction)\b
example The 1.36-point improvement came mostly from procedures => score_change 1.36
example a 0.25-point drop in transparency => score_change -0.25

# "raise its DTI score by at least 0.05 points a year": a change in
# points set as a goal.
pattern score_change.raise_by
kind score_change
needs SCOREWORD
needs RAISE
priority 88
regex \b(?<sign_sign>raise|raising|increase|increasing|lift|lifting|boost|boosting|improve|improving|cut|cutting|reduce|reducing)\s+(?:the\s+|its\s+|their\s+)?%{SUBJ:subject}\s+by\s+%{QUAL:qualifier}?%{NUMERAL:value}\s+points?\b
example It aims to raise its DTI score by at least 0.05 points a year => score_change 0.05 qualifier=min target=true

# A change said right after a score, without "points": "DTI value was
# 0.5012, an increase of 0.0624 compared to 2022".
pattern score_change.after_score
kind score_change
priority 86
follow score.subject_first score.scored score.points score.value_of score.label_decimal score.label_change score.out_of score.points_bare
regex ,?\s+(?:an?\s+)?(?:(?<sign_sign>increase|decrease|rise|drop|fall|decline|gain|improvement|reduction)\s+of|(?<sign_sign>up|down|rose|fell|slipped|gained|lost|dropped|climbed|improved|declined|increased|decreased|grew)(?:\s+by)?)\s+%{NUMERAL:value}(?!\s*(?:%|percent\b|per\s?cent\b|points?\b|places?\b|positions?\b))|\s+\(\s*(?<sign_sign>[+−-])\s?(?<value_num>\d{1,3}(?:\.\d{1,4})?)(?:\s+points?)?\s*\)|,\s+(?<sign_sign>[+−])\s?(?<value_num>\d{1,3}[.,]\d{1,4})(?:\s+points?)?(?=\s*(?:[,;.)]|$))
example Time costs: 7.18 points, +0.24 => score_change 0.24 subject~"Time costs"
example Public finance reform, at 8.24 points, slipped 0.37 => score_change -0.37 subject~"Public finance"
example Policy bias: 6.02, down 0.33 => score_change -0.33 subject~"Policy bias"
example Hoa Binh's DTI value was 0.5012, an increase of 0.0624 compared to 2022 => score_change 0.0624 indicator=DTI
example Digital society: 0.6021 (-0.0140), 12th => score_change -0.014 subject~"Digital society"
example Digital economy: 0.4876 (+0.0305) => score_change 0.0305 subject~"Digital economy"
example Business support services: 6.88 points (+0.47) => score_change 0.47 subject~"Business support"
example The city scored 0.6120 out of a possible 1, up 0.0450 on 2023 => score_change 0.045

# "Overall score: 64.29/100 (2022: 65.02)": the figure of an earlier year,
# in parentheses after this year's, is the same measure's.
pattern score.year_before
kind score
needs DIGIT
priority 62
regex \(\s*(?:in\s+)?(?:19|20)\d\d\s*:\s*(?<value_num>\d{1,3}[.,]\d{1,4})(?:\s+points?)?(?:\s*/\s*%{TOTAL:total})?\s*\)
example Overall score: 64.29/100, down 0.73 points (2022: 65.02) => score 65.02 year=2022
example Digital government score: 0.5120 (2023: 0.4870) => score 0.487 year=2023
example DTI score: 0.6581 (2022: 0.6125) => score 0.6125 indicator=DTI year=2022
reject Growth: 7.2% (2022: 6.5%)

# "Digital government: 0.6512 (ranked 9th)": an index value of four
# decimals after a label.
pattern score.label_decimal
kind score
needs DIGIT
priority 61
left subject SUBJ required
regex :\s+(?<value_num>0[.,]\d{3,4})\b(?!\s*(?:%|percent\b|per\s?cent\b))
example In the DTI: digital government: 0.6512 (ranked 9th) => score 0.6512 subject~"digital government"

# A list of component scores after a colon or a comma: "participation at
# local levels 4.51, transparency 5.02 and e-governance 2.27"; each name
# is its score's subject.
pattern score.list_item
kind score
needs SCOREWORD INDEX
priority 63
regex (?:^|[:;,]\s+|\s+and\s+)(?<subject_text>(?![\d(])[\p{L}][\p{L}'’&-]*(?:\s+[\p{L}][\p{L}'’&-]*){0,5}?)\s+(?<value_num>\d{1,2}\.\d{2,5})(?=\s*(?:[,;.]|\s+and\b|\s*\((?!\s*[\d.,]+\s*(?:%|percent|per\s?cent|points?)?\s*\))|$))
example Its technical infrastructure index was 0.5322 (12th), its human resources index 0.7240 (4th) and its ICT application index 0.5847 (10th) => score 0.724 subject~"human resources"
example Son La's scores were as follows: participation at local levels 4.51, transparency 5.02 and e-governance 2.27. => score 5.02 subject~"transparency"
example Son La's scores were as follows: participation at local levels 4.51, transparency 5.02 and e-governance 2.27. => score 2.27 subject~"e-governance"
example Son La's scores were as follows: participation at local levels 4.51, transparency 5.02 and e-governance 2.27. => score 4.51 subject~"participation at local levels"

# An index value: a decimal below one with three or four places, reached
# or stood at, in a sentence about an index ("the sub-index of IT
# application reached 0.4976").

# "followed by Long An (second, 0.6102)": a score after a ranking in
# parentheses is the same item's.
pattern score.paren_after_rank
kind score
needs ORD
priority 71
regex (?<=\p{L})\s+\(\s*%{ORDINAL}\s*,\s*(?<value_num>\d{1,2}[.,]\d{2,4})(?:\s+points?)?\s*\)
example Can Tho topped the regional DTI table, followed by Long An (second, 0.6102) and Dong Thap (third, 0.5871) => score 0.6102 province="Long An"
example Can Tho topped the regional DTI table, followed by Long An (second, 0.6102) and Dong Thap (third, 0.5871) => score 0.5871 province="Dong Thap"

# "public administrative procedures notched 7.21", "Control of corruption
# came in at 6.88, up 0.27 points": a two-decimal figure after a verb of
# scoring, in a sentence of scores, is a score even without "points".
pattern score.verb_decimal
kind score
needs SCOREWORD OUTOF
priority 57
left fallback SUBJB
regex \b(?:notched|notches|scored|scores|came\s+in\s+at|stood\s+at|stands\s+at|hit|registered|posted|logged)\s+%{QUAL:qualifier}?(?<value_num>\d{1,2}\.\d{2})\b(?!\s*(?:%|percent\b|per\s?cent\b|points?\b|places?\b|million\b|billion\b|trillion\b|times\b|-))
example Public service delivery was at 7.46 out of 10, while public administrative procedures notched 7.21. => score 7.21 subject~"administrative procedures"
example Control of corruption in the public sector came in at 6.88, up 0.27 points => score 6.88 subject~"corruption"
reject Exports came in at 21.60 billion, up 2 points of share

pattern score.index_value
kind score
needs INDEX PILLAR
priority 60
regex \b(?:reached|reaching|was|is|were|are|stood\s+at|stands\s+at|hit|achieved|scored|at|from|to)\s+%{QUAL:qualifier}?(?<value_num>0[.,]\d{3,4})\b(?!\s*(?:%|percent\b|per\s?cent\b))
example In the ICT Index, the sub-index of IT application in state agencies reached 0.4976, ranked 22nd => score 0.4976 subject~"IT application"
example In the DTI, Ben Tre's index slid from 0.5501 in 2022 to 0.5466 => score 0.5501 year=2022
example In the DTI, Ben Tre's index slid from 0.5501 in 2022 to 0.5466 => score 0.5466
example The digital economy pillar edged up to 0.3870, still below the national average => score 0.387 subject~"digital economy pillar"
