-- Align naming with the main schema.

ALTER TABLE partner_api.developers RENAME COLUMN mail TO email_address;
