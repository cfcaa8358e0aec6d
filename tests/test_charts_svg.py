"""Server-side SVG charts: accessible, script-free, with the numbers on them."""
import xml.etree.ElementTree as ET

from alumni.domain.charts import (
    Chart,
    Series,
    bar_chart,
    format_number,
    line_chart,
    nice_ticks,
    not_enough_data,
)

NS = "{http://www.w3.org/2000/svg}"


def _chart():
    return Chart(title="Weekly response rate", desc="Share of check-ins answered, per week.",
                 labels=["1 Jan", "8 Jan", "15 Jan"], y_max=100, y_suffix="%", y_label="answered",
                 series=[Series("All alumni", [50.0, None, 75.5]), Series("Cohort <A&B>", [20, 30, 40])])


def test_line_chart_is_valid_svg_with_title_and_description_for_screen_readers():
    svg = line_chart(_chart(), "rr")
    root = ET.fromstring(svg)
    assert root.get("role") == "img"
    assert root.get("aria-labelledby") == "rr-title rr-desc"
    assert root.find(f"{NS}title").text == "Weekly response rate"
    assert root.find(f"{NS}desc").text.startswith("Share of check-ins")


def test_chart_has_no_script_and_no_inline_style():
    svg = line_chart(_chart(), "a") + bar_chart(_chart(), "b")
    assert "<script" not in svg and "style=" not in svg


def test_axes_carry_the_x_labels_and_the_y_ticks_up_to_the_maximum():
    svg = line_chart(_chart(), "rr")
    texts = [t.text for t in ET.fromstring(svg).iter(f"{NS}text")]
    assert {"1 Jan", "8 Jan", "15 Jan"} <= set(texts)
    assert "0%" in texts and "100%" in texts


def test_each_point_reads_out_its_exact_value_and_gaps_are_not_drawn():
    root = ET.fromstring(line_chart(_chart(), "rr"))
    titles = [c.find(f"{NS}title").text for c in root.iter(f"{NS}circle")]
    assert "All alumni, 15 Jan: 75.5%" in titles
    assert not any(t.startswith("All alumni, 8 Jan") for t in titles)
    assert "Cohort <A&B>, 1 Jan: 20%" in titles  # escaped in the markup, intact when read


def test_bar_chart_draws_one_bar_per_value():
    root = ET.fromstring(bar_chart(Chart(title="Failures", desc="d", labels=["a", "b"],
                                         series=[Series("SMS", [3, 0]), Series("Email", [1, 2])]), "f"))
    bars = [r for r in root.iter(f"{NS}rect") if r.find(f"{NS}title") is not None]
    assert len(bars) == 4


def test_ticks_are_round_numbers_covering_the_data():
    assert nice_ticks(100) == [0, 20, 40, 60, 80, 100]
    assert nice_ticks(7)[-1] >= 7
    assert nice_ticks(0) == [0.0, 1.0]
    assert format_number(12345) == "12,345" and format_number(3.25) == "3.2"


def test_counts_get_whole_number_ticks_never_a_fifth_of_a_message():
    assert nice_ticks(1, whole_numbers=True) == [0, 1]
    assert nice_ticks(3, whole_numbers=True) == [0, 1, 2, 3]
    assert all(tick == int(tick) for tick in nice_ticks(12, whole_numbers=True))
    assert any(tick != int(tick) for tick in nice_ticks(1))  # a score or rate may step by 0.2


def test_a_bar_chart_of_counts_labels_its_axis_in_whole_messages():
    chart = Chart(title="Failures", desc="d", labels=["a", "b"], whole_numbers=True,
                  series=[Series("SMS", [1, None], ["1 of 3", ""])])
    ticks = [t.text for t in ET.fromstring(bar_chart(chart, "f")).iter(f"{NS}text") if t.get("text-anchor") == "end"]
    assert ticks == ["0", "1"]


def test_a_rate_reads_its_count_beside_it_on_the_chart_and_when_hovered():
    chart = Chart(title="Rate", desc="d", labels=["1 Jan", "8 Jan"], y_max=100, y_suffix="%",
                  series=[Series("All alumni", [100.0, 50.0], ["1 of 1", "1 of 2"])])
    root = ET.fromstring(line_chart(chart, "r"))
    assert "All alumni, 1 Jan: 100% (1 of 1)" in [c.find(f"{NS}title").text for c in root.iter(f"{NS}circle")]
    labels = [t.text for t in root.iter(f"{NS}text") if t.get("class") == "point-label"]
    assert labels == ["100% (1 of 1)", "50% (1 of 2)"]


def test_no_points_or_too_few_for_a_trend_is_not_enough_data():
    empty = Chart(title="t", desc="d", labels=["a", "b"], series=[Series("s", [None, None])],
                  min_points=2, empty_words="no replies yet")
    assert not_enough_data(empty) == "Not enough data yet: no replies yet."
    assert not_enough_data(Chart(title="t", desc="d", labels=[])) == "Not enough data yet: nothing counted yet."
    one = Chart(title="t", desc="d", labels=["a", "b"], series=[Series("s", [100.0, None])], min_points=2)
    assert not_enough_data(one) == "Not enough data yet: 1 point so far; the chart needs at least 2."
    two = Chart(title="t", desc="d", labels=["a", "b"], series=[Series("s", [100.0, 0.0])], min_points=2)
    assert not_enough_data(two) is None
    assert not_enough_data(Chart(title="t", desc="d", labels=["a"], series=[Series("s", [0.0])])) is None
