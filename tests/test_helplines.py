import json

import pytest

from sango.helplines import DEFAULT_NUMBER, country_from_locale, helpline_for, load_helplines
from sango.paths import DATA


def test_every_entry_in_the_data_file_is_complete_and_sourced():
    raw = json.loads((DATA / "helplines.json").read_text(encoding="utf-8"))
    entries = {k: v for k, v in raw.items() if not k.startswith("_")}
    assert raw["_about"] and raw["default"]["number"] == "116 111"
    for code, entry in entries.items():
        assert code == "default" or (len(code) == 2 and code.isupper()), code
        for field in ("name", "number", "source", "checked"):
            assert entry.get(field), f"{code} lacks {field}"
    assert len(load_helplines()) == len(entries)


@pytest.mark.parametrize("country,number", [("GB", "0800 1111"), ("au", "1800 55 1800"), ("IN", "1098"),
                                            ("KE", "116"), ("XX", "116 111"), (None, "116 111")])
def test_lookup_with_fallback(country, number):
    assert helpline_for(country).number == number


@pytest.mark.parametrize("tag,country", [("en_GB.UTF-8", "GB"), ("fr-FR", "FR"), ("zh-Hans-CN", "CN"),
                                         ("en", None), ("C", None), (None, None), ("de_DE@euro", "DE")])
def test_country_from_locale(tag, country):
    assert country_from_locale(tag) == country


@pytest.mark.parametrize("content", ["{not json", "[1, 2]", '{"GB": {"name": 3}}', ""])
def test_a_broken_data_file_falls_back_to_116_111(tmp_path, content):
    path = tmp_path / "helplines.json"
    path.write_text(content)
    assert helpline_for("GB", path).number == DEFAULT_NUMBER


def test_a_missing_data_file_falls_back(tmp_path):
    assert helpline_for("GB", tmp_path / "nope.json").number == DEFAULT_NUMBER
