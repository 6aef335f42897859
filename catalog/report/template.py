"""The Jinja template and stylesheet of the HTML (and PDF) report. Kept in Python so it ships with the package."""

CSS = """
html { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 9pt; color: #1b1b1b;
  line-height: 1.35; }
@page { size: A4; margin: 18mm 15mm 18mm 15mm;
  @top-left { content: string(doctitle); font-size: 7.5pt; color: #666; }
  @top-right { content: string(snapshot); font-size: 7.5pt; color: #666; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font-size: 7.5pt; color: #666; } }
body { max-width: 190mm; margin: 0 auto; }
h1 { font-size: 17pt; margin: 0 0 2mm; color: #17324d; string-set: doctitle content(); }
h2 { font-size: 13pt; color: #17324d; border-bottom: 1.5pt solid #17324d; padding-bottom: 1mm;
  margin-top: 7mm; break-after: avoid; }
h2.new-page { break-before: page; }
h3 { font-size: 10.5pt; margin: 4mm 0 1.5mm; color: #17324d; break-after: avoid; }
p.meta { color: #444; margin: 0 0 1mm; }
.snapshot-id { string-set: snapshot "Snapshot " content(); }
p.empty { font-style: italic; color: #555; background: #f4f4f4; padding: 2mm 3mm; border-left: 2pt solid #999; }
table { border-collapse: collapse; width: 100%; margin: 1mm 0 3mm; font-size: 8pt; }
th { background: #e8eef4; text-align: left; font-weight: bold; }
th, td { border: 0.5pt solid #b8c4d0; padding: 1mm 1.5mm; vertical-align: top; overflow-wrap: anywhere; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
td.num, th.num { text-align: right; white-space: nowrap; }
.up { color: #a12a1d; } .down { color: #1e7040; }
.figures td:first-child { width: 55%; }
.status-covered { color: #1e7040; font-weight: bold; }
.status-bad { color: #a12a1d; font-weight: bold; }
.card { border: 0.6pt solid #b8c4d0; border-left: 3pt solid #a12a1d; padding: 2mm 3mm; margin: 0 0 3mm;
  break-inside: avoid; }
.card.warning { border-left-color: #d68910; }
.card h3 { margin-top: 0; }
.card dl { margin: 1mm 0 0; }
dl { margin: 0; }
dt { font-weight: bold; color: #333; float: left; clear: left; width: 26mm; }
dd { margin: 0 0 1mm 28mm; overflow-wrap: anywhere; }
blockquote { margin: 0; padding: 0 0 0 2mm; border-left: 2pt solid #c5d3e0; font-style: italic; }
ol.path { margin: 0.5mm 0 0; padding-left: 5mm; }
ol.path li { margin: 0; }
code, .code { font-family: "DejaVu Sans Mono", monospace; font-size: 7.5pt; overflow-wrap: anywhere; }
.chart { margin: 2mm 0 4mm; break-inside: avoid; }
.chart svg { max-width: 100%; height: auto; }
ul.changes { margin: 0 0 2mm; padding-left: 5mm; }
ul.changes li { overflow-wrap: anywhere; }
.ropa { break-inside: avoid; margin-bottom: 3mm; }
.ropa table td:first-child { width: 42mm; font-weight: bold; background: #f6f8fa; }
table.recipients th:nth-child(1) { width: 22%; } table.recipients th:nth-child(2) { width: 24%; }
table.recipients th:nth-child(4) { width: 20%; } table.recipients th:nth-child(5) { width: 16%; }
.toc { columns: 2; font-size: 9pt; margin: 2mm 0; }
"""

TEMPLATE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{{ r.title }}</title>
<style>{{ css | safe }}</style>
</head>
<body>
{% macro empty(key) %}{% if key in r.empty %}<p class="empty">{{ r.empty[key] }}</p>{% endif %}{% endmacro %}
<h1>{{ r.title }}</h1>
<p class="meta">Snapshot <span class="snapshot-id">{{ r.snapshot.id }}</span>, taken {{ r.snapshot.created_at }}
{%- if r.snapshot.git_commit %} at commit <code>{{ r.snapshot.git_commit[:12] }}</code>
{%- else %} (not in a git repository){% endif %}. Report generated {{ r.generated_at }}.</p>
{% if r.previous %}
<p class="meta">Compared with snapshot {{ r.previous.id }}, taken {{ r.previous.created_at }}.</p>
{% endif %}
<ol class="toc">
{% for key, title in titles.items() %}<li><a href="#{{ key }}">{{ title }}</a></li>{% endfor %}
</ol>

