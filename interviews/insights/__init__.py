"""Insights: how one person's search is going, in numbers and pictures.

The shape is the house's: ``selectors`` reads one user's records in a fixed number of
queries as plain rows; ``journeys`` turns each application's rows into its story (how far
it got, when the employer first answered, how it ended); ``numbers`` adds the stories up
into frozen dataclasses; ``charts`` and ``flow`` draw those. Only ``selectors`` touches
the database; everything else is pure and is tested with rows made by hand.
"""
