"""The held-out sets in tests/data/heldout, tests/data/heldout2, tests/data/heldout-crm,
tests/data/heldout3 to tests/data/heldout12 are well
formed: every gold file follows the schema of ../shared/eval/SCHEMA.md, and the scorer's own
matching finds each date expression and quote in its document, verbatim. No score is asserted here: the sets measure the
extractor, they do not tune it (see the README.md of each folder)."""

from __future__ import annotations

import importlib.util
import json
import re
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

DATA = Path(__file__).resolve().parents[1] / "data"
SCORE_PY = Path(__file__).resolve().parents[3] / "shared" / "eval" / "score.py"
# Folder -> shortest document allowed: the first set holds openings of long texts, the second
# also whole short pages (a record of decisions, a treaty database entry); the third holds
# Regional Conference on Migration texts only, openings and whole short pages; the fourth
# (heldout3) intergovernmental texts again, regional migration processes among them; the fifth
# (heldout4) half Spanish, half English, again with regional migration processes and traps; the
# sixth (heldout5) half Spanish, half English, from other bodies and pages, with traps; the seventh
# (heldout6) likewise, mostly from bodies the earlier sets did not draw on; the eighth (heldout7)
# openings of outcome texts (decisions, resolutions, declarations, communiqués, records) of other
# bodies; the ninth (heldout8) new documents written in the genre of the Regional Conference on
# Migration's conclusions; the tenth (heldout9) openings of outcome texts of other bodies; the
# eleventh (heldout10) outcome texts of other bodies again; the twelfth (heldout11) outcome texts
# of other bodies; the thirteenth (heldout12) outcome texts of regional and migration bodies;
# heldout13 to heldout17 are described in their READMEs; heldout18 holds openings of outcome
# texts of bodies of other continents and global bodies, heldout19 of Latin American,
# Caribbean and Ibero-American bodies, heldout20 and heldout21 formal outcome texts of bodies
# of any region, heldout22 openings of outcome texts and meeting pages of bodies no earlier set
# draws on, heldout23 formal outcome texts of such bodies, heldout24 openings of Latin American,
# Caribbean and Ibero-American sectoral bodies' texts (mostly Spanish), heldout25 texts of
# regional consultative processes on migration and of migration bodies, heldout26 texts of
# governing bodies of global funds, UN bodies and other organisations no earlier set draws on,
# heldout27 texts of Latin American, Caribbean and Ibero-American bodies and networks no earlier
# set draws on, mostly Spanish, heldout28 formal outcome texts with numbered operative paragraphs
# of bodies no earlier set draws on, heldout29 working documents of secretariats (notices, calls,
# calendars) of bodies no earlier set draws on, heldout30 openings of outcome texts and convening
# notices of bodies that hold regular sessions (treaty bodies, boards, commissions, sectoral
# conferences) no earlier set draws on, heldout31 formal outcome texts, releases and records of
# councils, committees and meetings of States parties no earlier set draws on, heldout32 texts of
# Latin American, Central American, Ibero-American, Caribbean and inter-American bodies and
# ministerial meetings no earlier set draws on, heldout33 outcome texts, releases and notices of
# river-basin commissions, development banks, interparliamentary assemblies, health, education,
# statistics and regulators' networks no earlier set draws on, heldout34 resolutions, agendas,
# notices and releases of treaty committees, councils, binational commissions and fisheries
# commissions no earlier set draws on, heldout35 texts of the CRM and its networks not yet in the
# repository and of other migration and consular bodies no earlier set draws on, heldout36 calls,
# convening notes and meeting reports with dated tasks of Ibero-American programmes and of AEWA's
# committees, which no earlier set draws on, heldout37 releases, records and communiqués of
# sectoral councils and conferences of ministers (health, education, labour, security, disaster
# risk) no earlier set draws on, heldout38 records of decisions, calendars and
# communiqués of boards, committees and ministerial meetings (regional seas, river basins,
# fisheries, metrology, police and health bodies) no earlier set draws on, heldout39
# declarations, communiqués and ministerial statements of summits and trade negotiations no
# earlier set draws on (most of its items the FTAA's), heldout40 decisions,
# reports and notices of meetings of the parties, committees and secretariats of treaties no
# earlier set draws on, heldout41 notes, notices and releases of Latin American and Caribbean
# sectoral bodies and networks (statistics, telecommunications, water, road safety, electoral
# bodies) no earlier set draws on, heldout42 communiqués, statements and notices of European,
# Asian, Arab and African regional bodies no earlier set draws on, heldout43 statements,
# releases and declarations of the G8, OPEC, export-control regimes and Argentine-Chilean
# mechanisms no earlier set draws on, heldout44 minutes, statements
# and releases of border, migration and refugee repatriation commissions no earlier set draws on,
# heldout45 declarations and communiqués of cross-regional and regional summits and ministerial
# meetings no earlier set draws on, heldout46 notices, decisions and releases of the governing
# bodies of specialised and technical organisations no earlier set draws on, heldout47 notices,
# declarations and releases of European, Eurasian, Mediterranean and Asian regional bodies no
# earlier set draws on, heldout48 notes, actas and releases of Latin American and Caribbean
# regional councils, networks of public institutions and binational commissions no earlier set
# draws on, heldout49 Spanish texts of bilateral mixed commissions, binational cabinets and
# cooperation funds no earlier set draws on, heldout50 texts of African, Asian and Oceanian
# bodies no earlier set draws on, heldout51 formal outcome texts and releases of bodies no earlier
# set draws on (disaster risk reduction platforms, treaty bodies, GEO, IACA, IOFS, CLCS, NAMMCO),
# heldout52 texts of migration-adjacent bodies (civil registration,
# diaspora and consular networks, labour mobility, displacement, trafficking) no earlier set
# draws on, heldout53 texts of regional organisations, networks of national agencies and
# scientific councils no earlier set draws on (OPANAL, AMERIPOL, RIPD, PROSUR, ICES, PICES,
# CARPHA, the Egmont Group), heldout54 texts of inter-American, African, Asian and global
# networks, funds and commissions and of two binational summits no earlier set draws on (CIAO,
# CEA, ARCAL, FONTAGRO, ICN, ATAF, CAREC, AFI, ESAAMLG, GPA).
SETS = {
    "heldout": 1500,
    "heldout2": 400,
    "heldout-crm": 400,
    "heldout3": 400,
    "heldout4": 400,
    "heldout5": 400,
    "heldout6": 400,
    "heldout7": 400,
    "heldout8": 400,
    "heldout9": 400,
    "heldout10": 400,
    "heldout11": 400,
    "heldout12": 400,
    "heldout13": 400,
    "heldout14": 400,
    "heldout15": 400,
    "heldout16": 400,
    "heldout17": 400,
    "heldout18": 400,
    "heldout19": 400,
    "heldout20": 400,
    "heldout21": 400,
    "heldout22": 400,
    "heldout23": 400,
    "heldout24": 400,
    "heldout25": 400,
    "heldout26": 400,
    "heldout27": 400,
    "heldout28": 400,
    "heldout29": 400,
    "heldout30": 400,
    "heldout31": 400,
    "heldout32": 400,
    "heldout33": 400,
    "heldout34": 400,
    "heldout35": 400,
    "heldout36": 400,
    "heldout37": 400,
    "heldout38": 400,
    "heldout39": 400,
    "heldout40": 400,
    "heldout41": 400,
    "heldout42": 400,
    "heldout43": 400,
    "heldout44": 400,
    "heldout45": 400,
    "heldout46": 400,
    "heldout47": 400,
    "heldout48": 400,
    "heldout49": 400,
    "heldout50": 400,
    "heldout51": 400,
    "heldout52": 400,
    "heldout53": 400,
    "heldout54": 400,
}
GOLD_FILES = [path for name in SETS for path in sorted((DATA / name / "gold").glob("*.gold.json"))]

