
# "the number of full-process services rises from 1,148 at present to
# 1,650": the count it starts from, then (count.number_of_to) the count
# it reaches, both of what "number of" names.
pattern count.number_of_from
kind count
needs NUMBER
needs FROM
priority 72
regex \bnumber\s+of\s+%{SUBJ:subject}(?<!\brises|\brose|\brising|\brisen|\bincrease|\bincreased|\bincreasing|\bgrow|\bgrows|\bgrew|\bgrowing|\bgrown|\bjumped|\bclimbed|\bwent|\bgoes|\bgo|\bfell|\bfall|\bfalls|\bdecrease|\bdecreased|\bdropped|\bdeclined|\braised|\bcut)(?:\s+(?:will\s+|would\s+|is\s+to\s+|is\s+expected\s+to\s+)?(?:rises?|rose|rising|risen|increased?|increasing|grows?|grew|growing|grown|jumped|climbed|went|goes|go|fell|falls?|decreased?|dropped|declined|was\s+(?:raised|increased|cut)))?\s+from\s+%{QUAL:qualifier}?%{COUNTNUM:value}(?![\d.,]*\s*(?:%|percent\b|per\s?cent\b|points?\b|places?\b|th\b|st\b|nd\b|rd\b))(?=(?:\s+(?:in\s+(?:19|20)\d\d|at\s+present|now|currently|today|last\s+year))?,?\s+to\s)
example the number of full-process online public services rises from 1,148 at present to at least 1,650 => count 1148 subject~"full-process online public services"
example The province raised the number of digital technology firms from 210 to 318 => count 210 subject~"digital technology firms"
example The number of online public services increased from 1,200 in 2023 to 1,650 in 2024 => count 1200 year=2023
reject The number of tourists rose from 12% to 15%

pattern count.number_of_to
kind count
priority 72
follow count.number_of_from
regex (?:\s+(?:in\s+(?:19|20)\d\d|at\s+present|now|currently|today|last\s+year))?,?\s+to\s+%{QUAL:qualifier}?%{COUNTNUM:value}(?![\d.,]*\s*(?:%|percent\b|per\s?cent\b|points?\b|places?\b))
example the number of full-process online public services rises from 1,148 at present to at least 1,650 => count 1650 qualifier=min subject~"full-process online public services"
example The number of online public services increased from 1,200 in 2023 to 1,650 in 2024 => count 1650 year=2024
example The province raised the number of digital technology firms from 210 to 318 => count 318 subject~"digital technology firms"
# Counts: a number and what it counts.

pattern count.number_of
kind count
needs DIGIT CARD
needs NUMBER
priority 70
regex \b(?:the\s+)?(?:total\s+)?number\s+of\s+%{SUBJ:subject}(?:\s+in\s+(?:19|20)\d\d)?\s+%{LINKVERB}\s+%{QUAL:qualifier}?%{COUNTNUM:value}(?![\d.,]*\s*(?:%|percent\b|per\s?cent\b))
example the number of mobile phone subscribers using smartphones is more than 850,000 subscribers => count 850000 qualifier=min subject="mobile phone subscribers using smartphones"
example The total number of online records reached 1.2 million => count 1200000
example The number of cashless transactions in 2023 was 40,913 => count 40913 subject="cashless transactions" year=2023
reject the number of adults with a bank account accounted for 71,40%
example Number of full online public services is 1,054 services => count 1054 subject="full online public services"
example Number of electronic identification accounts level 2 activated is 612.340 accounts => count 612340 subject~"electronic identification accounts"

