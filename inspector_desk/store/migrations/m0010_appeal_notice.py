"""Appeals keep the day the applicant was told of an extension (АППК 76 p.3)."""

SINCE_APP = "0.1.0"


def apply(db) -> None:
    db.execute("ALTER TABLE appeals ADD COLUMN extension_informed_on TEXT")
