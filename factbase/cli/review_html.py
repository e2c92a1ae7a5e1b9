"""The ``review --html`` page: one self-contained file, the draft with each claim highlighted by
its verdict; selecting a claim shows the passages behind it with the differing values marked.

No network: the styles and the few lines of script are inline, no font or script is fetched.
"""

from __future__ import annotations

import json
from html import escape

from factbase.review import ClaimReview, Evidence, Review

COLOURS = {
    "supported": "#c8efc8",
    "contradicted": "#f7b6b6",
    "disputed": "#ffe08a",
    "unsupported": "#e3d3f5",
}

_STYLE = """
body{font:16px/1.55 Georgia,serif;margin:0;display:flex;color:#222}
main{flex:3;padding:2em 3em;max-width:46em}
aside{flex:2;padding:1.5em;border-left:1px solid #ccc;background:#fafafa;min-height:100vh;
font:14px/1.45 sans-serif}
p{white-space:pre-wrap}
mark{cursor:pointer;border-radius:3px;padding:0 1px}
mark.sel{outline:2px solid #333}
.ev{margin:0 0 1em;padding:.6em;border:1px solid #ddd;background:#fff}
.ev b.diff{background:#f7b6b6}
.legend span{padding:0 .4em;margin-right:.5em;border-radius:3px}
.muted{color:#666}
"""

_SCRIPT = """
const claims = JSON.parse(document.getElementById('claims').textContent);
function show(i){
  document.querySelectorAll('mark.sel').forEach(m=>m.classList.remove('sel'));
  const m=document.getElementById('c'+i); m.classList.add('sel');
  document.getElementById('panel').innerHTML=claims[i];
}
document.querySelectorAll('mark').forEach(m=>m.addEventListener('click',()=>show(+m.dataset.i)));
"""


def review_page(review: Review) -> str:
    """The whole page, as one string of HTML."""
    counts = review.counts()
    legend = "".join(
        f'<span style="background:{COLOURS[s]}">{s} {counts[s]}</span>' for s in COLOURS
    )
    panels = [claim_panel(c) for c in review.claims]
    data = json.dumps(panels).replace("</", "<\\/")
    return (
        "<!doctype html><html><head><meta charset=\"utf-8\">"
        f"<title>factbase review: {escape(review.draft.name)}</title>"
        f"<style>{_STYLE}</style></head><body>"
        f"<main><p class=\"legend\">{legend}</p>{draft_html(review)}</main>"
        "<aside id=\"panel\"><p class=\"muted\">Select a highlighted claim to see the passages "
        "behind its verdict.</p></aside>"
        f"<script type=\"application/json\" id=\"claims\">{data}</script>"
        f"<script>{_SCRIPT}</script></body></html>"
    )


def draft_html(review: Review) -> str:
    """The draft's prose, paragraph by paragraph, each claim a ``<mark>`` in its verdict's
    colour."""
    text = review.draft.text
    out: list[str] = []
    pos = 0
    for i, c in enumerate(review.claims):
        out.append(escape(text[pos:c.text_start]))
        out.append(
            f'<mark id="c{i}" data-i="{i}" data-status="{c.status}" '
            f'style="background:{COLOURS[c.status]}" title="{c.status}">'
            f"{escape(text[c.text_start:c.text_end])}</mark>"
        )
        pos = c.text_end
    out.append(escape(text[pos:]))
    body = "".join(out).strip()
    return "".join(f"<p>{para.strip()}</p>" for para in body.split("\n\n") if para.strip())


def claim_panel(c: ClaimReview) -> str:
    """What selecting a claim shows: its verdict, the note, each passage with its values."""
    parts = [
        f'<h3 style="background:{COLOURS[c.status]};padding:.2em .4em">{c.status}</h3>',
        f"<p><i>{escape(c.text)}</i></p>",
    ]
    if c.note:
        parts.append(f'<p class="muted">{escape(c.note)}</p>')
    if c.status == "supported":
        parts.append(f"<p>{c.independent} independent source(s)</p>")
    for cited in c.cited:
        where = cited.source or "not in the library"
        parts.append(f"<p>cites {escape(cited.target)} ({escape(where)}): {cited.status}</p>")
    parts.extend(evidence_html(e) for e in c.evidence)
    return "".join(parts)


def evidence_html(e: Evidence) -> str:
    """One passage, with the source's side of each difference marked."""
    passage = escape(" ".join((e.passage or "").split()))
    for d in e.differences:
        if d.source and d.claim:
            value = escape(d.source)
            passage = passage.replace(value, f'<b class="diff">{value}</b>', 1)
    head = f"<b>{escape(e.source)}</b> v{e.version} [{e.start}:{e.end}] {e.status}"
    if e.cited:
        head += " · cited"
    if e.quote:
        head += " · quote"
    diffs = "".join(
        f"<li>{escape(d.kind)}: draft {escape(str(d.claim))}, source {escape(str(d.source))}</li>"
        for d in e.differences
    )
    return f'<div class="ev"><div>{head}</div><div>{passage}</div><ul>{diffs}</ul></div>'