pattern count.noun
kind count
needs DIGIT CARD
priority 50
regex %{COUNTNUM:value}\s+(?!(?:of|per|times|fold|thousand|million|billion|trillion|in|on|at|by|for|to|from|with|and|or|as|than|compared)\b|\([^()]*\d)%{SUBJ:subject}
reject Air passengers reached 2.1 million (+14.5%) in the first half
example The province has provided 647 partially online public services and 1,081 fully online public services => count 1081 subject="fully online public services"
example more than 48 thousand online applications were received => count 48000 qualifier=min subject="online applications"
example In which sixty specific tasks are proposed => count 60 subject="specific tasks"
example Three pillars comprise the provincial DTI structure => count 3 subject~pillars indicator=DTI
example 100 communes and 715 villages have established teams with 4,327 members => count 4327 subject=members
example 100 communes and 715 villages have established teams with 4,327 members => count 100 subject=communes
example nearly 250 online payment procedures were integrated => count 250 qualifier=approx
example the province has 285,394 electronic identification records, of which 189,631 accounts have been activated => count 189631 subject=accounts
example It plans to train up to 500 firms by 2025 => count 500 qualifier=max target=true year=2025
example In 2024 alone, the committee will organize 19 training courses => count 19 year=2024 target=false
reject the plan to 2030 was approved by the council
reject It is one of the first localities to do so
reject Quang Tri ranked 26th out of 63 provinces and cities
reject In 2023 the province grew quickly
example Mr. Vi Van Son, Ban 2 village, Muong Lat district, said the service helps him => none

pattern count.of_which
kind count
needs OFPRON
priority 72
regex (?:\b(?:of\s+(?<subject_text>which|whom|them|these|those)|in\s+(?<subject_text>which))\s+%{QUAL:qualifier}?%{COUNTNUM:value}(?=\s+(?:are|were|is|was|have|has|had)\b)|\bof\s+which\s+(?<subject_text>(?!(?:are|were|is|was|have|has|had|about|nearly|over|more|some|only|just|around)\b)[\p{L}-]+(?:\s+(?!(?:are|were|is|was|have|has|had)\b)[\p{L}-]+){0,3})\s+%{QUAL:qualifier}?%{COUNTNUM:value}(?=\s*(?:[;,.)]|$)))
example The province has provided 1,146 online public services, in which 462 are full-process online public services => count 462 subject~full-process
example The province has 1,706 online public services, of which full-process 1,045; records filed online 89 => count 1045 subject~full-process
example The province now provides 1,685 online public services, of which more than 900 are full-process services => count 900 qualifier=min subject="full-process services"
example Binh Phuoc currently offers 1,863 online public services, of which 1,004 are fully online => count 1004 subject="online public services fully online"
example the system received 412,380 records, of which 2,150 were overdue => count 2150 subject="records overdue"
example The city welcomed 2.3 million visitors, of whom 650,000 were foreigners => count 650000 subject~foreigners

pattern count.of_them
kind count
needs OFPRON
priority 60
regex %{COUNTNUM:value}\s+of\s+(?<subject_text>them|these|those|which|whom)\b
example The portal received 62,000 applications. Nearly 51 thousand of them were paid online => count 51000 qualifier=approx
example the province reviewed 147 administrative procedures and proposed simplifying 52 of them => count 52 subject~"administrative procedures"
example the province provides 1,816 online public services, 1,033 of which are full-process services => count 1033 subject="full-process services"

pattern count.subject_first
kind count
needs DIGIT CARD
needs COUNTVERB
priority 45
left subject SUBJB required
regex \b(?:numbered|number|totall?ed|totals|reached|stood\s+at|stands\s+at|amounted\s+to|hit|was|were|is|are)\s+%{QUAL:qualifier}?%{COUNTNUM:value}(?![\d.,]*\s*(?:%|percent|per\s?cent|points?\b|places?\b|positions?\b))|,\s+at\s+%{QUAL:qualifier}?(?=\d{1,3}(?:,\d{3})*(?:\s+(?:thousand|million))?,)%{COUNTNUM:value},
example while new enterprises, at 1,860, fell below plan => count 1860 subject="new enterprises"
reject the DTI, at 0.5236, rose
example Fee payments made online numbered about 140 thousand, up 56.2% on 2021 => count 140000 qualifier=approx subject="Fee payments made online"
example Digital technology firms totalled 1,250 in 2024 => count 1250 year=2024 subject="Digital technology firms"
reject The rate of online payment reached 45%

