"""Attribution: who said each number, one table-driven case per pattern (issue 14). The first sentence is
the issue's own example; the others are SYNTHETIC sentences written for the pattern they test."""

from __future__ import annotations

from pathlib import Path

import pytest

from discrepancy.intake import extract_claims
from discrepancy.intake.attribution import CONFIDENCE


def _drafted(text: str) -> list[tuple[str, str]]:
    draft = extract_claims(text, name="t", claim_date="2018-05-02")
    return list(zip(draft["value_text"], draft["source"]))


@pytest.mark.parametrize(
    "text, value, speaker",
    [
        pytest.param(
            "More than 50,000 fighters have joined, Rami Abdel Rahman, director of the Syrian Observatory for Human "
            "Rights, told AFP.",
            "More than 50,000 fighters",
            "Rami Abdel Rahman (director of the Syrian Observatory for Human Rights)",
            id="speaker with a role after the number, not the outlet told",
        ),
        pytest.param("The war has killed at least 4,000 civilians, according to the United Nations.",
                     "at least 4,000 civilians", "United Nations", id="according to, after the number"),
        pytest.param("According to the health ministry, 1,200 people died.", "1,200 people", "health ministry",
                     id="according to, before the number"),
        pytest.param("Amnesty International estimates that 1,600 civilians died in the city.", "1,600 civilians",
                     "Amnesty International", id="X estimates"),
        pytest.param("The ministry put the number of dead at 2,300.", "2,300", "ministry", id="X put the number at"),
        pytest.param("At least 40 people were killed, Afghan officials said.", "At least 40 people", "Afghan officials",
                     id="officials said, a group with its kind"),
        pytest.param("A Harvard study estimated 4,645 deaths in the months after the hurricane.",
                     "estimated 4,645 deaths", "Harvard study", id="a study described in prose"),
        pytest.param('Ahmad Zia, the provincial governor, spoke to reporters.\n\n"More than 300 fighters attacked the '
                     'district," he said.', "More than 300 fighters", "Ahmad Zia (the provincial governor)",
                     id="a quote paragraph closed by he said"),
        pytest.param("Ahmad Zia, the provincial governor, spoke to reporters. Zia said 300 fighters attacked.",
                     "300 fighters", "Ahmad Zia (the provincial governor)", id="a surname carried to the full name"),
        pytest.param('"We lost 20 soldiers," the commander told Reuters.', "20 soldiers", "commander",
                     id="a role after a quote, not the outlet told"),
        pytest.param("Haiti's central civil protection agency, which takes longer to collate numbers, said 271 people "
                     "died.", "271 people", "Haiti's central civil protection agency", id="a relative clause between"),
        pytest.param("Knife offences rose by 22% in 2017, the Office for National Statistics (ONS) has revealed.", "22%",
                     "Office for National Statistics (ONS)", id="an organisation with its acronym and has"),
        pytest.param("The quake was measured by the US Geological Survey at 6.1 magnitude.", "6.1",
                     "US Geological Survey", id="the agent of a passive reporting verb"),
        pytest.param("Membership grew in 2019, according to official figures, with nearly 100,000 people joining.",
                     "nearly 100,000 people", "official figures", id="according to a group in lower case"),
        pytest.param("Two cases were reported from Peshawar, said an official.", "Two cases", "official",
                     id="said an official: an unnamed official, kept with its kind"),
        pytest.param("Dozens died, the country's Defense Ministry said. The ministry said 50 militants were wounded.",
                     "50 militants", "country's Defense Ministry", id="the ministry: the ministry named before"),
        pytest.param("Pakistan has reported over 20,000 dengue cases, sources within the National Institute of "
                     "Health said.", "over 20,000 dengue cases", "sources within the National Institute of Health",
                     id="a country that reported cases is where, the sources who said it are who"),
        pytest.param("The front put the turnout at 510,000, while the police said the number peaked at 98,600.",
                     "98,600", "police", id="the second clause's own speaker"),
        pytest.param("The front put the turnout at 510,000, while the police said the number peaked at 98,600.",
                     "510,000", "front", id="not the speaker of the clause after"),
        pytest.param("New analysis by the CER – which we will update quarterly – estimates the economy is 2.1 per cent "
                     "smaller.", "2.1 per cent", "CER", id="a dash parenthesis between, the analysis is the CER's"),
        pytest.param('Ahmad Zia, the provincial governor, spoke.\n\n"More than 300 fighters attacked. We fought back for '
                     'hours," Zia said.', "More than 300 fighters", "Ahmad Zia (the provincial governor)",
                     id="a quotation of several sentences, closed by the speaker's surname"),
        pytest.param('"About 40 people died. Many more are hurt," said Mohammad Nabi, a doctor.', "About 40 people",
                     "Mohammad Nabi", id="a quotation of several sentences, closed by said and a name"),
        pytest.param("“Thousands of workers have turned to unions,” Frances O’Grady continued.", "Thousands",
                     "Frances O’Grady", id="a quote and its speaker with another verb"),
        # The Moscow Times, 2012-06-12 (a held-out article): the organizers' figure was drafted as the police's
        pytest.param("Police estimated that around 18,000 demonstrators took part, while organizers' estimates ranged "
                     "from 50,000 to 200,000 people.", "from 50,000 to 200,000 people", "organizers",
                     id="whose estimates, in a clause after while"),
        pytest.param("Police estimated some 180,000 gathered in Seoul, while some 60,000 rallied outside of Seoul.",
                     "some 60,000", "Police", id="a clause after while that goes on with the speaker's figures"),
        # FBC News, 2015-09-29: the official toll was drafted as the Nigerian official's at 0.87
        pytest.param("A Nigerian official told the BBC the bodies of 1,075 victims had been taken to mortuaries in the "
                     "city of Jeddah – higher than the official toll of 769.", "769", "unattributed",
                     id="a figure the speaker compares theirs with"),
        pytest.param("A Nigerian official told the BBC the bodies of 1,075 victims had been taken to mortuaries in the "
                     "city of Jeddah – higher than the official toll of 769.", "1,075 victims", "Nigerian official",
                     id="the speaker's own figure beside it"),
        # a sixth round of unseen articles: The Detroit News (AP) 2016-09-22, Gercek News 2022-08, Venezuelanalysis
        pytest.param("Egyptian authorities said Thursday 51 bodies had been recovered and an international NGO "
                     "estimated that over a hundred people were still missing at sea.", "over a hundred people",
                     "international NGO", id="a second speaker after and, not the first"),
        pytest.param("TurkStat measured the inflation as 79,60 percent whereas independent ENAG (Inflation Research "
                     "Group) argued the rate was over 176 percent.", "over 176 percent",
                     "independent ENAG (Inflation Research Group)", id="a name with its expansion in brackets"),
        pytest.param("Confusion mounted after Indian Foreign Minister Sushma Swaraj tweeted on Sunday that the Saudi "
                     "authorities had released photos of 1,090 pilgrims who died.", "1,090 pilgrims",
                     "Indian Foreign Minister Sushma Swaraj", id="tweeted, after a clause before the speaker (FBC News)"),
        # a seventh round of unseen articles: CBC News 2016-04, The Citizen (South Africa) 2018-09-11
        pytest.param("The analysis says the books will add $90.8 billion to the debt — lower than the federal "
                     "government's projection of $113.2 billion over the same period.", "$113.2 billion",
                     "federal government", id="whose projection the speaker compares theirs with"),
        pytest.param("Cele said that according to the stats, 57 South Africans were murdered every day.", "57", "Cele",
                     id="according to the stats: the speaker who cites them"),
        pytest.param("The opposition group Sumate said that according to its elections observers abstention was "
                     "78.1%.", "78.1%", "opposition group Sumate",
                     id="according to words that run into the figure's clause: the speaker before"),
        # an eighth round of unseen articles (2026-12-07): the Islam Times (AFP), New Statesman, Facing South, Straits
        # Times, Silicon Republic, Civil Service World, SCMP and AP copies cited in tests/data/articles/README.md
        pytest.param("The Central Election Commission declared that the participation in Sunday's polls was 74.3 "
                     "percent but the opposition parties accused the authorities of brazenly inflating the figure, AFP "
                     "reported on Monday.", "74.3 percent", "Central Election Commission",
                     id="declared: the commission, not the agency that reported it"),
        pytest.param("The unions claim that around 2 million people were on strike yesterday, but ministers dispute "
                     "this, putting the number closer to 1.2 million.", "closer to 1.2 million", "ministers",
                     id="but X disputes this, putting the number closer to"),
        pytest.param("Cameron erroneously claimed yesterday that 40 per cent of schools were open.", "40 per cent",
                     "Cameron", id="an adverb between the name and its verb"),
        pytest.param("BP doesn't dispute that figure but says it should not be held liable for the 810,000 barrels "
                     "of spilled oil it collected.", "810,000 barrels", "BP", id="X does not dispute it but says"),
        pytest.param("GENEVA (AFP/REUTERS) - The United Nations refugee agency said on Thursday (Oct 1) that it was "
                     "expecting 700,000 migrants.", "700,000 migrants", "United Nations refugee agency",
                     id="a dateline with the wire agencies in brackets"),
        pytest.param("This would constitute 14.5 per cent of the workforce, les than the 20 per cent turnout "
                     "predicted by the NHS.", "20 per cent", "NHS", id="predicted by X, after the figure"),
        pytest.param("The study found 3.1 million hectares were burned, compared to 1.6 million hectares reported by "
                     "the forestry ministry.", "1.6 million hectares", "forestry ministry", id="reported by X, after the figure"),
        pytest.param("Over the weekend, hackers claimed to have stolen detailed, sensitive information on 100m of the "
                     "telco’s customers.", "100m", "hackers", id="hackers claimed to have"),
        pytest.param("Air pollution kills about 7 million people a year, according to a report released Tuesday by "
                     "the World Health Organization.", "about 7 million people", "World Health Organization",
                     id="a report released by X: X speaks"),
        pytest.param("David Beasley, executive director of the U.N. World Food Program, told the U.N. Security Council "
                     "that 345 million people face acute food insecurity. He said 50 million of those people are "
                     "suffering from very acute malnutrition.", "50 million",
                     "David Beasley (executive director of the U.N. World Food Program)",
                     id="he: the person introduced with a role, not the role alone"),
        # a ninth round (2026-12-07): Hurriyet Daily News, IOL, Reuters via Euronews, the Garowe Online copies
        pytest.param("Interior Minister Süleyman Soylu on March 6 said that 281 women were murdered in 2018 across "
                     "Turkey, citing the report.", "281", "Interior Minister Süleyman Soylu",
                     id="on March 6 between the name and the verb"),
        pytest.param("The women’s platform, however, put last year’s number at 440.", "440", "women’s platform",
                     id="however, put last year's number at"),
        pytest.param("Johannesburg - The main opposition Democratic Alliance said on Friday the real pass rate was "
                     "37.6 percent.", "37.6 percent", "main opposition Democratic Alliance",
                     id="a dateline in mixed case"),
        pytest.param('"Their census in 2009 was 2.39 million. How did the figures come down?" Kerrow questioned.',
                     "2.39 million", "Kerrow", id="questioned after a quotation"),
        pytest.param("Abu Musab, al Shabaab's spokesman, said the group was behind the attack, and put the number of "
                     "those killed at nine.", "nine", "Abu Musab (al Shabaab's spokesman)",
                     id="a number in words that is put at"),
        # a tenth round (2026-12-07): Global Times 2018-05, The Point 2023-08, Business Post 2024, Nile Post (BBC)
        # 2023-09-15, SCMP 2019-08, Reuters 2006-01 (copy), VOA 2011-11-15
        pytest.param("Donors have promised 300,000 doses of the vaccine, a government spokesman said.", "300,000",
                     "government spokesman", id="promised: the giver, the one who says so speaks"),
        pytest.param("The NBS had Thursday during the launch of the new Nigeria Labour Force Survey announced that the "
                     "unemployment rate dropped to 4.1 per cent.", "4.1 per cent", "NBS",
                     id="the subject before had and a long adverbial"),
        pytest.param("According to BRTA, 5,024 people died in 2023 while Jatri Kalyan Samity in a recently released "
                     "report put the death toll at 7,902.", "7,902", "Jatri Kalyan Samity",
                     id="X in a recently released report put the toll at"),
        pytest.param("A further 10,000 people were still missing -lower than the 20,000 a different Red Crescent "
                     "spokesperson gave on Thursday.", "20,000", "different Red Crescent spokesperson",
                     id="lower than the N a spokesperson gave"),
        pytest.param("Kenyan medical officials believe the death toll is much higher than the at least 30 fatalities "
                     "reported by local media.", "at least 30", "local media",
                     id="higher than the N reported by X: X"),
        pytest.param("Organisers from the Civil Human Rights Front estimated 1.7 million people were at the core of "
                     "the march.", "estimated 1.7 million people", "Organisers from the Civil Human Rights Front",
                     id="estimated: the speaker's verb, not only the figure's qualifier"),
        # an eleventh round (2026-12-07): Ethiopian Tribune (Reuters) 2023-05, Siasat 2015-10, Travel Weekly 2020-08,
        # Gulf Business (Reuters) 2024-03-12, Snipe 2013, iNews 2020-02, The Express Tribune 2016, Washington Newsday
        pytest.param("The European Commission pledged $185 million, Germany $163 million, Britain $120 million and the "
                     "Netherlands $92 million.", "$163 million", "Germany", id="a giver named before its figure"),
        pytest.param("And while Saudi officials previously said the tragedy killed 769 pilgrims, an Associated Press "
                     "count based on official figures from countries around the world shows at least 999 people "
                     "perished.", "at least 999 people", "Associated Press count",
                     id="while X said A, an AP count shows B: not X"),
        pytest.param("The death toll in the Saudi hajj disaster rose sharply as Iran said 465 pilgrims died.",
                     "465 pilgrims", "Iran", id="as: a clause word before the speaker"),
        pytest.param("The negotiations were publically accessible on an online chat group and Reuters said the "
                     "blockchain shows a payment of 414 bitcoin.", "414", "Reuters", id="... and Reuters said"),
        pytest.param("In February, the IEA predicted demand will rise by 1.22 million barrels per day, while in its "
                     "February report OPEC expected 2.25 million bpd.", "2.25 million bpd", "OPEC",
                     id="while in its report OPEC expected"),
        pytest.param("Reuters’ analysis of 16 years of IEA and OPEC monthly reports found the 1.03 million bpd gap "
                     "was the biggest.", "1.03 million bpd", "Reuters", id="X's analysis of Y found: X"),
        pytest.param("On at least three recent occasions the Mayor claimed that crime had fallen by 13% since 2008.",
                     "13%", "Mayor", id="a phrase of time before the subject"),
        pytest.param("The council-level data, collated by the BBC, indicates that nearly 25,000 people slept rough.",
                     "nearly 25,000 people", "BBC", id="collated by X"),
        pytest.param("Air Force Major General Peter Gersten, deputy commander for operations and intelligence in the "
                     "US-led coalition battling Islamic State, told reporters the number had fallen to 200 a month.",
                     "200", "Air Force Major General Peter Gersten (deputy commander for operations and intelligence "
                     "in the US-led coalition battling Islamic State)", id="a person with a long role"),
        pytest.param("The New York Times reported 30 deaths.", "30 deaths", "New York Times",
                     id="a newspaper that reported"),
        # a twelfth round (2026-12-07): Inquirer 2012-11, Scroll 2018-09, The Citizen 2019 (South Africa)
        pytest.param("The World Bank’s forecast tops the 6-percent remittance growth projected by the Bangko Sentral ng "
                     "Pilipinas.", "6-percent", "Bangko Sentral ng Pilipinas",
                     id="a hyphenated percent, projected by X after it"),
        pytest.param("Initial estimates showed that the vessel was carrying more than 300 people, reported The "
                     "Guardian.", "more than 300 people", "Guardian", id="estimates followed by a verb is a noun"),
        pytest.param("A recent study put the number at 5,649, which falls far short of the 2020 target of 538 to 676 "
                     "south-central and 169 south-western black rhino.", "169", "unattributed",
                     id="short of the target of A and B: not the study's"),
        # a thirteenth round (2026-12-07): BenarNews 2024-07, Livemint 2024, the Evening Standard 2012
        pytest.param("Bangladesh's home minister announced Sunday that 147 people had been killed in civil unrest.",
                     "147 people", "Bangladesh's home minister", id="a country's minister stays whole"),
        pytest.param("India's imports from China were $102.63 billion, according to the World Bank's World Integrated "
                     "Trade Solution (WITS). The discrepancy stood at 15.5% the previous year, according to the same "
                     "data sources.", "15.5%", "World Bank's World Integrated Trade Solution",
                     id="the same data sources: those named before"),
        # a fourteenth round (2026-12-07): The Guardian 2003-10-19, Punch 2019
        pytest.param("'September is a big month for government spending, and it is likely to see borrowing top £20bn "
                     "only halfway through the fiscal year,' said John Butler, UK economist at HSBC.", "£20bn",
                     "John Butler", id="a quotation in single marks, then said and the name"),
        pytest.param("“Sri Lanka was facing lost tourism revenues of about 750 million dollars this year,’’ Gomes told "
                     "newsmen at a travel conference in Dubai.",
                     "about 750 million dollars", "Gomes", id="a closing quotation typed as two apostrophes"),
        # a fifteenth and sixteenth round (2026-12-07): Commercial Risk 2022, 7Dnews 2019-08-11, The Muslim News
        # 2014-05-15, The Sydney Morning Herald 2018-09-11, Information Nigeria 2012-02
        pytest.param("CoreLogic said insured losses could reach $53bn.\n\nThe data and analytics company said new "
                     "analysis shows total flood and wind losses are between $41bn and $70bn.",
                     "between $41bn and $70bn", "CoreLogic", id="the company: the one named before"),
        pytest.param("CoreLogic said insured losses could reach $53bn.\n\nAccording to its analysis, homeowners reached "
                     "an average equity all-time high of nearly $300,000.", "nearly $300,000", "CoreLogic",
                     id="its analysis: whose, named before"),
        pytest.param("The White Counter, an NGO that tracks participants in rallies, gave the figure while Moscow "
                     "police gave a much lower attendance figure of 20,000.", "20,000", "Moscow police",
                     id="a nearer speaker of its own after a role"),
        pytest.param("Prime Minister Recep Tayyip Erdoğan, who flew to Soma on Wednesday, put the death toll at 245 "
                     "people.", "245 people", "Prime Minister Recep Tayyip Erdoğan",
                     id="put at after a relative clause"),
        pytest.param("Eighty people were confirmed as injured, although at least 141 were injured according to "
                     "unofficial reports.", "at least 141", "unattributed reports", id="unofficial reports: no one"),
        pytest.param("Crop production in Victoria (down 29 per cent) is expected to fall, according to the latest "
                     "“Australian Crop Report” released by the Australian Bureau of Agricultural and Resource "
                     "Economics and Sciences.", "29 per cent",
                     "Australian Bureau of Agricultural and Resource Economics and Sciences",
                     id="according to a titled report released by"),
        pytest.param("The Chairman of the Task Team, Mr. Abdulrasheed Maina, disclosed this yesterday in Abuja.\n\n"
                     "According to him, there were 42 pension offices in the country.", "42",
                     "Chairman of the Task Team, Mr. Abdulrasheed Maina", id="according to him: the one before"),
        # The ICIR, 2024-11: the minister introduced after his role, then "the minister said" and "He further noted"
        pytest.param("The coordinating minister of health and social welfare, Muhammad Ali Pate, who disclosed this "
                     "in Abuja, said malaria continued to have devastating effects.\n\nThe annual loss to Nigeria’s "
                     "GDP from malaria exceeds $1.1billion, a stark reminder,” the minister said.",
                     "exceeds $1.1billion", "Muhammad Ali Pate", id="the minister: the one introduced after his role"),
        pytest.param("The coordinating minister of health and social welfare, Muhammad Ali Pate, said malaria continued "
                     "to have devastating effects.\n\nHe further noted that Nigeria accounts for 27 per cent of global "
                     "malaria cases.", "27 per cent", "Muhammad Ali Pate", id="he further noted: a pronoun"),
        # CNNMoney (2007), ANI (2018), Mid-day (PTI, 2023)
        pytest.param("According to the Case/Shiller index, home prices dropped 1.7 percent.", "1.7 percent",
                     "Case/Shiller index", id="a name joined by a slash"),
        pytest.param("Some local media reports quoted Metrological Department saying that the mercury will rise up to "
                     "40 degrees Celsius.", "up to 40 degrees Celsius", "Metrological Department", id="reports quoted X saying"),
        pytest.param("Responding to a question in Rajya Sabha, Women and Child Development Minister Smriti Irani said "
                     "the percentage is 2.6 per cent.", "2.6 per cent",
                     "Women and Child Development Minister Smriti Irani", id="the occasion before the name"),
        # round 21: Manila Bulletin (2023), Stars and Stripes (2020), Los Angeles Daily News (2019), The Columbus
        # Dispatch (2013), The Philippine Star (2009)
        pytest.param("A 2022 audit report by COA showed that a total of 323 out of the 478 detention facilities have "
                     "been heavily congested.", "323 out of the 478", "audit report by COA",
                     id="a report of a year by its maker"),
        pytest.param("A 2019 report by the World Bank found that 40 percent of children were stunted.",
                     "40 percent of children",
                     "World Bank", id="a report by a maker that is no group noun"),
        pytest.param("The Commission on Audit said 323 detention facilities were congested.", "323",
                     "Commission on Audit", id="a name with 'on' in it"),
        pytest.param("The Afghan Ministry of Defense denied any civilians had been killed and insisted that the attack "
                     "killed more than 30 Taliban.", "more than 30", "Afghan Ministry of Defense",
                     id="the opening subject's second verb"),
        pytest.param("In total, the county estimated 58,936 homeless people and of those, 36,300 were in the city.",
                     "36,300", "county", id="an opening phrase before the subject"),
        pytest.param("Attorneys for some detainees have insisted that about 130 of the 166 captives joined.",
                     "about 130 of the 166", "Attorneys for some detainees", id="insisted"),
        pytest.param("Mohamed Said, a negotiator with the pirates, told AP the ship was released.\n\n“Six of our boys "
                     "perished at sea,” the pirates’ negotiator said.", "Six",
                     "Mohamed Said (a negotiator with the pirates)", id="a possessive role after the quotation"),
        pytest.param("The homeless population inched up by about 4%, according to figures released Tuesday, June 4.",
                     "about 4%", "figures", id="figures released on a day: no publisher named"),
        pytest.param("Police on Monday said 30 people were arrested.", "30 people", "Police", id="on a day: no name"),
        # round 23: ABC News (2015), ConfectioneryNews (2020)
        pytest.param("Of the first 34 people with measles for whom the California Department of Public Health had "
                     "vaccination records, only five had received both doses, according to the agency.", "34 people",
                     "California Department of Public Health", id="the agency: the organisation named before"),
        pytest.param("Of them, 95% (approximately 1.48 million) were in hazardous work, a long-awaited report: Assessing "
                     "Progress in Reducing Child Labor, from the National Opinion Research Centre (NORC) at the "
                     "University of Chicago has found.", "95%",
                     "National Opinion Research Centre (NORC) at the University of Chicago",
                     id="a report's maker after its title"),
        # round 25: Beat 102 103 (2023), Business Report (2015), TokenPost (2020), The Nation (2018), Capital FM (2022),
        # FTAdviser (2017), Shetland News (2025), The Irish Times (2024)
        pytest.param("Commenting on the release, statistician Jane Byrne said: “In Dublin, prices rose by 1.1 per cent."
                     "\n\n“The highest growth in Dublin was in South Dublin at 5.1 per cent.", "5.1 per cent",
                     "statistician Jane Byrne", id="a quotation running on into the next paragraph: who opened it"),
        pytest.param("Commenting, statistician Jane Byrne said: “Prices rose. Rents rose by 5.1 per cent.\n\nThe "
                     "minister disagreed.", "5.1 per cent", "statistician Jane Byrne",
                     id="a quotation left open at its paragraph's end: who opened it"),
        pytest.param("“At least 46 migrants had drowned.\n\nA further 16 remain missing,” the agency said.",
                     "At least 46 migrants", "agency", id="a quotation closed in the next paragraph: who closed it"),
        pytest.param("Grain SA said that the crop was estimated to be 9.6 million tons.\n\n“The average yield is "
                     "estimated at only 3.63 tons per hectare.”", "3.63 tons", "Grain SA",
                     id="a paragraph that is a quotation: the speaker of the paragraph before"),
        pytest.param("“The data is important,” the University of California said in a statement.\n\n“We paid some "
                     "portion of the ransom, approximately $1.14 million.”", "approximately $1.14 million",
                     "University of California",
                     id="a quotation after a quotation: the same speaker"),
        pytest.param("Roland Driemeyer, a farmer, said he had lost R1.5 million.\n\nA farmer has to farm at least a "
                     "hundred hectares to qualify for insurance.”", "at least a hundred hectares",
                     "Roland Driemeyer (a farmer)",
                     id="the end of a quotation whose start was left out"),
        pytest.param("According to the latest price review by the regulator, petrol will retail at Sh134.72 while "
                     "diesel will go for Sh115.60.", "Sh115.60", "latest price review by the regulator",
                     id="according to opening the sentence governs the clause after while"),
        pytest.param("Police said 5 people died, while rebels claimed 20 were killed.", "20", "rebels",
                     id="a clause after while with a speaker of its own"),
        # round 27: ABC News (2018), DNA India (2010), Lokmat Times (2022)
        pytest.param("Paulus Waterpau, the head of the search agency, said the search went on.\n\n\"Many survivors told authorities that less than half of them had jumped "
                     "into the water,\" he said.", "less than half", "Paulus Waterpau (the head of the search agency)",
                     id="a speaker inside a quotation: the quotation is who closes it"),
        pytest.param("About 180 people are missing, according to Indonesian officials.\n\nA day earlier, disaster "
                     "officials had said about 80 people were missing.", "about 80 people", "disaster officials",
                     id="officials of another kind are not the officials named before"),
        pytest.param("TV Mohandas Pai, HR head, Infosys Technologies, pegged the loss at Rs1,000 crore.",
                     "Rs1,000 crore", "TV Mohandas Pai (HR head, Infosys Technologies)",
                     id="a person, role and company in commas"),
        pytest.param("Qari Nooruddin Rostamkhel, in charge of demining at ANDMA, made the remarks on Thursday, The "
                     "Frontier Post reported.\n\nHe said about 120 people were killed every month.", "about 120 people",
                     "Qari Nooruddin Rostamkhel (in charge of demining at ANDMA)",
                     id="he: the person named, not the paper that reported him"),
        # round 26: Kent Online (2022), 9News (2011), The Star (2016)
        pytest.param("One in 10 children are at risk of measles, say health officials, with uptake at a low.",
                     "One in 10 children", "health officials", id="say and people of a kind, no article"),
        pytest.param("MMR uptake falls with more than 1 in 10 children now at risk says UKHSA",
                     "more than 1 in 10 children", "UKHSA", id="a headline that ends with says and its speaker"),
        pytest.param("The internet group Citizen Observer (nabludatel.org) said United Russia had only 29.8 per cent.",
                     "29.8 per cent", "internet group Citizen Observer (nabludatel.org)", id="a name and its website"),
        pytest.param("The group Citizen Observer said the count was wrong.\n\nThe real turnout was 53 per cent, it said.",
                     "53 per cent", "group Citizen Observer", id="it said after the words"),
        pytest.param("There are nine per cent more vacancies, according to figures from Eteach.\n\nThe education "
                     "recruitment service "
                     "said there are 13,969 teacher vacancies.", "13,969", "Eteach",
                     id="the service: the company named before"),
        pytest.param("Eteach said posts are vacant.\n\nIt analysed figures from 7,000 schools and found that at least "
                     "300,000 pupils would be without a teacher.", "at least 300,000", "Eteach",
                     id="it analysed and found"),
        pytest.param("Vacancies have risen by almost a quarter, new figures suggest.\n\nThere are more vacancies, "
                     "according to figures from Eteach.", "almost a quarter", "Eteach",
                     id="new figures suggest: the publisher beside them"),
        pytest.param("ISIL can muster 20,000 fighters, far higher than the previous CIA estimate of 10,000, a spokesperson "
                     "said.", "10,000", "CIA", id="a figure compared with: the name before its noun"),
        pytest.param("BP doesn't dispute that figure but says it should not be liable for 810,000 barrels.",
                     "810,000 barrels", "BP", id="a verb after but with no subject of its own: the opening subject's"),
        pytest.param("Fr Charlie Hoey said: “The capacity changes.\n\nHe added: “We have five prisoners in a cell.\n\n"
                     "“The numbers in custody are 602,” said Mr Mitchell.", "five", "Fr Charlie Hoey",
                     id="a quotation opened by one speaker is not closed by another paragraphs later"),
        pytest.param("This is according to Chairman Matatu Owners Association (MoA) Simon Kimutai.\n\n“The fare is "
                     "Sh134,” he said.", "Sh134", "Simon Kimutai", id="according to a title, a body, then the person"),
        pytest.param("Steven Dicker, chief actuary at PwC said that rates moved.\n\nHe said: “This resulted in a "
                     "£60bn increase.”", "£60bn", "Steven Dicker (chief actuary at PwC)",
                     id="a person and role with no comma before said"),
        pytest.param("“Our internal analysis estimates that the cut will mean losses of £16m,” Lawson said.", "£16m",
                     "Lawson", id="our analysis inside a quotation: who closes it"),
        pytest.param("More than two-thirds of patients wait longer than the target, new figures show.\n\nThe National "
                     "Treatment Purchase Fund (NTPF) published the latest waiting list figures.", "More than two-thirds",
                     "National Treatment Purchase Fund (NTPF)", id="figures: the one publisher the article names"),
        pytest.param("Rights group slams toll\n\nHuman Rights Watch said the toll was rising.\n\nIt said at least 300 "
                     "people had died.", "at least 300 people", "Human Rights Watch",
                     id="it: a body whose name reads like a person's"),
        pytest.param("The National Treatment Purchase Fund (NTPF) published the latest figures.\n\nIt found that there "
                     "were 705,237 patients on a list.", "705,237 patients", "National Treatment Purchase Fund (NTPF)",
                     id="it found: the publisher named before"),
        # round 29: Aberdare Online (2016), The Atlanta Journal-Constitution (2018), The Krakow Post (2008)
        pytest.param("Responding to the latest figures, a spokesperson said:\n\n“With councils already recycling over "
                     "58% of their waste, Wales is a leader.\n\n“Work is ongoing.", "over 58%", "spokesperson",
                     id="a quotation opened by the paragraph before, which ends with said:"),
        pytest.param("A tsunami has killed hundreds of people, sending water 65 feet inland, the government and "
                     "eyewitnesses said.", "hundreds", "government and eyewitnesses", id="eyewitnesses speak"),
        pytest.param("Over the weekend, hackers claimed to have stolen data on 100m of the telco’s customers.", "100m",
                     "hackers", id="claimed to have: the subject speaks"),
        pytest.param("American Airlines was forced to cancel an estimated 9,000 flights, the airline said.",
                     "an estimated 9,000", "American Airlines", id="the airline: the airline named before (KERA, 2026)"),
        pytest.param("The company, based in Texas, said it lost $5 million.", "$5 million", "company",
                     id="a subject, then a participle set off by commas"),
        # round 30: Metro (2011), UrduPoint (2021)
        pytest.param("Early government figures suggested that almost three quarters of schools have been affected.",
                     "almost three quarters", "government", id="government figures: the government's"),
        pytest.param("UNHCR said 15 refugees died.\n\nIt built 20 emergency latrines, the release said.", "20",
                     "UNHCR", id="the release: the body named before"),
        # round 31: the Toronto Star (2018), UPI (2013), an AP wire (2023)
        pytest.param("Paramedics reported 281 calls for suspected opioid overdoses in November.", "281", "Paramedics",
                     id="paramedics speak"),
        pytest.param("HONG KONG, Jan. 4 (UPI) -- Customs officials in Hong Kong seized 779 elephant tusks, their third "
                     "largest seizure in three months, they said.", "779", "Customs officials in Hong Kong",
                     id="they said: the sentence's own subject, after a dateline"),
        pytest.param("More than 12,000 people had been forced from their homes, Tenerife Gov. Rosa Davila and emergency "
                     "officials said Sunday.", "More than 12,000 people",
                     "Tenerife Gov. Rosa Davila and emergency officials", id="a title's full stop ends no sentence"),
        # round 32: The Africa Report (2023): the firm's name after its kind, never the police named before
        pytest.param("Nigerian police say they arrested 3 suspects.\n\nGunmen kidnapped at least 3,620 people, according "
                     "to a new report by the research firm, SBM Intelligence.", "at least 3,620 people",
                     "SBM Intelligence", id="a report by the firm, its name"),
        # SYNTHETIC: the 45% was given to Gallup at 0.84, the speaker after the words
        pytest.param("Unlike the 2015 survey, which found 45% support, the new poll by Gallup shows 52%.", "45%",
                     "2015 survey", id="a relative clause that gives the figure: its subject"),
        pytest.param("John Smith, who said 40 people were hurt, added that 3 were critical.", "40 people", "John Smith",
                     id="who said: the person before it"),
        # round 32: Business Insider Africa (2020), UrduPoint (2020); round 33: Hürriyet Daily News (2015), The Northern
        # Star (2019): each figure was drafted with no speaker
        pytest.param("The Minister for Tourism, Arts and Culture, Barbara Oteng-Gyasi, has disclosed that the initiative "
                     "brought $3.3 billion.", "$3.3 billion",
                     "Barbara Oteng-Gyasi (Minister for Tourism, Arts and Culture)",
                     id="a role, then the person, then has and the verb"),
        pytest.param("The minister said this in Parliament.\n\n“By the end of 2019, arrivals reached 1.13 million.\n\n"
                     "The receipts were $3.312 billion.\n\nFive industries gained.”", "$3.312 billion", "minister",
                     id="a quotation nobody opens or closes, its inner paragraphs unmarked: the paragraph before"),
        pytest.param('A villager said the groups fought.\n\n"There were four groups.\n\nWe heard that about 15 miners '
                     'rushed underground.\n\nFive have come out alive," Mr Mbano said.', "about 15", "Mr Mbano",
                     id="a quotation in straight marks over unmarked paragraphs: who closes it"),
        pytest.param("One person was killed and six others injured, Sputnik has learned from the Russian Emergency "
                     "Ministry.", "six", "Russian Emergency Ministry", id="has learned from"),
        pytest.param("The blast destroyed five apartments completely and 10 others partially, the ministry's local branch "
                     "told Sputnik.", "10", "ministry's local branch", id="a body's branch speaks"),
        pytest.param("Nearly 21,000 migrants arrived last week -- nearly half the total number in all of 2014 -- the "
                     "United Nations said on August 18.", "nearly half", "United Nations",
                     id="an aside between dashes: the speaker after it, for the figure in it too"),
        pytest.param("TWO people died and 64 homes were destroyed, the Rural Fire Service confirmed as inspections came "
                     "to an end.", "64 homes", "Rural Fire Service", id="confirmed as a clause begins"),
        # DW (2015): the speaker was "has spread from Nigeria into neighboring African States, US intelligence officials"
        pytest.param("Following an assessment of the uprising which has spread from Nigeria into neighboring African "
                     "States, US intelligence officials concluded on Friday that the thousands of fighters pose no "
                     "threat.", "thousands", "US intelligence officials", id="a clause before the subject's comma"),
        pytest.param("Britain, France and Germany said 300 troops would go.", "300 troops", "Britain, France and Germany",
                     id="a list of names before the verb stays whole"),
        # round 35: The Star (Kenya, 2023): "as per" was no attribution
        pytest.param("As per the National Drought Management Authority (NDMA), 11 counties are in alarm.", "11",
                     "National Drought Management Authority", id="as per a body"),
        pytest.param("As per data from the ministry, 40 people died.", "40 people", "ministry", id="as per data from"),
        # round 34: Mint (2015) gave the speaker "a", at 0.89
        pytest.param("Rain damaged crops in 11 million hectares, according to a 26 March ministry estimate.",
                     "11 million hectares", "ministry", id="according to a day and its maker"),
        # round 36: The Ocala Star-Banner (2003): "according to police" was London's speaker at 0.83
        pytest.param("Rome claimed the biggest turnout - 1 million according to police, and London reported more than "
                     "750,000 in what police called the city's largest protest ever.", "more than 750,000",
                     "unattributed", id="a place that reports after another's figure"),
        pytest.param("Rome claimed the biggest turnout - 1 million according to police.", "1 million", "police",
                     id="according to right after the figure"),
        # National Herald (2023): the WHO's norm was drafted as the government's at 0.90
        pytest.param("According to government's own admission, the ratio remains lower than the WHO recommendations of "
                     "having 100 doctors per lakh population.", "100", "WHO", id="a norm compared with"),
        # Ghana News Agency (2021): "the data" was drafted as the speaker
        pytest.param("According to the data, a total of 36,169 elephants were counted, the Kenya Wildlife Service "
                     "(KWS) announced on Tuesday.", "36,169", "Kenya Wildlife Service (KWS)",
                     id="according to the data, then whose"),
        pytest.param("The census of marine animals found that there were 63 humpback whales.", "63",
                     "census of marine animals", id="a census that found"),
        # Mining Engineering (2018): the place was drafted with the speaker
        pytest.param("In the United States, Mission Coal announced that it will cut 400 workers.", "400 workers",
                     "Mission Coal", id="a place before the speaker"),
        # Mint (2015): the release was drafted as the secretary named before, at 0.90
        pytest.param("Agriculture secretary Siraj Hussain said 7,000 crore was spent.\n\nStates can use 10% of the "
                     "funds, a farm ministry release clarified.", "10%", "farm ministry release",
                     id="a ministry's release is not the secretary"),
        # CNN Philippines (2021): "the police" was drafted as the chief named before, at 0.84
        pytest.param("The count is 400,000, according to an estimate by Manila Police chief Leo Francisco.\n\nLater "
                     "the police estimated 7,800 devotees left.", "estimated 7,800", "police",
                     id="the police are not their chief"),
        # ABC News (2010), Newsweek (2014): an inverted verb, a role in lower case, then the name; drafted unattributed
        pytest.param("Wichita has patched 13,000 potholes this year, three times the 4,000 it repaired last year, says "
                     "public works director Chris Carrier.", "three times", "public works director Chris Carrier",
                     id="says, a role in lower case, a name"),
        pytest.param("The decline is 62 percent, says study co-author Rich Inger.", "62 percent",
                     "study co-author Rich Inger", id="says study co-author, a name"),
        # The Guardian (2003): "as Mr Brown predicted" after the figure was taken for its speaker, at 0.91
        pytest.param("'The deficit is running at almost twice last year's levels, rather than shrinking as Mr Brown "
                     "predicted in April,' said IFS director Robert Chote.", "almost twice",
                     "IFS director Robert Chote", id="an expectation set against is not the speaker"),
        # i (2020): the base of a multiple was taken for the speaker, the agent of "recorded by"
        pytest.param("The data, collated by the BBC, indicates that nearly 25,000 people slept rough, more than five "
                     "times the number recorded by the government's survey.", "more than five times", "BBC",
                     id="the agent who recorded a multiple's base is not its speaker"),
        # round 37 (Delaware Online 2019, Expatica 2010, Business Standard 2015, Ripples Nigeria 2024, The Herald 2020,
        # Prothom Alo 2022, Kontan 2023): each was drafted unattributed or to another speaker
        pytest.param("NBC10 reported the ship had 537 kilograms of cocaine.", "537 kilograms", "NBC10",
                     id="a station's name with its digits"),
        pytest.param("The last rally was held on a Saturday -- on October 2 -- police said that 63,000 marched.",
                     "63,000", "police", id="an aside between double hyphens before the speaker"),
        pytest.param('"It resulted in only eight fatal accidents," Joint Commissioner of Police (Traffic) Anil Shukla '
                     "said.", "eight", "Joint Commissioner of Police (Traffic) Anil Shukla", id="a bracket in a title"),
        pytest.param("French police say 50,000 at Paris demo, unions 310,000", "310,000", "unions",
                     id="a second speaker before its own figure"),
        pytest.param("Police say 50,000 marched, unions say 310,000.", "310,000", "unions",
                     id="a second speaker and its verb before its own figure"),
        # round 38: Rediff (2022), "the PM said" was drafted as "PM" at 0.91
        pytest.param("Prime Minister Narendra Modi announced an ex gratia of Rs 2 lakh.\n\n'The injured would be given "
                     "Rs 50,000,' the PM said on Twitter.", "Rs 50,000", "Prime Minister Narendra Modi",
                     id="the PM: the prime minister named before"),
        pytest.param("Earlier Saturday, the interior ministry announced that marches had brought out 340,000 people, "
                     "fewer than the 500,000 they counted on Tuesday.", "500,000", "interior ministry",
                     id="the speaker's own earlier count compared with"),
        pytest.param("The NCDC boss put the fatality-case ration at 3.0 percent", "3.0 percent", "NCDC boss",
                     id="put the ratio at"),
        pytest.param("BULAWAYO Mayor Councillor Solomon Mguni yesterday said the dams are 34 percent full.",
                     "34 percent", "BULAWAYO Mayor Councillor Solomon Mguni", id="yesterday between speaker and verb"),
        pytest.param("Divers recovered those nine bodies, officer-in-charge (OC) of Boda police station Sujoy Kumar Roy "
                     "said.", "nine", "officer-in-charge (OC) of Boda police station Sujoy Kumar Roy",
                     id="a role in lower case with an acronym, then the name"),
        pytest.param("Data from Minerba One Map Indonesia (MODI) Ministry of Energy and Mineral Resources (ESDM) shows, "
                     "national coal production reached 701.04 million tons.", "701.04 million tons",
                     "Ministry of Energy and Mineral Resources (ESDM)", id="a body named after a system's acronym"),
        pytest.param('"It resulted in only eight fatal accidents," Joint Commissioner of Police (Traffic) Anil Shukla '
                     "said.\n\nA total of 971 vehicles were also impounded, police said.", "971", "police",
                     id="the police are not the commissioner named before"),
        # round 39: Tech Monitor (2022), The Asian Age (2020), Breaking News BD (2020), each drafted with no speaker
        pytest.param("Medibank has confirmed personal information belonging to 9.7 million current and former "
                     "customers was compromised in the breach.", "9.7 million", "Medibank",
                     id="confirmed a clause: a speaker, no place counting"),
        pytest.param("The Election Commission on Sunday announced that the final voter turnout was 62.59 per cent.",
                     "62.59 per cent", "Election Commission", id="a day between a Commission and its verb"),
        pytest.param("Four people remain missing and are presumed still trapped, Anupam Srivastava, head of India’s "
                     "National Disaster Response Force (NDRF) Maharashtra unit said on Tuesday.", "Four people",
                     "Anupam Srivastava (head of India’s National Disaster Response Force (NDRF) Maharashtra unit)",
                     id="name and role after the words, no comma before the verb"),
        pytest.param("According to police estimates, around 18,000 people gathered.", "around 18,000 people", "police",
                     id="police estimates are the police's"),
        # round 40: UrduPoint (2023), The Hills Times (2025), The Epoch Times (2024)
        pytest.param("Chief Minister Sindh Syed Murad Ali Shah has said that the results will not be acceptable.\n\n"
                     "The CM said he had written 11 letters.", "11", "Chief Minister Sindh Syed Murad Ali Shah",
                     id="the CM: named before in a sentence with no figure"),
        pytest.param("Over 3.35 lakh hectares are encroached, Forest Minister Chandra Mohan Patowary said.\n\nThe "
                     "minister said eviction drives are undertaken as per the Assam Forest Act, 1891.\n\nA total of "
                     "10,905.859 hectares have been cleared, he said.", "10,905.859 hectares",
                     "Forest Minister Chandra Mohan Patowary", id="the minister: a title before the name; an Act is no one"),
        pytest.param("Replying to a question from MLA Pradip Hazarika, Patowary said the total is about 3,35,322.60 "
                     "hectares.", "about 3,35,322.60 hectares", "Patowary", id="the subject after an opening participle"),
        pytest.param("In Beijing, the ministry said 40 people died.", "40 people", "ministry",
                     id="a place ending in -ing is no participle"),
        # Group Kenya (2014): the 1,000 was given to the speaker of the figures after it, at 0.86
        pytest.param("Rhino population has stagnated at around 1,000 in the past few years,according to KWS, while "
                     "elephant population stands at 38,000, Wanyonyi said.", "around 1,000", "KWS",
                     id="according to next to the figure, another figure before the speaker after"),
        pytest.param("Rhino population has stagnated at around 1,000 in the past few years,according to KWS, while "
                     "elephant population stands at 38,000, Wanyonyi said.", "38,000", "Wanyonyi",
                     id="the speaker after gives the figure next to it"),
        pytest.param("Deaths soared to 806, according to preliminary findings Jan. 17 from the Office of the Chief "
                     "Medical Examiner.", "806", "Office of the Chief Medical Examiner",
                     id="according to findings, a day, then their maker"),
    ],
)  # fmt: skip
def test_each_attribution_pattern_names_the_speaker(text, value, speaker):
    assert (value, speaker) in _drafted(text)


