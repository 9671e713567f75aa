-- The database users of ledger-share's consumers on ledger-archive (mysql), made by sharec.
-- Each consumer's role may sign in as its own user only, with an IAM authentication token over TLS.
-- Run this as the master user (admin), whose password is in the secret that the DatabaseSecretArnLedgerArchive output names,
-- from a host that the database's security group lets in, for instance:
--   mysql --host=<DatabaseEndpointLedgerArchive> --port=3307 --user=admin --password --ssl-mode=VERIFY_IDENTITY --ssl-ca=global-bundle.pem < ledger-archive-users.sql
-- Running it again changes nothing; a user that existed already signs in by token only from then on.
-- Then grant each user what its tenant may use, for instance:
--   GRANT SELECT ON orders.* TO '<user>'@'%';

-- Account 444455556666, through the role ledger-share-444455556666-access
CREATE USER IF NOT EXISTS 'consumer_444455556666'@'%' IDENTIFIED WITH AWSAuthenticationPlugin AS 'RDS' REQUIRE SSL;
ALTER USER 'consumer_444455556666'@'%' IDENTIFIED WITH AWSAuthenticationPlugin AS 'RDS' REQUIRE SSL;
