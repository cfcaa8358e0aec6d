"""The words we answer with, per language. Short enough for one SMS segment where the
script allows; the crisis answer always carries the helpline and the promise of a call."""
from __future__ import annotations

from enum import StrEnum


class Answer(StrEnum):
    SCORE_THANKS = "score_thanks"
    CRISIS = "crisis"
    STOP = "stop"
    START = "start"
    HELP = "help"
    CALLBACK = "callback"
    READ_SOON = "read_soon"
    URGENT = "urgent"     # a craving or a plea for help: warm, a person today, no helpline


TEXTS: dict[str, dict[Answer, str]] = {
    "en": {
        Answer.SCORE_THANKS: "Thank you for letting us know. We are glad you replied.",
        Answer.CRISIS: ("You are not alone. If you are in danger right now, call {helpline}. "
                        "Someone from our team will call you very soon."),
        Answer.STOP: ("You will get no more messages from {centre} on this number. "
                      "Reply START to receive them again."),
        Answer.START: "Welcome back. You will receive messages from {centre} again. Reply STOP to end.",
        Answer.HELP: "{centre}: {contact}. Reply CALL for a call back, STOP to end messages.",
        Answer.CALLBACK: "Thank you. Someone from our team will call you soon.",
        Answer.READ_SOON: "Thank you. A member of our team will read your message.",
        Answer.URGENT: ("Thank you for telling us. You do not have to face this alone: "
                        "someone from our team will contact you today."),
    },
    "hi": {
        Answer.SCORE_THANKS: "बताने के लिए धन्यवाद। आपका जवाब पाकर हमें खुशी हुई।",
        Answer.CRISIS: ("आप अकेले नहीं हैं। अगर आप अभी खतरे में हैं तो {helpline} पर कॉल करें। "
                        "हमारी टीम से कोई आपको बहुत जल्द कॉल करेगा।"),
        Answer.STOP: ("अब आपको इस नंबर पर {centre} से कोई संदेश नहीं मिलेगा। "
                      "फिर से पाने के लिए START लिखें।"),
        Answer.START: "आपका फिर से स्वागत है। आपको {centre} से संदेश फिर मिलेंगे। बंद करने के लिए STOP लिखें।",
        Answer.HELP: "{centre}: {contact}. कॉल के लिए CALL, संदेश बंद करने के लिए STOP लिखें।",
        Answer.CALLBACK: "धन्यवाद। हमारी टीम से कोई आपको जल्द कॉल करेगा।",
        Answer.READ_SOON: "धन्यवाद। हमारी टीम का कोई सदस्य आपका संदेश पढ़ेगा।",
        Answer.URGENT: ("हमें बताने के लिए धन्यवाद। आप इसमें अकेले नहीं हैं: "
                        "हमारी टीम से कोई आज ही आपसे संपर्क करेगा।"),
    },
    "mr": {
        Answer.SCORE_THANKS: "कळवल्याबद्दल धन्यवाद. तुमचे उत्तर मिळून आनंद झाला.",
        Answer.CRISIS: ("तुम्ही एकटे नाही. तुम्ही आत्ता धोक्यात असाल तर {helpline} वर कॉल करा. "
                        "आमच्या टीममधील कोणीतरी तुम्हाला लवकरच कॉल करेल."),
        Answer.STOP: ("या नंबरवर तुम्हाला {centre} कडून आता संदेश येणार नाहीत. "
                      "पुन्हा मिळवण्यासाठी START पाठवा."),
        Answer.START: "पुन्हा स्वागत. तुम्हाला {centre} कडून संदेश पुन्हा मिळतील. बंद करण्यासाठी STOP पाठवा.",
        Answer.HELP: "{centre}: {contact}. कॉलसाठी CALL, संदेश बंद करण्यासाठी STOP पाठवा.",
        Answer.CALLBACK: "धन्यवाद. आमच्या टीममधील कोणीतरी तुम्हाला लवकरच कॉल करेल.",
        Answer.READ_SOON: "धन्यवाद. आमच्या टीममधील कोणीतरी तुमचा संदेश वाचेल.",
        Answer.URGENT: ("आम्हाला सांगितल्याबद्दल धन्यवाद. तुम्ही यात एकटे नाही: "
                        "आमच्या टीममधील कोणीतरी आजच तुमच्याशी संपर्क करेल."),
    },
}


# The subject of the crisis answer when it goes by email (it never names the centre).
CRISIS_EMAIL_SUBJECT = {"en": "You are not alone", "hi": "आप अकेले नहीं हैं", "mr": "तुम्ही एकटे नाही"}


def crisis_email_subject(language: str) -> str:
    return CRISIS_EMAIL_SUBJECT.get(language, CRISIS_EMAIL_SUBJECT["en"])


# On a shared phone (discreet mode) the centre is never named: "from us", not "from
# Sunrise Recovery Centre".
DISCREET_CENTRE = {"en": "us", "hi": "हम", "mr": "आमच्या"}
DISCREET_HELP = {
    "en": "Contact: {contact}. Reply CALL for a call back, STOP to end messages.",
    "hi": "संपर्क: {contact}. कॉल के लिए CALL, संदेश बंद करने के लिए STOP लिखें।",
    "mr": "संपर्क: {contact}. कॉलसाठी CALL, संदेश बंद करण्यासाठी STOP पाठवा.",
}


HELP_WITHOUT_CONTACT = {
    "en": "{centre}. Reply CALL for a call back, STOP to end messages.",
    "hi": "{centre}. कॉल के लिए CALL, संदेश बंद करने के लिए STOP लिखें।",
    "mr": "{centre}. कॉलसाठी CALL, संदेश बंद करण्यासाठी STOP पाठवा.",
}


def reply_text(answer: Answer, language: str, *, centre: str, contact: str = "",
               helpline: str = "", discreet: bool = False) -> str:
    """The answer in the alumnus's language (English when we do not have theirs)."""
    language = language if language in TEXTS else "en"
    template = TEXTS[language][answer]
    if discreet:
        centre = DISCREET_CENTRE[language]
        if answer is Answer.HELP:
            template = DISCREET_HELP[language]
    if answer is Answer.HELP and not contact:
        # No contact configured: "Sunrise: Sunrise. Reply CALL…" reads like a fault, so
        # the answer names the centre once (never, on a shared phone) and offers the call back.
        template = HELP_WITHOUT_CONTACT[language]
        if discreet:
            template = template.removeprefix("{centre}. ")
    return template.format(centre=centre, contact=contact or centre, helpline=helpline)
