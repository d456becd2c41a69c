# Numbers that are not facts: dates, times, periods, durations, document
# numbers, phone numbers, addresses, technology names, counters.  An
# ignore pattern claims the numbers inside its match; "mask year" also
# hides the years inside it from the year of a fact.

pattern ignore.date.dmy
kind ignore
needs DMY
mask year
regex (?<![\d/])\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d\d(?!\d)
example 22/03/2024 16:29 the committee met => none
example The plan issued on 05.06.2023 was reviewed => none
reject 11/21 tasks have been completed

pattern ignore.date.daymonth
kind ignore
needs SLASH
regex \b(?:on|dated|from|since|until|till|by|to)\s+(?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|1[0-2])\b(?!/)
example The meeting on 22/03 reviewed the plan => none
reject Ha Tinh rose nine places to 24/63

pattern ignore.date.iso
kind ignore
needs ISODATE
mask year
regex \b(?:19|20)\d\d-\d{2}-\d{2}\b
example Updated 2024-06-28 by the portal team => none

pattern ignore.date.mdy
kind ignore
needs MONTH
mask year
regex \b%{MONTH}\.?\s+\d{1,2}(?:st|nd|rd|th)?\b(?:,?\s+(?:19|20)\d\d\b)?
example Decision dated July 29, 2022 of the committee => none
example On March 21 the steering committee met => none

pattern ignore.date.dmy_words
kind ignore
needs MONTH
mask year
regex \b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?%{MONTH}\b(?:,?\s+(?:19|20)\d\d\b)?
example The festival opens on 28 June 2024 in the city => none

pattern ignore.time
kind ignore
needs CLOCKTIME
regex \b\d{1,2}(?:[:h]\d{2}(?::\d{2})?\b|(?:[.:]\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b))
example The conference opened at 8:30 in the hall => none
example Doors close at 5 pm for visitors => none

