"""Using again said formally or by what the writer was treated for (round 12: holdout 33, long
messages and e-mails): the written Marathi and Hindi of a letter ("मी मद्यपान केले आणि चार
दिवस सतत पीत राहिलो", "मैंने मदिरापान किया"), and a habit taken up again that the writer names
only as the reason for the admission ("gutkha parat suru kela, tyachasathich tar admit zalo
hoto", "started it again, the very thing I was admitted for"). Words and the rule that reads
them (appended to the area's COMBINATIONS by rules.py).

Round 15 (holdout 42, the letters of older writers): the formal noun of drinking as a family
of its own ("मद्यपान", "मद्यसेवन", "मदिरापान", the Urdu "शराबनोशी") read beside the verb of a
letter that reports it done, happened or begun ("मद्यसेवन किया था", "पुनः मद्यपान घडले",
"मद्यपान आरंभ कर दिया", "मद्यपानाची चूक झाली"), the vow of sobriety broken ("व्यसनमुक्तीचा
संकल्प मोडला"), "सेवन किया" of any substance ("गांजे का सेवन किया"), and the
noun beside a strong wish as craving ("मद्यपानाची तीव्र इच्छा होत आहे").

"मद्यपान निषेध" on a poster, "मद्यपान केले नाही" and the reason for an admission told with
nothing started again stay quiet: the verb must be the writer's, and the negation in the
clause cancels a relapse as everywhere. The noun with no verb of doing ("मद्यपान निषेध दिवस",
"मद्यपान की आदत", "मद्यपान के दुष्परिणाम"), a custom described ("गाँव में मद्यपान किया जाता
है"), a condition or a warning ("मद्यपान केले तर दंड आहे"), and a wish about drinkers rather
than drink ("मद्यपान करणाऱ्यांना मदत करण्याची इच्छा"), a habit formed long ago, and a new
year's vow of the gym broken stay quiet."""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

RE = Category.RELAPSE

NEW: dict[str, tuple[str, ...]] = {
    # "That is what I was admitted for": the habit named by the admission.
    "admitted_for_it": ("tyachasathich tar admit", "tyachasathich admit", "tyasathich tar admit", "tyasathich admit",
                        "त्याच्यासाठीच तर admit", "त्याच्यासाठीच admit", "त्यासाठीच तर admit", "त्यासाठीच admit",
                        "त्यासाठीच तर ॲडमिट", "त्यासाठीच तर भरती", "jyasathi admit", "ज्यासाठी admit",
                        "ज्यासाठी ॲडमिट", "isi ke liye admit", "isi ke liye to admit", "isiliye to admit",
                        "isiliye admit", "इसी के लिए admit", "इसी के लिए तो admit", "इसीलिए admit", "इसीलिए तो admit",
                        "इसी के लिए भर्ती", "jiske liye admit", "जिसके लिए admit", "jiske liye bharti",
                        "जिसके लिए भर्ती", "what i was admitted for", "what i got admitted for",
                        "the reason i was admitted", "the reason i got admitted", "why i was admitted",
                        "why i got admitted", "the thing i was admitted for",
                        "very thing i was admitted for", "exactly what i was admitted for", "what i was in rehab for",
                        "what i was treated for"),
    # The act of drinking as a formal noun (its case forms by stem: "मद्यपानाची", "मद्यसेवनाने").
    "drinking_formal": ("मद्यपान*", "मद्यसेवन*", "मदिरापान*", "मद्यप्राशन*", "मदिरासेवन*", "madyapan*",
                        "madyasevan*", "madirapan*", "madyaprashan*", "madirasevan*", "मद्य सेवन", "madya sevan",
                        "मदिरा सेवन", "madira sevan", "शराबनोशी", "शराब नोशी", "sharabnoshi", "sharab noshi",
                        "मयनोशी", "mainoshi", "mai noshi"),
    # The letter's verb that reports it done, happened or begun: "किया था", "घडले", "आरंभ कर दिया".
    # Not the genitive "की" ("मद्यपान की आदत") nor the infinitive ("करना", "करणे"), nor "हुआ",
    # which once its vowels go is spelt like "हूँ" ("I am").
    "done_formally": ("किया", "कर लिया", "कर बैठा", "कर बैठी", "हो गया", "हो गयी", "हो गई", "kiya", "kar liya",
                      "kar baitha", "ho gaya", "केले", "केलं", "केला", "केली", "केलंय", "kele", "kela", "kelay",
                      "घडले", "घडलं", "घडला", "घडलंय", "ghadle", "ghadla", "ghadla", "ghadlay", "झाले", "झालं",
                      "jhale", "zale", "झाली", "jhali", "zali", "घडली", "ghadli", "आरंभ", "प्रारंभ", "aarambh", "arambh", "prarambh", "शुरू", "shuru",
                      "सुरू", "सुरु", "suru", "पुनरारंभ", "punararambh"),
    # Done as a custom rather than by the writer: "किया जाता है", "केले जाते".
    "done_as_custom": ("जाता", "जाती", "जाते", "जातात", "jata", "jaata", "jaate", "jatat", "करतात", "kartat",
                       "करते हैं", "karte hain"),
    # A habit formed long ago, not a deed: "मद्यपानाची सवय झाली होती".
    "habit_formed": ("सवय", "savay", "saway", "आदत", "aadat", "adat", "लत", "lat", "habit"),
    # A vow, a pledge: "संकल्प", "प्रतिज्ञा", "तौबा", "कसम".
    "vow_word": ("संकल्प", "sankalp", "प्रतिज्ञा", "pratigya", "pratidnya", "तौबा", "tauba", "taubah", "कसम",
                 "kasam", "क़सम", "शपथ", "shapath", "pledge", "vow", "resolve", "promise"),
    # Broken: "मोडला", "तुटला", "टूट गई", "तोड़ दी".
    "vow_broke": ("मोडला", "मोडली", "मोडलं", "modla", "modli", "तुटला", "तुटली", "tutla", "tutli", "टूट गया",
                  "टूट गई", "टूट गयी", "toot gaya", "toot gayi", "tut gaya", "tut gayi", "तोड़ दी", "तोड़ दिया",
                  "tod di", "tod diya", "broke", "broken", "break"),
    # What the vow was for: sobriety itself ("व्यसनमुक्तीचा संकल्प", "nasha mukti ki kasam").
    "sober_vow": ("व्यसनमुक्ती*", "vyasanmukti*", "नशामुक्ति", "नशा मुक्ति", "nasha mukti", "nashamukti",
                  "sobriety", "sober", "दारूबंदी", "darubandi", "नशाबंदी", "nashabandi"),
    # Left no more, the Marathi way of saying a wish is gone, whose negation comes last: "ओढ आता
    # राहिली नाही", "इच्छा उरली नाही", "नहीं रही".
    "no_longer_left": ("राहिली", "rahili", "उरली", "urli", "उरलेली", "नहीं रही", "nahi rahi", "no longer"),
    # A condition, a warning rather than a deed: "केले तर", "यदि", "if" (not the Hindi "तो",
    # which also follows a deed told: "मद्यपान किया तो घरवाले नाराज़ हुए").
    "if_clause": ("तर", "tar", "जर", "jar", "यदि", "yadi", "अगर", "agar", "if"),
    # A strong wish in the register of a letter: "तीव्र इच्छा", "प्रबल इच्छा", "लालसा".
    "wish_formal": ("इच्छा", "ichha", "iccha", "ichchha", "इच्छा होत*", "तीव्र इच्छा", "teevra ichha", "tivra ichha",
                    "प्रबल इच्छा", "prabal ichha", "लालसा", "lalsa", "तीव्र लालसा", "tivra lalsa", "प्रबल लालसा", "ओढ", "odh", "खिंचाव", "khinchav", "आकर्षण", "akarshan", "तलब", "talab"),
}

