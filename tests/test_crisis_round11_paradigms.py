"""Round 11: the verbs of the core concepts in the forms a speaker uses them, and the rules
read against each form. For dying, killing oneself, not wanting to live, ending it, cutting
and hurting oneself, hanging, jumping, drowning, poison and pills swallowed, drinking or using
again and killing someone else: the forms by person, gender, number, tense, aspect and mood
(Hindi मरूँगा / मरूंगी / मर जाऊँ / मर जाता / मर गया तो / मरने जा रहा हूँ / मर के रहूंगा;
Marathi मरेन / मरीन / मरणारच / मरणारे / मरतोय / मरायचंय / मरावंसं वाटतं / मेलो तर /
मरण्याचा विचार; English inflections and shorthand), each in Devanagari and in the Latin
spellings people type (doubled vowels or single, a matra or a nasal missing, anusvara or
chandrabindu, "jauga" for "jaunga", "jayenge" for "jaenge", voice typing), put in a short
first-person sentence that a reader must act on. Beside each concept, everyday sentences
with the same verb forms (a phone that died, a photo hung, the work finished, a mosquito
killed, a dip in the pool) that must stay quiet.

The sentences are this round's own, written from the paradigm, not taken from any set.
ROUND_11 holds the forms the rules of c9997ee missed and QUIET_ROUND_11 the look-alikes
they raised: each of those tests fails without this round's change. ALREADY_READ and
QUIET_KEPT are the rest of the paradigm, which the rules read before: kept here so the
paradigm stays whole and a later change cannot lose a form. Read by the rules alone
(second_opinion=False), so the classifier cannot hide a rules regression.
"""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category, detect

# The forms the rules missed before this round, by concept and script.
ROUND_11: dict[str, dict[str, tuple[str, ...]]] = {
    "dying": {
        "en": (
            "i deserve to die", "i tried to die last night", "want2die",
        ),
        "hi-Deva": (
            "मैं मरूगा आज", "मरूगी मैं अब", "मैं मर जाऊगा", "मैं मर जांऊगा", "हम दोनों मर जायेंगे",
            "मैं मर गया तो सबको चैन मिलेगा", "मैं मरने जा रहा हूँ", "मरने जा रही हूं अब", "मैं मर के रहूंगा",
            "मैं मरकर रहूंगी", "मरकर ही चैन मिलेगा", "मैंने मरने की कोशिश की",
        ),
        "hi-Latn": (
            "main maruga aaj", "main marooga", "marugi main ab", "main mar jaonga", "main mar jauga",
            "mai mar jaugi", "main mr jaunga", "hum dono mar jayenge", "main mar gaya to sabko chain milega",
            "main marne ja raha hu", "marne ja rahi hu ab", "main mar ke rahunga", "main markar rahungi",
            "maine marne ki koshish ki", "main marne ke layak hu",
        ),
        "mr-Deva": (
            "मी मरणारच", "मी मरणारे", "मी मरणारंय आता", "मी मरेल आता", "मी मरतोय", "मी मरतेय", "मी मरून जाणार",
            "मला मरायला हवं", "मला मेलं पाहिजे", "मरण्याचा विचार करतोय", "मला मरण्याची इच्छा आहे",
            "मला मरणाचे विचार येतात", "मी मेले तर बरं", "मी मरण्याचा प्रयत्न केला", "चल, मरूया आपण",
        ),
        "mr-Latn": (
            "mi marnarach", "mi marnare", "mi marnaray ata", "mi marel ata", "mi martoy", "mi martey",
            "mi marun janar", "mala mela pahije", "marnyacha vichar kartoy", "mala marnyachi iccha ahe",
            "mi mele tar bara", "mi marnyacha prayatna kela", "chal, maruya apan",
        ),
    },
    "killing_oneself": {
        "en": (
            "killin myself tonight",
        ),
        "hi-Deva": (
            "अपनी जान ले लूं",
        ),
        "hi-Latn": (
            "main apni jaan le lu",
        ),
    },
    "not_living": {
        "en": (
            "i hate being alive", "i cant do life anymore",
        ),
        "hi-Deva": (
            "मैं जी नहीं सकता", "मैं अब जी नहीं पाऊंगा", "जी के क्या करूं", "जी कर क्या करूँगा", "किसके लिए जियूं",
        ),
        "hi-Latn": (
            "main jee nahi sakta", "mai ji nahi skta", "main ab jee nahi paunga", "jee ke kya karu",
            "ji kar kya karunga", "kiske liye jeeu",
        ),
        "mr-Deva": (
            "जगून काय करू", "कोणासाठी जगू",
        ),
        "mr-Latn": (
            "jagun kay karu", "kunasathi jagu",
        ),
    },
    "ending_it": {
        "en": (
            "im endin it tonight",
        ),
        "hi-Latn": (
            "khatam kar deta hu sab aaj",
        ),
    },
    "cutting": {
        "hi-Deva": (
            "मैं खुद को दर्द देता हूं",
        ),
        "hi-Latn": (
            "main khud ko dard deti hu",
        ),
        "mr-Deva": (
            "मी स्वतःला कापते", "मी परत स्वतःला कापतोय",
        ),
        "mr-Latn": (
            "mi swatala kapte", "mi parat swatala kaptoy",
        ),
    },
    "hanging": {
        "en": (
            "hangin myself tonight",
        ),
        "mr-Deva": (
            "पंख्याला लटकेन", "मी फास लावून घेतो", "मी फास घेईन",
        ),
        "mr-Latn": (
            "pankhyala latken", "mi fas lavun gheto", "mi fas ghein",
        ),
    },
    "jumping": {
        "en": (
            "jumpin off the roof tonight",
        ),
        "hi-Deva": (
            "मैं कूद जाऊँ", "मैं कूद जाऊंगी अब",
        ),
        "hi-Latn": (
            "main kood jaungi ab", "main kud jau kya",
        ),
        "mr-Deva": (
            "मी खाली उडी मारतो", "मी गाडीखाली जाईन",
        ),
        "mr-Latn": (
            "mi railwekhali udi ghein", "mi khali udi marto", "mi gadikhali jain",
        ),
    },
    "drowning": {
        "en": (
            "drownin myself tonight",
        ),
        "hi-Deva": (
            "मैं खुद को डुबो दूंगा",
        ),
        "hi-Latn": (
            "khud ko dubo dunga",
        ),
    },
    "poison_pills": {
        "hi-Deva": (
            "ज़हर खाना चाहती हूं", "ज़हर खा चुका हूँ",
        ),
        "hi-Latn": (
            "zahar khana chahti hu",
        ),
        "mr-Deva": (
            "मला विष खायचंय",
        ),
        "mr-Latn": (
            "mala vish khaycha ahe",
        ),
    },
    "using_again": {
        "mr-Deva": (
            "काल रात्री ढोसली",
        ),
        "mr-Latn": (
            "kal ratri dhosli",
        ),
    },
}

