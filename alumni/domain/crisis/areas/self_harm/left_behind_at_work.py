"""Suicide told through what is left ready at the workplace or the hostel: a rope kept in the bag
with nothing decided yet ("rassi bag mein rakh li hai, abhi decide nahi kiya", "दोरी बॅगेत ठेवली,
अजून ठरवलं नाही"), letters written for the children and kept "just in case" or with a strange
calm, one's phone and wallet left in the locker to be sent home ("घरी पाठवून द्या").

A rope kept for camping or the clothes, letters for a school or a job application, a phone left
for repair or sent by courier stay quiet: each reading needs the means or the things left beside
the undecided plan, the "just in case" or the sending home, and the errand cancels it.
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

SU = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    # Nothing decided yet about it: "havent decided", "abhi decide nahi kiya", "अजून ठरवलं नाही".
    "not_decided_yet": ("havent decided", "haven't decided", "have not decided", "not decided yet",
                        "not yet decided", "undecided", "still deciding", "abhi decide nahi", "अभी decide नहीं",
                        "abhi tay nahi", "अभी तय नहीं", "tay nahi kiya", "तय नहीं किया",
                        "abhi socha nahi", "अभी सोचा नहीं", "ajun tharavla nahi", "ajun tharavle nahi",
                        "अजून ठरवलं नाही", "अजून ठरवले नाही", "tharavla nahi", "ठरवलं नाही", "ajun decide nahi",
                        "अजून decide नाही", "kadhi te tharavla nahi", "kab karna hai pata nahi"),
    # A rope, a cord or a dupatta kept in the bag: "bag mein rakh li", "बॅगेत ठेवली".
    "kept_in_the_bag": ("in my bag", "in the bag", "in my locker", "bag mein", "बैग में", "bag me", "bag mai",
                        "locker mein", "लॉकर में", "locker me", "बॅगेत", "baget", "bag madhe", "बॅगमध्ये",
                        "pishvit", "पिशवीत", "jhole mein", "झोले में", "under my bed", "under the mattress",
                        "gadde ke niche", "गद्दे के नीचे", "gadi khali", "गादीखाली"),
    # Letters written for the children or the family: "chitthiyan likh di", "पत्रं लिहून ठेवली".
    "letters_written": ("wrote letters", "wrote a letter", "written letters", "written a letter", "letters for",
                        "a letter for", "letters to my", "a letter to each", "chitthi likhi", "चिट्ठी लिखी",
                        "chitthiyan likhi", "चिट्ठियां लिखी", "chitthiyan likh", "चिट्ठियाँ लिख", "khat likha",
                        "ख़त लिखा", "खत लिखा", "khat likhe", "खत लिखे", "patra lihila", "पत्र लिहिलं",
                        "patra lihile", "पत्र लिहिले", "patra lihun", "पत्र लिहून", "chitthi lihili",
                        "चिठ्ठी लिहिली", "chitthya lihilya", "चिठ्ठ्या लिहिल्या", "चिठ्ठी लिहून", "पत्रं लिहून",
                        "पत्रं लिहिली", "patra lihun thevli", "पत्र लिहून ठेवली", "chitthi likh ke rakhi",
                        "चिट्ठी लिख के रखी", "चिट्ठी लिखकर रखी"),
    # Left behind in a place: "left my phone", "chhod diya", "सोडून ठेवलं".
    "left_in_place": ("left my", "left it", "left them", "left both", "chhod diya", "छोड़ दिया", "chhod di",
                      "छोड़ दी", "chhod ke", "छोड़ के", "sodun thevla", "सोडून ठेवला", "sodun thevle", "सोडून ठेवले",
                      "sodun thevlay", "सोडून ठेवलंय", "ठेवलं", "thevla", "ठेवला", "thevle", "ठेवले", "thevlay",
                      "ठेवलंय"),
    # Those the letters are for: the children, the spouse, the parents, the family.
    "family_addressed": ("kids", "children", "daughter", "daughters", "son", "sons", "wife", "husband", "mother",
                         "father", "mom", "mum", "dad", "parents", "family", "sister", "brother", "bachche",
                         "बच्चे", "bachchon", "बच्चों", "bachon", "beti", "बेटी", "beta", "बेटा", "biwi", "बीवी",
                         "patni", "पत्नी", "pati", "पति", "maa", "माँ", "मां", "papa", "पापा", "bhai", "भाई",
                         "behen", "बहन", "mulansathi", "मुलांसाठी", "mulanna", "मुलांना", "mulila", "मुलीला",
                         "mulala", "मुलाला", "मुलगी", "मुलगा", "baykosathi", "बायकोसाठी", "baykola", "बायकोला",
                         "aaisathi", "आईसाठी", "babansathi", "बाबांसाठी", "gharchyansathi", "घरच्यांसाठी",
                         "gharwalon", "घरवालों"),
    # Just in case, or a strange calm: "agar kuch ho gaya to", "काही झालं तर", "strangely calm".
    "just_in_case": ("just in case", "in case something happens", "in case anything happens",
                     "if something happens", "if anything happens", "agar kuch ho gaya", "अगर कुछ हो गया",
                     "kuch ho jaye to", "कुछ हो जाए तो", "kuch ho gaya to", "कुछ हो गया तो", "kahi zala tar",
                     "काही झालं तर", "kahi jhala tar", "काही झाले तर", "strangely calm", "oddly calm",
                     "weirdly calm", "feel calm now", "ajeeb sa sukoon", "अजीब सा सुकून", "ajib shanti",
                     "अजीब शांति", "vichitra shant", "विचित्र शांत", "khup shant vatatay", "खूप शांत वाटतंय"),
    # One's things to be sent home: "ghar bhej dena", "घरी पाठवून द्या", "send them home".
    "send_home_for_me": ("ghar bhej dena", "घर भेज देना", "ghar bhej do", "घर भेज दो", "ghar pahuncha dena",
                         "घर पहुंचा देना", "ghar pahucha dena", "gharwalon ko de dena", "घरवालों को दे देना",
                         "ghari pathva", "घरी पाठवा", "ghari pathvun dya", "घरी पाठवून द्या", "ghari pathvun dene",
                         "घरी पाठवून देणे", "gharchyanna dya", "घरच्यांना द्या", "send it home", "send them home",
                         "send them to my family", "give them to my family", "give it to my family",
                         "send it to my family", "send to my parents", "hand them to my family"),
    # What makes the rope, the letters or the things an errand.
    "errand_with_things": ("camping", "camp", "trek", "trekking", "clothes", "kapde", "कपड़े", "कपडे", "skipping",
                           "school", "admission", "application", "job", "cover letter", "recommendation",
                           "client", "clients", "customer", "customers", "office", "company", "bank", "boss",
                           "santa", "exam", "repair", "courier", "parcel", "service center", "service centre",
                           "lost", "kho gaya", "खो गया", "harvla", "हरवला", "found a", "mila hai", "मिला है",
                           "sapadla", "सापडला", "trip", "tour", "holiday", "vacation", "leave", "chhutti",
                           "छुट्टी", "sutti", "सुट्टी"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

_ERRAND = _g("errand_with_things")

LEFT_BEHIND_AT_WORK: tuple[Combination, ...] = (
    # A rope or a cord kept (in the bag), and nothing decided yet: the means readied, the time open.
    Combination(SU, (_g("ligature", "noose_cord", "hang"), _g("kept_it", "kept_ready", "kept_in_the_bag"),
                     _g("not_decided_yet")), 14, across=True, unless=_ERRAND, unless_reach=14),
    # Letters written for the children or the family, and "just in case" or a strange calm.
    Combination(SU, (_g("letters_written"), _g("family_addressed"), _g("just_in_case")), 16, across=True,
                unless=_ERRAND,
                unless_reach=16),
    # One's phone, wallet or things left (in the locker) and to be sent home.
    Combination(SU, (_g("possession"), _g("kept_it", "kept_ready", "kept_in_the_bag", "left_in_place"),
                     _g("send_home_for_me")), 14,
                across=True, unless=_ERRAND, unless_reach=14),
)
