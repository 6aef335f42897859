-- "API app" became "client app" in the developer portal.

ALTER TABLE partner_api.api_apps RENAME TO client_apps;
ALTER TABLE partner_api.client_apps RENAME COLUMN app_name TO display_name;
ALTER TABLE partner_api.client_apps ADD COLUMN webhook_url text, ADD COLUMN is_verified boolean NOT NULL DEFAULT false;
