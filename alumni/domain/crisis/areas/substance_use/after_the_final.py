"""Using again and craving said by sportsmen: the prize or match money blown at the liquor den;
the country-liquor shop gone to straight from being paid; and the craving told as not taken yet
beside a pull that will not leave the mind (the voice loud, one thought only, the wish to sit with
the drinkers) or a plea to be called or to talk.

A not-yet without any pull or plea is sobriety told and stays quiet; the mind pulled towards
home or the village is homesickness, not a craving."""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

RE, CR = Category.RELAPSE, Category.CRAVING

NEW: dict[str, tuple[str, ...]] = {
    # Not had it yet: "havent had it", "kahi ghetla nahi", "छुआ नहीं".
    "sport_not_had_yet": (
        "havent had it", "haven't had it", "have not had it", "havent had one", "haven't had one",
        "havent touched it", "haven't touched it", "have not touched it", "kahi ghetla nahi", "काही घेतलं नाही",
        "काही घेतला नाही", "kahi ghetla nahi ajun", "ajun ghetli nahi", "अजून घेतली नाही", "ajun ghetla nahi",
        "अजून घेतला नाही", "nahi ghetla", "नाही घेतला", "नाही घेतली", "chhua nahi", "छुआ नहीं", "kuch nahi liya",
        "कुछ नहीं लिया", "abhi tak nahi piya", "अभी तक नहीं पिया",
    ),
    # The pull that will not leave: the voice loud, one thought only, the wish to sit with them.
    "sport_pull": (
        "voice is loud", "the voice is loud", "voice in my head", "cant stop thinking", "can't stop thinking",
        "cannot stop thinking", "डोक्यातून जात नाही", "dokyatun jat nahi", "dimag se nahi ja raha",
        "दिमाग से नहीं जा रहा", "ek ch vichar", "ekach vichar", "एकच विचार", "ek hi khayal", "एक ही ख्याल",
        "बसावं असं वाटतंय", "basava asa vatatay", "basava vatatay", "बसावंसं वाटतंय", "baithne ka man",
        "बैठने का मन", "man odhtay", "मन ओढतंय", "man khup odhtay", "मन खूप ओढतंय", "odh lagli", "ओढ लागली",
    ),
    # Talking wanted: "bolaycha aahe", "baat karni hai", "talk to someone".
    "sport_talk_wanted": (
        "bolaycha aahe", "बोलायचं आहे", "bolaycha ahe", "बोलायचंय", "baat karni hai", "बात करनी है",
        "baat karo", "बात करो", "talk to someone", "need to talk", "kunashi tari", "कुणाशी तरी", "kisi se baat",
        "किसी से बात",
    ),
    # Home, the village, one's mother: what the mind pulls towards when it is homesick.
    "sport_pulled_home": (
        "gharakade", "घराकडे", "ghari", "घरी", "gaavakade", "गावाकडे", "gavi", "गावी", "aai kade", "आईकडे",
        "kade", "कडे", "ghar ki yaad", "घर की याद",
    ),
    # The country-liquor shop: "देशीच्या दुकानात", "desi theka".
    "sport_country_shop": (
        "देशीच्या दुकानात", "deshichya dukanat", "देशीच्या दुकानावर", "देशीचं दुकान", "deshich dukan",
        "देसी के ठेके", "desi ke theke", "desi theka", "देसी ठेका", "देसी ठेके",
    ),
    # Rum brought or had, said whole: "रम" alone is spelled as the god's name.
    "sport_rum_had": (
        "रम आणली", "रम आणलेली", "रमची बाटली", "रम की बोतल", "रम लाई", "रम लाए", "रम पी", "रम प्यायलो",
        "रम प्यायली", "रम घेतली", "rum anli", "rum aanli", "rum lai", "rum laye",
    ),
    # Straight there: "थेट", "seedha", "straight".
    "sport_straight": ("थेट", "thet", "seedha", "सीधा", "sidha", "straight", "directly"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

_HOMESICK = _g("sport_pulled_home")

AFTER_THE_FINAL: tuple[Combination, ...] = (
    # The money blown at the den: "prize money sagle gutyat udavle".
    Combination(RE, (_g("earnings", "all_of_it"), _g("liquor_place", "sport_country_shop"), _g("blown_on")), 6,
                unless=_g("third_person", "price", "quit")),
    # Paid, and straight to the country-liquor shop.
    Combination(RE, (_g("sport_straight"), _g("sport_country_shop")), 3),
    # Rum brought by the others, and the writer took some too; not taken is sobriety.
    Combination(RE, (_g("sport_rum_had", "alcohol"), _g("me_too"), _g("took")), 10, across=True,
                unless=_g("abstained", "negation"), unless_reach=2),
    # Not had yet, with the pull or a plea to be called or to talk.
    Combination(CR, (_g("sport_not_had_yet", "not_yet_taken", "abstained"),
                     _g("sport_pull", "wont_leave_mind", "thought_only_of", "call_me_plea", "sport_talk_wanted")), 20,
                across=True),
    # The mind pulling hard, and someone to talk to; towards home it is homesickness.
    Combination(CR, (_g("sport_pull"), _g("sport_talk_wanted", "urgency", "call_me_plea")), 14, across=True,
                unless=_HOMESICK, unless_reach=3),
)