<h2 id="summary">{{ titles.summary }}</h2>
<table class="figures">
<thead><tr><th>Key figure</th><th class="num">Now</th><th class="num">Before</th>
<th class="num">Change</th></tr></thead>
<tbody>
{% for f in r.figures %}
<tr><td>{{ f.label }}</td><td class="num">{{ "n/a" if f.value is none else f.value }}</td>
<td class="num">{{ "—" if f.previous is none else f.previous }}</td>
<td class="num {{ 'up' if f.change and f.change > 0 else ('down' if f.change and f.change < 0 else '') }}">
{{- change_text(f) }}</td></tr>
{% endfor %}
</tbody></table>
{% if not r.previous %}{{ empty("changes") }}{% endif %}

<h2 id="changes">{{ titles.changes }}</h2>
{{ empty("changes") }}
{% for title, items in change_sections %}
<h3>{{ title }}</h3>
<ul class="changes">{% for item in items %}<li>{{ item }}</li>{% endfor %}</ul>
{% endfor %}

<h2 id="inventory" class="new-page">{{ titles.inventory }}</h2>
{{ empty("inventory") }}
{% if r.categories %}
<div class="chart">{{ charts.categories | safe }}</div>
<h3>By category</h3>
<table><thead><tr><th>Category</th><th>Name</th><th class="num">Fields</th><th class="num">Tables</th>
<th>Disclosed by the policy as</th></tr></thead><tbody>
{% for c in r.categories %}
<tr><td class="code">{{ c.key }}</td><td>{{ c.name }}</td><td class="num">{{ c.fields }}</td>
<td class="num">{{ c.tables }}</td>
<td>{% if c.disclosed is none %}no policy{% elif c.disclosed %}{{ c.policy_category }}
{%- else %}<span class="status-bad">not disclosed</span>{% endif %}</td></tr>
{% endfor %}
</tbody></table>
{% endif %}
{% if r.stores %}
<div class="chart">{{ charts.stores | safe }}</div>
<h3>By store</h3>
<table><thead><tr><th>Store</th><th class="num">Tables</th><th class="num">Fields</th>
<th class="num">Personal fields</th><th class="num">Categories</th></tr></thead><tbody>
{% for s in r.stores %}
<tr><td class="code">{{ s.store }}</td><td class="num">{{ s.tables }}</td><td class="num">{{ s.fields }}</td>
<td class="num">{{ s.personal_fields }}</td><td class="num">{{ s.categories | length }}</td></tr>
{% endfor %}
</tbody></table>
{% endif %}
{% if r.tables %}
<h3>Tables holding personal data</h3>
<table><thead><tr><th>Store</th><th>Table</th><th class="num">Personal fields</th><th>Categories</th></tr></thead>
<tbody>
{% for t in r.tables %}
<tr><td class="code">{{ t.store }}</td><td class="code">{{ t.table }}</td><td class="num">{{ t.personal_fields }}</td>
<td>{{ t.categories | join(", ") }}</td></tr>
{% endfor %}
</tbody></table>
{% if r.tables_left_out %}<p class="empty">{{ r.tables_left_out }} more tables hold personal data;
<code>datamap scan --format json</code> lists every field.</p>{% endif %}
{% endif %}

<h2 id="recipients" class="new-page">{{ titles.recipients }}</h2>
{{ empty("recipients") }}
{% if r.recipients %}
<div class="chart">{{ charts.recipients | safe }}</div>
<table class="recipients"><thead><tr><th>Third party</th><th>Receives</th><th>Purposes</th><th>Established in</th>
<th>Policy</th></tr></thead><tbody>
{% for p in r.recipients %}
<tr><td><b>{{ p.name }}</b><br>{{ p.company }}<br><i>{{ p.kind }}</i></td>
<td>{{ p.categories | join(", ") }}</td><td>{{ p.purposes | join("; ") }}</td><td>{{ p.location }}</td>
<td><span class="{{ 'status-covered' if p.status == 'covered' else 'status-bad' }}">{{ p.status }}</span>
<br>{{ p.flows }} flow{{ "s" if p.flows != 1 }}, {{ p.uncovered }} not covered<br>
named as: {{ p.policy_entries | join(", ") or "not named" }}</td></tr>
{% endfor %}
</tbody></table>
{% endif %}

