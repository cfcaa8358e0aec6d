"""Overdose words widened by paradigm: the verb forms of taking and swallowing."""
from __future__ import annotations

NEW: dict[str, tuple[str, ...]] = {
    # Breathing gone wrong after taking something: an overdose beside a substance or pills.
    "breath_trouble": (
        "saans bhari", "saans bhaari", "सांस भारी", "सास भारी", "saans phool*", "सांस फूल*",
        "saans ruk*", "सांस रुक*", "saans nahi aa*", "सांस नहीं आ*", "saans atak*", "सांस अटक*",
        "dum ghut*", "दम घुट*", "shwas ghut*", "श्वास घुट*", "swas ghut*", "shwas kond*",
        "श्वास कोंड*", "shwas gudmar*", "श्वास गुदमर*", "shwas ghyayla tras", "dhap lag*",
        "धाप लाग*", "can't breathe", "cant breathe", "can't breath", "cant breath",
        "cannot breathe", "hard to breathe", "struggling to breathe", "difficulty breathing",
        "breathing is slow", "breathing slow", "breathing weird", "breathing heavy",
        "barely breathing", "heart racing", "heart is racing", "dil bahut tez", "chest is tight",
        "chest tight",
        # the body going numb or racing after it: "can't feel my legs", "हाथ पैर सुन्न".
        "cant feel my", "can't feel my", "cannot feel my", "going numb", "gone numb", "everything numb",
        "sunn pad*", "सुन्न पड़*", "सुन्न हो*", "sunn ho*", "badhir zal*", "बधिर झाल*", "heart pounding",
        "heart beating so fast", "dil zor se dhadak*", "दिल ज़ोर से धड़क*", "chhati dhad dhad",
    ),
    # More than the writer takes: "way more than usual", "roz se zyada", "नेहमीपेक्षा जास्त".
    "beyond_usual": ("more than usual", "more than i usually", "more than normal", "more than ever",
                     "double my usual", "double the usual", "roz se zyada", "roz se jyada", "रोज़ से ज़्यादा",
                     "रोज से ज्यादा", "hamesha se zyada", "हमेशा से ज़्यादा", "nehmipeksha jast",
                     "नेहमीपेक्षा जास्त", "rojpeksha jast", "रोजपेक्षा जास्त"),
    # A poison burning on the way down: "throat burning", "पेट जल रहा है".
    "burning_inside": ("throat burning", "throat is burning", "burning throat", "stomach burning",
                       "stomach is burning", "chest burning", "gala jal", "gale me jalan", "गला जल*",
                       "गले में जलन", "pet jal", "pet me jalan", "पेट जल*", "पेट में जलन", "potat jal*",
                       "पोटात जळ*", "ghasa jal*", "घसा जळ*", "pot jal*", "पोट जळ*"),
    # Taking by needle: "injection laga liya", "shot up".
    "inject": ("laga liya", "laga li", "lagaa liya", "lga liya", "लगा लिया", "लगा ली", "laga di",
               "lagavla", "lavla", "लावलं", "lavli", "लावली", "marli", "मारली", "injected",
               "shot up", "shooting up", "inject kiya", "inject kela", "इंजेक्ट"),
    # The roots of eating and drinking and the futures that follow them: "kha lenge", "पी लूँगा".
    "consume": ("kha", "खा", "pi", "pee", "पी", "पि", "nigal", "निगल", "gatak", "गटक", "chaat", "चाट"),
    "will_take": ("lunga", "lungi", "lenge", "lega", "legi", "lu", "lun", "loon", "लूंगा", "लूँगा",
                  "लूंगी", "लूँगी", "लेंगे", "लेगा", "लेगी", "लूं", "jaunga", "jaungi", "jayenge",
                  "jaenge", "जाऊंगा", "जाऊँगा", "जाऊंगी", "जाएंगे"),
    # Poison or pills "in front of me", ready: "कीटनाशक की बोतल सामने रखी है".
    "at_hand": ("saamne", "samne", "सामने", "samor", "समोर", "in front of me", "ready", "taiyar",
                "tayyar", "तैयार", "haath me", "hathat", "हातात", "rakhi hai", "rakha hai",
                "ठेवलं आहे", "thevli aahe", "ठेवली आहे", "next to me", "beside me", "by my side",
                "mazya javal", "majhya javal", "माझ्याजवळ", "माझ्या जवळ"),
    # "all the pills in the house", "ghar ki saari goliyan": every pill there is.
    "all_there_is": ("in the house", "in the cupboard", "in the drawer", "ghar ki saari",
                     "ghar ki sab", "ghar me jitni", "घर की सारी", "gharatlya saglya",
                     "घरातल्या सगळ्या", "jitni thi", "jitni bhi", "जितनी थी", "jevdhya hotya",
                     "जेवढ्या होत्या", "every single", "every last", "rest of the pills", "baaki sab",
                     "baki sab", "बाकी सब", "urlelya", "उरलेल्या", "most of them", "all of them",
                     "half of them", "saari ki saari", "सारी की सारी"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}
