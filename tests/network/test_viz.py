"""`balikg viz` writes one offline page (or an SVG); --focus and --role narrow it; bad names are one line."""

import re

from balikg.cli import main


def test_page_is_self_contained(tmp_path, graph_file, capsys):
    out = tmp_path / "graph.html"
    assert main(["viz", "--graph", str(graph_file), "-o", str(out)]) == 0
    assert "108 nodes, 105 edges" in capsys.readouterr().out
    html = out.read_text(encoding="utf-8")
    assert not re.search(r"<(script|link|img)[^>]+(src|href)=", html)
    assert "vis-network" in html and "Thailand" in html


def test_role_and_focus(tmp_path, graph_file, capsys):
    assert main(["viz", "--graph", str(graph_file), "-o", str(tmp_path / "o.html"), "--role", "observer"]) == 0
    assert "26 nodes, 25 edges" in capsys.readouterr().out
    assert main(["viz", "--graph", str(graph_file), "-o", str(tmp_path / "f.html"), "--focus", "IOM"]) == 0
    assert "5 nodes, 4 edges" in capsys.readouterr().out


def test_unknown_focus_or_role(tmp_path, graph_file, capsys):
    assert main(["viz", "--graph", str(graph_file), "-o", str(tmp_path / "x.html"), "--focus", "Atlantis"]) == 2
    assert "Atlantis" in capsys.readouterr().err
    assert main(["viz", "--graph", str(graph_file), "-o", str(tmp_path / "x.html"), "--role", "emperor"]) == 2
    assert not (tmp_path / "x.html").exists()


def test_svg_is_reproducible(tmp_path, graph_file):
    first, second = tmp_path / "a.svg", tmp_path / "b.svg"
    assert main(["viz", "--format", "svg", "--graph", str(graph_file), "-o", str(first)]) == 0
    assert main(["viz", "--format", "svg", "--graph", str(graph_file), "-o", str(second)]) == 0
    assert first.read_bytes() == second.read_bytes()
    assert "<svg" in first.read_text(encoding="utf-8")
