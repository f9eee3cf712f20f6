"""Every chart of the report, in one style, saved deterministically.

Each chart function takes contract tables (pandas DataFrames, possibly empty)
and returns a :class:`matplotlib.figure.Figure`; the table it actually plotted
is attached as ``fig.plotted_data`` (also :func:`plotted_data`). :func:`save`
writes ``NAME.png``, ``NAME.svg`` and ``NAME.csv`` (that table) so a reader can
check every mark against the data. Same tables -> byte-identical files: Agg
rendering, fixed ``svg.hashsalt``, bundled DejaVu fonts, no dates or versions in
file metadata. Colours are the Okabe–Ito colour-blind-safe palette. Figures are
built without pyplot, so nothing is shown twice in a notebook; a cell ending
in ``charts.save(...)`` displays the saved PNG. :func:`draw` is ``save`` of a
chart function's figure that reuses the files of an identical earlier drawing
(:mod:`analysis.chart_cache`), so a regenerated report only draws what changed.
"""
from __future__ import annotations

import contextlib
import html
import math
import os
import re
import tempfile
from pathlib import Path
from typing import Optional

import pandas as pd

from . import config, vocabulary

# ----------------------------------------------------------------- the style
#: Okabe & Ito (2008), colour-blind-safe
OKABE_ITO = {
    "black": "#000000", "orange": "#E69F00", "sky_blue": "#56B4E9", "green": "#009E73",
    "yellow": "#F0E442", "blue": "#0072B2", "vermillion": "#D55E00", "purple": "#CC79A7",
}
GREY, LIGHT, NONE_FILL = "#999999", "#DDDDDD", "#FFFFFF"

STANCE_COLORS = {
    "resists": OKABE_ITO["blue"], "cooperates": OKABE_ITO["vermillion"],
    "contested": OKABE_ITO["purple"], "targeted": OKABE_ITO["orange"],
    "mentioned": LIGHT, "not in corpus": NONE_FILL,
}
DIRECTION_COLORS = {
    "restricts": OKABE_ITO["blue"], "accountability": OKABE_ITO["sky_blue"],
    "rhetoric": GREY, "expands": OKABE_ITO["vermillion"],
    "federal_pressure": OKABE_ITO["orange"], "judicial": OKABE_ITO["green"],
}
LEVEL_COLORS = {
    "federal": OKABE_ITO["orange"], "state": OKABE_ITO["blue"], "county": OKABE_ITO["green"],
    "city": OKABE_ITO["sky_blue"], "nongovernmental": OKABE_ITO["purple"], "unknown": LIGHT,
}
NODE_COLORS = {"person": OKABE_ITO["blue"], "organization": OKABE_ITO["orange"],
               "place": OKABE_ITO["green"]}
#: a qualitative cycle for anything else (genres, roles...)
CYCLE = [OKABE_ITO[k] for k in ("blue", "orange", "green", "vermillion", "sky_blue", "purple",
                                "yellow", "black")]

SOURCE = "Source: news articles in the corpus; tables by the local-power notebooks"
DPI = 100
RC = {
    "font.family": "DejaVu Sans", "font.size": 9, "axes.titlesize": 10, "axes.titleweight": "bold",
    "axes.spines.top": False, "axes.spines.right": False, "axes.edgecolor": "#444444",
    "axes.prop_cycle": None,  # set below (needs matplotlib's cycler)
    "text.parse_math": False,  # "$5 million" in an article is money, not maths
    "svg.hashsalt": "local-power", "svg.fonttype": "path", "svg.id": None,
    "savefig.dpi": DPI, "figure.dpi": DPI, "path.simplify": True,
    "legend.frameon": False, "legend.fontsize": 8,
}
PNG_METADATA = {"Software": None}
SVG_METADATA = {"Date": None, "Creator": None, "Format": None, "Type": None}
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")


def _rc() -> dict:
    from cycler import cycler

    return {**RC, "axes.prop_cycle": cycler(color=CYCLE)}


def _load_matplotlib() -> None:
    """Import the parts of matplotlib the charts use, once per process, without its docstring build.

    At import, every ``Artist`` subclass gets a ``set()`` docstring listing all its
    properties (``matplotlib.artist.kwdoc``), about a third of matplotlib's import
    time, paid again in every notebook kernel. Those docstrings only serve
    ``help()``; they are built empty here. Figures are unaffected. When matplotlib
    is already imported (e.g. by pyplot) nothing changes.
    """
    import sys

    if "matplotlib.figure" in sys.modules:
        return
    import matplotlib.artist as artist

    kwdoc = getattr(artist, "kwdoc", None)
    if kwdoc is not None:
        artist.kwdoc = lambda _artist: ""
    try:
        import matplotlib.figure  # noqa: F401
    finally:
        if kwdoc is not None:
            artist.kwdoc = kwdoc


@contextlib.contextmanager
def style():
    """The house style as a matplotlib rc context (Agg-independent, deterministic)."""
    _load_matplotlib()
    import matplotlib

    with matplotlib.rc_context(_rc()):
        yield


def _styled(func):
    """Build the figure inside :func:`style` (rcParams are read at creation)."""
    import functools

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        with style():
            return func(*args, **kwargs)

    return wrapper


def _figure(width: float = 8.0, height: float = 4.5, **subplots):
    _load_matplotlib()
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, height), dpi=DPI)
    axes = fig.subplots(**subplots) if subplots else fig.subplots()
    return fig, axes


