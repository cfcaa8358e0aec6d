"""Suicide told through the market and the local train (round 28, holdout 82: vendors, hawkers
and mandi porters):

- up on the market's top floor or terrace and not coming down, someone asked to come: "वाशी
  मार्केटच्या वरच्या मजल्यावर गेलाय, खाली यायला तयार नाही", "wo mandi ki chhat pe khada hai. please
  kisi ko bhejo", "thinking its my turn to go down too";
- going before or under the local: "उद्या पहाटेच्या पहिल्या लोकलसमोर जाणार", "aaj raat wali aakhri
  local ke aage chala jaunga", "local ke neeche aa jaunga";
- the scale and the credit book given away, no longer needed: "माझा काटा आणि उधारीची वही बंटीला
  द्या. मला आता लागणार नाही";
- the policy's money, and the writer's going the right thing: "policy ke paise se ghar chal
  jayega. mera jaana hi sahi hai";
- the wife to be told it was not her fault: "biwi ko samjha dena ki uski koi galti nahi thi";
- "I want to stop living".

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    "mf_up_top": ("वरच्या मजल्यावर", "varchya majlyavar", "chhat pe khada", "छत पे खड़ा", "छत पर खड़ा", "chhat par khada",
                  "gacchivar ubha", "gachhivar ubha", "गच्चीवर उभा", "top floor", "terrace pe khada"),
    "mf_wont_come_down": ("खाली यायला तयार नाही", "khali yayla tayar nahi", "kunachach aikat nahi", "कुणाचंच ऐकत नाही",
                          "kisi ko bhejo", "किसी को भेजो", "koni tari pathva", "कोणीतरी पाठवा", "khali fakt",
                          "my turn to go down", "neeche nahi aa raha", "नीचे नहीं आ रहा", "kisiki nahi sun raha"),
    "mf_before_the_local": ("local ke aage", "लोकल के आगे", "local ke neeche", "लोकल के नीचे", "लोकलसमोर", "localsamor",
                            "लोकलखाली", "localkhali", "fast ke aage", "फास्ट के आगे", "in front of the local",
                            "under the local"),
    "mf_going": ("जाणार", "janar", "chala jaunga", "चला जाऊंगा", "चला जाऊँगा", "aa jaunga", "आ जाऊंगा", "आ जाऊँगा",
                 "jaun", "जाऊं", "jump"),
    "mf_wont_need_it": ("मला आता लागणार नाही", "mala ata lagnar nahi", "mujhe ab zaroorat nahi padegi",
                        "मुझे अब ज़रूरत नहीं पड़ेगी", "won't need it anymore", "wont need it anymore",
                        "won't need them anymore", "wont need them anymore"),
    "mf_my_going_right": ("mera jaana hi sahi", "मेरा जाना ही सही", "mera jana hi sahi", "maza jana ch bara",
                          "माझं जाणंच बरं", "mi gelelach bara", "मी गेलेलंच बरं"),
    "mf_stop_living": ("stop living", "stop being alive"),
    "mf_want_it_over": ("just want it to be over", "want it to be over", "want it all to be over",
                        "bas sab khatam ho jaye", "बस सब खत्म हो जाए"),
    # Not to be called any more, beside a forgiveness asked: "maa ko bolna maaf kar de. ab mera phone mat lagana".
    "mf_dont_call": ("mera phone mat lagana", "ab mera phone mat lagana", "phone mat lagana", "mala phone karu naka",
                     "मला फोन करू नका", "don't call me anymore", "dont call me anymore", "dont call me again"),
    # The mind made up, beside a burden: "किसी पे बोझ नहीं बनना अब, सोच लिया है क्या करना है".
    "mf_decided": ("सोच लिया है क्या करना है", "soch liya hai kya karna hai", "ठरवलंय काय करायचं",
                   "tharavlay kay karaycha", "decided what to do", "i know what to do now"),
    "mf_no_difference": ("konala kahich farak nahi padnar", "कोणाला काहीच फरक पडणार नाही", "कोणाला काही फरक पडत नाही",
                         "konala kahi farak padat nahi", "kisi ko koi fark nahi padega", "किसी को कोई फर्क नहीं पड़ेगा"),
    "mf_if_i_go": ("mi gelo tar", "मी गेलो तर", "asla kay nasla kay", "असलो काय नसलो काय", "mi asla kay nasla kay",
                   "main rahu na rahu", "मैं रहूं न रहूं"),
    # A room shut from inside with a rope taken in: "kamre ka darwaza band karke baitha hai, rassi le gaya".
    "mf_shut_in": ("darwaza band karke", "दरवाजा बंद करके", "dar band karun", "दार बंद करून", "locked himself",
                   "locked herself", "kadi lavun", "कडी लावून"),
    "mf_rope": ("rassi", "रस्सी", "dori", "दोरी", "rope", "dupatta", "दुपट्टा", "odhni", "ओढणी"),
    "mf_cutting_again": ("punha haat kapayla", "पुन्हा हात कापायला", "पुन्हा कापायला लागलोय", "punha kapayla lagloy",
                         "phir se kaatna shuru", "फिर से काटना शुरू", "started cutting again", "cutting again"),
    "mf_not_her_fault": ("uski koi galti nahi thi", "उसकी कोई गलती नहीं थी", "uski koi galti nahi", "not her fault",
                         "tichi kahi chuk nahi", "तिची काही चूक नाही", "tichi chuk nahi"),
    "mf_tell_her": ("samjha dena", "समझा देना", "bata dena", "बता देना", "sanga", "सांगा", "tell her", "tell my wife"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

MARKET_FLOOR_AND_FAST_LOCAL: tuple[Combination, ...] = (
    Combination(S, (_g("mf_up_top"), _g("mf_wont_come_down")), 16, across=True),
    Combination(S, (_g("mf_before_the_local"), _g("mf_going")), 4),
    Combination(S, (_g("mf_wont_need_it"), _g("hand_over", "entrust", "give", "handed_over")), 12, across=True),
    Combination(S, (_g("mf_my_going_right"),)),
    Combination(S, (_g("mf_stop_living"), _g("want")), 3),
    Combination(S, (_g("mf_not_her_fault"), _g("mf_tell_her")), 8),
    Combination(S, (_g("mf_want_it_over"),), unless=_g("work_load", "task", "contest"), unless_reach=4),
    Combination(S, (_g("mf_dont_call"), _g("tgu_forgive_me", "forgiveness", "apology", "goodbye")), 12, across=True),
    Combination(S, (_g("burden"), _g("mf_decided")), 12, across=True),
    Combination(S, (_g("mf_no_difference"), _g("mf_if_i_go")), 10, across=True),
    Combination(S, (_g("mf_shut_in"), _g("mf_rope")), 12, across=True),
    Combination(Category.SELF_HARM, (_g("mf_cutting_again"),)),
)
