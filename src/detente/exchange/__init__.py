"""Exchange formats: import GDELT 2.0 and ICEWS event files; export events in five formats."""

from detente.exchange.export import FORMATS, export_events
from detente.exchange.imports import ImportReport, import_gdelt, import_icews

__all__ = ["FORMATS", "ImportReport", "export_events", "import_gdelt", "import_icews"]
