"""Clean edits applied by SQLite itself (``server.clean_edits``) store and answer exactly
what the Python merge path does — the same data, field stamps, authors, versions and
answers — and every edit that is not clean still takes the merge path (issue 6)."""

from __future__ import annotations

import importlib
import json

import pytest

from inspector_desk.domain.ids import new_id
from inspector_desk.sync.server import clean_edits, migrations
from inspector_desk.sync.server.storage_sqlite import SqliteStorage
from tests.sync.test_storage import op


class _Pair:
    """Two SQLite servers fed the same pushes: one with the database path, one without."""

    def __init__(self, tmp_path) -> None:
        self.fast = SqliteStorage(tmp_path / "fast.sqlite")
        self.slow = SqliteStorage(tmp_path / "slow.sqlite")
        self.slow.SQL_CLEAN_EDITS = False
        for s in (self.fast, self.slow):
            s.migrate()
        self.dev = {}  # name → (its Device on fast, on slow): one device id on both
        for name in ("a", "b", "c"):
            did = new_id()
            self.dev[name] = tuple(
                s.authenticate(did, s.enrol(s.issue_token("Қарасу №7", "inspector", "Қарасу"),
                                            did)["secret"]) for s in (self.fast, self.slow))
        self.by_database = 0  # edits the database applied (the path under test)
        apply = self.fast._apply_clean_edits

        def counted(*args):
            done = apply(*args)
            self.by_database += len(done)
            return done

        self.fast._apply_clean_edits = counted

    def push(self, name: str, ops: list[dict]) -> list[dict]:
        fast_dev, slow_dev = self.dev[name]
        got_fast = self.fast.push(fast_dev, [json.loads(json.dumps(o)) for o in ops])
        got_slow = self.slow.push(slow_dev, [json.loads(json.dumps(o)) for o in ops])
        assert _same_precinct(got_fast) == _same_precinct(got_slow)
        assert self.rows(self.fast) == self.rows(self.slow)
        return got_fast

    @staticmethod
    def rows(storage) -> list[tuple]:
        """Every record as stored, JSON parsed (the text may differ in form only)."""
        out = []
        with storage._tx(write=False) as c:
            for (entity, rid, version, at, by, dev, deleted, data, fmeta, bumpers,
                 seq) in c.q("SELECT entity, id, version, updated_at, "
                             "updated_by, device_id, deleted_at, data, fmeta, bumpers, seq "
                             "FROM records WHERE entity = 'persons' "
                             "ORDER BY entity, id"):
                out.append((entity, rid, version, at, by, dev, deleted, json.loads(data),
                            json.loads(fmeta) if fmeta else None,
                            json.loads(bumpers) if bumpers else None, seq > 0))
        return out


def _same_precinct(answers: list[dict]) -> list[dict]:
    """Answers with the precinct's id left out of the records they carry (each server
    made its own precinct)."""
    return [{**a, "record": {**a["record"], "p": None}} if "record" in a else a
            for a in answers]


@pytest.fixture
def pair(tmp_path, monkeypatch):
    monkeypatch.setattr(clean_edits, "MIN_GROUP", 1)  # every clean edit, however few
    return _Pair(tmp_path)


def _hlc(n: int) -> str:
    return f"2026-06-01T10:00:{n:02d}.000Z/0000"


def _person(pair, name="a", **more) -> str:
    rid = new_id()
    pair.push(name, [op(rid, {"last_name": "Омаров", "phone": "+7701", "notes": "", **more},
                        kind="insert", hlc=_hlc(1))])
    return rid


def test_edits_by_the_creator_then_others_store_the_same_authors_and_stamps(pair):
    rid = _person(pair)
    answers = pair.push("a", [op(rid, {"phone": "+7702"}, old={"phone": "+7701"}, base=1,
                                 hlc=_hlc(2))])
    assert answers[0]["status"] == "applied" and answers[0]["version"] == 2
    pair.push("b", [op(rid, {"notes": "жаңа", "phone": None},
                       old={"notes": "", "phone": "+7702"}, base=2, hlc=_hlc(3))])
    pair.push("c", [op(rid, {"flat": 12}, old={}, base=3, hlc=_hlc(4), officer=None)])
    pair.push("b", [op(rid, {"flat": 13}, old={"flat": 12}, base=4, hlc=_hlc(5))])
    assert pair.by_database == 4
    (row,) = [r for r in pair.rows(pair.fast) if r[1] == rid]
    assert row[2] == 5 and row[7]["flat"] == 13 and row[7]["phone"] is None
    assert set(row[9]) == {pair.dev["a"][0].id, pair.dev["b"][0].id, pair.dev["c"][0].id}