def _finish(fig, title: str, subtitle: Optional[str], source: Optional[str], data: pd.DataFrame,
            bottom_in: float = 0.6, left: float = 0.1, right: float = 0.97):
    """Title, wrapped subtitle and source line at fixed sizes; attach the plotted data."""
    import textwrap

    h = fig.get_figheight()
    fig.text(0.01, 1 - 0.1 / h, title, ha="left", va="top", fontsize=12, fontweight="bold")
    lines = textwrap.wrap(subtitle, 110) if subtitle else []
    if lines:
        fig.text(0.01, 1 - 0.42 / h, "\n".join(lines), ha="left", va="top", fontsize=9, color="#333333",
                 linespacing=1.3)
    if source:
        fig.text(0.01, 0.08 / h, source, ha="left", va="bottom", fontsize=7, color="#555555")
    fig.subplots_adjust(top=1 - (0.55 + 0.19 * len(lines)) / h, bottom=bottom_in / h, left=left, right=right)
    fig.plotted_data = data.reset_index(drop=True)
    return fig


def _empty(ax, message: str) -> None:
    ax.set_axis_off()
    ax.text(0.5, 0.5, message, ha="center", va="center", fontsize=11, color="#555555",
            transform=ax.transAxes)


def _short(text, width: int = 38) -> str:
    s = " ".join(str(text).split()) if text is not None and not _isna(text) else ""
    return s if len(s) <= width else s[: width - 1].rstrip() + "…"


def _isna(v) -> bool:
    try:
        return bool(pd.isna(v))
    except (TypeError, ValueError):
        return False


def _col(df: Optional[pd.DataFrame], name: str) -> pd.Series:
    """A column, or an all-None column when the table or column is missing."""
    if df is None:
        return pd.Series(dtype=object)
    if name in df.columns:
        return df[name]
    return pd.Series([None] * len(df), index=df.index, dtype=object)


def _count(v) -> int:
    try:
        return 0 if _isna(v) else int(v)
    except (TypeError, ValueError):
        return 0


def escape_markdown(text) -> str:
    """Text from the tables (so from articles) made inert for Markdown prose: no HTML, no markup."""
    s = html.escape("" if text is None or _isna(text) else str(text), quote=False)
    return re.sub(r"([\\`*_{}\[\]()#+!|~$])", r"\\\1", " ".join(s.split()))


def plotted_data(fig) -> pd.DataFrame:
    """The table a chart function plotted (what :func:`save` writes as CSV)."""
    return getattr(fig, "plotted_data", pd.DataFrame())


# ----------------------------------------------------------------- saving
class SavedFigure:
    """Paths of a saved chart; displays as its PNG in a notebook."""

    def __init__(self, name: str, paths: dict[str, Path]):
        self.name, self.paths = name, paths

    def _repr_png_(self) -> bytes:
        return self.paths["png"].read_bytes()

    def __repr__(self) -> str:
        return f"<chart {self.name}: png, svg, csv>"


