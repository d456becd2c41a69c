# Shared pieces: defined once, used as %{NAME} (a non-capturing group) or
# %{NAME:field} / %{NAME:field:type} (a capture that becomes a fact field).
# Fields: value total subject qualifier sign unit subjects values.
# Types: num (default for value/total), pct (a comma before two digits is a
# decimal mark), text, qual, sign, currency, list.
# Every regex is compiled caseless, in UTF mode with Unicode properties.

# A number in digits: 1,081  72.595  90,61  285,394.5.  Not inside a word
# (IPv6, 4G, 26th), a date (22/03) or a code (54-NQ).
define NUMERAL (?:(?<![\p{L}\d.,/-])|(?<=\d-)(?<!\d{4}-)(?<![\p{L}/-]\d-)(?<![\p{L}/-]\d\d-)|(?<=VND|VNĐ|USD|U\$S))(?:\d{1,3}(?:,\d{3})+|\d+)(?:[.,]\d+)?(?!(?!(?:mln|mn|bln|bn|tn|pc)\b)\p{L}|[\d/]|[.,]\d)

# A small whole number, as in ratios and rank fields: 17/63; TOTAL is
# the part after the slash.
define INT (?<![\p{L}\d.,/-])0?[1-9]\d{0,3}(?=/)
define TOTAL (?:[1-9]\d{0,2},\d{3}|[1-9]\d{0,3})(?![\d/]|[.,]\d)

# Scale words after a number: 48 thousand, 1.2 million.
define SCALE (?:\s+(?:thousand|million|billion|trillion|quadrillion|mln|mn|bln|bn)|(?<=\d)(?:mln|mn|bln|bn|tn))\b

# Cardinal words (not "one": "one of the first" is no count).
words CARDINALS cardinal
define CARDWORD (?:%{CARDINALS}|hundred|dozen)
define CARD when CARD \b%{CARDWORD}(?:[\s-]+(?:and\s+)?(?:one|%{CARDWORD}|thousand))*\b

# A count: digits (not a year standing alone, nor the low end of a
# percentage range, "65-70%"), with an optional scale, or words.
define COUNTNUM (?!(?:19[5-9]\d|20[0-4]\d)(?![\d,.]))%{NUMERAL}(?![ ]?[–—-][ ]?\d[\d.,]*\s?(?:%|percent\b|per\s?cent\b))(?:%{SCALE})?|%{CARD}

# A money amount: digits and a scale word ("US$12m": after a currency, a
# bare m is millions).
define MONEYNUM %{NUMERAL}(?:%{SCALE})?|(?<=[$€]|VND|USD)(?<![\p{L}\d.,/-]\d)\d{1,3}(?:\.\d{1,3})?m\b

# Percent signs: %, percent, per cent.
define PCTSIGN (?:\s?(?:%|percent\b|per\s?cent\b)|(?<=\d)pc\b)

# Ordinals: 26th, 2nd, third, twenty-first.
words ORDWORD ordinal
define ORDWORDS when ORDWORD \b(?:(?:twenty|thirty|forty|fifty|sixty)[\s-])?%{ORDWORD}\b
define ORDINAL (?<![\p{L}\d])\d{1,3}(?:st|nd|rd|th)\b|%{ORDWORDS}

# Qualifiers before a number (the C table maps them to min, max, approx).
define QUALWORDS (?:more\s+than|over|at\s+least|above|exceeding|greater\s+than|no\s+less\s+than|nearly|almost|about|around|approximately|roughly|some|close\s+to|(?<!ed\s)(?<!\bwent\s)up\s+to(?!\s+now)|less\s+than|under|fewer\s+than|no\s+more\s+than|below|at\s+most)
# A range's low end ("8–8.5%", "between 65 and 70 percent") stands where
# a qualifier does: the transform makes it a fact of its own.
define QUAL (?:(?:only|just|merely|still)\s+)?\b%{QUALWORDS}\s+|\b(?:only|just|merely|still|an\s+estimated|estimated)\s+|(?<![\d/.,-])\d{1,3}(?:[.,]\d{1,2})?\s*[–—-]\s*(?=\d)|\bbetween\s+\d{1,3}(?:[.,]\d{1,2})?\s+and\s+(?=\d)

# Words that end a subject: verbs and linking words of the clause.
define STOPWORD (?:and|behind|put|puts|trailed|trails|today|yesterday|currently|themselves|himself|herself|itself|ourselves|yourselves|doubled|tripled|halved|said|says|told|showed|shows|revealed|reveals|found|indicated|indicates|noted|stated|added|stressed|emphasi[sz]ed|aims?|aimed|plans?|planned|strives?|seeks?|wants?|hopes?|expects?|moved|moves|move|went|goes|is|are|was|were|made\s+up|makes?\s+up|worth|has|have|had|will|would|(?-i:can)|could|should|must|shall|been|being|be|reached|reach|reaches|account(?:s|ed|ing)?\s+for|compared|increased|decreased|rose|fell|grew|contracted|shrank|shrunk|expanded|surged|soared|plunged|while|when|where|as|since|than|respectively|thereby|including|according|ranked|ranks|ranking|came|comes|placed|finished|totaling|totalling|stood|stands|hit|achieved|attained|amounted|remained|which|who|whose|thanks\s+to|due\s+to|so|but|because|although|though|whereas|comprise|comprises|comprised|include|includes|included|percent|per\s?cent)

