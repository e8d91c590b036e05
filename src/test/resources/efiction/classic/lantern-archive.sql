-- MySQL dump 10.13  Distrib 5.7.42, for Linux (x86_64)
--
-- Host: localhost    Database: lantern
-- ------------------------------------------------------
-- Server version	5.7.42

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET NAMES utf8 */;
/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;

--
-- Table structure for table `fanfiction_authorprefs`
--

DROP TABLE IF EXISTS `fanfiction_authorprefs`;
CREATE TABLE `fanfiction_authorprefs` (
  `uid` int(11) NOT NULL default '0',
  `newreviews` tinyint(1) NOT NULL default '0',
  PRIMARY KEY  (`uid`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

--
-- Table structure for table `fanfiction_authors`
--

DROP TABLE IF EXISTS `fanfiction_authors`;
CREATE TABLE `fanfiction_authors` (
  `uid` int(11) NOT NULL auto_increment,
  `penname` varchar(200) NOT NULL default '',
  `realname` varchar(200) NOT NULL default '',
  `email` varchar(200) NOT NULL default '',
  `website` varchar(200) NOT NULL default '',
  `bio` text NOT NULL,
  `image` varchar(200) NOT NULL default '',
  `date`  int(10) unsigned NOT NULL default '0',
  `admincreated` int(11) NOT NULL default '0',
  `password` varchar(40) NOT NULL default '0',
  PRIMARY KEY  (`uid`),
  KEY `penname` (`penname`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

LOCK TABLES `fanfiction_authors` WRITE;
/*!40000 ALTER TABLE `fanfiction_authors` DISABLE KEYS */;
INSERT INTO `fanfiction_authors` VALUES (1,'Quillfeather','','quill@example.org','','Writes about lighthouses and the people who keep them.','',1104537600,0,'5f4dcc3b5aa765d61d8327deb882cf99'),(2,'Marrow Lane','','marrow@example.org','','','',1104537600,0,'5f4dcc3b5aa765d61d8327deb882cf99'),(3,'Tamsin Reed','','','','I\'m a \"night owl\".','',1104537600,0,'0');
/*!40000 ALTER TABLE `fanfiction_authors` ENABLE KEYS */;
UNLOCK TABLES;

DROP TABLE IF EXISTS `fanfiction_categories`;
CREATE TABLE `fanfiction_categories` (
  `catid` int(11) NOT NULL auto_increment,
  `parentcatid` int(11) NOT NULL default '-1',
  `category` varchar(60) NOT NULL default '',
  `description` text NOT NULL,
  `image` varchar(100) NOT NULL default '',
  `locked` tinyint(4) NOT NULL default '0',
  `leveldown` tinyint(4) NOT NULL default '0',
  `displayorder` int(4) NOT NULL default '0',
  `numitems` int(11) NOT NULL default '0',
  PRIMARY KEY  (`catid`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

LOCK TABLES `fanfiction_categories` WRITE;
INSERT INTO `fanfiction_categories` VALUES (1,-1,'Books','','',0,0,1,0),(2,1,'The Lantern Keepers','','',0,1,1,2),(3,2,'Harbour Years','','',0,2,1,1),(4,-1,'Original','','',0,0,2,1);
UNLOCK TABLES;

DROP TABLE IF EXISTS `fanfiction_chapters`;
CREATE TABLE `fanfiction_chapters` (
  `chapid` int(11) NOT NULL auto_increment,
  `title` varchar(250) NOT NULL default '',
  `inorder` int(11) NOT NULL default '0',
  `notes` text NOT NULL,
  `storytext` text NOT NULL,
  `endnotes` text,
  `validated` tinyint(4) NOT NULL default '0',
  `wordcount` int(11) NOT NULL default '0',
  `rating` tinyint(4) NOT NULL default '0',
  `reviews` smallint(6) NOT NULL default '0',
  `sid` int(11) NOT NULL default '0',
  `uid` int(11) NOT NULL default '0',
  `count` int(11) NOT NULL default '0',
  PRIMARY KEY  (`chapid`),
  KEY `sid` (`sid`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

LOCK TABLES `fanfiction_chapters` WRITE;
INSERT INTO `fanfiction_chapters` VALUES (11,'The Second Night',2,'','','Thank you for reading.',1,0,0,0,1,1,0),(10,'The First Night',1,'A note before we begin.','',NULL,1,0,0,0,1,1,0),(12,'Low Tide',1,'','',NULL,1,0,0,0,2,2,0),(13,'Salt',1,'','',NULL,1,0,0,0,3,1,0),(14,'Fog',2,'','',NULL,1,0,0,0,3,1,0),(15,'Unseen',1,'','',NULL,0,0,0,0,4,2,0);
UNLOCK TABLES;

DROP TABLE IF EXISTS `fanfiction_characters`;
CREATE TABLE `fanfiction_characters` (
  `charid` int(11) NOT NULL auto_increment,
  `catid` int(11) NOT NULL default '0',
  `charname` varchar(60) NOT NULL default '',
  `bio` text NOT NULL,
  `image` varchar(200) NOT NULL default '',
  PRIMARY KEY  (`charid`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

LOCK TABLES `fanfiction_characters` WRITE;
INSERT INTO `fanfiction_characters` VALUES (1,2,'Ada Wren','',''),(2,2,'Keeper Morrow','','');
UNLOCK TABLES;

DROP TABLE IF EXISTS `fanfiction_classes`;
CREATE TABLE `fanfiction_classes` (
  `class_id` int(11) NOT NULL auto_increment,
  `class_type` int(11) NOT NULL default '0',
  `class_name` varchar(100) NOT NULL default '',
  PRIMARY KEY  (`class_id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

LOCK TABLES `fanfiction_classes` WRITE;
INSERT INTO `fanfiction_classes` VALUES (1,1,'Angst'),(2,1,'Slash'),(3,2,'Character Death'),(4,2,'Mild Language'),(5,3,'Ada Wren/Keeper Morrow'),(6,2,'None');
UNLOCK TABLES;

DROP TABLE IF EXISTS `fanfiction_classtypes`;
CREATE TABLE `fanfiction_classtypes` (
  `classtype_id` int(11) NOT NULL auto_increment,
  `classtype_name` varchar(50) NOT NULL default '',
  `classtype_title` varchar(50) NOT NULL default '',
  PRIMARY KEY  (`classtype_id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

LOCK TABLES `fanfiction_classtypes` WRITE;
INSERT INTO `fanfiction_classtypes` VALUES (1,'genres','Genres'),(2,'warnings','Warnings'),(3,'pairings','Pairings');
UNLOCK TABLES;

DROP TABLE IF EXISTS `fanfiction_coauthors`;
CREATE TABLE `fanfiction_coauthors` (
  `sid` int(11) NOT NULL default '0',
  `uid` int(11) NOT NULL default '0',
  PRIMARY KEY  (`sid`,`uid`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

LOCK TABLES `fanfiction_coauthors` WRITE;
INSERT INTO `fanfiction_coauthors` VALUES (3,3);
UNLOCK TABLES;

DROP TABLE IF EXISTS `fanfiction_inseries`;
CREATE TABLE `fanfiction_inseries` (
  `seriesid` int(11) NOT NULL default '0',
  `sid` int(11) NOT NULL default '0',
  `subseriesid` int(11) NOT NULL default '0',
  `confirmed` int(11) NOT NULL default '0',
  `inorder` int(11) NOT NULL default '0',
  PRIMARY KEY  (`sid`,`seriesid`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

LOCK TABLES `fanfiction_inseries` WRITE;
INSERT INTO `fanfiction_inseries` VALUES (1,3,0,1,2),(1,1,0,1,1);
UNLOCK TABLES;

DROP TABLE IF EXISTS `fanfiction_ratings`;
CREATE TABLE `fanfiction_ratings` (
  `rid` int(11) NOT NULL auto_increment,
  `rating` varchar(60) NOT NULL default '',
  `ratingwarning` int(11) NOT NULL default '0',
  `warningtext` text NOT NULL,
  PRIMARY KEY  (`rid`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

LOCK TABLES `fanfiction_ratings` WRITE;
INSERT INTO `fanfiction_ratings` VALUES (1,'G',0,''),(2,'PG-13',0,''),(3,'NC-17',1,'Adults only.'),(4,'Spicy',0,'');
UNLOCK TABLES;

DROP TABLE IF EXISTS `fanfiction_series`;
CREATE TABLE `fanfiction_series` (
  `seriesid` int(11) NOT NULL auto_increment,
  `title` varchar(200) NOT NULL default '',
  `summary` text,
  `uid` int(11) NOT NULL default '0',
  `isopen` tinyint(4) NOT NULL default '0',
  `catid` varchar(200) NOT NULL default '0',
  `rating` tinyint(4) NOT NULL default '0',
  `classes` varchar(200) default NULL,
  `characters` varchar(250) NOT NULL default '',
  `reviews` smallint(6) NOT NULL default '0',
  `numstories` int(11) NOT NULL default '0',
  `warnings` varchar(250) NOT NULL default '',
  `challenges` varchar(200) NOT NULL default '',
  `genres` varchar(250) NOT NULL default '',
  PRIMARY KEY  (`seriesid`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

LOCK TABLES `fanfiction_series` WRITE;
INSERT INTO `fanfiction_series` VALUES (1,'Lamplight Cycle','Two stories of the harbour.',1,0,'2',0,NULL,'',0,2,'','','');
UNLOCK TABLES;

DROP TABLE IF EXISTS `fanfiction_settings`;
CREATE TABLE `fanfiction_settings` (
  `sitekey` varchar(50) NOT NULL default '1',
  `sitename` varchar(200) NOT NULL default 'Your Site',
  `slogan` varchar(200) NOT NULL default 'It''s a cool site!',
  `url` varchar(200) NOT NULL default 'http://www.yoursite.com',
  `storiespath` varchar(20) NOT NULL default 'stories',
  `store` varchar(5) NOT NULL default 'files',
  PRIMARY KEY  (`sitekey`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

LOCK TABLES `fanfiction_settings` WRITE;
INSERT INTO `fanfiction_settings` VALUES ('lantern','The Lantern Archive','It''s all light here','http://lantern.example.org/fiction/','stories','files');
UNLOCK TABLES;

DROP TABLE IF EXISTS `fanfiction_stories`;
CREATE TABLE `fanfiction_stories` (
  `sid` int(11) NOT NULL auto_increment,
  `title` varchar(200) NOT NULL default '',
  `summary` text,
  `storynotes` text,
  `catid` varchar(100) NOT NULL default '0',
  `classes` varchar(200) default NULL,
  `charid` varchar(250) NOT NULL default '0',
  `rid` varchar(25) NOT NULL default '0',
  `date` int(10) unsigned NOT NULL default '0',
  `updated` int(10) unsigned NOT NULL default '0',
  `uid` int(11) NOT NULL default '0',
  `coauthors` varchar(200) default NULL,
  `featured` tinyint(4) NOT NULL default '0',
  `validated` tinyint(4) NOT NULL default '0',
  `completed` tinyint(4) NOT NULL default '0',
  `rr` tinyint(4) NOT NULL default '0',
  `wordcount` int(11) NOT NULL default '0',
  `rating` tinyint(4) NOT NULL default '0',
  `reviews` smallint(6) NOT NULL default '0',
  `count` int(11) NOT NULL default '0',
  `challenges` varchar(200) NOT NULL default '0',
  PRIMARY KEY  (`sid`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

LOCK TABLES `fanfiction_stories` WRITE;
INSERT INTO `fanfiction_stories` VALUES (1,'Keeping the Light','Ada learns the lamp.','Written for a winter exchange.','3','1,2,3,5','1,2','3',1136073600,1167609600,1,'0',0,1,1,0,9999,0,0,0,'0'),(2,'Low Water','A short one about tides.',NULL,'4','4','','1',1138752000,1138752000,2,'0',0,1,0,0,0,0,0,0,'0'),(3,'Salt and Fog','Two keepers, one storm.','','2','6,99','2','4',1141171200,1143849600,1,'1',0,1,1,0,0,0,0,0,'0'),(4,'Never Shown','Awaiting validation.','','2','','','2',1143849600,1143849600,2,'0',0,0,0,0,0,0,0,0,'0');
UNLOCK TABLES;

/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
-- Dump completed on 2011-05-01 10:00:00