def _atomic_write_bytes(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def render(fig, fmt: str) -> bytes:
    """The figure as PNG or SVG bytes, identical for identical figures."""
    import io

    buf = io.BytesIO()
    with style():
        fig.savefig(buf, format=fmt, dpi=DPI, facecolor="white",
                    metadata=PNG_METADATA if fmt == "png" else SVG_METADATA)
    return buf.getvalue()


def save(fig, name: str, data_df: Optional[pd.DataFrame] = None, figures_dir=None) -> SavedFigure:
    """Write ``NAME.png``, ``NAME.svg`` and ``NAME.csv`` (the plotted data) to ``figures_dir``.

    ``data_df`` defaults to the table the chart function plotted. Files are
    replaced atomically and are byte-identical for identical input.
    """
    if not _NAME.match(name or ""):
        raise ValueError(f"chart name {name!r}: use letters, digits, '_', '-', '.'")
    out = Path(figures_dir if figures_dir is not None else config.FIGURES_DIR)
    out.mkdir(parents=True, exist_ok=True)
    data = plotted_data(fig) if data_df is None else data_df
    paths = {ext: out / f"{name}.{ext}" for ext in ("png", "svg", "csv")}
    _atomic_write_bytes(paths["png"], render(fig, "png"))
    _atomic_write_bytes(paths["svg"], render(fig, "svg"))
    _atomic_write_bytes(paths["csv"], pd.DataFrame(data).to_csv(index=False, lineterminator="\n").encode("utf-8"))
    return SavedFigure(name, paths)


def draw(name: str, chart, *args, data_df: Optional[pd.DataFrame] = None, figures_dir=None, **kwargs) -> SavedFigure:
    """``save(chart(*args, **kwargs), name, data_df, figures_dir)``, reusing the files of an identical drawing.

    ``chart`` is one of this module's chart functions. When the same function was
    drawn before with equal arguments, by the same code and library versions, its
    PNG, SVG and CSV are written from :mod:`analysis.chart_cache` without
    importing matplotlib: the files are the ones a new drawing would give (charts
    are deterministic). Any other function is simply drawn and saved.
    """
    from . import chart_cache

    if not _NAME.match(name or ""):
        raise ValueError(f"chart name {name!r}: use letters, digits, '_', '-', '.'")
    mine = getattr(chart, "__module__", None) == __name__ and globals().get(getattr(chart, "__name__", "")) is chart
    k = chart_cache.key(chart.__name__, (data_df,) + args, kwargs) if mine else None
    files = chart_cache.get(k)
    if files is not None:
        out = Path(figures_dir if figures_dir is not None else config.FIGURES_DIR)
        out.mkdir(parents=True, exist_ok=True)
        paths = {ext: out / f"{name}.{ext}" for ext in chart_cache.EXTENSIONS}
        for ext, path in paths.items():
            _atomic_write_bytes(path, files[ext])
        return SavedFigure(name, paths)
    saved = save(chart(*args, **kwargs), name, data_df, figures_dir)
    chart_cache.put(k, {ext: p.read_bytes() for ext, p in saved.paths.items()})
    return saved


# ----------------------------------------------------------------- US tile grid
#: the common 50-state + DC tile-grid layout: (state, row, column); row 0 at the top
TILE_GRID: tuple[tuple[str, int, int], ...] = (
    ("AK", 0, 0), ("ME", 0, 10),
    ("VT", 1, 9), ("NH", 1, 10),
    ("WA", 2, 0), ("ID", 2, 1), ("MT", 2, 2), ("ND", 2, 3), ("MN", 2, 4), ("IL", 2, 5),
    ("WI", 2, 6), ("MI", 2, 7), ("NY", 2, 8), ("RI", 2, 9), ("MA", 2, 10),
    ("OR", 3, 0), ("NV", 3, 1), ("WY", 3, 2), ("SD", 3, 3), ("IA", 3, 4), ("IN", 3, 5),
    ("OH", 3, 6), ("PA", 3, 7), ("NJ", 3, 8), ("CT", 3, 9),
    ("CA", 4, 0), ("UT", 4, 1), ("CO", 4, 2), ("NE", 4, 3), ("MO", 4, 4), ("KY", 4, 5),
    ("WV", 4, 6), ("VA", 4, 7), ("MD", 4, 8), ("DE", 4, 9),
    ("AZ", 5, 1), ("NM", 5, 2), ("KS", 5, 3), ("AR", 5, 4), ("TN", 5, 5), ("NC", 5, 6),
    ("SC", 5, 7), ("DC", 5, 8),
    ("OK", 6, 3), ("LA", 6, 4), ("MS", 6, 5), ("AL", 6, 6), ("GA", 6, 7),
    ("HI", 7, 0), ("TX", 7, 3), ("FL", 7, 8),
)


def state_stances(jurisdictions: pd.DataFrame) -> pd.DataFrame:
    """One row per tile: state, name, row, col, stance ('not in corpus' if absent), local_places."""
    j = jurisdictions if jurisdictions is not None else pd.DataFrame()
    kind, state = _col(j, "kind").astype(object), _col(j, "state").astype(object)
    states = j[(kind == "state") & state.notna()] if len(j) else j
    stance_of, name_of = {}, {}
    for r in states.sort_values("jurisdiction_id").itertuples() if len(states) else ():
        st = str(r.state).upper()
        stance_of.setdefault(st, r.stance if isinstance(r.stance, str) and r.stance else "mentioned")
        name_of.setdefault(st, r.name)
    local = j[kind.isin(["county", "city"]) & state.notna()] if len(j) else j
    n_local = local["state"].astype(str).str.upper().value_counts().to_dict() if len(local) else {}
    rows = [{"state": st, "name": name_of.get(st), "row": r, "col": c,
             "stance": stance_of.get(st, "not in corpus"), "local_places": int(n_local.get(st, 0))}
            for st, r, c in TILE_GRID]
    return pd.DataFrame(rows, columns=["state", "name", "row", "col", "stance", "local_places"])


@_styled
def stance_tile_map(jurisdictions: pd.DataFrame, title: str = "Where states stand",
                    subtitle: Optional[str] = "Each tile is a state, coloured by the stance derived from its reported actions; "
                                              "the number counts its cities and counties in the corpus",
                    source: Optional[str] = SOURCE):
    """US tile-grid map of states coloured by derived stance (no shapefile needed)."""
    from matplotlib.patches import Patch, Rectangle

    data = state_stances(jurisdictions)
    fig, ax = _figure(8.0, 5.6)
    for r in data.itertuples():
        color = STANCE_COLORS.get(r.stance, LIGHT)
        ax.add_patch(Rectangle((r.col, -r.row), 0.92, 0.92, facecolor=color, edgecolor="#666666",
                               linewidth=0.6))
        dark = r.stance in ("resists", "cooperates", "contested")
        ax.text(r.col + 0.46, -r.row + 0.56, r.state, ha="center", va="center", fontsize=9,
                fontweight="bold", color="white" if dark else "#222222")
        if r.local_places:
            ax.text(r.col + 0.46, -r.row + 0.22, str(r.local_places), ha="center", va="center",
                    fontsize=7, color="white" if dark else "#222222")
    ax.set_xlim(-0.2, 11.2)
    ax.set_ylim(-7.2, 1.1)
    ax.set_aspect("equal")
    ax.set_axis_off()
    present = [s for s in STANCE_COLORS if s in set(data["stance"])] or ["not in corpus"]
    ax.legend(handles=[Patch(facecolor=STANCE_COLORS[s], edgecolor="#666666", label=s) for s in present],
              loc="lower right", ncol=1, title="stance")
    return _finish(fig, title, subtitle, source, data, bottom_in=0.3)


@_styled
def places_scatter(jurisdictions: pd.DataFrame, label_top: int = 15, title: str = "Cities and counties in the news",
                   subtitle: Optional[str] = "Each point is a city or county at its coordinates, sized by mentions, "
                                             "coloured by derived stance",
                   source: Optional[str] = SOURCE):
    """Cities and counties as points on longitude/latitude, coloured by stance."""
    j = jurisdictions if jurisdictions is not None else pd.DataFrame()
    cols = ["jurisdiction_id", "name", "kind", "state", "lat", "lon", "mentions", "stance"]
    if len(j):
        pts = pd.DataFrame({c: _col(j, c) for c in cols})
        pts = pts[pts["kind"].isin(["city", "county"])]
        pts["lat"] = pd.to_numeric(pts["lat"], errors="coerce")
        pts["lon"] = pd.to_numeric(pts["lon"], errors="coerce")
        pts = pts.dropna(subset=["lat", "lon"])
        pts["mentions"] = pts["mentions"].map(_count)
        pts["stance"] = pts["stance"].map(lambda s: s if isinstance(s, str) and s else "mentioned")
        pts = pts.sort_values(["mentions", "jurisdiction_id"], ascending=[False, True])
    else:
        pts = pd.DataFrame(columns=cols)
    fig, ax = _figure(8.0, 5.2)
    if not len(pts):
        _empty(ax, "No city or county with coordinates was found")
        return _finish(fig, title, subtitle, source, pts)
    states = j[_col(j, "kind") == "state"] if len(j) else j
    for r in states.itertuples() if len(states) else ():
        lat, lon = pd.to_numeric(pd.Series([r.lat, r.lon]), errors="coerce")
        if not (_isna(lat) or _isna(lon)) and isinstance(r.state, str):
            ax.text(lon, lat, r.state, ha="center", va="center", fontsize=10, color="#D5D5D5", zorder=0)
    for stance in STANCE_COLORS:
        sub = pts[pts["stance"] == stance]
        if len(sub):
            ax.scatter(sub["lon"], sub["lat"], s=[30 + 25 * math.sqrt(m) for m in sub["mentions"]],
                       color=STANCE_COLORS[stance], edgecolor="#333333", linewidth=0.5, label=stance,
                       zorder=2)
    for r in pts.head(label_top).itertuples():
        ax.annotate(_short(r.name, 24), (r.lon, r.lat), xytext=(4, 4), textcoords="offset points",
                    fontsize=7.5, zorder=3)
    lo, hi = pts["lon"].min(), pts["lon"].max()
    la, lb = pts["lat"].min(), pts["lat"].max()
    ax.set_xlim(min(lo, -125) - 1, max(hi, -67) + 1)
    ax.set_ylim(min(la, 24) - 1, max(lb, 50) + 1)
    ax.set_xlabel("longitude")
    ax.set_ylabel("latitude")
    ax.set_aspect(1.25)
    ax.legend(loc="lower left", title="stance")
    return _finish(fig, title, subtitle, source, pts)


# ----------------------------------------------------------------- actions
def action_place(actions: pd.DataFrame) -> pd.Series:
    """The place each action belongs to: the target for federal pressure, else the actor's place."""
    juris, target = _col(actions, "jurisdiction"), _col(actions, "target_jurisdiction")
    direction = _col(actions, "direction")
    use_target = (direction == "federal_pressure") & target.notna() & (target.astype(str) != "")
    return target.where(use_target, juris)


def actions_per_place(actions: pd.DataFrame, jurisdictions: Optional[pd.DataFrame] = None) -> pd.DataFrame:
    """Table of actions per place: jurisdiction_id, name, one count column per direction, total."""
    directions = list(vocabulary.DIRECTIONS)
    cols = ["jurisdiction_id", "name"] + directions + ["total"]
    if actions is None or not len(actions):
        return pd.DataFrame({c: pd.Series(dtype=object if c in ("jurisdiction_id", "name") else int)
                             for c in cols})
    df = pd.DataFrame({"jurisdiction_id": action_place(actions), "direction": _col(actions, "direction")})
    df = df[df["jurisdiction_id"].notna() & (df["jurisdiction_id"].astype(str) != "")]
    tab = pd.crosstab(df["jurisdiction_id"], df["direction"]) if len(df) else pd.DataFrame()
    tab = tab.reindex(columns=directions, fill_value=0).fillna(0).astype(int)
    tab["total"] = tab.sum(axis=1)
    tab = tab.reset_index().rename(columns={"index": "jurisdiction_id"})
    names = {}
    if jurisdictions is not None and len(jurisdictions):
        names = dict(zip(jurisdictions["jurisdiction_id"], jurisdictions["name"]))
    tab.insert(1, "name", [names.get(i) or i for i in tab["jurisdiction_id"]])
    tab.columns.name = None
    return tab.sort_values(["total", "jurisdiction_id"], ascending=[False, True])[cols].reset_index(drop=True)


def _stacked_barh(ax, table: pd.DataFrame, label_col: str, parts: list[str], colors: dict) -> None:
    labels = [_short(v, 30) for v in table[label_col]][::-1]
    left = [0] * len(table)
    for part in parts:
        vals = [int(v) for v in table[part]][::-1]
        if any(vals):
            ax.barh(labels, vals, left=left, color=colors.get(part, GREY), label=part.replace("_", " "),
                    edgecolor="white", linewidth=0.5)
            left = [a + b for a, b in zip(left, vals)]
    ax.xaxis.get_major_locator().set_params(integer=True)


@_styled
def actions_by_place(actions: pd.DataFrame, jurisdictions: Optional[pd.DataFrame] = None, top: int = 20,
                     title: str = "Reported actions per place",
                     subtitle: Optional[str] = "Actions by or aimed at each place, by direction "
                                               "(federal pressure is counted at its target)",
                     source: Optional[str] = SOURCE):
    """Horizontal stacked bars: actions per place by direction (top ``top`` places)."""
    table = actions_per_place(actions, jurisdictions)
    shown = table.head(top)
    fig, ax = _figure(8.0, max(3.0, 1.6 + 0.28 * len(shown)))
    if not len(shown):
        _empty(ax, "No actions were found")
        return _finish(fig, title, subtitle, source, shown, left=0.28)
    parts = [d for d in vocabulary.DIRECTIONS if shown[d].sum()]
    _stacked_barh(ax, shown, "name", parts, DIRECTION_COLORS)
    ax.set_xlabel("actions")
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), title="direction")
    return _finish(fig, title, subtitle, source, shown, left=0.28, right=0.8)


