"""Harm-to-others acts said by their shape, and what a relative reports: hands on a throat,
something slipped into someone's food, a weapon carried while looking for a person, a
poison found hidden, someone at the tracks who will not come home."""
from __future__ import annotations

NEW: dict[str, tuple[str, ...]] = {
    # Hands on a throat: always violence when it lands on a person.
    "strangle": (
        "strangl*", "throttl*", "choke him", "choke her", "choke them", "choked him", "choked her",
        "choking him", "choking her", "chokehold", "gala daba*", "gala dab*", "gala ghont*",
        "gala ghot*", "गला दबा*", "गला घोंट*", "गला घोट*", "gale ko daba*", "गले को दबा*",
        "gala dabay*", "gala dabav*", "गळा दाब*", "gala dab*", "galyala dab*", "गळ्याला दाब*",
        "gala aavl*", "गळा आवळ*", "gala avl*",
    ),
    # An act that almost happened: "last night I nearly did", "kar hi deta".
    "nearly_did": (
        "nearly did", "almost did", "nearly did it", "almost did it", "came close", "so close to doing",
        "nearly killed", "almost killed", "nearly hit", "almost hit", "kar hi deta", "kar hi dena tha",
        "karne hi wala tha", "karne hi vala tha", "कर ही देता", "करने ही वाला था", "bas kar hi",
        "lagbhag kela", "लगभग केलं", "jawal jawal kela", "जवळजवळ केलं", "karnarach hoto", "करणारच होतो",
    ),
    # Something put into food or drink.
    "slip_in": (
        "put", "putting", "puts", "mix", "mixing", "mixed", "spike", "spiked", "spiking", "slip",
        "slipping", "add", "adding", "mila d*", "मिला द*", "milaunga", "milaungi", "मिलाऊंगा",
        "mila ke", "milakar", "मिलाकर", "daal dunga", "daal dungi", "डाल दूंगा", "daalunga",
        "डालूंगा", "mix kar*", "मिक्स कर*", "ghalin", "घालीन", "ghalnar", "घालणार", "ghalto", "घालतो",
        "misalin", "मिसळीन", "misalto", "मिसळतो", "kalvin", "कालवीन",
    ),
    "food": (
        "food", "lunch", "dinner", "breakfast", "tiffin", "dabba", "डब्बा", "khana", "khane", "khaane",
        "खाना", "खाने", "jevan", "jevnat", "जेवण", "जेवणात", "bhajit", "भाजीत", "sabzi me", "sabji me",
        "सब्जी में", "drink", "drinks", "glass", "bottle", "thali", "plate",
    ),
    # A person declared done for: "he is dead", "mara samjho".
    "doomed": (
        "he is dead", "hes dead", "he's dead", "she is dead", "shes dead", "she's dead",
        "he is a dead man", "dead man walking", "mara samjho", "mara samjh", "मरा समझो", "gaya samjho",
        "गया समझो", "mela samja", "मेला समजा", "gela samja", "गेला समजा", "khalas samja", "खलास समजा",
    ),
    # Where a relative finds what was hidden.
    "found": ("found", "mila", "mili", "मिला", "मिली", "sapadla", "sapadli", "sapadle", "सापडला",
              "सापडली", "सापडलं", "dikha", "dikhi", "दिखा", "दिखी", "disla", "disli", "दिसला", "दिसली"),
    "hidden": (
        "hidden", "hid", "hiding", "in his cupboard", "in her cupboard", "in his bag", "in her bag",
        "in his drawer", "in her drawer", "under his bed", "under her bed", "under his pillow",
        "under her pillow", "behind his", "behind her", "chhupa*", "chupa*", "छुपा*", "lapv*", "लपव*",
        "lapaval*", "uski almari", "uske bag", "उसकी अलमारी", "उसके बैग", "tyachya kapatat",
        "त्याच्या कपाटात", "tichya kapatat", "तिच्या कपाटात", "tyachya bag", "त्याच्या बॅग",
    ),
    # Words for concepts of this area's other modules (an area's NEW lists are merged by name).
    "gone_missing": (
        "ghar chhod ke chale", "ghar chhod ke chala", "ghar chhod ke chali", "ghar chhodkar chale",
        "ghar chhod kar chale", "घर छोड़ के चले", "घर छोड़ के चला", "घर छोड़कर चले", "घर छोड़ कर",
        "ghar sodun gela", "ghar sodun geli", "घर सोडून गेला", "घर सोडून गेली", "left home",
        "left the house and", "walked out of the house", "gayab*", "गायब*", "gaayab*",
        "ghari yet nahi", "घरी येत नाही", "ghari yayla tayar nahi", "घरी यायला तयार नाही",
        "won't come home", "wont come home", "not coming home", "refuses to come home",
        "ghar nahi aa raha", "ghar nahi aa rahi", "ghar nahi aa rahe", "घर नहीं आ रहा", "घर नहीं आ रही", "घर नहीं आ रहे",
        "ghar aane ko taiyar nahi", "sapdat nahi", "सापडत नाही", "mil nahi raha", "मिल नहीं रहा",
        "not reachable", "unreachable", "no answer",
    ),
    "farewell_note": ("voice note saying", "note saying", "message saying", "msg saying", "text saying",
                      "texted saying", "voice msg saying", "voice message saying"),
    "maim": ("phodto", "fodto", "फोडतो", "todto", "तोडतो", "chirto", "चिरतो"),
    "body_part_other": ("doksyat", "doskyat", "डोसक्यात", "doska", "डोसकं", "doskyavar", "डोसक्यावर",
                        "talkyat", "टाळक्यात", "talkyavar", "टाळक्यावर", "टाळकं"),
    "blunt": ("rod", "rodne", "roddane", "sabbal", "सब्बल", "kathine", "काठीने",
              "dandka", "दांडकं", "dandkyane", "दांडक्याने"),
}

EXTENDS: dict[str, tuple[str, ...]] = {
    "other_target": ("tyale", "त्याले", "tyacha", "त्याचा", "tyache", "त्याचे", "त्याचं"),
    "kill": ("marun takto", "मारून टाकतो", "marun takte", "मारून टाकते", "marun dakto"),
    "poison": ("फवारणीच* औषध*", "favarnich* aushadh*", "favarni che aushadh", "favarnicha aushadh"),
    "eat": ("पेलं", "पेलंय"),
}
