"""The local database's schema, as numbered migrations (``PRAGMA user_version`` says which ran).

Never edit a migration that has shipped: add the next one. Migration N is ``MIGRATIONS[N - 1]``.
"""

from __future__ import annotations

from collections.abc import Callable
from sqlite3 import Connection
from typing import Final

from register.store.audit import chain_existing

APPLICATION_ID: Final = 0x52454731  # "REG1": marks the file as a register database

Step = str | Callable[[Connection], None]
"""A migration step: an SQL statement, or a function of the connection (for what SQL alone cannot do)."""


def sale_records(conn: Connection) -> None:
    """Schema 5: each sale, refund and cash movement as its typed record, parsed from the wire body it was stored
    as by the outbox's edge (the one module that reads wire bodies), into the new table ``sales_v5``."""
    from register.services.wire_bodies import stored_record
    from register.store.records import dumps, loads

    rows = conn.execute("SELECT local_id, receipt_id, session_local_id, kind, created_at, body, cashier "
                        "FROM sales").fetchall()
    for local_id, receipt_id, session, kind, created_at, body, cashier in rows:
        record = stored_record(kind, loads(body), local_id=local_id, created_at=created_at, cashier=cashier or "",
                               session_local_id=session or "")
        conn.execute("INSERT INTO sales_v5 (local_id, receipt_id, session_local_id, kind, created_at, cashier, "
                     "record) VALUES (?, ?, ?, ?, ?, ?, ?)",
                     (local_id, receipt_id, session, kind, created_at, cashier, dumps(record)))