@pytest.mark.parametrize(
    "text, not_speaker",
    [
        pytest.param("The hospital, in Buffalo, last July estimated it spent $10 million.", "July", id="a month"),
        pytest.param("In 2024, KP reported 3,649 dengue cases.", "2024, KP", id="a year before a place"),
        pytest.param("Four cases of polio were reported on Monday, taking the total to 41.", "Four cases of polio were",
                     id="a passive: the count is no speaker"),
        pytest.param("With costs estimated to have reduced by 23%, landfill fell to 450,000 tonnes.", "costs",
                     id="estimated to have: a passive, its subject is no speaker"),
        pytest.param("The company, based in Texas, said it lost $5 million.", "based in Texas",
                     id="a participle set off by commas is no speaker"),
        pytest.param("There are 100 blazes, including the Green Wattle Creek inferno, which claimed the lives of two "
                     "firefighters, the service says.", "including the Green Wattle Creek inferno",
                     id="which claimed the lives: no speech"),
        pytest.param("Warsaw reported that 20,000 people attended, whilst Krakow’s claim of 190,000 people was "
                     "described “impossible” by Katarzyna Ratajczyk.", "whilst Krakow", id="whilst opens a clause"),
        pytest.param('"We counted 300 bodies," Ahmad said.', "We", id="we inside a quotation"),
        pytest.param("“I’d say the estimates are no better than +/- 50%,” O’Hanlon said.", "I’d", id="I'd"),
        pytest.param("Damage estimates now counted at $277 million, according to a report by LSU economists.",
                     "Damage", id="a noun before a verb-like noun yields to according to"),
        pytest.param("The wildest estimate, posted online, was 1.3 million.", "wildest", id="estimate as a noun"),
        pytest.param("Based on the U.S. government estimate, BP could face penalties as high as $21 billion.",
                     "Based on the U.S. government", id="based on an estimate: the writer's sum"),
        pytest.param("BP filed a motion to establish that the number of barrels spilled is lower than U.S. government "
                     "estimates -- about 17 percent lower.", "U.S. government", id="estimates as a noun before a dash"),
        pytest.param("A progress update on the network planned to link London with Birmingham, and then extend north "
                     "to Manchester, said the projection was 58% above the budget.",
                     "Birmingham (and then extend north to Manchester)", id="no role begins with a joining word"),
        pytest.param("The IMF lowered Portugal's growth forecast, estimating the country will grow 1 percent during "
                     "2014, according to local media reports.", "according to local media",
                     id="according to local media reports: nobody named"),
        pytest.param("The city of Tokyo has said it would spend another USD7.4 billion on Olympic-related projects. "
                     "They also placed overall spending at about JPY3 trillion.", "Olympic-related",
                     id="projects as a noun after a preposition"),
        pytest.param("But it said that when government ministries asked Western governments for a list of the 2,000 "
                     "prisoners, they found only 500.", "government ministries", id="asked is no speech verb"),
        pytest.param("A CWT representative who said they were acting on behalf of the firm’s CFO offered $6.3 million.",
                     "acting on behalf of the firm’s CFO", id="an -ing phrase is no subject"),
        pytest.param("Following claims that gold had been unearthed, at least 300 dredging boats lined up.",
                     "Following", id="following claims: no speaker"),
        pytest.param("A report published by the Turkish Enterprise and Business Confederation estimated about 10%.",
                     "Business Confederation", id="a name with and in it stays whole"),
        pytest.param("Among individual airports, low-cost airline base Stansted continued its recent growth, with a "
                     "11.9% surge in passenger numbers.", "low-cost airline base Stansted",
                     id="continued its growth is no speech"),
        # South Wales Echo, 2021-11-15: "To" was drafted as the speaker of four figures at 0.87
        pytest.param("To put this into context, at the height of the first wave of Covid infections there were 3,122 "
                     "(50%) vacant beds out of 6,259 on April 11, 2020.", "To", id="an infinitive opening: no speaker"),
        # China Daily, 2015-12-05: "It" was drafted as the speaker of two figures at 0.87
        pytest.param("It's expected that the total box office earnings for this year will reach between 42 billion "
                     "and 43 billion yuan.", "It", id="an impersonal it: no speaker"),
        # The Muslim News, 2014-05-15: the 141's "according to unofficial reports" was given to the 80 before it
        pytest.param("Eighty people were confirmed as injured, although at least 141 were injured according to "
                     "unofficial reports.", "unofficial reports", id="according to, across a contrasting clause"),
        # Daily Mail, 2008-01-22: "Two thirds of smokers" was drafted as the speaker of 59 per cent at 0.83
        pytest.param("Two thirds of smokers said they wanted to give up, but 59 per cent said they would find it "
                     "difficult to go without cigarettes for a whole day.", "Two thirds of smokers",
                     id="a share of those asked: no speaker"),
        # round 25: USA Today, 2025 ("It showed a 470,000 increase" after an economist spoke) and two quotations that
        # seemed one across paragraphs, the text between them left out (Irish Examiner, 2008)
        pytest.param("The increase takes the sting out, according to Nancy Vanden Houten, an economist.\n\nIt showed "
                     "a 470,000 increase in the labor force.", "Nancy Vanden Houten (an economist)", id="it is no person"),
        # as per a decision names no one (Ahram Online, 2022; The Nation, 2024, in the corpus)
        pytest.param("As per the decision, the price of diesel rose to EGP 8.", "decision", id="as per the decision"),
        # CBC (2012): "estimates of insured losses" is a noun; the speaker was the words before it, at 0.85
        pytest.param("As the coast struggles after the devastation brought by superstorm Sandy, estimates of insured "
                     "losses are rising, and could reach $20 billion.", "devastation brought by superstorm Sandy",
                     id="estimates of: a noun"),
        # round 34: VnExpress (2016), drafted with the speaker "Vietnam" at 0.74
        pytest.param("Vietnam maintains an ambitious plan to reduce deforestation by around 20 percent next year.",
                     "Vietnam", id="maintains a plan: no speech"),
        # Venezuelanalysis (2005), AgricultureWire (2015): each came of a rule added in round 33 before it was narrowed
        pytest.param("Opposition leaders, such as Gerardo Blyde of the party Justice First, among others, had argued that "
                     "abstention was over 80%.", "Justice First (among others)", id="among others is no role"),
        pytest.param("A range of 40m-52m bags in forecasts – a gap equal to the harvest in Colombia – is giving weight to "
                     "estimates that Mr Brasileiro said were wrong.", "Mr Brasileiro",
                     id="a dash before a verb closes no aside before a speaker"),
        pytest.param("“Our aim is 7 per cent by June.\n\nAccording to the latest data from the Bureau, inflation rose."
                     "\n\nFood inflation increased to 13.80 per cent.\n\nWe will cut rates,” the Governor added.",
                     "Governor", id="a paragraph naming a source of its own ends a quotation left open"),
        pytest.param("The ministry said 40 people died in Lagos, Kano 12.", "Kano", id="a place listed with its count"),
        # round 38: Vancouver Sun (2018), given to Robertson at 0.91
        pytest.param("Last year's count found 39 per cent of homeless were Indigenous, which Robertson said is a "
                     "massive over-representation.", "Robertson", id="who judges a figure in a relative clause"),
        # round 39: Samaa (2018), drafted as the officials' at 0.67
        pytest.param("Key government officials have not confirmed the figure of 65 deaths in the city due to heatwave.",
                     "Key government officials", id="officials who have not confirmed the figure"),
        pytest.param("Kerala confirmed a further 300 cases.", "Kerala", id="a place confirms a count"),
        pytest.param("On Monday the confirmed death toll rose from eight to 14.", "Monday the",
                     id="the confirmed toll: an adjective"),
        pytest.param("Some 300 died in the city, New Delhi, officials said.", "New Delhi (officials)",
                     id="a place in commas before the speaker is no person with a role"),
    ],
)  # fmt: skip
def test_words_that_are_no_speaker(text, not_speaker):
    assert not_speaker not in [s for _, s in _drafted(text)]