<h2 id="flagged" class="new-page">{{ titles.flagged }}</h2>
{{ empty("flagged") }}
{% for g in r.flagged %}
<div class="card {{ g.severity }}">
<h3>{{ g.rule }} {{ g.rule_name }}: {{ g.category }} to {{ g.recipient }}</h3>
<p>{{ g.message }}</p>
<dl>
<dt>Severity</dt><dd>{{ g.severity }}; {{ g.count }} flow{{ "s" if g.count != 1 }}</dd>
<dt>Purpose</dt><dd>{% if g.purpose %}{{ g.purpose }} (decided by {{ g.purpose_source }})
{%- else %}unknown{% endif %}</dd>
<dt>Policy</dt><dd><blockquote>{{ g.policy_text }}</blockquote></dd>
<dt>Example path</dt><dd><ol class="path">
{% for h in g.example %}<li>{{ h.node }}{% if h.evidence %} — <code>{{ h.evidence }}</code>{% endif %}</li>{% endfor %}
</ol></dd>
<dt>Seen at</dt><dd>{% for p in g.places %}<code>{{ p }}</code>{{ ", " if not loop.last }}{% endfor %}</dd>
</dl>
</div>
{% endfor %}

<h2 id="gaps" class="new-page">{{ titles.gaps }}</h2>
{{ empty("gaps") }}
{% if "gaps" not in r.empty or r.undisclosed or r.unused %}
<h3>Categories collected but not disclosed</h3>
{% if r.undisclosed %}
<table><thead><tr><th>Category</th><th>Name</th><th class="num">Fields</th><th>For example</th></tr></thead><tbody>
{% for g in r.undisclosed %}
<tr><td class="code">{{ g.category }}</td><td>{{ g.name }}</td><td class="num">{{ g.fields }}</td>
<td class="code">{{ g.examples | join(", ") }}</td></tr>
{% endfor %}
</tbody></table>
{% else %}<p class="empty">Every category collected is disclosed by the policy.</p>{% endif %}
<h3>Disclosures nothing uses</h3>
{% if r.unused %}
<table><thead><tr><th>Kind</th><th>Finding</th><th>Policy sentence</th></tr></thead><tbody>
{% for u in r.unused %}
<tr><td>{{ u.what }}</td><td>{{ u.name }}</td><td><i>{{ u.citation or "" }}</i></td></tr>
{% endfor %}
</tbody></table>
{% else %}<p class="empty">Every category and recipient the policy discloses is found in the estate.</p>{% endif %}
{% endif %}

<h2 id="ropa" class="new-page">{{ titles.ropa }}</h2>
{{ empty("ropa") }}
{% if r.ropa %}
<p>Controller: {{ r.snapshot.policy_name or "not recorded" }}. One record per purpose of processing: first the
purposes observed in flows to third parties, then the purposes the policy declares that no observed flow serves.
Exported as CSV and XLSX alongside this report.</p>
{% for row in r.ropa %}
<div class="ropa">
<h3>{{ loop.index }}. {{ row.activity }}</h3>
<table><tbody>
{% for name, label in ropa_columns %}<tr><td>{{ label }}</td><td>{{ row[name] }}</td></tr>{% endfor %}
</tbody></table>
</div>
{% endfor %}
{% endif %}

<h2 id="scan">{{ titles.scan }}</h2>
<dl>
<dt>Snapshot</dt><dd><code>{{ r.snapshot.id }}</code></dd>
<dt>Taken</dt><dd>{{ r.snapshot.created_at }}</dd>
<dt>Git commit</dt><dd>{{ r.snapshot.git_commit or "not recorded" }}</dd>
<dt>Inputs</dt><dd>{{ r.snapshot.inputs | join(", ") or "not recorded" }}</dd>
<dt>Policy</dt><dd>{{ r.snapshot.policy_name or "none" }}
{%- if r.snapshot.policy_sha256 %} (sha256 <code>{{ r.snapshot.policy_sha256 }}</code>){% endif %}</dd>
<dt>datamap version</dt><dd>{{ r.snapshot.datamap_version or "not recorded" }}</dd>
<dt>Unreadable inputs</dt><dd>{{ r.scan_errors | length }}</dd>
</dl>
{% if r.scan_errors %}<ul>{% for e in r.scan_errors %}<li><code>{{ e }}</code></li>{% endfor %}</ul>{% endif %}
</body>
</html>
"""
