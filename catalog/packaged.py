"""datamap's own YAML data files: loaded safely, through libyaml where PyYAML was built with it.

Only for files datamap ships (known to be valid); users' files go through the pure
loader, whose syntax errors name the problem more clearly.
"""

from __future__ import annotations

from typing import Any

import yaml

#: libyaml's safe loader (plain data only), else PyYAML's own
SAFE_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_packaged_yaml(text: str) -> Any:
    """The plain data of a YAML document datamap ships."""
    return yaml.load(text, Loader=SAFE_LOADER)  # noqa: S506 - a safe loader: plain data only
