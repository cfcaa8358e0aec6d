"""Does the crisis classifier help on messages neither it nor the rules have seen?

`python -m bench backtest-crisis-model` replays history. Blind sets were opened a batch at a
time, each measured first on the rules of a commit that had never seen them, and git holds
that commit: eighty-six batches, 360 sets, from holdouts 8-10 (rules of 2d1c192) to holdouts
490-497 (rules of 885c944a, two rounds written at once); BATCHES lists them.

For each batch the classifier is trained (bench.crisis_model_train.train, the same code and
settings as the committed model) only on what that commit held: the sets open in its
bench/bench_crisis.py, and its crisis tests' sentences labelled by its rules alone, on the
words as its spelling module read them. The batch is then measured twice: the rules of that
commit alone, and those rules with the classifier beside them (alumni.domain.crisis.model's
thresholds and decision). The rules of a commit run in a subprocess on `git archive` of its
alumni/ package (without the classifier it may hold); their figures must come out as the
blind figures tests/data/README.md records.

`--sweep` prints the pooled trade-off of the crisis threshold. `--loso` adds leave-one-set-out
over every open set: the classifier alone, trained on the others; and beside it the current
rules (developed on all of these sets, so in-sample). `--learning-curve` trains on a share of
the sets open at the last four batches' commits and prints what the classifier then adds on
those batches. The closed sets (CLOSED_SETS in bench/bench_crisis.py) are never read.
"""
from __future__ import annotations

import json
import random
import re
import subprocess
import sys
import tarfile
import tempfile
from collections import Counter
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from fnmatch import fnmatch
from io import BytesIO
from pathlib import Path

from bench.bench_crisis import ALERT_LABELS, CLOSED_SETS, DATA, QUIET_LABELS, read_set
from bench.crisis_model_train import OPEN_SETS, OWN_TESTS, labelled_test_sentences, test_sentences, train

