"""Overdose told through the godown's poisons, the month's pills at once, a box emptied, or the
bottle put to the mouth (round 53's reading of rounds 52-53, holdouts 179-183 and 185):

- the godown's rat poison and the ripening chemical by their trade names, eaten or swallowed:
  "गोडाऊनमधलं रॅट किल खाल्लं", "गोदाम वाला रैट किल का पैकेट खा गया हूँ", "swallowed the rat cake";
- put to the mouth: "इथेफॉनचा डबा तोंडाला लावला"; (round 55's reading) the cleaning acid taken and
  the mouth burnt: "संडासचं अ‍ॅसिड घेतलं, तोंड भाजलंय";
- to be drunk now, or for oneself: "pesticide ची बाटली घेऊन शेतात आलोय, आता पितो", "ॲसिडची बाटली
  गोडाऊनमध्ये आहे, तीच घेणार आता", "mixing the caustic soda in a glass for myself tonight";
- the month's pills at once: "पूरे महीने की गोलियाँ एक बार में खा लीं"; a box of pills emptied:
  "आईच्या झोपेच्या गोळ्यांची डबी रिकामी केली";
- the poison in the pocket, for tonight: "सल्फास की गोलियाँ जेब में रखी हैं, आज रात".

Rat cake laid in the godown, the ripener sprayed on the fruit, a box of pills that ran out and
tea drunk after spraying stay quiet. Words and the rules that read them (appended to the area's
COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import NOT_MINE, Combination, _g
from alumni.domain.crisis.detection import Category

OD = Category.OVERDOSE

NEW: dict[str, tuple[str, ...]] = {
    # The writer ate or drank it, said as such after the poison (round 57: "undir marnyache aushadh godown
    # sathi anla hota te mi khalla").
    "sg_i_ate": ("mi khalla", "mi khalle", "mi khalli", "मी खाल्लं", "मी खाल्ले", "मी खाल्ला", "मी खाल्ली", "mi pyalo",
                 "मी प्यालो", "मी प्यायलो", "mi pilo", "maine kha liya", "maine kha li", "maine kha lia", "मैंने खा लिया",
                 "मैंने खा ली", "maine pi liya", "maine pi li", "मैंने पी लिया", "मैंने पी ली", "i ate it", "i ate them",
                 "i drank it", "i swallowed it", "i swallowed them"),
    # The godown's and the market's poisons by their trade names, and their case forms.
    "sg_poison_named": (
        # round 56: the fireworks and match factory's chemicals
        "पोटाश", "potash", "pottash", "chlorate", "क्लोरेट", "sulphur", "गंधक", "gandhak", "striker paste",
        "red striker", "matchbox paste", "aluminium powder", "एल्युमिनियम पावडर","रॅट किल", "rat kill", "ratkill", "रैट किल", "rat cake", "इथेफॉन*", "ethephon*", "ethrel",
                        "carbide", "कार्बाइड", "ॲसिडची", "ऍसिडची", "acidchi", "caustic soda", "कॉस्टिक",
                        "सल्फास", "sulfas", "celphos",
                        # round 54: the fumigators' tablets by where they are kept or what they are for
                        "गोदामातल्या टॅब्लेट", "godownchya tablet", "godown chya tablet", "godown ki goli",
                        "गोदाम की गोली", "गोदाम की गोलियां", "fumigation tablet", "fumigation tablets",
                        "phosphide", "फॉस्फाइड", "quickphos", "phostoxin", "गोदाम वाली गोली", "गोदामातली गोळी",
                        "godownatli goli", "cockroach gel", "roach gel", "झुरळाचं जेल", "jhuralacha gel",
                        "termite mix", "वाळवीचं औषध", "valvicha aushadh", "उंदीर मारायचं औषध", "undir marayche aushadh",
                        "undir maraycha aushadh", "चूहे मारने की दवा", "chuhe marne ki dawa"),
    "sg_swallowed": ("खाल्लं", "khalla", "खाल्ला", "khalla", "खा गया", "kha gaya", "खा लिया", "kha liya", "swallowed",
                     "ate", "had the", "pi gaya", "पी गया", "पिलं", "pila"),
    "sg_to_mouth": ("तोंडाला लावला", "tondala lavla", "तोंडाला लावली", "tondala lavli", "muh se lagaya",
                    "मुंह से लगाया", "मुँह से लगाया", "munh se lagaya", "to my mouth", "to my lips",
                    # round 55: being put to the mouth now
                    "तोंडाला लावतोय", "tondala lavtoy", "तोंडाला लावते", "muh se laga raha", "मुंह से लगा रहा",
                    "मुँह से लगा रहा", "putting it to my mouth"),
    # The mouth or throat burnt by what was drunk: "अ‍ॅसिड घेतलं थोडं, तोंड भाजलंय" (round 55).
    "sg_mouth_burnt": ("तोंड भाजलं", "तोंड भाजलंय", "tond bhajla", "tond bhajlay", "tond bhajla ahe", "munh jal gaya",
                       "मुंह जल गया", "मुँह जल गया", "muh jal gaya", "munh jal raha", "मुंह जल रहा", "gala jal raha",
                       "गला जल रहा", "घसा जळतोय", "ghasa jaltoy", "घसा जळला", "ghasa jalla", "burnt my mouth",
                       "mouth is burning", "throat is burning", "my throat burns"),
    "sg_now_drink": ("आता पितो", "ata pito", "aata pito", "तीच घेणार", "tich ghenar", "अब पी लेता", "ab pee leta",
                     "ab pi lunga", "अब पी लूंगा", "पी लूंगा", "pi lunga", "drinking it now", "for myself tonight",
                     "apne liye aaj raat", "अपने लिए आज रात", "swatasathi aaj", "स्वतःसाठी आज",
                     # round 55: "today, this one": "तेज़ाब की bottle साथ लाया हूं ... आज यही"
                     "आज यही", "aaj yahi", "aaj yehi", "आज हेच", "aaj hech"),
    "sg_at_once": ("एक बार में", "ek baar me", "ek baar mein", "ek saath", "एक साथ", "all at once", "at once",
                   "एका वेळी", "eka veli", "एकदम सगळ्या", "ekdam sagalya"),
    "sg_month_supply": ("पूरे महीने की", "poore mahine ki", "pure mahine ki", "महिन्याच्या", "mahinyachya",
                        "whole month", "month's", "months supply", "पूरी स्ट्रिप", "puri strip", "सगळ्या गोळ्या",
                        "sagalya golya"),
    "sg_emptied": ("रिकामी केली", "rikami keli", "खाली कर दी", "khali kar di", "emptied the", "emptied it"),
    "sg_pocket": ("जेब में रखी", "jeb me rakhi", "jeb mein rakhi", "खिशात", "khishat", "in my pocket", "pocket me",
                  "pocket mein"),
    # (the tea said with its verb: "चहा" alone folds onto the genitive "ची")
    "sg_beverage": ("chaha pito", "चहा पितो", "pani pito", "पाणी पितो", "पानी पी", "cup of tea", "glass of water",
                    "sharbat", "सरबत"),
    # Expired pills thrown out: "expired goliyan fenk ke dibbi khali kar di".
    "sg_thrown_out": ("expired", "एक्सपायर", "fenk", "phenk", "फेंक", "fekun", "फेकून", "dustbin", "kachra", "कचरा",
                      "threw", "thrown", "throw"),
    # Splashed, not drunk: "acid udala tondavar", "छींटा पड़ा".
    "sg_splashed": ("udala", "उडालं", "उडाला", "udla", "छींटा", "chheenta", "chhinta", "splash", "splashed", "spilled",
                    "sandla", "सांडलं"),
    # To be eaten later, said by the writer: "रात्री जेवणानंतर खाणार", "kha lunga".
    "sg_will_eat": ("खाणार", "khanar", "khaanar", "खाईन", "khain", "खाऊंगा", "khaunga", "kha lunga", "खा लूंगा",
                    "will eat", "will take them", "will swallow"),
    # Being sick after it: "he is vomiting and smells like garlic" (the phosphide's smell).
    "sg_sick_after": ("vomiting", "vomited", "ulti", "ultiya", "उलटी", "उल्टी", "ulatya", "उलट्या", "throwing up",
                      "smells like garlic", "lasun sarkha vas", "लसणासारखा वास", "stomach burning", "pet jal raha",
                      "पेट जल रहा", "pot jaltay", "पोट जळतंय"),
    "sg_tonight": ("आज रात", "aaj raat", "आज रात्री", "aaj ratri", "tonight"),
    # Laid for the rats, sprayed on the fruit, ran out, tea after.
    "sg_work": ("bought", "kharida", "खरीदा", "aanla", "आणलं", "rats", "चूहे", "chuhe", "undir", "उंदीर", "fawarla",
                "फवारलं", "laid", "lagaya", "लगाया", "रखा", "thevla", "ठेवला", "sprayed", "spray", "फवारणी", "favarni",
                "fawarni", "chhidkav", "छिड़काव", "fruit", "phal", "फळ", "आंबे", "केळी", "kele", "yarn", "dhaga"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

_WORK = _g("sg_work", "negation", "third_person", "other_target")

SWALLOWED_FROM_THE_GODOWN: tuple[Combination, ...] = (
    Combination(OD, (_g("sg_poison_named", "poison", "farm_poison"), _g("sg_i_ate")), 10, order=True,
                unless=NOT_MINE, unless_reach=2),
    Combination(OD, (_g("sg_poison_named"), _g("sg_swallowed", "eat", "swallow")), 6, across=True,
                unless=_g("sg_work", "third_person", "negation"), unless_reach=4),
    Combination(OD, (_g("sg_swallowed", "swallow"), _g("sg_poison_named")), 4, order=True,
                unless=_g("sg_work", "third_person", "negation"), unless_reach=2),
    Combination(OD, (_g("sg_poison_named", "poison", "farm_poison", "tb_acid", "tod_acid"), _g("sg_to_mouth")), 6,
                across=True, unless=_WORK + _g("sg_splashed"), unless_reach=2),
    # (the tea drunk after spraying: "fawarni karun aata chaha pito")
    Combination(OD, (_g("sg_poison_named", "poison", "farm_poison", "tb_acid", "tod_acid"), _g("sg_now_drink")), 12,
                across=True,
                unless=_g("sg_beverage", "third_person", "negation"), unless_reach=3),
    Combination(OD, (_g("pills", "sedatives"), _g("sg_month_supply", "sg_at_once"), _g("eat", "sg_swallowed")), 8,
                unless=NOT_MINE, unless_reach=2),
    Combination(OD, (_g("pills", "sedatives", "pill_holder"), _g("sg_emptied")), 6,
                unless=_g("third_person", "negation", "sg_thrown_out"), unless_reach=4),
    Combination(OD, (_g("sg_poison_named", "poison", "farm_poison"), _g("sg_pocket"), _g("sg_tonight")), 12,
                across=True),
    # The poison, and being sick after it: "empty phosphide pouch ... he is vomiting", "ate a whole tube
    # of the cockroach gel ... stomach burning".
    Combination(OD, (_g("sg_poison_named", "poison", "farm_poison"), _g("sg_sick_after")), 16, across=True,
                unless=_g("sg_work", "negation"), unless_reach=3),
    # The godown's tablets brought home, to be eaten: "गोदामातल्या टॅब्लेट खिशात आणल्या आहेत, रात्री जेवणानंतर खाणार".
    Combination(OD, (_g("sg_poison_named"), _g("sg_will_eat")), 12, across=True,
                unless=_g("sg_work", "third_person", "negation"), unless_reach=3),
    # The acid or poison taken, and the mouth burnt by it (a splash while cleaning is no drink).
    Combination(OD, (_g("sg_poison_named", "poison", "farm_poison", "tb_acid", "tod_acid"),
                     _g("sg_swallowed", "eat", "took_neuter", "use", "drank"), _g("sg_mouth_burnt")), 10, across=True,
                unless=_g("by_accident", "third_person", "negation", "sg_splashed"), unless_reach=4),
)