# The rest of each paradigm, read before this round (pinned).
ALREADY_READ: dict[str, dict[str, tuple[str, ...]]] = {
    "dying": {
        "en": (
            "i just want to die tonight", "i wanna die so bad", "i want 2 die", "wanna b dead",
            "i wanted to die all day today", "i wish i were dead", "i wish i had died in that crash",
            "i'd rather be dead than go on", "id rather die", "i'm ready to die now", "let me die please",
            "i hope i die tonight", "i should just die", "i keep thinking about dying", "i want to be dead",
            "i'm going to die by my own hand", "wish i was dead tbh", "i'll be dead by morning", "i need to die",
            "i want death", "i wanna dieee",
        ),
        "hi-Deva": (
            "मैं मरूँगा आज", "अब मरूंगी मैं", "मैं मरुंगा, देख लेना", "मैं मर जाऊँगा आज", "आज रात मैं मर जाऊंगी",
            "मैं मर जाउंगा", "हम दोनों मर जाएंगे", "काश मैं मर जाऊँ", "दिल करता है मर जाऊं", "मर जाऊ क्या",
            "मैं मर जाता तो अच्छा होता", "मैं मर जाती तो अच्छा होता", "मैं मर गई तो किसी को फर्क नहीं",
            "मैं मरना चाहता हूँ", "मैं मरना चाहती हूं", "मरना चाहता हु", "मुझे अब मरना है", "बस मर जाना है",
            "मैं मर जाना चाहता हूँ", "मुझे मर जाना चाहिए", "मुझे मरने दो", "मरने का मन कर रहा है",
            "मरने को जी चाहता है", "मैं मरने वाला हूँ", "मैं मरने वाली हूँ", "मुझे मौत चाहिए",
            "मैं मर ही जाऊं तो ठीक है",
        ),
        "hi-Latn": (
            "main marunga aaj", "ab marungi main", "main maroonga", "main mar jaunga aaj",
            "aaj raat mar jaungi main", "mai mar jaaunga", "mai mar jaoonga", "marjaunga main",
            "hum dono mar jaenge", "kash main mar jaun", "dil karta hai mar jau", "mar jau kya",
            "main mar jata to acha hota", "main mar jati to acha hota", "main mar gayi to kisi ko fark nahi",
            "main marna chahta hoon", "mai marna chahti hu", "mrna chahta hu", "marna chahti hun",
            "mujhe ab marna h", "mrne ka mn h", "main mar jana chahta hu", "mujhe mar jana chahiye",
            "mujhe marne do", "marne ka mann kar raha hai", "marne ko ji chahta hai", "main marne wala hu",
            "main marne wali hu", "mar ke hi chain milega", "mujhe maut chahiye", "mar hi jaun to theek hai",
        ),
        "mr-Deva": (
            "मी मरेन आज", "मी मरीन", "मी मरणार आहे", "मरणार आहे मी", "आम्ही दोघं मरणार", "मी मरतो आता",
            "मी मरते आता", "मला मरायचे आहे", "मला मरायचंय", "मला मरायचं आहे आता", "मरायचय मला", "मला मरायचेय",
            "मला मरावंसं वाटतं", "मरावेसे वाटते", "मला मरावसं वाटतंय", "मला मरावं वाटतं", "मला मरावेसे वाटत आहे",
            "मरून जावंसं वाटतं", "मी मरून जाईन", "मी मरायला तयार आहे", "मला मरू द्या", "मला मरण हवंय",
            "मला मरण पाहिजे", "मी मेलो तर बरं होईल", "मी मेलो असतो तर बरं झालं असतं",
        ),
        "mr-Latn": (
            "mi maren aaj", "mi marin", "mi marnar aahe", "marnar ahe mi", "aamhi dogha marnar", "mi marto ata",
            "mi marte ata", "mala marayche aahe", "mala maraychay", "mala maraych ahe ata", "maraychay mala",
            "mala maraychey", "mala maravasa vatta", "maravese vatate", "mala maravsa vatatay",
            "mala marava vatta", "mala marawasa watta", "marun javasa vatta", "mi marun jain",
            "mi marayla tayar ahe", "mala marayla hava", "mala maru dya", "mala maran havay", "mala maran pahije",
            "mi melo tar bara hoil", "mi melo asto tar bara zala asta",
        ),
    },
    "killing_oneself": {
        "en": (
            "i'm going to kill myself", "i will kill myself tonight", "gonna kill myself", "i want to kill myself",
            "i tried to kill myself last night", "thinking about killing myself", "i almost killed myself",
            "ill kill my self", "i'm killing myself this weekend", "i'll take my own life", "imma kms",
            "i wanna unalive myself", "ima kill myself",
        ),
        "hi-Deva": (
            "मैं खुद को मार डालूँगा", "मैं खुद को मार डालूंगी", "मैं खुद को मार डालूगा",
            "मैं अपने आप को मार दूंगा", "खुद को मारना चाहता हूँ", "मैंने खुद को मारने की कोशिश की",
            "मैं खुद को मार लूँ क्या", "मैं अपनी जान ले लूँगा", "मैं अपनी जान ले लूंगी", "मैं जान दे दूंगा",
            "अपनी जान दे दूँगी", "जान दे दूँ क्या", "मैं खुदकुशी कर लूंगा", "आत्महत्या कर लूँगी मैं",
            "खुद को खत्म कर लूंगा", "मैं ख़ुद को मार लूंगा", "मैं खुद को खत्म करना चाहती हूं",
        ),
        "hi-Latn": (
            "main khud ko maar dalunga", "mai khud ko mar dalungi", "main khud ko maar daloonga",
            "main khud ko maar duga", "main apne aap ko maar dunga", "khud ko maarna chahta hu",
            "maine khud ko maarne ki koshish ki", "khud ko maar lu kya", "main apni jaan le lunga",
            "apni jaan le lungi main", "main jaan de dunga", "apni jaan de dungi", "main jaan de du kya",
            "main khudkushi kar lunga", "sucide kar lungi main", "khud ko khatam kar lunga", "khud ko maar lunga",
            "khudko mar dunga", "main khud ko khatam karna chahti hu",
        ),
        "mr-Deva": (
            "मी स्वतःला मारून टाकीन", "मी स्वतःला संपवणार", "मी स्वतःला संपवणारच", "मी जीव देईन",
            "मी जीव देणार आहे", "मी जीव देते आता", "मी आत्महत्या करणार आहे", "मी आत्महत्या करेन",
            "मी स्वतःचा जीव घेईन", "स्वतःला संपवून टाकतो", "मला स्वतःला मारायचं आहे", "स्वताला मारून घेईन",
            "मी स्वतःला संपवीनच",
        ),
        "mr-Latn": (
            "mi swatahla marun takin", "mi swatala sampavnar", "mi swatala sampavnarach", "mi jeev dein",
            "mi jiv denar ahe", "mi jiv dete ata", "mi atmahatya karnar ahe", "mi aatmahatya karen",
            "mi swatacha jiv ghein", "swatahla sampvun takto", "mala swatala maraycha ahe", "swatala marun ghein",
        ),
    },
    "not_living": {
        "en": (
            "i don't want to live anymore", "i dont wanna live", "i can't live like this anymore",
            "i don't want to be alive", "i'm done living", "no reason to live", "i don't feel like living",
            "i can't keep living", "i don't want to exist", "sick of living honestly",
        ),
        "hi-Deva": (
            "मुझे नहीं जीना", "मैं जीना नहीं चाहता", "मैं जीना नहीं चाहती", "अब और नहीं जीना", "अब जिया नहीं जाता",
            "मैं और नहीं जी सकती", "जीने का मन नहीं है", "जीने की इच्छा नहीं रही", "जिंदा नहीं रहना चाहता",
            "जीने का कोई मतलब नहीं", "अब और नहीं जियूंगा", "अब नहीं जिऊंगा",
        ),
        "hi-Latn": (
            "mujhe nahi jeena", "main jeena nahi chahta", "mai jina nahi chahti", "ab aur nahi jina",
            "ab jiya nahi jata", "main aur nahi ji sakti", "jeene ka mann nahi hai", "jine ki ichha nahi rahi",
            "zinda nahi rehna chahta", "jeene ka koi matlab nahi", "jeena nhi h mujhe", "ab nahi jiunga",
        ),
        "mr-Deva": (
            "मला जगायचं नाही", "मला जगायचे नाही", "मला आता जगायचंच नाही", "मला नाही जगायचं",
            "आता जगावंसं वाटत नाही", "मी जगू शकत नाही", "जगण्यात काही अर्थ नाही", "जगण्याची इच्छा नाही",
            "जिवंत राहायचं नाही", "मी आता जगणार नाही", "आता मला जगवत नाही", "कशाला जगू मी",
        ),
        "mr-Latn": (
            "mala jagaycha nahi", "mala jagayche nahi", "mala ata jagaychach nahi", "mala nahi jagaycha",
            "ata jagavasa vatat nahi", "mi jagu shakat nahi", "jaganyat kahi artha nahi", "jagnyachi iccha nahi",
            "jivant rahaycha nahi", "mi ata jagnar nahi", "ata mala jagavat nahi", "kashala jagu mi",
        ),
    },
    "ending_it": {
        "en": (
            "i'm going to end it tonight", "i want to end it all", "i'll end my life", "ending it tonight",
            "i want it all to end", "i'm going to end everything", "time to end it all", "i want to end my life",
            "i will end it this weekend", "imma end it",
        ),
        "hi-Deva": (
            "मैं सब खत्म कर दूँगा", "आज सब ख़त्म कर दूंगी", "अपनी ज़िंदगी खत्म कर लूंगा",
            "मैं अपनी जिंदगी खत्म करना चाहता हूँ", "सब कुछ खत्म करना है", "मैं खत्म हो जाना चाहता हूं",
            "जिंदगी का अंत कर दूंगा", "आज सब खत्म कर दूंगा, बस", "सब खत्म कर दूं", "सब खत्म कर देता हूँ आज",
            "सब कुछ खत्म करने वाला हूँ",
        ),
        "hi-Latn": (
            "main sab khatam kar dunga", "aaj sab khatm kar dungi", "apni zindagi khatam kar lunga",
            "zindgi khatm karna chahta hu", "sab kuch khatam karna hai", "khatam ho jana chahta hu",
            "jindagi ka ant kar dunga", "sab khtm kr dunga aaj", "sab khatam kar du kya", "zindagi khatam kar lu",
        ),
        "mr-Deva": (
            "मी सगळं संपवतो", "मी सगळं संपवणार आहे", "आज सगळं संपवीन", "सगळं संपवेन", "आयुष्य संपवायचं आहे",
            "मी माझं आयुष्य संपवेन", "सगळं संपवून टाकीन", "मला सगळं संपवावंसं वाटतं", "आता सगळं संपवायचंय",
            "मी आयुष्य संपवते", "मी सगळं संपवणारच",
        ),
        "mr-Latn": (
            "mi sagla sampavto", "mi sagla sampavnar ahe", "aaj sagla sampvin", "sagla sampaven",
            "ayushya sampvaycha ahe", "mi maza ayushya sampven", "sagla sampvun takin",
            "mala sagla sampvavasa vatta", "ata sagla sampvaychay", "mi ayushya sampavte", "mi sagla sampavnarach",
        ),
    },
    "cutting": {
        "en": (
            "i cut myself again", "i've been cutting again", "i really want to cut tonight",
            "i hurt myself on purpose", "i keep hurting myself", "i'm going to cut myself", "i slit my wrist",
            "i burned myself with a cigarette", "cutting my arm rn", "i cut my wrists last night",
            "i hurted myself again",
        ),
        "hi-Deva": (
            "मैंने अपना हाथ काट लिया", "मैं फिर से खुद को काट रहा हूँ", "मैंने खुद को चोट पहुंचाई",
            "मैं नस काट लूँगा", "मैं नस काट लूंगी", "मैं नस काट लूं क्या", "ब्लेड से हाथ काटा मैंने",
            "खुद को काटने का मन कर रहा है", "मैंने अपनी कलाई काटी", "खुद को चोट पहुँचाना चाहती हूं",
            "कलाई काट लूँगा", "मैं खुद को काटती हूं",
        ),
        "hi-Latn": (
            "maine apna haath kaat liya", "main phir se khud ko kaat raha hu", "maine khud ko chot pahunchai",
            "main nas kaat lunga", "nas kat lungi main", "nas kaat lu kya", "blade se hath kata maine",
            "khud ko kaatne ka mann kar raha hai", "maine apni kalai kaati", "khud ko chot pahunchana chahti hu",
            "kalai kaat lunga", "main khud ko kaatti hu",
        ),
        "mr-Deva": (
            "मी हात कापून घेतला", "मी स्वतःला इजा केली", "मी पुन्हा स्वतःला कापलं", "मी नस कापेन",
            "ब्लेडने हातावर कापलं", "स्वतःला कापावंसं वाटतंय", "मी मनगट कापलं", "मी स्वतःला जखमी केलं",
            "मी हाताची नस कापणार",
        ),
        "mr-Latn": (
            "mi haat kapun ghetla", "mi swatahla ija keli", "mi punha swatala kapla", "mi nas kapen",
            "bladene hatavar kapla", "swatala kapavasa vatatay", "mi managat kapla", "mi swatala jakhmi kela",
            "mi hatachi nas kapnar",
        ),
    },
    "hanging": {
        "en": (
            "i'm going to hang myself", "i'll hang myself tonight", "i tried to hang myself",
            "thinking of hanging myself", "got a rope to hang myself", "i want to hang myself from the fan",
            "gonna hang my self",
        ),
        "hi-Deva": (
            "मैं फांसी लगा लूँगा", "फाँसी लगा लूंगी", "मैं फंदा लगा लूंगा", "पंखे से लटक जाऊंगा",
            "मैं लटक जाऊँगी आज", "फांसी लगाना चाहता हूं", "मैंने फांसी लगाने की कोशिश की", "फासी लगा लुंगा",
            "फांसी लगाऊंगा",
        ),
        "hi-Latn": (
            "main fansi laga lunga", "phansi laga lungi", "fanda laga lunga aaj", "pankhe se latak jaunga",
            "main latak jaungi aaj", "fasi lagana chahta hu", "maine phansi lagane ki koshish ki",
            "faansi laga lu kya", "fansi lagaunga",
        ),
        "mr-Deva": (
            "मी फाशी घेईन", "मी गळफास घेणार", "गळफास लावून घेईन", "मला फाशी घ्यायची आहे", "मी लटकून जीव देईन",
            "मी फाशी घेते",
        ),
        "mr-Latn": (
            "mi phashi ghein", "mi galfas ghenar", "galfas lavun ghein", "mala fashi ghyaychi ahe",
            "mi latkun jiv dein", "mi phashi ghete",
        ),
    },
    "jumping": {
        "en": (
            "i'm going to jump off the bridge", "i'll jump from the roof tonight",
            "i want to jump in front of a train", "standing on the terrace, gonna jump",
            "i almost jumped off the building", "thinking of jumping from the 10th floor", "i'll jump",
        ),
        "hi-Deva": (
            "मैं छत से कूद जाऊंगा", "पुल से कूदूंगी", "ट्रेन के आगे कूद जाऊँगा", "मैं बिल्डिंग से कूदना चाहता हूं",
            "नदी में कूद जाऊँगी", "छत से छलांग लगा दूंगा", "मैं कूद जाउंगा छत से", "ट्रेन के नीचे आ जाऊंगी",
        ),
        "hi-Latn": (
            "main chhat se kood jaunga", "pul se kudungi", "train ke aage kud jaunga",
            "building se koodna chahta hu", "nadi me kood jaungi", "chhat se chhalang laga dunga",
            "mai kud jaunga chat se", "train ke neeche aa jaunga",
        ),
        "mr-Deva": (
            "मी पुलावरून उडी मारीन", "गच्चीवरून उडी मारणार", "मी रेल्वेखाली उडी घेईन",
            "इमारतीवरून उडी मारायची आहे", "मी नदीत उडी टाकतो", "मला गच्चीवरून उडी मारावीशी वाटते",
            "मी ट्रेनसमोर उडी मारणार",
        ),
        "mr-Latn": (
            "mi pulavarun udi marin", "gachivarun udi marnar", "imarativarun udi maraychi ahe",
            "mi nadit udi takto", "mala gachivarun udi maravishi vatte", "mi train samor udi marnar",
        ),
    },
    "drowning": {
        "en": (
            "i'm going to drown myself", "i'll walk into the sea tonight", "i want to drown",
            "i'll drown myself in the lake", "thinking of drowning myself",
        ),
        "hi-Deva": (
            "मैं नदी में डूब जाऊंगा", "डूब के मर जाऊंगी", "मैं डूबकर मरना चाहता हूं", "समंदर में डूब जाऊँगा",
            "तालाब में डूब जाऊंगी", "मैं डूब मरूंगा",
        ),
        "hi-Latn": (
            "main nadi me doob jaunga", "doob ke mar jaungi", "dubkar marna chahta hu", "samandar me doob jaunga",
            "talab me dub jaungi", "main doob marunga",
        ),
        "mr-Deva": (
            "मी नदीत बुडून मरेन", "मी विहिरीत जीव देईन", "समुद्रात बुडून जाईन", "मला बुडून मरायचं आहे",
            "तलावात जीव देणार", "मी धरणात बुडून जाईन", "मी विहिरीत उडी मारीन",
        ),
        "mr-Latn": (
            "mi nadit budun maren", "vihirit jeev dein", "samudrat budun jain", "mala budun maraycha ahe",
            "talavat jiv denar", "mi dharanat budun jain", "mi vihirit udi marin",
        ),
    },
    "poison_pills": {
        "en": (
            "i swallowed all my pills", "i took all the sleeping pills", "i drank poison", "i've taken 30 tablets",
            "i'm going to take all my pills tonight", "just downed a whole bottle of pills", "i ate rat poison",
            "i'll drink the poison tonight", "i od'd", "gonna od tonight",
        ),
        "hi-Deva": (
            "मैंने ज़हर खा लिया", "मैं ज़हर पी लूंगा", "मैं ज़हर पी लूँगी", "ज़हर खा लूँ", "सारी गोलियां खा लीं",
            "मैंने नींद की सारी गोलियाँ खा ली", "मैं चूहे मारने की दवा खा लूंगा", "पूरी पत्ती खा ली मैंने",
            "जहर पी लिया", "मैं जहर खा लूंगी",
        ),
        "hi-Latn": (
            "maine zeher kha liya", "main zehar pee lunga", "zehar pee lungi", "main zeher kha lu kya",
            "saari goliyan kha li", "neend ki saari goliyan kha li", "main chuhe maarne ki dawa kha lunga",
            "poori patti kha li maine", "jahar pi liya", "main zehr kha lungi", "main jahar khaunga",
            "mai zehr pi chuki hu",
        ),
        "mr-Deva": (
            "मी विष प्यायलो", "मी विष पिणार आहे", "मी विष पिईन", "सगळ्या गोळ्या घेतल्या",
            "झोपेच्या सगळ्या गोळ्या खाल्ल्या", "मी उंदीर मारायचं औषध खाल्लं", "विष घेईन", "मी विष प्याले",
            "मी विष खाल्लं", "मी विष खाईन",
        ),
        "mr-Latn": (
            "mi vish pyaylo", "mi vish pinar ahe", "mi vish piin", "saglya golya ghetlya",
            "zopechya saglya golya khallya", "mi undir maraycha aushadh khalla", "vish ghein", "mi vish pyayle",
            "mi vish khalla", "mi vish khain",
        ),
    },
    "using_again": {
        "en": (
            "i drank again last night", "i'm drinking again", "i had a few drinks yesterday", "i used again",
            "i got drunk last night", "i've been using again", "i smoked weed again", "i picked up again",
            "got wasted last night", "i've been drinkin", "relapsed yesterday",
        ),
        "hi-Deva": (
            "मैंने फिर से दारू पी", "कल रात पी ली", "मैं फिर पीने लगा", "मैं फिर से पीने लगी हूँ",
            "फिर से नशा किया", "आज फिर गांजा पिया", "मैंने दोबारा शराब पी ली", "कल फिर से चढ़ा ली",
            "मैं फिर से पी रहा हूं", "कल रात मैंने पी थी", "कल शराब पी बैठा", "मैं कल पी के आया",
        ),
        "hi-Latn": (
            "maine phir se daru pi", "kal raat pi li", "main phir peene laga", "phir se pine lagi hu",
            "phir se nasha kiya", "aaj phir ganja piya", "maine dobara sharab pi li", "kal phir se chadha li",
            "main fir se pee raha hu", "kal raat maine pi thi", "kal sharab pi baitha", "kal pee ke aaya",
        ),
        "mr-Deva": (
            "मी पुन्हा दारू प्यायलो", "काल रात्री प्यायली", "मी परत प्यायला लागलो", "पुन्हा गांजा ओढला",
            "आज थोडीशी घेतली", "मी परत नशा केली", "मी पुन्हा प्यायले", "काल रात्री दारू पिली",
            "मी परत गांजा ओढतोय",
        ),
        "mr-Latn": (
            "mi punha daru pyaylo", "kal ratri pyayli", "mi parat pyayla laglo", "punha ganja odhla",
            "aaj thodishi ghetli", "mi parat nasha keli", "mi punha pyayle", "kal ratri daru pili",
            "mi parat ganja odhtoy",
        ),
    },
    "harming_others": {
        "en": (
            "i'm going to kill him", "i'll kill her tonight", "i want to kill my boss", "gonna beat him to death",
            "i'll stab him tomorrow", "i'll murder that guy", "i will shoot him", "i'm gonna kill my dad",
            "imma kill him",
        ),
        "hi-Deva": (
            "मैं उसे मार डालूंगा", "उसको जान से मार दूंगी", "मैं उसका खून कर दूंगा", "उसे मारना चाहता हूं",
            "मैं अपने बाप को मार दूंगा", "उसे चाकू मार दूंगा", "उसकी जान ले लूंगा", "उसे ख़त्म कर दूंगा",
            "उसको मार डालूगा", "मैं उसे मार दूँ क्या", "मैं उसे मारने जा रहा हूं",
        ),
        "hi-Latn": (
            "main use maar dalunga", "usko jaan se maar dungi", "main uska khoon kar dunga",
            "use maarna chahta hu", "apne baap ko maar dunga", "use chaku maar dunga", "uski jaan le lunga",
            "usko khatam kar dunga", "usko mar dalunga", "usko maar duga", "usko khatam kar deta hu",
        ),
        "mr-Deva": (
            "मी त्याला ठार मारीन", "मी त्याला मारून टाकेन", "तिचा जीव घेईन", "मी त्याचा खून करेन",
            "त्याला मारायचं आहे", "त्याला चाकूने भोसकेन", "मी त्याला संपवणार", "मी तिला मारून टाकणार आहे",
            "मी त्याला मारेन", "मी त्याला संपवतो",
        ),
        "mr-Latn": (
            "mi tyala thar marin", "mi tyala marun taken", "ticha jiv ghein", "mi tyacha khun karen",
            "tyala maraycha ahe", "tyala chakune bhosken", "mi tyala sampavnar", "mi tila marun taknar ahe",
            "mi tyala maren", "mi tyala sampavto",
        ),
    },
}