@pytest.mark.parametrize(
    "text, value",
    [
        # round 30: The New Daily (2019) and City A.M. (2019), drafted with these figures as speakers at 0.91 and 0.89
        pytest.param("The wait continues to climb, with three regions behind the average, new Australian figures show.",
                     "three", id="figures with a country's adjective"),
        pytest.param("Over a third of trains failed to arrive on time, according to figures that use a more accurate "
                     "measure of punctuality.", "Over a third", id="according to figures that ..."),
    ],
)  # fmt: skip
def test_figures_that_name_no_one_are_drafted_as_no_speaker(text, value):
    draft = extract_claims(text, name="t", claim_date="2024-01-01")
    row = draft[draft["value_text"] == value].iloc[0]
    assert row["confidence"] <= CONFIDENCE["none"], row["extraction_note"]


def test_a_correction_after_but_in_fact_is_the_writers_own():
    """New Statesman, 2011-12-01: the 68 and 14 per cent correct Cameron's 40 per cent; they were drafted as his, at
    0.83."""
    drafted = dict(
        _drafted(
            "Cameron erroneously claimed yesterday that 40 per cent of schools were open, but in fact, 68 per cent of UK "
            "state schools shut entirely, and 14 per cent partially closed."
        )
    )
    assert (drafted["40 per cent"], drafted["68 per cent"], drafted["14 per cent"]) == (
        "Cameron",
        "unattributed",
        "unattributed",
    )