KINDS = {"deadline", "event"}
PRECISIONS = {"day", "week", "month", "quarter", "semester", "year", "vague"}
ITEM_KEYS = {"date_text", "kind", "start", "end", "precision", "quote", "ref", "what", "who"}


def _scorer() -> ModuleType:
    if not SCORE_PY.is_file():
        pytest.skip("no ../shared/eval/score.py beside the repository")
    spec = importlib.util.spec_from_file_location("heldout_score", SCORE_PY)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _day(value: Any) -> date:
    assert isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value), value
    return date.fromisoformat(value)


def _set_dir(path: Path) -> Path:
    return path.parent.parent


def _document(path: Path, gold: dict[str, Any]) -> str:
    doc = _set_dir(path) / "docs" / gold["doc"]
    assert doc.is_file(), f"no document {gold['doc']}"
    return doc.read_text(encoding="utf-8")


def _id(path: Path) -> str:
    return f"{_set_dir(path).name}/{path.name.removesuffix('.gold.json')}"


@pytest.mark.parametrize("name", sorted(SETS))
def test_every_document_has_gold_and_a_source(name: str) -> None:
    folder = DATA / name
    gold_files = sorted((folder / "gold").glob("*.gold.json"))
    docs = sorted(p.stem for p in (folder / "docs").glob("*.txt"))
    golds = sorted(p.name.removesuffix(".gold.json") for p in gold_files)
    assert docs == golds
    assert len(docs) >= 8
    sources = (folder / "SOURCES.md").read_text(encoding="utf-8")
    for path in gold_files:
        gold = json.loads(path.read_text(encoding="utf-8"))
        assert gold["doc"] in sources
        assert gold["source"] in sources


