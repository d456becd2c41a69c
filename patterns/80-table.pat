# Table rows.  The HTML reader renders a row as its cells joined by " | ",
# each cell after the first labelled with its column's header:
#     DTI score | 2022: 0.6125 | 2023: 0.6581
#     Can Tho | DTI 2023 score: 0.6012 | Rank: 9
# A row is one sentence and each cell a clause of its own, so a header's
# year dates its cell.  The first cell is the fallback subject, the
# header the subject when it names a measure.  The kind comes from the
# row label (rank, score) or the value (a percentage; else a count).

define CELL \s\|\s(?:(?<subject_text>[^|:]{1,60}):\s)?
# A cell whose header names no ranking or score (for shares and counts).
define CELLQ \s\|\s(?:(?![^|:]*\b(?:score|index|points?|rank|ranking|position)\b)(?<subject_text>[^|:]{1,60}):\s)?
define CELLEND (?=\s\||\s*$)
define RANKVALUE (?:%{INT:value}/%{TOTAL:total}|%{ORDINAL:value}|(?<value_num>[1-9]\d{0,2})(?![\d.,%]))

# A score column beside its scale ("Score: 9.11 | Maximum score: 10.00"):
# the row's score out of that maximum.
pattern table.cell_score_of
kind score
needs PIPE
priority 91
regex ^(?<fallback_text>[^|:]{1,80}?)(?:\s\|\s[^|]*?)*?\s\|\s(?<subject_text>[^|:]{0,30}?\b(?:score|points?|value)\b[^|:]{0,10}?):\s%{NUMERAL:value}\s\|\s[^|:]{0,20}?\b(?:maximum|max|scale|out\s+of)\b[^|:]{0,20}?:\s%{NUMERAL:total}%{CELLEND}
example Land access | Score: 6.42 | Maximum score: 10.00 | Rank: 21 => score 6.42/10 subject~"Land access"
reject Land access | Score: 6.42 | Rank: 21

# The scale first ("Component | Max | Dong Thap" above "Digital government |
# 11.00 | 9.64"): the cell after the maximum is the row's score out of it,
# and the maximum itself no fact.
pattern table.cell_max_score
kind score
needs PIPE
priority 91
regex ^(?<fallback_text>[^|:]{1,80}?)(?:\s\|\s[^|]*?)*?\s\|\s[^|:]{0,20}?\b(?:maximum|max)\b[^|:]{0,20}?:\s%{NUMERAL:total}\s\|\s[^|:]{1,40}:\s%{NUMERAL:value}%{CELLEND}
example Land access | Max: 10.00 | Kon Tum: 6.42 | Rank: 21 => score 6.42/10 subject~"Land access"
reject Land access | Score: 6.42 | Rank: 21

pattern ignore.table_max
kind ignore
needs PIPE
regex \s\|\s[^|:]{0,20}?\b(?:maximum|max)\b[^|:]{0,20}?:\s\d[\d.,]*(?=\s\||\s*$)
example Land access | Max: 10.00 | Note: revised => none
reject Land access | Score: 6.42 | Rank: 21

pattern table.cell_rank_change
kind rank_change
needs PIPE
priority 90
regex (?:^|\s\|\s)(?<subject_text>[^|:]{0,60}?\b(?:change|movement|up/down)\b[^|:]{0,30}?\b(?:rank|ranking|position|place)s?\b[^|:]{0,20}?|[^|:]{0,60}?\b(?:rank|ranking|position|place)s?\b[^|:]{0,30}?\b(?:change|movement)\b[^|:]{0,20}?):\s(?<sign_sign>[+−-])?(?<value_num>\d{1,2})(?![\d.,%])%{CELLEND}
example Rank: 2 | Province/city: Thai Binh | DTI 2024: 0.5512 | Change in rank: +4 => rank_change 4 province="Thai Binh" year=2024
example Rank: 7 | Province: Soc Trang | Rank change: -3 => rank_change -3 province="Soc Trang"
reject Rank: 2 | Province: Thai Binh | Score change: +0.04

