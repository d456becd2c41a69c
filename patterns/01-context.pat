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
indicator ICT "ICT Index" \bICT[\s-]+Index\b|ICT\s+development\s+(?:and\s+application\s+)?(?:readiness\s+)?index|(?-i:\bICT\b)(?=[^.;]{0,40}\brank)

# A year: 1980-2049, not part of a date, code or bigger number.
cue year (?<![\d/.,-])(?:19[89]\d|20[0-4]\d)(?![\d/%]|[.,]\d|\s*(?:percent|per\s?cent))

# A year that is a point of comparison, not the year of the figure:
# matched against the text before the year.
cue baseline (?:\bfrom\s+(?:[^\s,;]+\s+){1,3}in|\bfrom|\bon|\bsince|\bcompared\s+(?:to|with)|\bthan|\bversus|\bvs\.?|\bagainst|\brelative\s+to|\bsame\s+period\s+(?:of|in|last)|\bover)\s+(?:the\s+(?:year\s+|end\s+of\s+)?|(?:late|early|end\s+of)\s+)?$

# Words that make a figure a goal: matched in the clause up to the figure.
cue target \b(?:aim(?:s|ed|ing)?\s+(?:to|at|for)|striv(?:e|es|ing)\s+(?:to|for)|targets?\b|targeted|goals?\b|objectives?\b|must\s+(?:achieve|reach|attain|ensure|have|be|rank)|(?<!\ba\s)(?<!\bthe\s)plans?\s+to|planned\s+to|(?:is|are)\s+expected\s+to|(?:is|are)\s+set\s+to|seeks?\s+to|endeavou?rs?\s+to|determined\s+to|strategy\s+to|(?:asked|requested|urged|directed|instructed|called\s+on)\s+(?:[^\s,.;]+\s+){0,5}?to\b)

# A deadline with a future verb makes a goal anywhere in its clause:
# "By 2030, at least 80% of procedures should be handled online".
cue goal \bby\s+(?:the\s+end\s+of\s+)?20[0-4]\d\b[^.;]{0,160}\b(?:will\s+(?:reach|achieve|have|rise|increase|attain|be)|should|must|shall)\b

# A year that is the date of a goal ("by 2025"): the year of a target, not
# of a result stated beside it.  Matched against the text before the year.
cue deadline (?:\bby|\bby\s+the\s+end\s+of|\bup\s+to|\buntil|\btill)\s+(?:the\s+year\s+)?$

# Words that say a figure holds now: such a sentence takes no year from an
# earlier one ("To date, 92.7% of households ...").
cue now \b(?:to\s+date|up\s+to\s+now|until\s+now|so\s+far|currently|now|at\s+present|presently|as\s+of\s+today|today)\b

# "the rate of X": X is what a sentence's bare or place-named figures measure.
cue measure \b(?:rate|proportion|percentage|share|ratio|coverage)\s+of\s+\K%{SUBJ}

# A leading phrase that a subject can do without.
cue lead (?:(?:the|its|their|this|these|those|our|an?)\s+)*(?:(?:total\s+)?(?:rate|proportion|percentage|share|number)\s+of\s+(?:the\s+)?)?

