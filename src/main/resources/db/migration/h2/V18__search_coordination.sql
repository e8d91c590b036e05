-- Hibernate Search's outbox polling: each transaction records the works it changed here, and the
-- app nodes' event processors (registered in hsearch_agent) index them, each its share. Used when
-- the index is in OpenSearch; empty on the embedded Lucene index. Tables as Hibernate Search 8.2 maps them.
create table hsearch_agent (
  assigned_shard_index integer,
  total_shard_count integer,
  expiration timestamp(6) with time zone not null,
  id uuid not null,
  name varchar(255) not null,
  tenant_id varchar(255),
  payload blob,
  state enum ('RUNNING','SUSPENDED','WAITING') not null,
  type enum ('EVENT_PROCESSING_DYNAMIC_SHARDING','EVENT_PROCESSING_STATIC_SHARDING','MASS_INDEXING') not null,
  primary key (id)
);

create table hsearch_outbox_event (
  entity_id_hash integer not null,
  retries integer not null,
  process_after timestamp(6) with time zone not null,
  id uuid not null,
  entity_id varchar(256) not null,
  entity_name varchar(256) not null,
  tenant_id varchar(255),
  payload blob not null,
  status enum ('ABORTED','PENDING') not null,
  primary key (id)
);

create index processAfter on hsearch_outbox_event (process_after);

-- What the search index holds (its layout version) and which node, if any, is rebuilding it: kept
-- in the database, so that with an index in OpenSearch every node sees it and only one rebuilds.
create table search_index_state (
  id integer not null primary key,
  layout integer not null,
  rebuilding_node varchar(255),
  rebuilding_until timestamp(6) with time zone
);

insert into search_index_state (id, layout) values (1, 0);
