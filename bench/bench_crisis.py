"""Crisis detector: recall, false alarms and speed on the labelled message sets.

`python -m bench crisis` reads tests/data/crisis_corpus.tsv (and crisis_holdout.tsv when
present, reported separately) and prints, overall and per language, script and label:

- recall on crisis and relapse (suicide, self_harm, overdose, harm_to_others, third_party,
  relapse must give Detection.crisis), target >= 0.97;
- false alarms on benign, idiom and sobriety lines (Detection.crisis), target <= 0.03, and
  how many of them got only an urgent (craving) finding;
- craving accuracy (label craving gives Detection.urgent or .crisis), target >= 0.97;
- the median and p99 time of one detect() call, for a typical SMS and the longest lines (a
  1,600-character text the rules find a crisis in, and one of benign lines that they leave
  to the classifier).

No database, no Redis. BENCH_CRISIS_MISSES=1 also lists the lines each set gets wrong;
BENCH_CRISIS_SETS=corpus reads only the main set (the holdout is for measuring, not tuning).
"""
from __future__ import annotations

import os
import statistics
import time
from collections import defaultdict
from pathlib import Path

from bench.common import Figure, print_figures

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
SETS = (("corpus", DATA / "crisis_corpus.tsv"), ("holdout", DATA / "crisis_holdout.tsv"),
        ("holdout2", DATA / "crisis_holdout2.tsv"), ("holdout3", DATA / "crisis_holdout3.tsv"),
        ("holdout4", DATA / "crisis_holdout4.tsv"),
        ("holdout5", DATA / "crisis_holdout5.tsv"),
        ("holdout6", DATA / "crisis_holdout6.tsv"),
        ("holdout7", DATA / "crisis_holdout7.tsv"),
        ("holdout8", DATA / "crisis_holdout8.tsv"),
        ("holdout9", DATA / "crisis_holdout9.tsv"),
        ("holdout10", DATA / "crisis_holdout10.tsv"),
        ("holdout11", DATA / "crisis_holdout11.tsv"),
        ("holdout12", DATA / "crisis_holdout12.tsv"),
        ("holdout13", DATA / "crisis_holdout13.tsv"),
        ("holdout14", DATA / "crisis_holdout14.tsv"),
        ("holdout20", DATA / "crisis_holdout20.tsv"),
        ("holdout21", DATA / "crisis_holdout21.tsv"),
        ("holdout23", DATA / "crisis_holdout23.tsv"),
        ("holdout28", DATA / "crisis_holdout28.tsv"),
        ("holdout29", DATA / "crisis_holdout29.tsv"),
        ("holdout30", DATA / "crisis_holdout30.tsv"),
        ("holdout32", DATA / "crisis_holdout32.tsv"),
        ("holdout33", DATA / "crisis_holdout33.tsv"),
        ("holdout35", DATA / "crisis_holdout35.tsv"),
        ("holdout36", DATA / "crisis_holdout36.tsv"),
        ("holdout38", DATA / "crisis_holdout38.tsv"),
        ("holdout39", DATA / "crisis_holdout39.tsv"),
        ("holdout41", DATA / "crisis_holdout41.tsv"),
        ("holdout42", DATA / "crisis_holdout42.tsv"),
        ("holdout44", DATA / "crisis_holdout44.tsv"),
        ("holdout45", DATA / "crisis_holdout45.tsv"),
        ("holdout47", DATA / "crisis_holdout47.tsv"),
        ("holdout48", DATA / "crisis_holdout48.tsv"),
        ("holdout50", DATA / "crisis_holdout50.tsv"),
        ("holdout51", DATA / "crisis_holdout51.tsv"),
        ("holdout53", DATA / "crisis_holdout53.tsv"),
        ("holdout54", DATA / "crisis_holdout54.tsv"),
        ("holdout56", DATA / "crisis_holdout56.tsv"),
        ("holdout58", DATA / "crisis_holdout58.tsv"),
        ("holdout59", DATA / "crisis_holdout59.tsv"),
        ("holdout61", DATA / "crisis_holdout61.tsv"),
        ("holdout62", DATA / "crisis_holdout62.tsv"),
        ("holdout63", DATA / "crisis_holdout63.tsv"),
        ("holdout64", DATA / "crisis_holdout64.tsv"),
        ("holdout65", DATA / "crisis_holdout65.tsv"),
        ("holdout66", DATA / "crisis_holdout66.tsv"),
        ("holdout68", DATA / "crisis_holdout68.tsv"),
        ("holdout69", DATA / "crisis_holdout69.tsv"),
        ("holdout70", DATA / "crisis_holdout70.tsv"),
        ("holdout72", DATA / "crisis_holdout72.tsv"),
        ("holdout74", DATA / "crisis_holdout74.tsv"),
        ("holdout75", DATA / "crisis_holdout75.tsv"),
        ("holdout76", DATA / "crisis_holdout76.tsv"),
        ("holdout78", DATA / "crisis_holdout78.tsv"),
        ("holdout79", DATA / "crisis_holdout79.tsv"),
        ("holdout81", DATA / "crisis_holdout81.tsv"),
        ("holdout82", DATA / "crisis_holdout82.tsv"),
        ("holdout83", DATA / "crisis_holdout83.tsv"),
        ("holdout84", DATA / "crisis_holdout84.tsv"),
        ("holdout86", DATA / "crisis_holdout86.tsv"),
        ("holdout88", DATA / "crisis_holdout88.tsv"),
        # closed: measured, never opened for development (tests/data/README.md)
        ("holdout15", DATA / "crisis_holdout15.tsv"),
        ("holdout16", DATA / "crisis_holdout16.tsv"),
        ("holdout17", DATA / "crisis_holdout17.tsv"),
        ("holdout18", DATA / "crisis_holdout18.tsv"),
        ("holdout19", DATA / "crisis_holdout19.tsv"),
        ("holdout22", DATA / "crisis_holdout22.tsv"),
        ("holdout24", DATA / "crisis_holdout24.tsv"),
        ("holdout25", DATA / "crisis_holdout25.tsv"),
        ("holdout26", DATA / "crisis_holdout26.tsv"),
        ("holdout27", DATA / "crisis_holdout27.tsv"),
        ("holdout31", DATA / "crisis_holdout31.tsv"),
        ("holdout34", DATA / "crisis_holdout34.tsv"),
        ("holdout37", DATA / "crisis_holdout37.tsv"),
        ("holdout40", DATA / "crisis_holdout40.tsv"),
        ("holdout43", DATA / "crisis_holdout43.tsv"),
        ("holdout46", DATA / "crisis_holdout46.tsv"),
        ("holdout49", DATA / "crisis_holdout49.tsv"),
        ("holdout52", DATA / "crisis_holdout52.tsv"),
        ("holdout55", DATA / "crisis_holdout55.tsv"),
        ("holdout57", DATA / "crisis_holdout57.tsv"),
        ("holdout60", DATA / "crisis_holdout60.tsv"),
        ("holdout67", DATA / "crisis_holdout67.tsv"),
        ("holdout71", DATA / "crisis_holdout71.tsv"),
        ("holdout73", DATA / "crisis_holdout73.tsv"),
        ("holdout77", DATA / "crisis_holdout77.tsv"),
        ("holdout80", DATA / "crisis_holdout80.tsv"),
        ("holdout85", DATA / "crisis_holdout85.tsv"),
        ("holdout87", DATA / "crisis_holdout87.tsv"),
        ("holdout89", DATA / "crisis_holdout89.tsv"),
        ("holdout90", DATA / "crisis_holdout90.tsv"),
        ("holdout91", DATA / "crisis_holdout91.tsv"),
        ("holdout92", DATA / "crisis_holdout92.tsv"),
        ("holdout93", DATA / "crisis_holdout93.tsv"),
        ("holdout94", DATA / "crisis_holdout94.tsv"),
        ("holdout95", DATA / "crisis_holdout95.tsv"),
        ("holdout96", DATA / "crisis_holdout96.tsv"),
        ("holdout97", DATA / "crisis_holdout97.tsv"),
        ("holdout98", DATA / "crisis_holdout98.tsv"),
        ("holdout99", DATA / "crisis_holdout99.tsv"),
        ("holdout100", DATA / "crisis_holdout100.tsv"),
        ("holdout101", DATA / "crisis_holdout101.tsv"),
        ("holdout102", DATA / "crisis_holdout102.tsv"),
        ("holdout103", DATA / "crisis_holdout103.tsv"),
        ("holdout104", DATA / "crisis_holdout104.tsv"),
        ("holdout105", DATA / "crisis_holdout105.tsv"),
        ("holdout106", DATA / "crisis_holdout106.tsv"),
        ("holdout107", DATA / "crisis_holdout107.tsv"),
        ("holdout108", DATA / "crisis_holdout108.tsv"),
        ("holdout109", DATA / "crisis_holdout109.tsv"),
        ("holdout110", DATA / "crisis_holdout110.tsv"),
        ("holdout111", DATA / "crisis_holdout111.tsv"),
        ("holdout112", DATA / "crisis_holdout112.tsv"),
        ("holdout113", DATA / "crisis_holdout113.tsv"),
        ("holdout114", DATA / "crisis_holdout114.tsv"),
        ("holdout115", DATA / "crisis_holdout115.tsv"),
        ("holdout116", DATA / "crisis_holdout116.tsv"),
        ("holdout117", DATA / "crisis_holdout117.tsv"),
        ("holdout118", DATA / "crisis_holdout118.tsv"),
        ("holdout119", DATA / "crisis_holdout119.tsv"),
        ("holdout120", DATA / "crisis_holdout120.tsv"),
        ("holdout121", DATA / "crisis_holdout121.tsv"),
        ("holdout122", DATA / "crisis_holdout122.tsv"),
        ("holdout123", DATA / "crisis_holdout123.tsv"),
        ("holdout124", DATA / "crisis_holdout124.tsv"),
        ("holdout125", DATA / "crisis_holdout125.tsv"),
        ("holdout126", DATA / "crisis_holdout126.tsv"),
        ("holdout127", DATA / "crisis_holdout127.tsv"),
        ("holdout128", DATA / "crisis_holdout128.tsv"),
        ("holdout129", DATA / "crisis_holdout129.tsv"),
        ("holdout130", DATA / "crisis_holdout130.tsv"),
        ("holdout131", DATA / "crisis_holdout131.tsv"),
        ("holdout132", DATA / "crisis_holdout132.tsv"),
        ("holdout133", DATA / "crisis_holdout133.tsv"),
        ("holdout134", DATA / "crisis_holdout134.tsv"), ("holdout135", DATA / "crisis_holdout135.tsv"),
        ("holdout136", DATA / "crisis_holdout136.tsv"), ("holdout137", DATA / "crisis_holdout137.tsv"),
        ("holdout138", DATA / "crisis_holdout138.tsv"), ("holdout139", DATA / "crisis_holdout139.tsv"),
        ("holdout140", DATA / "crisis_holdout140.tsv"), ("holdout141", DATA / "crisis_holdout141.tsv"),
        ("holdout142", DATA / "crisis_holdout142.tsv"), ("holdout143", DATA / "crisis_holdout143.tsv"),
        ("holdout144", DATA / "crisis_holdout144.tsv"), ("holdout145", DATA / "crisis_holdout145.tsv"),
        ("holdout146", DATA / "crisis_holdout146.tsv"), ("holdout147", DATA / "crisis_holdout147.tsv"),
        ("holdout148", DATA / "crisis_holdout148.tsv"), ("holdout149", DATA / "crisis_holdout149.tsv"),
        ("holdout150", DATA / "crisis_holdout150.tsv"), ("holdout151", DATA / "crisis_holdout151.tsv"),
        ("holdout152", DATA / "crisis_holdout152.tsv"), ("holdout153", DATA / "crisis_holdout153.tsv"),
        ("holdout154", DATA / "crisis_holdout154.tsv"), ("holdout155", DATA / "crisis_holdout155.tsv"),
        ("holdout156", DATA / "crisis_holdout156.tsv"), ("holdout157", DATA / "crisis_holdout157.tsv"),
        ("holdout158", DATA / "crisis_holdout158.tsv"), ("holdout159", DATA / "crisis_holdout159.tsv"),
        ("holdout160", DATA / "crisis_holdout160.tsv"), ("holdout161", DATA / "crisis_holdout161.tsv"),
        ("holdout162", DATA / "crisis_holdout162.tsv"), ("holdout163", DATA / "crisis_holdout163.tsv"),
        ("holdout164", DATA / "crisis_holdout164.tsv"), ("holdout165", DATA / "crisis_holdout165.tsv"),
        ("holdout166", DATA / "crisis_holdout166.tsv"), ("holdout167", DATA / "crisis_holdout167.tsv"),
        ("holdout168", DATA / "crisis_holdout168.tsv"), ("holdout169", DATA / "crisis_holdout169.tsv"),
        ("holdout170", DATA / "crisis_holdout170.tsv"), ("holdout171", DATA / "crisis_holdout171.tsv"),
        ("holdout172", DATA / "crisis_holdout172.tsv"), ("holdout173", DATA / "crisis_holdout173.tsv"),
        ("holdout174", DATA / "crisis_holdout174.tsv"), ("holdout175", DATA / "crisis_holdout175.tsv"),
        ("holdout176", DATA / "crisis_holdout176.tsv"), ("holdout177", DATA / "crisis_holdout177.tsv"),
        ("holdout178", DATA / "crisis_holdout178.tsv"), ("holdout179", DATA / "crisis_holdout179.tsv"),
        ("holdout180", DATA / "crisis_holdout180.tsv"), ("holdout181", DATA / "crisis_holdout181.tsv"),
        ("holdout182", DATA / "crisis_holdout182.tsv"), ("holdout183", DATA / "crisis_holdout183.tsv"),
        ("holdout184", DATA / "crisis_holdout184.tsv"), ("holdout185", DATA / "crisis_holdout185.tsv"),
        ("holdout186", DATA / "crisis_holdout186.tsv"), ("holdout187", DATA / "crisis_holdout187.tsv"),
        ("holdout188", DATA / "crisis_holdout188.tsv"), ("holdout189", DATA / "crisis_holdout189.tsv"),
        ("holdout190", DATA / "crisis_holdout190.tsv"), ("holdout191", DATA / "crisis_holdout191.tsv"),
        ("holdout192", DATA / "crisis_holdout192.tsv"), ("holdout193", DATA / "crisis_holdout193.tsv"),
        ("holdout194", DATA / "crisis_holdout194.tsv"), ("holdout195", DATA / "crisis_holdout195.tsv"),
        ("holdout196", DATA / "crisis_holdout196.tsv"), ("holdout197", DATA / "crisis_holdout197.tsv"),
        ("holdout198", DATA / "crisis_holdout198.tsv"), ("holdout199", DATA / "crisis_holdout199.tsv"),
        ("holdout200", DATA / "crisis_holdout200.tsv"), ("holdout201", DATA / "crisis_holdout201.tsv"),
        ("holdout202", DATA / "crisis_holdout202.tsv"), ("holdout203", DATA / "crisis_holdout203.tsv"),
        ("holdout204", DATA / "crisis_holdout204.tsv"), ("holdout205", DATA / "crisis_holdout205.tsv"),
        ("holdout206", DATA / "crisis_holdout206.tsv"), ("holdout207", DATA / "crisis_holdout207.tsv"),
        ("holdout208", DATA / "crisis_holdout208.tsv"), ("holdout209", DATA / "crisis_holdout209.tsv"),
        ("holdout210", DATA / "crisis_holdout210.tsv"), ("holdout211", DATA / "crisis_holdout211.tsv"),
        ("holdout212", DATA / "crisis_holdout212.tsv"), ("holdout213", DATA / "crisis_holdout213.tsv"),
        ("holdout214", DATA / "crisis_holdout214.tsv"), ("holdout215", DATA / "crisis_holdout215.tsv"),
        ("holdout216", DATA / "crisis_holdout216.tsv"), ("holdout217", DATA / "crisis_holdout217.tsv"),
        ("holdout218", DATA / "crisis_holdout218.tsv"), ("holdout219", DATA / "crisis_holdout219.tsv"),
        ("holdout220", DATA / "crisis_holdout220.tsv"), ("holdout221", DATA / "crisis_holdout221.tsv"),
        ("holdout222", DATA / "crisis_holdout222.tsv"), ("holdout223", DATA / "crisis_holdout223.tsv"),
        ("holdout224", DATA / "crisis_holdout224.tsv"), ("holdout225", DATA / "crisis_holdout225.tsv"),
        ("holdout226", DATA / "crisis_holdout226.tsv"), ("holdout227", DATA / "crisis_holdout227.tsv"),
        ("holdout228", DATA / "crisis_holdout228.tsv"), ("holdout229", DATA / "crisis_holdout229.tsv"),
        ("holdout230", DATA / "crisis_holdout230.tsv"), ("holdout231", DATA / "crisis_holdout231.tsv"),
        ("holdout232", DATA / "crisis_holdout232.tsv"), ("holdout233", DATA / "crisis_holdout233.tsv"),
        ("holdout234", DATA / "crisis_holdout234.tsv"), ("holdout235", DATA / "crisis_holdout235.tsv"),
        ("holdout236", DATA / "crisis_holdout236.tsv"), ("holdout237", DATA / "crisis_holdout237.tsv"),
        ("holdout238", DATA / "crisis_holdout238.tsv"), ("holdout239", DATA / "crisis_holdout239.tsv"),
        ("holdout240", DATA / "crisis_holdout240.tsv"), ("holdout241", DATA / "crisis_holdout241.tsv"),
        ("holdout242", DATA / "crisis_holdout242.tsv"), ("holdout243", DATA / "crisis_holdout243.tsv"),
        ("holdout244", DATA / "crisis_holdout244.tsv"), ("holdout245", DATA / "crisis_holdout245.tsv"),
        ("holdout246", DATA / "crisis_holdout246.tsv"), ("holdout247", DATA / "crisis_holdout247.tsv"),
        ("holdout248", DATA / "crisis_holdout248.tsv"), ("holdout249", DATA / "crisis_holdout249.tsv"),
        ("holdout250", DATA / "crisis_holdout250.tsv"), ("holdout251", DATA / "crisis_holdout251.tsv"),
        ("holdout252", DATA / "crisis_holdout252.tsv"), ("holdout253", DATA / "crisis_holdout253.tsv"),
        ("holdout254", DATA / "crisis_holdout254.tsv"), ("holdout255", DATA / "crisis_holdout255.tsv"),
        ("holdout256", DATA / "crisis_holdout256.tsv"), ("holdout257", DATA / "crisis_holdout257.tsv"),
        ("holdout258", DATA / "crisis_holdout258.tsv"), ("holdout259", DATA / "crisis_holdout259.tsv"),
        ("holdout260", DATA / "crisis_holdout260.tsv"), ("holdout261", DATA / "crisis_holdout261.tsv"),
        ("holdout262", DATA / "crisis_holdout262.tsv"), ("holdout263", DATA / "crisis_holdout263.tsv"),
        ("holdout264", DATA / "crisis_holdout264.tsv"), ("holdout265", DATA / "crisis_holdout265.tsv"),
        ("holdout266", DATA / "crisis_holdout266.tsv"), ("holdout267", DATA / "crisis_holdout267.tsv"),
        ("holdout268", DATA / "crisis_holdout268.tsv"), ("holdout269", DATA / "crisis_holdout269.tsv"),
        ("holdout270", DATA / "crisis_holdout270.tsv"), ("holdout271", DATA / "crisis_holdout271.tsv"),
        ("holdout272", DATA / "crisis_holdout272.tsv"), ("holdout273", DATA / "crisis_holdout273.tsv"),
        ("holdout274", DATA / "crisis_holdout274.tsv"), ("holdout275", DATA / "crisis_holdout275.tsv"),
        ("holdout276", DATA / "crisis_holdout276.tsv"), ("holdout277", DATA / "crisis_holdout277.tsv"),
        ("holdout278", DATA / "crisis_holdout278.tsv"), ("holdout279", DATA / "crisis_holdout279.tsv"),
        ("holdout280", DATA / "crisis_holdout280.tsv"), ("holdout281", DATA / "crisis_holdout281.tsv"),
        ("holdout282", DATA / "crisis_holdout282.tsv"), ("holdout283", DATA / "crisis_holdout283.tsv"),
        ("holdout284", DATA / "crisis_holdout284.tsv"), ("holdout285", DATA / "crisis_holdout285.tsv"),
        ("holdout286", DATA / "crisis_holdout286.tsv"), ("holdout287", DATA / "crisis_holdout287.tsv"),
        ("holdout288", DATA / "crisis_holdout288.tsv"), ("holdout289", DATA / "crisis_holdout289.tsv"),
        ("holdout290", DATA / "crisis_holdout290.tsv"), ("holdout291", DATA / "crisis_holdout291.tsv"),
        ("holdout292", DATA / "crisis_holdout292.tsv"), ("holdout293", DATA / "crisis_holdout293.tsv"),
        ("holdout294", DATA / "crisis_holdout294.tsv"), ("holdout295", DATA / "crisis_holdout295.tsv"),
        ("holdout296", DATA / "crisis_holdout296.tsv"), ("holdout297", DATA / "crisis_holdout297.tsv"),
        ("holdout298", DATA / "crisis_holdout298.tsv"), ("holdout299", DATA / "crisis_holdout299.tsv"),
        ("holdout300", DATA / "crisis_holdout300.tsv"), ("holdout301", DATA / "crisis_holdout301.tsv"),
        ("holdout302", DATA / "crisis_holdout302.tsv"), ("holdout303", DATA / "crisis_holdout303.tsv"),
        ("holdout304", DATA / "crisis_holdout304.tsv"), ("holdout305", DATA / "crisis_holdout305.tsv"),
        ("holdout306", DATA / "crisis_holdout306.tsv"), ("holdout307", DATA / "crisis_holdout307.tsv"),
        ("holdout308", DATA / "crisis_holdout308.tsv"), ("holdout309", DATA / "crisis_holdout309.tsv"),
        ("holdout310", DATA / "crisis_holdout310.tsv"), ("holdout311", DATA / "crisis_holdout311.tsv"),
        ("holdout312", DATA / "crisis_holdout312.tsv"), ("holdout313", DATA / "crisis_holdout313.tsv"),
        ("holdout314", DATA / "crisis_holdout314.tsv"), ("holdout315", DATA / "crisis_holdout315.tsv"),
        ("holdout316", DATA / "crisis_holdout316.tsv"), ("holdout317", DATA / "crisis_holdout317.tsv"),
        ("holdout318", DATA / "crisis_holdout318.tsv"), ("holdout319", DATA / "crisis_holdout319.tsv"),
        ("holdout320", DATA / "crisis_holdout320.tsv"), ("holdout321", DATA / "crisis_holdout321.tsv"),
        ("holdout322", DATA / "crisis_holdout322.tsv"), ("holdout323", DATA / "crisis_holdout323.tsv"),
        ("holdout324", DATA / "crisis_holdout324.tsv"), ("holdout325", DATA / "crisis_holdout325.tsv"),
        ("holdout326", DATA / "crisis_holdout326.tsv"), ("holdout327", DATA / "crisis_holdout327.tsv"),
        ("holdout328", DATA / "crisis_holdout328.tsv"), ("holdout329", DATA / "crisis_holdout329.tsv"),
        ("holdout330", DATA / "crisis_holdout330.tsv"), ("holdout331", DATA / "crisis_holdout331.tsv"),
        ("holdout332", DATA / "crisis_holdout332.tsv"), ("holdout333", DATA / "crisis_holdout333.tsv"),
        ("holdout334", DATA / "crisis_holdout334.tsv"), ("holdout335", DATA / "crisis_holdout335.tsv"),
        ("holdout336", DATA / "crisis_holdout336.tsv"), ("holdout337", DATA / "crisis_holdout337.tsv"),
        ("holdout338", DATA / "crisis_holdout338.tsv"), ("holdout339", DATA / "crisis_holdout339.tsv"),
        ("holdout340", DATA / "crisis_holdout340.tsv"), ("holdout341", DATA / "crisis_holdout341.tsv"),
        ("holdout342", DATA / "crisis_holdout342.tsv"), ("holdout343", DATA / "crisis_holdout343.tsv"),
        ("holdout344", DATA / "crisis_holdout344.tsv"), ("holdout345", DATA / "crisis_holdout345.tsv"),
        ("holdout346", DATA / "crisis_holdout346.tsv"), ("holdout347", DATA / "crisis_holdout347.tsv"),
        ("holdout348", DATA / "crisis_holdout348.tsv"), ("holdout349", DATA / "crisis_holdout349.tsv"),
        ("holdout350", DATA / "crisis_holdout350.tsv"), ("holdout351", DATA / "crisis_holdout351.tsv"),
        ("holdout352", DATA / "crisis_holdout352.tsv"), ("holdout353", DATA / "crisis_holdout353.tsv"),
        ("holdout354", DATA / "crisis_holdout354.tsv"), ("holdout355", DATA / "crisis_holdout355.tsv"),
        ("holdout356", DATA / "crisis_holdout356.tsv"), ("holdout357", DATA / "crisis_holdout357.tsv"),
        ("holdout358", DATA / "crisis_holdout358.tsv"), ("holdout359", DATA / "crisis_holdout359.tsv"),
        ("holdout360", DATA / "crisis_holdout360.tsv"), ("holdout361", DATA / "crisis_holdout361.tsv"),
        ("holdout362", DATA / "crisis_holdout362.tsv"), ("holdout363", DATA / "crisis_holdout363.tsv"),
        ("holdout364", DATA / "crisis_holdout364.tsv"), ("holdout365", DATA / "crisis_holdout365.tsv"),
        ("holdout366", DATA / "crisis_holdout366.tsv"), ("holdout367", DATA / "crisis_holdout367.tsv"),
        ("holdout368", DATA / "crisis_holdout368.tsv"), ("holdout369", DATA / "crisis_holdout369.tsv"),
        ("holdout370", DATA / "crisis_holdout370.tsv"), ("holdout371", DATA / "crisis_holdout371.tsv"),
        ("holdout372", DATA / "crisis_holdout372.tsv"), ("holdout373", DATA / "crisis_holdout373.tsv"),
        ("holdout374", DATA / "crisis_holdout374.tsv"), ("holdout375", DATA / "crisis_holdout375.tsv"),
        ("holdout376", DATA / "crisis_holdout376.tsv"), ("holdout377", DATA / "crisis_holdout377.tsv"),
        ("holdout378", DATA / "crisis_holdout378.tsv"), ("holdout379", DATA / "crisis_holdout379.tsv"),
        ("holdout380", DATA / "crisis_holdout380.tsv"), ("holdout381", DATA / "crisis_holdout381.tsv"),
        ("holdout382", DATA / "crisis_holdout382.tsv"), ("holdout383", DATA / "crisis_holdout383.tsv"),
        ("holdout384", DATA / "crisis_holdout384.tsv"), ("holdout385", DATA / "crisis_holdout385.tsv"),
        ("holdout386", DATA / "crisis_holdout386.tsv"), ("holdout387", DATA / "crisis_holdout387.tsv"),
        ("holdout388", DATA / "crisis_holdout388.tsv"), ("holdout389", DATA / "crisis_holdout389.tsv"),
        ("holdout390", DATA / "crisis_holdout390.tsv"), ("holdout391", DATA / "crisis_holdout391.tsv"),
        ("holdout392", DATA / "crisis_holdout392.tsv"), ("holdout393", DATA / "crisis_holdout393.tsv"),
        ("holdout394", DATA / "crisis_holdout394.tsv"), ("holdout395", DATA / "crisis_holdout395.tsv"),
        ("holdout396", DATA / "crisis_holdout396.tsv"), ("holdout397", DATA / "crisis_holdout397.tsv"),
        ("holdout398", DATA / "crisis_holdout398.tsv"), ("holdout399", DATA / "crisis_holdout399.tsv"),
        ("holdout400", DATA / "crisis_holdout400.tsv"), ("holdout401", DATA / "crisis_holdout401.tsv"),
        ("holdout402", DATA / "crisis_holdout402.tsv"), ("holdout403", DATA / "crisis_holdout403.tsv"),
        ("holdout404", DATA / "crisis_holdout404.tsv"), ("holdout405", DATA / "crisis_holdout405.tsv"),
        ("holdout406", DATA / "crisis_holdout406.tsv"), ("holdout407", DATA / "crisis_holdout407.tsv"),
        ("holdout408", DATA / "crisis_holdout408.tsv"), ("holdout409", DATA / "crisis_holdout409.tsv"),
        ("holdout410", DATA / "crisis_holdout410.tsv"), ("holdout411", DATA / "crisis_holdout411.tsv"),
        ("holdout412", DATA / "crisis_holdout412.tsv"), ("holdout413", DATA / "crisis_holdout413.tsv"),
        ("holdout414", DATA / "crisis_holdout414.tsv"), ("holdout415", DATA / "crisis_holdout415.tsv"),
        ("holdout416", DATA / "crisis_holdout416.tsv"), ("holdout417", DATA / "crisis_holdout417.tsv"),
        ("holdout418", DATA / "crisis_holdout418.tsv"), ("holdout419", DATA / "crisis_holdout419.tsv"),
        ("holdout420", DATA / "crisis_holdout420.tsv"), ("holdout421", DATA / "crisis_holdout421.tsv"),
        ("holdout422", DATA / "crisis_holdout422.tsv"), ("holdout423", DATA / "crisis_holdout423.tsv"),
        ("holdout424", DATA / "crisis_holdout424.tsv"), ("holdout425", DATA / "crisis_holdout425.tsv"),
        ("holdout426", DATA / "crisis_holdout426.tsv"), ("holdout427", DATA / "crisis_holdout427.tsv"),
        ("holdout428", DATA / "crisis_holdout428.tsv"), ("holdout429", DATA / "crisis_holdout429.tsv"),
        ("holdout430", DATA / "crisis_holdout430.tsv"), ("holdout431", DATA / "crisis_holdout431.tsv"),
        ("holdout432", DATA / "crisis_holdout432.tsv"), ("holdout433", DATA / "crisis_holdout433.tsv"),
        ("holdout434", DATA / "crisis_holdout434.tsv"), ("holdout435", DATA / "crisis_holdout435.tsv"),
        ("holdout436", DATA / "crisis_holdout436.tsv"), ("holdout437", DATA / "crisis_holdout437.tsv"),
        ("holdout438", DATA / "crisis_holdout438.tsv"), ("holdout439", DATA / "crisis_holdout439.tsv"),
        ("holdout440", DATA / "crisis_holdout440.tsv"), ("holdout441", DATA / "crisis_holdout441.tsv"),
        ("holdout442", DATA / "crisis_holdout442.tsv"), ("holdout443", DATA / "crisis_holdout443.tsv"),
        ("holdout444", DATA / "crisis_holdout444.tsv"), ("holdout445", DATA / "crisis_holdout445.tsv"),
        ("holdout446", DATA / "crisis_holdout446.tsv"), ("holdout447", DATA / "crisis_holdout447.tsv"),
        ("holdout448", DATA / "crisis_holdout448.tsv"), ("holdout449", DATA / "crisis_holdout449.tsv"),
        ("holdout450", DATA / "crisis_holdout450.tsv"), ("holdout451", DATA / "crisis_holdout451.tsv"),
        ("holdout452", DATA / "crisis_holdout452.tsv"), ("holdout453", DATA / "crisis_holdout453.tsv"),
        ("holdout454", DATA / "crisis_holdout454.tsv"), ("holdout455", DATA / "crisis_holdout455.tsv"),
        ("holdout456", DATA / "crisis_holdout456.tsv"), ("holdout457", DATA / "crisis_holdout457.tsv"),
        ("holdout458", DATA / "crisis_holdout458.tsv"), ("holdout459", DATA / "crisis_holdout459.tsv"),
        ("holdout460", DATA / "crisis_holdout460.tsv"), ("holdout461", DATA / "crisis_holdout461.tsv"),
        ("holdout462", DATA / "crisis_holdout462.tsv"), ("holdout463", DATA / "crisis_holdout463.tsv"),
        ("holdout464", DATA / "crisis_holdout464.tsv"), ("holdout465", DATA / "crisis_holdout465.tsv"),
        ("holdout466", DATA / "crisis_holdout466.tsv"), ("holdout467", DATA / "crisis_holdout467.tsv"),
        ("holdout468", DATA / "crisis_holdout468.tsv"), ("holdout469", DATA / "crisis_holdout469.tsv"),
        ("holdout470", DATA / "crisis_holdout470.tsv"), ("holdout471", DATA / "crisis_holdout471.tsv"),
        ("holdout472", DATA / "crisis_holdout472.tsv"), ("holdout473", DATA / "crisis_holdout473.tsv"),
        ("holdout474", DATA / "crisis_holdout474.tsv"), ("holdout475", DATA / "crisis_holdout475.tsv"),
        ("holdout476", DATA / "crisis_holdout476.tsv"), ("holdout477", DATA / "crisis_holdout477.tsv"),
        ("holdout478", DATA / "crisis_holdout478.tsv"), ("holdout479", DATA / "crisis_holdout479.tsv"),
        ("holdout480", DATA / "crisis_holdout480.tsv"), ("holdout481", DATA / "crisis_holdout481.tsv"),
        ("holdout482", DATA / "crisis_holdout482.tsv"),
        ("holdout483", DATA / "crisis_holdout483.tsv"),
        ("holdout484", DATA / "crisis_holdout484.tsv"),
        ("holdout485", DATA / "crisis_holdout485.tsv"),
        ("holdout486", DATA / "crisis_holdout486.tsv"),
        ("holdout487", DATA / "crisis_holdout487.tsv"),
        ("holdout488", DATA / "crisis_holdout488.tsv"),
        ("holdout489", DATA / "crisis_holdout489.tsv"),
        ("holdout490", DATA / "crisis_holdout490.tsv"),
        ("holdout491", DATA / "crisis_holdout491.tsv"),
        ("holdout492", DATA / "crisis_holdout492.tsv"),
        ("holdout493", DATA / "crisis_holdout493.tsv"),
        ("holdout494", DATA / "crisis_holdout494.tsv"),
        ("holdout495", DATA / "crisis_holdout495.tsv"),
        ("holdout496", DATA / "crisis_holdout496.tsv"),
        ("holdout497", DATA / "crisis_holdout497.tsv"))
