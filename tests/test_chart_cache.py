"""charts.draw and the chart cache: an identical drawing is reused byte for byte without drawing; any
change of data, options or code draws again; a missing, damaged or disabled cache only costs the drawing."""
from __future__ import annotations

import pandas as pd
import pytest

from analysis import chart_cache, charts, report


def bars_data(n=3):
    return pd.DataFrame({"kind": [f"k{i}" for i in range(n)], "count": list(range(n, 0, -1))})


@pytest.fixture()
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "chart-cache"
    monkeypatch.setenv(chart_cache.CACHE_ENV, str(folder))
    return folder


def files(folder, name):
    return {ext: (folder / f"{name}.{ext}").read_bytes() for ext in ("png", "svg", "csv")}


def test_draw_writes_what_save_writes(cache, tmp_path):
    charts.draw("a", charts.bars, bars_data(), "kind", "count", "Title", figures_dir=tmp_path / "drawn")
    charts.save(charts.bars(bars_data(), "kind", "count", "Title"), "a", None, tmp_path / "saved")
    assert files(tmp_path / "drawn", "a") == files(tmp_path / "saved", "a")
    assert len(list(cache.glob("*.pkl"))) == 1


def test_an_identical_drawing_is_copied_without_drawing(cache, tmp_path, monkeypatch):
    first = charts.draw("a", charts.bars, bars_data(), "kind", "count", "Title", figures_dir=tmp_path / "one")

    def no_drawing(*a, **k):
        raise AssertionError("drawn again")

    monkeypatch.setattr(charts, "save", no_drawing)
    again = charts.draw("b", charts.bars, bars_data(), "kind", "count", "Title", figures_dir=tmp_path / "two")
    assert files(tmp_path / "one", "a") == files(tmp_path / "two", "b")
    assert again._repr_png_() == first._repr_png_()
    # other data, another option or another chart function: drawn
    for args, kw in [((bars_data(4), "kind", "count", "Title"), {}),
                     ((bars_data(), "kind", "count", "Other title"), {}),
                     ((bars_data(), "kind", "count", "Title"), {"xlabel": "n"})]:
        with pytest.raises(AssertionError, match="drawn again"):
            charts.draw("c", charts.bars, *args, figures_dir=tmp_path / "three", **kw)


def test_the_key_follows_the_code_and_library_versions(monkeypatch):
    k = chart_cache.key("bars", (None, bars_data()), {})
    assert k == chart_cache.key("bars", (None, bars_data()), {})
    monkeypatch.setattr(chart_cache, "_versions", lambda: "charts-1|other code|matplotlib=0")
    assert chart_cache.key("bars", (None, bars_data()), {}) != k


def test_values_of_different_types_or_dtypes_do_not_collide():
    keys = {chart_cache.key("bars", args, {}) for args in [
        (1,), ("1",), (1.0,), (True,), (None,), ([1],), ((1,),), ({"1": 1},),
        (pd.DataFrame({"a": [1]}),), (pd.DataFrame({"a": [1.0]}),), (pd.DataFrame({"a": ["1"]}),),
        (pd.DataFrame({"b": [1]}),), (pd.DataFrame({"a": [1]}, index=[5]),)]}
    assert len(keys) == 13


def test_an_argument_it_cannot_key_is_drawn_not_cached(cache, tmp_path):
    assert chart_cache.key("bars", (object(),), {}) is None
    charts.draw("a", charts.bars, bars_data(), "kind", "count", "Title", colors=_Colors(), figures_dir=tmp_path)
    assert (tmp_path / "a.png").exists() and not list(cache.glob("*.pkl"))


class _Colors(dict):
    """A mapping subclass the key does not know (so it is not keyed)."""


def test_a_function_from_elsewhere_is_drawn_not_cached(cache, tmp_path):
    def mine(df):
        return charts.bars(df, "kind", "count", "Mine")

    charts.draw("m", mine, bars_data(), figures_dir=tmp_path)
    assert (tmp_path / "m.svg").exists() and not cache.exists()


def test_a_damaged_entry_is_drawn_again(cache, tmp_path):
    charts.draw("a", charts.bars, bars_data(), "kind", "count", "Title", figures_dir=tmp_path / "one")
    for entry in cache.glob("*.pkl"):
        entry.write_bytes(b"not a pickle")
    charts.draw("a", charts.bars, bars_data(), "kind", "count", "Title", figures_dir=tmp_path / "two")
    assert files(tmp_path / "one", "a") == files(tmp_path / "two", "a")


def test_the_cache_can_be_turned_off(tmp_path, monkeypatch):
    monkeypatch.setenv(chart_cache.CACHE_ENV, "")
    assert chart_cache.cache_dir() is None
    charts.draw("a", charts.bars, bars_data(), "kind", "count", "Title", figures_dir=tmp_path)
    assert (tmp_path / "a.csv").exists()


def test_only_the_most_recently_used_entries_are_kept(cache, tmp_path, monkeypatch):
    monkeypatch.setattr(chart_cache, "KEEP", 2)
    for n in (2, 3, 4):
        charts.draw(f"c{n}", charts.bars, bars_data(n), "kind", "count", "T", figures_dir=tmp_path)
    assert len(list(cache.glob("*.pkl"))) == 2


def test_draw_rejects_unsafe_names(cache, tmp_path):
    with pytest.raises(ValueError):
        charts.draw("../x", charts.bars, bars_data(), "kind", "count", "T", figures_dir=tmp_path)


def test_report_kernels_keep_both_caches_beside_the_reports_tables(tmp_path, monkeypatch):
    monkeypatch.delenv(chart_cache.CACHE_ENV, raising=False)
    monkeypatch.delenv(report.TOKEN_CACHE_ENV, raising=False)
    env = report.kernel_env(tmp_path / "data")
    assert env[chart_cache.CACHE_ENV] == str((tmp_path / "data" / ".cache" / "charts").resolve())
    assert env[report.TOKEN_CACHE_ENV].endswith("tokens")
    monkeypatch.setenv(chart_cache.CACHE_ENV, "")            # an explicit choice is kept
    assert chart_cache.CACHE_ENV not in report.kernel_env(tmp_path / "data")
