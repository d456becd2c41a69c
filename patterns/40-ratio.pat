
# "- 99 of 99: communes and wards connected to fibre": a part of a whole
# followed by its label.
pattern ratio.figure_label
kind ratio
needs OUTOF SLASH
priority 63
regex ^(?:[-•*–]\s*)?%{QUAL:qualifier}?(?:(?<value_num>\d{1,3}(?:,\d{3})+|\d{1,6})\s+(?:out\s+of|of)\s+(?:the\s+)?%{TOTAL:total}|%{INT:value}/%{TOTAL:total})%{LABELSEP}%{SUBJ:subject}
example - 99 of 99: communes and wards connected to fibre-optic broadband => ratio 99/99 subject~communes
example 18/21: tasks of the 2025 plan completed => ratio 18/21 subject~tasks
example 9/9 - district-level units running an operations centre => ratio 9/9 subject~"district-level units"
# Ratios: a part of a whole, "11/21 tasks", "5 out of 9 tasks".

# "Communes meeting new-style rural standards totalled 72/101": a ratio
# after the verb of what it counts.
pattern ratio.slash_after
kind ratio
needs SLASH
priority 59
left fallback SUBJB
regex \b(?:totall?ed|totals|reached|reaches|stood\s+at|stands\s+at|numbered|was|were|is|are)\s+%{QUAL:qualifier}?%{INT:value}/(?!(?:19|20)\d\d\b)%{TOTAL:total}(?=\s*(?:[.;,)]|$))
example Communes meeting new-style rural standards totalled 72/101. => ratio 72/101 subject~"communes meeting new-style rural standards"
reject The deadline was 15/12.

pattern ratio.slash
kind ratio
needs SLASH
priority 60
regex %{INT:value}/%{TOTAL:total}\s+(?:of\s+(?:the\s+|its\s+|their\s+)?(?:(?:19|20)\d\d\s+)?)?%{SUBJ:subject}
reject 15/12 tasks were completed
example and 845/1,172 of the procedures are now fully online => ratio 845/1172
example 11/21 tasks of developing digital government have been deployed => ratio 11/21 subject="tasks of developing digital government"
example 11/11 assigned general task groups have been basically implemented => ratio 11/11 subject="assigned general task groups"
example the province had completed 27/28 of its 2024 administrative reform tasks => ratio 27/28 subject~"administrative reform tasks"
example In 2023, the province has 06/10 criteria with increased scores => ratio 6/10 subject~criteria
reject Decision No. 1982/QD-UBND of the Provincial People's Committee
reject On 06/10 the delegation visited the province
reject It was signed on 22/03/2024 in the city
reject the meeting on 22/03 approved 1982/QD-UBND and 83/NQ-CP