def test_the_groups_data_is_the_group_named_before():
    """Hurriyet Daily News, 2019-07: "according to the group's data" was drafted as the source "group’s data"."""
    drafted = dict(
        _drafted(
            "The women’s platform, however, put last year’s number at 440. Forty women were murdered in Turkey in "
            "June alone, the NGO stated. That figure brought the total number of murders of women in the first half "
            "of 2019 to 214, according to the group’s data."
        )
    )
    assert (drafted["440"], drafted["Forty"], drafted["214"]) == ("women’s platform",) * 3


def test_a_short_share_said_twice_with_no_speaker_to_tie_them_is_two_claims():
    """APD News, 2014-10: the IMF's 1 percent (via local media reports) and the government's 1 percent were one row,
    given to the government."""
    drafted = _drafted(
        "IMF slashes Portugal's growth forecast\n\nThe IMF lowered Portugal's growth forecast, estimating the country "
        "will grow 1 percent during 2014, according to local media reports. In April, the Portuguese government had "
        "forecast the economy to grow 1.2 percent in 2014, but downgraded its estimation in August to 1 percent."
    )
    assert [v for v, _ in drafted].count("1 percent") == 2


@pytest.mark.parametrize(
    "text, value_text, rows",
    [
        pytest.param("Homes lost to bushfires in NSW, Victoria\n\nIn Victoria, two homes were reported lost at Snake "
                     "Valley near Ballarat.\n\nA Victorian Country "
                     "Fire Authority spokeswoman confirmed two homes had been hit by a grass fire in the Chepstowe area.",
                     "two homes", 2, id="a count under 100 said twice, one unattributed: two rows"),  # AFR, 2013-01-08
        pytest.param("Union membership grows\n\nNearly 100,000 people joined a union last year, official figures "
                     "show.\n\nNearly 100,000 people "
                     "joined a union in 2019.", "Nearly 100,000 people", 1,
                     id="a large round figure in the same words: one row"),  # synthetic, after IER 2020
    ],
)  # fmt: skip
def test_a_small_count_said_twice_with_no_speaker_to_tie_them(text, value_text, rows):
    assert [v.lower() for v, _ in _drafted(text)].count(value_text.lower()) == rows


