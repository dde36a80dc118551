"""Direct quotations and who said them: `QuoteFinder(article)` -> article with `quotes`."""

from diplowatch.quotes.stage import QuoteFinder

__all__ = ["QuoteFinder"]
