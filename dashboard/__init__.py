"""The Streamlit data map. It reads snapshots written by ``datamap scan`` and never scans."""
