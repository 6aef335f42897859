-- MySQL dump 10.13  Distrib 5.7.42, for Linux (x86_64)
--
-- Host: legacy-db-01    Database: legacy_web
-- ------------------------------------------------------
-- Server version	5.7.42-log
--
-- The pre-2015 web site's CRM. Still fed nightly from the main database
-- (see the sync job) and read by the billing reconciliation scripts.

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
SET NAMES utf8mb4;
SET FOREIGN_KEY_CHECKS=0;

--
-- Table structure for table `crm_customers`
--

DROP TABLE IF EXISTS `crm_customers`;
CREATE TABLE `crm_customers` (
  `cust_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `pt_uid` bigint(20) unsigned DEFAULT NULL COMMENT 'app.users.id in the main database',
  `pt_nick` varchar(64) NOT NULL DEFAULT '' COMMENT 'Paltalk nickname',
  `usr_eml` varchar(255) NOT NULL COMMENT 'Login e-mail',
  `cust_fname` varchar(64) DEFAULT NULL,
  `cust_lname` varchar(64) DEFAULT NULL,
  `dob` date DEFAULT NULL,
  `msisdn` varchar(20) DEFAULT NULL COMMENT 'Mobile number for SMS promos',
  `fld_7` varchar(32) DEFAULT NULL, -- datamap: user.contact.phone_number
  `addr1` varchar(128) DEFAULT NULL,
  `addr_city` varchar(64) DEFAULT NULL,
  `addr_st` varchar(32) DEFAULT NULL,
  `addr_zip` varchar(12) DEFAULT NULL,
  `cntry` char(2) DEFAULT NULL,
  `cc_num` varchar(19) DEFAULT NULL COMMENT 'Card on file (pre-tokenisation)',
  `cc_exp` char(5) DEFAULT NULL COMMENT 'MM/YY',
  `remote_addr` varchar(45) DEFAULT NULL COMMENT 'IP at signup',
  `ip_addr` varchar(45) DEFAULT NULL COMMENT 'IP of last visit',
  `cust_stat` tinyint(3) unsigned NOT NULL DEFAULT '1' COMMENT '1=active 2=locked 3=closed',
  `vip_lvl` enum('none','plus','extra','vip') NOT NULL DEFAULT 'none',
  `last_act` datetime DEFAULT NULL COMMENT 'Last activity on the web site',
  `sgnup_dt` datetime NOT NULL,
  `upd_ts` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`cust_id`),
  UNIQUE KEY `uk_usr_eml` (`usr_eml`),
  KEY `idx_pt_uid` (`pt_uid`),
  KEY `idx_msisdn` (`msisdn`)
) ENGINE=InnoDB AUTO_INCREMENT=4839221 DEFAULT CHARSET=utf8mb4 COMMENT='CRM mirror of web customers';

--
-- Table structure for table `crm_notes`
--

DROP TABLE IF EXISTS `crm_notes`;
CREATE TABLE `crm_notes` (
  `note_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `cust_id` int(10) unsigned NOT NULL,
  `agent` varchar(32) NOT NULL COMMENT 'Login of the support agent',
  `note_txt` text NOT NULL,
  `created` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`note_id`),
  KEY `idx_cust` (`cust_id`),
  CONSTRAINT `fk_notes_cust` FOREIGN KEY (`cust_id`) REFERENCES `crm_customers` (`cust_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

--
-- Table structure for table `legacy_orders`
--

DROP TABLE IF EXISTS `legacy_orders`;
CREATE TABLE `legacy_orders` (
  `order_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `cust_id` int(10) unsigned NOT NULL,
  `sku` varchar(32) NOT NULL,
  `qty` smallint(5) unsigned NOT NULL DEFAULT '1',
  `amt` decimal(10,2) NOT NULL,
  `cur` char(3) NOT NULL DEFAULT 'USD',
  `pay_mthd` enum('cc','paypal','check','wire') NOT NULL DEFAULT 'cc',
  `ip_addr` varchar(45) DEFAULT NULL,
  `created` datetime NOT NULL,
  PRIMARY KEY (`order_id`),
  KEY `idx_cust_created` (`cust_id`,`created`),
  CONSTRAINT `fk_orders_cust` FOREIGN KEY (`cust_id`) REFERENCES `crm_customers` (`cust_id`)
) ENGINE=InnoDB AUTO_INCREMENT=120344 DEFAULT CHARSET=utf8mb4;

--
-- Table structure for table `lkp_products`
--

DROP TABLE IF EXISTS `lkp_products`;
CREATE TABLE `lkp_products` (
  `sku` varchar(32) NOT NULL,
  `title` varchar(128) NOT NULL,
  `price` decimal(10,2) NOT NULL,
  `active` tinyint(1) NOT NULL DEFAULT '1',
  PRIMARY KEY (`sku`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Legacy web shop catalogue';

LOCK TABLES `lkp_products` WRITE;
INSERT INTO `lkp_products` VALUES ('CRED100','100 credits',4.99,1),('CRED500','500 credits',19.99,1),('PLUS1M','Plus, 1 month',4.99,0);
UNLOCK TABLES;

SET FOREIGN_KEY_CHECKS=1;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
