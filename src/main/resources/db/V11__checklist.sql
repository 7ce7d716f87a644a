-- Version 11: the weekly rectification checklist (DESIGN section 5). Plain SQL that ports to
-- PostgreSQL as it is (INTEGER PRIMARY KEY becomes an identity column there): no SQLite-only
-- column types, no WITHOUT ROWID, no partial indexes.

CREATE TABLE checklist_item (
    id                INTEGER PRIMARY KEY,
    week              TEXT NOT NULL,          -- the ISO week it was generated or added in, '2014-W10'
    week_start        TEXT NOT NULL,          -- that week's Monday, for ordering and carry-over
    district          TEXT NOT NULL,
    kind              TEXT NOT NULL CHECK (kind IN ('problem', 'ticket', 'manual')),
    rules             TEXT,                   -- why the rules chose it: 'top,rise', 'problem,regulator' ...
    title             TEXT NOT NULL,
    category          TEXT,
    problem           TEXT,
    ticket_id         TEXT,
    subscriber        TEXT,
    baseline          INTEGER,
    target            INTEGER,
    owner             TEXT,
    reviewer          TEXT,
    due               TEXT,
    status            TEXT NOT NULL DEFAULT 'open'
                      CHECK (status IN ('open', 'in_progress', 'awaiting_verification', 'signed_off', 'cannot_fix')),
    cause             TEXT,
    action            TEXT,
    notes             TEXT,
    cannot_fix_reason TEXT,
    done_on           TEXT,                   -- the day it last reached 待验证: effect is judged after it
    closed_on         TEXT,                   -- the day it was signed off or declared cannot fix
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL
);

CREATE INDEX checklist_item_district_week ON checklist_item (district, week_start);
CREATE INDEX checklist_item_ticket ON checklist_item (ticket_id);
-- effect verification reads the roll-up of the slices done items watch
CREATE INDEX checklist_item_slice ON checklist_item (district, category, problem);

CREATE TABLE checklist_history (
    id         INTEGER PRIMARY KEY,
    item_id    INTEGER NOT NULL REFERENCES checklist_item (id),
    changed_at TEXT NOT NULL,
    changed_by TEXT NOT NULL,
    field      TEXT NOT NULL,
    old_value  TEXT,
    new_value  TEXT
);

CREATE INDEX checklist_history_item ON checklist_history (item_id);

CREATE TABLE checklist_evidence (
    id          INTEGER PRIMARY KEY,
    item_id     INTEGER NOT NULL REFERENCES checklist_item (id),
    file_name   TEXT NOT NULL,
    stored_path TEXT NOT NULL,               -- relative to the data folder
    added_at    TEXT NOT NULL,
    added_by    TEXT NOT NULL
);

CREATE TABLE checklist_cause (
    name       TEXT PRIMARY KEY,
    sort_order INTEGER NOT NULL
);

-- Must-analyse rules for ticket items: a category, a problem, regulator escalations, third complaints.
CREATE TABLE checklist_rule (
    rule  TEXT NOT NULL CHECK (rule IN ('category', 'problem', 'regulator', 'third_complaint')),
    value TEXT NOT NULL,
    PRIMARY KEY (rule, value)
);

-- Public holidays and make-up working days (调休); weekends are working days' default complement.
CREATE TABLE calendar_day (
    day  TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('holiday', 'workday')),
    name TEXT NOT NULL
);

INSERT INTO checklist_cause (name, sort_order) VALUES
    ('配线错误', 1), ('线路超长', 2), ('无主干', 3), ('资源不足', 4), ('预约失约', 5),
    ('人员服务', 6), ('系统原因', 7), ('用户原因', 8), ('其他', 99);

INSERT INTO checklist_rule (rule, value) VALUES
    ('problem', '收费后无法装机'),
    ('problem', '资源不足无法装机'),
    ('regulator', 'yes'),
    ('third_complaint', 'yes');

INSERT INTO setting (key, value) VALUES
    ('checklist.top_n', '5'),
    ('checklist.rise_percent', '30'),
    ('checklist.rise_min_tickets', '10'),
    ('checklist.target_reduction_percent', '10'),
    ('checklist.verify_weeks', '2'),
    ('supervision.schedule', '0,2,4');
