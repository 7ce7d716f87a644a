-- Version 6: coarser roll-ups for the dashboards. The fine daily roll-up has almost as many rows
-- as there are complaints (measured: 473k rows for 613k complaints), so queries over it grew with
-- volume. These two saturate: categories per day, problems per month.

CREATE TABLE rollup_category_day (
    day                TEXT NOT NULL,
    district           TEXT NOT NULL,
    category           TEXT NOT NULL,
    escalation_channel TEXT NOT NULL,
    tickets            INTEGER NOT NULL,
    PRIMARY KEY (day, district, category, escalation_channel)
) WITHOUT ROWID;

CREATE TABLE rollup_problem_month (
    month    TEXT NOT NULL,
    district TEXT NOT NULL,
    category TEXT NOT NULL,
    problem  TEXT NOT NULL,
    tickets  INTEGER NOT NULL,
    PRIMARY KEY (month, district, category, problem)
) WITHOUT ROWID;

INSERT INTO rollup_category_day (day, district, category, escalation_channel, tickets)
SELECT day, district, category, escalation_channel, sum(tickets) FROM rollup_complaint GROUP BY 1, 2, 3, 4;

INSERT INTO rollup_problem_month (month, district, category, problem, tickets)
SELECT substr(day, 1, 7), district, category, problem, sum(tickets) FROM rollup_complaint GROUP BY 1, 2, 3, 4;
