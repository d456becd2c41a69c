# Percentages.  A change ("a 56% increase", "up 12%") is percent_change;
# a share is percent, with its subject before or after the number.

# What a change noun is about: "revenue recorded a growth of 21%".
define CHANGED (?<left>\b(?:recorded|saw|posted|registered|reported|achieved|experienced|witnessed|showed|had))\s+

# "1.94 million visitors (+22%)", "US$286.4 million (-4.5%)": a signed
# percentage is a change, of what the figure before it measures.
pattern percent.change.signed
kind percent_change
needs SIGNED
needs PCT
priority 84
regex (?:\(\s*(?<sign_sign>[+−-])\s?|(?<![\p{L}\d.,%)])(?<=\s)(?<sign_sign>[+−-]))(?<value_num>\d{1,3}(?:[.,]\d{1,3})?)\s?(?:%|percent\b|per\s?cent\b)
example The province welcomed 1.94 million visitors (+22%), including international arrivals => percent_change 22 subject~visitors
example Export turnover was US$286.4 million (-4.5%) and imports fell => percent_change -4.5 subject~"Export turnover"
example Retail sales: VND 41,200 billion, +11.3% on-year => percent_change 11.3
reject The rate rose from 10-12% to 14%
reject - 98.6% of dossiers were settled on time

pattern percent.change.noun
left fallback SUBJB
kind percent_change
needs PCT
needs CHANGENOUN
priority 85
regex (?:%{CHANGED})?(?:\ban?\s+)?%{NUMERAL:value:pct}%{PCTSIGN}\s+(?<fallback_text>(?<sign_sign>increase|rise|growth|jump|gain|hike|decrease|decline|drop|reduction|fall)(?:\s+(?:from|over|compared\s+(?:to|with)|on)\s+(?:the\s+)?(?:previous|last|same|prior)\s+(?:year|period|quarter|month))?)
example more than 48 thousand applications, a 56% increase from the previous year => percent_change 56 subject=applications
example Online payment transactions: 126,500, a 64% increase => percent_change 64 subject="Online payment transactions"
example there was a 20 percent rise over the previous year => percent_change 20 subject~"rise over the previous year"
example revenue saw a 12 percent decline => percent_change -12 subject=revenue
reject a 56-place increase in the ranking

# "Bac Giang expanded its GRDP by 13.45%": the verb's object changed.
pattern percent.change.object
kind percent_change
needs PCT
needs CHANGEVERB
priority 84
regex \b(?<sign_sign>expanded|increased|raised|grew|boosted|lifted|cut|reduced|lowered)\s+(?:its|their|the|his|her|our)\s+(?<subject_text>(?:[\p{L}-]+|\([^()]{1,20}\))(?:\s+(?:[\p{L}-]+|\([^()]{1,20}\))){0,7}?)\s+by\s+%{QUAL:qualifier}?%{NUMERAL:value:pct}%{PCTSIGN}
example Bac Giang expanded its gross regional domestic product (GRDP) by 13.45% in 2023 => percent_change 13.45 subject~GRDP year=2023

