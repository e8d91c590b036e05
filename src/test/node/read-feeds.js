// Reads OPDS feed files with opds-feed-parser, as a reading app would, and prints what it
// understood as one JSON object: { "<file>": { kind, title, links, entries: [...] }, ... }.
// Usage: node read-feeds.js FEED.xml...
'use strict';

const fs = require('node:fs');
const parser = require('opds-feed-parser');

const OPDSParser = parser.default;

function kindOf(feed) {
  if (feed instanceof parser.AcquisitionFeed) return 'acquisition';
  if (feed instanceof parser.NavigationFeed) return 'navigation';
  return 'unknown';
}

function link(l) {
  return { rel: l.rel, href: l.href, type: l.type };
}

function entry(e) {
  return {
    id: e.id,
    title: e.title,
    authors: e.authors.map((a) => ({ name: a.name, uri: a.uri })),
    categories: e.categories.map((c) => ({ scheme: c.scheme, term: c.term, label: c.label })),
    acquisitions: e.links.filter((l) => l instanceof parser.OPDSAcquisitionLink).map(link),
    links: e.links.map(link),
  };
}

async function main(files) {
  const read = {};
  for (const file of files) {
    const feed = await new OPDSParser().parse(fs.readFileSync(file, 'utf8'));
    read[file] = {
      kind: kindOf(feed),
      title: feed.title,
      links: feed.links.map(link),
      search: feed.links.filter((l) => l instanceof parser.SearchLink).map((l) => l.href),
      totalResults: feed.search.totalResults,
      entries: feed.entries.map(entry),
    };
  }
  process.stdout.write(JSON.stringify(read));
}

main(process.argv.slice(2)).catch((error) => {
  process.stderr.write(String(error && error.stack ? error.stack : error) + '\n');
  process.exit(1);
});
