# SPDX-License-Identifier: GPL-3.0-or-later
"""The plan of the sample workspace (docs/file-format.md, "Plan"), for make_sample.py.

Every dict is built in EXACTLY the key order of core/io/PlanWriter.cpp, with every key present.
"""

RACE_STAGES = ["plan", "reach", "act", "convert", "engage"]


def stages(texts=None):
    texts = texts or {}
    out = {}
    for name in RACE_STAGES:
        opportunity, strategy, actions = texts.get(name, ("", "", ""))
        out[name] = {"opportunity": opportunity, "strategy": strategy, "actions": actions}
    return out


def empty_plan():
    return {
        "period": {"name": "", "start": "", "end": ""},
        "stages": stages(),
        "personas": [],
        "objectives": [],
        "tactics": [],
        "content": [],
    }


def sample_plan(ids):
    """The sample's plan; `ids` maps the persona constants of make_sample.py to their ids."""
    del ids
    return empty_plan()
