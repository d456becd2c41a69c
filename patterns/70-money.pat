# Money: an amount with its currency (ISO 4217 in unit).  What the money
# is: "for the smart city project" after it, "a US$5 million grant", or
# "Payments by QR code were worth", "transactions worth" before it.

define MONEYSUBJ (?<left>\s+(?:(?:was|were|is|are)\s+)?(?:worth|valued\s+at|totall?ing|of|(?:planned|estimated|projected|forecast|budgeted|set|put)\s+at)\s+|\s+%{LINKVERB}\s+|:\s+)
define MONEYFORTAIL (?:\s+(?:in|for)\s+(?:19|20)\d\d(?=\s+(?:for|to|on|into)\b))?\s+(?:(?:(?:came|comes|come|coming)\s+from\s+(?:the\s+)?|(?:for|to|on|in|into|of)\s+(?!(?:the\s+)?(?:first|last|past|next|same|previous|whole|entire)\b|(?:19|20)\d\d\b|(?:detail|full|total|cash|advance|principle)\b|%{MONTH}\b)(?:the\s+)?(?:(?:19|20)\d\d(?:[-–]\d{2,4})?\s+)?)(?<subject_text>%{SUBJSHORT}(?:\s+and\s+%{SUBJSHORT})?)|(?!(?:from|by|was|were|is|are|and|or|of|per|each|a|an|the|this|that|for|to|on|in|into|at|with|as|up|down|comes?|came|goes|went|will|has|have|had|would|could)\b)(?<subject_text>%{SUBJSHORT}))
# A restatement in another currency stays a figure of its own: the words
# after it are read through a lookahead ("VND 3.2 trillion (US$126
# million) on site clearance").
define MONEYFOR (?:(?=\s+\((?:about|around|nearly|over|some|approximately|equivalent\s+to|or)?\s*(?:US\$|U\$S|\$|VND|USD|€)?\s?[\d.,]+(?:\s+(?:thousand|million|billion|trillion|mln|mn|bn))?(?:\s+(?:USD|VND|dollars?|dong))?\)%{MONEYFORTAIL})|%{MONEYFORTAIL})