ROOT = Path(__file__).resolve().parent.parent
# (commit whose rules had never seen the batch, the batch), in the order they were opened.
BATCHES = (("2d1c192", ("holdout8", "holdout9", "holdout10")),
           ("8b919ca", ("holdout11", "holdout12")),
           ("3addfab", ("holdout13", "holdout14")),
           ("9a975c9", ("holdout20", "holdout21", "holdout23")),
           ("1887d72", ("holdout28",)),
           ("042ccb3", ("holdout29", "holdout30")),
           ("79b9508", ("holdout32", "holdout33")),
           ("d9722e5", ("holdout35", "holdout36")),
           ("1b1c056", ("holdout38", "holdout39")),
           ("ee3add6", ("holdout41", "holdout42")),
           ("52d31ff", ("holdout44", "holdout45")),
           ("5211fd7", ("holdout47", "holdout48")),
           ("278bf66", ("holdout50", "holdout51")),
           ("4646971", ("holdout53", "holdout54")),
           ("8a1a61d", ("holdout56", "holdout58")),
           ("eb95773", ("holdout59", "holdout61")),
           ("998c16d", ("holdout62", "holdout63")),
           ("53d2aa2", ("holdout64", "holdout65", "holdout66")),
           ("57c3262", ("holdout68", "holdout69", "holdout70")),
           ("822f311", ("holdout72",)),
           ("eacd500", ("holdout74", "holdout75", "holdout76")),
           ("120eedc", ("holdout78", "holdout79", "holdout81")),
           ("3a1de47", ("holdout82", "holdout83", "holdout84")),
           ("78cd3df", ("holdout86", "holdout88")),
           ("ba5ffa5", ("holdout87",)),
           ("8a199c2", ("holdout90", "holdout92", "holdout93")),
           ("d747277", ("holdout94", "holdout95", "holdout97")),
           ("df2b3be", ("holdout98", "holdout100", "holdout101")),
           ("9561b9d", ("holdout102", "holdout104", "holdout105")),
           ("6ab6d62", ("holdout106", "holdout107", "holdout109")),
           ("d8310e3", ("holdout110", "holdout111", "holdout113")),
           ("3c46a65", ("holdout114", "holdout116", "holdout117")),
           ("9d34c00", ("holdout118", "holdout120", "holdout121")),
           ("8f48b5d", ("holdout123", "holdout124", "holdout125")),
           ("d4c911e", ("holdout126", "holdout127", "holdout129")),
           ("2f32cd0", ("holdout130", "holdout131", "holdout133")),
           ("ae4095e", ("holdout134", "holdout135", "holdout137")),
           ("7256442", ("holdout139", "holdout140", "holdout141")),
           ("5c097fa", ("holdout143", "holdout144", "holdout145")),
           ("80bfb00", ("holdout146", "holdout147", "holdout149")),
           ("c3ab6a9", ("holdout150", "holdout151", "holdout152")),
           ("defa82e", ("holdout154", "holdout155", "holdout157")),
           ("8e22706", ("holdout158", "holdout159", "holdout160")),
           ("d4cd0eb", ("holdout162", "holdout163", "holdout165")),
           ("fc99515", ("holdout167", "holdout168", "holdout169")),
           ("55c7ce0", ("holdout170", "holdout171", "holdout172", "holdout174", "holdout175", "holdout176")),
           ("811af66", ("holdout179", "holdout180", "holdout181", "holdout182", "holdout183", "holdout185")),
           ("e25f546", ("holdout186", "holdout188", "holdout189", "holdout190", "holdout192", "holdout193")),
           ("7274f5a", ("holdout194", "holdout195", "holdout197", "holdout198", "holdout200", "holdout201")),
           ("27e3a65", ("holdout202", "holdout203", "holdout205", "holdout206", "holdout208", "holdout209")),
           ("4c92cce", ("holdout210", "holdout211", "holdout212", "holdout214", "holdout215", "holdout216")),
           ("25c2f96", ("holdout218", "holdout220", "holdout221", "holdout222", "holdout224", "holdout225")),
           ("30ef0f9", ("holdout226", "holdout228", "holdout229", "holdout230", "holdout232", "holdout233")),
           ("38d8aaa", ("holdout234", "holdout235", "holdout237", "holdout238", "holdout239", "holdout240")),
           ("373e673", ("holdout242", "holdout243", "holdout245", "holdout246", "holdout248", "holdout249")),
           ("23a0c0d", ("holdout250", "holdout251", "holdout252", "holdout255", "holdout256", "holdout257")),
           ("46683e3", ("holdout258", "holdout259", "holdout261", "holdout262", "holdout263", "holdout264")),
           ("a8e113b", ("holdout266", "holdout267", "holdout268", "holdout271", "holdout272", "holdout273")),
           ("98c0119", ("holdout274", "holdout275", "holdout276", "holdout278", "holdout279", "holdout280")),
           ("0301983", ("holdout282", "holdout283", "holdout285", "holdout286", "holdout287", "holdout289")),
           ("f07a21c", ("holdout291", "holdout292", "holdout293", "holdout295", "holdout296", "holdout297")),
           ("7a16dab", ("holdout298", "holdout300", "holdout301", "holdout303", "holdout304", "holdout305")),
           ("93ee549", ("holdout306", "holdout308", "holdout309", "holdout310", "holdout311", "holdout313")),
           ("6e1c2a9", ("holdout314", "holdout315", "holdout317", "holdout318", "holdout319", "holdout320")),
           ("617aa88", ("holdout322", "holdout324", "holdout325", "holdout326", "holdout327", "holdout329")),
           ("353e28d", ("holdout330", "holdout331", "holdout333", "holdout335", "holdout336", "holdout337")),
           ("6683a65", ("holdout339", "holdout340", "holdout341", "holdout342", "holdout343", "holdout345")),
           ("99684d5", ("holdout347", "holdout348", "holdout349", "holdout350", "holdout351", "holdout353")),
           ("79a08bd", ("holdout355", "holdout356", "holdout357", "holdout358", "holdout359", "holdout360")),
           ("5b33baa", ("holdout362", "holdout363", "holdout364", "holdout367", "holdout368", "holdout369")),
           ("f69e760", ("holdout370", "holdout371", "holdout373", "holdout374", "holdout375", "holdout376")),
           ("d842182", ("holdout378", "holdout379", "holdout381", "holdout382", "holdout383", "holdout385")),
           ("0fc8151", ("holdout387", "holdout388", "holdout389", "holdout390", "holdout391", "holdout392")),
           ("5a26b9d", ("holdout394", "holdout395", "holdout397", "holdout398", "holdout400", "holdout401")),
           ("31aef07", ("holdout402", "holdout403", "holdout404", "holdout406", "holdout408", "holdout409")),
           ("87bc334", ("holdout410", "holdout411", "holdout413", "holdout414", "holdout415", "holdout417")),
           ("2b271eb", ("holdout418", "holdout419", "holdout421", "holdout423", "holdout424", "holdout425")),
           ("eb619e7b", ("holdout426", "holdout427", "holdout428", "holdout430", "holdout431", "holdout432")),
           ("55476388", ("holdout435", "holdout436", "holdout437", "holdout438", "holdout440", "holdout441")),
           ("ee229c9a", ("holdout442", "holdout443", "holdout445", "holdout447", "holdout448", "holdout449")),
           ("3b788542", ("holdout450", "holdout451", "holdout452", "holdout454", "holdout455", "holdout456")),
           ("ee4e8696", ("holdout458", "holdout459", "holdout460", "holdout462", "holdout464", "holdout465")),
           ("2eebff4e", ("holdout466", "holdout467", "holdout469", "holdout470", "holdout472", "holdout473")),
           ("5d5330a2", ("holdout474", "holdout476", "holdout477", "holdout479", "holdout480", "holdout481")),
           ("0830bf4f", ("holdout483", "holdout484", "holdout485", "holdout486", "holdout487", "holdout489")),
           ("885c944a", ("holdout490", "holdout491", "holdout493", "holdout495", "holdout496", "holdout497")))
