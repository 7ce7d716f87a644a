-- Rectify store, version 1: tickets, reference data, settings, sync log, quarantine.
-- Times are ISO text 'yyyy-MM-dd HH:mm:ss' so that text order is time order.

CREATE TABLE sync_run (
    id            INTEGER PRIMARY KEY,
    file_name     TEXT NOT NULL,
    file_path     TEXT NOT NULL,
    content_hash  TEXT NOT NULL,
    profile       TEXT,
    started_at    TEXT NOT NULL,
    finished_at   TEXT,
    status        TEXT NOT NULL CHECK (status IN ('running', 'done', 'refused', 'failed', 'cancelled', 'skipped')),
    rows_read     INTEGER NOT NULL DEFAULT 0,
    rows_inserted INTEGER NOT NULL DEFAULT 0,
    rows_updated  INTEGER NOT NULL DEFAULT 0,
    rows_unchanged INTEGER NOT NULL DEFAULT 0,
    rows_rejected INTEGER NOT NULL DEFAULT 0,
    message       TEXT
);

CREATE TABLE ticket (
    ticket_id              TEXT NOT NULL UNIQUE,
    created_at             TEXT NOT NULL,
    closed_at              TEXT,
    district               TEXT NOT NULL,
    service_center         TEXT,
    kind                   TEXT NOT NULL DEFAULT 'complaint',
    kind_raw               TEXT,
    category               TEXT,
    problem                TEXT,
    channel                TEXT,
    escalation_channel     TEXT,
    first_contact_resolved INTEGER CHECK (first_contact_resolved IN (0, 1)),
    status                 TEXT NOT NULL CHECK (status IN ('open', 'closed')),
    status_raw             TEXT,
    owner                  TEXT,
    subscriber             TEXT,
    satisfaction           REAL,
    description            TEXT,
    first_run_id           INTEGER REFERENCES sync_run (id),
    last_run_id            INTEGER REFERENCES sync_run (id)
);

CREATE TABLE rejected_row (
    id          INTEGER PRIMARY KEY,
    run_id      INTEGER NOT NULL REFERENCES sync_run (id),
    file_name   TEXT NOT NULL,
    sheet       TEXT,
    row_number  INTEGER NOT NULL,
    column_name TEXT,
    reason      TEXT NOT NULL,
    raw_values  TEXT NOT NULL
);

CREATE TABLE district (
    name       TEXT PRIMARY KEY,
    sort_order INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE subscriber_count (
    month       TEXT NOT NULL,
    district    TEXT NOT NULL REFERENCES district (name),
    subscribers INTEGER NOT NULL CHECK (subscribers >= 0),
    PRIMARY KEY (month, district)
) WITHOUT ROWID;

CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE category_role (
    category TEXT PRIMARY KEY,
    role     TEXT NOT NULL CHECK (role IN ('billing_dispute', 'install_repair', 'channel_service'))
);

CREATE TABLE escalation_group (
    channel    TEXT NOT NULL,
    group_name TEXT NOT NULL CHECK (group_name IN ('major', 'regulator')),
    PRIMARY KEY (channel, group_name)
) WITHOUT ROWID;

CREATE TABLE kpi_target (
    metric TEXT PRIMARY KEY,
    target REAL NOT NULL
);
