"""Danger words in the talk of the cash van, the trading screen, the auto-parts line, the casino boat and
the Irani cafe (the reading of rounds 90-91). Each phrase is harmless only beside the words of its kind
in the same sentence (alumni.domain.crisis.quiet_phrases):

- the gun licence, the gun training, the spray gun; the last EMI paid; back pain; "I'd have died if I
  had been short" (and thank God); soaked "to death" in the rain; deathly tiredness;
- a dish the writer would "die" or "give a life" for ("ये fudge के लिए तो मैं मर जाऊं", "tyasathi jeev
  dein"), an "addiction" to mutton curry, bitter gourd "like poison";
- a new HR or boss who "is poison"; a friend who would give a life for a life; kids so loud that "life
  became unwanted" (and it was fun); a tie that "strangles";
- a new rope for the boat's mooring; the crew who had feni (and not the writer); the boys sitting with a
  quarter in the bus; the casino that gave new uniforms; walked past the wine shop and "a small win";
- a stock that "jumped"; drowning in orders, no time to breathe; hanging by a thread this month, but managing.

Read by alumni.domain.crisis.idioms.
"""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts
from alumni.domain.crisis.quiet_phrases import Phrase, PhraseBook, word_set
from alumni.domain.crisis.stall_talk import FOOD, PEOPLE

_DISH = FOOD | word_set("fudge", "फज", "pulao", "पुलाव", "chikki", "चिक्की", "modak", "मोदक", "modakasathi", "bun",
                        "maska", "biryani", "बिर्याणी", "बिरयानी", "rassa", "रस्सा", "रश्श्याचं", "रश्श्याचा",
                        "thali", "थाळी", "kheer", "खीर", "halwa", "हलवा", "haatche", "हातचे", "हातच्या")
_DRINK = word_set("daru", "दारू", "daaru", "sharab", "शराब", "peg", "पेग", "beer", "बियर", "quarter", "क्वार्टर",
                  "desi", "देसी", "feni", "फेणी", "ganja", "गांजा")
_LUCKY = word_set("agar", "अगर", "shukar", "शुक्र", "luckily", "thank")
_BITTER = word_set("कड़वा", "कडवा", "kadwa", "kadva", "कडू", "kadu", "bitter", "करेला", "karela", "कारले")
_BOSSES = PEOPLE | word_set("hr", "HR", "boss", "manager", "supervisor", "saas", "sasu", "सासू", "सास")
_MOORING = word_set("boat", "बोट", "mooring", "होडी", "hodi", "jahaj", "जहाज", "net", "jaal", "जाळं", "anchor",
                    "नांगर")
_HANGED = word_set("fan", "pankha", "पंखा", "gala", "गळा", "galyat", "गळ्यात", "fas", "फास", "tonight", "aaj", "raat",
                   "crossbar", "क्रॉसबार", "goal")
_FUN = word_set("मजा", "maja", "majja", "दंगा", "danga", "पोरांनी", "poranni", "गर्दी", "उकाडा", "ukada")
_ME = word_set("i", "me", "too", "also", "bhi", "mi", "मी", "mai", "मैं")
_NECKWEAR = word_set("टाई", "tie", "collar", "कॉलर", "uniform", "यूनिफार्म", "यूनिफॉर्म", "शर्ट", "shirt")
_WORK_GIVEN = word_set("uniform", "salary", "पगार", "pagar", "bonus", "blazer", "duty", "shift", "training")
_MONTH = word_set("month", "price", "prices", "money", "salary", "business", "budget", "managing", "paisa", "emi")

_PHRASES = (
    Phrase((("gun", "training"), ("gun", "licence"), ("gun", "license"), ("गन", "लायसन्स"), ("gun", "licence*"),
             ("spray", "gun"), ("paint", "gun"), ("glue", "gun"), ("grease", "gun"), ("स्प्रे", "गन")),),
    Phrase((("shevtacha", "emi"), ("shevatcha", "emi"), ("shevtacha", "EMI"), ("शेवटचा", "EMI"), ("शेवटचा", "हप्ता"),
             ("last", "emi"), ("last", "EMI"), ("aakhri", "emi"), ("aakhri", "kisht"), ("आखिरी", "किश्त")),),
    Phrase((("पीठ", "दर्द"), ("peeth", "dard"), ("पाठ", "दुखते"), ("path", "dukhte")),),
    Phrase((("mar", "hi", "jata"), ("मर", "ही", "जाता"), ("mar", "jata")), _LUCKY),
    Phrase((("भीग", "के", "मर"), ("bheeg", "ke", "mar"), ("भिजून", "मेलो"), ("bhijun", "melo")),),
    Phrase((("मरणाचा", "थकवा"), ("maranacha", "thakva"), ("मरणाचा", "थकवा")),),
    Phrase((("मर", "जाऊं"), ("मर", "जाऊँ"), ("mar", "jaun"), ("mar", "jau"), ("जान", "दे", "दूँ"), ("जान", "दे", "दूं"),
             ("jaan", "de", "du"), ("jaan", "de", "dun"), ("jeev", "dein"), ("जीव", "देईन"), ("jiv", "dein")), _DISH),
    Phrase((("व्यसन",), ("vyasan",)), _DISH, _DRINK),
    Phrase((("ज़हर", "जैसा"), ("जहर", "जैसा"), ("zeher", "jaisa"), ("zahar", "jaisa")), _BITTER),
    Phrase((("zeher", "hai"), ("ज़हर", "है"), ("जहर", "है"), ("zahar", "hai"), ("vish", "aahe"), ("विष", "आहे")),
           _BOSSES),
    Phrase((("jivala", "jiv", "denara"), ("जीवाला", "जीव", "देणारा"), ("jivala", "jeev", "denara")),),
    Phrase((("जीव", "नकोसा", "झाला"), ("jiv", "nakosa", "zala"), ("jeev", "nakosa", "zala")), _FUN),
    Phrase((("गला", "घोंट*"), ("gala", "ghont*")), _NECKWEAR),
    Phrase((("dor",), ("दोर",), ("दोरी",), ("dori",)), _MOORING, _HANGED),
    Phrase((("crew", "had"), ("they", "had"), ("everyone", "had"), ("others", "had")), frozenset(), _ME),
    Phrase((("quarter", "घेऊन", "बसली"), ("quarter", "gheun", "basli"), ("quarter", "घेऊन", "बसले"),
             ("quarter", "gheun", "basle"), ("bottle", "gheun", "basle")),),
    Phrase((("casino", "ne"), ("casino", "ने"), ("कॅसिनो", "ने"), ("Casino", "ने")), _WORK_GIVEN),
    Phrase((("wine", "shop", "samorun"), ("वाईन", "शॉप", "समोरून")), word_set("valat", "वळत")),
    Phrase((("small", "win"), ("big", "win"), ("a", "win")),),
    Phrase((("no", "time", "to", "breathe"), ("drowning", "in", "orders"), ("drowning", "in", "work")),),
    Phrase((("hanging", "by", "a", "thread"),), _MONTH),
    Phrase((("jump", "kar", "gaya"), ("jump", "kiya"), ("jump", "maara"), ("jumped",)),
           word_set("stock", "share", "shares", "price", "rate", "bhav", "market", "nifty", "sensex", "rocket")),
)
_BOOK = PhraseBook(_PHRASES)


def forget_cash_van_and_casino_talk(c: Concepts) -> None:
    _BOOK.forget(c)
