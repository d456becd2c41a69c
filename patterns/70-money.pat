# Money: an amount with its currency (ISO 4217 in unit).

pattern money.prefix
kind money
priority 80
regex (?<unit_currency>\bVND|\bVNĐ|US\$|\bUSD|\$|\bEUR|€)\s?%{QUAL:qualifier}?%{MONEYNUM:value}(?:\s+(?:for|to|on)\s+%{SUBJSHORT:subject})?
example The province spent VND 1.2 trillion on digital infrastructure => money 1200000000000 unit=VND subject="digital infrastructure"
example a US$5 million loan => money 5000000 unit=USD

pattern money.suffix
kind money
priority 80
regex %{QUAL:qualifier}?%{MONEYNUM:value}\s+(?<unit_currency>VND|VNĐ|dong\b|đồng|USD|US\s+dollars?|dollars?|euros?)(?:\s+(?:for|to|on)\s+%{SUBJSHORT:subject})?
example allocating 120 billion dong for digital transformation => money 120000000000 unit=VND subject="digital transformation"
example about 17 billion VND was disbursed => money 17000000000 qualifier=approx
