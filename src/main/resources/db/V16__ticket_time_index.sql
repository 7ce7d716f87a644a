-- Version 16: the tickets are indexed by creation time, and complaint_contact goes. The repeat
-- flags read the complaints of a window through this index (kept in order by exports that come in
-- time order, so it is appended to), the checklist and the ticket list read a period through it. The
-- contacts table held the same facts again, keyed by a text time: 50 bytes a complaint.
CREATE INDEX ticket_row_created ON ticket_row (created_at);

DROP TABLE complaint_contact;
