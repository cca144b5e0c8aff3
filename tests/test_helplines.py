"""Helpline data: complete and sourced entries, lookups with fallback to 116 111, locale parsing."""
import json
import re

import pytest

from sango.helplines import (BUILT_IN_DEFAULT, DEFAULT_NUMBER, Helpline, country_from_locale, helpline_for,
                             load_helplines)
from sango.paths import DATA


def raw_data() -> dict:
    return json.loads((DATA / "helplines.json").read_text(encoding="utf-8"))


def test_the_data_file_explains_itself_and_has_a_116_111_default():
    raw = raw_data()
    assert "local partners" in raw["_about"]
    assert raw["default"]["number"] == "116 111"
    assert "2008" in raw["default"]["note"] and "ITU" in raw["default"]["note"]


def test_every_entry_is_complete_and_sourced():
    entries = {k: v for k, v in raw_data().items() if not k.startswith("_")}
    for code, entry in entries.items():
        assert code == "default" or re.fullmatch(r"[A-Z]{2}", code), code
        for field in ("name", "number", "source", "checked"):
            assert isinstance(entry.get(field), str) and entry[field].strip(), f"{code} lacks {field}"
        assert re.fullmatch(r"20\d\d-\d\d", entry["checked"]), code
        assert re.fullmatch(r"[0-9][0-9 -]*[0-9]", entry["number"]), f"{code}: dial-able digits only"
        assert entry.get("verify", False) in (True, False), code
        if "hours" in entry:
            assert isinstance(entry["hours"], str) and entry["hours"].strip(), f"{code}: omit unknown hours"
        for other in entry.get("also", []):
            assert other.get("name") and other.get("number") and other.get("source"), code
    assert len(load_helplines()) == len(entries)  # every entry in the file is usable


@pytest.mark.parametrize("country,number", [
    ("GB", "0800 1111"), ("au", "1800 55 1800"), ("IN", "1098"), ("FR", "3018"), ("KE", "116"),
    ("DE", "116 111"), (" se ", "116 111"), ("UK", "0800 1111"),
    ("XX", DEFAULT_NUMBER), ("", DEFAULT_NUMBER), (None, DEFAULT_NUMBER), ("default", DEFAULT_NUMBER)])
def test_lookup_with_fallback(country, number):
    assert helpline_for(country).number == number


def test_an_entry_keeps_its_source_and_other_numbers():
    france = helpline_for("FR")
    assert isinstance(france, Helpline) and france.country == "FR" and "3018" in france.source
    assert "119" in [other.number for other in france.also]
    assert helpline_for("GB").hours == "24/7" and helpline_for("GB").verify is False
    assert helpline_for("ZA").verify is True  # not yet confirmed: flagged, not guessed


def test_the_default_entry_comes_from_the_file_and_says_so():
    default = helpline_for(None)
    assert default.country == "default" and default.number == "116 111" and default.source


@pytest.mark.parametrize("tag,country", [
    ("en_GB.UTF-8", "GB"), ("fr-FR", "FR"), ("fr_fr", "FR"), ("zh-Hans-CN", "CN"), ("de_DE@euro", "DE"),
    ("sr_Latn_RS.UTF-8", "RS"), ("es-419", None), ("en", None), ("C", None), ("POSIX", None), ("C.UTF-8", None),
    ("", None), (None, None)])
def test_country_from_locale(tag, country):
    assert country_from_locale(tag) == country


def test_locale_to_helpline():
    assert helpline_for(country_from_locale("en_AU.UTF-8")).number == "1800 55 1800"
    assert helpline_for(country_from_locale("en")).number == DEFAULT_NUMBER


@pytest.mark.parametrize("content", [
    "{not json", "[1, 2]", "null", '"text"', "", '{"GB": {"name": 3}}', '{"GB": "0800 1111"}',
    '{"GB": {"name": "Childline"}}', '{"default": {"name": "", "number": ""}, "GB": []}', '{"12": {"name": "x"}}'])
def test_a_broken_data_file_falls_back_to_116_111(tmp_path, content):
    path = tmp_path / "helplines.json"
    path.write_text(content, encoding="utf-8")
    assert helpline_for("GB", path).number == DEFAULT_NUMBER
    assert load_helplines(path)["default"] == BUILT_IN_DEFAULT


def test_bad_entries_are_skipped_and_good_ones_kept(tmp_path):
    path = tmp_path / "helplines.json"
    path.write_text(json.dumps({"GB": {"name": "Childline", "number": "0800 1111", "also": [3, {}]},
                                "FR": {"number": "3018"}, "Germany": {"name": "x", "number": "1"}}))
    lines = load_helplines(path)
    assert set(lines) == {"default", "GB"} and lines["GB"].also == ()


def test_a_missing_or_undecodable_data_file_falls_back(tmp_path):
    assert helpline_for("GB", tmp_path / "nope.json").number == DEFAULT_NUMBER
    assert helpline_for("GB", tmp_path).number == DEFAULT_NUMBER  # a folder, not a file
    binary = tmp_path / "binary.json"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    assert helpline_for("GB", binary).number == DEFAULT_NUMBER
