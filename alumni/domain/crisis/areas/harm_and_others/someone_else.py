"""Someone else in danger: the signs a relative sees and reports."""
from __future__ import annotations

NEW: dict[str, tuple[str, ...]] = {
    # Someone else sent towards the centre, by the writer: told about it, given the number,
    # brought or sent, asked about ("I told him about the centre", "aapka number de diya",
    # "uski biwi ko bhej du?", "त्याला केंद्रात घेऊन येऊ का?"). Read by
    # alumni.domain.crisis.others_drinking.
    "referral": (
        "about the centre", "about the center", "about your centre", "about your center",
        "gave him your number", "gave her your number", "gave them your number", "your number",
        "aapka number", "aapka no", "आपका नंबर", "aapka contact", "tumcha number", "तुमचा नंबर",
        "centre ke baare", "center ke baare", "सेंटर के बारे", "centre jaane", "center jaane",
        "सेंटर जाने", "centre bhej*", "center bhej*", "सेंटर भेज*", "kendrat pathav*", "केंद्रात पाठव*",
        "centre madhe pathav*", "bhej du", "bhej doon", "bhej dun", "भेज दूं", "भेज दूँ", "bhej sakta",
        "भेज सकता", "pathvu ka", "पाठवू का", "gheun yeu", "घेऊन येऊ", "le aau", "ले आऊं", "le aaun",
        "bring him", "bring her", "send him", "send her", "can he call", "can she call",
        "if he calls", "if she calls", "he calls you", "she calls you", "counselling for family",
        "family counselling", "counselling hoti", "काउंसलिंग होती", "admit him", "admit her",
        "get him admitted", "get her admitted", "usko admit", "उसको एडमिट", "tyala admit",
        "त्याला ऍडमिट", "admission for him", "admission for her",
    ),
    # The door not opened to the family: "दार उघडत नाही", "darwaza nahi khol raha".
    "door_unopened": (
        "dar ughdat nahi", "दार उघडत नाही", "दार उघडत नाहीये", "daar ughdat nahi", "darwaja ughdat nahi",
        "दरवाजा उघडत नाही", "darwaza nahi khol raha", "darwaja nahi khol raha", "दरवाजा नहीं खोल रहा",
        "darwaza nahi khol rahi", "दरवाजा नहीं खोल रही", "not opening the door", "won't open the door",
        "wont open the door", "isn't opening the door", "not answering the door",
    ),
    "farewell_note": (
        "left a note", "left a letter", "wrote a note", "wrote a letter", "a note saying",
        "letter saying", "chitthi chhod*", "chithi chhod*", "चिट्ठी छोड़*", "chitthi likh*",
        "chithi likh*", "चिट्ठी लिख*", "note likh*", "note chhod*", "letter likh*",
        "chitthi mili", "चिट्ठी मिली", "chithi lihun", "chitthi lihun", "चिठ्ठी लिहून",
        "चिठ्ठी लिहिली", "chithi lihili", "chiththi", "चिठ्ठी", "चिट्ठी", "note lihun",
        "note lihili", "letter lihun",
        # left as he went: "ek letter छोड़ के गए", "चिठ्ठी ठेवून गेला" (round 13)
        "letter chhod*", "letter छोड़*", "लेटर छोड़*", "chitthi thevun", "चिठ्ठी ठेवून", "chithi thevun",
        "letter thevun", "letter ठेवून", "चिठ्ठी ठेवली", "letter thevla", "letter ठेवलं", "letter ठेवला",
        "note thevli", "chitthi rakh*", "चिट्ठी रख*", "letter rakh*",
    ),
    "apology": ("sorry", "sorri", "sry", "maaf", "maf", "माफ", "maafi", "माफी", "kshama", "क्षमा",
                "forgive", "forgive me"),
    "gone_missing": (
        "hasn't come home", "hasnt come home", "has not come home", "didn't come home",
        "didnt come home", "not come home", "not home yet", "not back yet", "hasn't come back",
        "hasnt come back", "ghar nahi aaya", "ghar nahi aayi", "ghar nahi lauta", "ghar nahi lauti",
        "घर नहीं आया", "घर नहीं आई", "ghari aala nahi", "ghari ala nahi", "ghari aali nahi",
        "घरी आला नाही", "घरी आली नाही", "ghari parat aala nahi", "missing since",
        "gone missing", "lapata", "laapata", "लापता", "gayab hai", "गायब है", "phone switched off",
        "phone is off", "phone band hai", "phone band aahe", "फोन बंद", "not answering",
        "isnt answering", "isn't answering", "not picking up", "not responding to calls",
        "phone nahi utha", "फोन नहीं उठा", "phone uchalat nahi", "फोन उचलत नाही",
        "darwaza nahi khol", "दरवाजा नहीं खोल", "door nahi khol", "not opening the door",
        "won't open the door", "wont open the door", "daar ughdat nahi", "दार उघडत नाही",
        "aawaz nahi de", "awaaz nahi de", "आवाज नहीं दे", "uttar det nahi", "उत्तर देत नाही",
        # said of a husband with respect: "kal raat se ghar nahi aaye"
        "ghar nahi aaye", "घर नहीं आए", "ghar nahi aaye hain", "ghari aale nahit", "घरी आले नाहीत", "ghari aale nahi",
    ),
    "paraphernalia": ("syringe", "syringes", "needle", "needles", "sirinj", "सिरिंज", "empty strips",
                      "empty bottle", "khali strip", "khali patte", "खाली पत्ते", "rikamya golya",
                      "blades", "blade", "razor", "ब्लेड"),
    # A harmless thing a death word is said about: the weather, traffic, a task.
    "hardship": ("traffic", "ट्रैफिक", "ट्राफिक", "ट्रॅफिक", "jam", "जाम", "sardi", "सर्दी", "thand", "thandi", "ठंड", "ठंडी",
                 "थंडी", "garmi", "गर्मी", "ukadyane", "उकाड्याने", "ukada", "उकाडा", "heat", "cold",
                 "humidity", "paus", "पाऊस", "barish", "बारिश", "rain", "exam", "exams", "paper",
                 "पेपर", "एग्जाम", "pariksha", "परीक्षा", "monday", "commute", "local", "queue",
                 "line", "rush", "nahana", "नहाना", "nahane", "naha", "anghol", "अंघोळ", "workload",
                 "deadline", "meeting", "shift", "office", "ऑफिस", "kaam", "काम", "homework",
                 "padhai", "पढ़ाई", "abhyas", "अभ्यास", "maths", "math", "highway", "road", "roads",
                 "potholes", "khadde", "खड्डे", "bhuk", "bhook", "भूख", "bhukene", "भुकेने", "mehngai",
                 "महंगाई", "bill", "emi", "gym", "workout", "diet", "tension", "टेन्शन"),
    # Taken along by the one the family fears for (self_harm/village_places.py reads it beside
    # a rope): the Varhadi "लईसन", the Marathi "घेऊन गेला", "ले गए".
    "carry": (
        "laisan", "लईसन", "leun", "लेऊन", "ghevun gela", "घेऊन गेला", "gheun gela", "le gaye", "ले गए",
        "le gaya", "ले गया", "le ke gaye", "ले के गए", "took the", "took a", "nela", "नेला",
    ),
}

EXTENDS: dict[str, tuple[str, ...]] = {
    "locked_in": (
        "locked himself", "locked herself", "locked themselves", "locked the door",
        "locked in the", "locked inside", "khud ko band", "खुद को बंद", "kamre me band",
        "कमरे में बंद", "room me band", "bathroom me band", "andar se band", "अंदर से बंद",
        "darwaza band kar", "दरवाजा बंद कर", "kadi lavli", "कडी लावली", "kadi laavli",
        "daar lavun", "दार लावून", "aatun band", "आतून बंद", "kondun ghetla", "कोंडून घेतलं",
        "kondun ghetle", "खोलीत बंद",
    ),
}