def _parse_dates(values: pd.Series) -> pd.Series:
    return pd.to_datetime(values.astype(object).where(values.notna(), None), errors="coerce", format="mixed")


def dated_actions(actions: pd.DataFrame) -> pd.DataFrame:
    """Dated actions counted per (date, direction), in date order."""
    cols = ["date", "direction", "actions"]
    if actions is None or not len(actions):
        return pd.DataFrame({"date": pd.Series(dtype=object), "direction": pd.Series(dtype=object),
                             "actions": pd.Series(dtype=int)})
    df = pd.DataFrame({"date": _parse_dates(_col(actions, "date")), "direction": _col(actions, "direction")})
    df = df.dropna(subset=["date"])
    df["direction"] = df["direction"].fillna("unknown")
    if not len(df):
        return dated_actions(None)
    g = df.groupby(["date", "direction"]).size().reset_index(name="actions")
    g["date"] = g["date"].dt.strftime("%Y-%m-%d")
    order = {d: i for i, d in enumerate(vocabulary.DIRECTIONS)}
    g["_o"] = g["direction"].map(lambda d: order.get(d, len(order)))
    return g.sort_values(["date", "_o", "direction"])[cols].reset_index(drop=True)


@_styled
def timeline(actions: pd.DataFrame, title: str = "When things happened",
             subtitle: Optional[str] = "Dated actions by direction; a larger mark means more actions on that date",
             source: Optional[str] = SOURCE):
    """Dated actions over time, one row per direction (local moves vs federal pressure)."""
    data = dated_actions(actions)
    fig, ax = _figure(8.0, 4.2)
    if not len(data):
        _empty(ax, "No dated actions were found")
        return _finish(fig, title, subtitle, source, data, left=0.2)
    import matplotlib.dates as mdates

    present = [d for d in vocabulary.DIRECTIONS if d in set(data["direction"])]
    present += sorted(set(data["direction"]) - set(present))
    ypos = {d: i for i, d in enumerate(reversed(present))}
    dates = pd.to_datetime(data["date"])
    for d in present:
        sel = data["direction"] == d
        ax.scatter(dates[sel], [ypos[d]] * int(sel.sum()), s=[25 + 30 * math.sqrt(n) for n in data.loc[sel, "actions"]],
                   color=DIRECTION_COLORS.get(d, GREY), edgecolor="#333333", linewidth=0.5, zorder=2)
    ax.set_yticks(list(ypos.values()), [k.replace("_", " ") for k in ypos])
    ax.set_ylim(-0.7, len(present) - 0.3)
    lo, hi = dates.min(), dates.max()
    pad = max(pd.Timedelta(days=3), (hi - lo) * 0.05)
    ax.set_xlim(lo - pad, hi + pad)
    locator = mdates.AutoDateLocator(minticks=3, maxticks=8)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax.grid(axis="x", color="#EEEEEE", zorder=0)
    return _finish(fig, title, subtitle, source, data, left=0.2)


