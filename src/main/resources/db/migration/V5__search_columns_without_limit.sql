-- The search text joins every name of an organisation, and a match key is a name with a two-letter prefix: neither
-- may be cut short by a column length. Runs unchanged on H2 (PostgreSQL mode) and PostgreSQL.
alter table organisation alter column search_text set data type varchar;
alter table organisation_match_key alter column match_key set data type varchar;
alter table person alter column search_text set data type varchar;
alter table person_match_key alter column match_key set data type varchar;