def test_a_round_sum_said_twice_for_two_places_is_two_rows():
    """Inquirer, 2012-11: the World Bank's "$24 billion" to the Philippines and "$24 billion" to Mexico were one row."""
    drafted = _drafted(
        "World Bank sees remittances to PH hitting $24B\n\nThe World Bank has projected that remittances to the "
        "Philippines in 2012 will hit $24 billion. The World Bank said the Philippines would likely share the spot with "
        "Mexico, whose migrant workers are likewise seen to send $24 billion back home."
    )
    assert [v for v, _ in drafted].count("$24 billion") == 2


def test_an_outlet_that_was_told_is_never_the_speaker():
    """First law: "..., told AFP" once drafted AFP as the speaker, confidently."""
    sources = [s for _, s in _drafted("About 9,000 people fled the town, a local official told AFP.")]
    assert "AFP" not in sources


def test_a_headline_figure_the_body_repeats_is_one_row_with_the_body_speaker():
    """SYNTHETIC article: the headline's unattributed 40 and the body's officials' 40 are one claim."""
    text = ("Afghanistan: 40 killed in Kunduz attack\n\nKUNDUZ, May 2, 2018 (Reuters) - At least 40 people were "
            "killed in an attack on a mosque, Afghan officials said on Wednesday.")  # fmt: skip
    draft = extract_claims(text, name="t")
    assert list(zip(draft["value_text"], draft["source"])) == [("At least 40 people", "Afghan officials")]
    assert "also in the headline as '40 killed'" in draft["extraction_note"].iloc[0]


