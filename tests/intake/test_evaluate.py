"""The intake measured on the corpus of real articles (tests/data/articles): each article is a test case
held to its answer file, and the corpus as a whole to the figures of issue 14."""

from __future__ import annotations

import json

import pandas as pd
import pytest
import yaml

from discrepancy.cli import run
from discrepancy.errors import DiscrepancyError
from discrepancy.intake import extract_articles
from discrepancy.intake.evaluate import evaluate, load_answers, match, same_speaker
from tests.helpers import TESTS

CORPUS = TESTS / "data" / "articles"
ANSWERS = {a.name: a for a in load_answers(CORPUS)}
#: Labelled numbers the intake does not draft today, each with why. A new miss fails its article's test;
#: so does a miss fixed (take it off this table).
KNOWN_MISSES = {
    # vague money, not drafted (it was drafted as "hundreds", a figure a thousand times too small)
    "csoonline-ransomware-attack-costs-2018": {"hundreds of thousands of dollars"},
    # "circa" glued to its figure ("inc c2000 in Q4"), passed over as part of a name (a "200" elsewhere in the article
    # was taken for it by its words until 2026-12-08)
    "newstatesman-2013-lib-dem-membership-fall": {"c2000"},
    # round 40: a headline's figure the body repeats ("kills 11", "1 Million Migrants", "61 pct", "Growth to 3.9%",
    # "over 500,000 out-patients", "more than £200,000", "150,000", "Over 70,000 Tons of Contaminated Sand") and a
    # figure said twice ("tops one million", "topped a million", "79,039", "is 21,316", "almost $5m", "its 100 per cent
    # vaccination target", "a third of the 1.689 million hectares"): one row each, noted as said again; the end of a
    # change drafted with its start ("from 42,042 to 42,187"); "the eight homes" and "the nine miners" (the ones named
    # before, passed over); counts in words before a noun the intake does not count ("four traditional-style farms",
    # "One family", "two Russian oil tankers", "the two roads", "one lane", "at least one other UK production site",
    # "broke in two"); and a typhoon's distance from the coast ("1,100 kilometres", which places it)
    "africanagriculture-2012-zambia-zimbabwe-maize-forecasts-cut": {"a third of the 1.689 million hectares"},
    "bordermail-2010-walla-gerogery-bushfire-damage-bill": {
        "almost $5m",
        "eight homes",
        "four traditional-style farms",
        "One family",
    },
    "dawn-2024-balochistan-coal-mine-methane": {"kills 11", "nine miners"},
    "hamodia-2015-un-million-migrants-by-sea": {"1 Million Migrants", "tops one million", "topped a million"},
    "hurriyetdailynews-2022-turkey-eid-road-deaths-down-61-pct": {"61 pct"},
    "infobalkans-2018-bulgaria-bnb-growth-forecast": {"Growth to 3.9%"},
    "irishtimes-2018-outpatient-waiting-list-500000": {"over 500,000 out-patients", "79,039", "42,187"},
    "malaysiachronicle-2021-malaysia-school-dropouts-pandemic": {"is 21,316"},
    "midday-2021-india-missed-vaccination-target": {"its 100 per cent vaccination target"},
    "mortgagestrategy-2006-land-registry-average-home-200000": {"more than £200,000"},
    "news1130-2015-bc-wildfires-hectares": {"the two roads", "one lane"},
    "rawstory-2006-vietnam-typhoon-cimaron-evacuation": {"150,000", "1,100 kilometres"},
    "telesur-2024-kerch-oil-spill-sand-removed": {
        "Over 70,000 Tons of Contaminated Sand",
        "two Russian oil tankers",
        "broke in two",
    },
    "theautochannel-2004-jaguar-unions-2000-job-cuts": {"at least one other UK production site"},
    # round 39: a headline's figure the body repeats ("13 killed", "78 bodies", "at least 18,000", "1 841 Malaria
    # Cases", "infects 17", "Bodies of 18 victims", "21 still missing", "3.5 tln won", "below 10%") and a figure said
    # twice ("figure of 62.59 per cent", "9.7 million customers", "7 deaths were reported"): one row each, noted as said
    # again; the whole of "70 of the 97 residents", counts in words of one thing or of things named after them ("one
    # man later succumbed", "one passenger from Ghana", "Two Hellenic Coast Guard patrol boats", "eight urban local
    # bodies", "two ICU (intensive care unit) patients"), "the three" and "the seven missing" (the ones named before,
    # passed over), "hospitalises three" in a headline, a change's end ("this year to nine"), "a six-member team", and
    # "up to 13-14 lakh cusecs" (a bound or a range: drafted for review, which the label "13-14 lakh cusecs" does not
    # match)
    "asianage-2020-delhi-turnout-delay-aap": {"figure of 62.59 per cent"},
    "breakingnews-bd-2020-mahad-building-collapse": {"13 killed", "97 residents", "one man later succumbed"},
    "devdiscourse-2023-mumbai-airport-drug-seizure": {"one passenger from Ghana", "The three arrested people"},
    "ekathimerini-2023-pylos-shipwreck-78-bodies": {
        "78 bodies",
        "Two Hellenic Coast Guard patrol boats",
        "one Coast Guard rescue boat",
    },
    "groupkenya-2014-kenya-rhinos-elephants-poached": {"this year to nine", "a six-member team"},
    "hani-2022-seoul-yoon-rally-police-organizers": {"at least 18,000"},
    "ndtv-2011-hirakud-dam-release-orissa-floods": {"13-14 lakh cusecs", "eight urban local bodies"},
    "newindianexpress-2022-delhi-aqi-severe-hospital-opds": {"two ICU (intensive care unit) patients"},
    "philstar-2013-masbate-ferry-missing": {
        "the seven missing passengers",
        "the seven missing could",
        "Of the seven missing",
    },
    "pindula-2024-zimbabwe-malaria-week-cases": {
        "1 841 Malaria Cases",
        "1 841 malaria cases",
        "7 deaths were reported",
    },
    "royalgazette-2023-bermuda-food-inflation-below-10": {"below 10%"},
    "stuff-2011-auckland-measles-outbreak": {"hospitalises three", "infects 17"},
    "techmonitor-2022-medibank-breach-9-7-million": {"9.7 million customers"},
    "thehimalayantimes-2020-lidi-landslide-18-bodies-21-missing": {"Bodies of 18 victims", "21 still missing"},
    "yonhap-2022-korea-truckers-strike-3-5-trillion-won": {"3.5 tln won"},
    # round 38: a headline's or a standfirst's figure the body repeats ("total of $21.84 billion", "76,2%", "over 100,000
    # acres burned", "3 lakh commuters a day", "12 dead", "58 injured", "Toll rises to 10", "RM80.5 mln", "166 people",
    # "128 injured", "Over a million people"), a figure said twice ("contributed $11.74 billion", "23 percent contained",
    # "out of the 255 farms"), hours of power cuts read as durations ("up to 10 hours"), one of each seized item in a
    # list ("one laptop", "one printer"), counts in words with no noun ("one from Mizoram's", "two each from
    # Jharkhand"), a change's end drafted with its start ("from 253 to 317 cases"), "two great-grandchildren", "a bed
    # or two extra" and a depth ("by six feet")
    "anews-2022-pakistan-loadshedding-8000mw": {"impacted by 10 hours", "up to 10 hours", "up to 8 hours"},
    "arabnews-2019-pakistan-remittances-saudi-uae": {"contributed $11.74 billion", "total of $21.84 billion"},
    "dailysun-2017-matric-pass-rate-76-2": {"76,2%"},
    "gma-2018-carr-fire-100000-acres": {"23 percent contained", "over 100,000 acres burned", "two great-grandchildren"},
    "malaysiakini-2019-haze-asthma-conjunctivitis-cases": {"to 317 cases"},
    "observerbd-2022-dhaka-fake-note-factory": {
        "four fake money-making cases",
        "one cutter",
        "one kauta pasting gum",
        "one laminating machine",
        "one laptop",
        "one printer",
        "three money-making dices",
    },
    "oneindia-2017-delhi-metro-ridership-fare-hike": {"3 lakh commuters a day"},
    "oneindia-2019-dhule-chemical-factory-explosion": {"12 dead", "58 injured"},
    "rediff-2022-mizoram-stone-quarry-collapse-toll": {
        "Toll rises to 10",
        "one from Mizoram's Lunglei district",
        "two each from Jharkhand and neighbouring Assam",
    },
    "theborneopost-2017-sabah-ivory-pangolin-seizure": {"RM80.5 mln"},
    "thepoultrysite-2015-nigeria-bird-flu-compensation": {"out of the 255 farms"},
    "tribune-2015-pakistan-floods-ndma-million-affected": {
        "128 injured",
        "166 people",
        "Over a million people",
        "by six feet",
    },
    "vancouversun-2018-homeless-count-forecast": {"a bed or two extra"},
    # round 37: a headline's figure the body repeats in other words ("about $15 million", "More than one million
    # tourists", "jumped to 112", "Over $2 Billion", "rises to 55", "63 cholera deaths", "11 foreigners"), a figure said
    # twice (one row: TÜİK's 3,047,000 and DİSK-AR's 13,383,000 said again in a quotation, the unions' 310,000), two
    # figures in one label ("£60 million and 95,000 customers"), the headline's "half" (one row with the body's "More
    # than half"), a count in words with no noun ("one of the suspected illegal miners"), a
    # figure printed with a zero for an O ("0ne million") and a bound before "-plus" ("as
    # high as 80,000-plus")
    "birgun-2025-turkey-broad-unemployment-disk-ar": {
        "TÜİK’s figure of 3,047,000",
        "in June 2025, 3,047,000",
        "to 13,383,000",
    },
    "businessreporter-2016-talktalk-breach-cost-60m": {"£60 million and 95,000 customers"},
    "citizen-2024-mpumalanga-illegal-miners-arrested": {
        "11 foreigners",
        "one of the suspected illegal miners",
    },
    "delawareonline-2019-philadelphia-port-cocaine-record": {"about $15 million"},
    "ewn-2019-new-zealand-teachers-mega-strike": {"half"},
    "expatica-2010-paris-pension-demo-police-unions": {"310,000"},
    "fiscalnepal-2024-nepal-one-million-tourists-2023": {"0ne million", "More than one million tourists"},
    "irishtimes-2024-ireland-housing-need-estimates": {"as high as 80,000-plus"},
    "patch-2021-washington-heat-wave-deadliest": {"jumped to 112"},
    "programbusiness-2011-queensland-floods-yasi-insured-costs": {"Over $2 Billion"},
    "prothomalo-2022-panchagarh-boat-capsize-toll": {"rises to 55"},
    "ripplesnigeria-2024-ncdc-cholera-63-deaths": {"63 cholera deaths"},
    # round 36: a headline's figure the body repeats in other words ("kill 177", "₦8.5bn", "£8,500 a year", "spread to 44
    # counties", "more than 3,000 doctors", "40-Square-Mile Area", "HK$13.8 million haul", a standfirst's "2.4 million
    # tablets" and "470 litres"), a figure said twice (one row: "at least 177 people died", "reported 14,263", "actual
    # registration of 8,975", "its 368 slayings", "500 000 chickens", and the tiger census's "rose 12 percent", one
    # row since "the latest tiger census shows" names its speaker), a count printed with a leading zero ("some 06
    # people", which the reader leaves for review), "MTs" after a figure with dots (2,951 or 2.951? for review), counts
    # in words with no noun the intake counts ("three southern states", "eight-count charge", "two-dragline operation"),
    # and a depth ("more than a foot")
    # the headline's "Half a million chickens" is one row with the body's 500 000 (it was drafted as "a million",
    # 1,000,000, which the scoring took for it by its words until 2026-12-08)
    "citizen-2017-sa-bird-flu-half-million-cull": {"500 000 chickens are to be euthanised", "Half a million chickens"},
    "financialexpress-2021-bangladesh-lightning-177-deaths": {"kill 177", "at least 177 people died"},
    "hallmarknews-2025-efcc-bankers-8-5bn-fraud": {"₦8.5bn", "eight-count charge"},
    "iptv-2011-mississippi-flood-farmers": {"more than a foot", "three southern states"},
    "metro-2012-average-tuition-fees-8500": {"£8,500 a year"},
    "nation-2023-kenya-fall-armyworm-44-counties": {"spread to 44 counties"},
    "nationalherald-2023-central-hospitals-doctor-shortage": {"more than 3,000 doctors"},
    "pgjonline-2022-peru-repsol-spill-area-cleanup-cost": {"40-Square-Mile Area"},
    "pri-2011-india-tiger-numbers-dont-add-up": {"rose 12 percent"},
    "scmp-2019-hong-kong-customs-fake-medicine-haul": {
        "Haul included 2.4 million tablets",
        "HK$13.8 million haul",
        "and 470 litres of bogus liquefied medicine",
    },
    "smenet-2018-glencore-hail-creek-pinnacle-cutbacks": {"two-dragline operation"},
    "thecrimereport-2009-detroit-homicide-count-dispute": {"its 368 slayings"},
    "whatsupnewsghana-2020-ec-voters-register-padding": {
        "actual registration of 8,975",
        "reported 14,263",
    },
    # round 35: a headline's figure the body repeats in other words ("$50 Million", "Five killed", "Over 145", "21,000 dead
    # pangolins", "more than 1 million people", "4.5pc", "5.5 million doses", "3 countries"), counts in words with no
    # noun or after "of" ("Four political parties", "six", "two franchised routes"), a change
    # printed "from from" ("from HK$1.8 to HK$4.2 per trip"), "11 trapped
    # gold miners" and "six fishermen" said again (one row each with the figure before), a depth of snow ("more than
    # two feet"), and a change in brackets ("4678.6 soum higher")
    "adaderana-2014-lankan-fishermen-indian-prisons": {"six", "six fishermen"},
    "ahval-2018-turkey-election-recount-objections": {"Four political parties"},
    "dimsumdaily-2022-star-ferry-fare-rise": {"from HK$1.8 to HK$4.2 per trip", "two franchised routes"},
    "dw-2021-shandong-gold-miners-rescued": {"11 trapped gold miners"},
    "manilabulletin-2021-galvez-vaccine-donations": {"3 countries", "5.5 million doses"},
    "mothership-2019-second-pangolin-scales-haul": {"21,000 dead pangolins"},
    "nagalandpost-2008-naina-devi-stampede": {"Over 145"},
    "securityaffairs-2019-norsk-hydro-cyberattack-cost": {"$50 Million"},
    "thehindu-2022-jodhpur-cylinder-blast": {"Five killed"},
    "silkroadnews-2017-uzbekistan-som-devaluation": {"4678.6 soum higher", "68.73 soum higher"},
    "thedailystar-2023-bangladesh-child-labour-rise": {"4.5pc"},
    "transmissionhub-2016-snowstorm-power-outages": {"more than 1 million people", "more than two feet"},
    # round 34: a headline's figure the body repeats in other words ("21 dead", "$100 Million in Damages", "At least
    # 700", "93c/l", "$20b", "top $1 billion", "Rises to 14", "Rs 8 Per Kg", "About $1B", "934 ha", "7.6 million
    # children"), a figure said twice (one row: "about a billion", "Rs 180 to Rs 185 per kg", "the fiscal deficit was
    # $15.5 billion"), vague counts ("thousands of aftershocks", "several house fires", "scores"), counts in words with
    # no noun ("three"), a share of a singular whole ("one-quarter of a twin bed"),
    # zero in a word ("a zero road toll"), an age labelled as the person counted ("a 65-year-old woman"), and a level
    # printed with a leading zero ("07.82 feet", which the reader leaves for review)
    "bairdmaritime-2023-rizal-boat-capsize-toll": {"21 dead"},
    "cbn-2019-california-aftershocks-damage": {
        "$100 Million in Damages",
        "several house fires",
        "thousands of aftershocks",
    },
    "cnn-2010-dadaab-refugee-camp-overcrowding": {"At least 700", "three"},
    "dailymonitor-2013-uganda-jails-overcrowded": {"one-quarter of a twin bed"},
    "ewn-2012-petrol-price-93c-increase": {"93c/l"},
    "newsday-2020-trinidad-budget-deficit-forecast": {"$20b", "the fiscal deficit was $15.5 billion"},
    # vague money is not drafted (the reader would lose its currency): "hundreds of millions of dollars" was drafted
    # as "hundreds", a figure a million times too small
    "ninefinance-2017-cyclone-debbie-damage-bill": {"top $1 billion", "hundreds of millions of dollars"},
    "ocalastarbanner-2003-new-york-war-protest-arrests": {"scores", "three"},
    "rnz-2012-easter-road-toll-zero": {"a zero road toll", "zero holiday road toll"},
    "sputnik-2023-brazil-building-collapse-toll": {"Rises to 14", "a 65-year-old woman"},
    "startuppakistan-2023-sugar-wholesale-price-rise": {"Rs 180 to Rs 185 per kg", "Rs 8 Per Kg"},
    "thenewhumanitarian-2004-madagascar-measles-campaign": {"7.6 million children"},
    "villagevoice-2005-nyc-transit-strike-cost": {"About $1B", "about a billion"},
    "vnexpress-2016-illegal-logging-934-hectares": {"934 ha"},
    # round 33: a headline's figure the body repeats in other words ("5 miners", "Nearly 21,000 migrants", "40,000
    # Persons", "28,000 litre smuggled diesel", "2 lives lost", "17m", "22m", "more than 3,000 in Zimbabwe", "over 90%"),
    # a figure said again by a speaker (one row: "more than 1 000 illegal miners here"), counts in words with no noun
    # ("Nineteen", "five have come out alive", "Four illegal filling stations"),
    # shares of a singular whole ("roughly half", "more than half died"), a working time from 18 to
    # 24 hours (a duration), "rose to 30 July 23" (a date, as printed), the dollar sum in a sentence whose verb is no
    # speech ("unveiled ... a landmark $26 billion settlement", beside the headline's)
    "bulawayo24-2019-matobo-gold-mine-collapse": {
        "5 miners",
        "The two ring leaders",
        "five have come out alive",
        "more than 1 000 illegal miners here",
    },
    "educationviews-2019-poland-teachers-strike-schools": {"from 18", "to 24 hours"},
    "foxbusiness-2021-colonial-pipeline-ransom-recovered": {"roughly half"},
    "hurriyetdailynews-2015-greece-migrant-arrivals-21000": {"Nearly 21,000 migrants"},
    "irin-2009-zimbabwe-cholera-toll-3028": {"more than 3,000 in Zimbabwe"},
    "japannews-2022-sekisei-coral-bleaching-90-percent": {"more than half died", "over 90%"},
    "northernstar-2019-nsw-bushfires-million-hectares": {"2 lives lost", "Nineteen"},
    "ntd-2021-opioid-settlement-26-billion": {"$26 billion"},
    "recyclingtoday-2021-us-port-congestion-80-ships": {"falling to 27", "rose to 30", "six near San Francisco"},
    "saharareporters-2019-borno-flood-displaces-40000": {"40,000 Persons"},
    "thenews-2018-karachi-smuggled-diesel-seized": {
        "28,000 litre smuggled diesel",
        "Four illegal filling stations and pumps",
        "one Toyota Surf",
    },
    "thisday-2021-nigeria-housing-deficit-fashola": {"17m", "22m", "the figure 17 million"},
    # round 32: a headline's figure the body repeats ("318 mln people", "300,000 children", "$3.3bn", "N5bn", "One
    # Killed"), a figure said twice with the same value by two speakers ("$315 billion"), counts in words with no noun, metric tons written "mt" with no scale word
    # (which may be megatonnes: review), "between a million to a million-and-a-half"
    "abc-2009-rudd-swan-debt-peak-dispute": {"$315 billion", "trillion dollar economy"},
    "baltimoresun-2015-baltimore-marathon-smaller-field": {"six officers"},
    "businessinsiderafrica-2020-ghana-year-of-return-tourism-revenue": {"$3.3bn"},
    "huffpostuk-2010-ucl-hospital-superbug-babies": {"Three Babies", "one premature baby"},
    "kuna-2025-wfp-acute-food-insecurity": {"318 mln people"},
    "swradioafrica-2014-zimbabwe-school-dropouts": {
        "300,000 children",
        "Around 300,000 Zim children",
        "between a million to a million-and-a-half",
    },
    "theafricareport-2023-nigeria-kidnappings-ransom": {"N5bn", "three “key suspects”"},
    "urdupoint-2020-moscow-region-gas-blast-toll": {"6 Injured", "One Killed", "one fatality"},
    # round 31: headline figures the body repeats ("$30b", "$1.4M", "$4.4 million", "1,500-plus workers", "more than
    # €23 billion"), counts in words with no noun ("three", "two", "one each", "five more Sunday"), "tens of millions of
    # dollars" (vague money is not drafted: its currency would be lost), the headline's "715 times standard" (one row
    # with the body's), "up to about a dollar", "376 teams" said twice, "a weekly average of three fatal"
    "abc-2011-asx-30-billion-wiped-off": {"$30b"},
    "chinadaily-2014-xiangjiang-arsenic-715-times": {"715 times standard"},
    "cisa-2017-kenya-post-election-police-killings": {"one each", "three girls"},
    "dailynewsbrief-2021-colonial-pipeline-ransom": {"$4.4 million", "tens of millions of dollars"},
    "journalnews-2019-us-steel-great-lakes-layoffs": {"1,500-plus workers"},
    "royalgazette-2011-ferry-fare-boycott": {"up to about a dollar"},
    "thelocal-2017-italy-quake-recovery-cost": {"four children", "more than €23 billion"},
    "thenews-2018-lalamusa-anti-measles-drive": {"376 teams"},
    "torontostar-2018-toronto-opioid-overdose-deaths": {"a weekly average of three fatal"},
    "upi-2013-hong-kong-ivory-seizure": {"$1.4M"},
    "wnews247-2023-wildfires-mass-evacuations": {"five more Sunday"},
    # round 30: a headline's figure the body repeats in other words is the body's row ("$800m", "More than 20,000
    # migrants", "Over 163 Million Sachets", "more than $67K", "Down 20 Percent", "At least 15" and "400"), measured
    # waiting times read as durations ("40 days"), shares in words with no noun ("about a quarter", "close to three
    # each day"), "Three in four schools" in a
    # headline, "just over two million" after "backlog of"
    "adn-2016-fatal-police-shootings-957": {"about a quarter", "close to three each day"},
    "cityam-2019-third-of-trains-delayed": {"A third of trains", "just over a quarter"},
    "csoaustralia-2015-fbi-online-fraud-losses": {"$800m"},
    "esquireph-2019-philippines-sachets-plastic-waste": {"Over 163 Million Sachets"},
    "lbc-2023-channel-small-boat-crossings-20000": {"More than 20,000 migrants"},
    "metro-2011-strike-three-in-four-schools-close": {"Three in four schools"},
    "newsweek-2014-european-birds-decline-20-percent": {"Down 20 Percent"},
    "sanews-2018-housing-backlog-two-million": {"just over two million"},
    "thenewdaily-2019-elective-surgery-waiting-times": {
        "17 days",
        "248 days",
        "40 days",
        "42 days",
        "54 days",
        "55 days",
        "below 30 days",
        "from 13 days in Victoria to 23 days",
        "from 28 to 40 days",
        "from 29 to 39 days",
    },
    "urdupoint-2021-rohingya-camp-fire-toll": {"400", "At least 15"},
    "wbtv-2023-gold-bars-seized-cincinnati": {"more than $67K"},
    # round 29: counts in words with no noun ("all six", "one UC Berkeley student", "four-car occupants"), a
    # headline's count glued to its verb ("7 held"), a title's number ("One Million Snakebites"), a share in words
    # with no noun after it, decades of temperature ("the 30s"), a vote's tally ("a 5-4 vote", which the value reader
    # sends to review)
    "dailycal-2014-uc-regents-tuition-increase": {"one UC Berkeley student"},
    "globalnews-2018-bc-wildfire-season-record": {"all six"},
    "indiatvnews-2022-mumbai-fake-notes-seized": {"7 held", "four-car occupants"},
    "morningcall-2024-storm-power-outages": {"the upper 50s and lower 60s", "the 30s"},
    "sanctuaryasia-2017-one-million-snakebites": {"a third", "One Million"},
    "therealdeal-2023-nyc-rent-board-3-percent-hike": {"a 5-4 vote"},
    # round 28: a temperature said twice (one row: "a whopping 56.7C"), counts in words with no noun, a conversion in brackets, Indian grouping glued to "crore" said twice by one speaker, a headline's figure
    # the body repeats
    "dailymail-2017-record-temperatures-countries": {"a whopping 56.7C"},
    "dailynewsegypt-2012-india-floods-displace-millions": {"more than one million displaced", "six million"},
    "dhakatribune-2019-nbr-revenue-shortfall": {"Tk1,73,422crore collected", "collecting Tk53,604crore per month"},
    "forcesnews-2016-global-defence-spending-trillion": {"almost £1.2 trillion ($1.7tr)"},
    "ghanaweb-2024-ivory-coast-cocoa-farmgate-price": {"Rate of $3,039"},
    "indiatoday-2009-punjab-solar-plant": {"three solar power plants"},
    # round 27: a headline's figure the body repeats (one row, the body's), "with 166 of them
    # named" (a part of the 180 with no noun), a figure in a headline's verb ("missing to 180")
    "abc-2018-lake-toba-ferry-missing": {
        "Two more bodies",
        "missing to 180",
        "166 of them",
    },
    "dnaindia-2010-bharat-bandh-industry-losses": {"pegged at Rs10,000 crore"},
    "ibtimes-2016-fiji-cyclone-winston-damage": {"10%", "$470M"},
    "lokmattimes-2022-afghanistan-landmine-casualties": {"over 1,000 people"},
    "manilabulletin-2022-philippines-jobless-july": {"to 2.6 M"},
    "newindianexpress-2022-india-kharif-rice-output-fall": {"10-12 million tonne in Kharif"},
    # round 26: a figure said twice by one speaker is one row (a quotation repeats the sentence before it, a headline
    # the body), "seven per cent" taken for a count of those just counted, counts in words with no noun, a figure in a
    # headline's verb ("Crosses 2300"), "195km/h" (a speed), a fraction of those asked with no
    # whole ("found that two thirds are thinking of leaving")
    "9news-2011-russia-duma-turnout-monitor": {"seven per cent"},
    "businessdaily-2020-kenya-food-inflation-27-month-high": {"9.3 percent", "8.9 percent"},
    "consumerist-2017-bank-employee-stole-1-25m": {"$1.25M"},
    "iol-2014-colombia-gold-mine-collapse-toll": {"more than half", "three"},
    "kentonline-2022-mmr-uptake-decade-low": {"more than 1 in 10"},
    "maltatoday-2014-typhoon-hagupit-evacuation": {"Around half a million", "195km/h"},
    "ndtv-2015-heatwave-toll-crosses-2300": {"Crosses 2300"},
    "telegraph-2017-child-obesity-record": {"one in five were obese"},
    "thepoultrysite-2008-west-bengal-bird-flu-cull": {"several thousand"},
    "thestar-2016-teacher-vacancies-increase": {"two thirds"},
    # round 25: a headline's figure the body repeats in other words (one row, the body's), a change in a span of time,
    # "zero" (left out: "zero tolerance", "net zero"), a fraction of a cut in words, counts in words with no noun, a
    # hyphened amount ("a million-dollar ransom")
    "beat102103-2023-irish-property-prices": {"3.6%"},
    "irishtimes-2024-hospital-waiting-lists-target": {"Two-thirds", "1.7 months"},
    "shetnews-2025-cod-quota-cut-16m-hit": {"£16m", "almost in half", "zero"},
    "theborneopost-2019-minimum-wage-rm1500-target": {"RM1,500 a month"},
    "theworld-2013-exxon-beaumont-refinery-fire": {"three", "several"},
    "tokenpost-2020-ucsf-ransomware-payment": {"a million-dollar ransom"},
    "claimsjournal-2013-bp-macondo-barrels-spilled": {"billions of dollars"},  # vague money: no row yet
    "dawn-four-polio-cases-confirmed-2014": {"one each"},  # "one each" shares the count before it
    "latimes-1988-nepal-stadium-hailstorm-stampede": {"only one open"},  # "one" with no noun
    "militarycom-2014-cia-isil-fighters": {"Tripled"},  # the headline's: one row with the body's "tripled in size"
    "pakistantoday-2018-barcelona-diada-crowd": {
        "Around one million people"
    },  # the headline's: one row with the body's
    # the fifth round (12 articles, scored unseen first)
    "caliber-2023-france-pension-protests-million": {"from 62 to 65 years"},  # an age change read as a duration
    "moscowtimes-2012-march-of-millions-crowd": {"300,000 rubles ($9,150)"},  # drafted as "a maximum of 300,000"
    # the sixth round (12 articles, scored unseen first)
    "riotimes-2021-colombia-protest-deaths-ombudsman": {"one more"},  # "one more" with no noun
    # the eighth round (12 articles, scored unseen first); a figure stated twice is one row (the first law: one claim)
    "asianews-2017-modern-slavery-40-million": {"More than 40 million slaves", "152 million forced children labourers"},
    # the headline's, one row each with the body's
    "civilserviceworld-2020-hs2-nao-88bn": {"£88bn", "between three and seven years late"},  # the headline's, one
    # row with the body's; a delay in words
    "islamtimes-2012-belarus-turnout-74-vs-38": {"a single seat"},  # none, in words
    "latimes-2014-who-air-pollution-7-million": {"1 in 8 deaths worldwide"},  # one row with the headline's
    "scmp-2022-indonesia-2019-fires-burned-area": {
        "nearly twice that officially reported",
        "7.7 million acres",
    },  # the headline's "nearly twice", one row with the body's; a conversion
    "straitstimes-2015-unhcr-700000-migrants-europe": {"200,000 in Sept"},  # the headline's: one row with the body's
    # the ninth round (12 articles, scored unseen first)
    "bbc-2021-storm-arwen-ofgem-review": {"the 10,500 homes"},  # one row with the 10,500 before it
    "borneobulletin-2019-tokyo-olympics-cost-audit": {"USD12.6B", "JPY1.06 trillion", "JPY810 trillion"},
    # the headline's, one row with the body's; conversions of the figure before them, in dashes or brackets
    "euronews-2018-kenya-lamu-shabaab-soldiers": {
        "Five Kenyan soldiers",
        "kill five soldiers",
        "two critically",
        "none were killed",
    },  # the headline's five: one row with the body's; "two" of
    # the six with no noun; none, in words
    "freep-2019-gm-warren-transmission-100-workers": {"four U.S. plants"},  # "four" before a place and a noun
    "iol-2019-matric-real-pass-rate-37-6": {"more than half"},  # a share with no whole named
    "voa-2019-samoa-measles-toll-68": {"Rises to 68"},  # the headline's: one row with the body's 68
    # the tenth round (12 articles, scored unseen first)
    "foxnews-2007-russia-ulyanovskaya-mine-toll-104": {"several more victims", "death toll at 104"},  # a
    # vague count with no row; one row with the 104 before it
    "globaltimes-2018-congo-ebola-toll-26": {"The two people who were cured"},  # one row with the "two cases" after it
    "nilepost-2023-derna-flood-toll-11300": {"thousands dead and missing"},  # the headline's vague amount: one row
    # with the body's "in the thousands"
    "rbc-ukraine-2024-north-korean-troops-losses-kursk": {"several hundred victims"},  # a vague amount
    "reuters-2006-horn-africa-drought-six-million": {"eight agricultural regions"},  # a count in words of regions
    "scmp-2019-hong-kong-rally-1-7-million": {"hundreds of thousands taking over", "1.7 million people"},  # the
    # standfirst's, one row each with the body's
    "sunstar-2016-ecuador-quake-toll-507": {"rises to 507"},  # the headline's: one row with the body's 507
    "voa-2011-burma-political-prisoners-dispute": {"the 500 prisoners"},  # one row with the 500 after it
    "voi-2022-jakarta-air-quality-number-44": {"Number 44", "actually number 44", "not that many, number 44"},  # ranks
    # the eleventh round (12 articles, scored unseen first)
    "ethiopiantribune-2023-horn-of-africa-pledges": {"$2.4 bln", "half were children"},  # the headline's: one row
    # with the body's; a share with no whole named
    "gaonconnection-2021-assam-swine-fever-pig-deaths-18200": {"not even one pig"},  # none, in words
    "guardian-2014-nhs-waiting-list-3m": {"hit three million", "more than three million", "295,641 patients"},  # one
    # row each with a three million or 295,641 before it
    "inews-2020-rough-sleeping-official-4266-vs-councils-25000": {"falls 9%"},  # the headline's, one row with the
    # body's
    "mgafrica-2015-congo-referendum-turnout-10-or-70": {"only 10% came out to vote"},  # one row with the 10% before
    "nhk-2023-un-ukraine-civilian-toll-dnipro-strike": {"7,000 civilian deaths"},  # the headline's: one row with the
    # body's
    "siasat-2015-hajj-mina-toll-iran-465": {"465 deceased", "465 of its pilgrims"},  # the headline's, one row with
    # the body's 465
    "snipe-2013-boris-johnson-crime-fall-13-percent": {"at least three recent occasions"},  # how often, in words
    "travelweekly-2020-cwt-ransom-payment": {"pays $6.3 million ransom"},  # the headline's: one row with the body's
    "tribune-2016-isis-foreign-fighter-flow-200-a-month": {"a quarter or less"},  # a share with no whole named
    # the twelfth round (11 articles, scored unseen first)
    "bordersecurityreport-2019-mediterranean-deaths-1077": {"Deaths Reach 1,077", "Arrivals Reach 79,350"},  # the
    # headline's, one row each with the body's
    "citizen-2019-mokonyane-rhino-poaching-769": {"two surveys"},  # a count in words of surveys
    "fiercewireless-2011-egypt-web-shutdown-cost-110m": {"€80.9 million"},  # one row with the headline's €81 (cut)
    "indiatvnews-2025-rio-police-raid-64-dead": {"more than half a ton"},  # a weight in words
    "inquirer-2012-ph-remittances-24b": {"$24B"},  # the headline's $24B is one row with the lede's
    "mercopress-2011-argentina-july-inflation-0-8-vs-1-62": {
        "inflation in Argentina 0.8%",
        "private estimates, 1.62%",
    },  # the headline's, one row each with the body's
    "punch-2019-sri-lanka-tourism-drop-50pct": {"50%"},  # the headline's: one row with the body's 50 per cent
    "scroll-2018-lake-victoria-ferry-100-dead": {"More than 100 die"},  # the headline's: one row with the body's
    "thenewmail-2017-sierra-leone-mudslide-300-dead": {"More than 300 dead", "700 missing after"},  # the headline's,
    # one row each with the body's
    # the thirteenth round (8 articles, scored unseen first)
    "cbsnews-2007-vietnam-bridge-collapse-toll": {"three Japanese firms"},  # a count in words
    "khaleejtimes-2022-afghanistan-measles-surge": {
        "156 deaths in January",
        "35,319 cases",
        "91% of the 35,319 cases",
        "97% of the 156 deaths",
    },  # the standfirst's, one row each with the body's
    "smh-2004-warragamba-dam-levels-plummet": {"Almost 1900 water infringement notices"},  # a count written like a
    # year (never drafted: a year is never a claim)
    "xinhua-2024-fort-mcmurray-6600-evacuated": {"6,600 evacuated"},  # the headline's: one row with the body's
    # the fourteenth round (11 articles, scored unseen first)
    "guardian-2003-brown-40bn-deficit": {"£40bn"},  # the headline's, one row with the body's
    "southwalesecho-2021-nhs-bed-crisis": {"five", "four", "three vacant"},  # counts in words in brackets
    # the fifteenth round (11 articles, scored unseen first)
    "airwise-2016-global-airport-passengers": {"6.4 Pct"},  # the headline's: one row with the body's 6.4 percent
    "commercialrisk-2022-hurricane-ian-losses": {"as high as $53bn"},  # the headline's: one row with the body's
    "etvbharat-2024-india-dengue-spike": {
        "Tamil Nadu two",
        "nine high dengue burden states",
        "one each",
    },  # counts in words after a place or with no noun
    "infosecurity-2020-cognizant-ransomware-70m": {"Could Reach $70m"},  # the headline's: one row with the body's
    "kslnewsradio-2023-phoenix-18-days-110-degrees": {"the number one killer of all natural disasters"},  # a rank
    "metro-2011-youth-unemployment-record-20-6": {"record high of 20.6%"},  # the headline's: one row with the body's
    "samaa-2020-punjab-fares-petrol-hike": {"four times since March 1"},  # how often, in words
    "thecanary-2021-extinction-rebellion-arrests": {"More than 500", "currently stands at 508"},  # the headline's,
    # one row with the body's "more than than 500"; one row with the police's 508 before it
    "ucanews-2023-india-train-crash-13-dead": {"At least 13 dead"},  # the headline's: one row with the body's
    # the sixteenth round (12 articles, scored unseen first)
    "7dnews-2019-moscow-opposition-rally-count": {"dozens"},  # the headline's "Dozens": one row with the body's
    "dailymail-2015-nhs-waiting-list-seven-year-high": {"40%", "Some 1.5million"},  # the headline's and the
    # standfirst's, one row each with the body's
    "europeansuntimes-2019-rusada-doping-violations": {"165", "165 doping violations"},  # one row with the 165 cases
    "freemalaysiatoday-2017-rohingya-boat-sinks": {"scores missing", "Two dead"},  # the headline's vague amount and
    # its two dead, one row each with the body's first (the quotation's "two dead bodies" is Nayan's own row)
    "huffpostuk-2015-minimum-wage-20p-rise": {"20p an hour"},  # one row with the headline's 20p
    "informationng-2012-pension-funds-recovered": {"N151b"},  # the headline's: one row with the body's N151 billion
    "scpr-2010-census-undercounts-california": {"1.5 million"},  # one row with the 1.5 million before it
    # the seventeenth round (11 articles, scored unseen first)
    "cbsnews-2019-newark-cocaine-seizure": {"3,200 pounds", "an estimated $77 million"},  # the headline's, one row
    # each with the body's
    "hngn-2014-target-data-breach-70-million": {"70 million"},  # one row with the 70 million before it (Target's)
    "itv-2020-heatwave-excess-deaths": {"Almost 900"},  # one row with the standfirst's almost 900
    # the eighteenth round (12 articles, scored unseen first)
    "devdiscourse-2020-rajasthan-power-tariff-hike": {"up to 11pc"},  # the headline's: one row with the body's
    "dhakatribune-2025-development-aid-cuts": {"tens of billions of dollars"},  # a vague sum of money (no row)
    "shropshirestar-2021-covid-hospital-outbreaks": {"no flu outbreaks"},  # none, in words
    # the nineteenth round (12 articles, scored unseen first)
    "9news-2009-toodyay-bushfire": {"one resident"},  # "one" before a singular noun
    "aljazeera-2022-ukraine-refugees-poland": {"115,000 people who have crossed"},  # said again: one row
    "aysor-2014-armenia-tourist-arrivals": {"1.250,000", "grows 15%", "nine leading travel and tourism events"},  # no
    # number as printed (review); the headline's, one row with the body's; a count in words before adjectives
    "guardian-2013-cyclone-phailin-evacuation": {"500,000 homes", "135mph"},  # the headline's and the standfirst's: one
    # row each with the body's
    "icir-2024-nigeria-malaria-cost": {"$1.1 billion yearly"},  # the headline's: one row with the body's
    "independent-2016-junior-doctors-strike-turnout": {"Eight in ten"},  # the headline's: one row with the body's
    "shana-2024-iran-oil-production-rise": {
        "10 and 9 billion dollars",
        "60 percent over the past three years",
    },  # a dot before three digits may be a decimal point or a thousands mark (review: passed over); two figures
    # drafted whole with the doubt whose scale "10" has; said again, one row
    "todayfm-2016-ireland-road-deaths": {"187 people"},  # the headline's said again in the body: one row
    # the twentieth round (11 articles, scored unseen first)
    "aljazeera-2020-india-locust-attack": {"around a square kilometre"},  # "a" before a unit, no figure
    "ani-2018-karachi-heatwave-deaths": {"65 succumb"},  # the headline's: one row with the body's
    "jakartaglobe-2016-ministry-recovers-forests": {"more than a million hectares"},  # the headline says it too
    "planetizen-2013-commuter-rail-riders": {"a mere .5%", "increased .5%"},  # a figure with no digit before its point
    "thenews-2020-pia-crash-97-bodies": {"four at the CHK", "the rest of four", "Only two", "97"},  # the body's
    # "risen to 97", one row with the surgeon's "97 bodies" after it; counts in words with no noun after them
    # the twenty-first round (12 articles, scored unseen first)
    "dispatch-2013-guantanamo-hunger-strike-92": {
        "Two were getting tube feedings",
        "counts 92",
        "the 166 captives",
    },  # a count in words with no noun; the headline's verb "counts"; the whole of "about 130
    # of the 166 captives", drafted as one
    "gleaner-2016-egypt-pound-devaluation": {"half-price"},  # a share joined to its noun
    "philstar-2009-sirius-star-ransom-parachute": {"a $3-million ransom", "eight who survived"},  # one row with the
    # headline's $3-M; a count in words with no noun
    "usatoday-2005-south-asia-cold-snap-deaths": {"more than 1,000"},  # the headline's: one row with the body's
    # the twenty-second round (12 articles, scored unseen first)
    "cfo-2019-crypto-market-loses-40b": {"Over $40B"},  # the headline's: one row with the body's
    "cnnmoney-2010-foreclosures-spike": {"one in ever 33"},  # "ever" for "every" as printed: no share read
    "fortune-2016-hornsea-offshore-wind-farm": {"about two large natural gas or coal plants"},  # an equivalence
    "shafaq-2022-sinjar-six-mass-graves": {"Six new mass graves"},  # the headline's: one row with the body's
    "telegraphindia-2017-elephant-count-stable": {"27,312 elephants"},  # said again: one row
    "theguardian-2015-indonesia-ferry-missing": {"Nearly 80 still missing"},  # the headline's: one row
    "yahoofinance-2018-gm-lordstown-closure-jobs": {"about 10,000 jobs total"},  # one row with the headline's
    # the twenty-third round (12 articles, scored unseen first)
    "abcnews-2015-measles-outbreak-121-cases": {"121 Cases", "121 tally", "One received", "only five"},  # the
    # headline's and said again: one row; counts in words with no noun
    "arka-2013-russia-shadow-economy-taxes": {"15-20 percent", "hundreds of billions of US dollars"},  # the headline's:
    # one row with the body's; vague money, not drafted (it was drafted as "hundreds")
    "dailycaller-2016-internet-shutdowns-cost": {"a total of $2.4 billion"},  # one row with the headline's
    "hindustantimes-2021-india-fertiliser-imports": {"19.97 mln tons"},  # the headline's: one row with the body's
    "mg-2007-mozambique-landmine-children": {"Six children"},  # said again: one row
    "newseveryday-2014-world-toilet-day-sanitation": {"every 2.5 minutes", "one in three of the world's population"},
    # how often (review); a share after a hyphen printed as a dash ("people-one in three")
    "theage-2017-abalone-fisher-fined": {"$14k", "132 Roe's abalone from", "One officer", "two green mesh bags"},
    # the headline's and said again: one row; counts in words of things the intake does not count
    "upi-2023-credit-card-debt-1-trillion": {"passed $1 trillion", "two consecutive monthly gains"},  # the
    # headline's: one row; a count in words of gains
    # the twenty-fourth round (12 articles, scored unseen first)
    "africanews-2025-interpol-fake-drugs-seizure": {"$65M", "arrests 769"},  # the headline's: one row each
    "businessstandard-2019-mp-flood-loss-estimate": {"four lakh cusec"},  # a number word with a scale word
    "eastbaytimes-2020-housing-starts-fall": {"a 17.9% surge in July"},  # one row with the 17.9% before it
    "independent-2019-malaysia-haze-schools-closed": {"five other states"},  # a count in words of states
    "ntvbd-2015-remittance-inflow-15-billion": {"$15 billion mark"},  # the headline's: one row with the body's
    "thehawk-2020-coal-strike-production-nil": {"Coal production nil", "almost nil production", "production was nil"},
    # nil: none, in a word
    "therecord-2023-tampa-hospital-data-stolen": {"data of 1.2 million"},  # the headline's: one row
    "tribune-2016-pattoki-train-bus-collision": {"13 out of 25 injured passengers", "kills five"},  # one row with the
    # 13 and the 25 said again; the headline's
}
#: the kinds of non-claim that must never be drafted, whatever else is
NEVER = ("date", "year", "time", "age", "ordinal", "model")


