"""Craving told by a patient in treatment (round 21): the dose lowered or wearing off and the
body aching or the drug coming to mind ("डोस कमी केल्यापासून अंग मोडून येतं", "dose utarla ki
angat kalakal"), an itch to put something into the vein, the powder seen in dreams, the old
lane and the old faces pulling, the old place bringing it all back, one hit the only thought,
a wish with a plea for a way ("ichha hotey, upay sanga"), the fear that the mind will slip.

Quiet: the dose lowered with no ache or longing ("taper complete, feeling fine"), the ache
denied (negation), the itch of a rash, another's dream. Words and the rules that read them
(appended to the area's COMBINATIONS by rules.py)."""
from __future__ import annotations

from alumni.domain.crisis.areas.substance_use.substances import ANY
from alumni.domain.crisis.combination import NOT_MINE, Combination, _g
from alumni.domain.crisis.detection import Category

CR = Category.CRAVING

NEW: dict[str, tuple[str, ...]] = {
    # The dose made smaller, or wearing off.
    "dose_lowered": ("कम होने", "kam hone", "कम हुआ", "kam hua", "कम हुई", "kam hui", "कम किया", "kam kiya",
                     "kam kar diya", "कम कर दिया", "kam kar di", "कम कर दी", "कमी केल्या*", "kami kelya*", "kami kela",
                     "कमी केला", "कमी केली", "kami keli", "कमी झाला", "kami zala", "कमी झाल्या*", "kami zalya*",
                     "utarla", "उतरला", "utarto", "उतरतो", "utar gaya", "उतर गया", "utarte", "उतरते", "utarne",
                     "उतरने", "wearing off", "wears off", "wore off", "reduced", "lowered", "cut down"),
    # The body aching for it.
    "body_aching": ("अंग मोडून", "ang modun", "angat kalakal", "अंगात कळकळ", "kalakal", "कळकळ", "अंग दुख*",
                    "ang dukh*", "badan tut*", "बदन टूट*", "badan dard", "बदन दर्द", "body aches", "body ache",
                    "body aching", "bones ache", "haddiyan dukh*", "हड्डियां दुख*", "हाडं दुख*", "hada dukh*"),
    # The drug coming to mind.
    "comes_to_mind": ("आठवतं", "aathavta", "athavta", "तेच आठवतं", "याद आती", "yaad aati", "याद आता", "yaad aata",
                      "याद आ गया", "yaad aa gaya", "याद आ गई", "yaad aa gayi", "sab yaad aa gaya", "आठवलं",
                      "aathavla", "आठवण आली", "aathvan aali", "it all came back", "came flooding back"),
    # An itch or an urge to put something in.
    "itch_urge": ("खुजली", "khujli", "खाज", "khaj", "itch", "itching", "itchy", "urge"),
    "put_in": ("डालने", "dalne", "daalne", "घालायचं", "ghalaycha", "टोचायची", "tochaychi", "टोचायचं", "tochaycha",
               "put something", "shoot something", "push something"),
    # The old lane and the old faces.
    "old_faces": ("जुनी माणसं", "juni manasa", "june lok", "जुने लोक", "purane log", "पुराने लोग", "purane launde",
                  "पुराने लौंडे", "old crowd", "old faces", "old gang", "जुनी गल्ली", "juni galli", "purani gali",
                  "पुरानी गली", "old street", "old lane", "old block"),
    # One hit is the only thought.
    "only_thought": ("all i can think about", "all i think about", "can't stop thinking about",
                     "cant stop thinking about", "bas wahi soch", "बस वही सोच", "dimag mein bas", "दिमाग में बस",
                     "डोक्यात फक्त", "dokyat fakt"),
    # Asking for a way through.
    "ask_for_a_way": ("kahi upay sanga", "काही उपाय सांगा", "upay sanga", "उपाय सांगा", "koi upay batao",
                      "कोई उपाय बताओ", "upay batao", "उपाय बताओ", "any tips", "kuch upay", "कुछ उपाय"),
    # Dreaming of it, in English ("seen_in_sleep" holds Hindi and Marathi).
    "dreams_of": ("dream of", "dream about", "dreaming of", "dreaming about", "dreamt of", "dreamt about",
                  "dreamed of", "dreamed about", "dreams of", "dreams about"),
    # The mind that will slip (not the feet on a wet road).
    "will_slip": ("मन घसरेल", "man ghasrel", "mann ghasrel", "मन फिसल*", "man phisal*",
                  "mann phisal*", "phisal na jaun", "फिसल न जाऊं", "phisal jaunga", "फिसल जाऊंगा", "slip up",
                  "i'll slip", "i will slip", "might slip", "will relapse", "relapse ho jayega", "relapse hoil",
                  "relapse होईल"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

_HARMLESS = _g("others", "third_person", "negation")

DOSE_WEARING_OFF: tuple[Combination, ...] = (
    # "डोज कम होने के बाद रात भर बेचैनी, बहुत याद आती है", "dose utarla ki angat kalakal hote": in
    # that order ("may miss the group; the doctor reduced my dose" is no ache after it).
    Combination(CR, (_g("treatment_dose"), _g("dose_lowered"),
                     _g("body_aching", "restless", "comes_to_mind", "remembering", "longing")), 14,
                order=True, across=True, unless=NOT_MINE),   # "they lowered it": the clinic
    # "नस में कुछ डालने की खुजली सी है".
    Combination(CR, (_g("into_the_vein"), _g("put_in"), _g("itch_urge")), 8, unless=_g("others", "third_person")),
    # "स्वप्नात पण पुडी दिसते".
    Combination(CR, (_g("seen_in_sleep", "dreams_of"), ANY + ("powder", "needle")), 6, across=True, unless=_HARMLESS),
    # "जुनी गल्ली, जुनी माणसं, परत ओढ लागलीय".
    Combination(CR, (_g("old_faces"), _g("drawn", "longing", "restless")), 12, across=True, unless=_HARMLESS),
    # "पुराने adde के सामने से गुज़रा, सब याद आ गया".
    # ("सब" is everything here, not everyone.)
    Combination(CR, (_g("old_place"), _g("comes_to_mind")), 10, across=True, unless=NOT_MINE),
    # "all i can think about is one hit".
    Combination(CR, (_g("only_thought"), ANY + ("one_unit",)), 6, order=True, unless=_HARMLESS),
    # "mala pan ichha hotey, kahi upay sanga".
    Combination(CR, (_g("bare_desire", "craving"), _g("ask_for_a_way")), 10, across=True,
                unless=_g("others", "third_person")),
    # "भीती वाटतेय मन घसरेल".
    Combination(CR, (_g("fear", "plea_or_fear", "trigger_feeling"), _g("will_slip")), 10, across=True,
                unless=_g("others", "third_person")),
)
