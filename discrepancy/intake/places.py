"""Places named in articles: a country or its adjective, mapped to the country, for a drafted claim's
geography."""

PLACES = {
    "afghanistan": "Afghanistan", "afghan": "Afghanistan", "iraq": "Iraq", "iraqi": "Iraq", "syria": "Syria",
    "syrian": "Syria", "russia": "Russia", "russian": "Russia", "pakistan": "Pakistan", "pakistani": "Pakistan",
    "libya": "Libya", "libyan": "Libya", "yemen": "Yemen", "yemeni": "Yemen", "iran": "Iran", "iranian": "Iran",
    "turkey": "Turkey", "turkish": "Turkey", "ukraine": "Ukraine", "ukrainian": "Ukraine", "nigeria": "Nigeria",
    "nigerian": "Nigeria", "somalia": "Somalia", "somali": "Somalia", "mali": "Mali", "egypt": "Egypt",
    "egyptian": "Egypt", "lebanon": "Lebanon", "lebanese": "Lebanon", "jordan": "Jordan", "jordanian": "Jordan",
    "tajikistan": "Tajikistan", "turkmenistan": "Turkmenistan", "france": "France", "french": "France",
    "germany": "Germany", "german": "Germany", "britain": "United Kingdom", "british": "United Kingdom",
    "sudan": "Sudan", "sudanese": "Sudan", "ethiopia": "Ethiopia", "ethiopian": "Ethiopia", "gaza": "Gaza",
    "israel": "Israel", "israeli": "Israel", "china": "China", "chinese": "China", "india": "India", "indian": "India",
}  # fmt: skip