pattern ignore.oclock
kind ignore
needs CLOCK
regex (?:\b\d{1,2}|%{CARD})\s+o['’]clock\b
example this hall was full by eight o'clock => none

pattern ignore.period
kind ignore
needs YEARSPAN
mask year
regex \b(?:19|20)\d\d\s*[-–—/]\s*(?:19|20)?\d\d\b
example in the period 2021-2025 with a vision to 2030 => none
example the 2022–2025 programme of the province => none

# "in the second quarter of 2026", "the first half of the year": an ordinal
# that names a part of a year, no ranking.
# "GRDP (at 2010 comparative prices) grew 9.6%": the base year of a price
# series is no year of a fact.
pattern ignore.price_base
kind ignore
needs MEASUREUNIT
mask year
regex (?<![\d/])(?:19|20)\d\d\s+(?:comparative|constant|fixed|base)\s+prices\b
example All values are at 2010 comparative prices => none
reject The province grew 7.2% in 2010

pattern ignore.year_part
kind ignore
needs ORDWORD
regex \b(?:first|second|third|fourth|last|1st|2nd|3rd|4th)\s+(?:quarter|half|six\s+months|nine\s+months)\b
example The new data centre will be finished in the second quarter of 2026 => none

pattern ignore.duration
kind ignore
needs DURATION
regex (?:\b(?:first|last|past|next|previous|coming)\s+)?%{COUNTNUM}\s+(?:(?:full|whole|entire|long|short|consecutive|straight|working|business|calendar)\s+)?(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|quarters?)\b
example after 3 years of implementing the resolution => none
example in the first six months of 2023 the province grew => none
example reviewing the first 6 months of the year => none
example applications are settled within 5 working days => none
example the course took two full days => none
reject 3 more agencies joined the system

pattern ignore.document
kind ignore
needs DOC
mask year
regex \b(?:Decision|Resolution|Decree|Circular|Directive|Plan|Project|Programme|Program|Document|Official\s+Letter|Dispatch|Conclusion|Notice|Law|Instruction|Report|Regulation)\s+(?:No\.?\s*)?\d+(?:[-/][\p{L}\d.-]+)*
example implementing Resolution 54-NQ/TW of the Politburo => none
example Continue to implement Project 06 effectively => none
example under Decision No. 1982/QD-UBND of the committee => none
reject 647 partially online public services

pattern ignore.code
kind ignore
needs CODE
mask year
regex (?-i:(?<![\p{L}\d])\d+(?:[-/][A-ZĐ]{2,}[A-ZĐ\d]*)+(?:[-/][\p{L}\d]+)*)|(?<!\branked\s)(?<!\branks\s)(?<!\brank\s)(?<!\bat\s)(?<!\bcame\s)(?<!\bto\s)(?<!\branking\s)(?<!\bwas\s)(?<!\bis\s)(?<!\bare\s)(?<!\bam\s)(?<!\bwere\s)(?<!\bbe\s)(?<!\bbeen\s)(?<!\bplaced\s)(?<!\bremained\s)(?<!\bremains\s)(?<!\bremain\s)(?<!\bstay\s)(?<!\bstays\s)(?<!\bstayed\s)(?<!\bbecame\s)(?<!\bbecome\s)(?<!\bbecomes\s)(?<!\bnow\s)(?<!\bstill\s)(?<!\bcurrently\s)(?<!\bfor\s)(?<!\bstand\s)(?<!\bstands\s)(?<!\bstood\s)(?<![A-Z0-9]\s\d{4}:\s)\bNo\.\s*\d+
example according to 83/NQ-CP and 2022/ND-CP => none
reject 11/21 tasks
reject a 34-place improvement

pattern ignore.phone
kind ignore
needs PHONE
regex (?:tel|fax|hotline|phone|telephone|mobile|call(?:\s+us)?(?:\s+at)?|điện\s+thoại|ĐT)(?:(?:\s+[\p{L}-]+){1,4}\s*:|\.?\s*:?)\s*\(?\+?\d[\d\s().-]*\d|\b0\d{2,3}(?:[\s.]\d{1,4}){2,4}\b|\(\+84\)[\d\s.-]{7,}|\+84[\d\s.-]{8,}\d|\b\d{3,5}\s+(?=hotline\b)
example Hotline for digital services: 1900 8198 (8:00-17:00) => none
example The province will review the operation of the 1022 hotline => none
reject The hotline for digital services received 2,300 calls
example Tel: 0255 3 712 135 | Fax: 0255 3 822 217 => none
example call the hotline 1022 for support => none
example For technical support, please call 0262 3 666 888 during office hours => none
example Hotline: +84 236 3822 123 => none

pattern ignore.address
kind ignore
needs ADDR
regex (?-i:\b\d+[A-Z]?\s+(?:[A-Z][\p{L}]+\s+){1,4})(?i:street|road|avenue|boulevard|st\.|str\.|rd\.)|(?-i:\b\d{1,4}[A-Z]?\s+(?:\p{Lu}[\p{L}]+\s+){1,4})\((?i:[^()]*\b(?:ward|commune|district|town|city)\b[^()]*)\)|(?i:\b\d+[A-Z]?\s+(?:Dai\s+lo|Đại\s+lộ|Duong|Đường|Pho|Phố)\s+\p{Lu})|\b(?:Ward|District|Zone|Route|Highway|Lot|Room|Floor|Building|Hall|Phase|Level|Grade|Group|Article|Clause|Chapter|Section|Item|Point|Km|Quarter|Hamlet|Block)\s+\d+[\p{L}]?\b(?![.,]\d|\s*%|\s*per)
example Address: 52 Hung Vuong Street, the city => none
example The office moved to 14 Tran Phu street last month => none
example the centre works at 127 Hai Ba Trung (Quy Nhon ward) and 69 Hung Vuong (Pleiku ward) => none
example the queue at the centre, at 28 Dai lo Le Loi in Thanh Hoa city, is short => none
example level 4 online public services are provided => none

# "Office of the People's Committee, 9 Le Duan, Buon Ma Thuot city",
# "Floor 4, 115 Tran Duy Hung, Cau Giay, Hanoi": a house number before a
# street's name and the names of the places it lies in, no street word
# said.
pattern ignore.address_places
kind ignore
needs CONTACT ADDR PHONE
needs DIGIT
regex (?-i:(?<![\p{L}\d.,/-])\d{1,4}[A-Z]?(?:/\d{1,3})?\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,3},\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,3}(?:,\s+\p{Lu}|\s+(?:city|district|ward|commune|town|province)\b))
example For more information: Office of the Provincial People's Committee, 9 Le Duan, Buon Ma Thuot city. => none
example ICTnews. Floor 4, 115 Tran Duy Hung, Cau Giay, Hanoi. => none
reject The province has 15 industrial parks, 3 of them in Nghi Son

# "the three former provinces combined", "the two old provinces": how
# many provinces a merger joined is no measure of the new one.
pattern ignore.former_units
kind ignore
needs FORMER
needs DIGIT CARD
regex \b(?:\d|two|three|four|five)\s+(?:former|old|merged|pre-merger)\s+(?:provinces|localities|units|cities)\b
example Figures before July 1 are the sums of the three former provinces => none

# "5 things to know about ...", "3 ways to pay online": a listicle's count
# of its own items.
pattern ignore.listicle
kind ignore
needs LISTITEMS
needs DIGIT CARD
regex \b(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[\p{L}-]+\s+){0,2}?(?:things|ways|reasons|tips|facts|questions|lessons|takeaways|highlights)\b(?=\s+(?:to|about|from|for|that|on|you)\b|\s*[:|]|$)
example 5 things to know about Gia Lai's PAR Index => none
example Three ways to pay electricity bills online => none

pattern ignore.technology
kind ignore
needs TECH
regex \b(?:[2-6]G\b|IPv[46]\b|(?:Industry|Industrial\s+Revolution|version|Web)\s*\d+(?:\.\d+)*|\d\.0\b(?!\s*(?:%|percent\b|per\s?cent\b|points?\b))|COVID-19\b|ISO\s*\d+(?::\d+)?|Wi-?Fi\s*[4-7]E?\b)
example coverage of 2G, 3G, 4G networks and piloting 5G => none
example free Wi-Fi 6 hotspots at the service centre => none
example under Industry 4.0 and ISO 9001:2015 => none
example switch all government networks to IPv6 and expand 5G along the coast => none

