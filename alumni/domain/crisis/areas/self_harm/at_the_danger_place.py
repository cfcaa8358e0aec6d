"""Suicide words: a place of danger and the writer there now. The place to stand by (a well, a
canal, a dam, a platform, a bridge, a terrace), being there ("पुलावर उभा आहे", "khada hoon", "heading
to"), what is seen from there (the water below, its depth; nobody stopping), being cut off (no call,
nobody told, no coming back), walking on into it and having nearly done it; and the everyday
reasons to be on a roof or a bridge (clothes, the tank, the view), which make it an errand. The
rules that read them are with the rest of the writer's going, in departure.py."""
from __future__ import annotations

NEW: dict[str, tuple[str, ...]] = {
    # A place of danger to stand by: a well, a canal, a dam, a platform.
    "danger_place": (
        "kuein", "kuen", "kuwa", "kuwe", "कुएं", "कुएँ",
        "vihir", "vihiri", "vihirit", "विहीर", "विहिरी", "विहिरीत", "nahar", "नहर", "canal",
        "dharan", "धरण", "dharnavar", "धरणावर", "dharnat", "धरणात", "platform",
        "प्लॅटफॉर्म", "प्लेटफॉर्म", "highway", "हाईवे", "हायवे", "tracks", "track", "patri",
        "पटरी", "samudra", "समुद्र", "samundar", "समुंदर", "river", "nadi", "नदी",
        "lake", "talav", "तलाव", "bridge", "pul", "पुल", "पूल", "pulavar", "पुलावर", "terrace",
        "gachi", "गच्ची", "roof", "cliff", "creek",
        "sea link", "sealink", "सी लिंक", "sea face", "seaface",
        # a canal (कालवा) only by its case forms: "kalva" alone is Marathi "let me know"
        "kalvyat", "कालव्यात", "kalvyakade", "कालव्याकडे", "kalvyavar", "कालव्यावर", "kalvyajaval",
        "कालव्याजवळ", "khanit", "खाणीत", "quarry",
    ),
    # Being there now: arrived, standing, sitting ("आलोय", "basun hay", "khada hoon").
    "present_there": (
        "aaloy", "aloy", "आलोय", "alo ahe", "pohochlo",
        "पोहोचलो", "pohachlo", "pahuch gaya", "pahunch gaya", "पहुंच गया", "पहुँच गया",
        "aa gaya hu", "aa gaya hoon", "आ गया हूं", "reached", "here at", "im at", "i'm at",
        "basun", "basun ahe", "basun hay", "बसून", "baitha hu", "baitha hoon", "बैठा हूं",
        "बैठा हूँ", "khada hu", "khada hoon", "खड़ा हूं", "खड़ा हूँ", "ubha ahe", "उभा आहे",
        "ubha aahe", "standing", "sitting", "stood",
        # on it now, or on the way to it
        "im on", "i'm on", "i am on", "im on the", "im up on", "i'm up on", "chalalo", "chalalo ahe", "चाललो", "चाललो आहे",
        "nighalo", "निघालो", "nikla hu", "nikla hoon", "निकला हूं", "निकला हूँ", "heading to",
        "on my way to", "kade chalalo", "कडे चाललो", "ki taraf ja raha", "की तरफ जा रहा",
    ),
    # What is seen from there: the water below, its depth and speed; nobody stopping.
    "the_drop": (
        "paani", "pani", "पानी", "पाणी", "water", "neeche", "niche", "नीचे", "deep", "gehra",
        "gahra", "गहरा", "gehri", "गहरी", "khol", "खोल", "tez", "तेज़", "तेज", "current", "waves",
        "lehren", "लहरें", "nobody stops", "no one stops", "nobody notices", "no one notices",
        "koi nahi rukta", "कोई नहीं रुकता", "koi dekhta nahi", "कोई देखता नहीं", "koni thambat nahi",
        "कोणी थांबत नाही", "konich thambat nahi", "कोणीच थांबत नाही",
    ),
    # The everyday reasons to stand on a roof or a bridge: clothes, the tank, the rain, the view.
    "everyday_view": ("clothes", "kapde", "कपडे", "कपड़े", "tank", "tanki", "टंकी", "टाकी", "taki",
                      "rain", "baarish", "बारिश", "paus", "पाऊस", "flood", "baadh", "बाढ़", "pur",
                      "पूर", "view", "beautiful", "sundar", "सुंदर", "mast", "मस्त", "traffic",
                      "bus", "sunset", "breeze", "hawa", "हवा", "thanda", "ठंडा", "garden", "calm",
                      "peaceful", "shant", "शांत", "relax*", "lovely", "sukoon", "सुकून"),
    # Cut off: no call, no one to stop it, no coming back.
    "cut_off": (
        "dont call", "don't call", "do not call", "dont call back", "phone mat karna",
        "call mat karna", "फोन मत करना", "phone karu naka", "phone karu nako", "फोन करू नका",
        "फोन करू नकोस", "call karu naka", "konala sangu naka", "kunala sangu naka",
        "कोणाला सांगू नका", "कुणाला सांगू नका", "koi nahi rok", "koi nahi rok sakda",
        "कोई नहीं रोक", "no one can stop", "nobody can stop", "nobody will stop",
        "wont come back", "won't come back", "not come back", "not coming back",
        "wapas nahi aaunga", "parat yenar nahi", "ab bas", "अब बस", "ata bas", "आता बस",
        "not stopping", "not stop", "without stopping", "stop walking", "keep walking",
        # nobody to be told
        "sangu naka", "sangu nakos", "sangu nka", "सांगू नका", "सांगू नकोस", "mat batana",
        "मत बताना", "kisi ko mat", "किसी को मत", "dont tell", "don't tell", "do not tell",
    ),
    # Walking on, into it: "walking in", "keep walking", "stop walking" (on a highway).
    "walk_on": ("walking in", "walk in", "walking into", "walk into", "keep walking",
                "stop walking", "chalat jain", "चालत जाईन", "chalta jaunga", "चलता जाऊंगा"),
    # Nearly done, at the place: "today I almost did", "kar hi deta".
    "almost_did": ("almost did", "nearly did", "almost did it", "nearly did it", "almost went",
                   "kar hi deta", "kar hi diya tha", "कर ही देता", "jawaljawal kela",
                   "जवळजवळ केलं", "almost jumped", "nearly jumped"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}
