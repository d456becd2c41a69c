# Context cues.  An indicator line gives the code written to facts, the
# subject used for a ranking that names no other, and the regex that finds
# a mention.  To add an indicator, add a line; rankings and scores in its
# sentences, or in an article about it, will carry its code.
indicator DTI "Digital Transformation Index (DTI)" \bDTI\b|digital\s+transformation\s+(?:index|assessment\s+index|readiness\s+index)
indicator PCI "Provincial Competitiveness Index (PCI)" \bPCI\b|provincial\s+competitiveness\s+index
indicator PAPI "Provincial Governance and Public Administration Performance Index (PAPI)" \bPAPI\b|governance\s+and\s+public\s+administration\s+performance\s+index
indicator PAR "Public Administration Reform Index (PAR Index)" \bPAR\s*Index\b|(?-i:\bPAR\b)|(?:public\s+)?administrative\s+reform\s+index|public\s+administration\s+reform\s+index
indicator SIPAS "Satisfaction Index of Public Administrative Services (SIPAS)" \bSIPAS\b|satisfaction\s+index\s+of\s+public\s+administrative\s+services
# Code "-": an index outside FACTS.md's list.  Its facts get no indicator,
# but its name as subject, and never another index's code.
indicator - "Department and District Competitiveness Index (DDCI)" \bDDCI\b|department\s+and\s+district\s+competitiveness\s+index
indicator - "Service Index for Citizens and Businesses" service\s+index\s+for\s+(?:people|citizens)\s+and\s+businesses
indicator - "Provincial Green Index (PGI)" \bPGI\b|provincial\s+green\s+index
indicator - "E-Business Index (EBI)" \bEBI\b|e-business\s+index
indicator ICT "ICT Index" \bICT[\s-]+Index\b|ICT\s+development\s+(?:and\s+application\s+)?(?:readiness\s+)?index|(?-i:\bICT\b)(?=[^.;]{0,40}\brank)

# A year: 1980-2049, not part of a date, code or bigger number.
cue year (?<![\d/.,-])(?:19[89]\d|20[0-4]\d)(?![\d/%]|[.,]\d|\s*(?:percent|per\s?cent))