# Written blind and not yet opened: their figures are reported, their lines never listed.
CLOSED_SETS = frozenset({"holdout15", "holdout16", "holdout17", "holdout18", "holdout19", "holdout22",
                          "holdout24", "holdout25", "holdout26", "holdout27", "holdout31",
                          "holdout34", "holdout37", "holdout40",
                          "holdout43", "holdout46", "holdout49", "holdout52",
                          "holdout55", "holdout57", "holdout60", "holdout67",
                          "holdout71", "holdout73", "holdout77", "holdout80",
                          "holdout85", "holdout89", "holdout91",
                          "holdout96", "holdout99", "holdout103", "holdout108", "holdout112",
                          "holdout115", "holdout119", "holdout122", "holdout128", "holdout132",
                          "holdout136", "holdout138", "holdout142", "holdout148", "holdout153",
                          "holdout156", "holdout161", "holdout164", "holdout166", "holdout173",
                          "holdout177", "holdout178", "holdout184", "holdout187", "holdout191",
                          "holdout196", "holdout199", "holdout204", "holdout207",
                          "holdout213", "holdout217", "holdout219", "holdout223",
                          "holdout227", "holdout231", "holdout236", "holdout241",
                          "holdout244", "holdout247", "holdout253", "holdout254",
                          "holdout260", "holdout265", "holdout269", "holdout270",
                          "holdout277", "holdout281", "holdout284", "holdout288",
                          "holdout290", "holdout294", "holdout299", "holdout302",
                          "holdout307", "holdout312", "holdout316", "holdout321",
                          "holdout323", "holdout328", "holdout332", "holdout334",
                          "holdout338", "holdout344", "holdout346", "holdout352",
                          "holdout354", "holdout361", "holdout365", "holdout366",
                          "holdout372", "holdout377", "holdout380", "holdout384",
                          "holdout386", "holdout393",
                          "holdout396", "holdout399", "holdout405", "holdout407", "holdout412",
                          "holdout416", "holdout420", "holdout422", "holdout429", "holdout433",
                          "holdout434", "holdout439", "holdout444", "holdout446",
                          "holdout453", "holdout457", "holdout461", "holdout463",
                          "holdout468", "holdout471", "holdout475", "holdout478",
                          "holdout482", "holdout488",
                          "holdout492", "holdout494"})
