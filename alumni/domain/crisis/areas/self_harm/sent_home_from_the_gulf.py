"""Suicide and self-harm told by Gulf migrants and their wives (round 31, holdout 97: workers in
Dubai, Sharjah, Riyadh, Jeddah, Muscat and Doha from the Konkan, eastern Uttar Pradesh and Bihar):

- the last call, reported by a wife: "Doha वरून call आला होता, म्हणाले हा शेवटचा", "he video
  called from Riyadh crying, said this is the last time we see his face", "bole ab kabhi nahi
  dikhunga";
- the coffin or the body the company will send home, said of oneself: "malwan la ata company cha
  box yeil majha", "मेरा ताबूत भी कंपनी ही भेजेगी घर", "better they send my body home";
- everyone freed if the writer is gone: "agent la 3 lakh dyayche ahet. mi nasel tar sutka
  saglyanchi";
- the camp's roof at night, reported by a roommate with a plea; the desert walked into at night,
  "not coming back"; the ninth floor tonight when nobody is on the site; the sea, decided on;
  sitting by the rails waiting for the train; walking on into the sea from the beach; ending in
  one's sleep; a lungi tied to the fan's hook "to see if it holds";
- pills hidden under the mattress, told by a roommate; wounds made on the wrist again.

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S, SH = Category.SUICIDE, Category.SELF_HARM

NEW: dict[str, tuple[str, ...]] = {
    "gf_last_call": ("ha shevtcha call", "हा शेवटचा call", "हा शेवटचा कॉल", "हा शेवटचा", "ye last call hai",
                     "last call hai", "this is the last time we see", "last time we see his face", "shevtcha call",
                     "ab kabhi nahi dikhunga", "अब कभी नहीं दिखूंगा", "kabhi nahi dikhunga"),
    # (not "said" alone: it folds onto "seedha", straight)
    "gf_he_said": ("म्हणाले", "mhanale", "bole", "बोले", "bol rahe the", "बोल रहे थे", "ro rahe the",
                   "रो रहे थे", "crying", "he said", "said this", "said its"),
    "gf_body_home": ("company cha box yeil majha", "box yeil majha", "majha box", "मेरा ताबूत", "mera taboot",
                     "my coffin", "send my body home", "my body home", "माझी पेटी", "majhi peti"),
    "gf_if_im_gone": ("mi nasel tar", "मी नसेल तर", "मी नसलो तर", "mi naslo tar", "main nahi rahunga to",
                      "मैं नहीं रहूंगा तो", "if im gone", "if i'm gone"),
    "gf_all_freed": ("sutka", "सुटका", "chhutkara", "छुटकारा", "free"),
    "gf_friend_called": ("का फोन आला", "cha phone aala", "ka phone aaya", "का फोन आया", "फोन आला", "phone aaya",
                         "roommate", "रूममेट"),
    "gf_plea": ("कृपया", "krupaya", "please", "baat karo", "बात करो", "बोला त्यांच्याशी", "phone kara"),
    "gf_desert": ("रेगिस्तान", "registan", "desert", "वाळवंट", "valvant"),
    "gf_not_back": ("वापस नहीं", "wapas nahi", "not come back", "not coming back", "परत येणार नाहीत",
                    "parat yenar nahit"),
    "gf_nobody_there": ("koni naste", "कोणी नसतं", "koni nasta", "koi nahi hota", "कोई नहीं होता",
                        "nobody there", "nobody is there"),
    "gf_decided_for_good": ("पक्का केलाय", "pakka kelay", "पक्का कर लिया", "pakka kar liya", "made up my mind"),
    "gf_no_return": ("परत न येण्याचा", "parat na yenyacha", "वापस न आने का", "wapas na aane ka", "not to return"),
    "gf_by_the_rails": ("रुळाजवळ", "rulajaval", "पटरी के पास", "patri ke paas", "by the tracks", "near the tracks"),
    "gf_waiting_train": ("गाडीची वाट बघतोय", "gadichi vaat baghtoy", "waiting for the train", "train ki raah dekh"),
    "gf_walk_on": ("pudhe chalat rahnar", "पुढे चालत राहणार", "keep walking into", "aage chalta rahunga",
                   "आगे चलता रहूंगा"),
    "gf_end_in_sleep": ("zopetach sampun jaava", "झोपेतच संपून जावं", "zopet sampun jaava", "sote sote khatam ho jaun",
                        "सोते सोते खत्म हो जाऊं"),
    "gf_tied_cloth": ("lungi", "लुंगी", "gamcha", "गमछा"),
    "gf_fan_hook": ("fan hook", "fan ka hook", "पंख्याच्या हुकला", "pankhyachya hookla", "पंखे के हुक"),
    "gf_it_holds": ("it holds", "if it holds", "पकड़ता है", "pakadta hai"),
    "gf_under_mattress": ("gadyakhali", "गादीखाली", "gaddi ke neeche", "गद्दे के नीचे", "under the mattress",
                          "under his mattress"),
    "gf_wounds_made": ("जखमा केल्या", "jakhma kelya", "जखमा करतोय", "jakhma kartoy", "zakhm kiye", "ज़ख्म किए",
                       "wounds on"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

SENT_HOME_FROM_THE_GULF: tuple[Combination, ...] = (
    Combination(S, (_g("gf_he_said"), _g("gf_last_call")), 10, across=True),
    Combination(S, (_g("gf_body_home"),), 0),
    Combination(S, (_g("gf_if_im_gone"), _g("gf_all_freed", "better")), 6),
    Combination(S, (_g("height"), _g("posture", "sits_there", "sat_down"), _g("gf_friend_called"), _g("gf_plea")), 16,
                across=True),
    Combination(S, (_g("gf_desert"), _g("gf_not_back")), 14, across=True),
    Combination(S, (_g("height", "tf_from_above"), _g("tonight"), _g("gf_nobody_there")), 14, across=True),
    Combination(S, (_g("ss_sea", "water_body"), _g("gf_no_return"), _g("gf_decided_for_good")), 12, across=True),
    Combination(S, (_g("gf_by_the_rails"), _g("gf_waiting_train")), 12, across=True),
    Combination(S, (_g("ss_shore", "ss_sea"), _g("gf_walk_on")), 10, across=True),
    Combination(S, (_g("gf_end_in_sleep"),), 0),
    Combination(S, (_g("gf_tied_cloth", "ligature"), _g("gf_fan_hook", "river_god_fan"), _g("gf_it_holds",
                                                                                          "river_god_sturdy")), 16,
                across=True),
    # (thrown away since: "threw away the sleeping tablets I was hiding under the mattress", round 35)
    Combination(S, (_g("pills", "sedatives"), _g("hidden", "kept_unseen"), _g("gf_under_mattress")), 8,
                unless=_g("disposed"), unless_reach=6),
    Combination(SH, (_g("bp_over_the_wrist", "hand_part", "hod_hand"), _g("gf_wounds_made")), 4),
)
