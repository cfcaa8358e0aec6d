"""Danger told by what it does to a body: an overdose by the breathing it leaves behind, a
threat by the limbs it will break or the person it will remove."""
from __future__ import annotations

NEW: dict[str, tuple[str, ...]] = {
    # Breathing hard, said mildly ("trouble breathing", "श्वास घेताना त्रास"): weaker than
    # breath_trouble (asthma and a cold say it too), so it counts only after too much taken.
    "breath_hard": (
        "trouble breathing", "breathing trouble", "difficult to breathe", "breathing is hard",
        "short of breath", "out of breath", "saans lene me dikkat", "saans lene mein dikkat",
        "saans lene me takleef", "saans lene me taklif", "saans lene mein takleef",
        "सांस लेने में दिक्कत", "सांस लेने में तकलीफ", "सांस लेने मे दिक्कत", "सांस लेने मे तकलीफ",
        "saans lene me pareshani", "सांस लेने में परेशानी", "shwas ghetana tras", "swas ghetana tras",
        "श्वास घेताना त्रास", "श्वास घ्यायला त्रास", "shwas ghyayla tras", "श्वास घेता येत नाही",
        "shwas gheta yet nahi", "dam lagtoy", "दम लागतोय", "dam lagat*", "दम लागत*",
        # breathless, in Marathi and Hindi (round 13): "श्वास लागतोय", "saans phool rahi hai"
        "shwas lagtoy", "swas lagtoy", "श्वास लागतोय", "श्वास लागत*", "shwas lagat*", "swas lagat*",
        "saans phool rahi", "सांस फूल रही", "saans phool raha", "सांस फूल रहा", "saans nahi aa rahi",
        "सांस नहीं आ रही", "saans ruk rahi", "सांस रुक रही",
    ),
    # Removing the thorn: Marathi "त्याचा काटा काढतो", Hindi "उसका कांटा निकाल दूंगा" mean
    # getting rid of a person; only the first person's present and future forms, since "doctor
    # ne kaanta nikala" (a thorn out of a foot) is told in the past.
    "thorn_out": (
        "kata kadhto", "kata kadhin", "kata kadhnar", "kaata kadhto", "kaata kadhin", "kaata kadhnar",
        "काटा काढतो", "काटा काढीन", "काटा काढणार", "काटा काढून टाकतो", "kata kadhun takto",
        "kaanta nikal dunga", "kanta nikal dunga", "kaanta nikaal dunga", "kanta nikaal dunga",
        "कांटा निकाल दूंगा", "काँटा निकाल दूंगा", "कांटा निकाल दुंगा", "kaanta hata dunga",
        "kanta hata dunga", "कांटा हटा दूंगा", "काँटा हटा दूंगा",
    ),
    # Marathi present for a promised act, like "फोडतो" and "तोडतो": "हातपाय मोडतो".
    "maim": ("modto", "मोडतो", "modun takto", "मोडून टाकतो", "modun takin", "मोडून टाकीन"),
    # Hands and feet as one word: "हातपाय", "haatpaay".
    "body_part_other": ("हातपाय", "haatpay", "hatpay", "haatpaay", "हाथपैर", "haath pair", "हाथ पैर",
                        "हात पाय"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}
