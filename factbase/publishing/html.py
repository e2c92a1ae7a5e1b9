"""Self-contained HTML pages: every claim with its highlighted passage (``export --format
html``) and the conflicts report with a dot plot of each dispute (``conflicts report --html``).

A page loads nothing: styles are inline, pictures are inline SVG, and a Content-Security-Policy
forbids every request, so it can be mailed, archived or opened offline as it is.
"""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Iterable, Sequence

from factbase.conflicts import Conflict, ConflictReport, Statement
from factbase.publishing.plot import dot_plot
from factbase.publishing.records import ExportRecord
from factbase.status import ClaimStatus

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
STYLE = """
body{font:16px/1.5 Georgia,serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
h1,h2,h3{font-family:Helvetica,Arial,sans-serif;line-height:1.2}
.meta,.counts{color:#555;font-size:.9rem}
article{border-top:1px solid #ddd;padding:.75rem 0}
blockquote{margin:.5rem 0 .5rem 1rem;padding-left:.75rem;border-left:3px solid #ccc}
.context{color:#777}
mark.passage{background:#fff3b0;padding:0 .1em}
mark.fact{background:#f9c6c0;font-weight:bold;padding:0 .1em}
.status{font:bold .8rem Helvetica,Arial,sans-serif;padding:.1em .5em;border-radius:.3em;
  color:#fff;text-transform:uppercase}
.ok{background:#1e8449}.drift{background:#b9770e}.contradicted{background:#c0392b}
.missing{background:#922b21}.source_unavailable{background:#7d3c98}
.value{font-family:Helvetica,Arial,sans-serif;font-weight:bold;margin-top:.75rem}
svg.plot{display:block;margin:.5rem 0;max-width:100%}
"""


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def page(title: str, body: str) -> str:
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_e(title)}</title><style>{STYLE}</style></head>\n"
        f"<body>\n<h1>{_e(title)}</h1>\n{body}\n</body></html>\n"
    )


def _marked(text: str, spans: Iterable[tuple[int, int]], css: str) -> str:
    """``text`` escaped, with each (start, end) span in it wrapped in ``<mark class=css>``."""
    out, pos = [], 0
    for start, end in sorted(spans):
        if start < pos or end <= start or end > len(text):
            continue
        out += [_e(text[pos:start]), f'<mark class="{css}">', _e(text[start:end]), "</mark>"]
        pos = end
    out.append(_e(text[pos:]))
    return "".join(out)


def _occurrences(text: str, needles: Iterable[str]) -> list[tuple[int, int]]:
    spans = []
    for needle in {n for n in needles if n}:
        at = text.find(needle)
        while at >= 0:
            spans.append((at, at + len(needle)))
            at = text.find(needle, at + len(needle))
    return spans


def _source_line(record: ExportRecord) -> str:
    s = record.source
    bits = [f"<strong>{_e(s.title)}</strong>"]
    bits += [_e(v) for v in (s.publisher, s.author, s.published) if v]
    if s.url:
        bits.append(f'<a href="{_e(s.url)}">{_e(s.url)}</a>')
    return " · ".join(bits) + f" · source <code>{_e(s.id)}</code>"


def _claim(record: ExportRecord) -> str:
    info = record.info
    # The values the source gives where the claim differs, marked inside the passage.
    facts = _occurrences(info.passage, (str(d["source"]) for d in info.differences
                                        if d.get("source")))  # fmt: skip
    passage = (
        f'<span class="context">{_e(info.prefix)}</span>'
        f'<mark class="passage">{_marked(info.passage, facts, "fact")}</mark>'
        f'<span class="context">{_e(info.suffix)}</span>'
    )
    diffs = "".join(
        f"<li>{_e(d['kind'])}: the claim says <b>{_e(d['claim'] or '—')}</b>, the source "
        f"says <b>{_e(d['source'] or 'nothing')}</b></li>"
        for d in info.differences
    )
    checked = (
        f"last checked {record.checked_at.isoformat()[:16]}"
        if record.checked_at
        else "not verified since it was cited"
    )
    return (
        f'<article id="claim-{info.id}" data-status="{_e(info.status)}">'
        f'<h3><span class="status {_e(info.status)}">{_e(info.status)}</span> '
        f"{_e(info.claim)}</h3>"
        f'<p class="meta">claim {info.id} · {_source_line(record)} · version '
        f"{info.cited_version} [{info.start}:{info.end}] · {_e(checked)}</p>"
        f"<blockquote>{passage}</blockquote>"
        + (f"<ul>{diffs}</ul>" if diffs else "")
        + "</article>"
    )


