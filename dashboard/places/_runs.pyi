# The C twin of dashboard.places.runs.scan_python (see _runs.c); same contract.
from dashboard.places.runs import Demonym, Hit, Tables

def scan(text: str, tables: Tables, /) -> tuple[list[Hit], list[Demonym]]: ...

# One flag per hit: 1 when no filter of recognise.py can act on it (see _runs.c).
def plain(text: str, hits: list[Hit], words: tuple[object, ...], /) -> bytes: ...

# Whether any of the strings occurs in the text (runs.any_of).
def any_of(text: str, words: tuple[str, ...], /) -> bool: ...