@pytest.fixture(scope="module")
def result():
    return evaluate(CORPUS)


def test_the_held_out_articles_have_whole_answer_files():
    """tests/data/articles-heldout: real articles kept apart from the corpus (its README says why); their answer
    files load, name only values their texts hold, and every one is in the folder's README."""
    folder = TESTS / "data" / "articles-heldout"
    answers = load_answers(folder)
    readme = (folder / "README.md").read_text(encoding="utf-8")
    assert len(answers) == 12 and all(f"| {a.name} |" in readme for a in answers)
    assert not set(a.name for a in answers) & set(ANSWERS)  # none is in the corpus too


def test_the_corpus_is_large_and_varied_enough():
    assert len(ANSWERS) >= 25
    topics = {yaml.safe_load(f.read_text(encoding="utf-8")).get("topic") for f in CORPUS.glob("*.yaml")}
    assert len(topics) >= 5
    assert all(a.url.startswith("http") and a.date[:2] in ("19", "20") for a in ANSWERS.values())


@pytest.mark.parametrize("name", [pytest.param(n, id=n) for n in sorted(ANSWERS)])
def test_each_article_against_its_answer_file(name):
    answer = ANSWERS[name]
    draft = extract_articles([answer.text], claim_date=answer.date, outlet=answer.outlet, url=answer.url)
    matched = match(answer, draft)
    labelled = matched[matched["value_text"] != ""]
    missed = set(labelled.loc[~labelled["found"], "value_text"])
    assert missed == KNOWN_MISSES.get(name, set()), labelled[["value_text", "drafted", "source"]]
    drafted = matched[matched["drafted"] != ""]
    never = drafted[drafted["not_a_claim"].str.lower().str.startswith(NEVER)]
    assert never.empty, never[["drafted", "not_a_claim"]]
    assert draft["confidence"].between(0, 1).all() and draft["claim_id"].is_unique


