"""Craving told by the body at a cue, by holding out with no end in sight, by a plea in its
polite forms; using told by a confession made small ("just the once"). Words added to
existing concepts only (the body at a cue is in read_across_message "feeling_more", the
relatives who drank in slipping "others")."""
from __future__ import annotations

NEW: dict[str, tuple[str, ...]] = {
    # The body without it: two of these together, with no illness named, are a craving.
    "withdrawal_sign": (
        "ghaam yetoy", "gham yetoy", "घाम येतोय", "घाम फुटलाय", "paseena aa raha", "पसीना आ रहा",
        "pasina chhoot raha", "पसीना छूट रहा", "sweating", "cold sweats", "cold sweat", "ang dukhtay",
        "अंग दुखतंय", "अंग दुखतय", "badan toot raha", "बदन टूट रहा", "badan dard", "बदन दर्द",
        "body aching", "body is aching", "body ache", "bones aching", "haddiyan dukh", "हड्डियां दुख",
        "shaking", "hands shaking", "haath kaanp rahe", "हाथ कांप रहे", "haat thartharat", "हात थरथरत",
        "haat kaptat", "हात कापतात", "hath kaptat", "bechain vatta", "बेचैन वाटता", "बेचैन वाटतंय",
        "bechain vatay", "bechaini ho rahi", "बेचैनी हो रही",
        "naak beh raha", "नाक बह रहा", "runny nose", "yawning", "jamai aa rahi", "जम्हाई आ रही",
        "goosebumps", "restless legs", "pair ukhad", "पैर उखड़", "pot dhavalun", "पोट ढवळून",
        "stomach is churning", "stomach churning", "pet me marod", "पेट में मरोड़",
    ),
}

EXTENDS: dict[str, tuple[str, ...]] = {
    # Holding out, and not knowing for how long; can't wait to have it.
    "craving": (
        "kadhi ekda ghet*", "कधी एकदा घेत*", "kadhi ekda pit*", "कधी एकदा पित*", "kab ek baar mil*",
        "कब एक बार मिल*", "cant wait to get high", "can't wait to get high", "cant wait to drink",
        "can't wait to drink", "cant wait to use", "can't wait to use",
        "how long i can hold", "how long can i hold", "how long i can hold out", "clean but barely",
        "sober but barely", "kab tak rok paunga", "kab tak rok paungi", "कब तक रोक पाऊंगा",
        "कब तक रोक पाऊंगी", "kab tak rok sakunga", "कब तक रोक सकूंगा", "kiti divas aavru",
        "किती दिवस आवरू", "kiti vel aavru", "किती वेळ आवरू", "kiti divas rokhu", "किती दिवस रोखू",
    ),
    # A plea for help in its polite and plural forms.
    "help_plea": (
        "madad karen", "madad karein", "madad kare", "मदद करें", "मदद करे", "madad kar dijiye",
        "मदद कर दीजिए", "kripya madad", "कृपया मदद", "madat kara na", "मदत करा ना", "madat kar na",
        "मदत कर ना", "help karein", "help karen", "help kijiye",
    ),
    # A slip made small: "just the once", "एकदाच", right before the verb of taking.
    "some_amount": (
        "ekdach", "एकदाच", "ek hi baar", "एक ही बार", "sirf ek baar", "सिर्फ एक बार", "bas ek baar",
        "बस एक बार", "just once", "only once", "just the once",
    ),
}
