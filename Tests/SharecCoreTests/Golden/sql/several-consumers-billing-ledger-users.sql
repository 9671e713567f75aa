-- The database users of billing-share's consumers on billing-ledger (mariadb), made by sharec.
-- Each consumer's role may sign in as its own user only, with an IAM authentication token over TLS.
-- Run this as the master user (admin), whose password is in the secret that the DatabaseSecretArn output names,
-- from a host that the database's security group lets in, for instance:
--   mariadb --host=<DatabaseEndpoint> --port=3306 --user=admin --password --ssl-verify-server-cert --ssl-ca=global-bundle.pem < billing-ledger-users.sql
-- Running it again changes nothing; a user that existed already signs in by token only from then on.
-- Then grant each user what its tenant may use, for instance:
--   GRANT SELECT ON orders.* TO '<user>'@'%';

-- Account 333344445555, through the role billing-analytics-reader
CREATE USER IF NOT EXISTS 'consumer_333344445555'@'%' IDENTIFIED WITH AWSAuthenticationPlugin AS 'RDS' REQUIRE SSL;
ALTER USER 'consumer_333344445555'@'%' IDENTIFIED WITH AWSAuthenticationPlugin AS 'RDS' REQUIRE SSL;

-- Account 666677778888, through the role billing-share-666677778888-access
CREATE USER IF NOT EXISTS 'consumer_666677778888'@'%' IDENTIFIED WITH AWSAuthenticationPlugin AS 'RDS' REQUIRE SSL;
ALTER USER 'consumer_666677778888'@'%' IDENTIFIED WITH AWSAuthenticationPlugin AS 'RDS' REQUIRE SSL;

-- Account 999900001111, through the role billing-share-999900001111-access
CREATE USER IF NOT EXISTS 'ledger_reports'@'%' IDENTIFIED WITH AWSAuthenticationPlugin AS 'RDS' REQUIRE SSL;
ALTER USER 'ledger_reports'@'%' IDENTIFIED WITH AWSAuthenticationPlugin AS 'RDS' REQUIRE SSL;