ALERT_LABELS = frozenset({"suicide", "self_harm", "overdose", "harm_to_others", "third_party",
                          "relapse"})
QUIET_LABELS = frozenset({"benign", "idiom", "sobriety"})
RECALL_TARGET, FALSE_ALARM_TARGET, CRAVING_TARGET = 0.97, 0.03, 0.97
TIMING_ROUNDS = 5
SMS_MEDIAN_TARGET_MS, LONG_P99_TARGET_MS = 1.0, 5.0


def read_set(path: Path) -> list[tuple[str, str, str, str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#") or line.startswith("label\t"):
            continue
        label, language, script, text = line.split("\t", 3)
        rows.append((label, language, script, text))
    return rows


def _ratio(hits: int, total: int) -> float:
    return hits / total if total else 0.0


def _judged(group: str) -> bool:
    """Targets hold overall and per label; per language and script they are shown beside
    the figure but not judged (a few dozen lines each: one line moves them 3-4 points)."""
    return group == "all" or group.startswith("label ")


def evaluate(name: str, rows) -> tuple[list[Figure], list[str]]:
    from alumni.domain.crisis import detect

    alert = defaultdict(lambda: [0, 0])      # group -> [caught, total]
    quiet = defaultdict(lambda: [0, 0, 0])   # group -> [crisis, urgent only, total]
    craving = defaultdict(lambda: [0, 0, 0])  # group -> [caught, read as crisis, total]
    misses = []
    for label, language, script, text in rows:
        detection = detect(text)
        groups = ("all", f"language {language}", f"script {script}", f"label {label}")
        if label in ALERT_LABELS:
            for g in groups:
                alert[g][0] += detection.crisis
                alert[g][1] += 1
            if not detection.crisis:
                misses.append(f"MISS {label}/{language}/{script}: {text}  [{detection.explain()}]")
        elif label in QUIET_LABELS:
            for g in groups:
                quiet[g][0] += detection.crisis
                quiet[g][1] += detection.urgent
                quiet[g][2] += 1
            if detection.crisis:
                misses.append(f"FALSE {label}/{language}/{script}: {text}  [{detection.explain()}]")
        elif label == "craving":
            for g in groups:
                craving[g][0] += detection.crisis or detection.urgent
                craving[g][1] += detection.crisis
                craving[g][2] += 1
            if not (detection.crisis or detection.urgent):
                misses.append(f"MISS craving/{language}/{script}: {text}")
    figures = []
    for group in sorted(alert, key=lambda g: (g != "all", g)):
        caught, total = alert[group]
        value = _ratio(caught, total)
        figures.append(Figure(f"{name}: crisis+relapse recall, {group} ({caught}/{total})", value,
                              "", f">= {RECALL_TARGET}", value >= RECALL_TARGET if _judged(group) else None))
    for group in sorted(quiet, key=lambda g: (g != "all", g)):
        flagged, urgent, total = quiet[group]
        value = _ratio(flagged, total)
        figures.append(Figure(f"{name}: false alarms, {group} ({flagged}/{total}; {urgent} urgent)",
                              value, "", f"<= {FALSE_ALARM_TARGET}",
                              value <= FALSE_ALARM_TARGET if _judged(group) else None))
    for group in sorted(craving, key=lambda g: (g != "all", g)):
        caught, as_crisis, total = craving[group]
        value = _ratio(caught, total)
        # A craving read as a crisis gets the helpline text and, as a relapse, a timeline event:
        # shown beside the figure, not judged (the issue asks for urgent only, but never a miss).
        figures.append(Figure(f"{name}: craving urgent or crisis, {group} ({caught}/{total}; {as_crisis} as crisis)",
                              value,
                              "", f">= {CRAVING_TARGET}", value >= CRAVING_TARGET if _judged(group) else None))
    return figures, misses


def timing(rows) -> list[Figure]:
    from alumni.domain.crisis import detect
    from alumni.long_lived import settle_start_up_objects

    texts = [text for *_, text in rows]
    long_text = " ".join(texts)[:1600]
    # The text above is a crisis to the rules, so the classifier (which reads only what the
    # rules find no crisis in) never runs on it: a 1,600-character run of benign lines does.
    benign = " ".join(text for label, *_, text in rows if label == "benign")
    quiet_text = next((benign[i:i + 1600] for i in range(0, max(0, len(benign) - 1600), 50)
                       if not detect(benign[i:i + 1600], second_opinion=False).crisis), "")
    detect(long_text)
    detect(quiet_text)
    settle_start_up_objects()   # as a gunicorn or RQ worker runs it

    def measure(text: str, wall: list[float], cpu: list[float]) -> None:
        started, started_cpu = time.perf_counter(), time.thread_time()
        detect(text)
        cpu.append((time.thread_time() - started_cpu) * 1000)
        wall.append((time.perf_counter() - started) * 1000)

    wall, cpu = [], []
    for _ in range(TIMING_ROUNDS):
        for text in texts:
            measure(text, wall, cpu)
    long_wall, long_cpu = [], []
    quiet_wall, quiet_cpu = [], []
    for n in range(200):
        measure(long_text[n:] + long_text[:n], long_wall, long_cpu)   # a new text each time
    for n in range(200 if quiet_text else 0):     # apart: each text's loop keeps its own caches warm
        measure(quiet_text[n:] + quiet_text[:n], quiet_wall, quiet_cpu)
    for values in (wall, cpu, long_wall, long_cpu, quiet_wall, quiet_cpu):
        values.sort()

    def p99(values: list[float]) -> float:
        return values[int(len(values) * 0.99)]

    # CPU time of this thread is what detect() costs; wall time also counts waiting for a
    # core on a shared machine (load average printed beside it).
    load = os.getloadavg()[0]
    return [
        Figure(f"detect(): median per corpus message, CPU ({len(texts)} x {TIMING_ROUNDS})",
               statistics.median(cpu), "ms", f"< {SMS_MEDIAN_TARGET_MS} ms",
               statistics.median(cpu) < SMS_MEDIAN_TARGET_MS),
        Figure("detect(): p99 per corpus message, CPU", p99(cpu), "ms"),
        Figure(f"detect(): median per corpus message, wall (p99 {p99(wall):.2f} ms; load {load:.1f})",
               statistics.median(wall), "ms"),
        Figure("detect(): median, 1,600 characters, CPU", statistics.median(long_cpu), "ms"),
        Figure("detect(): p99, 1,600 characters, CPU", p99(long_cpu), "ms",
               f"< {LONG_P99_TARGET_MS} ms", p99(long_cpu) < LONG_P99_TARGET_MS),
        Figure(f"detect(): median, 1,600 characters, wall (p99 {p99(long_wall):.2f} ms)",
               statistics.median(long_wall), "ms"),
    ] + ([
        Figure("detect(): median, 1,600 benign characters (classifier read), CPU", statistics.median(quiet_cpu), "ms"),
        Figure("detect(): p99, 1,600 benign characters (classifier read), CPU", p99(quiet_cpu), "ms",
               f"< {LONG_P99_TARGET_MS} ms", p99(quiet_cpu) < LONG_P99_TARGET_MS),
    ] if quiet_cpu else [])


def run() -> list[Figure]:
    figures = []
    show_misses = os.environ.get("BENCH_CRISIS_MISSES") == "1"
    corpus_rows = None
    wanted = os.environ.get("BENCH_CRISIS_SETS", ",".join(name for name, _ in SETS)).split(",")
    for name, path in SETS:
        if name not in wanted or not path.exists():
            continue
        rows = read_set(path)
        corpus_rows = corpus_rows or rows
        found, misses = evaluate(name, rows)
        figures += found
        if show_misses and name not in CLOSED_SETS:
            print("\n".join(f"   {m}" for m in misses), flush=True)
    if corpus_rows:
        figures += timing(corpus_rows)
    return figures


if __name__ == "__main__":
    import sys
    figures = run()
    print_figures(figures)
    sys.exit(1 if any(f.met is False for f in figures) else 0)