# The blind figures of the rules alone that tests/data/README.md records for each set:
# (caught, alert lines, false alarms, quiet lines).
RECORDED = {"holdout8": (221, 244, 10, 173), "holdout9": (240, 269, 11, 172), "holdout10": (228, 253, 17, 181),
            "holdout11": (213, 249, 7, 176), "holdout12": (219, 243, 9, 171),
            "holdout13": (223, 241, 8, 170), "holdout14": (221, 240, 9, 170),
            "holdout20": (227, 240, 14, 170), "holdout21": (212, 240, 5, 170), "holdout23": (64, 80, 41, 340),
            "holdout28": (150, 158, 16, 115), "holdout29": (198, 238, 4, 172), "holdout30": (222, 238, 18, 172),
            "holdout32": (196, 238, 7, 172), "holdout33": (218, 238, 30, 172),
            "holdout35": (189, 238, 5, 172), "holdout36": (216, 238, 6, 172),
            "holdout38": (206, 238, 3, 172), "holdout39": (201, 238, 12, 172),
            "holdout41": (208, 238, 16, 172), "holdout42": (219, 238, 8, 172),
            "holdout44": (210, 238, 19, 172), "holdout45": (224, 238, 3, 172),
            "holdout47": (210, 238, 1, 172), "holdout48": (205, 238, 7, 172),
            "holdout50": (202, 238, 10, 172), "holdout51": (212, 238, 5, 172),
            "holdout53": (214, 238, 17, 172), "holdout54": (191, 238, 16, 172),
            "holdout56": (202, 238, 7, 172), "holdout58": (210, 238, 10, 172),
            "holdout59": (184, 238, 10, 172), "holdout61": (199, 238, 9, 172),
            "holdout62": (141, 240, 13, 170), "holdout63": (169, 240, 13, 170),
            "holdout64": (211, 238, 16, 172), "holdout65": (210, 238, 10, 172), "holdout66": (217, 238, 6, 172),
            "holdout68": (209, 238, 9, 172), "holdout69": (197, 238, 9, 172), "holdout70": (222, 238, 11, 172),
            "holdout72": (209, 238, 2, 172),
            "holdout74": (200, 238, 13, 172), "holdout75": (229, 238, 8, 172), "holdout76": (219, 238, 11, 172),
            "holdout78": (207, 238, 8, 172), "holdout79": (194, 238, 3, 172), "holdout81": (212, 238, 7, 172),
            "holdout82": (211, 238, 9, 172), "holdout83": (199, 238, 4, 172), "holdout84": (215, 238, 10, 172),
            "holdout86": (222, 238, 5, 172), "holdout88": (199, 238, 5, 172),
            "holdout87": (217, 238, 4, 172),
            "holdout90": (213, 238, 5, 172), "holdout92": (214, 238, 7, 172), "holdout93": (205, 238, 16, 172),
            "holdout94": (195, 238, 7, 172), "holdout95": (187, 238, 4, 172), "holdout97": (212, 238, 6, 172),
            "holdout98": (205, 238, 13, 172), "holdout100": (202, 238, 10, 172), "holdout101": (203, 238, 8, 172),
            "holdout102": (202, 238, 15, 172), "holdout104": (217, 238, 5, 172), "holdout105": (212, 238, 7, 172),
            "holdout106": (206, 238, 4, 172), "holdout107": (215, 238, 7, 172), "holdout109": (215, 238, 5, 172),
            "holdout110": (199, 238, 7, 172), "holdout111": (220, 238, 5, 172), "holdout113": (216, 238, 8, 172),
            "holdout114": (208, 238, 6, 172), "holdout116": (202, 238, 5, 172), "holdout117": (200, 238, 14, 172),
            "holdout118": (214, 238, 7, 172), "holdout120": (211, 238, 4, 172), "holdout121": (206, 238, 7, 172),
            "holdout123": (198, 238, 11, 172), "holdout124": (196, 238, 2, 172), "holdout125": (203, 238, 4, 172),
            "holdout126": (210, 238, 6, 172), "holdout127": (197, 238, 7, 172), "holdout129": (214, 238, 11, 172),
            "holdout130": (198, 238, 9, 172), "holdout131": (221, 238, 4, 172), "holdout133": (210, 238, 3, 172),
            "holdout134": (203, 238, 8, 172), "holdout135": (202, 238, 1, 172), "holdout137": (203, 238, 9, 172),
            "holdout139": (201, 238, 10, 172), "holdout140": (201, 238, 8, 172), "holdout141": (219, 238, 2, 172),
            "holdout143": (212, 238, 7, 172), "holdout144": (209, 238, 11, 172), "holdout145": (207, 238, 4, 172),
            "holdout146": (215, 238, 7, 172), "holdout147": (209, 238, 4, 172), "holdout149": (212, 238, 4, 172),
            "holdout150": (220, 238, 4, 172), "holdout151": (220, 238, 7, 172), "holdout152": (204, 238, 5, 172),
            "holdout154": (220, 238, 6, 172), "holdout155": (228, 238, 3, 172), "holdout157": (215, 238, 5, 172),
            "holdout158": (206, 238, 7, 172), "holdout159": (206, 238, 2, 172), "holdout160": (210, 238, 2, 172),
            "holdout162": (221, 238, 7, 172), "holdout163": (208, 238, 2, 172), "holdout165": (212, 238, 7, 172),
            "holdout167": (207, 238, 6, 172), "holdout168": (221, 238, 2, 172), "holdout169": (209, 238, 4, 172),
            "holdout170": (219, 238, 2, 172), "holdout171": (205, 238, 1, 172), "holdout172": (215, 238, 0, 172),
            "holdout174": (209, 238, 5, 172), "holdout175": (201, 238, 4, 172), "holdout176": (208, 238, 2, 172),
            "holdout179": (214, 238, 6, 172), "holdout180": (200, 238, 1, 172), "holdout181": (203, 238, 7, 172),
            "holdout182": (208, 238, 3, 172), "holdout183": (196, 238, 13, 172), "holdout185": (199, 238, 4, 172),
            "holdout186": (192, 238, 3, 172), "holdout188": (202, 238, 9, 172), "holdout189": (190, 238, 12, 172),
            "holdout190": (191, 238, 15, 172), "holdout192": (203, 238, 3, 172), "holdout193": (204, 238, 11, 172),
            "holdout194": (197, 238, 9, 172), "holdout195": (211, 238, 9, 172), "holdout197": (205, 238, 5, 172),
            "holdout198": (186, 238, 8, 172), "holdout200": (208, 238, 4, 172), "holdout201": (177, 238, 7, 172),
            "holdout202": (190, 238, 4, 172), "holdout203": (187, 238, 3, 172), "holdout205": (204, 238, 6, 172),
            "holdout206": (193, 238, 7, 172), "holdout208": (200, 238, 7, 172), "holdout209": (185, 238, 9, 172),
            "holdout210": (194, 238, 6, 172), "holdout211": (192, 238, 2, 172), "holdout212": (209, 238, 6, 172),
            "holdout214": (194, 238, 4, 172), "holdout215": (195, 238, 8, 172), "holdout216": (193, 238, 4, 172),
            "holdout218": (218, 238, 2, 172), "holdout220": (218, 238, 18, 172), "holdout221": (214, 238, 7, 172),
            "holdout222": (221, 238, 4, 172), "holdout224": (214, 238, 4, 172), "holdout225": (225, 238, 2, 172),
            "holdout226": (223, 238, 2, 172), "holdout228": (211, 238, 4, 172), "holdout229": (225, 238, 6, 172),
            "holdout230": (217, 238, 3, 172), "holdout232": (208, 238, 4, 172), "holdout233": (222, 238, 5, 172),
            "holdout234": (223, 238, 4, 172), "holdout235": (218, 238, 10, 172), "holdout237": (221, 238, 3, 172),
            "holdout238": (213, 238, 6, 172), "holdout239": (213, 238, 8, 172), "holdout240": (214, 238, 5, 172),
            "holdout242": (218, 238, 8, 172), "holdout243": (222, 238, 4, 172), "holdout245": (216, 238, 2, 172),
            "holdout246": (207, 238, 10, 172), "holdout248": (228, 238, 6, 172), "holdout249": (207, 238, 4, 172),
            "holdout250": (224, 238, 3, 172), "holdout251": (223, 238, 2, 172), "holdout252": (214, 238, 2, 172),
            "holdout255": (204, 238, 9, 172), "holdout256": (222, 238, 7, 172), "holdout257": (225, 238, 8, 172),
            "holdout258": (223, 238, 10, 172), "holdout259": (205, 238, 5, 172), "holdout261": (225, 238, 3, 172),
            "holdout262": (204, 238, 5, 172), "holdout263": (225, 238, 14, 172), "holdout264": (216, 238, 13, 172),
            "holdout266": (220, 238, 6, 172), "holdout267": (225, 238, 4, 172), "holdout268": (220, 238, 4, 172),
            "holdout271": (215, 238, 8, 172), "holdout272": (224, 238, 4, 172), "holdout273": (216, 238, 9, 172),
            "holdout274": (226, 238, 5, 172), "holdout275": (227, 238, 2, 172), "holdout276": (212, 238, 0, 172),
            "holdout278": (215, 238, 9, 172), "holdout279": (219, 238, 2, 172), "holdout280": (212, 238, 0, 172),
            "holdout282": (218, 238, 5, 172), "holdout283": (228, 238, 1, 172), "holdout285": (210, 238, 9, 172),
            "holdout286": (217, 238, 3, 172), "holdout287": (208, 238, 9, 172), "holdout289": (217, 238, 6, 172),
            "holdout291": (222, 238, 3, 172), "holdout292": (211, 238, 4, 172), "holdout293": (209, 238, 6, 172),
            "holdout295": (222, 238, 3, 172), "holdout296": (218, 238, 1, 172), "holdout297": (220, 238, 6, 172),
            "holdout298": (222, 238, 4, 172), "holdout300": (220, 238, 3, 172), "holdout301": (217, 238, 6, 172),
            "holdout303": (225, 238, 3, 172), "holdout304": (212, 238, 0, 172), "holdout305": (213, 238, 2, 172),
            "holdout306": (228, 238, 7, 172), "holdout308": (224, 238, 4, 172), "holdout309": (222, 238, 5, 172),
            "holdout310": (211, 238, 4, 172), "holdout311": (220, 238, 2, 172), "holdout313": (213, 238, 1, 172),
            "holdout314": (214, 238, 4, 172), "holdout315": (218, 238, 0, 172), "holdout317": (215, 238, 1, 172),
            "holdout318": (223, 238, 4, 172), "holdout319": (231, 238, 4, 172), "holdout320": (226, 238, 3, 172),
            "holdout322": (215, 238, 7, 172), "holdout324": (224, 238, 6, 172), "holdout325": (223, 238, 7, 172),
            "holdout326": (220, 238, 1, 172), "holdout327": (209, 238, 5, 172), "holdout329": (226, 238, 4, 172),
            "holdout330": (221, 238, 5, 172), "holdout331": (221, 238, 3, 172), "holdout333": (227, 238, 2, 172),
            "holdout335": (217, 238, 12, 172), "holdout336": (225, 238, 4, 172), "holdout337": (227, 238, 2, 172),
            "holdout339": (202, 238, 4, 172), "holdout340": (212, 238, 2, 172), "holdout341": (218, 238, 10, 172),
            "holdout342": (225, 238, 7, 172), "holdout343": (228, 238, 2, 172), "holdout345": (211, 238, 4, 172),
            "holdout347": (226, 238, 5, 172), "holdout348": (226, 238, 2, 172), "holdout349": (225, 238, 3, 172),
            "holdout350": (224, 238, 8, 172), "holdout351": (223, 238, 4, 172), "holdout353": (227, 238, 2, 172),
            "holdout355": (224, 238, 4, 172), "holdout356": (226, 238, 4, 172), "holdout357": (224, 238, 13, 172),
            "holdout358": (222, 238, 1, 172), "holdout359": (221, 238, 5, 172), "holdout360": (225, 238, 9, 172),
            "holdout362": (215, 238, 3, 172), "holdout363": (219, 238, 2, 172), "holdout364": (226, 238, 1, 172),
            "holdout367": (225, 238, 4, 172), "holdout368": (229, 238, 5, 172), "holdout369": (220, 238, 4, 172),
            "holdout370": (217, 238, 5, 172), "holdout371": (226, 238, 7, 172), "holdout373": (224, 238, 3, 172),
            "holdout374": (226, 238, 0, 172), "holdout375": (222, 238, 4, 172), "holdout376": (228, 238, 6, 172),
            "holdout378": (231, 238, 5, 172), "holdout379": (212, 238, 13, 172), "holdout381": (220, 238, 5, 172),
            "holdout382": (224, 238, 3, 172), "holdout383": (222, 238, 6, 172), "holdout385": (229, 238, 1, 172),
            "holdout387": (227, 238, 4, 172), "holdout388": (221, 238, 4, 172), "holdout389": (224, 238, 4, 172),
            "holdout390": (215, 238, 3, 172), "holdout391": (217, 238, 4, 172), "holdout392": (203, 238, 2, 172),
            "holdout394": (216, 238, 3, 172), "holdout395": (225, 238, 9, 172), "holdout397": (223, 238, 3, 172),
            "holdout398": (225, 238, 13, 172), "holdout400": (223, 238, 0, 172), "holdout401": (223, 238, 0, 172),
            "holdout402": (228, 238, 6, 172), "holdout403": (223, 238, 8, 172), "holdout404": (226, 238, 8, 172),
            "holdout406": (229, 238, 7, 172), "holdout408": (222, 238, 7, 172), "holdout409": (217, 238, 9, 172),
            "holdout410": (213, 238, 9, 172), "holdout411": (225, 238, 6, 172), "holdout413": (228, 238, 3, 172),
            "holdout414": (222, 238, 1, 172), "holdout415": (230, 238, 2, 172), "holdout417": (228, 238, 3, 172),
            "holdout418": (229, 238, 1, 172), "holdout419": (222, 238, 6, 172), "holdout421": (220, 238, 5, 172),
            "holdout423": (229, 238, 4, 172), "holdout424": (224, 238, 8, 172), "holdout425": (230, 238, 7, 172),
            "holdout426": (224, 238, 3, 172), "holdout427": (223, 238, 2, 172), "holdout428": (217, 238, 2, 172),
            "holdout430": (223, 238, 2, 172), "holdout431": (232, 238, 2, 172), "holdout432": (227, 238, 7, 172),
            "holdout435": (223, 238, 8, 172), "holdout436": (228, 238, 3, 172), "holdout437": (228, 238, 6, 172),
            "holdout438": (223, 238, 2, 172), "holdout440": (222, 238, 1, 172), "holdout441": (226, 238, 6, 172),
            "holdout442": (225, 238, 6, 172), "holdout443": (231, 238, 4, 172), "holdout445": (229, 238, 3, 172),
            "holdout447": (218, 238, 9, 172), "holdout448": (224, 238, 2, 172), "holdout449": (229, 238, 5, 172),
            "holdout450": (229, 238, 2, 172), "holdout451": (225, 238, 5, 172), "holdout452": (223, 238, 1, 172),
            "holdout454": (219, 238, 4, 172), "holdout455": (221, 238, 3, 172), "holdout456": (229, 238, 5, 172),
            "holdout458": (222, 238, 0, 172), "holdout459": (225, 238, 1, 172), "holdout460": (229, 238, 2, 172),
            "holdout462": (222, 238, 4, 172), "holdout464": (224, 238, 3, 172), "holdout465": (227, 238, 7, 172),
            "holdout466": (220, 238, 5, 172), "holdout467": (230, 238, 1, 172), "holdout469": (231, 238, 4, 172),
            "holdout470": (220, 238, 7, 172), "holdout472": (208, 238, 5, 172), "holdout473": (230, 238, 1, 172),
            "holdout474": (223, 238, 4, 172), "holdout476": (225, 238, 1, 172), "holdout477": (214, 238, 2, 172),
            "holdout479": (226, 238, 3, 172), "holdout480": (226, 238, 8, 172), "holdout481": (223, 238, 4, 172),
            "holdout483": (222, 238, 5, 172), "holdout484": (221, 238, 0, 172), "holdout485": (220, 238, 11, 172),
            "holdout486": (213, 238, 15, 172), "holdout487": (230, 238, 7, 172), "holdout489": (216, 238, 5, 172),
            "holdout490": (230, 238, 6, 172), "holdout491": (226, 238, 4, 172), "holdout493": (226, 238, 4, 172),
            "holdout495": (225, 238, 4, 172), "holdout496": (221, 238, 1, 172), "holdout497": (218, 238, 2, 172)}
