"""The mill's belt as a noose, sleep with no waking, the writer's absence wished or arranged for,
no turning back at the railway, and hurt done in anger or with the soldering iron (the second
reading of rounds 72-73):

- the belt, a hook or the pulley, and the neck or a knot: "पट्टा उतार के हाथ में लिए बैठा रहा, सोचा
  कड़ी से बाँध दूँ", "मोटरच्या पुलीकडे बघत बसलो, वाटलं पट्ट्यात गळा अडकवला की सगळं संपेल";
- to sleep and not wake, wished: "फोमच्या गठ्ठ्यांमध्ये तोंड दाबून झोपावं आणि परत उठूच नये";
- the writer who must not be there: "हे सगळं थांबवायचं तर मीच नसलो पाहिजे"; a thing kept to be shown
  when the writer is gone: "आईसाठी एक व्हिडिओ ड्राफ्टमध्ये ठेवला आहे, मी नसलो की तिला दाखवा";
- the railway and no turning back this time: "railway phatak javal ubha hoto kal ratri Express chi
  vaat baghat. aaj parat janar, ya veli maage nahi yenar";
- the solvent's cans opened in a shut place to lie down in: "shutter band karke solution ke saare dabbe
  khol ke godown me let jaunga aaj";
- burns on the hand that the writer made himself, reported: "tyachya hatavar soldering che chatke
  disle, vicharla tar mhanto mich kele"; glass struck in anger, with stitches: "रागात हाताने काचेवर
  मारलं, टाके पडले".

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S, SH = Category.SUICIDE, Category.SELF_HARM

NEW: dict[str, tuple[str, ...]] = {
    "bn_belt": ("पट्टा", "patta", "पट्ट्यात", "pattyat", "पट्ट्याने", "belt", "बेल्ट", "belt se", "pulley belt"),
    "bn_hook_or_pulley": ("कड़ी से", "kadi se", "कड़ी में", "कडी से", "hook", "हुक", "पुली", "pulley", "पुलीकडे",
                          "pulikade", "पुलीला", "pulila", "beam", "shaft", "शाफ्ट"),
    "bn_tie_or_neck": ("बाँध दूँ", "बांध दूं", "बाँध दूं", "baandh du", "bandh du", "बाँध लूँ", "बांध लूं", "baandh lu",
                       "गळा अडकवला", "गळा अडकवून", "gala adakavla", "gala adkavla", "गळ्यात अडकवून", "गले में डाल",
                       "gale me daal", "gale mein daal", "round my neck", "around my neck", "neck in"),
    # Caught by the neck on purpose, the causative only ("अडकला", caught, is an accident).
    "bn_neck_caught": ("गळा अडकवला", "गळा अडकवून", "gala adakavla", "gala adkavla", "गळा अडकवावा", "गले में फंसा दूं",
                       "gale me fasa du"),
    "bn_sleep_wished": ("झोपावं", "झोपावे", "jhopava", "zopava", "झोपून जावं", "jhopun java", "so jaun", "सो जाऊं",
                        "सो जाऊँ", "so jau", "want to sleep"),
    # The writer who must not be there.
    "bn_i_must_not_be": ("मीच नसलो पाहिजे", "mich naslo pahije", "मैं ही न रहूं",
                         "main hi na rahu", "मैं ही ना रहूँ", "i should not exist", "i shouldn't exist",
                         "i shouldnt exist"),
    # When the writer is gone, a thing left to be shown or given.
    "bn_when_im_gone": ("मी नसलो की", "mi naslo ki", "मी नसेन तेव्हा", "mi nasen tevha", "जब मैं नहीं रहूँगा",
                        "जब मैं नहीं रहूंगा", "jab main nahi rahunga", "jab mai nahi rahunga", "when i'm not around",
                        "when im not around", "once i'm gone", "once im gone"),
    "bn_show_or_give": ("दाखवा", "dakhva", "दाखव", "dakhav", "द्या", "dya", "दिखा देना", "dikha dena", "दे देना",
                        "de dena", "show her", "show him", "show them", "give her", "give him", "give them"),
    "bn_kept_thing": ("व्हिडिओ", "video", "वीडियो", "draft", "ड्राफ्ट", "ड्राफ्टमध्ये", "draftmadhe", "letter",
                      "चिठ्ठी", "chitthi", "चिट्ठी", "recording", "रेकॉर्डिंग", "diary", "डायरी", "message"),
    # No turning back this time.
    "bn_no_turning_back": ("maage nahi yenar", "मागे नाही येणार", "mage nahi yenar", "parat nahi yenar",
                           "परत नाही येणार", "peeche nahi hatunga", "पीछे नहीं हटूंगा", "wapas nahi mudunga",
                           "वापस नहीं मुड़ूंगा", "won't turn back", "wont turn back", "won't step back",
                           "wont step back"),
    "bn_this_time": ("ya veli", "या वेळी", "yaveli", "is baar", "इस बार", "this time"),
    "bn_railway": ("railway phatak", "रेल्वे फाटक", "phatak", "फाटक", "express", "एक्सप्रेस", "local", "लोकल",
                   "railway", "रेल्वे", "रेलवे", "train", "ट्रेन", "gaadi yetana"),
    # The solvent's cans opened, and lying down.
    "bn_cans_opened": ("dabbe khol", "डिब्बे खोल", "dabba khol", "डिब्बा खोल", "डबे उघडून", "dabe ughadun",
                       "डबा उघडून", "daba ughadun", "cans open", "tins open", "opened all the cans", "open all the cans"),
    "bn_lie_down": ("let jaunga", "लेट जाऊंगा", "लेट जाऊँगा", "let jaunga aaj", "so jaunga", "सो जाऊंगा",
                    "झोपणार", "jhopnar", "zopnar", "lie down", "lay down", "पडून राहीन", "padun rahin"),
    # Marks the writer made himself, reported or owned.
    "bn_did_it_myself": ("mich kele", "मीच केले", "मीच केलं", "mich kela", "mich kelay", "खुद किया", "khud kiya",
                         "maine khud kiya", "मैंने खुद किया", "did it myself", "i did it myself", "khud kiye",
                         "खुद किए", "स्वतःच केले", "swatahch kele"),
    # Glass or a wall struck in anger, and stitched or bleeding.
    "bn_in_anger": ("रागात", "ragat", "raagat", "गुस्से में", "gusse me", "gusse mein", "in anger", "angrily",
                    "राग आला", "raag aala"),
    "bn_struck_glass": ("काचेवर", "kachevar", "काचेवर मारलं", "शीशे पर", "sheeshe pe", "sheeshe par", "glass pe",
                        "glass par", "through the glass", "the glass", "भिंतीवर", "bhintivar", "दीवार पर",
                        "deewar pe", "the wall"),
    "bn_stitched": ("टाके पडले", "take padle", "टाके घातले", "take ghatle", "टांके लगे", "taanke lage", "tanke lage",
                    "stitches", "stitched", "रक्त आलं", "rakta aala", "खून निकला", "khoon nikla", "असं नेहमी करतो",
                    "asa nehmi karto", "always do this"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

BELT_NOOSE_AND_NO_TURNING_BACK: tuple[Combination, ...] = (
    Combination(S, (_g("bn_belt"), _g("bn_hook_or_pulley"), _g("bn_tie_or_neck")), 14, across=True),
    Combination(S, (_g("bn_neck_caught"), _g("end", "bn_belt", "bn_hook_or_pulley")), 10, across=True),
    Combination(S, (_g("wake_not_wished"), _g("bn_sleep_wished")), 8, across=True),
    Combination(S, (_g("bn_i_must_not_be"),), 0),
    Combination(S, (_g("bn_when_im_gone"), _g("bn_show_or_give"), _g("bn_kept_thing")), 14, across=True),
    Combination(S, (_g("bn_no_turning_back"), _g("bn_this_time"), _g("bn_railway", "rail_line")), 20, across=True),
    Combination(S, (_g("solvent_named", "inhalant_maybe", "cs_chemical"), _g("bn_cans_opened"), _g("bn_lie_down")), 12,
                across=True),
    Combination(SH, (_g("burn_mark", "mt_burnt_on"), _g("bn_did_it_myself")), 12, across=True),
    Combination(SH, (_g("bn_in_anger"), _g("bn_struck_glass"), _g("bn_stitched")), 12, across=True),
)
