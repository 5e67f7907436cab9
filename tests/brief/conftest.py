import datetime as dt

import pytest

from analysis.eventset import EventSet


@pytest.fixture
def seeded():
    """The seed's situation in March 2014, plus Russia and Ukraine turning hostile."""
    events = EventSet()
    day = dt.date(2014, 3, 5)
    events.many("JPNGOV", "USA", day, 3, quad=1)
    events.many("JPN", "RUSGOV", day, 3, quad=2)
    events.many("USAGOV", "RUS", day, 4, quad=3)
    start = dt.date(2014, 1, 6)
    for week in range(8):
        events.many("RUS", "UKR", start + dt.timedelta(weeks=week), 1, quad=1)
    events.many("RUSMIL", "UKR", dt.date(2014, 3, 3), 6, quad=4)
    return events