# Subjects that name no measure, once place names are taken out: the
# figure's subject is then found elsewhere (see transform.c).
cue weak (?:\s|[,.'’()&-]|\b(?:the|this|that|its|their|our|his|her|it|they|province|provinces|provincial|city|cities|town|district|locality|localities|local|country|nation|nationwide|region|regions|area|areas|unit|units|whole|entire|all|highest|lowest|led|leading|ranked|respectively|and|in|of|at|with|for|while|among|both|each|which|s|increase|rise|growth|jump|gain|hike|decrease|decline|drop|reduction|fall|from|over|compared|to|on|previous|last|same|prior|year|period|quarter|month|neighbouring|neighboring|nearby|fellow|former|other|index|ranking|rankings|rank|score|scores|result|results|overall|general|total|points?|pillar|assessment|announced|published|value|values|figure|figures|amount|data|indicator|indicators|change|changes|in)\b|\b(?:19|20)\d\d\b)*+$

# A pillar of an index, named before a ranking that has no subject of its
# own: "In the digital economy pillar, Kien Giang climbed 14 places".
cue pillar (?<!\bby\s)(?<!\bper\s)\b(?:(?!by\b|the\b|its\b|in\b|of\b)[\p{L}-]+\s+){1,3}(?:pillar|dimension|component|sub-index)\b

# A pronoun that stands for a figure named before it: "99.2% of them".
cue pronoun (?:them|these|those|it|they|which|the\s+latter|the\s+former)$

# What a sentence says of such a pronoun: "of them [were] processed on time".
cue predicate \s*(?:(?:were|was|are|is|have|has|had|being)\s+)?(?:been\s+)?\K(?:(?!(?:and|while|but|whereas)\b)[^,;.:])+

# Triggers: cheap tests run once per sentence.  A pattern that "needs"
# triggers runs only on sentences that hold one of them, so a sentence
# with no percent sign is never searched for shares, one with no currency
# never for money.  The examples in the pattern files prove the needs.
trigger DIGIT \d
trigger CARD %{CARD}
trigger PCT %|\bpercent\b|\bper\s?cent\b
trigger ORD %{ORDINAL}
trigger TOP \btop\b|\btopp?(?:ed|s)\b|\bled\b|\bleads\b|\bheaded\b|\bheads\b|\bNo\.?\s*1\b|\bnumber\s+one\b
trigger PLACES \b(?:places?|positions?|spots?|ranks?|notch(?:es)?|steps?|rungs?)\b
trigger RANKWORD \b(?:rank|ranking|position|place)\b
trigger SLASH \d/\d
trigger SCOREWORD \b(?:scor(?:e|ed|es|ing)|points?|value|scale)\b|\(\s*0[.,]\d
trigger MONEY \bVND|\bVNĐ|US\$|\bUSD|\$|\bEUR|€|\bdong\b|đồng|\bdollars?\b|\beuros?\b
trigger PIPE \|
trigger DURATION \b(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|quarters?)\b
trigger TIMES \b(?:times|fold)\b|-fold\b
trigger OUTOF \bout\s+of\b|\bin\s+every\b|\bof\s+(?:the|its|their|all)\b|['’]s\s+\d
trigger OFPRON \bof\s+(?:them|these|those|which)\b
trigger MONTH \b%{MONTH}\b
trigger DSEP \d\s*[/.:–—-]\s*\d|\d(?:h\d|\s*[ap]\.?m\b)|o['’]clock
trigger CODE \d[-/]\p{L}|\bNo\.\s*\d
trigger COUNTER \b(?:views?|comments?|likes?|shares?|reads?|visits?|visitors?|lượt|min(?:ute)?s?)\b|\(\d
trigger PHONE \b(?:tel|fax|hotline|phone|telephone|mobile|call|điện|ĐT)\b|\b0\d{2,3}[\s.]\d|\+84|\(\+84
trigger ADDR (?-i:Street|Road|Avenue|Boulevard|St\.|Str\.|Rd\.)|\b(?:Dai\s+lo|Đại\s+lộ|Duong|Đường|Pho|Phố)\b|\b(?:Ward|District|Zone|Route|Highway|Lot|Room|Floor|Building|Hall|Phase|Level|Grade|Group|Article|Clause|Chapter|Section|Item|Point|Km|Quarter|Hamlet|Block)\s+\d
trigger AGE \bold\b|\baged?\b
trigger COPYRIGHT ©|\(c\)|\bcopyright\b
trigger TECH \b[2-6]G\b|\bIPv[46]\b|\b(?:Industry|Industrial|version|Web|COVID|ISO)\b|\b\d\.0\b
trigger DOC \b(?:Decision|Resolution|Decree|Circular|Directive|Plan|Project|Programme|Program|Document|Official|Dispatch|Conclusion|Notice|Law|Instruction|Report|Regulation)\b