pattern percent.change.verb
kind percent_change
needs PCT
needs CHANGEVERB
priority 85
left subject SUBJB
regex \b(?:(?:was|were|is|are|has|have|had)\s+)?(?:been\s+)?(?:(?:projected|forecast|expected|estimated|set|targeted|planned|likely|required|needed)\s+to\s+|(?:must|will|should|would|shall|can|could|may|to)\s+)?(?<sign_sign>(?<!\bmade\s)(?<!\bmakes\s)(?<!\bmake\s)up|down|increased|decreased|rose|fell|grew|dropped|declined|contracted|shrank|shrunk|narrowed|dipped|slumped|plummeted|tumbled|expanded|jumped|climbed|surged|soared|plunged|sank|sunk|leapfrogged|vaulted|went\s+up|went\s+down|(?<=must\s|will\s|should\s|would\s|shall\s|to\s|can\s|may\s)(?:grow|expand|increase|rise|decrease|decline|drop|fall|shrink|contract))\s+(?:by\s+)?%{QUAL:qualifier}?%{NUMERAL:value:pct}%{PCTSIGN}(?!\s+of\b)
example the economy must expand by at least 14.5% in the fourth quarter, he said => percent_change 14.5 subject~economy qualifier=min
example Budget spending will decline by 3% next year => percent_change -3 subject~"budget spending"
example Exports sank 5.2% to US$1.1 billion => percent_change -5.2 subject~Exports
example Visitors rose 41pc year-on-year => percent_change 41 subject~Visitors
example the Gross Regional Domestic Product (GRDP) for 2024 is projected to grow by 9% => percent_change 9 subject~GRDP
example Of this, nearly $5 billion was capital from foreign direct investment, up by nearly 7 per cent from 2023 => percent_change 7 subject~"foreign direct investment" qualifier=approx
example The province's GRDP expanded by an estimated 7.45 per cent, lower than the target of 8 per cent => percent_change 7.45 subject~GRDP
example Export turnover reached US$1.57 billion, equal to 49% of the plan and up 12.8% over the same period => percent_change 12.8 subject~"Export turnover"
example cashless transactions were up 12% year-on-year => percent_change 12 subject="cashless transactions"
example Paper records submitted at one-stop shops were down 8%. => percent_change -8 subject~"paper records"
example the number of cashless payments in the province jumped 35 percent in 2023 => percent_change 35 subject~"cashless payments" year=2023
example the portal received 186 thousand online applications, up 42% year-on-year => percent_change 42 subject="online applications"
reject overdue records made up under 2.4% of the total
example the number of paper records fell by 8 percent => percent_change -8
example online applications increased by more than 30% => percent_change 30 qualifier=min
reject the rate increased to 85%

pattern percent.change.rate
left fallback SUBJB
kind percent_change
needs PCT
needs CHANGENOUN
priority 80
regex \b(?:growth|increase)\s+rate\s+of\s+%{SUBJ:subject}\s+%{LINKVERB}\s+%{QUAL:qualifier}?%{NUMERAL:value:pct}%{PCTSIGN}|(?:%{CHANGED}(?:an?\s+)?)?\b(?<sign_sign>growth|increase|rise|decrease|decline|drop|reduction|fall)\s+of\s+%{QUAL:qualifier}?%{NUMERAL:value:pct}%{PCTSIGN}(?:\s+in\s+%{SUBJSHORT:subject})?
example For 2025, the province sets the target of GRDP growth of 8.5% => percent_change 8.5 subject~"GRDP growth" target=true
example the growth rate of online public service use was 12.5% => percent_change 12.5 subject="online public service use"
example revenue recorded a growth of 21% over 2022 => percent_change 21 subject=revenue
example a decrease of 8 percent in paper records => percent_change -8 subject="paper records"

pattern percent.change.cut
kind percent_change
needs PCT
needs RAISE
priority 82
regex \b(?<sign_sign>cut|cutting|reduce|reducing|reduced|lower|lowering|raise|raising|boost|boosting|shorten|shortened|shortening)\s+(?:the\s+)?%{SUBJ:subject}(?:\s+of\s+[\d.,]+\s+%{SUBJSHORT})?\s+by\s+(?:an\s+average\s+of\s+|on\s+average\s+|about\s+|around\s+)?%{QUAL:qualifier}?%{NUMERAL:value:pct}%{PCTSIGN}
example The province aims to cut the processing time of administrative procedures by an average of 30% => percent_change -30 target=true
example The goal is to cut the time needed to process administrative procedures by 30% compared with 2024 => percent_change -30 subject~"time needed" target=true
example the province will raise the share of cashless payments by 10 percent => percent_change 10
example in 2020 the province cut the processing time of 1,340 administrative procedures by an average of 30 per cent => percent_change -30 subject~"processing time"