def test_edits_that_are_not_clean_take_the_merge_path_and_answer_alike(pair):
    rid = _person(pair)
    sealed = _person(pair, finalized_at="2026-06-01")
    gone = _person(pair)
    pair.push("a", [op(gone, {}, kind="delete", base=1, hlc=_hlc(2))])
    pair.push("b", [op(rid, {"phone": "+7709"}, old={"phone": "+7701"}, base=1, hlc=_hlc(3))])
    answers = pair.push("a", [
        # the same field changed meanwhile: a conflict
        op(rid, {"phone": "+7702"}, old={"phone": "+7701"}, base=1, hlc=_hlc(4)),
        # a finalized record: rejected
        op(sealed, {"notes": "x"}, old={"notes": ""}, base=1, hlc=_hlc(4)),
        # a deleted one: a conflict
        op(gone, {"notes": "x"}, old={"notes": ""}, base=1, hlc=_hlc(4)),
        # a record nobody holds
        op(new_id(), {"notes": "x"}, old={"notes": ""}, base=1, hlc=_hlc(4)),
    ])
    assert [a["status"] for a in answers] == ["conflict", "rejected", "conflict", "applied"]
    assert pair.by_database == 1  # only device B's clean edit
    # another field on an older base merges; the value it already holds changes nothing
    answers = pair.push("a", [
        op(rid, {"notes": "ескі"}, old={"notes": ""}, base=1, hlc=_hlc(5)),
    ])
    assert answers[0]["merged"] is True
    answers = pair.push("a", [op(rid, {"notes": "ескі"}, old={"notes": ""}, base=3,
                                 hlc=_hlc(6))])
    assert answers[0]["status"] == "applied"


def test_a_batch_mixing_new_records_edits_repeats_and_a_resend(pair):
    rid, other = _person(pair), _person(pair)
    fresh = new_id()
    batch = [
        op(fresh, {"last_name": "Жаңа"}, kind="insert", hlc=_hlc(2)),
        op(fresh, {"phone": "1"}, old={}, base=1, hlc=_hlc(3)),  # the new record edited
        op(rid, {"phone": "2"}, old={"phone": "+7701"}, base=1, hlc=_hlc(3)),
        op(rid, {"notes": "3"}, old={"notes": ""}, base=2, hlc=_hlc(4)),  # twice in a batch
        op(other, {"phone": "4", "notes": "бар"}, old={"phone": "+7701", "notes": ""}, base=1,
           hlc=_hlc(3)),
    ]
    first = pair.push("a", batch)
    assert pair.by_database == 1  # the record touched once
    again = pair.push("a", batch)  # the answer was lost: the same batch sent again
    assert all(a["status"] == "duplicate" for a in again)
    assert [a["original"]["version"] for a in again] == [a["version"] for a in first]


def test_only_plain_changed_values_of_a_record_touched_once_are_candidates(monkeypatch):
    monkeypatch.setattr(clean_edits, "MIN_GROUP", 1)
    rid, twice = new_id(), new_id()
    ops = [
        op(rid, {"phone": "1"}, old={"phone": "0"}),
        op(twice, {"phone": "1"}, old={"phone": "0"}),
        op(twice, {"notes": "1"}, old={"notes": "0"}),
        op(new_id(), {"flag": True}, old={"flag": False}),  # a bool: stored as true
        op(new_id(), {"n": 1.5}, old={"n": 1.0}),  # a real
        op(new_id(), {"n": 2 ** 60}, old={"n": 1}),  # beyond what the database compares
        op(new_id(), {"doc": {"a": 1}}, old={}),  # an object
        op(new_id(), {"phone": "1"}, old={"phone": "1"}),  # changes nothing
        op(new_id(), {"deleted_at": None}, old={}),  # brings a record back
        op(new_id(), {"precinct_id": "p"}, old={}),  # moves a record
        op(new_id(), {"phone": "1"}, kind="insert"),
        op(new_id(), {"value": "1"}, old={}, entity="protocol_fields"),  # frozen with parent
        op(new_id(), {"name": "1"}, old={}, entity="register_categories"),  # reference
        op(new_id(), {"notes": "a\x00b"}, old={"notes": ""}),  # NUL: json_extract ends there
        op(new_id(), {"status\n": "b"}, old={}),  # not a field name (the wire refuses it)
        op(new_id(), {f"f{k}": "v" for k in range(clean_edits.MAX_FIELDS + 1)}, old={}),
    ]
    found = clean_edits.candidates(ops, {}, frozenset({"register_categories"}))
    assert found == {0: ("phone",)}
    assert clean_edits.candidates(ops[:1], {ops[0]["op_id"]: None}, frozenset()) == {}


