"""Static images: the page's colours, shapes and layout, a legend, readable text."""

import itertools
import xml.etree.ElementTree as ET

import matplotlib.colors
import matplotlib.image
import networkx as nx
import numpy as np
import pytest
from conflict_graphs import synthetic_conflicts, war

import graphkit as gk


def has_colour(pixels: np.ndarray, colour: str, tolerance: float = 0.02) -> bool:
    rgb = np.array(matplotlib.colors.to_rgb(colour))
    return bool((np.abs(pixels[..., :3] - rgb).max(axis=-1) < tolerance).any())


def test_png_uses_the_page_colours(syria, tmp_path):
    path = gk.to_image(syria, tmp_path / "syria.png", dpi=80)
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    pixels = matplotlib.image.imread(path)
    assert pixels.shape[1] == 13 * 80
    vocab = gk.default_vocabulary()
    for colour in (
        vocab.kind("armed_group").color,
        vocab.kind("state").color,
        vocab.relation("backs").color,
        vocab.relation("warns").color,
    ):
        assert has_colour(pixels, colour), colour


def test_svg_keeps_labels_and_legend_as_text(syria, tmp_path):
    path = gk.to_image(syria, tmp_path / "syria.svg")
    root = ET.parse(path).getroot()
    texts = {"".join(t.itertext()) for t in root.iter("{http://www.w3.org/2000/svg}text")}
    assert syria.graph["title"] in texts
    assert {d["name"] for _, d in syria.nodes(data=True)} <= texts  # every actor labelled
    relations = {d["relation"] for *_, d in syria.edges(data=True)}
    legend = {t.split(" (")[0] for t in texts}
    assert relations <= legend
    assert {d["kind"] for _, d in syria.nodes(data=True)} <= legend


def test_figure_uses_the_page_layout(syria):
    model = gk.view_model(syria, size_by=None, seed=4)
    fig = gk.to_figure(syria, size_by=None, seed=4)
    ax = fig.axes[0]
    drawn = np.vstack([c.get_offsets() for c in ax.collections])
    expected = np.array([[n["x"], -n["y"]] for n in model["nodes"]])
    assert sorted(map(tuple, drawn.round(2))) == sorted(map(tuple, expected.round(2)))


def test_markup_in_names_is_written_as_text(tmp_path):
    G = nx.MultiDiGraph(title="<b>&title</b>")
    G.add_edge("<script>", "b", relation="backs")
    root = ET.parse(gk.to_image(G, tmp_path / "g.svg", size_by=None)).getroot()
    texts = {"".join(t.itertext()) for t in root.iter("{http://www.w3.org/2000/svg}text")}
    assert "<b>&title</b>" in texts and "<script>" in texts


def text_boxes(fig):
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    renderer = FigureCanvasAgg(fig).get_renderer()
    return [t.get_window_extent(renderer) for t in fig.axes[0].texts]


def test_large_graph_draws_with_few_labels_none_over_another(tmp_path):
    G = nx.gnm_random_graph(3_000, 9_000, seed=3)
    fig = gk.to_figure(G, size_by=dict(G.degree()))
    boxes = text_boxes(fig)
    assert 20 <= len(boxes) <= 30  # of the 30 largest, those with room
    assert not any(a.overlaps(b) for a, b in itertools.combinations(boxes, 2))
    gk.to_image(G, tmp_path / "big.png", dpi=60, size_by=None)


def test_names_and_pair_counts_never_overlap_at_200_actors():
    G = gk.annotate(synthetic_conflicts(200))
    fig = gk.to_figure(G, color_by="camp")
    texts = fig.axes[0].texts
    names = {t.get_text() for t in texts} & {d["name"] for _, d in G.nodes(data=True)}
    assert len(names) >= 80
    boxes = text_boxes(fig)
    assert not any(a.overlaps(b) for a, b in itertools.combinations(boxes, 2))
    counts = [t.get_text() for t in texts if t.get_label() == "count"]
    assert sorted(counts).count("5") == 3  # three rival pairs with five relations each


def test_provinces_are_ellipses_and_inferred_actors_ringed():
    from graphkit.render import image

    fig = gk.to_figure(gk.load_dataset("syria-2024"), size_by=None)
    markers = [c.get_paths()[0] for c in fig.axes[0].collections]
    extents = [tuple(np.ptp(p.vertices, axis=0)) for p in markers]
    assert any(w > 1.5 * h for w, h in extents)  # one flat ellipse: the province
    assert image._MARKERS["ellipse"] is image._ELLIPSE
    fig = gk.to_figure(war(), color_by="camp", size_by=None)
    edges = np.vstack([c.get_edgecolors() for c in fig.axes[0].collections])
    assert any(np.allclose(e[:3], matplotlib.colors.to_rgb("#1c2530")) for e in edges)


def test_bad_extension_writes_nothing(syria, tmp_path):
    with pytest.raises(ValueError, match=r"\.png, \.svg, \.pdf"):
        gk.to_image(syria, tmp_path / "syria.jpg")
    assert list(tmp_path.iterdir()) == []


def test_dollar_signs_in_data_are_text_not_mathematics(tmp_path):
    G = nx.MultiDiGraph(title=r"Funding \frac{1}{0 $ report")
    G.add_node("a", name="$5bn$ donor", kind="state")
    G.add_node("b", name="b", kind="stat$e")
    G.add_edge("a", "b", relation="fu$nds", polarity=1, mode="material")
    path = gk.to_image(G, tmp_path / "g.svg")
    texts = "".join(ET.parse(path).getroot().itertext())
    for literal in (r"Funding \frac{1}{0 $ report", "$5bn$ donor", "stat$e", "fu$nds"):
        assert literal in texts


@pytest.mark.parametrize("suffix", ["png", "svg", "pdf"])
def test_every_format_is_the_same_bytes_on_every_run(syria, tmp_path, suffix):
    first = gk.to_image(syria, tmp_path / f"first.{suffix}", size_by=None)
    second = gk.to_image(syria, tmp_path / f"second.{suffix}", size_by=None)
    assert first.read_bytes() == second.read_bytes()
    assert b"CreationDate" not in first.read_bytes() and b"<dc:date>" not in first.read_bytes()
