"""Names of session-state keys and URL query parameters, in one place."""

FROM = "from"  # query parameter and date_input key: start of the date filter
TO = "to"  # end of the date filter
PLACE = "place"  # query parameter: the selected place id
LAST_CLICK = "_map_click_count"  # the last st_folium click count acted on
MIN_DATE = (1800, 1, 1)
MAX_DATE = (2100, 12, 31)
TYPES = "type"  # CAMEO root codes
COUNTRIES = "country"  # ISO2 codes of the event location's country
ACTORS = "actor"
GEO = "geo"  # geo precision 1-3
QUERY = "q"  # text search over summaries and evidence
FILTER_KEYS = (TYPES, COUNTRIES, ACTORS, GEO, QUERY)
FOCUS = "focus"  # the event focused from the cards panel
UNREAL = "unreal"  # query parameter and toggle: negated and hypothetical events shown too
ANY_MIN = (1000, 1, 1)  # publication and correction dates: any year an archive may hold
ANY_MAX = (2999, 12, 31)
