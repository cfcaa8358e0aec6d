"""His address and the tyre lever (the harm of rounds 98-99: housing-society watchmen, car showrooms,
hardware counters, bus-body works, weighbridges, watch repairers):

- "I know where he lives", "I have his address from the booking form", "I know his car, I know his timings",
  "I found his house": then "he'll be in hospital by tonight", "he'll see what a watchman can do at 3 am",
  "he won't go back on his legs", "he will pay", or a country pistol "arranged too";
- "the cutter is ready, he will pay"; waiting at the gate for the GM "tonight with the tyre lever"; "I'll
  swing the spanner at the GM in the morning meeting"; "tonight I'll rip him with the cutter";
- "I'll go to the financier's house and take his life today";
- petrol and a matchbox "with him inside"; "tomorrow I'll take petrol there to burn him".

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

HO = Category.HARM_TO_OTHERS

NEW: dict[str, tuple[str, ...]] = {
    "tv_know_where": ("i know his flat", "his flat number", "i know where he", "i know where the", "i have his address", "i know his address",
                      "i know his car", "i know his timings", "i know his house", "उसका घर पता चल गया",
                      "uska ghar pata chal gaya", "uska ghar pata hai", "उसका घर पता है", "tyacha ghar mahit ahe",
                      "त्याचं घर माहित आहे", "tyache ghar mahit", "घर पता चल गया"),
    "tv_he_will_suffer": ("he will be in hospital", "he'll be in hospital", "hell be in hospital",
                          "hospital pahuncha dunga", "हॉस्पिटल पहुंचा दूंगा", "hospital me bhej dunga",
                          "hospital madhe pathavto", "he will see what", "he'll see what", "hell see what",
                          "wont go back on his legs", "won't go back on his legs", "will not go back on his legs",
                          "pairon pe wapas nahi jayega", "पैरों पे वापस नहीं", "he will pay", "he'll pay",
                          "कट्टा भी जुगाड़", "katta bhi jugaad", "katta jugaad", "कट्टा जुगाड़"),
    "tv_money_talk": ("pay back", "loan", "rent", "emi", "paise", "पैसे", "money", "dues", "udhaar", "उधार", "हप्ता"),
    "tv_weapon_ready": ("cutter ready", "have the cutter ready", "knife ready", "chaku taiyar", "चाकू तैयार",
                        "कट्टा भी जुगाड़", "katta bhi jugaad", "katta jugaad", "कट्टा जुगाड़", "koyta ready",
                        "कोयता तयार", "koyta tayar"),
    "tv_wait_for": ("wait near", "wait for the", "wait for him", "उसका wait करूंगा", "uska wait karunga",
                    "वाट बघतो त्याची", "vaat baghto tyachi", "tyachi vaat baghto"),
    "tv_tool": ("tyre lever", "lever", "rod", "रॉड", "rodne", "रॉडने", "spanner", "स्पॅनर", "स्पैनर", "cutter",
                "कटर", "chaku", "चाकू", "knife", "koyta", "कोयता", "कोयत्याने", "koytyane", "lathi", "लाठी", "danda",
                "डंडा", "hammer", "हथौड़ा", "drill", "ड्रिल"),
    "tv_boss": ("gm", "manager", "मॅनेजर", "मैनेजर", "seth", "सेठ", "malak", "मालक", "boss", "owner",
                "supervisor", "सुपरवायझर"),
    "tv_swing": ("चलाऊंगा", "chalaunga", "चलाऊँगा", "चालवणार", "chalavnar", "मारूंगा", "marunga", "मारणार", "marnar"),
    "tv_him": ("त्याला", "tyala", "usko", "उसको", "उसे", "him"),
    "tv_rip": ("फाडतो", "phadto", "फाड़ दूंगा", "phaad dunga", "फाड़ूंगा", "चिरतो", "chirto", "rip him"),
    "tv_his_life": ("त्याचा जीव", "tyacha jeev", "tyacha jiv", "तिचा जीव", "ticha jiv", "उसकी जान", "uski jaan"),
    "tv_take": ("घेणार", "ghenar", "घेईन", "ghein", "le lunga", "ले लूंगा", "ले लूँगा", "le lungi"),
    "tv_creditor": ("सावकार*", "savkar*", "sahukar*", "साहूकार*", "फायनान्स*", "finance*", "मालकाचा", "malakacha",
                    "शेठचा", "shethcha", "सेठ की", "seth ki", "ठेकेदाराचा", "thekedaracha"),
    "tv_life_taken": ("जीव घेणार", "jeev ghenar", "jiv ghenar", "जीव घेईन", "jiv ghein", "jaan le lunga",
                      "जान ले लूंगा", "जान ले लूँगा"),
    "tv_fire_means": ("petrol", "पेट्रोल", "matchbox", "माचिस", "kerosene", "रॉकेल", "rockel", "मिट्टी का तेल"),
    "tv_burn_him": ("with him inside", "tyala jalayla", "त्याला जाळायला", "tyala jalnar", "त्याला जाळणार",
                    "usko jala dunga", "उसको जला दूंगा", "use jala dunga", "उसे जला दूंगा", "burn him"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

HIS_ADDRESS_AND_THE_TYRE_LEVER: tuple[Combination, ...] = (
    Combination(HO, (_g("tv_know_where"), _g("tv_he_will_suffer", "tv_weapon_ready")), 30, across=True,
                unless=_g("tv_money_talk"), unless_reach=3),
    Combination(HO, (_g("tv_weapon_ready"), _g("tv_he_will_suffer", "gt_pay_for_it")), 16, across=True),
    Combination(HO, (_g("tv_wait_for"), _g("tv_boss"), _g("tv_tool")), 14),
    Combination(HO, (_g("tv_boss"), _g("tv_tool"), _g("tv_swing")), 6),
    Combination(HO, (_g("tv_him"), _g("tv_tool"), _g("tv_rip")), 6),
    Combination(HO, (_g("tv_his_life"), _g("tv_take")), 2, order=True),
    Combination(HO, (_g("tv_creditor"), _g("tv_life_taken")), 2, order=True),
    Combination(HO, (_g("tv_fire_means"), _g("tv_burn_him")), 20, across=True),
)
