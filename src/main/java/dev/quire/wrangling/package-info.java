/**
 * Tag wrangling, as AO3's wranglers do it: a tag is made canonical, a synonym of a canonical tag,
 * given parent fandoms (a relationship, its characters) and meta tags, or marked unwrangleable;
 * an unwrangled queue per fandom and kind, sorted by uses; bulk actions; an audit trail with undo.
 * Every change passes {@link dev.quire.wrangling.Wrangling}, which asks {@link
 * dev.quire.wrangling.WranglingPolicy}, checks AO3's rules ({@link dev.quire.tag.TagRules}), records
 * the change and has the works it moves re-filed in search ({@link dev.quire.search.TagRefiling}).
 * Its own package because it reads accounts, tags and search, which must not read it.
 */
package dev.quire.wrangling;
