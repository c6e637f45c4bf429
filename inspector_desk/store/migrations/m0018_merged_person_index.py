"""The persons merged into another, and the appeals of a person, found by index.

The after-pull merge of persons registered twice (``services.person_merge``) runs after
every pull that brought persons; it asks which persons were merged and which records
still point at one. Without these indexes each question read the whole table (10,000
persons, every appeal): ~8 ms of every such pull on the large demo precinct. Merged
persons are few, so the partial index is small and costs nothing to a person never merged.
"""

SINCE_APP = "0.1.0"


def apply(db) -> None:
    for statement in STATEMENTS:
        db.execute(statement)


STATEMENTS = [
    "CREATE INDEX persons_merged ON persons(merged_into) WHERE merged_into IS NOT NULL",
    "CREATE INDEX appeals_person ON appeals(person_id) WHERE person_id IS NOT NULL",
]