@pytest.mark.parametrize("path", GOLD_FILES, ids=_id)
def test_gold_file_follows_the_schema(path: Path) -> None:
    gold = json.loads(path.read_text(encoding="utf-8"))
    assert gold["doc"] == path.name.removesuffix(".gold.json") + ".txt"
    assert gold["lang"] in {"es", "en"}
    assert isinstance(gold["source"], str) and gold["source"].startswith("http")
    assert SETS[_set_dir(path).name] <= len(_document(path, gold)) <= 6000
    meeting = gold["meeting"]
    if meeting is not None:
        assert {"body", "start", "end", "place"} <= meeting.keys()
        if meeting["start"] is not None:
            assert _day(meeting["start"]) <= _day(meeting["end"])
    for item in gold["items"]:
        assert item.keys() >= ITEM_KEYS, ITEM_KEYS - item.keys()
        assert item["kind"] in KINDS
        assert item["precision"] in PRECISIONS
        end = _day(item["end"])
        if item["start"] is not None:
            assert _day(item["start"]) <= end, item["date_text"]
        if item["kind"] == "deadline" and item["precision"] == "day":
            assert item["start"] is None, item["date_text"]
        if meeting is None:
            _day(item["ref_date"])
        assert isinstance(item["who"], list)
        assert all(isinstance(actor, str) and actor for actor in item["who"])
        assert isinstance(item.get("confirm", False), bool)
    for entry in gold["undated"]:
        assert {"quote", "anchor", "who", "ref"} <= entry.keys()


@pytest.mark.parametrize("path", GOLD_FILES, ids=_id)
def test_gold_text_is_verbatim_in_its_document(path: Path) -> None:
    score = _scorer()
    gold = json.loads(path.read_text(encoding="utf-8"))
    text = score.norm(_document(path, gold))
    taken: list[tuple[int, int] | None] = []
    for item in gold["items"]:
        quote = score.norm(item["quote"])
        assert quote in text, f"quote not in document: {item['quote'][:60]!r}"
        span = score.locate(text, item["date_text"], item["quote"], taken)
        assert span is not None, f"date_text not in document: {item['date_text']!r}"
        starts = score.find_all(text, quote)
        assert any(q <= span[0] and span[1] <= q + len(quote) for q in starts), item["date_text"]
        assert span not in taken, f"two gold items on one span: {item['date_text']!r}"
        taken.append(span)
    for entry in gold["undated"]:
        assert score.norm(entry["quote"]) in text, entry["quote"][:60]
