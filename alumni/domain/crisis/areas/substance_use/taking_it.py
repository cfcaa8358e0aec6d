"""Substance-use words: the ways of taking a substance, and being drunk or high ("tight ho
gaya")."""
from __future__ import annotations


def _paradigm(stems: tuple[str, ...], endings: tuple[str, ...]) -> tuple[str, ...]:
    """Every stem with every ending, as separate words: ("tight", "tite") x ("ho*", "zalo")."""
    return tuple(f"{stem} {ending}" for stem in stems for ending in endings)


# "tight" for drunk, however typed, with the verbs of having become so (Hindi and Marathi).
_TIGHT = ("tight", "tite", "tait", "taait", "टाइट", "टाईट", "full tight", "tunn", "tun", "टुन्न",
          "tull", "टुल्ल", "fully loaded", "full loaded", "talli", "टल्ली", "dhut", "धुत")
_BECAME = ("ho*", "hu", "hua", "hui", "hoon", "hun", "tha", "thi", "हो*", "हुआ", "हुई", "हूं",
           "हूँ", "था", "थी", "jhal*", "zal*", "झाल*", "hoto", "hote", "hotoy", "होतो", "होते",
           "होतोय", "hoke", "होके", "hokar", "होकर", "padlo", "पडलो", "zaloy", "झालोय")

NEW: dict[str, tuple[str, ...]] = {
    # Drinking it down: with a drink named, or a word that is one only here ("desi chadha li").
    "down_it": (
        "chadha li", "chadha lee", "chadha liya", "chadha lin", "chdha li", "chadhai", "chadha ke",
        "चढ़ा ली", "चढ़ा लिया", "चढा ली", "चढा लिया", "चढ़ाई", "chadhayi", "chadhaya",
        "maar li", "maar liya", "maarli", "maare", "marli", "मारली",
        "मारे", "lagaye", "lagaya", "laga li", "लगाए", "लगाया", "लगा ली",
        "gatak li", "gatakli", "gatka li", "uda diya", "uda di", "udayi",
        "khatam kar di", "khatam kar diya", "khatm kar di", "khatm kr di", "khatam ki", "ख़त्म कर दी",
        "खत्म कर दी", "खत्म कर दिया", "sampavli", "sampavla", "sampavle", "sampvli", "संपवली",
        "संपवला", "संपवले", "finished", "finishing", "finish", "finished off", "polished off", "killed a", "downed",
        "ghetli", "घेतली", "ghetla", "घेतला", "lavli", "लावली", "pyayli", "प्यायली", "marle", "मारले",
        "marlya", "khali kar di", "khali kar diya", "खाली कर दी", "खाली कर दिया", "khali keli",
        "rikami keli", "रिकामी केली", "got my hands on",
    ),
    # Breathing a solvent in: what makes "solution" or "whitener" a drug.
    "sniff": ("sniffed", "sniff", "sniffing", "sniffs", "huffed", "huffing", "inhaled", "inhaling",
              "sungh*", "soongh*", "सूंघ*", "sungha", "hung*", "हुंग*", "nasha kiya", "nasha kela",
              "odhla", "ओढला", "chadha li",
              # Marathi's "took the smell" of a solvent (round 36): "thinner cha vaas gheu lagloy".
              "vaas gheu", "vaas gheto", "vaas ghetla", "vaas ghetlo", "vas gheu", "vas gheto",
              "vas ghetla", "वास घे*", "वास घ्य*"),
    # A taking verb in its wanting form: "lene ka mann", "घ्यावीशी वाटते", "ओढायची इच्छा".
    "take_wish": (
        "ghyavi*", "घ्यावी*", "ghyava*", "घ्याव*",
        "ghyaych*", "घ्यायच*", "ghyayla", "घ्यायला", "odhayla", "ओढायला", "odhavi*", "ओढावी*",
        "odhaych*", "ओढायच*", "odhava*", "ओढावा*", "ओढावं*", "fookne", "phookne", "phunkne", "फूंकने",
        "use karaycha", "chadhane", "चढ़ाने", "pyayla", "प्यायला",

    ),
}