# Dumps run in subprocesses, two at a time (the machine the figures were taken on has two cores).
PARALLEL_DUMPS = 2
SHOWN_LABELS = ("suicide", "self_harm", "overdose", "harm_to_others", "third_party", "relapse")
_NAMES = [name for name, _ in OPEN_SETS]

# Run with the old commit's alumni/ first on sys.path: its spelling and its rules. Reads
# {"data", "tree", "sets", "sentences"} on stdin; the sentences' labels as rules_label gives them.
_DUMP = """
import json, os, sys
sys.path.insert(0, ".")
job = json.load(sys.stdin)
import alumni.domain.crisis as crisis
assert os.path.abspath(crisis.__file__).startswith(os.path.realpath(job["tree"])), crisis.__file__
from alumni.domain.crisis import CRISIS_CATEGORIES, detect
from alumni.domain.crisis.spelling import clean, tokens

def read(text):
    try:
        d = detect(text, second_opinion=False)
    except TypeError:      # a commit from before the classifier
        d = detect(text)
    crisis = [f for f in d.findings if f.category in CRISIS_CATEGORIES]
    label = (("third_party" if any(f.third_party for f in crisis) else crisis[0].category.value) if crisis
             else "craving" if d.urgent else "benign")
    return label, d.crisis, d.urgent, [[t.surface, t.skeleton, t.raw] for t in tokens(clean(text))]

out = {"sets": {}, "sentences": [read(text) for text in job["sentences"]],
       "later": [read(text) for text in job["later"]]}
for name in job["sets"]:
    rows = []
    for line in open(f"{job['data']}/crisis_{name}.tsv", encoding="utf-8").read().splitlines():
        if not line or line.startswith("#") or line.startswith("label\\t"):
            continue
        label, _, _, text = line.split("\\t", 3)
        rows.append([label, *read(text)[1:]])
    out["sets"][name] = rows
json.dump(out, sys.stdout)
"""


