-- A waitlist entry may accept another staff member or a compatible service, and remembers the booking page
-- (a path on this server) the customer joined from, so a lapsed offer can lead back to it.
ALTER TABLE waitlist_entry ADD COLUMN any_staff boolean DEFAULT false NOT NULL;
ALTER TABLE waitlist_entry ADD COLUMN compatible_service boolean DEFAULT false NOT NULL;
ALTER TABLE waitlist_entry ADD COLUMN booking_page varchar(500);