def test_the_corpus_figures(result):
    t = result.totals
    assert t["found_share"] >= 0.9
    assert t["non_claims_drafted_share"] < 0.1
    assert t["right_share_at_0_8_or_more"] >= 0.8 and t["drafts_at_0_8_or_more"] >= 30
    assert t["speakers_right_share_of_found"] >= 0.8


def test_confidence_orders_the_drafts_by_how_often_they_are_right(result):
    bands = result.calibration.set_index("band")["share_right"]
    assert bands["0.8-1.0"] > bands["0.5-0.8"] > bands["0.0-0.5"]


@pytest.mark.parametrize(
    "drafted, labelled, same",
    [
        pytest.param("unattributed", "unattributed", True, id="both unattributed"),
        pytest.param("unattributed reports", "unattributed (reports)", True, id="reports"),
        pytest.param("unattributed", "police", False, id="a named speaker missed"),
        pytest.param("Afghan officials", "unattributed", False, id="a speaker where there is none"),
        pytest.param("US officials", "Iraqi officials", False, id="same kind, other country"),
        pytest.param("police", "the Police (Metropolitan Police)", True, id="a kind the label names"),
        pytest.param("Disaster Management Centre", "Disaster Management Centre (DMC)", True, id="acronym"),
        pytest.param("country's Defense Ministry", "Afghanistan's Defense Ministry", True, id="possessive"),
        pytest.param("officials", "Reuters tally of deaths", False, id="a kind the label lacks"),
        pytest.param("WHO", "World Health Organisation", True, id="an acronym the label spells out"),
        pytest.param("National Drought Management Authority", "NDMA", True, id="a name the label's acronym stands for"),
        pytest.param("NDMA", "the Kenya Meteorological Department", False, id="another body's initials"),
        pytest.param("IRNA", "Iran", False, id="no acronym of a single word"),
    ],
)
def test_same_speaker(drafted, labelled, same):
    assert same_speaker(drafted, labelled) is same