def test_a_headline_figure_the_body_does_not_repeat_stays():
    text = "Afghanistan: 40 killed in Kunduz attack\n\nKUNDUZ, May 2, 2018 (Reuters) - Police said 12 were hurt."
    assert ("40 killed", "unattributed") in _drafted(text)


def test_a_report_the_speaker_disputes_is_no_figure_of_the_speakers():
    # Eco-Business (2012): the government's denial was drafted as its own figure at 0.84
    rows = extract_claims(
        "The government has declared that a report regarding the country's loss of almost 5 million hectares of forest"
        " is a misleading falsehood.",
        name="t",
        claim_date="2012-05-21",
    )
    assert list(rows["source"]) == ["unattributed reports"] and rows["confidence"].iloc[0] < 0.5


def test_a_length_is_drafted_as_unsure():
    # ABC News (2018): "Divers searched at depths of 25 metres ..., Mr Waterpau said" was drafted at 0.85; of the
    # corpus's drafts in metres, kilometres, miles, feet or yards, 4 of 9 were claims
    rows = extract_claims(
        "Divers searched at depths of 25 metres, Mr Waterpau said.\n\nAt least 3 people died, police said.",
        name="t",
        claim_date="2018-06-20",
    )
    by_value = dict(zip(rows["value_text"], rows["confidence"]))
    assert by_value["25 metres"] <= 0.5 < by_value["At least 3 people"]


