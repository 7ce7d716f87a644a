-- Version 14: the roll-ups keep names as small integer codes (name_code), so that an import writes
-- and sums integers: rows a quarter of the size, and the fine roll-up no longer a second ticket table
-- on disk. Code 0 is the blank name ('' = a dimension not given). Names are kept exactly as
-- stored (binary comparison): spellings that differ in case or width get their own codes.
CREATE TABLE name_code (
    code INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);

INSERT INTO name_code (code, name) VALUES (0, '');

INSERT INTO name_code (name)
SELECT name FROM (
    SELECT district AS name FROM rollup_complaint
    UNION SELECT category FROM rollup_complaint
    UNION SELECT problem FROM rollup_complaint
    UNION SELECT channel FROM rollup_complaint
    UNION SELECT escalation_channel FROM rollup_complaint
    UNION SELECT service_center FROM rollup_closure
    UNION SELECT district FROM rollup_closure
    UNION SELECT category FROM rollup_closure
) AS names
WHERE name <> ''
ORDER BY name;

CREATE TABLE rollup_complaint_coded (
    day             TEXT NOT NULL,
    district_code   INTEGER NOT NULL,
    category_code   INTEGER NOT NULL,
    problem_code    INTEGER NOT NULL,
    channel_code    INTEGER NOT NULL,
    escalation_code INTEGER NOT NULL,
    tickets         INTEGER NOT NULL,
    repeats         INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (day, district_code, category_code, problem_code, channel_code, escalation_code)
) WITHOUT ROWID;

INSERT INTO rollup_complaint_coded
SELECT r.day, d.code, c.code, p.code, ch.code, e.code, r.tickets, r.repeats
FROM rollup_complaint r
JOIN name_code d ON d.name = r.district JOIN name_code c ON c.name = r.category
JOIN name_code p ON p.name = r.problem JOIN name_code ch ON ch.name = r.channel
JOIN name_code e ON e.name = r.escalation_channel;

CREATE TABLE rollup_closure_coded (
    day             TEXT NOT NULL,
    district_code   INTEGER NOT NULL,
    center_code     INTEGER NOT NULL,
    category_code   INTEGER NOT NULL,
    resolved_first  INTEGER NOT NULL,
    flag_known      INTEGER NOT NULL,
    PRIMARY KEY (day, district_code, center_code, category_code)
) WITHOUT ROWID;

INSERT INTO rollup_closure_coded
SELECT r.day, d.code, s.code, c.code, r.resolved_first, r.flag_known
FROM rollup_closure r
JOIN name_code d ON d.name = r.district JOIN name_code s ON s.name = r.service_center
JOIN name_code c ON c.name = r.category;

DROP TABLE rollup_complaint;
DROP TABLE rollup_closure;
DROP TABLE rollup_category_day;
DROP TABLE rollup_escalation_day;
DROP TABLE rollup_problem_month;
DROP TABLE rollup_closure_day;

ALTER TABLE rollup_complaint_coded RENAME TO rollup_complaint;
ALTER TABLE rollup_closure_coded RENAME TO rollup_closure;

CREATE TABLE rollup_category_day (
    day           TEXT NOT NULL,
    district_code INTEGER NOT NULL,
    category_code INTEGER NOT NULL,
    tickets       INTEGER NOT NULL,
    repeats       INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (day, district_code, category_code)
) WITHOUT ROWID;

CREATE TABLE rollup_escalation_day (
    day             TEXT NOT NULL,
    district_code   INTEGER NOT NULL,
    category_code   INTEGER NOT NULL,
    escalation_code INTEGER NOT NULL,
    tickets         INTEGER NOT NULL,
    PRIMARY KEY (day, district_code, category_code, escalation_code)
) WITHOUT ROWID;

CREATE TABLE rollup_problem_month (
    month         TEXT NOT NULL,
    district_code INTEGER NOT NULL,
    category_code INTEGER NOT NULL,
    problem_code  INTEGER NOT NULL,
    tickets       INTEGER NOT NULL,
    PRIMARY KEY (month, district_code, category_code, problem_code)
) WITHOUT ROWID;

CREATE TABLE rollup_closure_day (
    day            TEXT NOT NULL,
    district_code  INTEGER NOT NULL,
    category_code  INTEGER NOT NULL,
    resolved_first INTEGER NOT NULL,
    flag_known     INTEGER NOT NULL,
    PRIMARY KEY (day, district_code, category_code)
) WITHOUT ROWID;

INSERT INTO rollup_category_day (day, district_code, category_code, tickets, repeats)
SELECT day, district_code, category_code, sum(tickets), sum(repeats) FROM rollup_complaint GROUP BY 1, 2, 3;

INSERT INTO rollup_escalation_day (day, district_code, category_code, escalation_code, tickets)
SELECT day, district_code, category_code, escalation_code, sum(tickets) FROM rollup_complaint
WHERE escalation_code <> 0 GROUP BY 1, 2, 3, 4;

INSERT INTO rollup_problem_month (month, district_code, category_code, problem_code, tickets)
SELECT substr(day, 1, 7), district_code, category_code, problem_code, sum(tickets) FROM rollup_complaint GROUP BY 1, 2, 3, 4;

INSERT INTO rollup_closure_day (day, district_code, category_code, resolved_first, flag_known)
SELECT day, district_code, category_code, sum(resolved_first), sum(flag_known) FROM rollup_closure GROUP BY 1, 2, 3;
