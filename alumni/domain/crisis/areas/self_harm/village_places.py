"""Suicide told in a village by the place and the means rather than the word (round 12:
holdout 32, rural and voice-typed): the well (कुआं, विहीर), the canal (नहर, कॅनॉल), the
railway line, the tree and the rope (पेड़, झाड, आंबा, रस्सी, दोर), the farm's poison; going
there tonight or for good, sitting there, the one already chosen, "it is there after all";
"the only way" beside death or a means; "by morning we won't be"; talking for the last
time; "we'll see in the next life" when this one cannot pay; going before the bank comes.
On the Konkan coast (round 13: holdout 35), the sea, the creek (खाडी), the jetty, the
lighthouse and the boat taken out: going there tonight alone or not to come back, the sea
that can take me too or the creek that will free me, sitting there saying bye on the phone;
and the rope tied in the coconut grove, going there after dark.
And the family's reports: the rope taken towards the orchard, sitting by the well since
morning and not speaking, run towards the canal, gone saying he won't come back.

The places and the means are everyday words in a village (water is fetched from the well,
the canal is opened for the crops, a rope ties the cattle, a swing hangs from the mango
tree; on the coast the boat goes out at night with the crew to fish, friends sit at the
jetty, the lighthouse is a picnic), so each counts only beside a second family that no chore has, and each rule names
the chores that cancel it. Words and the rules that read them (appended to the area's
COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

# The places and the means a village has at hand (rail_line, danger_place: the well, the canal).
_PLACE = ("danger_place", "rail_line", "tree_spot", "well_en")
_MEANS = _PLACE + ("ligature", "poison")

NEW: dict[str, tuple[str, ...]] = {
    # A tree to go to: the orchard, the mango tree, "झाडाकडे" (the rope is what makes it a means).
    "tree_spot": (
        "ped", "पेड़", "पेड", "tree", "trees", "zaad", "jhaad", "झाड", "zadakade", "jhadakade", "झाडाकडे",
        "झाडकडे", "zadkade", "orchard", "bagiya", "बगिया", "bagicha", "बगीचा", "बगीचे", "aamrai", "amrai",
        "आमराई", "aamba", "आंबा", "आंबाना", "aambyachya", "आंब्याच्या", "aam ke ped", "आम के पेड़",
        "aam ka ped", "आम का पेड़", "neem ke ped", "नीम के पेड़", "pimpal", "पिंपळ", "babhul", "बाभूळ",
        "babool", "बबूल",
        # the Konkan's coconut and areca groves: "माडाच्या बागेत"
        "माडाच्या", "madachya", "maadachya", "माडाखाली", "madakhali", "नारळाच्या बागेत", "naralachya baget",
        "पोफळीच्या", "coconut grove", "coconut trees", "coconut tree",
    ),
    # The well in English, only with its article ("well" alone is "fine"); not a danger_place,
    # whose rules would read a rope for the well's bucket.
    "well_en": ("the well", "a well", "our well", "village well", "farm well", "the village well"),
    # "The only way", "ek hi rasta", "ekach upay": a way out, said of nothing named.
    "only_way": (
        "only solution", "only way", "only option", "only way out", "only choice", "only answer",
        "no other way", "no other option", "last option", "ek hi rasta", "ek hi raasta", "ek hi rasta",
        "एक ही रास्ता", "ek hi upay", "ek hi upaay", "एक ही उपाय", "ek hi ilaj", "ek hi ilaaj", "एक ही इलाज",
        "ek hi chara", "एक ही चारा", "ekach upay", "ekach upaay", "एकच उपाय", "ekach marg", "एकच मार्ग",
        "ekach rasta", "एकच रस्ता", "ekach paryay", "एकच पर्याय", "ekmev upay", "एकमेव उपाय", "ekmev marg",
        "एकमेव मार्ग", "ekmev paryay", "एकमेव पर्याय", "koi aur rasta nahi", "कोई और रास्ता नहीं",
        "dusra rasta nahi", "दूसरा रास्ता नहीं", "dusra koi rasta nahi", "dusra upay nahi", "दुसरा उपाय नाही",
        "dusra paryay nahi", "दुसरा पर्याय नाही", "aakhri rasta", "आखिरी रास्ता", "shevatcha paryay",
        "शेवटचा पर्याय", "shevatcha upay", "शेवटचा उपाय",
    ),
    # Roads and routes: "the only way to the field is along the canal".
    "route_word": (
        "along", "through", "via", "road", "raste se", "se hokar", "से होकर", "paar", "पार", "cross",
        "crossing", "jane ka", "jaane ka", "जाने का", "pahunchne", "पहुंचने", "javalun", "जवळून", "kadene",
        "कडेने", "pohochayla", "पोहोचायला", "to reach", "to get to",
    ),
    # The faithful "only way": God's help, prayer, trust.
    "faith_word": (
        "bharosa", "भरोसा", "sahara", "सहारा", "dua", "दुआ", "prarthana", "प्रार्थना", "pray", "prayer",
        "kripa", "कृपा", "krupa", "aashirwad", "आशीर्वाद", "vishwas", "विश्वास", "madad", "मदद", "help",
        "bhakti", "भक्ति", "naam japo", "seva", "सेवा",
    ),
    # The crop or the pest the farm's poison is for: "pikasathi ekach upay".
    "crop_target": (
        "pikasathi", "पिकासाठी", "pikavar", "पिकावर", "fasal par", "fasal pe", "फसल पर", "fasal ke liye",
        "फसल के लिए", "for the crop", "on the crop", "for crops", "keede", "कीड़े", "kide", "kid",
        "ali", "अळी", "chuhon", "चूहों", "undir", "उंदीर", "undrasathi", "उंदरासाठी", "rats", "pests",
        "weeds", "tan", "तण", "spray kar", "favarni kar", "फवारणी कर",
    ),
    # The coast: the jetty, the creek, the lighthouse, the shore (the sea itself is water_body).
    # The creek is read with its Marathi endings; "खाडी" alone is in water_body already.
    "coast_place": (
        "jetty", "jetti", "jeti", "जेटी*", "जेट्टी*", "jettyvar", "jettyjaval", "dhakkyavar", "धक्क्यावर",
        "बंदरावर", "बंदरात", "bandaravar", "khadit", "khadikade", "khadijaval", "khadivar", "khadich",
        "खाडीत", "खाडीकडे", "खाडीजवळ", "खाडीवर", "खाडीच", "creek", "creekjaval", "lighthouse",
        "light house", "lighthouses", "दीपस्तंभ*", "deepstambh*", "dipstambh*", "लाईटहाऊस*", "लाइटहाउस*",
        "samudrat", "samudrakade", "samudravar", "samudrach", "समुद्रात", "समुद्राकडे", "समुद्रावर", "समुद्रच",
        "samundar me", "समंदर में", "kinaryavar", "किनाऱ्यावर", "किनार्यावर", "the sea", "the ocean",
    ),
    # The sea, the creek as the one that acts: "the sea can take me", "खाडीच मला सोडवेल" (not
    # "sea" alone, whose skeleton is Hindi "से"; not "lata", a name).
    "sea_itself": (
        "the sea", "ocean", "the ocean", "waves", "the creek", "samudra", "समुद्र", "samudrach", "समुद्रच",
        "दर्या", "dariya", "दरिया", "samundar", "समंदर", "khadi", "खाडी", "khadich", "खाडीच", "लाटा", "लाटाच",
        "it can", "it will",
    ),
    # Taking the boat out: "होडी सोडतोय", "hodi gheun", "take the dinghy out".
    "boat_out": (
        "hodi gheun", "होडी घेऊन", "hodi sodto", "hodi sodtoy", "होडी सोडतो", "होडी सोडतोय", "hodi kadhto",
        "होडी काढतो", "होडी काढतोय", "hodi kadhli", "होडी काढली", "hodi ghetli", "होडी घेतली", "dinghy out",
        "boat out", "take the boat", "take the dinghy", "taking the boat", "taking the dinghy", "took the boat",
        "took the dinghy", "the small dinghy", "small boat out", "naav le ke", "नाव ले के", "nav lekar",
        "नाव लेकर", "boat gheun", "boat ghetli",
    ),
    # Alone: "ekta", "एकटाच", "akela", "by myself".
    "alone": (
        "alone", "all alone", "by myself", "on my own", "ekta", "ekti", "एकटा", "एकटी", "एकटाच", "एकटीच",
        "ektach", "ektich", "akela", "akeli", "akele", "अकेला", "अकेली", "अकेले",
    ),
    # Deep water looked at: "pani khol aahe", "पानी बहुत गहरा".
    "deep_water": (
        "pani khol", "paani khol", "पाणी खोल", "khol pani", "खोल पाणी", "pani gehra", "paani gehra",
        "पानी गहरा", "gehra pani", "गहरा पानी", "deep water", "water is deep", "so deep",
    ),
    # Will free me: "खाडीच मला सोडवेल", "the sea will set me free".
    "frees_me": (
        "mala sodvel", "मला सोडवेल", "mala sodavel", "majhi sutka karel", "माझी सुटका करेल", "sutka karel",
        "सुटका करेल", "mukt karel", "मुक्त करेल", "will free me", "set me free", "free me", "mukti dega",
        "मुक्ति देगा", "mukti milel", "मुक्ती मिळेल",
    ),
    # Once it is dark: "अंधार पडला की", "andhera hote hi", "after dark".
    "after_dark": (
        "andhar padla ki", "अंधार पडला की", "अंधार पडलो की", "andhar padlyavar", "अंधार पडल्यावर",
        "andhera hote hi", "अंधेरा होते ही", "andhera hone par", "अंधेरा होने पर", "after dark",
        "once its dark", "once it's dark", "when it gets dark",
    ),
    # The coast's everyday company and errands: the crew, the catch, friends, a picnic, a swim
    # (the coast's rules read these rather than water_leisure, whose "boat" is the means here;
    # not the net: "not taking the net" names it as often).
    "coast_company": (
        "crew", "khalashi", "खलाशी", "खलाशांसोबत", "fishing", "fish", "masemari", "मासेमारी", "maase", "mase",
        "मासे", "machhi", "मच्छी", "catch", "mitransobat", "मित्रांसोबत", "dostansobat", "दोस्तांसोबत",
        "मित्रांबरोबर", "with friends", "with the boys", "friends", "picnic", "पिकनिक", "tourist*", "selfie",
        "photo", "photos", "sunset", "सूर्यास्त", "family", "kids", "trip", "weekend", "party", "coconut*",
        "naral", "नारळ*", "swim", "swimming", "pohayla", "पोहायला", "surf", "holiday",
        # back by a time named: "उद्यापर्यंत परत येणार नाही"
        "पर्यंत", "paryant", "till", "until", "उद्यापर्यंत", "udyaparyant",
    ),
    # Gone, of someone else: "खाडीकडे गेली", "samudrakade gela".
    "went_off": ("गेला", "गेली", "गेले", "gela", "geli", "gele", "nighun gela", "निघून गेला", "निघून गेली"),
    # All quiet in a while: "थोड्या वेळाने सगळं शांत होईल" (Malvani "सगळा शांत होताला").
    "calm_soon": (
        "सगळं शांत होईल", "सगळा शांत होईल", "sagla shant hoil", "sagla shaant hoil", "sab shant ho jayega",
        "सब शांत हो जाएगा", "all will be quiet", "it will all be quiet", "everything will be quiet",
        "everything will be calm", "all will be calm", "सगळं संपेल", "sagla sampel",
    ),
    # Which one: "already decided which tree", "kaunsa ped", "konti vihir".
    "which_one": (
        "which", "konta", "konti", "konte", "kontya", "कोणता", "कोणती", "कोणतं", "कोणत्या", "kaunsa",
        "kaun sa", "kaunsi", "kaun si", "कौनसा", "कौन सा", "कौनसी", "कौन सी", "kuthla", "kuthli", "कुठला",
        "कुठली", "कुठलं", "where", "kahan", "कहाँ", "कहां", "kuthe", "कुठे",
    ),
    # Planting or felling a tree, digging a well: why else one decides which.
    "tree_work": (
        "plant", "planting", "lagana", "lagaenge", "लगाना", "lavaycha", "लावायचं", "lagvad", "लागवड",
        "ropan", "रोपण", "cut down", "katna", "काटना", "todaycha", "तोडायचं", "khodaycha", "खोदायचं",
        "khodna", "खोदना", "dig", "digging", "bore", "borewell",
    ),
    # "It is there after all": "kuan to hai hi", "vihir aahech ki", "there's always the tracks".
    "always_there": (
        "to hai hi", "toh hai hi", "तो है ही", "to hai na", "toh hai na", "तो है ना", "hai hi", "है ही",
        "aahech ki", "ahech ki", "आहेच की", "aahech", "ahech", "आहेच", "there's always", "theres always",
        "is always there", "always there", "still there",
    ),
    # Night, tonight: when one goes to the well and not for water.
    "by_night": (
        "aaj raat", "aaj ki raat", "आज रात", "आज की रात", "aaj ratri", "aaj ratree", "आज रात्री", "aaj ratila",
        "आज रात्रीला", "tonight", "2nite", "tonite", "raat ko", "रात को", "aadhi raat", "आधी रात",
        "madhyaratri", "मध्यरात्री", "aaj ratle", "आज रातले", "ratri", "रात्री",
    ),
    # The everyday reasons to be at the well or the canal at night: water, the pump, the watch.
    "water_chore": (
        "paani bharne", "pani bharne", "पानी भरने", "pani bharayla", "paani bharayla", "पाणी भरायला",
        "pani dene", "paani dene", "पानी देने", "pani dyayla", "पाणी द्यायला", "pani lagane", "paani lagane",
        "पानी लगाने", "pani lavayla", "पाणी लावायला", "bharne", "bharayla", "sinchai", "सिंचाई", "irrigation",
        "bhijvayla", "भिजवायला", "fasal ke liye", "फसल के लिए", "pikala", "पिकाला", "shetala", "शेताला",
        "khet me", "खेत में", "for the crops", "motor", "मोटर", "pump", "पंप", "bijli", "बिजली", "light", "लाईट", "current",
        "jagal", "जागल", "rakhwali", "रखवाली", "pahara", "पहारा", "kapde", "कपडे", "kapde dhone", "buffalo",
        "म्हशी", "mhashi", "janavar", "जनावर", "jaanvar", "जानवर", "visarjan", "विसर्जन", "ganpati",
        # the Chhath festival by its two words: "छठ" alone is the skeleton of "छत" (a roof)
        "गणपती", "chhath puja", "छठ पूजा", "pooja", "puja", "पूजा", "bucket", "balti", "बाल्टी", "badli", "बादली",
        "rahat", "रहाट", "gaal", "गाळ", "saaf", "साफ", "safai", "सफाई", "repair",
        # the well run dry, and the tanker instead (round 23): "कुएं का पानी सूख गया है"
        "sookh gaya", "सूख गया", "सूख गई", "sookh gayi", "aatla", "atla", "आटलं", "आटला",
        "आटली", "aatli", "dried up", "ran dry", "tanker", "टैंकर", "टँकर",
        # a well dug deeper or cleared of silt, water struck (round 56)
        "खोल करायला", "khol karayla", "khol karaila", "खोल करण्यासाठी", "खोदायला", "khodayla", "खोदकाम", "khodkam",
        "deepen", "deepening", "desilting", "pani lagla", "पाणी लागलं", "पाणी लागले", "paani laga", "पानी लगा",
    ),
    # Ran there: "कॅनॉलकडे पळाला", "daud ke gaya", "ran towards the well".
    "ran_to": (
        "palala", "पळाला", "palali", "पळाली", "palale", "पळाले", "palat gela", "पळत गेला", "palat geli",
        "पळत गेली", "dhavat gela", "धावत गेला", "dhavat geli", "धावत गेली", "daud ke gaya", "दौड़ के गया",
        "daudkar gaya", "दौड़कर गया", "daud gaya", "दौड़ गया", "bhag ke gaya", "भाग के गया", "bhaagte hue",
        "भागते हुए", "ran", "ran off", "ran towards", "ran to", "running towards", "rushed towards",
    ),
    # Ran there for someone else's sake: to save, to help, to fetch.
    "rescue": (
        "vachvayla", "वाचवायला", "bachane", "बचाने", "bachaane", "to save", "to help", "madat", "मदत",
        "kadhayla", "काढायला", "nikalne", "निकालने", "pohayla", "पोहायला", "nahane", "नहाने",
    ),
    # Sitting there and not speaking: "kahich bolat nahit", "kuch bol nahi rahe", "गुमसुम".
    "silent_there": (
        "kahich bolat nahit", "kahich bolat nahi", "kahi bolat nahi", "kahi bolat nahit", "काहीच बोलत नाहीत",
        "काहीच बोलत नाही", "काही बोलत नाही", "काही बोलत नाहीत", "kuch bol nahi rahe", "kuch bol nahi raha",
        "kuch bol nahi rahi", "कुछ बोल नहीं रहे", "कुछ बोल नहीं रहा", "कुछ बोल नहीं रही", "kuch nahi bol rahe",
        "kuch nahi bol raha", "kuch nahi bol rahi", "कुछ नहीं बोल रहे", "कुछ नहीं बोल रहा", "कुछ नहीं बोल रही",
        "not speaking", "not talking", "wont speak", "won't speak", "wont talk", "won't talk",
        "not saying anything", "gumsum", "गुमसुम", "chupchap", "चुपचाप", "gapp basun", "गप्प बसून",
    ),
    # "Come quickly": the family calling for help.
    "come_quick": (
        "lavkar ya", "लवकर या", "lavkar yaa", "lavkar ye", "लवकर ये", "jaldi aao", "जल्दी आओ", "jaldi aaiye",
        "जल्दी आइए", "jaldi aaiye", "jaldi aayiye", "come fast", "come quickly", "come quick", "please come",
        "jaldi chaliye", "जल्दी चलिए",
    ),
    # Gone saying he won't come back: "kah ke gaye the ab nahi aaunga".
    "wont_return": (
        "ab nahi aaunga", "अब नहीं आऊंगा", "ab nahi aaungi", "अब नहीं आऊंगी", "ab nahi aaenge", "ab nahi aayenge",
        "अब नहीं आएंगे", "nahi lautunga", "नहीं लौटूंगा", "nahi lautenge", "नहीं लौटेंगे", "wapas nahi aayenge",
        "वापस नहीं आएंगे", "parat nahi yenar", "परत नाही येणार", "ata yenar nahi", "आता येणार नाही",
        "ghari yenar nahi", "घरी येणार नाही", "wont be back", "won't be back", "not coming back",
        "never come back", "parat yaycha nahi", "परत यायचा नाही", "परत यायचं नाही", "parat yaycha nay",
        "not come back", "wont come back", "won't come back",
    ),
    # Talking for the last time: "antim baar baat kar rahe hain", "shevatcha boltoy".
    "last_talk": (
        "antim baar baat", "अंतिम बार बात", "aakhri baar baat", "akhri baar baat", "aakhri bar baat",
        "आखिरी बार बात", "आख़िरी बार बात", "last time baat", "last baar baat", "shevatcha bolto",
        "shevatcha boltoy", "शेवटचं बोलतो", "शेवटचं बोलतोय", "shevatcha bolat", "शेवटचं बोलत", "shevatch bolto",
        "talking for the last time", "speaking for the last time", "talking to you for the last time",
        "last time im talking", "last time i'm talking", "last time we talk", "last time i talk",
    ),
    # The next life, as where a debt or a wish will be seen to.
    "next_life": (
        "pudhchya janmat", "पुढच्या जन्मात", "pudhcha janm", "पुढचा जन्म", "agle janam", "agle janm", "अगले जन्म",
        "agle janam me", "अगले जन्म में", "next life", "next birth", "in my next life", "dusre janam",
        "दूसरे जन्म",
    ),
    # This life: "या जन्मात", "is janam me".
    "this_life": (
        "ya janmat", "या जन्मात", "hya janmat", "ह्या जन्मात", "is janam", "is janm", "इस जन्म", "this life",
        "is zindagi me", "इस ज़िंदगी में", "is jindagi me",
    ),
    # A debt and who collects it: what the next life or going first is about.
    "dues": (
        "karz", "karza", "karja", "karj", "कर्ज", "कर्ज़", "कर्जा", "loan", "लोन", "notice", "नोटीस", "नोटिस",
        "japti", "जप्ती", "lilav", "लिलाव", "nilami", "नीलामी", "kurki", "कुर्की", "auction", "vasuli", "वसुली",
        "bank", "बँक", "बैंक", "savkar", "सावकार", "sahukar", "साहूकार", "mahajan", "महाजन", "udhaar", "उधार",
    ),
    # Before that (before they come, before it is taken): "tyachya adhi", "uske pehle".
    "before_that": (
        "tyachya adhi", "त्याच्या आधी", "tyaadhi", "त्याआधी", "tya adhi", "uske pehle", "uske pahle", "उसके पहले",
        "usse pehle", "उससे पहले", "before that", "before they come", "before it comes",
    ),
    # The writer going, said of nowhere: "mi jaanar", "मैं चला जाऊंगा", "i'll be gone".
    "me_gone_first": (
        "mi jaanar", "mi janar", "मी जाणार", "me jaanar", "main chala jaunga", "मैं चला जाऊंगा",
        "main chali jaungi", "मैं चली जाऊंगी", "hum chale jayenge", "हम चले जाएंगे", "ill be gone", "i'll be gone",
        "i will be gone",
    ),
    # Romance says "next life" too: "in the next life too, only you".
    "love_word": (
        "pyar", "प्यार", "prem", "प्रेम", "love", "tuch", "तूच", "tum hi", "तुम ही", "saath", "साथ", "jodi",
        "जोडी", "bayko", "बायको", "navra", "नवरा", "husband", "wife", "dost", "friend",
    ),
    # The area's own lists, widened (departure.py, means.py, signing_off.py).
    # The well and the canal however typed: "कुआं", "vihiri javal", "कॅनॉलला", "canalkade".
    "danger_place": (
        "kuan", "kuaan", "kuwan", "कुआं", "कुआँ", "कुंआ", "कुँआ", "vihir*", "विहीर*", "विहिर*", "कॅनॉल*",
        "कॅनाल*", "कनाल", "canal*", "naharia", "नहरिया", "nahar par", "nahar pe", "नहर पर", "बावड़ी",
        "bawdi", "baudi", "pokhar", "पोखर", "pokhra",
    ),
    # The forest as where one goes (round 13): "jungle jaake", "जंगल वाले रास्ते पे". Only in the
    # rules below, beside ending it, nobody to stop one, or not coming back (a safari does not).
    "forest": ("jungle", "jungal", "jangal", "जंगल", "जंगल*", "forest", "the woods", "into the woods", "रान", "ranat", "रानात", "ranaat"),
    # Going there to do it: "jaake", "जाकर", "jaun".
    "go_and": ("jaake", "ja ke", "jaa ke", "jakar", "jaakar", "ja kar", "जाके", "जा के", "जाकर", "jaun", "jaaun",
               "जाऊं", "जाऊँ", "jaaoon", "jaoon", "जाऊन"),
    # Nobody there to stop the writer: "wahan koi nahi rokega", "kuni adavnar nahi".
    "none_to_stop": ("koi nahi rokega", "कोई नहीं रोकेगा", "koi nai rokega", "कोई नई रोकेगा", "koi nahi rok payega",
                     "कोई नहीं रोक पाएगा", "koi rok nahi payega", "कोई रोक नहीं पाएगा", "koi nahi rok sakta",
                     "कोई नहीं रोक सकता", "kuni adavnar nahi", "कुणी अडवणार नाही", "koni adavnar nahi",
                     "कोणी अडवणार नाही", "nobody will stop me", "no one will stop me", "nobody can stop me there",
                     "no one to stop me", "nobody to stop me"),
    # The railway line as voice-typing spells it: "relve line", "रेल्वे लाईन".
    "rail_line": (
        "relve line", "relvey line", "relway line", "railve line", "railway lines", "रेल्वे लाईन", "रेल्वे लाइन",
        "रेलवे लाइन", "रेलवे लाईन", "रेल लाइन", "rail ki line", "रेल की लाइन", "relve rul", "रेल्वे रूळ",
    ),
    # Bhojpuri "what will I do": "ab ka kari hum", "का करब".
    "why_live": ("ka kari", "का करी", "ka karin", "ka karab", "का करब", "ka kari hum"),
    # "By morning we won't be": the first person plural (and honorific) of eastern Hindi.
    "absent_future": ("hum nahi rahenge", "हम नहीं रहेंगे", "ham nahi rahenge", "hum na rahenge", "हम न रहेंगे",
                      "hum nahi rahab", "हम नहीं रहब"),
    # The one above's (way): "ek hi rasta dikh raha hai ... upar wala ka".
    "to_god": ("upar wala ka", "upar wale ka", "ऊपर वाले का", "ऊपर वाला का", "उपर वाले का", "upar vale ka"),
    # Sitting there, in the feminine and the honorific: "विहिरीजवळ बसली आहे", "बसलेत".
    "present_there": ("basli", "बसली", "basla", "बसला", "basle", "बसले", "baslet", "बसलेत", "basun ahet",
                      "baslay", "बसलाय", "basloy", "बसलोय", "bastoy", "बसतोय", "sitting at", "sitting by",
                      "बसलंय", "बसलंयं",
                      "बसून आहेत", "baithi hai", "बैठी है", "baithe hain"),
    # Tied and come back: "ped pe rassi bandh ke aaye hain", "बांधकर".
    "tie": ("bandh ke", "baandh ke", "बांध के", "bandh kar", "baandh kar", "बांधकर", "बांध कर", "bandhkar"),
    "by_morning": ("subah hone tak", "सुबह होने तक", "sakal honyaadhi", "सकाळ होण्याआधी", "pahat honyaadhi",
                   "पहाट होण्याआधी", "before morning", "before sunrise"),
}

EXTENDS: dict[str, tuple[str, ...]] = {
    # "samudrach maka ghevan jao" (घेऊन जावो), "it can take me also".
    "take_me": ("gheun jao", "घेऊन जावो", "घेऊन जाव", "take me too", "take me also", "can take me",
                "will take me", "mala gheun jail", "मला घेऊन जाईल", "mujhe le jayega", "मुझे ले जाएगा",
                "mujhe le jaega"),
}

# Where the coast's rules look: the shore's places, the sea, the boat taken out.
_COAST = ("coast_place", "water_body", "boat_out")

VILLAGE_PLACES: tuple[Combination, ...] = (
    # "The only solution" beside death or a means: "railway line is the only solution",
    # "maran hach ekach upay", "ek hi rasta dikh raha hai ... upar wala ka"; not the only road
    # along the canal, the only spray for the crop, nor God's help as the only way.
    Combination(S, (_g("only_way"), _g("die", "end", "suicide", "hang", "jump", "drown", "to_god", *_MEANS)), 8,
                unless=_g("route_word", "crop_target", "faith_word", "laugh")),
    # Already decided which tree, which well: a means chosen.
    Combination(S, (_g("chosen", "plan_made"), _g("which_one"), _g(*_MEANS, "hanging_point")), 5,
                unless=_g("tree_work", "wedding", "water_chore")),
    # "kuan to hai hi gaon me", beside "what will I do now": the means at hand, and no way on.
    Combination(S, (_g(*_MEANS), _g("always_there"), _g("why_live", "cant_cope", "fed_up", "trapped",
                                                         "worthless_me", "done_me")), 16, across=True,
                unless=_g("water_chore", "water_leisure", "laugh")),
    # Going to the well or the tracks tonight: "कुआं ... aaj raat wahi jaunga".
    Combination(S, (_g(*_PLACE), _g("going_there", "go_there", "present_there"), _g("by_night")), 10,
                across=True, unless=_g("water_chore", "water_leisure", "route_word", "wedding")),
    # Going there to sit for good: "कॅनॉलला ... तिथंच जाऊन बसतो कायमचं".
    Combination(S, (_g(*_PLACE), _g("going_there", "go_there"), _g("for_good")), 10, across=True,
                unless=_g("water_leisure", "away_trip")),
    # Run towards the canal or the tracks (not to save someone, nor the cattle).
    Combination(S, (_g("ran_to"), _g(*_PLACE, "water_body")), 3,
                unless=_g("rescue", "water_leisure", "hanging_harmless", "water_chore")),
    # Sitting by the well since morning and not speaking.
    Combination(S, (_g(*_PLACE, "water_body"), _g("present_there", "posture", "went_towards"), _g("silent_there")),
                10, across=True, unless=_g("water_leisure", "water_chore")),
    # A rope taken towards the orchard or a tree (not to tie the cattle or a swing).
    Combination(S, (_g("ligature", "noose_cord"), _g("carry"), _g("tree_spot", "hanging_point")), 8,
                unless=_g("hanging_harmless", "water_chore", "tree_work")),
    # A rope taken, and the family afraid or calling for help.
    Combination(S, (_g("ligature", "noose_cord"), _g("carry", "went_towards"), _g("fear", "come_quick")), 14,
                across=True, unless=_g("hanging_harmless")),
    # Not home since last night, gone saying he won't come back.
    Combination(S, (_g("gone_missing"), _g("wont_return", "for_good")), 16, across=True),
    # Talking for the last time, with thanks or sorry to all.
    Combination(S, (_g("last_talk"), _g("farewell_word", "goodbye", "apology", "entrust", "everyone_all")), 16,
                across=True, unless=_g("wedding")),
    # "Not in this life; we'll see in the next": this life refused, or a debt left to the next.
    Combination(S, (_g("this_life"), _g("negation"), _g("next_life")), 8, across=True,
                unless=_g("love_word", "laugh")),
    Combination(S, (_g("next_life"), _g("dues")), 12, across=True, unless=_g("love_word", "laugh")),
    # Going to the forest, the well or the water to end it: "jungle jaake khatam kar lunga",
    # "कुएं पे जाके खत्म कर दूंगा" (round 13).
    Combination(S, (_g(*_PLACE, "water_body", "forest"), _g("go_and"), _g("end_bare")), 5, order=True,
                unless=_g("water_chore", "water_leisure", "task")),
    # Going there where nobody will stop the writer: "जंगल वाले रास्ते पे जा रहा हूं, वहां कोई
    # नहीं रोकेगा".
    Combination(S, (_g(*_PLACE, "water_body", "forest"), _g("none_to_stop")), 14, across=True,
                unless=_g("water_leisure", "laugh")),
    # Gone towards the pond or the forest saying he won't come back: "talab ki taraf gaye, bol
    # ke gaye ki ab nahi lautunga".
    Combination(S, (_g(*_PLACE, "water_body", "forest"), _g("went_towards", "go_there", "going_there"),
                    _g("wont_return")), 14, across=True, unless=_g("water_leisure", "away_trip")),
    # The coast. Going to the sea, the creek, the jetty or out in the boat, not to come back
    # or for good: "होडी सोडतोय ... परत यायचा नाही"; not a trip, the catch or a swim.
    Combination(S, (_g(*_COAST), _g("go_there", "going_there", "present_there", "went_towards", "boat_out",
                                    "went_off"),
                    _g("wont_return", "for_good")), 16, across=True,
                unless=_g("coast_company", "away_trip", "laugh")),
    # The boat taken out, not to come back: "होडी सोडतोय ... परत यायचा नाही".
    Combination(S, (_g("boat_out"), _g("wont_return", "for_good", "goodbye")), 16, across=True,
                unless=_g("coast_company", "laugh")),
    # Sitting at the lighthouse or the creek, all to be quiet in a while.
    Combination(S, (_g(*_COAST), _g("present_there", "went_towards", "go_there"), _g("calm_soon")), 16,
                across=True, unless=_g("coast_company", "laugh")),
    # There alone, tonight, or with a sorry, a goodbye or deep water looked at: "tonight i take
    # the small dinghy out alone, tell aai sorry", "jetty var ekta, pani khol".
    Combination(S, (_g(*_COAST), _g("alone"), _g("by_night", "apology", "goodbye", "deep_water", "wont_return")),
                12, across=True, unless=_g("coast_company", "laugh")),
    # The sea that can take me too, the creek that will free me (the sea named first: "take
    # me to the sea" is an outing).
    Combination(S, (_g("sea_itself", "coast_place"), _g("take_me", "frees_me")), 8, order=True, across=True,
                unless=_g("coast_company", "laugh")),
    # Sitting by the creek saying bye on the phone (a family's report, or one's own).
    Combination(S, (_g(*_COAST), _g("present_there", "went_towards"), _g("farewell_word", "goodbye")), 12,
                across=True, unless=_g("coast_company", "laugh", "wedding")),
    # A rope tied in the coconut grove, going there after dark or tonight.
    Combination(S, (_g("ligature", "noose_cord"), _g("tie"), _g("tree_spot"),
                    _g("after_dark", "by_night", "go_there", "going_there")), 14, across=True,
                unless=_g("hanging_harmless", "water_chore", "tree_work")),
    # Going before the bank comes: "notice aali ... tyachya adhi mi jaanar".
    Combination(S, (_g("dues"), _g("before_that"), _g("me_gone_first")), 14, across=True),
)