@dataclass(frozen=True)
class Word:
    surface: str
    skeleton: str
    raw: str


@dataclass(frozen=True)
class Line:
    label: str
    crisis: bool        # by the rules
    urgent: bool
    words: tuple[Word, ...]


def lines_at(commit: str, names: Sequence[str], now: Sequence[tuple[str, str]]
             ) -> tuple[dict[str, list[Line]], list[Line], list[Line]]:
    """Read by the spelling and the rules of `commit`: the sets; the crisis tests' sentences
    of that commit, labelled by its rules; and the sentences of `now` (label, text) that the
    commit's tests did not have yet, with their label of now."""
    assert not set(names) & CLOSED_SETS
    listed = _git("ls-tree", "--name-only", commit, "tests/").split()
    sources = [(Path(path).name, _git("show", f"{commit}:{path}")) for path in sorted(listed)
               if fnmatch(Path(path).name, "test_*.py") and not fnmatch(Path(path).name, OWN_TESTS)]
    archive = subprocess.run(["git", "archive", commit, "alumni"], cwd=ROOT, check=True, capture_output=True).stdout
    with tempfile.TemporaryDirectory(prefix=f"rules-{commit}-") as tree:
        with tarfile.open(fileobj=BytesIO(archive)) as tar:
            tar.extractall(tree, filter="data")
        sentences = test_sentences(sources)
        later = [(label, text) for label, text in now if text not in set(sentences)]
        job = {"data": str(DATA), "tree": tree, "sets": list(names), "sentences": sentences,
               "later": [text for _, text in later]}
        done = subprocess.run([sys.executable, "-c", _DUMP], cwd=tree, check=True, capture_output=True, text=True,
                              input=json.dumps(job))
    out = json.loads(done.stdout)

    def line(label: str, crisis: bool, urgent: bool, words: list[list[str]]) -> Line:
        return Line(label, crisis, urgent, tuple(Word(*w) for w in words))

    return ({name: [line(*row) for row in rows] for name, rows in out["sets"].items()},
            [line(*row) for row in out["sentences"]],
            [line(label, *row[1:]) for (label, _), row in zip(later, out["later"], strict=True)])


