"""More names and ways of saying substance use, by class (kept apart so each list of the
other word modules stays readable); they widen lists of this area and the base lexicon."""
from __future__ import annotations

NEW: dict[str, tuple[str, ...]] = {
    "take_any": ("chal raha", "chl rha", "chal rha", "chal rahi", "chl rhi", "chalu hai", "chalu aahe",
                 "चालू आहे", "चल रहा", "चल रही", "chalu ahe", "suru aahe", "सुरू आहे"),
    "occasion": ("jatr*", "जत्र*", "yatra", "यात्रा", "urus", "उरूस"),
    "trigger": ("jatr*", "जत्र*", "urus", "उरूस"),
    "trigger_feeling": ("brain is planning", "mind is planning", "brain is plotting", "mind is plotting",
                        "know what my brain", "know what my mind", "brain already knows", "brain's planning",
                        "brains planning", "dimaag plan", "dimag plan", "डोकं प्लॅन", "jaycha vichar",
                        "jaaycha vichar", "जायचा विचार", "jaane ka vichar", "jane ka man", "jaane ka man",
                        "जाने का मन", "jaane ka khayal", "जाने का ख्याल",
                        # not knowing how to refuse the company
                        "nako kasa mhanu", "nako mhanaycha kasa", "नको कसं म्हणू", "नको म्हणायचं कसं",
                        "mana kaise karu", "मना कैसे करूं", "मना कैसे करू", "na kaise bolu", "ना कैसे बोलूं",
                        "how do i say no", "how to say no", "how can i say no", "cant say no",
                        "can't say no", "couldnt say no", "couldn't say no", "dont know how to say no",
                        "don't know how to say no", "dont know how to refuse", "don't know how to refuse"),
    "longing": ("staring at it", "keep staring", "keeps staring", "keep looking at it", "cant stop looking at it",
                "can't stop looking at it", "eyeing it", "ghoor raha", "ghoor rahi", "घूर रहा", "घूर रही",
                "baghat baslo", "बघत बसलोय", "बघत बसलो", "baghat rahato", "बघत राहतो", "dekhta reh*",
                "देखता रह*", "nazar hat nahi", "नज़र हट नहीं", "नजर हट नहीं"),
}

EXTENDS: dict[str, tuple[str, ...]] = {
    "alcohol": ("breezer*", "ब्रीज़र*"),
    "opioids": ("afu dila", "afu ghet*", "अफू घेत*", "अफू दिला", "afu khall*", "अफू खाल्ल*", "afu khaun",
                "अफू खाऊन", "afu ghyaycha"),
    # "tharra" folds to the skeleton of "tara" (then, star): only with its verb.
    "drank": ("tharra chal*", "tharra chl*", "ठर्रा चल*", "tharra pi*", "tharra pee*", "ठर्रा पी*",
              "tharra lag*", "ठर्रा लग*", "tharra chadha*", "ठर्रा चढ़ा*", "ठर्रा चढा*", "संत्रा घेतली", "santra ghetli", "संत्रा मारली", "santra marli",
              "santra pyalo", "santra pyaylo", "संत्रा प्यालो", "संत्रा प्यायलो", "संत्रा प्यायली"),
    "liquor_place": ("addyavar", "अड्ड्यावर", "adde pe", "adde par", "अड्डे पे", "अड्डे पर", "addyat",
                     "अड्ड्यात", "daru ka adda", "दारू का अड्डा", "daruchya addyavar",
                     "old adda", "purana adda", "पुराना अड्डा", "juna adda", "जुना अड्डा", "the adda",
                     # where weed is sold legally abroad (round 34)
                     "dispensary", "dispensaries", "डिस्पेन्सरी", "डिस्पेंसरी"),
}
