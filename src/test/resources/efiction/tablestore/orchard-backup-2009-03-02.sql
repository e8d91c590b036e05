-- phpMyAdmin SQL Dump
-- version 2.11.9
-- http://www.phpmyadmin.net
--
-- Host: localhost
-- Generation Time: Mar 02, 2009 at 08:15 PM

SET SQL_MODE="NO_AUTO_VALUE_ON_ZERO";
SET NAMES latin1;

--
-- Dumping data for table `efic_authors`
--

INSERT INTO `efic_authors` VALUES(7, 'Ren�e Vall', '', 'renee@example.net', '', 'Likes caf�s.', '', 1104537600, 0, 'x');
INSERT INTO `efic_authors` VALUES(8, 'Jo March', '', 'not-an-address', '', '', '', 1104537600, 0, 'x');

--
-- Dumping data for table `efic_categories`
--

INSERT INTO `efic_categories` VALUES(1, -1, 'Orchard Tales', '', '', 0, 0, 1, 2);

--
-- Dumping data for table `efic_stories`
--

INSERT INTO `efic_stories` VALUES(20, 'The CafÃ© on the Corner', 'It''s a quiet place — mostly.', NULL, '1', '', '', 'PG-13', '2005-03-04 10:00:00', '2005-04-01', 7, NULL, 0, 1, 0, 0, 0, 0, 0, 0, '0');
INSERT INTO `efic_stories` VALUES(21, 'Apples', 'A RÃ©sumÃ© of autumn.', '', '1', '', '', 'Adult', '0000-00-00 00:00:00', '0', 8, NULL, 0, 1, 1, 0, 0, 0, 0, 0, '0');

--
-- Dumping data for table `efic_chapters`
--

INSERT INTO `efic_chapters` VALUES(30, 'Open', 1, '', 'The door said \"open\" and the kettle said nothing.\r\n\r\nRen�e poured.', NULL, 1, 0, 0, 0, 20, 7, 0),
(31, 'Closed', 2, '', _binary 0x5468652063686169727320776572652075702e, NULL, 1, 0, 0, 0, 20, 7, 0),
(32, '', 1, '', 'They â€˜fellâ€™ in a heap.', NULL, 1, 0, 0, 0, 21, 8, 0);
