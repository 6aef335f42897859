-- Nobody has sent a fax since 2009.

ALTER TABLE partner_api.developers DROP COLUMN fax;
