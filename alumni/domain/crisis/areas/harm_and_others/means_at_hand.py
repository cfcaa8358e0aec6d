"""Harm to others and overdoses told through the means at hand (round 17, holdouts 47 and 48,
money and loan apps, old age): petrol bought for the people one means to burn, a corpse promised
in Marathi ("मुडदा पाडतो"), a head to be split ("डोकंच फोडतो", "sir phod dunga"), a stick held
waiting ("काठी घेऊन बसलोय, येऊ दे त्याला"), boiling water to be thrown in a face, lenders
threatening to carry a son off ("उचलून नेण्याची धमकी"); a box of pills found empty beside one who
does not answer or wake, a lot of pills taken.

A head that splits with pain, water boiled for tea, a stick for walking, a pill box emptied at
the end of a course stay quiet: each reading needs the other person, the threat or the silence.
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

HO = Category.HARM_TO_OTHERS
OD = Category.OVERDOSE

NEW: dict[str, tuple[str, ...]] = {
    # A head split open, said of another: "डोकंच फोडतो", "sir phod dunga", "split his head".
    "head_split": ("dokech fodto", "dokach fodto", "doke fodto", "doka fodto", "डोकंच फोडतो", "डोकं फोडतो",
                   "डोके फोडतो", "डोकेच फोडतो", "doke fodin", "doka fodin", "डोकं फोडीन", "डोके फोडीन",
                   "doke fodnar", "डोकं फोडणार", "sir phod dunga", "sir fod dunga", "सिर फोड़ दूंगा",
                   "सिर फोड़ दूँगा", "sar phod dunga", "sir phod denge", "सिर फोड़ देंगे", "sir phod dungi",
                   "सिर फोड़ दूंगी", "split his head", "split her head", "breaking his head", "breaking her head", "smash his head", "smash her head",
                   "bash his head", "bash her head", "break his head", "break her head", "crack his skull",
                   "crack her skull"),
    # A stick or a rod taken up and held: "काठी घेऊन बसलोय", "lathi leke baitha hu".
    "stick_taken_up": ("kaathi gheun", "kathi gheun", "काठी घेऊन", "kathi ghevun", "lathi gheun", "लाठी घेऊन",
                       "dandka gheun", "दांडका घेऊन", "lathi leke", "लाठी लेके", "lathi le ke", "लाठी ले के",
                       "danda leke", "डंडा लेके", "danda le ke", "डंडा ले के", "rod leke", "picked up a stick",
                       "holding a stick", "stick in my hand", "with a stick ready"),
    # Let him come: "येऊ दे त्याला", "aane do usko", "let him come".
    "let_him_come": ("yeu de tyala", "येऊ दे त्याला", "yeu de tila", "येऊ दे तिला", "tyala yeu de",
                     "त्याला येऊ दे", "yeu dya tyala", "येऊ द्या त्याला", "aane do usko", "आने दो उसको",
                     "usko aane do", "उसको आने दो", "aane do use", "आने दो उसे", "aane de usko", "let him come",
                     "let her come", "let them come", "let him try", "let him come home"),
    # Carried off: "उचलून नेण्याची", "utha le jayenge", "pick him up".
    "carry_off": ("उचलून नेण्याची", "uchlun nenyachi", "uchalun nenyachi", "उचलून नेऊ", "uchlun neu",
                  "उचलून नेतील", "uchlun netil", "उचलून नेणार", "uchlun nenar", "utha le jayenge", "उठा ले जाएंगे",
                  "utha le jaenge", "utha lenge", "उठा लेंगे", "uthwa lenge", "उठवा लेंगे", "uthwa denge",
                  "उठवा देंगे", "utha ke le jayenge", "उठा के ले जाएंगे", "pick him up", "pick up our son",
                  "pick up my son", "take him away", "kidnap", "kidnapping", "abduct", "agwa", "अगवा"),
    # A threat made: "धमकी देत आहेत", "dhamki de rahe", "threatening".
    "threat_made": ("धमकी", "dhamki", "dhamkya", "धमक्या", "threaten", "threatening", "threatened", "threats",
                    "dhamkavat", "धमकावत", "dhamka rahe", "धमका रहे"),
    # Pills found gone: "box is empty", "रिकामा डबा", "khali dibba".
    "pills_found_gone": ("box is empty", "box was empty", "box empty", "strip is empty", "strip empty",
                         "strips empty", "empty strip", "empty strips", "empty box", "bottle is empty", "empty bottle",
                         "rikama dabba", "रिकामा डब्बा", "रिकामा डबा", "rikama daba", "rikami batli", "रिकामी बाटली",
                         "rikamya strip", "रिकाम्या स्ट्रिप", "khali dabba", "खाली डब्बा", "khali dibba",
                         "खाली डिब्बा", "khaali dibba", "khali dibbi", "खाली डिब्बी", "dibba khali", "डिब्बा खाली",
                         "dabba khali", "डबा रिकामा", "dabba rikama", "sab golya sampalya", "सगळ्या गोळ्या संपल्या",
                         "saari goliyan khatam", "सारी गोलियां खत्म", "none left", "all gone",
                         # round 29: the packets found empty
                         "रिकामी पाकिटं", "rikami pakita", "रिकाम्या पाकिटं", "empty packets", "empty pill packets"),
    # Does not wake or answer: "उठत नाहीत", "uth nahi rahe", "barely awake".
    "not_rousing": ("uthat nahit", "उठत नाहीत", "uthat nahi", "उठत नाही", "uth nahi rahe", "उठ नहीं रहे",
                    "uth nahi raha", "उठ नहीं रहा", "uth nahi rahi", "उठ नहीं रही", "barely awake", "hardly awake",
                    "wont wake", "won't wake", "not waking", "cant wake", "can't wake", "not answering",
                    "not responding", "unresponsive", "jawab nahi de", "जवाब नहीं दे", "pratisad det nahi",
                    "प्रतिसाद देत नाही", "hosh nahi", "होश नहीं", "shuddh nahi", "शुद्ध नाही"),
    # Many, said loosely: "a lot of", "bahut saari", "khup".
    "a_great_many": ("a lot of", "lots of", "loads of", "a bunch of", "too many", "bahut saari", "बहुत सारी",
                     "bahut sari", "dher saari", "ढेर सारी", "khup", "खूप", "bhar bhar", "mutthi bhar", "मुट्ठी भर",
                     "handful of", "a handful"),
    # Pills taken as a course: "every day", "for bp", "prescribed".
    "pills_by_course": ("every day", "everyday", "daily", "roz", "रोज", "rozana", "रोजाना", "have to take",
                        "need to take", "prescribed", "for bp", "for sugar", "for my bp", "for my sugar",
                        "after meals", "before meals", "morning and night", "subah shaam", "सुबह शाम"),
    # A corpse felled, the Marathi threat to kill: "मुडदा पाडतो", "मुडदाच पाडीन" (the writer's
    # verb, so never one's own corpse, which falls: "माझा मुडदा पडेल").
    "corpse_felled": ("मुडदा पाडतो", "मुडदा पाडीन", "मुडदा पाडणार", "मुडदाच पाडतो", "मुडदाच पाडीन", "मुडदा पाडेन",
                      "मुडदे पाडतो", "मुडदे पाडीन", "mudda padto", "mudda padin", "mudda padnar", "muddach padto",
                      "muddach padin", "mudada padto", "mudada padin", "mudde padto", "mudde padin",
                      "मुडदा पाडून टाकीन", "mudda padun takin"),
    # What a pill box or a course ends with on an ordinary day.
    "course_done": ("course", "prescription", "refill", "chemist", "pharmacy", "medical store", "reorder",
                    "order more", "buy more", "aanaychya", "आणायच्या", "laani hai", "लानी है", "khatam ho gaya tha"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

_OTHER = _g("other_target", "third_person", "relation", "others")

MEANS_AT_HAND: tuple[Combination, ...] = (
    # Petrol or kerosene, and the people who will burn.
    Combination(HO, (_g("fuel"), _g("burn", "burn_threat"), _g("third_person", "others", "other_target")), 16,
                across=True),
    # A head to be split, said of another (not one's own head splitting with pain).
    Combination(HO, (_g("head_split"),), 0, unless=_g("me", "self"), unless_reach=1),
    # A corpse felled: the killing promised in Marathi.
    Combination(HO, (_g("corpse_felled"),), 0),
    # A stick taken up, waiting for him to come.
    Combination(HO, (_g("stick_taken_up", "weapon"), _g("let_him_come")), 10, across=True),
    # Boiling water to be thrown at another.
    Combination(HO, (_g("scalding"), _g("throw"), _OTHER + _g("body_part_other")), 6, unless=_g("self")),
    # A threat to carry a son off.
    Combination(HO, (_g("carry_off"), _g("threat_made", "dhamki")), 8, across=True),
    # A box of pills found empty, and the one who took them does not wake or answer.
    Combination(OD, (_g("pills", "sedatives", "opioids", "sleeping_pill_named"), _g("pills_found_gone"),
                     _g("not_rousing", "no_answer")), 16, across=True, unless=_g("course_done"), unless_reach=6),
    # A lot of pills taken.
    Combination(OD, (_g("took", "use", "eat", "swallow"), _g("a_great_many"), _g("pills", "sleeping_pill_named")), 4,
                order=True, unless=_g("pills_by_course"), unless_reach=6),
)