pattern ignore.multiplier
kind ignore
needs TIMES
regex \b\d+(?:[.,]\d+)?\s*(?:times|fold)\b|\b(?:two|three|four|five|six|seven|eight|nine|ten)[\s-]?(?:fold\b|times\s+(?:higher|more|larger|bigger|greater|lower|less|smaller|as\b|that\b|the\b|over\b|compared\b))|\b\d+(?:\.\d+)?-fold\b
example Non-cash payments increased 2.5 times over the period => none
example e-commerce revenue rose three-fold => none
example The number of online payments was four times higher than in 2020 => none

pattern ignore.counter
kind ignore
needs COUNTER
regex \b(?:views?|comments?|likes?|shares?|reads?|visits?|visitors?|downloads?|lượt\s+xem)\s*:?\s*\(?\d[\d,.]*\)?|\(\d+\)|\b\d[\d,.]*\s+(?:views?|comments?|likes?|shares?|reads?|visits?|lượt\s+xem)\b|\b\d+\s*min(?:ute)?s?\s+read\b|\(\d+\s+(?:photos?|images?|pictures?|videos?|pages?|files?)\)|(?:^|\|\s*)\d+\s+(?:photos?|images?|pictures?|videos?)(?=\s*(?:\||$))|\b\d+\s*/\s*\d+\s+characters?\b|\b\d+\s+characters?\s+(?:left|remaining)\b
example Release No. 11 | Downloads: 312 => none
example Comment (0) => none
example Views: 1,234 => none
example Related news: Comments (12) | Shares 45 => none
example Photo story (4 photos) => none
example 12 photos | 2,045 views => none
example The portal has 1,234 views and 56 comments => none
example You have 500/500 characters left => none
example Hoang Nam, July 2, 2024 - 08:40 (GMT+7) 5 min read => none

pattern ignore.copyright
kind ignore
needs COPYRIGHT
mask year
regex (?:©|\(c\)|copyright)\s*(?:by\s+)?(?:19|20)\d\d
example Copyright 2012 by the Provincial People's Committee => none
example © 2024 Provincial Electronic Information Portal => none

pattern ignore.age
kind ignore
needs AGE
regex \b\d{1,3}\s*(?:-|\s)years?(?:\s*-|\s+)old\b|\baged?\s+(?:from\s+)?\d{1,3}(?:\s*(?:to|-)\s*\d{1,3})?|\b(?:average|mean|median)\s+age\b[^.;:|]{0,40}:\s*\d{1,3}\b
example Area: 2,694.6 km² | Average age of the workforce: 31 => none
example people aged 15 to 60 and children 6 years old => none

# Distances and lengths: no kind holds them (FACTS.md: "a radius of 1.6 km").
# "24/7": round the clock, no ratio.
pattern ignore.round_the_clock
kind ignore
needs SLASH
regex \b24\s?/\s?7\b|\b24h\s?/\s?7\b
example the centre runs a 24/7 hotline for citizens => none

# "One in four residents": a fraction in words, no count of four.
pattern ignore.one_in
kind ignore
needs CARD DIGIT
regex \b(?:one|1)\s+in\s+(?:every\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|twenty|\d{1,3})\b(?!\s*(?:%|/|percent\b|per\s?cent\b))
example One in four residents now uses a digital wallet => none
example nearly 1 in 5 households shops online => none

# "doctors per 10,000 people": the base of a rate, no count.
pattern ignore.per_base
kind ignore
needs SPARSE
needs DIGIT
regex \bper\s+%{NUMERAL}(?:%{SCALE})?\s+(?:people|persons|inhabitants|residents|population|households|pupils|students|patients)\b
example the province has 12.4 doctors per 10,000 people => none

# Physical measures (distances, areas, weights, power): no kind holds them.
pattern ignore.distance
kind ignore
needs MEASUREUNIT
needs DIGIT CARD
regex (?:(?<![\p{L}\d.,/-])\d+(?:[.,]\d+)?\s*[-–]\s*\d+(?:[.,]\d+)?|%{NUMERAL}|%{CARD})(?:%{SCALE})?\s*(?:km|kilometres?|kilometers?|metres?|meters?|square\s+(?:metres?|meters?|kilometres?|kilometers?)|m2|km2|m²|km²|sq\.?\s*km|hectares?|ha|tonnes?|tons?|DWT|TEUs?|kilograms?|kg|litres?|liters?|megawatts?|MW|kWh|GWh|MHz|GHz|kHz|Mbps|Gbps|kbps)\b
example Eighty kilometres north of Hanoi, the province grew fast => none
example You are listening to VOV1 on 91 MHz FM => none
example Area: 9,361 km² => none
example the district lies 300 km north of the provincial capital => none
example a radius of 1.6 km around the market => none
example Coffee exports reached 412,000 tonnes this year => none
example The industrial park covers 3,210 hectares => none
example the solar farm of 450 MW in the district => none
example many communes are still 30-40 km from the nearest data hub => none
example The port can receive ships of up to 50,000 DWT => none