EXTENDS: dict[str, tuple[str, ...]] = {
    "use": (
        "chadha li", "chadha lee", "chadha liya", "chadha lin", "chdha li", "chadhai", "chadha ke",
        "चढ़ा ली", "चढ़ा लिया", "चढा ली", "चढा लिया", "चढ़ाई", "chadhayi", "chadhaya",
        "maar li", "maar liya", "mar li", "maarli", "ek peg maara", "pi gaya",
        "gatak li", "gatakli", "gatka li", "uda diya", "udayi", "uda di",
        "finished off", "polished off", "killed a", "downed", "railed",
        "sungh liya", "sungh li", "sungh lee", "sungha", "soongha", "sungh ke", "सूंघ लिया",
        "सूंघ ली", "सूंघा", "hungla", "hungli", "हुंगला", "हुंगली", "odhla", "odhli", "odhle", "ओढला",
        "ओढली", "ओढले", "fukla", "fookla", "फुकला", "ghetla", "ghetli", "ghetle", "घेतला", "घेतली",
        "घेतले", "ghetlo", "घेतलो", "marla", "मारला", "lavli", "lavla", "लावली", "लावला",
        "pi li", "le li", "le liya", "ले ली", "ले लिया", "smoked up", "smoking up", "shot up",
        "injected", "popped", "used", "picked up", "lit up", "kash", "kash lagaya",
        "dum lagaya", "dum maara", "sutta maara", "phooka", "phunka", "fooka", "फूंका", "फूँका",
        "pee li", "peeli", "peeya", "pilo", "sip", "sips", "tried",
        "consumed", "consume", "consuming", "usin", "usng", "useing", "taken",
    ),
    "use_strong": (
        "shot up", "shooting up", "chased the dragon", "chasing the dragon", "smoked up", "got high",
        "got stoned", "got drunk", "got wasted", "got smashed", "smoked up", "nasha kiya", "nasha kar liya",
        "नशा किया", "नशा कर लिया", "nasha kela", "नशा केला", "sniffed", "snorted", "huffed",
        "odhayla suru*", "ओढायला सुरू*", "pyayla suru*", "प्यायला सुरू*", "pine laga", "pine lage",
        "पीने लगा", "peene laga", "pene laga", "pyayla lag*", "प्यायला लाग*",
    ),
    # Drinking, past or present: "pi li", "I drank", "प्यायलो".
    "drank": _paradigm(_TIGHT, _BECAME) + (
        "pee li", "pi li", "pee lee", "pi lee", "pili", "peeli", "pi liya", "pee liya", "pi lia",
        "pi gaya", "pi gayi", "pi gya", "pi gyi", "pee gaya", "पी गया", "पी गयी", "pi ke", "peeke",
        "pike", "pikar", "पीकर", "piyi", "piye the", "piya tha", "piyi thi", "पी थी", "पी थी",
        "pyalo", "pyaalo", "pyaylo", "pyayalo", "pyayla", "pyayli", "pyayle", "pyale", "piyalo",
        "प्यायलो", "प्यायली", "प्यायला", "प्यायले", "प्यालो", "pyaloy", "प्यालोय", "piun", "पिऊन",
        "drunk", "drinking", "drankk", "drnk", "drinked", "drinkin", "boozing", "boozed",
        "had a drink", "had drinks", "few pegs",
        "couple pegs", "ek peg", "do peg", "teen peg", "2 peg", "3 peg", "2 pegs", "3 pegs",
    ),
    "drink_verb": (
        "peene", "pine", "pina", "peena", "पीने", "पीना", "piyenge", "piunga", "पियूंगा",
        "pyavi*", "प्यावी*", "pyaych*", "प्यायच*", "pinyachi", "पिण्याची", "piyu", "piyun",
        "drink", "drinks",
    ),
    "intoxicated": (
        "smoked up", "smoking up", "full tight", "full tunn", "sloshed", "blitzed", "got plastered", "got smashed",
        "was wasted", "got wasted", "so wasted", "shitfaced",
        "hammered", "buzzed", "tipsy", "drunk", "stoned", "high af", "high asf",
        "lit af", "got lit", "messed up on", "fucked up on",
        "high ho gaya", "high ho gya", "high ho gayi", "high hoke", "high hua", "high hote",
        "high zalo", "high jhalo", "हाई हो", "nashe me", "nashe mein", "nashe main", "नशे में",
        "nashet", "नशेत", "nashyat", "नशेमध्ये", "nasha chadh*", "नशा चढ़*", "chadh gayi",
        "chadh gaya", "chad gayi", "chad gaya", "chadh gyi", "chad gyi", "चढ़ गई", "चढ़ गया",
        "चढ गई", "चढ गया", "chadhi hui", "चढ़ी हुई", "jhingla", "zingla", "jhinglo", "zinglo",
        "झिंगलो", "झिंगला", "hangover", "hungover", "blackout",
        "blacked out", "out cold", "passed out drunk", "bevda zalo", "bevda hoto", "बेवडा",
    ),
}