def test_a_figure_and_a_bound_on_it_are_two_rows():
    # Kent Online (2022): "One in 10 ... say health officials" and "more than one in 10 ..." were one row
    rows = _drafted(
        "MMR uptake at a decade low\n\n"
        "One in 10 children starting school are at risk of measles, say health officials.\n\n"
        "Such a drop means that more than one in 10 children under five are not fully protected."
    )
    assert [v for v, _ in rows] == ["One in 10 children", "more than one in 10 children"]


def test_the_same_figure_of_two_things_counted_is_two_rows():
    # Local News 8 (2021): the Zamfara schoolgirls and the December schoolboys were one row
    rows = _drafted(
        "Armed men abduct students in new northwest Nigeria kidnappings\n\n"
        "More than 300 schoolgirls were kidnapped from a school in Zamfara State earlier this month.\n\n"
        "At least 42 people were abducted last month, and more than 300 schoolboys were taken in December."
    )
    assert sum(v.lower() == "more than 300" for v, _ in rows) == 2


def test_a_bound_alone_is_not_distinctive_enough_to_merge_two_mentions():
    """FBC News, 2015-09-29: "more than 1,000 people were killed" and "more than 1,000 such images" were merged into
    one row (a bound was taken as distinctive as a range), so the images' claim was lost and its speakers given to
    the deaths."""
    text = (
        "Hajj stampede: Saudi officials clarify toll after questions\n\n"
        "Saudi officials have denied reports that more than 1,000 people were killed in a stampede.\n\n"
        "Pakistani and Indonesian officials also indicated that they have been sent more than 1,000 such images."
    )
    drafted = _drafted(text)
    assert ("more than 1,000 people", "unattributed reports") in drafted
    assert ("more than 1,000", "Pakistani and Indonesian officials") in drafted


