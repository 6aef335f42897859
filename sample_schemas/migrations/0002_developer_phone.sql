-- Support asked for a phone number to reach developers during incidents.

ALTER TABLE partner_api.developers ADD COLUMN phone varchar(32);

COMMENT ON COLUMN partner_api.developers.phone IS 'Optional, for incident calls';