pattern count.compared
kind count
priority 60
follow count.noun count.subject_first count.number_of count.compared
regex (?:,?\s+(?:compared\s+(?:with|to)|up\s+from|down\s+from|against|versus|vs\.?)|,\s*|,?\s+and)\s+%{QUAL:qualifier}?%{COUNTNUM:value}(?:\s+in\s+(?<fallback_text>(?-i:\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,3})))(?=[\s,.;]|$)
example Only 1,140 businesses in the province sell on e-commerce platforms, against 3,900 in Kien Giang and 2,650 in Ben Tre => count 2650 province="Ben Tre" subject~businesses
example Only 1,140 businesses in the province sell on e-commerce platforms, against 3,900 in Kien Giang and 2,650 in Ben Tre => count 3900 province="Kien Giang"

# "325 digital technology enterprises, up from 280 in 2023": the count it
# grew from, of the same thing.
pattern count.up_from
kind count
priority 60
follow count.noun count.subject_first count.number_of count.label count.figure_label
regex ,?\s+(?:up|down|rising|falling|increasing|decreasing|growing)\s+from\s+%{QUAL:qualifier}?(?!(?:19|20)\d\d\b)%{COUNTNUM:value}(?![\d.,]*\s*(?:%|percent\b|per\s?cent\b|points?\b|places?\b|th\b|st\b|nd\b|rd\b))(?!\s+(?:[\p{L}-]+\s+){0,2}(?:per\s?cent|percent))
example The province now has 325 digital technology enterprises, up from 280 in 2023 => count 280 subject~"digital technology enterprises" year=2023
example Online services: 1,146, up from 1,020 last year => count 1020 subject~"Online services"
reject The province now has 325 digital technology enterprises, up from 12% in 2023
reject Ha Tinh has 63 communes and wards, up from 2023.

# "Tourist arrivals rose 18% to 1.2 million", "enterprises fell 8.5 per
# cent to 512": the level a change reached, a count of what changed (a
# scale word, or a whole number that no unit or word follows, tells it
# from a year or a share).
pattern count.after_change
kind count
priority 60
follow percent.change.verb
regex (?:\s+(?:in|during|over)\s+(?:the\s+)?[^,;:()]{1,35}?)?\s+to\s+%{QUAL:qualifier}?(?:(?=\d[\d,.]*\s*(?:thousand|million|billion|mln|mn)\b(?!\s*(?:VND|USD|dong|đồng|dollars?|US)))%{COUNTNUM:value}|(?<value_num>(?!(?:19[5-9]\d|20[0-4]\d)(?![\d,.]))(?<![\p{L}\d.,/-])(?:\d{1,3}(?:,\d{3})+|\d+))(?![\d.,]*(?:\s*(?:%|percent\b|per\s?cent\b|points?\b|places?\b|positions?\b|times\b|thousand\b|million\b|billion\b|trillion\b)|[\p{L}\d/]|\.\d)))
example Tourist arrivals to the province rose 18% to 1.2 million in the first nine months => count 1200000 subject~"Tourist arrivals"
example Newly established enterprises fell 8.5 per cent to 512 => count 512 subject~enterprises
example e-wallet transactions rose 36% in the first half to 8.2 million => count 8200000 subject~"e-wallet transactions"
example Registered cooperatives rose 12% to 1,250 in 2024 => count 1250 subject~cooperatives year=2024
reject Exports rose 18% to 2025 levels

# "certified 6 new enterprises in October, bringing the total to 47": the
# new total, of what the count before it counts (a follower of that count).
pattern count.total_to
kind count
priority 60
follow count.noun count.subject_first count.number_of
regex [^.;:\d]{0,40}?,?\s+(?:bringing|raising|taking|lifting|pushing|brought|raised|took|lifted|pushed)\s+(?<subject_text>(?:the|its|their)\s+total)(?:\s+(?:number|count))?\s+to\s+%{QUAL:qualifier}?%{COUNTNUM:value}(?!\s*(?:%|per\s?cent|percent|VND|USD|dong|\$|[.,]\d))
example The department certified 6 new science and technology enterprises in October, bringing the total to 47 => count 47 subject~"science and technology enterprises"
reject Revenue rose 12%, bringing the total to VND 5 trillion