pattern table.cell_rank
kind rank
needs PIPE
priority 89
regex (?:^|\s\|\s)(?<subject_text>[^|:]{0,60}?\b(?:rank|ranking|position|place)\b[^|:]{0,30}?):\s%{RANKVALUE}%{CELLEND}
example Binh Duong | PCI 2023 (points): 68.49 | PCI rank 2022: 5 | DTI rank 2023: 9 => rank 5 province="Binh Duong" indicator=PCI year=2022
example Binh Duong | PCI 2023 (points): 68.49 | PCI rank 2022: 5 | DTI rank 2023: 9 => rank 9 indicator=DTI year=2023
example Vinh Long | DTI 2023 score: 0.5893 | Rank: 12 => rank 12 indicator=DTI year=2023 province="Vinh Long"
example Rank: 3 | Province/city: Ninh Binh | PAR INDEX 2023: 89.7% => rank 3 province="Ninh Binh" indicator=PAR year=2023

pattern table.cell_score
kind score
needs PIPE
priority 89
regex \s\|\s(?<subject_text>[^|:]{0,60}?\b(?:score|points?|index)\b[^|:]{0,30}?):\s%{NUMERAL:value}%{CELLEND}
example Binh Duong | PCI 2023 (points): 68.49 | PCI rank 2022: 5 => score 68.49 province="Binh Duong" indicator=PCI year=2023
example Vinh Long | DTI 2023 score: 0.5893 | Rank: 12 => score 0.5893 subject~DTI year=2023 province="Vinh Long"

pattern table.rank
kind rank
needs PIPE
priority 87
regex ^(?<fallback_text>[^|:]{0,60}?\b(?:rank|ranking|position|place)\b[^|:]{0,30}?)%{CELL}%{RANKVALUE}%{CELLEND}
example DTI ranking | 2022: 2 | 2023: 1 => rank 2 year=2022 indicator=DTI
reject Records submitted online | 2022: 81.4% | 2023: 90.2%

pattern table.rank_more
kind rank
priority 87
follow table.rank
regex %{CELL}%{RANKVALUE}%{CELLEND}
example DTI ranking | 2022: 2 | 2023: 1 => rank 1 year=2023 indicator=DTI

pattern table.score
kind score
needs PIPE
priority 87
regex ^(?<fallback_text>[^|:]{0,60}?\b(?:score|index|points?|value)\b[^|:]{0,30}?)%{CELL}%{NUMERAL:value}%{CELLEND}
example DTI score | 2022: 0.6125 | 2023: 0.6581 => score 0.6125 year=2022 indicator=DTI
reject Fully online public services | 2022: 1,215 | 2023: 1,402

pattern table.score_more
kind score
priority 87
follow table.score
regex %{CELL}%{NUMERAL:value}%{CELLEND}
example DTI score | 2022: 0.6125 | 2023: 0.6581 => score 0.6581 year=2023 indicator=DTI

pattern table.percent_change
kind percent_change
needs PIPE
priority 88
regex ^(?<fallback_text>[^|:]{0,80}?\b(?:change|growth|increase|decrease|rise|fall)\b[^|:]{0,80}?)%{CELLQ}(?<sign_sign>[+−-])?%{NUMERAL:value:pct}%{PCTSIGN}%{CELLEND}
example Change in online fee payments against the same period of 2023 | Value: +22.4% => percent_change 22.4 subject~"online fee payments"

