import pytest

from .feedserver import start


@pytest.fixture
def server():
    state, httpd = start()
    yield state
    httpd.shutdown()
    httpd.server_close()