pattern ratio.out_of
kind ratio
needs OUTOF CARD
priority 65
regex (?!\d{1,4}\.\d+\s|\d{1,3},\d{1,2}\s)%{COUNTNUM:value}\s+(?:out\s+of|in\s+every|(?<=\d\s)(?:of|in)(?=\s+\d)|(?<=\p{L}\s)(?:of|in)(?=\s+(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)|of\s+(?:the|its|their|all)(?:\s+(?:its|province['’]s|city['’]s|country['’]s))?|of\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}[\p{L}-]+['’]s)\s+%{COUNTNUM:total}\s+%{SUBJ:subject}
example The city completed 7 out of 10 criteria for a smart city => ratio 7/10 subject~criteria
example five out of nine tasks are done => ratio 5/9 subject=tasks
example 19 of the 25 targets set for the year were met => ratio 19/25 subject~targets
reject Son La scored 44.15 out of 80 in the PAPI
example Last year, 8 of the province’s 11 district-level units met the target => ratio 8/11 subject~"district-level units"
example Fibre-optic cable has reached only 5 of Muong Lat district’s 8 communes => ratio 5/8 subject~communes
example The district met 12 of 15 criteria for a new-style rural area => ratio 12/15 subject~criteria
example Three of eight component indices improved => ratio 3/8 subject~"component indices"
example About 9 in 10 respondents said civil servants were courteous => ratio 9/10 subject~respondents
reject one of 10 localities chosen for the pilot

# "Of the 42 tasks assigned to the province, 31 have been completed": the
# part after the whole it is of.
pattern ratio.of_the_whole
kind ratio
needs OUTOF NATIONWIDE
priority 72
regex \b(?:[Oo]f|[Oo]ut\s+of|[Aa]mong)\s+(?:(?:the|its|their|all)\s+)?%{COUNTNUM:total}\s+(?<subject_text>[^,;:]{3,100}?),\s+(?:only\s+|just\s+)?%{QUAL:qualifier}?%{COUNTNUM:value}\s+(?!per\s?cent|percent|times\b)(?:(?:are|is|were|was|have|has|had)\s+(?:now\s+|already\s+|so\s+far\s+)?|(?:now|already)\s+)?(?:been\s+)?\p{Ll}
example Out of 241 communes, 198 have set up community digital technology teams => ratio 198/241 subject~communes
example Among the 129 communes and wards, 112 sign all outgoing documents digitally => ratio 112/129 subject~communes
example Of the eight component indices, three improved => ratio 3/8 subject~"component indices"
example Of 1,964 administrative procedures, 1,187 are now full-process online public services => ratio 1187/1964
reject Among the 13 provinces of the Mekong Delta, Tra Vinh ranked 4th
reject Of the 12 districts, 15 per cent are mountainous
example Of the 36 tasks in the plan, 29 have been completed => ratio 29/36 subject~tasks
example Of the 1,842 administrative procedures, 1,207 are now offered fully online => ratio 1207/1842 subject~procedures
reject Of the 36 tasks in the plan, the province finished most

# "Of the 10 sub-indices, An Giang improved in six": the part last, after
# the verb that says what it did (the sentence, or a label's text, opens
# with the whole).
# "licensed 17 new projects, ... and 11 of the 17 had broken ground": a
# part of a whole counted before, its noun left out.
pattern ratio.of_the_counted
kind ratio
needs OUTOF
priority 71
regex (?<![\p{L}\d.,/-])%{QUAL:qualifier}?%{COUNTNUM:value}\s+of\s+(?:the|these|those)\s+%{COUNTNUM:total}(?=\s+(?:had|have|has|were|are|was|is|now|already|still|will|could|can)\b)
example The province licensed 17 new projects, and 11 of the 17 had broken ground by December => ratio 11/17 subject~projects
reject Of the 17 projects, 11 of the 17 hectares

pattern ratio.of_the_whole_last
kind ratio
needs OUTOF NATIONWIDE
needs CHANGEVERB SCOREWORD
priority 72
regex (?:^|:\s+)(?:[Oo]f|[Oo]ut\s+of|[Aa]mong)\s+(?:(?:the|its|their|all)\s+)?%{COUNTNUM:total}\s+(?<subject_text>[^,;:]{3,60}?),\s+(?:[^,;:.\d]{1,60}?\s)?(?:improved|rose|increased|gained|advanced|declined|fell|dropped|decreased|slipped|scored\s+(?:higher|lower|better|worse)|did\s+(?:better|worse))\s+(?:in|on)\s+(?:only\s+|just\s+)?%{COUNTNUM:value}\b(?!\s*(?:%|per\s?cent|percent|points?|places?))
example Of the 10 sub-indices, Lai Chau improved in seven => ratio 7/10 subject~sub-indices
example Of the eight dimensions, the province scored higher in five => ratio 5/8 subject~dimensions
reject Of the 10 sub-indices, Lai Chau improved in 2024

# "Online public services integrated on the portal: 1,268 of 1,581": a
# label's part of a whole.
pattern ratio.label_of
kind ratio
needs OUTOF
priority 62
left subject SUBJ required
regex :\s+%{QUAL:qualifier}?(?<value_num>\d{1,3}(?:,\d{3})+|\d{1,6})\s+(?:out\s+of|of)\s+(?:the\s+)?%{TOTAL:total}(?=\s*(?:[.;,)]|$))
example Online public services integrated on the national portal: 1,268 of 1,581. => ratio 1268/1581 subject~"Online public services"
example Communes meeting new-style rural standards: 98 out of 125 => ratio 98/125 subject~communes