MIGRATIONS: Final[list[list[Step]]] = [
    # 1: settings, catalog cache, current cart, local sessions and sales, outbox, audit log
    [
        """CREATE TABLE settings (
               key   TEXT PRIMARY KEY,
               value TEXT NOT NULL                     -- JSON
           ) WITHOUT ROWID""",
        """CREATE TABLE catalog (
               kind       TEXT NOT NULL,               -- outlet, station, category, product, variant, …
               id         TEXT NOT NULL,               -- the server's id
               body       TEXT NOT NULL,               -- the record as the API returned it (JSON)
               synced_at  TEXT NOT NULL,
               PRIMARY KEY (kind, id)
           ) WITHOUT ROWID""",
        """CREATE TABLE carts (
               slot      TEXT PRIMARY KEY,             -- 'current', or a parked cart's local id
               body      TEXT NOT NULL,                -- the cart snapshot (JSON)
               note      TEXT,
               saved_at  TEXT NOT NULL
           ) WITHOUT ROWID""",
        """CREATE TABLE sessions (
               local_id    TEXT PRIMARY KEY,
               number      TEXT NOT NULL UNIQUE,       -- S-<station>-<date>-<n>
               station_id  TEXT NOT NULL,
               opened_at   TEXT NOT NULL,
               closed_at   TEXT,
               body        TEXT NOT NULL               -- the session as posted (JSON), plus local figures
           ) WITHOUT ROWID""",
        """CREATE TABLE sales (
               local_id          TEXT PRIMARY KEY,
               receipt_id        TEXT NOT NULL UNIQUE,
               session_local_id  TEXT REFERENCES sessions(local_id),
               kind              TEXT NOT NULL,        -- order, refund
               created_at        TEXT NOT NULL,
               body              TEXT NOT NULL         -- the order or refund body as posted (JSON)
           ) WITHOUT ROWID""",
        "CREATE INDEX sales_by_session ON sales(session_local_id, created_at)",
        """CREATE TABLE outbox (
               seq              INTEGER PRIMARY KEY AUTOINCREMENT,   -- posting order
               local_id         TEXT NOT NULL UNIQUE,  -- the record's client-made id
               kind             TEXT NOT NULL,         -- session.create, order.create, …
               body             TEXT NOT NULL,         -- request body (JSON), money as strings
               refs             TEXT NOT NULL DEFAULT '{}',  -- {body field: local_id whose server id fills it}
               target           TEXT,                  -- for updates: local_id of the record updated
               idempotency_key  TEXT NOT NULL UNIQUE,  -- sent on every attempt, across restarts
               state            TEXT NOT NULL DEFAULT 'pending'
                                CHECK (state IN ('pending', 'in_flight', 'done', 'attention')),
               attempts         INTEGER NOT NULL DEFAULT 0,
               next_attempt_at  REAL NOT NULL DEFAULT 0,  -- unix time
               last_error       TEXT,
               server_id        TEXT,
               response         TEXT,                  -- the server's record once done (JSON)
               created_at       TEXT NOT NULL,
               updated_at       TEXT NOT NULL
           )""",
        "CREATE INDEX outbox_by_state ON outbox(state, seq)",
        """CREATE TABLE audit (
               id       INTEGER PRIMARY KEY AUTOINCREMENT,
               at       TEXT NOT NULL,
               actor    TEXT,                          -- cashier or manager name, or 'system'
               action   TEXT NOT NULL,                 -- sale, void, drawer_open, discount, override, …
               subject  TEXT,                          -- what it was about (a receipt id, a session number)
               detail   TEXT NOT NULL DEFAULT '{}'     -- JSON
           )""",
        "CREATE INDEX audit_by_action ON audit(action, at)",
    ],
    # 2: cashiers (sign in by name and PIN; PINs stored as scrypt hashes)
    [
        """CREATE TABLE cashiers (
               name        TEXT PRIMARY KEY COLLATE NOCASE,
               role        TEXT NOT NULL CHECK (role IN ('cashier', 'manager')),
               pin_hash    TEXT NOT NULL,                -- scrypt$n$r$p$salt$hash (hex)
               active      INTEGER NOT NULL DEFAULT 1,
               created_at  TEXT NOT NULL
           ) WITHOUT ROWID""",
    ],
    # 3: exactly once without the server's help. Per outbox entry: when it was last sent, whether that
    # request may still be on its way, where the station's records sat in the server's list when it was
    # first sent (the look-up reads from there), and why it needs a person (refused by the server, or
    # unconfirmed: its answer was lost and the API offers no way to find it). Records left out of a list
    # because they broke the contract; creates to check for a late duplicate; a stable id per cashier
    # (the API's "employee" is an id, not a name), and the cashier's name beside a sale (for its receipt).
    [
        "ALTER TABLE outbox ADD COLUMN last_sent_at REAL",
        "ALTER TABLE outbox ADD COLUMN in_transit INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE outbox ADD COLUMN tail_skip INTEGER",
        "ALTER TABLE outbox ADD COLUMN problem TEXT CHECK (problem IN ('refused', 'unconfirmed'))",
        """CREATE TABLE set_aside (
               path       TEXT NOT NULL,               -- the list (/v1/api/products)
               key        TEXT NOT NULL,               -- the record's id, or #position without one
               position   INTEGER NOT NULL,
               problem    TEXT NOT NULL,
               seen_at    TEXT NOT NULL,
               PRIMARY KEY (path, key)
           ) WITHOUT ROWID""",
        """CREATE TABLE watch (
               local_id   TEXT PRIMARY KEY REFERENCES outbox(local_id),
               until      REAL NOT NULL,               -- unix time after which no late original can land
               tail_skip  INTEGER
           ) WITHOUT ROWID""",
        "ALTER TABLE cashiers ADD COLUMN id TEXT",
        "UPDATE cashiers SET id = lower(hex(randomblob(12))) WHERE id IS NULL",
        "ALTER TABLE sales ADD COLUMN cashier TEXT",  # who rang it up (a name, for receipts)
    ],
    # 4: policy behind one front door. Wrong PINs counted in the database (a restart does not clear a
    # lockout); the audit log hash-chained and append-only (triggers); each person's blind counts of a
    # session, committed before any expected figure is shown.
    [
        """CREATE TABLE pin_failures (
               name    TEXT PRIMARY KEY COLLATE NOCASE,
               count   INTEGER NOT NULL,
               since   REAL NOT NULL                    -- unix time of the first failure of the run
           ) WITHOUT ROWID""",
        "ALTER TABLE audit ADD COLUMN prev_hash TEXT",
        "ALTER TABLE audit ADD COLUMN hash TEXT",
        chain_existing,
        """CREATE TABLE session_counts (
               session_local_id  TEXT NOT NULL REFERENCES sessions(local_id),
               n                 INTEGER NOT NULL,      -- 1 for the blind count, 2… for recounts
               counted           TEXT NOT NULL,         -- {method: amount} (JSON, decimal strings)
               counted_by        TEXT NOT NULL,
               approved_by       TEXT,                  -- the manager who approved a recount
               at                TEXT NOT NULL,
               PRIMARY KEY (session_local_id, n)
           ) WITHOUT ROWID""",
    ],
    # 5: one typed sale record. A sale, a refund or a cash movement is kept as the register's own record
    # (register.services.sale_record), not as the wire body it was posted with: the outbox keeps what it sends.
    [
        """CREATE TABLE sales_v5 (
               local_id          TEXT PRIMARY KEY,
               receipt_id        TEXT NOT NULL UNIQUE,
               session_local_id  TEXT REFERENCES sessions(local_id),
               kind              TEXT NOT NULL,        -- order, refund, cash_in, cash_out
               created_at        TEXT NOT NULL,
               cashier           TEXT,                 -- who rang it up (a name, for receipts)
               record            TEXT NOT NULL         -- the typed record (JSON, money as strings)
           ) WITHOUT ROWID""",
        sale_records,
        "DROP TABLE sales",
        "ALTER TABLE sales_v5 RENAME TO sales",
        "CREATE INDEX sales_by_session ON sales(session_local_id, created_at)",
    ],
]
