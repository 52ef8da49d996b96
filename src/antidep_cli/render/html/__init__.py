"""The offline HTML reference site."""
