"""The recovery monitor's questions: seven short items modelled on the three areas of the
Brief Addiction Monitor (use, risk factors, protective factors), worded here for a text
message, in English, Hindi and Marathi, each with a discreet version that names no
treatment, drink, drug or recovery (for a shared phone). Pure data and wording.

Every item is answered by a digit (Latin or Devanagari) or a short word; how an answer is
read and scored is alumni/domain/monitor.py.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Area(StrEnum):
    USE = "use"
    RISK = "risk"
    PROTECTION = "protection"


class Scale(StrEnum):
    DAYS = "days"     # a count from 0 to 30 ("none" is 0)
    FIVE = "five"     # 1 to 5
    SAFE = "safe"     # 1 yes, 2 mostly, 3 no


@dataclass(frozen=True)
class Item:
    key: str
    area: Area
    scale: Scale
    # en/hi/mr -> (ordinary, discreet) wording
    words: dict[str, tuple[str, str]]


_DAYS_EN = "Reply with a number from 0 to 30."
_DAYS_HI = "0 से 30 में संख्या लिखें।"
_DAYS_MR = "0 ते 30 मधील संख्या लिहा."

ITEMS: tuple[Item, ...] = (
    Item("use_days", Area.USE, Scale.DAYS, {
        "en": (f"In the last 30 days, on how many days did you drink alcohol or use drugs? {_DAYS_EN}",
               f"In the last 30 days, on how many days did you slip from your goal? {_DAYS_EN}"),
        "hi": (f"पिछले 30 दिनों में कितने दिन आपने शराब पी या नशा किया? {_DAYS_HI}",
               f"पिछले 30 दिनों में कितने दिन आप अपने लक्ष्य से चूके? {_DAYS_HI}"),
        "mr": (f"गेल्या 30 दिवसांत किती दिवस तुम्ही दारू प्यायली किंवा नशा केली? {_DAYS_MR}",
               f"गेल्या 30 दिवसांत किती दिवस तुम्ही तुमच्या ध्येयापासून चुकलात? {_DAYS_MR}"),
    }),
    Item("cravings", Area.RISK, Scale.FIVE, {
        "en": ("In the last 30 days, how strong were your urges to drink or use? Reply 1 (none) to 5 (very strong).",
               "In the last 30 days, how strong was the pull back to old habits? Reply 1 (none) to 5 (very strong)."),
        "hi": ("पिछले 30 दिनों में पीने या नशा करने की इच्छा कितनी तेज़ थी? 1 (बिल्कुल नहीं) से 5 (बहुत तेज़) लिखें।",
               "पिछले 30 दिनों में पुरानी आदतों की ओर खिंचाव कितना तेज़ था? 1 (बिल्कुल नहीं) से 5 (बहुत तेज़) लिखें।"),
        "mr": ("गेल्या 30 दिवसांत पिण्याची किंवा नशा करण्याची इच्छा किती तीव्र होती? 1 (अजिबात नाही) ते 5 (खूप तीव्र) "
               "लिहा.",
               "गेल्या 30 दिवसांत जुन्या सवयींकडे ओढ किती तीव्र होती? 1 (अजिबात नाही) ते 5 (खूप तीव्र) लिहा."),
    }),
    Item("sleep", Area.RISK, Scale.FIVE, {
        "en": ("How well have you slept in the last 30 days? Reply 1 (very badly) to 5 (very well).",) * 2,
        "hi": ("पिछले 30 दिनों में आपकी नींद कैसी रही? 1 (बहुत खराब) से 5 (बहुत अच्छी) लिखें।",) * 2,
        "mr": ("गेल्या 30 दिवसांत तुमची झोप कशी होती? 1 (खूप वाईट) ते 5 (खूप चांगली) लिहा.",) * 2,
    }),
    Item("mood", Area.RISK, Scale.FIVE, {
        "en": ("How has your mood been in the last 30 days? Reply 1 (very low) to 5 (very good).",) * 2,
        "hi": ("पिछले 30 दिनों में आपका मन कैसा रहा? 1 (बहुत उदास) से 5 (बहुत अच्छा) लिखें।",) * 2,
        "mr": ("गेल्या 30 दिवसांत तुमचे मन कसे होते? 1 (खूप उदास) ते 5 (खूप छान) लिहा.",) * 2,
    }),
    Item("confidence", Area.PROTECTION, Scale.FIVE, {
        "en": ("How sure are you that you will stay sober over the next 30 days? "
               "Reply 1 (not sure at all) to 5 (very sure).",
               "How sure are you that you will keep to your goal over the next 30 days? "
               "Reply 1 (not sure at all) to 5 (very sure)."),
        "hi": ("आपको कितना भरोसा है कि अगले 30 दिन आप नशे से दूर रहेंगे? 1 (बिल्कुल नहीं) से 5 (पूरा भरोसा) लिखें।",
               "आपको कितना भरोसा है कि अगले 30 दिन आप अपने लक्ष्य पर टिके रहेंगे? 1 (बिल्कुल नहीं) से 5 (पूरा भरोसा) "
               "लिखें।"),
        "mr": ("पुढचे 30 दिवस तुम्ही नशेपासून दूर राहाल याची तुम्हाला किती खात्री आहे? 1 (अजिबात नाही) ते 5 (पूर्ण "
               "खात्री) लिहा.",
               "पुढचे 30 दिवस तुम्ही तुमच्या ध्येयावर टिकून राहाल याची तुम्हाला किती खात्री आहे? 1 (अजिबात नाही) ते 5 "
               "(पूर्ण खात्री) लिहा."),
    }),
    Item("support", Area.PROTECTION, Scale.DAYS, {
        "en": ("In the last 30 days, how many support meetings, sessions or talks with your sponsor or mentor "
               f"did you have? {_DAYS_EN}",
               f"In the last 30 days, how many times did you meet or talk with people who help you? {_DAYS_EN}"),
        "hi": (f"पिछले 30 दिनों में आप कितनी बार सहायता बैठक, सत्र या अपने मार्गदर्शक से बात करने गए? {_DAYS_HI}",
               f"पिछले 30 दिनों में आप कितनी बार उन लोगों से मिले या बात की जो आपका साथ देते हैं? {_DAYS_HI}"),
        "mr": (f"गेल्या 30 दिवसांत तुम्ही किती वेळा सहाय्य बैठक, सत्र किंवा मार्गदर्शकाशी बोलणे केले? {_DAYS_MR}",
               f"गेल्या 30 दिवसांत तुमची साथ देणाऱ्या लोकांना तुम्ही किती वेळा भेटलात किंवा बोललात? {_DAYS_MR}"),
    }),
    Item("home", Area.PROTECTION, Scale.SAFE, {
        "en": ("Is the place you live safe and free of alcohol and drugs? Reply 1 (yes), 2 (mostly) or 3 (no).",
               "Is the place you live calm and safe for you? Reply 1 (yes), 2 (mostly) or 3 (no)."),
        "hi": ("क्या जहाँ आप रहते हैं वह जगह सुरक्षित और शराब व नशे से मुक्त है? 1 (हाँ), 2 (ज़्यादातर) या 3 (नहीं) लिखें।",
               "क्या जहाँ आप रहते हैं वह जगह आपके लिए शांत और सुरक्षित है? 1 (हाँ), 2 (ज़्यादातर) या 3 (नहीं) लिखें।"),
        "mr": ("तुम्ही राहता ती जागा सुरक्षित आणि दारू व नशेपासून मुक्त आहे का? 1 (हो), 2 (बहुतेक) किंवा 3 (नाही) लिहा.",
               "तुम्ही राहता ती जागा तुमच्यासाठी शांत आणि सुरक्षित आहे का? 1 (हो), 2 (बहुतेक) किंवा 3 (नाही) लिहा."),
    }),
)
ITEM_KEYS = tuple(item.key for item in ITEMS)

# Said before a question asked a second time because the first answer could not be read.
REASK_PREFIX = {
    "en": "Sorry, we could not read that answer. ",
    "hi": "माफ़ कीजिए, हम वह जवाब समझ नहीं पाए। ",
    "mr": "माफ करा, ते उत्तर आम्हाला समजले नाही. ",
}
# After the last answer.
THANKS = {
    "en": "Thank you, that is all for this time.",
    "hi": "धन्यवाद, इस बार के लिए बस इतना ही।",
    "mr": "धन्यवाद, या वेळेसाठी एवढेच.",
}


def question_text(index: int, language: str, *, discreet: bool, reask: bool = False) -> str:
    """Question `index` (0-based) as sent: its number out of all, the wording in the
    reader's language (English when there is none), discreet when asked."""
    item = ITEMS[index]
    ordinary, quiet = item.words.get(language) or item.words["en"]
    prefix = REASK_PREFIX.get(language, REASK_PREFIX["en"]) if reask else ""
    return f"{prefix}({index + 1}/{len(ITEMS)}) {quiet if discreet else ordinary}"