# A subject word: a word that is no stop word (and no qualifier before a
# number), a short parenthesis, or a date the subject is as of
# ("disbursement as of 31/12/2024 reached").  A word is taken whole
# (possessive "*+"): nothing after a subject starts inside a word, and a
# subject that cannot end cannot end one letter earlier either.
define SW (?:\bas\s+of\s+(?:\d{1,2}/\d{1,2}(?:/\d{4})?|\d{1,2}\s+%{MONTH}\.?(?:\s+\d{4})?|%{MONTH}\.?\s+\d{1,2}(?:,?\s+\d{4})?|(?:the\s+)?end\s+of\s+%{MONTH}(?:\s+\d{4})?)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}'’-])(?!%{STOPWORD}\b|%{QUALWORDS}\s+\d|(?:VND|VNĐ|USD|US\$|EUR)\d|cent\b)\p{L}[\p{L}\p{N}'’&-]*+|\([^()]{1,60}\)|\b[2-6]G\b|\bIPv[46]\b|\blevel[\s-][1-4]\b)

# A subject: words, and a list "A, B and C" across commas ("A, B, and C"
# too; but "A, and B" joins clauses: "of the population, and the province
# has earmarked ...").
define SUBJ %{SW}(?:\s+%{SW}){0,11}(?:(?:(?:,\s+%{SW}(?:\s+%{SW}){0,3})+,?|)\s+and\s+(?!the\s+(?:rate|proportion|share|percentage|number)\b|(?:up|down|increased|decreased|rose|fell|grew|reaching|reached|equal|equivalent|accounting|accounted)\b)%{SW}(?:\s+%{SW}){0,8})?

# A subject before its verb: a list "A, B and C" but no ", and", which
# joins clauses there ("... were issued, and Nha Trang accounted for").
define SUBJB %{SW}(?:\s+%{SW}){0,11}(?:(?:,\s+%{SW}(?:\s+%{SW}){0,3})*\s+and\s+(?!the\s+(?:rate|proportion|share|percentage|number)\b|(?:up|down|increased|decreased|rose|fell|grew|reaching|reached|equal|equivalent|accounting|accounted)\b)%{SW}(?:\s+%{SW}){0,8})?

# A shorter subject, for items of a list: "district level 85.3%".
define SUBJSHORT %{SW}(?:\s+%{SW}){0,4}

# Verbs that link a subject to its figure.
define LINKVERB (?:(?:is|are|was|were)\s+(?:targeted|projected|forecast|estimated|expected|planned|set)\s+at|(?:must|will|should|shall|would|(?:is|are|was|were)\s+(?:expected|set|due|projected|forecast|planned|targeted)\s+to)\s+(?:achieve|reach|hit|attain|exceed|be)|is|was|are|were|made\s+up|make\s+up|makes\s+up|has\s+reached|have\s+reached|reached|reaches|reach|hit|stood\s+at|stands\s+at|accounted\s+for|accounts\s+for|account\s+for|achieved|attained|amounted\s+to|totaled|totalled|was\s+at|is\s+at|at)

define MONTH (?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)

# What separates a factbox figure from its label: "97.3%: share of ...",
# "1,237 - public services now online" (a dash with a space before it, so
# that "2021-2023" is not one).
define LABELSEP (?::|\s+[-–—])\s+

# A score's maximum said right after it: "44.36 points out of 80", "8.74
# points (maximum 10 points)", "(max. 10)".
define SCOREMAX (?:\s+(?:out\s+of|on|of)\s+(?:a\s+)?(?:possible\s+|maximum\s+|max\.?\s+)(?:of\s+)?(?:%{TOTAL:total}|(?<total_num>\d{1,3}[.,]\d{1,2}))(?:\s+points?)?|\s+out\s+of\s+(?:a\s+(?:possible|maximum)\s+(?:of\s+)?)?(?:%{TOTAL:total}|(?<total_num>\d{1,3}[.,]\d{1,2}))(?:\s+points?)?|\s*\(\s*(?:max(?:imum)?\.?|out\s+of)\s*:?\s*(?:of\s+)?%{TOTAL:total}(?:\s+points?)?\s*\)|,\s+(?:the\s+)?(?:maximum|max\.?)\s+(?:is\s+|being\s+|of\s+)?%{TOTAL:total}(?:\s+points?)?(?=[\s,;.]|$))