# Look-alikes the rules raised before this round.
QUIET_ROUND_11: dict[str, dict[str, tuple[str, ...]]] = {
    "ending": {
        "hi-Deva": (
            "मैंने सारा काम खत्म कर दिया",
        ),
        "hi-Latn": (
            "maine sara kaam khatam kar diya",
        ),
        "mr-Deva": (
            "मी सगळं काम संपवलं",
        ),
        "mr-Latn": (
            "mi sagla kaam sampavla",
        ),
    },
    "hanging": {
        "en": (
            "i'll hang the photo in the hall",
        ),
    },
}

# Look-alikes already quiet (pinned).
QUIET_KEPT: dict[str, dict[str, tuple[str, ...]]] = {
    "dying": {
        "en": (
            "the plant in my room died", "my phone is dead again", "the battery died on the bus",
            "i'm dying to see you sunday", "i almost died laughing", "that cake is to die for",
        ),
        "hi-Deva": (
            "मेरा फोन मर गया", "पौधा सूख के मर गया", "हंसते हंसते मर गया", "गर्मी से मर रहे हैं सब", "बैटरी मर गई",
            "सब खांस खांस के मरे जा रहे हैं",
        ),
        "hi-Latn": (
            "battery mar gayi", "mera phone mar gaya yaar", "paudha mar gaya", "garmi se mar gaye aaj",
            "has has ke mar gaya", "sab khaans khaans ke mare ja rahe hain",
        ),
        "mr-Deva": (
            "मोबाईल मेला", "माझा फोन मेला", "झाड सुकून मेलं", "हसून हसून मेलो", "उकाड्याने मेलो आज",
        ),
        "mr-Latn": (
            "mobile mela", "maza phone mela", "zaad sukun mela", "hasun hasun melo", "ukadyane melo aaj",
        ),
    },
    "killing": {
        "en": (
            "killed it at the interview", "this heat is killing me", "i killed the cockroach",
            "my feet are killing me",
        ),
        "hi-Deva": (
            "मैंने मच्छर मार दिया", "मैंने कॉकरोच मार डाला", "ये गर्मी मार डालेगी",
        ),
        "hi-Latn": (
            "maine machhar maar diya", "cockroach maar dala", "ye garmi maar dalegi",
        ),
        "mr-Deva": (
            "मी डास मारला", "झुरळ मारून टाकलं",
        ),
        "mr-Latn": (
            "mi daas marla", "zural marun takla",
        ),
    },
    "living": {
        "en": (
            "i live in pune now", "living with my sister these days", "we live near the station",
        ),
        "hi-Deva": (
            "मैं अब अच्छे से जी रहा हूँ", "खुल के जियो", "मैं पुणे में रहता हूँ", "पापा जी के लिए क्या लाऊं",
        ),
        "hi-Latn": (
            "main ab acche se jee raha hu", "khul ke jiyo", "main pune me rehta hu", "papa ji ke liye kya laun",
        ),
        "mr-Deva": (
            "मी आता आनंदाने जगतो", "मी पुण्यात राहतो",
        ),
        "mr-Latn": (
            "mi ata anandane jagto", "mi punyat rahto",
        ),
    },
    "ending": {
        "en": (
            "the movie ended late", "my shift ends at six", "i ended the call early",
        ),
        "hi-Deva": (
            "काम खत्म हो गया",
        ),
        "hi-Latn": (
            "kaam khatam ho gaya",
        ),
        "mr-Deva": (
            "माझं काम संपलं",
        ),
        "mr-Latn": (
            "maza kaam sampla",
        ),
    },
    "cutting": {
        "en": (
            "i cut my hair short", "cut the onions for dinner", "cut my finger while cooking",
        ),
        "hi-Deva": (
            "मैंने बाल कटवाए", "सब्ज़ी काट रही हूँ",
        ),
        "hi-Latn": (
            "maine baal katwaye", "sabzi kaat rahi hu",
        ),
        "mr-Deva": (
            "मी भाजी कापली", "मी केस कापले", "मी कांदा कापते",
        ),
        "mr-Latn": (
            "mi bhaji kapli", "mi kes kaple", "mi kanda kapte",
        ),
    },
    "hanging": {
        "en": (
            "hang out tonight?", "hanging the clothes to dry",
        ),
        "hi-Deva": (
            "कपड़े टांग दिए", "फोटो दीवार पे लटका दी",
        ),
        "hi-Latn": (
            "kapde taang diye", "photo deewar pe latka di",
        ),
        "mr-Deva": (
            "कपडे वाळत घातले", "मी फोटो भिंतीवर लटकवला",
        ),
        "mr-Latn": (
            "kapde valat ghatle", "mi photo bhintivar latakvla",
        ),
    },
    "jumping": {
        "en": (
            "the kids jumped for joy", "he jumped the queue again",
        ),
        "hi-Deva": (
            "बच्चे बिस्तर पे कूद रहे हैं", "मैंने खुशी से छलांग लगाई",
        ),
        "hi-Latn": (
            "bachche bed pe kood rahe hain", "maine khushi se chhalang lagayi",
        ),
        "mr-Deva": (
            "मुलं उड्या मारत आहेत", "मी आनंदाने उडी मारली",
        ),
        "mr-Latn": (
            "mula udya marat ahet", "mi anandane udi marli",
        ),
    },
    "drowning": {
        "en": (
            "drowning in work this week",
        ),
        "hi-Deva": (
            "काम में डूबा हुआ हूँ", "बिस्किट चाय में डुबो के खाया",
        ),
        "hi-Latn": (
            "kaam me duba hua hu", "biscuit chai me dubo ke khaya",
        ),
        "mr-Deva": (
            "मी कामात बुडालोय",
        ),
        "mr-Latn": (
            "mi kamat budaloy",
        ),
    },
    "pills": {
        "en": (
            "took my bp pill after lunch",
        ),
        "hi-Deva": (
            "दवा खा ली टाइम पे", "खाना खा चुका हूँ",
        ),
        "hi-Latn": (
            "dawa kha li time pe", "khana kha chuka hu",
        ),
        "mr-Deva": (
            "मी गोळी घेतली वेळेवर", "मला भाकरी खायचीय",
        ),
        "mr-Latn": (
            "mi goli ghetli velevar", "mala bhakri khaychi ahe",
        ),
    },
    "drinking": {
        "en": (
            "drank lots of water today", "i used to drink a lot",
        ),
        "hi-Deva": (
            "चाय पी ली", "कल दारू नहीं पी",
        ),
        "hi-Latn": (
            "chai pee li", "kal daru nahi pi",
        ),
        "mr-Deva": (
            "मी पाणी प्यायलो", "मी दारू प्यायलो नाही", "मी पाणी ढोसलं",
        ),
        "mr-Latn": (
            "mi pani pyaylo", "mi daru pyaylo nahi",
        ),
    },
    "look_alikes": {
        "en": (
            "i tried to call you twice", "you deserve the best", "i hate living in this city",
            "i'm sick of living with roommates",
        ),
        "hi-Deva": (
            "हम कल पिकनिक पे जाएंगे", "पापा जी के लिए क्या लाऊं", "मैं मच्छर मारने जा रहा हूँ",
            "मैं ये काम कर देता हूँ", "कल मिलते हैं, मैं आऊगा",
        ),
        "hi-Latn": (
            "hum kal picnic pe jayenge", "main kal office jauga", "main chai le lu?",
            "main machhar maarne ja raha hu", "main ye kaam kar deta hu", "maine padhne ki koshish ki",
            "papa ji ke liye kya laun", "film me hero marne ja raha tha tab interval hua",
            "maine cockroach maarne ki koshish ki", "mera phone mar gaya to main kya karunga",
        ),
        "mr-Deva": (
            "मी आता घरी चाललो", "मला एक विचार आला", "मी बसने गावाला जाईन", "मी पोहायला उडी मारली",
        ),
        "mr-Latn": (
            "mi ata ghari chalalo", "mi ya vishayavar vichar kartoy", "mi pohayla udi marli",
            "mi bus ne gavala jain", "mi garage madhe gadikhali jaun baghto",
        ),
    },
}


