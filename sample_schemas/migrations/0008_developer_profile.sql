-- Developer portal profile fields; the request log records the caller's client.

ALTER TABLE partner_api.developers ADD COLUMN github_handle varchar(39);
ALTER TABLE partner_api.developers ADD COLUMN country char(2);
ALTER TABLE partner_api.developers RENAME COLUMN name TO full_name;

ALTER TABLE partner_api.request_log ADD COLUMN user_agent text;

COMMENT ON COLUMN partner_api.developers.github_handle IS 'GitHub login, linked via OAuth';
