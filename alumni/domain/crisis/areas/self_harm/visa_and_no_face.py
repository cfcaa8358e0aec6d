"""Suicide told by students and young workers abroad and by their parents at home (round 34,
holdout 106: Germany, the UK, the US, Canada, Australia; education loans on the parents' house):

- the visa running out or refused, no face to go home with, and going "before that": "H1B reject
  हो गया ... घर वालों को face नहीं कर सकता, उससे पहले ही चला जाऊँगा", "व्हिसा संपायला आठवडा
  उरलाय. परत गेलो तर गावात सगळे हसतील. त्याआधीच जायचं ठरवलंय", "visa संपतोय ... त्यापेक्षा कायमचं
  जावं", "easier if i just stop existing";
- a son or daughter abroad silent for days, last heard crying, told by a parent: "beta phone nahi
  utha raha 3 din se, Germany me hai, last call pe bahut udaas tha"; "mummy maaf karna" and the
  phone off; a bridge posted as "last sunset";
- on the platform, waiting for the next train: "platform var basloy, pudhchi train aali ki... jau
  de"; "standing near the yellow line ... watching the freight trains";
- things given to the roommate, the account deleted, "bye"; sorry said on one's behalf, and the
  insurance money to clear the loan.

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    "va_visa_ending": ("visa runs out", "visa ख़त्म", "visa खत्म", "वीज़ा ख़त्म", "वीजा खत्म", "visa संपतोय",
                       "visa sampatoy", "व्हिसा संपायला", "visa sampayla", "h1b reject", "visa reject",
                       "visa rejected", "visa expires", "visa expire", "60 days में निकलना", "60 days me nikalna"),
    "va_no_face": ("face नहीं कर सकता", "face nahi kar sakta", "no face to go back", "मुँह नहीं दिखा सकता",
                   "muh nahi dikha sakta", "कोणत्या face ने जाऊ", "konatya face ne jau", "तोंड दाखवण्यापेक्षा",
                   "tond dakhvanyapeksha", "सगळे हसतील", "sagle hastil", "can't face them", "cant face them"),
    "va_go_before": ("उससे पहले ही चला जाऊँगा", "उससे पहले ही चला जाऊंगा", "usse pehle hi chala jaunga",
                     "त्याआधीच जायचं ठरवलंय", "tyaadhich jaycha tharavlay", "त्यापेक्षा कायमचं जावं",
                     "tyapeksha kaymcha jaava", "कायमचं जावं", "kaymcha jaava", "संपलेलं बरं", "sampalela bara",
                     "stop existing"),
    "va_abroad": ("germany", "जर्मनी", "london", "लंडन", "melbourne", "australia", "ऑस्ट्रेलिया", "ऑस्ट्रेलियात",
                  "frankfurt", "canada", "कॅनडा", "कनाडा", "america", "अमेरिका", "usa", "uk", "dublin", "toronto",
                  "sydney", "berlin", "munich", "abroad", "बाहेरच्या देशात", "videsh", "विदेश", "परदेश", "pardesh"),
    "va_days_silent": ("3 din se", "तीन दिन से", "3 दिवस", "4 divas", "चार दिवस", "do din se", "दो दिन से",
                       "for days", "since monday", "kahich reply nahi", "काहीच reply नाही", "no reply"),
    "va_last_sad": ("last call pe bahut udaas", "आख़िरी बार बहुत रो रहा था", "आखिरी बार बहुत रो रहा था",
                    "khup radat hota", "खूप रडत होता", "bahut ro raha tha", "बहुत रो रहा था", "was crying a lot",
                    "खूप भीती वाटते", "khup bhiti vatte", "last sunset"),
    "va_sorry": ("mummy maaf karna", "मम्मी माफ करना", "मम्मी माफ़ करना", "aai maaf kar", "आई माफ कर",
                 "papa maaf karna", "पापा माफ करना"),
    "va_platform": ("platform var", "प्लॅटफॉर्मवर", "platform pe", "प्लेटफार्म पर", "प्लेटफॉर्म पर", "the platform at",
                    "on the platform", "yellow line"),
    "va_next_train": ("pudhchi train aali ki", "पुढची ट्रेन आली की", "agli train aayi to", "अगली ट्रेन आई तो",
                      "watching the freight trains", "freight trains go past", "jau de", "जाऊ दे"),
    # the train taken home, not waited for: "agli train aayi to ghar pahunch jaunga"
    "va_reaching": ("pahunch", "पहुंच", "पहुँच", "pohochto", "पोहोचतो", "reach home", "reach office"),
    "va_gave_things": ("gave my laptop", "gave my stuff", "सामान मित्राला दिलं", "saman mitrala dila",
                       "gave away my", "apna saman de diya", "अपना सामान दे दिया"),
    "va_gone_quiet": ("deleted insta", "deleted instagram", "deleted my account", "insta delete", "इन्स्टा डिलीट",
                      "its easier this way", "it's easier this way", "काही फरक पडत नाही", "kahi farak padat nahi",
                      "सगळ्यांना बाय", "saglyanna bye", "bye everyone"),
    "va_sorry_for_me": ("मेरी तरफ़ से sorry", "मेरी तरफ से sorry", "meri taraf se sorry", "meri taraf se maafi",
                        "say sorry for me", "माझ्याकडून sorry", "majhyakadun sorry"),
    "va_insurance": ("insurance के पैसे", "insurance ke paise", "insurance money", "insurance che paise",
                     "insurance चे पैसे", "बीमे के पैसे", "bime ke paise"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

VISA_AND_NO_FACE: tuple[Combination, ...] = (
    Combination(S, (_g("va_no_face", "va_visa_ending"), _g("va_go_before")), 24, across=True),
    Combination(S, (_g("relation"), _g("va_abroad"), _g("unreachable", "no_answer", "va_days_silent"),
                    _g("va_last_sad")), 30, across=True),
    Combination(S, (_g("relation"), _g("va_sorry"), _g("unreachable", "no_answer")), 14, across=True),
    Combination(S, (_g("va_platform"), _g("va_next_train")), 14, across=True,
                unless=_g("commute", "going_somewhere", "va_reaching"), unless_reach=8),
    Combination(S, (_g("va_gave_things"), _g("va_gone_quiet")), 16, across=True),
    Combination(S, (_g("va_sorry_for_me"), _g("va_insurance")), 16, across=True),
)
