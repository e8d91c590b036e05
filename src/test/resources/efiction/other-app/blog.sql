-- MySQL dump 10.13
CREATE TABLE `wp_posts` (
  `ID` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `post_title` text NOT NULL,
  PRIMARY KEY (`ID`)
);
INSERT INTO `wp_posts` VALUES (1,'Hello world');