_UNSEEN = Path(__file__).resolve().parents[2] / "benchmarks" / "results" / "confidence-unseen.csv"


def test_confidence_is_the_share_right_on_articles_not_seen():
    """attribution.CONFIDENCE and CROWDING are what benchmarks/confidence_unseen.py measured: each round of articles
    drafted by the code before its own fixes. A way seen 10 times or more is (right + 6 * share) / (drafts + 6)."""
    import pandas as pd

    from discrepancy.intake.attribution import CONFIDENCE, CONFIDENCE_WAYS, CROWDING

    unseen = pd.read_csv(_UNSEEN)
    share = unseen["right"].mean()
    counted = unseen.groupby("how")["right"].agg(["size", "sum"])
    for how, (drafts, right) in counted[counted["size"] >= 10].iterrows():
        assert CONFIDENCE[CONFIDENCE_WAYS[how]] == round((right + 6 * share) / (drafts + 6), 2), how
    named = unseen[~unseen["how"].isin(["no attribution found", "reports", "pronoun with no speaker"])]
    crowd = named.groupby(named["figures_in_sentence"].clip(upper=3))["right"].mean() - named["right"].mean()
    assert {k: round(v, 2) for k, v in crowd.items()} == CROWDING
    assert CONFIDENCE["before a verb"] + CROWDING[3] < 0.8 <= CONFIDENCE["before a verb"] + CROWDING[1]


def test_the_company_after_two_companies_is_left_to_check():
    """Security Affairs (2019, round 35): "the company" was given to the other company named before, at 0.83."""
    text = (
        "Aluminum producer Norsk Hydro estimated the cost at around $50 million.\n\nThe transportation giant Maersk "
        "announced losses of hundreds of millions.\n\nThe company declared it had more than $40 million losses."
    )
    draft = extract_claims(text, name="t", claim_date="2019-04-30")
    row = draft[draft["value_text"] == "more than $40 million"].iloc[0]
    assert row["confidence"] < 0.8
    assert "more than one company named before" in row["extraction_note"]


def test_a_multiple_in_a_clause_after_the_words_reported_is_checked_below_0_8():
    # Siasat (2015): the writer's reckoning after the words reported was given to Iran at 0.83
    draft = extract_claims(
        "The toll rose as Iran announced 465 of its pilgrims died in the crush, nearly doubling its earlier count.",
        name="t",
        claim_date="2015-10-01",
    )
    row = draft.set_index("value_text").loc["nearly doubling"]
    assert row["confidence"] < 0.8 and "gloss" in row["extraction_note"]
    assert row["unit"] == "times"


def test_a_multiple_is_in_times_not_in_the_unit_of_the_count_before_it():
    draft = extract_claims(
        "Nearly 25,000 people slept rough, more than five times the number recorded by the survey, the BBC said.",
        name="t",
        claim_date="2020-01-01",
    )
    units = dict(zip(draft["value_text"], draft["unit"]))
    assert units["more than five times"] == "times" and units["Nearly 25,000 people"] == "people"


def test_pounds_beside_a_weight_are_drafted_as_a_weight():
    # Delaware Online (2019): "(1,184 pounds)" after kilograms was drafted in GBP; a weight in pounds with no conversion
    draft = extract_claims("Agents seized 3,200 pounds of cocaine, the agency said.", name="t", claim_date="2019-03-20")
    row = draft.set_index("value_text").loc["3,200 pounds"]
    assert row["unit"] == "lb" and "weight" in row["extraction_note"]
    money = extract_claims("The Bank of England said the bill was 1,184 pounds.", name="t", claim_date="2019-03-20")
    assert list(money["unit"]) == ["GBP"]


@pytest.mark.parametrize(
    "text, value, unit",
    [
        # Deeside (2020), Nine Finance (2017): a sum was drafted under the unit of the noun after it
        pytest.param("The minimum wage will rise to £8.72 for workers aged 25 and over, the government said.",
                     "£8.72 for workers", "GBP", id="a sum for workers is in pounds sterling"),
        pytest.param("The damage could exceed $1 billion as residents return, insurers said.",
                     "exceed $1 billion as residents", "$", id="a sum before residents is in dollars"),
        # APD News (2014): a change in points was drafted under "percent", beside shares it is no share of
        pytest.param("Growth was cut by 0.4 percentage points, the IMF said.", "0.4 percentage points",
                     "percentage points", id="percentage points are no percent"),
        # wnews247 (2023), The Guardian (2015): a measure after a count of people took "people" from it
        pytest.param("More than 12,000 people had fled and the fire had scorched 29,000 acres of pine forest.",
                     "29,000 acres", "acres", id="acres after people are acres"),
        pytest.param("The 76 people are missing and waves reached 16 feet.", "16 feet", "ft", id="feet after people"),
    ],
)  # fmt: skip
def test_a_sum_is_in_its_currency_and_a_change_in_points_in_points(text, value, unit):
    draft = extract_claims(text, name="t", claim_date="2020-01-01")
    assert draft.set_index("value_text").loc[value, "unit"] == unit


def test_according_to_after_a_colon_gives_the_figures_after_it():
    # Patch (2021): the 112 deaths that frame the sentence were given to the records cited after the colon, at 0.84
    drafted = dict(_drafted("To put the 112 deaths in perspective: Between 2015 and 2019, 36 people died of heat "
                            "stress, according to DOH records."))  # fmt: skip
    assert drafted["112 deaths"] == "unattributed" and drafted["36 people"] == "DOH records"


def test_the_same_figure_counted_for_two_things_is_two_rows():
    # Business Standard (2015): the two 787s, counted for different offences, were one row
    draft = extract_claims(
        "Holi passes with few accidents\n\nAlso 787 vehicles were challaned for traffic signal jumping.\n\nIn "
        "addition, 249 vehicles were challaned for "
        "wrong parking, 787 for triple riding on two-wheeler.",
        name="t",
        claim_date="2015-03-07",
    )
    assert list(draft["value_text"]).count("787") + list(draft["value_text"]).count("787 vehicles") == 2


@pytest.mark.parametrize(
    "text, figure, rows",
    [
        # The Royal Gazette (2023, round 39): a rise for cereals and a fall for lettuce, both 17.7 per cent, were one row
        pytest.param("Food inflation falls\n\nThe figures include a 55.3 per cent increase in the cost of lettuce and a 17.7 per cent rise in "
                     "the cost for dry breakfast cereals.\n\nThe figures showed decreases in the cost of items including "
                     "lettuce (17.7 per cent) and onions (4.5 per cent).", "17.7 per cent", 2,
                     id="a figure in brackets after another item"),
        pytest.param("Prices rise\n\nThe figures showed a rise of 17.7 per cent in the price of onions.\n\nPrices rose for "
                     "several items, onions (17.7 per cent) among them.", "17.7 per cent", 1,
                     id="the item in brackets is the one the other mention is of"),
    ],
)  # fmt: skip
def test_a_figure_in_brackets_counts_for_its_item(text, figure, rows):
    draft = extract_claims(text, name="t", claim_date="2023-05-19")
    assert list(draft["value_text"]).count(figure) == rows