# A change column ("Change y/y", "Growth (%)"): a signed percentage in it
# is the change of the row's measure.
pattern table.cell_change
kind percent_change
needs PIPE
priority 89
regex ^(?<fallback_text>[^|:]{1,80}?)(?:\s\|\s[^|]*?)*?\s\|\s(?<subject_text>[^|:]{0,30}?\b(?:change|changes|y/y|yoy|year[\s-]on[\s-]year|growth|increase)\b[^|:]{0,20}?):\s(?<sign_sign>[+−-])?(?<value_pct>\d{1,3}(?:[.,]\d{1,3})?)(?:%{PCTSIGN}|\s+\(percentage\s+points?\))%{CELLEND}
example State budget revenue (VND billion) | H1 2025: 8,140 billion VND | Change y/y: +12.6% | 2025 target: 15,000 billion VND => percent_change 12.6 subject~"budget revenue"
example Newly registered FDI (USD million) | 9M 2025: 412 million USD | Change y/y: -4.2% => percent_change -4.2 subject~FDI
example Online payment rate (%) | 2025: 71.2% | Change vs 2024 (%): +9.4 (percentage points) => percent_change 9.4 subject~"Online payment"

pattern table.percent
kind percent
needs PIPE
priority 86
regex ^(?<fallback_text>[^|:]{1,80}?)%{CELLQ}%{QUAL:qualifier}?%{NUMERAL:value:pct}%{PCTSIGN}%{CELLEND}
example Records submitted online | 2022: 81.4% | 2023: 90.2% => percent 81.4 year=2022 subject="Records submitted online"
example Ha Nam | Households with broadband: 88.5% => percent 88.5 province="Ha Nam" subject="Households with broadband"

pattern table.percent_more
kind percent
priority 86
follow table.percent
regex %{CELLQ}%{QUAL:qualifier}?%{NUMERAL:value:pct}%{PCTSIGN}%{CELLEND}
example Records submitted online | 2022: 81.4% | 2023: 90.2% => percent 90.2 year=2023 subject="Records submitted online"

pattern table.money
kind money
needs PIPE
priority 88
regex ^(?<fallback_text>[^|:]{1,80}?)%{CELLQ}%{QUAL:qualifier}?(?:(?<unit_currency>\bVND|\bVNĐ|US\$|U\$S|\bUSD|\$)\s?%{MONEYNUM:value}|%{MONEYNUM:value}\s+(?<unit_currency>VND|VNĐ|dong\b|USD))%{CELLEND}
example Online fee payments | Value: VND 36.2 billion => money 36200000000 subject="Online fee payments"

# A cell with a decimal and no unit, in a row that names no ranking: the
# score of its row's component (a count is a whole number).
pattern table.score_decimal
kind score
needs PIPE
priority 85
regex ^(?<fallback_text>[^|:]{1,80}?)%{CELLQ}(?<value_num>\d{1,3}\.\d{1,4})%{CELLEND}
example Entry Costs | 2022: 7.07 | 2021: 6.26 => score 7.07 subject="Entry Costs" year=2022

pattern table.score_decimal_more
kind score
priority 85
follow table.score_decimal
regex (?:\s\|\s(?:[^|:]{1,60}:\s)?(?:N/A|n/a|-|–|—)(?=\s\|))*%{CELLQ}(?<value_num>\d{1,3}\.\d{1,4})%{CELLEND}
example Entry Costs | 2022: 7.07 | 2021: 6.26 => score 6.26 subject="Entry Costs" year=2021
example Policy Bias | 2013: 4.72 | 2012: N/A | 2011: N/A | 2008: 7.31 => score 7.31 subject="Policy Bias" year=2008

pattern table.count
kind count
needs PIPE
priority 84
regex ^(?<fallback_text>[^|:]{1,80}?)%{CELLQ}%{QUAL:qualifier}?%{COUNTNUM:value}%{CELLEND}
example Fully online public services | 2022: 1,215 | 2023: 1,402 => count 1215 year=2022 subject="Fully online public services"
reject Lam Dong | 12/05/2024

pattern table.count_more
kind count
priority 84
follow table.count
regex %{CELLQ}%{QUAL:qualifier}?%{COUNTNUM:value}%{CELLEND}
example Fully online public services | 2022: 1,215 | 2023: 1,402 => count 1402 year=2023 subject="Fully online public services"
