"""Suicide told through the belongings handed over and the farewell around them (round 14:
holdouts 38 and 39, replies to a mentor and a family's reports): the bike's keys, the watch,
the ring, the mobile, the ATM card and its PIN, the passbook, the insurance papers, a
property put in a wife's or a brother's name ("bhai ke naam kar diya", "नावावर केलं"), handed
to someone by the verbs of giving in their Hindi and Marathi forms ("de dena", "द्या",
"dilay", "ठेवलाय", "डाल दिए"); the things given away or shared out for good ("has given away
his phone", "सब सामान बांट रहे हैं", "sagle kapde vatun takle"); the thanks that closes an
account ("saglya sathi thanks", "तुम्ही खूप केलं माझ्यासाठी"); and "we will not talk again"
("ab baat nahi hogi", "ab shayad baat na ho", "ata bolna honar nahi").

Handing a thing over is everyday, so it counts only beside a second family: the thanks for
everything or the talk that will not happen again (the rules below), or, read across the
message, any other sign (alumni.domain.crisis.evidence_farewells: a thing handed to someone
is a weak sign, everything given away or shared out a farewell). A bike lent for a day, a
watch given for repair, an old phone passed on after a new one, a house put in a wife's name
for a loan, a gift on a birthday and "can't talk now, in a meeting" stay quiet.
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE


def _said(heads: tuple[str, ...], tails: tuple[str, ...]) -> tuple[str, ...]:
    """Every head before every tail: "ab" + "baat nahi hogi", "parat" + "bolna honar nahi"."""
    return tuple(f"{head} {tail}" for head in heads for tail in tails)


# "The talk will not happen": Hindi, Marathi and English, the noun of talking or meeting and
# the future denied.
_TALK_HI = ("baat nahi hogi", "baat nahin hogi", "बात नहीं होगी", "baat na ho", "बात न हो", "बात ना हो",
            "baat nahi ho payegi", "बात नहीं हो पाएगी", "baat na ho paye", "बात न हो पाए", "baat nahi ho sakegi",
            "बात नहीं हो सकेगी", "mulakat nahi hogi", "मुलाकात नहीं होगी", "mulakat na ho", "मुलाकात न हो",
            "milna nahi hoga", "मिलना नहीं होगा")
_TALK_MR = ("bolna honar nahi", "बोलणं होणार नाही", "bolne honar nahi", "बोलणे होणार नाही", "bolna nahi honar",
            "बोलणं नाही होणार", "bhet honar nahi", "भेट होणार नाही", "bhet nahi honar", "भेट नाही होणार",
            "bolna hoil asa vatat nahi", "बोलणं होईल असं वाटत नाही")
# Said with "now" only, it may be "can't talk now" (a rule reads it beside a handing over).
_NOW_HI = ("ab", "अब", "ab aur", "अब और", "aage", "आगे")
_NOW_MR = ("ata", "aata", "आता", "yapudhe", "यापुढे")
# Said with "again", "ever" or "maybe", it is the last talk.
_AGAIN_HI = ("ab shayad", "अब शायद", "shayad ab", "शायद अब", "shayad phir", "शायद फिर", "phir", "फिर",
             "phir kabhi", "फिर कभी", "ab kabhi", "अब कभी", "kabhi", "कभी", "dobara", "दोबारा",
             "ab dobara", "अब दोबारा", "phir se", "फिर से")
_AGAIN_MR = ("parat", "परत", "punha", "पुन्हा", "ata parat", "आता परत", "ata punha", "आता पुन्हा",
             "kadachit ata", "कदाचित आता", "ata kadachit", "आता कदाचित", "kadhich", "कधीच", "ata kadhich",
             "आता कधीच", "kadachit", "कदाचित")
_AGAIN_EN = (
    "we wont talk again", "we won't talk again", "we will not talk again", "we may not talk again",
    "we might not talk again", "we may never talk again", "we might never talk again", "we'll never talk again",
    "well never talk again", "we wont speak again", "we won't speak again", "we may not speak again",
    "we might not speak again", "wont be talking again", "won't be talking again", "wont get to talk again",
    "won't get to talk again", "wont get to speak again", "won't get to speak again",
    "this is the last time we talk", "this is the last time we speak", "last time we will talk",
    "last time we'll talk", "last time well talk", "may not talk to you again", "might not talk to you again",
    "wont talk to you again", "won't talk to you again", "wont be able to talk again",
    "won't be able to talk again",
)

NEW: dict[str, tuple[str, ...]] = {
    # "ab baat nahi hogi", "ata bolna honar nahi": no more talking, said with "now" (the rules
    # read it beside a thing handed over).
    "talk_no_more": _said(_NOW_HI, _TALK_HI) + _said(_NOW_MR, _TALK_MR),
    # "ab shayad baat na ho", "parat bolna honar nahi", "we won't talk again": the last talk (a
    # sign read across the message, evidence_signals "gone").
    "talk_never_again": _said(_AGAIN_HI, _TALK_HI) + _said(_AGAIN_MR, _TALK_MR) + _AGAIN_EN,
    # Thanks to a helper for all they did: "तुम्ही खूप केलं माझ्यासाठी", "you did so much for me".
    "did_for_me": (
        "aapne bahut kiya", "आपने बहुत किया", "aapne mere liye bahut kiya", "आपने मेरे लिए बहुत किया",
        "aapne itna kiya", "आपने इतना किया", "aapne kitna kiya", "आपने कितना किया", "tumne bahut kiya",
        "तुमने बहुत किया", "tumhi khup kela", "तुम्ही खूप केलं", "तुम्ही खूप केले", "tumhi majhyasathi khup kela",
        "तुम्ही माझ्यासाठी खूप केलं", "tumhi evdha kela", "तुम्ही एवढं केलं", "tu khup kela", "तू खूप केलं",
        "you did so much for me", "you have done so much for me", "you've done so much for me",
        "youve done so much for me", "you did a lot for me", "you have done a lot for me",
        "you've done a lot for me", "you did everything for me", "thanks for checking on me",
        "thank you for checking on me",
    ),
    # A milestone thanked for: "1 saal ho gaya", "६ महिने झाले", "90 days sober".
    "milestone": ("saal ho gaya", "साल हो गया", "saal pura", "साल पूरा", "mahine ho gaye", "महीने हो गए",
                  "mahine zale", "mahine jhale", "महिने झाले", "varsh zala", "varsh jhala", "वर्ष झालं",
                  "divas zale", "divas jhale", "दिवस झाले", "din ho gaye", "दिन हो गए", "days clean",
                  "days sober", "months clean", "months sober", "year clean", "year sober", "years sober",
                  "sober", "anniversary", "milestone", "pure hue", "पूरे हुए", "purna zale", "पूर्ण झाले"),
    # The person a thing goes to, in the case forms the relation list lacks: "lahanyala",
    # "दादाकडे", "पोरासाठी", "छोटे को", "के नाम", "नावावर", "माँ के account में".
    "heir": (
        "chhote ko", "छोटे को", "chhotu ko", "छोटू को", "chhoti ko", "छोटी को", "chhote bhai ko", "छोटे भाई को",
        "lahanyala", "लहान्याला", "lahanila", "लहानीला", "dhaktyala", "धाकट्याला", "dhaktila", "धाकटीला",
        "lahan bhavala", "लहान भावाला", "dadakade", "दादाकडे", "bhavakade", "भावाकडे",
        "taikade", "ताईकडे", "taila", "ताईला", "aaikade", "आईकडे", "aai la", "आई ला",
        "baykokade", "बायकोकडे", "mulakade", "मुलाकडे", "mulila", "मुलीला", "porila", "पोरीला",
        "porasathi", "पोरासाठी", "porisathi", "पोरीसाठी", "mulasathi", "मुलासाठी", "mulisathi", "मुलीसाठी",
        "baykosathi", "बायकोसाठी", "aaisathi", "आईसाठी", "ke naam", "के नाम", "navavar", "नावावर",
        "ke account", "के account", "के अकाउंट", "ke khate", "के खाते", "in her name",
        "in his name", "in my wife's name", "in my wifes name", "in my son's name", "in my sons name",
        "in my daughter's name", "in my brother's name", "in my mom's name", "at my brother's",
        "at my brothers", "at my sister's",
    ),
    # Everything one has, as what is handed over: "sab kuch bhai ke naam kar diya".
    "all_i_have": ("sab kuch", "सब कुछ", "sabkuch", "sagla", "सगळं", "sagla kahi", "सगळं काही",
                   "everything", "all my", "all of my", "saari property", "सारी प्रॉपर्टी", "sagli property",
                   "सगळी प्रॉपर्टी"),
    # Shared out, given away for good: "सामान बांट रहे हैं", "kapde vatun takle".
    "shared_out": ("baant rahe", "बांट रहे", "बाँट रहे", "baant raha", "बांट रहा", "baant rahi", "बांट रही",
                   "baant diya", "बांट दिया", "बाँट दिया", "baant diye", "बांट दिए", "baant di", "बांट दी",
                   "baant de raha", "बांट दे रहा", "baant de rahe", "बांट दे रहे", "baant dete", "बांट देते",
                   "baant chuka", "बांट चुका", "vatun tak*", "वाटून टाक*", "vatun de*", "वाटून दे*", "vatun dil*",
                   "वाटून दिल*", "given away", "gave away", "giving away", "gives away", "distributed",
                   "distributing"),
    # Clothes, shared out: what a man gives away of himself (only beside shared_out).
    "clothes_mine": ("kapde", "कपडे", "कपड़े", "clothes", "sagle kapde", "सगळे कपडे"),
    # PINs and passwords, written down where the family will look: "पिन डायरी में लिख दिया".
    "secret_code": ("pin", "पिन", "atm pin", "एटीएम पिन", "password", "passwords", "पासवर्ड", "passcode",
                    "upi pin"),
    "written_where": ("diary me", "diary mein", "डायरी में", "diary t", "diary त", "डायरीत", "diaryt",
                      "diary madhe", "diary मध्ये", "डायरीमध्ये", "डायरी मध्ये", "in the diary", "in my diary",
                      "likh diya", "लिख दिया", "likh diye", "लिख दिए", "likh di", "लिख दी", "likh ke rakh*",
                      "लिख के रख*", "likhkar rakh*", "लिखकर रख*", "lihun thevla", "लिहून ठेवला", "लिहून ठेवलाय",
                      "lihun thevlay", "लिहून ठेवलंय", "lihun thevle", "लिहून ठेवले", "lihun thevli", "लिहून ठेवली",
                      "लिहून ठेवलीय", "written down", "wrote down", "noted down"),
    # What makes a handing over everyday: lent for a while, given for repair, a loan, a gift,
    # a charity (with the old things, the trip, the occasion the rules name beside it).
    "handed_harmless": (
        "repair", "रिपेयर", "repairing", "durusti", "dursti", "दुरुस्ती", "durustila", "दुरुस्तीला",
        "theek karne", "ठीक करने", "service", "servicing", "सर्विस", "सर्व्हिस", "mechanic", "मैकेनिक",
        "mistri", "मिस्त्री", "ek din ke liye", "एक दिन के लिए", "do din ke liye", "दो दिन के लिए",
        "for a day", "for the day", "for a week", "for the weekend", "for a few days", "a few days",
        "kuch din", "कुछ दिन", "kahi divas", "काही दिवस", "ek divasasathi",
        "एक दिवसासाठी", "kal tak", "कल तक", "tak ke liye", "until", "paryant", "पर्यंत", "udhaar diya",
        "udhaar di", "उधार दिया", "उधार दी", "udhaar pe", "उधार पे", "lend", "lent", "borrow", "borrowed",
        "loan", "लोन", "loan ke liye", "लोन के लिए", "gift", "गिफ्ट", "tohfa", "तोहफा", "upahar", "उपहार",
        "daan", "दान", "donate", "donated", "garibon", "गरीबों", "garibanna", "गरिबांना", "ashram", "आश्रम",
        "orphanage", "anathashram", "अनाथाश्रम", "purane", "पुराने", "जुने", "chhota ho gaya", "छोटा हो गया",
        "lahan jhala", "लहान झाला",
    ),
    # "Can't talk now": the talk put off to later, or the writer busy.
    "talk_later": ("baad me", "baad mein", "बाद में", "later", "kal baat", "कल बात", "kal karte", "कल करते",
                   "kal karenge", "कल करेंगे", "talk tomorrow", "call you tomorrow", "udya bolu", "उद्या बोलू",
                   "nantar bolu", "नंतर बोलू", "nantar call", "नंतर कॉल", "sham ko", "shaam ko", "शाम को",
                   "raat ko", "रात को", "thodi der", "थोड़ी देर", "free hoke", "free hokar", "call karta",
                   "call karto", "phone karta", "phone karto", "call back", "driving", "drive kar raha",
                   "gadi chalvtoy", "गाडी चालवतोय", "gaadi chala raha", "गाड़ी चला रहा", "charging", "battery"),
    # Widening this area's lists (departure.py, last_arrangements.py, left_in_order.py,
    # signing_off.py, quiet_farewells.py): the objects of value, the verbs of handing over,
    # the papers and letters left where the family will find them, the thanks for everything,
    # the love passed on in the Marathi habitual past.
    "possession": ("chavi", "चावी", "gadichi", "गाडीची", "gaadichi", "ghadyal", "ghadyaal", "my car", "the car",
                   "meri car", "car ki chabi", "car keys", "car key", "insurance", "bima", "बीमा", "bima ke kagaz",
                   "policy", "पॉलिसी", "password", "पासवर्ड", "debit card", "credit card", "एटीएम कार्ड",
                   "cheque book", "chequebook", "चेकबुक", "locker", "लॉकर", "property", "प्रॉपर्टी", "zameen",
                   "ज़मीन", "जमीन", "jamin", "flat", "फ्लैट", "plot", "प्लॉट", "makaan", "मकान", "house",
                   "jewellery", "gehne", "gahne", "गहने", "zevar", "ज़ेवर", "dagine", "दागिने", "paise", "पैसे",
                   "money", "ghar ke kagaz", "घर के कागज़", "घर के कागज"),
    "hand_over": ("ke naam kar diya", "के नाम कर दिया", "ke naam kar diye", "के नाम कर दिए", "ke naam kar di",
                  "के नाम कर दी", "naam kar diya", "नाम कर दिया", "naam kar diye", "नाम कर दिए", "naam kar di",
                  "नाम कर दी", "navavar kela", "नावावर केलं", "navavar kele", "नावावर केले", "navavar keli",
                  "नावावर केली", "naave kela", "नावे केलं", "transfer kar diya", "ट्रांसफर कर दिया", "transfer kela",
                  "ट्रान्सफर केलं", "transferred", "handed over", "hand over", "handing over", "pass on",
                  "passed on", "dilyat", "दिल्यात", "dilet", "दिलेत", "deun takla", "देऊन टाकलं", "देऊन टाकली",
                  "thevlay", "ठेवलाय", "ठेवलंय", "ठेवलीय", "ठेवल्यात", "thevlya", "rakh di hai",
                  "रख दी है", "rakh diya hai", "रख दिया है", "rakh diye hain", "रख दिए हैं", "daal diye", "डाल दिए",
                  "daal diya", "डाल दिया", "dal diye", "de dijiye", "दे दीजिए", "de dijiyega", "दे दीजिएगा",
                  "give it to", "give them to", "give to my"),
    "affairs_settled": ("given away his", "given away her", "given away my", "has given away", "have given away",
                        "given away all", "gave away all", "giving away all", "wrote the letter",
                        "written the letter", "wrote the letters", "written the letters", "letter likh di",
                        "letter likh diya", "लेटर लिख दिया", "chitthi likh di", "चिट्ठी लिख दी"),
    "placed_for_family": ("kept it under", "kept them under", "kept it in the", "kept them in the",
                          "under the pillow", "under my pillow", "takiye ke neeche", "तकिये के नीचे",
                          "ushikhali", "उशीखाली", "top drawer", "drawer of my", "in the drawer",
                          "in my drawer"),
    "thanks_for_all": ("saglya sathi thanks", "saglyasathi thanks", "sagalya sathi thanks", "सगळ्यासाठी thanks",
                       "सगळ्यांसाठी thanks", "saglyansathi thanks", "thanks sab ke liye", "thanks sabke liye",
                       "sab ke liye thanks", "sabke liye thanks", "सब के लिए thanks", "thank you sab ke liye",
                       "thanks for all you did", "thanks for all you have done", "thanks for all you've done",
                       "thank you for all you did", "thank you for all you have done",
                       "thank you for all you've done", "thanks for everything you did"),
    "absolve": ("not their fault", "wasnt their fault", "wasn't their fault", "isnt their fault",
                "isn't their fault", "not anyones fault", "not anyone's fault", "tyanchi chuk nahi",
                "त्यांची चूक नाही", "unki koi galti nahi", "उनकी कोई गलती नहीं", "kisi ki koi galti nahi",
                "किसी की कोई गलती नहीं"),
    "loved_past": ("prem karayche", "प्रेम करायचे", "prem karaycha", "प्रेम करायचा", "prem karaychi", "प्रेम करायची",
                   "jeev lavaycha", "जीव लावायचा", "jeev lavayche", "जीव लावायचे"),
    # "they won't need me now", "अब उनको मेरी ज़रूरत नहीं": the writer no longer needed.
    "nobody_cares": ("meri zarurat nahi", "meri zaroorat nahi", "meri jarurat nahi", "मेरी ज़रूरत नहीं",
                     "मेरी जरूरत नहीं", "majhi garaj nahi", "mazi garaj nahi", "माझी गरज नाही",
                     "majhi konala garaj nahi", "माझी कोणाला गरज नाही", "konala majhi garaj nahi",
                     "कोणाला माझी गरज नाही", "kisi ko meri zarurat nahi", "किसी को मेरी ज़रूरत नहीं",
                     "किसी को मेरी जरूरत नहीं", "wont need me", "won't need me", "dont need me anymore",
                     "don't need me anymore", "no longer need me"),
    # "अब और नहीं चलूंगा": the writer not going on.
    "cant_cope": ("ab aur nahi chalunga", "अब और नहीं चलूंगा", "ab aur nahi chalungi", "अब और नहीं चलूंगी",
                  "aur nahi chal sakta", "और नहीं चल सकता", "ata ajun nahi chalnar", "आता अजून नाही चालणार"),
    # A bye said to everyone before sleeping or leaving: "saglyanna bye bolun zopla".
    "said_bye": ("bye bolun", "bye बोलून", "बाय बोलून", "bye karun", "bye करून", "bye bolke", "bye बोलके",
                 "bye keh ke", "bye कह के", "bye bol ke", "bye बोल के"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

_HANDED_HARMLESS = _g("replaced", "handed_harmless", "away_trip", "occasion", "wedding")

HANDED_OVER: tuple[Combination, ...] = (
    # A thing handed over, and the talk that will not happen again: "bike chhote ko de dena, ab
    # baat nahi hogi", "majhi gadi bhavala dya, ata bolna honar nahi" (not "can't talk now").
    Combination(S, (_g("hand_over", "given_away", "shared_out"), _g("possession"),
                    _g("talk_no_more", "talk_never_again")), 16, across=True,
                unless=_HANDED_HARMLESS + _g("talk_later")),
    # A thing handed over, and thanks for everything: "तुम्ही खूप केलं माझ्यासाठी. माझं घड्याळ आणि
    # गाडी भावाला द्या" (not a milestone's thanks with an old phone passed on).
    Combination(S, (_g("thanks_for_all", "did_for_me"), _g("possession"),
                    _g("hand_over", "given_away", "shared_out")), 16, across=True,
                unless=_HANDED_HARMLESS + _g("milestone")),
    # A bye said to everyone, and a thing handed over: "saglyanna bye bolun zopla, phone
    # lahanyala dila".
    Combination(S, (_g("said_bye"), _g("everyone_all"), _g("possession"), _g("hand_over", "given_away")), 8,
                across=True, unless=_HANDED_HARMLESS + _g("gone_travelling")),
)
