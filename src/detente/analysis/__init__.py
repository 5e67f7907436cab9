"""Analysis of stored events: dyad series, actor profiles, the signed network, shifts.

Every function takes a DuckDB connection (or a Store) and returns small frozen records with
``to_dict()``. What counts as an event, and how actors are grouped, is defined once in
``_events``: negated and hypothetical events never count, and reposts of one story count once.
"""

from .dyads import Bucket, Evidence, bucket_events, dyad_series, event_evidence
from .names import display_name, phrase
from .network import (
    ActorBalance,
    Edge,
    Network,
    Triad,
    balance,
    network,
    tensions,
    unbalanced_triads,
)
from .profile import Profile, Relation, actor_profile
from .shifts import Alert, Shift, ShiftParams, alerts, detect_shifts, robust_scores

__all__ = [
    "ActorBalance",
    "Alert",
    "Bucket",
    "Edge",
    "Evidence",
    "Network",
    "Profile",
    "Relation",
    "Shift",
    "ShiftParams",
    "Triad",
    "actor_profile",
    "alerts",
    "balance",
    "bucket_events",
    "detect_shifts",
    "display_name",
    "dyad_series",
    "event_evidence",
    "network",
    "phrase",
    "robust_scores",
    "tensions",
    "unbalanced_triads",
]
