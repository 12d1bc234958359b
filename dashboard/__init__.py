"""GeoNews: news articles turned into dated, located events on a map and a timeline."""

__version__ = "0.1.0"
