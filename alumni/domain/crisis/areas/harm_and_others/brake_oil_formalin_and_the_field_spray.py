"""The workshop's and the lab's chemicals about to be drunk, the field's spray carried off, the vein
and the pills reported, and threats with the needle, the car and the stage (the reading of rounds
74-75: driving schools, plant nurseries, tuition teachers, pathology labs, silk reelers, stage
theatre):

- brake oil, brake fluid, xylene, formalin, the field's spray or bleach, and the writer about to
  drink it or having drunk it: "brake oil ki bottle khol ke baitha hu, aaj pee jaunga", "lab से xylene
  की bottle लाया हूँ, आज रात पी जाऊँगा", "शेडचं ब्लिचिंगचं पाणी प्यायलो, घसा जळतोय"; a poison mixed with
  water and the glass before the writer;
- someone else gone off or shut in with it, silent: "Rogor ghevun shet-talyavar gele ahet ani phone
  uchlat nahit", "फवारणीचं औषध घेऊन बसलेत, दार उघडत नाहीत", "सरांच्या खोलीतून कीटकनाशकाचा वास येतोय आणि दार
  उघडत नाहीत", "locked himself in the lab storeroom ... the formalin bottle with him"; a room locked
  from inside with the phone off;
- a poison found in his bag with "bas ab khatam"; a spray drunk and the man rushed to hospital;
  sleeping pills eaten and the man unable to speak; insulin injected into oneself; air into the vein;
- threats: the needle "गोद दूंगा", the car run over a man ("गाडीखाली घालतो"), the head taken off with a
  sickle, a man beaten to death ("हाणून जीव घेणार"), a head cracked with the weighing stone, the batten
  dropped on a head, a real sword on stage, the harness rope cut.

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

OD, HO, S = Category.OVERDOSE, Category.HARM_TO_OTHERS, Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    # The workshop's, the lab's and the field's chemicals (widens cells_chemicals_and_shut_doors.py's list).
    "cs_chemical": ("brake oil", "brake fluid", "ब्रेक ऑइल", "ब्रेक ऑईल", "ब्रेक फ्लुइड", "ब्रेक ऑयल", "xylene", "जायलीन",
                    "zylene", "formalin", "फॉर्मेलिन", "फॉर्मलिन", "फॉर्मलीन", "acid ka dabba", "acid cha daba",
                    "rectified spirit", "रेक्टिफाईड स्पिरिट", "रेक्टिफाइड स्पिरिट", "bleaching", "ब्लिचिंग", "ब्लीचिंग", "ब्लिचिंगचं", "ब्लिचिंगचे", "bleachingcha",
                    "dimethoate", "डायमिथोएट", "डायमेथोएट", "कीटकनाशकाचा", "kitnashakacha"),
    # The field's spray by what it is for, and a medicine bottle carried off.
    "bf_field_medicine": ("फवारणीचं औषध", "फवारणीचे औषध", "favarniche aushadh", "fawarniche aushadh", "खेत वाली दवा",
                          "khet wali dawa", "khet ki dawa", "खेत की दवा", "औषधाची बाटली", "aushadhachi batli",
                          "tuti वरचं औषध", "तुतीवरचं औषध", "तुतीचं औषध"),
    # About to drink it (widens cells_chemicals_and_shut_doors.py's list).
    "cs_will_take_it": ("pee jaunga", "पी जाऊंगा", "पी जाऊँगा", "pi jaunga", "pine wala hu", "pine wala hun",
                        "पीने वाला हूं", "पीने वाला हूँ", "decided to drink it", "drink it tonight", "wahi pee lunga",
                        "वही पी लूँगा", "वही पी लूंगा"),
    # Drunk already.
    "bf_drank_it": ("प्यायलो", "pyaylo", "प्यालो", "pyalo", "प्यायलं", "pyayla", "पी लिया", "pee liya", "pi liya",
                    "drank it", "drank some"),
    "bf_burning_inside": ("घसा जळतोय", "ghasa jaltoy", "गला जल रहा", "gala jal raha", "throat is burning",
                          "पोटात जळतंय", "potat jaltay", "पेट जल रहा", "pet jal raha"),
    # Mixed into water, the glass before the writer.
    "bf_mixed_in_water": ("पाण्यात मिसळलं", "panyat mislala", "पाण्यात मिसळले", "पानी में मिला", "pani me mila",
                          "paani mein mila", "mixed it in water", "mixed in water"),
    "bf_glass_before_me": ("glass समोर", "glass samor", "ग्लास समोर", "गिलास सामने", "glass saamne", "glass in front of me"),
    # Gone silent: the phone unanswered, the door unopened.
    "bf_silent": ("phone uchlat nahit", "phone uchalat nahit", "फोन उचलत नाहीत", "फोन नहीं उठा रहे", "phone nahi utha rahe",
                  "दार उघडत नाहीत", "daar ughadat nahit", "dar ughdat nahit", "दरवाजा नहीं खोल रहे",
                  "darwaza nahi khol rahe", "not picking up", "phone is off", "his phone is off", "phone बंद"),
    "bf_smell_from_room": ("वास येतोय", "vas yetoy", "वास येत आहे", "smell aa rahi", "smell आ रही", "बदबू आ रही",
                           "badbu aa rahi", "smell coming"),
    "bf_locked_inside": ("locked from inside", "locked himself in", "locked herself in", "room is locked",
                         "kamre me band", "कमरे में बंद", "कमरे में बंद है", "खोलीत बंद", "kholit band"),
    # Found on him, with the end said.
    "bf_found": ("mile", "मिले", "मिला", "mila", "sapadle", "सापडले", "सापडली", "sapadli", "found"),
    "bf_all_over": ("bas ab khatam", "बस अब खतम", "बस अब खत्म", "ab sab khatam", "अब सब खत्म", "sagla sampla",
                    "सगळं संपलं"),
    # Rushed to hospital.
    "bf_rushed": ("civil ला नेतोय", "civil la netoy", "सिव्हिलला नेतोय", "दवाखान्यात नेतोय", "davakhanyat netoy",
                  "hospital le ja rahe", "हॉस्पिटल ले जा रहे", "hospital la netoy", "taking him to hospital",
                  "rushing him to", "called the ambulance", "ambulance bulayi", "ambulance बोलावली",
                  "ambulance bolavli"),
    "bf_cant_speak": ("bolta pan yet nahi", "बोलता पण येत नाही", "बोलता येत नाही", "bolta yet nahi", "bol bhi nahi pa rahe",
                      "बोल भी नहीं पा रहे", "bol nahi pa rahe", "बोल नहीं पा रहे", "can't speak", "cant speak",
                      "cannot speak", "not able to talk", "half conscious", "semi conscious", "अर्धवट शुद्धीत"),
    "bf_ate": ("khallya", "खाल्ल्या", "khalya", "kha li", "खा ली", "kha lin", "खा लीं", "kha liye", "खा लिए", "swallowed",
               "ate", "gilalya", "गिळल्या"),
    # Not coming down, reported (widens shut_in_and_silent.py's list).
    "not_coming_down": ("खाली यायला नाही म्हणतात", "khali yayla nahi mhantat", "खाली येत नाहीत", "khali yet nahit",
                        "नीचे नहीं आ रहे", "neeche nahi aa rahe"),
    "bf_vials": ("insulin", "इन्सुलिन", "इंसुलिन", "vials", "vial", "syringe", "सिरिंज"),
    "bf_into_me": ("swatahla tochlya", "स्वतःला टोचल्या", "स्वतःला टोचली", "swatala tochli", "khud ko laga li",
                   "खुद को लगा ली", "injected myself", "in front of me", "filled a syringe"),
    "bf_air_in_vein": ("nas me hawa", "नस में हवा", "nas mein hawa", "hawa daalni", "हवा डालनी", "air into my vein",
                       "air in my vein", "air into the vein", "शिरेत हवा", "shiret hava"),
    # Threats: the needle, the car, the sickle, the stone, the batten, the sword, the harness.
    "bf_needle": ("सुई", "sui", "suyi", "needle", "नीडल", "injection", "इंजेक्शन"),
    "bf_stab_all_over": ("गोद दूंगा", "गोद दूँगा", "god dunga", "गोदूँगा", "गोदूंगा", "godunga", "गोदून टाकीन", "godun takin"),
    "bf_under_the_car": ("गाडीखाली घालतो", "gaadi khali ghalto", "गाडी खाली घालतो", "gadi khali ghalto", "गाडीखाली घालीन",
                         "gaadi ke neeche de dunga", "गाड़ी के नीचे दे दूंगा", "run him over", "गाडीखाली चिरडतो"),
    "bf_head_off": ("mundka udavnar", "मुंडकं उडवणार", "मुंडके उडवणार", "mundka udavin", "sar uda dunga", "सर उड़ा दूंगा",
                    "सिर उड़ा दूंगा"),
    "bf_beat_to_death": ("हाणून जीव घेणार", "hanun jeev ghenar", "मारून जीव घेणार", "marun jeev ghenar"),
    "bf_crack_his_head": ("crack his head", "break his head", "smash his head", "sar phod dunga", "सर फोड़ दूंगा",
                          "डोकं फोडीन", "doka fodin"),
    "bf_drop_on_him": ("drop the batten on", "batten on his head", "वर batten पाडतो", "tyachya dokyavar padel",
                       "padu de tyala khali", "पडू दे त्याला खाली", "गिरने दो उसे"),
    "bf_cut_his_rope": ("dori sail karto", "दोरी सैल करतो", "dori kapto", "दोरी कापतो", "rassi dheeli kar dunga",
                        "रस्सी ढीली कर दूंगा", "cut his rope", "loosen his harness"),
    "bf_real_weapon": ("खरी तलवार", "khari talwar", "asli talwar", "असली तलवार", "real sword", "real knife", "खरा चाकू"),
    "bf_will_use_it": ("चालवणार", "chalavnar", "chalaunga", "चलाऊंगा", "will use", "dummy नाही", "dummy nahi"),
}

EXTENDS: dict[str, tuple[str, ...]] = {
    "unconscious": ("half conscious", "semi conscious", "अर्धवट शुद्धीत", "ardhavat shuddhit", "aadha hosh",
                    "आधा होश"),
}

_MEANS = _g("cs_chemical", "poison", "farm_poison", "bf_field_medicine")

BRAKE_OIL_FORMALIN_AND_THE_FIELD_SPRAY: tuple[Combination, ...] = (
    Combination(OD, (_g("cs_chemical"), _g("bf_drank_it")), 6),
    Combination(OD, (_MEANS, _g("bf_burning_inside")), 12, across=True),
    Combination(OD, (_MEANS, _g("bf_mixed_in_water"), _g("bf_glass_before_me")), 14, across=True),
    Combination(OD, (_MEANS, _g("gk_carrying", "gk_held_by_him", "gk_with_me"), _g("bf_silent", "unreachable",
                                                                                    "gk_shut_or_silent", "cs_shut_in",
                                                                                    "bf_locked_inside")), 18,
                across=True),
    Combination(OD, (_MEANS, _g("bf_smell_from_room"), _g("bf_silent", "gk_shut_or_silent")), 14, across=True),
    Combination(S, (_g("bf_locked_inside", "cs_shut_in"), _g("bf_silent", "unreachable", "nl_phone_off")), 16,
                across=True),
    Combination(OD, (_MEANS, _g("bf_found"), _g("bf_all_over")), 14, across=True),
    Combination(OD, (_g("pills", "farm_poison", "cs_chemical", "poison", "bf_field_medicine"), _g("bf_drank_it", "eat",
                                                                                                    "swallow"),
                     _g("bf_rushed")), 16, across=True),
    Combination(OD, (_g("sleeping_pill_named"), _g("bf_ate", "eat", "swallow", "gk_took"), _g("bf_cant_speak", "unconscious")), 14,
                across=True),
    Combination(OD, (_g("bf_vials"), _g("bf_into_me")), 12, across=True),
    Combination(S, (_g("bf_air_in_vein"),), 0),
    Combination(HO, (_g("bf_needle"), _g("bf_stab_all_over")), 6),
    Combination(HO, (_g("bf_under_the_car"),), 0),
    Combination(HO, (_g("bf_head_off"),), 0),
    Combination(HO, (_g("bf_beat_to_death"),), 0),
    Combination(HO, (_g("bf_crack_his_head"),), 0),
    Combination(HO, (_g("bf_drop_on_him"),), 0),
    Combination(HO, (_g("bf_cut_his_rope"),), 0),
    Combination(HO, (_g("bf_real_weapon"), _g("bf_will_use_it")), 8),
)
