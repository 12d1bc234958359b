# The C twin of dashboard.places.runs.scan_python (see _runs.c); same contract.
from dashboard.places.runs import Demonym, Hit, Tables

def scan(text: str, tables: Tables, /) -> tuple[list[Hit], list[Demonym]]: ...
