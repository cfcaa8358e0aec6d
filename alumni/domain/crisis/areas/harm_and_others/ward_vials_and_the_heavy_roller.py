"""The ward's vials and the heavy roller (the reading of rounds 92-93: resident doctors, silk reelers,
offshore platforms, cricket grounds, door-to-door sellers, village officials):

- overdose: the insulin pen or the theatre's ampoules all pushed at once, the syringe filled and kept,
  "I know what it will do to me"; the mother's BP pills taken one by one; the field poison brought home
  for tonight, stirred into water, bought "for the godown" but really for the writer, opened beside them;
- threats: the scalpel kept for him, the sickle or the scalpel that will cut him, the heavy roller put
  over him, his head held in the boiling basin, the man thrown off the deck, petrol taken to his house,
  his neck squeezed, "he won't walk out of there";
- reported: a son who "can't bear it" and a phone switched off; "something arranged from the theatre,
  won't come to duty from tomorrow"; fresh cuts on a brother's arms; no sound from a locked room; the
  passwords or the ATM pin sent with "I'm going now" or "not coming back"; "let's all end together".

A doctor fills syringes and a farmer buys poison every day: each rule needs the drug beside "all at
once", "tonight" planned or the writer's own body, and a crop or a field named cancels the poison's.
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

OD, HO, S, SH = Category.OVERDOSE, Category.HARM_TO_OTHERS, Category.SUICIDE, Category.SELF_HARM

NEW: dict[str, tuple[str, ...]] = {
    # The theatre's drugs in Devanagari as residents type them (clinical_doses.py holds the Latin names).
    "wv_ward_drug": ("व्हेक्युरोनियम*", "वेक्युरोनियम*", "वेकुरोनियम*", "प्रोपोफोल*", "केसीएल", "पोटॅशियम*",
                     "नायट्रस", "nitrous"),
    # All of it, at once, into the writer: "purna tochnar", "एक साथ लगाने", "एकदम घेतल्या", "syringe में भर ली".
    "wv_all_at_once": ("purna tochnar", "पूर्ण टोचणार", "poora laga dunga", "पूरा लगा दूंगा", "laga dunga", "लगा दूंगा",
                       "लगा दूँगा", "एक साथ लगाने", "ek saath lagane", "ek sath lagane", "एकदम घेतल्या", "ekdam ghetlya",
                       "सिरिंज भरून ठेवली", "siringe bharun thevli", "syringe में भर ली", "syringe me bhar li",
                       "सब भर लिया", "sab bhar liya", "tochnar ahe", "टोचणार आहे"),
    "wv_what_it_does": ("what it will do to me", "kya karega mere saath", "मला काय होईल ते माहित",
                        "plan is tonight", "plan aaj raat"),
    "wv_one_by_one": ("ek ek karun ghetoy", "एक एक करून घेतोय", "ek ek karke le raha", "एक एक करके ले रहा",
                      "taking them one by one", "one by one i am taking"),
    "wv_brought": ("anli ahe", "आणली आहे", "aanli ahe", "laya hu", "लाया हूँ", "लाया हूं", "le aaya hu", "bought it"),
    "wv_tonight": ("aaj ratri", "आज रात्री", "aaj raat", "आज रात", "tonight", "aaj raat khaunga", "आज रात खाऊंगा"),
    "wv_for_the_crop": ("शेतासाठी", "shetasathi", "favarni", "फवारणी", "for the field", "for the crop",
                        "khet ke liye", "खेत के लिए", "फसल", "fasal", "pikasathi", "पिकासाठी"),
    "wv_stirred_in_water": ("panyat kalvun", "पाण्यात कालवून", "paani me ghol", "पानी में घोल", "mixed in water",
                            "mix it in water", "mix in water", "पाण्यात मिसळ", "paani me mila"),
    "wv_for_myself": ("khud ke liye", "खुद के लिए", "swatasathi", "स्वतःसाठी", "for myself"),
    "wv_open_beside_me": ("open next to me", "open beside me", "ughadun samor", "उघडून समोर", "खोल के सामने",
                          "khol ke saamne"),
    # Threats by the tools at hand.
    "wv_scalpel": ("scalpel", "स्कॅल्पेल", "स्कैल्पेल", "स्केलपेल"),
    "wv_for_him": ("for him", "uske liye", "उसके लिए", "त्याच्यासाठी", "tyachyasathi"),
    "wv_cut_him": ("कापतो", "kapto", "kaapto", "काट दूंगा", "kaat dunga", "काट डालूंगा", "kaat daalunga"),
    "wv_roller": ("roller", "रोलर", "heavy roller"),
    "wv_over_him": ("over him", "खाली टाकीन", "khali takin", "neeche daal dunga", "नीचे डाल दूंगा",
                    "chadha dunga", "चढ़ा दूंगा", "चढवतो", "chadhavto"),
    "wv_lie_under": ("khali zopun", "खाली झोपून", "neeche let jaun", "नीचे लेट जाऊं", "would do it quick",
                     "do it quick"),
    "wv_head_held_under": ("सिर डुबा दूँगा", "सिर डुबा दूंगा", "sir duba dunga", "डोकं बुडवतो", "dok budavto"),
    "wv_thrown_in_water": ("उचलून पाण्यात टाकणार", "uchlun panyat takto", "uchlun panyat taknar",
                           "uthake paani me phek dunga", "उठाके पानी में फेंक दूंगा", "throw him overboard"),
    "wv_fuel": ("पेट्रोल", "petrol", "रॉकेल", "rockel", "kerosene", "मिट्टी का तेल"),
    "wv_his_house": ("के घर", "ke ghar", "च्या घरी", "chya ghari", "his house", "उसके घर", "uske ghar", "त्याच्या घरी",
                     "tyachya ghari"),
    "wv_lesson": ("सबक मिलेगा", "sabak milega", "धडा मिळेल", "dhada milel", "teach them a lesson", "सबक सिखा"),
    "wv_neck_squeezed": ("gardan dabaunga", "गर्दन दबाऊंगा", "गर्दन दबा दूंगा", "gala daba dunga", "गला दबा दूंगा",
                         "gala ghotunga", "गला घोंटूंगा", "गळा दाबतो", "gala dabto"),
    "wv_wont_walk_out": ("wont walk out of there", "won't walk out of there", "ज़िंदा नहीं जाएगा", "zinda nahi jayega",
                         "जिवंत जाणार नाही", "jivant janar nahi"),
    "wv_kept_ready": ("तैयार रखा", "tayyar rakha", "taiyar rakha", "तयार ठेवला", "tayar thevla", "kept ready"),
    "wv_heads_broken": ("डोकी फोडीन", "doki fodin", "डोकं फोडीन", "dok fodin", "सिर फोड़ दूंगा", "sar phod dunga",
                        "sir phod dunga"),
    # Reported: can't bear it; something arranged; fresh cuts; no sound from inside; passwords sent.
    "wv_switched_off": ("switch off", "switched off", "स्विच ऑफ", "फोन बंद"),
    "wv_cant_bear": ("सहन होत नाही", "sahan hot nahi", "नहीं सहा जाता", "nahi saha jata", "bardasht nahi hota",
                     "बर्दाश्त नहीं होता", "can't take it anymore", "cant take it anymore"),
    "wv_arranged": ("इंतज़ाम कर लिया", "इंतजाम कर लिया", "intezam kar liya", "intjam kar liya", "सोय करून ठेवली",
                    "soy karun thevli", "arranged something"),
    "wv_not_from_tomorrow": ("कल से ड्यूटी नहीं आएगा", "kal se duty nahi aayega", "उद्यापासून ड्युटीला येणार नाही",
                             "udyapasun dutyla yenar nahi", "won't come to duty from tomorrow"),
    "wv_fresh_wounds": ("ताज्या जखमा", "tajya jakhma", "naye cut", "नए कट", "fresh cuts", "taze zakhm", "ताज़े ज़ख्म"),
    "wv_hands": ("हातांवर", "hatanvar", "haathon pe", "हाथों पे", "haath pe", "हाथ पे", "arms", "मीच केलं",
                 "mich kela", "maine hi kiya"),
    "wv_no_sound": ("andar se awaaz nai", "andar se awaaz nahi", "अंदर से आवाज़ नहीं", "अंदर से आवाज नहीं",
                    "no sound from inside", "आतून आवाज येत नाही", "aatun awaj yet nahi"),
    "wv_break_door": ("darwaza tod", "दरवाज़ा तोड़", "दरवाजा तोड़", "darvaja todu", "दार तोडू", "break the door",
                      "dar ughdat nahi", "दार उघडत नाही", "darvaja ughadat nahit", "दरवाजा उघडत नाहीत"),
    "wv_passwords_sent": ("पासवर्ड पाठवले", "password pathavla", "passwords bheje", "पासवर्ड भेजे", "ATM pin pathavla",
                          "pin pathavla", "pin bheja", "sent me his passwords", "sent his bank passwords"),
    "wv_i_go_now": ("आता मी जातो", "ata mi jato", "aata mi jato", "ab main chalta", "अब मैं चलता", "ab main jata hu",
                    "अब मैं जाता हूँ"),
    "wv_all_end_together": ("सगळे एकत्र संपू", "sagle ekatra sampu", "सब साथ में खत्म", "sab saath khatam",
                            "end together"),
}

EXTENDS: dict[str, tuple[str, ...]] = {
    # A tricyclic by its Devanagari name ("माँ की अमिट्रिप्टिलीन की पूरी डिब्बी खा ली").
    "pills": ("अमिट्रिप्टिलीन*", "अमिट्रिप्टिलिन*", "amitriptyline*"),
}

_WARD = ("theatre_drug", "insulin_word", "wv_ward_drug")
_POISON = ("poison", "farm_poison")

WARD_VIALS_AND_THE_HEAVY_ROLLER: tuple[Combination, ...] = (
    # "insulin che 2 pen ahet majhyakade, aaj ratri purna tochnar ahe"; "KCl की 3 ampoule syringe में भर ली".
    Combination(OD, (_g(*_WARD), _g("wv_all_at_once", "wv_what_it_does")), 14, across=True),
    Combination(OD, (_g("pills"), _g("wv_one_by_one")), 10, across=True),
    # "krushi kendratun monocil chi batli anli ahe, aaj ratri"; "Thimet ... panyat kalvun pito ata".
    Combination(OD, (_g(*_POISON), _g("wv_brought"), _g("wv_tonight")), 14, across=True,
                unless=_g("wv_for_the_crop"), unless_reach=6),
    Combination(OD, (_g(*_POISON), _g("wv_stirred_in_water", "wv_for_myself", "wv_open_beside_me")), 14, across=True,
                unless=_g("wv_for_the_crop"), unless_reach=6),
    # "I've kept a scalpel in my pocket for him"; "त्याला scalpel ने कापतो"; "दलालाला ... विळ्याने कापतो".
    Combination(HO, (_g("wv_scalpel"), _g("wv_for_him", "wv_cut_him")), 8, across=True),
    Combination(HO, (_g("blade_of_the_farm"), _g("wv_cut_him")), 3),
    Combination(HO, (_g("blade_of_the_farm", "wv_scalpel", "weapon"), _g("wv_kept_ready")), 6),
    Combination(HO, (_g("wv_roller"), _g("wv_over_him")), 6),
    Combination(S, (_g("wv_roller"), _g("wv_lie_under")), 8),
    Combination(HO, (_g("wv_head_held_under"),)),
    Combination(HO, (_g("wv_thrown_in_water"),)),
    Combination(HO, (_g("wv_fuel"), _g("wv_his_house", "wv_lesson")), 12, across=True),
    Combination(HO, (_g("wv_neck_squeezed"),)),
    Combination(HO, (_g("wv_wont_walk_out"),)),
    Combination(HO, (_g("wv_heads_broken"),)),
    # Reported, or the writer's own: the phone off after "can't bear it"; the theatre and no more duty.
    Combination(S, (_g("wv_cant_bear"), _g("tg_phone_off", "wv_switched_off")), 20, across=True),
    Combination(S, (_g("wv_arranged"), _g("wv_not_from_tomorrow")), 24, across=True),
    Combination(SH, (_g("hand_part", "wv_hands"), _g("wv_fresh_wounds")), 12, across=True),
    Combination(S, (_g("wv_no_sound"), _g("wv_break_door")), 20, across=True),
    Combination(S, (_g("wv_passwords_sent"), _g("wv_i_go_now", "mz_wont_come_back", "wv_break_door")), 24, across=True),
    Combination(S, (_g("wv_all_end_together"),)),
)