def _git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=ROOT, check=True, capture_output=True, text=True).stdout


def lines_now(names: Sequence[str]) -> tuple[dict[str, list[Line]], list[Line]]:
    """The sets with the current rules alone (no classifier), and the crisis tests' sentences."""
    from alumni.domain.crisis import detect
    from alumni.domain.crisis.spelling import clean, tokens

    assert not set(names) & CLOSED_SETS

    def line(label: str, text: str) -> Line:
        d = detect(text, second_opinion=False)
        return Line(label, d.crisis, d.urgent, tuple(Word(t.surface, t.skeleton, t.raw) for t in tokens(clean(text))))

    return ({name: [line(label, text) for label, _, _, text in read_set(DATA / f"crisis_{name}.tsv")]
             for name in names},
            [line(label, text) for label, text in labelled_test_sentences()])


def trained(set_lines: Iterable[Line], sentences: Iterable[Line]):
    from alumni.domain.crisis.model import Model
    from alumni.domain.crisis.model_features import slots

    def read(lines: Iterable[Line]) -> list[tuple[str, list[int]]]:
        return [(x.label, sorted(slots(x.words))) for x in lines]

    return Model.from_json({"models": train(read(set_lines), read(sentences))})


@dataclass(frozen=True)
class Outcome:
    label: str
    rules_crisis: bool
    rules_urgent: bool
    score: float
    resembles: str
    third_party: bool

    def verdict(self, crisis_at: float | None = None) -> tuple[bool, bool]:
        """(crisis, urgent only) with the classifier beside the rules."""
        from alumni.domain.crisis import Category
        from alumni.domain.crisis.model import decision

        said = (decision(self.score, Category(self.resembles)) if crisis_at is None
                else "crisis" if self.score >= crisis_at else None)
        crisis = self.rules_crisis or said == "crisis"
        return crisis, not crisis and (self.rules_urgent or said == "urgent")


