-- Version 7: escalations get their own sparse daily roll-up, so that the category roll-up
-- saturates (district × category per day) at any volume; districts seen on tickets join the
-- district list at import, so listing them never scans tickets or roll-ups.

DROP TABLE rollup_category_day;

CREATE TABLE rollup_category_day (
    day      TEXT NOT NULL,
    district TEXT NOT NULL,
    category TEXT NOT NULL,
    tickets  INTEGER NOT NULL,
    PRIMARY KEY (day, district, category)
) WITHOUT ROWID;

CREATE TABLE rollup_escalation_day (
    day                TEXT NOT NULL,
    district           TEXT NOT NULL,
    category           TEXT NOT NULL,
    escalation_channel TEXT NOT NULL,
    tickets            INTEGER NOT NULL,
    PRIMARY KEY (day, district, category, escalation_channel)
) WITHOUT ROWID;

INSERT INTO rollup_category_day (day, district, category, tickets)
SELECT day, district, category, sum(tickets) FROM rollup_complaint GROUP BY 1, 2, 3;

INSERT INTO rollup_escalation_day (day, district, category, escalation_channel, tickets)
SELECT day, district, category, escalation_channel, sum(tickets) FROM rollup_complaint
WHERE escalation_channel <> '' GROUP BY 1, 2, 3, 4;

INSERT OR IGNORE INTO district (name, sort_order) SELECT DISTINCT district, 1000000 FROM ticket;