EXTENDS: dict[str, tuple[str, ...]] = {
    # (The formal nouns of drinking with the writer's verb, "मद्यपान केले", are read by the
    # rule below, which also tells a custom described from a deed reported.)
    # Kept drinking: "सतत पीत राहिलो", "kept on drinking".
    "drank": ("पीत राहिलो", "पीत राहिले", "पीत राहिली", "pit rahilo", "peet rahilo", "pit rahile", "peet rahile",
              "kept drinking", "kept on drinking", "went on drinking", "carried on drinking"),
    # "सेवन किया" is the formal "took" of any substance: "गांजे का सेवन किया", "अफूचे सेवन केले".
    "use": ("सेवन किया", "सेवन कर लिया", "सेवन केले", "सेवन केलं", "सेवन केला", "sevan kiya", "sevan kar liya",
            "sevan kele", "sevan kela", "सेवन हो गया", "सेवन हो गई", "sevan ho gaya", "सेवन घडले", "सेवन झाले",
            "sevan jhale", "सेवन करता रहा", "सेवन करती रही", "sevan karta raha", "सेवन करत राहिलो",
            "sevan karat rahilo",
            # official English: "partook of liquor", "imbibed"
            "partook of", "partaken of", "partook", "imbibed", "indulged in"),
    # Drink by its formal names: "मदिरा", "मद्य" ("मदिरा का सेवन किया").
    "alcohol": ("मदिरा", "madira", "मद्य", "madya", "मद्याचे", "madyache"),
    # Drugs by their formal names: "नशीले पदार्थ", "मादक पदार्थ", "अंमली पदार्थ"; addiction in
    # its case forms ("व्यसनाकडे पुन्हा वळलो").
    "drugs": ("व्यसनाकडे", "vyasanakade", "व्यसनात", "vyasanat", "व्यसनाच्या", "vyasanachya","नशीले पदार्थ", "नशीला पदार्थ", "nashile padarth", "nashila padarth", "मादक पदार्थ", "madak padarth",
              "मादक द्रव्य", "madak dravya", "अंमली पदार्थ", "amli padarth", "अंमली पदार्थाचे", "narcotic", "narcotics"),
}

COMBINATIONS: tuple[Combination, ...] = (
    # Started again, and named as the reason for the admission.
    Combination(RE, (_g("again", "again_strict", "started"), _g("admitted_for_it")), 12, order=True,
                across=True),
    # "मैंने मद्यसेवन किया था", "पुनः मद्यपान घडले आहे", "मद्यपान आरंभ कर दिया": noun, then the verb.
    Combination(RE, (_g("drinking_formal"), _g("done_formally")), 2, order=True,
                unless=_g("done_as_custom", "if_clause", "habit_formed")),
    # "व्यसनमुक्तीचा संकल्प मोडला", "daru ki tauba tod di": the vow of sobriety broken.
    Combination(RE, (_g("vow_word"), _g("vow_broke"), _g("sober_vow", "alcohol", "drugs", "cannabis", "opioids")), 6),
    # "मला मद्यपानाची तीव्र इच्छा होत आहे": the wish for drink itself, said right after it.
    # "मद्यपान की तीव्र लालसा" has the genitive and the adjective between.
    # The wish said gone after it ("मद्यपान की लालसा अब नहीं रही") is sobriety.
    Combination(Category.CRAVING, (_g("drinking_formal"), _g("wish_formal", "bare_desire", "craving")), 2,
                order=True, unless=_g("negation", "quit", "no_longer_left")),
)