def outcomes(model, lines: Iterable[Line]) -> list[Outcome]:
    from alumni.domain.crisis.model import opinion

    out = []
    for x in lines:
        seen = opinion(x.words, model)
        out.append(Outcome(x.label, x.crisis, x.urgent, seen.score if seen else 0.0,
                           seen.resembles.value if seen and seen.resembles else "suicide",
                           bool(seen and seen.third_party)))
    return out


def tally(results: Sequence[Outcome], *, classifier: bool, rules: bool = True) -> Counter[str]:
    """Counts for one way of deciding: the rules alone, both, or (rules=False) the classifier alone."""
    c: Counter[str] = Counter()
    for o in results:
        if classifier:
            crisis, urgent = (o.verdict() if rules
                              else Outcome(o.label, False, False, o.score, o.resembles, False).verdict())
        else:
            crisis, urgent = o.rules_crisis, not o.rules_crisis and o.rules_urgent
        if o.label in ALERT_LABELS:
            c["alert"] += 1
            c["caught"] += crisis
            c["alert urgent"] += urgent
            c[f"n {o.label}"] += 1
            c[f"caught {o.label}"] += crisis
            if crisis and classifier and not o.rules_crisis:
                kind = "third_party" if o.third_party else o.resembles
                c["new"] += 1
                c["new kind right"] += kind == o.label or (o.label == "third_party" and o.third_party)
        elif o.label in QUIET_LABELS:
            c["quiet"] += 1
            c["false"] += crisis
            c["quiet urgent"] += urgent
        elif o.label == "craving":
            c["craving"] += 1
            c["craving seen"] += crisis or urgent
            c["craving crisis"] += crisis
    return c


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.3f} ({a}/{b})" if b else "-"


def table(rows: Sequence[tuple[str, list[Outcome]]], *, rules_too: bool = True) -> None:
    """One markdown row per set and decision."""
    heads = ["set", "decided by", "crisis+relapse recall", "suicide", "self-harm", "false alarms",
             "alert lines urgent only", "quiet lines urgent", "craving urgent or crisis (crisis)",
             "kind right on new catches"]
    print("| " + " | ".join(heads) + " |\n|" + " --- |" * len(heads))
    ways = ((("rules", False, True), ("rules + classifier", True, True)) if rules_too
            else (("classifier alone", True, False), ("rules now + classifier", True, True)))
    for name, results in rows:
        for way, classifier, rules in ways:
            c = tally(results, classifier=classifier, rules=rules)
            kind = f"{c['new kind right']}/{c['new']}" if classifier and rules else ""
            print(f"| {name} | {way} | {_ratio(c['caught'], c['alert'])} | "
                  f"{_ratio(c['caught suicide'], c['n suicide'])} | "
                  f"{_ratio(c['caught self_harm'], c['n self_harm'])} | "
                  f"{_ratio(c['false'], c['quiet'])} | {c['alert urgent']} | {c['quiet urgent']} | "
                  f"{c['craving seen']}/{c['craving']} ({c['craving crisis']}) | {kind} |")


def per_label(rows: Sequence[tuple[str, list[Outcome]]]) -> None:
    print("\nrecall per label, rules -> rules + classifier:")
    for name, results in rows:
        before, after = tally(results, classifier=False), tally(results, classifier=True)
        print(f"   {name}: " + ", ".join(f"{label} {before[f'caught {label}']}->{after[f'caught {label}']}"
                                         f"/{before[f'n {label}']}" for label in SHOWN_LABELS))


def sweep(results: Sequence[Outcome]) -> None:
    print(f"\npooled over the {len(BATCHES)} batches, the crisis threshold alone (no urgent tier):")
    base = tally(results, classifier=False)
    for at in (0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9):
        caught = sum(o.label in ALERT_LABELS and o.verdict(at)[0] for o in results)
        false = sum(o.label in QUIET_LABELS and o.verdict(at)[0] for o in results)
        print(f"   {at:.2f}: catches +{caught - base['caught']} of {base['alert'] - base['caught']} missed, "
              f"false alarms +{false - base['false']} (of {base['quiet']} quiet lines)")


def _one_set(name: str, results: Sequence[Outcome]) -> None:
    before, after = tally(results, classifier=False), tally(results, classifier=True)
    print(f"   {name}: recall {before['caught']}->{after['caught']}/{before['alert']}, "
          f"false alarms {before['false']}->{after['false']}/{before['quiet']}, "
          f"urgent only (alert lines) {before['alert urgent']}->{after['alert urgent']}, "
          f"(quiet lines) {before['quiet urgent']}->{after['quiet urgent']}", flush=True)


