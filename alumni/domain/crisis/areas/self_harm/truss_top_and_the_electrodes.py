"""The truss's top and the electrodes (the reading of rounds 102-103: radiology staff, physiotherapists,
opticians, sound and light crews, tea stalls, warehouses):

- up on the truss, the rack's top level, the hospital's terrace, the dam or the barrage: "just let go of my
  hands", "one step", "one small lean and it's over", "the floor below looks clean", "enough now", "sorry to
  all", "said bye", "so calm at this hour, I just wanted one person to know"; "how simple to just go in";
  "not scared of the height any more, that's what scares me"; the terrace key in the pocket "but I won't do
  anything";
- "how long does it take under a fast local", "waiting for the fast local, sorry for everything", "I watch
  which train comes fastest", "thought of going in front of the truck, didn't today", "I'll stand in front of
  the ST";
- "my last bye to the family"; "no more appointments, for ever"; "never coming to duty again, bye to all";
  "my insurance will pay for my sister's wedding, I've done the sums"; "the FD in my wife's name, my time to
  go has come"; "after me let her run the business, it's all in her name"; the PF nominee form "won't be
  needing it"; the insurance paper and the ATM pin sent, "I won't stop now"; "tell mother and father their
  son lost, I'm going"; "paid everyone back, nothing due, now I just go"; a letter for the daughter in the
  drawer "give it to her", a note under the mixer "someone will see it in the morning"; "no one will cry when
  I'm gone", "better that I'm not here", "no reason to still be here", "I don't want to keep mine running";
  "what's the point of carrying on"; "told Ravi to keep my locker key ... you really tried";
- a rope tied in the store room "just waiting for the duty to end", the traction belt tied to the fan "I'll
  finish tomorrow", the tarpaulin rope on the beam "sitting under it now"; a son shut in his room with a
  rope or the smell of gas; "would have been better to end in sleep, the thought of doing it myself grows";
- the IFT's electrodes on one's own chest at full current; the hot frame heater, the strainer, boiling tea,
  the stove's flame, a red-hot chimta on one's own skin; the head banged on the edger's lid or the bass bin
  again and again; burns "in lines, too many";
- the darkroom's developer or fixer, acetone, isopropyl alcohol drunk or brought home to drink; lidocaine
  vials "I'll inject myself"; the store's pills taken by one who is missing; rat cake eaten.

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.areas.self_harm.last_show_and_the_crossing import HIGH_PLACES
from alumni.domain.crisis.areas.self_harm.terrace_key_and_the_running_engine import DANGER_PLACES
from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S, SH, OD = Category.SUICIDE, Category.SELF_HARM, Category.OVERDOSE

NEW: dict[str, tuple[str, ...]] = {
    "te_place": ("truss", "ट्रस", "top level", "rack", "रॅक*", "रैक", "virar fast", "fast local", "platform",
                 "station la", "9th floor", "floor"),
    "te_enough": ("enough झालं", "enough zala", "enough jhala", "enough ho gaya", "enough हो गया", "bas enough"),
    "te_last_bye": ("मेरा last bye", "mera last bye", "last bye बोल देना", "last bye bol dena", "my last bye",
                    "शेवटचा bye", "shevatcha bye"),
    "te_rope_tied": ("रस्सी बांध दी", "rassi bandh di", "दोरी बांधली आहे", "dori bandhli ahe", "tied the tarpaulin rope",
                     "rope to the"),
    "te_waiting": ("खत्म होने का इंतजार", "khatam hone ka intezar", "होण्याची वाट", "honyachi vaat",
                   "sitting under it", "neeche baitha hu", "खाली बसलोय", "khali basloy"),
    "te_wont_need": ("wont be needing it", "won't be needing it", "will not be needing it", "need nahi padegi"),
    "te_never_coming": ("nai aaunga kabhi", "nahi aaunga kabhi", "नहीं आऊंगा कभी", "कोई appointment नहीं लूँगा",
                        "koi appointment nahi lunga", "हमेशा के लिए", "hamesha ke liye"),
    "te_bye_all": ("bye sabko", "बाय सबको", "bye सबको", "sorry सब को", "sorry sab ko", "sorry saglyasathi",
                   "sorry sir saglyasathi", "सगळ्यासाठी sorry", "sorry for everything"),
    "te_said_bye": ("bye म्हणाला", "bye mhanala", "bye mhanto", "bye म्हणतोय"),
    "te_water": ("khadakwasla", "खडकवासला", "धरण*", "dharan*", "barrage", "hanuman setu", "हनुमान सेतु"),
    "te_pin_sent": ("atm pin", "एटीएम पिन", "pin bhavala", "pin bhai ko"),
    "te_wont_stop_now": ("mi ata thambnar nahi", "मी आता थांबणार नाही", "ab nahi rukunga", "अब नहीं रुकूंगा",
                         "i won't stop now", "i wont stop now"),
    "te_not_scared_height": ("not scared of the height", "height se dar nahi", "उंचीची भीती वाटत नाही",
                             "no longer scared of the height"),
    "te_not_keep_going": ("dont want to keep mine running", "don't want to keep mine running",
                          "don't want to keep going", "dont want to keep going", "मुझे अब आगे नहीं चलना",
                          "mujhe ab aage nahi chalna"),
    "te_in_front_of": ("ट्रक के सामने जाने", "truck ke saamne jaane", "ट्रेन के सामने जाने", "ST samor jaun",
                       "ST समोर जाऊन", "samor jaun ubha", "under a fast local", "under the fast local",
                       "under a train", "local ke neeche", "लोकल के नीचे"),
    "te_my_insurance": ("मेरे बीमे से", "mere beeme se", "mere insurance ke", "mere insurance se", "माझ्या विम्यातून",
                        "mazya vimyatun"),
    "te_done_sums": ("हिसाब लगा लिया", "hisaab laga liya", "hisab laga liya", "hisaab laga raha", "हिसाब लगा रहा",
                     "mere rehne se nahi", "मेरे रहने से नहीं", "हो जाएगी", "ho jayegi", "chal jayega"),
    "te_wont_do": ("उलटं सुलटं करणार नाही", "ulta sulta karnar nahi", "kuch ulta seedha nahi karunga",
                   "कुछ उल्टा सीधा नहीं करूंगा"),
    "te_key": ("गच्चीची चावी", "gacchichi chavi", "terrace ki chabi", "terrace key", "छत की चाबी", "roof keys",
               "roof key"),
    "te_last_night": ("aaj raat last hai mera", "आज रात last है मेरा", "aaj raat last hai", "tonight is my last"),
    "te_fan_to": ("पंख्याला", "pankhyala", "पंखे से", "pankhe se", "to the fan"),
    "te_tied": ("बांधून", "bandhun", "bandh", "बांध", "बांधली", "bandhli", "tied"),
    "te_tried_or_tomorrow": ("बघितला", "baghitla", "try kiya", "tried", "उद्या पूर्ण करेन", "udya purna karen",
                             "कल पूरा करूंगा", "kal pura karunga", "tonight", "आज रात"),
    "te_son_lost": ("मुलगा हरला", "mulga harla", "beta haar gaya", "बेटा हार गया", "your son lost"),
    "te_im_going": ("मी जातोय", "mi jatoy", "main ja raha hu", "मैं जा रहा हूं", "मैं जा रहा हूँ", "i am going"),
    "te_die_in_sleep": ("zopetach sampla", "झोपेतच संपलं", "neend me hi mar", "नींद में ही मर", "in my sleep"),
    "te_do_it_myself": ("swatah karaycha vichar", "स्वतः करायचा विचार", "khud karne ka soch", "खुद करने का सोच",
                        "do it myself"),
    "te_my_time_to_go": ("majha jaycha vel ala", "माझा जायचा वेळ आला", "mera jaane ka waqt aa gaya",
                         "मेरा जाने का वक्त", "my time to go has come"),
    "te_in_her_name": ("sab uske naam pe kar diya", "सब उसके नाम", "uske naam pe kar diya", "tichya navavar",
                       "तिच्या नावावर", "navavar karun", "नावावर करून", "navavar FD"),
    "te_one_move": ("one small lean", "one lean and", "haath chhod du", "हाथ छोड़ दूं", "hat sodun dyava",
                    "एकच पाऊल", "ekach paul", "bas ek kadam"),
    "te_how_long": ("how long does it take", "kitna time lagta", "किती वेळ लागतो", "kiti vel lagto"),
    "te_not_much_longer": ("much longer", "zyada din nahi", "jast divas nahi", "not for long"),
    "te_burns": ("burns on both arms", "burn marks", "burns on his", "जलने के निशान", "burns all over"),
    "te_deliberate_marks": ("in lines", "too many", "on purpose", "जानबूझ", "मुद्दाम", "muddam"),
    "te_no_reason": ("one reason to still be here", "no reason to still be here", "any reason to still be here",
                     "jeene ki koi wajah nahi", "जीने की कोई वजह नहीं", "jagaycha karan nahi"),
    "te_settled": ("पूरा हिसाब दे दिया", "pura hisab de diya", "सारा उधार चुका दिया", "sara udhaar chuka diya",
                   "किसी का कुछ बाकी नहीं", "kisi ka kuch baaki nahi", "किसी का एक रुपया बाकी नहीं"),
    "te_going_now": ("अब बस चलना है", "ab bas chalna hai", "मै भी जा रहा हूँ", "main bhi ja raha hu",
                     "मैं भी जा रहा हूं", "मैं भी जा रहा हूँ", "mi pan jato"),
    "te_waiting_train": ("fast local chi vaat", "local ki wait", "waiting for the fast", "train ki raah",
                         "fast local ची वाट"),
    "te_letter_for": ("के नाम चिट्ठी", "ke naam chitthi", "साठी चिठ्ठी", "sathi chitthi", "letter for my",
                      "note for my"),
    "te_give_her": ("उसे दे देना", "use de dena", "तिला द्या", "tila dya", "give it to her", "give it to him"),
    "te_note_written": ("note लिख के", "note likh ke", "note लिखके", "चिट्ठी लिख के", "chitthi likh ke",
                        "wrote a note"),
    "te_morning_someone": ("सुबह कोई देख लेगा", "subah koi dekh lega", "सकाळी कोणीतरी बघेल",
                           "someone will find it in the morning"),
    "te_which_train": ("कौन सी गाड़ी तेज़ आती", "kaun si gaadi tez aati", "which train comes fastest",
                       "which train is fastest"),
    "te_shut_in_room": ("रूम बंद करून बसलाय", "room band karun baslay", "kholit band ahe", "खोलीत बंद आहे",
                        "कमरा बंद करके", "kamra band karke", "अंदर से lock", "andar se lock"),
    "te_gas_smell": ("gas की smell", "gas ki smell", "gas cha vaas", "गॅसचा वास", "smell of gas"),
    "te_dont_want_live": ("jagaycha nahi", "जगायचं नाही", "jagayche nahi", "jeena nahi hai", "जीना नहीं है"),
    "te_taken_me": ("had taken me", "taken me instead", "mujhe utha leta", "मुझे उठा ले", "mala nela asta"),
    "te_better_without_me": ("mi nasalelo barach", "मी नसलेलो बरंच", "main na rahu to accha", "मैं न रहूं तो अच्छा",
                             "better if i wasn't here", "better without me"),
    "te_calm_known": ("looks so calm", "so calm at this hour", "kitna shant", "कितना शांत",
                      "just wanted one person to know", "just wanted someone to know", "kunala tari mahit asava"),
    "te_handover": ("kal se tapri tu chalana", "tu chalana", "tu sambhalna", "ab tu dekhna", "tu sambhal"),
    "te_went_towards": ("gomti ki taraf", "गोमती की तरफ", "nadi ki taraf", "नदी की तरफ", "nadikade", "नदीकडे"),
    "te_nobody_cry": ("कोई नहीं रोएगा मेरे जाने पे", "koi nahi royega mere jaane pe", "मेरे जाने पे कोई नहीं रोएगा",
                      "nobody will cry when i'm gone", "mazyasathi koni radnar nahi"),
    "te_point_carrying_on": ("whats the point of carrying on", "what's the point of carrying on",
                             "point of carrying on", "no point carrying on"),
    "te_nobody_notice": ("nobody will notice", "nobody at the fc will notice", "koi notice nahi karega", "ever again"),
    "te_floor_below": ("नीचे floor साफ़ दिखता", "neeche floor saaf dikhta", "खाली फरशी दिसते", "khali pharshi diste"),
    "te_keep_my": ("to keep my", "keep my locker", "rakh lena mera", "माझं ठेवून घे"),
    "te_you_tried": ("you really tried", "aapne bahut koshish ki", "तुम्ही खूप प्रयत्न केले"),
    "te_just_go_in": ("how simple it would be to just go in", "just go in", "andar chala jau", "paani me utar jau",
                      "पाण्यात उतरावं"),
    # self-harm
    "te_electrodes": ("electrodes", "इलेक्ट्रोड*", "ift", "tens", "current full", "intensity to max"),
    "te_on_self": ("स्वतःवर", "swatahvar", "on my own", "khud pe", "खुद पे", "मुद्दाम", "deserved it", "till it hurt"),
    "te_hot_thing": ("गरम करने वाली मशीन", "garam karne wali machine", "frame heater", "गरम गाळणी", "garam galni",
                     "ukalta chaha", "उकळता चहा", "stove chya jyotivar", "स्टोव्हच्या ज्योतीवर", "चिमटा लाल",
                     "chimta laal"),
    "te_own_skin": ("हाथ", "haath", "हात", "hat", "मनगट*", "managat*", "payavar", "पायावर", "bota", "बोट", "बांह",
                    "baanh", "chest", "arm", "wrist"),
    "te_pressed": ("दाबली", "dabli", "दाबून", "ओतला", "otla", "dharle", "धरले", "लगाया", "lagaya", "रखकर", "rakhkar",
                   "held"),
    "te_head_bang": ("keep banging my head", "डोकं shutter वर आपटतो", "डोकं आपटतो", "doka aaptato", "आपटतो"),
    "te_hurt_habit": ("keep banging", "did it again", "when i get angry", "when no one", "आज पण", "aaj pan",
                      "टाके", "stitches", "भांडण झालं की"),
    # overdose
    "te_chem": ("developer", "fixer", "acetone", "एसीटोन", "isopropyl", "darkroom"),
    "te_drink_it": ("पिलो", "pilo", "प्यायलो", "pyaylo", "पीने के लिए", "pine ke liye", "pi jaunga", "पी जाऊंगा",
                    "pito", "पितो", "पोटात आग", "potat aag", "potat jaltay", "pot jaltay", "पोटात जळतंय"),
    "te_vials": ("शीशियाँ", "shishiyan", "vials", "ampoules", "इंजेक्शन", "injection", "लिडोकेन", "lidocaine"),
    "te_inject_self": ("खुद को लगा लूँगा", "khud ko laga lunga", "खुद को लगा लूंगा", "स्वतःला टोचून घेईन",
                       "inject myself"),
    "te_missing_since": ("सकाळपासून दिसत नाही", "sakalpasun disat nahi", "subah se dikh nahi raha", "सुबह से दिख नहीं",
                         "missing since"),
    "te_took_pills": ("गोळ्या नेल्या", "golya nelya", "goliyan le gaya", "गोलियां ले गया", "took the pills"),
    "te_rat_cake": ("उंदीरमार", "undirmar", "rat cake", "चूहेमार"),
    "te_ate": ("खाल्ली मी", "khalli mi", "मी खाल्ली", "mi khalli", "maine kha li", "मैंने खा ली", "i ate", "ate it"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

_PLACES = (*DANGER_PLACES, "bd_place", "te_place", "te_water", "tg_ghat_road")
# where a "bye" is a farewell: the water or a height, not the station one leaves from
_WATER_OR_HEIGHT = (*HIGH_PLACES, "tg_water_place", "water_body", "dc_bridge", "kb_place", "te_water", "te_place")

TRUSS_TOP_AND_THE_ELECTRODES: tuple[Combination, ...] = (
    Combination(S, (_g(*_PLACES), _g("te_enough", "te_one_move", "te_floor_below", "te_calm_known", "te_just_go_in")),
                24, across=True),
    Combination(S, (_g(*_WATER_OR_HEIGHT), _g("te_bye_all", "te_said_bye")), 16, across=True),
    Combination(S, (_g("te_last_bye"),)),
    Combination(S, (_g("kb_rope_tied", "te_rope_tied"), _g("te_waiting", "kb_waiting_night")), 20, across=True),
    Combination(S, (_g("insurance", "kb_pf_lic", "mz_nominee", "nm_pf"), _g("te_wont_need")), 30, across=True),
    Combination(S, (_g("te_never_coming", "bd_never_again"), _g("te_bye_all", "kb_bye_all", "bd_last_job")), 24,
                across=True),
    Combination(S, (_g("bd_last_job"), _g("te_never_coming")), 24, across=True),
    Combination(S, (_g("insurance", "kb_pf_lic", "te_pin_sent"), _g("te_wont_stop_now")), 30, across=True),
    Combination(S, (_g("te_not_scared_height"),)),
    Combination(S, (_g("te_not_keep_going"),)),
    Combination(S, (_g("te_in_front_of"),)),
    Combination(S, (_g("te_my_insurance"), _g("te_done_sums")), 20, across=True),
    Combination(S, (_g("te_key"), _g("te_wont_do", "mz_wont_do_anything", "tonight")), 24, across=True),
    Combination(S, (_g("te_last_night"),)),
    Combination(S, (_g("te_fan_to"), _g("te_tied")), 4),
    Combination(S, (_g("te_son_lost"), _g("te_im_going")), 16, across=True),
    Combination(S, (_g("te_die_in_sleep"), _g("te_do_it_myself")), 24, across=True),
    Combination(S, (_g("te_my_time_to_go"), _g("te_in_her_name", "kb_settled", "insurance")), 30, across=True),
    Combination(S, (_g("kb_if_i_go", "bd_after_me"), _g("te_in_her_name")), 20, across=True),
    Combination(S, (_g("te_in_front_of", "te_waiting_train", *_PLACES), _g("te_how_long")), 20, across=True),
    Combination(S, (_g("te_not_much_longer"), _g("bd_look_after")), 16, across=True),
    Combination(S, (_g("te_no_reason"),)),
    Combination(S, (_g("te_settled", "kb_settled"), _g("te_going_now", "bd_me_too_go")), 20, across=True),
    Combination(S, (_g("te_waiting_train"), _g("te_bye_all")), 20, across=True),
    Combination(S, (_g("te_letter_for", "bd_note_kept"), _g("te_give_her")), 20, across=True),
    Combination(S, (_g("te_note_written"), _g("te_morning_someone")), 16, across=True),
    Combination(S, (_g("te_which_train"),)),
    Combination(S, (_g("te_shut_in_room"), _g("rope_named", "bd_cord", "te_gas_smell")), 16, across=True),
    Combination(S, (_g("te_dont_want_live"),)),
    Combination(S, (_g("bd_better_off", "better"), _g("te_taken_me")), 16, across=True),
    Combination(S, (_g("te_better_without_me"),)),
    Combination(S, (_g(*_PLACES, "te_went_towards"), _g("bd_not_answering"), _g("te_handover", "te_bye_all",
                                                                             "bd_sorry_mother")), 30,
                across=True),
    Combination(S, (_g("te_nobody_cry"),)),
    Combination(S, (_g("te_point_carrying_on"), _g("te_nobody_notice")), 24, across=True),
    Combination(S, (_g("te_keep_my"), _g("te_you_tried")), 24, across=True),
    Combination(SH, (_g("te_electrodes"), _g("te_on_self")), 14, across=True),
    Combination(SH, (_g("te_hot_thing"), _g("te_own_skin", "bd_body"), _g("te_pressed", "bd_hurt_verb")), 10),
    Combination(SH, (_g("kb_head_bang", "te_head_bang"), _g("te_hurt_habit")), 20, across=True),
    Combination(SH, (_g("te_burns", "st_burn_marks"), _g("te_deliberate_marks")), 24, across=True),
    Combination(OD, (_g("te_chem"), _g("te_drink_it", "kb_drank_it")), 12, across=True),
    Combination(OD, (_g("te_vials"), _g("te_inject_self")), 12, across=True),
    Combination(OD, (_g("te_missing_since"), _g("te_took_pills")), 20, across=True),
    Combination(OD, (_g("te_rat_cake"), _g("te_ate")), 4),
)