pattern count.label
kind count
needs DIGIT CARD
priority 56
left subject SUBJ required
regex (?<!\b\p{L}):\s+%{QUAL:qualifier}?%{COUNTNUM:value}(?![\d.,]*\s*(?:%|percent|per\s?cent))
reject A: About 785,000 residents have VNeID accounts
example Digital technology enterprises: 1,027 => count 1027 subject="Digital technology enterprises"
example Fully online public services: 1,342, up 9.5% compared with 2022 => count 1342 subject="Fully online public services"
reject Households with fiber-optic broadband: 95.1%

# "Digital technology enterprises: 274 (2022: 198)": the figure of an
# earlier year, set in parentheses after this year's, counts the same.
pattern count.paren_year
kind count
needs DIGIT CARD
priority 57
regex (?<=[\d%])\s*\(\s*(?:19|20)\d\d\s*:\s*%{COUNTNUM:value}\s*\)
example Digital technology enterprises: 274 (2022: 198) => count 198 subject="Digital technology enterprises" year=2022
reject Digital technology enterprises: 274 (Decree 13: 2023)

# "- 2,417: commune-level officials trained in digital skills": a list of
# figures each followed by its label, the label after the colon.
pattern count.figure_label
kind count
needs DIGIT CARD
priority 57
regex ^(?:[-•*–]\s*)?%{QUAL:qualifier}?%{COUNTNUM:value}%{LABELSEP}%{SUBJ:subject}
example - 2,417: commune-level officials trained in digital skills since 2024 => count 2417 subject~officials
example 1,146: fully online public services listed on the portal => count 1146 subject~"fully online public services"
example 1,237 - public services now available fully online, up from 946 => count 1237 subject~"public services"
reject - 97.3%: share of dossiers settled on time
reject 2024: a year of change for the province

# "The number of tourists to the province increased sharply, estimated at
# 7.8 million", "brings the total number of effective FDI projects to 150":
# the count the clause's "number of X" leads to.
pattern count.number_of_later
kind count
needs NUMBER
priority 66
regex \bthe\s+(?:total\s+)?number\s+of\s+%{SUBJ:subject}[^.;%\d]{0,80}?\b(?:at|to|of|was|is|were|are|reached|reaching|hit|totalled|totaled)\s+%{QUAL:qualifier}?%{COUNTNUM:value}(?![\d.,]*\s*(?:%|percent\b|per\s?cent\b|points?\b|places?\b))
example The number of tourists to the province increased sharply, estimated at 7.8 million, up 8% over the same period => count 7800000 subject~tourists
example This brings the total number of effective FDI projects in the province to 150 with total capital of more than $14.6 billion => count 150 subject~"FDI projects"

# "a population of about 3.58 million": what "of" counts is the noun
# before it.
pattern count.population_of
kind count
needs POPULATION
needs DIGIT CARD
priority 62
regex \b(?<subject_text>population|workforce|labou?r\s+force|membership)\s+of\s+%{QUAL:qualifier}?%{COUNTNUM:value}(?![\d.,]*\s*(?:%|percent\b|per\s?cent\b))
example The new province has 135 commune-level units and a population of about 3.58 million => count 3580000 qualifier=approx subject=population

# "The number of newly established businesses rose 12.5% to 4,870": the
# count a change arrives at.
pattern count.number_of_change
kind count
needs NUMBER
priority 71
regex \bthe\s+(?:total\s+)?number\s+of\s+%{SUBJ:subject}\s+(?:rose|increased|grew|jumped|climbed|fell|decreased|dropped|declined|was\s+up|was\s+down)\s+(?:by\s+)?[\d.,]+\s*(?:%|percent|per\s?cent),?\s+to\s+%{QUAL:qualifier}?%{COUNTNUM:value}(?![\d.,]*\s*(?:%|percent\b|per\s?cent\b))
example The number of newly established businesses rose 9.4% to 2,315 => count 2315 subject~businesses
example In Q3, the number of new businesses rose 12%, to 412 => count 412 subject~businesses

