-- Keeps the H2 history in step with PostgreSQL's V2 (whose owner indexes were partial); H2's are plain already.
SELECT 1;