# "Article 6 puts the program's total capital for 2025-2030 at an
# estimated VND 612 billion": what is put at the amount.
pattern money.put_at
kind money
needs MONEY
priority 82
regex \b(?:puts?|putting|sets?|setting|estimates?|estimated|estimating|values?|valued|valuing|fix(?:es|ed)?)\s+(?<subject_text>(?:the\s+|its\s+|their\s+)?(?!at\b)[\p{L}'’][^,;:]{2,80}?)\s+at\s+(?:an?\s+estimated\s+|a\s+total\s+of\s+)?%{QUAL:qualifier}?(?<unit_currency>\bVND|\bVNĐ|US\$|U\$S|\bUSD|\$|€)\s?%{MONEYNUM:value}
example Article 6 puts the program's total capital for 2025-2030 at an estimated VND 612 billion => money 612000000000 subject~"total capital"
example The plan sets its budget at VND 1.2 trillion => money 1200000000000 subject~budget

pattern money.prefix
left fallback SUBJB
kind money
needs MONEY
priority 80
regex (?:%{MONEYSUBJ}(?:%{QUAL})?)?(?<unit_currency>\bVND|\bVNĐ|US\$|U\$S|\bUSD|\$|\bEUR|€)\s?%{QUAL:qualifier}?%{MONEYNUM:value}%{MONEYFOR}?
example In 2023 alone, the province attracted US$1.89 billion of new and additional FDI => money 1890000000 subject~"additional FDI"
example Spending on digital transformation in 2024-2025 is planned at VND 860 billion => money 860000000000 subject~"Spending on digital transformation" target=true
example The province attracted 6 new FDI projects with a total registered capital of US$285.6 million => money 285600000 unit=USD subject~"registered capital"
example Total investment rose to surpass VND48 trillion (U$S1.9 billion) => money 1900000000 unit=USD
example The data centre opened in 2021 at a cost of VND 140 billion => money 140000000000 subject="data centre"
example Budget revenue reached over VNĐ118.3 billion in 2024 => money 118300000000 qualifier=min
example Hotel revenue totaled over VND3 trillion ($118 million) in 2024 => money 118000000 qualifier=min
example Exports should reach US$5 billion or more by 2026 => money 5000000000 qualifier=min
example The new command centre, built at a total cost of VND 75 billion, watches 300 cameras => money 75000000000 subject="new command centre"
example The city signed cooperation agreements worth a total of US$2.1 billion with 14 investors => money 2100000000 subject="cooperation agreements"
example The province spent VND 1.2 trillion on digital infrastructure => money 1200000000000 unit=VND subject="digital infrastructure"
example The city has set aside VND 42 billion in 2025 for a smart parking system => money 42000000000 subject~"smart parking"
example The province has allocated VND 120 billion for 2024 to build a shared data centre => money 120000000000 subject~"shared data centre"
example a US$5 million loan => money 5000000 unit=USD subject=loan
example the grant was US$12m => money 12000000 unit=USD subject=grant
example e-commerce revenue grew to VND 6.8 trillion in the first nine months => money 6800000000000
example Total investment reached VND15 billion in 2023 => money 15000000000 unit=VND year=2023 subject="Total investment"
example Online payments were worth about VND 2.1 trillion => money 2100000000000 qualifier=approx subject="Online payments"
example A US$5 million grant from the Korea International Cooperation Agency is helping the province => money 5000000 subject~"grant from the Korea"
example The city has earmarked VND 350 billion for the 2024-2026 smart city project => money 350000000000 subject="smart city project"
example Payments by QR code alone were worth VND 1.2 trillion => money 1200000000000 subject~"Payments by QR code"
example As of May 28, Ha Tinh has allocated more than VND 4,868 billion => money 4868000000000 qualifier=min subject="Ha Tinh allocated"
example Quang Nam spent VND 1.2 trillion last year => money 1200000000000 subject~spent
example about 45,700 transactions worth VND 38.6 billion were paid online => money 38600000000 subject=transactions qualifier=exact
example E-commerce revenue: VND 4,500 billion => money 4500000000000 subject="E-commerce revenue"
reject the province has 4,500 enterprises


# "- VND 1,250 billion: total investment in digital infrastructure": an
# amount followed by its label.
pattern money.figure_label
kind money
needs MONEY
priority 82
regex ^(?:[-•*–]\s*)?%{QUAL:qualifier}?(?:(?<unit_currency>\bVND|\bVNĐ|US\$|U\$S|\bUSD|\$|\bEUR|€)\s?%{MONEYNUM:value}|%{MONEYNUM:value}\s+(?<unit_currency>VND|VNĐ|dong\b|đồng|USD|US\s+dollars?|dollars?|euros?))%{LABELSEP}%{SUBJ:subject}
example - VND 1,250 billion: total investment in digital infrastructure over nine months => money 1250000000000 unit=VND subject~"investment in digital infrastructure"
example 17 billion dong: the budget for the smart city centre => money 17000000000 unit=VND subject~budget
example VND 152 billion - public spending on digital transformation in 2024 => money 152000000000 unit=VND subject~spending
pattern money.suffix
left fallback SUBJB
kind money
needs MONEY
needs CURRENCYWORD
priority 80
regex (?:%{MONEYSUBJ}(?:%{QUAL})?)?%{MONEYNUM:value}\s+(?<unit_currency>VND|VNĐ|dong\b|đồng|USD|US\s+dollars?|dollars?|euros?)%{MONEYFOR}?
example allocating 120 billion dong for digital transformation => money 120000000000 unit=VND subject="digital transformation"
example about 17 billion VND was disbursed for the project => money 17000000000 qualifier=approx subject~project
example the province allocated 96.5 billion dong to upgrade its data centre => money 96500000000 subject~"upgrade its data centre"
example total investment of 2.3 trillion dong in digital infrastructure => money 2300000000000 subject="digital infrastructure"
example Tax collection reached VND 5.5 trillion, of which 1.4 trillion VND came from the non-state sector => money 1400000000000 subject~"non-state sector"

# "followed by China and Japan with $510 million and $380 million,
# respectively": an amount for each item of the list before it.
pattern money.respectively
kind money
needs MONEY
needs RESPECTIVELY
priority 85
left subjects SUBJ required
regex ,?\s+(?:with|of|at|reached|reaching|attracted|attracting|invested|investing|contributed|spent|earned|collected|raised|totalling|totaling|were|was|had)\s+(?<values_list>(?<unit_currency>US\$|\$|\bVND|\bVNĐ|€)\s?%{MONEYNUM}(?:(?:,\s*|,?\s+and\s+)(?:US\$|\$|VND|VNĐ|€)?\s?%{MONEYNUM})+)\s*,?\s+respectively
example Singapore was the largest investor with $420 million, followed by Taiwan and Thailand with $310 million and $150 million, respectively => money 150000000 unit=USD province=null subject~Thailand
example Singapore was the largest investor with $420 million, followed by Taiwan and Thailand with $310 million and $150 million, respectively => money 310000000 subject~Taiwan
example Long An and Binh Duong attracted VND 5,200 billion and VND 9,800 billion, respectively => money 9800000000000 unit=VND province="Binh Duong"

