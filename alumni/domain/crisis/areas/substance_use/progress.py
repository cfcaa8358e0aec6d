"""Substance-use words of progress told with the words of using: a slip placed in the past
beside a clean count today ("slipped in march, day 60 today"), the old habit remembered as a
contrast ("pichle saal roj peeta tha, aaj dukaan pe hu"), and the others who drank while the
writer did not ("sab pee rahe the, maine juice piya", "मित्राने बाटली दिली, मी परत केली").
alumni.domain.crisis.sober_progress reads them; a relapse with a recent anchor ("kal raat",
"this week") stays a relapse."""
from __future__ import annotations

NEW: dict[str, tuple[str, ...]] = {
    # A time well behind the writer: a month by name, last year, "mage", "used to".
    "past_anchor": (
        "january", "february", "march", "april", "june", "july", "august", "september",
        "october", "november", "december", "janvari", "जनवरी", "जानेवारी", "farvari", "फरवरी",
        "फेब्रुवारी", "मार्च", "april", "अप्रैल", "एप्रिल", "जून", "जुलाई", "जुलै", "agast",
        "अगस्त", "ऑगस्ट", "सितंबर", "सप्टेंबर", "अक्टूबर", "ऑक्टोबर", "नवंबर", "नोव्हेंबर",
        "दिसंबर", "डिसेंबर",
        "last year", "last yr", "years ago", "year ago", "months ago", "pichle saal", "pichhle saal",
        "पिछले साल", "पिछले बरस", "saal pehle", "साल पहले", "mahine pehle", "महीने पहले",
        "magchya varshi", "मागच्या वर्षी", "मागील वर्षी", "varshapurvi", "वर्षापूर्वी",
        "वर्षांपूर्वी", "mahinyapurvi", "महिन्यांपूर्वी", "mage", "मागे", "pehle",
        "पहले", "pahle", "pahile", "पहिले", "back then", "those days", "un dino", "उन दिनों", "tya veli", "त्या वेळी",
        "tevha", "तेव्हा",
    ),
    # Years or months back, counted: "three years back", "चार साल पहले", "तीन वर्षांपूर्वी".
    "years_ago": (
        "years ago", "years back", "year back", "year ago", "months back", "months ago", "saal pehle",
        "साल पहले", "saal pahle", "saal purv", "साल पूर्व", "mahine pehle", "महीने पहले", "varshapurvi",
        "वर्षापूर्वी", "वर्षांपूर्वी", "varshanpurvi", "mahinyapurvi", "महिन्यांपूर्वी", "महिन्यापूर्वी",
    ),
    # The past told as a habit: "used to", "peeta tha", "पीत होतो", "असायचं".
    "habitual_past": (
        "used to", "use to", "peeta tha", "pita tha", "पीता था", "peete the", "पीते थे", "leta tha",
        "लेता था", "lete the", "लेते थे", "karta tha", "करता था", "bolte the", "बोलते थे",
        "pit hoto", "पीत होतो", "pyaycho", "प्यायचो", "ghyaycho", "घ्यायचो", "ghet hoto", "घेत होतो",
        "asaycha", "asaych", "असायचं", "असायचा", "असायची", "mhanayche", "म्हणायचे", "asaycho", "असायचो",
        "rehta tha", "rahta tha", "रहता था", "रहती थी", "rehti thi", "pada rehta", "पड़ा रहता", "padlelo asaycho",
        "पडलेलो असायचो",
        # where the money and the evenings went: "पहले सब नशे में जाता था", "आधी सगळं दारूत जायचं"
        "jata tha", "jaata tha", "जाता था", "jati thi", "jaati thi", "जाती थी", "jate the", "jaate the", "जाते थे",
        "jaycha", "jaaycha", "jaych", "जायचं", "जायचा", "जायची", "जायचे", "jaycho", "जायचो", "basaycho",
        "बसायचो", "padaycho", "पडायचो",
    ),
    # What would have happened and did not: "पूर्वी सरळ गुत्त्यावर गेलो असतो", "adhi he paise bar
    # madhe gele aste".
    "would_have": (
        "would have", "would've", "wouldve", "gele aste", "गेले असते", "gelo asto", "गेलो असतो",
        "gela asta", "गेला असता", "geli asti", "गेली असती",
    ),
    # Now, close to the message: a slip with one of these beside it is today's slip (the short
    # words, "kal", "aaj", "ab", "आता", whose skeletons are other words', are read by
    # sober_progress from the letters typed).
    "recent": (
        "today", "2day", "tonight", "last night", "yesterday", "this week", "this morning",
        "this weekend", "just now", "kal raat", "कल रात", "is hafte", "इस हफ्ते", "ya athavdyat",
        "या आठवड्यात", "aaj sakali", "आज सकाळी", "ratri", "रात्री", "now",
    ),
    # Someone offering it: "Dad poured me a drink", "bottle gift kari", "बाटली दिली".
    "handed_over": (
        "poured me", "offered", "offered me", "handed me", "gifted", "gift kari", "gift ki",
        "गिफ्ट करी", "गिफ्ट की", "gift dili", "गिफ्ट दिली", "diya", "दिया", "di", "दी", "dili",
        "दिली", "dila", "दिला", "kholi", "खोली", "ghe re", "घे रे", "le le", "ले ले", "lo na",
        # asked along, invited: "फिर पूछा", "प्यायला बोलावलं"
        "poochha", "puchha", "pucha", "पूछा", "asked me", "vicharla", "विचारलं", "विचारले", "bulaya",
        "बुलाया", "bolavla", "बोलावलं", "बोलावले", "invited", "invited me", "kept pushing",
        # offered in the words of the host (rounds 128-129): "ग्राहक ने व्हिस्की ऑफर की", the Rajasthani
        # "मनुहार" (the insistent offer of opium or drink to a guest)
        "ऑफर की", "offer ki", "offer kiya", "ऑफर किया", "ऑफर केली", "offer keli", "मनुहार", "manuhar", "manuhaar",
    ),
    # The writer's own way out of it: handing it back, leaving, driving, a drink of his own.
    "abstained": (
        "gave it back", "returned it", "returned", "wapas kar di", "wapas kar diya", "वापस कर दी",
        "वापस कर दिया", "lauta di", "लौटा दी", "parat keli", "परत केली", "parat dili", "परत दिली",
        "designated driver", "was the driver", "was driving", "i drove", "driver tha", "ड्राइवर था",
        "gaadi chala raha", "गाड़ी चला रहा", "gaadi chalavat", "गाडी चालवत", "driver hoto", "ड्रायव्हर होतो", "stuck to", "stayed sober", "stayed clean", "i left", "and left",
        "left early", "booked an uber", "went home", "ghar aa gaya", "घर आ गया", "ghari aalo",
        "घरी आलो", "nighalo", "निघालो", "nikal gaya", "निकल गया", "rasta badal", "रास्ता बदल",
        "rasta hi badal", "रास्ता ही बदल", "nahi peeta", "नहीं पीता", "nahi pita", "don't drink",
        "dont drink", "pit nahi", "पीत नाही", "ghet nahi", "घेत नाही", "no thank you", "no thanks", "nahi mhanalo",
        "नाही म्हणालो", "mana kar diya",
        # the masculine object (a peg, a glass) and the plural (round 16): "मैंने नहीं लिया".
        "maine nahi liya", "मैंने नहीं लिया", "maine nahi liye", "मैंने नहीं लिए", "maine nahi piya", "मैंने नहीं पिया",
        # not taken, said of the writer's own turn: "मी नाही घेतलं", "maine nahi li"
        "nahi ghetla", "nahi ghetli", "नाही घेतलं", "नाही घेतला", "नाही घेतली", "ghetla nahi", "ghetli nahi",
        "घेतलं नाही", "घेतली नाही", "maine nahi li", "मैंने नहीं ली", "maine nahi pi", "मैंने नहीं पी",
        "i didn't have any", "i didnt have any", "i had none",
        # keeping away from it, or doing something else instead
        "stayed away", "kept away", "kept my distance", "instead", "door raha", "door rahi", "dur raha",
        "दूर रहा", "दूर रही", "दूर ही रहा", "alag baitha", "अलग बैठा", "lamb rahilo", "laamb rahilo",
        "लांब राहिलो", "लांब राहिले", "lamb rahile", "uske bajaye", "उसके बजाय", "iske bajaye", "इसके बजाय",
        "tyaaivaji", "त्याऐवजी", "came home sober", "came home",
        # not touching it: "मैंने हाथ नहीं लगाया", "हात लावला नाही"
        "haath nahi lagaya", "hath nahi lagaya", "हाथ नहीं लगाया", "हाथ भी नहीं लगाया", "haat lavla nahi",
        "हात लावला नाही", "हात पण लावला नाही", "didn't touch", "didnt touch", "did not touch",
        "never touched",
        # not even touched, in every gender and script (round 14): "मैंने छुई तक नहीं", "मुंह भी
        # नहीं लगाया", "मी शिवलो पण नाही"
        "chhua tak nahi", "छुआ तक नहीं", "chhui tak nahi", "छुई तक नहीं", "chhue tak nahi", "छुए तक नहीं",
        "chhua bhi nahi", "छुआ भी नहीं", "chhui bhi nahi", "छुई भी नहीं", "nahi chhua", "नहीं छुआ",
        "nahi chhui", "नहीं छुई", "muh bhi nahi lagaya", "मुंह भी नहीं लगाया", "मुँह भी नहीं लगाया",
        "muh tak nahi lagaya", "मुंह तक नहीं लगाया", "haath tak nahi lagaya", "हाथ तक नहीं लगाया",
        "shivlo pan nahi", "शिवलो पण नाही", "shivlo nahi", "शिवलो नाही", "tond pan lavla nahi",
        "तोंड पण लावलं नाही", "तोंडही लावलं नाही", "हातही लावला नाही",
        # not a sip, not a drop (rounds 126-127): "एक घूंट नहीं", "khud ek boond nahi"
        "एक घूंट नहीं", "ek ghoont nahi", "ek ghunt nahi", "एक घोट नाही", "ek ghot nahi", "एकही घोट नाही",
        "not a sip", "not one sip", "not a single sip", "ek boond nahi", "एक बूंद नहीं", "एक थेंब नाही", "ek themb nahi",
        # the refusal with the writer unnamed, after the others' offer: "sab bole ek peg le le. nahi liya",
        # "bottle ughadlya pan mi nahi pilo", "gaya par piya nahi" (not "nahi pi": its skeleton is "nahi pai", could not)
        "nahi liya", "नहीं लिया", "piya nahi", "पिया नहीं", "nahi piya", "नहीं पिया",
        "nahi pilo", "नाही पिलो", "pilo nahi", "पिलो नाही", "nahi pyalo", "नाही प्यालो", "didnt drink", "didn't drink",
        "did not drink", "ghot nahi ghetla", "घोट नाही घेतला", "touch nahi kiya", "touch नहीं किया", "touch नाही केलं",
        # rounds 128-129: refused plainly ("मैंने साफ मना किया", "मी touch पण केली नाही", "said no thanks")
        "saaf mana kiya", "साफ मना किया", "maine mana kiya", "मैंने मना किया", "मैंने मना कर दिया", "nakar dila",
        "नकार दिला", "touch pan keli nahi",
        "touch पण केली नाही", "touch पण केलं नाही", "touch pan kela nahi", "touch bhi nahi kiya", "touch भी नहीं किया",
        "said no", "i said no",
        # rounds 130-131: "I came down and studied", "main neeche aa gaya"
        "i came down and", "main neeche aa gaya", "मैं नीचे आ गया", "mi khali aalo", "मी खाली आलो",
        # the writer's "only" while the others drank: "मैंने सिर्फ़ रंग खेला", "मी फक्त मटण खाल्लं"
        "मैंने सिर्फ़", "मैंने सिर्फ", "maine sirf", "मी फक्त", "mi fakt", "mi phakt", "without a single drop",
        "not a single drop",
    ),
    # Not going where the others called ("प्यायला बोलावलं, मी गेलो नाही"): the writer's way out
    # only after an invitation (alone, "kaam pe nahi gaya" is a day lost to drink).
    "not_gone": (
        "gelo nahi", "गेलो नाही", "geli nahi", "गेली नाही", "nahi gaya", "नहीं गया", "nahi gayi", "नहीं गई",
        "didn't go", "didnt go", "did not go", "never went",
    ),
    # The writer joining the others: "and so was I", "main bhi baith gaya", "मी पण बसलो".
    "joined_in": (
        "so was i", "so did i", "me too", "me as well", "joined them", "joined in", "i joined",
        # round 57's reading: gone along with them ("everyone went drinking, i went too")
        "i went too", "i went along", "went along with them", "main bhi gaya", "मैं भी गया", "mi pan gelo",
        "मी पण गेलो", "main bhi chala gaya", "मैं भी चला गया",
        "main bhi baith gaya", "मैं भी बैठ गया", "main bhi shamil", "मैं भी शामिल", "mi pan basalo",
        "मी पण बसलो", "mi pan samil", "मी पण सामील",
        # the writer's own glass after the others': "i had a few with them"
        "had a few with them", "had one with them", "had some with them", "had a couple with them",
        "drank with them", "i had one too", "i also had", "i also drank", "i had a few too",
        # round 27: "सबने पी, मैंने भी थोड़ी सी", "सगळे प्यायले, मीपण" (the glued "me too" only:
        # "मी पण" alone is any "I too")
        "मैंने भी थोड़ी", "maine bhi thodi", "मैंने भी ली", "maine bhi li", "मीपण", "mipan", "मी पण घेतली",
        "mi pan ghetli", "मी पण प्यायलो", "mi pan pyalo", "i had some too", "so i also did", "i also did",
    ),
    # The bottle got rid of: "poured it down the sink", "नाली में फेंक दी", "ओतून दिली".
    "disposed": (
        "down the sink", "down the drain", "sink me", "naali me", "नाली में", "phenk di", "फेंक दी",
        "phenk diya", "फेंक दिया", "otun dili", "ओतून दिली", "otun takli", "ओतून टाकली",
        "threw it away", "threw away the",
    ),
    # Drinks the writer chose while the others drank ("coke" is cocaine to the rules: only
    # sober_progress reads this list, and only beside the others' drinking).
    "own_drink": (
        "juice", "जूस", "ज्यूस", "soda", "mocktail", "cold drink", "कोल्ड ड्रिंक", "water",
        "nimbu pani", "sarbat", "ताक", "taak", "chaas", "coke", "कोक", "pepsi", "पेप्सी",
        "lime soda", "fresh lime", "cold coffee", "कोल्ड कॉफी", "lemon water", "chai", "चाय",
        "chaha", "चहा", "limbu pani", "लिंबू पाणी", "sprite", "limca", "fanta", "thums up", "7up",
        "frooti", "maaza", "mountain dew", "lassi", "लस्सी", "buttermilk", "jaljeera", "kokum", "sharbat",
        "शरबत", "सरबत", "थम्स अप", "थम्सअप", "स्प्राइट", "लिम्का", "फ्रूटी", "फँटा", "फैंटा",
        # round 14: the same drinks as typed in Devanagari ("मैंने नींबू पानी पकड़े रखा")
        "नींबू पानी", "निंबू पानी", "नीबू पानी", "नींबू सोडा", "लेमन सोडा", "मॉकटेल",
        "कोल्ड कॉफ़ी", "जलजीरा", "लिंबू सरबत", "कोकम",
        # rounds 126-127's reading of older sobriety lines ("I stuck to cola", "asked for a glass of milk";
        # not thandai, which may hold bhang, nor milk, which is also the milkman's money)
        "lemonade", "cola", "tea", "glass of milk", "coffee", "कॉफी", "नारळपाणी",
        "naralpani", "naral pani", "nariyal pani", "नारियल पानी", "coconut water", "shikanji", "शिकंजी",
        # rounds 128-129: the Kashmiri kahwa, lemon water typed as one word
        "kahwa", "kehwa", "qahwa", "कहवा", "क़हवा", "noon chai", "नून चाय", "लिंबूपाणी", "limbupani", "nimbupani",
        "sherbet",
    ),
    # The company that drank: everyone, the friends, the neighbourhood boys, the team ("others"
    # is read by rules this must not widen).
    "drinkers": (
        "everyone", "everybody", "someone", "sab", "sabne", "सब", "सबने", "sagle", "सगळे",
        "sagalyanni", "सगळ्यांनी", "friends", "cousins", "colleagues", "dost", "दोस्त", "mitra", "मित्र", "mitrane",
        "मित्राने", "log", "लोग", "boys", "guys", "ladke", "लड़के", "pora", "पोरं", "team",
        # the wedding procession, the friends as the doers ("मित्रांनी", "doston ne")
        "baraat", "barat", "बारात", "varat", "वरात", "mitranni", "मित्रांनी", "doston ne", "दोस्तों ने",
        "dosto ne", "mitrana", "crowd", "whole party",
        # some people, the people there: "काही लोक", "kuch log", "the other drivers"
        "lok", "लोक", "kahi lok", "काही लोक", "kuch log", "कुछ लोग", "other drivers", "the drivers", "drivers",
        "people",
        # round 26: a labour camp or the riders at a stand, with the verb's "is" or "are"
        "whole camp", "whole camp is", "camp is", "pura camp", "poora camp", "पूरा camp", "पूरा कैंप", "camp में सब",
        "camp मध्ये", "riders", "riders are", "the riders are",
        # round 14: a group named by where it is from, the guests and relatives at a function
        "office wale", "ऑफिस वाले", "ghar wale", "घर वाले", "gharwale", "घरवाले", "gaon wale", "गांव वाले",
        "mohalle wale", "मोहल्ले वाले", "office che", "ऑफिसचे", "baraati", "बाराती", "rishtedar", "रिश्तेदार",
        "mehman", "मेहमान", "pahune", "पाहुणे", "padosi", "पड़ोसी", "shejari", "शेजारी",
        # rounds 128-129: the contractor and the tenant, and the company of users ("ganja ओढणाऱ्यांसोबत बसलो")
        "contractor", "tenant", "thekedar", "ठेकेदार", "odhnaryansobat", "ओढणाऱ्यांसोबत", "pinaryansobat", "पिणाऱ्यांसोबत",
        "peene walon ke saath", "पीने वालों के साथ",
    ),
}

EXTENDS: dict[str, tuple[str, ...]] = {
    # "फिसला": the slip in its short form, as people type it.
    "relapse": ("phisla", "fisla", "फिसला", "फिसली", "phisli", "fisli"),
}
