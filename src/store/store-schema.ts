// The store's tables, and the format version a store of this version of territrade has.
import { TOTALS_TABLES } from './totals.js';
import { YEAR_CUBE_SCHEMA } from './year-cube.js';

// 2 added trade_totals, 3 the other summaries of totals.ts, 4 year_cube (year-cube.ts) and 5 its
// sums as BIGINT. A store of an earlier version gets what it lacks at its first writable opening;
// older versions of territrade refuse a newer store, whose summaries they would not keep exact.
export const SCHEMA_VERSION = '5';
export const UPGRADABLE_VERSIONS = ['1', '2', '3', '4'];

export const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL);
CREATE TABLE IF NOT EXISTS sources (
  id INTEGER PRIMARY KEY,
  file_name VARCHAR NOT NULL,
  container VARCHAR,
  sha256 VARCHAR NOT NULL,
  year SMALLINT NOT NULL,
  flow VARCHAR NOT NULL,
  quarters VARCHAR NOT NULL,
  row_count BIGINT NOT NULL,
  demo BOOLEAN NOT NULL,
  imported_at VARCHAR NOT NULL
);
CREATE TABLE IF NOT EXISTS trade (
  source_id INTEGER NOT NULL,
  flow VARCHAR NOT NULL,
  year SMALLINT NOT NULL,
  quarter TINYINT NOT NULL,
  dept VARCHAR NOT NULL,
  region VARCHAR NOT NULL,
  a129 VARCHAR NOT NULL,
  cpf4 VARCHAR NOT NULL,
  country VARCHAR NOT NULL,
  value_eur BIGINT NOT NULL,
  mass_kg BIGINT NOT NULL
);
CREATE TABLE IF NOT EXISTS labels (
  kind VARCHAR NOT NULL,
  code VARCHAR NOT NULL,
  label VARCHAR NOT NULL,
  valid_from VARCHAR NOT NULL,
  valid_to VARCHAR NOT NULL,
  origin VARCHAR NOT NULL,
  PRIMARY KEY (kind, code, valid_from)
);
CREATE TABLE IF NOT EXISTS territoires_industrie (
  id VARCHAR,
  name VARCHAR NOT NULL,
  departement VARCHAR
);
${TOTALS_TABLES}
${YEAR_CUBE_SCHEMA}
`;
