-- Marketing database: newsletter, affiliates and the in-house ad server.

CREATE DATABASE IF NOT EXISTS `marketing` DEFAULT CHARACTER SET utf8mb4;
USE `marketing`;

CREATE TABLE `newsletter_subscribers` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `email` varchar(255) NOT NULL,
  `first_name` varchar(64) DEFAULT NULL COMMENT 'For the greeting line',
  `list_code` varchar(32) NOT NULL DEFAULT 'weekly',
  `subscribed` tinyint(1) NOT NULL DEFAULT '1',
  `confirmed_at` datetime DEFAULT NULL COMMENT 'Double opt-in confirmation',
  `unsub_token` char(32) NOT NULL COMMENT 'Secret in the one-click unsubscribe link',
  `signup_source` varchar(32) DEFAULT NULL COMMENT 'footer | popup | checkout',
  `signup_ip` varchar(45) DEFAULT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_email_list` (`email`,`list_code`),
  KEY `idx_token` (`unsub_token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `affiliate_partners` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `company_name` varchar(128) NOT NULL,
  `contact_email` varchar(255) NOT NULL COMMENT 'Partner company inbox (partners@..., affiliates@...)',
  `contact_phone` varchar(32) DEFAULT NULL COMMENT 'Switchboard number of the partner company',
  `website` varchar(255) DEFAULT NULL,
  `api_key` char(40) NOT NULL COMMENT 'Postback key issued to the partner',
  `revenue_share_pct` decimal(5,2) NOT NULL DEFAULT '30.00',
  `country` char(2) DEFAULT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Ad networks and affiliates (organisations)';

CREATE TABLE `ad_campaigns` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `partner_id` int(10) unsigned DEFAULT NULL,
  `name` varchar(128) NOT NULL,
  `creative_url` varchar(512) NOT NULL,
  `budget_cents` bigint(20) unsigned NOT NULL DEFAULT '0',
  `target_countries` set('US','GB','DE','TR','BR','IN') DEFAULT NULL,
  `starts_on` date NOT NULL,
  `ends_on` date DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_partner` (`partner_id`),
  CONSTRAINT `fk_campaign_partner` FOREIGN KEY (`partner_id`) REFERENCES `affiliate_partners` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ad_impressions` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `campaign_id` int(10) unsigned NOT NULL,
  `user_id` bigint(20) unsigned DEFAULT NULL COMMENT 'Member id when logged in',
  `device_id` varchar(64) DEFAULT NULL COMMENT 'IDFA / GAID',
  `ip_addr` varchar(45) NOT NULL,
  `user_agent` varchar(512) DEFAULT NULL,
  `placement` enum('lobby_banner','room_sidebar','interstitial','rewarded_video') NOT NULL,
  `cost_micros` int(10) unsigned NOT NULL DEFAULT '0',
  `shown_at` datetime(3) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_campaign_time` (`campaign_id`,`shown_at`),
  KEY `idx_device` (`device_id`),
  CONSTRAINT `fk_impr_campaign` FOREIGN KEY (`campaign_id`) REFERENCES `ad_campaigns` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ad_clicks` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `impression_id` bigint(20) unsigned NOT NULL,
  `idfa` char(36) DEFAULT NULL,
  `gaid` char(36) DEFAULT NULL,
  `cookie_id` varchar(64) DEFAULT NULL COMMENT '_ptad cookie',
  `remote_addr` varchar(45) NOT NULL,
  `referer` varchar(1024) DEFAULT NULL,
  `geo_lat` decimal(9,6) DEFAULT NULL,
  `geo_lng` decimal(9,6) DEFAULT NULL,
  `click_ts` datetime(3) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_impression` (`impression_id`),
  CONSTRAINT `fk_click_impr` FOREIGN KEY (`impression_id`) REFERENCES `ad_impressions` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Clicks, forwarded hourly to the partner postback URL';