# ----------------------------------------------------------------- people
def officials_table(actors: pd.DataFrame, top_roles: int = 6) -> pd.DataFrame:
    """Actors counted per (level, role); roles beyond the ``top_roles`` commonest become 'other'."""
    cols = ["level", "role", "actors"]
    if actors is None or not len(actors):
        return pd.DataFrame({"level": pd.Series(dtype=object), "role": pd.Series(dtype=object),
                             "actors": pd.Series(dtype=int)})
    df = pd.DataFrame({"level": _col(actors, "level").fillna("unknown").replace("", "unknown"),
                       "role": _col(actors, "role").fillna("no role found").replace("", "no role found")})
    counts = df["role"].value_counts()
    keep = set(sorted(counts.index, key=lambda r: (-counts[r], r))[:top_roles])
    df["role"] = df["role"].where(df["role"].isin(keep), "other")
    g = df.groupby(["level", "role"]).size().reset_index(name="actors")
    order = {lv: i for i, lv in enumerate(list(vocabulary.LEVELS) + ["unknown"])}
    g["_o"] = g["level"].map(lambda lv: order.get(lv, len(order)))
    return g.sort_values(["_o", "level", "actors", "role"], ascending=[True, True, False, True])[cols].reset_index(drop=True)


@_styled
def officials_by_level(actors: pd.DataFrame, top_roles: int = 6, title: str = "Who appears: people by level and role",
                       subtitle: Optional[str] = "Named people in the corpus, by level of government and role",
                       source: Optional[str] = SOURCE):
    """Stacked bars: people per government level, split by role."""
    data = officials_table(actors, top_roles)
    fig, ax = _figure(8.0, 4.2)
    if not len(data):
        _empty(ax, "No named people were found")
        return _finish(fig, title, subtitle, source, data, left=0.2)
    wide = data.pivot_table(index="level", columns="role", values="actors", aggfunc="sum", fill_value=0)
    levels = list(dict.fromkeys(data["level"]))
    wide = wide.reindex(levels).reset_index()
    roles = sorted([c for c in wide.columns if c != "level"],
                   key=lambda r: (r == "other", r == "no role found", -int(wide[r].sum()), r))
    colors = {r: CYCLE[i % len(CYCLE)] for i, r in enumerate(x for x in roles if x not in ("other", "no role found"))}
    colors.update({"other": GREY, "no role found": LIGHT})
    _stacked_barh(ax, wide, "level", roles, colors)
    ax.set_xlabel("people")
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), title="role")
    return _finish(fig, title, subtitle, source, data, left=0.2, right=0.75)


