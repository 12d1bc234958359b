"""Words between an act and a name that put the name in a crowd's own clause: what the
crowd protested, which names no target of the act done to it (``source_target``).
"""

from __future__ import annotations

import re

# a crowd's reduced relative ("fired tear gas at people protesting against the president's
# decree"): a participle clause of its own (Quirk et al. 1985, 17.28), whose names say what
# the crowd protested, not whom the act was done to (CAMEO 1.1b3: the target is the act's);
# after a comma the participle is the subject's own ("blocked roads, demanding X resign");
# the act's words may end on the crowd noun itself ("used force against crowds protesting")
PROTESTING_BETWEEN = re.compile(
    r"(?:^|[A-Za-z])\s+(?:protesting|demonstrating|rallying|marching|chanting|demanding|denouncing|"
    # a plural protest noun's aim ("the fourth night of demonstrations against X"), not a verb's
    r"(?:protests|demonstrations|rallies|marches)\s+(?:against|over))\b",
    re.IGNORECASE,
)