# A year that is a point of comparison, not the year of the figure:
# matched against the text before the year; before a figure, it makes the
# figure the earlier one of what the figure before it measures ("274
# (2022: 198)").
cue baseline \b(?:from\s+(?:[^\s,;]+\s+){1,3}in|since\s+(?:[^\s,;]+\s+){1,5}?in|from|on|since|compared?(?:\s+(?:to|with))?(?:\s+in)?|than(?:\s+(?:that|those|the\s+figure|the\s+level))?(?:\s+(?:in|of))?|as\s+(?:many|much|high|low|large)\s+as(?:\s+in)?|versus|vs\.?|against|short\s+of|relative\s+to|double|doubled|twice|triple|tripled|treble|times(?:\s+that\s+of)?|same\s+period\s+(?:of|in|last)|over)\s+(?:the\s+(?:year\s+|end\s+of\s+)?|(?:late|early|end\s+of)\s+|year\s+)?(?:(?:[1-9]|1[0-2])M\s+|H[12]\s+|Q[1-4]\s+)?$|\(\s*(?:19|20)\d\d\s*:\s*$

# Words that make a figure a goal: matched in the clause up to the figure.
cue target \b(?:aim(?:s|ed|ing)?\s+(?:to|at|for)|hop(?:e|es|ed|ing)\s+to|wants?\b(?!\s+of\b)|\b(?:plan|strategy|programme|program|resolution)\s+(?:sets|set|calls\s+for|envisages|targets)\b|\bplan\s+(?:is|was)\s+(?=\d)|\bKBTT\b|\bgrowth\s+scenario\b|striv(?:e|es|ing)\b|(?<!(?<!\d)\d\s)(?<!(?<!\d)\d\d\s)(?<!(?<!\d)\d\d\d\s)targets?\b(?!\s+(?:(?:were|was|have\s+been|has\s+been|had\s+been)\s+)?(?:met|achieved|exceeded|completed|fulfilled|reached|hit|surpassed)\b)|targeted|goals?\b|objectives?\b|(?:must|should)\s+(?:achieve|reach|attain|ensure|have|be|rank|stay|remain|keep|maintain|return|raise|increase|cut|reduce|become|enter|rise)|(?<!\ba\s)(?<!\bthe\s)plans?\s+to|planned\s+to|(?:is|are)\s+(?:planned|budgeted|projected|forecast)\s+(?:at|to)\b|(?:is|are)\s+expected\s+to|(?:is|are)\s+set\s+to|(?:is|are)\s+to\s+(?:be|reach|account|achieve|attain|hit|exceed|rise|increase|grow|cover|have|rank|enter|stay|remain|fall|drop)\b|seeks?\s+to|endeavou?rs?\s+to|determined\s+to|strategy\s+to|(?:asked|requested|urged|directed|instructed|called\s+on)\s+(?:[^\s.;]+\s+){0,8}?to\b)

# A heading, or a line that opens a list (ending in a colon), that names
# what is to be done: what stands below it are goals ("Tasks for 2026",
# "Key orientations for 2025:").
cue plan \b(?:tasks?|targets?|goals?|objectives?|orientations?|directions?|plans?\s+for|priorities|key\s+solutions|to\s+do)\b

# A deadline with a future verb makes a goal anywhere in its clause:
# "By 2030, at least 80% of procedures should be handled online".
cue goal \bby\s+(?:the\s+end\s+of\s+)?20[0-4]\d\b[^.;]{0,160}\b(?:will\s+(?:reach|achieve|have|rise|increase|attain|be)|should|must|shall|(?:is|are)\s+to\s+\p{L})

# A year that is the date of a goal ("by 2025"): the year of a target, not
# of a result stated beside it.  Matched against the text before the year.
cue deadline \b(?:by|by\s+the\s+end\s+of|up\s+to|until|till)\s+(?:the\s+year\s+)?$

# Words that say a figure holds now: such a sentence takes no year from an
# earlier one ("To date, 92.7% of households ...").
# Right after a figure: it is of the year before the sentence's ("61st a
# year earlier", "34th the previous year"), or before the year the article
# was published ("last year", "a year ago"); "this year" is the year it
# was published.
cue prior (?:\s*%|\s+per\s?cent|\s+percent|\s+points?|\s+(?:places?|positions?))?(?:\s+(?:trillion|billion|million|thousand))?(?:\s+(?:VND|USD|dong))?,?\s+(?:in\s+)?(?:a\s+year\s+(?:earlier|before|ago)|the\s+(?:previous|preceding|prior)\s+year|the\s+year\s+before|last\s+year|this\s+year|(?:in\s+)?the\s+current\s+year)\b

# "last year", "this year", "next year": a year counted from the article's
# date of publication (an article of 2025 that says "last year" means 2024);
# not after a word of comparison ("than the same period last year").
cue relative_year \b(?:(?<!period\s|than\s|with\s|to\s|from\s|over\s|on\s|against\s|vs\s|versus\s|of\s)last|(?<!of\s)this|next)\s+year\b(?!['’]s\s+(?:plan|target))
# Right after a year: the clause it opens is of that year, even when the
# year is a comparison ("higher than in 2023, when it ranked 23rd").
cue then ,?\s+when\b

cue now \b(?:to\s+date|up\s+to\s+now|until\s+now|so\s+far|currently|now|at\s+present|presently|as\s+of\s+today|today)\b

# "the rate of X": X is what a sentence's bare or place-named figures measure.
cue measure \b(?:rate|proportion|percentage|share|ratio|coverage)\s+of\s+\K%{SUBJ}

# A figure of the whole country, named before it in its clause: its
# province is none ("against a national average of 71.2%", "The median
# PCI score nationwide was 65.35 points").
cue national \b(?:national|nationwide|country['’]s|countrywide)\s+(?:\p{L}+\s+){0,2}?(?:average|median|mean|figure|rate)\b|\b(?:average|median|mean)\b(?:\s+[\p{L}\d-]+){0,4}?\s+(?:nationwide|across\s+the\s+country|of\s+the\s+(?:whole\s+)?country|of\s+whole\s+country|of\s+(?:all\s+)?(?:the\s+)?(?:63|34)\s+(?:provinces|localities)|of\s+(?:all\s+)?provinces\s+and\s+(?:centrally[\s-]run\s+)?cities)\b

# Right after a figure: the figure is the whole country's ("against 60.5%
# nationwide", "18.3% for the whole country").
cue national_after (?:\s*%|\s+per\s?cent\b|\s+percent\b)?\s+(?:nationwide|countrywide|across\s+the\s+country|for\s+the\s+(?:whole\s+)?country|of\s+the\s+(?:whole\s+)?(?:country|nation|national)|in\s+the\s+whole\s+country)\b(?!\s+(?:to|in|on|for|of|with)\b)

# Right after a ranking, the region it was among ("the top spot in the
# North Central region", "first among the 13 Mekong Delta provinces"): a
# regional rank, a fact apart from the national one.
cue region (?:,?\s+|^)(?:in|among)\s+(?:the\s+|all\s+)*(?:(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen)\s+)?(?:(?-i:(?:(?:\p{Lu}[\p{L}-]*|and|northern|southern|central|midland|mountainous|coastal)\s+){1,5})(?:region|Delta|Highlands|provinces|localities|cities)\b|(?:provinces|localities|cities)(?:\s+and\s+cities)?\s+(?:of|in)\s+the\s+(?-i:\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})(?:\s+region)?)

# The scale a sentence's scores are on ("Top-scoring PCI sub-indices
# (10-point scale): Labour Training 7.88, ..."): the maximum of each score
# that states none.  Its first number is the maximum.
cue scale \b\d{1,4}[\s-]point\s+scale\b|\bscale\s+of\s+(?:\d{1,2}\s*(?:-|–|to)\s*)?\d{1,4}\b|\b(?:scored|rated|marked|measured)\s+(?:out\s+of|on\s+a\s+scale\s+of)\s+\d{1,4}\b

# The field a sentence's ranks are out of, stated once for all of them
# ("DTI 2024 (out of 63), former provinces: Vinh Phuc 15th | ..."): the
# total of each rank that states none.
cue field \(\s*(?:out\s+of|of)\s+\d{2,3}(?:\s+(?:provinces|localities|units))?\s*\)

# A leading phrase that a subject can do without.
cue lead (?:(?:followed|trailed|joined)\s+by\s+|(?-i:[Ii]t|[Tt]hey|[Ww]e)\s+\p{Ll}+(?:ed|s)\s+)?(?:(?:in|during|over|for)\s+(?:the\s+)?(?:first|last|past|whole|entire)\s+(?:\d+\s+|[a-z]+\s+)?(?:months?|quarters?|half|year)(?:\s+of\s+(?:(?:19|20)\d\d|the\s+year|this\s+year))?\s*,?\s+)?(?:(?:the|its|their|this|these|those|our)\s+|an?\s+(?!\p{Lu}))*(?:(?:total\s+)?(?:rate|proportion|percentage|share|number)\s+of\s+(?:the\s+)?)?

# Subjects that name no measure, once place names are taken out: the
# figure's subject is then found elsewhere (see transform.c).  A table's
# column named by a period or a plan ("Target for 2024", "Result after
# nine months") is one: its cells are of their row.
cue weak (?:\s|[,.'’()&%–—-]|\b(?:the|this|that|its|their|our|his|her|it|they|province|provinces|provincial|city|cities|town|district|locality|localities|local|country|nation|nationwide|region|regions|area|areas|unit|units|whole|entire|all|highest|lowest|strongest|weakest|biggest|largest|best|worst|led|leading|followed|ranked|scoring|earlier|ago|target|targets|edition|editions|plan|plans|estimate|estimates|actual|after|why|how|what|when|where|complete|completed|done|h[12]|q[1-4]|\d{1,2}m|y/y|yoy|months|quarters|\p{L}{3,}ly|respectively|and|in|of|at|with|for|while|among|both|each|which|s|increase|rise|growth|jump|gain|hike|decrease|decline|drop|reduction|fall|from|over|compared|vs|versus|to|on|previous|last|same|prior|year|period|quarter|month|neighbouring|neighboring|neighbour|neighbours|neighbor|neighbors|nearby|fellow|former|new|enlarged|merged|other|index|ranking|rankings|rank|national|position|positions|standing|standings|score|scores|result|results|overall|general|total|points?|pillar|pillars|sub-index|sub-indexes|sub-indices|subindex|subindices|dimension|dimensions|component|components|criterion|criteria|only|sole|single|assessment|announced|published|value|values|figure|figures|amount|data|indicator|indicators|change|changes|in|first|time|times|vietnam|viet|nam|northern|southern|central|eastern|western|north|south|east|west|northeast|northwest|southeast|southwest|northeastern|northwestern|southeastern|southwestern|north-central|south-central|upland|lowland|mountainous|coastal|border|delta|(?:mekong|red\s+river)(?=\s+delta\s+(?:province|city|locality)\b)|coast|highland|highlands|midland|midlands)\b|\b(?:19|20)\d\d\b|(?<![\p{L}-])(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?![\p{L}-]))*+$

# A pillar of an index, named before a ranking that has no subject of its
# own: "In the digital economy pillar, Kien Giang climbed 14 places", "About
# pillar of digital society, the province reach 0.41 points".
cue pillar (?<!\bby\s)(?<!\bper\s)\b(?:(?!by\b|the\b|its\b|in\b|of\b|about\b|regarding\b|for\b|on\b|as\b|with\b|strongest\b|weakest\b|best\b|worst\b|biggest\b|highest\b|lowest\b|main\b|key\b|each\b|every\b|other\b|one\b|two\b|three\b|four\b|five\b|six\b|seven\b|eight\b|nine\b|ten\b)[\p{L}-]+\s+){1,3}(?:pillar|dimension|component|sub-index)\b|\b(?:[Pp]illar|[Dd]imension|[Cc]omponent|[Ss]ub-index)\s+of\s+(?!the\b|its\b)(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+(?=\s*[,;:(]|\s+(?:reach|reached|reaches|scored|ranked|rank|was|is|stood|at|with)\b)

# A pronoun that stands for a figure named before it: "99.2% of them".
cue pronoun (?:(?:(?:when|where|while|as)\s+)?(?:we|it|they)|them|these|those|which|whom|the\s+latter|the\s+former|(?:(?:the|its|their)\s+)?total)$

# What a sentence says of such a pronoun: "of them [were] processed on time".
cue predicate \s*(?:(?:were|was|are|is|have|has|had|being)\s+)?(?:been\s+)?\K(?:(?!(?:and|while|but|whereas)\b)[^,;.:])+

# Triggers: cheap tests run once per sentence.  A pattern that "needs"
# triggers runs only on sentences that hold one of them, so a sentence
# with no percent sign is never searched for shares, one with no currency
# never for money; a pattern with two needs lines needs one of each.  The
# examples in the pattern files prove the needs.
#
# "trigger NAME words W..." lists whole words (any case; a word is a run
# of letters or a run of digits, so "26th" holds "th" and "4G" holds "g"):
# the sentence is cut into words once and each is looked up, which costs
# far less than a regex of many alternatives.  "trigger NAME REGEX" is for
# what words cannot say; it runs only when the words did not fire.  A
# trigger may be wider than what its patterns match, never narrower.
trigger DIGIT \d
# Every indicator mention above holds one of these words; a sentence that
# holds none is not searched for indicators (the name INDEX says so to the
# transform).  Add the words of a new indicator here.
trigger INDEX words index dti pci papi par parindex sipas ddci pgi ict ebi
# A trigger named as a cue in capitals gates that cue the same way: the
# cue is not run on text that holds none of its words.
trigger TARGET words kbtt scenario hope hopes hoped hoping want wants aim aims aimed aiming strive strives striving target targets targeted goal goals objective objectives must should plan plans planned expected set seek seeks endeavor endeavors endeavour endeavours determined strategy asked requested urged directed instructed called
trigger TARGET \b(?:is|are)\s+to\s+\p{L}
trigger NOW words date now far currently present presently today
trigger PILLAR words pillar dimension component sub
trigger CARD words @cardinal hundred dozen
trigger PCT words percent cent
trigger PCT %|\dpc\b
trigger ORD words st nd rd th @ordinal
trigger ORDWORD words @ordinal
trigger TOP words lead top tops topped topping topps led leads leading headed heads heading
trigger TOP \bNo\.?\s*1\b|\bnumber\s+one\b
trigger PLACES words grade grades place places position positions spot spots rank ranks notch notches step steps rung rungs
trigger RANKWORD words rank ranking position place
trigger RANKVERB words rank ranks ranked ranking placed position positioned stood stand stands came finished sits sat sitting stays stayed remains remained trailed trails good enough
trigger SUPERLATIVE words highest largest biggest best fastest strongest
trigger RUNNERUP words runner
trigger SLASH \d/\d|\d(?:st|nd|rd|th)\s*/\s*\d
trigger SCOREWORD words score scored scores scoring point points value scale mark marks
# Names listed each with a decimal ("transparency 5.21, vertical
# accountability 4.62") are scores, whatever the sentence calls them.
trigger SCOREWORD \(\s*0[.,]\d|(?<=\p{L}\s\()\d{1,2}[.,]\d{2,3}\)|\(\s*\d{1,2}[.,]\d{1,4},\s*[+−-]|\d[.,]\d{2,5},\s+(?:and\s+)?\p{L}[\p{L}'’&-]*(?:\s+\p{L}[\p{L}'’&-]*){0,5}\s+\d[.,]\d{2,5}\b|\d[.,]\d{2,4}(?:,\s*\d[.,]\d{2,4})*,?\s+and\s+\d[.,]\d{2,4},?\s+respectively\b
trigger MONEY words vnd vnđ usd eur dong đồng dollar dollars euro euros
trigger MONEY [$€]
trigger PIPE \|
trigger DURATION words year years month months week weeks day days hour hours minute minutes decade decades quarter quarters
trigger TIMES words times fold
trigger OUTOF words out every
trigger OUTOF \bof\s+(?:the|its|their|all)\b|['’]s\s+\d|\d\s+of\s+\d|\bof\s+\d|\d\s+in\s+\d
trigger OFPRON \b(?:of\s+(?:them|these|those|which|whom)|in\s+which)\b
trigger MONTH words january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
trigger CLOCK words clock
trigger DMY \d[/.-]\d{1,2}[/.-](?:19|20)\d\d
trigger YEARSPAN (?:19|20)\d\d\s*[-–—/]\s*\d\d
trigger CLOCKTIME \d\s*[:h]\d\d|\d\s*(?:a\.m\.|p\.m\.|am\b|pm\b)
trigger ISODATE \d{4}-\d\d-\d\d
trigger CODE words no
trigger CODE \d[-/]\p{L}
trigger COUNTER words characters character view views comment comments like likes share shares read reads visit visits visitor visitors download downloads lượt min mins minute minutes photos photo images
trigger COUNTER \(\d
trigger PHONE words tel fax hotline phone telephone mobile call điện đt
trigger PHONE \b0\d{2,3}[\s.]\d|\+84
trigger ADDR words street road avenue boulevard st str rd lo lộ duong đường pho phố ward district zone route highway lot room floor building hall phase level grade group article clause chapter section item point km quarter hamlet block
trigger AGE words old age aged
trigger COPYRIGHT words copyright
trigger COPYRIGHT ©|\(c\)
trigger TECH words g ipv industry industrial version web covid iso wi-fi wifi fi
trigger TECH \b\d\.0\b
trigger DOC words decision resolution decree circular directive plan project programme program document official dispatch conclusion notice law instruction report regulation

# Second needs lines: words a pattern cannot match without, so that it
# stays off sentences that hold a number but not its verb or noun.  The
# regexes match a stem's other forms too, so the forms are listed.
trigger RATEWORD words rate coverage ratio proportion share percentage
trigger RESPECTIVELY words respectively
trigger CHANGENOUN words increase increases increased increasing rise rises rising risen growth growths jump jumps jumped jumping gain gains gained gaining hike hikes hiked decrease decreases decreased decreasing decline declines declined declining drop drops dropped dropping reduction reductions fall falls falling fallen improvement improvements climb climbs climbed climbing advance advances advanced advancing leap leaps leaped leapt leaping
trigger RANKDIR words higher lower better worse up down
trigger RAISE words raise raising improve improving increase increasing lift lifting bring bringing push pushing boost boosting keep keeping maintain maintaining hold holding cut cutting reduce reducing reduced lower lowering
trigger WENT words went goes go spent allocated
trigger ACCOUNT words accounted accounts account accounting made makes make making represented represents represent representing contributed contributes contribute contributing comprised comprises comprising GRDP GDP worth
trigger CHANGEVERB words raise raised expanded expand expands contracted shrank shrunk narrowed dipped slumped plummeted tumbled up down rise rose rises risen rising climbed climbs climbing climb jumped jumps jumping jump increase increased increases increasing decrease decreased dropped drops dropping drop fell falls falling fall slipped slips slid slip slipping moved moves move moving advanced advances advancing gained gains gaining lost loses losing improved improves improve improving leapt leaped leaps leaping declined declining decreased grew surged soared plunged went declines decline decreases decreasing fallen grows grow go goes going slide slides sliding leapfrogged leapfrogging leapfrogs vaulted vaults sank sunk
trigger FROM words from
# Rare words some rules need, in one trigger (a trigger may be wider than
# what its patterns match): "second only to", "per 10,000 people", "being".
trigger SPARSE words only per being
trigger LISTITEMS words things ways reasons tips facts questions lessons takeaways highlights
trigger FORMER words former old merged merger
trigger COLONDEC :\s+\d{1,2}[.,]\d
trigger DECFOR \d[.,]\d+\s+for\s
trigger OUT words out
trigger ITEMS words criteria dimensions indicators indices indexes pillars areas fields categories component components
trigger PERCENTAGE words percentage
trigger SIGNED (?:^|[\s(])[+−-]\s?\d
trigger DECSLASH \d[.,]\d+\s*/\s*\d
trigger MEASUREUNIT words km kilometre kilometres kilometer kilometers metre metres meter meters square sq m2 km2 hectare hectares ha tonne tonnes ton tons kilogram kilograms kg litre litres liter liters megawatt megawatts mw kwh gwh dwt teu comparative constant mhz ghz khz mbps gbps kbps
trigger CONTACT words address contact office offices headquarters hq information email mail website tel fax hotline phone floor building street road
trigger POPULATION words population workforce labour labor membership
trigger NATIONWIDE words nationwide country vietnam among national regional average median
trigger NUMBER words number
trigger COUNTVERB words numbered number totaled totalled totals reached stood stands amounted hit was were is are at
trigger CURRENCYWORD words vnd vnđ dong đồng usd dollar dollars euro euros