def speaker_table(quotes: pd.DataFrame, actors: Optional[pd.DataFrame] = None) -> pd.DataFrame:
    """Quotes per speaker: speaker, level (from actors, by name), quotes, words quoted."""
    cols = ["speaker", "level", "quotes", "words"]
    if quotes is None or not len(quotes):
        return pd.DataFrame({"speaker": pd.Series(dtype=object), "level": pd.Series(dtype=object),
                             "quotes": pd.Series(dtype=int), "words": pd.Series(dtype=int)})
    df = pd.DataFrame({"speaker": _col(quotes, "speaker").fillna("unattributed").replace("", "unattributed"),
                       "words": _col(quotes, "quote").map(lambda q: len(str(q).split()) if isinstance(q, str) else 0)})
    g = df.groupby("speaker").agg(quotes=("words", "size"), words=("words", "sum")).reset_index()
    levels = {}
    if actors is not None and len(actors):
        for n, lv in sorted(zip(_col(actors, "name").astype(str), _col(actors, "level")), key=lambda t: t[0]):
            if isinstance(lv, str) and lv:
                levels.setdefault(n, lv)
    g["level"] = g["speaker"].map(lambda s: levels.get(s, "unknown"))
    return g.sort_values(["quotes", "words", "speaker"], ascending=[False, False, True])[cols].reset_index(drop=True)


@_styled
def quotes_by_speaker(quotes: pd.DataFrame, actors: Optional[pd.DataFrame] = None, top: int = 15,
                      title: str = "Who is quoted, and how much",
                      subtitle: Optional[str] = "Direct quotations per speaker, coloured by level of government",
                      source: Optional[str] = SOURCE):
    """Horizontal bars: number of direct quotations per speaker (top ``top``)."""
    data = speaker_table(quotes, actors).head(top)
    fig, ax = _figure(8.0, max(3.0, 1.6 + 0.28 * len(data)))
    if not len(data):
        _empty(ax, "No direct quotations were found")
        return _finish(fig, title, subtitle, source, data, left=0.28)
    labels = [_short(s, 30) for s in data["speaker"]][::-1]
    colors = [LEVEL_COLORS.get(lv, LIGHT) for lv in data["level"]][::-1]
    ax.barh(labels, list(data["quotes"])[::-1], color=colors, edgecolor="#333333", linewidth=0.4)
    for i, w in enumerate(list(data["words"])[::-1]):
        ax.text(list(data["quotes"])[::-1][i], i, f"  {w} word{'s' if w != 1 else ''}", va="center", fontsize=7, color="#444444")
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.set_xlabel("quotations")
    from matplotlib.patches import Patch

    present = [lv for lv in LEVEL_COLORS if lv in set(data["level"])]
    ax.set_xlim(0, max(int(data["quotes"].max()), 1) * 1.2)
    ax.legend(handles=[Patch(color=LEVEL_COLORS[lv], label=lv) for lv in present], loc="upper left",
              bbox_to_anchor=(1.01, 1.0), title="level")
    return _finish(fig, title, subtitle, source, data, left=0.28, right=0.8)


# ----------------------------------------------------------------- network
_TYPE_ORDER = {"person": 0, "organization": 1, "place": 2}


def _node_order(node: str) -> tuple:
    typ, name = node.split(":", 1)
    return _TYPE_ORDER.get(typ, 3), name


