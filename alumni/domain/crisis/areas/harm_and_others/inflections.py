"""Inflections and spellings that widen the lists of this area and of the base lexicon."""
from __future__ import annotations

NEW: dict[str, tuple[str, ...]] = {
    "collapse": ("not making sense", "making no sense", "behki behki", "बहकी बहकी", "kuch bhi bol raha",
                 "slurring", "can't stand up", "cant stand up", "ubha rahu shakat nahi"),
    "routine": ("every night", "every morning", "every evening", "each night", "each morning",
                "twice a day", "once a day", "har raat", "हर रात", "roz raat",
                "रोज रात", "roj ratri", "रोज रात्री", "after food", "khane ke baad", "jevnanantar"),
    "body_part_other": ("dokyat", "डोक्यात", "dokyavar", "डोक्यावर", "dokyala", "डोक्याला", "sar pe",
                        "sir pe", "sar par", "sir par", "सिर पे", "सिर पर", "sar me", "sir me", "सिर में",
                        "kanpatti", "कनपटी", "chehre", "chehra", "चेहरा", "चेहरे", "tondavar", "तोंडावर",
                        "chest", "chhati", "छाती", "haat", "haath", "हात", "हाथ", "paay", "पाय",
                        "pair", "पैर"),
    # Future threats with the breaking verb: "डोकं फोडणार", "haddi todunga", "sar phodunga".
    "maim": ("phodnar", "fodnar", "फोडणार", "todnar", "तोडणार", "modnar", "मोडणार", "kapnar",
             "कापणार", "chirnar", "चिरणार", "chhatnar", "छाटणार", "jalnar", "जाळणार", "todunga",
             "तोड़ूंगा", "तोडूंगा", "phodunga", "fodunga", "फोड़ूंगा", "फोडूंगा", "kaatunga",
             "काटूंगा", "chirunga", "चीरूंगा", "thokunga", "ठोकूंगा", "thok dunga", "ठोक दूंगा",
             "patak dunga", "पटक दूंगा", "ghusa dunga", "घुसा दूंगा", "ghused dunga", "bhosknar",
             "भोसकणार", "bhoskin", "भोसकीन", "ghalun marin", "घालून मारीन",
             # Punjabi-tinged Hindi: "vaddh dunga" (I'll cut him down)
             "vaddh dunga", "vadh dunga", "vadd dunga", "vaddh dyanga", "vaddh denga", "vadh denga",
             "वढ दूंगा", "वड्ढ दूंगा"),
    # Set alight with a person inside: "with him inside", "zinda jala dunga".
    "inside_alive": ("inside", "in it", "while he sleeps", "while she sleeps", "andar band kar*",
                     "अंदर बंद कर*", "aat kondun", "आत कोंडून", "zinda", "जिंदा", "ज़िंदा", "jivant",
                     "जिवंत", "alive"),
}

EXTENDS: dict[str, tuple[str, ...]] = {
    # Marathi and English futures of eating and drinking a poison: "खाईन", "will drink".
    "eat": (
        "khain", "खाईन", "khanar", "खाणार", "khaun takin", "खाऊन टाकीन", "piin", "pien", "पिईन",
        "पिऊन टाकीन", "piun takin", "pinar", "पिणार", "gilin", "गिळीन", "gilnar", "गिळणार",
        "will drink", "gonna drink", "going to drink", "will swallow", "gonna swallow",
        "will eat", "gonna eat", "going to eat", "gonna take", "going to take", "will take",
        "had some", "i had", "had a glass", "had a cup", "had a bottle",
    ),
    "something": ("smthing", "smth", "smthng", "sumthing", "somethin", "somthing", "sumthin",
                  "kuchh", "kaytari", "kaay tari", "काय तरी"),
    "unconscious": ("unconcious", "unconsious", "unconscius", "unconcius", "unconsius",
                    "uncouncious", "unconsios", "uncoscious", "unconscous", "be hosh", "बे होश",
                    "hosh nahi aa raha", "hoshmadhe nahi", "not breathing properly"),
    "too_much": ("jayada", "jyaada", "zayada", "zaida", "jaida", "bahot zyada", "bahot jyada",
                 "bohot zyada", "bhot zyada", "khup jaast", "jaast", "खूप जास्त", "बहुत जयादा",
                 "जयादा", "ज्यादाच", "jastach", "जास्तच"),
    # "गर्द" (brown sugar) in Mumbai and Pune street speech.
    "opioids": ("gard", "गर्द", "gardh"),
    # "bas zala he jagna", "bas ho gaya jeena": enough of living.
    "fed_up": ("bas zala", "bas jhala", "बस झालं", "बस झाले", "bas zale", "bas ho gaya", "bas ho gya",
               "बस हो गया", "bas hua", "बस हुआ", "enough of"),
    "live": ("jagnar", "jagnaar", "जगणार", "jaganar", "jagnare", "jagel", "जगेल", "jagin", "जगीन"),
    "acquire": ("aanun", "आणून", "anun", "aanun thevli", "laaya", "laya", "लाया", "le aayi", "ले आई",
                "le aaye", "brought", "bought a"),
    "dose": ("taking 1", "take 1", "took 1", "1 at night", "1 in the morning", "1 daily",
             "1 tablet", "1 pill", "1 goli", "१ गोली", "१ गोळी", "as told", "as advised", "as directed", "jaisa bataya", "जैसा बताया",
             "sangitlya pramane", "सांगितल्याप्रमाणे"),
    # Punjabi object pronouns: "usnu", "ohnu" (him, her).
    "other_target": ("usnu", "usnoo", "ohnu", "onu", "ohnoo", "ihnu", "enu", "उसनूं", "ओहनूं", "shejaryacha", "shejaryachi", "shejaryache", "shejaryachya", "शेजाऱ्याचा",
                     "शेजाऱ्याची", "शेजाऱ्याचे", "शेजाऱ्याच्या", "शेजाऱ्याचं", "landlord", "his kids",
                     "her kids", "his family", "her family"),
}