@pytest.mark.parametrize("seed", range(20))
def test_random_pushes_store_and_answer_the_same_with_and_without_it(pair, seed):
    """Three devices edit a few records with bases and old values right and wrong, plain
    and other values, deletes and records brought back, in random batches."""
    import random

    rnd = random.Random(seed)
    rids = [_person(pair) for _ in range(4)]
    seen = {rid: {"version": 1, "fields": {"last_name": "Омаров", "phone": "+7701",
                                           "notes": ""}} for rid in rids}
    values = ["", "a", "б", None, 0, 7, True, 1.5, {"x": 1}]
    for n in range(30):
        batch = []
        for _ in range(rnd.randint(1, 6)):
            rid = rnd.choice(rids)
            known = seen[rid]
            base = known["version"] - rnd.choice((0, 0, 0, 1))
            if rnd.random() < 0.08:
                batch.append(op(rid, {}, kind="delete", base=max(base, 0), hlc=_hlc(n % 60)))
                continue
            fields, old = {}, {}
            for name in rnd.sample(["phone", "notes", "flat", "deleted_at"], rnd.randint(1, 2)):
                if name == "deleted_at":
                    fields[name] = None
                    continue
                fields[name] = rnd.choice(values)
                old[name] = known["fields"].get(name) if rnd.random() < 0.8 else "?"
            batch.append(op(rid, fields, old=old, base=max(base, 0), hlc=_hlc(n % 60),
                            officer=rnd.choice(["o1", "o2", None])))
        answers = pair.push(rnd.choice("abc"), batch)
        for o, answer in zip(batch, answers, strict=True):  # what the device now knows
            record = answer.get("record")
            if record:
                seen[o["id"]] = {"version": record["v"], "fields": dict(record["f"])}
            elif answer.get("status") == "applied":
                seen[o["id"]]["version"] = answer["version"]
                seen[o["id"]]["fields"].update(
                    {k: v for k, v in o["fields"].items() if k != "deleted_at"})
    assert pair.by_database > 0


def test_an_edit_of_many_fields_takes_the_python_path(pair):
    rid = _person(pair)
    answers = pair.push("a", [op(rid, {f"f{k}": "v" for k in range(64)}, old={}, base=1,
                                 hlc=_hlc(2))])
    assert answers[0]["version"] == 2 and pair.by_database == 0


def test_a_stored_object_or_a_text_cut_at_nul_never_passes_for_the_old_value(pair):
    """An object's JSON text, or the part of a text before a NUL, is not the stored value:
    the edit conflicts, as the merge rules say."""
    photo = _person(pair, photo={"$b64": "AAAA"})
    cut = _person(pair, notes="a\x00b")
    answers = pair.push("b", [
        op(photo, {"photo": "x"}, old={"photo": '{"$b64":"AAAA"}'}, base=1, hlc=_hlc(2)),
        op(cut, {"notes": "c"}, old={"notes": "a"}, base=1, hlc=_hlc(2)),
    ])
    assert [a["status"] for a in answers] == ["conflict", "conflict"]
    assert pair.by_database == 0


def test_new_fields_keep_the_order_of_the_op(pair):
    rid = _person(pair)
    pair.push("a", [op(rid, {"zeta": "1", "alpha": "2"}, old={}, base=1, hlc=_hlc(2))])
    (row,) = [r for r in pair.rows(pair.fast) if r[1] == rid]
    assert list(row[7])[-2:] == ["zeta", "alpha"] and pair.by_database == 1


def test_a_field_set_few_ops_share_takes_the_python_path(tmp_path):
    """Each field set is its own statement: for a few ops the Python path is quicker."""
    pair = _Pair(tmp_path)
    rids = [_person(pair) for _ in range(clean_edits.MIN_GROUP + 1)]
    few = [op(rid, {"notes": "x"}, old={"notes": ""}, base=1, hlc=_hlc(2))
           for rid in rids[:2]]
    many = [op(rid, {"phone": "y"}, old={"phone": "+7701"}, base=1, hlc=_hlc(2))
            for rid in rids[2:]] + [op(rids[0], {"phone": "y"}, old={"phone": "+7701"},
                                       base=2, hlc=_hlc(3))]
    pair.push("a", few)
    assert pair.by_database == 0
    pair.push("a", many)
    assert pair.by_database == clean_edits.MIN_GROUP  # (15 + rids[0], each once)


@pytest.mark.parametrize("driver", ["sqlite3", "sqlcipher3.dbapi2"])
def test_each_edit_finds_its_record_by_key_whatever_the_sqlite_version(driver):
    """The rows drive the statement, each finding its record by (entity, id): with the
    entity a constant, SQLite 3.53 (sqlcipher3's, which the server runs on) read every
    record of the entity for each statement instead — 60× slower at 5,000 persons, and
    growing with the precinct. The host's older SQLite is checked too (the statement must
    not depend on the version)."""
    sqlite = importlib.import_module(driver)
    conn = sqlite.connect(":memory:")
    for _, statements in migrations.SQLITE:
        for statement in statements:
            conn.execute(statement)
    names = ("phone", "notes")
    for rows in (3, 2000):
        sql = clean_edits.update_sql("persons", names, rows, 7)
        plan = [r[3] for r in conn.execute(
            f"EXPLAIN QUERY PLAN {sql}", [None] * sql.count("?")).fetchall()]
        lookups = [d for d in plan if "records" in d]
        assert lookups == [
            "SEARCH records USING INDEX sqlite_autoindex_records_1 (entity=? AND id=?)"], plan