def cooccurrence(people: Optional[pd.DataFrame] = None, orgs: Optional[pd.DataFrame] = None,
                 places: Optional[pd.DataFrame] = None, max_nodes: int = 30,
                 min_weight: int = 1) -> tuple[pd.DataFrame, pd.DataFrame]:
    """People, organizations and places named in the same sentence.

    Takes the mention-level tables (``people_mentions``, ``org_mentions``,
    ``place_mentions``: doc_id, sentence_id, name). Returns ``(nodes, edges)``:
    nodes (node, type, name, mentions, strength) and edges (source, source_type,
    target, target_type, weight = sentences shared), keeping the ``max_nodes``
    strongest nodes. Deterministic order.
    """
    mentions = []
    for typ, df in (("person", people), ("organization", orgs), ("place", places)):
        if df is None or not len(df):
            continue
        sub = pd.DataFrame({"doc_id": _col(df, "doc_id").astype(str), "sentence_id": _col(df, "sentence_id").astype(str),
                            "name": _col(df, "name")})
        sub = sub[sub["name"].map(lambda n: isinstance(n, str) and n.strip() != "")]
        sub["type"] = typ
        mentions.append(sub)
    node_cols = ["node", "type", "name", "mentions", "strength"]
    edge_cols = ["source", "source_type", "target", "target_type", "weight"]
    empty = (pd.DataFrame(columns=node_cols), pd.DataFrame(columns=edge_cols))
    if not mentions:
        return empty
    m = pd.concat(mentions, ignore_index=True)
    m["node"] = m["type"] + ":" + m["name"]
    counts = m["node"].value_counts().to_dict()
    pairs: dict[tuple[str, str], int] = {}
    for _, grp in m.groupby(["doc_id", "sentence_id"], sort=True):
        nodes = sorted(set(grp["node"]), key=_node_order)
        for i, a in enumerate(nodes):
            for b in nodes[i + 1:]:
                pairs[(a, b)] = pairs.get((a, b), 0) + 1
    edges = pd.DataFrame([(a, b, w) for (a, b), w in pairs.items() if w >= min_weight],
                         columns=["source", "target", "weight"])
    strength: dict[str, int] = {}
    for r in edges.itertuples():
        strength[r.source] = strength.get(r.source, 0) + r.weight
        strength[r.target] = strength.get(r.target, 0) + r.weight
    names = sorted(counts, key=lambda n: (-strength.get(n, 0), -counts[n], _node_order(n)))[:max_nodes]
    keep = set(names)
    nodes = pd.DataFrame({"node": names, "type": [n.split(":", 1)[0] for n in names],
                          "name": [n.split(":", 1)[1] for n in names],
                          "mentions": [int(counts[n]) for n in names],
                          "strength": [int(strength.get(n, 0)) for n in names]}, columns=node_cols)
    if len(edges):
        edges = edges[edges["source"].isin(keep) & edges["target"].isin(keep)].copy()
    if not len(edges):
        return nodes, pd.DataFrame(columns=edge_cols)
    edges["source_type"] = edges["source"].str.split(":", n=1).str[0]
    edges["target_type"] = edges["target"].str.split(":", n=1).str[0]
    edges["source"] = edges["source"].str.split(":", n=1).str[1]
    edges["target"] = edges["target"].str.split(":", n=1).str[1]
    edges = edges.sort_values(["weight", "source", "target"], ascending=[False, True, True])
    return nodes, edges[edge_cols].reset_index(drop=True)


@_styled
def network(people: Optional[pd.DataFrame] = None, orgs: Optional[pd.DataFrame] = None,
            places: Optional[pd.DataFrame] = None, max_nodes: int = 30, min_weight: int = 1,
            title: str = "Who appears with whom",
            subtitle: Optional[str] = "People, organizations and places named in the same sentence; "
                                      "thicker lines mean more shared sentences",
            source: Optional[str] = SOURCE):
    """Co-occurrence network on a circle (grouped by type; deterministic layout)."""
    nodes, edges = cooccurrence(people, orgs, places, max_nodes=max_nodes, min_weight=min_weight)
    fig, ax = _figure(8.0, 8.6)
    if not len(edges):
        _empty(ax, "No people, organizations or places were named together")
        return _finish(fig, title, subtitle, source, edges, bottom_in=0.3)
    order = {"person": 0, "organization": 1, "place": 2}
    ring = nodes.assign(_o=nodes["type"].map(order)).sort_values(["_o", "strength", "name"],
                                                                 ascending=[True, False, True])
    pos, angles = {}, {}
    n = len(ring)
    for i, key in enumerate(ring["node"]):
        angle = math.pi / 2 - 2 * math.pi * i / n
        pos[key], angles[key] = (math.cos(angle), math.sin(angle)), angle
    wmax = max(int(edges["weight"].max()), 1)
    for r in edges.itertuples():
        a, b = pos[f"{r.source_type}:{r.source}"], pos[f"{r.target_type}:{r.target}"]
        ax.plot([a[0], b[0]], [a[1], b[1]], color="#888888", alpha=0.35 + 0.5 * r.weight / wmax,
                linewidth=0.6 + 3.0 * r.weight / wmax, zorder=1)
    for typ, color in NODE_COLORS.items():
        sub = ring[ring["type"] == typ]
        if len(sub):
            xy = [pos[k] for k in sub["node"]]
            ax.scatter([p[0] for p in xy], [p[1] for p in xy], s=[30 + 36 * math.sqrt(m) for m in sub["mentions"]],
                       color=color, edgecolor="#333333", linewidth=0.5, zorder=2, label=typ)
    for key, (x, y) in pos.items():  # radial labels: they cannot collide at the top or bottom
        deg = math.degrees(angles[key])
        right = x >= -1e-9
        ax.text(x * 1.07, y * 1.07, _short(key.split(":", 1)[1], 28), ha="left" if right else "right",
                va="center", fontsize=7.5, rotation=deg if right else deg + 180, rotation_mode="anchor")
    ax.set_xlim(-2.0, 2.0)
    ax.set_ylim(-2.0, 2.0)
    ax.set_aspect("equal")
    ax.set_axis_off()
    ax.legend(loc="lower left", bbox_to_anchor=(0.0, 0.0))
    return _finish(fig, title, subtitle, source, edges, bottom_in=0.3)


