"""The config reader: YAML, JSON, TOML, ``.env`` and ini files.

Files are parsed, never executed; YAML is composed with the safe loader and
expanded under a node budget. From each file the reader takes the third-party
integrations it configures (``integrations``) and the export jobs it defines
(``exports``): datamap's own ``datamap_exports`` format, Airbyte connections
and Meltano projects.
"""
