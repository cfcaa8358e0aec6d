"""Suicide told as arrangements for an absence that will not end (the second reading of rounds
60-61, holdouts 210, 212, 214, 215 and 216):

- what the children are to be told: their father gone away for work, with no return named:
  "पोरांनी विचारलं तर सांगा बाबा लांब कामाला गेले", "बच्चों से कहना पापा काम पर गए हैं, बहुत लम्बे
  समय के लिए";
- the writer's own body sent to the village or cremated there, asked for ahead: "mera body gaon
  bhej dena", "body gavala nya, tithech agni dya";
- saved last time, and no mistake this time: "pichle saal bach gaya tha, is baar koi galti nahi
  hogi";
- the writer absent from what is ahead, and never there again ("पुढच्या meeting ला मी नसेन sir,
  कधीच नसेन"): absent_ahead.py reads the absence with a "don't ask"; "never" says the same.

Each has an everyday twin that names the return or someone else: a father back in the evening
or on Sunday, a dead co-worker's body sent home ("uski body gaon bhej di"), a near miss on the
road followed by a helmet or an exam taken again.
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    # The children, as the ones to be told: "बच्चों से", "पोरांनी", "the kids".
    "ga_children": ("बच्चों से", "bachon se", "bachchon se", "bacchon se", "बच्चों को", "bachon ko", "bachchon ko",
                    "पोरांनी", "poranni", "पोरांना", "poranna", "मुलांनी", "mulanni", "मुलांना", "mulanna",
                    "the kids", "my kids", "the children", "my children", "beti ko", "बेटी को", "मुलीला", "mulila"),
    # The father gone for work, far away: "पापा काम पर गए हैं", "बाबा लांब कामाला गेले", "papa went away".
    "ga_father_gone": ("पापा काम पर गए", "papa kaam par gaye", "papa kaam pe gaye", "पापा काम पे गए",
                       "papa bahar gaye", "पापा बाहर गए", "papa door gaye", "पापा दूर गए", "papa dur gaye",
                       "बाबा लांब कामाला गेले", "baba lamb kamala gele", "baba laamb kamala gele", "बाबा लांब गेले",
                       "baba lamb gele", "बाबा कामाला गेले", "baba kamala gele", "dad went away", "papa went away",
                       "daddy went away", "dad has gone away", "papa has gone away", "went away for work",
                       "gone away for work", "gone far for work", "went far for work"),
    # The return named: back in the evening, on Sunday, after the season.
    "ga_back_soon": ("shaam ko", "शाम को", "sham ko", "sandhyakali", "संध्याकाळी", "raat ko aayenge",
                     "aayenge", "आएंगे", "aa jayenge", "आ जाएंगे", "yetil", "येतील", "parat yetil", "परत येतील",
                     "will be back", "back by", "back on", "coming back", "sunday", "रविवार", "ravivar",
                     "next week", "agle hafte", "अगले हफ्ते", "pudhchya athvadyat", "पुढच्या आठवड्यात",
                     "season ke baad", "diwali", "दिवाळी", "दिवाली", "call karunga", "phone karin", "फोन करीन"),
    # The body, the writer's own, as a thing to be handled: "mera body", "body", "माझं body", "मेरी लाश".
    "ga_body": ("mera body", "meri body", "मेरा body", "मेरी body", "माझं body", "majha body", "maza body",
                "majhi body", "माझी body", "my body", "body", "बॉडी", "मेरी लाश", "meri laash", "meri lash",
                "माझं प्रेत", "majha pret", "मेरा शव", "mera shav", "माझा मृतदेह", "majha mrutdeh", "मृतदेह"),
    # Sent to the village or cremated there, asked ahead: "gaon bhej dena", "gavala nya", "agni dya".
    "ga_send_home": ("gaon bhej dena", "गांव भेज देना", "गाँव भेज देना", "gaon bhej dijiye", "gaon pahuncha dena",
                     "गांव पहुंचा देना", "ghar bhej dena", "घर भेज देना", "gavala nya", "गावाला न्या", "gavi nya",
                     "गावी न्या", "gavala pathva", "गावाला पाठवा", "gavi pathva", "गावी पाठवा",
                     "agni dya", "अग्नी द्या", "अग्नि द्या", "agni dena", "अग्नि देना", "mukhagni", "मुखाग्नि",
                     "send it to my village", "send it home", "send my body", "take my body", "cremate me",
                     "burn me in the village"),
    # Someone else's body, or one already sent: "uski body", "tyachi body", "bhej di".
    "ga_someone_elses": ("uski", "उसकी", "uska", "उसका", "tyachi", "त्याची", "tyacha", "त्याचा", "tichi", "तिची",
                         "his body", "her body", "their body", "bhej di", "भेज दी", "bhej diya", "भेज दिया",
                         "pathavli", "पाठवली", "neli", "नेली", "was sent", "sent the body"),
    # Saved, or lived through it, last time: "pichle saal bach gaya tha", "मागच्या वेळी वाचलो".
    "ga_saved_before": ("pichle saal bach gaya", "pichli baar bach gaya", "pichhli baar bach gaya",
                        "पिछले साल बच गया", "पिछली बार बच गया", "pichli bar bach gaya", "pichle baar bach gaya",
                        "last time i survived", "survived last time", "last time they saved me",
                        "saved me last time", "मागच्या वेळी वाचलो", "magchya veli vachlo", "magchya veles vachlo",
                        "मागच्या वर्षी वाचलो", "magchya varshi vachlo", "tevha vachlo", "तेव्हा वाचलो"),
    # No mistake this time: "is baar koi galti nahi hogi", "yaveli chuk nahi".
    "ga_no_mistake": ("koi galti nahi", "कोई गलती नहीं", "koi galti nhi", "galti nahi hogi", "गलती नहीं होगी",
                      "no mistakes", "no mistake", "wont mess it up", "won't mess it up", "wont fail",
                      "won't fail", "chuk nahi", "चूक नाही", "chuk honar nahi", "चूक होणार नाही",
                      "is baar pakka", "इस बार पक्का", "this time for sure", "yaveli nakki", "यावेळी नक्की"),
    # What a near miss on the road or at an exam is followed by.
    "ga_ordinary_lesson": ("helmet", "हेल्मेट", "exam", "paper", "पेपर", "interview", "match", "challan", "चालान",
                           "fine", "licence", "license", "driving", "गाडी", "gaadi", "gadi", "accident", "एक्सीडेंट",
                           "seat belt", "speed", "practice", "सराव", "sarav"),
    # Never there again: "कधीच नसेन", "or any after".
    "ga_never": ("कधीच नसेन", "kadhich nasen", "kadhi nasen", "कधीच नसणार", "kadhich nasnar", "कभी नहीं रहूंगा",
                 "kabhi nahi rahunga", "कभी नहीं", "kabhi nahi", "or any after", "or any other", "ever again",
                 "never again", "or ever"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

GONE_AWAY_FOR_GOOD: tuple[Combination, ...] = (
    Combination(S, (_g("ga_children"), _g("relay"), _g("ga_father_gone")), 12, across=True,
                unless=_g("ga_back_soon"), unless_reach=12),
    Combination(S, (_g("ga_body"), _g("ga_send_home")), 6, across=True, unless=_g("ga_someone_elses"),
                unless_reach=4),
    Combination(S, (_g("ga_saved_before"), _g("ga_no_mistake")), 14, across=True,
                unless=_g("ga_ordinary_lesson"), unless_reach=10),
    Combination(S, (_g("hinted_ahead"), _g("hinted_i_wont_be"), _g("ga_never")), 10, across=True),
)