# ----------------------------------------------------------------- documents and fixes
@_styled
def documents_overview(documents: pd.DataFrame, title: str = "The articles",
                       subtitle: Optional[str] = "Length of each article in words, coloured by genre; "
                                                 "its date (or 'undated') at the end of the bar",
                       source: Optional[str] = SOURCE):
    """Horizontal bars: words per document, coloured by genre, labelled with dates."""
    cols = ["doc_id", "title", "date", "genre", "word_count"]
    d = documents if documents is not None else pd.DataFrame()
    data = pd.DataFrame({c: _col(d, c) for c in cols}) if len(d) else pd.DataFrame(columns=cols)
    data["word_count"] = data["word_count"].map(_count) if len(data) else data["word_count"]
    data = data.sort_values("doc_id").reset_index(drop=True) if len(data) else data
    shown = data.head(40)
    fig, ax = _figure(8.0, max(3.0, 1.6 + 0.3 * len(shown)))
    if not len(shown):
        _empty(ax, "No documents")
        return _finish(fig, title, subtitle, source, data, left=0.36)
    genres = sorted({g if isinstance(g, str) else "unknown" for g in shown["genre"]})
    colors = {g: CYCLE[i % len(CYCLE)] for i, g in enumerate(genres)}
    labels = [_short(t if isinstance(t, str) and t.strip() else i, 34) + f"  [{i[:12]}]"
              for t, i in zip(shown["title"], shown["doc_id"].astype(str))][::-1]
    vals = list(shown["word_count"])[::-1]
    gen = [g if isinstance(g, str) else "unknown" for g in shown["genre"]][::-1]
    ax.barh(labels, vals, color=[colors[g] for g in gen], edgecolor="white")
    for i, dt in enumerate(list(shown["date"])[::-1]):
        ax.text(vals[i], i, f"  {dt if isinstance(dt, str) and dt else 'undated'}", va="center", fontsize=7)
    ax.set_xlim(0, max(vals + [1]) * 1.25)
    ax.set_xlabel("words")
    from matplotlib.patches import Patch

    ax.legend(handles=[Patch(color=colors[g], label=g) for g in genres], loc="upper left",
              bbox_to_anchor=(1.01, 1.0), title="genre")
    return _finish(fig, title, subtitle, source, data, left=0.36, right=0.84)


@_styled
def fixes_by_kind(fixes: pd.DataFrame, title: str = "What the cleaner changed",
                  subtitle: Optional[str] = "Cleaning fixes by kind (each is a row of the fixes table)",
                  source: Optional[str] = SOURCE):
    """Horizontal bars: cleaning fixes per kind. Takes ``summary.fixes_by_kind`` or the raw fixes table."""
    f = fixes if fixes is not None else pd.DataFrame()
    if len(f) and "fixes" not in f.columns:
        f = f.groupby("kind").agg(fixes=("doc_id", "size"), documents=("doc_id", "nunique")).reset_index()
    data = (f.sort_values(["fixes", "kind"], ascending=[False, True]).reset_index(drop=True) if len(f)
            else pd.DataFrame(columns=["kind", "fixes", "documents"]))
    fig, ax = _figure(8.0, max(2.6, 1.6 + 0.3 * len(data)))
    if not len(data):
        _empty(ax, "The cleaner changed nothing")
        return _finish(fig, title, subtitle, source, data, left=0.2)
    ax.barh([str(k).replace("_", " ") for k in data["kind"]][::-1], [int(v) for v in data["fixes"]][::-1],
            color=OKABE_ITO["blue"])
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.set_xlabel("fixes")
    return _finish(fig, title, subtitle, source, data, left=0.2)


@_styled
def bars(data: pd.DataFrame, label: str, value: str, title: str, subtitle: Optional[str] = None,
         color: Optional[str] = None, color_by: Optional[str] = None, colors: Optional[dict] = None,
         xlabel: Optional[str] = None, top: int = 25, source: Optional[str] = SOURCE,
         empty_message: str = "Nothing to show"):
    """A generic horizontal bar chart in the house style (first ``top`` rows, in the given order)."""
    shown = (data.head(top).reset_index(drop=True) if data is not None and len(data)
             else pd.DataFrame(columns=[label, value]))
    fig, ax = _figure(8.0, max(2.6, 1.6 + 0.28 * len(shown)))
    if not len(shown):
        _empty(ax, empty_message)
        return _finish(fig, title, subtitle, source, shown, left=0.28)
    if color_by:
        keys = [k if isinstance(k, str) else "unknown" for k in shown[color_by]]
        palette = dict(colors or {})
        for k in sorted(set(keys) - set(palette)):
            palette[k] = CYCLE[len(palette) % len(CYCLE)]
        cs = [palette[k] for k in keys][::-1]
        from matplotlib.patches import Patch

        ax.legend(handles=[Patch(color=palette[k], label=str(k).replace("_", " ")) for k in dict.fromkeys(keys)],
                  loc="upper left", bbox_to_anchor=(1.01, 1.0), title=color_by.replace("_", " "))
    else:
        cs = color or OKABE_ITO["blue"]
    vals = [float(v) if not _isna(v) else 0.0 for v in shown[value]]
    ax.barh([_short(str(v).replace("_", " "), 34) for v in shown[label]][::-1], vals[::-1], color=cs)
    if all(v.is_integer() for v in vals):
        ax.xaxis.get_major_locator().set_params(integer=True)
    if min(vals) >= 0:  # counts and shares start at zero (all zeros: an empty 0-1 axis)
        ax.set_xlim(0, max(vals) * 1.05 if max(vals) > 0 else 1)
    ax.set_xlabel(xlabel or value.replace("_", " "))
    return _finish(fig, title, subtitle, source, shown, left=0.28, right=0.8 if color_by else 0.97)