def _rules(text: str):
    return detect(text, second_opinion=False)


def _raised(concept: str, text: str) -> bool:
    """The concept's finding: harm to others for a threat, a relapse for using again, and a
    crisis of any kind for the rest (hanging is suicide, a cut self-harm, pills an overdose)."""
    found = _rules(text)
    if concept == "harming_others":
        return Category.HARM_TO_OTHERS in found.categories
    if concept == "using_again":
        return Category.RELAPSE in found.categories
    return found.crisis


def _cases(table: dict[str, dict[str, tuple[str, ...]]]) -> list:
    return [pytest.param(concept, text, id=f"{concept}-{script}-{number}")
            for concept, by_script in table.items()
            for script, forms in by_script.items()
            for number, text in enumerate(forms)]


@pytest.mark.parametrize(("concept", "text"), _cases(ROUND_11))
def test_round_11_form_is_raised(concept: str, text: str) -> None:
    assert _raised(concept, text), f"{text!r} -> {_rules(text).explain()!r}"


@pytest.mark.parametrize(("concept", "text"), _cases(ALREADY_READ))
def test_paradigm_form_is_still_raised(concept: str, text: str) -> None:
    assert _raised(concept, text), f"{text!r} -> {_rules(text).explain()!r}"


@pytest.mark.parametrize(("concept", "text"), _cases(QUIET_ROUND_11))
def test_round_11_look_alike_is_quiet(concept: str, text: str) -> None:
    assert not _rules(text).crisis, f"{text!r} -> {_rules(text).explain()!r}"


@pytest.mark.parametrize(("concept", "text"), _cases(QUIET_KEPT))
def test_paradigm_look_alike_is_still_quiet(concept: str, text: str) -> None:
    assert not _rules(text).crisis, f"{text!r} -> {_rules(text).explain()!r}"