def claims_page(records: Sequence[ExportRecord], *, title: str = "factbase claims") -> str:
    """Every claim, in id order, with its last status and its cited passage highlighted in
    its context."""
    counts = Counter(r.info.status for r in records)
    summary = " · ".join(f"{counts[s]} {s}" for s in ClaimStatus if counts[s])
    body = f'<p class="counts">{len(records)} claims · {summary or "none"}</p>\n'
    body += "\n".join(_claim(r) for r in records)
    return page(title, body)


def _statement(s: Statement) -> str:
    facts = []
    if s.fact_start >= 0:
        facts.append((s.fact_start - s.start, s.fact_end - s.start))
    claim = f" · claim {s.claim_id}" if s.claim_id is not None else ""
    return (
        f'<p class="meta">{_e(s.source)} ¶{s.paragraph} [{s.start}:{s.end}]{claim}</p>'
        f'<blockquote><mark class="passage">{_marked(s.passage, facts, "fact")}</mark>'
        "</blockquote>"
    )


def _group(c: Conflict) -> str:
    title = f"{c.kind_of_group} {c.id} · {c.kind}" + (f" · {c.quantity}" if c.quantity else "")
    plot = dot_plot(
        c.kind,
        [(v.value, [s.source for s in v.statements]) for v in c.values],
        title=f"{c.kind} values by source: {c.summary[:80]}",
    )
    if plot:
        plot += ('<p class="meta">A dot is a precise value; a bar the span a less precise one '
                 "covers (a year, a month, a range).</p>")
    values = []
    for v in c.values:
        note = " (less precise: fits every value above)" if v.fits_all else ""
        moment = f" (as of {v.moment})" if v.moment else ""
        values.append(
            f'<p class="value">{_e(v.value)}{_e(moment)}{_e(note)}</p>'
            + "".join(_statement(s) for s in v.statements)
        )
    return (
        f'<section class="group" id="{_e(c.id)}"><h3>{_e(title)}</h3>'
        f"<p><em>{_e(c.summary)}</em></p>{plot}{''.join(values)}"
        f'<p class="meta">verdict: {_e(c.verdict())}</p></section>'
    )


def conflicts_page(report: ConflictReport, *, title: str = "factbase conflicts report") -> str:
    """The conflicts report: each group with its dot plot and highlighted passages."""
    parts = [
        f'<p class="counts">{len(report.conflicts)} conflicts · {len(report.revisions)} '
        f"revision timelines · {len(report.claims_disputed)} claims disputed · "
        f"{len(report.corroborations)} corroborations · {report.claims} claims over "
        f"{report.sources} sources</p>"
    ]
    for group in report.syndicated:
        parts.append(f'<p class="meta">near-duplicate sources counted once: '
                     f"{_e(', '.join(group))}</p>")  # fmt: skip
    for heading, groups in (
        ("Conflicts", report.conflicts),
        ("Revision timelines", report.revisions),
        ("Claims disputed", report.claims_disputed),
    ):
        if groups:
            parts.append(f"<h2>{heading}</h2>" + "".join(_group(c) for c in groups))
    if report.corroborations:
        rows = "".join(
            f"<tr><td>{_e(c.value)}</td><td>{_e(', '.join(c.sources))}</td>"
            f"<td>{c.independent_sources}</td><td>{_e(c.summary)}</td></tr>"
            for c in report.corroborations
        )
        parts.append(
            "<h2>Corroborations</h2><table><thead><tr><th>value</th><th>sources</th>"
            f"<th>independent</th><th>statement</th></tr></thead><tbody>{rows}</tbody></table>"
        )
    return page(title, "\n".join(parts))
