-- MySQL dump 10.13
/*!40101 SET NAMES utf8 */;
LOCK TABLES `fanfiction_authors` WRITE;
INSERT INTO `fanfiction_authors` VALUES (1,'Pell','','pell@example.org','','','',0,0,'x');
UNLOCK TABLES;
LOCK TABLES `fanfiction_chapters` WRITE;
INSERT INTO `fanfiction_chapters` VALUES (1,'One',1,'','First story text.',NULL,1,0,0,0,1,1,0),(2,'One',1,'','Second story text.',NULL,1,0,0,0,2,9,0),(3,'One',1,'','Third story text.',NULL,1,0,0,0,3,1,0);
UNLOCK TABLES;
LOCK TABLES `fanfiction_stories` WRITE;
INSERT INTO `fanfiction_stories` VALUES (1,'First','','','0','','0','0',1136073600,1136073600,5,'0',0,1,1,0,0,0,0,0,'0');
INSERT INTO `fanfiction_stories` VALUES (2,'Second','','','0','','0','0',1136073600,1136073600,1,'0',0,1,1,0,0,0,0,0,'0');
UNLOCK TABLES;
