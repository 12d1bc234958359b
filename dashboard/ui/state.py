"""Names of session-state keys and URL query parameters, in one place."""

FROM = "from"  # query parameter and date_input key: start of the date filter
TO = "to"  # end of the date filter
PLACE = "place"  # query parameter: the selected place id
LAST_CLICK = "_map_click_count"  # the last st_folium click count acted on
MIN_DATE = (1800, 1, 1)
MAX_DATE = (2100, 12, 31)