def open_at(commit: str) -> list[str]:
    """The sets open at `commit`: its bench/bench_crisis.py's SETS without its CLOSED_SETS."""
    source = _git("show", f"{commit}:bench/bench_crisis.py")
    listed = re.findall(r'\("(corpus|holdout\d*)", DATA', source)
    closed_at = source.find("CLOSED_SETS = ")
    closed = (set(re.findall(r'"(holdout\d+)"', source[closed_at:source.index(")", closed_at)]))
              if closed_at >= 0 else set())
    return [name for name in listed if name not in closed]


Dump = tuple[str, Sequence[str], list[str], tuple[dict[str, list[Line]], list[Line], list[Line]]]


def _dumps(now: Sequence[tuple[str, str]], batches: Sequence[tuple[str, Sequence[str]]] = BATCHES) -> list[Dump]:
    """Per batch: (commit, batch, the sets trained on, lines_at's reading), in the order given."""
    def dump(commit: str, batch: Sequence[str]) -> Dump:
        before = [name for name in open_at(commit) if name not in batch]
        return commit, batch, before, lines_at(commit, [*before, *batch], now)

    with ThreadPoolExecutor(PARALLEL_DUMPS) as pool:
        return list(pool.map(lambda job: dump(*job), batches))


def backtest() -> tuple[list[tuple[str, list[Outcome]]], list[tuple[str, list[Outcome]]]]:
    """Per batch, the outcomes on the batch; and on the test sentences written after it."""
    rows: list[tuple[str, list[Outcome]]] = []
    later_rows: list[tuple[str, list[Outcome]]] = []
    for commit, batch, before, (sets, sentences, later) in _dumps(labelled_test_sentences()):
        model = trained((x for name in before for x in sets[name]), sentences)
        later_rows.append((f"test sentences new since {commit} (rules {commit})", outcomes(model, later)))
        pooled: list[Outcome] = []
        for name in batch:
            results = outcomes(model, sets[name])
            _one_set(name, results)
            c = tally(results, classifier=False)
            got = (c["caught"], c["alert"], c["false"], c["quiet"])
            status = "as recorded" if got == RECORDED[name] else f"DIFFERS from the recorded {RECORDED[name]}"
            print(f"   rules at {commit} on {name}: {got[0]}/{got[1]} caught, {got[2]}/{got[3]} false: {status}",
                  flush=True)
            pooled += results
        first, last = batch[0][7:], batch[-1][7:]
        rows.append((f"holdout{'s' if first != last else ''} {first}{'-' + last if first != last else ''} "
                     f"(rules {commit}; trained on {len(before)} sets, {len(sentences)} test sentences)", pooled))
    return rows, later_rows


# The shares of the training sets --learning-curve trains on, each drawn with these seeds.
CURVE_SHARES, CURVE_SEEDS, CURVE_BATCHES = (0.25, 0.5, 0.75, 1.0), (1, 2), 4


def learning_curve() -> None:
    """What the classifier adds on the last CURVE_BATCHES batches when it is trained on a
    share of the sets their commits held (drawn at random; the test sentences always): does
    more training text still help?"""
    print(f"\nlearning curve on the last {CURVE_BATCHES} batches (the crisis threshold as committed):")
    dumps = _dumps(labelled_test_sentences(), BATCHES[-CURVE_BATCHES:])
    for share in CURVE_SHARES:
        for seed in CURVE_SEEDS if share < 1 else CURVE_SEEDS[:1]:
            results: list[Outcome] = []
            lines = 0
            for _, batch, before, (sets, sentences, _) in dumps:
                chosen = before if share >= 1 else random.Random(seed).sample(before, round(share * len(before)))
                lines += sum(len(sets[name]) for name in chosen)
                model = trained((x for name in chosen for x in sets[name]), sentences)
                results += [o for name in batch for o in outcomes(model, sets[name])]
            before_c, after_c = tally(results, classifier=False), tally(results, classifier=True)
            print(f"   {share:.0%} of the sets (seed {seed}, {lines:,} lines in all): catches "
                  f"+{after_c['caught'] - before_c['caught']} of {before_c['alert'] - before_c['caught']} missed, "
                  f"false alarms +{after_c['false'] - before_c['false']} (of {before_c['quiet']} quiet lines)",
                  flush=True)


def loso() -> list[tuple[str, list[Outcome]]]:
    sets, sentences = lines_now(_NAMES)
    rows = []
    for name in _NAMES:
        model = trained((x for other in _NAMES if other != name for x in sets[other]), sentences)
        rows.append((name, outcomes(model, sets[name])))
        print(f"   {name} done", file=sys.stderr, flush=True)
    rows.append(("all open sets", [o for _, results in rows for o in results]))
    return rows


def main(argv: Sequence[str]) -> int:
    if "--learning-curve" in argv:
        learning_curve()
        return 0
    rows, later_rows = backtest()
    print()
    table(rows)
    per_label(rows)
    print("\nthe tests' sentences written after each batch's commit (labelled by today's rules; "
          "'false alarms' are those today's rules leave quiet):")
    table(later_rows)
    if "--sweep" in argv:
        sweep([o for _, results in rows for o in results])
    if "--loso" in argv:
        print("\nleave one set out (classifier trained on the other open sets):")
        table(loso(), rules_too=False)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
