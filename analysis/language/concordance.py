"""KWIC concordance ("key word in context") and a small ipywidgets explorer.

A search term matches like a lexicon term (:mod:`analysis.language.lexicon`):
lower-case text or lemma ("detainer" finds "detainers"), ``word*`` for a
prefix, several words for a phrase. Context stays inside the sentence;
``window`` counts words on each side (punctuation comes along for free).
"""
from __future__ import annotations

import html
from typing import Any, Optional

import pandas as pd

from . import inputs, lexicon as _lexicon
from .tokenization import resolve

COLUMNS = ["doc_id", "title", "sentence_id", "left", "term", "right", "start", "end"]


def kwic(corpus: Any, term: str, window: int = 5, *, tokens=None, include_headings: bool = True) -> pd.DataFrame:
    """Every occurrence of ``term``: doc_id, title, sentence_id, left, term (as written),
    right, start, end (document offsets of the match), in reading order."""
    words_of_term = _lexicon.pieces(term or "")
    sents = inputs.sentences(corpus, include_headings=include_headings)
    if not words_of_term or not len(sents):
        return pd.DataFrame({c: pd.Series(dtype="object") for c in COLUMNS})
    matcher = _lexicon.Matcher([_lexicon.Term("kwic", term, words_of_term)])
    docs = inputs.table(corpus, "documents", ("doc_id", "title"))
    titles = {d: t for d, t in zip(docs["doc_id"], docs["title"]) if isinstance(t, str)}
    words = _lexicon.word_tokens(resolve(corpus, tokens))
    window = max(0, int(window))
    rows = []
    for rec in sents.itertuples(index=False):
        ws = words.get(rec.sentence_id)
        if not ws:
            continue
        base = int(rec.start)
        text = rec.text
        for _, i, j in matcher.find([(w[0], w[1], w[2]) for w in ws]):
            ms, me = ws[i][3], ws[j - 1][4]
            ls = ws[max(0, i - window)][3] if window else ms
            re_ = ws[min(len(ws), j + window) - 1][4] if window else me
            rows.append((rec.doc_id, titles.get(rec.doc_id), rec.sentence_id,
                         " ".join(text[ls - base:ms - base].split()), text[ms - base:me - base],
                         " ".join(text[me - base:re_ - base].split()), ms, me))
    return pd.DataFrame(rows, columns=COLUMNS)


def to_html(lines: pd.DataFrame, max_rows: int = 50) -> str:
    """Concordance lines as an HTML table: left context right-aligned, the term in bold."""
    if not len(lines):
        return "<p><em>No lines.</em></p>"
    out = ['<table style="font-family:monospace;border-collapse:collapse">']
    for rec in lines.head(max_rows).itertuples(index=False):
        out.append(
            "<tr>"
            f'<td style="color:#777;padding-right:1em">{html.escape(str(rec.sentence_id))}</td>'
            f'<td style="text-align:right">{html.escape(rec.left)}</td>'
            f'<td style="padding:0 .4em"><b>{html.escape(rec.term)}</b></td>'
            f'<td style="text-align:left">{html.escape(rec.right)}</td>'
            "</tr>")
    out.append("</table>")
    if len(lines) > max_rows:
        out.append(f"<p>… {len(lines) - max_rows} more lines (use kwic() for all).</p>")
    return "".join(out)


class KwicExplorer:
    """Type a term, see its concordance lines (JupyterLab, ipywidgets).

    The token table is computed once; ``search()`` is what the widget calls and
    also works without a front end. ``table`` holds the last result.
    """

    def __init__(self, corpus: Any, *, tokens=None, window: int = 6, max_rows: int = 50, term: str = ""):
        import ipywidgets as w

        self.corpus = corpus
        self.tokens = resolve(corpus, tokens)
        self.max_rows = max_rows
        self.table = pd.DataFrame(columns=COLUMNS)
        self.text = w.Text(value="", placeholder="a word, a phrase or a prefix*", description="term",
                           continuous_update=False)
        self.window = w.IntSlider(value=window, min=1, max=20, description="window")
        self.count = w.HTML(value="")
        self.lines = w.HTML(value="")
        self.widget = w.VBox([w.HBox([self.text, self.window]), self.count, self.lines])
        self.text.observe(self._changed, names="value")
        self.window.observe(self._changed, names="value")
        if term:
            self.text.value = term

    def search(self, term: str, window: Optional[int] = None) -> pd.DataFrame:
        """Run the concordance, update the widget, return the lines."""
        win = self.window.value if window is None else window
        self.table = kwic(self.corpus, term, window=win, tokens=self.tokens)
        docs = self.table["doc_id"].nunique() if len(self.table) else 0
        self.count.value = (f"<b>{len(self.table)}</b> line{'s' if len(self.table) != 1 else ''} "
                            f"in <b>{docs}</b> document{'s' if docs != 1 else ''} for "
                            f"<code>{html.escape(term)}</code>") if term.strip() else ""
        self.lines.value = to_html(self.table, self.max_rows) if term.strip() else ""
        return self.table

    def _changed(self, _change) -> None:
        self.search(self.text.value)

    def _ipython_display_(self):
        from IPython.display import display

        display(self.widget)


def kwic_explorer(corpus: Any, **kwargs) -> KwicExplorer:
    """An interactive concordance for JupyterLab: ``kwic_explorer(corpus)`` as a cell's last line."""
    return KwicExplorer(corpus, **kwargs)