pattern percent.raise_to
kind percent
needs PCT
needs RAISE
priority 70
regex \b(?:raise|raising|increase|increasing|lift|lifting|bring|bringing|push|pushing|boost|boosting|keep|keeping|maintain|maintaining|hold|holding)\s+(?:the\s+)?%{SUBJ:subject}\s+(?:to|at|(?<qualifier_qual>above|over|below|under))\s+%{QUAL:qualifier}?%{NUMERAL:value:pct}%{PCTSIGN}
example the province strives to raise the online filing rate to 70 per cent => percent 70 subject~"online filing rate" target=true
example Ha Nam strives to keep satisfaction in the SIPAS above 85% => percent 85 qualifier=min subject~satisfaction target=true

pattern percent.went_to
kind percent
needs PCT
needs WENT
priority 66
regex %{NUMERAL:value:pct}%{PCTSIGN}\s+(?:went|goes|go|was\s+spent|were\s+spent|was\s+allocated|is\s+allocated|will\s+go)\s+(?:to|on|for)\s+(?:the\s+)?%{SUBJ:subject}
example the province set aside VND 86 billion in 2023, of which 34.5% went to data infrastructure => percent 34.5 subject="data infrastructure" year=2023

pattern percent.rate
kind percent
needs PCT
needs RATEWORD
priority 75
regex (?:\bthe\s+)?\b(?:rate|proportion|percentage|share|ratio)\s+of\s+%{SUBJ:subject}\s+%{LINKVERB}\s+%{QUAL:qualifier}?%{NUMERAL:value:pct}%{PCTSIGN}
example the rate of Internet users (fixed and mobile) is 103.97% => percent 103.97 subject="Internet users (fixed and mobile)"
example The rate of households with fixed broadband is 80.47% => percent 80.47 subject="households with fixed broadband"
example By the end of 2025, the rate of documents signed digitally will reach 95% => percent 95 target=true year=2025 subject="documents signed digitally"
example He stressed that the rate of records processed online must achieve at least 80% by the end of 2024 => percent 80 qualifier=min target=true year=2024
example The rate of population covered by mobile (2G, 3G, 4G) reached 100% => percent 100 subject~population
example the proportion of adults with a digital signature reached over 45,61% => percent 45.61 qualifier=min

pattern percent.accounted
kind percent
needs PCT
needs ACCOUNT
priority 65
left subject SUBJB required
regex \b(?:(?:will|would|must|should|is\s+expected\s+to)\s+)?(?:now\s+)?(?:accounted|accounts|account|accounting|made\s+up|makes\s+up|make\s+up|making\s+up|represented|represents|represent|representing|contributed|contributes|contribute|contributing|comprised|comprises|comprising|worth(?=\s+(?:an\s+estimated\s+|about\s+|around\s+)?[^\s]*\d[\d.,]*\s*(?:%|percent|per\s?cent)\s+of\b))\s+(?:for\s+)?(?:an\s+estimated\s+|about\s+|around\s+)?%{QUAL:qualifier}?%{NUMERAL:value:pct}%{PCTSIGN}
example The digital economy accounted for 11.2% of the province's GRDP in 2023 => percent 11.2 subject="digital economy" year=2023
example Our goal is that by 2030, the digital economy will account for 30% of GRDP => percent 30 subject="digital economy" year=2030 target=true
example The digital economy contributes an estimated 19.6 percent of the enlarged province's GRDP => percent 19.6 subject~"digital economy"
example More than 23,000 digital signatures were issued, and Nha Trang city accounted for 41% of them => percent 41 subject~"Nha Trang"
example Exports rose 14.8% on-year, with seafood accounting for 42% of the total => percent 42 subject~seafood
example The province aims for the top 20, with the digital economy making up 20% of GRDP => percent 20 subject~"digital economy"
example It wants a digital economy worth 30% of GRDP by 2030 => percent 30 subject~"digital economy" target=true

