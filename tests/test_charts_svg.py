"""Server-side SVG charts: accessible, script-free, with the numbers on them."""
import xml.etree.ElementTree as ET

from alumni.domain.charts import Chart, Series, bar_chart, format_number, line_chart, nice_ticks

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