def test_a_figure_said_twice_is_one_row_and_its_other_mention_is_counted_apart(tmp_path):
    """The corpus labels each mention; the draft keeps one row per claim and notes the others. The note's mention is
    counted as noted, never as found."""
    (tmp_path / "a.txt").write_text(
        "Storm kills 177 in Bangladesh\n\nAt least 177 people died in the storm, police said.", encoding="utf-8"
    )
    (tmp_path / "a.yaml").write_text(
        "outlet: X\ndate: '2021-05-01'\nurl: http://x\nclaims:\n"
        "- value_text: kills 177\n  speaker: unattributed\n  measures: deaths (headline)\n"
        "- value_text: At least 177 people\n  speaker: police\n  measures: deaths\n",
        encoding="utf-8",
    )
    totals = evaluate(tmp_path).totals
    assert (totals["claims"], totals["found"], totals["noted_as_said_again"]) == (2, 1, 1)


def test_answer_files_are_checked_all_at_once(tmp_path):
    (tmp_path / "a.txt").write_text("Police said 40 people died.", encoding="utf-8")
    (tmp_path / "a.yaml").write_text(
        "outlet: X\ndate: '2020-01-01'\nclaims:\n- value_text: 41 people\n  speaker: police\n", encoding="utf-8"
    )
    (tmp_path / "b.yaml").write_text("outlet: X\ndate: '2020-01-01'\nurl: http://x\n", encoding="utf-8")
    with pytest.raises(DiscrepancyError) as e:
        load_answers(tmp_path)
    message = str(e.value)
    for part in ("a.yaml: 'url' is missing", "claim 1: 'measures' is missing", "'41 people' is not in a.txt",
                 "b.yaml: its article"):  # fmt: skip
        assert part in message


