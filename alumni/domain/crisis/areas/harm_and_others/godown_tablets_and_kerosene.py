"""The grain godown's tablets held or taken along, a man shut in with a poison, kerosene on oneself,
and threats of the mill and of a beating (the second reading of rounds 72-73: mobile repairers,
jaggery makers, street food carts, flour and oil mills, upholsterers, reel makers):

- the fumigant or the grain-storage tablets with the writer tonight, or out with a glass of water
  beside them: "I've got the celphos tablets with me. tonight.", "celphos च्या tablets काढल्या आहेत,
  पाण्याचा glass पण ठेवलाय", "गव्हात ठेवायच्या गोळ्यांची डबी उशीखाली ठेवलीय, त्याआधीच गिळणार";
- someone else with the poison and shut in, silent or gone: "godown में बंद बैठे हैं और sulphas का डिब्बा
  उनके पास है", "चूहे की दवा लेकर बैठे हैं, दरवाजा नहीं खोल रहे", "ghun ki goliyan jeb me le ke chakki
  chale gaye"; sleeping pills carried off: "झोपेच्या गोळ्यांची बाटली घेऊन फडात गेलाय";
- a man shut in who is crying or has asked for his children to be looked after: "room में lock है ...
  वो रो रहा है", "शटर आतून बंद करून बसलेत, फोनवर म्हणाले माझ्या मुलांकडे लक्ष ठेवा";
- kerosene poured on oneself: "मिट्टी के तेल का डिब्बा ... सोचा है खुद पर डाल के सब जला दूँ";
- all of a stash at once and the breath catching: "सारा माल एक साथ ले लिया, साँस अटक रही है";
- a man called or shaken who does not wake: "आवाज दिला तरी उठत नाहीत";
- the fumigant bought "for the godown", then "not for the godown" in the next sentence;
- a man's hand into the mill, a beating to death: "I'll put his hand in the chakki myself", "उसे
  सबके सामने पीट पीट के मारूँगा".

The fumigant held for the godown's sacks, with no night, no glass and nobody shut in, stays quiet.

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

OD, HO, S = Category.OVERDOSE, Category.HARM_TO_OTHERS, Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    # With the writer: on them, in the pocket.
    "gk_with_me": ("with me", "on me", "mere paas", "मेरे पास", "माझ्याकडे", "majhyakade", "mazyakade", "meri jeb",
                   "मेरी जेब", "माझ्या खिशात", "majhya khishat"),
    "gk_glass_of_water": ("पाण्याचा glass", "पाण्याचा ग्लास", "paanyacha glass", "panyacha glass", "glass of water",
                          "pani ka glass", "पानी का गिलास", "paani ka gilas", "pani ka gilas", "पानी का glass",
                          "ग्लासभर पाणी", "glassbhar pani"),
    # Someone else holding it, or gone off with it.
    "gk_held_by_him": ("उनके पास है", "unke paas hai", "uske paas hai", "उसके पास है", "लेकर बैठे", "lekar baithe",
                       "le ke baithe", "ले के बैठे", "लेकर बैठा", "lekar baitha", "घेऊन बसलेत", "gheun baslet",
                       "घेऊन बसलाय", "gheun baslay", "jeb me le ke", "जेब में ले के", "jeb mein leke",
                       "जेब में लेकर", "खिशात घेऊन", "khishat gheun"),
    # Carrying it, and gone (a place may come between: "घेऊन फडात गेलाय").
    "gk_carrying": ("घेऊन", "gheun", "ghevun", "gheoon", "घेवून", "लेकर", "lekar", "le ke", "ले के", "leke", "taking", "carrying"),
    "gk_gone": ("गेलाय", "gelay", "गेला", "gela", "गेले", "gele", "chala gaya", "चला गया", "chale gaye", "चले गए",
                "went off", "has gone", "walked off", "निघून गेला", "nighun gela"),
    # Gone to bed: the pills taken as meant ("झोपेच्या गोळ्या घेऊन झोपायला गेला").
    "gk_to_bed": ("झोपायला", "jhopayla", "zopayla", "झोपला", "zopla", "jhopla", "सोने", "sone", "so gaye", "सो गए",
                  "so gaya", "सो गया", "to bed", "to sleep"),
    "gk_gone_with_it": ("घेऊन गेलाय", "gheun gelay", "घेऊन गेला", "gheun gela", "घेऊन गेले", "gheun gele",
                        "le ke chale gaye", "ले के चले गए", "लेकर चले गए", "lekar chale gaye", "le ke chala gaya",
                        "लेकर चला गया", "ले के चला गया", "took it and left", "went off with it"),
    "gk_shut_or_silent": ("बंद बैठे", "band baithe", "बंद बैठा", "band baitha", "दरवाजा नहीं खोल", "darwaza nahi khol",
                          "darwaja nahi khol", "दार उघडत नाही", "daar ughdat nahi", "dar ughadat nahi",
                          "not opening the door", "won't open the door", "खाना नहीं खा रहे", "khana nahi kha rahe",
                          "जेवत नाहीत", "jevat nahit", "mera khayal mat rakhna", "मेरा ख्याल मत रखना",
                          "माझी काळजी करू नका", "majhi kalji karu naka"),
    # Shut in: the godown, the room, the shutter from inside (widens cells_chemicals_and_shut_doors.py's list).
    "cs_shut_in": ("godown में बंद", "godown mein band", "गोदाम में बंद", "गोदामात बंद", "godamat band", "room में lock",
                   "room mein lock", "room madhe lock", "शटर आतून बंद", "shutter aatun band", "आतून बंद करून",
                   "aatun band karun", "andar se band", "अंदर से बंद", "locked himself in", "locked herself in",
                   "locked in his room", "बंद करून बसलेत", "band karun baslet"),
    # What a man shut in says or does that is not a chemical or a bye.
    "gk_crying_or_kids": ("रो रहा है", "ro raha hai", "रो रहे हैं", "ro rahe hain", "रडतोय", "radtoy", "रडत आहेत",
                          "radat ahet", "crying", "मुलांकडे लक्ष ठेवा", "mulankade laksh theva", "मुलांना सांभाळा",
                          "mulanna sambhala", "बच्चों का ध्यान रखना", "bachchon ka dhyan rakhna",
                          "bachon ka dhyan rakhna", "look after my kids", "take care of my kids"),
    # Kerosene by its Hindi name (widens the base lexicon's fuels).
    "gk_on_myself": ("खुद पर", "khud par", "खुद पे", "khud pe", "अपने ऊपर", "apne upar", "अपने आप पर", "स्वतःवर",
                     "swatahvar", "swatavar", "अंगावर", "angavar", "on myself", "over myself", "all over me"),
    "gk_set_alight": ("जला दूँ", "जला दूं", "jala du", "jala doon", "जला लूं", "जला लूँ", "jala lu", "aag laga",
                      "आग लगा", "पेटवून", "petvun", "पेटवीन", "petvin", "काडी लावीन", "kadi lavin", "set myself",
                      "light myself", "light a match", "matchstick"),
    "gk_took": ("ले लिया", "le liya", "ले ली", "le li", "took", "taken", "घेतलं", "ghetla", "घेतला", "खा लिया",
                "kha liya"),
    # Called or shaken, and not waking: a man collapsed, reported.
    "gk_called_out": ("आवाज दि*", "आवाज दे*", "आवाज़ दि*", "आवाज़ दे*", "awaaz di*", "awaaz de*", "awaj di*", "awaj de*",
                      "aawaj di*", "aawaj de*", "हाक मार*", "haak mar*", "हाका मार*", "haka mar*", "आवाज लगा*",
                      "awaaz laga*", "हलवलं", "halavla", "हलवून", "halvun", "हिलाया", "hilaya", "shook him",
                      "called his name", "called her name"),
    "gk_not_waking": ("उठत नाहीत", "उठत नाही", "uthat nahit", "uthat nahi", "उठतच नाहीत", "uthatach nahit", "उठले नाहीत",
                      "uthle nahit", "उठला नाही", "uthla nahi", "उठली नाही", "uthli nahi", "उठे नहीं", "uthe nahi",
                      "जागे होत नाहीत", "jaage hot nahit", "उठ नहीं रहे", "uth nahi rahe", "उठ नहीं रहा", "uth nahi raha",
                      "not waking", "won't wake", "wont wake", "doesn't wake", "doesnt wake"),
    # A man's hand into the mill.
    "gk_his_hand": ("his hand", "his hands", "uska haath", "उसका हाथ", "उसके हाथ", "त्याचा हात", "tyacha haat",
                    "त्याचे हात", "tyache haat"),
    # (not "चक्की", whose skeleton is that of "की", nor "घाणा", that of a song)
    "gk_the_mill": ("chakki", "girni", "गिरणी", "crusher", "क्रशर", "rollers", "roller", "रोलर", "machine", "मशीन"),
    "gk_will_put": ("i'll put", "ill put", "i will put", "will put", "daal dunga", "डाल दूंगा", "डाल दूँगा",
                    "ghalin", "घालीन", "घालेन", "ghalen", "dalunga", "डालूंगा", "डालूँगा"),
    # Beaten again and again, to death.
    "gk_beaten_over": ("पीट पीट", "peet peet", "pit pit", "पीट-पीट", "मार मार के", "maar maar ke", "बदडून बदडून",
                       "badadun badadun", "तुडवून तुडवून", "tudvun tudvun"),
    "gk_will_kill": ("मारूँगा", "मारूंगा", "maarunga", "marunga", "मार डालूंगा", "मार डालूँगा", "maar dalunga",
                     "मारीन", "marin", "मारून टाकीन", "marun takin", "जान से मारूंगा", "jaan se marunga"),
}

EXTENDS: dict[str, tuple[str, ...]] = {
    # The sleeping pills in the Marathi genitive and with an aspirate (widens taken_from_stock.py's list).
    "sleeping_pill_named": ("झोपेच्या गोळ्यांची", "jhopechya golya", "jhopechi goli", "नींद की गोलियाँ"),
    # The grain-storage and insect tablets by what they are for.
    "poison": ("ghun ki goli", "ghun ki goliyan", "घुन की गोली", "घुन की गोलियां", "घुन की गोलियाँ",
               "गव्हात ठेवायच्या गोळ्या", "गव्हात ठेवायच्या गोळ्यांची", "धान्यात ठेवायच्या गोळ्या",
               "gavhat thevaychya golya", "wheat tablets", "grain tablets", "किडे मारायच्या गोळ्या",
               "kide maraychya golya", "कीड़े मारने की गोली", "keede marne ki goli"),
    "fuel": ("मिट्टी के तेल", "मिट्टी का तेल", "mitti ka tel", "mitti ke tel", "मिट्टी तेल", "mitti tel"),
}

_POISON = _g("poison", "sg_poison_named")

GODOWN_TABLETS_AND_KEROSENE: tuple[Combination, ...] = (
    Combination(OD, (_POISON, _g("gk_with_me"), _g("tonight", "sg_tonight")), 10, across=True),
    Combination(OD, (_POISON, _g("gk_glass_of_water")), 30, across=True),
    # The place denied in the next sentence ("... for the godown. they are not for the godown"; the same rule
    # within a sentence is poisons_named.py's).
    Combination(OD, (_POISON, _g("pest_place_denied")), 14, across=True, unless=_g("pest_place", "another_pest"),
                unless_reach=8),
    Combination(OD, (_POISON, _g("gk_held_by_him", "gk_gone_with_it"), _g("gk_shut_or_silent", "cs_shut_in")), 16,
                across=True),
    Combination(OD, (_g("sleeping_pill_named"), _g("gk_carrying"),
                     _g("gk_gone")), 6, order=True,
                unless=_g("gk_to_bed"), unless_reach=3),
    Combination(S, (_g("cs_shut_in", "locked_in"), _g("gk_crying_or_kids")), 16, across=True),
    Combination(S, (_g("fuel"), _g("gk_on_myself"), _g("pour", "gk_set_alight")), 12, across=True),
    Combination(OD, (_g("at_once"), _g("gk_took"), _g("cs_breath_slowing")), 12, across=True),
    Combination(OD, (_g("gk_called_out"), _g("gk_not_waking")), 8, across=True),
    Combination(HO, (_g("gk_his_hand"), _g("gk_the_mill"), _g("gk_will_put")), 8),
    Combination(HO, (_g("gk_beaten_over"), _g("gk_will_kill")), 4),
)
