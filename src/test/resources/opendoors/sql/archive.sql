-- MySQL dump 10.13  Distrib 5.7.42, for Linux (x86_64)
--
-- Host: localhost    Database: od_sample
-- ------------------------------------------------------

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET NAMES utf8mb4 */;
SET SQL_MODE = "NO_AUTO_VALUE_ON_ZERO";
# A hash comment; with a semicolon and a 'quote
USE `od_sample`;

DROP TABLE IF EXISTS `authors`;
CREATE TABLE `authors` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL DEFAULT '',
  `email` varchar(255) NOT NULL DEFAULT '',
  `imported` tinyint(1) NOT NULL DEFAULT '0',
  `do_not_import` tinyint(1) NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`),
  UNIQUE KEY `id_UNIQUE` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

LOCK TABLES `authors` WRITE;
/*!40000 ALTER TABLE `authors` DISABLE KEYS */;
INSERT INTO `authors` VALUES (1,'Maple Finch','maple@example.org',0,0),(2,'Rowan \"Ro\" Vale','rowan@example.org',0,0);
/*!40000 ALTER TABLE `authors` ENABLE KEYS */;
UNLOCK TABLES;

CREATE TABLE IF NOT EXISTS `stories` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(255) NOT NULL DEFAULT '' COMMENT 'the title, (as given',
  `summary` text,
  `notes` text,
  `author_id` int(11) DEFAULT '0',
  `rating` varchar(255) NOT NULL DEFAULT '',
  `date` datetime DEFAULT NULL,
  `updated` datetime DEFAULT NULL,
  `language_code` varchar(5) DEFAULT 'en',
  `url` varchar(255) DEFAULT NULL,
  `imported` tinyint(1) NOT NULL DEFAULT '0',
  `do_not_import` tinyint(1) NOT NULL DEFAULT '0',
  `complete` enum('0','1') DEFAULT '0',
  PRIMARY KEY (`id`),
  KEY `authorId` (`author_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO `stories` VALUES
(1,'The Lighthouse Keeper\'s Promise','A keeper, a storm; and a "promise".','<p>Written for a winter exchange.</p>',1,'PG-13','2004-07-01 18:10:04','2004-07-24 20:24:38','en','http://archive.example.org/viewstory.php?sid=1',0,0,'1'),
(2,'Withdrawn Story','Taken down at the writer''s request.',NULL,2,'R','0000-00-00 00:00:00',NULL,'en',NULL,0,1,'0'), -- a comment between rows
(3,'The Lost Map','A map no one can read.',NULL,99,'G','2005-03-02','2005-03-02','en','http://archive.example.org/viewstory.php?sid=3',0,0,'0');

CREATE TABLE `chapters` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `position` bigint(22) DEFAULT NULL,
  `title` varchar(255) NOT NULL DEFAULT '',
  `author_id` int(11) NOT NULL DEFAULT '0',
  `text` mediumtext,
  `date` datetime DEFAULT NULL,
  `story_id` int(11) DEFAULT '0',
  `notes` text,
  `end_notes` text,
  `url` varchar(1024) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `storyid` (`story_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO `chapters` (`id`, `position`, `title`, `author_id`, `text`, `date`, `story_id`, `notes`, `end_notes`, `url`) VALUES
(1,2,'The Storm',1,'<p>Rain hammered the glass.</p>\n<p>She climbed the stairs, counting each one.</p>','2004-07-24',1,NULL,'<p>Thanks for reading!</p>',NULL),
(2,1,'Arrival',1,'The boat reached the island at dusk, late again.\nThe keeper waved.\n\nAda said \"hello\" & grinned <grin>, then <i>ran</i>.','2004-07-01',1,'A note, "quoted".',NULL,NULL);
INSERT INTO chapters (id, position, title, author_id, text, date, story_id, notes, end_notes, url) VALUES (3,1,'',2,'Some text that will never be imported.',NULL,2,NULL,NULL,NULL),(4,1,'Only Chapter',99,'The map stays folded.',NULL,3,NULL,NULL,NULL);

CREATE TABLE `tags` (
  `id` int(11) AUTO_INCREMENT,
  `original_tagid` int(11) DEFAULT NULL,
  `original_tag` varchar(1024) DEFAULT NULL,
  `original_type` varchar(255) DEFAULT NULL,
  `original_parent` varchar(255) DEFAULT NULL,
  `original_description` varchar(1024) DEFAULT NULL,
  `ao3_tag` varchar(1024) DEFAULT NULL,
  `ao3_tag_type` varchar(255) DEFAULT NULL,
  `ao3_tag_category` varchar(255) DEFAULT NULL,
  `ao3_tag_fandom` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

INSERT INTO `tags` (`ao3_tag`, `ao3_tag_type`, `ao3_tag_category`, `ao3_tag_fandom`, `id`, `original_tagid`, `original_tag`, `original_type`, `original_parent`, `original_description`) VALUES
(NULL,NULL,NULL,NULL,1,1,'PG-13','rating',NULL,'Parents Strongly Cautioned'),
(NULL,NULL,NULL,NULL,2,5,'Harbour Tales','category',NULL,NULL),
(NULL,NULL,NULL,NULL,3,7,'Ada/Tom','pairing',NULL,NULL),
(NULL,NULL,NULL,NULL,4,8,'Ada Finch','characters',NULL,NULL),
(NULL,NULL,NULL,NULL,5,9,'Hurt/Comfort','genre',NULL,NULL),
('No Archive Warnings Apply','warnings',NULL,NULL,6,10,'None','warning',NULL,NULL),
('F/M','categories',NULL,NULL,7,11,'Het','category',NULL,NULL),
('Ada Finch & Tom Reed, Friendship','relationships, tags','Gen','Harbour Tales (TV)',8,12,'Tom & Ada friendship','relationship',NULL,NULL),
(NULL,NULL,NULL,NULL,9,13,'Violence','warning',NULL,NULL),
('Harbour Tales (TV)','fandoms',NULL,NULL,10,14,'HT','fandom',NULL,NULL),
(NULL,NULL,NULL,NULL,11,15,'Mystery','genre',NULL,NULL);

CREATE TABLE `item_tags` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `item_id` int(11),
  `item_type` ENUM ('story', 'story_link', 'chapter'),
  `tag_id` int(11),
  PRIMARY KEY (`id`)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

INSERT INTO `item_tags` VALUES (1,1,'story',1),(2,1,'story',2),(3,1,'story',3),(4,1,'story',4),(5,1,'story',5),(6,1,'story',6),(7,1,'story',7),(8,1,'story',8),(9,1,'story',9),(10,1,'story',10),(11,3,'story',11),(12,1,'chapter',11);

/* Bookmarks are not works; the reader steps over them whole. */
CREATE TABLE `story_links` (`id` int(11), `title` varchar(255), `url` varchar(255));
INSERT INTO `story_links` VALUES (1,'It''s; \'tricky\' (isn\'t it)','http://example.org/?a=1;b=2'),(2,'Back\\slash',NULL);

/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
-- Dump completed on 2024-01-01  0:00:00
