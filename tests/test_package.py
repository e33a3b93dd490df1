"""The package as a whole: public API, import cost, packaging data."""

import subprocess
import sys

import framing


def test_public_api_is_exported():
    for name in framing.__all__:
        assert hasattr(framing, name), name
    assert framing.__version__


def test_import_loads_no_heavy_library():
    code = (
        "import sys, framing; "
        "heavy = [m for m in ('matplotlib', 'sklearn', 'spacy', 'dask', 'pandas') if m in sys.modules]; "
        "print(','.join(heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == ""


def test_type_information_and_sample_ship_with_the_package():
    from importlib.resources import files

    root = files("framing")
    assert root.joinpath("py.typed").is_file()
    assert root.joinpath("resources", "sample", "articles", "metadata.csv").is_file()
    assert root.joinpath("resources", "sample", "README.md").is_file()
