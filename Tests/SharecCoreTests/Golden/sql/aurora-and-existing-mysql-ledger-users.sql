-- The database users of ledger-estate's consumers on ledger (aurora-postgresql), made by sharec.
-- Each consumer's role may sign in as its own user only, with an IAM authentication token over TLS.
-- Run this as the master user (postgres), whose password is in the secret that the DatabaseSecretArnLedger output names,
-- from a host that the database's security group lets in, for instance:
--   psql "host=<DatabaseEndpointLedger> port=5432 user=postgres dbname=postgres sslmode=verify-full sslrootcert=global-bundle.pem" -f ledger-users.sql
-- Running it again changes nothing; a user that existed already signs in by token only from then on.
-- Then grant each user what its tenant may use, for instance:
--   GRANT SELECT ON ALL TABLES IN SCHEMA orders TO <user>;
-- Every role may connect to every database while PUBLIC keeps CONNECT, PostgreSQL's default: to keep a
-- tenant to its own database, REVOKE CONNECT ON DATABASE <db> FROM PUBLIC and GRANT CONNECT to its user.

\set ON_ERROR_STOP on

-- Account 444455556666, through the role ledger-estate-444455556666-access
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'consumer_444455556666') THEN
        CREATE ROLE consumer_444455556666 LOGIN;
    END IF;
    ALTER ROLE consumer_444455556666 LOGIN;
    IF NOT pg_has_role('consumer_444455556666', 'rds_iam', 'MEMBER') THEN
        GRANT rds_iam TO consumer_444455556666;
    END IF;
END
$$;

-- Account 777788889999, through the role ledger-estate-777788889999-access
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'consumer_777788889999') THEN
        CREATE ROLE consumer_777788889999 LOGIN;
    END IF;
    ALTER ROLE consumer_777788889999 LOGIN;
    IF NOT pg_has_role('consumer_777788889999', 'rds_iam', 'MEMBER') THEN
        GRANT rds_iam TO consumer_777788889999;
    END IF;
END
$$;
