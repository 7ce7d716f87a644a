-- Version 19: a ticket's kind and status as small numbers instead of words — 'complaint' and 'closed'
-- were 15 of a row's ~140 bytes, bound as text at every import — while SQLite keeps 0 and 1 in the
-- record header alone. kind: 0 complaint, 1 consultation, 2 suggestion, 3 praise, 4 report, 5 other;
-- status: 0 open, 1 closed. The view `ticket` shows the words as before. Rows keep their rowid.
CREATE TABLE ticket_row_v19 (
    ticket_id              TEXT NOT NULL UNIQUE,
    created_at             INTEGER NOT NULL,
    closed_at              INTEGER,
    district_code          INTEGER NOT NULL,
    center_code            INTEGER,
    kind                   INTEGER NOT NULL DEFAULT 0 CHECK (kind BETWEEN 0 AND 5),
    kind_raw_code          INTEGER,
    category_code          INTEGER,
    problem_code           INTEGER,
    channel_code           INTEGER,
    escalation_code        INTEGER,
    first_contact_resolved INTEGER CHECK (first_contact_resolved IN (0, 1)),
    status                 INTEGER NOT NULL CHECK (status IN (0, 1)),
    status_raw_code        INTEGER,
    owner_code             INTEGER,
    subscriber             TEXT,
    satisfaction           REAL,
    description            TEXT,
    first_run_id           INTEGER REFERENCES sync_run (id),
    last_run_id            INTEGER REFERENCES sync_run (id),
    is_repeat              INTEGER NOT NULL DEFAULT 0 CHECK (is_repeat IN (0, 1)),
    source_sheet_code      INTEGER,
    source_row             INTEGER
);

INSERT INTO ticket_row_v19 (rowid, ticket_id, created_at, closed_at, district_code, center_code, kind, kind_raw_code,
                            category_code, problem_code, channel_code, escalation_code, first_contact_resolved, status,
                            status_raw_code, owner_code, subscriber, satisfaction, description, first_run_id,
                            last_run_id, is_repeat, source_sheet_code, source_row)
SELECT rowid, ticket_id, created_at, closed_at, district_code, center_code,
       CASE kind WHEN 'complaint' THEN 0 WHEN 'consultation' THEN 1 WHEN 'suggestion' THEN 2 WHEN 'praise' THEN 3
                 WHEN 'report' THEN 4 ELSE 5 END,
       kind_raw_code, category_code, problem_code, channel_code, escalation_code, first_contact_resolved,
       CASE status WHEN 'open' THEN 0 ELSE 1 END,
       status_raw_code, owner_code, subscriber, satisfaction, description, first_run_id, last_run_id, is_repeat,
       source_sheet_code, source_row
FROM ticket_row
ORDER BY rowid;

DROP VIEW ticket;
DROP TABLE ticket_row;
ALTER TABLE ticket_row_v19 RENAME TO ticket_row;
CREATE INDEX ticket_row_created ON ticket_row (created_at);

CREATE VIEW ticket AS
SELECT t.ticket_id,
       datetime(t.created_at, 'unixepoch') AS created_at,
       datetime(t.closed_at, 'unixepoch') AS closed_at,
       (SELECT name FROM name_code WHERE code = t.district_code) AS district,
       (SELECT name FROM name_code WHERE code = t.center_code) AS service_center,
       CASE t.kind WHEN 0 THEN 'complaint' WHEN 1 THEN 'consultation' WHEN 2 THEN 'suggestion' WHEN 3 THEN 'praise'
                   WHEN 4 THEN 'report' ELSE 'other' END AS kind,
       (SELECT name FROM name_code WHERE code = t.kind_raw_code) AS kind_raw,
       (SELECT name FROM name_code WHERE code = t.category_code) AS category,
       (SELECT name FROM name_code WHERE code = t.problem_code) AS problem,
       (SELECT name FROM name_code WHERE code = t.channel_code) AS channel,
       (SELECT name FROM name_code WHERE code = t.escalation_code) AS escalation_channel,
       t.first_contact_resolved,
       CASE t.status WHEN 0 THEN 'open' ELSE 'closed' END AS status,
       (SELECT name FROM name_code WHERE code = t.status_raw_code) AS status_raw,
       (SELECT name FROM name_code WHERE code = t.owner_code) AS owner,
       t.subscriber, t.satisfaction, t.description, t.first_run_id, t.last_run_id, t.is_repeat,
       (SELECT name FROM name_code WHERE code = t.source_sheet_code) AS source_sheet,
       t.source_row
FROM ticket_row t;
