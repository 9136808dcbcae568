"""The comparison page: both maps side by side in one self-contained HTML file.

The rendering layer of :mod:`samnet.compare` (moved here unchanged from
``compare.py``): the ranked differences and the table of type pairs that
differ open the page, above the two maps drawn by :mod:`samnet.render` with
those pairs highlighted. Every text from the data is HTML-escaped.

Examples
--------
>>> from samnet.compare import compare_networks
>>> from samnet.graph import build_network
>>> from samnet.metrics import analyze_network
>>> from samnet.model import Actor, Dataset, Kommun
>>> ds = Dataset({"k": Kommun("k", "K")}, {"i": Actor("i", "IFO", "ifo", "kommun", "k")})
>>> net = build_network(ds, "k")
>>> m = analyze_network(net)
>>> render_comparison_html(net, net, compare_networks(net, net, m, m), metrics=(m, m)).startswith("<!DOCTYPE html>")
True
"""

from __future__ import annotations

import html

from samnet.compare import TOP, highlight_pairs, types_present
from samnet.compare_words import difference_sentences, mapped_sentences, pair_label, side_text
from samnet.graph import Network
from samnet.metrics import NetworkMetrics
from samnet.texts import check_lang, text

__all__ = ["render_comparison_html"]


def _intro_html(comparison: dict, lang: str) -> str:
    esc = html.escape
    labels = (comparison["a"]["label"], comparison["b"]["label"])
    parts = [f"<p>{esc(text('compare.intro', lang))}</p>", f"<h2>{esc(text('compare.differences', lang))}</h2>"]
    sentences = difference_sentences(comparison, lang)
    if sentences:
        parts.append('<ol class="samnet-differences">'
                     + "".join(f"<li>{esc(s)}</li>" for s in sentences[:TOP]) + "</ol>")
    else:
        parts.append(f"<p>{esc(text('compare.no_differences', lang))}</p>")
    if len(sentences) > TOP:
        parts.append(f"<details><summary>{esc(text('compare.more_differences', lang))} ({len(sentences) - TOP})</summary>"
                     f'<ol class="samnet-differences" start="{TOP + 1}">'
                     + "".join(f"<li>{esc(s)}</li>" for s in sentences[TOP:]) + "</ol></details>")
    mapped = mapped_sentences(comparison, lang)
    parts.append(f"<h2>{esc(text('compare.mapped', lang))}</h2><p>{esc(text('compare.mapped_intro', lang))}</p>"
                 + ("<ul>" + "".join(f"<li>{esc(s)}</li>" for s in mapped) + "</ul>" if mapped
                    else f"<p>{esc(text('none', lang))}</p>"))
    differing = [r for r in comparison["type_pairs"] if r["differs"]]
    if differing:
        present = types_present(comparison)
        head = "".join(f'<th scope="col">{esc(h)}</th>' for h in (text("compare.pair", lang), *labels))
        body = []
        for row in differing:
            cells = [f'<th scope="row">{esc(pair_label(row["types"], lang))}</th>']
            cells += [f"<td>{esc(side_text(row[s], set(row['types']) <= present[s], lang))}</td>" for s in "ab"]
            body.append("<tr>" + "".join(cells) + "</tr>")
        # A short table is shown open; a long one (the bundled pair has well over a hundred) folded.
        state = " open" if len(differing) <= 15 else ""
        parts.append(f"<details{state}><summary>{esc(text('compare.pairs', lang))} ({len(differing)})</summary>"
                     f'<table class="samnet-pairs"><thead><tr>{head}</tr></thead>'
                     f"<tbody>{''.join(body)}</tbody></table></details>")
    return "\n".join(parts)


def render_comparison_html(net_a: Network, net_b: Network, comparison: dict, lang: str = "sv", *,
                           metrics: tuple[NetworkMetrics, NetworkMetrics]) -> str:
    """Both maps side by side in one self-contained page, differing type pairs highlighted.

    The page opens with the ranked differences and a table of the type pairs
    that differ; every text from the data is HTML-escaped.

    Parameters
    ----------
    net_a, net_b : Network
        The networks that were compared.
    comparison : dict
        From :func:`samnet.compare.compare_networks` on the same networks.
    lang : {"sv", "en"}
    metrics : (NetworkMetrics, NetworkMetrics)
        The figures of ``net_a`` and ``net_b``, which size and describe the actors.

    Returns
    -------
    str
        A complete HTML document that works offline.

    Examples
    --------
    >>> from samnet.model import Actor, Dataset, Kommun
    >>> from samnet.graph import build_network
    >>> ds = Dataset({"k": Kommun("k", "K <&>")}, {"i": Actor("i", "IFO", "ifo", "kommun", "k")})
    >>> net = build_network(ds, "k")
    >>> from samnet.compare import compare_networks
    >>> from samnet.metrics import analyze_network
    >>> m = analyze_network(net)
    >>> page = render_comparison_html(net, net, compare_networks(net, net, m, m), metrics=(m, m))
    >>> "K &lt;&amp;&gt; (A)" in page and "<&>" not in page
    True
    """
    check_lang(lang)
    # pyvis and the page template are slow to import; only this function needs them.
    from samnet.render import render_maps_page

    highlight = highlight_pairs(comparison)
    title = text("compare.title", lang, a=comparison["a"]["label"], b=comparison["b"]["label"])
    panels = [(net_a, metrics[0], highlight), (net_b, metrics[1], highlight)]
    return render_maps_page(panels, lang=lang, title=title, intro_html=_intro_html(comparison, lang))