def thanks_text(language: str) -> str:
    return THANKS.get(language, THANKS["en"])


# The message templates a plan step ("monitor") and each later question ("monitor_next")
# are sent with; admins may reword the greeting like any template, and `monitor_question`
# is the question of the moment. Nothing here names treatment, so discreet mode is kept.
MONITOR_TEMPLATE_KEY = "monitor"
MONITOR_NEXT_TEMPLATE_KEY = "monitor_next"
MONITOR_TEMPLATES: dict[str, dict[str, tuple[str, str]]] = {
    MONITOR_TEMPLATE_KEY: {
        "en": ("A few questions",
               "Hi {{ first_name }}, a few short questions about how you are doing, one at a time. "
               "{{ monitor_question }}"),
        "hi": ("कुछ सवाल", "नमस्ते {{ first_name }}, आप कैसे हैं इस बारे में कुछ छोटे सवाल, एक-एक करके। "
                          "{{ monitor_question }}"),
        "mr": ("काही प्रश्न", "नमस्कार {{ first_name }}, तुम्ही कसे आहात याबद्दल काही छोटे प्रश्न, एकेक करून. "
                             "{{ monitor_question }}"),
    },
    MONITOR_NEXT_TEMPLATE_KEY: {
        "en": ("Next question", "{{ monitor_question }}"),
        "hi": ("अगला सवाल", "{{ monitor_question }}"),
        "mr": ("पुढचा प्रश्न", "{{ monitor_question }}"),
    },
}