# "The digital economy should reach 10% of GRDP": a share of the economy
# is of what reaches it, not of the economy.
pattern percent.share_of_output
kind percent
needs PCT
needs ACCOUNT
priority 64
left subject SUBJB required
regex \b(?:(?:will|would|must|should|to|is\s+expected\s+to|are\s+expected\s+to)\s+)?(?:reach|reaches|reached|reaching|hit|hits|achieve|achieves|achieved|exceed|exceeds|exceeded|be|is|was|stand\s+at|stands\s+at|stood\s+at)\s+(?:an\s+estimated\s+|about\s+|around\s+)?%{QUAL:qualifier}?%{NUMERAL:value:pct}%{PCTSIGN}(?=\s+of\s+(?:the\s+)?(?:(?:province|city|country|nation|region)['’]s\s+|provincial\s+|national\s+|total\s+)?(?:GRDP|GDP)\b)
example The digital economy should reach 10% of GRDP by 2025 => percent 10 subject="digital economy" target=true
example the ministry expects the digital economy to reach 20% of GDP by the end of this year => percent 20 subject~"digital economy"
example In 2024 the digital economy was 8.2% of the province's GRDP => percent 8.2 subject~"digital economy"
reject the digital economy reached 10% growth

# "against a national average of 24.9 percent": the average is what the
# figure measures, not what the sentence said before it.
pattern percent.average_of
kind percent
needs PCT
needs NATIONWIDE
priority 66
regex \b(?<subject_text>(?:national|nationwide|regional|country['’]s|nation['’]s)\s+(?:average|median|mean|figure|rate))\s+(?:of|at|was|is|stood\s+at)\s+(?:only\s+|just\s+)?%{QUAL:qualifier}?%{NUMERAL:value:pct}%{PCTSIGN}
example Only 30.2 percent of people used the portal, against a national average of 27.5 percent => percent 27.5 subject="national average" province=null
example The regional average was 61.3% => percent 61.3 subject="regional average"
example It contributed 7.2% of GRDP last year, against a national figure of around 18.3% => percent 18.3 qualifier=approx subject="national figure" province=null

pattern percent.rate_value
kind percent
needs PCT
needs RATEWORD
priority 62
regex (?<subject_text>(?<![\p{L}-])(?:(?!(?:must|will|should|to|achieve|reach|and|or)\b)[\p{L}-]+\s+){1,4}(?:rate|coverage|ratio|proportion|share))\s+of\s+%{QUAL:qualifier}?%{NUMERAL:value:pct}%{PCTSIGN}
example The textile industry is a bright spot of the economy, with an estimated growth rate of 23.05% => percent_change 23.05 subject~"textile industry"
example The province received 5,000 applications online, a rate of 62% => percent 62 subject~"applications online"
example every commune and ward must achieve an online application rate of at least 80% by December 2025 => percent 80 qualifier=min subject~"online application rate" target=true year=2025
reject the rate of records processed online reached 60%

# "ninety per cent of adults paying without cash": a share in words.
pattern percent.words_of
kind percent
needs PCT
needs CARD
priority 60
regex (?<![\p{L}\d-])(?=\p{L})%{COUNTNUM:value}\s+(?:per\s?cent|percent)\s+of\s+(?:the\s+|its\s+|their\s+)?%{SUBJ:subject}
example with ninety per cent of adults paying without cash => percent 90 subject~adults
example Sixty percent of the households now shop online => percent 60 subject~households

pattern percent.of
kind percent
needs PCT
priority 60
regex %{NUMERAL:value:pct}%{PCTSIGN}\s+of\s+(?:(?:the|its)\s+(?:(?!of\b)[\p{L}-]+\s+){0,2}?(?:province|city|country|nation|region|district|unit|locality)['’]s\s+(?:[\d,]+\s+)?|(?:the\s+|its\s+|their\s+)?\d[\d.,]*(?:\s+(?:thousand|million))?\s+)?(?:%{SUBJ:subject}|(?<subject_text>which|them|these|those)\b)
example The committee urged faster disbursement of public investment capital, which reached only 41.5% of the plan => percent 41.5 subject~"public investment capital"
example Last year, 64.5% of residents aged 15 and over in the district had a bank account => percent 64.5 subject~"bank account"
example 100% of the province's 109 communes, wards and towns are now covered by 4G => percent 100 subject~communes
example In the first half, 71.3% of the 52,000 administrative dossiers were filed online => percent 71.3 subject~"administrative dossiers"
example Some 58% of its 1.2 million residents use e-wallets => percent 58 subject~residents
example Budget revenue reached VND 8,066 billion, equal to 45% of the annual estimate => percent 45 subject~"Budget revenue" subject~"annual estimate"
example To date, 92.7% of households have a smartphone => percent 92.7 subject="households have a smartphone"
example the portal handled 1.46 million records, 90.2% of which were submitted online => percent 90.2 subject="records submitted online"
example Fibre-optic broadband reaches 100 percent of communes, and the rate of households with a smartphone is 86.5% => percent 100 subject~communes
example 100% of departments, branches and localities have arranged staff => percent 100 subject~"departments, branches and localities"
example more than 90% of directive and administrative documents are updated => percent 90 qualifier=min subject~"directive and administrative documents"
example Up to now, 100% of administrative procedures are online => percent 100 qualifier=exact
example by 2022, 100 percent of state agencies at the provincial, district, and commune levels will implement the software => percent 100 year=2022 subject="state agencies at the provincial, district, and commune levels"
example Lam Dong aims to have 80 per cent of adults using e-wallets by 2025 => percent 80 target=true year=2025 province="Lam Dong"
example By 2030, at least 80% of administrative procedures should be handled without paper => percent 80 qualifier=min target=true year=2030

pattern percent.subject_first
kind percent
needs PCT
priority 55
left subject SUBJB required
regex \b%{LINKVERB}\s+%{QUAL:qualifier}?%{NUMERAL:value:pct}%{PCTSIGN}(?!\s+(?!(?:by|in|on|at|for|to|from|with|as|than|compared|during|since|until|over|year|and|or|of|respectively|while|but|which|this|that|the|a|an|up|down|higher|lower|more|less|year-on-year|nationwide)\b)\p{L})
example Online submission should reach between 65 and 70 percent by the end of the year => percent 65 qualifier=min subject~"Online submission"
example Online submission should reach between 65 and 70 percent by the end of the year => percent 70 qualifier=max subject~"Online submission"
example Exports were 12% lower than a year earlier => percent_change -12
example The rate reached 85%, higher than the national average => percent 85
example Processing documents on the network environment in provincial level reached 99% => percent 99 subject~"provincial level"
example mobile coverage in mountain communes stood at 97.2% => percent 97.2 subject="mobile coverage in mountain communes"
example The poverty rate is targeted at 1.5% this year => percent 1.5 subject="poverty rate" target=true
example mountainous districts such as Tanh Linh, where the rate was only 54% => percent 54 subject~rate

pattern percent.list_item
kind percent
follow percent.subject_first percent.rate
regex ,?\s*(?:and\s+)?%{SUBJSHORT:subject}\s+%{QUAL:qualifier}?%{NUMERAL:value:pct}%{PCTSIGN}
example Processing documents in provincial level reached 99%, district level 85.3%, and commune level over 65.3% => percent 65.3 qualifier=min subject="commune level"
example Processing documents in provincial level reached 99%, district level 85.3%, and commune level over 65.3% => percent 85.3 subject="district level"

# "A and B followed in 6th and 11th place, with 90.12 percent and 88.47
# percent respectively": the places are the ranking's, just before.
pattern percent.respectively_after_ranks
kind percent
follow rank.respectively
priority 91
regex ,\s+with\s+(?<values_list>%{NUMERAL}%{PCTSIGN}(?:(?:,\s*|,?\s+and\s+)%{NUMERAL}%{PCTSIGN})+)\s*,?\s+respectively
example Bac Ninh and Bac Giang followed in 6th and 11th place, with 90.12 percent and 88.47 percent respectively => percent 88.47 province="Bac Giang" subject~"Bac Giang"
example Bac Ninh and Bac Giang followed in 6th and 11th place, with 90.12 percent and 88.47 percent respectively => percent 90.12 province="Bac Ninh" subject~"Bac Ninh"

pattern percent.respectively
kind percent
needs PCT
needs RESPECTIVELY
priority 90
left subjects SUBJ required
regex (?:\s+in\s+(?:19|20)\d\d)?,?\s+(?:(?:which|who|that)\s+)?(?:with|at|reaching|of|had|have|scored|scoring|recorded|posted|achieved|obtained|got|%{LINKVERB})\s+(?<values_list>%{NUMERAL}%{PCTSIGN}(?:(?:,\s*|,?\s+and\s+)%{NUMERAL}%{PCTSIGN})+)\s*,?\s+respectively
example The share of cashless payments at markets, pharmacies and for school and hospital fees reached 61.5%, 72.4% and 88% respectively => percent 88 subject~"hospital fees"
example Son La and Dien Bien with 58.3 percent and 57.6 percent respectively => percent 57.6 province="Dien Bien"
example Lai Chau came fourth, after Ha Giang and Lao Cai, which scored 81.2% and 79.5% respectively => percent 79.5 province="Lao Cai"
example Satisfaction rates in Lai Chau and Son La were 78.4 per cent and 80.15 per cent respectively => percent 80.15 province="Son La" subject="Satisfaction rates"
example Son La and Dien Bien with 58.3 percent and 57.6 percent respectively => percent 58.3 subject="Son La"
example The rate of adults with a digital signature in Ha Nam and Nam Dinh reached 41.2 percent and 38.5 percent respectively => percent 38.5 province="Nam Dinh" subject="adults with a digital signature"
example The online application rates of the former Kon Tum and Quang Ngai provinces in 2024 were 61.4% and 78.9% respectively => percent 78.9 province="Quang Ngai" subject~"online application rates" year=2024
example households and enterprises using e-wallets reached 62% and 81% respectively => percent 81 subject~enterprises

pattern percent.before_noun
kind percent
needs PCT
priority 40
regex %{NUMERAL:value:pct}%{PCTSIGN}\s+(?!(?:by|in|on|at|for|to|from|with|as|than|compared|during|since|until|over|year|and|or|do|does|did|is|are|was|were|set|assigned|approved|given|planned|targeted|estimated|expected|recorded|reported|announced|proposed|adopted|laid|agreed)\b)%{SUBJ:subject}
example digital government must achieve 100% online public services => percent 100 subject="online public services" target=true
reject Export turnover grew 6.2%, below the target of 7.5% set by the council

pattern percent.bare
kind percent
needs PCT
priority 10
regex %{NUMERAL:value:pct}%{PCTSIGN}
example Budget revenue reached VND 118.3 billion, exceeding the target assigned by the central government by nearly 21 per cent => percent_change 21 qualifier=approx
example The survey showed that some households still cook with coal, including Son La with 12.6 percent and Lai Chau with 13.5 percent => percent 13.5 subject~"cook with coal" province="Lai Chau"
example The province's GRDP expanded by an estimated 7.45 per cent, lower than the target of 8 per cent => percent_change 8
example Agriculture grew by 3.1 per cent, industry by 9.4 per cent and services by 6.2 per cent => percent_change 6.2 subject=services
example coverage now stands near 97.5%. => percent 97.5
example coverage of the new network stands near approximately 31%. => percent 31 qualifier=approx
example the share of records processed online rose to 68.2 percent, compared with 51.4 percent in 2023 => percent 68.2 year=null

pattern percent.label
kind percent
needs PCT
priority 59
left subject SUBJ required
regex :\s+%{QUAL:qualifier}?%{NUMERAL:value:pct}%{PCTSIGN}
example Rate of records submitted online: 78.25% => percent 78.25 subject="records submitted online"
example Electronic documents sent with digital signatures: 100 percent => percent 100 subject~"digital signatures"
example Rate of adults with a digital signature: at least 60% => percent 60 qualifier=min

# "- 87%: population covered by 5G": a list of figures each followed by
# its label (a factbox's "by the numbers"), the label after the colon.
pattern percent.figure_label
kind percent
needs PCT
priority 58
regex ^(?:[-•*–]\s*)?%{QUAL:qualifier}?%{NUMERAL:value:pct}%{PCTSIGN}%{LABELSEP}(?:(?:the\s+)?(?:share|proportion|percentage|rate)\s+of\s+)?%{SUBJ:subject}
example - 87%: population covered by 5G, which operators switched on this year => percent 87 subject~"population covered"
example 97.3%: share of administrative dossiers settled on time => percent 97.3 subject~"administrative dossiers"
example 64.5% – households paying their electricity bills online => percent 64.5 subject~households
reject Households with fiber-optic broadband: 95.1%

# Percentage points: a change of a percentage (FACTS.md: percent_change).
# "cut the poverty rate by 3 percentage points": the verb says which way,
# its object what changed.
pattern percent.change.object_by
kind percent_change
needs PERCENTAGE
needs RAISE
priority 93
regex \b(?<sign_sign>cut|cuts|cutting|reduce|reduces|reducing|reduced|raise|raises|raising|raised|increase|increases|increasing|boost|boosts|boosting|boosted)\s+(?<subject_text>(?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,5}?)\s+by\s+%{QUAL:qualifier}?%{NUMERAL:value:pct}\s+percentage\s+points?\b
example It aims to cut the multidimensional poverty rate by 3 percentage points, to under 15% => percent_change -3 subject~"poverty rate"
example The city will raise the share of cashless payments by 10 percentage points to 60% => percent_change 10 subject~"cashless payments"

pattern percent.change.points
kind percent_change
needs PERCENTAGE
needs SCOREWORD
priority 92
regex (?:\b(?<sign_sign>up|down|increased|decreased|rose|fell|grew|dropped|declined|gained|lost|improved)\s+(?:by\s+)?|\b(?:an?\s+)?(?<sign_sign>increase|decrease|rise|drop|fall|decline|reduction|gain)\s+of\s+|\b(?<sign_sign>increase|decrease|rise|drop|reduce|gain)\s+(?:by\s+)?(?=\d))?(?:(?<sign_sign>[+−-])\s?)?%{QUAL:qualifier}?%{NUMERAL:value:pct}\s+percentage\s+points?(?:\s+(?<sign_sign>higher|lower|more|less))?
example 2.6% were processed late, against 3.4% in 2022 (−0.8 percentage points) => percent_change -0.8
example The rate rose 2.5 percentage points => percent_change 2.5
example Compared with year 2023, value of index increase 2,15 percentage points => percent_change 2.15 subject~"value of index"
example The satisfaction index of people reach 84,37%, decrease 0,62 percentage points compared with year 2023 => percent_change -0.62 subject~"satisfaction index"
example manufacturing growth was 10.3 percentage points higher than the same period => percent_change 10.3
example the share fell by 1.2 percentage points => percent_change -1.2
example the poverty rate is estimated to fall to 35.2%, a decrease of 4.7 percentage points => percent_change -4.7

# "with 4.03% being poor households": the words after "being" name it.
pattern percent.being
kind percent
needs SPARSE
needs PCT
priority 62
regex %{NUMERAL:value:pct}%{PCTSIGN}\s+being\s+%{SUBJ:subject}
example The overall poverty ratio was 7.52%, with 4.03% being poor households and 3.49% being near-poor families => percent 3.49 subject~"near-poor families"
