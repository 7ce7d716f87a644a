-- Version 21: the fine roll-up (day × district × category × problem × channel × escalation channel)
-- goes. It did not saturate — about one row for every complaint, a second ticket table — and writing it
-- was a seventh of a 1M import (measured: 6.7 → 5.8 s without it). What only it answered is kept in
-- tables that saturate, and in the tickets' time index for the narrow reads:
--  * rollup_channel_day: complaints by day, receiving channel, category and escalation channel — the
--    channel filter alone or with a category (7 channels: ~28,000 rows over 17 months, whatever the volume);
--  * rollup_channel_problem_month: complaints by month, channel and problem — a channel's TOP;
--  * rollup_problem_week: complaints by ISO week (its Monday), problem, district and category — a week's
--    TOP, the weekly TOP-share trend, the checklist's weekly slices;
--  * the time index of the tickets now carries every code those reads filter or group by, so that a
--    range of days (a channel within a district, the days of a period that fill no week or month) is read
--    from the index alone. Exports in time order append to it.
CREATE TABLE rollup_channel_day (
    day             TEXT NOT NULL,
    channel_code    INTEGER NOT NULL,
    category_code   INTEGER NOT NULL,
    escalation_code INTEGER NOT NULL,
    tickets         INTEGER NOT NULL,
    repeats         INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (day, channel_code, category_code, escalation_code)
) WITHOUT ROWID;
INSERT INTO rollup_channel_day (day, channel_code, category_code, escalation_code, tickets, repeats)
SELECT day, channel_code, category_code, escalation_code, sum(tickets), sum(repeats)
FROM rollup_complaint GROUP BY day, channel_code, category_code, escalation_code;

CREATE TABLE rollup_channel_problem_month (
    month        TEXT NOT NULL,
    channel_code INTEGER NOT NULL,
    problem_code INTEGER NOT NULL,
    tickets      INTEGER NOT NULL,
    PRIMARY KEY (month, channel_code, problem_code)
) WITHOUT ROWID;
INSERT INTO rollup_channel_problem_month (month, channel_code, problem_code, tickets)
SELECT substr(day, 1, 7), channel_code, problem_code, sum(tickets)
FROM rollup_complaint GROUP BY substr(day, 1, 7), channel_code, problem_code;

CREATE TABLE rollup_problem_week (
    week_start    TEXT NOT NULL,
    problem_code  INTEGER NOT NULL,
    district_code INTEGER NOT NULL,
    category_code INTEGER NOT NULL,
    tickets       INTEGER NOT NULL,
    PRIMARY KEY (week_start, problem_code, district_code, category_code)
) WITHOUT ROWID;
INSERT INTO rollup_problem_week (week_start, problem_code, district_code, category_code, tickets)
SELECT date(day, '-' || ((CAST(strftime('%w', day) AS INTEGER) + 6) % 7) || ' days'), problem_code, district_code,
       category_code, sum(tickets)
FROM rollup_complaint GROUP BY 1, 2, 3, 4;

DROP TABLE rollup_complaint;

DROP INDEX ticket_row_created;
CREATE INDEX ticket_row_created ON ticket_row (created_at, kind, district_code, category_code, problem_code, channel_code,
                                               escalation_code);