def test_extract_evaluate_on_the_command_line(tmp_path, capsys):
    out = tmp_path / "extract.json"
    assert run(["extract", "--evaluate", str(CORPUS), "-o", str(out)]) == 0
    figures = json.loads(out.read_text())
    assert figures["articles"] == len(ANSWERS) and len(figures["per_article"]) == len(ANSWERS)
    assert "numbers found" in capsys.readouterr().out
    assert run(["extract", "--evaluate", str(tmp_path / "nowhere")]) == 2


def test_a_draft_row_that_is_no_labelled_claim_counts_against_the_intake():
    answer = ANSWERS["tass-2015-10-22-islamic-state"]
    extra = pd.DataFrame([{"value_text": "September 30", "source": "unattributed", "confidence": 0.5,
                           "quote": "started on September 30"}])  # fmt: skip
    draft = pd.concat([extract_articles([answer.text], claim_date=answer.date), extra], ignore_index=True)
    matched = match(answer, draft)
    assert matched["not_a_claim"].tolist().count("date") == 1


def test_a_draft_goes_to_the_label_it_fits_not_the_first_with_its_number(tmp_path):
    """Infosecurity Magazine (2020): the headline's "Could Reach $70m" is labelled before the body's "as much as $70m"
    (Cognizant's). The one draft, from the body's sentence, is the body's claim: matched to the first label with its
    number, the body's label went unmatched and Cognizant was scored as a wrong speaker of the headline."""
    from discrepancy.intake.evaluate import Answer

    body = "Cognizant said the attack could cost it as much as $70m in lost revenue."
    answer = Answer(
        "t", tmp_path / "t.txt", "", "2020", "",
        [{"value_text": "Could Reach $70m", "speaker": "unattributed", "measures": "cost"},
         {"value_text": "as much as $70m", "speaker": "Cognizant", "measures": "cost"}],
        [],
    )  # fmt: skip
    draft = pd.DataFrame([{"value_text": "as much as $70m", "source": "Cognizant", "quote": body, "confidence": 0.82}])
    matched = match(answer, draft).set_index("value_text")
    assert matched.loc["as much as $70m", "found"] and matched.loc["as much as $70m", "speaker_right"]
    assert not matched.loc["Could Reach $70m", "found"]


@pytest.mark.parametrize(
    "label, drafted, found",
    [
        # Pew Research (2011), Business Reporter (2016): a wrong number scored as found by its words
        pytest.param("8,175,133", "8,175", False, id="a number cut short is no match"),
        pytest.param("almost half a million customers", "a million", False, id="a million is not half a million"),
        pytest.param("about eight of every 10 deaths", "10 deaths", False, id="the whole of a share is not the share"),
        pytest.param("from 253", "from 253 to 317 cases", True, id="a change drafted whole holds its start"),
        pytest.param("Some 70 of the 97 residents", "Some 70", True, id="the first number of a label"),
        pytest.param("only three are listed", "three", True, id="a count in words"),
    ],
)  # fmt: skip
def test_a_draft_matches_a_label_by_its_words_only_with_no_number_the_label_does_not_state(
    tmp_path, label, drafted, found
):
    from discrepancy.intake.evaluate import Answer

    answer = Answer(
        "t", tmp_path / "t.txt", "", "2020", "", [{"value_text": label, "speaker": "x", "measures": "m"}], []
    )
    draft = pd.DataFrame([{"value_text": drafted, "source": "x", "quote": label, "confidence": 0.69}])
    assert bool(match(answer, draft)["found"].iloc[0]) is found
